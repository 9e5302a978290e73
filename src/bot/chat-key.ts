/**
 * The key a chat's short-lived notes are kept under (joined ad parts, the last verdict, a crisis):
 * the chat's id, or the sender's where there is no chat.
 */
import type { BotContext } from './context.js';

export function chatKeyOf(ctx: BotContext): string {
  return String(ctx.chat?.id ?? ctx.from?.id ?? 0);
}
