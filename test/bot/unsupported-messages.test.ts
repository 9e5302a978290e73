/**
 * Stickers, voice notes and locations: in a private chat the user gets one friendly line saying
 * what the bot cannot read yet; in a group the bot stays silent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { callbackUpdate, GROUP_CHAT_ID, locationUpdate, stickerUpdate, textUpdate, voiceUpdate, type Sender } from '../helpers/bot-fixtures.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const telegram = useTelegramApiMock();
let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const kinds: Array<[string, (sender: Sender) => Update, string]> = [
  ['a sticker', stickerUpdate, 'unsupported-kind-sticker'],
  ['a voice note', voiceUpdate, 'unsupported-kind-voice'],
  ['a location', locationUpdate, 'unsupported-kind-location'],
];

describe('messages the bot cannot read', () => {
  it.each(kinds)('%s in a private chat gets exactly one friendly line naming what it was', async (_name, build, kindKey) => {
    current = await createTestApp();
    await current.send(build({ id: 801, languageCode: 'id' }));
    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.chatId).toBe(801);
    const kind = current.app.deps.i18n.t('id', kindKey);
    expect(replies[0]?.visible).toBe(current.app.deps.i18n.t('id', 'unsupported-private', { kind }));
    expect(replies[0]?.visible).toContain(kind);
    expect(replies[0]?.visible).toContain('/help');
  });

  it('an English reader is told in English', async () => {
    current = await createTestApp();
    await current.send(stickerUpdate({ id: 802, languageCode: 'en' }));
    const kind = current.app.deps.i18n.t('en', 'unsupported-kind-sticker');
    expect(telegram.sent()[0]?.visible).toBe(current.app.deps.i18n.t('en', 'unsupported-private', { kind }));
  });

  it.each(kinds)('%s in a group gets no reply at all', async (_name, build) => {
    current = await createTestApp();
    await current.send(build({ id: 803, languageCode: 'id', group: true }));
    expect(telegram.calls.filter((c) => c.method.startsWith('send'))).toEqual([]);
  });

  it('ordinary chatter in a group gets no reply (the bot must not chatter in other people’s groups)', async () => {
    current = await createTestApp();
    await current.send(textUpdate('wkwk iya bener, besok kumpul jam 7 ya', { id: 804, languageCode: 'id', group: true }));
    expect(telegram.calls.filter((c) => c.method.startsWith('send') && Number(c.payload['chat_id']) === GROUP_CHAT_ID)).toEqual([]);
  });

  it('pressing a stale button from an old message still stops the spinner and sends nothing else', async () => {
    current = await createTestApp();
    await current.send(callbackUpdate('old:feature-that-no-longer-exists', { id: 805, languageCode: 'id' }));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(telegram.sent()).toEqual([]);
  });
});
