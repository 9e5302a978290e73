/**
 * Checks bytes before they reach the OCR engine: what format they are (by magic bytes, never by
 * file name or MIME type, which senders control) and how large the picture claims to be. A
 * decompression bomb is refused from its header alone, without decoding a pixel.
 */
import { OcrError } from './ocr-error.js';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './image-limits.js';

export type ImageFormat = 'jpeg' | 'png' | 'webp';

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
}

/** Throws `OcrError` with the reason the image cannot be read; otherwise returns its size. */
export function inspectImage(bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): ImageInfo {
  if (bytes.length === 0) throw new OcrError('empty', 'image is empty');
  if (bytes.length > limits.maxBytes) {
    throw new OcrError('too-large', `image has ${bytes.length} bytes, limit ${limits.maxBytes}`);
  }
  const format = sniffFormat(bytes);
  if (format === undefined) {
    if (looksLikeOtherImageOrDocument(bytes)) {
      throw new OcrError('unsupported-format', 'format not supported (JPEG, PNG, WebP only)');
    }
    throw new OcrError('not-an-image', 'bytes are not an image');
  }
  const size = readSize(format, bytes);
  if (size === undefined) throw new OcrError('unreadable', `${format} header is damaged or truncated`);
  const { width, height } = size;
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    throw new OcrError('too-many-pixels', `image is ${width}x${height}`);
  }
  return { format, width, height };
}

export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  return undefined;
}

// Formats people do send (GIF stickers, iPhone HEIC, PDF flyers) get a "send a screenshot or
// photo instead" answer rather than "this is not an image".
function looksLikeOtherImageOrDocument(bytes: Uint8Array): boolean {
  const head4 = ascii(bytes, 0, 4);
  return (
    head4 === 'GIF8' ||
    head4 === '%PDF' ||
    ascii(bytes, 0, 2) === 'BM' ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (ascii(bytes, 4, 4) === 'ftyp' && /^(heic|heix|hevc|mif1|msf1|avif|avis)$/.test(ascii(bytes, 8, 4)))
  );
}

interface Size {
  width: number;
  height: number;
}

function readSize(format: ImageFormat, bytes: Uint8Array): Size | undefined {
  const size = format === 'png' ? pngSize(bytes) : format === 'jpeg' ? jpegSize(bytes) : webpSize(bytes);
  if (size === undefined || size.width <= 0 || size.height <= 0) return undefined;
  return size;
}

function pngSize(bytes: Uint8Array): Size | undefined {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return undefined;
  // A PNG ends with an IEND chunk; without it the file was cut off in transit.
  const tail = ascii(bytes, Math.max(0, bytes.length - 64), Math.min(64, bytes.length));
  if (!tail.includes('IEND')) return undefined;
  return { width: u32be(bytes, 16), height: u32be(bytes, 20) };
}

const JPEG_FRAME_MARKERS = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
]);

function jpegSize(bytes: Uint8Array): Size | undefined {
  let offset = 2;
  // Walk segment headers only (each step jumps a whole segment), so this is linear and short.
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    let marker = bytes[offset + 1] ?? 0;
    while (marker === 0xff && offset + 2 < bytes.length) {
      offset += 1;
      marker = bytes[offset + 1] ?? 0;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // image data before any frame header
    const length = u16be(bytes, offset + 2);
    if (length < 2) return undefined;
    if (JPEG_FRAME_MARKERS.has(marker)) {
      if (offset + 9 > bytes.length) return undefined;
      return { height: u16be(bytes, offset + 5), width: u16be(bytes, offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

function webpSize(bytes: Uint8Array): Size | undefined {
  if (bytes.length < 30) return undefined;
  // The RIFF header states the file length; fewer bytes means the upload was cut off.
  if (u32le(bytes, 4) + 8 > bytes.length) return undefined;
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ') {
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined;
    return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return undefined;
    const bits = u32le(bytes, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let out = '';
  for (let i = start; i < start + length && i < bytes.length; i += 1) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

function byteAt(bytes: Uint8Array, i: number): number {
  return bytes[i] ?? 0;
}

function u16be(bytes: Uint8Array, i: number): number {
  return (byteAt(bytes, i) << 8) | byteAt(bytes, i + 1);
}

function u16le(bytes: Uint8Array, i: number): number {
  return byteAt(bytes, i) | (byteAt(bytes, i + 1) << 8);
}

function u24le(bytes: Uint8Array, i: number): number {
  return byteAt(bytes, i) | (byteAt(bytes, i + 1) << 8) | (byteAt(bytes, i + 2) << 16);
}

function u32be(bytes: Uint8Array, i: number): number {
  return ((byteAt(bytes, i) << 24) >>> 0) + (byteAt(bytes, i + 1) << 16) + (byteAt(bytes, i + 2) << 8) + byteAt(bytes, i + 3);
}

function u32le(bytes: Uint8Array, i: number): number {
  return u32be(Uint8Array.of(byteAt(bytes, i + 3), byteAt(bytes, i + 2), byteAt(bytes, i + 1), byteAt(bytes, i)), 0);
}
