/**
 * Is someone in danger right now? Looks for distress cues (held, beaten, threatened, sold, forced
 * to scam, no food, passport taken and cannot leave) and then discounts the ones that are not a
 * present danger: questions about "what if", news and study, events that are over, jokes and
 * similes ("kantor kayak penjara wkwk"), negations. Errs towards showing the emergency numbers:
 * a false alarm costs a calm message, a miss can cost much more.
 */
import { MAX_SCARE_QUOTE_WORDS, quoteAround, type Canonical } from './canonical.js';
import { compileAll, findPhrases, hasPhrase, type PhraseHit } from './phrases.js';
import {
  DISTRESS_STRONG, DISTRESS_WEAK, FREE_TO_GO_CUES, HYPOTHETICAL_WORDS, JOKE_CUES, MEDIA_CUES, NEGATION_WORDS, PAST_CUES,
  PRESENT_CUES, RELATIVE_WORDS, RELATIVE_WORDS_EN, RESOLVED_CUES, SIMILE_WORDS, DREAM_WORDS,
} from './lexicon.js';

const compileGroups = (groups: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(groups).map(([group, phrases]) => ({ group, phrases: compileAll(phrases) }));

const STRONG = compileGroups(DISTRESS_STRONG);
const WEAK = compileGroups(DISTRESS_WEAK);
const MEDIA = compileAll(MEDIA_CUES);
const RESOLVED = compileAll(RESOLVED_CUES);
const PAST = compileAll(PAST_CUES);
const PRESENT = compileAll(PRESENT_CUES);
const JOKE = compileAll(JOKE_CUES);
const FREE_TO_GO = compileAll(FREE_TO_GO_CUES);
const REVEALED = compileAll(['itu|sebenarnya|sebenernya|sebetulnya ... saya|kami sendiri', 'actually|really ... me|myself', 'it is|was me']);
const FOR_OTHER = compileAll([
  // "teman saya", also with a word between: "adik ipar saya", "temen kos aku".
  `${RELATIVE_WORDS.join('|')} ... saya|kami|kita`,
  RELATIVE_WORDS.map((w) => `${w}ku`).join('|'),
  // Someone else's relative, for whom the writer speaks: "sy tetangga bu Rina. anaknya di Riyadh …".
  RELATIVE_WORDS.map((w) => `${w}nya`).join('|'),
  `my|our ... ${RELATIVE_WORDS_EN.join('|')}`,
  // A message passed on from a relative: "kabar dari sepupu", "ini pesan dari anak saya".
  `dari ${RELATIVE_WORDS.join('|')}`,
  // Someone the writer is helping: "an Indonesian woman called me", "a Filipino worker".
  'a|an indonesian|filipino|filipina|migrant woman|man|girl|boy|lady|worker|maid|housemaid|helper|guy',
  'indonesian|filipino|filipina|migrant women|men|girls|ladies|workers|maids|helpers',
  // An organisation writing for the workers it helps: "Kami dari organisasi pendamping migran di Poznań".
  'kami dari organisasi|lembaga|yayasan|ngo|serikat|komunitas|paguyuban',
  // An NGO passing on a case: "we've received reports from 7 Indonesian nationals" (not a news report's "citizens").
  'we|i ... received|got|have ... reports|messages|calls|notes from',
  'a|an indonesian|filipino|filipina|migrant domestic|factory|farm|construction worker|workers|helper|helpers',
  // "teman satu gedung", "temen sekamar": someone the writer lives or works with.
  'teman|temen|kawan|rekan satu|se gedung|kamar|asrama|mess|rumah|kerja|kampung|pabrik|kapal|desa|majikan|agen',
  'teman|temen|kawan|rekan sekamar|segedung|seasrama|sekampung|sekerja|sepabrik|sekapal|sedesa',
  // "ada teman di grup FB share …": someone the writer heard from.
  'ada teman|temen|kenalan|saudara',
  // A case passed on by someone else: "meneruskan kasus dari relawan", "forwarding from a volunteer".
  'meneruskan|forwarding|forwarded ... kasus|case|pesan|message|from',
]);
/** A relative's own words passed on: "ini vn dari anak saya", "pesan dari adik", "voice note from my sister". */
const RELAYED = compileAll([
  `vn|voice|rekaman|pesan|chat|sms|wa ... dari ${RELATIVE_WORDS.join('|')}`,
  `message|text|voice ... from my|our ... ${RELATIVE_WORDS_EN.join('|')}`,
]);

export interface DistressResult {
  readonly emergency: boolean;
  readonly forSomeoneElse: boolean;
  /** Groups of the cues that counted (for evaluation and tests, never shown to users). */
  readonly cues: readonly string[];
  /** A cue is said of the writer or a relative ("kami cuma boleh keluar"): a story, not an ad or news. */
  readonly firstHand: boolean;
  /**
   * Not an emergency, but a concrete fact of danger counted ("paspor saya ditahan agen, boleh
   * gak?"): the answer should end with the way to emergency help, in case it is worse than it reads.
   */
  readonly concern: boolean;
  /**
   * Every cue of danger was in a dream told ("td sy mimpi dikurung di gedung"): the learned
   * reading, which knows the words but not the dream, must not overrule the cues.
   */
  readonly dreamt?: true;
  /**
   * The message says the danger is over or long past ("sudah pulang dari kamboja, takut dipenjara
   * karena dulu disuruh nipu"): the learned reading knows the words of a compound but not that the
   * writer is out of it, so it must not overrule the cues.
   */
  readonly over?: true;
}

interface Cue extends PhraseHit {
  readonly group: string;
  readonly strong: boolean;
}

function clauseBefore(tokens: readonly string[], index: number, span: number): string[] {
  const out: string[] = [];
  for (let i = index - 1; i >= 0 && out.length < span; i -= 1) {
    const token = tokens[i] ?? '|';
    if (token === '|') break;
    out.push(token);
  }
  return out;
}

/**
 * A cue right after "tidak"/"jangan"/"not" ("tidak dipukul"), inside a simile ("kayak disiksa"),
 * in scare quotes ("aku 'terjebak' di Dubai gara-gara tiket mahal"), or a lock that keeps someone
 * out or a rain that keeps them in.
 */
/** After "dikunci"/"dikurung": locked out ("dikunciin di luar kos"), or kept in by the weather ("dikurung hujan"). */
const NOT_HELD_AFTER: ReadonlySet<string> = new Set(['diluar', 'hujan', 'banjir', 'macet', 'salju', 'badai', 'cuaca']);

/** For what the money is missing when it is the cost of going, not of getting by abroad. */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['untuk', 'buat', 'for', 'to']);
const COST_OF_GOING: ReadonlySet<string> = new Set([
  'bayar', 'daftar', 'mendaftar', 'biaya', 'modal', 'dp', 'kursus', 'lpk', 'pelatihan', 'berangkat', 'proses', 'urus', 'ngurus', 'bikin',
  'pay', 'apply', 'register', 'fee', 'fees', 'training',
]);
/** "bisa kerja ke …?", "can i still apply": a plan to go, asked about. */
const ABLE_WORDS: ReadonlySet<string> = new Set(['bisa', 'boleh', 'mau', 'ingin', 'pengen', 'can', 'could']);
const GOING_WORDS: ReadonlySet<string> = new Set(['kerja', 'berangkat', 'daftar', 'mendaftar', 'melamar', 'work', 'apply', 'go']);
const LACK_SPAN = 8;

/**
 * "ga punya uang buat bayar LPK", "saya ga punya paspor, bisa kerja ke malaysia?": a would-be
 * migrant at home short of the cost of going, not someone left with nothing abroad ("ga punya uang
 * buat pulang", "tidak punya uang sama sekali" still count).
 */
function lackingWhatGoingCosts(cue: Cue, tokens: readonly string[]): boolean {
  if (cue.group !== 'destitute') return false;
  const end = cue.token + cue.text.split(' ').length;
  const after = tokens.slice(end, end + LACK_SPAN).filter((t) => t !== '|');
  return after.some((w, i) => (PURPOSE_WORDS.has(w) && after.slice(i + 1, i + 3).some((x) => COST_OF_GOING.has(x)))
    || (ABLE_WORDS.has(w) && after.slice(i + 1, i + 3).some((x) => GOING_WORDS.has(x))));
}

const WEATHER_SPAN = 7;
/** What keeps everyone in, not a captor: the weather, or an epidemic ("dikurung di rumah gara-gara covid"). */
const WEATHER: ReadonlySet<string> = new Set([
  'hujan', 'banjir', 'salju', 'badai', 'cuaca', 'topan', 'angin',
  'covid', 'corona', 'pandemi', 'lockdown', 'psbb', 'ppkm', 'karantina', 'quarantine', 'wabah',
]);

function lockedOutOrWeather(cue: Cue, tokens: readonly string[]): boolean {
  if (cue.group !== 'confinement') return false;
  const end = cue.token + cue.text.split(' ').length;
  const next = tokens[end] ?? '';
  if (NOT_HELD_AFTER.has(next) || (next === 'di' && tokens[end + 1] === 'luar')) return true;
  // "dikurung di rumah terus gara-gara hujan badai": the weather (or covid), a few words on.
  for (let k = end; k < end + WEATHER_SPAN && tokens[k] !== '|'; k += 1) if (WEATHER.has(tokens[k] ?? '')) return true;
  return false;
}

/** Things that get "locked" without anyone being held: a reserved slot, a frozen account. */
const LOCKABLE_THINGS: ReadonlySet<string> = new Set([
  'slot', 'slotnya', 'kuota', 'kursi', 'seat', 'harga', 'harganya', 'akun', 'akunnya', 'rekening', 'rekeningnya',
  'kartu', 'atm', 'posisi', 'data', 'sim', 'nomor', 'wa', 'whatsapp', 'aplikasi', 'layar', 'password', 'sandi',
]);

/** "DP 10jt dulu biar slot kamu dikunci", "akun sy dikunci": a thing locked, not a person. */
function thingLocked(cue: Cue, tokens: readonly string[]): boolean {
  if (cue.group !== 'confinement' || !/^(dikunci|terkunci)/.test(cue.text)) return false;
  return clauseBefore(tokens, cue.token, 2).some((w) => LOCKABLE_THINGS.has(w));
}

/** "anak sy maksa pgn brgkt": insisting on wanting something, not forcing anyone. */
const INSIST_WORDS: ReadonlySet<string> = new Set(['maksa', 'memaksa', 'maksain', 'ngotot']);
const WANT_WORDS: ReadonlySet<string> = new Set(['pengen', 'pgn', 'pingin', 'ingin', 'mau', 'minta']);

function insisting(cue: Cue, tokens: readonly string[]): boolean {
  return cue.group === 'forced' && INSIST_WORDS.has(cue.text) && WANT_WORDS.has(tokens[cue.token + 1] ?? '');
}

function discounted(cue: Cue, canonical: Canonical): boolean {
  if (lockedOutOrWeather(cue, canonical.tokens) || lackingWhatGoingCosts(cue, canonical.tokens) || insisting(cue, canonical.tokens)
    || thingLocked(cue, canonical.tokens)) return true;
  const quote = quoteAround(canonical, cue.token);
  // Not a move or a sale in the captors' own word ("besok mereka akan 'dipindahkan'", "aku udah 'dibeli'").
  if (quote !== undefined && quote[1] - quote[0] <= MAX_SCARE_QUOTE_WORDS && !EUPHEMISM_GROUPS.has(cue.group)) return true;
  const before = clauseBefore(canonical.tokens, cue.token, 2);
  if (NEGATION_WORDS.has(before[0] ?? '') && !cue.text.startsWith('tidak') && !cue.text.startsWith('not')) return true;
  // "nanti pas sampai kantor hp dikumpulin": a rule told to a recruit, not a fact of danger. Only
  // for a state of things: "nanti malam mereka mau pindahin kami" is a move about to happen.
  if (!cue.strong && RULE_GROUPS.has(cue.group)
    && clauseBefore(canonical.tokens, cue.token, 6).some((w, i, b) => w === 'nanti' || (ARRIVAL.has(w) && WHEN_WORDS.has(b[i + 1] ?? '')))) return true;
  // "tidak pernah mukul", "belum pernah disekap atau dipukul": never happened (an "or" stays under
  // the "never"; an "and" does not: "tidak pernah libur dan dipukul tiap hari").
  const wider = clauseBefore(canonical.tokens, cue.token, 5);
  const never = wider.findIndex((w, i) => w === 'pernah' && NEGATION_WORDS.has(wider[i + 1] ?? ''));
  if (never === 0 || (never > 0 && wider.slice(0, never).some((w) => OR_WORDS.has(w)))) return true;
  if (dreamt(cue, canonical.tokens)) return true;
  return before.some((w) => SIMILE_WORDS.has(w));
}

/** "mimpi buruk karena dipukul": what caused the dream is real. */
const CAUSE_WORDS: ReadonlySet<string> = new Set(['karena', 'sebab', 'gara', 'gara2', 'garagara', 'because', 'since', 'after', 'setelah', 'sejak']);

/**
 * "td sy mimpi dikurung di gedung dan gk bs pulang": the cue is what the writer dreamt, as is every
 * cue the dream's clause goes on to tell.
 */
function dreamt(cue: Cue, tokens: readonly string[]): boolean {
  const before = clauseBefore(tokens, cue.token, 10);
  const dream = before.findIndex((w) => DREAM_WORDS.has(w));
  return dream >= 0 && !before.slice(0, dream).some((w) => CAUSE_WORDS.has(w));
}

/** Cue groups whose word in quotes is the captors' euphemism, not the writer's irony. */
const EUPHEMISM_GROUPS: ReadonlySet<string> = new Set(['transfer', 'sold']);
/** Weak cue groups a recruiter may describe as the workplace's rules. */
const RULE_GROUPS: ReadonlySet<string> = new Set(['documents', 'isolation', 'guarded', 'wages']);
const ARRIVAL: ReadonlySet<string> = new Set(['sampai', 'sampe', 'tiba', 'nyampe', 'nyampai']);
const WHEN_WORDS: ReadonlySet<string> = new Set(['pas', 'saat', 'begitu', 'setelah', 'kalau', 'nanti']);
const OR_WORDS: ReadonlySet<string> = new Set(['atau', 'ataupun', 'maupun', 'or', 'nor']);
const FIRST_PERSON = new Set(['saya', 'kami', 'i', 'me', 'my', 'we', 'us', 'our']);
/** "dibawa", "dikurung" (not the places "disana", "disini"): the word after it is who did it. */
const DI_PLACES: ReadonlySet<string> = new Set(['disana', 'disini', 'disitu', 'dimana', 'diatas', 'dibawah', 'didalam', 'diluar']);
const isPassiveVerb = (word: string): boolean => word.length > 4 && word.startsWith('di') && !DI_PLACES.has(word);
const GENERIC_SUBJECTS = new Set(['orang', 'people', 'victims', 'korban', 'workers', 'pekerja', 'wni', 'pmi', 'tki', 'someone', 'seseorang']);

/**
 * In a question: "kalau disekap ..." (what if), or "keluarga yang disekap" said of nobody in
 * particular. "adik saya yang disekap" still counts: it names someone. A condition that is
 * negated ("kalau tidak mau, bakal dijual"; "kalau gak capai target dipukul") is a threat being
 * carried out on someone, not a what-if.
 */
function hypothetical(cue: Cue, tokens: readonly string[], personal: boolean, revealed: boolean): boolean {
  // "misal nanti di sana majikan ambil paspor dan aku gak boleh keluar …?": "suppose" reaches the whole clause.
  if (revealed) return false;
  const clause = clauseBefore(tokens, cue.token, 12);
  if (clause.some((w) => SUPPOSE_WORDS.has(w))) return true;
  // "kalau nanti di Saudi paspor saya ditahan … dan saya dikunci": "if, later" reaches the whole clause.
  if (clause.some((w, i) => w === 'nanti' && HYPOTHETICAL_WORDS.has(clause[i + 1] ?? ''))) return true;
  // "kalau nanti saya dikurung atau dipukul": the "or" keeps the second cue under the same "if".
  const wide = clauseBefore(tokens, cue.token, 9);
  const span = wide.slice(0, 4).some((w) => OR_WORDS.has(w)) ? 9 : 5;
  const before = wide.slice(0, span);
  const condition = before.findIndex((w) => HYPOTHETICAL_WORDS.has(w));
  if (condition >= 0) return !before.slice(0, condition).some((w) => NEGATION_WORDS.has(w));
  // "lowongan yang ujung-ujungnya disuruh jadi scammer": a kind of job, not a person.
  return before.includes('yang') && !personal;
}

/** How far back in its clause a cue's subject is looked for ("kami ada 7 orang di Bavet tidak boleh keluar"). */
const SUBJECT_SPAN = 8;
const RELATIVES: ReadonlySet<string> = new Set([...RELATIVE_WORDS, ...RELATIVE_WORDS_EN]);
const RELATIVE_SUFFIXED = new RegExp(`^(?:${RELATIVE_WORDS.join('|')})(?:ku|nya)$`);
const WRITER_NEUTRAL: ReadonlySet<string> = new Set(['plea', 'fear', 'contact', 'hub', 'embassy', 'hurry']);
/** Pronouns that are the subject, not the object ("they beat him … begging us to help"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['saya', 'kami', 'kita', 'i', 'we']);

/** Verbs after which "saya" is the object ("dia nelpon saya sambil nangis"), not who is in danger. */
const CONTACT_VERBS: ReadonlySet<string> = new Set([
  'nelpon', 'telepon', 'menelepon', 'telpon', 'hubungi', 'menghubungi', 'chat', 'sms', 'kabari', 'kabarin', 'bilang', 'cerita',
  'called', 'texted', 'told', 'messaged', 'calls', 'tells',
]);

/** "saya lihat", "i saw": the writer as a witness, not the one in danger. */
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(['lihat', 'liat', 'melihat', 'ngeliat', 'nampak', 'dengar', 'denger', 'mendengar', 'saw', 'see', 'heard', 'watched']);
/** Verbs that make what follows something heard or read about ("sy dengar banyak orang disekap"). */
const REPORTING_VERBS: ReadonlySet<string> = new Set(['dengar', 'denger', 'baca', 'lihat', 'liat', 'nonton', 'heard', 'read', 'saw', 'watched']);

type Subject = 'writer' | 'relative' | 'people' | 'quoted' | 'unknown';

/** Pronouns for someone other than the writer, as a cue's own first word ("dia lagi bahaya"). */
const THIRD_PERSON: ReadonlySet<string> = new Set(['dia', 'mereka', 'she', 'he', 'they']);
/** "dia bilang …": what follows is what he or she told the writer. */
const REPORTING_SPEECH: ReadonlySet<string> = new Set(['bilang', 'blg', 'cerita', 'ngomong', 'ngabarin', 'ngabarin', 'said', 'says', 'told']);
/** One other person, who may be the one in danger ("mereka", "they" are more often the captors). */
const THIRD_SINGULAR: ReadonlySet<string> = new Set(['dia', 'dy', 'beliau', 'she', 'he']);
/**
 * Words that cannot sit inside "<relative> _ saya" as in "teman sekampung saya": joining two
 * subjects ("adik dan saya ditahan": the writer too) or calling on the relative ("mama tolong saya
 * disekap": the writer speaks to her mother).
 */
const NOT_BETWEEN: ReadonlySet<string> = new Set([
  'dan', 'sama', 'serta', 'and', 'with', '&', 'tolong', 'bantu', 'bantuin', 'selamatkan', 'please', 'help', 'minta', 'mohon',
  'jemput', 'cari', 'carikan', 'kata', 'bilang', 'dengar',
]);

/** The employer's side: "anak majikan", "istri bos". */
const EMPLOYER_WORDS: ReadonlySet<string> = new Set(['majikan', 'majikanku', 'bos', 'boss', 'bosku', 'mandor', 'agen', 'sponsor', 'employer', 'tauke', 'towkay']);
/** Words that make a whole clause a supposition, unlike "kalau", which is also "whenever". */
const SUPPOSE_WORDS: ReadonlySet<string> = new Set(['misal', 'misalnya', 'seandainya', 'andai', 'andaikan', 'umpama', 'umpamanya', 'suppose', 'supposing']);
/** After "dijual": goods for sale ("DIJUAL MURAH: hp bekas …"), not a person sold. */
const SALE_WORDS: ReadonlySet<string> = new Set(['murah', 'cepat', 'butuh', 'bu', 'nego', 'harga', 'rp', 'obral', 'santai', 'bekas']);
/** Things people sell ("HP bekas saya mau dijual"), never a person. */
const GOODS: ReadonlySet<string> = new Set([
  'hp', 'handphone', 'laptop', 'motor', 'mobil', 'barang', 'baju', 'tanah', 'sepatu', 'tas', 'emas', 'perhiasan', 'bekas', 'akun', 'tiket', 'kulkas', 'sapi', 'kambing',
]);
/** Before a confinement "ditahan": something held back, not someone ("naik jabatan ditahan HRD"). */
const HELD_BACK_THINGS: ReadonlySet<string> = new Set(['jabatan', 'promosi', 'pangkat', 'kenaikan', 'bonus', 'cuti', 'thr', 'sk', 'nilai', 'rapor']);
/** Words that call on someone for help: the relative before them is spoken to, not spoken of. */
const PLEA_WORDS: ReadonlySet<string> = new Set(['tolong', 'bantu', 'bantuin', 'selamatkan', 'please', 'help', 'mohon']);

/**
 * "saya" at before[i] says whose, not who: "adik saya", also with a word between ("teman
 * sekampung saya", "adik ipar saya"), but not "adik dan saya" or "mama tolong saya". `before` runs back from the cue.
 */
function possessive(before: readonly string[], i: number): boolean {
  const next = before[i + 1] ?? '';
  if (RELATIVES.has(next)) return true;
  return RELATIVES.has(before[i + 2] ?? '') && !NOT_BETWEEN.has(next) && !SUBJECT_PRONOUNS.has(next);
}

/**
 * A message passed on from a relative ("ini vn dr anak sy, sy ketik ulang: … aku gak boleh
 * keluar"): after it, "aku" is the relative speaking.
 */
function relayedBefore(canonical: Canonical, token: number): boolean {
  return findPhrases(canonical, RELAYED).some((hit) => hit.token < token);
}

/**
 * Who a cue is about, walking back through its clause: the writer ("kami tidak boleh keluar",
 * "kami 7 orang WNI di Bavet tidak boleh keluar"), a relative ("adik saya disekap": "saya" only
 * says whose sister), people in general ("sy dengar banyak orang disekap"), or someone quoted
 * ("pesan terakhir 'tolong aku gak bisa pulang'" speaks as "aku" for themself).
 */
function subjectOf(cue: Cue, canonical: Canonical): Subject {
  if (quoteAround(canonical, cue.token) !== undefined) return 'quoted';
  // A cue that names its own subject: "dia lagi bahaya", "saya mau pulang tapi tidak boleh".
  const own = canonical.tokens[cue.token] ?? '';
  // ("mereka lagi cek hp" names the captors: a third person counts only where the cue says who is in danger.)
  if (RELATIVES.has(own) || (cue.group === 'danger' && THIRD_PERSON.has(own))) return 'relative';
  // The writer speaking, or a relative whose own words the writer passes on.
  const speaker = (): Subject => (relayedBefore(canonical, cue.token) ? 'relative' : 'writer');
  if (SUBJECT_PRONOUNS.has(own)) return speaker();
  // A cue that says whose it is: "hp ku cuma dikasih 5 menit", "paspor saya ditahan".
  if (cue.text.split(' ').some((t) => t === 'ku' || t === 'saya' || t === 'kami')) return speaker();
  // An active verb with the writer as its object: "anak majikan mukul aku", "he beats me".
  const object = (at: number): boolean => FIRST_PERSON.has(canonical.tokens[at] ?? '');
  if (!isPassiveVerb(own) && (object(cue.token + 1) || object(cue.token + cue.text.split(' ').length))) return 'writer';
  // One word past the span: whether "saya" at its far end is "ibu saya" (whose) or the subject.
  const before = clauseBefore(canonical.tokens, cue.token, SUBJECT_SPAN + 1);
  let people = false;
  for (let i = 0; i < Math.min(before.length, SUBJECT_SPAN); i += 1) {
    const word = before[i] ?? '';
    // "kakak tolong, dikurung majikan": the writer calls on someone; the one held is not named.
    // "anak majikan mukul aku": the employer's family does it.
    const next = i > 0 ? (before[i - 1] ?? '') : '';
    // "om-om Amerika": older men in general, doubled, not an uncle.
    const doubled = next === word || before[i + 1] === word;
    const notTheVictim = PLEA_WORDS.has(next) || EMPLOYER_WORDS.has(next) || doubled;
    if ((RELATIVES.has(word) && !notTheVictim) || (RELATIVE_SUFFIXED.test(word) && !EMPLOYER_WORDS.has(next))) return 'relative';
    // "dia disekap", "dia gk boleh keluar", "terakhir dia bilang paspornya ditahan": he or she is
    // in it, not the writer (an active verb after "dia" is what he or she does: "dia ngancem").
    const saidByThem = THIRD_SINGULAR.has(word) && REPORTING_SPEECH.has(next);
    if (THIRD_SINGULAR.has(word) && (isPassiveVerb(own) || (i === 0 && NEGATION_WORDS.has(own)) || saidByThem)) return 'relative';
    if (people && REPORTING_VERBS.has(word)) return 'people';
    // "saya lihat mukanya lebam": the writer saw it happen to someone.
    const witnessed = i > 0 && PERCEPTION_VERBS.has(before[i - 1] ?? '');
    if (SUBJECT_PRONOUNS.has(word) && !possessive(before, i) && !CONTACT_VERBS.has(before[i + 1] ?? '') && !witnessed) {
      return speaker();
    }
    if (GENERIC_SUBJECTS.has(word)) people = true;
  }
  return people ? 'people' : 'unknown';
}

/** Weak cue groups that are concrete facts about a situation (a plea, fear, age or being stranded are not). */
const SITUATIONAL: ReadonlySet<string> = new Set([
  'documents', 'contact', 'escape', 'wages', 'armed', 'destitute', 'isolation', 'guarded', 'exploitation', 'injury', 'lost',
  'death', 'covert', 'transfer', 'peril', 'hiding',
]);

const LAWFUL_CUSTODY: ReadonlySet<string> = new Set(['imigrasi', 'detensi', 'rudenim', 'polisi', 'polres', 'polsek', 'polda']);
const LAWFUL_SPAN = 4;
const OVERTIME_SPAN = 8;
/** "dikurung ortu gara-gara nilai jelek": grounded at home by parents (every confinement cue goes). */
const PARENTS: ReadonlySet<string> = new Set(['ortu', 'orangtua', 'mama', 'papa', 'mamah', 'papah', 'parents']);
/** A phone that was stolen or lost explains borrowing one ("hp ku dicuri, pinjem hp majikan"). */
const PHONE_MISHAP: ReadonlySet<string> = new Set(['dicuri', 'hilang', 'rusak', 'jatuh', 'kecopetan', 'dijambret']);
/** Active verbs of locking someone in, said with the writer as subject ("saya kurung", "kami kunci"). */
const CONFINING_VERBS: ReadonlySet<string> = new Set(['kurung', 'kunci', 'kurungin', 'kunciin', 'kurungi', 'sekap']);

/** The writer locks someone in; not "majikan kurung kami kunci pintu", where "kami" is the one locked in. */
function writerConfines(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    const subject = tokens[i - 1];
    const before = tokens[i - 2] ?? '';
    return CONFINING_VERBS.has(t) && (subject === 'saya' || subject === 'kami') && !CONFINING_VERBS.has(before) && !isPassiveVerb(before);
  });
}

/**
 * A message that is only a cry for help: "tolong aku di", "sy di SHV tolong", "help me", or the
 * plea alone ("tolong", "help!", "darurat", "please help me"): a false alarm costs one calm
 * message, and someone who can type only one word may need the numbers most. A request ("tolong
 * saya cek loker ini", "tolong dong") is not.
 */
const BARE_PLEA_WORDS = 5;
const BARE_PLEA = /^(?:(?:tolong|tolongin|help|please) (?:saya|kami|me|us)(?: di(?: [a-z0-9_]+){0,2})?|(?:saya|kami|i am) di(?: [a-z0-9_]+){1,2} (?:tolong|help)|tolong|tolongin|darurat|emergency|(?:please )?help(?: me| us)?(?: please)?)$/;

function findCues(canonical: Canonical): Cue[] {
  const cues: Cue[] = [];
  for (const { group, phrases } of STRONG) {
    for (const hit of findPhrases(canonical, phrases)) cues.push({ ...hit, group, strong: true });
  }
  for (const { group, phrases } of WEAK) {
    for (const hit of findPhrases(canonical, phrases)) cues.push({ ...hit, group, strong: false });
  }
  // "paspor ditahan" is about a document, not a person held: drop the confinement reading. So is
  // "ditahan di rumah detensi imigrasi": lawful detention, for which the help is consular, not a rescue.
  const documents = cues.filter((c) => c.group === 'documents');
  const { tokens } = canonical;
  const after = (c: Cue, words: ReadonlySet<string>): boolean => tokens.slice(c.token + 1, c.token + 1 + LAWFUL_SPAN).some((t) => words.has(t));
  const phoneMishap = tokens.some((t) => PHONE_MISHAP.has(t));
  // "dikurung ortu", or the writer doing the locking ("anak saya sy kurung di kamar krn bolos").
  const parentsHold = cues.some((c) => c.group === 'confinement' && after(c, PARENTS)) || writerConfines(tokens);
  // "gak bisa pulang sampe jam 10 malem": kept late at work, not held.
  const overtime = (c: Cue): boolean => {
    const next = tokens.slice(c.token + 1, c.token + 1 + OVERTIME_SPAN);
    return next.includes('sampai') && next.includes('jam');
  };
  // Not "gak bebas keluar": free to go only when not denied.
  const freeToGo = findPhrases(canonical, FREE_TO_GO).some((h) => !NEGATION_WORDS.has(tokens[h.token - 1] ?? ''));
  const onSale = tokens.includes('cod') || tokens.includes('nego');
  return cues.filter((c) => {
    if (c.group === 'confinement' && freeToGo) return false;
    // A thing a few words before, unless sold "ke" someone ("tiketnya dibayarin, ternyata dijual ke perusahaan scam").
    const sold = c.text === 'dijual' && (onSale || SALE_WORDS.has(tokens[c.token + 1] ?? '')
      || (tokens[c.token + 1] !== 'ke' && tokens.slice(Math.max(0, c.token - 4), c.token).some((t) => GOODS.has(t))));
    if (sold) return false;
    if (c.group === 'confinement' && tokens.slice(Math.max(0, c.token - 3), c.token).some((t) => HELD_BACK_THINGS.has(t))) return false;
    if (c.group === 'confinement' && c.text === 'ditahan') {
      if (documents.some((d) => c.token > d.token && c.token <= d.token + 4) || after(c, LAWFUL_CUSTODY)) return false;
    }
    if (c.group === 'confinement' && (parentsHold || overtime(c))) return false;
    return !(c.group === 'isolation' && phoneMishap && c.text.startsWith('pinj'));
  });
}

/** Words after "dulu" that make it "first … then" ("bayar dulu baru boleh pulang", "… dulu, nanti …"). */
const THEN_WORDS: ReadonlySet<string> = new Set(['baru', 'nanti', 'terus', 'trus', 'lalu', 'habis', 'abis']);
/** Words before "dulu" in its clause that make it "for now, yet" ("jangan lapor polisi dulu", "tunggu dulu"). */
const FOR_NOW_WORDS: ReadonlySet<string> = new Set(['jangan', 'tunggu', 'belum', 'please', 'tolong']);

/**
 * The message tells of something over. "dulu" closing a clause, or followed by "baru"/"nanti"
 * ("first … then"), means "first", not "in the past" ("harus bayar tebusan 80 juta dulu" = must pay
 * a ransom first; "bayar dulu baru boleh pulang" = pay first, then you may go home); after
 * "jangan" or "tunggu" it means "for now" ("jangan lapor polisi dulu" = don't call the police yet).
 * Neither counts; nor does "pernah" after "belum"/"tidak", which means "never (yet)".
 */
function pastTense(canonical: Canonical): boolean {
  const { tokens } = canonical;
  return findPhrases(canonical, PAST).some((hit) => {
    // "belum pernah sandar", "tidak pernah diberi libur": never, up to now.
    if (hit.text === 'pernah') return !NEGATION_WORDS.has(tokens[hit.token - 1] ?? '');
    if (hit.text !== 'dulu') return true;
    const next = tokens[hit.token + 1];
    if (next === undefined || next === '|' || THEN_WORDS.has(next)) return false;
    return !clauseBefore(tokens, hit.token, SUBJECT_SPAN).some((w) => FOR_NOW_WORDS.has(w));
  });
}

/**
 * Said of now. "lagi" closing a clause is "again" or "any more" ("biar gak ada korban lagi"), not
 * "right now" ("lagi disekap").
 */
function presentNow(canonical: Canonical): boolean {
  const { tokens } = canonical;
  return findPhrases(canonical, PRESENT).some((hit) => {
    if (hit.text !== 'lagi') return true;
    const next = tokens[hit.token + 1];
    return next !== undefined && next !== '|';
  });
}

/** Words before "dipulangkan", "bebas"… that say it has not happened ("takut dipulangkan", "belum bebas"). */
const NOT_YET: ReadonlySet<string> = new Set([
  ...NEGATION_WORDS, ...HYPOTHETICAL_WORDS, 'takut', 'mau', 'ingin', 'pengen', 'akan', 'bakal', 'minta', 'biar', 'supaya', 'agar',
  'want', 'will', 'afraid',
  // "diancam dipulangkan tanpa gaji": a threat, not a homecoming.
  'diancam', 'ancam', 'mengancam', 'threatened', 'threaten',
]);

/** Words that put a homecoming ahead ("besok aku dipulangkan paksa"), not behind. */
const FUTURE_WORDS: ReadonlySet<string> = new Set(['besok', 'besoknya', 'lusa', 'nanti', 'tomorrow', 'soon']);
/** Words after "dipulangkan" that make it something done to the writer against their will. */
const AGAINST_WILL: ReadonlySet<string> = new Set(['paksa', 'dipaksa', 'secara', 'forcibly']);

/** The danger is over ("sudah pulang", "dipulangkan"), said as done, not feared or wished for. */
function resolved(canonical: Canonical): boolean {
  const { tokens } = canonical;
  // Not "klo ketauan hamil lgsg dipulangin": a homecoming under an "if" is a threat; nor "besok
  // aku dipulangkan paksa", one still ahead and forced.
  return findPhrases(canonical, RESOLVED).some((hit) => !NOT_YET.has(tokens[hit.token - 1] ?? '')
    && !AGAINST_WILL.has(tokens[hit.token + hit.text.split(' ').length] ?? '')
    && !clauseBefore(tokens, hit.token, 5).some((w) => HYPOTHETICAL_WORDS.has(w) || FUTURE_WORDS.has(w)));
}

/** Verbs that make the relative the one to be told, not the one in trouble ("tolong hubungi keluarga saya"). */
const TELL_VERBS = new Set(['hubungi', 'kabari', 'kabarin', 'telepon', 'telpon', 'beritahu', 'kasih', 'call', 'tell', 'contact', 'inform', 'text']);

/** The message speaks of a relative or friend, other than as someone to contact for the writer. */
function speaksForSomeoneElse(canonical: Canonical): boolean {
  // "terakhir dia bilang kerja di sihanoukville, hp nya gk aktif": passing on what he or she said,
  // in a message where the writer is not in the story ("dia bilang kalau aku ngadu…" is the employer).
  const { tokens } = canonical;
  const writerInStory = tokens.some((t) => FIRST_PERSON.has(t));
  if (!writerInStory && tokens.some((t, i) => THIRD_SINGULAR.has(t) && REPORTING_SPEECH.has(tokens[i + 1] ?? ''))) return true;
  return findPhrases(canonical, FOR_OTHER).some((hit) => {
    const before = canonical.tokens[hit.token - 1] ?? '';
    if (TELL_VERBS.has(before)) return false;
    // "suami majikan suka mencekik saya": the employer's husband, not the writer's.
    if (EMPLOYER_WORDS.has(canonical.tokens[hit.token + 1] ?? '')) return false;
    // "i use my friend phone": whose phone the writer borrows, not who is in trouble ("my sister
    // phone is off" still speaks of the sister).
    const after = canonical.tokens[hit.token + hit.text.split(' ').length] ?? '';
    return !(BORROWING_WORDS.has(before) && PHONE_WORDS.has(after));
  });
}

const PHONE_WORDS: ReadonlySet<string> = new Set(['phone', 'phones', 'hp', 'handphone', 'hpnya']);

const BORROWING_WORDS: ReadonlySet<string> = new Set(['use', 'using', 'borrow', 'borrowed', 'borrowing', 'from', 'with']);

export function detectDistress(canonical: Canonical, questionLike: boolean): DistressResult {
  const { tokens } = canonical;
  const mentionsSomeoneElse = speaksForSomeoneElse(canonical);
  const none = (cues: string[] = [], concern = false): DistressResult => ({
    emergency: false, forSomeoneElse: mentionsSomeoneElse, cues, firstHand: false, concern,
  });
  const words = tokens.filter((t) => t !== '|');
  if (words.length <= BARE_PLEA_WORDS && BARE_PLEA.test(words.join(' '))) {
    return { emergency: true, forSomeoneElse: false, cues: ['plea'], firstHand: true, concern: false };
  }
  // A laugh ("wkwk") makes danger words a joke, unless a plea comes after it ("aku kayaknya dijual
  // deh wkwk tolong"); a laugh at the end closes the joke ("tolong kak hpku dikunci istri wkwk").
  // "sumpah ini bukan prank": a laugh or a prank that is denied is no joke.
  const laughs = findPhrases(canonical, JOKE).filter((h) => !NEGATION_WORDS.has(tokens[h.token - 1] ?? ''));
  const lastLaugh = Math.max(-1, ...laughs.map((h) => h.token));
  const allCues = findCues(canonical);
  const joking = lastLaugh >= 0 && !allCues.some((c) => c.group === 'plea' && c.token > lastLaugh);
  // "sudah keluar dari compound … sekarang ngumpet": out, but hiding from them, not safe.
  const hiding = allCues.some((c) => c.group === 'hiding');
  if (hasPhrase(canonical, MEDIA) || joking) return none();
  if ((resolved(canonical) && !hiding) || (pastTense(canonical) && !presentNow(canonical))) return { ...none(), over: true };

  const cues = allCues.filter((c) => !discounted(c, canonical));
  const dreamOnly = cues.every((c) => WRITER_NEUTRAL.has(c.group)) && allCues.some((c) => dreamt(c, tokens));
  // In a question, "kalau disekap ..." asks about a case, it does not report one.
  const personal = mentionsSomeoneElse || tokens.some((t) => FIRST_PERSON.has(t));
  // "orang indonesia dipaksa kerja judi, bener ada?": a question about people in general. Not
  // "dikurung orang itu", where the people are the ones doing it.
  const generic = questionLike && !personal && tokens.some((t, i) => GENERIC_SUBJECTS.has(t) && !isPassiveVerb(tokens[i - 1] ?? ''));
  if (generic) return none();
  // "sy dgr banyak org indo disekap …, itu tempat apa?" asks about people in general; "Banyak WNI …
  // dipaksa kerja" in a notice that names nobody and asks no help tells about them.
  const plea = cues.some((c) => c.group === 'plea');
  const aboutPeople = (c: Cue): boolean => subjectOf(c, canonical) === 'people' && (questionLike || (!personal && !plea));
  // "Misalnya ada TKW yang … ? …sebenarnya itu saya sendiri": the supposition was the writer.
  const revealed = hasPhrase(canonical, REVEALED);
  const counted = cues.filter((c) => !(questionLike && hypothetical(c, tokens, personal, revealed)) && !aboutPeople(c));
  const strong = counted.filter((c) => c.strong);
  const weakGroups = new Set(counted.filter((c) => !c.strong).map((c) => c.group));
  const groups = [...new Set(counted.map((c) => c.group))];
  // "kami tidak boleh keluar, teman kami disetrum": the writer is in danger too.
  // Pleas, fear, lost contact and the town say nothing of who is in danger ("we cannot contact him", "saya mohon bantuan").
  const subjects = counted.filter((c) => !WRITER_NEUTRAL.has(c.group)).map((c) => subjectOf(c, canonical));
  // A cue said of a relative is about someone else even when the writer never says "my": a
  // neighbour writing for a mother ("anaknya dipukul majikan").
  const forSomeoneElse = (mentionsSomeoneElse || subjects.includes('relative')) && !subjects.includes('writer');
  const firstHand = subjects.includes('writer') || subjects.includes('relative');
  const found = { emergency: true, forSomeoneElse, cues: groups, firstHand, concern: false };
  if (strong.length > 0) return found;
  // Weak cues need company: "paspor ditahan" + "tolong", not "tolong" or a question alone. A
  // question counts when it tells of the writer's or a relative's own situation with two concrete
  // facts ("paspor saya ditahan dan gaji tidak dibayar 5 bulan, harus lapor ke mana?").
  const situational = [...weakGroups].filter((g) => SITUATIONAL.has(g)).length;
  // Asking for the embassy's number in a hurry, or with a fact of danger, gets the numbers first.
  if (weakGroups.has('embassy') && (weakGroups.has('hurry') || situational >= 1)) return found;
  if (!questionLike && situational >= 1 && weakGroups.size >= 2) return found;
  if (questionLike && personal && situational >= 2) return found;
  const nothing = none(groups, situational > 0);
  return dreamOnly ? { ...nothing, dreamt: true } : nothing;
}
