/**
 * Per-user rate limit, atomic in the shared store (one INCR that starts the window's expiry), so all
 * replicas count together. Generous enough for an ad pasted as several messages; a flood is
 * answered once, politely, and the rest of that window is skipped quietly.
 */
import type { Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';

export interface RateLimitOptions {
  /** Updates allowed per user per window. */
  limit: number;
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 30, windowSeconds: 60 };

export function rateLimitFeature(options: RateLimitOptions = DEFAULT_RATE_LIMIT): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  feature.use(async (ctx, next) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return next();
    // The window starts with the user's first update (the counter's expiry is set atomically
    // with its creation), so a burst is never split across a clock boundary.
    const count = await ctx.deps.store.increment(`rate:${userId}`, 1, options.windowSeconds);
    if (count <= options.limit) return next();
    ctx.deps.metrics.rateLimited.inc();
    if (count === options.limit + 1) {
      ctx.deps.logger.info({ update_id: ctx.update.update_id, event: 'rate_limited' }, 'user rate-limited');
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('rate-limited-short') });
      else if (ctx.chat?.type === 'private') await ctx.reply(ctx.t('rate-limited', { seconds: options.windowSeconds }));
    } else if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery();
    }
  });
  return feature;
}
