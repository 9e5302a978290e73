/**
 * Every way reading an image can fail, as a code the bot turns into a localised message
 * (`ocr-error-<code>` in locales/<lang>/ocr.ftl). Messages are for logs and never contain a
 * URL, a token or the image's text.
 */
export const OCR_ERROR_CODES = [
  'empty',
  'not-an-image',
  'unsupported-format',
  'too-large',
  'too-many-pixels',
  'unreadable',
  'timeout',
  'busy',
  'download-failed',
  'unavailable',
] as const;

export type OcrErrorCode = (typeof OCR_ERROR_CODES)[number];

export class OcrError extends Error {
  override readonly name = 'OcrError';

  constructor(
    readonly code: OcrErrorCode,
    message: string = code,
  ) {
    super(message);
  }
}

export function isOcrError(error: unknown): error is OcrError {
  return error instanceof OcrError;
}
