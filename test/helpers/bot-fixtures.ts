/**
 * Real-shaped Telegram fixtures: the bot's identity (so grammY never calls getMe) and Update
 * builders for the messages people actually send: commands, text, stickers, voice notes,
 * locations and button presses, in private chats and in groups.
 */
import type { Chat, Update, User, UserFromGetMe } from 'grammy/types';
import { LOCAL_BOT_INFO } from '../../src/bot/local-bot-api.js';

/** A token in Telegram's shape; never a real one. */
export const TEST_TOKEN = '123456789:AAtest-token-for-the-kawan-migran-suite_';

// The same identity the local chat uses, under a test username.
export const TEST_BOT_INFO: UserFromGetMe = { ...LOCAL_BOT_INFO, id: 123456789, username: 'KawanMigranTestBot' };

export interface Sender {
  /** Telegram user id; also the private chat id. */
  id?: number;
  /** Telegram's language_code; omit it to send none. */
  languageCode?: string;
  /** Send into a group instead of the private chat. */
  group?: boolean;
}

let nextUpdateId = 1_000;
let nextMessageId = 1;

export function freshUpdateId(): number {
  nextUpdateId += 1;
  return nextUpdateId;
}

export function userOf(sender: Sender = {}): User {
  return {
    id: sender.id ?? 4_001,
    is_bot: false,
    first_name: 'Siti',
    ...(sender.languageCode !== undefined ? { language_code: sender.languageCode } : {}),
  };
}

export const GROUP_CHAT_ID = -1_001_234_567_890;

export function chatOf(sender: Sender = {}): Chat.PrivateChat | Chat.SupergroupChat {
  if (sender.group) return { id: GROUP_CHAT_ID, type: 'supergroup', title: 'Info Loker Luar Negeri' };
  return { id: sender.id ?? 4_001, type: 'private', first_name: 'Siti' };
}

function messageBase(sender: Sender) {
  nextMessageId += 1;
  return { message_id: nextMessageId, date: Math.floor(Date.now() / 1000), chat: chatOf(sender), from: userOf(sender) };
}

/** A text message; a leading /command gets the bot_command entity Telegram adds. */
export function textUpdate(text: string, sender: Sender = {}, updateId = freshUpdateId()): Update {
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return {
    update_id: updateId,
    message: {
      ...messageBase(sender),
      text,
      ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

export function stickerUpdate(sender: Sender = {}): Update {
  return {
    update_id: freshUpdateId(),
    message: {
      ...messageBase(sender),
      sticker: {
        file_id: 'CAACAgIAAxkBAAEBsticker',
        file_unique_id: 'AgADsticker',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: '🙏',
      },
    },
  } as Update;
}

export function voiceUpdate(sender: Sender = {}): Update {
  return {
    update_id: freshUpdateId(),
    message: {
      ...messageBase(sender),
      voice: { file_id: 'AwACAgUAAxkBvoice', file_unique_id: 'AgADvoice', duration: 7, mime_type: 'audio/ogg' },
    },
  } as Update;
}

export function locationUpdate(sender: Sender = {}): Update {
  return {
    update_id: freshUpdateId(),
    message: { ...messageBase(sender), location: { latitude: 11.5564, longitude: 104.9282 } },
  } as Update;
}

/** Pressing an inline button under one of the bot's earlier messages. */
export function callbackUpdate(data: string, sender: Sender = {}): Update {
  nextMessageId += 1;
  return {
    update_id: freshUpdateId(),
    callback_query: {
      id: `cb-${nextMessageId}`,
      from: userOf(sender),
      chat_instance: '-777',
      data,
      message: {
        message_id: nextMessageId,
        date: Math.floor(Date.now() / 1000),
        chat: chatOf(sender),
        from: TEST_BOT_INFO,
        text: '…',
      },
    },
  } as Update;
}
