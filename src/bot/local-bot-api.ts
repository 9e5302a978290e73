/**
 * A Bot API that lives in this process: plugged into grammY as its `fetch`, it answers the
 * calls the bot makes (sendMessage, editMessageText, answerCallbackQuery, …) without any
 * network. The local chat (`kawan chat`) talks to the real bot through it; so can tests.
 * Every call goes through grammY's normal client (serialisation, transformers, retries).
 */
import type { Message, UserFromGetMe } from 'grammy/types';

export interface RecordedCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Kawan Migran',
  username: 'KawanMigranBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface LocalBotApi {
  readonly fetch: typeof fetch;
  readonly calls: RecordedCall[];
  /** Called for every call, after it was recorded (the chat prints replies here). */
  onCall?: (call: RecordedCall) => void;
}

export function createLocalBotApi(botInfo: UserFromGetMe = LOCAL_BOT_INFO): LocalBotApi {
  let nextMessageId = 1;
  const api: LocalBotApi = {
    calls: [],
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = url.slice(url.lastIndexOf('/') + 1);
      const payload = parseBody(init?.body);
      const call = { method, payload };
      api.calls.push(call);
      api.onCall?.(call);
      return Response.json({ ok: true, result: resultFor(method, payload) });
    }) as typeof fetch,
  };

  function resultFor(method: string, payload: Record<string, unknown>): unknown {
    const chatId = Number(payload['chat_id'] ?? 0);
    const chat = { id: chatId, type: 'private' as const, first_name: 'You' };
    switch (method) {
      case 'getMe':
        return botInfo;
      case 'sendMessage':
      case 'sendPhoto':
      case 'sendDocument': {
        const message: Partial<Message> = {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat,
          from: botInfo,
          ...(typeof payload['text'] === 'string' ? { text: payload['text'] } : {}),
        };
        return message;
      }
      case 'editMessageText':
      case 'editMessageReplyMarkup':
        return {
          message_id: Number(payload['message_id'] ?? 0),
          date: Math.floor(Date.now() / 1000),
          chat,
          ...(typeof payload['text'] === 'string' ? { text: payload['text'] } : {}),
        };
      case 'getUpdates':
        return [];
      default:
        return true;
    }
  }
  return api;
}

function parseBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
