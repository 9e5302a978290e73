import { describe, expect, it } from 'vitest';
import {
  asksForLanguage, saysCannotGoOn,
  asksAboutContacting, asksForEmbassyNumber, asksSomething, asksToCheckAnAd, saysAlreadyPaid, asksWhatToDo, asksWhereToReport, greetsWithSalam, namesRelative, opensFollowUp, placeNamedAlone, saysEscapedToSafety, saysHello,
  saysLeavingNow, saysSafeNow, saysThanks, showsOnlySadness, speaksOfGoing, wantsToReportRecruiter,
} from '../../src/router/index.js';

describe('conversation cues', () => {
  it('"I am safe now" in the ways people write it, and not its negations or the question', () => {
    for (const text of ['sy udh aman kok', 'alhamdulillah sdh di kbri', "I'm safe now", 'udah pulang kak']) expect(saysSafeNow(text), text).toBe(true);
    for (const text of ['sy belum aman', 'sy gk aman', 'udah gk aman disini', 'am I safe?', "I'm safe?"]) expect(saysSafeNow(text), text).toBe(false);
    // Said of a relative, in Javanese or Sundanese, or as freed: still safe now.
    for (const text of ['alhamdulillah adik sy udh dibebasin, skrg di kbri', 'saiki wis aman, wis nang kbri', 'ayeuna abdi tos aman', 'she escaped and is now with thai police']) {
      expect(saysSafeNow(text), text).toBe(true);
    }
  });

  it('where to report, and what to do now', () => {
    for (const text of ['sy hrs lapor kemana ya kak?', 'kemana sy hrs ngadu', 'where do i report this']) expect(asksWhereToReport(text), text).toBe(true);
    expect(asksWhereToReport('cara bikin paspor gmn')).toBe(false);
    for (const text of ['sy hrs gmn. takut', 'what should i do', 'harus ngapain kak']) expect(asksWhatToDo(text), text).toBe(true);
    expect(asksWhatToDo('cara bikin paspor gmn kak')).toBe(false);
  });

  it('a request to check an ad that is not in the message; an ad with it is no such request', () => {
    for (const text of ['tolong cek loker ini kak', 'kak cekin dong info loker ini', 'please check this job']) expect(asksToCheckAnAd(text), text).toBe(true);
    for (const text of ['cek loker ini: admin kamboja gaji 15jt WA 0812345678', 'cek loker ini kak, dari @loker_kh', 'gimana cara cek loker resmi?']) {
      expect(asksToCheckAnAd(text), text).toBe(false);
    }
  });

  it('a report about a recruiter, and a follow-up by its form', () => {
    for (const text of ['sy mau lapor calo min', 'gmn cara ngadu agen nakal', 'how do I report the recruiter']) expect(wantsToReportRecruiter(text), text).toBe(true);
    expect(wantsToReportRecruiter('lapor diri di KBRI gimana')).toBe(false);
    for (const text of ['klo hongkong?', 'trus korea?', 'what about Japan?']) expect(opensFollowUp(text), text).toBe(true);
    for (const text of ['kalau mau kerja ke jepang lewat jalur resmi gimana caranya', 'hongkong']) expect(opensFollowUp(text), text).toBe(false);
  });

  it('a place named alone, with the words around it, and not a question that says more', () => {
    expect(placeNamedAlone('klo hongkong?')).toBe('hongkong');
    expect(placeNamedAlone('kalau di taiwan gmn kak')).toBe('taiwan');
    expect(placeNamedAlone('what about Hong Kong?')).toBe('hong kong');
    expect(placeNamedAlone('kalau mau kerja ke jepang lewat jalur resmi gimana caranya')).toBeUndefined();
    expect(placeNamedAlone('gaji di taiwan brp?')).toBeUndefined();
    expect(placeNamedAlone('klo gitu?')).toBe('gitu');
  });

  it('asking something, by a question mark or a question word', () => {
    for (const text of ['paspor sy ditahan', 'sy mau kerja ke jepang']) expect(asksSomething(text), text).toBe(false);
    for (const text of ['paspor sy ditahan?', 'brp biaya ke taiwan', 'how do I renew my passport', 'kbri nya dimana']) expect(asksSomething(text), text).toBe(true);
  });

  it('greetings and thanks, and "nuwun sewu" as the opening it is', () => {
    expect(greetsWithSalam("assalamu'alaikum kak")).toBe(true);
    for (const text of ['halo kak', 'punten', 'nuwun sewu', 'good morning']) expect(saysHello(text), text).toBe(true);
    expect(saysHello('sy mau tanya, halo')).toBe(false);
    for (const text of ['makasih kak', 'matur nuwun', 'hatur nuhun', 'thanks!']) expect(saysThanks(text), text).toBe(true);
    expect(saysThanks('nuwun sewu, mau tanya')).toBe(false);
  });

  it('having got away from a danger, told without a crisis behind it; not a question about safety nor a safe passport', () => {
    for (const text of ['alhamdulillah sy udh aman di mae sot skrg', "ok I escaped, I'm now safe in Mae Sot police station", 'sy berhasil kabur dr kompleks']) {
      expect(saysEscapedToSafety(text), text).toBe(true);
    }
    for (const text of ['kerja disana udah aman belum?', 'udh aman gk kak?', 'udah aman kok paspornya', 'sy udh pulang dr malaysia thn lalu, mau tanya bpjs', 'am I safe?']) {
      expect(saysEscapedToSafety(text), text).toBe(false);
    }
    expect(namesRelative('alhamdulillah adik sy udh aman')).toBe(true);
    expect(namesRelative('my brother is safe now')).toBe(true);
    expect(namesRelative('sy udh aman di kbri')).toBe(false);
  });

  it('leaving now or within a day, and not a trip that already failed or is weeks away', () => {
    for (const text of ['sy udh di bandara soetta mau brgkt ke kamboja skrg', 'besok sy brgkt ke kamboja', "I'm at the airport, flying to Phnom Penh", 'my flight to Bangkok is tomorrow']) {
      expect(saysLeavingNow(text), text).toBe(true);
    }
    for (const text of ['kmrn di bandara ditunda imigrasi', 'minggu dpn brgkt ke korea', 'cara berangkat ke jepang gmn']) expect(saysLeavingNow(text), text).toBe(false);
  });

  it('a question about the contacts themselves', () => {
    for (const text of ['which number do i message first?', 'kbri nya bisa di wa gk?', 'nomor mana yg hrs sy hubungi']) expect(asksAboutContacting(text), text).toBe(true);
    for (const text of ['cara bikin paspor gmn', 'sy gk bisa keluar']) expect(asksAboutContacting(text), text).toBe(false);
  });

  it('Javanese and Sundanese good mornings are hellos; only sad faces are sadness, not any emoji', () => {
    for (const text of ['sugeng enjing mas', 'wilujeng siang', 'met pagi kak']) expect(saysHello(text), text).toBe(true);
    for (const text of ['😭😭😭', '🥺', '😢 😢']) expect(showsOnlySadness(text), text).toBe(true);
    for (const text of ['👍', '😭 tolong', 'p', '']) expect(showsOnlySadness(text), text).toBe(false);
  });

  it('speaking of leaving for the job', () => {
    for (const text of ['anak sy udh mau brgkt minggu dpn', 'should she leave?', 'besok terbang']) expect(speaksOfGoing(text), text).toBe(true);
    expect(speaksOfGoing('cara bikin paspor gmn')).toBe(false);
  });

  it('having already paid, and not a fee an ad asks for', () => {
    for (const text of ['udh terlanjur bayar DP 3jt kak', 'sy sudah transfer 5jt', 'I already paid a deposit']) expect(saysAlreadyPaid(text), text).toBe(true);
    for (const text of ['wajib bayar DP 3jt', 'biaya 5jt transfer dulu', 'pay the fee first']) expect(saysAlreadyPaid(text), text).toBe(false);
  });

  it('asking for an embassy\'s number', () => {
    for (const text of ['nomor kbri malaysia brp?', 'embassy number in Taiwan?', 'kbri seoul ada wa nya gk']) expect(asksForEmbassyNumber(text), text).toBe(true);
    for (const text of ['kbri nya dimana', 'cara lapor diri ke kbri']) expect(asksForEmbassyNumber(text), text).toBe(false);
  });

  it('at the end of one\'s strength, in a few words, and not "gk kuat" in a longer story', () => {
    for (const text of ['udh gk kuat', 'aku wis ra kuat', 'i cant take this anymore', 'I give up']) expect(saysCannotGoOn(text), text).toBe(true);
    for (const text of ['sy gk kuat angkat barang berat di pabrik, boleh minta pindah?', 'kuat gk sih kerja 12 jam', 'halo']) expect(saysCannotGoOn(text), text).toBe(false);
  });

  it('asking the bot to speak another language, not a question that names one', () => {
    for (const text of ['hello can you speak english', 'english please', 'bisa bhs inggris?']) expect(asksForLanguage(text), text).toBe('en');
    for (const text of ['ok thx. bisa bhs indo aja?', 'pakai bahasa indonesia', 'can you answer in indonesian']) expect(asksForLanguage(text), text).toBe('id');
    for (const text of ['apa bahasa inggrisnya visa kerja?', 'kerja di jepang harus bisa bahasa inggris gk', 'halo']) expect(asksForLanguage(text), text).toBeUndefined();
  });
});
