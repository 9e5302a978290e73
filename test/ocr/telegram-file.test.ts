import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { downloadTelegramFile } from '../../src/ocr/telegram-file.js';
import { OcrError } from '../../src/ocr/ocr-error.js';

const TOKEN = '123456:SECRET-token_ABCdef';
const PHOTO = new Uint8Array(Array.from({ length: 5000 }, (_, i) => i % 251));
const requests: string[] = [];

// A stand-in for api.telegram.org/file/bot<token>/<path> on 127.0.0.1.
function handle(req: IncomingMessage, res: ServerResponse): void {
  requests.push(req.url ?? '');
  const path = (req.url ?? '').replace(`/file/bot${TOKEN}/`, '');
  if (path === 'photos/file_1.jpg') {
    res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': PHOTO.length });
    res.end(PHOTO);
  } else if (path === 'photos/huge-declared.jpg') {
    res.writeHead(200, { 'content-length': 50 * 1024 * 1024 });
    res.write(PHOTO);
  } else if (path === 'photos/huge-chunked.jpg') {
    // No content-length: keeps sending until the client gives up.
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    const timer = setInterval(() => {
      if (!res.write(Buffer.alloc(64 * 1024, 1))) return;
    }, 1);
    res.on('close', () => clearInterval(timer));
  } else if (path === 'photos/slow.jpg') {
    // Never answers.
  } else {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(`{"ok":false,"error_code":404,"description":"Not Found: ${req.url}"}`);
  }
}

const server = createServer(handle);
let apiRoot = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(filePath: string, extra: { maxBytes?: number; timeoutMs?: number; fileSize?: number } = {}): Promise<OcrError> {
  try {
    await downloadTelegramFile({ apiRoot, token: TOKEN, filePath, timeoutMs: 2000, ...extra });
  } catch (error) {
    if (error instanceof OcrError) return error;
    throw error;
  }
  throw new Error(`${filePath} downloaded but should have failed`);
}

function expectNoSecrets(error: OcrError): void {
  const shown = `${error.message} ${String(error)} ${JSON.stringify(error)} ${error.stack ?? ''}`;
  expect(shown).not.toContain(TOKEN);
  expect(shown).not.toContain('SECRET');
  expect(shown).not.toContain('127.0.0.1');
  expect(error.cause).toBeUndefined();
}

describe('downloading the photo a user sent', () => {
  it('fetches the file from /file/bot<token>/<file_path>', async () => {
    const bytes = await downloadTelegramFile({ apiRoot: `${apiRoot}/`, token: TOKEN, filePath: 'photos/file_1.jpg' });
    expect(bytes).toEqual(PHOTO);
    expect(requests).toContain(`/file/bot${TOKEN}/photos/file_1.jpg`);
  });

  it('a missing file says "download failed (status 404)" and nothing about the token or URL', async () => {
    const error = await failure('photos/gone.jpg');
    expect(error.code).toBe('download-failed');
    expect(error.message).toBe('download failed (status 404)');
    expectNoSecrets(error);
  });

  it('a file declared larger than the limit is refused from its Content-Length', async () => {
    const error = await failure('photos/huge-declared.jpg');
    expect(error.code).toBe('too-large');
    expectNoSecrets(error);
  });

  it('a file without Content-Length is cut off as soon as it passes the limit', async () => {
    const error = await failure('photos/huge-chunked.jpg', { maxBytes: 1024 * 1024 });
    expect(error.code).toBe('too-large');
    expectNoSecrets(error);
  });

  it('getFile\'s file_size above the limit is refused without connecting', async () => {
    const before = requests.length;
    const error = await failure('photos/file_1.jpg', { fileSize: 11 * 1024 * 1024 });
    expect(error.code).toBe('too-large');
    expect(requests.length).toBe(before);
  });

  it('a server that never answers times out with a plain message', async () => {
    const error = await failure('photos/slow.jpg', { timeoutMs: 200 });
    expect(error.code).toBe('download-failed');
    expect(error.message).toMatch(/timed out/);
    expectNoSecrets(error);
  });

  it('an unreachable server fails without quoting the address', async () => {
    let error: unknown;
    try {
      await downloadTelegramFile({ apiRoot: 'http://127.0.0.1:9', token: TOKEN, filePath: 'photos/file_1.jpg', timeoutMs: 2000 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OcrError);
    if (error instanceof OcrError) {
      expect(error.code).toBe('download-failed');
      expectNoSecrets(error);
    }
  });
});
