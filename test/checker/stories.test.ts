import { describe, it, expect } from 'vitest';
import { checkAd } from '../../src/checker/index.js';
import { realSignals } from './signals-content.js';

const signals = await realSignals();
const ids = (text: string): string[] => checkAd(text, signals).signals.map((s) => s.id);
const evidence = (text: string, id: string): readonly string[] => checkAd(text, signals).signals.find((s) => s.id === id)?.evidence ?? [];

describe('a family member forwards a job ad', () => {
  it("a forwarded Cambodia admin ad gets a likely-scam verdict that quotes 'visa turis'", () => {
    const r = checkAd('LOKER KAMBOJA 🇰🇭 admin CS gaji 15jt tanpa pengalaman, tiket ditanggung, berangkat pakai visa turis dulu, WA +855 12 345 678', signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.signals.find((s) => s.id === 'tourist-visa-for-work')?.evidence).toContain('visa turis');
    expect(r.entities.phones).toEqual([{ e164: '+85512345678', country: 'KH' }]);
    expect(r.entities.amounts).toContainEqual({ text: '15jt', currency: 'IDR', value: 15_000_000, idr: 15_000_000 });
    expect(r.entities.places).toContainEqual({ text: 'KAMBOJA', country: 'KH', hub: true });
  });

  it('a "surat panggilan kerja" in an official body\'s name that cancels the selection unless a fee is paid is likely a scam, and says why', () => {
    // Written for this test: the pattern of fake BP2MI letters, not a fixture.
    const letter = 'SURAT PANGGILAN. Berdasarkan seleksi BP2MI, Saudara LULUS untuk penempatan ke Korea. Wajib melunasi biaya diklat Rp 6.500.000 ke rekening a.n. Yayasan Cahaya Kerja paling lambat Senin. Jika tidak melakukan pembayaran, kelulusan Saudara dibatalkan.';
    expect(checkAd(letter, signals).verdict).toBe('likely-scam');
    expect(evidence(letter, 'pay-or-lose-place')[0]).toMatch(/^Jika tidak melakukan pembayaran, kelulusan Saudara dibatalkan/);
    // A notice that only says absent candidates drop out asks for no money.
    expect(ids('Peserta yang tidak hadir saat tes di Disnaker dianggap gugur.')).not.toContain('pay-or-lose-place');
  });

  it('quotes the original words even when the ad hides them with look-alike letters and zero-width characters', () => {
    const ad = 'Lok\u200ber Кam\u200bbоja, posisi 4dmin, g@ji 20jt, t4npa pengalaman, tiket ditanggung';
    const r = checkAd(ad, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(evidence(ad, 'scam-hub-destination')[0]).toContain('Кam');
    expect(evidence(ad, 'generic-office-role')).toContain('4dmin');
  });

  it('spots a Myawaddy route through Bangkok and Mae Sot even when the ad only says "Thailand"', () => {
    const r = checkAd('Kerja Thailand bagian CS online gaji 17jt, tiket dibayar, dijemput di Bangkok lanjut darat ke Mae Sot', signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.entities.places.map((p) => p.text)).toContain('Mae Sot');
  });

  it('an office job in Thailand for tens of millions is the Myawaddy promise, in an ad or told in everyday words', () => {
    const ad = 'Dibutuhkan staff kantor di Thailand, kerja pake komputer, gaji 20jt, berangkat rombongan dari Soetta, tiket gratis';
    expect(checkAd(ad, signals).verdict).toBe('likely-scam');
    expect(checkAd(ad, signals).combinations.map((c) => c.id)).toContain('thailand-office-job-high-pay');
    const told = 'tetangga sy katanya ada kerjaan tp dia gk bilang negara mana, cm bilang deket2 thailand, kerjanya di kantor pake komputer, gajinya bisa 20jt';
    expect(checkAd(told, signals).verdict).toBe('likely-scam');
    expect(evidence(told, 'hidden-destination')).toEqual(['gk bilang negara', 'deket2 thailand']);
    expect(evidence(told, 'generic-office-role')).toEqual(['kerjanya di kantor pake komputer']);
    // A licensed placement in Thailand is not that promise.
    const licensed = 'PT Maju Bersama (P3MI berizin, SIP2MI No. 123/2026) membuka lowongan staf admin gudang di Bangkok, gaji 20jt, daftar lewat Disnaker';
    expect(checkAd(licensed, signals).combinations.map((c) => c.id)).not.toContain('thailand-office-job-high-pay');
  });

  it('sees a paid-task fraud offered in a private chat, and not a police warning that describes it', () => {
    const offer = 'Halo kak, aku Dina dari tim rekrutmen. Kerja paruh waktu kasih rating bintang 5 ke hotel, komisi 80rb per tugas. '
      + 'Buat buka misi VIP saldo akun harus diisi dulu ya. Chat aku di wa.me/6281255501234';
    const r = checkAd(offer, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(evidence(offer, 'task-scam')).toContain('rating bintang 5');
    const warning = 'AWAS MODUS kerja paruh waktu: pelaku menawarkan komisi untuk rating hotel lalu meminta deposit. Jangan transfer!';
    expect(checkAd(warning, signals).verdict).toBe('no-signs-found');
  });

  it('reads a holiday or a tour group first, and "penempatan luar", as the tricks they are', () => {
    expect(ids('Kita liburan dulu ke Bangkok 3 hari, abis itu langsung kerja CS, gaji 18jt')).toContain('tourist-visa-for-work');
    expect(ids('Berangkat bareng tour group dari Batam, aman dan murah')).toContain('tourist-visa-for-work');
    expect(ids('OPERATOR KOMPUTER penempatan luar, gaji 15jt, proses 1 minggu')).toContain('hidden-destination');
  });

  it('flags an ad that hides the country behind "negara tetangga" and WhatsApp', () => {
    expect(checkAd('Dicari admin kerja di negara tetangga gaji 15 juta tanpa pengalaman, detail negara via WA 0812 3456 7890', signals).verdict).toBe('likely-scam');
  });

  it('treats being told to lie to immigration as serious on its own', () => {
    const r = checkAd('Nanti di bandara bilang aja mau liburan, jangan bilang mau kerja ya', signals);
    expect(r.verdict).not.toBe('no-signs-found');
    expect(ids('Nanti di bandara bilang aja mau liburan')).toContain('lie-to-officials');
  });

  it('reads amounts in many currencies with an approximate rupiah value', () => {
    const r = checkAd('Salary $1,500/month, atau 1.000 USD, NT$ 28.590, RM 1.700, Rp 15.000.000, gaji 12-20jt', signals);
    const byText = Object.fromEntries(r.entities.amounts.map((a) => [a.text, a]));
    expect(byText['$1,500']?.value).toBe(1500);
    expect(byText['1.000 USD']?.currency).toBe('USD');
    expect(byText['NT$ 28.590']?.value).toBe(28590);
    expect(byText['Rp 15.000.000']?.idr).toBe(15_000_000);
    expect(byText['12-20jt']?.value).toBe(12_000_000);
  });

  it('never lists a salary as a phone number, and still finds the recruiter\'s numbers', () => {
    // libphonenumber alone reads "Rp 21.500.000" as the Jakarta number +62 21 500000.
    const r = checkAd('Gaji Rp 21.500.000/bln, bonus 2.500.000 - 3.000.000. Hub 0812-3456-7890 atau +62 812.345.678', signals);
    expect(r.entities.phones.map((p) => p.e164)).toEqual(['+6281234567890', '+62812345678']);
    expect(r.entities.amounts.map((a) => a.text)).toContain('Rp 21.500.000');
    expect(checkAd('kantor (021) 500.600, gaji 15.000.000', signals).entities.phones.map((p) => p.e164)).toEqual(['+6221500600']);
  });

  it('is not disarmed by a scam ad that warns about scammers ("hati-hati penipuan yang mengatasnamakan kami")', () => {
    const ad = 'LOKER KAMBOJA admin CS gaji 15jt, tanpa pengalaman, tiket & hotel ditanggung. '
      + 'Hati-hati penipuan yang mengatasnamakan perusahaan kami! Minat WA 0812-5550-7788';
    const r = checkAd(ad, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.signals.map((s) => s.id)).not.toContain('awareness-warning');
    // The same warning words in a notice that recruits nobody still read as a warning.
    expect(ids('Hati-hati penipuan lowongan ke Kamboja: gaji 15jt tanpa pengalaman, tiket ditanggung. Sebarkan ke keluarga!'))
      .toContain('awareness-warning');
  });

  it('a warning that lists every bait word but asks nobody to apply finds no warning signs; with a recruiter\'s number it is an ad', () => {
    const warning = 'CIRI-CIRI LOWONGAN KERJA PALSU KE LUAR NEGERI: 1. Posisi admin/CS di Kamboja, gaji besar tanpa pengalaman '
      + '2. Berangkat cepat, tiket ditanggung 3. Pakai visa turis / bebas visa 4. Lokasi cuma disebut negara ASEAN '
      + '5. Gaji dalam USDT, komunikasi hanya lewat Telegram 6. Ada deposit jaminan. Kalau ragu, cek ke Disnaker.';
    const r = checkAd(warning, signals);
    expect(r.score).toBeGreaterThanOrEqual(signals.thresholds.likelyScam);
    expect(r.verdict).toBe('no-signs-found');
    // The bait words are still listed, beside the reading as a warning.
    expect(r.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['awareness-warning', 'tourist-visa-for-work']));
    expect(checkAd(`${warning} Info lowongan: 0812-5550-4433`, signals).verdict).toBe('likely-scam');
    expect(checkAd(`${warning} Lihat https://bp2mi.go.id`, signals).verdict).toBe('no-signs-found');
  });

  it('reads the love-scam script, the "location told later" trick and the Malay visit-pass route', () => {
    expect(ids('cuma ngobrol sama orang di aplikasi kencan trus pelan2 arahin mereka deposit')).toContain('scam-work-sector');
    expect(ids('terbang ke Bangkok dulu ya biar gak dicurigai')).toContain('lie-to-officials');
    expect(ids('Masuk Malaysia guna pas lawatan sosial dahulu, permit kerja diuruskan kemudian')).toContain('tourist-visa-for-work');
    expect(ids('staf akan dihantar ke cawangan di negara jiran')).toContain('hidden-destination');
    expect(checkAd('gaji 1.200 USDT + komisi', signals).entities.amounts[0]).toMatchObject({ currency: 'USD', value: 1200 });
  });

  it('the bare one-liner "loker kamboja gaji 15jt minat pm" is likely-scam: high pay in a scam hub, by chat', () => {
    const r = checkAd('loker kamboja gaji 15jt minat pm', signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.combinations.map((c) => c.id)).toContain('hub-job-high-pay');
    // The same pay for a job in Indonesia is not the hub pattern.
    expect(checkAd('loker jakarta gaji 15jt minat pm', signals).combinations.map((c) => c.id)).not.toContain('hub-job-high-pay');
  });

  it('a plantation job in Sabah with "gak perlu visa kerja" and the fare taken from wages is likely-scam', () => {
    const ad = 'Butuh 20 org panen sawit di Tawau, gaji harian RM70. Gak perlu visa kerja, ongkos kapal ditalangin dulu nanti potong gaji. WA 0852-1234-9876';
    const r = checkAd(ad, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.signals.find((s) => s.id === 'tourist-visa-for-work')?.evidence).toEqual(['Gak perlu visa kerja']);
    expect(r.countries).toContain('MY');
  });

  it('any office job in Cambodia, Myanmar or Laos is at least suspicious: there is no legal placement there', () => {
    for (const ad of ['loker admin di kamboja', 'admin kamboja 15jt', 'CS myanmar 1000 USD']) {
      const r = checkAd(ad, signals);
      expect(r.verdict, ad).not.toBe('no-signs-found');
      expect(r.combinations.map((c) => c.id), ad).toContain('job-in-non-placement-country');
    }
    // An embassy's advisory about those jobs recruits nobody.
    const advisory = 'ADVISORY from the Embassy in Yangon: citizens are urged not to accept "admin" or "customer service" jobs in Myanmar with high salaries.';
    expect(checkAd(advisory, signals).verdict).toBe('no-signs-found');
  });

  it('a carer job with a training certificate "made in 2 days" and fees taken from wages is likely-scam', () => {
    const ad = 'Loker perawat lansia Hongkong, gak usah ikut pelatihan, sertifikat bisa kami buatkan. Biaya dipotong dari gaji 8 bulan. WA Mbak Tini 0857-1234-0000';
    const r = checkAd(ad, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['forged-documents', 'placement-debt', 'no-experience']));
  });

  it('room and board taken from wages under the contract, and fees paid "sesuai struktur biaya resmi", are not a debt or a visa fee', () => {
    const ad = 'PT Sinar Benua (P3MI, SIP3MI No. 12/2023). Operator pabrik di Polandia, work permit terbit sebelum berangkat. '
      + 'Potong gaji utk mess maks PLN 400 sesuai kontrak. Biaya sesuai struktur biaya resmi, dibayar setelah work permit terbit.';
    const ids = checkAd(ad, signals).signals.map((s) => s.id);
    expect(ids).not.toContain('placement-debt');
    expect(ids).not.toContain('visa-fee');
  });

  it('a job abroad with only a WhatsApp number and no licensed agency gets the no-licence combination; naming the licence removes it', () => {
    const ad = 'Lowongan operator pabrik di Malaysia, gaji RM 1.700, mess disediakan. Minat WA 0812-7777-0000';
    expect(checkAd(ad, signals).combinations.map((c) => c.id)).toContain('abroad-by-chat-no-licence');
    const licensed = `${ad}. PT Maju Bersama (P3MI), SIP3MI No. 77/2024, daftar lewat SISKOP2MI.`;
    expect(checkAd(licensed, signals).combinations.map((c) => c.id)).not.toContain('abroad-by-chat-no-licence');
  });

  it('a friendly neighbour taking villagers to Malaysia on a tourist stamp, keeping their passports, is likely-scam', () => {
    const ad = 'Sodara2 yg mau kerja kebun di Sarawak, sy berangkatin bulan depan. Masuk pake cop pelancong aja, sampe sana permit diurus. '
      + 'Ongkos sy talangin dulu. Paspor nanti sy pegang biar aman. Hub sy Pak Wahyu 0813-0000-5521';
    const r = checkAd(ad, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['tourist-visa-for-work', 'placement-debt', 'passport-held', 'individual-recruiter']));
  });

  it('a person recruiting a carer for Malaysia ("hubungi bu Ani") is at least suspicious, even "tanpa biaya"', () => {
    const ad = 'Dicari TKW ke Malaysia jaga lansia, gaji 5 juta, berangkat minggu depan, tanpa pelatihan, tanpa biaya, paspor diurus, hubungi bu Ani 0813-2222-3333';
    const r = checkAd(ad, signals);
    expect(r.verdict).not.toBe('no-signs-found');
    expect(r.combinations.map((c) => c.id)).toContain('individual-placing-abroad');
    // The same person recruiting for a job in Indonesia is not placing anyone abroad.
    expect(checkAd('Dicari penjaga lansia di Bekasi, gaji 3 juta, hubungi bu Ani 0813-2222-3333', signals).combinations.map((c) => c.id))
      .not.toContain('individual-placing-abroad');
  });

  it('a TikTok caption with "gaji 2 digit", "ga pake ijazah" and a free ticket abroad is likely-scam', () => {
    const caption = "siapa yg mau kerja di luar negri gaji 2 digit 🤑 cuma modal hp & bisa ngetik, tiket ditanggung bos, ga pake ijazah. komen 'MAU'";
    expect(checkAd(caption, signals).verdict).toBe('likely-scam');
  });
});

describe('other ways people are recruited', () => {
  it('a matchmaker offering a husband abroad, a bride price for the family and every cost paid is likely-scam', () => {
    const ad = 'Dicarikan jodoh cowok Taiwan mapan untuk cewek 20-30 thn. Orang tua langsung terima mahar 30jt, tiket & dokumen ditanggung calon suami. WA Ci Mei 0812-5550-0000';
    const r = checkAd(ad, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.combinations.map((c) => c.id)).toContain('bride-price-and-costs-paid');
    // A warning about the same scheme recruits nobody.
    expect(checkAd('Waspada modus pengantin pesanan: korban dijanjikan mahar untuk keluarga lalu dinikahkan dengan pria China.', signals).verdict).toBe('no-signs-found');
  });

  it('a "ministry" notice that wants a fee in a person\'s account is likely-scam; the real exam notice is not', () => {
    const fake = 'PENGUMUMAN KEMENTERIAN P2MI: program kerja ke Jepang gratis, peserta transfer biaya verifikasi Rp 500.000 ke rek BCA a.n. Budi. Daftar via WA 0813-5550-0001';
    expect(checkAd(fake, signals).verdict).toBe('likely-scam');
    expect(evidence(fake, 'personal-account-payment').join(' ')).toContain('rek BCA a.n');
    const real = 'Biaya ujian EPS-TOPIK dibayar ke rekening atas nama lembaga penyelenggara, bukan ke rekening perorangan. Daftar di SIAPkerja.';
    expect(ids(real)).not.toContain('personal-account-payment');
  });

  it('a test invitation from a Gmail address that routes travel through a "partner" agent is likely-scam', () => {
    const ad = 'PANGGILAN TES PT Bumi Energi (Persero): peserta lolos berkas wajib hadir tes di Jakarta. Tiket dan hotel dipesan melalui biro perjalanan mitra, konfirmasi ke rekrutmen.bumienergi@gmail.com';
    const r = checkAd(ad, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.combinations.map((c) => c.id)).toContain('fake-selection-invitation');
  });

  it('names a fee for the visa or work permit, but not a visa the employer pays for', () => {
    expect(evidence('Tahap 1: bayar Rp 12 jt utk Work Permit, tahap 2 setelah calling visa keluar', 'visa-fee')[0]).toContain('bayar Rp 12 jt utk Work Permit');
    expect(ids('Tiket pesawat dan biaya visa ditanggung pemberi kerja, kontrak ditandatangani di Disnaker')).not.toContain('visa-fee');
  });

  it('an offer from Europe that makes the candidate pay for the permit is flagged; an employer that pays for it is not', () => {
    const offer = 'Offer of Employment: warehouse operative in Łódź, Poland, EUR 1,150 net. Our immigration partner files your work permit; the filing fee is payable in two instalments, EUR 250 now and EUR 400 after the permit is approved.';
    const r = checkAd(offer, signals);
    expect(r.verdict).not.toBe('no-signs-found');
    expect(r.signals.map((s) => s.id)).toContain('visa-fee');
    expect(r.countries).toContain('PL');
    const employer = 'Greenhouse workers for the Netherlands. We, the employer, apply for the work permit with UWV and pay all application and visa costs. No fees for candidates.';
    expect(checkAd(employer, signals).verdict).toBe('no-signs-found');
  });

  it('"slot" is gambling only as a game, and "tempat tinggal" is a place to live, not a place running out', () => {
    expect(ids('Admin judi slot online di Kamboja')).toContain('scam-work-sector');
    expect(ids('Booking slot interview terbatas, tempat tinggal disediakan')).not.toContain('scam-work-sector');
    expect(evidence('Kuota terbatas! tempat tinggal disediakan', 'urgency')).toEqual(['Kuota terbatas']);
  });

  it('documents held with a deposit, a loan repaid from wages abroad, skipping the official office, a visit visa "changed" on arrival', () => {
    const crew = 'ABK kapal tuna, gaji 450 USD. Buku pelaut & paspor ditahan di agen sampai kontrak habis. Deposit jaminan 5jt.';
    expect(checkAd(crew, signals).combinations.map((c) => c.id)).toContain('documents-held-and-money-owed');
    const loan = 'Tiket pesawat & visa dipinjami perusahaan dulu, nanti potong gaji 6 bulan. Posisi packing di Bangkok.';
    expect(checkAd(loan, signals).verdict).not.toBe('no-signs-found');
    expect(ids('ART ke Riyadh, berangkat pake visa ziarah, sampe sana diganti visa kerja, ga usah lewat BP3MI'))
      .toEqual(expect.arrayContaining(['tourist-visa-for-work', 'skips-official-route']));
    // A warning that a visit visa cannot be changed, and a G to G notice without private agencies, are not flagged for it.
    expect(ids('Visa kunjungan tidak bisa diubah menjadi visa kerja, jangan percaya calo')).not.toContain('tourist-visa-for-work');
    expect(ids('Program G to G Korea: pendaftaran tanpa melalui perusahaan di Indonesia, langsung lewat SIAPkerja')).not.toContain('skips-official-route');
  });

  it('a real sponsor that pays the permit, or lets the candidate pay the official fee to the government, is not flagged', () => {
    const employer = 'As your employer, we will apply for the single permit (GVVA) with the IND and pay all permit and legalisation costs. Flights are paid by us and not deducted from wages.';
    expect(checkAd(employer, signals).verdict).toBe('no-signs-found');
    const sponsor = 'We will assign your Certificate of Sponsorship. You pay only the visa application fee directly to UK Visas and Immigration, and we reimburse it after your first month.';
    expect(checkAd(sponsor, signals).verdict).toBe('no-signs-found');
    const fake = 'Room Attendant in London, £3,200 a month. You are required to pay £650 for the Certificate of Sponsorship via Western Union within 72 hours. Contact hr.kensington@gmail.com';
    expect(ids(fake)).toEqual(expect.arrayContaining(['visa-fee', 'upfront-fee']));
    expect(ids('Biaya administrasi & pengurusan work permit 1.500 EUR, dibayar 2 tahap setelah surat approval terbit')).toContain('visa-fee');
  });

  it('reads Malay "no passport needed" and a permit "the boss will arrange", and full-time work on a student visa', () => {
    expect(ids('kerja kilang, xpayah passport, permit nanti boss uruskan')).toEqual(expect.arrayContaining(['lie-to-officials', 'tourist-visa-for-work']));
    // The same offer told in English, and in chat Indonesian.
    const told = 'My uncle can go to a palm oil estate in Sabah by boat from Nunukan, no passport needed, the boss will sort out permits.';
    expect(ids(told)).toEqual(expect.arrayContaining(['lie-to-officials', 'tourist-visa-for-work']));
    expect(checkAd(told, signals).verdict).not.toBe('no-signs-found');
    expect(ids('ke malaysia gk usah paspor, nanti dijemput')).toContain('lie-to-officials');
    expect(ids('Valid passport required, work permit arranged by the employer before departure')).not.toContain('lie-to-officials');
    expect(ids('Program magang mahasiswa: visa pelajar, kerja full 40 jam/minggu di pabrik')).toContain('tourist-visa-for-work');
    expect(ids('Exchange semester: student visa supported by the host university, part-time work is not part of the programme')).not.toContain('tourist-visa-for-work');
  });

  it('a user telling of an offer from a social-media recruiter gets a warning with the words that raised it', () => {
    const told = 'I got a job offer in Thailand from a Facebook recruiter, salary 1500 USD, they pay the ticket. Is this safe?';
    const r = checkAd(told, signals);
    // A big salary and the ticket paid, abroad, from a recruiter on Facebook: the pattern itself.
    expect(r.verdict).toBe('likely-scam');
    expect(r.combinations.map((c) => c.id)).toContain('abroad-high-pay-all-costs-paid');
    expect(evidence(told, 'social-media-recruiter')).toContain('Facebook recruiter');
    expect(evidence(told, 'costs-covered')).toContain('they pay the ticket');
    expect(r.combinations.map((c) => c.id)).toContain('abroad-by-chat-no-licence');
    expect(evidence('saya dapat tawaran kerja di thailand dari perekrut di facebook', 'social-media-recruiter')).toContain('perekrut di facebook');
    const around = checkAd('ada yg nawarin kerja di dubai jadi ART, gaji 6jt, katanya ga usah ke disnaker', signals);
    expect(around.signals.find((s) => s.id === 'skips-official-route')?.evidence).toContain('ga usah ke disnaker');
    expect(around.combinations.map((c) => c.id)).toContain('abroad-around-the-official-route');
    expect(around.verdict).not.toBe('no-signs-found');
    // The way people retell a recruiter's terms.
    const japan = checkAd('mbak sy ditawarin kerja di jepang, agennya minta 45jt dulu katanya jaminan pasti brgkt, transfernya ke rek pribadi ibunya. bener gak?', signals);
    expect(japan.verdict).toBe('likely-scam');
    expect(japan.combinations.map((c) => c.id)).toContain('fee-into-a-person-for-a-job-abroad');
    expect(ids('bapak sy ditawarin kerja bangunan di brunei lwt kenalan, gk pake kontrak, paspor nanti disimpen bos biar ga kabur'))
      .toEqual(expect.arrayContaining(['no-contract-before-departure', 'passport-held']));
    expect(ids('An agency promises me a job in Germany, fee 70 million, and the contract comes after I arrive'))
      .toEqual(expect.arrayContaining(['upfront-fee', 'no-contract-before-departure']));
    expect(ids('teman ngajak kerja di thailand, katanya dokumen diurus pas sampe')).toContain('no-contract-before-departure');
    // Quiet ways round the rules, as a relative retells them.
    expect(ids('Adik saya ditawar kerja kilang di Johor oleh tekong. Masuk ikut bot dari Batam malam-malam, katanya permit nanti boss yang uruskan'))
      .toEqual(expect.arrayContaining(['transit-to-border', 'tourist-visa-for-work']));
    expect(ids('Katanya gak bayar apa2 di depan, tapi nanti gajinya dipotong 9 bulan buat ganti biaya')).toContain('placement-debt');
    expect(ids('pas tanya kontrak kerja katanya nanti tanda tangan di Malaysia aja')).toContain('no-contract-before-departure');
    expect(ids("They want $850 for medical and visa processing paid to a personal account")).toContain('personal-account-payment');
    // The fee in a story is not the pay: "gaji 8jt … bayar 15jt buat buku pelaut".
    expect(evidence('kerja di kapal ikan taiwan gaji 8jt/bulan tapi hrs bayar 15jt buat buku pelaut', 'unrealistic-pay')).toEqual([]);
    expect(evidence('gaji 15jt per bulan, biaya admin 500rb', 'unrealistic-pay')).toEqual(['15jt']);
    // "The company pays the visa" reassures nobody about Cambodia, where no placement is lawful:
    // the same words are not both a warning and a comfort.
    const hub = checkAd('LOKER KAMBOJA admin game gaji 12jt. Tiket, visa + mess DITANGGUNG perusahaan, tanpa pengalaman, hub WA', signals);
    expect(hub.signals.map((s) => s.id)).toContain('costs-covered');
    expect(hub.signals.filter((s) => s.weight < 0)).toEqual([]);
    // A minor taken to work abroad: the legal route needs 18 (UU 18/2017 Pasal 5).
    const minor = checkAd('anak saya umur 17 mau diajak kerja ke malaysia sama tetangga, boleh gak?', signals);
    expect(minor.signals.find((s) => s.id === 'minor-age')?.evidence).toContain('umur 17');
    expect(minor.combinations.map((c) => c.id)).toContain('minor-for-work-abroad');
    expect(minor.verdict).not.toBe('no-signs-found');
    expect(ids('Nanny in Hong Kong, mengasuh anak umur 15 dan 12, gaji sesuai kontrak')).not.toContain('minor-age');
    // Domestic work in the Middle East through a "sponsor": stopped since 2015 (Kepmenaker 260/2015).
    expect(ids('adikku ditawari jd ART di arab saudi lwt sponsor kenalan tetangga. aman ga kak?')).toContain('domestic-work-middle-east');
    expect(ids('Lowongan ART ke Arab Saudi lewat SPSK, P3MI resmi yang ditunjuk pemerintah')).not.toContain('domestic-work-middle-east');
    // ...and "for a family in Riyadh" names a city, not a country, and a personal contact with a rush.
    const riyadh = checkAd('Dibutuhkan ART untuk keluarga di Riyadh, gaji 1.800 real, majikan baik, proses cepat. Minat hub saya.', signals);
    expect(riyadh.signals.map((s) => s.id)).toContain('domestic-work-middle-east');
    expect(riyadh.combinations.map((c) => c.id)).toContain('domestic-work-middle-east-outside-spsk');
    expect(riyadh.verdict).not.toBe('no-signs-found');
    // A pass, a "special route" or a certificate for sale: selection is by the schemes' own tests.
    const fastTrack = checkAd('Ke Korea gak perlu ikut tes EPS-TOPIK! Ada jalur khusus lewat orang dalam kedutaan. Biaya 60 jt, DP 20 jt. WA 0811-2754-9906', signals);
    expect(fastTrack.signals.find((s) => s.id === 'bought-pass-or-fast-track')?.evidence).toEqual(expect.arrayContaining(['jalur khusus']));
    expect(fastTrack.signals.map((s) => s.id)).not.toContain('official-scheme');
    expect(fastTrack.verdict).toBe('likely-scam');
    expect(ids('Belum punya sertifikat JFT? Tenang, bisa kami bantu keluarkan tanpa ikut ujian')).toContain('bought-pass-or-fast-track');
    // The official notice that warns of the same words is not one.
    expect(ids('Pendaftaran EPS-TOPIK hanya lewat laman resmi KP2MI. Tidak ada jalur khusus/titipan. Waspada calo yang menjanjikan lolos tanpa tes!')).not.toContain('bought-pass-or-fast-track');
    expect(ids('Mess 4 orang dalam 1 kamar, gaji UMR')).not.toContain('bought-pass-or-fast-track');
    // A company that names its own verified accounts, or a warning about such offers, is no recruiter.
    expect(ids('Lowongan hanya diumumkan lewat website resmi dan akun media sosial terverifikasi kami')).not.toContain('social-media-recruiter');
  });
});

describe('offers at sea and on plantations that keep the worker from leaving', () => {
  it('a passport kept "for safekeeping" and wages paid only when the contract ends add up to likely-scam, quoting both', () => {
    const story = "My brother was offered a deck hand job on a foreign fishing vessel. The agent wants to keep his passport and seaman book 'for safekeeping' and says the salary will be paid all at once when the 2-year contract ends. Is that normal?";
    const r = checkAd(story, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(evidence(story, 'passport-held')[0]).toContain('keep his passport');
    expect(evidence(story, 'wages-held-until-contract-end')[0]).toContain('paid all at once');
    expect(ids('Kontrak 2 tahun, gaji USD 400/bln DIBAYAR DI AKHIR KONTRAK')).toContain('wages-held-until-contract-end');
    expect(ids('gaji 500 dolar tapi 3 bulan pertama gak digaji buat ganti biaya')).toContain('wages-held-until-contract-end');
    // Monthly pay with an end-of-contract bonus is ordinary.
    expect(ids('Gaji dibayar tiap bulan ke rekening pekerja, bonus di akhir kontrak')).not.toContain('wages-held-until-contract-end');
  });

  it('skipping the office in other words ("Tdk perlu ke kantor Disnaker", Javanese "ora usah nang Disnaker") is skipping the official route, a free Disnaker registration is not', () => {
    expect(ids('Tdk perlu ke kantor Disnaker, cukup KTP. Inbox aja')).toContain('skips-official-route');
    expect(ids('Mangkate lewat Batam, ora usah nang Disnaker jare')).toContain('skips-official-route');
    expect(ids('Ga usah lewat PT yg lama2 nunggu 6 bulan')).toContain('skips-official-route');
    expect(ids('Tanpa biaya, daftar di Disnaker setempat')).not.toContain('skips-official-route');
    expect(ids('Kontrak ditandatangani di atas kapal')).toContain('no-contract-before-departure');
  });
});

describe('pay that is legal where it is paid, and what a factory order really says', () => {
  it("Taiwan's and Hong Kong's legal minimum wage is never listed as pay that is too high, a wage far above it is", () => {
    const order = 'Dibutuhkan operator produksi pabrik elektronik di Taiwan, gaji NT$29.500 per bulan sesuai upah minimum, PT resmi, proses lewat Disnaker';
    expect(ids(order)).not.toContain('unrealistic-pay');
    // A production-line operator is factory work, not the office job scam compounds recruit for.
    expect(ids(order)).not.toContain('generic-office-role');
    expect(ids('Lowongan PRT Hong Kong, gaji HK$5.100/bulan, libur mingguan')).not.toContain('unrealistic-pay');
    expect(ids('Korea pabrik gaji KRW 2.156.880 per bulan lewat G to G')).not.toContain('unrealistic-pay');
    expect(evidence('Kerja santai di Taiwan cuma pegang HP, gaji NT$60.000 per bulan', 'unrealistic-pay')).toEqual(['NT$60.000']);
    // Japan's hourly minimum at a 40-hour week: an SSW caregiver's ¥170,000 is ordinary, ¥450,000 for easy work is not.
    expect(ids('Lowongan SSW caregiver Jepang lewat P3MI resmi, gaji 170.000 yen per bulan')).not.toContain('unrealistic-pay');
    expect(evidence('Kerja santai di Jepang cuma packing, gaji 450.000 yen per bulan', 'unrealistic-pay')).toEqual(['450.000 yen']);
    // In a currency with no legal wage on file, the rupiah rule stands.
    expect(ids('Admin di Kamboja gaji $1000 per bulan')).toContain('unrealistic-pay');
    expect(ids('operator game online, gaji 15jt')).toContain('generic-office-role');
  });

  it('a passport the factory keeps for the whole contract is a warning sign on its own; a passport the worker keeps is not', () => {
    const held = 'Lowongan operator produksi di Selangor. Gaji RM 1.700 + OT. Paspor asli selama kontrak disimpan oleh pihak pabrik supaya aman.';
    expect(checkAd(held, signals).verdict).toBe('suspicious');
    expect(evidence(held, 'passport-held')[0]).toContain('disimpan oleh pihak pabrik');
    expect(ids('PT resmi. Paspor tetap dipegang oleh pekerja. Kantor di Surabaya')).not.toContain('passport-held');
    expect(ids('Paspor tidak boleh ditahan perusahaan, sesuai UU 18/2017')).not.toContain('passport-held');
  });

  it('a tour package for those who want to "stay" and work, and a K-ETA for a factory job, are tourist entry for work', () => {
    expect(ids("Paket wisata Korea 7 hari khusus yg mau 'stay' kerja, jemputan ke pabrik di Ansan")).toContain('tourist-visa-for-work');
    expect(ids('Biaya 35 jt sudah termasuk tiket & K-ETA, gaji 2,5 jt won')).toContain('tourist-visa-for-work');
    expect(ids('Uang kuliah dipotong langsung dari gaji tiap bulan')).toContain('placement-debt');
    expect(ids('Paket tour Korea 7 hari, nanti ada yg jemput buat kerja. Gk usah pulang, udh byk yg aman')).toContain('tourist-visa-for-work');
    expect(ids('Libur Lebaran gak pulang, tetap dapat lembur')).not.toContain('tourist-visa-for-work');
  });

  it('a job in Dubai with a big salary and the ticket paid, and nothing else, is at least suspicious; the same through a licensed agency with a work visa is not', () => {
    expect(checkAd('isinya loker di dubai gaji 20jt, tiket ditanggung', signals).verdict).toBe('suspicious');
    expect(checkAd('PT Samudra Karya (SIP3MI No. 17/2021) hotel di Dubai, gaji 20jt, tiket ditanggung, visa kerja diurus hotel', signals).verdict).toBe('no-signs-found');
  });

  it('a village "sponsor" who sends people himself and takes the fee in hand is an individual recruiter paid personally', () => {
    const offer = 'Di kampung sebelah ada sponsor yg bisa berangkatin ke Taiwan. Biayanya 35jt dibayar langsung ke dia, katanya dia punya kenalan agensi di sana. Sy udh DP 10jt';
    expect(ids(offer)).toEqual(expect.arrayContaining(['individual-recruiter', 'personal-account-payment']));
    expect(checkAd(offer, signals).verdict).toBe('likely-scam');
    expect(ids('Program G to G lewat BP2MI, gak ada bayar ke calo')).not.toContain('personal-account-payment');
  });
});

describe('one phrase is never both a warning and a comfort', () => {
  it('"tiket + visa + mess ditanggung perusahaan" is "everything paid for", not also "the employer pays the permit"', () => {
    const ad = 'CS online di Bangkok Thailand, gaji 1000-1500 USD, tanpa pengalaman, tiket + visa + mess ditanggung perusahaan. minat hub WA 0812 3456 7890';
    expect(ids(ad)).toContain('costs-covered');
    expect(ids(ad)).not.toContain('employer-pays-permit');
    // Said on its own, by a licensed agency in Taiwan, it still reassures.
    expect(ids('Operator pabrik di Taiwan lewat P3MI berizin, biaya visa ditanggung perusahaan, gaji NT$29.500')).toContain('employer-pays-permit');
  });
});

describe('genuine offers and ordinary messages are left alone', () => {
  it('a Phnom Penh hotel chef ad with work permit is not likely-scam', () => {
    const r = checkAd('Hotel bintang 5 di Phnom Penh mencari Head Chef. Pengalaman minimal 5 tahun, sertifikat kompetensi. Kami urus work permit dan visa kerja. Kontrak kerja ditandatangani sebelum berangkat.', signals);
    expect(r.verdict).not.toBe('likely-scam');
    expect(r.signals.map((s) => s.id)).toContain('scam-hub-destination');
  });

  it('a licensed agency Taiwan job order is not flagged', () => {
    const r = checkAd('PT Maju Bersama (SIP3MI No. 1/234/2024) job order operator pabrik Taiwan, SIP2MI No. 0099/2025. Gaji NT$ 28.000. Bebas biaya penempatan. Daftar di Disnaker.', signals);
    expect(r.verdict).toBe('no-signs-found');
  });

  it('a G to G Korea announcement is not flagged', () => {
    expect(checkAd('Pendaftaran G to G Korea EPS-TOPIK sektor manufaktur dibuka di SISKOP2MI, usia 18-39 tahun.', signals).verdict).toBe('no-signs-found');
  });

  it('an admin job "in Thailand" from a Facebook acquaintance, leaving next week in chat spelling, is the Myawaddy recruitment pattern', () => {
    const told = 'anak sy ditawarin kenalan fb kerja admin di thailand, brgkt mggu dpn. aman gk?';
    const r = checkAd(told, signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.combinations.map((c) => c.id)).toContain('thailand-office-job-by-contact');
    expect(evidence(told, 'urgency')).toContain('brgkt mggu dpn');
  });

  it('a Thailand hotel job through a licensed agency, or a holiday in Bangkok, is not that pattern', () => {
    expect(checkAd('PT Mitra Karya (SIP3MI No. 123/2024) membuka lowongan resepsionis hotel di Bangkok, Thailand, kontrak 2 tahun, daftar di BP3MI.', signals).combinations.map((c) => c.id))
      .not.toContain('thailand-office-job-by-contact');
    expect(checkAd('liburan ke Bangkok sama temen kantor minggu depan', signals).verdict).toBe('no-signs-found');
  });

  it('a call-centre job in Surabaya is not flagged', () => {
    expect(checkAd('Lowongan Customer Service Call Center di Surabaya, gaji UMK + BPJS, pengalaman tidak wajib.', signals).verdict).toBe('no-signs-found');
  });

  it('a telco promo and a bank OTP are not flagged', () => {
    expect(checkAd('Telkomsel: kuota 25GB hanya Rp50rb! Buruan, promo terbatas.', signals).verdict).toBe('no-signs-found');
    expect(checkAd('JANGAN BERIKAN KODE INI KE SIAPAPUN. Kode OTP 482913 untuk transaksi Rp 2.500.000.', signals).verdict).toBe('no-signs-found');
  });

  it('a news report that repeats all the bait words is not called a scam', () => {
    const r = checkAd('Kemlu memulangkan 24 WNI korban TPPO dari Kamboja. Para korban diiming-imingi gaji Rp 15 juta sebagai admin tanpa pengalaman dan berangkat dengan visa turis.', signals);
    expect(r.verdict).not.toBe('likely-scam');
  });

  it('a plain "frangipani" (bunga kamboja) mention is not a destination', () => {
    expect(ids('Bunga kamboja di depan rumah sudah mekar')).not.toContain('scam-hub-destination');
  });
});

describe('money asked of an applicant for a job at home', () => {
  it('a fee to an individual or an "admin" makes a domestic job ad suspicious, though the workplace is in Indonesia', () => {
    const driver = 'Dibutuhkan sopir pribadi keluarga di Bekasi, gaji 8 jt, langsung kerja. Calon wajib setor uang seragam 400rb sebelum mulai. Hub Pak Rudi 0812-5555-1234.';
    const r = checkAd(driver, signals);
    expect(r.verdict).toBe('suspicious');
    expect(r.signals.find((s) => s.id === 'upfront-fee')?.evidence.join(' | ')).toContain('setor uang seragam');
    expect(r.combinations.map((c) => c.id)).toContain('money-to-a-person-for-a-job');
    const hotel = 'Resto di Kuta butuh waiter, gaji 6 jt. Kirim CV ke hrd.restokuta@gmail.com. Sebelum kontrak, cek kesehatan di klinik kami, biaya 600rb ditransfer ke admin.';
    expect(checkAd(hotel, signals).combinations.map((c) => c.id)).toContain('money-to-a-person-for-a-job');
    expect(checkAd(hotel, signals).verdict).toBe('suspicious');
  });

  it('the same job with no money asked, or with the fee waived, is not flagged for it', () => {
    expect(checkAd('Dibutuhkan sopir pribadi keluarga di Bekasi, gaji 5 jt, seragam disediakan. Hub Pak Rudi 0812-5555-1234.', signals).verdict).toBe('no-signs-found');
    const waived = checkAd('Dibutuhkan sopir di Bekasi, gaji 5 jt. Pelamar tidak wajib bayar apa pun sebelum mulai kerja. Hub Pak Rudi 0812-5555-1234.', signals);
    expect(waived.signals.map((s) => s.id)).not.toContain('upfront-fee');
    expect(waived.combinations.map((c) => c.id)).not.toContain('money-to-a-person-for-a-job');
  });
});
