import { afterAll, describe, it, expect } from 'vitest';
import { createOcrReader } from '../../src/ocr/ocr-reader.js';
import type { OcrEngine } from '../../src/ocr/tesseract-engine.js';
import { CAMBODIA_ADMIN_FLYER, TAIWAN_FACTORY_FLYER, drawFlyer } from './flyer-images.js';

/** How many of the words appear in the text, ignoring case: OCR may slip on one, not on most. */
function wordsFound(text: string, words: readonly string[]): number {
  const haystack = text.toLowerCase();
  return words.filter((w) => haystack.includes(w.toLowerCase())).length;
}

const SCAM_WORDS = ['kamboja', 'admin', 'gaji', '15 juta', 'pengalaman', 'tiket', 'ditanggung', 'visa', 'turis', '855'];

describe('reading flyers offline', { timeout: 30_000 }, () => {
  // One worker for the whole file, as in the bot.
  const reader = createOcrReader();
  afterAll(() => reader.close());

  it('reads a Cambodia "admin CS" scam flyer sent as a PNG screenshot', async () => {
    const result = await reader.read(await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'png' }));
    expect(wordsFound(result.text, SCAM_WORDS)).toBeGreaterThanOrEqual(9);
    expect(result.text).toMatch(/visa turis/i);
    expect(result.confidence).toBeGreaterThan(60);
  });

  it('reads the same flyer as a Telegram-compressed JPEG photo with a coloured banner, slightly tilted', async () => {
    const photo = await drawFlyer(CAMBODIA_ADMIN_FLYER, {
      format: 'jpeg',
      quality: 70,
      banner: '#c62828',
      background: '#fff8e1',
      rotate: 1.5,
    });
    const result = await reader.read(photo);
    expect(wordsFound(result.text, SCAM_WORDS)).toBeGreaterThanOrEqual(8);
  });

  it('reads a WebP sticker-style flyer', async () => {
    const result = await reader.read(await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'webp', center: true }));
    expect(wordsFound(result.text, SCAM_WORDS)).toBeGreaterThanOrEqual(9);
  });

  it('reads a licensed-agency Taiwan factory notice, including "SIP2MI"', async () => {
    const result = await reader.read(await drawFlyer(TAIWAN_FACTORY_FLYER, { format: 'jpeg', font: 'serif' }));
    expect(wordsFound(result.text, ['sip2mi', 'taiwan', 'pabrik', 'operator', 'disnaker', 'resmi'])).toBeGreaterThanOrEqual(5);
  });

  it('an image without text gives empty text, not an error', async () => {
    const result = await reader.read(await drawFlyer([''], { format: 'png', background: '#3f51b5' }));
    expect(result.text.replace(/\W/g, '')).toHaveLength(0);
  });

  it('a JPEG whose picture data is cut off is refused as "unreadable" and the next flyer still reads', async () => {
    const jpeg = await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'jpeg' });
    const cut = jpeg.subarray(0, 700);
    await expect(reader.read(cut)).rejects.toMatchObject({ code: 'unreadable' });
    const next = await reader.read(jpeg);
    expect(wordsFound(next.text, SCAM_WORDS)).toBeGreaterThanOrEqual(9);
  });
});

describe('a read that hangs cannot wedge the bot', { timeout: 30_000 }, () => {
  function fakeEngines(behaviours: Array<'hang' | 'answer'>) {
    const started: Array<{ terminated: boolean }> = [];
    const createEngine = async (): Promise<OcrEngine> => {
      const state = { terminated: false };
      started.push(state);
      const behaviour = behaviours[started.length - 1] ?? 'answer';
      return {
        recognize: () =>
          behaviour === 'hang' ? new Promise(() => undefined) : Promise.resolve({ text: 'LOKER', confidence: 90 }),
        terminate: async () => {
          state.terminated = true;
        },
      };
    };
    return { started, createEngine };
  }

  it('times out, replaces the worker, and reads the next image with a fresh one', async () => {
    const engines = fakeEngines(['hang', 'answer']);
    const reader = createOcrReader({ timeoutMs: 50, createEngine: engines.createEngine });
    const image = await drawFlyer(['LOKER'], { width: 200 });
    await expect(reader.read(image)).rejects.toMatchObject({ code: 'timeout' });
    expect(engines.started[0]?.terminated).toBe(true);
    await expect(reader.read(image)).resolves.toMatchObject({ text: 'LOKER' });
    expect(engines.started).toHaveLength(2);
    await reader.close();
    expect(engines.started[1]?.terminated).toBe(true);
  });

  it('images queue one at a time; past the queue limit the user is told the bot is busy', async () => {
    const engines = fakeEngines(['hang']);
    const reader = createOcrReader({ timeoutMs: 200, maxQueue: 2, createEngine: engines.createEngine });
    const image = await drawFlyer(['LOKER'], { width: 200 });
    const first = reader.read(image);
    const second = reader.read(image);
    await expect(reader.read(image)).rejects.toMatchObject({ code: 'busy' });
    await expect(first).rejects.toMatchObject({ code: 'timeout' });
    await expect(second).resolves.toMatchObject({ text: 'LOKER' });
    await reader.close();
  });

  it('an engine that never starts gives "unavailable" instead of hanging', async () => {
    const reader = createOcrReader({ initTimeoutMs: 50, createEngine: () => new Promise(() => undefined) });
    await expect(reader.read(await drawFlyer(['LOKER'], { width: 200 }))).rejects.toMatchObject({ code: 'unavailable' });
    await reader.close();
  });

  it('the real worker is replaced after a timeout and then reads normally', async () => {
    const reader = createOcrReader({ timeoutMs: 5 });
    const flyer = await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'png' });
    await expect(reader.read(flyer)).rejects.toMatchObject({ code: 'timeout' });
    await reader.close();
    const patient = createOcrReader();
    const result = await patient.read(flyer);
    expect(wordsFound(result.text, SCAM_WORDS)).toBeGreaterThanOrEqual(9);
    await patient.close();
  });
});
