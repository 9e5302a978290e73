/**
 * Privacy as the user experiences it: /privasi says what is kept, /hapus forgets the language
 * choice and any flow in progress, and nothing the user wrote in this file's stories reaches
 * the logs (each text carries a distinctive token that is searched for at the end).
 */
import { describe, expect, it } from 'vitest';
import { callbackUpdate, textUpdate } from '../helpers/bot-fixtures.js';
import { useFeatureApp } from '../helpers/feature-app.js';
import { forwardedUpdate } from '../helpers/feature-updates.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { CAMBODIA_AD_PHONE, CAMBODIA_ADMIN_AD } from './stories.js';

const telegram = useTelegramApiMock();
const bot = useFeatureApp();

const TOKEN = 'Zebrakuda';
const t = (key: string, lang: 'id' | 'en' = 'id') => bot.app.deps.i18n.t(lang, key);

describe('privacy', () => {
  it('/privasi says messages are not stored, what is kept and for how long, and how to delete it', async () => {
    await bot.send(textUpdate('/privasi', { id: 3501, languageCode: 'id' }));
    const visible = telegram.sent()[0]?.visible ?? '';
    expect(visible).toContain('tidak menyimpan isi pesanmu');
    expect(visible).toContain('30 hari');
    expect(visible).toContain('/hapus');
  });

  it('"datanya disimpan gk? sy takut ketahuan agen" gets what is kept, in the words of /privasi, not the emergency numbers', async () => {
    await bot.send(textUpdate('datanya disimpan gk? sy takut ketahuan agen', { id: 3510, languageCode: 'id' }));
    const sent = telegram.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.visible).toContain('tidak menyimpan isi pesanmu');
    expect(sent[0]?.visible).not.toContain(t('channels-emergency-title'));
    telegram.reset();
    await bot.send(textUpdate('does this bot store my messages?', { id: 3511, languageCode: 'id' }));
    expect(telegram.sent()[0]?.visible).toContain('I do not store what you write');
  });

  it('/hapus deletes the session: the English choice is gone and the user is greeted in Indonesian again', async () => {
    const who = { id: 3502, languageCode: 'id' };
    await bot.send(callbackUpdate('lang:en', who));
    expect(telegram.sent()[0]?.visible).toBe(t('language-set', 'en'));
    expect(await bot.app.deps.store.get('session:3502')).toContain('"lang":"en"');
    telegram.reset();
    await bot.send(textUpdate('/start', who));
    expect(telegram.sent()[0]?.visible).toContain('Kawan Migran');
    expect(telegram.sent()[0]?.visible).toContain(t('start-hint', 'en'));

    telegram.reset();
    await bot.send(textUpdate('/hapus', who));
    expect(telegram.sent()[0]?.visible).toBe(t('delete-done', 'en'));
    expect(await bot.app.deps.store.get('session:3502')).toBeUndefined();

    telegram.reset();
    await bot.send(textUpdate('/start', who));
    expect(telegram.sent()[0]?.visible).toContain(t('start-hint', 'id'));
  });

  it('/hapus also cancels a /cek that was waiting for the ad', async () => {
    const who = { id: 3503, languageCode: 'id' };
    await bot.send(textUpdate('/cek', who));
    await bot.send(textUpdate('/hapus', who));
    expect(await bot.app.deps.store.get('session:3503')).toBeUndefined();
  });

  it('/hapus also forgets the last check\'s verdict: "brarti aman kan?" afterwards asks for the ad again', async () => {
    const who = { id: 3505, languageCode: 'id' };
    await bot.send(textUpdate('LOKER KAMBOJA admin CS gaji 15jt tanpa pengalaman, tiket ditanggung, visa turis dulu, WA +855 12 345 678', who));
    await bot.send(textUpdate('/hapus', who));
    telegram.reset();
    await bot.send(textUpdate('brarti aman kan kak?', who));
    expect(telegram.sent()[0]?.visible).toBe(t('follow-up-is-it-safe', 'id'));
  });

  it('questions, ads and emergencies in this file leave no trace of their words in the logs', async () => {
    const who = { id: 3504, languageCode: 'id' };
    await bot.send(textUpdate(`${TOKEN} gmn cara cek PT penyalur resmi?`, who));
    await bot.send(textUpdate(`${CAMBODIA_ADMIN_AD}\n${TOKEN}`, who));
    await bot.send(forwardedUpdate(`${TOKEN} loker kamboja admin gaji 15jt visa turis WA ${CAMBODIA_AD_PHONE}`, who));
    await bot.send(textUpdate(`tolong ${TOKEN} sy disekap di kamboja paspor diambil`, who));
    await bot.send(textUpdate(`resep ${TOKEN} rendang`, who));
    await bot.send(textUpdate(`/cek ${TOKEN} kerja di myawaddy`, who));
    expect(telegram.sent().length).toBeGreaterThanOrEqual(6);
    const logs = bot.log.text().toLowerCase();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(TOKEN.toLowerCase());
    expect(logs).not.toContain('0812-7788-9911');
    expect(logs).not.toContain('81277889911');
    expect(logs).not.toContain('disekap');
    expect(logs).not.toContain('rendang');
  });
});
