/** A worried user asks what the bot keeps about them: /privasi (/privacy) and the menu button. */
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_TTL_DAYS } from '../../src/bot/session-storage.js';
import { callbackUpdate, textUpdate } from '../helpers/bot-fixtures.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const telegram = useTelegramApiMock();
let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

describe('privacy', () => {
  it('/privasi says the message text is not stored and for how many days preferences are kept', async () => {
    current = await createTestApp();
    await current.send(textUpdate('/privasi', { id: 601, languageCode: 'id' }));
    const reply = telegram.sent()[0];
    expect(reply?.visible).toMatch(/tidak menyimpan isi pesanmu/i);
    expect(reply?.visible).toContain(`${SESSION_TTL_DAYS} hari`);
    // A Fluent variable that was not filled in would show up as "{$name}".
    expect(reply?.visible).not.toMatch(/\{\s*\$/);
    expect(reply?.buttons.map((b) => b.callback_data)).toContain('menu:main');
  });

  it('/privacy answers an English reader in English', async () => {
    current = await createTestApp();
    await current.send(textUpdate('/privacy', { id: 602, languageCode: 'en' }));
    const reply = telegram.sent()[0];
    expect(reply?.visible).toMatch(/do not store what you write/i);
    expect(reply?.visible).toContain(`${SESSION_TTL_DAYS} days`);
  });

  it('the privacy button in the menu shows the same text and stops the button spinner', async () => {
    current = await createTestApp();
    await current.send(callbackUpdate('menu:privacy', { id: 603, languageCode: 'id' }));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toMatch(/tidak menyimpan isi pesanmu/i);
  });
});
