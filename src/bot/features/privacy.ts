/** /privasi (/privacy): exactly what is kept and for how long. */
import type { Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { backToMenu } from '../keyboards.js';
import { SESSION_TTL_DAYS } from '../session-storage.js';

export const UNANSWERED_TTL_DAYS = 30;

export function privacyFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  const show = (ctx: BotContext) =>
    ctx.reply(ctx.t('privacy-text', { sessionDays: SESSION_TTL_DAYS, unansweredDays: UNANSWERED_TTL_DAYS }), {
      parse_mode: 'HTML',
      reply_markup: backToMenu(ctx),
    });
  feature.command(['privasi', 'privacy'], show);
  feature.callbackQuery('menu:privacy', async (ctx) => {
    await ctx.answerCallbackQuery();
    await show(ctx);
  });
  return feature;
}
