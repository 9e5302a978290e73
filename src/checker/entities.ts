/**
 * Pulls the concrete facts out of an ad: phone numbers with their country, links, e-mail
 * addresses, @handles, money amounts, places and age ranges. Phones and links are read from the
 * original text (libphonenumber-js, linkifyjs, handed only the parts that could hold one, with the
 * same result: phone-numbers.ts, links.ts), with money amounts hidden from the phone finder so a
 * salary is never listed as a number (money-mask.ts); places, amounts and ages from the matching
 * copy. Each list is capped so junk input cannot build huge results.
 */
import type { MappedText } from '../text/normalize.js';
import { originalSpan, quoteOriginal } from '../text/normalize.js';
import { createAmountExtractor, type FoundAmount } from './amounts.js';
import { findLinks } from './links.js';
import { phoneSearchInput } from './money-mask.js';
import { findPhoneNumbers, phoneWindows } from './phone-numbers.js';
import { mappedIndexOf } from './matching-text.js';
import { mayMatch } from './prefilter.js';
import { eachMatchAt, stickyAtWordStart, type StartPositions } from './start-index.js';
import type { AgeEntity, Entities, PhoneEntity, PlaceEntity, PlaceMatcher, SignalSet } from './types.js';

const MAX_ITEMS = 20;
// Phone and link libraries scan the original; beyond this many characters an "ad" is junk and the
// start is enough (keeps the worst case small on 1 MB inputs).
const ENTITY_SCAN_LIMIT = 20_000;
const HANDLE = /(?<![\w.@])@([A-Za-z][A-Za-z0-9_]{3,31})(?![\w@])/g;
// The age pattern needs one of its words; most ads have none, so test for them first.
const AGE_WORD = /usia|umur|age/;
const AGE = /(?<![a-z0-9])(?:usia|umur|age|aged)[^a-z0-9]{1,4}(?:(?:max|maks|maksimal)[^a-z0-9]{1,3})?(\d{2})[^a-z0-9]{0,3}(?:-|s\/d|sd|sampai|to)[^a-z0-9]{0,3}(\d{2})(?![0-9])/g;
/** The words an age range starts with, for the start index (start-index.ts): the target after the place lists. */
export const AGE_START_LITERALS: readonly string[] = ['usia', 'umur', 'age'];
const AGE_AT_WORD_START = stickyAtWordStart(AGE);

/** Entities for the result, and where they sit in the matching copy, for the signal matcher. */
export interface LocatedEntities {
  readonly entities: Entities;
  readonly located: {
    readonly phones: readonly (PhoneEntity & { from: number; to: number; text: string })[];
    readonly links: readonly { value: string; host: string; from: number; to: number }[];
    readonly emails: readonly { value: string; domain: string; from: number; to: number }[];
    readonly handles: readonly { value: string; from: number; to: number }[];
    readonly amounts: readonly FoundAmount[];
  };
}

/**
 * `present` and `placeIds` come from the literal prefilter (prefilter.ts): a place list whose
 * literals are all absent is not searched. Without them every list is searched.
 */
export type EntityExtractor = (
  original: string, mapped: MappedText, present?: Uint8Array, placeIds?: readonly (Int32Array | undefined)[],
  starts?: StartPositions,
) => LocatedEntities;

/**
 * `starts` (with `placeOffset`): where each place list, then an age range, may begin in the ad
 * (start-index.ts); a list with start literals, and the age pattern, are then tried only there.
 */
export function createEntityExtractor(set: SignalSet, placeOffset = 0): EntityExtractor {
  const amountsOf = createAmountExtractor(set.currencies);
  const stickyPlaces = set.places.map((place) => (place.startLiterals ? stickyAtWordStart(place.regex) : undefined));
  return (original, mapped, present, placeIds, starts) => {
    const head = original.slice(0, ENTITY_SCAN_LIMIT);
    const amounts = amountsOf(original, mapped);

    const phones: (PhoneEntity & { from: number; to: number; text: string })[] = [];
    // Most ads have no digit run long enough for a phone number, and most keep their salary away
    // from their contact number: the money mask then changes nothing the phone finder reads.
    const windows = phoneWindows(head);
    const phoneInput = windows.length > 0 ? phoneSearchInput(head, windows, amounts.map((a) => originalSpan(mapped, a.from, a.to))) : { text: head, windows };
    for (const p of findPhoneNumbers(phoneInput.text, phoneInput.windows)) {
      if (phones.length >= MAX_ITEMS) break;
      if (phones.some((q) => q.e164 === p.number.number)) continue;
      phones.push({ e164: p.number.number, country: p.number.country ?? null, from: mappedIndexOf(mapped, p.startsAt), to: mappedIndexOf(mapped, p.endsAt), text: head.slice(p.startsAt, p.endsAt) });
    }

    const links: { value: string; host: string; from: number; to: number }[] = [];
    const emails: { value: string; domain: string; from: number; to: number }[] = [];
    for (const found of findLinks(head)) {
      if (found.type === 'email') {
        if (emails.length < MAX_ITEMS) emails.push({ value: found.value, domain: (found.value.split('@')[1] ?? '').toLowerCase(), from: mappedIndexOf(mapped, found.start), to: mappedIndexOf(mapped, found.end) });
      } else if (found.type === 'url' && links.length < MAX_ITEMS) {
        links.push({ value: found.value, host: hostOf(found.href), from: mappedIndexOf(mapped, found.start), to: mappedIndexOf(mapped, found.end) });
      }
    }

    const handles: { value: string; from: number; to: number }[] = [];
    for (const m of head.includes('@') ? head.matchAll(HANDLE) : []) {
      if (handles.length >= MAX_ITEMS) break;
      handles.push({ value: m[0], from: mappedIndexOf(mapped, m.index), to: mappedIndexOf(mapped, m.index + m[0].length) });
    }

    const places: PlaceEntity[] = [];
    const addPlace = (place: PlaceMatcher, m: RegExpExecArray | RegExpMatchArray & { index: number }): boolean => {
      if (places.length >= MAX_ITEMS) return false;
      const text = quoteOriginal(original, mapped, m.index, m.index + m[0].length);
      if (!places.some((p) => p.text.toLowerCase() === text.toLowerCase())) places.push({ text, country: place.country, hub: place.hub });
      return true;
    };
    for (let index = 0; index < set.places.length; index += 1) {
      const place = set.places[index];
      if (!place) continue;
      const sticky = starts ? stickyPlaces[index] : undefined;
      if (starts && sticky) {
        const t = placeOffset + index;
        const begin = starts.from[t] ?? 0;
        const end = starts.from[t + 1] ?? 0;
        if (begin < end) eachMatchAt(sticky, mapped.text, starts.at, begin, end, (m) => addPlace(place, m));
        continue;
      }
      if (present && placeIds && !mayMatch(present, placeIds[index])) continue;
      for (const m of mapped.text.matchAll(place.regex)) if (!addPlace(place, m)) break;
    }

    const ages: AgeEntity[] = [];
    const addAge = (m: RegExpExecArray | RegExpMatchArray & { index: number }): boolean => {
      if (ages.length >= MAX_ITEMS) return false;
      ages.push({ text: quoteOriginal(original, mapped, m.index, m.index + m[0].length), min: Number(m[1]), max: Number(m[2]) });
      return true;
    };
    if (starts) {
      const t = placeOffset + set.places.length;
      eachMatchAt(AGE_AT_WORD_START, mapped.text, starts.at, starts.from[t] ?? 0, starts.from[t + 1] ?? 0, addAge);
    } else {
      for (const m of AGE_WORD.test(mapped.text) ? mapped.text.matchAll(AGE) : []) if (!addAge(m)) break;
    }

    return {
      entities: {
        phones: phones.map(({ e164, country }) => ({ e164, country })),
        links: links.map((l) => l.value),
        emails: emails.map((e) => e.value),
        handles: handles.map((h) => h.value),
        amounts: amounts.map(({ text, currency, value, idr }) => ({ text, currency, value, idr })),
        places,
        ages,
      },
      located: { phones, links, emails, handles, amounts },
    };
  };
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
