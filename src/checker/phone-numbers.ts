/**
 * Phone numbers in an ad, exactly as `findPhoneNumbersInText(text, 'ID')` finds them, but the
 * library only reads the few short windows that could hold a number. Promise: same numbers,
 * same positions, same order as one call on the whole text.
 *
 * Why that holds: the library's candidates are made of digits, phone punctuation, a leading '+'
 * or bracket and an optional extension ("ext. 12", "x12", ";ext=12", ", 12"); none of that can
 * contain a BREAK character (a line break, most ASCII letters, symbols such as ! $ % & * < > ? @ _).
 * So no candidate crosses a break, the library's checks read at most one character before a
 * candidate and three after it (all kept inside a window that starts and ends on a break), and a
 * segment between breaks whose digit runs are too short holds no valid number (see DIGITS_*).
 */
// The library's documented modern build (same code and "min" metadata, for ES2015+): the default
// build copies every options object with Babel's _objectSpread helper, once per candidate number,
// and that copying alone took ~10 % of the whole check.
import { PhoneNumberMatcher, type findPhoneNumbersInText } from 'libphonenumber-js/min/es6';

// With the default region ID and no '+', a valid number has at least 5 digits (the shortest
// Indonesian number has 7; an international prefix, a country code and the 2-digit minimum
// national number make 6); with a '+', a country code and 2 digits make 3.
const DIGITS_WITHOUT_PLUS = 5;
const DIGITS_WITH_PLUS = 3;

const RUN = 1; // phone punctuation inside a digit run: space - / . ( ) [ ] ~ +
const BREAK = 2; // can be in no candidate, extension included
const ASCII = new Uint8Array(128);
for (const ch of ' +-/.()[]~') ASCII[ch.charCodeAt(0)] = RUN;
// Extension labels use only the letters of "ext", "extension", "anexo", "int" and "x".
for (const ch of 'bcdfghjklmpqruvwyzBCDFGHJKLMPQRUVWYZ\n\r!"$%&\'*<>?@\\^_`{|}') ASCII[ch.charCodeAt(0)] = BREAK;
const PLUS = 0x2b;
const FULLWIDTH_PLUS = 0xff0b;
const OTHER_DIGIT = /\p{Nd}/u;

/**
 * Windows [start, end) of `text` that could hold a phone number: each covers one or more
 * segments between breaks plus the break character on each side.
 */
export function phoneWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  let segmentStart = 0;
  let qualifies = false;
  let digits = 0;
  let plus = false;
  const n = text.length;
  for (let i = 0; i <= n; i += 1) {
    const c = i < n ? text.charCodeAt(i) : -1;
    const kind = c < 0 ? BREAK : c < 0x80 ? (ASCII[c] ?? 0) : 0;
    if (kind === BREAK) {
      if (qualifies) {
        const start = Math.max(0, segmentStart - 1);
        const end = Math.min(n, i + 1);
        const last = windows[windows.length - 1];
        // Touching windows become one call: the library costs microseconds per call.
        if (last && last[1] >= start) last[1] = end;
        else windows.push([start, end]);
      }
      segmentStart = i + 1;
      qualifies = false;
      digits = 0;
      plus = false;
      continue;
    }
    if (qualifies) continue;
    if (c >= 0x30 && c <= 0x39) digits += 1;
    else if (c < 0x80) {
      if (kind === RUN) {
        if (c === PLUS) plus = true;
      } else {
        digits = 0;
        plus = false;
      }
      continue;
    } else if (c === FULLWIDTH_PLUS) {
      plus = true;
      continue;
    } else if (c >= 0xd800 && c <= 0xdfff) continue; // half of an emoji: never a digit (the test below says the same)
    else if (OTHER_DIGIT.test(text[i] ?? '')) digits += 1;
    // Other non-ASCII characters stay inside the run: counting too many digits only costs a call.
    else continue;
    if (digits >= (plus ? DIGITS_WITH_PLUS : DIGITS_WITHOUT_PLUS)) qualifies = true;
  }
  return windows;
}

export type FoundPhoneNumber = ReturnType<typeof findPhoneNumbersInText>[number];

/**
 * Same result as `findPhoneNumbersInText(text, 'ID')`; `knownWindows` is `phoneWindows(text)` when
 * the caller has it already. The windows are read in one library call,
 * joined by line breaks: each window already starts and ends on a break (or at the text's start
 * or end, which can only be the first or the last window), so every candidate keeps its context.
 */
export function findPhoneNumbers(text: string, knownWindows?: [number, number][]): FoundPhoneNumber[] {
  const windows = knownWindows ?? phoneWindows(text);
  if (windows.length === 0) return [];
  const offsets: number[] = [];
  let joined = '';
  for (const [start, end] of windows) {
    if (joined.length > 0) joined += '\n';
    offsets.push(joined.length - start);
    joined += text.slice(start, end);
  }
  const found: FoundPhoneNumber[] = [];
  let w = 0;
  // The library throws and catches a ParseError for every candidate that is not a number (a time
  // such as "08.00–16.00" is tried whole and then in pieces). Capturing a stack trace for each of
  // those errors, which nobody reads, cost ~2.5 % of the whole check; the call is synchronous, so
  // the limit is back before any other code runs.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // The matcher findPhoneNumbersInText(joined, 'ID') runs, without its argument juggling (~2 µs a call).
    const matcher = new PhoneNumberMatcher(joined, { defaultCountry: 'ID', v2: true });
    while (matcher.hasNext()) {
      const p = matcher.next();
      if (p === undefined) break;
      // Windows are in order and no number crosses a line break: move to the window holding it.
      while (w + 1 < windows.length && p.startsAt >= (windows[w + 1]?.[0] ?? 0) + (offsets[w + 1] ?? 0)) w += 1;
      const shift = offsets[w] ?? 0;
      found.push({ ...p, startsAt: p.startsAt - shift, endsAt: p.endsAt - shift });
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return found;
}
