/**
 * Which country a message is about, from place names and flag emoji. A story often names several
 * ("dijanjikan kerja di Thailand, ternyata dibawa ke Myanmar"; "berangkat lewat Bangkok, sekarang di
 * Myawaddy"): the help a person needs is where they are now, so a place said with "sekarang",
 * "masih", "ternyata", "dibawa ke"… wins, then the first place not passed through ("lewat", "via",
 * "dari"), then the first mention.
 */
import { canonicalize } from './canonical.js';
import type { Canonical } from './canonical.js';
import { COUNTRY_PLACES } from './lexicon.js';
import { compileAll, findPhrases } from './phrases.js';

const PLACES = Object.entries(COUNTRY_PLACES).map(([code, names]) => ({ code, phrases: compileAll(names) }));

/** Words right before a place that say the person went through it or came from it. */
const PASSED_THROUGH: ReadonlySet<string> = new Set(['lewat', 'via', 'transit', 'melalui', 'through', 'dari', 'from']);
/** Words up to a few before a place that say the person is there now... */
const THERE_NOW: ReadonlySet<string> = new Set(['sekarang', 'masih', 'now', 'still', 'currently', 'sandar', 'berlabuh', 'docked']);
/** ...or was taken there ("besok mau dipindah ke Myanmar" counts less than "sekarang di Kamboja"). */
const TAKEN_THERE: ReadonlySet<string> = new Set(['ternyata', 'dibawa', 'dikirim', 'dipindah', 'dioper', 'dijual', 'taken', 'brought', 'sent', 'moved']);
const THERE_NOW_SPAN = 6;

interface Mention {
  readonly code: string;
  readonly token: number;
}

function said(words: ReadonlySet<string>, tokens: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - THERE_NOW_SPAN; i -= 1) {
    const token = tokens[i] ?? '|';
    if (token === '|') return false;
    if (words.has(token)) return true;
  }
  return false;
}

export function detectCountry(canonical: Canonical): string | undefined {
  const mentions: Mention[] = [];
  for (const { code, phrases } of PLACES) for (const hit of findPhrases(canonical, phrases)) mentions.push({ code, token: hit.token });
  if (mentions.length === 0) return undefined;
  mentions.sort((a, b) => a.token - b.token);
  // A family writes from home ("kami di Jakarta, adik saya di Kamboja"): Indonesia counts only alone.
  const abroad = mentions.filter((m) => m.code !== 'ID');
  if (abroad.length > 0) mentions.splice(0, mentions.length, ...abroad);
  const { tokens } = canonical;
  // "taken across from Mae Sot": a place passed through is never where the person is now.
  const stayed = mentions.filter((m) => !PASSED_THROUGH.has(tokens[m.token - 1] ?? ''));
  const now = stayed.find((m) => said(THERE_NOW, tokens, m.token)) ?? stayed.find((m) => said(TAKEN_THERE, tokens, m.token));
  return (now ?? stayed[0] ?? mentions[0])?.code;
}

/** The country a short text such as an article title names ("Bekerja di Kamboja" → "KH"), if any. */
export function countryNamedIn(text: string): string | undefined {
  return detectCountry(canonicalize(text.slice(0, 500)));
}
