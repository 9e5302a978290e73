import { describe, expect, it } from 'vitest';
import { asksAboutPrivacy } from '../../src/router/asks-about-privacy.js';
import { routeMessage } from '../../src/router/route-message.js';
import { loadEmergencyModel } from '../../src/router/emergency-examples.js';

describe('a question about what the bot or a report keeps', () => {
  it('is recognised in chat Indonesian and English', () => {
    expect(asksAboutPrivacy('datanya disimpan gk? sy takut ketahuan agen')).toBe(true);
    expect(asksAboutPrivacy('kalau lapor, nama saya dirahasiakan kan?')).toBe(true);
    expect(asksAboutPrivacy('is my name kept secret if I report him?')).toBe(true);
    expect(asksAboutPrivacy('bisa lapor tanpa nama gk')).toBe(true);
    expect(asksAboutPrivacy('admin bisa baca chat sy?')).toBe(true);
    expect(asksAboutPrivacy('paspor sy disimpan majikan, boleh gk?')).toBe(false);
    expect(asksAboutPrivacy('gaji 15jt aman gk?')).toBe(false);
  });

  it('is no emergency for its fear of being found out, unless a cue tells of danger now', async () => {
    const emergencyModel = await loadEmergencyModel('content');
    const route = (text: string) => routeMessage({ text, emergencyModel });
    expect(route('datanya disimpan gk? sy takut ketahuan agen').emergency).toBe(false);
    expect(route('apakah chat ini dibaca orang lain? saya takut majikan tau').emergency).toBe(false);
    expect(route('sy dikurung di mess, chat ini aman gk? takut ketahuan').emergency).toBe(true);
  });
});
