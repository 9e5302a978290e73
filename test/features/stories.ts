/**
 * What people actually send, written from the domain (WhatsApp-style, typos, emoji), shared by
 * the feature stories. Phone numbers in ads are invented recruiter numbers in the shape real
 * ads use; the help numbers asserted come from content/channels (fact sheet, HIGH confidence).
 */

/** A Cambodia "admin/CS" ad as it circulates in Facebook groups and WhatsApp. */
export const CAMBODIA_ADMIN_AD = [
  'LOKER KAMBOJA 🇰🇭 URGENT!!',
  'Dibutuhkan ADMIN / CS online, gaji 15 juta/bln + bonus, tanpa pengalaman, yg penting bisa ketik.',
  'Tiket pesawat & mess ditanggung perusahaan, berangkat pakai Visa Turis dulu nanti diurus di sana.',
  'Minat langsung WA kak Rina 0812-7788-9911, slot terbatas!',
].join('\n');

/** The recruiter's number in that ad, which must never reach the logs. */
export const CAMBODIA_AD_PHONE = '0812-7788-9911';

/** The same kind of ad, pasted as three messages a moment apart. */
export const CAMBODIA_AD_PARTS = [
  'LOKER LUAR NEGERI 🔥 dibutuhkan admin chat, penempatan Phnom Penh, Kamboja, gaji 15jt/bln',
  'posisi: admin chat / marketing online, gaji 1000 USD, tanpa ijazah tanpa pengalaman',
  'tiket ditanggung, cukup visa turis aja, paspor nanti dipegang kantor biar aman. chat WA 0813-2200-4455',
] as const;

/** The same ad whose first part is only its headline, as people often paste it. */
export const CAMBODIA_AD_HEADLINE_FIRST = [
  'PROMO LOKER LUAR NEGERI 🔥 penempatan Phnom Penh, Kamboja',
  'posisi: admin chat / marketing online, gaji 1000 USD, tanpa ijazah tanpa pengalaman',
  'tiket ditanggung, cukup visa turis aja. chat WA 0813-2200-4455',
] as const;

/** A Myanmar border ad, in the obfuscated spelling used to dodge filters. */
export const MYAWADDY_AD =
  'dicari CS online bahasa indo utk perusahaan di Thailand (Mae Sot), gaji 18jt, no experience, tiket + makan gratis, visa turis aja, brgkt minggu ini!! WA 0857-1234-0099';

/**
 * A placement notice in the style of a licensed agency (P3MI) job order for a Taiwan factory:
 * official process, training, costs per regulation. The company name is invented.
 */
export const TAIWAN_JOB_ORDER = [
  'PT Sinar Tenaga Mandiri (P3MI berizin SIP3MI, job order SIP2MI terdaftar di SISKOP2MI)',
  'membuka lowongan operator produksi pabrik elektronik di Taiwan.',
  'Syarat: pria/wanita 20-35 th, lulusan SMP/SMA, sehat, siap ikut pelatihan di BLK dan Orientasi Pra Pemberangkatan.',
  'Proses resmi lewat Disnaker dan BP3MI, kontrak kerja ditandatangani di hadapan pejabat. Biaya penempatan sesuai aturan pemerintah.',
  'Pendaftaran langsung di kantor cabang, tidak melalui perorangan.',
].join('\n');

/** Text that looks like HTML; Telegram would refuse it if it reached the reply unescaped. */
export const HTML_LOOKING_AD =
  'LOKER <b>gaji</b> 20jt & <script>alert(1)</script> admin di Kamboja, visa turis, tiket ditanggung <i>cepat</i>';
