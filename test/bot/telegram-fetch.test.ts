/**
 * The bot's HTTP client for the Bot API (undici in place of grammY's node-fetch), driven through
 * grammY's own Api against a Bot API stand-in on 127.0.0.1: what grammY relies on must hold.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, HttpError, InputFile } from 'grammy';
import { telegramClientFetch } from '../../src/bot/telegram-fetch.js';
import { TEST_TOKEN } from '../helpers/bot-fixtures.js';

interface Seen {
  readonly method: string;
  readonly contentType: string;
  readonly body: string;
  readonly socket: number;
}

let server: Server;
let apiRoot = '';
const seen: Seen[] = [];
const sockets = new WeakMap<object, number>();
let socketCount = 0;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!sockets.has(req.socket)) sockets.set(req.socket, (socketCount += 1));
      const method = (req.url ?? '').split('/').pop() ?? '';
      seen.push({ method, contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8'), socket: sockets.get(req.socket) ?? 0 });
      if (method === 'slowMethod') return; // never answers
      if (method === 'proxyError') {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html>Bad Gateway</html>');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, result: method === 'sendMessage' ? { message_id: 7 } : true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const api = (timeoutSeconds = 5) => new Api(TEST_TOKEN, { apiRoot, fetch: telegramClientFetch, timeoutSeconds });

describe('the Bot API client', () => {
  it('sends JSON, returns the result, and keeps connections alive for the calls that follow', async () => {
    seen.length = 0;
    const client = api();
    expect(await client.sendMessage(42, 'halo <b>kak</b>', { parse_mode: 'HTML' })).toEqual({ message_id: 7 });
    for (let i = 0; i < 5; i += 1) await client.answerCallbackQuery(`q${i}`);
    expect(seen.map((s) => s.method)).toEqual(['sendMessage', ...Array(5).fill('answerCallbackQuery')]);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(JSON.parse(seen[0]?.body ?? '{}')).toMatchObject({ chat_id: 42, text: 'halo <b>kak</b>', parse_mode: 'HTML' });
    // Six calls in a row over at most two connections (the pool may alternate between two).
    expect(new Set(seen.map((s) => s.socket)).size).toBeLessThanOrEqual(2);
  });

  it('uploads a file as multipart form data', async () => {
    seen.length = 0;
    await api().sendDocument(42, new InputFile(Buffer.from('isi berkas'), 'catatan.txt'));
    expect(seen[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]?.body).toContain('isi berkas');
    expect(seen[0]?.body).toContain('filename=catatan.txt');
  });

  it('gives up when grammY times the call out, as an HttpError the retry policy understands', async () => {
    const started = Date.now();
    const call = (api(1).raw as unknown as Record<string, () => Promise<unknown>>)['slowMethod']?.();
    await expect(call).rejects.toBeInstanceOf(HttpError);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('reports a proxy page instead of JSON, and a refused connection, as HttpErrors', async () => {
    const proxied = (api().raw as unknown as Record<string, () => Promise<unknown>>)['proxyError']?.();
    await expect(proxied).rejects.toBeInstanceOf(HttpError);
    const nowhere = new Api(TEST_TOKEN, { apiRoot: 'http://127.0.0.1:9', fetch: telegramClientFetch });
    await expect(nowhere.getMe()).rejects.toBeInstanceOf(HttpError);
  });
});
