/** /bahasa (/language): switch between Indonesian and English; the choice is kept in the session. */
import { InlineKeyboard, type Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { mainMenu } from '../keyboards.js';
import type { Lang } from '../../text/translate.js';

function languageKeyboard(): InlineKeyboard {
  return new InlineKeyboard().text('🇮🇩 Bahasa Indonesia', 'lang:id').text('🇬🇧 English', 'lang:en');
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
    const lang = ctx.match[1] as Lang;
    ctx.session.lang = lang;
    ctx.lang = lang;
    ctx.i18n.useLocale(lang);
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('language-set'), { reply_markup: mainMenu(ctx) });
  });
  return feature;
}
