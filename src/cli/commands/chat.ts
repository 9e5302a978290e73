/**
 * `kawan chat`: talk to the real bot in the terminal, with no token and no network. Each line
 * becomes a Telegram message update; replies are printed as plain text; inline buttons are
 * numbered and pressed by typing `#N`. Runs the same createApp/createBot as production, with an
 * in-process Bot API in place of Telegram's HTTP API. Exits on end of input.
 */
import { parseArgs } from 'node:util';
import type { InlineKeyboardButton, Update } from 'grammy/types';
import { createApp } from '../../app.js';
import { createLocalBotApi, LOCAL_BOT_INFO, type RecordedCall } from '../../bot/local-bot-api.js';
import { createLogger } from '../../logger.js';
import type { CliCommand, CliIo } from '../cli-io.js';
import { htmlToPlainText } from '../plain-text.js';

const CHAT_ID = 1000;
const LOCAL_TOKEN = '1000000:local-chat-needs-no-token-at-all_';

export const chatCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    options: { lang: { type: 'string', default: 'id' }, help: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  if (values.help) {
    io.out('kawan chat [--lang id|en]\nTalk to the bot locally. Type a message; press a button with #N; end with Ctrl-D.\n');
    return 0;
  }
  const localApi = createLocalBotApi();
  const logLevel = io.env['LOG_LEVEL'] === undefined ? 'silent' : (io.env['LOG_LEVEL'] as 'info');
  const app = await createApp({
    token: LOCAL_TOKEN,
    logger: createLogger(logLevel, process.stderr),
    contentDir: io.env['CONTENT_DIR'] ?? './content',
    localesDir: io.env['LOCALES_DIR'] ?? './locales',
    redisUrl: undefined,
    ocr: false,
    joinQuietMs: 400,
    bot: { botInfo: LOCAL_BOT_INFO, client: { fetch: localApi.fetch }, retry: { maxRetryAttempts: 0, maxDelaySeconds: 0 } },
  });

  let buttons: InlineKeyboardButton[] = [];
  localApi.onCall = (call) => {
    const printed = printCall(call, io);
    if (printed) buttons = printed;
  };

  const user = { id: CHAT_ID, is_bot: false, first_name: 'You', language_code: values.lang ?? 'id' };
  const chat = { id: CHAT_ID, type: 'private' as const, first_name: 'You' };
  let updateId = 1;
  let messageId = 1;
  io.out('Kawan Migran — local chat. Type a message, #N to press a button, Ctrl-D to quit.\n');

  for await (const rawLine of io.stdinLines()) {
    const line = rawLine.trim();
    if (line === '') continue;
    const press = /^#(\d+)$/.exec(line);
    // Lines typed in a burst (a pasted ad) are joined like Telegram messages; a command or a
    // button press first lets pending replies print, so the conversation reads in order.
    if (press || line.startsWith('/')) await app.idle();
    let update: Update;
    if (press) {
      const button = buttons[Number(press[1]) - 1];
      if (!button) {
        io.out(`(no button #${press[1]})\n`);
        continue;
      }
      if ('url' in button && button.url) {
        io.out(`(opens ${button.url})\n`);
        continue;
      }
      if (!('callback_data' in button) || !button.callback_data) continue;
      update = {
        update_id: updateId++,
        callback_query: {
          id: String(updateId),
          from: user,
          chat_instance: 'local',
          data: button.callback_data,
          message: { message_id: messageId, date: now(), chat, text: '…' },
        },
      } as Update;
    } else {
      update = {
        update_id: updateId++,
        message: { message_id: ++messageId, date: now(), chat, from: user, text: line, ...commandEntity(line) },
      } as Update;
    }
    io.out(`\n> ${line}\n`);
    await app.bot.handleUpdate(update);
  }
  await app.idle();
  await app.close();
  return 0;
};

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function commandEntity(text: string): { entities?: Array<{ type: 'bot_command'; offset: number; length: number }> } {
  const match = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return match ? { entities: [{ type: 'bot_command', offset: 0, length: match[0].length }] } : {};
}

/** Prints a reply; returns the buttons it showed, numbered from 1. */
function printCall(call: RecordedCall, io: CliIo): InlineKeyboardButton[] | undefined {
  const { method, payload } = call;
  if (method === 'sendChatAction' || method === 'answerCallbackQuery' || method === 'getMe') return undefined;
  const text = typeof payload['text'] === 'string' ? payload['text'] : typeof payload['caption'] === 'string' ? payload['caption'] : undefined;
  if (text === undefined) return undefined;
  io.out(`\n${htmlToPlainText(text)}\n`);
  const markup = payload['reply_markup'] as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
  const flat = markup?.inline_keyboard?.flat() ?? [];
  flat.forEach((button, index) => io.out(`  [#${index + 1}] ${button.text}\n`));
  return flat.length > 0 ? flat : undefined;
}
