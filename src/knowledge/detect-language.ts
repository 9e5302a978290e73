/**
 * Guesses whether a question is Indonesian (including Javanese/Sundanese-flavoured chat) or
 * English from function words. The interface language only breaks ties, so an English question
 * from an Indonesian-interface user is answered in English.
 */
import { normalize } from '../text/normalize.js';
import type { Lang } from '../text/translate.js';
import { MAX_QUESTION_CHARS } from './analyze-question.js';

const INDONESIAN = new Set(
  ('yang di ke dari dan atau apa apakah bagaimana gimana gmn gmna piye kumaha saya aku sy gw gue tidak gak ga gk ngga nggak tdk ' +
    'bisa bs kalau kalo klo ini itu untuk utk buat dengan dgn mau ada sudah udah udh sdh berapa brp harus hrs adik anak ' +
    'tolong yg dong sih kok nya apakah juga tapi tp karena krn atau boleh kerja gaji paspor agen kenapa knp kapan mana dimana ' +
    'siapa belum blm saja aja lagi banget bgt ya kak min minta dapat dapet orang sama kami kita mereka dia jadi jd ' +
    'opo ora iso naon teu kudu wis arep sing nek lamun abdi kulo bade tiasa luar negeri negri sekarang ibu bapak suami istri ' +
    'keluarga lowongan loker biaya bayar uang duit disuruh ditahan pulang berangkat resmi aman benar betul cara caranya').split(' '),
);
const ENGLISH = new Set(
  ('the a an is are was were what how can could i my me you your do does did to of in on for and or it this that with ' +
    'should get where why who when there be have has if not no from about will would job jobs work working offer ' +
    'salary pay fee fees passport visa visas abroad overseas family brother sister son daughter mother father wife husband ' +
    'help report missing legal illegal official safe true real need needs want told asked said they them he she his her ' +
    'we our which any after before still without free tourist embassy company agent contract employer').split(' '),
);
// Words spelled the same in both languages say nothing about the language.
const SHARED = new Set(['visa', 'agen', 'paspor', 'passport', 'admin', 'scam', 'online', 'job']);

export function detectLanguage(text: string, hint?: Lang): Lang {
  const words = normalize(text.slice(0, MAX_QUESTION_CHARS)).split(/[^a-z]+/);
  let id = 0;
  let en = 0;
  for (const word of words) {
    if (!word || SHARED.has(word)) continue;
    if (INDONESIAN.has(word)) id += 1;
    if (ENGLISH.has(word)) en += 1;
    // Indonesian morphology is a strong tell even for words we do not list.
    else if (!INDONESIAN.has(word) && /^(meng|meny|mem|men|di|ber|ter|ke)[a-z]{3,}(kan|an|nya)$/.test(word)) id += 0.5;
  }
  if (id > en) return 'id';
  if (en > id) return 'en';
  return hint ?? 'id';
}
