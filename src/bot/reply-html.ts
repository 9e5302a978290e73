/**
 * Sends already-split Telegram HTML messages in order, with the keyboard on the last one only,
 * so buttons always sit under the end of the answer.
 */
import type { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.js';

export async function replyHtmlMessages(ctx: BotContext, messages: readonly string[], keyboard?: InlineKeyboard): Promise<void> {
  const last = messages.length - 1;
  for (const [index, message] of messages.entries()) {
    await ctx.reply(message, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(index === last && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
}
