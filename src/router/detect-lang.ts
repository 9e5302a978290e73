/** Indonesian or English, by counting common function words; ties go to the fallback. */
import type { Lang } from '../text/translate.js';

const EN = new Set(['the', 'is', 'are', 'am', 'my', 'i', 'me', 'you', 'to', 'and', 'of', 'in', 'it', 'they', 'we', 'he', 'she', 'what', 'how', 'please', 'help', 'can', 'not', 'do', 'does', 'for', 'with', 'this', 'that', 'was', 'be', 'being', 'have', 'job', 'salary', 'thank', 'hi', 'hello', 'where', 'there', 'if', 'will', 'let', 'her', 'his', 'him', 'our', 'so', 'much']);
const ID = new Set(['saya', 'di', 'ke', 'yang', 'tidak', 'apa', 'bisa', 'ini', 'itu', 'dan', 'kalau', 'tolong', 'untuk', 'dari', 'ada', 'mau', 'sudah', 'kak', 'min', 'gaji', 'kerja', 'dengan', 'atau', 'juga', 'boleh', 'bagaimana', 'berapa', 'apakah', 'adik', 'anak', 'suami', 'harus', 'lagi', 'sekarang', 'tapi', 'makasih', 'banget', 'kami', 'dia', 'orang', 'halo', 'selamat', 'pagi', 'malam', 'siap', 'terima', 'kasih']);

export function detectLang(tokens: readonly string[], fallback: Lang): Lang {
  let en = 0;
  let id = 0;
  for (const t of tokens) {
    if (EN.has(t)) en += 1;
    if (ID.has(t)) id += 1;
  }
  if (en === id) return fallback;
  return en > id ? 'en' : 'id';
}
