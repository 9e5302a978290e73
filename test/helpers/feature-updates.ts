/**
 * Update builders the feature and production tests need beyond bot-fixtures.ts: forwarded ads,
 * photos with captions, /cek as a reply in a group, and the update kinds the bot does not handle
 * (polls, channel edits, join requests). Same shapes Telegram sends.
 */
import type { Update } from 'grammy/types';
import { chatOf, freshUpdateId, GROUP_CHAT_ID, textUpdate, userOf, type Sender } from './bot-fixtures.js';

let nextMessageId = 500_000;
function messageId(): number {
  nextMessageId += 1;
  return nextMessageId;
}
const now = (): number => Math.floor(Date.now() / 1000);

/** An ad forwarded from a job channel into the private chat. */
export function forwardedUpdate(text: string, sender: Sender = {}): Update {
  return {
    update_id: freshUpdateId(),
    message: {
      message_id: messageId(),
      date: now(),
      chat: chatOf(sender),
      from: userOf(sender),
      text,
      forward_origin: {
        type: 'channel',
        date: now() - 3_600,
        chat: { id: -1_009_999_000_111, type: 'channel', title: 'LOKER LUAR NEGERI VIP' },
        message_id: 77,
      },
    },
  } as Update;
}

/** A photo (three sizes, like Telegram sends), optionally with a caption. */
export function photoUpdate(options: { caption?: string; fileId?: string; fileSize?: number } & Sender = {}): Update {
  const fileId = options.fileId ?? 'AgACAgUAAxkBAAIBphoto';
  return {
    update_id: freshUpdateId(),
    message: {
      message_id: messageId(),
      date: now(),
      chat: chatOf(options),
      from: userOf(options),
      photo: [
        { file_id: `${fileId}-s`, file_unique_id: 'uniq-s', width: 90, height: 60, file_size: 1_200 },
        { file_id: `${fileId}-m`, file_unique_id: 'uniq-m', width: 320, height: 210, file_size: 9_000 },
        { file_id: fileId, file_unique_id: 'uniq-l', width: 900, height: 600, file_size: options.fileSize ?? 60_000 },
      ],
      ...(options.caption !== undefined ? { caption: options.caption } : {}),
    },
  } as Update;
}

/** Someone in the group posted `adText`; this is that message, as the bot would see it. */
export function groupMessageUpdate(text: string, sender: Sender = {}): Update {
  return textUpdate(text, { ...sender, group: true });
}

/** `/cek` sent in the group as a reply to an earlier message holding `adText`. */
export function groupReplyCommandUpdate(command: string, adText: string, sender: Sender = {}): Update {
  const base = textUpdate(command, { ...sender, group: true }) as Update & { message: Record<string, unknown> };
  return {
    ...base,
    message: {
      ...base.message,
      reply_to_message: {
        message_id: messageId(),
        date: now() - 60,
        chat: { id: GROUP_CHAT_ID, type: 'supergroup', title: 'Info Loker Luar Negeri' },
        from: { id: 5_555, is_bot: false, first_name: 'Agen Loker' },
        text: adText,
      },
    },
  } as Update;
}

/** Update kinds the bot has no feature for; Telegram may still deliver them. */
export function pollUpdate(): Update {
  return {
    update_id: freshUpdateId(),
    poll: {
      id: '5001',
      question: 'Berangkat kapan?',
      options: [
        { text: 'Bulan ini', voter_count: 1 },
        { text: 'Tahun depan', voter_count: 0 },
      ],
      total_voter_count: 1,
      is_closed: false,
      is_anonymous: true,
      type: 'regular',
      allows_multiple_answers: false,
    },
  } as Update;
}

export function editedChannelPostUpdate(text: string): Update {
  return {
    update_id: freshUpdateId(),
    edited_channel_post: {
      message_id: messageId(),
      date: now() - 120,
      edit_date: now(),
      chat: { id: -1_009_999_000_222, type: 'channel', title: 'Loker Channel' },
      text,
    },
  } as Update;
}

export function chatJoinRequestUpdate(sender: Sender = {}): Update {
  return {
    update_id: freshUpdateId(),
    chat_join_request: {
      chat: { id: GROUP_CHAT_ID, type: 'supergroup', title: 'Info Loker Luar Negeri' },
      from: userOf(sender),
      user_chat_id: sender.id ?? 4_001,
      date: now(),
    },
  } as Update;
}
