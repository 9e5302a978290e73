/**
 * The HTTP client the bot reaches the Bot API with: undici's `request` over one keep-alive
 * connection pool per origin, in place of grammY's default (node-fetch on node:http). grammY
 * only needs `fetch(url, init)` and `response.json()`; node-fetch builds a WHATWG Request,
 * Headers and Body for every call, and those made up about a third of the bot's CPU time per
 * update in the webhook benchmark (docs/benchmarks.md). Timeouts and cancellation stay grammY's:
 * it aborts through `init.signal`; any error here (refused connection, closed socket, a body
 * that is not JSON) reaches grammY, which reports it as an HttpError that the retry policy sees.
 */
import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import type { ApiClientOptions } from 'grammy';

/** What grammY passes: JSON text, or a multipart stream when it uploads a file. */
interface TelegramRequestInit {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Readable;
  // grammY's own AbortSignal (from its abort-controller shim): an EventTarget, which undici accepts.
  readonly signal?: unknown;
}

export interface TelegramResponse {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}

// Telegram holds a connection open for a while; a webhook bot sends in bursts.
const KEEP_ALIVE_MS = 60_000;
const dispatcher = new Agent({ keepAliveTimeout: KEEP_ALIVE_MS, keepAliveMaxTimeout: 10 * KEEP_ALIVE_MS });

export async function telegramFetch(url: string, init: TelegramRequestInit = {}): Promise<TelegramResponse> {
  const response = await request(url, {
    method: init.method === 'GET' ? 'GET' : 'POST',
    ...(init.headers ? { headers: init.headers } : {}),
    ...(init.body !== undefined ? { body: init.body } : {}),
    ...(init.signal ? { signal: init.signal as AbortSignal } : {}),
    dispatcher,
  });
  return {
    ok: response.statusCode >= 200 && response.statusCode < 300,
    status: response.statusCode,
    json: () => response.body.json(),
  };
}

/** For grammY's `client.fetch` option (typed after node-fetch, of which only the above is used). */
export const telegramClientFetch = telegramFetch as unknown as NonNullable<ApiClientOptions['fetch']>;
