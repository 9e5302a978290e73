/** /privasi (/privacy): exactly what is kept and for how long. */
import { InlineKeyboard, type Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { translatorFor } from '../i18n.js';
import { SESSION_TTL_DAYS } from '../session-storage.js';
import type { Lang } from '../../text/translate.js';

export const UNANSWERED_TTL_DAYS = 30;

/** What is kept and for how long, in `lang` (a question about it is answered in its own language). */
export async function showPrivacy(ctx: BotContext, lang: Lang = ctx.lang): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  await ctx.reply(t('privacy-text', { sessionDays: SESSION_TTL_DAYS, unansweredDays: UNANSWERED_TTL_DAYS }), {
    parse_mode: 'HTML',
    reply_markup: new InlineKeyboard().text(t('button-main-menu'), 'menu:main'),
  });
}

export function privacyFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  const show = (ctx: BotContext) => showPrivacy(ctx);
  feature.command(['privasi', 'privacy'], show);
  feature.callbackQuery('menu:privacy', async (ctx) => {
    await ctx.answerCallbackQuery();
    await show(ctx);
  });
  return feature;
}
