/**
 * The parts of a reply that belong to images: what was read (so the user can see what the
 * checker judged, and spot misreads), warnings about low confidence and misread phone numbers,
 * and a message for every `OcrErrorCode`. Output is Telegram HTML; each paragraph is
 * self-contained so `splitMessages` can split between them.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/min/es6';
import { escapeHtml } from '../text/telegram-html.js';
import type { Translate } from '../text/translate.js';
import { DEFAULT_IMAGE_LIMITS } from './image-limits.js';
import { ocrExcerpt } from './ocr-excerpt.js';
import type { OcrErrorCode } from './ocr-error.js';

/** Below this mean confidence Tesseract's output on flyers is often partly wrong. */
export const LOW_CONFIDENCE = 60;

export interface OcrTextOptions {
  /** Longest excerpt shown; the checker still sees the whole text. */
  maxChars?: number;
  confidence?: number;
}

/** "I read this text from the image: …" plus the warnings that apply; empty text gets a hint. */
export function renderOcrText(t: Translate, text: string, options: OcrTextOptions = {}): string {
  const excerpt = ocrExcerpt(text, options.maxChars ?? 700);
  if (excerpt.length === 0) return escapeHtml(t('ocr-no-text'));
  const paragraphs = [`${escapeHtml(t('ocr-read-intro'))}\n<blockquote>${escapeHtml(excerpt)}</blockquote>`];
  if (options.confidence !== undefined && options.confidence < LOW_CONFIDENCE) {
    paragraphs.push(escapeHtml(t('ocr-low-confidence')));
  }
  if (mayContainPhoneNumbers(text)) paragraphs.push(renderPhoneCaveat(t));
  return paragraphs.join('\n\n');
}

/**
 * Whether text read from an image contains something that looks like a phone number. The bot
 * (or the checker's renderer, given `fromImage: true`) then adds `renderPhoneCaveat`.
 */
export function mayContainPhoneNumbers(text: string): boolean {
  // Indonesian numbers are written locally (0812…); foreign ones (+855 …) carry their code.
  return findPhoneNumbersInText(text, 'ID').length > 0;
}

export function renderPhoneCaveat(t: Translate): string {
  return escapeHtml(t('ocr-phone-caveat'));
}

export function renderOcrError(t: Translate, code: OcrErrorCode | 'not-found'): string {
  const maxMb = Math.round(DEFAULT_IMAGE_LIMITS.maxBytes / (1024 * 1024));
  return escapeHtml(t(`ocr-error-${code}`, { maxMb }));
}
