/**
 * `npm run telegram:setup` is run once per deploy: it registers the webhook with its secret and
 * allowed updates, and publishes the command lists and descriptions in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { startStandInBotApi, type StandInBotApi } from '../helpers/stand-in-bot-api.js';
import { TEST_TOKEN } from '../helpers/bot-fixtures.js';

function fakeIo(env: Record<string, string>): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return {
    output,
    errors,
    readStdin: async () => '',
    stdinLines: async function* () {},
    out: (text) => void output.push(text),
    err: (text) => void errors.push(text),
    env,
  };
}

describe('kawan telegram-setup', () => {
  let api: StandInBotApi;
  beforeAll(async () => {
    api = await startStandInBotApi();
  });
  afterAll(() => api.close());

  it('sets the webhook with the secret and publishes Indonesian and English command lists', async () => {
    const io = fakeIo({
      BOT_TOKEN: TEST_TOKEN,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.org/telegram',
      WEBHOOK_SECRET: 'a-secret-of-twenty-chars',
      TELEGRAM_API_ROOT: api.url,
    });
    expect(await runCli(['telegram-setup'], io)).toBe(0);

    const webhook = api.calls.find((c) => c.method === 'setWebhook');
    expect(webhook?.payload).toMatchObject({
      url: 'https://bot.example.org/telegram',
      secret_token: 'a-secret-of-twenty-chars',
      allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
    });
    const commandLists = api.calls.filter((c) => c.method === 'setMyCommands');
    const english = commandLists.find((c) => c.payload['language_code'] === 'en');
    const indonesian = commandLists.find((c) => c.payload['language_code'] === 'id');
    expect(JSON.stringify(english?.payload['commands'])).toContain('"command":"check"');
    expect(JSON.stringify(indonesian?.payload['commands'])).toContain('"command":"cek"');
    expect(api.calls.some((c) => c.method === 'setMyDescription' && c.payload['language_code'] === 'id')).toBe(true);
    // The token never appears in what the command prints.
    expect(io.output.join('')).not.toContain(TEST_TOKEN);
  });

  it('refuses to run without a token, naming the variable', async () => {
    const io = fakeIo({});
    expect(await runCli(['telegram-setup'], io)).toBe(1);
    expect(io.errors.join('')).toContain('BOT_TOKEN');
  });
});
