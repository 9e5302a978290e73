/**
 * A stand-in for Telegram's Bot API on 127.0.0.1, for black-box tests of the built bot: records
 * every call, answers getMe with the bot user, serves queued updates through getUpdates (then
 * an empty list after a short wait, like a long poll that timed out), sendMessage with a
 * message, and everything else with `true`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { TEST_BOT_INFO } from './bot-fixtures.js';

export interface StandInCall {
  readonly token: string;
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

export interface StandInBotApi {
  readonly url: string;
  readonly calls: StandInCall[];
  /** Updates handed out by the next getUpdates. */
  queueUpdates(...updates: Update[]): void;
  sentTo(chatId: number): string[];
  close(): Promise<void>;
}

const EMPTY_POLL_MS = 200;

/** A Bot API request's JSON body as an object; anything else (empty, multipart, junk) as {}. */
export function jsonPayload(chunks: readonly Buffer[]): Record<string, unknown> {
  try {
    const raw = Buffer.concat(chunks).toString('utf8');
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function startStandInBotApi(): Promise<StandInBotApi> {
  const calls: StandInCall[] = [];
  let queued: Update[] = [];
  let nextMessageId = 1;
  const waiting = new Set<() => void>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
      const token = match?.[1] ?? '';
      const method = match?.[2] ?? '';
      const payload = jsonPayload(chunks);
      calls.push({ token, method, payload });
      const answer = (result: unknown) => {
        if (res.writableEnded || res.destroyed) return;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, result }));
      };
      if (method === 'getUpdates') {
        const offset = Number(payload['offset'] ?? 0);
        const ready = () => queued.filter((u) => u.update_id >= offset);
        if (ready().length > 0) {
          const batch = ready();
          queued = queued.filter((u) => !batch.includes(u));
          answer(batch);
          return;
        }
        const timer = setTimeout(() => {
          waiting.delete(wake);
          answer([]);
        }, EMPTY_POLL_MS);
        const wake = () => {
          clearTimeout(timer);
          const batch = ready();
          queued = queued.filter((u) => !batch.includes(u));
          answer(batch);
        };
        waiting.add(wake);
        res.on('close', () => {
          clearTimeout(timer);
          waiting.delete(wake);
        });
        return;
      }
      answer(resultFor(method, payload));
    });
  });

  function resultFor(method: string, payload: Record<string, unknown>): unknown {
    const chatId = Number(payload['chat_id'] ?? 0);
    switch (method) {
      case 'getMe':
        return TEST_BOT_INFO;
      case 'sendMessage':
        nextMessageId += 1;
        return {
          message_id: nextMessageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private', first_name: 'Siti' },
          from: TEST_BOT_INFO,
          text: typeof payload['text'] === 'string' ? payload['text'] : '',
        };
      default:
        return true;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    queueUpdates(...updates) {
      queued.push(...updates);
      for (const wake of [...waiting]) {
        waiting.delete(wake);
        wake();
      }
    },
    sentTo: (chatId) =>
      calls.filter((c) => c.method === 'sendMessage' && Number(c.payload['chat_id']) === chatId).map((c) => String(c.payload['text'] ?? '')),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
