/**
 * Registered last: messages no feature handled. Private chats get one friendly line; groups
 * are left alone (the bot must not chatter in other people's groups).
 */
import type { Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';

function kindOf(ctx: BotContext): string {
  const message = ctx.message;
  if (message?.sticker) return 'unsupported-kind-sticker';
  if (message?.voice || message?.audio || message?.video_note) return 'unsupported-kind-voice';
  if (message?.location || message?.venue) return 'unsupported-kind-location';
  return 'unsupported-kind-other';
}

export function unsupportedFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  const privateChats = feature.chatType('private');
  privateChats.on('message:text', (ctx) => ctx.reply(ctx.t('fallback-text')));
  privateChats.on('message', (ctx) => ctx.reply(ctx.t('unsupported-private', { kind: ctx.t(kindOf(ctx)) })));
  // Stale buttons from an older message still deserve an answer, or the spinner never stops.
  feature.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  feature.use((ctx) => {
    ctx.deps.logger.debug({ update_id: ctx.update.update_id, event: 'unhandled_update' }, 'update not handled');
  });
  return feature;
}
