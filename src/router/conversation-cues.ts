/**
 * Small cues of what a message does in a conversation, read from its form alone (a few words,
 * bounded patterns): that the writer is safe now, asks where to report, asks what to do now,
 * asks to have an ad checked without pasting it, wants to report a recruiter, or follows up on
 * the last answer ("klo hongkong?"), asks something at all, greets or thanks. The bot decides
 * what to do with them; no grammY here.
 */
import { canonicalize } from './canonical.js';
import { RELATIVE_WORDS, RELATIVE_WORDS_EN } from './lexicon.js';
import type { Lang } from '../text/translate.js';

// "sy udh aman kok", "alhamdulillah sdh di kbri", "I'm safe now". "belum aman" or "gk aman" never
// match: the word before "aman" must be one that says it already is; "I'm safe?" asks.
// Javanese "wis aman, wis nang kbri", Sundanese "tos aman", "udh dibebasin", "she escaped and is now with the police".
const SAFE_NOW = /\b(?:(?:sudah|udah|udh|dah|sdh|uda|wis|wes|tos|atos|alhamdulillah|skrg|sekarang|saiki|ayeuna)\s+(?:(?:di|d|nang|neng|ning|aya di)\s+)?(?:aman|selamat|pulang|bebas|dibebaskan|dibebasin|lolos|berhasil kabur|di ?rumah|sampai rumah|sampe rumah|kbri|kedutaan|kjri|shelter|kantor polisi)|(?:i am|i'm|im|we are|we're|she is|she's|he is|he's|they are|they're)\s+(?:now\s+)?(?:safe|home|back home|at the embassy|with (?:the )?police)\b(?!\s*\?)|(?:now|finally)\s+safe|\b(?:escaped|was rescued|were rescued|got out)\b)\b/i;

// Outside a crisis conversation "udah pulang" or "udah aman kok paspornya" says nothing of a danger
// past; "sy udh aman di mae sot", "berhasil kabur", "I escaped, I'm now safe" do.
const ESCAPED_TO_SAFETY = /\b(?:(?:sudah|udah|udh|dah|sdh|uda|alhamdulillah)\s+(?:di|sampai di|sampe di|sampai|sampe)\s+(?:kbri|kjri|kedutaan|embassy|shelter)\b|(?:sudah|udah|udh|dah|sdh|uda|alhamdulillah|skrg|sekarang)\s+(?:aman|selamat)\b(?!\s*(?:belum|blm|gak|gk|ga|tidak|tdk|nggak|ngga|kah|\?))(?!\s+(?:kok\s+)?(?:paspor|passport|uang|duit|data|akun|hp))|(?:berhasil|bisa|udah|udh|sudah|sdh)\s+(?:kabur|lolos|melarikan diri|keluar dari (?:sana|situ|kompleks|gedung|kantor|perusahaan|markas))\b|(?:i am|i'm|im|we are|we're)\s+(?:now\s+|finally\s+)?safe\b(?!\s*\?)|\b(?:i|we)\s+(?:escaped|got out|was rescued|were rescued)\b)/i;

// "sy udh di bandara soetta", "mau brgkt skrg", "besok terbang", "I'm at the airport": leaving now or
// within a day, when a warning can still stop the trip.
const LEAVING_NOW = /\b(?:(?:di|d|lagi di|lg di|udah di|udh di|sdh di|sudah di|otw|otw ke|menuju)\s+(?:bandara|airport|bandar udara|soetta|soekarno hatta|kualanamu|juanda|ngurah rai|pelabuhan)|(?:mau|akan|bakal|udah mau|udh mau|sdh mau|lagi|lg|jadi|jd)\s+(?:berangkat|brgkt|brangkat|terbang|boarding|naik pesawat)\b(?:\s+\S+){0,5}?\s+(?:skrg|sekarang|hari ini|malam ini|nanti malam|besok|bsk|pagi ini|sore ini)|(?:besok|bsk|hari ini|malam ini|nanti malam|skrg|sekarang)\s+(?:\S+\s+){0,2}?(?:berangkat|brgkt|brangkat|terbang)|(?:i am|i'm|im|we are|we're)\s+(?:at the airport|about to (?:fly|leave|board))|(?:flying|leaving|my flight|i fly|we fly)\b(?:\s+\S+){0,4}?\s+(?:today|tonight|tomorrow|now))\b/i;
// "kmrn di bandara ditunda": a trip that did not happen is no trip to stop.
const PAST = /\b(?:kemarin|kemaren|kmrn|kmarin|tadi|td|minggu lalu|bulan lalu|dulu|yesterday|last (?:week|month|year))\b/i;

// "which number do i message first?", "nomor mana yg hrs sy hubungi", "bisa wa aja gk?".
const CONTACTING = /\b(?:nomor|nomer|nmr|no|number|numbers|kontak|contact|contacts|hubungi|hubunginya|telpon|telepon|tlp|call|wa|whatsapp|message|text|sms)\b/i;

// "anak sy udh mau brgkt minggu dpn", "should she leave?": going, said or asked.
const SPEAKS_OF_GOING = /\b(?:berangkat|brgkt|brangkat|brkt|terbang|pergi|budhal|leave|leaving|fly|flying|go there|going there)\b/i;

// "udh terlanjur bayar DP 3jt kak", "I already paid the deposit": the writer paid, no ad says so.
const ALREADY_PAID = /\b(?:(?:udh|udah|sudah|sdh|dah|terlanjur|telanjur|tlnjur|keburu)\s+(?:terlanjur\s+|telanjur\s+)?(?:bayar|transfer|tf|kirim uang|setor|kasih dp|ngasih dp)|(?:i|we)\s+(?:already\s+|have\s+already\s+|'ve\s+already\s+)?(?:paid|sent the money|transferred))\b/i;

// "nomor kbri malaysia brp?", "embassy number in Taiwan?", "kontak kedutaan di seoul".
const EMBASSY_NUMBER = /\b(?:nomor|nomer|nmr|no|kontak|contact|number|hotline|telp|telpon|telepon|wa|whatsapp)\b.{0,25}?\b(?:kbri|kjri|kdei|kedutaan|kedubes|konsulat|embassy|consulate)\b|\b(?:kbri|kjri|kdei|kedutaan|kedubes|konsulat|embassy|consulate)\b.{0,25}?\b(?:nomor|nomer|nmr|number|kontak|contact|hotline|telp|telpon|telepon|wa|whatsapp)\b/i;

// "sy hrs lapor kemana?", "kemana sy hrs ngadu", "where do I report this?".
const WHERE_TO_REPORT = /\b(?:lapor|melapor|laporin|ngadu|mengadu|report|minta tolong|minta bantuan)\w*\b.{0,30}?\b(?:ke ?mana|kmn|dimana|di mana|where|siapa|who)\b|\b(?:ke ?mana|kmn|where)\b.{0,30}?\b(?:lapor|melapor|ngadu|mengadu|report)/i;

// "sy hrs gmn", "harus ngapain", "what should I do".
const WHAT_TO_DO = /\b(?:hrs|harus|musti|mesti|kudu|kudune|should|must)\s+(?:gmn|gimana|bagaimana|bgmn|ngapain|apa|do)\b|\bwhat (?:do|can|should) i do\b/i;

// "tolong cek loker ini kak", "please check this job": a few words, no number, link or handle.
const CHECK_REQUEST = /^\W*(?:(?:tolong|tlg|mohon|bantu|minta|pls|please|kak|min|kk|bang|can you|could you)\W+){0,3}(?:cek|cekin|cekkan|ceki|periksa|periksain|check)\W+(?:(?:dong|donk|dulu|dlu|kak|min)\W+)?(?:loker|lowongan|lowker|iklan|info loker|tawaran|job|this|ini|the ad)\b[^0-9@/]{0,40}$/i;
const CHECK_REQUEST_MAX_WORDS = 8;

// "sy mau lapor calo …", "gmn cara ngadu agen nakal", "how do I report the recruiter".
const REPORT_RECRUITER = /\b(?:lapor|laporin|melapor|melaporkan|ngadu|ngaduin|mengadu|mengadukan|report|reporting)\W+(?:[a-z]+\W+){0,2}?(?:calo|calonya|agen|agennya|agency|perekrut|perekrutnya|sponsor|sponsornya|lpk|lpknya|recruiter|penipu|penipunya)\b/i;

// "klo korea?", "trus hongkong?", "what about Japan?".
const FOLLOW_UP_OPENER = /^\W*(?:klo|kalo|kalau|kl|trus|terus|trs|lalu|gimana|gmn|how about|what about|and)\b/i;
const FOLLOW_UP_OPENER_MAX_WORDS = 4;

// A question mark or a question word (Indonesian, WhatsApp spellings, English).
const ASKS_SOMETHING = /\?|\b(apa|apakah|bagaimana|gimana|gmn|gmana|bgmn|caranya|cara|kenapa|mengapa|knp|berapa|brp|siapa|dimana|di mana|kemana|mana|bisakah|bolehkah|how|what|where|which|who|why|can i|should i)\b/i;

// The Islamic greeting is answered in kind before anything else, as any polite person would.
const SALAM = /\b(as+alamu'?\s?alaikum|as+alamualaikum|as+alamu'alaikum|asw|aslm|asslm|assalam)\b/i;
// "halo kak", "pagi min", Sundanese "punten" / "sampurasun": a hello back before the pointer.
const HELLO = /^\W*(halo+|hallo+|helo+|hai+|hi+|hello+|hey+|hei+|pagi|siang|sore|malam|selamat (pagi|siang|sore|malam)|met (pagi|siang|sore|malam)|punten|sampurasun|permisi|(?:nyuwun|nuwun) sewu|sugeng (enjing|siang|sonten|dalu)|wilujeng (enjing|siang|sonten|wengi)|good (morning|afternoon|evening))\b/i;
// Thanks in the ways people write it, so the reply can begin with "you're welcome". Javanese
// "nuwun sewu" is "excuse me", an opening, not thanks ("matur nuwun" is thanks).
const THANKS = /\b(makasih|makasi|mksh|terima ?kasih|trims|thanks|thank you|thx|tq|tengkyu|suwun|nuwun(?!\s*sewu)|hatur nuhun|nuhun)\b/i;

const RELATIVES: ReadonlySet<string> = new Set([...RELATIVE_WORDS, ...RELATIVE_WORDS_EN]);
const THIRD_PERSON: ReadonlySet<string> = new Set(['dia', 'dy', 'beliau', 'she', 'he', 'her', 'him']);

// "😭😭😭", "🥺": only sad or frightened faces, no words.
const ONLY_SAD_EMOJI = /^[\s\u{1F62D}\u{1F622}\u{1F97A}\u{1F625}\u{1F630}\u{1F628}\u{1F631}\u{1F61E}\u{1F614}\u{1F494}\u{1F623}\u{1F616}\u{1F629}\u{1F62B}\u{1F613}\u{2639}\u{FE0F}\u{200D}]+$/u;

/** Longer than any of these cues; keeps the work bounded. */
const MAX_CHARS = 1000;
const bounded = (text: string): string => text.slice(0, MAX_CHARS);
export const wordsIn = (text: string): number => bounded(text).trim().split(/\s+/).filter(Boolean).length;

export function saysSafeNow(text: string): boolean {
  return SAFE_NOW.test(bounded(text));
}

/** Tells of having got away from a danger: stricter than saysSafeNow, for chats with no crisis behind them. */
export function saysEscapedToSafety(text: string): boolean {
  return ESCAPED_TO_SAFETY.test(bounded(text));
}

/** Names a relative or friend ("adik sy", "anakku", "my brother") or "dia", "she": the message may be about them. */
export function namesRelative(text: string): boolean {
  return canonicalize(bounded(text)).tokens.some((token) => RELATIVES.has(token) || THIRD_PERSON.has(token) || RELATIVES.has(token.replace(/(?:ku|nya)$/, '')));
}

/** Tells of leaving now or within a day ("sy udh di bandara", "besok terbang", "I'm at the airport"). */
export function saysLeavingNow(text: string): boolean {
  const head = bounded(text);
  return LEAVING_NOW.test(head) && !PAST.test(head);
}

/** Asks about the contacts themselves: which number, whether WhatsApp works. */
export function asksAboutContacting(text: string): boolean {
  const head = bounded(text);
  return CONTACTING.test(head) && ASKS_SOMETHING.test(head);
}

/** Speaks of leaving for the job ("mau brgkt minggu dpn", "she is leaving soon"). */
export function speaksOfGoing(text: string): boolean {
  return SPEAKS_OF_GOING.test(bounded(text));
}

/** Tells that the writer already paid ("udh terlanjur bayar DP 3jt", "I already paid"). */
export function saysAlreadyPaid(text: string): boolean {
  return ALREADY_PAID.test(bounded(text));
}

/** Asks for an embassy's or consulate's number ("nomor kbri malaysia brp?"). */
export function asksForEmbassyNumber(text: string): boolean {
  return wordsIn(text) <= 12 && EMBASSY_NUMBER.test(bounded(text));
}

export function asksWhereToReport(text: string): boolean {
  return WHERE_TO_REPORT.test(bounded(text));
}

export function asksWhatToDo(text: string): boolean {
  return WHAT_TO_DO.test(bounded(text));
}

/** Asks to have an ad checked, without the ad in it. */
export function asksToCheckAnAd(text: string): boolean {
  return wordsIn(text) <= CHECK_REQUEST_MAX_WORDS && CHECK_REQUEST.test(bounded(text));
}

export function wantsToReportRecruiter(text: string): boolean {
  return REPORT_RECRUITER.test(bounded(text));
}

/** Opens like a follow-up to the last answer, in a few words. */
export function opensFollowUp(text: string): boolean {
  return wordsIn(text) <= FOLLOW_UP_OPENER_MAX_WORDS && FOLLOW_UP_OPENER.test(bounded(text));
}

// Words around a place named alone: "klo hongkong?", "kalau di taiwan gmn", "what about japan?".
const PLACE_FILLER = new Set([
  'klo', 'kalo', 'kalau', 'kl', 'trus', 'terus', 'trs', 'lalu', 'gimana', 'gmn', 'gmana', 'bagaimana', 'bgmn', 'di', 'ke', 'negara',
  'ya', 'yah', 'dong', 'kak', 'min', 'sih', 'aja', 'saja', 'juga', 'jg', 'kalau', 'nya', 'how', 'about', 'what', 'and', 'in', 'to', 'the', 'country',
]);
const PLACE_ALONE_MAX_WORDS = 5;

/**
 * The words left when a message is only a place and the words around it ("klo hongkong?" →
 * "hongkong"), or undefined when it says more. Whether those words name a country is the
 * router's call (RouteResult.country).
 */
export function placeNamedAlone(text: string): string | undefined {
  const words = bounded(text).toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > PLACE_ALONE_MAX_WORDS) return undefined;
  const place = words.filter((w) => !PLACE_FILLER.has(w));
  // Place names run to two words ("hong kong", "arab saudi", "korea selatan").
  return place.length >= 1 && place.length <= 2 ? place.join(' ') : undefined;
}

/** Has a question mark or a question word anywhere. */
export function asksSomething(text: string): boolean {
  return ASKS_SOMETHING.test(bounded(text));
}

export function greetsWithSalam(text: string): boolean {
  return SALAM.test(bounded(text));
}

/** Opens with a hello ("halo kak", "punten", "good morning"). */
export function saysHello(text: string): boolean {
  return HELLO.test(bounded(text));
}

export function saysThanks(text: string): boolean {
  return THANKS.test(bounded(text));
}

/** Only sad or frightened faces ("😭😭😭"): someone upset who has not found the words yet. */
export function showsOnlySadness(text: string): boolean {
  return text.length <= 40 && ONLY_SAD_EMOJI.test(text) && text.trim() !== '';
}

// "udh gk kuat", "aku wis ra kuat", "i cant take this anymore", "i give up": too much, said in a few words.
const CANNOT_GO_ON = /\b(?:(?:gk|ga|gak|nggak|ngga|tidak|tdk|ra|ora|teu|tak)\s+(?:kuat|sanggup|tahan)(?:\s+lagi)?|i\s+(?:can'?t|cannot|can not)\s+(?:take|do|handle|bear|stand)\s+(?:it|this)(?:\s+anymore)?|i\s+give\s+up|(?:i'?m|i am)\s+so\s+tired)\b/i;
/** Longer than this, "gk kuat" is part of a story ("gk kuat angkat barang berat") the rest tells. */
const CANNOT_GO_ON_WORDS = 6;

/** "udh gk kuat", "i can't take this anymore" said alone: someone at the end of their strength. */
export function saysCannotGoOn(text: string): boolean {
  return wordsIn(text) <= CANNOT_GO_ON_WORDS && CANNOT_GO_ON.test(bounded(text));
}

// "can you speak english", "english please", "bisa bhs inggris?"; "bisa bhs indo aja?", "pakai bahasa indonesia".
// "bisa bahasa X" asks the bot only at the start of a sentence: "harus bisa bahasa inggris gk" asks about a job.
const SENTENCE_START = String.raw`(?:^|[.!?,]\s*)(?:(?:kak|ka|min|bang|bg|mas|mbak|bot)\s+)?`;
const WANTS_ENGLISH = new RegExp(String.raw`\b(?:(?:can|could|do) you (?:speak|talk|write|answer|reply)(?: in)? english|(?:in |speak |use )?english (?:please|pls|plz)|(?:please|pls|plz) (?:speak |use |in )?english|(?:pakai|pake|ganti|pakek|pk) (?:ke )?(?:bahasa|bhs) (?:inggris|english))\b|${SENTENCE_START}(?:bisa|bs) (?:pakai |pake )?(?:bahasa|bhs) (?:inggris|english)\b`, 'i');
const WANTS_INDONESIAN = new RegExp(String.raw`\b(?:(?:pakai|pake|ganti|pakek|pk|balas|bales|jawab)(?: pakai| pake)? (?:ke )?(?:bahasa|bhs) (?:indonesia|indo)|(?:bahasa|bhs) (?:indonesia|indo) (?:aja|saja|dong|please|pls)|(?:can|could) you (?:speak|answer|reply|write)(?: in)? (?:indonesian|bahasa)|(?:in )?indonesian please)\b|${SENTENCE_START}(?:bisa|bs) (?:pakai |pake )?(?:bahasa|bhs) (?:indonesia|indo)\b`, 'i');
/** Longer than this, a language named is part of a question ("visa kerja bahasa inggrisnya apa?"), not a request. */
const LANGUAGE_REQUEST_WORDS = 8;

/** The language the writer asks the bot to speak ("can you speak english", "bisa bhs indo aja?"), if any. */
export function asksForLanguage(text: string): Lang | undefined {
  if (wordsIn(text) > LANGUAGE_REQUEST_WORDS) return undefined;
  const t = bounded(text);
  if (WANTS_INDONESIAN.test(t)) return 'id';
  if (WANTS_ENGLISH.test(t)) return 'en';
  return undefined;
}
