/**
 * Literal prefilter for a signal set. Promise: `scan(text)` reads the matching copy once, and
 * `mayMatch(present, ids)` is false only when none of a pattern's literals occurs in the text,
 * so a pattern it rules out could not have matched. This is what keeps the cost of many
 * signals close to the cost of reading the ad once.
 */
import { createLiteralScanner } from './literal-scanner.js';
import type { SignalSet } from './types.js';

/** Which literals occur in one text; `mayMatch(ids)` is false only when none of `ids` does. */
export interface Prefilter {
  /** Literal ids per signal, per pattern (same order as the set); undefined: always run (or, with start literals, not asked). */
  readonly patternIds: readonly (readonly (Int32Array | undefined)[])[];
  /** Literal ids per place list; undefined: always run. */
  readonly placeIds: readonly (Int32Array | undefined)[];
  scan(text: string): Uint8Array;
}

export function mayMatch(present: Uint8Array, ids: Int32Array | undefined): boolean {
  if (ids === undefined) return true;
  for (let k = 0; k < ids.length; k += 1) if (present[ids[k] ?? 0] === 1) return true;
  return false;
}

export function createPrefilter(set: SignalSet): Prefilter {
  const indexOf = new Map<string, number>();
  const idsOf = (literals: readonly string[] | undefined): Int32Array | undefined => {
    if (literals === undefined) return undefined;
    return Int32Array.from(literals, (l) => {
      let id = indexOf.get(l);
      if (id === undefined) {
        id = indexOf.size;
        indexOf.set(l, id);
      }
      return id;
    });
  };
  // Patterns and place lists with start literals are tried only where those begin a word
  // (start-index.ts) and never ask the prefilter: their literals are left out of the scan.
  const patternIds = set.signals.map((signal) => signal.patterns.map((p) => (p.startLiterals ? undefined : idsOf(p.literals))));
  const placeIds = set.places.map((place) => (place.startLiterals ? undefined : idsOf(place.literals)));
  const scanner = createLiteralScanner([...indexOf.keys()]);
  return { patternIds, placeIds, scan: (text) => scanner.scan(text) };
}
