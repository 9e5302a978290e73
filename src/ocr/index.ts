/**
 * Reading job ads from images, offline. The bot downloads the photo (`downloadTelegramFile`),
 * reads it (`createOcrReader().read`), shows what was read (`renderOcrText`) and checks the text
 * like any other ad; every failure is an `OcrError` with a code that `renderOcrError` explains.
 * No grammY here.
 */
export { createOcrReader, type OcrReader, type OcrReaderOptions, type OcrResult } from './ocr-reader.js';
export { OcrError, isOcrError, OCR_ERROR_CODES, type OcrErrorCode } from './ocr-error.js';
export { inspectImage, sniffFormat, type ImageFormat, type ImageInfo } from './image-header.js';
export { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './image-limits.js';
export { ocrExcerpt, tidyOcrText } from './ocr-excerpt.js';
export {
  renderOcrText,
  renderOcrError,
  renderPhoneCaveat,
  mayContainPhoneNumbers,
  LOW_CONFIDENCE,
  type OcrTextOptions,
} from './ocr-reply.js';
export { downloadTelegramFile, type DownloadTelegramFileOptions } from './telegram-file.js';
export { measureOcr, type OcrMeasurement } from './measure.js';
