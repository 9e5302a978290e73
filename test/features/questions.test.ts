/**
 * Asking questions: a confident answer is an article with its sources and review date and the
 * 👍/👎 buttons; the answer comes in the language the question was asked in; off-topic questions
 * are told what the bot does; unsure ones get up to three articles plus the way to human help;
 * what could not be answered is kept for editors without who asked it or their numbers.
 */
import { describe, expect, it, vi } from 'vitest';
import { callbackUpdate, textUpdate } from '../helpers/bot-fixtures.js';
import { useFeatureApp } from '../helpers/feature-app.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { listUnanswered } from '../../src/knowledge/unanswered.js';

const telegram = useTelegramApiMock();
const bot = useFeatureApp();

const t = (lang: 'id' | 'en', key: string, args?: Record<string, string>) => bot.app.deps.i18n.t(lang, key, args);
const indonesian = (id: number) => ({ id, languageCode: 'id' });

describe('a confident answer', () => {
  it('"gmn cara ngecek PT penyalur itu resmi?" gets the article on checking an agency, with sources, review date and 👍/👎 on the last message', async () => {
    await bot.send(textUpdate('gmn cara ngecek PT penyalur itu resmi?', indonesian(3101)));

    const replies = telegram.sent();
    expect(replies.length).toBeGreaterThanOrEqual(1);
    const all = replies.map((m) => m.visible).join('\n');
    expect(all).toMatch(/P3MI/);
    expect(all).toContain('Sumber');
    expect(all).toMatch(/Ditinjau \S+/);
    // The sources are real links, not just titles.
    expect(replies.map((m) => m.html).join('\n')).toMatch(/<a href="https:\/\/[^"]+">/);
    const last = replies.at(-1);
    const feedback = last?.buttons.filter((b) => b.callback_data?.startsWith('fb:')) ?? [];
    expect(feedback.map((b) => b.text)).toEqual([t('id', 'knowledge-feedback-up'), t('id', 'knowledge-feedback-down')]);
    expect(feedback[0]?.text).toContain('👍');
    expect(feedback[1]?.text).toContain('👎');
    // Only the last message of a split article carries the keyboard.
    for (const earlier of replies.slice(0, -1)) expect(earlier.buttons).toEqual([]);
  });

  it('an English question from someone whose Telegram is in Indonesian is answered with the English article', async () => {
    await bot.send(textUpdate('can I work on a tourist visa?', indonesian(3102)));

    const all = telegram.sent().map((m) => m.visible).join('\n');
    expect(all).toMatch(/tourist visa/i);
    expect(all).toContain('Sources');
    expect(all).toMatch(/Reviewed \S+/);
    expect(all).not.toContain('Sumber');
    const buttons = telegram.sent().at(-1)?.buttons ?? [];
    expect(buttons.map((b) => b.text)).toContain(t('en', 'knowledge-feedback-up'));
    for (const related of buttons.filter((b) => b.callback_data?.startsWith('art:'))) expect(related.callback_data).toMatch(/^art:en:/);
  });

  it('push-back after a warning ("tapi gajinya gede kak, temen sy udh brgkt aman2 aja") gets honest answers to common doubts, not the ad check', async () => {
    await bot.send(textUpdate('temen sy udh brgkt ke kamboja aman2 aja tuh, gajinya gede lg', indonesian(3104)));
    const all = telegram.sent().map((m) => m.visible).join('\n');
    expect(all).toContain('keraguan');
    expect(all).toMatch(/Teman saya sudah berangkat/);
    expect(all).toContain('Sumber');
    // Only the parts that answer, on a phone; the whole article is a button away.
    expect(all.length).toBeLessThan(3_000);
    expect(telegram.sent().at(-1)?.buttons.some((b) => b.callback_data === 'art:id:common-doubts')).toBe(true);
  });

  it('a question about a confiscated passport is answered as a question, not treated as an emergency', async () => {
    await bot.send(textUpdate('apa yang harus dilakukan kalau paspor ditahan agen?', indonesian(3103)));
    const first = telegram.sent()[0];
    expect(first?.visible).toMatch(/paspor/i);
    expect(first?.visible).not.toContain(t('id', 'channels-emergency-title'));
    expect(telegram.sent().at(-1)?.buttons.some((b) => b.callback_data?.startsWith('fb:'))).toBe(true);
  });
});

describe('a long article on a cheap phone', () => {
  it('a question no heading names gets the overview: the introduction and the parts as buttons; a part is one tap away', async () => {
    const who = { id: 3191, languageCode: 'en' };
    await bot.send(textUpdate('Is it ok to work in Dubai as a housemaid?', who));
    const overview = telegram.sent()[0];
    expect(overview?.visible).toContain(t('en', 'knowledge-overview-hint'));
    expect(overview?.visible).toContain(t('en', 'knowledge-sources-heading'));
    const parts = overview?.buttons.filter((b) => b.callback_data?.startsWith('sec:en:domestic-work-abroad:')) ?? [];
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const middleEast = parts.find((b) => b.text.includes('Middle East'));
    expect(middleEast).toBeDefined();
    telegram.reset();
    await bot.send(callbackUpdate(middleEast?.callback_data ?? '', who));
    const part = telegram.sent()[0]?.visible ?? '';
    expect(part).toContain('260/2015');
    expect(part.length).toBeLessThan(2_500);
    expect(telegram.sent()[0]?.buttons.map((b) => b.callback_data)).toContain('art:en:domestic-work-abroad');
  });
});

describe('asking in words for another language', () => {
  it('"hello can you speak english" switches the chat to English, "bisa bhs indo aja?" back, as /bahasa would', async () => {
    const who = indonesian(3190);
    await bot.send(textUpdate('hello can you speak english', who));
    expect(telegram.sent()[0]?.visible).toBe(t('en', 'language-set'));
    expect(await bot.app.deps.store.get('session:3190')).toContain('"lang":"en"');
    telegram.reset();
    await bot.send(textUpdate('ok thx. bisa bhs indo aja?', who));
    expect(telegram.sent()[0]?.visible).toBe(t('id', 'language-set'));
    // A question that names a language is answered, not taken for a request.
    telegram.reset();
    await bot.send(textUpdate('kerja di jepang harus bisa bahasa inggris gk', who));
    expect(telegram.sent()[0]?.visible).not.toBe(t('en', 'language-set'));
  });
});

describe('a few words typed as a question', () => {
  it('"😭😭😭" gets a gentle word and the way to the emergency numbers; "sugeng enjing" gets a hello; "isi pulsa" is told what the bot does', async () => {
    await bot.send(textUpdate('😭😭😭', indonesian(3122)));
    expect(telegram.sent()[0]?.visible).toBe(t('id', 'sad-reply'));
    expect(telegram.sent()[0]?.buttons.map((b) => b.callback_data)).toContain('menu:report');
    telegram.reset();
    await bot.send(textUpdate('sugeng enjing mas', indonesian(3123)));
    expect(telegram.sent()[0]?.visible.startsWith(t('id', 'hello-reply'))).toBe(true);
    telegram.reset();
    await bot.send(textUpdate('kak bisa isi pulsa gk', indonesian(3124)));
    expect(telegram.sent()[0]?.visible).toContain(t('id', 'knowledge-out-of-scope').split('\n')[0] ?? '');
  });

  it('"lapor calo" and "visa turis" get their articles, not the menu', async () => {
    await bot.send(textUpdate('lapor calo', indonesian(3121)));
    expect(telegram.sent()[0]?.visible).toMatch(/^Melaporkan calo/);
    const before = telegram.sent().length;
    await bot.send(textUpdate('visa turis', indonesian(3122)));
    const replies = telegram.sent().slice(before);
    expect(replies[0]?.visible).toMatch(/^Visa kerja vs visa turis/);
    expect(replies.at(-1)?.buttons.some((b) => b.callback_data?.startsWith('fb:'))).toBe(true);
  });

  it.each(['halo kak', 'pagi min', 'punten kang, abdi bade naros', 'nuwun sewu mas, kula badhe tanglet'])('"%s" is greeted back ("Halo 👋"), then the pointer and the menu', async (text) => {
    await bot.send(textUpdate(text, indonesian(3127)));
    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.visible).toBe(`${t('id', 'hello-reply')}\n\n${t('id', 'start-hint')}`);
    expect(replies[0]?.buttons.map((b) => b.callback_data)).toContain('menu:check');
  });

  it.each(['min mau tanya', 'boleh nanya?'])('"%s" gets the pointer to what the bot does and the menu', async (text) => {
    await bot.send(textUpdate(text, indonesian(3123)));
    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.visible).toBe(t('id', 'start-hint'));
    expect(replies[0]?.buttons.map((b) => b.callback_data)).toContain('menu:report');
  });

  it.each(['makasih ya', 'terima kasih banyak ya kak infonya sangat membantu'])('"%s" is answered with "you\'re welcome", then the pointer and the menu', async (text) => {
    await bot.send(textUpdate(text, indonesian(3124)));
    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.visible).toBe(`${t('id', 'thanks-reply')}\n\n${t('id', 'start-hint')}`);
    expect(replies[0]?.buttons.map((b) => b.callback_data)).toContain('menu:report');
  });

  it.each(['assalamualaikum', "Assalamu'alaikum kak", 'aslm'])('"%s" is greeted back ("Waalaikumsalam"), then the pointer and the menu', async (text) => {
    await bot.send(textUpdate(text, indonesian(3126)));
    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.visible).toBe(`${t('id', 'salam-reply')}\n\n${t('id', 'start-hint')}`);
    expect(replies[0]?.buttons.map((b) => b.callback_data)).toContain('menu:check');
  });

  it('"thank you" from someone whose Telegram is in Indonesian gets an English reply with English buttons', async () => {
    await bot.send(textUpdate('thank you', indonesian(3125)));
    const reply = telegram.sent()[0];
    expect(reply?.visible).toContain(t('en', 'thanks-reply'));
    expect(reply?.buttons.map((b) => b.text)).toContain(t('en', 'menu-report'));
  });
});

describe('a follow-up of a few words, right after an article', () => {
  it('"klo hongkong?" after the answer on legal wages gets that article\'s Hong Kong part, with its source first; "itu wajar gk" is asked for a few more words, with the article a tap away', async () => {
    const who = indonesian(3141);
    await bot.send(textUpdate('gaji di taiwan brp?', who));
    expect(telegram.sent()[0]?.visible).toContain('NT$29.500');
    telegram.reset();
    await bot.send(textUpdate('klo hongkong?', who));
    const part = telegram.sent()[0]?.visible ?? '';
    const body = part.slice(0, part.indexOf(t('id', 'knowledge-sources-heading')));
    expect(body).toContain('HK$5.100');
    expect(body).not.toContain('NT$29.500');
    const sources = part.slice(body.length);
    expect(sources.split('\n')[1]).toMatch(/Hong Kong/);

    telegram.reset();
    await bot.send(textUpdate('itu wajar gk', who));
    const unclear = telegram.sent()[0];
    expect(unclear?.visible).toContain('Upah minimum resmi di luar negeri');
    expect(unclear?.visible).not.toBe(t('id', 'knowledge-out-of-scope'));
    expect(unclear?.buttons.map((b) => b.callback_data)).toContain('art:id:legal-wages-abroad');

    // /hapus forgets the article at once: the same words are then read on their own.
    await bot.send(textUpdate('/hapus', who));
    telegram.reset();
    await bot.send(textUpdate('klo hongkong?', who));
    expect(telegram.sent()[0]?.visible).toBe(t('id', 'knowledge-place-topics', { place: 'hongkong' }));
  });

  it('the article just sent, found again by the next question, is never sent whole a second time: its part on the new words, else a pointer to it', async () => {
    const who = indonesian(3143);
    await bot.send(textUpdate('min ke malaysia skrg bebas visa kan?', who));
    const first = telegram.sent()[0]?.visible ?? '';
    expect(first).toContain('Bebas visa ASEAN');
    telegram.reset();
    await bot.send(textUpdate('brp hari boleh tinggal disana', who));
    const part = telegram.sent()[0];
    expect(part?.visible).toMatch(/Malaysia: sekitar 30 hari/);
    expect(part?.visible.length).toBeLessThan(first.length);
    expect(part?.buttons.map((b) => b.text)).toContain(t('id', 'knowledge-read-whole'));
    telegram.reset();
    await bot.send(textUpdate('klo thailand?', who));
    const pointer = telegram.sent()[0];
    expect(pointer?.visible).toContain('Bebas visa ASEAN');
    expect(pointer?.visible.length).toBeLessThan(400);
    expect(pointer?.buttons.map((b) => b.callback_data)).toContain('art:id:asean-visa-free');
  });

  it('with no article sent before, "klo hongkong?" is offered what to know about working there and whom to call there', async () => {
    const who = indonesian(3142);
    await bot.send(textUpdate('klo hongkong?', who));
    const offer = telegram.sent()[0];
    expect(offer?.visible).toBe(t('id', 'knowledge-place-topics', { place: 'hongkong' }));
    const buttons = offer?.buttons.map((b) => b.callback_data) ?? [];
    expect(buttons).toContain('art:id:legal-work-abroad');
    expect(buttons).toContain('emb:HK');
    // No article about another country ("Bekerja di Kamboja") among the choices.
    expect(buttons).not.toContain('art:id:work-in-cambodia');
    telegram.reset();
    await bot.send(callbackUpdate('emb:HK', who));
    expect(telegram.sent().map((m) => m.visible).join('\n')).toContain('KJRI Hong Kong');
  });

  it('"and malaysia?" that the article before does not answer gets the choices for Malaysia, not "say it in more words"', async () => {
    const who = { id: 3144, languageCode: 'en' as const };
    await bot.send(textUpdate('how do i work in japan legally', who));
    telegram.reset();
    await bot.send(textUpdate('and malaysia?', who));
    const offer = telegram.sent()[0];
    expect(offer?.visible).toBe(t('en', 'knowledge-place-topics', { place: 'malaysia' }));
    expect(offer?.buttons.map((b) => b.callback_data)).toContain('emb:MY');
  });
});

describe('a follow-up the bot cannot place', () => {
  it.each([
    ['id', 'trus sy hrs gmn?'],
    ['id', 'jadi gimana dong kak'],
    ['id', 'apa yang harus saya lakukan?'],
    ['en', 'what should I do now?'],
  ] as const)('%s "%s" is told the bot keeps no earlier message and asked for the story, with the menu', async (lang, text) => {
    await bot.send(textUpdate(text, { id: 3131, languageCode: lang }));
    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.visible).toBe(t(lang, 'follow-up-needs-story'));
    expect(replies[0]?.buttons.map((b) => b.callback_data)).toEqual(expect.arrayContaining(['menu:report', 'menu:check']));
  });

  it.each([
    ['id', 'aman gk kak', 3133],
    ['id', 'jd itu penipuan ya?', 3138],
    ['en', 'is it legit?', 3139],
  ] as const)('%s "%s" (is it safe? about what the bot cannot see) asks for the ad, then checks the next message', async (lang, text, id) => {
    const who = { id, languageCode: lang };
    await bot.send(textUpdate(text, who));
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toBe(t(lang, 'follow-up-is-it-safe'));
    telegram.reset();
    await bot.send(textUpdate('dicari admin gaji 12jt kerja di kamboja, tiket ditanggung, visa turis', who));
    expect(telegram.sent()[0]?.visible.split('\n')[0]).toBe(t(lang, 'checker-verdict-likely-scam'));
  });

  it('after "which one should I check?", a question of its own ("klo taiwan biayanya brp?") is answered, not judged as a too-short ad', async () => {
    const who = indonesian(3144);
    await bot.send(textUpdate('itu resmi gk?', who));
    expect(telegram.sent()[0]?.visible).toBe(t('id', 'follow-up-is-it-safe'));
    telegram.reset();
    await bot.send(textUpdate('klo taiwan biayanya brp?', who));
    const all = telegram.sent().map((m) => m.visible).join('\n');
    expect(all).not.toContain(t('id', 'check-too-short'));
    expect(all).not.toContain(t('id', 'checker-verdict-no-signs-found'));
  });

  it.each([
    ['id', 'jadi gmn, aman gk?', 3145],
    ['id', 'itu beneran gk sih kak sy takut', 3146],
    ['en', 'ok so should I go?', 3147],
    ['id', 'terus saya harus gimana? anaknya ngeyel', 3150],
    ['id', 'gmn kak?', 3151],
    ['en', "ok I won't go. what now?", 3152],
  ] as const)('%s "%s" right after a likely-scam check gets that verdict\'s "no", never "sorry, I only help with…"', async (lang, text, id) => {
    const who = { id, languageCode: lang };
    await bot.send(textUpdate('LOKER KAMBOJA admin CS gaji 15jt tanpa pengalaman, tiket ditanggung, visa turis dulu, WA +855 12 345 678', who));
    telegram.reset();
    await bot.send(textUpdate(text, who));
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toBe(t(lang, 'follow-up-last-likely-scam'));
    expect(telegram.sent()[0]?.buttons.map((b) => b.callback_data)).toContain(`art:${lang}:common-doubts`);
  });

  it('"trs sy hrs gmn, anak sy udh mau brgkt minggu dpn" right after a likely-scam check gets that warning first, then the answer', async () => {
    const who = indonesian(3148);
    await bot.send(textUpdate('LOKER KAMBOJA admin CS gaji 15jt tanpa pengalaman, tiket ditanggung, visa turis dulu, WA +855 12 345 678', who));
    telegram.reset();
    await bot.send(textUpdate('trs sy hrs gmn kak anak sy udh mau brgkt minggu dpn', who));
    const sent = telegram.sent();
    expect(sent[0]?.visible).toBe(t('id', 'follow-up-last-likely-scam'));
    expect(sent.length).toBeGreaterThan(1);
    // Without a warning before it, the same question gets only its answer.
    telegram.reset();
    await bot.send(textUpdate('trs sy hrs gmn kak anak sy udh mau brgkt minggu dpn', indonesian(3149)));
    expect(telegram.sent().map((m) => m.visible).join('\n')).not.toContain(t('id', 'follow-up-last-likely-scam'));
  });

  it('"sip lgsg daftar aja y" after a check with no known warning signs gets the checks to make before signing up, not an approval', async () => {
    const who = indonesian(3135);
    await bot.send(textUpdate('PT Maju Bersama (SIP3MI No. 1/234/2024) job order operator pabrik Taiwan, SIP2MI No. 0099/2025. Gaji NT$ 28.000. Bebas biaya penempatan. Daftar di Disnaker.', who));
    expect(telegram.sent()[0]?.visible.split('\n')[0]).toBe(t('id', 'checker-verdict-no-signs-found'));
    telegram.reset();
    await bot.send(textUpdate('sip lgsg daftar aja y', who));
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toBe(t('id', 'follow-up-going-ahead'));
    expect(telegram.sent()[0]?.visible).toContain('SISKOP2MI');
    expect(telegram.sent()[0]?.buttons.map((b) => b.callback_data)).toEqual(expect.arrayContaining(['menu:check', 'menu:report']));
    telegram.reset();
    await bot.send(textUpdate("ok thanks, I'll take the job then", { id: 3136, languageCode: 'en' }));
    expect(telegram.sent()[0]?.visible).toBe(`${t('en', 'thanks-reply')}\n\n${t('en', 'follow-up-going-ahead')}`);
    telegram.reset();
    // Where to sign up is a question, and the search answers it.
    await bot.send(textUpdate('daftar dimana kak?', indonesian(3137)));
    expect(telegram.sent().map((m) => m.visible).join('\n')).not.toContain(t('id', 'follow-up-going-ahead'));
  });

  it('"brarti aman kan kak?" right after a check is answered against that verdict (kept without the ad), never with "safe"', async () => {
    const who = indonesian(3140);
    await bot.send(textUpdate('LOKER KAMBOJA admin CS gaji 15jt tanpa pengalaman, tiket ditanggung, visa turis dulu, WA +855 12 345 678', who));
    expect(telegram.sent()[0]?.visible.split('\n')[0]).toBe(t('id', 'checker-verdict-likely-scam'));
    telegram.reset();
    await bot.send(textUpdate('brarti aman kan kak?', who));
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toBe(t('id', 'follow-up-last-likely-scam'));
    telegram.reset();
    // Deciding to go anyway gets the same "no" first.
    await bot.send(textUpdate('lgsg daftar ya', who));
    expect(telegram.sent()[0]?.visible.startsWith(t('id', 'follow-up-last-likely-scam'))).toBe(true);
    telegram.reset();
    // After "no known warning signs": not safe, and what to check first.
    const other = indonesian(3141);
    await bot.send(textUpdate('PT Maju Bersama (SIP3MI No. 1/234/2024) job order operator pabrik Taiwan, SIP2MI No. 0099/2025. Gaji NT$ 28.000. Bebas biaya penempatan. Daftar di Disnaker.', other));
    telegram.reset();
    await bot.send(textUpdate('itu resmi?', other));
    expect(telegram.sent()[0]?.visible).toBe(`${t('id', 'follow-up-last-no-signs-found')}\n\n${t('id', 'follow-up-going-ahead')}`);
  });

  it('after "too short to judge", the next message is the ad unless it is plainly a question', async () => {
    const who = indonesian(3142);
    await bot.send(textUpdate('/cek', who));
    await bot.send(textUpdate('kamboja', who));
    expect(telegram.sent().at(-1)?.visible).toBe(t('id', 'check-too-short'));
    telegram.reset();
    await bot.send(textUpdate('admin kamboja 12jt', who));
    expect(telegram.sent()[0]?.visible.split('\n')[0]).not.toBe(t('id', 'check-too-short'));
    expect(telegram.sent()[0]?.visible).toContain('admin');
    const other = indonesian(3143);
    await bot.send(textUpdate('/cek', other));
    await bot.send(textUpdate('kamboja', other));
    telegram.reset();
    await bot.send(textUpdate('gmn cara ngecek PT penyalur itu resmi?', other));
    expect(telegram.sent().map((m) => m.visible).join('\n')).not.toContain(t('id', 'check-too-short'));
  });

  it('"penipuan" alone or "apa itu penipuan?" still get the articles', async () => {
    await bot.send(textUpdate('apa itu penipuan?', indonesian(3134)));
    expect(telegram.sent().map((m) => m.visible).join('\n')).not.toContain(t('id', 'follow-up-is-it-safe'));
  });

  it('a follow-up with a topic of its own ("trus paspor sy gmn?") goes to the search, not the request for the story', async () => {
    await bot.send(textUpdate('trus paspor sy gmn?', indonesian(3132)));
    const all = telegram.sent().map((m) => m.visible).join('\n');
    expect(all).not.toContain(t('id', 'follow-up-needs-story'));
    expect(telegram.sent().at(-1)?.buttons.some((b) => b.callback_data?.startsWith('art:id:passport'))).toBe(true);
  });
});

describe('off-topic and unsure questions', () => {
  it('"resep rendang gimana?" gets the out-of-scope reply, not an article', async () => {
    await bot.send(textUpdate('resep rendang gimana?', indonesian(3111)));
    const replies = telegram.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.visible).toBe(t('id', 'knowledge-out-of-scope'));
    expect(replies[0]?.buttons.some((b) => b.callback_data?.startsWith('art:') || b.callback_data?.startsWith('fb:'))).toBe(false);
    expect(replies[0]?.buttons.map((b) => b.callback_data)).toContain('menu:topics');
  });

  it('an unsure question gets "not sure", at most three article buttons and the report button; pressing one opens that article', async () => {
    await bot.send(textUpdate('bro how to cek agen resmi atau tidak ya, my sister mau ke malaysia', indonesian(3112)));
    const reply = telegram.sent()[0];
    // Said plainly, with the likeliest article's one-line summary, so the choice is an informed one.
    expect(reply?.visible.startsWith(t('id', 'knowledge-not-sure-likeliest'))).toBe(true);
    expect(reply?.visible).toContain(t('id', 'knowledge-not-sure-others'));
    const articles = reply?.buttons.filter((b) => b.callback_data?.startsWith('art:')) ?? [];
    expect(articles.length).toBeGreaterThanOrEqual(1);
    expect(articles.length).toBeLessThanOrEqual(3);
    expect(reply?.buttons.map((b) => b.callback_data)).toContain('menu:report');

    const chosen = articles[0];
    telegram.reset();
    await bot.send(callbackUpdate(chosen?.callback_data ?? '', indonesian(3112)));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(1);
    const opened = telegram.sent();
    expect(opened[0]?.visible.startsWith(chosen?.text ?? '?')).toBe(true);
    expect(opened.map((m) => m.visible).join('\n')).toContain('Sumber');
  });

  it('a button for an article that does not exist (old message, content changed) is answered, not an error', async () => {
    await bot.send(callbackUpdate('art:id:artikel-yang-sudah-dihapus', indonesian(3113)));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(telegram.sent()[0]?.visible).toBe(t('id', 'knowledge-article-missing'));
  });
});

describe('feedback and what editors learn', () => {
  it('pressing 👍 under an article adds one to that article’s count, and the user is thanked', async () => {
    const before = (await bot.app.deps.store.getFields('feedback'))['check-job-offer:up'] ?? 0;
    await bot.send(callbackUpdate('fb:check-job-offer:u', indonesian(3121)));
    const after = await bot.app.deps.store.getFields('feedback');
    expect(after['check-job-offer:up']).toBe(before + 1);
    expect(telegram.callsTo('answerCallbackQuery')[0]?.payload['text']).toBe(t('id', 'knowledge-feedback-thanks'));
  });

  it('feedback for an unknown article id is not counted (nobody can fill the hash with junk)', async () => {
    await bot.send(callbackUpdate('fb:bukan-artikel:d', indonesian(3122)));
    expect(Object.keys(await bot.app.deps.store.getFields('feedback'))).not.toContain('bukan-artikel:d');
  });

  it('an unanswered question is kept with the phone number and e-mail scrubbed and without the asker’s id', async () => {
    const userId = 3_123_777;
    const store = bot.app.deps.store;
    const writes: string[] = [];
    const real = store.incrementField.bind(store);
    const spy = vi.spyOn(store, 'incrementField').mockImplementation(async (key, field, by, ttl) => {
      writes.push(`${key} ${field}`);
      return real(key, field, by, ttl);
    });
    try {
      await bot.send(
        textUpdate('berapa lama proses bikin e-paspor di kantor imigrasi jakarta selatan? email sy rina.w@yahoo.co.id wa 0812-5566-7788', {
          id: userId,
          languageCode: 'id',
        }),
      );
    } finally {
      spy.mockRestore();
    }
    const unanswered = writes.filter((w) => w.startsWith('unanswered:'));
    expect(unanswered).toHaveLength(1);
    const stored = unanswered[0] ?? '';
    expect(stored).toMatch(/paspor/);
    expect(stored).not.toContain('rina.w');
    expect(stored).not.toContain('yahoo');
    expect(stored).not.toMatch(/0812|5566|7788/);
    expect(stored).not.toContain(String(userId));

    const items = await listUnanswered(store, new Date(), 50);
    const mine = items.find((i) => i.text.includes('e-paspor') || i.text.includes('paspor di kantor imigrasi'));
    expect(mine).toBeDefined();
    expect(mine?.text).not.toMatch(/@|0812/);
  });
});

describe('/topik', () => {
  it('lists the categories, a category lists its articles, and an article opens from there', async () => {
    const user = indonesian(3131);
    await bot.send(textUpdate('/topik', user));
    const categories = telegram.sent()[0]?.buttons.filter((b) => b.callback_data?.startsWith('top:')) ?? [];
    expect(categories.map((b) => b.text)).toContain(t('id', 'knowledge-category-job-offers'));
    expect(categories.length).toBeGreaterThanOrEqual(4);

    telegram.reset();
    await bot.send(callbackUpdate('top:job-offers', user));
    const list = telegram.sent()[0];
    expect(list?.visible).toBe(t('id', 'knowledge-category-job-offers'));
    const articles = list?.buttons.filter((b) => b.callback_data?.startsWith('art:id:')) ?? [];
    expect(articles.length).toBeGreaterThanOrEqual(2);

    telegram.reset();
    await bot.send(callbackUpdate(articles[0]?.callback_data ?? '', user));
    expect(telegram.sent()[0]?.visible.startsWith(articles[0]?.text ?? '?')).toBe(true);
    expect(telegram.sent().at(-1)?.buttons.some((b) => b.callback_data?.startsWith('fb:'))).toBe(true);
  });

  it('an English-speaking user sees the English categories and English articles', async () => {
    const user = { id: 3132, languageCode: 'en' };
    await bot.send(textUpdate('/topics', user));
    expect(telegram.sent()[0]?.visible).toBe(t('en', 'knowledge-topics-title'));
    telegram.reset();
    await bot.send(callbackUpdate('top:visas-documents', user));
    const articles = telegram.sent()[0]?.buttons.filter((b) => b.callback_data?.startsWith('art:')) ?? [];
    expect(articles.length).toBeGreaterThanOrEqual(1);
    for (const a of articles) expect(a.callback_data).toMatch(/^art:en:/);
  });
});
