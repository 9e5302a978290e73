/**
 * A stand-in Bot API on 127.0.0.1 that also serves files: getFile answers with a file_path and
 * /file/bot<token>/<path> returns the bytes given, so the real OCR path (getFile → download →
 * read → check) runs end to end over HTTP. Records every call; sendMessage answers a message.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonPayload } from './stand-in-bot-api.js';
import { TEST_BOT_INFO } from './bot-fixtures.js';

export interface FileBotApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  readonly at: number;
}

export interface FileBotApi {
  readonly url: string;
  readonly calls: FileBotApiCall[];
  /** Texts sent with sendMessage, in order. */
  sentTexts(): string[];
  close(): Promise<void>;
}

export async function startFileBotApi(options: { token: string; files: Record<string, Uint8Array> }): Promise<FileBotApi> {
  const calls: FileBotApiCall[] = [];
  let nextMessageId = 1;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      const filePrefix = `/file/bot${options.token}/`;
      if (path.startsWith(filePrefix)) {
        const bytes = options.files[decodeURIComponent(path.slice(filePrefix.length))];
        if (!bytes) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.byteLength) });
        res.end(Buffer.from(bytes));
        return;
      }
      const match = /^\/bot([^/]+)\/(\w+)/.exec(path);
      if (!match || match[1] !== options.token) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
        return;
      }
      const method = match[2] ?? '';
      const payload = jsonPayload(chunks);
      calls.push({ method, payload, at: Date.now() });
      let result: unknown = true;
      if (method === 'getMe') result = TEST_BOT_INFO;
      if (method === 'getFile') {
        const fileId = String(payload['file_id'] ?? '');
        const name = Object.keys(options.files).find((p) => p.includes(fileId)) ?? Object.keys(options.files)[0];
        result = { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: name ? options.files[name]?.byteLength : 0, file_path: name };
      }
      if (method === 'sendMessage') {
        nextMessageId += 1;
        result = {
          message_id: nextMessageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(payload['chat_id'] ?? 0), type: 'private', first_name: 'Siti' },
          from: TEST_BOT_INFO,
          text: typeof payload['text'] === 'string' ? payload['text'] : '',
        };
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    sentTexts: () => calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload['text'] ?? '')),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
