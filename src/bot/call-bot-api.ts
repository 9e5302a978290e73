/**
 * The bot's side of webhook replies (src/server/webhook-reply.ts): which calls may ride on the
 * webhook answer, and how one that arrives after the answer went out is made as an ordinary call.
 * Only `answerCallbackQuery` rides: nobody needs its result and its failure is harmless (the
 * button's spinner stops a little later); every other call keeps its answer and its retries.
 */
import type { Bot } from 'grammy';
import type { BotContext } from './context.js';

export function mayRideOnWebhookAnswer(method: string): boolean {
  return method === 'answerCallbackQuery';
}

/** Makes the call in a webhook-reply payload (`{"method": …, …parameters}`) through the bot's API. */
export async function callBotApi(bot: Bot<BotContext>, payload: string): Promise<void> {
  const { method, ...parameters } = JSON.parse(payload) as Record<string, unknown>;
  if (typeof method !== 'string') throw new Error('webhook reply without a method');
  const raw = bot.api.raw as unknown as Record<string, ((parameters: unknown) => Promise<unknown>) | undefined>;
  const call = raw[method];
  if (call === undefined) throw new Error(`unknown Bot API method ${method}`);
  await call(parameters);
}
