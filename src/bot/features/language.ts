/** /bahasa (/language): switch between Indonesian and English; the choice is kept in the session. */
import { InlineKeyboard, type Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { mainMenu } from '../keyboards.js';
import type { Lang } from '../../text/translate.js';

function languageKeyboard(): InlineKeyboard {
  return new InlineKeyboard().text('🇮🇩 Bahasa Indonesia', 'lang:id').text('🇬🇧 English', 'lang:en');
}

/** Switches this chat to `lang`, kept in the session, and says so in that language. */
export async function useLanguage(ctx: BotContext, lang: Lang): Promise<void> {
  ctx.session.lang = lang;
  ctx.lang = lang;
  ctx.i18n.useLocale(lang);
  await ctx.reply(ctx.t('language-set'), { reply_markup: mainMenu(ctx) });
}

export function languageFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  const ask = (ctx: BotContext) => ctx.reply(ctx.t('language-choose'), { reply_markup: languageKeyboard() });
  feature.command(['bahasa', 'language'], ask);
  feature.callbackQuery('menu:language', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ask(ctx);
  });
  feature.callbackQuery(/^lang:(id|en)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await useLanguage(ctx, ctx.match[1] as Lang);
  });
  return feature;
}
