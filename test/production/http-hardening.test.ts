/**
 * The webhook facing the internet: wrong secrets, broken or oversized bodies and every odd
 * update Telegram (or an attacker) may send are answered with the right status, nothing
 * crashes, the server keeps working afterwards, and message-like updates still get a reply.
 * /metrics shows the traffic in Prometheus text, with counters that move as expected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { createFeatureApp, type FeatureApp } from '../helpers/feature-app.js';
import { chatJoinRequestUpdate, editedChannelPostUpdate, forwardedUpdate, pollUpdate } from '../helpers/feature-updates.js';
import { createLogCapture } from '../helpers/log-capture.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { WEBHOOK_PATH, WEBHOOK_SECRET, type WebhookFixture } from '../helpers/webhook-fixture.js';
import { CAMBODIA_AD_PHONE, CAMBODIA_ADMIN_AD } from '../features/stories.js';
import { expectCleanLogs, PRODUCTION_TOKEN, replicaOf } from './production-kit.js';

const telegram = useTelegramApiMock(PRODUCTION_TOKEN);
const log = createLogCapture();
const WORDS = 'Kucingbelang';
let bot: FeatureApp;
let hook: WebhookFixture;
beforeAll(async () => {
  bot = await createFeatureApp({ token: PRODUCTION_TOKEN, log });
  hook = replicaOf(bot);
});
afterAll(async () => {
  await bot.close();
  expectCleanLogs(log, [WORDS, CAMBODIA_AD_PHONE, '81277889911']);
});

async function settle(): Promise<void> {
  await hook.queue.idle();
  await bot.app.idle();
}

function postRaw(body: Uint8Array | string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    hook.server.request(WEBHOOK_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET, ...headers },
      body,
    }),
  );
}

describe('HTTP hardening', () => {
  it('malformed JSON → 400, GET → 405, wrong secret → 401; none of them reach Telegram', async () => {
    expect((await hook.post('{"update_id": 5, "message": {')).status).toBe(400);
    expect((await hook.server.request(WEBHOOK_PATH)).status).toBe(405);
    expect((await hook.post(textUpdate('/start', { id: 4001 }), 'guessed-secret')).status).toBe(401);
    await settle();
    expect(telegram.calls).toEqual([]);
  });

  it('a 2 MB body → 413, and the very next update is handled normally', async () => {
    const huge = JSON.stringify({ ...textUpdate('/start', { id: 4002 }), padding: 'x'.repeat(2 * 1024 * 1024) });
    expect((await hook.post(huge)).status).toBe(413);
    expect((await hook.post(textUpdate('/help', { id: 4002, languageCode: 'id' }))).status).toBe(200);
    await settle();
    expect(telegram.sent().map((m) => m.chatId)).toEqual([4002]);
  });

  it('invalid UTF-8 bytes inside the message text: answered 200 and the user gets a reply', async () => {
    const json = JSON.stringify(textUpdate(`${WORDS} loker XX kamboja`, { id: 4003, languageCode: 'id' }));
    const [before, after] = json.split('XX');
    const body = new Uint8Array([...new TextEncoder().encode(before), 0xff, 0xfe, 0xc3, 0x28, ...new TextEncoder().encode(after)]);
    expect((await postRaw(body)).status).toBe(200);
    await settle();
    expect(telegram.sent().filter((m) => m.chatId === 4003).length).toBeGreaterThanOrEqual(1);
  });

  const messageLike: Array<[string, () => ReturnType<typeof textUpdate>]> = [
    ['HTML-looking text', () => textUpdate(`<b>${WORDS}</b> & <script>x</script> gaji <i>15jt`, { id: 4004, languageCode: 'id' })],
    ['a 200 KB text message', () => textUpdate(`${WORDS} ${'gaji 15jt admin kamboja visa turis. '.repeat(6_000)}`.slice(0, 200_000), { id: 4005, languageCode: 'id' })],
    ['a zero-width-character flood', () => textUpdate(`${'\u200b\u200c\u200d\ufeff'.repeat(5_000)}${WORDS} tolong cek`, { id: 4006, languageCode: 'id' })],
    ['a forwarded ad with the recruiter’s number', () => forwardedUpdate(`${CAMBODIA_ADMIN_AD}\n${WORDS}`, { id: 4007, languageCode: 'id' })],
  ];
  for (const [what, make] of messageLike) {
    it(`${what}: answered 200 and the user gets a reply Telegram accepts`, async () => {
      const update = make();
      expect((await hook.post(update)).status).toBe(200);
      await settle();
      const chatId = update.message?.chat.id;
      expect(telegram.sent().filter((m) => m.chatId === chatId).length).toBeGreaterThanOrEqual(1);
      expect(log.records().filter((r) => Number(r['level']) >= 50 && r['msg'] !== 'Redis is unreachable; using per-process memory until it returns')).toEqual([]);
    });
  }

  // BUG (src/bot/i18n.ts localeNegotiator reads ctx.session, and src/bot/create-bot.ts installs
  // session for every update): an update with neither `from` nor `chat` (a `poll` update) has no
  // session key, grammY throws "Cannot access session data…", and every such update is logged as
  // an error ("update failed"). Suggested fix: in create-bot.ts drop updates without from/chat
  // before session and i18n (nothing can be replied to), or guard the negotiator.
  it('updates the bot has no feature for (poll, edited channel post, join request) are answered 200 and ignored', async () => {
    for (const update of [pollUpdate(), editedChannelPostUpdate(`${WORDS} loker`), chatJoinRequestUpdate({ id: 4008 })]) {
      expect((await hook.post(update)).status).toBe(200);
    }
    await settle();
    expect(telegram.callsTo('sendMessage')).toEqual([]);
    expect(log.records().filter((r) => Number(r['level']) >= 50)).toEqual([]);
    // And the server still works.
    expect((await hook.server.request('/healthz')).status).toBe(200);
  });
});

describe('/metrics', () => {
  it('serves Prometheus text with every kawan_ metric, and the counters move with the traffic', async () => {
    const metricsText = async () => (await (await hook.server.request('/metrics')).text());
    const counter = (text: string, line: RegExp) => Number(line.exec(text)?.[1] ?? '0');

    const before = await metricsText();
    const dedupBefore = counter(before, /^kawan_dedup_hits_total (\d+)/m);
    const update = textUpdate('gmn cara ngecek PT penyalur itu resmi?', { id: 4010, languageCode: 'id' });
    await hook.post(update);
    await hook.post(update);
    await hook.post(textUpdate(CAMBODIA_ADMIN_AD, { id: 4011, languageCode: 'id' }));
    await settle();

    const response = await hook.server.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const name of [
      'kawan_updates_total',
      'kawan_handler_seconds',
      'kawan_bot_api_calls_total',
      'kawan_ad_verdicts_total',
      'kawan_answers_total',
      'kawan_dedup_hits_total',
      'kawan_rate_limited_total',
      'kawan_redis_up',
    ]) {
      expect(text, name).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    }
    expect(counter(text, /^kawan_dedup_hits_total (\d+)/m)).toBe(dedupBefore + 1);
    expect(counter(text, /^kawan_ad_verdicts_total\{verdict="likely-scam"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(counter(text, /^kawan_answers_total\{confidence="confident"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(counter(text, /^kawan_bot_api_calls_total\{method="sendMessage",result="ok"\} (\d+)/m)).toBeGreaterThanOrEqual(2);
    expect(counter(text, /^kawan_handler_seconds_count\{type="message:text",outcome="ok"\} (\d+)/m)).toBeGreaterThanOrEqual(2);
    expect(counter(text, /^kawan_redis_up (\d+)/m)).toBe(1);
    // Labels are bounded enums: no user words ever become a label.
    expect(text).not.toContain(WORDS);
    expect(text).not.toContain('penyalur');
  });
});
