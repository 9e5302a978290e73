/**
 * Truth guard: every phone number the bot can show from articles and UI strings must be one of
 * the verified numbers in content/channels. A number typed into an
 * article or a translation by hand would otherwise drift from the checked source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChannels } from '../../src/channels/index.js';

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extensions);
    return extensions.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

const digits = (s: string): string => s.replace(/\D/g, '');
// International numbers (+62 812-9007-0027) and Indonesian mobile/toll-free forms (0811-…, 0800-1000).
const PHONE_LIKE = /\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}|\b08\d{1,3}[\s-]\d{3,4}(?:[\s-]\d{3,4})?\b/g;

async function verifiedNumbers(): Promise<Set<string>> {
  const set = await loadChannels('content');
  const numbers = new Set<string>();
  for (const channel of set.channels) {
    for (const contact of channel.contacts) {
      if (contact.type !== 'phone' && contact.type !== 'whatsapp' && contact.type !== 'sms') continue;
      numbers.add(digits(contact.value));
      if (contact.display) numbers.add(digits(contact.display));
    }
  }
  return numbers;
}

/** National form (0812…) and international form (+62 812…) name the same number. */
function knownForms(written: string): string[] {
  const d = digits(written);
  if (written.trim().startsWith('+')) return d.startsWith('62') ? [d, `0${d.slice(2)}`] : [d];
  return [d, `62${d.slice(1)}`];
}

describe('phone numbers shown to users', () => {
  it('appear in the verified channel data, wherever an editor wrote them', async () => {
    const verified = await verifiedNumbers();
    const sources = [
      ...filesUnder('content/articles', ['.md']),
      ...filesUnder('locales', ['.ftl']),
    ];
    const unknown: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const found of text.match(PHONE_LIKE) ?? []) {
        if (!knownForms(found).some((f) => verified.has(f))) unknown.push(`${file}: ${found}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
