/**
 * When something goes wrong the user still hears from the bot, and the logs say what failed
 * without ever containing what the user wrote.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Composer } from 'grammy';
import type { BotContext } from '../../src/bot/context.js';
import { createBot } from '../../src/bot/create-bot.js';
import { callbackUpdate, TEST_BOT_INFO, TEST_TOKEN, textUpdate } from '../helpers/bot-fixtures.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const telegram = useTelegramApiMock();
let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const SECRET_WORDS = 'rahasia-123';
const PHONE = '0812-3456-7890';

/** The real app's dependencies, with one extra feature whose handler throws. */
async function appWithBrokenFeature() {
  current = await createTestApp();
  const broken = new Composer<BotContext>();
  broken.command('rusak', () => {
    throw new Error('database exploded');
  });
  broken.callbackQuery('rusak', () => {
    throw new Error('database exploded');
  });
  const bot = createBot(current.app.deps, { token: TEST_TOKEN, botInfo: TEST_BOT_INFO, apiRoot: telegram.apiRoot }, [{ composer: broken }]);
  return { bot, log: current.log, i18n: current.app.deps.i18n };
}

describe('a handler that throws', () => {
  it('the user gets the apology (with the emergency hotline) and the log has the failure but not the message text', async () => {
    const { bot, log, i18n } = await appWithBrokenFeature();
    const update = textUpdate(`/rusak ${SECRET_WORDS} hubungi ${PHONE}`, { id: 901, languageCode: 'id' });

    await expect(bot.handleUpdate(update)).resolves.toBeUndefined();

    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.chatId).toBe(901);
    expect(replies[0]?.visible).toBe(i18n.t('id', 'error-apology'));
    const failure = log.records().find((r) => r['msg'] === 'handler failed');
    expect(failure).toMatchObject({ level: 50, update_id: update.update_id });
    expect(log.text()).not.toContain(SECRET_WORDS);
    expect(log.text()).not.toContain(PHONE);
  });

  it('a button whose handler throws still stops the spinner and apologises', async () => {
    const { bot, i18n } = await appWithBrokenFeature();
    await bot.handleUpdate(callbackUpdate('rusak', { id: 902, languageCode: 'en' }));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toBe(i18n.t('en', 'error-apology'));
  });

  it('in a group the failure is logged but nobody is spammed with an apology', async () => {
    const { bot, log } = await appWithBrokenFeature();
    await bot.handleUpdate(textUpdate(`/rusak ${SECRET_WORDS}`, { id: 903, languageCode: 'id', group: true }));
    expect(telegram.sent()).toEqual([]);
    expect(log.records().some((r) => r['msg'] === 'handler failed')).toBe(true);
    expect(log.text()).not.toContain(SECRET_WORDS);
  });
});

describe('Bot API errors', () => {
  it('a refused reply (400 can’t parse entities) turns into the apology, and the log never holds the payload', async () => {
    current = await createTestApp();
    telegram.failNext('sendMessage', { status: 400, description: "Bad Request: can't parse entities: Unexpected end tag at byte offset 12" });
    const update = textUpdate(`/start ${SECRET_WORDS}`, { id: 910, languageCode: 'id' });
    await current.send(update);

    expect(telegram.callsTo('sendMessage')).toHaveLength(2);
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toBe(current.app.deps.i18n.t('id', 'error-apology'));
    expect(current.log.text()).not.toContain(SECRET_WORDS);
    // The greeting text (the payload of the failed call) must not be logged either.
    expect(current.log.text()).not.toContain('Kawan Migran.');
  });

  it('429 Too Many Requests with retry_after: 1 is waited out and the reply still arrives', async () => {
    current = await createTestApp();
    telegram.failNext('sendMessage', { status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    await current.send(textUpdate('/start', { id: 911, languageCode: 'id' }));

    expect(telegram.callsTo('sendMessage')).toHaveLength(2);
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toContain('Kawan Migran');
  });

  it('a 500 from Telegram is retried and the reply still arrives', async () => {
    current = await createTestApp();
    telegram.failNext('sendMessage', { status: 500, description: 'Internal Server Error' });
    await current.send(textUpdate('/help', { id: 912, languageCode: 'id' }));

    expect(telegram.callsTo('sendMessage')).toHaveLength(2);
    expect(telegram.sent()[0]?.visible).toContain('/bahasa');
  });

  it('a user who blocked the bot (403) does not crash the update; the failure is logged', async () => {
    current = await createTestApp();
    telegram.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' });
    telegram.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' });
    await expect(current.send(textUpdate('/start', { id: 913, languageCode: 'id' }))).resolves.toBeUndefined();
    expect(telegram.sent()).toEqual([]);
    expect(current.log.records().filter((r) => r['level'] === 50).length).toBeGreaterThanOrEqual(1);
  });

  // main.ts gives the webhook path { maxRetryAttempts: 2, maxDelaySeconds: 3 } so a Telegram
  // outage cannot hold a chat's queue (and a graceful shutdown) for long. Generous bound: 15 s.
  const WEBHOOK_RETRY = { maxRetryAttempts: 2, maxDelaySeconds: 3 };

  it('retries are bounded: a Bot API that keeps answering 500 releases the update within seconds', { timeout: 15_000 }, async () => {
    current = await createTestApp({ retry: WEBHOOK_RETRY });
    for (let i = 0; i < 10; i += 1) telegram.failNext('sendMessage', { status: 500, description: 'Internal Server Error' });
    await expect(current.send(textUpdate('/start', { id: 914, languageCode: 'id' }))).resolves.toBeUndefined();
    // 1 try + 2 retries for the greeting, then at most the same for the apology.
    expect(telegram.callsTo('sendMessage').length).toBeLessThanOrEqual(6);
    expect(telegram.sent()).toEqual([]);
  });

  it('retries are bounded: an unreachable Bot API (connection errors) releases the update within seconds', { timeout: 15_000 }, async () => {
    current = await createTestApp({ retry: WEBHOOK_RETRY });
    for (let i = 0; i < 10; i += 1) telegram.failNext('sendMessage', { status: 0, description: 'connection reset', network: true });
    await expect(current.send(textUpdate('/start', { id: 915, languageCode: 'id' }))).resolves.toBeUndefined();
    expect(telegram.callsTo('sendMessage').length).toBeLessThanOrEqual(6);
  });
});
