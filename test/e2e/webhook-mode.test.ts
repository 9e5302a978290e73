/**
 * The built bot (`node dist/main.js`, as in the Dockerfile) in webhook mode, against a stand-in
 * Bot API: Telegram's POST with the right secret gets the user a greeting, a wrong secret is
 * refused, users' words never reach the logs, and SIGTERM stops it cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { E2E_TOKEN, freePort, startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { ensureBuilt } from '../helpers/build-dist.js';
import { startStandInBotApi, type StandInBotApi } from '../helpers/stand-in-bot-api.js';
import { waitFor } from '../helpers/wait-for.js';

const SECRET = 'e2e-webhook-secret-0123';
const PRIVATE_WORDS = 'rahasia-123';
let api: StandInBotApi;
let bot: BotProcess;
let base: string;

beforeAll(async () => {
  ensureBuilt();
  api = await startStandInBotApi();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = startBotProcess({
    BOT_TOKEN: E2E_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    // The most talkative level: even then no message words may reach the log.
    LOG_LEVEL: 'debug',
    BOT_MODE: 'webhook',
    WEBHOOK_URL: 'https://bot.example.org/telegram',
    WEBHOOK_SECRET: SECRET,
  });
  await waitFor(
    async () => {
      if (bot.child.exitCode !== null) throw new Error(`the bot exited early (${bot.child.exitCode}):\n${bot.stderr()}\n${bot.stdout()}`);
      try {
        return (await fetch(`${base}/healthz`)).status === 200;
      } catch {
        return false;
      }
    },
    'the bot to answer /healthz',
    20_000,
    100,
  );
});

afterAll(async () => {
  bot?.kill();
  await api?.close();
});

function post(body: unknown, secret: string | undefined): Promise<Response> {
  return fetch(`${base}/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret !== undefined ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(body),
  });
}

describe('node dist/main.js in webhook mode', () => {
  it('GET /healthz answers 200', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
  });

  it('a /start update posted with the right secret is answered 200 and the user gets "Kawan Migran"', async () => {
    const response = await post(textUpdate('/start', { id: 3101, languageCode: 'id' }), SECRET);
    expect(response.status).toBe(200);
    const texts = await waitFor(() => api.sentTo(3101).length > 0 && api.sentTo(3101), 'a sendMessage to chat 3101');
    expect(texts[0]).toContain('Kawan Migran');
    // The token in the URL path is the configured one.
    expect(api.calls.every((c) => c.token === E2E_TOKEN)).toBe(true);
  });

  it('a wrong secret is refused with 401 and nothing is sent', async () => {
    const response = await post(textUpdate('/start', { id: 3102, languageCode: 'id' }), 'wrong-secret-0123456789');
    expect(response.status).toBe(401);
    const missing = await post(textUpdate('/start', { id: 3102, languageCode: 'id' }), undefined);
    expect(missing.status).toBe(401);
    expect(api.sentTo(3102)).toEqual([]);
  });

  it('a private text message is answered, and its words never appear in the logs', async () => {
    const response = await post(textUpdate(`${PRIVATE_WORDS} nomor saya 0812-3456-7890`, { id: 3103, languageCode: 'id' }), SECRET);
    expect(response.status).toBe(200);
    await waitFor(() => api.sentTo(3103).length > 0, 'a reply to chat 3103');
    await waitFor(() => bot.stdout().includes('"update_id"'), 'the update to be logged');
    expect(bot.stdout()).not.toContain(PRIVATE_WORDS);
    expect(bot.stdout()).not.toContain('0812-3456-7890');
    expect(bot.stdout()).not.toContain(E2E_TOKEN);
  });

  it('/readyz is 200 and /metrics counts the updates', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/kawan_updates_total\{type="message:command"\} [1-9]/);
  });

  it('SIGTERM: the process stops cleanly with exit code 0', async () => {
    bot.child.kill('SIGTERM');
    const code = await Promise.race([bot.exited, new Promise((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000))]);
    expect(code).toBe(0);
    expect(bot.stdout()).toContain('"event":"stopped"');
    expect(bot.stdout()).not.toContain(PRIVATE_WORDS);
  });
});
