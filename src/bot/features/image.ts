/**
 * Job ads sent as photos or image files: fetched from Telegram with a size limit, read offline
 * (tesseract.js), the text shown back to the user, then checked like a pasted ad. Slow work: the
 * webhook acknowledges Telegram early and this continues in the chat's queue.
 */
import type { Message } from 'grammy/types';
import type { BotContext } from '../context.js';
import { DEFAULT_IMAGE_LIMITS, downloadTelegramFile, isOcrError, renderOcrError, renderOcrText } from '../../ocr/index.js';
import { runCheck } from './check.js';

export interface ImageFile {
  readonly fileId: string;
  readonly fileSize?: number | undefined;
}

const IMAGE_MIME = /^image\/(jpeg|png|webp)$/;

/** The largest photo size, or an image sent as a document. */
export function imageFileOf(message: Message | undefined): ImageFile | undefined {
  if (!message) return undefined;
  const largest = message.photo?.at(-1);
  if (largest) return { fileId: largest.file_id, fileSize: largest.file_size };
  const doc = message.document;
  if (doc && (IMAGE_MIME.test(doc.mime_type ?? '') || /\.(jpe?g|png|webp)$/i.test(doc.file_name ?? ''))) {
    return { fileId: doc.file_id, fileSize: doc.file_size };
  }
  return undefined;
}

export async function processImage(ctx: BotContext, image: ImageFile, caption: string): Promise<void> {
  const { ocr } = ctx.deps;
  if (!ocr) {
    await ctx.reply(renderOcrError(ctx.t, 'unavailable'), { parse_mode: 'HTML' });
    // The caption may hold the ad's words: check what we have.
    if (caption.trim()) await runCheck(ctx, caption);
    return;
  }
  await ctx.replyWithChatAction('typing').catch(() => undefined);
  try {
    if (image.fileSize !== undefined && image.fileSize > DEFAULT_IMAGE_LIMITS.maxBytes) {
      await ctx.reply(renderOcrError(ctx.t, 'too-large'), { parse_mode: 'HTML' });
      return;
    }
    const file = await ctx.api.getFile(image.fileId);
    if (!file.file_path) {
      await ctx.reply(renderOcrError(ctx.t, 'not-found'), { parse_mode: 'HTML' });
      return;
    }
    const bytes = await downloadTelegramFile({
      apiRoot: ctx.deps.telegramApiRoot,
      token: ctx.api.token,
      filePath: file.file_path,
      fileSize: file.file_size ?? image.fileSize,
    });
    const read = await ocr.read(bytes);
    await ctx.reply(renderOcrText(ctx.t, read.text, { confidence: read.confidence }), { parse_mode: 'HTML' });
    const text = [caption, read.text].filter((s) => s.trim()).join('\n');
    if (!text.trim()) return;
    await runCheck(ctx, text);
  } catch (error) {
    if (isOcrError(error)) {
      ctx.deps.logger.info({ update_id: ctx.update.update_id, event: 'image_refused', code: error.code }, 'image not read');
      await ctx.reply(renderOcrError(ctx.t, error.code), { parse_mode: 'HTML' });
      return;
    }
    throw error;
  }
}
