/**
 * Every free message in a private chat (text, caption, photo, forwarded or not) goes through the
 * steps of free-message/steps.ts: someone in present danger gets the emergency contacts FIRST;
 * then an ad is checked (parts pasted in a row are joined), a question is answered, and when it
 * is unclear whether a message is an ad the user chooses with two buttons. In groups the bot
 * stays quiet unless asked with /cek.
 */
import type { Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { imageFileOf } from './image.js';
import { ROUTE_CHOICE, answerRouteChoice } from '../free-message/ad-parts.js';
import { handleFreeMessage } from '../free-message/steps.js';

export function messagesFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  const privateChats = feature.chatType('private');
  privateChats.on(['message:text', 'message:caption', 'message:photo', 'message:document'], async (ctx, next) => {
    if (ctx.message.text?.startsWith('/')) return next();
    const isImageDoc = ctx.message.document !== undefined && imageFileOf(ctx.message) !== undefined;
    if (ctx.message.document && !isImageDoc && !ctx.message.caption) return next();
    await handleFreeMessage(ctx);
  });
  feature.callbackQuery(ROUTE_CHOICE, (ctx) => answerRouteChoice(ctx, ctx.match[1] ?? '', ctx.match[2] ?? ''));
  return feature;
}
