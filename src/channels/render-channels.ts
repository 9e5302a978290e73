/**
 * Telegram HTML for channels. Numbers are written in international form ("+62 812-9007-0027")
 * so Telegram makes them tappable; medium-confidence items say "check first"; nothing here asks
 * for the person's location or personal data. Buttons are plain data for the bot adapter.
 */
import { parsePhoneNumberWithError } from 'libphonenumber-js/min/es6';
import { escapeHtml, link } from '../text/telegram-html.js';
import type { Lang, Translate } from '../text/translate.js';
import type { Channel, Contact } from './channel-schema.js';
import type { ChannelSet } from './load-channels.js';
import { emergencyContacts, indonesianPolice } from './select-channels.js';

export interface ChannelButton {
  readonly text: string;
  readonly url: string;
}

/** Countries with a note the person should read (why there is no embassy number, conflict areas). */
const COUNTRY_NOTES = new Set(['LA', 'MM']);

export function formatNumber(contact: Contact): string {
  if (contact.short === true) return contact.display ?? contact.value;
  if (contact.display?.startsWith('+')) return contact.display;
  try {
    return parsePhoneNumberWithError(contact.value).formatInternational();
  } catch {
    return contact.value;
  }
}

function isNumber(c: Contact): boolean {
  return c.type === 'phone' || c.type === 'whatsapp' || c.type === 'sms';
}

interface NumberLine {
  readonly number: string;
  readonly types: string[];
  readonly label: string | undefined;
  readonly medium: boolean;
}

/** Phone and WhatsApp on the same number become one line: "+62 812-9007-0027 (telepon/WhatsApp)". */
function numberLines(channel: Channel, lang: Lang): NumberLine[] {
  const lines = new Map<string, { types: string[]; label: string | undefined; medium: boolean }>();
  for (const c of channel.contacts.filter(isNumber)) {
    const key = formatNumber(c);
    const existing = lines.get(key);
    const medium = c.confidence === 'medium' || channel.confidence === 'medium';
    if (existing) {
      if (!existing.types.includes(c.type)) existing.types.push(c.type);
      existing.medium = existing.medium || medium;
    } else {
      lines.set(key, { types: [c.type], label: c.label?.[lang], medium });
    }
  }
  return [...lines].map(([number, v]) => ({ number, ...v }));
}

function renderNumberLine(line: NumberLine, t: Translate, withLabel: boolean): string {
  const kinds = line.types.map((type) => t(`channels-contact-${type}`)).join('/');
  const label = withLabel && line.label ? ` · ${escapeHtml(line.label)}` : '';
  const check = line.medium ? ` ${escapeHtml(t('channels-medium-contact'))}` : '';
  return `📞 <b>${escapeHtml(line.number)}</b> (${escapeHtml(kinds)})${label}${check}`;
}

function renderOtherContact(c: Contact, lang: Lang): string | undefined {
  const label = c.label?.[lang];
  if (c.type === 'url') return `🌐 ${link(c.value, label ?? new URL(c.value).hostname)}`;
  if (c.type === 'email') return `✉️ ${escapeHtml(c.value)}${label ? ` · ${escapeHtml(label)}` : ''}`;
  if (c.type === 'app') return `📱 ${escapeHtml(label ?? c.value)}`;
  return undefined;
}

/** One self-contained block per channel (splitMessages may cut between blocks). */
export function renderChannelBlock(channel: Channel, lang: Lang, t: Translate): string {
  const lines = [`<b>${escapeHtml(channel.name[lang])}</b>`];
  for (const n of numberLines(channel, lang)) lines.push(renderNumberLine(n, t, true));
  for (const c of channel.contacts) {
    const other = renderOtherContact(c, lang);
    if (other !== undefined) lines.push(other);
  }
  lines.push(`🕒 ${escapeHtml(t('channels-hours', { hours: channel.hours[lang] }))}`);
  lines.push(`<i>${escapeHtml(channel.notes[lang])}</i>`);
  if (channel.confidence === 'medium') lines.push(escapeHtml(t('channels-medium-warning')));
  return lines.join('\n');
}

function countryNote(country: string | undefined, hasEmbassy: boolean, t: Translate): string | undefined {
  const code = country?.toUpperCase();
  if (code === undefined || code === '') return t('channels-country-note-unknown');
  if (code === 'ID') return undefined;
  if (COUNTRY_NOTES.has(code)) return t(`channels-country-note-${code}`);
  return hasEmbassy ? undefined : t('channels-country-note-other');
}

export interface RenderListOptions {
  /** The country the list was selected for; adds the Laos/Myanmar/unknown-country notes. */
  readonly country?: string | undefined;
  /**
   * What to have ready. 'self': someone in danger themself ("in-danger-abroad") is asked only for
   * what they can give without more risk, and told to delete the chat. 'recruiter': someone
   * reporting a recruiter keeps the evidence (ads, chats, transfer receipts). 'case' (default): the
   * family list, with the timeline and when they last heard from the person.
   */
  readonly checklist?: 'self' | 'recruiter' | 'case';
}

/** The full list for the /lapor flow, followed by what to prepare and "report, don't only post". */
export function renderChannelsHtml(
  channels: readonly Channel[],
  lang: Lang,
  t: Translate,
  opts: RenderListOptions = {},
): string {
  const blocks: string[] = [];
  if (channels.length === 0) {
    blocks.push(escapeHtml(t('channels-none')));
  } else {
    blocks.push(`<b>${escapeHtml(t('channels-list-title'))}</b>`);
    blocks.push(...channels.map((c) => renderChannelBlock(c, lang, t)));
  }
  if (opts.country !== undefined) {
    const hasEmbassy = channels.some((c) => c.role === 'embassy' && c.countries.includes(opts.country?.toUpperCase() ?? ''));
    const note = countryNote(opts.country, hasEmbassy, t);
    if (note !== undefined) blocks.push(`ℹ️ ${escapeHtml(note)}`);
  }
  if (opts.checklist === 'self') {
    blocks.push(`<b>${escapeHtml(t('channels-prepare-self-title'))}</b>\n${escapeHtml(t('channels-prepare-self-list'))}`);
    blocks.push(`🔒 ${escapeHtml(t('channels-emergency-tip'))}`);
  } else if (opts.checklist === 'recruiter') {
    blocks.push(`<b>${escapeHtml(t('channels-prepare-recruiter-title'))}</b>\n${escapeHtml(t('channels-prepare-recruiter-list'))}`);
    blocks.push(escapeHtml(t('channels-report-recruiter-not-post')));
  } else {
    blocks.push(`<b>${escapeHtml(t('channels-prepare-title'))}</b>\n${escapeHtml(t('channels-prepare-list'))}`);
    blocks.push(escapeHtml(t('channels-report-not-post')));
  }
  return blocks.join('\n\n');
}

/** WhatsApp (wa.me) and web links as plain {text, url} for URL buttons, one per distinct URL. */
export function channelButtons(channels: readonly Channel[], lang: Lang = 'id', t?: Translate): ChannelButton[] {
  const buttons: ChannelButton[] = [];
  const seen = new Set<string>();
  for (const channel of channels) {
    for (const c of channel.contacts) {
      let button: ChannelButton | undefined;
      const name = channel.name[lang];
      if (c.type === 'whatsapp') {
        const url = `https://wa.me/${c.value.replace(/\D/g, '')}`;
        button = { text: t ? t('channels-button-whatsapp', { name }) : `WhatsApp ${name}`, url };
      } else if (c.type === 'url') {
        const label = c.label?.[lang] ?? name;
        button = { text: t ? t('channels-button-web', { label }) : label, url: c.value };
      }
      if (button && !seen.has(button.url)) {
        seen.add(button.url);
        buttons.push(button);
      }
    }
  }
  return buttons;
}

export interface EmergencyOptions {
  readonly country?: string | undefined;
  /** The person in danger is someone else (a child, a spouse): the family version. */
  readonly forSomeoneElse: boolean;
  /**
   * Someone demands money to let the person go: "do not transfer yet, call first" follows the
   * numbers (debt-and-penalties article), because families pay within hours, often to impostors.
   */
  readonly moneyDemanded?: boolean;
  /** The writer wishes to die ("mending mati aja"): a few warm words come before the numbers. */
  readonly despair?: boolean;
  readonly lang: Lang;
  readonly t: Translate;
}

/**
 * The first answer to a distress message: short and calm, numbers first, one safety tip, and
 * the hint into the /lapor flow. Never asks where the person is or who they are.
 */
/** Contacts in the short reminder: the embassy (when the country is known) and the hotline. */
const REMINDER_CONTACTS = 2;

/**
 * The short reminder for a message in a crisis conversation that the bot cannot place ("hp d
 * cek", "sy takut ketauan"): the first numbers again, what to write, and to delete the chat. A
 * few lines, because the person may be writing in secret on a phone someone checks.
 */
export function renderCrisisReminderHtml(
  set: ChannelSet, opts: Pick<EmergencyOptions, 'country' | 'lang' | 't' | 'moneyDemanded' | 'despair'> & { forSomeoneElse?: boolean },
): string {
  const { lang, t } = opts;
  // A relative in danger: the family calls for them and says where they were, not where the writer is.
  const family = opts.forSomeoneElse === true ? 'family-' : '';
  const lines = emergencyContacts(set, opts.country).slice(0, REMINDER_CONTACTS).flatMap((c) => {
    const first = numberLines(c, lang).filter((n) => !n.types.includes('sms'))[0];
    return first === undefined ? [] : [`<b>${escapeHtml(c.name[lang])}</b>: ${renderNumberLine(first, t, false)}`];
  });
  // "sy harus bayar gk?" under a ransom demand: the answer first, then the numbers.
  const noTransfer = opts.moneyDemanded === true
    ? [`💸 <b>${escapeHtml(t('channels-emergency-no-transfer-title'))}</b> ${escapeHtml(t('channels-emergency-no-transfer'))}`]
    : [];
  const despair = opts.despair === true && opts.forSomeoneElse !== true ? [`💛 ${escapeHtml(t('channels-emergency-despair'))}`] : [];
  return [
    ...despair,
    ...noTransfer,
    `🆘 ${escapeHtml(t(`channels-crisis-reminder-${family}title`))}`, lines.join('\n'), escapeHtml(t(`channels-crisis-reminder-${family}write`)),
    `🔒 ${escapeHtml(t('channels-emergency-tip'))}`,
  ].join('\n\n');
}

/**
 * "sy udh aman di mae sot": the way home and what to fear less. The embassy and the Kemlu hotline
 * (not the host country's police: the danger is past), then the replacement passport, the rule that
 * victims forced into crimes are not punished, and the evidence to keep for a report.
 */
export function renderSafeNowHtml(set: ChannelSet, opts: Pick<EmergencyOptions, 'country' | 'lang' | 't'> & { forSomeoneElse?: boolean }): string {
  const { lang } = opts;
  // A relative safe again: the same steps, said of them ("dia") to the family.
  const t = (key: string): string =>
    opts.t(opts.forSomeoneElse === true && key !== 'channels-safe-now-evidence' ? key.replace('channels-safe-now-', 'channels-safe-now-family-') : key);
  const lines = emergencyContacts(set, opts.country).filter((c) => c.role !== 'host-hotline').slice(0, REMINDER_CONTACTS).flatMap((c) => {
    const first = numberLines(c, lang).filter((n) => !n.types.includes('sms'))[0];
    return first === undefined ? [] : [`<b>${escapeHtml(c.name[lang])}</b>: ${renderNumberLine(first, opts.t, false)}`];
  });
  return [
    `🙏 ${escapeHtml(t('channels-safe-now-title'))}`,
    `${escapeHtml(t('channels-safe-now-contact'))}\n${lines.join('\n')}`,
    `• ${escapeHtml(t('channels-safe-now-passport'))}\n• ${escapeHtml(t('channels-safe-now-not-punished'))}\n• ${escapeHtml(t('channels-safe-now-evidence'))}`,
  ].join('\n\n');
}

export function renderEmergencyHtml(set: ChannelSet, opts: EmergencyOptions): string {
  const { lang, t } = opts;
  const contacts = emergencyContacts(set, opts.country);
  const blocks: string[] = [];
  const list = contacts
    .map((c) => {
      const numbers = numberLines(c, lang).filter((n) => !n.types.includes('sms'));
      const first = numbers[0];
      if (first === undefined) return undefined;
      // The host country's police or hotline comes after the embassy and Kemlu, as its own note says.
      const after = c.role === 'host-hotline' ? `\n<i>${escapeHtml(t('channels-emergency-host-note'))}</i>` : '';
      return `<b>${escapeHtml(c.name[lang])}</b>\n${renderNumberLine(first, t, false)}${after}`;
    })
    .filter((s): s is string => s !== undefined);

  if (opts.despair === true && !opts.forSomeoneElse) blocks.push(`💛 ${escapeHtml(t('channels-emergency-despair'))}`);
  if (opts.forSomeoneElse) {
    blocks.push(`🆘 <b>${escapeHtml(t('channels-emergency-family-title'))}</b>\n${escapeHtml(t('channels-emergency-family-intro'))}`);
  } else {
    blocks.push(`🆘 <b>${escapeHtml(t('channels-emergency-title'))}</b>`);
  }
  blocks.push(list.join('\n\n'));
  if (opts.moneyDemanded === true) {
    blocks.push(`💸 <b>${escapeHtml(t('channels-emergency-no-transfer-title'))}</b> ${escapeHtml(t('channels-emergency-no-transfer'))}`);
  }
  const code = opts.country?.toUpperCase();
  if (code === undefined || code === '') {
    const police = indonesianPolice(set);
    const short = police?.contacts.find((c) => c.short === true && c.type === 'phone');
    const lines = [t('channels-country-note-unknown')];
    if (short !== undefined) lines.push(t('channels-emergency-in-indonesia', { number: formatNumber(short) }));
    blocks.push(lines.map(escapeHtml).join('\n'));
  } else {
    const hasEmbassy = contacts.some((c) => c.role === 'embassy');
    const note = countryNote(code, hasEmbassy, t);
    if (note !== undefined) blocks.push(`ℹ️ ${escapeHtml(note)}`);
  }
  if (opts.forSomeoneElse) {
    blocks.push(`📝 ${escapeHtml(t('channels-emergency-family-record'))}`);
    blocks.push(escapeHtml(t('channels-emergency-family-no-post')));
  } else {
    blocks.push(`🔒 ${escapeHtml(t('channels-emergency-tip'))}`);
  }
  blocks.push(escapeHtml(t('channels-flow-entry-hint')));
  return blocks.filter((b) => b.length > 0).join('\n\n');
}
