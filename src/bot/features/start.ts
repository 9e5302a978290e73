/** /start, /help and the main menu. Deep links (/start cek, /start lapor) open those flows. */
import type { Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { mainMenu } from '../keyboards.js';

/** Deep-link payloads other features handle: payload → callback data of the flow to open. */
export type DeepLinks = Readonly<Record<string, (ctx: BotContext) => Promise<unknown>>>;

export async function showMainMenu(ctx: BotContext): Promise<void> {
  await ctx.reply(`${ctx.t('start-greeting')}\n\n${ctx.t('start-hint')}`, {
    parse_mode: 'HTML',
    reply_markup: mainMenu(ctx),
  });
}

export function startFeature(deepLinks: DeepLinks = {}): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  feature.command('start', async (ctx) => {
    const payload = ctx.match.trim().toLowerCase();
    const open = deepLinks[payload];
    if (open) {
      await open(ctx);
      return;
    }
    await showMainMenu(ctx);
  });
  feature.command('help', (ctx) => ctx.reply(ctx.t('help-text'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx) }));
  feature.callbackQuery('menu:main', async (ctx) => {
    await ctx.answerCallbackQuery();
    await showMainMenu(ctx);
  });
  return feature;
}
