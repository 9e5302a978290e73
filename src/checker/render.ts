/**
 * Turns a CheckResult into words: Telegram HTML messages for the bot and plain text for the
 * CLI. Both say the check is automated, never call an ad safe, quote the ad's own words
 * (escaped) and end with how to verify, including the embassy for the destination named.
 * All fixed wording comes from locales/<lang>/checker.ftl through `t`.
 */
import { escapeHtml, splitMessages } from '../text/telegram-html.js';
import type { Lang, Translate } from '../text/translate.js';
import type { CheckResult, FiredSignal } from './types.js';

export interface RenderOptions {
  /** Explain every sign; otherwise only the strongest few get their explanation. */
  readonly expanded: boolean;
}

/** How many of the strongest signs are always explained. */
const ALWAYS_EXPLAINED = 3;
const ALWAYS_EXPLAINED_COMBINATIONS = 2;
const EMBASSY_KEYS: Readonly<Record<string, string>> = {
  KH: 'checker-verify-embassy-kh',
  TH: 'checker-verify-embassy-th',
  MM: 'checker-verify-embassy-th',
  PH: 'checker-verify-embassy-ph',
};

interface Markup {
  bold(s: string): string;
  italic(s: string): string;
  text(s: string): string;
}
const html: Markup = { bold: (s) => `<b>${s}</b>`, italic: (s) => `<i>${s}</i>`, text: escapeHtml };
const plain: Markup = { bold: (s) => s, italic: (s) => s, text: (s) => s };

/** Categories whose warning signs only a job abroad has (a tourist visa, a border route). */
const ABROAD_CATEGORIES: ReadonlySet<string> = new Set(['destination', 'visa-and-documents']);

/**
 * A job at home: an Indonesian place named and nothing abroad (no foreign place or phone number,
 * no "luar negeri", no visa or border sign). Its checks are the company and the local Disnaker,
 * not SISKOP2MI, the Kemlu hotline and the passport.
 */
export function isJobAtHome(result: CheckResult): boolean {
  if (!result.countries.includes('ID') || result.countries.some((c) => c !== 'ID')) return false;
  if (result.markers.includes('abroad-mention')) return false;
  if (result.entities.phones.some((p) => p.country !== null && p.country !== 'ID')) return false;
  return !result.signals.some((s) => s.weight > 0 && ABROAD_CATEGORIES.has(s.category));
}

function verificationKeys(result: CheckResult): string[] {
  if (isJobAtHome(result)) return ['checker-verify-home-company', 'checker-verify-home-money', 'checker-verify-family'];
  const embassies = [...new Set(result.countries.map((c) => EMBASSY_KEYS[c]).filter((k): k is string => k !== undefined))];
  return ['checker-verify-agency', 'checker-verify-call-centre', ...embassies, 'checker-verify-kemlu', 'checker-verify-money', 'checker-verify-family'];
}

function signalBlock(s: FiredSignal, lang: Lang, t: Translate, m: Markup, explain: boolean): string {
  const quotes = s.evidence.map((e) => `“${m.italic(m.text(e))}”`).join(', ');
  const lines = [`• ${m.bold(m.text(s.title[lang]))}${quotes ? ` — ${quotes}` : ''}`];
  if (explain) {
    // A reassuring sign is not a danger: "why it is dangerous" above it would say the opposite.
    lines.push(`${m.italic(m.text(t(s.weight < 0 ? 'checker-why-reassuring' : 'checker-why')))} ${m.text(s.explain[lang])}`);
    lines.push(`${m.italic(m.text(t('checker-todo')))} ${m.text(s.advice[lang])}`);
  }
  return lines.join('\n');
}

/** Paragraphs (blank-line separated), each self-contained so messages can be split between them. */
function paragraphs(result: CheckResult, lang: Lang, t: Translate, m: Markup, options: RenderOptions): string[] {
  const out: string[] = [];
  out.push(`${m.bold(m.text(t(`checker-verdict-${result.verdict}`)))}\n${m.text(t('checker-disclaimer'))}`);
  if (result.truncated) out.push(m.text(t('checker-truncated')));
  const warnings = result.signals.filter((s) => s.weight > 0);
  const reassuring = result.signals.filter((s) => s.weight < 0);
  if (result.verdict === 'no-signs-found') out.push(m.text(t('checker-no-signs-body')));
  if (warnings.length > 0) {
    // Below the warning threshold the signs found are minor: say so, or the list would
    // contradict the verdict above it.
    const heading = result.verdict === 'no-signs-found' ? 'checker-signals-heading-minor' : 'checker-signals-heading';
    out.push(m.bold(m.text(t(heading))));
    // Minor things under "no known warning signs" are named with their words only: "why it is
    // dangerous" under each would read as a warning the verdict does not give, and a short reply
    // matters on a cheap phone. "Detail" explains them.
    const explained = result.verdict === 'no-signs-found' ? 0 : ALWAYS_EXPLAINED;
    warnings.forEach((s, i) => out.push(signalBlock(s, lang, t, m, options.expanded || i < explained)));
    if (!options.expanded && warnings.length > explained) out.push(m.italic(m.text(t('checker-more-hint'))));
  }
  if (result.combinations.length > 0 && result.verdict !== 'no-signs-found') {
    // On a phone the short reply keeps the two strongest reasons; "Detail" shows them all.
    const shown = options.expanded ? result.combinations : result.combinations.slice(0, ALWAYS_EXPLAINED_COMBINATIONS);
    out.push([m.bold(m.text(t('checker-combinations-heading'))), ...shown.map((c) => `• ${m.text(c.explain[lang])}`)].join('\n'));
  }
  if (reassuring.length > 0) {
    out.push([m.bold(m.text(t('checker-reassuring-heading'))), ...reassuring.map((s) => signalBlock(s, lang, t, m, options.expanded))].join('\n'));
  }
  out.push([m.bold(m.text(t('checker-verify-heading'))), ...verificationKeys(result).map((k) => `• ${m.text(t(k))}`)].join('\n'));
  return out;
}

/**
 * What "Details" adds under a reply already sent: every sign with why it matters and what to do,
 * every combination, and why the reassuring signs lower suspicion. The verdict, the disclaimer and
 * the ways to verify are already on the screen above, so they are not sent again.
 */
export function renderCheckDetailsHtml(result: CheckResult, lang: Lang, t: Translate): string[] {
  const m = html;
  const out: string[] = [];
  const warnings = result.signals.filter((s) => s.weight > 0);
  const reassuring = result.signals.filter((s) => s.weight < 0);
  if (warnings.length > 0) {
    const heading = result.verdict === 'no-signs-found' ? 'checker-signals-heading-minor' : 'checker-signals-heading';
    out.push(m.bold(m.text(t(heading))));
    for (const s of warnings) out.push(signalBlock(s, lang, t, m, true));
  }
  if (result.combinations.length > 0 && result.verdict !== 'no-signs-found') {
    out.push([m.bold(m.text(t('checker-combinations-heading'))), ...result.combinations.map((c) => `• ${m.text(c.explain[lang])}`)].join('\n'));
  }
  if (reassuring.length > 0) {
    out.push([m.bold(m.text(t('checker-reassuring-heading'))), ...reassuring.map((s) => signalBlock(s, lang, t, m, true))].join('\n'));
  }
  return splitMessages(out.join('\n\n'));
}

/** Telegram HTML messages (parse_mode HTML), each within Telegram's length limit. */
export function renderCheckHtml(result: CheckResult, lang: Lang, t: Translate, options: RenderOptions = { expanded: false }): string[] {
  return splitMessages(paragraphs(result, lang, t, html, options).join('\n\n'));
}

/** Plain text for the CLI's human output. */
export function renderCheckText(result: CheckResult, lang: Lang, t: Translate, options: RenderOptions = { expanded: true }): string {
  return `${paragraphs(result, lang, t, plain, options).join('\n\n')}\n`;
}
