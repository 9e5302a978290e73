/**
 * Money demanded to let someone go, in the ways families and victims write it: the emergency
 * reply then warns against transferring before calling the hotline.
 */
import { describe, expect, it } from 'vitest';
import { demandsRansom } from '../../src/router/demands-ransom.js';

describe('demandsRansom', () => {
  const demands = [
    'perusahaannya minta tebusan 50 juta',
    'kalau mau pulang harus bayar 50jt',
    'bos minta uang 30jt baru boleh pulang',
    'gk boleh keluar sampe bayar 15 juta katanya',
    'kalo gk bayar denda 3000 dollar dia dijual ke grup lain',
    'katanya harus ganti rugi kontrak 8000 dolar kalo mau pulang',
    'they want 5000 dollars to let him go',
    'boss says I cannot leave until I pay 4000 usd',
    'they say i owe them 5000 usd before i can leave',
    'The boss asked my aunt for USD 7,000 to release him',
  ];
  for (const text of demands) it(`reads a demand in "${text}"`, () => expect(demandsRansom(text)).toBe(true));

  // Inside a cry for help any money demanded is the captors'; elsewhere it may be a fee.
  const inDanger = ['disuruh bayar 30 jt', 'mereka minta 30 juta', 'sy hrs transfer gk?', 'I must pay them'];
  for (const text of inDanger) {
    it(`reads a demand in "${text}" only inside an emergency`, () => {
      expect(demandsRansom(text, { inDanger: true })).toBe(true);
      expect(demandsRansom(text)).toBe(false);
    });
  }

  const fees = [
    'incu nini teh bade magang ka jepang, cenah kedah mayar 60 juta ka LPK na',
    'aku ditawani kerjo neng kapal pesiar, kudu bayar 40 yuto disik',
    'what should I do if I already paid the DP?',
    'harus bayar 15 juta buat proses visa, normal gak?',
  ];
  for (const text of fees) it(`reads a fee, not a ransom, in "${text}"`, () => expect(demandsRansom(text)).toBe(false));

  const noDemand = [
    'tolong saya disekap di gedung, paspor sama hp diambil bos',
    'saya mau pulang tapi gak punya uang tiket',
    'gaji 5 bulan belum dibayar, paspor ditahan majikan',
    'help they took my passport and i cannot leave',
  ];
  for (const text of noDemand) it(`reads no demand in "${text}"`, () => expect(demandsRansom(text)).toBe(false));

  it('stays bounded on a very long message', () => {
    expect(demandsRansom(`${'kerja '.repeat(200_000)} minta tebusan`)).toBe(false);
  });
});
