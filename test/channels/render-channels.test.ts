import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { loadChannels, type ChannelSet } from '../../src/channels/load-channels.js';
import { selectChannels } from '../../src/channels/select-channels.js';
import { channelButtons, renderChannelsHtml, renderEmergencyHtml } from '../../src/channels/render-channels.js';
import { REPORT_FLOW } from '../../src/channels/situations.js';
import { splitMessages } from '../../src/text/telegram-html.js';
import { fluentTranslate, ftlKeys } from './fluent-translate.js';

let set: ChannelSet;
beforeAll(async () => {
  set = await loadChannels(path.resolve('content'), new Date('2026-12-02T00:00:00Z'));
});
const id = fluentTranslate('id');
const en = fluentTranslate('en');

/** The Telegram HTML rules that cause "can't parse entities": only known tags, properly nested. */
function expectTelegramHtml(html: string): void {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/g)) {
    const [, closing, tag = ''] = m;
    expect(['b', 'i', 'a', 'code', 'u', 's', 'pre', 'blockquote']).toContain(tag);
    if (closing) expect(stack.pop()).toBe(tag);
    else stack.push(tag);
  }
  expect(stack).toEqual([]);
  expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
  for (const part of splitMessages(html)) expect(part.length).toBeGreaterThan(0);
}

describe('what a person in danger reads', () => {
  it('a person held in Cambodia sees the embassy hotline first, in tappable international form', () => {
    const html = renderEmergencyHtml(set, { country: 'KH', forSomeoneElse: false, lang: 'id', t: id });
    const embassy = html.indexOf('+855 12 813 282');
    const kemlu = html.indexOf('+62 812-9007-0027');
    expect(embassy).toBeGreaterThan(-1);
    expect(kemlu).toBeGreaterThan(embassy);
    expect(html).toContain('117');
    // The local police number says the embassy and Kemlu come first, right under it.
    expect(html.indexOf(id('channels-emergency-host-note'))).toBeGreaterThan(html.indexOf('117'));
    expect(html.indexOf(id('channels-emergency-host-note'))).toBeLessThan(html.indexOf('hapus chat ini'));
    expect(html).toContain('hapus chat ini');
    expectTelegramHtml(html);
  });

  it('never asks for the location or personal data of the person in danger', () => {
    for (const forSomeoneElse of [false, true]) {
      for (const country of [undefined, 'KH', 'LA', 'ID']) {
        const html = renderEmergencyHtml(set, { country, forSomeoneElse, lang: 'en', t: en }).toLowerCase();
        expect(html).not.toMatch(/where are you|send (me )?your (location|name|passport)|share your location/);
      }
    }
  });

  it('for Laos it says why there is no embassy number and points to the Kemlu hotline', () => {
    const html = renderEmergencyHtml(set, { country: 'LA', forSomeoneElse: false, lang: 'en', t: en });
    expect(html).toContain('could not verify a KBRI Vientiane hotline');
    expect(html).toContain('+62 812-9007-0027');
  });

  it('without a country: the Kemlu hotline, police 110 for Indonesia, and an offer to show the embassy', () => {
    const html = renderEmergencyHtml(set, { forSomeoneElse: false, lang: 'id', t: id });
    expect(html).toContain('+62 812-9007-0027');
    expect(html).toContain('polisi 110');
    expect(html).toContain('Pilih negaranya');
  });

  it('a mother writing about her son gets the family version: what to record, do not post publicly', () => {
    const html = renderEmergencyHtml(set, { country: 'MM', forSomeoneElse: true, lang: 'id', t: id });
    expect(html).toContain('nomor paspor');
    expect(html).toContain('Jangan sebarkan');
    expect(html).toContain('Myawaddy');
    expect(html).not.toContain('hapus chat ini');
    expectTelegramHtml(html);
  });
});

describe('the /lapor channel list', () => {
  it('flags medium-confidence numbers and ends with what to prepare and "report, do not only post"', () => {
    const channels = selectChannels(set, { situation: 'in-danger-abroad', country: 'MY' });
    const html = renderChannelsHtml(channels, 'en', en, { country: 'MY' });
    expect(html).toContain('+60 17-668 8032');
    // A number from older sources says so, and names the fallback that always works.
    expect(html).toContain(en('channels-medium-contact'));
    expect(html).toContain('If it does not connect, call the Kemlu hotline');
    expect(html).toContain('passport number');
    expect(html).toContain('do not only post on social media');
    expectTelegramHtml(html);
  });

  it('buttons are wa.me and official https links, never the peduliwni.com look-alike', () => {
    const buttons = channelButtons(selectChannels(set, { situation: 'family-report', country: 'KH' }), 'id', id);
    expect(buttons).toContainEqual({ text: 'WhatsApp Hotline Pelindungan WNI Kemlu', url: 'https://wa.me/6281290070027' });
    expect(buttons.some((b) => b.url === 'https://peduliwni.kemlu.go.id')).toBe(true);
    for (const b of buttons) expect(b.url).toMatch(/^https:\/\/(wa\.me\/\d+|[a-z0-9.-]+\.(go\.id|ph|kh|th))/);
  });

  it('Indonesian and English have the same keys, and every key the flow uses exists', () => {
    expect(ftlKeys('en').sort()).toEqual(ftlKeys('id').sort());
    const keys = [
      ...REPORT_FLOW.situations.map((s) => s.labelKey),
      ...REPORT_FLOW.countries.map((c) => c.labelKey),
      ...Object.values(REPORT_FLOW.keys),
    ];
    for (const key of keys) {
      expect(id(key).length).toBeGreaterThan(0);
      expect(en(key).length).toBeGreaterThan(0);
    }
  });
});
