/**
 * Hides money amounts from the phone-number finder. libphonenumber reads "Rp 21.500.000" as the
 * Jakarta number +62 21 500000 and "2.500.000 - 3.000.000" as two numbers; an ad's salary must not
 * be listed as a contact number. Every character of an amount becomes a line break, which the
 * finder treats as the end of a number, so positions stay the same for quoting.
 *
 * An amount is: a money amount the amount extractor recognised (a currency or "juta/rb" beside
 * it), or a number written in thousands groups of at least "1.000.000" that does not start with 0
 * and has no "+", digit or ")" just before it (so "+62 812.345.678" and "(021) 500.600" stay).
 */
import { phoneWindows } from './phone-numbers.js';

const THOUSANDS = /(?<![0-9+),.][ \-/]?)(?<![0-9+),.])[1-9][0-9]{0,2}(?:[.,][0-9]{3}){2,}(?:[.,][0-9]{1,2})?(?![0-9]|[.,][0-9])/g;
const HIDDEN = '\n';

/** Where money is in `text`, sorted by start: the amount `spans` and numbers in thousands groups. */
export function moneySpans(text: string, spans: readonly (readonly [number, number])[]): [number, number][] {
  // Spans may reach past `text` (the phone finder reads only the start of a huge ad).
  const hide: [number, number][] = [];
  for (const [s, e] of spans) if (s < text.length) hide.push([s, Math.min(e, text.length)]);
  if (text.length >= 9) for (const m of text.matchAll(THOUSANDS)) hide.push([m.index, m.index + m[0].length]);
  return hide.sort((a, b) => a[0] - b[0]);
}

/** `text` with every character inside `hide` (sorted by start) turned into a line break. */
function hideSpans(text: string, hide: readonly (readonly [number, number])[]): string {
  if (hide.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of hide) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += text.slice(at, from) + HIDDEN.repeat(e - from);
    at = e;
  }
  return out + text.slice(at);
}

/** `spans`: [start, end) in `text` of amounts found by the amount extractor. */
export function hideMoney(text: string, spans: readonly (readonly [number, number])[]): string {
  return hideSpans(text, moneySpans(text, spans));
}

/**
 * What the phone finder reads: `text` with its money hidden, and the phone windows of that text
 * (phone-numbers.ts), given `windows` = phoneWindows(text). Hiding money only turns characters
 * into line breaks, which splits or removes windows and never makes new ones; so when no money
 * touches a window (the usual ad: the salary is far from the contact number), the text and the
 * windows are used as they are, without building the masked copy.
 */
export function phoneSearchInput(
  text: string, windows: [number, number][], spans: readonly (readonly [number, number])[],
): { text: string; windows: [number, number][] } {
  if (windows.length === 0) return { text, windows };
  const hide = moneySpans(text, spans);
  if (!hide.some(([s, e]) => windows.some(([from, to]) => s < to && e > from))) return { text, windows };
  const masked = hideSpans(text, hide);
  return { text: masked, windows: phoneWindows(masked) };
}
