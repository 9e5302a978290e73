/**
 * The built bot in long-polling mode (the default), against a stand-in Bot API: it fetches the
 * /start update through getUpdates, answers it, keeps users' words out of its logs, and stops
 * cleanly on SIGTERM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { E2E_TOKEN, freePort, startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { ensureBuilt } from '../helpers/build-dist.js';
import { startStandInBotApi, type StandInBotApi } from '../helpers/stand-in-bot-api.js';
import { waitFor } from '../helpers/wait-for.js';

const PRIVATE_WORDS = 'rahasia-123';
let api: StandInBotApi;
let bot: BotProcess;

beforeAll(async () => {
  ensureBuilt();
  api = await startStandInBotApi();
  api.queueUpdates(
    textUpdate('/start', { id: 3201, languageCode: 'id' }, 1),
    textUpdate(`${PRIVATE_WORDS} tolong cek loker ini`, { id: 3202, languageCode: 'id' }, 2),
  );
  bot = startBotProcess({
    BOT_TOKEN: E2E_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    // The most talkative level: even then no message words may reach the log.
    LOG_LEVEL: 'debug',
  });
});

afterAll(async () => {
  bot?.kill();
  await api?.close();
});

describe('node dist/main.js in polling mode', () => {
  it('receives /start through getUpdates and sends the greeting to that chat', async () => {
    const texts = await waitFor(
      () => {
        if (bot.child.exitCode !== null) throw new Error(`the bot exited (${bot.child.exitCode}):\n${bot.stderr()}\n${bot.stdout()}`);
        return api.sentTo(3201).length > 0 && api.sentTo(3201);
      },
      'a sendMessage to chat 3201',
      20_000,
      50,
    );
    expect(texts[0]).toContain('Kawan Migran');
    expect(api.calls.some((c) => c.method === 'getMe')).toBe(true);
  });

  it('answers the other user’s text too, and never logs its words', async () => {
    await waitFor(() => api.sentTo(3202).length > 0, 'a reply to chat 3202', 20_000, 50);
    // The update was logged (by id and type), so the absence of its words means something.
    await waitFor(() => bot.stdout().includes('"update_id":2'), 'the second update to be logged', 5_000, 50);
    expect(bot.stdout()).not.toContain(PRIVATE_WORDS);
  });

  it('keeps polling with the offset after the last update (no update handled twice)', async () => {
    await waitFor(
      () => api.calls.some((c) => c.method === 'getUpdates' && Number(c.payload['offset']) === 3),
      'a getUpdates with offset 3',
      10_000,
      50,
    );
    expect(api.sentTo(3201)).toHaveLength(1);
  });

  it('SIGTERM: stops polling and exits 0 within a few seconds', async () => {
    bot.child.kill('SIGTERM');
    const code = await Promise.race([bot.exited, new Promise((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000))]);
    expect(code).toBe(0);
    expect(bot.stdout()).not.toContain(PRIVATE_WORDS);
  });
});
