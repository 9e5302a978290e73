/**
 * Inline keyboards shared by several features. Callback data stays far below Telegram's
 * 64-byte limit and is namespaced by feature ("menu:", "lang:").
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.js';

export interface MenuEntry {
  /** Fluent key of the label. */
  readonly label: string;
  readonly data: string;
}

/** The main menu, labelled with `t` when the reply is in another language than the user's setting. */
export function mainMenu(ctx: BotContext, t: (key: string) => string = (key) => ctx.t(key)): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const entries: MenuEntry[] = [
    // Built by createBot from the features that are installed, so the menu never offers
    // something that does not work.
    ...ctx.menu,
    { label: 'menu-language', data: 'menu:language' },
    { label: 'menu-privacy', data: 'menu:privacy' },
  ];
  entries.forEach((entry, index) => {
    keyboard.text(t(entry.label), entry.data);
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function backToMenu(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t('button-main-menu'), 'menu:main');
}
