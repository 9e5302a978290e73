/**
 * Word lists for the router, as data. Phrases use the syntax in phrases.ts and are matched on
 * the canonical text (slang already mapped: "gak" is "tidak", "sy" is "saya", "kalo" is "kalau").
 * Add a phrase here together with a fixture line that needs it and one that must not match.
 */

/** Chat spellings mapped to one form. Values may be several words. */
export const SLANG: Readonly<Record<string, string>> = {
  gak: 'tidak', ga: 'tidak', gk: 'tidak', g: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak',
  engga: 'tidak', tdk: 'tidak', tak: 'tidak', kagak: 'tidak', gx: 'tidak', ndak: 'tidak', nda: 'tidak',
  gatau: 'tidak tahu', gatahu: 'tidak tahu', gktau: 'tidak tahu', blh: 'boleh', bole: 'boleh', plg: 'pulang', bs: 'bisa', bsa: 'bisa',
  sy: 'saya', sya: 'saya', aq: 'saya', ak: 'saya', aku: 'saya', gw: 'saya', gue: 'saya', gua: 'saya', ane: 'saya',
  d: 'di', dlm: 'dalam', tlg: 'tolong', tlong: 'tolong', tulung: 'tolong', tolongin: 'tolong',
  udh: 'sudah', udah: 'sudah', sdh: 'sudah', dah: 'sudah', uda: 'sudah',
  skrg: 'sekarang', skrng: 'sekarang', skg: 'sekarang', skr: 'sekarang',
  dr: 'dari', dri: 'dari', td: 'tadi', semalem: 'semalam', yg: 'yang', tp: 'tapi', tpi: 'tapi',
  klo: 'kalau', kalo: 'kalau', kl: 'kalau', klu: 'kalau',
  gmn: 'bagaimana', gmna: 'bagaimana', gimana: 'bagaimana', gmana: 'bagaimana',
  brp: 'berapa', knp: 'kenapa', knapa: 'kenapa', dmn: 'dimana', kmn: 'kemana',
  org: 'orang', bgt: 'banget', lg: 'lagi', dgn: 'dengan', kmrn: 'kemarin', bnr: 'bener',
  jg: 'juga', mksh: 'makasih', makasi: 'makasih', krn: 'karena', utk: 'untuk', buat: 'untuk',
  blm: 'belum', hrs: 'harus', tau: 'tahu', thn: 'tahun', bln: 'bulan', pls: 'please', plz: 'please',
  hub: 'hubungi', dgr: 'dengar', lowker: 'loker', infokan: 'info', sm: 'sama', sma: 'sma',
  adek: 'adik', kaka: 'kakak', ortu: 'orangtua', bokap: 'ayah', nyokap: 'ibu', bini: 'istri', ponakan: 'keponakan',
  // Sundanese and Javanese words many migrants write in ("abdi teu kenging kaluar" = "saya tidak boleh keluar").
  abdi: 'saya', teu: 'tidak', henteu: 'tidak', kenging: 'boleh', kaluar: 'keluar', sieun: 'takut', dicandak: 'diambil',
  ora: 'tidak', entuk: 'boleh', metu: 'keluar', mulih: 'pulang', wedi: 'takut', dijupuk: 'diambil', digebugi: 'dipukuli',
  diwenehi: 'diberi', mangan: 'makan', turu: 'tidur', bendara: 'majikan', bendarane: 'majikan', dicekel: 'dipegang',
  dipasihan: 'diberi', tuang: 'makan', ayeuna: 'sekarang', nuju: 'sedang', gering: 'sakit', ka: 'ke', lanceuk: 'kakak',
  dibere: 'diberi', dahar: 'makan', ceurik: 'menangis', tatangga: 'tetangga', pisan: 'banget', majikanna: 'majikannya',
  dikasi: 'dikasih', kasi: 'kasih',
  // Krama and ngoko Javanese ("kulo ibu e Dimas … dioper teng Kamboja, dikon nipu wong").
  kulo: 'saya', kula: 'saya', teng: 'di', dikon: 'disuruh', jarene: 'katanya', jare: 'katanya',
  neng: 'di', omah: 'rumah', arep: 'mau', digebuki: 'dipukuli', adhiku: 'adikku', adhik: 'adik', adhine: 'adiknya',
  // Madurese ("Ebu' kaula … ta' olle kalowar": my mother … may not go out; "ale' kaula": my younger
  // sibling). Not "ana'" (child): "ana" is also the Arabic "I" many workers in the Gulf write.
  kaula: 'saya', ebu: 'ibu', ale: 'adik', alako: 'kerja', ta: 'tidak', olle: 'boleh', kalowar: 'keluar', kaloar: 'keluar',
  ngakan: 'makan', dhibi: 'dia', satiya: 'sekarang', kakanan: 'makanan', majar: 'bayar', pokol: 'pukul',
  sengko: 'saya', ngonci: 'mengunci', oreng: 'orang', terro: 'mau', mole: 'pulang', dalem: 'dalam', ebaghi: 'diberi',
  // Sundanese ("teu dipasihan ka dokter", "dicepeng ku agency", "tos teu kiat").
  muriang: 'demam', getih: 'darah', dicepeng: 'dipegang', tos: 'sudah', kiat: 'kuat', sareng: 'dan', cenah: 'katanya', kedah: 'harus',
  // Betawi ("aye tetangganye Mpok In, anaknye …") and Malay ("jiran saya", "bilik stor", "dah dua hari").
  aye: 'saya', anaknye: 'anaknya', katenye: 'katanya', dateng: 'datang', rumeh: 'rumah', paspornye: 'paspornya',
  jiran: 'tetangga', bilik: 'kamar', dipulangin: 'dipulangkan',
  gelem: 'mau', wingi: 'kemarin',
  // Javanese "aku wedi nek diapusi, piye?" (I am afraid of being cheated, what do I do?), "anakku wis
  // didol ning perusahaan liya, bengi iki arep dipindah" (my child was sold to another company, tonight moved).
  nek: 'kalau', diapusi: 'ditipu', ngapusi: 'menipu', kerjo: 'kerja', nang: 'di', ning: 'di', piye: 'bagaimana', kudu: 'harus',
  didol: 'dijual', liya: 'lain', liyane: 'lainnya', bengi: 'malam', iki: 'ini', kuwi: 'itu',
  // "aku krungu kabar wong-wong didol nang Kamboja, aku wedi yen anakku arep budhal": heard of people, a worry.
  krungu: 'dengar', wong: 'orang', yen: 'kalau', budhal: 'berangkat', kono: 'sana', taun: 'tahun', ngarep: 'depan',
  // "wes ra kuat urip" (I can't go on living), "pgn mati".
  urip: 'hidup', ra: 'tidak', pgn: 'pengen', pngn: 'pengen', pgen: 'pengen',
  // Javanese and Betawi ("ojo telpon, chat wae, wis ora kuat"; "kaga boleh megang hp"), chat ("gada paspor").
  ojo: 'jangan', wae: 'saja', wis: 'sudah', uwis: 'sudah', kaga: 'tidak', megang: 'pegang', minjem: 'pinjam',
  simpen: 'simpan', disimpen: 'disimpan', gada: 'tidak ada', gaada: 'tidak ada', dikonci: 'dikunci', majikanana: 'majikannya',
  nyekek: 'mencekik', nyekik: 'mencekik', ngegetok: 'memukul', getok: 'pukul', digetok: 'dipukul', shachou: 'bos', shacho: 'bos',
  nebus: 'tebus', menebus: 'tebus', dibolehin: 'dibolehkan', ngizinin: 'mengizinkan', ngijinin: 'mengizinkan',
  // Chat shorthand with the vowels dropped ("sya di trkunci d rmh majikn ga d ksh mkn").
  trkunci: 'terkunci', rmh: 'rumah', majikn: 'majikan', ksh: 'kasih', mkn: 'makan', hri: 'hari', kluar: 'keluar',
  kmpleks: 'kompleks', strum: 'setrum', distrum: 'disetrum', kawan: 'teman', kat: 'di',
  // Minang and Betawi ("adiak ambo indak bisa pulang", "kagak boleh", "mrk lg cek kamar").
  ambo: 'saya', adiak: 'adik', indak: 'tidak', dipaso: 'dipaksa', manipu: 'menipu', urang: 'orang', dipukua: 'dipukul',
  mrk: 'mereka', dtg: 'datang', cpt: 'cepat', dont: 'do not', cant: 'can not',
  jgn: 'jangan', jngn: 'jangan', gabisa: 'tidak bisa', gbs: 'tidak bisa', gabs: 'tidak bisa', telp: 'telepon', tlp: 'telepon',
  tlpn: 'telepon', nelp: 'telepon', nelpon: 'telepon',
  sampe: 'sampai', smpe: 'sampai', tmpt: 'tempat', ditelp: 'ditelepon', ditelpon: 'ditelepon', ditelfon: 'ditelepon', diem: 'diam', diem2: 'diam diam', diam2: 'diam diam',
};

/** Roots written apart from "di" in chat ("di tahan", "d sekap"). */
export const PASSIVE_ROOTS: ReadonlySet<string> = new Set([
  'sekap', 'tahan', 'kurung', 'kunci', 'pukul', 'pukuli', 'pukulin', 'siksa', 'jual', 'ancam', 'paksa',
  'setrum', 'sita', 'ambil', 'culik', 'aniaya', 'tendang', 'tampar', 'gaji', 'jaga', 'kasih', 'beri', 'cari', 'butuhkan',
]);

/** Distress cues that on their own mean someone is in danger now. */
export const DISTRESS_STRONG: Readonly<Record<string, readonly string[]>> = {
  confinement: [
    'disekap*', 'menyekap', 'dikurung*', 'dikunci*', 'ditahan', 'terjebak', 'terperangkap', 'diculik',
    'dijaga ... satpam|bersenjata|preman|ketat|penjaga',
    // "oleh" is Javanese "boleh" ("ora oleh metu"); "bagi" is Malay "let" ("tak bagi balik"). Not
    // "tidak dikasih balik", which says a passport was not given back.
    'tidak boleh|bisa|dibolehkan|diizinkan|dikasih|diperbolehkan|oleh|bagi ... keluar|pulang|pergi|turun|kabur|lari|sandar',
    'tidak bagi ... balik',
    'tidak|belum|jangan dipulangin|dipulangkan|dilepas|dilepasin',
    'diganjel|diganjal|digembok|dipalang', 'dikunci|dikurung ... dari luar',
    'cuma|hanya boleh keluar', 'belum|tidak pernah sandar|turun|mendarat',
    // Windows welded shut, a dark room as punishment, kept inside a house.
    'jendela|pintu|gerbang ... dilas|dipaku|diteralis', 'dimasukin|dimasukkan|dijebloskan ... ruang|kamar|ruangan gelap|sel',
    'kept|locked inside', 'kept in ... room|house|building|dorm',
    'keep|keeps|keeping ... me|us|her|him|them in|inside ... room|house|building|dorm|apartment',
    'kapten|bos|majikan|mandor tidak mau ... balik|pulang*|pulangin|sandar|kembali', 'terkunci',
    'nobody|no one ... can|allowed ... leave|go|out',
    'dilarang ... keluar|pulang|pergi|kabur',
    'saya mau|ingin|pengen pulang tapi tidak boleh|bisa',
    'held|holding ... captive|hostage|against',
    'being held', 'keep|keeps|kept ... me|him|her|us|them ... locked', 'locked up|in', 'locked ... in|inside|room',
    'lock|locks|locked ... from outside', 'lock|locks|locked ... from the outside',
    'lock|locks ... me|him|her|us|them ... in|inside|up',
    'trapped', 'kidnapped', 'stuck ... compound|building|room|inside|company|office',
    'will|would not let ... me|him|her|us|them ... leave|go|out|resign|quit',
    // Someone else locked in by the employer: "majikan … kunci dia dalam bilik stor".
    'kunci|kurung|kunciin|kurungin dia|mereka ... dalam|kamar|gudang|stor',
    'mengunci|ngunci|mengurung|ngurung orang|pekerja|kami|mereka ... dalam|kamar|gudang|kontainer',
    // Malay and chat: the employer as subject, "majikan kurung saya dalam bilik".
    'kurung|kunci|sekap saya|kami|dia',
    'can not ... leave|escape|go|get', 'not allowed ... leave|go|escape|out', 'not been|being allowed ... out|leave|go',
    'against his|her|my|their will',
  ],
  violence: [
    'dipukul*', 'digebuk*', 'dihajar', 'disiksa', 'disetrum', 'dianiaya', 'ditendang', 'ditampar', 'dicambuk', 'disundut',
    'memukul*', 'mukul*', 'nampar*', 'nendang*', 'disiram', 'dihukum', 'dijemur', 'disetrap',
    // "dia pukul saya" (not "pukul 3", the time), "kena pukul" (Malay and chat: got hit, got locked in).
    'pukul|pukulin|tampar|tendang|siksa saya|kami|kita|dia|mereka', 'kena ... pukul*|kurung|sekap|siksa|setrum|tampar|tendang|aniaya|kunci',
    'dibenturkan|dibanting|dijambak|dicekik|ditonjok|ditinju|dilempar|dibakar|disetrika', 'disiram air panas',
    'mencekik|cekik ... leher|saya|aku|dia', 'siram|nyiram|menyiram ... air panas', 'main tangan', 'didorong dari ... tangga|atas|lantai',
    'burned|burnt|burn ... me|my|her|him', 'hurt|hurts|injured ... me|my',
    'beat|beats|beaten|beating', 'hit|hits|hitting ... me|him|her|us|them', 'tortur*', 'electric shock*', 'electrocut*', 'abused',
  ],
  threat: [
    'diancam*', 'mengancam', 'ngancam*', 'ngancem*', 'mengancem*', 'dibunuh', 'dicelakai', 'dicelakakan', 'dilukai', 'dihabisi', 'threat*',
    'kill ... me|him|her|us', 'dibuang ke jalan', 'ditembak', 'ancam',
    // "yang nolak nanti urusan sama orang keamanan".
    'yang nolak|menolak|melawan ... urusan|berurusan',
    // Told what happens "if": "mandor bilang kalau kabur keluarga di kampung yang bayar", "majikan kata
    // kalau saya lari dia report imigresen".
    'bilang|kata|ancam|bilangnya ... kalau|kalo ... lari|kabur|lapor|resign|berhenti|pulang|minta',
    // The family at home used as a hostage: "mereka tau alamat rumahku", "foto rumah ibu dikirim ke grup".
    'tahu|tau alamat rumah*', 'foto rumah* ... dikirim|diterusin|diteruskan|disebar',
    'kalau|kalo ... cerita|lapor|ngadu ... kedutaan|kbri|kjri|polisi ... diterusin|diteruskan|dikirim|disebar|celaka|kena',
    // Moved somewhere worse for refusing: "kalau gak ada, aku dipindah ke perusahaan sebelah yang lebih keras".
    'kalau|kalo ... dipindah|dipindahin|dijual|dioper ke perusahaan|tempat|kompleks',
  ],
  sold: [
    'dijual', 'diperjualbelikan', 'tebusan', 'ransom', 'sold', 'sell ... me|him|her|us|them', 'trafficked',
    // Passed on like goods: "dioper dari majikan ke majikan", "dioper ke bos baru", "tebus harga aku".
    'dioper|dioperin|dipindahtangankan ... majikan|bos|perusahaan|agen|pt', 'tebus* harga', 'dipilih ... kayak|seperti ... pasar|barang',
    'take|taking ... her|him|me|us ... tonight|away',
    // Taken somewhere against one's will: "dibawa ke markas scam", "taken to a scam compound".
    'dibawa|dikirim|dipindah ... markas|kompleks|compound|perusahaan scam|penipuan',
    // Made to pay to be let go: "harus bayar 50 juta kalau mau pulang", "pay 5,000 dollars to leave".
    'harus|wajib|disuruh|diminta bayar|tebus ... kalau|baru|supaya|agar|untuk|biar ... pulang|keluar|bebas|dilepas',
    // ... or said the other way round: "pengen pulang tapi katanya harus ganti rugi kontrak 8000 dolar".
    'mau|ingin|pengen|minta pulang|keluar|berhenti|resign ... harus|disuruh|diminta|wajib ... ganti|denda|tebus*|penalti|penalty',
    'kalau|kalo mau pulang|keluar|berhenti katanya|kata|bilang|bilangnya ... bayar|tebus*', 'dia|saya|kami|mereka dibeli', 'dia|saya|kami|mereka sudah|telah dibeli',
    // "kamu udah aku beli dari agen": a person bought like goods (not "tiket udah aku beli").
    'kamu|dia|mereka sudah|telah saya|kami beli', 'saya|kami|dia|kamu|mereka dibeli|beli dari agen|calo|sponsor|perusahaan|agency',
    // Allowed to quit only against a payment: "boleh berhenti asal bayar kompensasi 8000 dolar".
    'berhenti|keluar|pulang|resign asal|kalau|harus bayar|tebus|ganti',
    'mau|ingin|pengen|minta pulang|keluar|berhenti|resign ... harus|disuruh|diminta|wajib bayar ... '
      + 'juta|jt|ribu|dolar|dollar|usd|yuan|rm|ringgit|baht|denda|kontrak|tebusan',
    'pay|paid ... to|before ... leave', 'pay|paid ... to|before ... go home', 'pay|paid ... to|before ... be released|freed',
    // A ransom: "mereka telepon minta uang 20 juta biar dilepas".
    'minta|meminta|mintain uang|duit|tebusan ... biar|supaya|agar|baru dilepas|dilepasin|dibebaskan|bebas|pulang',
    'taken|brought|sent|moved ... to ... compound|scam',
  ],
  forced: [
    'dipaksa', 'memaksa', 'maksa', 'maksain', 'disuruh nipu|menipu|scam|ngescam', 'dijadikan scammer|penipu', 'kerja paksa', 'scammer paksa',
    'disuruh|dijadikan jadi|menjadi scammer|penipu', 'harus|wajib nipu|menipu|scam|ngescam',
    'suruh|disuruh|dipaksa ... gugurin|gugurkan|menggugurkan|aborsi|abortion',
    'forced|forcing', 'force ... me|him|her|us',
  ],
  // Sexual exploitation: "disuruh layani laki-laki di karaoke", "dijadikan PSK".
  sexual: [
    'disuruh|dipaksa|dijadikan ... layani|melayani ... laki*|tamu|pria|lelaki|om',
    'dijadikan psk|pelacur', 'disuruh|dipaksa jadi|menjadi psk|pelacur', 'mucikari|germo',
    'dilecehkan', 'diperkosa', 'raped', 'sexually abused|exploited', 'diraba*', 'pegang2|dipegang2|grepe*',
    'disuruh|dipaksa ... layanan|servis|service ... plus', 'disuruh|dipaksa nemenin|menemani ... tamu|laki*|om',
    'masuk|masuki kamar* ... malam*|memaksa|paksa', 'into|enter|entered ... her|my room ... night',
  ],
  deprivation: [
    'tidak dikasih|diberi|dapat|bagi makan|minum|obat', 'tidak boleh|bisa ... dokter|berobat|rumah|klinik',
    'cuma|hanya dikasih|diberi roti|nasi|mie|sisa|air', 'dikasih|diberi ... sisa|basi',
    'listrik|air ... dimatikan|diputus|dicabut',
    'tidak diberi|dikasih|diizinkan|dibolehkan|diantar ke dokter|klinik|puskesmas|rs', 'tidak diberi|dikasih|diizinkan|dibolehkan|diantar ke rumah sakit',
    'tidak mengizinkan|mengijinkan|izinin|izinkan|ijinkan|diizinkan|diijinkan ... dokter|berobat|klinik|rumah',
    'tidak ... bawa|dibawa|diantar|antar ... dokter|klinik|rumah|rs|puskesmas', 'sakit ... dibiarin|dibiarkan',
    'majikan|bos|mandor|agen|sponsor|supervisor bilang|suruh|kata ... tidak usah|perlu ... dokter|klinik|rs|obat|rumah|byouin|hospital',
    'tidak dapat|dikasih|diberi obat', 'obat* ... habis ... tidak dikasih|boleh|diantar',
    'makan ... sekali|1x sehari', 'makan cuma|hanya sisa', 'tidak ada air|makanan|minum',
    'susah|tidak bisa napas|nafas|bernapas', 'sesak|sesek napas|nafas',
    'kelaparan', 'starving', 'no food|water|medicine', 'not given ... food|water|medicine',
  ],
  plea: ['sos'],
  // Said to be in danger right now: "dia lg bahaya", "adik saya sedang bahaya", "she is in danger".
  // Not "kerja di sana bahaya gak?"; "dalam bahaya" alone is a weak cue (peril, below).
  danger: [
    'dia|saya|kami|mereka lagi|sedang bahaya',
    'adik|kakak|anak|suami|istri|teman|temen|ibu|ayah|bapak|keluarga saya|kami lagi|sedang bahaya',
    'she|he|i|we|they is|am|are in danger',
    // The code word agreed with the family before leaving: "mak ingat kode kita kan?".
    'ingat kode|sandi ... kita|kami', 'remember our code|safe word',
  ],
  // Despair: "I don't want to live anymore", "pengen mati aja".
  despair: [
    'bunuh diri', 'ingin|mau|pengen|pingin|kepengen|kepingin mati', 'tidak mau|ingin hidup lagi', 'mengakhiri|akhiri|ngakhirin hidup',
    // "sy udh gk kuat, mending mati aja", "wes ra kuat urip": a wish to die said sideways.
    'mending|mendingan|mendinga mati aja|saja|ajah|ae|wae|deh|sekalian|ajalah', 'mending|mendingan saya|aku|gue|gw mati', 'lebih baik mati|meninggal',
    'tidak kuat hidup',
    'tidak ada gunanya|artinya hidup', 'hidup tidak ada gunanya|artinya',
    'do not want to live', 'want to die', 'kill myself', 'end my life', 'suicide|suicidal',
    'better off dead', 'rather be dead|die', 'wish i was|were dead', 'no reason to live', 'better i|to die',
    'want to|wanna sleep forever', 'tidur selamanya',
  ],
};

/** Cues that count only together with another one. */
export const DISTRESS_WEAK: Readonly<Record<string, readonly string[]>> = {
  documents: [
    'paspor*|passport*|pasport*|dokumen|hp|hpnya|handphone|ktp ... '
      + 'ditahan|disita|diambil|dipegang|disimpan|dirampas|dikumpulin|dikumpulkan|dibawa|disembunyikan|diumpetin',
    'simpan|menyimpan|pegang|memegang|ambil|tahan|menahan ... paspor*|passport*|pasport*|hp',
    'took|taken|take|kept|keep|keeps|confiscated|holds|holding|hold ... passport*|phone*',
    'passport*|phone ... taken|confiscated|seized',
  ],
  plea: [
    'tolong', 'help', 'mohon|minta|butuh|perlu ... bantuan*|pertolongan|tolong', 'selamatkan', 'save me|us', 'please help',
  ],
  fear: ['takut', 'scared', 'afraid', 'ketakutan', 'tidak kuat|tahan lagi', 'sudah tidak kuat|tahan'],
  wages: [
    'tidak digaji', 'not paid', 'tidak dibayar', 'tidak pernah digaji', 'gaji* ... tidak|belum ... dibayar|dikirim|dikasih|diberi',
    'gaji* ditahan', 'no salary|pay', 'tidak dapat|terima gaji',
    // Debt that never ends: "utangku gak pernah lunas, gaji dipotong semua".
    'utang*|hutang* ... tidak ... lunas|habis|selesai', 'gaji* ... dipotong semua|habis',
    // A debt made up to keep someone: "the broker says she owes NT$120,000".
    'says|say|claims she|he|i|we|they owe|owes',
  ],
  contact: [
    'hilang kontak', 'tidak bisa dihubungi|dihubungin|ditelepon|dikontak',
    // "kalau aku gak bales 2 hari, tolong kabari ibuku"; a roommate who "gak balik sejak dibawa".
    'kalau saya tidak balas|bales', 'tidak balik|kembali sejak', 'dibawa ... tidak balik|kembali', 'lost contact', 'can not ... contact|reach ... him|her|them',
    'no news from', 'hp* tidak aktif', 'hp* mati', 'last message|heard ... ago|days',
    'nomor|nomornya|wa|wanya|whatsappnya mati|off', 'nomor|nomornya|wa|wanya|whatsappnya tidak aktif',
    'nomor|nomornya|wa|wanya|whatsappnya ... mati|off', 'nomor|nomornya|wa|wanya|whatsappnya ... tidak aktif',
    // People who vanish: "besoknya orangnya gak keliatan lagi".
    'tidak kelihatan|keliatan lagi', 'tidak pernah kelihatan|keliatan lagi', 'menghilang', 'disappeared',
    // "after that offline 2 day", "number not active since monday".
    'offline ... day|days|hari|minggu|week|weeks', 'went|gone|been offline', 'number|phone|whatsapp ... not active|inactive|off',
  ],
  // Cut off from the outside: "hp cuma dikasih sejam", "ini pinjem hp temen", "diam-diam ngetik", "nulis dr wc".
  isolation: [
    'hp|handphone|telepon|telpon ... cuma|hanya ... boleh|dikasih|dibolehkan', 'tidak dibolehkan|boleh|dikasih pegang|pakai hp|handphone',
    'hp ... pinjam|pinjem', 'pakai|pake|dari hp orang|teman|temen|tetangga', 'from my|a|the|her|his ... friend|friends|neighbor|neighbour|neighbors phone',
    'has|have no phone', 'broke|took ... her|his|my phone',
    'pinjam|pinjem hp|handphone', 'diam diam ngetik|chat|wa|nulis|telepon', 'hp* dimatikan|dimatiin|disita',
    'nomor orang lain', 'dari wc|toilet|kamar mandi', 'tidak ada yang bisa ... hubungi|dihubungi|telepon',
    'tidak boleh|dibolehkan telepon|telpon|hubungi ... keluarga*', 'bisik*', 'berbisik',
    'tidak boleh|dibolehkan ngobrol|bicara|ngomong|bergaul ... orang luar|lain', 'tidak boleh|dibolehkan ngobrol|bicara|ngomong|bergaul ... tetangga',
    'sembunyiin|sembunyikan|ngumpetin|umpetin ... hp|handphone',
  ],
  // Cannot talk freely: "bos lagi liat hp, aku gabisa cerita banyak", "jgn telp, chat aja", "hp mau diambil".
  covert: [
    'jangan telepon|telpon|call|balas|bales|dibalas|reply', 'tidak bisa cerita|ngomong|bicara|telepon ... banyak|lama|sekarang',
    'mereka lagi|sedang cek|periksa|geledah ... kamar|hp|tas', 'mereka datang',
    'bos|majikan|mandor|mereka|penjaga|orangnya lagi|sedang lihat|liat|cek|periksa hp|handphone',
    'hp|handphone dicek|diperiksa|dilihat|dibaca', 'hp|handphone mau|akan|bakal|sebentar|bentar ... diambil|disita|dikumpulin|dikumpulkan',
    'can not talk|speak ... long|much|now|freely', 'do not call',
    // A code word agreed with the family: "dia nyebut kata kunci kita".
    'kata kunci ... kita|kami|keluarga', 'kode rahasia ... kita|kami|keluarga', 'code|safe word', 'they check|checking|read|reading ... my|our phone|phones|messages',
  ],
  // About to be moved on by others: "mereka mau pindahin kami malem ini", "moving us to another company tonight".
  transfer: [
    'mau|akan|bakal dipindah|dipindahin|dipindahkan|pindahin|mindahin|dibawa ... malam|malem|besok|perusahaan|kompleks|tempat|rumah',
    // The time first: "malam ini bos blg sy mau dipindahin ke rumah lain".
    'malam|malem|besok ... dipindah|dipindahin|dipindahkan|pindahin|mindahin',
    'dipindah|dipindahin|dipindahkan ... malam ini|malem ini|nanti malam|besok', 'besok|nanti malam ... dibawa|dipindah|dipindahin ... ke',
    'taking|take us|them|me ... to ... other|another|new ... place|building|company',
    'moving|move|moved|transfer|transferring ... us|them|me|her|him ... tonight|tomorrow|another',
    'being|be moved|transferred|taken ... tonight|tomorrow|another', 'we|they are moving ... tonight|tomorrow|another',
    // Moved across a border on foot, out of sight: "dipindahin lewat jalan hutan", "dibawa lewat jalur tikus".
    'dipindah|dipindahin|dipindahkan|dibawa|diseberangkan ... lewat|melalui|via jalan|jalur hutan|tikus|sungai',
    // Moved in the night in a closed truck, across a river: "jam 2 malam disuruh naik truk box tanpa jendela".
    'disuruh|dipaksa naik truk|mobil|van|perahu|kapal', 'truk box|tertutup', 'truk|mobil tanpa jendela',
    'nyebrang|nyeberang|menyeberang|menyebrang sungai ... perahu|malam',
  ],
  // In a scam-compound town: company for a concrete fact ("hp diperiksa tiap malam, aku di Bavet").
  hub: [
    'sihanoukville', 'sihanouk', 'shv', 'poipet', 'bavet', 'chrey thom', 'o smach', 'myawaddy', 'myawadi', 'kk park',
    'shwe kokko', 'shwe koko', 'tachileik', 'tachilek', 'laukkaing', 'kokang', 'golden triangle', 'segitiga emas', 'boten',
    'ton pheung', 'kings romans', 'kings roman', 'zona ekonomi khusus', 'special economic zone',
  ],
  // Watched or fenced in: "kemana-mana diikutin", "pagar tinggi kawat berduri", "bos yang pegang kuncinya".
  guarded: [
    'diikutin|diikuti|diawasi|diawasin|dipantau', 'ngawasin|mengawasi', 'kawat berduri', 'kawat|pagar listrik|setrum',
    'pagar*|tembok* ... tinggi ... kawat*', 'ada kawatnya', 'pegang|memegang kunci*', 'guard|guards',
    // The employer locks the door behind her: "majikan kunci pintu tiap dia keluar".
    'kunci|kunciin|ngunci|mengunci pintu|pagar|gerbang', 'gerbang|pintu|pagar digembok|dikunci',
    'satpam|penjaga|security ... 24 jam|jaga|bersenjata',
  ],
  // Asking for the embassy's number in a hurry: "kbri nomor brp cpt", "pls kbri number fast".
  embassy: ['nomor|no|kontak kbri|kjri|kedutaan|embassy', 'kbri|kjri|embassy nomor|number|no|kontak|contact', 'embassy number|contact'],
  hurry: ['cepat', 'fast', 'urgent', 'segera', 'buruan', 'asap'],
  // Worked without rest, sleeping where they can: "tidak pernah diberi libur dan tidur di dapur".
  exploitation: [
    'tidak pernah ... libur', 'tidak ... diberi|dikasih|dapat libur', 'tidur* di ... dapur|gudang|lantai|toilet|wc', 'no day off',
    'sleep in the office|floor|kitchen',
    'sekali|1x sehari',
    // A debt that keeps someone at work: "utangnya 50 juta belum lunas jadi gak bisa berhenti".
    'utang*|hutang* ... belum lunas ... tidak bisa|boleh berhenti|keluar|pulang',
    // Scam work told without the word: "chat om-om pakai foto cewek lain, targetnya mereka deposit crypto".
    'pakai|pake foto cewek|perempuan|orang lain|palsu', 'target* ... deposit|investasi|invest|crypto|transfer',
  ],
  injury: [
    'luka*', 'lebam', 'memar', 'berdarah', 'pendarahan', 'patah', 'pingsan', 'lemas|lemes', 'melepuh', 'bernanah', 'bengkak', 'bruise*', 'burns', 'bleeding',
    'gemeteran|gemetaran|gemetar',
  ],
  // A death where they are: "temannya meninggal dan mayatnya dibuang ke laut".
  death: [
    'meninggal', 'tewas', 'mayat*', 'jenazah*', 'dibuang|dilempar|diceburkan|dicemplungin ke laut', 'died', 'dead', 'killed',
    'throw|threw|thrown|throws ... sea|overboard', 'throw|threw|thrown|throws ... to|into the sea|ocean', 'overboard',
  ],
  // Does not know where they are or are being taken: "gak tau dibawa kemana", "gak tau ini tempat apa".
  lost: [
    'tidak tahu ... dibawa|dimana|kemana|tempat', 'tidak ngerti|paham ... dimana|kemana|mana', 'do not know where',
    'tidak tahu ini negara|negeri ... mana', 'tidak tahu sekarang di mana|dimana',
    // Driven into the forest: "udh 5 jam jalan masuk2 hutan".
    'masuk|masuk2 hutan', 'ke dalam hutan',
  ],
  minor: ['baru|umur|usia|masih 12|13|14|15|16|17 tahun|th|thn|taun', 'baru|umur|usia|masih 12|13|14|15|16|17'],
  escape: ['kabur', 'escape', 'melarikan diri'],
  // Hiding from them or hunted: not over, even after getting out ("udh keluar dr compound, skrg ngumpet").
  hiding: ['sembunyi', 'bersembunyi', 'ngumpet', 'hiding', 'dikejar*', 'nyariin|mencari|nyari saya|kami|aku'],
  // Armed guards or bosses ("orang2nya bawa pistol").
  armed: ['bawa|membawa|pegang|memegang|pakai|menenteng pistol|senjata|senapan|parang', 'bersenjata', 'armed', 'gun|guns'],
  // Left with nothing abroad: no money, no passport, sleeping rough.
  destitute: [
    'tidak ada|punya uang|duit|paspor|passport|ongkos', 'tidak punya ... sepeser', 'tidur di jalan|emperan|terminal',
    'no money|passport',
    // Put out on the street by the employer: "baru diusir majikan jam 11 malam".
    'diusir|ditendang ... majikan|bos|agen|sponsor', 'kicked|thrown out ... employer|boss|agent',
  ],
  // "adik saya dalam bahaya, tolong": with company; not "apakah dia dalam bahaya kalau kerja di sana?".
  peril: [
    'dalam bahaya', 'in danger',
    // Followed by a stranger at night: "ada org mabuk ngikutin sy".
    'ngikutin|dibuntuti|dikuntit|menguntit|ngebuntutin saya|kami', 'diikuti|dibuntuti orang', 'following|followed me|us',
  ],
  // Stranded somewhere: not danger on its own ("stuck in Malaysia, my visa ran out").
  stranded: [
    'stuck', 'stranded', 'terlantar', 'terdampar', 'ditelantarkan', 'abandoned', 'left behind',
    'ditinggal|ditinggalin|ditinggalkan ... agen|calo|sponsor|bos|majikan|perekrut|sopir',
  ],
};

/** A distress word that is really about something else: news, films, study, a game or a match. */
export const MEDIA_CUES: readonly string[] = [
  'berita', 'news', 'artikel', 'article', 'film', 'drama', 'movie', 'dokumenter', 'documentary', 'webinar',
  'seminar', 'skripsi', 'riset', 'research', 'penelitian', 'i read', 'saya baca', 'kisah', 'novel', 'sinetron',
  'podcast', 'tugas sekolah', 'tugas kuliah', 'dosen', 'dosennya', 'penyekapan', 'headline', 'script', 'skrip', 'pov', 'cerpen', 'fiksi',
  // Wire reports and official advisories speak of others in an institution's voice.
  'advisory', 'imbauan', 'himbauan', 'diimbau', 'dihimbau', 'mengimbau', 'menghimbau', 'jangan tergiur', 'are urged', 'siaran pers', 'press release',
  'according to rescue|police|officials|authorities|reports|media|local|ngo|ngos|rights',
  // Not "police said" or "kata polisi": a family's plea may quote them ("the police said to wait").
  'ministry|officials|authorities said|urged|reported',
  // Indonesian news style: "Menurut keterangan rekan-rekannya …", "Serikat pekerja mendesak pemerintah …".
  'menurut keterangan|laporan ... rekan*|polisi|petugas|pihak|saksi|warga|kepolisian', 'mendesak|mendorong pemerintah|kementerian|aparat',
  // A warning post: "share biar gak ada korban lagi".
  'tidak ada korban lagi', 'jangan sampai ada korban', 'share|sebarkan|bagikan biar|supaya|agar',
  // A video game or a match: "misi sandera di game ini", "dipukul pemain lawan pas main bola". Not
  // "judi bola" or "admin game online", which is the work in a scam compound.
  'di game|gamenya', 'game|gamenya ini|itu', 'misi|mission sandera|penyelamatan|rescue', 'main|maen bola|futsal|voli|basket|badminton',
  'karakterku|karakternya', 'karakter saya', 'lagi|sedang main|maen game', 'di level|stage',
  'tarkam', 'wasit|wasitnya|referee', 'pemain lawan', 'lawan tanding', 'sparing|sparring', 'futsal', 'babak pertama|kedua',
  'timnas', 'nobar',
];

/** Free to come and go: a curfew or a gate locked at night is not being held ("siang bebas keluar"). */
export const FREE_TO_GO_CUES: readonly string[] = [
  'bebas keluar|pergi|jalan|keluar masuk', 'kunci ... pegang|dipegang|simpan sendiri', 'free to leave|go|come',
  // A curfew: "jam malamnya ketat, jam 10 gerbang dikunci".
  'jam malam|malamnya', 'curfew', 'jam|pukul ... gerbang|pagar|pintu ... dikunci|ditutup',
];

/** The danger is over. */
export const RESOLVED_CUES: readonly string[] = [
  'sudah|telah pulang|bebas|selamat|kembali|dipulangkan|keluar|aman', 'sudah|telah di rumah', 'dipulangkan', 'escaped',
  'home now', 'got|came back', 'back home', 'returned home|to indonesia', 'now safe', 'am safe',
  'baru pulang|kembali|dipulangkan|sampai', 'sudah ... di indonesia|tanah air', 'sudah ... tahun di indonesia',
  'sudah dijemput|diselamatkan|dievakuasi|dibebaskan|ditolong', 'di shelter', 'mau|ingin|pengen jadi relawan|pendamping|volunteer',
  'i|we am|are home', 'am|are now home', 'dan|sekarang aman',
  // "sekarang dah balik Indonesia dan selamat", "he's home in Lombok now", "skrg dia udah pindah ke
  // perusahaan Korea": back, safe, or working elsewhere now.
  'sudah balik', 'dan selamat', 'he|she is home', 'they are home',
  'sudah pindah ... perusahaan|kerjaan|majikan|kapal|pabrik|agen|company|employer|ship',
];
export const PAST_CUES: readonly string[] = ['dulu', 'pernah', 'last year', 'tahun lalu', 'years ago', 'waktu itu', 'yang saya alami'];
export const PRESENT_CUES: readonly string[] = [
  'sekarang', 'masih', 'now', 'still', 'right now', 'lagi', 'sedang',
  // Hours ago, not years: "tadi malam saya dipindahkan" after "dulu saya pernah minta pulang".
  'tadi', 'semalam', 'barusan', 'hari ini', 'tonight', 'today', 'this morning', 'last night',
  // Still going on: "sudah dua hari saya tidak lihat dia keluar".
  'sudah 1|2|3|4|5|6|7|8|9|10|11|12|13|14 hari|minggu|malam', 'sudah dua|tiga|empat|lima|enam|tujuh hari|minggu|malam',
];

export const JOKE_CUES: readonly string[] = ['wk*', 'haha*', 'hehe*', 'lol', 'lmao', 'xixi*', 'awok*', 'prank*', 'ngeprank', 'diprank'];
/** "kayak dipenjara": a simile right before the cue. */
export const SIMILE_WORDS: ReadonlySet<string> = new Set(['kayak', 'kaya', 'kek', 'seperti', 'like', 'bagaikan', 'ibarat', 'serasa', 'berasa']);
/** "td sy mimpi dikurung di gedung": a dream told, not a danger now (before the cue, in its clause). */
export const DREAM_WORDS: ReadonlySet<string> = new Set(['mimpi', 'bermimpi', 'ngimpi', 'dream', 'dreamed', 'dreamt', 'dreaming', 'nightmare']);
/** "kalau disekap ...": a hypothetical right before the cue, in the same clause. */
export const HYPOTHETICAL_WORDS: ReadonlySet<string> = new Set([
  'kalau', 'jika', 'jikalau', 'apabila', 'seandainya', 'andai', 'misal', 'misalnya', 'bila', 'if', 'suppose',
  'bayangin', 'bayangkan', 'imagine',
]);
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['tidak', 'bukan', 'belum', 'jangan', 'not', 'never', 'no', 'nobody']);

/** Words that make a message a question (the router also looks for "?"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'apa', 'apakah', 'bagaimana', 'berapa', 'kenapa', 'mengapa', 'dimana', 'kemana', 'siapa', 'kapan',
  'bisakah', 'bolehkah', 'adakah', 'benarkah', 'what', 'how', 'where', 'why', 'who', 'which', 'whom',
]);
/** English auxiliaries that open a question ("is it legit", "does Indonesia have"). */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'is', 'are', 'does', 'do', 'can', 'could', 'should', 'would', 'will', 'may', 'am', 'did',
]);
export const QUESTION_PHRASES: readonly string[] = [
  'aman|bener|benar|legal|resmi|wajar|boleh|bisa|mau|percaya|asli|beneran|normal|penipuan|nipu|scam tidak|nggak|kah|bukan',
  'tidak|bukan ya|sih', 'mau|pengen|ingin|numpang tanya', 'tanya', 'nanya', 'cara|caranya', 'syaratnya', 'ciri*',
  'harus lapor', 'lapor kemana|kemana', 'ke|di|dari mana', 'is it|this|that ... legit|safe|real|legal|true|normal', 'what if',
  'how to|can|do', 'apa aja|saja', 'bagaimana ya',
];

/**
 * A particular offer someone received, told in the writer's words: an offer or invitation verb in
 * the passive or past, or a recruiter's demand. Not the bare noun "offer" of a general question.
 */
export const OFFER_TOLD: readonly string[] = [
  'ditawari*', 'ditawarkan', 'nawarin|nawari|menawari|nawarkan|menawarkan ... kerja|kerjaan|jadi|jd|loker|magang',
  'dapat|dapet|dpt|nerima|menerima|ada tawaran|loker', 'ngajak|ngajakin|diajak|diajakin|mengajak kerja|kerjo|jadi|jd',
  'agen|agennya|calo|calonya|sponsor|sponsornya|perekrut|perekrutnya|lpk|lpknya|pt|ptnya minta|nyuruh|suruh',
  // "agen bilang bilang aja wisata klo ditanya imigrasi": what the recruiter told the writer.
  'agen|agennya|calo|calonya|sponsor|sponsornya|perekrut|perekrutnya bilang|blg|ngomong',
  'dijanjikan|dijanjiin|dijanjikannya gaji|kerja',
  // "LPK di kota sy janjiin pasti brgkt ke korea, bayar 60jt": a promise made to the writer.
  'agen|agennya|calo|calonya|sponsor|sponsornya|perekrut|perekrutnya|lpk|lpknya|pt|ptnya ... janjiin|njanjiin|ngejanjiin|janjikan|menjanjikan',
  'dijanjikan|dijanjiin|dijamin pasti|berangkat|lolos|lulus',
  // "ada LPK di kediri katanya pasti berangkat ke korea": a promise passed on.
  'katanya|katany|ktnya|katane|cenah|jarene pasti|dijamin berangkat|brgkt|lolos|lulus|kerja',
  // Hearsay of a job: "tetangga bilang katanya ada kerjaan di luar negri", "dikasih tau ada loker".
  'katanya|katany|ktnya|kt|katane|cenah ada kerjaan|kerja|loker|lowongan|lowker',
  'dikasih|dikasi|dikasih|dikasi tau|tahu ... ada kerjaan|loker|lowongan|lowker',
  // Javanese "ditawani kerjo", and "d tawarin" typed apart.
  'ditawani|ditawake|ditawakke|ditawarke|ditawaran', 'di|d tawarin|tawari|tawarkan',
  // A job with its pay, asked about: "is it legit kerja di kamboja gaji 1000 dollar?".
  'kerja|kerjaan|krj|job|loker ... gaji|gajinya|salary',
  'offered|promised me|him|her|us|a|an', 'got|received|have|had an|a offer|job', 'recruiter|agent|agency|broker ... messaged|promised|offered|says|said|wants|asked',
  'says|said i|we|he|she can work', 'messaged me',
];

/** Job-ad features, each group counted once with its weight. */
export const AD_FEATURES: Readonly<Record<string, { weight: number; phrases: readonly string[] }>> = {
  headline: {
    weight: 2.5,
    phrases: [
      'loker*', 'lowongan*', 'dibutuhkan', 'dicari', 'butuh|cari ... orang|karyawan|pekerja|staff|staf|tenaga',
      'hiring', 'vacancy', 'vacancies', 'recruitment', 'rekrutmen', 'job opening|offer|vacancy', 'info kerja',
      'ada kerjaan', 'peluang|kesempatan kerja', 'penempatan', 'we are hiring', 'urgent', 'butuh cepat',
    ],
  },
  pay: { weight: 1.5, phrases: ['gaji*', 'salary', 'upah', 'penghasilan', 'income', 'komisi', 'commission', 'bonus', 'untung'] },
  requirements: {
    weight: 1,
    phrases: [
      'syarat', 'persyaratan', 'requirements', 'usia', 'umur', 'age', 'minimal|min sma|smk|d3|s1', 'tanpa pengalaman',
      'no experience', 'experience', 'bisa komputer', 'lulusan', 'pria|wanita', 'basic english', 'bahasa inggris',
    ],
  },
  benefits: {
    weight: 1,
    phrases: [
      'tiket*', 'ticket*', 'mess', 'akomodasi', 'accommodation', 'dorm', 'makan', 'gratis', 'free', 'ditanggung',
      'dibayarin', 'disediakan', 'provided', 'visa ... diurus|dibantu|provided', 'paspor ... dibantu|diurus', 'flights',
    ],
  },
  cta: {
    weight: 1,
    phrases: [
      'minat*', 'hubungi', 'japri', 'inbox', 'pm', 'dm', 'contact', 'kirim cv', 'send ... cv', 'daftar*', 'pendaftaran',
      'interested', 'chat admin', 'info lebih lanjut', 'langsung interview', 'wa', 'whatsapp', 'interview',
    ],
  },
  title: {
    weight: 1,
    phrases: [
      'admin', 'cs', 'customer service|support', 'operator', 'marketing', 'typist', 'staff', 'staf', 'telemarketing',
      'perawat', 'jaga toko', 'reseller', 'driver', 'game online', 'judol', 'crypto', 'posisi', 'position', 'agents',
      'representative',
    ],
  },
  bait: {
    weight: 1,
    phrases: ['berangkat', 'departure', 'visa turis', 'kontrak', 'placement', 'semua biaya', 'biaya ditanggung', 'fast'],
  },
};

/** Chit-chat: a message made only of these words is "other". */
export const SMALL_TALK: ReadonlySet<string> = new Set([
  'halo', 'hallo', 'hai', 'hi', 'hello', 'hey', 'pagi', 'siang', 'sore', 'malam', 'selamat', 'assalamualaikum',
  'salam', 'makasih', 'terima', 'kasih', 'thanks', 'thank', 'you', 'so', 'much', 'tq', 'thx', 'ok', 'oke', 'okay',
  'siap', 'sip', 'mantap', 'mantul', 'baik', 'kak', 'kakak', 'min', 'admin', 'bang', 'mas', 'mbak', 'bro', 'sis',
  'pak', 'bu', 'lucu', 'test', 'tes', 'yes', 'ya', 'iya', 'there', 'infonya', 'botnya', 'banyak', 'good', 'morning',
  'night', 'noted', 'done', 'bot', 'keren', 'nice', 'great', 'cool', 'wow', 'amin', 'aamiin', 'lol', 'p', '|',
  'sangat', 'membantu', 'bermanfaat', 'helpful', 'nanti', 'saya', 'kabarin', 'kabari', 'lagi', 'banget', 'info',
]);
export const SMALL_TALK_PREFIXES: readonly string[] = ['wk', 'haha', 'hehe', 'xixi'];
/**
 * Asking whether one may ask ("min mau tanya", "boleh nanya?", "can I ask something?"): small talk
 * that needs the pointer to what the bot does, not a search. Only with one of ASK_WORDS, and only
 * when every other word is small talk or one of these.
 */
// Sundanese "naros", Javanese "takon" / krama "tanglet".
export const ASK_WORDS: ReadonlySet<string> = new Set(['tanya', 'nanya', 'bertanya', 'tanyain', 'ask', 'question', 'naros', 'takon', 'tanglet']);
export const ASK_TO_ASK_WORDS: ReadonlySet<string> = new Set([
  ...ASK_WORDS, 'mau', 'boleh', 'bisa', 'ingin', 'pengen', 'pingin', 'numpang', 'permisi', 'mohon', 'maaf', 'dong', 'sedikit',
  'dikit', 'sesuatu', 'hal', 'can', 'could', 'may', 'i', 'a', 'something', 'have', 'please', 'excuse', 'me', 'aku', 'gue', 'gw',
  'sy', 'ya', 'nih', 'kah', 'izin', 'ijin',
  // Sundanese "punten kang, abdi bade naros"; Javanese "nuwun sewu, kula badhe tanglet", "aku arep takon".
  'punten', 'abdi', 'bade', 'hoyong', 'kang', 'akang', 'teh', 'teteh', 'nuwun', 'sewu', 'kula', 'kulo', 'badhe', 'arep', 'pengin',
  // "Assalamualaikum wr wb. Punten neng, nini bade naros": the greeting in full, grandmother ("nini") asking.
  // Sundanese "neng" (miss) reads as Javanese "neng" (at) and becomes "di".
  'assalamualaikum', 'wr', 'wb', 'warahmatullahi', 'wabarakatuh', 'neng', 'di', 'nini', 'aki', 'ceu', 'mang', 'bi', 'mbok', 'pakde', 'bude',
]);

/** Words that say the writer speaks for someone else ("adik saya", "my brother"). */
export const RELATIVE_WORDS: readonly string[] = [
  'adik', 'kakak', 'abang', 'anak', 'suami', 'istri', 'ayah', 'bapak', 'ibu', 'mama', 'papa', 'keponakan', 'sepupu',
  'teman', 'temen', 'pacar', 'saudara', 'keluarga', 'om', 'tante', 'paman', 'bibi', 'cucu', 'menantu', 'tetangga',
  'orangtua', 'mertua', 'ipar', 'kakek', 'nenek', 'ade', 'adi', 'bojo', 'lanceuk', 'teteh', 'lae',
  // Batak "boru" (daughter), Javanese and Malay "ponakan" (nephew, niece).
  'boru', 'ponakan',
];
export const RELATIVE_WORDS_EN: readonly string[] = [
  'brother', 'sister', 'son', 'daughter', 'husband', 'wife', 'mother', 'father', 'mom', 'dad', 'friend', 'cousin',
  'boyfriend', 'girlfriend', 'uncle', 'aunt', 'nephew', 'niece', 'child', 'children', 'kid', 'family', 'partner',
  'coworker', 'colleague', 'roommate', 'housemate', 'neighbor', 'neighbour',
];

/**
 * Places that tell which country a message is about (detect-country.ts picks the one where the
 * person is now). Scam-compound towns first, then the main destinations of Indonesian migrant workers.
 */
export const COUNTRY_PLACES: Readonly<Record<string, readonly string[]>> = {
  KH: [
    'kamboja', 'cambodia*', 'kemboja', 'phnom penh', 'phnompenh', 'sihanoukville', 'sihanouk', 'shv', 'poipet', 'bavet',
    'chrey thom', 'svay rieng', 'kampot', 'koh kong', 'o smach', 'kandal', 'flag_kh',
  ],
  MM: [
    'myanmar', 'burma', 'myawaddy', 'myawadi', 'kk park', 'shwe kokko', 'shwe koko', 'tachileik', 'tachilek', 'mong la',
    'laukkaing', 'kokang', 'payathonzu', 'yangon', 'flag_mm',
  ],
  LA: ['laos', 'lao', 'golden triangle', 'segitiga emas', 'bokeo', 'boten', 'ton pheung', 'kings romans', 'kings roman', 'vientiane', 'flag_la'],
  TH: ['thailand', 'bangkok', 'mae sot', 'maesot', 'thai', 'chiang rai', 'chiang mai', 'pattaya', 'phuket', 'samut sakhon', 'mahachai', 'samut prakan', 'ranong', 'flag_th'],
  PH: ['filipina', 'philippines', 'philipina', 'pilipina', 'manila', 'pasay', 'pampanga', 'makati', 'paranaque', 'cebu', 'flag_ph'],
  MY: [
    'malaysia', 'kuala lumpur', 'johor', 'sabah', 'sarawak', 'kuching', 'selangor', 'penang', 'kedah', 'perak', 'kelantan',
    'pahang', 'melaka', 'malacca', 'sandakan', 'tawau', 'kota kinabalu', 'miri', 'shah alam', 'flag_my',
    // Places migrant workers name in chat: "di KL" (chat shorthand reads "kl" as "kalau", and "di kalau"
    // is no Indonesian), Klang Valley towns, Johor Bahru.
    'di|ke kalau', 'klang', 'kajang', 'petaling jaya', 'subang', 'puchong', 'cheras', 'seremban', 'johor bahru', 'ipoh', 'putrajaya',
  ],
  VN: ['vietnam', 'viet nam', 'ho chi minh', 'hanoi', 'flag_vn'],
  SG: ['singapura', 'singapore', 'flag_sg'],
  BN: ['brunei', 'flag_bn'],
  TW: ['taiwan', 'taipei', 'taichung', 'kaohsiung', 'flag_tw'],
  // "BMI di HK": migrant workers write Hong Kong as HK.
  HK: ['hongkong', 'hong kong', 'flag_hk', 'di|ke hk', 'tuen mun', 'causeway bay', 'mong kok', 'kowloon', 'tsuen wan', 'sha tin', 'yuen long'],
  GE: ['georgia', 'tbilisi', 'batumi'],
  JP: ['jepang', 'japan', 'tokyo', 'osaka', 'flag_jp'],
  KR: ['korea', 'korsel', 'seoul', 'busan', 'flag_kr', 'gimhae', 'ansan', 'changwon', 'daegu', 'incheon', 'ulsan', 'cheonan', 'gimpo'],
  // "dari Arab" is everyday Indonesian for Saudi Arabia; "Uni Emirat Arab" starts earlier and wins.
  SA: ['arab saudi', 'saudi', 'arab', 'riyadh', 'jeddah', 'jedah', 'mekkah', 'makkah', 'madinah', 'flag_sa', 'dammam', 'khobar', 'taif', 'tabuk', 'abha', 'qassim', 'buraidah'],
  AE: ['dubai', 'uni emirat arab', 'uae', 'abu dhabi', 'emirat', 'flag_ae'],
  QA: ['qatar', 'doha', 'flag_qa'],
  KW: ['kuwait', 'flag_kw'],
  TR: ['turki', 'turkey', 'turkiye', 'istanbul', 'flag_tr'],
  OM: ['oman', 'muscat', 'flag_om'],
  // European countries that recruit Indonesian factory and farm workers.
  PL: ['polandia', 'poland', 'warsawa', 'warsaw', 'krakow', 'wroclaw', 'gdansk', 'poznan', 'lodz', 'flag_pl'],
  RO: ['rumania', 'romania', 'bukares', 'bucharest', 'flag_ro'],
  CZ: ['ceko', 'czech', 'czechia', 'republik ceko', 'praha', 'prague', 'flag_cz'],
  JO: ['yordania', 'jordan', 'amman', 'flag_jo'],
  IQ: ['irak', 'iraq', 'erbil', 'kurdistan', 'flag_iq'],
  // Ports where fishing crews are stranded or land.
  ZA: ['afrika selatan', 'south africa', 'cape town', 'durban', 'flag_za'],
  MU: ['mauritius', 'port louis', 'flag_mu'],
  FJ: ['fiji', 'suva', 'flag_fj'],
  // Indonesia last: detect-country.ts picks it only when no place abroad is named (families write from home).
  // Not "indonesia": "abk indonesia", "orang indonesia" name a nationality, not where someone is.
  ID: [
    'jakarta', 'bekasi', 'tangerang', 'bogor', 'depok', 'bandung', 'surabaya', 'semarang', 'yogyakarta', 'jogja',
    'medan', 'batam', 'dumai', 'tanjung pinang', 'tanjungpinang', 'pekanbaru', 'pontianak', 'entikong', 'nunukan', 'tarakan',
    'makassar', 'kupang', 'mataram', 'lombok', 'bali', 'denpasar', 'kalimantan', 'sumatera', 'sumatra', 'sulawesi', 'papua',
  ],
};

/**
 * Money demanded to let someone go: a ransom, a "release fee", a fine or "compensation" before
 * they may leave (demands-ransom.ts). Read in any message: "kudu bayar 40 juta disik" for a
 * cruise job is a fee, not this, so every phrase here ties the money to being let go.
 */
const PAY = 'bayar|membayar|bayarin|mayar|transfer|tf|setor|tebus*|denda|dendanya|ganti|kompensasi|utang|hutang|uang|duit|lunas|dilunasi';
const LEAVE = 'pulang|dipulangkan|pulangin|dipulangin|mulangin|memulangkan|keluar|resign|berhenti|balik|bebas|dilepas|dilepasin|dilepaskan|dibebaskan|lepas|lepasin|turun|uih|mulih';
const IF_THEN = 'kalau|asal|sebelum|sampai|sampe|biar|supaya|agar|baru|kecuali|upami|ben';
const AMOUNT = 'juta|jt|dolar|dollar|dollars|usd|rb|ribu|rebu|ringgit|rm|baht';
const EN_PAY = 'pay|pays|paid|paying|transfer|send';
const EN_LEAVE = 'release|released|free|freed|leave|go|home|let|resign|quit';
const HARMED = 'dijual|dipukul|dipukulin|dibunuh|disiksa|dihajar|disetrum|diapain|diapa2in';

export const RANSOM_DEMAND: readonly string[] = [
  'tebus*', 'ditebus*', 'ransom', 'release fee', 'biaya|uang pembebasan|pelepasan',
  // "bayar 50jt biar dilepas", "kalau mau pulang harus bayar", "boleh berhenti asal bayar"
  `${PAY} ... ${IF_THEN} ... ${LEAVE}`,
  `${IF_THEN} ... ${LEAVE} ... ${PAY}`,
  `${LEAVE} ... ${IF_THEN} ... ${PAY}`,
  `${LEAVE} ... harus|wajib|kudu|kedah|disuruh|diminta ${PAY}`,
  // "ganti rugi kontrak 8000 dolar kalo mau pulang": a penalty for leaving, a few words apart.
  `ganti rugi|denda|dendanya|kompensasi|penalti ... ... ${IF_THEN} ... ${LEAVE}`,
  // "kalau gak bayar dijual": money or harm.
  `kalau ... tidak|belum ${PAY} ... ... ${HARMED}`,
  // "they want 5000 USD to release him", "I owe them 5000 before I can leave"
  `${EN_PAY} ... to|before|or|so|until ... ${EN_LEAVE}`,
  `fine|penalty|compensation|owe|owes ... to|before|or|so|until ... ${EN_LEAVE}`,
  `${EN_LEAVE} ... until|till|til|unless|before|after|kecuali ... ${EN_PAY}`,
  'want|wants|demand|demands|demanded|demanding|asking|ask|asks|asked ... money|dollars|usd|rupiah|ringgit|baht ... to|before|or ... release|free|leave|let|go',
];

/**
 * Any money demanded or owed ("disuruh bayar 30 jt", "mereka minta 30 juta", "I must pay"): in a
 * message that is already an emergency it is the captors' demand; anywhere else it may well be
 * a fee, so it is read only there (demands-ransom.ts).
 */
export const MONEY_DEMAND: readonly string[] = [
  `kalau ... tidak|belum ${PAY}`,
  `harus|wajib|kudu|kedah|disuruh|suruh|diminta|dimintai ${PAY}`,
  `minta|diminta|dimintai|dijaluki|ditagih|disuruh|harus|kudu ... ${AMOUNT}`,
  `must|need|needs ${EN_PAY}`, `or ${EN_PAY}`, 'have|has|had to pay|transfer|send', `if|unless ... ${EN_PAY}`,
  // "should we pay?", "do we transfer the money?": asked by a family under a demand.
  `should|shall|do|must we|i ${EN_PAY}`, `should|shall ${EN_PAY}`,
];
