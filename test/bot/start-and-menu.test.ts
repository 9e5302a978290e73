/** A new user opens the bot: greeting, main menu, language from Telegram's language_code. */
import { afterEach, describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../src/cli/plain-text.js';
import { callbackUpdate, textUpdate } from '../helpers/bot-fixtures.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const telegram = useTelegramApiMock();
let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});
async function start(): Promise<TestApp> {
  current = await createTestApp();
  return current;
}

describe('/start', () => {
  it('greets a new user by the bot name "Kawan Migran", in Indonesian, with an inline main menu', async () => {
    const t = await start();
    await t.send(textUpdate('/start', { id: 501, languageCode: 'id' }));

    const [reply, ...more] = telegram.sent();
    expect(more).toEqual([]);
    expect(reply?.chatId).toBe(501);
    expect(reply?.visible).toContain('Kawan Migran');
    expect(reply?.visible).toContain(htmlToPlainText(t.app.deps.i18n.t('id', 'start-greeting')));
    expect(reply?.parseMode).toBe('HTML');
    const data = reply?.buttons.map((b) => b.callback_data) ?? [];
    expect(data).toContain('menu:language');
    expect(data).toContain('menu:privacy');
    for (const button of reply?.buttons ?? []) {
      expect(button.text.trim()).not.toBe('');
      // Telegram refuses callback_data over 64 bytes.
      expect(Buffer.byteLength(button.callback_data ?? '', 'utf8')).toBeLessThanOrEqual(64);
    }
  });

  it('answers in English when Telegram says the user reads English', async () => {
    const t = await start();
    await t.send(textUpdate('/start', { id: 502, languageCode: 'en' }));

    const reply = telegram.sent()[0];
    expect(reply?.visible).toContain(htmlToPlainText(t.app.deps.i18n.t('en', 'start-greeting')));
    expect(reply?.visible).toContain('Kawan Migran');
    expect(reply?.buttons.map((b) => b.text)).toContain(t.app.deps.i18n.t('en', 'menu-privacy'));
  });

  it('answers a Javanese speaker (jv) in Indonesian, which they also read', async () => {
    const t = await start();
    await t.send(textUpdate('/start', { id: 503, languageCode: 'jv' }));
    expect(telegram.sent()[0]?.visible).toContain(htmlToPlainText(t.app.deps.i18n.t('id', 'start-greeting')));
  });

  it('answers in Indonesian when Telegram sends no language at all', async () => {
    const t = await start();
    await t.send(textUpdate('/start', { id: 504 }));
    const visible = telegram.sent()[0]?.visible ?? '';
    expect(visible).toContain(htmlToPlainText(t.app.deps.i18n.t('id', 'start-greeting')));
    expect(visible).not.toContain(htmlToPlainText(t.app.deps.i18n.t('en', 'start-greeting')));
  });

  it('the English and Indonesian greetings really differ (so the language tests can fail)', async () => {
    const t = await start();
    expect(t.app.deps.i18n.t('en', 'start-greeting')).not.toBe(t.app.deps.i18n.t('id', 'start-greeting'));
  });

  it('opens the main menu for an unknown deep-link payload instead of failing', async () => {
    const t = await start();
    await t.send(textUpdate('/start zzz-unknown-payload', { id: 505, languageCode: 'id' }));
    expect(telegram.sent()[0]?.visible).toContain('Kawan Migran');
  });

  it('shows the main menu again when the "main menu" button is pressed, and stops the spinner', async () => {
    const t = await start();
    await t.send(callbackUpdate('menu:main', { id: 506, languageCode: 'id' }));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toContain('Kawan Migran');
  });
});

describe('/help', () => {
  it('lists what the bot can do and the commands, with the menu, in the user’s language', async () => {
    const t = await start();
    await t.send(textUpdate('/help', { id: 510, languageCode: 'id' }));
    const reply = telegram.sent()[0];
    expect(reply?.visible).toContain('/bahasa');
    expect(reply?.visible).toContain('/privasi');
    expect(reply?.visible).toContain(htmlToPlainText(t.app.deps.i18n.t('id', 'help-text')));
    expect(reply?.buttons.length).toBeGreaterThan(0);

    await t.send(textUpdate('/help', { id: 511, languageCode: 'en' }));
    const english = telegram.sent()[1];
    expect(english?.visible).toContain('/language');
    expect(english?.visible).toContain('/privacy');
  });
});
