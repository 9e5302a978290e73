import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { analyze } from '../../src/knowledge/analyze-question.js';
import { PHRASES } from '../../src/knowledge/lexicon.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase('content', { now: new Date('2026-12-01T00:00:00Z') });
});

describe('someone asking a question in their own words', () => {
  it('a WhatsApp-style question about an agent asking 30 million gets the placement-fees article', () => {
    const r = kb.search('min agen minta 30jt buat berangkat ke taiwan wajar gk sih');
    expect(r.lang).toBe('id');
    expect(r.confident).toBe(true);
    expect(r.results[0]?.id).toBe('placement-fees');
  });

  it('a recruiter\'s @handle, e-mail or link in the question is who and where, not a topic: the answer stays sure', () => {
    for (const text of [
      'how do I report this recruiter? he is on Telegram @hr_goldenjobs',
      'how do I report this recruiter? he wrote from hr.golden.jobs@gmail.com',
      'how do I report this recruiter? his page is https://fb.com/goldenjobs.asia.hiring',
    ]) {
      const r = kb.search(text);
      expect(r.results[0]?.id, text).toBe('report-recruiter');
      expect(r.confident, text).toBe(true);
    }
  });

  it('"cara bikin paspor" is answered with the passport-application article, not the one on confiscated passports', () => {
    const r = kb.search('cara bikin paspor');
    expect(r.confident).toBe(true);
    expect(r.results[0]?.id).toBe('passport-application');
  });

  it('a marriage offered through a matchmaker abroad is answered with the trafficking article and its part on mail-order brides', () => {
    const r = kb.search('nikah sama orang taiwan lewat biro jodoh aman?');
    expect(r.outOfScope).toBe(false);
    expect(r.results[0]?.id).toBe('human-trafficking');
    expect(kb.get('human-trafficking', 'id')?.body).toContain('## Pengantin pesanan');
  });

  it('a mother writing in slang about a passport held by the employer gets the passport-confiscated article', () => {
    const r = kb.search('pasport anak sy ditahan majikan gmn caranya biar balik');
    expect(r.results[0]?.id).toBe('passport-confiscated');
  });

  it('an English question from an Indonesian-interface user is answered from the English article', () => {
    const r = kb.search('my employer took my passport, what can I do?', { lang: 'id' });
    expect(r.lang).toBe('en');
    expect(r.results[0]?.id).toBe('passport-confiscated');
    expect(r.results[0]?.title).toMatch(/passport/i);
  });

  it('obfuscated spelling still finds the Cambodia scam-compound article', () => {
    const r = kb.search('kerja admin scam di K A M B O J A disekap, tolooong');
    expect(r.results.map((h) => h.id).slice(0, 3)).toContain('online-scam-compounds');
  });

  it('a relative with no news from a family member is pointed to the missing-family article', () => {
    const r = kb.search('anak saya sudah sebulan ga ada kabar sejak kerja di luar negeri');
    expect(r.results[0]?.id).toBe('family-member-missing');
  });

  it('Sundanese "-na" and Javanese "-e" endings are the "-nya" of the same words', () => {
    expect(kb.search('biayana sabaraha? abdi hoyong damel ka korea').results[0]?.id).toMatch(/korea-eps|placement-fees/);
    expect(kb.search('kumaha cara nyieun paspor? abdi bade damel ka luar negeri').results[0]?.id).toBe('passport-application');
  });

  it('a number that no longer rings is lost contact too, even where a sponsor says all is well', () => {
    expect(kb.search('nomor suami sy gk aktif udh 2 minggu di dubai').results[0]?.id).toBe('family-member-missing');
    const sponsor = kb.search('my husband work in dubai, now his number not active since 2 weeks. the sponsor say he is fine. who can help');
    expect(sponsor.results[0]?.id).toBe('family-member-missing');
  });

  it('typos in key words are tolerated', () => {
    const r = kb.search('cara daftar ujian EPS TOPK ke korae');
    expect(r.results[0]?.id).toBe('korea-eps');
  });

  it('words that are also JavaScript object members ("constructor") are searched like any word', () => {
    expect(kb.search('kerja constructor di malaysia pakai visa turis').results.length).toBeGreaterThan(0);
    expect(kb.search('constructor job in malaysia on a tourist visa').results.length).toBeGreaterThan(0);
  });

  it('an age under 18 in a question is read as "under age" and can find the minimum-age rules', () => {
    const words = (q: string, lang: 'id' | 'en') => analyze(q, lang).map((t) => t.word);
    expect(words('keponakan saya usia 16 tahun diajak kerja', 'id')).toEqual(expect.arrayContaining(['bawah', 'umur']));
    expect(words('my niece is 15 and was offered a job', 'en')).toContain('underage');
    expect(words('she is 17 years old', 'en')).toContain('underage');
    // An adult's age adds nothing of the kind.
    expect(words('saya umur 25 tahun bisa daftar EPS?', 'id')).not.toContain('bawah');
    expect(words('he is 30 years old', 'en')).not.toContain('underage');
    const top3 = kb.search('keponakan saya usia 16 tahun diajak kerja ke taiwan, bisa?').results.slice(0, 3).map((h) => h.id);
    expect(top3).toContain('legal-work-abroad');
  });

  it('a long English story with contractions is not taken for an off-topic question', () => {
    const story = "I've been in a Malaysian factory for a year now. We do 12 hours a day, there's been no day off for 3 months and the overtime isn't paid. "
      + "My supervisor says it's just how it is for foreigners. Is that normal or do I have rights here?";
    const r = kb.search(story);
    expect(r.outOfScope).toBe(false);
    expect(r.results.map((x) => x.id).slice(0, 3)).toContain('rights-at-work');
    // The pieces of "isn't" and "I've" are not topic words.
    expect(analyze("isn't it what I've been told", 'en').filter((t) => !t.weak).map((t) => t.word)).not.toContain('isn');
  });

  it('names with a digit in them ("SIP2MI", "G to G") are read as one word, not as common bits', () => {
    expect(kb.search('apa itu SIP2MI').results[0]?.id).toBe('check-job-offer');
    expect(kb.search('what is SIP2MI', { lang: 'en' }).results[0]?.id).toBe('check-job-offer');
    expect(kb.search('apa itu G to G').results[0]?.id).toBe('korea-eps');
  });

  it('"what my right?" asks about rights: "right" is weak only as a tag ("is it right?")', () => {
    const r = kb.search('I work in Malaysia factory, boss not pay overtime and shout everyday. what my right?', { lang: 'en' });
    expect(r.outOfScope).toBe(false);
    expect(r.results[0]?.id).toBe('rights-at-work');
  });

  it('questions to the bot itself ("who are you?", "kamu siapa") get the article about the bot', () => {
    const who = kb.search('who are you', { lang: 'en' });
    expect(who.confident).toBe(true);
    expect(who.results[0]?.id).toBe('about-this-bot');
    expect(kb.search('what can you do?', { lang: 'en' }).results[0]?.id).toBe('about-this-bot');
    expect(kb.search('kamu siapa').results[0]?.id).toBe('about-this-bot');
    expect(kb.search('siapa yg bikin kamu').results[0]?.id).toBe('about-this-bot');
  });

  it('an age under 18 is read as under age without gluing the next word, and "baru 4 bln" is no age', () => {
    const words = analyze('anak saya umur 17 mau diajak kerja ke malaysia', 'id').map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['bawah', 'umur', 'diajak']));
    expect(words.some((w) => w.startsWith('umurm'))).toBe(false);
    expect(analyze('adik sy baru 4 bln kerja di malaysia', 'id').map((t) => t.word)).not.toContain('bawah');
    expect(kb.search('anak saya umur 17 mau diajak kerja ke malaysia sama tetangga, boleh gak?').results[0]?.id).toBe('legal-work-abroad');
  });

  it('Jakarta-style verbs ("laporin", "ngirim", "ngelapor") meet their roots, and "kesana" is no topic', () => {
    const terms = (text: string) => analyze(text, 'id').flatMap((t) => t.terms);
    expect(terms('mau laporin agen')).toContain('lapor');
    expect(terms('yg ngirim sy')).toContain('kirim');
    expect(terms('takut ngelapor')).toContain('lapor');
    expect(analyze('udh brgkt kesana', 'id').find((t) => t.terms.includes('sana'))?.weak).toBe(true);
    const r = kb.search('sy udh pulang dr myanmar, mau laporin agen yg ngirim sy kesana');
    expect(r.results[0]?.id).toBe('report-recruiter');
  });

  it('phrases are read inside each clause of a long text, and never across punctuation', () => {
    const terms = (text: string) => analyze(text, 'id', 10_000).flatMap((t) => t.terms);
    // The phrase in the third clause of a long body is still rewritten ("di bawah umur")…
    const long = `${'kerja di pabrik, gaji sesuai aturan. '.repeat(40)}Anak saya umur 16 thn; mau diajak kerja.`;
    expect(terms(long)).toContain('bawah');
    // …and words on both sides of a comma or full stop are no phrase ("tidak", then "bisa dihubungi").
    expect(terms('anak sy tidak bisa dihubungi')).toContain('hilang');
    expect(terms('anak sy tidak. bisa dihubungi')).not.toContain('hilang');
  });

  it('no phrase can contain punctuation, so clauses can be read one at a time', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const [from, to] of PHRASES[lang]) {
        // What is left of the pattern once its regular-expression syntax is taken out.
        const literal = from.replace(/\(\?:|\{\d+,\d+\}|\[[a-z0-9-]+\]|[()?|+*]/g, '');
        expect(literal, `phrase /${from}/ in lexicon.ts`).toMatch(/^[a-z0-9 '-]*$/);
        expect(to, `rewrite of /${from}/ in lexicon.ts`).toMatch(/^[a-z0-9 $&'-]*$/);
      }
    }
  });

  it('returns at most five results, best first', () => {
    const r = kb.search('visa kerja paspor agen kamboja');
    expect(r.results.length).toBeLessThanOrEqual(5);
    const scores = r.results.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('questions the bot should not answer', () => {
  it.each([
    'resep rendang padang yang enak',
    'skor timnas semalam berapa?',
    'harga bitcoin hari ini berapa',
    'what is the weather in Jakarta tomorrow',
    'apa kabar?',
  ])('"%s" is declined as out of scope', (text) => {
    const r = kb.search(text);
    expect(r.confident).toBe(false);
    expect(r.outOfScope).toBe(true);
  });

  it('a question whose words an article has only in its body is offered as a choice, not answered', () => {
    // "SIM" (driving licence) and "diperpanjang" sit in the body of the passport-confiscated article.
    const r = kb.search('cara perpanjang SIM gmn');
    expect(r.confident).toBe(false);
    // The same article is still the answer when the question's words are in its headline fields.
    expect(kb.search('paspor saya ditahan majikan').confident).toBe(true);
  });

  it('a game or a match that names the job ("admin game", "judi bola") keeps a job question in scope', () => {
    const offer = kb.search('kak aku ditawarin kerja di kamboja sama temen fb, katanya jadi admin game gaji 12jt. aman ga?');
    expect(offer.outOfScope).toBe(false);
    expect(offer.results.map((r) => r.id)).toContain('work-in-cambodia');
    expect(kb.search('kerja jadi operator game online di myanmar').outOfScope).toBe(false);
    // Without a word of work, the game is still the hobby.
    expect(kb.search('main game apa yg seru').outOfScope).toBe(true);
  });

  it('"kerja di malaysia aman gk?" names no topic but is the bot\'s whole subject: not declined, the general articles are offered', () => {
    for (const text of ['kerja di malaysia aman gk?', 'mau kerja ke LN', 'Is it safe to work in Malaysia?', 'jobs overseas']) {
      const r = kb.search(text);
      expect(r.outOfScope, text).toBe(false);
      expect(r.confident, text).toBe(false);
      expect(r.results.map((hit) => hit.id).sort(), text).toEqual(['check-job-offer', 'legal-work-abroad', 'scam-warning-signs']);
    }
    // Work at home, or abroad without work, is still not the bot's subject.
    expect(kb.search('lowongan kerja di bandung ada gk?').results.map((hit) => hit.id)).not.toEqual(['check-job-offer', 'legal-work-abroad', 'scam-warning-signs']);
    expect(kb.search('cuaca di malaysia besok').outOfScope).toBe(true);
  });

  it('a weather question that mentions Japan is not answered with the Japan article', () => {
    const r = kb.search('cuaca di jepang minggu depan gimana');
    expect(r.confident).toBe(false);
  });
});

describe('input that is not a normal question', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['emoji only', '🙏🙏🔥😭'],
    ['HTML-looking', '<b>paspor</b> & <script>alert(1)</script>'],
    ['4096 characters', 'paspor ditahan '.repeat(300).slice(0, 4096)],
    ['all caps', 'AGEN MINTA UANG PENDAFTARAN 5 JUTA, RESMI GAK?'],
    ['mixed languages', 'my agent bilang harus bayar placement fee 20 juta dulu, is it legal?'],
    ['control characters', 'paspor\u0000\u200b di\u202etahan'],
  ])('%s input gives a sensible answer and never throws', (_label, text) => {
    const r = kb.search(text);
    expect(['id', 'en']).toContain(r.lang);
    expect(r.results.length).toBeLessThanOrEqual(5);
    if (text.trim() === '' || /^[\p{Emoji}\s]+$/u.test(text)) expect(r.confident).toBe(false);
  });

  it('an all-caps question is understood like a normal one', () => {
    expect(kb.search('AGEN MINTA UANG PENDAFTARAN 5 JUTA, RESMI GAK?').results[0]?.id).toBe(
      kb.search('agen minta uang pendaftaran 5 juta, resmi gak?').results[0]?.id,
    );
  });
});

describe('browsing', () => {
  it('lists every article of a language by category, and related articles with titles', () => {
    const groups = kb.byCategory('id');
    const count = [...groups.values()].reduce((n, list) => n + list.length, 0);
    expect(count).toBe(kb.all('id').length);
    const related = kb.related('placement-fees', 'en');
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]?.title).not.toBe(related[0]?.id);
  });
});
