/**
 * Ad parts pasted in a row are joined and checked once. A part that alone could be an ad or a
 * question (a headline) waits with the others; only if nothing follows is the user asked which
 * it is, with two buttons. The text waiting for that choice is kept in memory only, a few minutes.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import type { RouteResult } from '../../router/index.js';
import { chatKeyOf } from '../chat-key.js';
import { createEphemeralCache } from '../ephemeral-cache.js';
import { translatorFor } from '../i18n.js';
import { runCheck } from '../features/check.js';
import { answerQuestion } from '../features/questions.js';

const pendingChoices = createEphemeralCache<{ text: string }>({ ttlMs: 10 * 60_000, maxEntries: 5_000 });

/** The "ad or question?" buttons: `route:a:<token>` and `route:q:<token>`. */
export const ROUTE_CHOICE = /^route:(a|q):([a-z0-9]{1,16})$/;

/** True while parts of an ad pasted in this chat wait to be joined. */
export function holdsAdParts(ctx: BotContext): boolean {
  return ctx.deps.joiner.holds(chatKeyOf(ctx));
}

/** Checks the parts waiting in this chat now, and waits for the check to be sent. */
export async function settleAdParts(ctx: BotContext): Promise<void> {
  await ctx.deps.joiner.settle(chatKeyOf(ctx));
}

export function checkJoined(ctx: BotContext, text: string, route: RouteResult): void {
  ctx.deps.joiner.add(chatKeyOf(ctx), text, async (parts) => {
    try {
      if (parts.length === 1 && route.ambiguous) await askAdOrQuestion(ctx, text, route);
      else await runCheck(ctx, parts.join('\n'));
    } catch (error) {
      ctx.deps.logger.error({ update_id: ctx.update.update_id, err: error }, 'joined ad check failed');
      await ctx.reply(ctx.t('error-apology')).catch(() => undefined);
    }
  });
}

async function askAdOrQuestion(ctx: BotContext, text: string, route: RouteResult): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, route.lang);
  const token = pendingChoices.put({ text });
  const keyboard = new InlineKeyboard().text(t('route-choose-ad'), `route:a:${token}`).text(t('route-choose-question'), `route:q:${token}`);
  await ctx.reply(t('route-choose'), { reply_markup: keyboard });
}

/** The user's answer to "ad or question?": the waiting text checked or answered, or "expired". */
export async function answerRouteChoice(ctx: BotContext, choice: string, token: string): Promise<void> {
  const pending = pendingChoices.get(token);
  if (!pending) {
    await ctx.answerCallbackQuery({ text: ctx.t('check-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  if (choice === 'a') await runCheck(ctx, pending.text);
  else await answerQuestion(ctx, pending.text);
}
