import { describe, it, expect } from 'vitest';
import { inspectImage, type ImageInfo } from '../../src/ocr/image-header.js';
import { createOcrReader } from '../../src/ocr/ocr-reader.js';
import { OcrError, type OcrErrorCode } from '../../src/ocr/ocr-error.js';
import { drawFlyer, CAMBODIA_ADMIN_FLYER } from './flyer-images.js';

function codeOf(bytes: Uint8Array): OcrErrorCode | ImageInfo {
  try {
    return inspectImage(bytes);
  } catch (error) {
    if (error instanceof OcrError) return error.code;
    throw error;
  }
}

/** A PNG signature and IHDR chunk claiming the given size, with an IEND so only size is wrong. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(8 + 25 + 12);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], 33);
  return bytes;
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('images the bot refuses before trying to read them', () => {
  it('an empty upload is "empty"', () => {
    expect(codeOf(new Uint8Array(0))).toBe('empty');
  });

  it('a text file, an HTML page or a gzip archive is "not-an-image"', () => {
    expect(codeOf(text('LOKER KAMBOJA gaji 15 juta, WA 0812...'))).toBe('not-an-image');
    expect(codeOf(text('<!doctype html><title>404</title>'))).toBe('not-an-image');
    expect(codeOf(Uint8Array.of(0x1f, 0x8b, 8, 0))).toBe('not-an-image');
  });

  it('GIF, BMP, TIFF, HEIC and PDF files get "unsupported-format" so the user can resend as a photo', () => {
    expect(codeOf(text('GIF89a\u0001\u0000\u0001\u0000'))).toBe('unsupported-format');
    expect(codeOf(text('%PDF-1.7\n%....'))).toBe('unsupported-format');
    expect(codeOf(text('BM6\u0000\u0000\u0000'))).toBe('unsupported-format');
    expect(codeOf(Uint8Array.of(0x49, 0x49, 0x2a, 0, 8, 0, 0, 0))).toBe('unsupported-format');
    expect(codeOf(Uint8Array.of(0, 0, 0, 0x18, ...text('ftypheic'), 0, 0, 0, 0))).toBe('unsupported-format');
  });

  it('a PNG cut off in transit is "unreadable"', async () => {
    const png = await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'png' });
    expect(codeOf(png.subarray(0, Math.floor(png.length / 2)))).toBe('unreadable');
    expect(codeOf(png.subarray(0, 20))).toBe('unreadable');
  });

  it('a JPEG cut off before its frame header, or a WebP shorter than it says, is "unreadable"', async () => {
    const jpeg = await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'jpeg' });
    expect(codeOf(jpeg.subarray(0, 10))).toBe('unreadable');
    const webp = await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'webp' });
    expect(codeOf(webp.subarray(0, webp.length - 100))).toBe('unreadable');
  });

  it('a PNG header claiming 50,000 × 50,000 pixels is "too-many-pixels" without decoding anything', () => {
    expect(codeOf(pngHeader(50_000, 50_000))).toBe('too-many-pixels');
    expect(codeOf(pngHeader(12_000, 100))).toBe('too-many-pixels');
    expect(codeOf(pngHeader(7_000, 7_000))).toBe('too-many-pixels');
    expect(codeOf(pngHeader(1_280, 2_560))).toEqual({ format: 'png', width: 1280, height: 2560 });
  });

  it('anything over 10 MB is "too-large", whatever it contains', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(codeOf(big)).toBe('too-large');
  });

  it('real PNG, JPEG and WebP flyers pass with their true size', async () => {
    for (const format of ['png', 'jpeg', 'webp'] as const) {
      const image = await drawFlyer(['LOKER'], { format, width: 640 });
      expect(codeOf(image)).toMatchObject({ format, width: 640 });
    }
  });

  it('the reader refuses bad images with the same codes and never starts the OCR engine for them', async () => {
    let enginesStarted = 0;
    const reader = createOcrReader({
      createEngine: async () => {
        enginesStarted += 1;
        throw new Error('must not start');
      },
    });
    const cases: Array<[Uint8Array, OcrErrorCode]> = [
      [new Uint8Array(0), 'empty'],
      [text('hello'), 'not-an-image'],
      [pngHeader(50_000, 50_000), 'too-many-pixels'],
    ];
    for (const [bytes, code] of cases) {
      await expect(reader.read(bytes)).rejects.toMatchObject({ name: 'OcrError', code });
    }
    expect(enginesStarted).toBe(0);
    await reader.close();
  });
});
