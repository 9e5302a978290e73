import { describe, it, expect } from 'vitest';
import { routeMessage } from '../../src/router/route-message.js';
import { tellsOfOffer } from '../../src/router/tells-of-offer.js';
import { isLinkOnly } from '../../src/router/link-only.js';
import { asksWhatNext } from '../../src/router/asks-what-next.js';
import { evaluateRouter } from '../../src/router/evaluate.js';
import { loadEmergencyModel } from '../../src/router/emergency-examples.js';

describe('someone in danger is met with emergency contacts first', () => {
  it('"tolong sy di kamboja gak bisa keluar, paspor diambil" is an emergency in Cambodia', () => {
    expect(routeMessage({ text: 'tolong sy di kamboja gak bisa keluar, paspor diambil' })).toMatchObject({
      emergency: true, forSomeoneElse: false, country: 'KH',
    });
  });

  it('a mother writing about her son in Myawaddy gets the family version', () => {
    const r = routeMessage({ text: 'anak saya di myawaddy dipukuli dan tidak boleh pulang, mohon bantuan' });
    expect(r).toMatchObject({ emergency: true, forSomeoneElse: true, country: 'MM' });
  });

  it('obfuscated and English distress is caught too', () => {
    expect(routeMessage({ text: 'T O L O N G aku d1sekap di p0ipet' }).emergency).toBe(true);
    expect(routeMessage({ text: "they took my passport and won't let me leave, I'm in Sihanoukville" })).toMatchObject({ emergency: true, country: 'KH', lang: 'en' });
  });

  it('near misses are not emergencies: what-if questions, news, past events, jokes, "tolong" as please', () => {
    for (const text of [
      'apa yang harus dilakukan kalau paspor ditahan?',
      'berita penyekapan WNI di Myawaddy',
      'dulu saya pernah disekap, sekarang sudah pulang',
      // Over, said other ways: back (Malay "dah balik"), home, or working elsewhere now.
      'Saya dulu pernah kena tahan pasport dengan majikan kat Johor, tapi sekarang dah balik Indonesia dan selamat',
      "my uncle was beaten up by his boss in Malaysia back in 2019, he's home in Lombok now. Can he still report it?",
      'temen sekamarnya di kapal dulu pernah dipukul kapten, skrg dia udah pindah ke perusahaan Korea yg bagus',
      'kantor kayak penjara wkwk',
      'tolong cek loker ini',
    ]) {
      expect(routeMessage({ text }).emergency, text).toBe(false);
    }
  });
});

describe('danger said in ways the first word lists missed', () => {
  const route = (text: string) => routeMessage({ text });
  /** Each text with its emergency flag, so a failure names the message. */
  const emergencyOf = (texts: readonly string[]) => texts.map((text) => [text, route(text).emergency]);
  const each = (texts: readonly string[], emergency: boolean) => texts.map((text) => [text, emergency]);

  it('danger shown by facts, not by danger words: armed guards, phones collected, left with nothing', () => {
    expect(route('aku gak tahu ini dimana, orang2nya bawa pistol, semua hp dikumpulin tiap malam').emergency).toBe(true);
    expect(route('ade saya ditinggal calo di terminal Poipet, gak punya duit, paspor dibawa calo')).toMatchObject({
      emergency: true, forSomeoneElse: true, country: 'KH',
    });
    expect(route('saya kabur dari gedung tapi sekarang sembunyi di kebun, gak punya paspor').emergency).toBe(true);
  });

  it('forced into scamming or sex work, threats, no doctor, made to pay to go home', () => {
    const texts = [
      'adikku disuruh jadi scammer dan kalau gak mau bakal dijual',
      'anak saya disuruh layani laki2 di karaoke, dia telpon nangis',
      'bos ngancam keluargaku di kampung kalau aku lapor',
      'aku hamil, pendarahan, tapi bos gak ngizinin ke dokter',
      'aku pengen pulang tapi katanya harus ganti rugi kontrak 8000 dolar',
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, true));
  });

  it('Sundanese and Javanese words are read too', () => {
    expect(route('abdi di laos, teu kenging kaluar ti kantor, abdi sieun pisan')).toMatchObject({ emergency: true, country: 'LA' });
    expect(route('aku ora entuk metu soko kantor, paspor dijupuk bos').emergency).toBe(true);
  });

  it('a story that starts like a job ad and ends in fear is not mistaken for an ad', () => {
    const text = 'Ada teman nawarin kerja jadi CS di Thailand gaji 12jt, tiket dibayarin. Saya berangkat lewat Bangkok. '
      + 'Sekarang saya di Myawaddy di gedung yang dijaga orang bawa senjata, gak boleh keluar. Saya takut banget';
    expect(route(text)).toMatchObject({ emergency: true, country: 'MM' });
  });

  it('the country is where the person is now, not where they were promised work or passed through', () => {
    expect(route('dijanjikan kerja restoran di Thailand, ternyata dibawa ke Myanmar, gak boleh keluar').country).toBe('MM');
    expect(route('berangkat lewat Bangkok, disekap di Myawaddy').country).toBe('MM');
    expect(route('ibu saya TKW di arab saudi dikurung majikan di gudang').country).toBe('SA');
    expect(route('tolong istri saya di dubai paspornya ditahan, dipaksa kerja').country).toBe('AE');
  });

  it('who is in danger: the writer among others, and a relative quoted in their own words', () => {
    expect(route('kami 7 orang WNI di Bavet gak boleh keluar, temen kami disetrum kemarin').forSomeoneElse).toBe(false);
    expect(route("suami saya di kamboja 5 hari gak bisa dihubungi, pesan terakhir 'dek tolong aku gak bisa pulang'")).toMatchObject({
      emergency: true, forSomeoneElse: true,
    });
    expect(route('my brother is in Cambodia, they beat him every night and he is begging us to help').forSomeoneElse).toBe(true);
  });

  it('"dia" who suffers it is someone else; "dia" who does it is not', () => {
    expect(route('dia disekap di kamboja, hpnya diambil')).toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('terakhir dia bilang paspornya ditahan dan dia gk boleh keluar')).toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('he said they took his passport and he cannot leave')).toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('tolong sy disekap, dia bilang sy harus bayar 50jt')).toMatchObject({ emergency: true, forSomeoneElse: false });
    expect(route('dia ngancem sy kalo gk bayar')).toMatchObject({ forSomeoneElse: false });
  });

  it("a relative's voice note passed on, a friend's phone, a friend with a word between, a code word", () => {
    expect(route('ini vn dr anak sy, sy ketik ulang: mak aku gak boleh keluar gedung, kata bos kalau mau pulang bayar 30 juta')).toMatchObject({
      emergency: true, forSomeoneElse: true,
    });
    expect(route('they took our phones and the gate has guards, i use my friend phone hidden')).toMatchObject({ emergency: true, forSomeoneElse: false });
    expect(route('my sister phone is off since 3 days, the agent in cambodia took her passport, please help')).toMatchObject({
      emergency: true, forSomeoneElse: true,
    });
    expect(route('temen sekampung sy di hk udh 2 hari gk dikasi makan sama majikan, tangannya memar')).toMatchObject({
      emergency: true, forSomeoneElse: true, country: 'HK',
    });
    expect(route('adik sy nelpon, suaranya aneh, dia nyebut kata kunci kita artinya dia lg bahaya. dia di kamboja')).toMatchObject({
      emergency: true, forSomeoneElse: true, country: 'KH',
    });
    // "adik dan saya": the writer is held too; "mama tolong saya": the writer calls on her mother.
    expect(route('adik dan saya ditahan di bavet').forSomeoneElse).toBe(false);
    expect(route('mama tolong saya disekap di kamboja').forSomeoneElse).toBe(false);
  });

  it('denied a hospital, kept in a house, moved through the forest, and Sundanese', () => {
    expect(route('suami sy di malaysia sakit parah tp majikan gk izinkan ke rumah sakit').emergency).toBe(true);
    expect(route('agent keep me in house with other girls, no salary 4 month').emergency).toBe(true);
    expect(route('kami dipindahin dr kamboja lewat jalan hutan, skrg di kings romans')).toMatchObject({ emergency: true, country: 'LA' });
    expect(route('teteh abdi di saudi teu dibere dahar, nelepon ti hp tatangga bari ceurik')).toMatchObject({
      emergency: true, forSomeoneElse: true, country: 'SA',
    });
  });

  it('out of the compound but hiding, driven into the forest, a fence that shocks, people who vanish', () => {
    expect(route('aku udh keluar dr compound semalem. skrg ngumpet di belakang warung di Sihanoukville, gada paspor')).toMatchObject({
      emergency: true, country: 'KH',
    });
    expect(route('td dijemput di bandara bangkok katanya ke hotel tp udh 5 jam jalan masuk2 hutan, sopir ambil semua hp').emergency).toBe(true);
    expect(route('ada yg tau cara keluar dr tempat kerja yg temboknya ada kawat listrik? tiap ada yg resign besoknya orangnya gak keliatan lagi. aku udh ngajuin kemarin').emergency).toBe(true);
    // Out, safe in a shelter: a question about wages, not an emergency.
    expect(route('Adik saya dipukul majikan bulan lalu, tapi sekarang sudah kabur dan aman di shelter KJRI Jeddah. Caranya nuntut gaji gimana?').emergency).toBe(false);
  });

  it('Javanese, Betawi and Sundanese, a boss who says no hospital, and the hours-ago after an old story', () => {
    expect(route('aku nang KK Park. ojo telpon. chat wae. wis ora kuat')).toMatchObject({ emergency: true, country: 'MM' });
    expect(route('majikan gue suka nyekek leher gue ampe pingsan, gue kaga boleh megang hp').emergency).toBe(true);
    expect(route('senpai tiap hari ngegetok kepala saya, pergelangan bengkak tapi shachou bilang gak usah ke byouin').emergency).toBe(true);
    expect(route('Saya pernah minta pulang tapi harus ganti 25 ribu riyal. Tadi malam saya dipindahkan ke kota lain, tidak tahu nama kotanya').emergency).toBe(true);
  });

  it('locked out of a room or kept in by the rain or covid is not being held; a lecturer is not a captor', () => {
    expect(route('anjir aku dikunciin di luar kos sama temen sekamar, udah masuk kok sekarang').emergency).toBe(false);
    expect(route('dikurung hujan seharian di kos, gabut parah').emergency).toBe(false);
    expect(route('saya dikurung di rumah aja gara2 covid dulu, sekarang mau kerja ke luar negeri').emergency).toBe(false);
    expect(route('Disiksa tugas kuliah terus di Chiang Mai, dosennya killer semua').emergency).toBe(false);
    // Locked in from outside is still being held.
    expect(route('pintu kamar dikunci dari luar, kami tidak bisa keluar').emergency).toBe(true);
  });

  it('a reserved slot or a frozen account is a thing locked, not a person held', () => {
    expect(route('DP 10jt dulu ya biar slot kamu dikunci, sisanya setelah visa keluar').emergency).toBe(false);
    expect(route('harga promo dikunci sampai akhir bulan, daftar sekarang').emergency).toBe(false);
    expect(route('tolong sy dikunci di kamar sama bos, gk boleh keluar').emergency).toBe(true);
  });

  it('"in danger" said of someone now, not asked of a job or said of people in general', () => {
    expect(route('kerja di kamboja itu bahaya gak sih?').emergency).toBe(false);
    expect(route('is this job offer in thailand dangerous?').emergency).toBe(false);
    expect(route('banyak anak dalam bahaya karena judi online').emergency).toBe(false);
    expect(route('apakah adik saya dalam bahaya kalau kerja di kamboja?').emergency).toBe(false);
    expect(route('is she in danger if she takes this job?').emergency).toBe(false);
    expect(route('adik saya dalam bahaya, tolong').emergency).toBe(true);
    expect(route('i am in danger please help').emergency).toBe(true);
  });

  it('"ibu saya" far back in a long clause still says whose mother, not that the writer is in danger', () => {
    // "saya" is the eighth word back from "berdarah": the word before it decides.
    expect(route('ibu sy di jeddah dipukul majikan pake sapu kepalanya berdarah dia telp sambil bisik2 takut ketauan')).toMatchObject({
      emergency: true, forSomeoneElse: true, country: 'SA',
    });
  });

  it('everyday words for being held, hurt or starved', () => {
    const texts = [
      'tolong kak pintu kamarku diganjel dari luar',
      'kapal saya sudah 14 bulan di tengah laut belum pernah sandar, kapten suka mukul pake besi',
      'aku udah gak kuat, tiap ngantuk disiram air es sama mandor',
      'kak aku gak dibolehin pegang hp sama sekali, ini pinjem hp temen, gak digaji 7 bulan',
      'cuma mau bilang aku dikasih makan sekali sehari, badan udah lemes banget, mau minta tolong siapa',
      'udah dibeli katanya. mereka bilang aku harus kerja 2 tahun buat nebus harga aku',
      'punten teh, lanceuk abdi di Arab Saudi teu dipasihan tuang ku majikan',
      'istri saya di Hong Kong bilang anak majikan masuk kamarnya malem2 pegang2 dia, dia takut dipulangkan',
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, true));
  });

  it('a question that tells of the writer\'s own situation with two facts is an emergency; the general question is not', () => {
    expect(route('paspor saya ditahan bos dan gaji tidak dibayar 5 bulan, harus lapor ke mana?').emergency).toBe(true);
    expect(route('apa yang terjadi kalau paspor ditahan dan gaji tidak dibayar?').emergency).toBe(false);
  });

  it('a first-hand story is not taken for a job ad, however many job words it repeats', () => {
    const story = 'halo kak, saya Rina. Dapat info lowongan kerja di pabrik kosmetik di Malaysia gaji 6 juta, berangkat gratis, '
      + 'tiket ditanggung. Sampai sana ternyata bukan pabrik. Kami cuma boleh keluar buat bersih2 dan itupun diikutin, '
      + 'paspor udah diambil sejak di pelabuhan.';
    expect(route(story)).toMatchObject({ emergency: true, country: 'MY' });
  });

  it('a worry that is not an emergency is marked, so the answer can end with the way to help', () => {
    expect(route('paspor saya ditahan agen, boleh gak?')).toMatchObject({ emergency: false, concern: true });
    expect(route('apa yang harus dilakukan kalau paspor ditahan?').concern).toBe(false);
    expect(route('tolong cek loker ini ya').concern).toBe(false);
    expect(route('berapa biaya resmi kerja ke taiwan?').concern).toBe(false);
    expect(route('tolong sy disekap di kamboja')).toMatchObject({ emergency: true, concern: false });
  });

  it('short of the cost of going is a plan, not a worry; left with nothing abroad still is', () => {
    expect(route('saya ga punya uang buat bayar LPK, ada yg gratis?').concern).toBe(false);
    expect(route('saya ga punya paspor, bisa kerja ke malaysia?').concern).toBe(false);
    expect(route('i have no money to pay the agency fee, can i still apply?').concern).toBe(false);
    expect(route('saya di malaysia ga punya uang buat pulang').concern).toBe(true);
    expect(route('saya kabur dari majikan, ga punya uang buat pulang tolong').emergency).toBe(true);
  });

  it('domestic workers and crews: shorthand, Malay, threats "if I run", debts that never end, a death on board', () => {
    const texts = [
      'sya di trkunci d rmh majikn ga d ksh mkn udh 3 hri tlong bgt',
      'tlg sy dsekap d kmpleks gk blh kluar',
      'saya tak dapat gaji dah setahun, majikan kata kalau saya lari dia report imigresen, saya takut',
      'utangku ke agensi gak pernah lunas, gaji dipotong semua, mandor bilang kalau kabur keluarga di kampung yang bayar',
      'abang saya abk, dia bilang temannya meninggal dan mayatnya dibuang ke laut, dia takut jadi korban berikutnya',
      'My employer in Dubai burned my arm with an iron, I am hiding in the bathroom now',
      'kontrak sudah habis tapi majikan tidak mau pulangkan saya, paspor disembunyikan',
      'tolong saya kena pukul',
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, true));
    expect(route('ibu saya tadi pagi telp dari Arab, tidak dikasih makan dan dipukul').country).toBe('SA');
    expect(route('saya di kapal tidak bisa turun, kapten pukul abk indonesia').country).toBeUndefined();
  });

  it('a bare cry for help, a laugh before a plea, a hint, and a case passed on by a volunteer', () => {
    const texts = [
      'tolong aku di',
      'sy di SHV tolong',
      'hehe aku kayaknya dijual deh wkwk tolong',
      'kalau aku gak bales 2 hari, tolong kabari ibuku ya. orang2 sini mulai ngancem',
      'Tolong saya, majikan kurung saya dalam bilik sejak semalam, tak bagi makan. Saya di Shah Alam.',
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, true));
    // The plea alone, in a word or three.
    const alone = ['tolong', 'tolong!!!', 'help', 'darurat', 'please help me', 'help me please'];
    expect(emergencyOf(alone)).toEqual(each(alone, true));
    expect(route('tolong saya cek loker ini').emergency).toBe(false);
    expect(route('tolong dong').emergency).toBe(false);
    expect(route('Forwarding from a volunteer: an Indonesian helper has bruises and the employer holds her passport'))
      .toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route("Anak saya kirim pesan: 'di sini aku dikurung, besok mau dipindah ke Myanmar'. Dia sekarang di Kamboja.").country).toBe('KH');
  });

  it('a laugh at the end, parents, overtime, a volunteer to be and a stolen phone are not danger', () => {
    const texts = [
      'tolong kak hpku dikunci istri, gak boleh keluar rumah malam minggu wkwk',
      'aku dikurung ortu gak boleh main keluar gara2 nilai jelek help',
      'aku gak bisa pulang sampe jam 10 malem, lembur terus, tolong',
      'dulu aku dikunci di kamar gelap, itu yang aku alami tahun lalu. sekarang aku pengen jadi relawan pendamping',
      'hp ku dicuri di pasar, sekarang pinjem hp majikan buat chat ini. minta tolong cara blokir nomor',
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, false));
  });

  it('"pukul" as the time and a warning about people in general are not danger', () => {
    expect(route('besok interview pukul 10 pagi di kantor agen, bawa paspor').emergency).toBe(false);
    expect(route('IMBAUAN KBRI: Banyak WNI menjadi korban perdagangan orang dan dipaksa kerja di perusahaan online scam. Cek perusahaan di Disnaker.').emergency).toBe(false);
    expect(route('waktu di Amman dulu saya dipukul majikan, sekarang sudah 5 tahun di Indonesia, masih bisa lapor?').emergency).toBe(false);
  });

  it('Indonesia is the country only when no place abroad is named', () => {
    expect(route('adekku 17 taun di batam disuruh nemenin tamu dan gak boleh pulang').country).toBe('ID');
    expect(route('kami sekeluarga di Jakarta, adik saya disekap di Kamboja').country).toBe('KH');
  });

  it('still not emergencies: scare quotes, a kind of job or people in general asked about, lawful detention, "jangan takut" in an ad', () => {
    const texts = [
      "aku 'terjebak' di Dubai gara2 tiket lebaran mahal bgt, gak bisa mudik",
      'aku “terjebak” di kantor sampe malem, lembur terus',
      'gimana ciri2 lowongan kerja yang ujung2nya disuruh jadi scammer?',
      'sy dgr banyak org indo disekap di myanmar disuruh nipu orang lewat online, itu sebenernya tempat apa sih',
      'bapak sy ditahan di rumah detensi imigrasi malaysia nunggu dideportasi, prosesnya berapa lama',
      'Temanku baru pulang dari Kamboja kemarin, dulu dia dipaksa kerja scam, sekarang dia bingung mau lapor ke mana',
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, false));
    const ad = 'LOKER KAMBOJA admin gaji 15jt, tanpa pengalaman, tiket ditanggung, mess gratis, dijaga security. '
      + 'Jangan takut, kerja aman. Minat WA 0812-5550-1234';
    expect(route(ad)).toMatchObject({ emergency: false, kind: 'ad' });
    // The same word without the wink is danger.
    expect(route('aku terjebak di Dubai, paspor ditahan agen').emergency).toBe(true);
  });

  it('someone who cannot talk freely, who is about to be moved, or is held for a ransom', () => {
    const texts = [
      'majikan lagi cek hp, aku gabisa ngomong lama. tolong',
      'jgn telp ya kak, chat aja, hp diperiksa tiap malam. aku di bavet',
      'hp mau disita bentar lagi, kirim nomor kbri skrg',
      'mereka bilang besok kami mau dipindah ke perusahaan lain, jgn bales dulu nanti aku yg chat',
      'adik sy dibawa orang pakai mobil, skrg mereka minta duit 15 juta supaya dilepas',
      "pesan dari kakak: 'aku dikurung, jangan lapor dulu nanti aku dipukul'",
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, true));
    expect(route('they check my phone every night and say we are moving to another building tonight').emergency).toBe(true);
  });

  it('"dikurung orang itu" names who did it, not people in general; a parent locking a child in is not danger', () => {
    expect(route('si Budi abang ku di Kamboja dikurung orang itu, paspornya diambil, macam mana ini?').emergency).toBe(true);
    expect(route('anak sy aku kunci di kamar semalam krn bolos sekolah, wajar kan?').emergency).toBe(false);
    expect(route('majikan kurung kami kunci pintu dari luar').emergency).toBe(true);
    expect(route('dulu saya pernah dikurung majikan, sekarang saya sudah di kampung dan aman').emergency).toBe(false);
  });

  it('reports and advisories in an institution\'s voice are not cries for help', () => {
    const texts = [
      'ADVISORY: citizens are urged not to accept online jobs in Cambodia; many were forced to commit fraud',
      'Hundreds remain trapped in compounds near the border, according to rescue groups, and were forced to scam',
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, false));
  });

  it('someone else: a coworker, a woman who called a volunteer, a message passed on from a relative', () => {
    expect(route('My coworker from Indonesia is locked in the dorm, the broker took her passport. Please help her'))
      .toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('A Filipino woman called our shelter, she is held in a compound and beaten'))
      .toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('kabar dari sepupu, dia disekap di Poipet, hp nya diawasi')).toMatchObject({ emergency: true, forSomeoneElse: true });
  });

  it('a game, a match and a beating that never happened are not danger; the same words in a compound still are', () => {
    const calm = [
      'level sandera di game ini susah, karakternya disekap di gudang terus harus dibebasin, ada tips?',
      'kemarin main futsal aku dipukul pemain lawan sampe hidung berdarah, wasitnya diem aja',
      'majikanku cerewet tapi gak pernah mukul, gaji juga lancar. boleh pindah majikan gak?',
      'aku belum pernah disekap atau dipukul, cuma mau tau kalau kejadian harus lapor ke mana',
    ];
    expect(emergencyOf(calm)).toEqual(each(calm, false));
    const danger = [
      'aku dipaksa jadi admin judi bola di Bavet, kalau gak target dipukul, gak boleh keluar',
      'kami disuruh main game judi online 16 jam, yang capek dipukul satpam, tolong',
    ];
    expect(emergencyOf(danger)).toEqual(each(danger, true));
  });

  it('whose danger: a neighbour writing for a mother, the employer\'s family as the ones who hit, a relative called on for help', () => {
    expect(route('sy tetangga bu Rina. anaknya di Riyadh, barusan telpon nangis katanya dipukul majikan dan dikunci di kamar. tolong'))
      .toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('istri majikan sering nampar aku, paspor ditahan, gak boleh keluar rumah')).toMatchObject({ emergency: true, forSomeoneElse: false });
    expect(route('anak majikan mukul aku tiap hari, aku takut, tolong')).toMatchObject({ emergency: true, forSomeoneElse: false });
    expect(route('suami majikan suka nyekek aku kalo aku salah')).toMatchObject({ emergency: true, forSomeoneElse: false });
    expect(route('kakak tolong, dikurung majikan 3 hari gak dikasih makan')).toMatchObject({ emergency: true, forSomeoneElse: false });
    // Still someone else's danger when the boss hits the relative.
    expect(route('bos mukul adik saya tiap hari di pabrik, hpnya disita')).toMatchObject({ emergency: true, forSomeoneElse: true });
  });

  it('a curfew with free days, a prank, goods for sale, a promotion held back and a supposition are not danger', () => {
    const calm = [
      'asrama pabrik di Klang pagarnya dikunci jam 10 malam, siang bebas keluar, kunci kamar kami pegang sendiri. wajar gak?',
      'adikku nulis "tolong aku diculik" di grup keluarga, ternyata cuma prank buat konten',
      'DIJUAL CEPAT laptop bekas kerja di Taiwan, mulus, bisa COD Blitar',
      'kenaikan gaji dan jabatan saya ditahan HRD sampai evaluasi tahun depan, sebaiknya resign?',
      'seandainya nanti di Dubai paspor diambil majikan dan aku tidak boleh keluar, lapor ke mana ya? aku berangkat bulan depan',
    ];
    expect(emergencyOf(calm)).toEqual(each(calm, false));
    const danger = [
      'sumpah ini bukan prank, aku dikunci di gudang sama bos, hp mau diambil',
      'seandainya ada pembantu yang tidak boleh keluar rumah 3 bulan, harus gimana? sebenarnya itu saya sendiri',
    ];
    expect(emergencyOf(danger)).toEqual(each(danger, true));
  });

  it('hunger with a threat to be sent home unpaid, put out at night and followed, a code word, Javanese, a volunteer for a group', () => {
    expect(route('sudah 3 hari tidak dikasih makan majikan, diancam dipulangkan tanpa gaji kalau protes')).toMatchObject({ emergency: true });
    expect(route('aku diusir majikan tengah malam, skrg di stasiun di KL, paspor masih di majikan, gak ada duit, ada orang ngikutin aku'))
      .toMatchObject({ emergency: true, country: 'MY' });
    expect(route('bu, ingat kode kita ya. jangan telepon nomor ini')).toMatchObject({ emergency: true });
    expect(route('kulo bapak e Rudi. anak kulo jarene dioper teng Kamboja, dipukuli nek ora gelem nipu, tulung'))
      .toMatchObject({ emergency: true, forSomeoneElse: true, country: 'KH' });
    expect(route('We got calls from Indonesian workers in a factory in Johor: the gate is locked from outside and their passports are held. What do we do?'))
      .toMatchObject({ emergency: true, forSomeoneElse: true });
  });

  it('a curfew, a match on TV, a used phone for sale, a storm and an "if … or …" question are not danger', () => {
    const calm = [
      'asrama kami jam malamnya ketat, jam 11 gerbang dikunci, yang telat kena denda. boleh gak denda dipotong gaji?',
      'semalam nobar, timnas dipukul 4-1, dibantai abis, sedih',
      'laptop bekas saya mau dijual sebelum pulang dari Taiwan, enaknya jual di mana?',
      'tiga hari dikurung di kos aja karena hujan badai terus, bosen',
      'kalau nanti di Oman saya dikunci atau dipukul majikan, harus telepon siapa? berangkat bulan depan',
    ];
    expect(emergencyOf(calm)).toEqual(each(calm, false));
    expect(route('aku dibelikan tiket terus dijual ke perusahaan scam di Bavet, tolong').emergency).toBe(true);
    expect(route('aku gak bebas keluar, dikunci di kamar sama majikan').emergency).toBe(true);
  });

  it('a witness, a friend from the same dorm, Javanese and Madurese relatives, and Poland', () => {
    expect(route('saya lihat teman sekamar saya mukanya lebam, dia dipukul majikan dan gak boleh keluar, hp disita'))
      .toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('teman satu asrama dikunci di gudang sama mandor dari kemarin, gak dikasih makan')).toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('mas, adhiku neng Dubai dikunci neng omah majikan, digebuki')).toMatchObject({ emergency: true, forSomeoneElse: true, country: 'AE' });
    expect(route("tolong, ebu' kaula e Malaysia ta' olle kalowar bi' majikanna")).toMatchObject({ emergency: true, forSomeoneElse: true, country: 'MY' });
    expect(route('tangan saya luka kena mesin, mandor bilang tidak boleh ke rumah sakit. saya di Polandia')).toMatchObject({ emergency: true, country: 'PL' });
  });

  it('Betawi, Sundanese, Madurese and Malay relatives and neighbours; a number gone dead after a move; a Korean town', () => {
    expect(route('aye tetangganye Mpok Yati, anaknye di Jepang disuruh ngelayanin tamu, paspornye ditahan, kagak boleh keluar'))
      .toMatchObject({ emergency: true, forSomeoneElse: true, country: 'JP' });
    expect(route('teteh abdi di Taiwan muriang, batuk getih, teu dipasihan ka dokter ku majikanna')).toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route("ale' kaula e Malaysia ta' olle kaloar dari kebbun, ta' e majar")).toMatchObject({ emergency: true, forSomeoneElse: true, country: 'MY' });
    // "ana" is also the Arabic "I": the writer.
    expect(route('ana di Riyadh dikunci majikan, gak boleh keluar, tolong')).toMatchObject({ emergency: true, forSomeoneElse: false });
    expect(route('jiran saya pembantu rumah, saya nampak majikan kunci dia dalam bilik stor, dah dua hari tak keluar'))
      .toMatchObject({ emergency: true, forSomeoneElse: true });
    expect(route('adik saya bilang mau dibawa pakai truk ke tempat lain malam itu, sejak itu nomornya mati sampai sekarang')).toMatchObject({ emergency: true });
    expect(route('semalam bos ambil paspor saya dan pukul perut saya, pintu asrama dikunci dari luar. saya di Gimhae')).toMatchObject({ emergency: true, country: 'KR' });
  });

  it('a friend sent home months ago, "if later" questions and a threat "kalau ketahuan … dipulangin"', () => {
    expect(route('temen aku tahun lalu disekap di Myawaddy tapi udah dipulangin bulan Maret, sekarang kerja di Surabaya').emergency).toBe(false);
    expect(route('kalau nanti di Kuwait paspor saya ditahan dan saya dikunci majikan, hubungi siapa? saya belum berangkat').emergency).toBe(false);
    expect(route('agensi bilang kalau ketahuan hamil langsung dipulangin, aku gak dibolehin periksa, hp disita, perut kram dari subuh').emergency).toBe(true);
  });

  it('a recruiter telling a recruit the rules on arrival, and a survivor\'s warning post, are not cries for help', () => {
    expect(route('dek nanti pas sampai kantor hp nya dikumpulin dulu ke leader ya, kantornya di Myawaddy, jangan kaget').emergency).toBe(false);
    expect(route('cerita aku tahun lalu: ternyata disekap dan disuruh nipu orang. kalau ditawarin kerja kayak gitu tolak ya, share biar gak ada korban lagi').emergency).toBe(false);
    // A move about to happen is still danger, "nanti" or not.
    expect(route('nanti malam mereka mau pindahin kami ke perusahaan lain, tolong').emergency).toBe(true);
    // "lagi" before the verb is still now.
    expect(route('tahun lalu aku kerja di Malaysia, sekarang di Kamboja lagi disekap, hp mau diambil').emergency).toBe(true);
  });

  it('danger told only through facts: leftovers once a day, a night move in a closed truck, bought from an agent, the family\'s address, a pimp, pay to quit', () => {
    const danger = [
      'sejak selasa cuma dikasih roti sisa sekali sehari, badan gemeteran gak kuat, aku di Dammam',
      'jam 2 malam kami disuruh naik truk box tanpa jendela, hp dikumpulin, nyebrang sungai pakai perahu. aku gak tau ini negara mana',
      'hp ku cuma dikasih 5 menit seminggu, gaji 7 bulan belum dibayar, dia bilang kamu udah aku beli dari agen',
      'mereka tau alamat rumahku di Cilacap, foto rumah ibu dikirim ke grup kerja. aku masih di Myawaddy',
      'cewek di kamar sebelah tiap malam dijemput mucikari, utangnya belum lunas jadi gak bisa berhenti, paspornya dipegang',
      'kerjaanku chat om-om pakai foto cewek lain, katanya boleh berhenti asal bayar 8000 dolar. di Laos',
    ];
    expect(emergencyOf(danger)).toEqual(each(danger, true));
    expect(route('hp ku cuma dikasih 5 menit seminggu, nyonya berdiri di sebelah, aku ngetik pakai tablet anaknya, gaji belum dibayar'))
      .toMatchObject({ emergency: true, forSomeoneElse: false });
    expect(route('Kami dari organisasi pendamping migran di Poznań. 12 pekerja paspornya dipegang mandor, listrik dan air dimatikan, besok mereka akan \'dipindahkan\''))
      .toMatchObject({ emergency: true, forSomeoneElse: true, country: 'PL' });
    const calm = ['lagi main game, karakterku dikurung di penjara bawah tanah, cara kabur di level 12 gimana?', 'bun jangan lupa tiket kereta udah aku beli, besok ke rumah nenek'];
    expect(emergencyOf(calm)).toEqual(each(calm, false));
  });

  it('danger told without danger words: welded windows, a dark room, a ransom deadline, no medicine, despair, an urgent ask for the embassy', () => {
    const texts = [
      'gimana cara keluar dari gedung ini? jendela dilas semua, satpam 24 jam di bawah. kami 12 orang',
      'kata anakku yang gak capai target dimasukin ruang gelap, hp ini pinjem',
      'majikan bilang gak usah ke dokter padahal aku pendarahan dari pagi',
      'nomor kbri kuala lumpur berapa, cepat',
      'please embassy number, they took my phone yesterday',
      'I want to die, every day they shout at me and I cannot rest',
      'adiak ambo indak bisa pulang, dipaso manipu urang',
    ];
    expect(emergencyOf(texts)).toEqual(each(texts, true));
    // A calm question about the embassy, or about paying one's own ticket home, is not.
    expect(route('nomor KBRI Kuala Lumpur berapa ya?').emergency).toBe(false);
    expect(route('kalau mau pulang harus bayar tiket sendiri ya?').emergency).toBe(false);
  });

  it('"saya" after "nelpon" is who was called, not who is in danger', () => {
    expect(route('istri saya di Jeddah, majikan kunci dia di kamar, dia nelpon saya diam diam dari kamar mandi'))
      .toMatchObject({ emergency: true, forSomeoneElse: true });
  });

  it('the country is where the person is now, even said a few words away, never a place passed through', () => {
    expect(route('suami saya ABK kapal Taiwan, kapten suka mukul, kapal lagi sandar di Busan tapi tidak boleh turun').country).toBe('KR');
    expect(route('she was driven across from Mae Sot and is now locked up in a building in Shwe Kokko').country).toBe('MM');
    expect(route('besok mau dibawa ke Myanmar, sekarang dia dikunci di hotel di Mae Sot').country).toBe('TH');
    expect(route('kapal kami sandar di Port Louis, kapten tidak kasih kami turun, gaji tidak dibayar 8 bulan').country).toBe('MU');
  });
});

describe('every other message is routed as an ad, a question or chit-chat', () => {
  it('a forwarded Cambodia admin ad is an ad to check', () => {
    const ad = 'LOKER KAMBOJA 🇰🇭 admin CS gaji 15jt, tanpa pengalaman, tiket ditanggung, visa turis dulu. Minat WA 0812-3456-7890';
    expect(routeMessage({ text: ad, forwarded: true })).toMatchObject({ kind: 'ad', emergency: false, ambiguous: false });
  });

  it('an ad quoted with "ini aman gak?" is still an ad to check', () => {
    const r = routeMessage({ text: 'ini aman gak? "Dibutuhkan CS ke Thailand gaji 18jt, tiket ditanggung, tanpa pengalaman"' });
    expect(r.kind).toBe('ad');
  });

  it('WhatsApp-style questions are questions; greetings are chit-chat', () => {
    expect(routeMessage({ text: 'kalo paspor ditahan bos gmn' }).kind).toBe('question');
    expect(routeMessage({ text: 'is it legal to work in Cambodia on a tourist visa?' }).kind).toBe('question');
    expect(routeMessage({ text: 'makasih kak 🙏' }).kind).toBe('other');
  });

  it('a link with a few words around it is "link only"; an ad that carries a link is not', () => {
    expect(isLinkOnly('min, loker ini beneran ga? https://bit.ly/loker-jepang2025')).toBe(true);
    expect(isLinkOnly('https://www.tiktok.com/@lokerkamboja/video/123')).toBe(true);
    expect(isLinkOnly('Dibutuhkan admin CS di Phnom Penh, gaji $1000, tiket ditanggung, tanpa pengalaman. Daftar: https://bit.ly/x')).toBe(false);
    expect(isLinkOnly('kirim CV ke hrd@contoh.co.id ya')).toBe(false);
    expect(isLinkOnly('aman gak kerja di kamboja?')).toBe(false);
  });

  it('a bare follow-up ("trus sy hrs gmn?") is told from a question with words of its own', () => {
    for (const text of ['trus sy hrs gmn?', 'terus aku kudu piye', 'jadi gimana dong kak', 'lalu saya harus apa', 'skrg gmn?', 'gimana kak?', 'what should I do now?', 'now what', 'so what do I do?']) {
      expect(asksWhatNext(text), text).toBe(true);
    }
    for (const text of ['trus paspor sy gmn?', 'apa itu P3MI?', 'what should I do if my passport is taken?', 'makasih kak', 'oke', 'jadi TKI di taiwan gimana caranya', 'terus']) {
      expect(asksWhatNext(text), text).toBe(false);
    }
  });

  it('a move announced for tonight with a plea is an emergency; a child insisting on going is not', () => {
    expect(routeMessage({ text: 'kak tolong, malam ini bos blg sy mau dipindahin ke rumah lain' }).emergency).toBe(true);
    expect(routeMessage({ text: 'anak sy maksa pgn brgkt krn butuh uang' }).emergency).toBe(false);
    expect(routeMessage({ text: 'bos maksa sy kerja 20 jam tolong' }).emergency).toBe(true);
  });

  it('tells an offer someone received from a general question about offers', () => {
    for (const text of [
      'kak sepupu sy ditawarin kerja di kamboja sm kenalan fb, aman gk?',
      'teman sekampung ngajak kerja di thailand, gmn kak',
      'agennya minta 45jt dulu katanya jaminan pasti brgkt',
      'A recruiter messaged me on LinkedIn about a role near Myawaddy. Is that normal?',
      'got offered a casino job in phnom penh, is it safe?',
      'tetangga sy bilang katanya ada kerjaan di luar negri gaji 20jt, gmn kak',
      'kmrn dikasih tau om sy ada loker di malaysia',
      'anak kulo ditawani kerjo teng Malaysia kaliyan tonggo',
      'ank sy d tawarin krj d thailan jd admn gji 20jt',
      'bro is it legit kerja di kamboja gaji 1000 dollar?',
      'agen bilang bilang aja wisata klo ditanya imigrasi',
      'LPK di kota sy janjiin pasti brgkt ke korea jalur EPS, bayar 60jt, tanpa tes bahasa. bener gk?',
      'anak sy dijamin pasti lolos kata sponsornya',
      'kak ada LPK di kediri katanya pasti berangkat ke korea, bayar 35jt lunas',
    ]) expect(tellsOfOffer(text), text).toBe(true);
    for (const text of [
      'bagaimana cara cek tawaran kerja ke luar negeri?', 'how do I check a job offer abroad?', 'berapa biaya resmi ke taiwan?', 'katanya kerja di jepang enak ya?',
      'brp gaji kerja di taiwan?', 'lpk yang resmi dimana ya', 'apa LPK bisa menjamin kita lulus?',
    ]) {
      expect(tellsOfOffer(text), text).toBe(false);
    }
  });

  it('"ke mana" and a tag "… bukan sih" ask, even without a question mark or a job-ad word', () => {
    for (const text of ['kalau mau lapor penipuan loker ke mana', 'kamboja itu negara penempatan resmi bukan sih']) {
      expect(routeMessage({ text }), text).toMatchObject({ kind: 'question', ambiguous: false });
    }
  });

  it('asking whether one may ask is chit-chat; a question after it is a question', () => {
    for (const text of ['min mau tanya', 'permisi kak mau nanya', 'boleh tanya?', 'hi, can I ask something?', 'punten kang, abdi bade naros', 'nuwun sewu, kula badhe tanglet', 'Assalamualaikum wr wb. Punten neng, nini bade naros']) {
      expect(routeMessage({ text }).kind, text).toBe('other');
    }
    expect(routeMessage({ text: 'boleh tanya biaya ke taiwan?' }).kind).toBe('question');
    expect(routeMessage({ text: 'mau tanya soal visa turis' }).kind).toBe('question');
  });

  it('words that are also JavaScript object members ("constructor") are ordinary words', () => {
    expect(routeMessage({ text: 'is a constructor job in Malaysia with a tourist visa legal?' })).toMatchObject({ kind: 'question', country: 'MY' });
    expect(routeMessage({ text: 'hasOwnProperty toString __proto__ valueOf' }).emergency).toBe(false);
  });

  it('a short text with one ad-ish word is flagged as ambiguous so the bot can ask', () => {
    expect(routeMessage({ text: 'gaji 15jt' }).ambiguous).toBe(true);
  });

  it('the check flow and photos route to the ad checker; groups never get the two-button question', () => {
    expect(routeMessage({ text: 'ini', flow: 'check' }).kind).toBe('ad');
    expect(routeMessage({ text: 'aman gk?', flow: 'check' }).kind).toBe('ad');
    expect(routeMessage({ text: 'LOKER KAMBOJA gaji 15jt minat?', flow: 'check' }).kind).toBe('ad');
    // The user moved on: a plain question is answered, not judged "too short" as an ad.
    expect(routeMessage({ text: 'klo taiwan biayanya brp?', flow: 'check' }).kind).toBe('question');
    expect(routeMessage({ text: 'aman gak?', hasPhoto: true }).kind).toBe('ad');
    expect(routeMessage({ text: 'gaji 15jt', chatType: 'group' }).ambiguous).toBe(false);
  });

  it('very long input is handled (no catastrophic patterns)', () => {
    const text = `${'kalau '.repeat(3000)}disekap ${'a, '.repeat(3000)}`;
    expect(() => routeMessage({ text })).not.toThrow();
  });
});

describe('router figures on the team fixtures (guards against large regressions)', () => {
  it('keeps distress caught ≥ 95 % (dev) and ≥ 90 % (held out), false alarms ≤ 5 % (dev) and ≤ 10 % (held out), ads and questions routed ≥ 90 %', async () => {
    const result = await evaluateRouter();
    // Dev emergencies are the examples the model learns from, so the cross-validated figure is the
    // honest one for them. The held-out set was written blind by people who never saw the cues or
    // the examples (docs/quality.md): 96.6 % caught, 5.2 % false alarms when this guard was set,
    // against 87.8 % and 10.8 % for the hand-written cues alone. Loose floors against a collapse,
    // not targets to tune the held-out lines on.
    expect(result.devCrossValidated.distressCaught).toBeGreaterThanOrEqual(0.95);
    expect(result.devCrossValidated.falseAlarms).toBeLessThanOrEqual(0.05);
    expect(result.holdout.distressCaught).toBeGreaterThanOrEqual(0.9);
    expect(result.holdout.falseAlarms).toBeLessThanOrEqual(0.1);
    // The model must add to the cues, not merely repeat them.
    expect(result.holdout.distressCaught).toBeGreaterThan(result.cuesOnly.holdout.distressCaught);
    expect(result.holdout.falseAlarms).toBeLessThan(result.cuesOnly.holdout.falseAlarms);
    for (const split of [result.dev, result.holdout]) {
      expect(split.adsAsAds).toBeGreaterThanOrEqual(0.9);
      expect(split.questionsAsQuestions).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('no job ad, warning or news item of the checker fixtures (dev) is taken for a cry for help', async () => {
    const { readFile } = await import('node:fs/promises');
    const emergencyModel = await loadEmergencyModel('content');
    const ads = (await readFile('test/fixtures/ads.jsonl', 'utf8')).trim().split('\n')
      .map((line) => JSON.parse(line) as { text: string; split?: string })
      .filter((ad) => ad.split !== 'holdout');
    const alarms = ads.filter((ad) => routeMessage({ text: ad.text }).emergency || routeMessage({ text: ad.text, emergencyModel }).emergency).map((ad) => ad.text.slice(0, 60));
    expect(alarms).toEqual([]);
  });
});
