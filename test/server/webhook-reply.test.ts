/**
 * A call handed to the webhook reply rides on the HTTP answer only while that answer has not gone
 * out; after it (a slow update acknowledged early) the call is made the ordinary way, never lost.
 */
import { describe, expect, it } from 'vitest';
import { callBotApi } from '../../src/bot/call-bot-api.js';
import { createWebhookReply } from '../../src/server/webhook-reply.js';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { createLogCapture } from '../helpers/log-capture.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { createTestApp } from '../helpers/test-app.js';
import { createWebhookFixture } from '../helpers/webhook-fixture.js';
import { sleep, waitFor } from '../helpers/wait-for.js';

const telegram = useTelegramApiMock();
const ANSWER = JSON.stringify({ method: 'answerCallbackQuery', callback_query_id: 'cb-1' });

describe('the webhook reply', () => {
  it('keeps a call handed over before the answer, and makes one handed over after it', async () => {
    const late: string[] = [];
    const reply = createWebhookReply(async (payload) => {
      late.push(payload);
    });
    await reply.envelope.send(ANSWER);
    expect(reply.close()).toBe(ANSWER);
    await reply.envelope.send(ANSWER);
    expect(late).toEqual([ANSWER]);
  });

  it('a slow update acknowledged early gets a plain answer, and its late call is still made', async () => {
    const late: string[] = [];
    const hook = createWebhookFixture({
      handleUpdate: async (_update, reply) => {
        await sleep(150);
        await reply.send(ANSWER);
      },
      callLate: async (payload) => {
        late.push(payload);
      },
      logger: createLogCapture().logger,
      ackAfterMs: 20,
    });
    const response = await hook.post(textUpdate('/start', { id: 1301 }));
    expect(await response.json()).toEqual({ ok: true });
    await waitFor(() => late.length === 1, 'the late call');
    expect(late).toEqual([ANSWER]);
  });

  it('a late call goes to the Bot API through the bot (with its retries and metrics)', async () => {
    const { app, close } = await createTestApp();
    try {
      await callBotApi(app.bot, ANSWER);
      expect(telegram.callsTo('answerCallbackQuery')).toEqual([{ method: 'answerCallbackQuery', payload: { callback_query_id: 'cb-1' } }]);
      expect(await app.deps.metrics.registry.getSingleMetricAsString('kawan_bot_api_calls_total')).toContain('method="answerCallbackQuery",result="ok"');
      await expect(callBotApi(app.bot, JSON.stringify({ callback_query_id: 'cb-2' }))).rejects.toThrow(/without a method/);
    } finally {
      await close();
    }
  });
});
