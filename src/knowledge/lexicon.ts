/**
 * Curated word lists for question analysis: how people really type (WhatsApp slang, Javanese
 * and Sundanese function words, English/Indonesian mixes) mapped onto the words editors use.
 * Data only; the rules that apply it live in analyze-question.ts.
 */
import type { Lang } from '../text/translate.js';

/**
 * Multi-word phrases rewritten before tokenising: regular-expression sources matched on whole
 * words of the normalised text (bounded alternations only, no unbounded repetition). Letters,
 * digits, spaces, hyphens and apostrophes only, in patterns and rewrites: phrases are read one
 * clause at a time, between punctuation (analyze-question.ts).
 */
export const PHRASES: Readonly<Record<Lang, ReadonlyArray<readonly [string, string]>>> = {
  id: [
    // An age under 18 next to "umur", "usia" or "baru" ("anak sy baru 17 thn"): under the PMI minimum age.
    ['(?:umur|usia|umurnya|usianya) (?:1[0-7]|[1-9])(?: ?(?:tahun|thn|th|taun))?', '$& di bawah umur'],
    // "baru 17 tahun", not "baru 4 bln" (only four months).
    ['baru (?:1[0-7]|[1-9]) ?(?:tahun|thn|th|taun)', '$& di bawah umur'],
    ['buruh migran', 'pekerja migran'],
    ['tenaga kerja indonesia', 'pekerja migran'],
    ['tenaga kerja wanita', 'pekerja migran'],
    ['nyambut gawe', 'kerja'],
    ['luar negri', 'luar negeri'],
    // One word however it is written, so a heading "Hong Kong" names what "klo hongkong?" asks.
    ['hong kong', 'hongkong'],
    ['work permit', 'izin kerja'],
    ['job order', 'job order'],
    ['safe travel', 'safetravel'],
    ['peduli wni', 'peduliwni'],
    ['lapor diri', 'lapordiri'],
    ['online scam', 'scam online'],
    ['visa kerja', 'visa kerja'],
    ['bebas visa', 'bebas visa'],
    // Ways of saying a relative cannot be reached.
    ['(?:tidak|tdk|gak|ga|nggak|ngga|gk|g) (?:ada )?(?:kabar|kabarnya)', 'hilang kontak'],
    ['(?:tidak|tdk|gak|ga|nggak|ngga|gk|g|susah|sulit|mboten|ora|ra|teu|henteu) (?:bisa |bs |saged |iso |tiasa )?(?:dihubungi|dihubungin|di hubungi|dikontak|ditelepon|ditelpon)', 'hilang kontak'],
    // A visa or stay permit "lewat", "habis", "mati": overstaying ("visa aku udh lewat 4 bulan").
    ['(?:visa|izin tinggal|ijin tinggal|permit) (?:[a-z0-9]+ ){0,4}(?:lewat|habis|abis|mati|expired|kadaluarsa|kedaluwarsa)', '$& overstay'],
    ['depot imigresen|rumah detensi|rudenim', 'detensi imigrasi'],
    ['(?:hilang|putus|lost) (?:kontak|contact|komunikasi)', 'hilang kontak'],
    // "nomor suami sy gk aktif udh 2 minggu", "hp nya mati trs": a line that no longer rings.
    ['(?:nomor|nomornya|nomer|nomernya|hp|hpnya|wa|wanya)(?: [a-z]+){0,2} (?:tidak|tdk|gak|ga|nggak|ngga|gk|g|ora|teu) (?:aktif|aktip|nyambung|bisa dihubungi)', 'hilang kontak'],
    ['(?:nomor|nomornya|nomer|nomernya|hp|hpnya|wa|wanya) (?:mati|off|tidak aktif)(?: terus| trs| trus| mulu)?', 'hilang kontak'],
    // Greetings and small talk carry no topic ("apa kabar" is not about a missing relative).
    ['apa kabar', ''],
    ['apa kabarnya', ''],
    ['selamat pagi', ''],
    ['selamat siang', ''],
    ['selamat sore', ''],
    ['selamat malam', ''],
    ['terima kasih', ''],
    // Questions to the bot itself ("kamu siapa", "bisa apa aja kamu"): their words are all filler.
    ['kawan migran', 'kawanmigran'],
    ['(?:kamu|anda|km|kau|lu|lo|situ|kak) siapa|siapa (?:kamu|anda|km|kau|lu|lo)|(?:kamu|anda|km|kau) (?:bisa|bs) (?:apa|ngapain)|(?:kamu|anda|km|kau) (?:manusia|orang|robot|bot|ai)(?: (?:asli|beneran|bukan))?|(?:yang|yg) (?:bikin|buat|membuat|bikinin) (?:kamu|anda|km|bot ini)', '$& kawanmigran'],
    // Agency names and licences with a "2" in them: digits split words, so "SIP2MI" would be the
    // two common words "sip" and "mi". One token each, told apart from SIP3MI ("sipemi").
    ['sip2mi', 'sipduami'],
    ['bp2mi', 'bpduami'],
    ['kp2mi', 'kpduami'],
    // The government-to-government scheme: "g" alone is slang for "gak".
    ['g to g|g2g|gtog', 'gtog'],
  ],
  en: [
    ['hong kong', 'hongkong'],
    // Questions to the bot itself ("who are you?", "what can you do?"): their words are all filler.
    ['kawan migran', 'kawanmigran'],
    ['who are you|what are you|what can you do|who made you|who runs you|are you (?:a )?(?:real )?(?:person|human|robot|bot|ai)', '$& kawanmigran'],
    // Agency names and licences with a "2" in them: digits split words, so "SIP2MI" would be the
    // two common words "sip" and "mi". One token each, told apart from SIP3MI ("sipemi").
    ['sip2mi', 'sipduami'],
    ['bp2mi', 'bpduami'],
    ['kp2mi', 'kpduami'],
    // The government-to-government scheme: "g" alone is slang for "gak".
    ['g to g|g2g|gtog', 'gtog'],
    // "she is 16", "aged 15", "17 years old": under the minimum age for migrant work.
    ['(?:is|aged|age|only|just) (?:1[0-7]|[1-9])(?: ?(?:years?|yrs?|yo))?(?: old)?|(?:1[0-7]|[1-9]) ?(?:years?|yrs?) old', '$& underage'],
    ['migrant worker', 'migrant worker'],
    // "right" alone is a tag ("is it right?") and weak; whose rights makes it the topic ("what my right?").
    ['(?:my|our|your|his|her|their|worker|workers|employee|employees|labou?r) rights?', '$& workerrights'],
    ['work permit', 'work permit'],
    ['safe travel', 'safetravel'],
    ['peduli wni', 'peduliwni'],
    ['lapor diri', 'lapordiri'],
    ['visa free', 'visafree'],
    ['visa-free', 'visafree'],
    ['(?:stopped|stop|not|isn\'?t|is not|never) (?:answering|replying|responding|picking up)', 'lost contact'],
    ['(?:can\'?t|cannot|can not|could not|couldn\'?t) (?:reach|contact|call)', 'lost contact'],
    ['(?:no news|lost touch|lost contact|no contact|unreachable)', 'lost contact'],
    ['(?:went|gone|has gone|have gone) (?:silent|quiet|offline)', 'lost contact'],
    ['(?:no|zero) (?:reply|replies|answer|response)', 'lost contact'],
    ['phone (?:is )?(?:always |still )?(?:off|dead|switched off|turned off)', 'lost contact'],
    // "now his number not active since 2 weeks": a line that no longer rings is a relative out of reach.
    ['(?:number|phone|whatsapp|wa) (?:is |has been |was )?(?:not active|inactive|no longer active|not reachable|unreachable|disconnected)', 'lost contact'],
    // Contractions split into two words ("won't" -> "won", "t"): "won" would read as Korea's currency.
    ["won'?t|won t", 'will not'],
    ["can'?t|can t", 'can not'],
    ['how are you', ''],
    ['good morning', ''],
    ['good evening', ''],
    ['thank you', ''],
  ],
};

/** Single tokens rewritten to one or more words ('' drops the token). */
export const TOKEN_MAP: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  id: {
    // question words (kept: they carry intent)
    gmn: 'bagaimana', gmana: 'bagaimana', gimana: 'bagaimana', gmna: 'bagaimana', bgmn: 'bagaimana',
    bagaimna: 'bagaimana', gimna: 'bagaimana', piye: 'bagaimana', kepiye: 'bagaimana', kumaha: 'bagaimana',
    opo: 'apa', naon: 'apa', apaan: 'apa', apakah: 'apa', apa2: 'apa',
    brp: 'berapa', brapa: 'berapa', berapakah: 'berapa', pira: 'berapa', piro: 'berapa', sabaraha: 'berapa',
    knp: 'kenapa', napa: 'kenapa', ngapa: 'kenapa', mengapa: 'kenapa', kenapakah: 'kenapa',
    dmn: 'mana', dimana: 'mana', ngendi: 'mana', endi: 'mana', nandi: 'mana', kemana: 'mana',
    kpn: 'kapan', iraha: 'kapan', kapankah: 'kapan',
    gak: 'tidak', ga: 'tidak', gk: 'tidak', ngga: 'tidak', nggak: 'tidak', enggak: 'tidak', engga: 'tidak',
    tdk: 'tidak', tak: 'tidak', ndak: 'tidak', nda: 'tidak', kagak: 'tidak', gag: 'tidak', g: 'tidak',
    ora: 'tidak', teu: 'tidak', henteu: 'tidak', mboten: 'tidak', gaada: 'tidak ada', gada: 'tidak ada',
    bs: 'bisa', bsa: 'bisa', iso: 'bisa', isa: 'bisa', tiasa: 'bisa', bisakah: 'bisa',
    blh: 'boleh', bolehkah: 'boleh', kenging: 'boleh',
    hrs: 'harus', kudu: 'harus', mesti: 'harus', musti: 'harus',
    // function words
    yg: 'yang', yng: 'yang', sing: 'yang',
    kalo: 'kalau', klo: 'kalau', kl: 'kalau', klu: 'kalau', nek: 'kalau', lamun: 'kalau', upami: 'kalau', jika: 'kalau', jikalau: 'kalau', bila: 'kalau', apabila: 'kalau',
    sy: 'saya', aq: 'saya', aku: 'saya', gw: 'saya', gue: 'saya', gua: 'saya', ane: 'saya', abdi: 'saya',
    kulo: 'saya', kula: 'saya', inyong: 'saya', sya: 'saya', ente: 'kamu',
    udh: 'sudah', udah: 'sudah', sdh: 'sudah', dah: 'sudah', wis: 'sudah', wes: 'sudah', tos: 'sudah', atos: 'sudah',
    blm: 'belum', blum: 'belum', durung: 'belum', acan: 'belum',
    // Time words written short: "udh 6 bln", "2 thn" (bulan, tahun, minggu, hari are weak words).
    bln: 'bulan', thn: 'tahun', th: 'tahun', mgg: 'minggu', mggu: 'minggu', dpn: 'depan',
    // Vowels dropped as in a quick chat: "ank sy d tawarin krj d thailan jd admn gji 20jt lwt tiktk".
    brgkt: 'berangkat', brangkat: 'berangkat', brkt: 'berangkat', krj: 'kerja', gji: 'gaji', admn: 'admin', lwt: 'lewat',
    thailan: 'thailand', tiktk: 'tiktok',
    dgn: 'dengan', dg: 'dengan', karo: 'dengan', kalih: 'dengan', sareng: 'dengan',
    utk: 'untuk', untk: 'untuk', buat: 'untuk',
    krn: 'karena', karna: 'karena', soalnya: 'karena',
    tp: 'tapi', tpi: 'tapi', tetapi: 'tapi',
    jd: 'jadi', jdi: 'jadi',
    dr: 'dari', dri: 'dari', d: 'di', nang: 'di', neng: 'di', ning: 'di',
    sm: 'sama', ama: 'sama',
    lg: 'lagi', trs: 'terus', trus: 'terus', jg: 'juga', tu: 'itu', sampe: 'sampai', smpe: 'sampai', sblm: 'sebelum',
    kaya: 'seperti', kayak: 'seperti', kek: 'seperti', biar: 'agar', skrg: 'sekarang', skrang: 'sekarang', emg: 'memang', emang: 'memang',
    mo: 'mau', pengen: 'mau', pgn: 'mau', pingin: 'mau', pengin: 'mau', ingin: 'mau', arep: 'mau', bade: 'mau', hendak: 'mau',
    tlg: 'tolong', tulung: 'tolong',
    // Javanese, Sundanese, Betawi and Malay words that carry the question.
    mbakyu: 'kakak', teng: 'di', saged: 'bisa', meh: 'hampir', sewulan: 'sebulan', wulan: 'bulan', ra: 'tidak', njawab: 'jawab',
    sampun: 'sudah', dereng: 'belum', kedah: 'harus', aya: 'ada', lembur: 'kampung', nu: 'yang', artos: 'uang',
    dilaporkeun: 'dilaporkan', laporkeun: 'laporkan', adi: 'adik', kamana: 'mana', ditawarin: 'ditawari', gede: 'besar',
    imigresen: 'imigrasi', nyimpen: 'simpan', disimpen: 'disimpan',
    bgt: 'banget', byk: 'banyak', org: 'orang', tmn: 'teman', temen: 'teman', konco: 'teman',
    // people
    ortu: 'orang tua', sodara: 'saudara', sdr: 'saudara', adek: 'adik', ade: 'adik', ank: 'anak',
    bini: 'istri', laki: 'suami', ponakan: 'keponakan', mamah: 'ibu', mama: 'ibu', emak: 'ibu', mak: 'ibu', bapak: 'ayah', bpk: 'ayah',
    // domain words
    loker: 'lowongan kerja', lowker: 'lowongan kerja', lowongan: 'lowongan',
    jt: 'juta', jeti: 'juta', jtan: 'juta', rb: 'ribu', ribuan: 'ribu',
    pt: 'perusahaan', prusahaan: 'perusahaan', company: 'perusahaan',
    tki: 'pekerja migran', tkw: 'pekerja migran', tkwi: 'pekerja migran', pmi: 'pekerja migran', cpmi: 'pekerja migran', ptki: 'pekerja migran', cpmi2: 'pekerja migran',
    kbri: 'kedutaan', kjri: 'kedutaan', kedubes: 'kedutaan', embassy: 'kedutaan', kedutaan: 'kedutaan',
    ln: 'luar negeri', luarnegeri: 'luar negeri', abroad: 'luar negeri',
    ijin: 'izin', permit: 'izin',
    pasport: 'paspor', pasprt: 'paspor', pspor: 'paspor', passport: 'paspor', pasport2: 'paspor', pasp: 'paspor',
    duit: 'uang', doku: 'uang', duwit: 'uang', money: 'uang',
    gawe: 'kerja', kerjo: 'kerja', damel: 'kerja', gawean: 'kerja', kerjaan: 'kerja', job: 'kerja', work: 'kerja', gaw: 'kerja',
    gajih: 'gaji', salary: 'gaji', gajinya: 'gaji',
    // Sundanese "-na" and Javanese "-e" for "-nya" ("biayana sabaraha?", "regane piro?"), and everyday words.
    biayana: 'biaya', biayane: 'biaya', gajina: 'gaji', gajine: 'gaji', ongkosna: 'ongkos', ongkose: 'ongkos', regane: 'harga',
    bayare: 'bayar', visana: 'visa', visane: 'visa', pasporna: 'paspor', paspore: 'paspor', agenna: 'agen', agene: 'agen',
    hoyong: 'mau', nyieun: 'buat', gaduh: 'punya', kantos: 'pernah',
    // "udh tf 10jt kemarin": a transfer made.
    tf: 'transfer', trf: 'transfer', tranfer: 'transfer', transper: 'transfer',
    agency: 'agen', agent: 'agen', agensi: 'agen',
    ilegal: 'ilegal', illegal: 'ilegal', nonprosedural: 'ilegal', unprosedural: 'ilegal', gelap: 'ilegal',
    pake: 'pakai', bikin: 'buat', ngurus: 'urus', ngurusin: 'urus', ngecek: 'cek', ngecheck: 'cek', check: 'cek', periksa: 'cek', mengecek: 'cek', dicek: 'cek',
    // Sundanese "tiasa dipariksa kamana?" (where can it be checked?).
    pariksa: 'cek', dipariksa: 'cek', mariksa: 'cek',
    cambodia: 'kamboja', cambodja: 'kamboja', kamboja: 'kamboja', myanmar: 'myanmar', burma: 'myanmar', thailand: 'thailand', thai: 'thailand',
    philippines: 'filipina', pilipina: 'filipina', philipina: 'filipina', laos: 'laos', malaysia: 'malaysia', malay: 'malaysia',
    japan: 'jepang', japang: 'jepang', korea: 'korea', korsel: 'korea',
    bener: 'benar', tau: 'tahu', ngerti: 'tahu', paham: 'tahu', bilang: 'kata', ngomong: 'kata', katanya: 'kata',
    hp: 'telepon', wa: 'whatsapp', wasap: 'whatsapp', ig: 'instagram', fb: 'facebook', tele: 'telegram', tiktok: 'tiktok',
    scammer: 'scam', skam: 'scam', penipu: 'tipu', nipu: 'tipu', ketipu: 'tipu', kena: 'kena',
    hilang: 'hilang', ilang: 'hilang', raib: 'hilang',
    hutang: 'utang', ngutang: 'utang',
    deport: 'deportasi', dideportasi: 'deportasi', deportation: 'deportasi',
    overstay: 'overstay', overstey: 'overstay',
    bpjs: 'bpjs', jamsos: 'jaminan sosial',
    tiket: 'tiket', ticket: 'tiket',
    turis: 'turis', tourist: 'turis', wisata: 'turis', pelancong: 'turis', kunjungan: 'turis',
  },
  en: {
    whats: 'what', hows: 'how', wat: 'what', wht: 'what', hw: 'how', pls: 'please', plz: 'please',
    u: 'you', ur: 'your', r: 'are', cant: 'can not', cannot: 'can not', dont: 'do not', doesnt: 'does not',
    im: 'i', ive: 'i', wanna: 'want', gonna: 'will',
    kamboja: 'cambodia', cambodja: 'cambodia', filipina: 'philippines', philipines: 'philippines', jepang: 'japan', korsel: 'korea',
    // Indonesian kin words and terms inside English questions ("my kakak is TKW in Taiwan").
    kakak: 'sister', adik: 'brother', suami: 'husband', istri: 'wife', ibu: 'mother', bapak: 'father', ayah: 'father',
    anak: 'child', mandiri: 'independent', wa: 'whatsapp',
    passport: 'passport', pasport: 'passport', paspor: 'passport', pasport2: 'passport',
    kbri: 'embassy', kjri: 'embassy', consulate: 'embassy',
    tki: 'migrant worker', tkw: 'migrant worker', pmi: 'migrant worker', cpmi: 'migrant worker',
    agency: 'agent', recruiter: 'recruiter', recruiters: 'recruiter',
    loker: 'job vacancy', gaji: 'salary', wage: 'salary', wages: 'salary', pay: 'pay', paid: 'pay',
    fee: 'fee', fees: 'fee', charge: 'fee', charges: 'fee', charged: 'fee',
    deported: 'deportation', deport: 'deportation', medical: 'health', skck: 'police certificate',
    jt: 'million', mil: 'million', k: 'thousand',
    scammer: 'scam', scammers: 'scam', scammed: 'scam',
    trafficked: 'trafficking', traffickers: 'trafficking', trafficker: 'trafficking',
    tourist: 'tourist', touristic: 'tourist',
    illegal: 'illegal', illegally: 'illegal', undocumented: 'illegal',
  },
};

/** Words that say nothing about the topic: dropped from the query and the index. */
export const STOPWORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  id: new Set(
    ('yang di ke dari dan atau itu ini saya kamu anda dong deh sih nih kok ya yah ye yaa dengan untuk pada juga akan sama ' +
      'aja saja banget lagi kak kakak min gan bang mas mbak pak bu om tante sis bro sist halo hai hi permisi mohon maaf ' +
      'terima kasih makasih trims thx tuh kah lah pun para se nah oh eh wah adalah ialah yaitu ketika saat sedang lagi ' +
      'tersebut oleh bahwa agar supaya sangat lebih paling sudah belum masih baru mau punya ada jadi terus sekarang nanti ' +
      'memang kalau tapi karena seperti kami kita mereka dia beliau nya ku mu gitu gini begitu begini aja doang kan').split(' '),
  ),
  en: new Set(
    ('the a an is are am was were be been being i my me mine you your we our they their he she his her it its this that ' +
      'these those to of in on at for from by with and or but so as if then than too very just also about into over ' +
      'do does did done have has had having will would shall could there here please hi hello hey thanks thank really ' +
      'some any get got go going want need like much many more most only own same such own up out off any us them him ' +
      'let lets anymore still now today again ever even yet ' +
      // What is left of a contraction once the apostrophe splits it ("I've", "isn't", "they're").
      've ll re d m s t isn aren wasn weren don doesn didn haven hasn hadn won wouldn can couldn shouldn ' +
      'im ive dont doesnt didnt isnt cant wont').split(' '),
  ),
};

/** Destinations with no article of their own (weak words: where the story happens, not what is asked). */
const DESTINATIONS: Readonly<Record<Lang, string>> = {
  id: 'taiwan malaysia saudi arab hongkong singapura brunei dubai qatar kuwait oman yordania turki eropa polandia',
  en: 'taiwan malaysia saudi arabia hongkong singapore brunei dubai qatar kuwait oman jordan turkey europe poland',
};

/**
 * Words that together say a question is about working abroad, though each alone is too common to
 * be a topic: work ("kerja", "loker"), and abroad ("luar negeri", "overseas" or a destination).
 * "kerja di malaysia aman gk?" names nothing an article is about, yet is the bot's whole subject.
 */
export const WORK_ABROAD_WORDS: Readonly<Record<Lang, { readonly work: ReadonlySet<string>; readonly abroad: ReadonlySet<string> }>> = {
  id: {
    work: new Set('kerja loker lowong tki tkw pmi'.split(' ')),
    abroad: new Set(`luar ln ${DESTINATIONS.id}`.split(' ')),
  },
  en: {
    work: new Set('work job jobs working worker workers employment'.split(' ')),
    abroad: new Set(`abroad overseas foreign ${DESTINATIONS.en}`.split(' ')),
  },
};

/**
 * Question and generic words: kept in the query (they carry intent and help rank articles
 * whose questions are phrased the same way) but not counted when measuring how much of a
 * question the best article covers.
 */
export const WEAK_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  id: new Set(
    ('apa bisa berapa bagaimana tidak kenapa mana kapan siapa boleh harus cara caranya mau perlu benar betul ' +
      'aman info informasi tanya tolong bantu minta orang kerja luar negeri indonesia wni anak adik kakak ibu ayah ' +
      'suami istri saudara keluarga teman orang tua ponakan keponakan sepupu pacar tahun bulan hari juta ribu dong ' +
      'kalau gimana wajar normal tahu kata asli beneran sebenarnya sebenernya biasa banyak semua ' +
      // Chat filler and time words: context, not topic ("makin lama makin gede", "kemarin", "sebelum").
      'makin semakin cuma hanya kena dikasih diberi sebelum setelah lalu kemarin besok tadi minggu jam sampai ' +
      // "There", "here": where the story happens ("udh brgkt kesana"), never what is asked.
      'sana sini situ ' +
      // Destinations with no article of their own: where the story happens, not what is asked.
      DESTINATIONS.id).split(' '),
  ),
  en: new Set(
    ('what how can why where when who which whom whose should not no is are do does safe ok okay true real right ' +
      'help please ask question work job abroad overseas indonesia indonesian my son daughter brother sister mother ' +
      'father wife husband friend family cousin year month day million thousand people person someone normal ' +
      // Destinations with no article of their own, as in Indonesian above.
      DESTINATIONS.en).split(' '),
  ),
};

/**
 * Words that mark a question as plainly off-topic (weather, recipes, sport, prices, homework,
 * jokes). They count against coverage, so "harga bitcoin hari ini" is declined even though
 * "crypto" appears in a scam article.
 */
export const OFF_TOPIC: Readonly<Record<Lang, ReadonlySet<string>>> = {
  id: new Set(
    ('cuaca hujan panas resep masak masakan goreng rendang sambal kue nasi bola sepakbola skor klasemen liga timnas ' +
      'pertandingan bitcoin btc ethereum saham kurs lirik lagu film drakor anime game pr matematika ' +
      'rumus lucu lelucon jokes pantun puisi zodiak ramalan pacaran mantan diet olahraga pulsa cpns pppk honeymoon').split(' '),
  ),
  en: new Set(
    ('weather rain forecast recipe cook cooking bake fried football soccer score league match bitcoin btc ethereum ' +
      'stock stocks lyrics song movie film anime game homework math equation joke jokes poem ' +
      // Civil-service jobs at home and honeymoons abroad are not the bot's subject either.
      'horoscope zodiac dating girlfriend boyfriend diet workout honeymoon').split(' '),
  ),
};

/**
 * Words that make a question one about a job (after slang mapping, in either language): with one
 * of them, an OFF_TOPIC word such as "game" or "bola" names the work, as in "admin game".
 */
export const JOB_WORDS: ReadonlySet<string> = new Set([
  'kerja', 'loker', 'lowongan', 'gaji', 'admin', 'operator', 'cs', 'marketing', 'agen', 'perekrut', 'rekrut', 'direkrut',
  'ditawari', 'ditawarin', 'tawaran', 'job', 'jobs', 'work', 'working', 'salary', 'hiring', 'recruiter', 'recruited', 'offered', 'offer',
]);

/** Words that are never stemmed, or stemmed to a fixed root (common mis-stems). */
export const STEM_EXCEPTIONS: Readonly<Record<string, string>> = {
  keberangkatan: 'berangkat', berangkat: 'berangkat', diberangkatkan: 'berangkat', memberangkatkan: 'berangkat', pemberangkatan: 'berangkat',
  kerjaan: 'kerja', pekerjaan: 'kerja', bekerja: 'kerja', pekerja: 'pekerja', dipekerjakan: 'kerja', mempekerjakan: 'kerja',
  perusahaan: 'perusahaan', tiket: 'tiket', paket: 'paket', dinas: 'dinas', disnaker: 'disnaker', diri: 'diri', dia: 'dia',
  kedutaan: 'kedutaan', keluarga: 'keluarga', kelamin: 'kelamin', kemlu: 'kemlu', kemnaker: 'kemnaker', kemenaker: 'kemnaker',
  pelanggaran: 'langgar', perdagangan: 'dagang', penipuan: 'tipu', menipu: 'tipu', ditipu: 'tipu', tertipu: 'tipu', penipu: 'tipu',
  tipuan: 'tipu', perekrut: 'rekrut', merekrut: 'rekrut', direkrut: 'rekrut', perekrutan: 'rekrut', rekrutmen: 'rekrut',
  penempatan: 'tempat', ditempatkan: 'tempat', menempatkan: 'tempat', tempat: 'tempat',
  perjanjian: 'janji', dijanjikan: 'janji', menjanjikan: 'janji', janji: 'janji',
  pemberi: 'beri', berikan: 'beri', memberikan: 'beri', diberikan: 'beri',
  imigrasi: 'imigrasi', keimigrasian: 'imigrasi', migrasi: 'migrasi', migran: 'migran', visa: 'visa',
  pengalaman: 'alam', berpengalaman: 'alam', peran: 'peran', perlu: 'perlu', pergi: 'pergi', permisi: 'permisi',
  perempuan: 'perempuan', pertama: 'pertama', persen: 'persen', periksa: 'cek', pemeriksaan: 'cek', diperiksa: 'cek', memeriksa: 'cek',
  terbang: 'terbang', penerbangan: 'terbang', ternyata: 'nyata', tertentu: 'tentu', terakhir: 'akhir', terlalu: 'terlalu',
  bayaran: 'bayar', pembayaran: 'bayar', dibayar: 'bayar', membayar: 'bayar', bayar: 'bayar', dibayarkan: 'bayar',
  penahanan: 'tahan', ditahan: 'tahan', menahan: 'tahan', tahan: 'tahan', tertahan: 'tahan',
  pemalsuan: 'palsu', dipalsukan: 'palsu', memalsukan: 'palsu',
  pengaduan: 'adu', mengadu: 'adu', diadukan: 'adu', aduan: 'adu',
  pelaporan: 'lapor', melapor: 'lapor', melaporkan: 'lapor', dilaporkan: 'lapor', laporan: 'lapor', lapor: 'lapor', lapordiri: 'lapordiri',
  pemulangan: 'pulang', dipulangkan: 'pulang', memulangkan: 'pulang', kepulangan: 'pulang', pulang: 'pulang',
  kesehatan: 'sehat', keselamatan: 'selamat', keamanan: 'aman', kenyamanan: 'nyaman',
  pengantin: 'pengantin', pesawat: 'pesawat', pesan: 'pesan', pesantren: 'pesantren', perawat: 'rawat', merawat: 'rawat', perawatan: 'rawat',
  petugas: 'tugas', pemerintah: 'perintah', pemerintahan: 'perintah', penjara: 'penjara', pelaut: 'laut', pelayaran: 'layar',
  mandiri: 'mandiri', magang: 'magang', pemagangan: 'magang', pelatihan: 'latih', dilatih: 'latih',
  tanda: 'tanda', tangan: 'tangan', ditandatangani: 'tandatangan', menandatangani: 'tandatangan', tandatangan: 'tandatangan',
  syarat: 'syarat', persyaratan: 'syarat', disyaratkan: 'syarat', bersyarat: 'syarat',
  dokumen: 'dokumen', dokumentasi: 'dokumen', berdokumen: 'dokumen',
  sekap: 'sekap', disekap: 'sekap', penyekapan: 'sekap',
  kabur: 'kabur', melarikan: 'lari', pelarian: 'lari',
  hilang: 'hilang', kehilangan: 'hilang', menghilang: 'hilang',
  perbatasan: 'batas', pembatasan: 'batas',
  // Words that merely end like a suffix or particle.
  masalah: 'masalah', sekolah: 'sekolah', jumlah: 'jumlah', salah: 'salah', langkah: 'langkah', setelah: 'setelah',
  telah: 'telah', taiwan: 'taiwan', jerman: 'jerman', korban: 'korban', bulan: 'bulan', jalan: 'jalan', teman: 'teman',
  perjalanan: 'jalan', aman: 'aman', layanan: 'layan', pelayanan: 'layan', selamat: 'selamat',
  bantuan: 'bantu', membantu: 'bantu', dibantu: 'bantu', pertolongan: 'tolong', menolong: 'tolong', ditolong: 'tolong',
};
