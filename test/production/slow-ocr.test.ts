/**
 * Slow work is acknowledged fast: a photo of a Cambodia flyer posted to the webhook is answered
 * 200 before the bot has finished reading it; the reading goes on in the chat's queue and the
 * user then receives the flyer's words and a likely-scam verdict. The Bot API here is a real
 * HTTP stand-in on 127.0.0.1 that also serves getFile and the file download.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatureApp, type FeatureApp } from '../helpers/feature-app.js';
import { photoUpdate } from '../helpers/feature-updates.js';
import { startFileBotApi, type FileBotApi } from '../helpers/file-bot-api.js';
import { createLogCapture } from '../helpers/log-capture.js';
import { waitFor } from '../helpers/wait-for.js';
import type { WebhookFixture } from '../helpers/webhook-fixture.js';
import { CAMBODIA_ADMIN_FLYER, drawFlyer } from '../ocr/flyer-images.js';
import { expectCleanLogs, PRODUCTION_TOKEN, replicaOf } from './production-kit.js';

const log = createLogCapture();
let api: FileBotApi;
let bot: FeatureApp;
let hook: WebhookFixture;
beforeAll(async () => {
  const flyer = await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'jpeg' });
  api = await startFileBotApi({ token: PRODUCTION_TOKEN, files: { 'photos/file_7.jpg': flyer } });
  bot = await createFeatureApp({ token: PRODUCTION_TOKEN, apiRoot: api.url, ocr: true, log });
  hook = replicaOf(bot, 150);
});
afterAll(async () => {
  await hook.queue.idle();
  await bot.close();
  await api.close();
  // The flyer's recruiter number must not be logged either.
  expectCleanLogs(log, ['+855 12 345 678', '85512345678']);
});

describe('a photo of an ad through the webhook', () => {
  it('is acknowledged before the reading is done, and the user later gets the flyer’s words and a likely-scam verdict', { timeout: 60_000 }, async () => {
    const update = photoUpdate({ id: 4201, languageCode: 'id', fileId: 'file_7', fileSize: 40_000 });
    const response = await hook.post(update);
    expect(response.status).toBe(200);
    // Acknowledged early: at the moment Telegram got its 200, no verdict had been sent yet.
    const verdict = bot.app.deps.i18n.t('id', 'checker-verdict-likely-scam');
    expect(api.sentTexts().some((t) => t.includes(verdict))).toBe(false);
    expect(log.records().some((r) => r['event'] === 'acknowledged_early')).toBe(true);

    const texts = await waitFor(() => (api.sentTexts().some((t) => t.includes(verdict)) ? api.sentTexts() : undefined), 'the verdict message', 50_000, 100);
    const all = texts.join('\n');
    expect(all).toMatch(/VISA TURIS/i);
    expect(all).toMatch(/KAMBOJA/i);
    expect(api.calls.map((c) => c.method)).toContain('getFile');
    for (const call of api.calls.filter((c) => c.method === 'sendMessage')) expect(call.payload['chat_id']).toBe(4201);
  });
});
