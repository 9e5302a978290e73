/** A user switches the bot to English with /bahasa; the choice sticks (kept in the store). */
import { afterEach, describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../src/cli/plain-text.js';
import { sessionKey } from '../../src/bot/session-storage.js';
import { callbackUpdate, textUpdate } from '../helpers/bot-fixtures.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const telegram = useTelegramApiMock();
let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

describe('/bahasa', () => {
  it('offers Indonesian and English buttons; pressing English switches every later reply to English', async () => {
    current = await createTestApp();
    const t = current;
    const siti = { id: 701, languageCode: 'id' };

    await t.send(textUpdate('/bahasa', siti));
    const ask = telegram.sent()[0];
    expect(ask?.visible).toBe(t.app.deps.i18n.t('id', 'language-choose'));
    const english = ask?.buttons.find((b) => /english/i.test(b.text));
    const indonesian = ask?.buttons.find((b) => /indonesia/i.test(b.text));
    expect(indonesian?.callback_data).toBeDefined();
    expect(english?.callback_data).toBeDefined();

    await t.send(callbackUpdate(english?.callback_data ?? '', siti));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(telegram.sent()[1]?.visible).toBe(t.app.deps.i18n.t('en', 'language-set'));

    // Telegram still says "id", but the explicit choice wins from now on.
    await t.send(textUpdate('/start', siti));
    expect(telegram.sent()[2]?.visible).toContain(htmlToPlainText(t.app.deps.i18n.t('en', 'start-greeting')));

    const session = await t.app.deps.store.get(sessionKey(siti.id));
    expect(JSON.parse(session ?? '{}')).toMatchObject({ lang: 'en' });
  });

  it('/language works too, and switching back to Indonesian is kept', async () => {
    current = await createTestApp();
    const t = current;
    const john = { id: 702, languageCode: 'en' };

    await t.send(textUpdate('/language', john));
    expect(telegram.sent()[0]?.visible).toBe(t.app.deps.i18n.t('en', 'language-choose'));
    const indonesian = telegram.sent()[0]?.buttons.find((b) => /indonesia/i.test(b.text));
    await t.send(callbackUpdate(indonesian?.callback_data ?? '', john));
    expect(telegram.sent()[1]?.visible).toBe(t.app.deps.i18n.t('id', 'language-set'));

    await t.send(textUpdate('/help', john));
    expect(telegram.sent()[2]?.visible).toContain('/bahasa');
  });

  it('the language button of the main menu opens the same choice', async () => {
    current = await createTestApp();
    await current.send(callbackUpdate('menu:language', { id: 703, languageCode: 'id' }));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(telegram.sent()[0]?.buttons.length).toBeGreaterThanOrEqual(2);
  });

  it('one user’s choice does not change the language of another user', async () => {
    current = await createTestApp();
    const t = current;
    await t.send(callbackUpdate('lang:en', { id: 704, languageCode: 'id' }));
    await t.send(textUpdate('/start', { id: 705, languageCode: 'id' }));
    const other = telegram.sent().find((m) => m.chatId === 705);
    expect(other?.visible).toContain(htmlToPlainText(t.app.deps.i18n.t('id', 'start-greeting')));
  });
});
