/**
 * Downloads a file the user sent, given the `file_path` from the Bot API's getFile. Promises:
 * never more than `maxBytes` are held in memory (checked against Content-Length and again while
 * streaming), the whole download is bounded by `timeoutMs`, and no error message contains the
 * URL or the bot token (the token is part of the URL), so errors can be logged as they are.
 */
import { request, type Dispatcher } from 'undici';
import { DEFAULT_IMAGE_LIMITS } from './image-limits.js';
import { OcrError, isOcrError } from './ocr-error.js';

export interface DownloadTelegramFileOptions {
  /** e.g. https://api.telegram.org, or a local Bot API server / test server. */
  apiRoot: string;
  token: string;
  /** `file_path` from getFile. */
  filePath: string;
  /** `file_size` from getFile, when known: refuses before connecting. */
  fileSize?: number;
  maxBytes?: number;
  timeoutMs?: number;
  /** undici dispatcher (proxy, connection pool, or a test agent). */
  dispatcher?: Dispatcher;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export async function downloadTelegramFile(options: DownloadTelegramFileOptions): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_IMAGE_LIMITS.maxBytes;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (options.fileSize !== undefined && options.fileSize > maxBytes) {
    throw tooLarge(options.fileSize, maxBytes);
  }
  const url = `${options.apiRoot.replace(/\/+$/, '')}/file/bot${options.token}/${options.filePath}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await request(url, {
      method: 'GET',
      signal: controller.signal,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
    if (response.statusCode !== 200) {
      discard(response.body);
      throw new OcrError('download-failed', `download failed (status ${response.statusCode})`);
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      discard(response.body);
      throw tooLarge(declared, maxBytes);
    }
    return await readLimited(response.body, maxBytes);
  } catch (error) {
    if (isOcrError(error)) throw error;
    if (controller.signal.aborted) throw new OcrError('download-failed', `download timed out after ${timeoutMs} ms`);
    throw new OcrError('download-failed', `download failed (${safeCode(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxBytes) {
      discard(body);
      throw tooLarge(total, maxBytes, 'at least ');
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

// Destroying an undici body emits an 'aborted' error; nobody is reading it any more, so without a
// listener that error would surface as an unhandled one.
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

function tooLarge(size: number, maxBytes: number, qualifier = ''): OcrError {
  return new OcrError('too-large', `file has ${qualifier}${size} bytes, limit ${maxBytes}`);
}

// Only a library error code (ECONNREFUSED, UND_ERR_SOCKET): never the error's own message,
// which could quote the URL.
function safeCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  }
  return 'network error';
}
