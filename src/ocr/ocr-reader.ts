/**
 * Reads the text in an image. Promises: bad input is refused with a typed `OcrError` before any
 * decoding; one OCR worker per reader, started on first use and reused; images are read one at
 * a time; a read that takes too long is abandoned and the worker replaced, so one poisoned image
 * cannot wedge the bot; nothing is downloaded or written except a temporary folder of links to
 * the shipped language data.
 */
import { performance } from 'node:perf_hooks';
import { inspectImage, type ImageInfo } from './image-header.js';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './image-limits.js';
import { createLangFolder, type LangFolder } from './lang-data.js';
import { OcrError } from './ocr-error.js';
import { createSerialQueue } from './serial-queue.js';
import { createTesseractEngine, type OcrEngine, type OcrEngineFactory } from './tesseract-engine.js';

export interface OcrResult {
  /** Text as read, trimmed; may be empty when the image has no readable text. */
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
  /** Time spent on this image, including starting the worker on the first read. */
  ms: number;
}

export interface OcrReaderOptions extends Partial<ImageLimits> {
  /** Per image. A typical flyer takes well under a second; a 12 MP photo a few seconds. */
  timeoutMs?: number;
  /** Starting the worker and loading the models (about half a second here). */
  initTimeoutMs?: number;
  /** Images waiting or being read; beyond this `read` answers `busy` instead of queueing. */
  maxQueue?: number;
  /** For tests: replaces the tesseract.js worker. */
  createEngine?: OcrEngineFactory;
}

export interface OcrReader {
  read(image: Uint8Array): Promise<OcrResult>;
  /** Finishes queued reads, stops the worker and removes the temporary folder. */
  close(): Promise<void>;
}

const DEFAULTS = {
  timeoutMs: 8_000,
  initTimeoutMs: 30_000,
  maxQueue: 20,
};

export function createOcrReader(options: OcrReaderOptions = {}): OcrReader {
  const limits: ImageLimits = {
    maxBytes: options.maxBytes ?? DEFAULT_IMAGE_LIMITS.maxBytes,
    maxPixels: options.maxPixels ?? DEFAULT_IMAGE_LIMITS.maxPixels,
    maxSide: options.maxSide ?? DEFAULT_IMAGE_LIMITS.maxSide,
  };
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const initTimeoutMs = options.initTimeoutMs ?? DEFAULTS.initTimeoutMs;
  const maxQueue = options.maxQueue ?? DEFAULTS.maxQueue;
  const queue = createSerialQueue();

  let langFolder: LangFolder | undefined;
  let engine: OcrEngine | undefined;
  let closed = false;

  const createEngine: OcrEngineFactory =
    options.createEngine ??
    (async () => {
      langFolder ??= await createLangFolder();
      return createTesseractEngine(langFolder.path);
    });

  async function startEngine(): Promise<OcrEngine> {
    if (engine) return engine;
    const starting = createEngine();
    try {
      engine = await withTimeout(starting, initTimeoutMs);
      return engine;
    } catch (error) {
      // A worker that starts after we gave up must not linger as an idle thread.
      void starting.then((late) => late.terminate()).catch(() => undefined);
      const reason = error instanceof TimeoutError ? 'timed out' : 'failed';
      throw new OcrError('unavailable', `OCR engine start ${reason}`);
    }
  }

  async function discardEngine(): Promise<void> {
    const current = engine;
    engine = undefined;
    await current?.terminate().catch(() => undefined);
  }

  async function recognize(image: Uint8Array, info: ImageInfo): Promise<OcrResult> {
    const started = performance.now();
    const current = await startEngine();
    try {
      const { text, confidence } = await withTimeout(current.recognize(image), timeoutMs);
      return { text: text.trim(), confidence, ms: Math.round(performance.now() - started) };
    } catch (error) {
      // A picture the decoder refused leaves the worker fine. After any other failure its state
      // is unknown (a WebAssembly abort can leave it answering nothing or garbage), so the next
      // image gets a fresh worker; that costs half a second or more.
      if (!isDecodeFailure(error)) await discardEngine();
      if (error instanceof TimeoutError) {
        throw new OcrError('timeout', `OCR of a ${info.width}x${info.height} ${info.format} took over ${timeoutMs} ms`);
      }
      throw new OcrError('unreadable', `OCR could not decode the ${info.format} image`);
    }
  }

  return {
    async read(image) {
      if (closed) throw new OcrError('unavailable', 'OCR reader is closed');
      const info = inspectImage(image, limits);
      if (queue.size >= maxQueue) throw new OcrError('busy', `${queue.size} images already waiting`);
      return queue.run(() => recognize(image, info));
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue.run(async () => {
        await discardEngine();
        await langFolder?.remove();
        langFolder = undefined;
      });
    },
  };
}

class TimeoutError extends Error {}

// tesseract.js rejects with this text when Leptonica cannot decode the image.
function isDecodeFailure(error: unknown): boolean {
  return error instanceof Error && /attempting to read image/i.test(error.message);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
