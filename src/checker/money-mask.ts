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
const THOUSANDS = /(?<![0-9+),.][ \-/]?)(?<![0-9+),.])[1-9][0-9]{0,2}(?:[.,][0-9]{3}){2,}(?:[.,][0-9]{1,2})?(?![0-9]|[.,][0-9])/g;
const HIDDEN = '\n';

/** `spans`: [start, end) in `text` of amounts found by the amount extractor. */
export function hideMoney(text: string, spans: readonly (readonly [number, number])[]): string {
  // Spans may reach past `text` (the phone finder reads only the start of a huge ad).
  const hide: [number, number][] = [];
  for (const [s, e] of spans) if (s < text.length) hide.push([s, Math.min(e, text.length)]);
  if (text.length >= 9) for (const m of text.matchAll(THOUSANDS)) hide.push([m.index, m.index + m[0].length]);
  if (hide.length === 0) return text;
  hide.sort((a, b) => a[0] - b[0]);
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
