/**
 * Telegram posts updates to our webhook: only Telegram (with our secret) gets in, every update is
 * answered once, bad input is refused with the right status, and a slow update is acknowledged
 * in time while its work continues.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { callbackUpdate, textUpdate } from '../helpers/bot-fixtures.js';
import { callBotApi } from '../../src/bot/call-bot-api.js';
import { createLogCapture } from '../helpers/log-capture.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createWebhookFixture, WEBHOOK_PATH, WEBHOOK_SECRET, type WebhookFixture } from '../helpers/webhook-fixture.js';
import { sleep } from '../helpers/wait-for.js';

const telegram = useTelegramApiMock();
let current: TestApp | undefined;
let listening: ServerType | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
  if (listening) await new Promise((resolve) => listening?.close(resolve));
  listening = undefined;
});

/** The real app behind the webhook, wired as src/main.ts wires it. */
async function botBehindWebhook(ackAfterMs?: number): Promise<WebhookFixture> {
  current = await createTestApp();
  const app = current.app;
  return createWebhookFixture({
    handleUpdate: (update, reply) => app.bot.handleUpdate(update, reply),
    callLate: (payload) => callBotApi(app.bot, payload),
    logger: current.log.logger,
    store: app.deps.store,
    metrics: app.deps.metrics,
    readiness: () => app.readiness(),
    ...(ackAfterMs !== undefined ? { ackAfterMs } : {}),
  });
}

describe('POST /telegram', () => {
  it('with the right secret, a /start update is answered 200 and the user gets the greeting', async () => {
    const hook = await botBehindWebhook();
    const response = await hook.post(textUpdate('/start', { id: 1201, languageCode: 'id' }));
    expect(response.status).toBe(200);
    await hook.queue.idle();
    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.chatId).toBe(1201);
    expect(replies[0]?.visible).toContain('Kawan Migran');
  });

  it('a wrong or missing secret is refused with 401 and nothing is sent', async () => {
    const hook = await botBehindWebhook();
    expect((await hook.post(textUpdate('/start', { id: 1202 }), 'not-the-secret-at-all')).status).toBe(401);
    expect((await hook.post(textUpdate('/start', { id: 1202 }), null)).status).toBe(401);
    expect((await hook.post(textUpdate('/start', { id: 1202 }), '')).status).toBe(401);
    await hook.queue.idle();
    expect(telegram.calls).toEqual([]);
  });

  it('malformed JSON is refused with 400', async () => {
    const hook = await botBehindWebhook();
    const response = await hook.post('{"update_id": 1, "message": ');
    expect(response.status).toBe(400);
    expect(telegram.calls).toEqual([]);
  });

  it('JSON that is not an update ({"foo":1}) is answered 200 (so Telegram does not re-deliver it) and ignored', async () => {
    const hook = await botBehindWebhook();
    for (const body of ['{"foo":1}', '[]', 'null', '{"update_id":"12"}', '{"update_id":1.5}']) {
      const response = await hook.post(body);
      expect(response.status, body).toBe(200);
    }
    await hook.queue.idle();
    expect(telegram.calls).toEqual([]);
  });

  it('a 2 MB body is refused with 413 before it is handled', async () => {
    const hook = await botBehindWebhook();
    const huge = JSON.stringify({ ...textUpdate('/start', { id: 1203 }), padding: 'x'.repeat(2 * 1024 * 1024) });
    const response = await hook.post(huge);
    expect(response.status).toBe(413);
    await hook.queue.idle();
    expect(telegram.calls).toEqual([]);
  });

  it('a 2 MB body sent in chunks, without Content-Length, is refused with 413 too', async () => {
    const hook = await botBehindWebhook();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sentChunks = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sentChunks === 32) controller.close();
        else {
          sentChunks += 1;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await hook.server.request(WEBHOOK_PATH, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('GET on the webhook path is answered 405 with Allow: POST', async () => {
    const hook = await botBehindWebhook();
    const response = await hook.server.request(WEBHOOK_PATH);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('the same update delivered twice (Telegram re-delivery) is handled once', async () => {
    const hook = await botBehindWebhook();
    const update = textUpdate('/start', { id: 1204, languageCode: 'id' });
    expect((await hook.post(update)).status).toBe(200);
    expect((await hook.post(update)).status).toBe(200);
    await hook.queue.idle();
    expect(telegram.sent()).toHaveLength(1);
    expect(await hook.metrics.registry.getSingleMetricAsString('kawan_dedup_hits_total')).toMatch(/kawan_dedup_hits_total 1\b/);
  });

  it('two deliveries of one update racing each other are still handled once', async () => {
    const hook = await botBehindWebhook();
    const update = textUpdate('/help', { id: 1205, languageCode: 'id' });
    const statuses = await Promise.all([hook.post(update), hook.post(update), hook.post(update)]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200]);
    await hook.queue.idle();
    expect(telegram.sent()).toHaveLength(1);
  });

  it('a chat’s next update waits for its slow first one, so replies keep their order', async () => {
    current = await createTestApp();
    const app = current.app;
    const user = { id: 1206, languageCode: 'id' };
    const first = textUpdate('/start', user);
    const hook = createWebhookFixture({
      // The first update is slow (think: reading a photo); Telegram is answered after 50 ms.
      handleUpdate: async (update) => {
        if (update.update_id === first.update_id) await sleep(300);
        await app.bot.handleUpdate(update);
      },
      logger: current.log.logger,
      store: app.deps.store,
      ackAfterMs: 50,
    });
    expect((await hook.post(first)).status).toBe(200);
    expect((await hook.post(textUpdate('/privasi', user))).status).toBe(200);
    expect((await hook.post(textUpdate('/help', user))).status).toBe(200);
    await hook.queue.idle();
    const visible = telegram.sent().map((m) => m.visible);
    expect(visible).toHaveLength(3);
    expect(visible[0]).toContain('Kawan Migran');
    expect(visible[1]).toMatch(/privasi/i);
    expect(visible[2]).toContain('/bahasa');
  });

  it('works the same over real HTTP (@hono/node-server on 127.0.0.1)', async () => {
    const hook = await botBehindWebhook();
    const port = await new Promise<number>((resolve) => {
      listening = serve({ fetch: hook.server.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    });
    const base = `http://127.0.0.1:${port}`;
    const ok = await fetch(`${base}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
      body: JSON.stringify(textUpdate('/start', { id: 1207, languageCode: 'en' })),
    });
    expect(ok.status).toBe(200);
    const tooBig = await fetch(`${base}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(tooBig.status).toBe(413);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await hook.queue.idle();
    expect(telegram.sent().map((m) => m.chatId)).toEqual([1207]);
  });
});

describe('button presses answered in the webhook reply', () => {
  it('the button is acknowledged inside the HTTP answer (one request fewer) and the reply is sent as usual', async () => {
    const hook = await botBehindWebhook();
    const update = callbackUpdate('menu:topics', { id: 1251, languageCode: 'id' });
    const response = await hook.post(update);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ method: 'answerCallbackQuery', callback_query_id: update.callback_query?.id });
    expect(telegram.callsTo('answerCallbackQuery')).toEqual([]);
    expect(telegram.sent().map((m) => m.chatId)).toEqual([1251]);
  });

  it('a text message still gets a plain {"ok":true}: only answerCallbackQuery rides on the answer', async () => {
    const hook = await botBehindWebhook();
    const response = await hook.post(textUpdate('/start', { id: 1252, languageCode: 'id' }));
    expect(await response.json()).toEqual({ ok: true });
    expect(telegram.callsTo('sendMessage')).toHaveLength(1);
  });
});

describe('slow and failing updates', () => {
  it('a slow update (3 s) is acknowledged after ackAfterMs and its work still completes', async () => {
    const log = createLogCapture();
    let finished = false;
    const hook = createWebhookFixture({
      handleUpdate: async () => {
        await sleep(3_000);
        finished = true;
      },
      logger: log.logger,
      ackAfterMs: 100,
    });
    const update = textUpdate('kirim foto iklan', { id: 1210 });
    const response = await hook.post(update);
    expect(response.status).toBe(200);
    expect(finished).toBe(false);
    expect(hook.queue.size).toBe(1);

    await hook.queue.idle();
    expect(finished).toBe(true);
    // A re-delivery after the work finished is still recognised.
    expect((await hook.post(update)).status).toBe(200);
    await hook.queue.idle();
    expect(log.records().some((r) => r['event'] === 'acknowledged_early')).toBe(true);
  });

  it('a fast update is answered only after its work is done', async () => {
    const log = createLogCapture();
    let finished = false;
    const hook = createWebhookFixture({
      handleUpdate: async () => {
        await sleep(20);
        finished = true;
      },
      logger: log.logger,
      ackAfterMs: 5_000,
    });
    expect((await hook.post(textUpdate('halo', { id: 1211 }))).status).toBe(200);
    expect(finished).toBe(true);
  });

  it('an update whose handling fails is still answered 200 and logged without its text', async () => {
    const log = createLogCapture();
    const hook = createWebhookFixture({
      handleUpdate: async () => {
        throw new Error('boom');
      },
      logger: log.logger,
    });
    const response = await hook.post(textUpdate('rahasia-123 nomor saya 0812-3456-7890', { id: 1212 }));
    expect(response.status).toBe(200);
    await hook.queue.idle();
    expect(log.records().some((r) => r['msg'] === 'update failed' && r['level'] === 50)).toBe(true);
    expect(log.text()).not.toContain('rahasia-123');
  });

  it('a chat waiting on a slow update does not hold up other chats', async () => {
    const log = createLogCapture();
    const done: number[] = [];
    const hook = createWebhookFixture({
      handleUpdate: async (update: Update) => {
        const chat = update.message?.chat.id ?? 0;
        if (chat === 1213) await sleep(1_500);
        done.push(chat);
      },
      logger: log.logger,
      ackAfterMs: 50,
    });
    await hook.post(textUpdate('lambat', { id: 1213 }));
    await hook.post(textUpdate('cepat', { id: 1214 }));
    expect(done).toEqual([1214]);
    await hook.queue.idle();
    expect(done).toEqual([1214, 1213]);
  });
});
