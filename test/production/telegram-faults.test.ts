/**
 * Telegram misbehaving while the bot answers through the webhook: a 429 with retry_after is
 * waited out, a run of 500s is retried until it succeeds, and a Bot API that keeps failing is
 * given up on within seconds while Telegram's webhook call is still answered 200.
 * Retry bounds are main.ts's webhook ones: 2 retries, at most 3 s apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { createFeatureApp, type FeatureApp } from '../helpers/feature-app.js';
import { createLogCapture } from '../helpers/log-capture.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import type { WebhookFixture } from '../helpers/webhook-fixture.js';
import { CAMBODIA_AD_PHONE, CAMBODIA_ADMIN_AD } from '../features/stories.js';
import { expectCleanLogs, PRODUCTION_TOKEN, replicaOf } from './production-kit.js';

const telegram = useTelegramApiMock(PRODUCTION_TOKEN);
const log = createLogCapture();
let bot: FeatureApp;
let hook: WebhookFixture;
beforeAll(async () => {
  bot = await createFeatureApp({ token: PRODUCTION_TOKEN, log, retry: { maxRetryAttempts: 2, maxDelaySeconds: 3 } });
  hook = replicaOf(bot, 500);
});
afterAll(async () => {
  await bot.close();
  expectCleanLogs(log, [CAMBODIA_AD_PHONE, 'Tiket pesawat & mess']);
});

async function settle(): Promise<void> {
  await hook.queue.idle();
  await bot.app.idle();
}

describe('Telegram errors while replying', () => {
  it('429 with retry_after 1 on sendMessage: the reply still arrives', async () => {
    telegram.failNext('sendMessage', { status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    expect((await hook.post(textUpdate('/help', { id: 3901, languageCode: 'id' }))).status).toBe(200);
    await settle();
    expect(telegram.callsTo('sendMessage')).toHaveLength(2);
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]?.chatId).toBe(3901);
  });

  it('two 500s then success: the ad check is retried and delivered once', async () => {
    telegram.failNext('sendMessage', { status: 500, description: 'Internal Server Error' });
    telegram.failNext('sendMessage', { status: 502, description: 'Bad Gateway' });
    expect((await hook.post(textUpdate(CAMBODIA_ADMIN_AD, { id: 3902, languageCode: 'id' }))).status).toBe(200);
    await settle();
    expect(telegram.callsTo('sendMessage')).toHaveLength(3);
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toContain(bot.app.deps.i18n.t('id', 'checker-verdict-likely-scam'));
  });

  it('persistent 500s: the webhook still answers 200, the bot gives up within seconds, and the failure is logged', { timeout: 20_000 }, async () => {
    for (let i = 0; i < 20; i += 1) telegram.failNext('sendMessage', { status: 500, description: 'Internal Server Error' });
    const started = Date.now();
    const response = await hook.post(textUpdate('/start', { id: 3903, languageCode: 'id' }));
    expect(response.status).toBe(200);
    await settle();
    const elapsed = Date.now() - started;
    // Generous bound (the point is "bounded", not fast): 2 sends × 3 tries × ≤ 3 s waits.
    expect(elapsed).toBeLessThan(15_000);
    expect(telegram.callsTo('sendMessage').length).toBeLessThanOrEqual(6);
    expect(telegram.sent()).toEqual([]);
    expect(log.records().some((r) => Number(r['level']) >= 50)).toBe(true);

    // Telegram recovers: the next update is answered normally.
    telegram.reset();
    await hook.post(textUpdate('/help', { id: 3903, languageCode: 'id' }));
    await settle();
    expect(telegram.sent()).toHaveLength(1);
  });

  it('a network error (connection reset) on the first try is retried and the reply arrives', async () => {
    telegram.failNext('sendMessage', { status: 0, description: 'connection reset', network: true });
    await hook.post(textUpdate('/privasi', { id: 3904, languageCode: 'id' }));
    await settle();
    expect(telegram.sent()).toHaveLength(1);
  });
});
