/**
 * /start, /help and the main menu. Deep links (/start cek, /start lapor) open those flows, and so
 * does the bare word typed without its slash ("lapor", "cek", "menu"), as people often do.
 */
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

/** The message as a command word: "Lapor", "lapor!", " menu " → "lapor", "lapor", "menu". */
function bareKeyword(text: string): string {
  return text.trim().toLowerCase().replace(/[.!?]+$/u, '');
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
  // Only the word alone: "lapor calo" or "cek loker ini …" are questions or ads, handled later.
  feature.chatType('private').on('message:text', async (ctx, next) => {
    const word = bareKeyword(ctx.message.text);
    if (word === 'menu' || word === 'start') return showMainMenu(ctx);
    const open = deepLinks[word];
    if (!open) return next();
    await open(ctx);
  });
  feature.command('help', (ctx) => ctx.reply(ctx.t('help-text'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx) }));
  feature.callbackQuery('menu:main', async (ctx) => {
    await ctx.answerCallbackQuery();
    await showMainMenu(ctx);
  });
  return feature;
}
