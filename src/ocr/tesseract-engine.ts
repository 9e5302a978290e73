/**
 * The one place that talks to tesseract.js: a worker thread reading Indonesian + English with the
 * shipped models. No network: the language data is a local folder, the WebAssembly core and the
 * worker script are loaded from node_modules, and the cache is off so nothing is written.
 */
import Tesseract from 'tesseract.js';
import { OCR_LANGUAGES } from './lang-data.js';

export interface OcrEngine {
  recognize(image: Uint8Array): Promise<{ text: string; confidence: number }>;
  terminate(): Promise<void>;
}

export type OcrEngineFactory = () => Promise<OcrEngine>;

interface EngineText {
  text: string;
  confidence: number;
}

// String values of Tesseract's PSM enum (declared as a non-const enum in the typings).
const AUTO_LAYOUT = '3' as Tesseract.PSM;
const SINGLE_BLOCK = '6' as Tesseract.PSM;
/** Mean confidence above which the first pass is kept without trying the second. */
const GOOD_ENOUGH = 80;

function wordCount(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2).length;
}

/** Words read, discounted by how unsure Tesseract was about them. */
function score(result: EngineText): number {
  return wordCount(result.text) * (result.confidence / 100);
}

export async function createTesseractEngine(langPath: string): Promise<OcrEngine> {
  const worker = await Tesseract.createWorker(OCR_LANGUAGES.join('+'), Tesseract.OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    logger: () => undefined,
    // Without a handler tesseract.js rethrows a failed job inside its message listener, which is
    // an uncaught exception that kills the process. The failed job's promise still rejects.
    errorHandler: () => undefined,
  });
  async function pass(buffer: Buffer, mode: Tesseract.PSM): Promise<EngineText> {
    await worker.setParameters({ tessedit_pageseg_mode: mode });
    const { data } = await worker.recognize(buffer);
    return { text: data.text, confidence: data.confidence };
  }
  return {
    async recognize(image) {
      const buffer = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
      // Automatic layout finds headlines on coloured banners and separate text blocks, which
      // single-block mode drops; but on a noisy photo it can find no text at all, where
      // single-block mode still reads it. Try the second only when the first looks poor.
      const auto = await pass(buffer, AUTO_LAYOUT);
      if (auto.confidence >= GOOD_ENOUGH && wordCount(auto.text) >= 3) return auto;
      const block = await pass(buffer, SINGLE_BLOCK);
      return score(block) > score(auto) ? block : auto;
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
