/**
 * Ad parts pasted in a row are joined and checked once. A part that alone could be an ad or a
 * question (a headline) waits with the others; only if nothing follows is the user asked which
 * it is, with two buttons. The text waiting for that choice is kept in memory only, a few minutes.
 *
 * On a slow phone the pieces come seconds apart, after the joiner's quiet time ("LOWONGAN KERJA
 * LUAR NEGERI!!!", then the pay and the place, then the contact). A piece that could not be judged
 * alone starts a chain: what follows within CHAIN_MS and reads as an ad joins it, and the whole is
 * checked again, so an ad split by the network never gets a milder verdict than the whole ad. A
 * piece that could not be judged alone ("syarat: usia 18-35, tanpa pengalaman …") also joins the
 * ad checked just before it; a second whole ad is checked on its own.
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

const CHAIN_MS = 90_000;
/** Beyond this the pieces are many ads, or a flood, not one ad typed in parts. */
const MAX_CHAIN_CHARS = 8_000;
// Per chat, in memory only: the pieces so far, the token of the "ad or question?" they got, and
// whether the chain was opened by a piece that could not be judged alone.
const adChains = createEphemeralCache<{ readonly text: string; readonly choiceToken?: string; readonly fragment: boolean }>({ ttlMs: CHAIN_MS, maxEntries: 5_000 });

/** The "ad or question?" buttons: `route:a:<token>` and `route:q:<token>`. */
export const ROUTE_CHOICE = /^route:(a|q):([a-z0-9]{1,16})$/;

/** /hapus: the pieces of an ad kept to be joined, and the text behind "ad or question?", go at once. */
export function forgetAdPieces(ctx: BotContext): void {
  const key = chatKeyOf(ctx);
  const chain = adChains.get(key);
  if (chain?.choiceToken !== undefined) pendingChoices.delete(chain.choiceToken);
  adChains.delete(key);
}

/** True while parts of an ad pasted in this chat wait to be joined. */
export function holdsAdParts(ctx: BotContext): boolean {
  return ctx.deps.joiner.holds(chatKeyOf(ctx));
}

/** Checks the parts waiting in this chat now, and waits for the check to be sent. */
export async function settleAdParts(ctx: BotContext): Promise<void> {
  await ctx.deps.joiner.settle(chatKeyOf(ctx));
}

export function checkJoined(ctx: BotContext, text: string, route: RouteResult): void {
  const key = chatKeyOf(ctx);
  ctx.deps.joiner.add(key, text, async (parts) => {
    try {
      const joined = parts.join('\n');
      const fragment = parts.length === 1 && route.ambiguous;
      const chain = adChains.get(key);
      if (chain !== undefined && (chain.fragment || fragment) && chain.text.length + joined.length <= MAX_CHAIN_CHARS) {
        // The earlier piece's "ad or question?" is answered by this one: its buttons expire.
        if (chain.choiceToken !== undefined) pendingChoices.delete(chain.choiceToken);
        const whole = `${chain.text}\n${joined}`;
        // A chain opened by a fragment (a headline) takes whatever follows; one opened by a whole ad
        // takes only more fragments, so the next whole ad is checked on its own.
        adChains.set(key, { text: whole, fragment: chain.fragment });
        await ctx.reply(translatorFor(ctx.deps.i18n, route.lang)('route-joined-earlier'));
        await runCheck(ctx, whole);
      } else if (fragment) {
        adChains.set(key, { text, choiceToken: await askAdOrQuestion(ctx, text, route), fragment: true });
      } else {
        adChains.set(key, { text: joined, fragment: false });
        await runCheck(ctx, joined);
      }
    } catch (error) {
      ctx.deps.logger.error({ update_id: ctx.update.update_id, err: error }, 'joined ad check failed');
      await ctx.reply(ctx.t('error-apology')).catch(() => undefined);
    }
  });
}

/** Asks "ad or question?" about `text`; returns the token its buttons carry. */
async function askAdOrQuestion(ctx: BotContext, text: string, route: RouteResult): Promise<string> {
  const t = translatorFor(ctx.deps.i18n, route.lang);
  const token = pendingChoices.put({ text });
  const keyboard = new InlineKeyboard().text(t('route-choose-ad'), `route:a:${token}`).text(t('route-choose-question'), `route:q:${token}`);
  await ctx.reply(t('route-choose'), { reply_markup: keyboard });
  return token;
}

/**
 * "itu resmi gk ya" while a told offer waits for "ad or question?": the question answers it. The
 * waiting text is checked now (its buttons expire); false when nothing waits.
 */
export async function checkPendingChoice(ctx: BotContext): Promise<boolean> {
  const key = chatKeyOf(ctx);
  const chain = adChains.get(key);
  if (chain?.choiceToken === undefined || pendingChoices.get(chain.choiceToken) === undefined) return false;
  pendingChoices.delete(chain.choiceToken);
  adChains.set(key, { text: chain.text, fragment: true });
  await runCheck(ctx, chain.text);
  return true;
}

/** The user's answer to "ad or question?": the waiting text checked or answered, or "expired". */
export async function answerRouteChoice(ctx: BotContext, choice: string, token: string): Promise<void> {
  const pending = pendingChoices.get(token);
  if (!pending) {
    await ctx.answerCallbackQuery({ text: ctx.t('check-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  if (choice === 'a') {
    await runCheck(ctx, pending.text);
  } else {
    // A question: nothing that follows is more of an ad.
    adChains.delete(chatKeyOf(ctx));
    await answerQuestion(ctx, pending.text);
  }
}
