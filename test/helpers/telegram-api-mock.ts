/**
 * Intercepts the real grammY client's HTTP calls to https://api.telegram.org with msw, records
 * every call, answers like the Bot API, and lets a test make the next call of a method fail
 * (429, 500, 400, 403). Every sendMessage text is checked against Telegram's HTML parse rules;
 * `useTelegramApiMock` fails the test when any captured text would be refused.
 */
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { htmlToPlainText } from '../../src/cli/plain-text.js';
import { TEST_BOT_INFO, TEST_TOKEN } from './bot-fixtures.js';
import { telegramHtmlProblems } from './telegram-html-rules.js';

export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

export interface SentMessage {
  readonly chatId: number;
  /** The text as sent (HTML when parse_mode is HTML). */
  readonly html: string;
  /** What the user sees: tags removed, entities decoded. */
  readonly visible: string;
  readonly parseMode: string | undefined;
  /** Inline buttons, row by row. */
  readonly buttons: Array<{ text: string; callback_data?: string; url?: string }>;
}

export interface ApiFailure {
  status: number;
  description: string;
  retryAfter?: number;
  /** Drop the connection instead of answering (Telegram unreachable). */
  network?: boolean;
}

export interface TelegramApiMock {
  readonly server: SetupServer;
  readonly calls: ApiCall[];
  /** Calls of one method, in order. */
  callsTo(method: string): ApiCall[];
  /** sendMessage calls that Telegram accepted, as the user would see them. */
  sent(): SentMessage[];
  /** Make the next call(s) of `method` fail like the Bot API does; later calls succeed. */
  failNext(method: string, failure: ApiFailure): void;
  /** Problems Telegram's HTML parser would report for captured texts. */
  htmlProblems(): string[];
  reset(): void;
}

export function createTelegramApiMock(token = TEST_TOKEN): TelegramApiMock {
  const calls: ApiCall[] = [];
  const accepted: ApiCall[] = [];
  const failures = new Map<string, ApiFailure[]>();
  const problems: string[] = [];
  let nextMessageId = 10_000;

  const server = setupServer(
    http.post(`https://api.telegram.org/bot${token}/:method`, async ({ request, params }) => {
      const method = String(params['method']);
      const raw = await request.text();
      const payload = parse(raw);
      calls.push({ method, payload });
      const text = typeof payload['text'] === 'string' ? payload['text'] : undefined;
      if (text !== undefined) {
        for (const problem of telegramHtmlProblems(text)) problems.push(`${method}: ${problem} in ${JSON.stringify(text.slice(0, 120))}`);
      }
      const failure = failures.get(method)?.shift();
      if (failure?.network) return HttpResponse.error();
      if (failure) {
        return HttpResponse.json(
          {
            ok: false,
            error_code: failure.status,
            description: failure.description,
            ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
          },
          { status: failure.status },
        );
      }
      accepted.push({ method, payload });
      return HttpResponse.json({ ok: true, result: resultFor(method, payload) });
    }),
  );

  function resultFor(method: string, payload: Record<string, unknown>): unknown {
    const chatId = Number(payload['chat_id'] ?? 0);
    const chat = chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Group' } : { id: chatId, type: 'private', first_name: 'Siti' };
    switch (method) {
      case 'getMe':
        return TEST_BOT_INFO;
      case 'sendMessage':
      case 'editMessageText':
        nextMessageId += 1;
        return {
          message_id: method === 'editMessageText' ? Number(payload['message_id'] ?? 0) : nextMessageId,
          date: Math.floor(Date.now() / 1000),
          chat,
          from: TEST_BOT_INFO,
          text: typeof payload['text'] === 'string' ? payload['text'] : '',
        };
      default:
        return true;
    }
  }

  return {
    server,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    sent: () =>
      accepted
        .filter((c) => c.method === 'sendMessage')
        .map((c) => {
          const html = String(c.payload['text'] ?? '');
          const parseMode = typeof c.payload['parse_mode'] === 'string' ? c.payload['parse_mode'] : undefined;
          const markup = c.payload['reply_markup'] as { inline_keyboard?: Array<Array<SentMessage['buttons'][number]>> } | undefined;
          return {
            chatId: Number(c.payload['chat_id']),
            html,
            visible: parseMode === 'HTML' ? htmlToPlainText(html) : html,
            parseMode,
            buttons: markup?.inline_keyboard?.flat() ?? [],
          };
        }),
    failNext(method, failure) {
      const list = failures.get(method) ?? [];
      list.push(failure);
      failures.set(method, list);
    },
    htmlProblems: () => [...problems],
    reset() {
      calls.length = 0;
      accepted.length = 0;
      problems.length = 0;
      failures.clear();
    },
  };
}

/** Install the mock for the current test file, and check every captured text after each test. */
export function useTelegramApiMock(token = TEST_TOKEN): TelegramApiMock {
  const mock = createTelegramApiMock(token);
  beforeAll(() => {
    mock.server.listen({
      // Anything else (a local HTTP server under test) goes through; an unplanned Telegram call fails.
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).hostname === 'api.telegram.org') print.error();
      },
    });
  });
  afterEach(() => {
    const problems = mock.htmlProblems();
    mock.reset();
    expect(problems, 'every text sent to Telegram must pass its HTML parse rules').toEqual([]);
  });
  afterAll(() => mock.server.close());
  return mock;
}

function parse(raw: string): Record<string, unknown> {
  if (raw === '') return {};
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    // multipart uploads are not used by the features under test
    return { raw };
  }
}
