/**
 * A fast stand-in for Telegram's Bot API on 127.0.0.1 for the webhook benchmark: answers getMe
 * with a bot user, sendMessage / editMessageText with a message, everything else with `true`,
 * and counts calls per method. Keep-alive, no logging, no storage of payloads beyond the chat id.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BENCH_BOT_INFO = {
  id: 987654321,
  is_bot: true,
  first_name: 'Kawan Migran (bench)',
  username: 'KawanMigranBenchBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
};

export interface StandInApi {
  readonly url: string;
  /** Calls per method, per bot token (each bot under test has its own token). */
  counts(token: string): Record<string, number>;
  close(): Promise<void>;
}

export async function startStandInApi(): Promise<StandInApi> {
  const counts = new Map<string, Map<string, number>>();
  let nextMessageId = 1;

  const resultFor = (method: string, body: string): unknown => {
    if (method === 'getMe') return BENCH_BOT_INFO;
    if (method !== 'sendMessage' && method !== 'editMessageText' && method !== 'sendPhoto') return true;
    // Only the chat id is needed for a realistic answer; avoid parsing large bodies twice.
    const chat = /"chat_id":\s*"?(-?\d+)/.exec(body);
    nextMessageId += 1;
    return {
      message_id: nextMessageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: Number(chat?.[1] ?? 0), type: 'private', first_name: 'Bench' },
      from: BENCH_BOT_INFO,
      text: '…',
    };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
      const token = match?.[1] ?? '';
      const method = match?.[2] ?? '';
      const perToken = counts.get(token) ?? new Map<string, number>();
      perToken.set(method, (perToken.get(method) ?? 0) + 1);
      counts.set(token, perToken);
      const payload = JSON.stringify({ ok: true, result: resultFor(method, Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      res.end(payload);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: (token) => Object.fromEntries(counts.get(token) ?? []),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
