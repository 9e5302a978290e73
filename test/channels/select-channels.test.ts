import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { loadChannels, type ChannelSet } from '../../src/channels/load-channels.js';
import { emergencyContacts, selectChannels } from '../../src/channels/select-channels.js';
import { REPORT_FLOW, SITUATIONS, countriesFor } from '../../src/channels/situations.js';

let set: ChannelSet;
beforeAll(async () => {
  set = await loadChannels(path.resolve('content'), new Date('2026-12-02T00:00:00Z'));
});
const ids = (channels: readonly { id: string }[]): string[] => channels.map((c) => c.id);

describe('choosing the right official channel', () => {
  it('someone in danger in Cambodia sees KBRI Phnom Penh first, then the Kemlu hotline, then police 117', () => {
    expect(ids(selectChannels(set, { situation: 'in-danger-abroad', country: 'KH' })).slice(0, 3)).toEqual([
      'kbri-phnom-penh', 'kemlu-hotline', 'cambodia-police-117',
    ]);
  });

  it('Laos has no verified embassy number, so the Kemlu hotline comes first', () => {
    expect(ids(selectChannels(set, { situation: 'in-danger-abroad', country: 'LA' }))[0]).toBe('kemlu-hotline');
  });

  it('Myanmar shows KBRI Yangon and KBRI Bangkok (Mae Sot), never the Indonesian police', () => {
    const list = ids(selectChannels(set, { situation: 'in-danger-abroad', country: 'MM' }));
    expect(list[0]).toBe('kbri-yangon');
    expect(list).toContain('kbri-bangkok');
    expect(list).not.toContain('polri-110');
  });

  it('a family at home reporting a relative in Thailand gets the Kemlu hotline, KP2MI, then the embassy', () => {
    expect(ids(selectChannels(set, { situation: 'family-report', country: 'TH' })).slice(0, 3)).toEqual([
      'kemlu-hotline', 'kp2mi-call-center', 'kbri-bangkok',
    ]);
  });

  it('a recruiter is reported to KP2MI first, then police 110', () => {
    expect(ids(selectChannels(set, { situation: 'report-recruiter' }))).toEqual(['kp2mi-call-center', 'polri-110']);
  });

  it('women and children go to SAPA 129, service complaints to SP4N-LAPOR!, protection to LPSK', () => {
    expect(ids(selectChannels(set, { situation: 'women-children' }))[0]).toBe('sapa-129');
    expect(ids(selectChannels(set, { situation: 'service-complaint' }))).toEqual(['lapor-sp4n']);
    expect(ids(selectChannels(set, { situation: 'victim-protection' }))).toEqual(['lpsk']);
  });

  it('a passport problem abroad goes to the embassy; at home to the immigration office', () => {
    expect(ids(selectChannels(set, { situation: 'passport-immigration', country: 'PH' }))[0]).toBe('kbri-manila');
    expect(ids(selectChannels(set, { situation: 'passport-immigration', country: 'ID' }))).toEqual(['imigrasi']);
  });

  it('emergency contacts: embassy + Kemlu + local police abroad; police and SAPA at home; Kemlu when unknown', () => {
    expect(ids(emergencyContacts(set, 'PH'))).toEqual(['kbri-manila', 'kemlu-hotline', 'philippines-1343']);
    expect(ids(emergencyContacts(set, 'ID'))).toEqual(['polri-110', 'sapa-129']);
    expect(ids(emergencyContacts(set))).toEqual(['kemlu-hotline']);
    expect(ids(emergencyContacts(set, 'other'))).toEqual(['kemlu-hotline']);
  });

  it('in danger, a number from older sources never comes first: Kemlu goes before KBRI Yangon and KBRI Kuala Lumpur', () => {
    const myanmar = ids(emergencyContacts(set, 'MM'));
    expect(myanmar.indexOf('kemlu-hotline')).toBeLessThan(myanmar.indexOf('kbri-yangon'));
    expect(myanmar.at(-1)).toBe('kbri-yangon');
    const malaysia = ids(emergencyContacts(set, 'MY'));
    expect(malaysia[0]).toBe('kemlu-hotline');
    expect(malaysia).toContain('kbri-kuala-lumpur');
  });

  it('every situation in the /lapor flow leads to at least one channel', () => {
    expect(REPORT_FLOW.situations.map((s) => s.id)).toEqual([...SITUATIONS]);
    for (const situation of SITUATIONS) {
      for (const country of [undefined, ...REPORT_FLOW.countries.map((c) => c.code)]) {
        expect(selectChannels(set, { situation, country }).length, `${situation} ${country}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the countries offered in /lapor', () => {
  it('situations abroad offer the countries abroad first and Indonesia after them; a passport problem keeps Indonesia first', () => {
    const codes = (situation: Parameters<typeof countriesFor>[0]): string[] => countriesFor(situation).map((c) => c.code);
    expect(codes('in-danger-abroad')).toEqual(['KH', 'MM', 'LA', 'TH', 'PH', 'MY', 'ID', 'other']);
    expect(codes('family-report').slice(-2)).toEqual(['ID', 'other']);
    expect(codes('passport-immigration')[0]).toBe('ID');
    // The same countries in every order: none is lost.
    for (const situation of SITUATIONS) expect([...codes(situation)].sort()).toEqual(REPORT_FLOW.countries.map((c) => c.code).sort());
  });
});
