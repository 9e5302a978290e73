/**
 * The webhook endpoint. Telegram posts each update here with our secret in a header. The
 * handler answers within Telegram's timeout even when the work is slow (OCR): it waits up to
 * `ackAfterMs` and then lets the work continue in the chat's queue. Re-delivered updates are
 * recognised by update_id in the shared store and processed once across all replicas.
 */
import type { Context as HonoContext } from 'hono';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/metrics.js';
import type { Store } from '../store/store.js';
import type { KeyedQueue } from './keyed-queue.js';
import { createWebhookReply, type WebhookReplyEnvelope } from './webhook-reply.js';

export const DEDUP_TTL_SECONDS = 24 * 3600; // Telegram gives up re-delivering within a day.
// While an update is being handled its key lives only this long, so an update whose replica
// died mid-way is handled again when Telegram re-delivers it.
export const IN_PROGRESS_TTL_SECONDS = 60;

export interface WebhookOptions {
  secret: string;
  /** `reply` may carry one Bot API call back in the HTTP answer (see webhook-reply.ts). */
  handleUpdate: (update: Update, reply: WebhookReplyEnvelope) => Promise<void>;
  /** Makes a call handed to `reply` after the answer went out (JSON with its "method"). */
  callLate?: (payload: string) => Promise<void>;
  store: Store;
  queue: KeyedQueue;
  logger: Logger;
  metrics: Metrics;
  /** Answer Telegram after this long even if the work goes on (default 2 s). */
  ackAfterMs?: number;
}

export function chatKeyOf(update: Update): string {
  const chatId =
    update.message?.chat.id ??
    update.edited_message?.chat.id ??
    update.channel_post?.chat.id ??
    update.callback_query?.message?.chat.id ??
    update.callback_query?.from.id ??
    update.my_chat_member?.chat.id;
  return chatId !== undefined ? String(chatId) : `update:${update.update_id}`;
}

function isUpdate(value: unknown): value is Update {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { update_id?: unknown }).update_id === 'number' &&
    Number.isSafeInteger((value as { update_id: number }).update_id)
  );
}

// Without callLate a call handed over after the answer cannot be made: say so instead of losing it.
async function callLateMissing(): Promise<void> {
  throw new Error('a webhook reply came after the answer was sent and no callLate was configured');
}

export function createWebhookHandler(options: WebhookOptions) {
  const ackAfterMs = options.ackAfterMs ?? 2_000;
  return async (c: HonoContext): Promise<Response> => {
    if (c.req.header('x-telegram-bot-api-secret-token') !== options.secret) {
      return c.json({ ok: false, error: 'wrong secret token' }, 401);
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return c.json({ ok: false, error: 'body is not valid JSON' }, 400);
    }
    if (!isUpdate(body)) {
      // Answer 200 so Telegram does not re-deliver something we will never understand.
      options.logger.debug({ event: 'not_an_update' }, 'webhook body is not an update');
      return c.json({ ok: true });
    }
    const update = body;
    const key = `update:${update.update_id}`;
    const fresh = await options.store.setIfAbsent(key, 'processing', IN_PROGRESS_TTL_SECONDS);
    if (!fresh) {
      options.metrics.dedupHits.inc();
      options.logger.info({ update_id: update.update_id, event: 'duplicate_update' }, 'update already processed');
      return c.json({ ok: true });
    }
    const reply = createWebhookReply(options.callLate ?? callLateMissing);
    const work = options.queue.run(chatKeyOf(update), () => options.handleUpdate(update, reply.envelope));
    const finished = work.then(
      async () => {
        await options.store.set(key, 'done', DEDUP_TTL_SECONDS).catch(() => undefined);
        return true;
      },
      (error: unknown) => {
        options.logger.error({ update_id: update.update_id, err: error }, 'update failed');
        return true;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ackAfterMs);
    });
    const done = await Promise.race([finished, late]);
    clearTimeout(timer);
    if (!done) {
      options.logger.info({ update_id: update.update_id, event: 'acknowledged_early' }, 'slow update continues in background');
    }
    const call = reply.close();
    return call !== undefined ? c.body(call, 200, { 'content-type': 'application/json' }) : c.json({ ok: true });
  };
}
