/**
 * A stand-in for https://api.telegram.org on 127.0.0.1 for in-process tests: the real grammY
 * client (undici, src/bot/telegram-fetch.ts) calls it over real HTTP; it records every call,
 * answers like the Bot API, and lets a test make the next call of a method fail (429, 500, 400,
 * 403, or a dropped connection). Every sendMessage text is checked against Telegram's HTML parse
 * rules; `useTelegramApiMock` fails the test when any captured text would be refused, and makes
 * the test apps (test-app.ts, feature-app.ts) talk to it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { htmlToPlainText } from '../../src/cli/plain-text.js';
import { TEST_BOT_INFO, TEST_TOKEN } from './bot-fixtures.js';
import { jsonPayload } from './stand-in-bot-api.js';
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
  /** The Bot API root to give the bot (`apiRoot`); set once listening. */
  readonly apiRoot: string;
  listen(): Promise<void>;
  close(): Promise<void>;
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
  let apiRoot = '';

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || !match || match[1] !== token) {
        // The bot called something it should not (another token, a file URL): fail loudly.
        problems.push(`unexpected Bot API request ${req.method} ${req.url?.replace(/bot[^/]+/, 'bot<token>')}`);
        reply(404, { ok: false, error_code: 404, description: 'Not Found' });
        return;
      }
      const method = match[2] ?? '';
      const payload = jsonPayload(chunks);
      calls.push({ method, payload });
      const text = typeof payload['text'] === 'string' ? payload['text'] : undefined;
      if (text !== undefined) {
        for (const problem of telegramHtmlProblems(text)) problems.push(`${method}: ${problem} in ${JSON.stringify(text.slice(0, 120))}`);
      }
      const failure = failures.get(method)?.shift();
      if (failure?.network) {
        req.socket.destroy();
        return;
      }
      if (failure) {
        reply(failure.status, {
          ok: false,
          error_code: failure.status,
          description: failure.description,
          ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
        });
        return;
      }
      accepted.push({ method, payload });
      reply(200, { ok: true, result: resultFor(method, payload) });
    });
  });

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
    get apiRoot() {
      return apiRoot;
    },
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
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

let active: TelegramApiMock | undefined;

/** The Bot API root of the mock installed for the current test file (test apps default to it). */
export function activeTelegramApiRoot(): string | undefined {
  return active?.apiRoot || undefined;
}

/** Install the mock for the current test file, and check every captured text after each test. */
export function useTelegramApiMock(token = TEST_TOKEN): TelegramApiMock {
  const mock = createTelegramApiMock(token);
  beforeAll(async () => {
    await mock.listen();
    active = mock;
  });
  afterEach(() => {
    const problems = mock.htmlProblems();
    mock.reset();
    expect(problems, 'every Bot API call must be one the bot may make, and every text must pass Telegram\'s HTML parse rules').toEqual([]);
  });
  afterAll(async () => {
    if (active === mock) active = undefined;
    await mock.close();
  });
  return mock;
}
