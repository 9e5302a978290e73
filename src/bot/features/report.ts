/**
 * /lapor (/report) and the emergency reply. The flow: situation → country (when it matters) →
 * the official channels that serve it, numbers written so Telegram makes them tappable,
 * WhatsApp and web as URL buttons. The emergency reply is short, calm and comes first.
 */
import { InlineKeyboard, type Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import {
  REPORT_FLOW,
  countriesFor,
  SITUATION_INFO,
  channelButtons,
  emergencyContacts,
  isSituation,
  renderChannelsHtml,
  renderEmergencyHtml,
  renderCrisisReminderHtml,
  renderSafeNowHtml,
  selectChannels,
  type Situation,
} from '../../channels/index.js';
import { splitMessages } from '../../text/telegram-html.js';
import { replyHtmlMessages } from '../reply-html.js';
import { createEphemeralCache } from '../ephemeral-cache.js';
import { chatKeyOf } from '../chat-key.js';
import { translatorFor } from '../i18n.js';
import type { Lang, Translate } from '../../text/translate.js';

const COUNTRY_CODES = new Set(REPORT_FLOW.countries.map((c) => c.code as string));

async function askSituation(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard();
  for (const situation of REPORT_FLOW.situations) keyboard.text(ctx.t(situation.labelKey), `rep:s:${situation.id}`).row();
  keyboard.text(ctx.t('button-main-menu'), 'menu:main');
  await ctx.reply(ctx.t(REPORT_FLOW.keys.askSituation), { reply_markup: keyboard });
}

async function askCountry(ctx: BotContext, situation: Situation): Promise<void> {
  const keyboard = new InlineKeyboard();
  countriesFor(situation).forEach((country, index) => {
    keyboard.text(ctx.t(country.labelKey), `rep:c:${situation}:${country.code}`);
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t('button-main-menu'), 'menu:main');
  await ctx.reply(ctx.t(REPORT_FLOW.keys.askCountry), { reply_markup: keyboard });
}

/** `t` in the language of the reply above the keyboard, so every button matches it. */
function urlKeyboard(buttons: ReadonlyArray<{ text: string; url: string }>, t: Translate, extra?: (k: InlineKeyboard) => void): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const button of buttons.slice(0, 6)) keyboard.url(button.text, button.url).row();
  extra?.(keyboard);
  keyboard.text(t('button-main-menu'), 'menu:main');
  return keyboard;
}

async function sendHtmlMessages(ctx: BotContext, html: string, keyboard: InlineKeyboard): Promise<void> {
  await replyHtmlMessages(ctx, splitMessages(html), keyboard);
}

export async function showChannels(ctx: BotContext, situation: Situation, country?: string): Promise<void> {
  // What the person writes next is part of this report (free-message/steps.ts reads it so).
  ctx.session.flow = { kind: 'report', situation, since: ctx.deps.now() };
  const set = ctx.deps.content.current().channels;
  const channels = selectChannels(set, { situation, country });
  const t = translatorFor(ctx.deps.i18n, ctx.lang);
  const inDanger = situation === 'in-danger-abroad';
  const checklist = inDanger ? 'self' : situation === 'report-recruiter' ? 'recruiter' : 'case';
  const html = renderChannelsHtml(channels, ctx.lang, t, { country, checklist });
  // In danger, only the buttons that reach a person now (WhatsApp); portals and forms can wait.
  const buttons = channelButtons(channels, ctx.lang, t).filter((b) => !inDanger || b.url.startsWith('https://wa.me/'));
  await sendHtmlMessages(ctx, html, urlKeyboard(buttons, t));
}

/**
 * "nomor kbri malaysia brp?": the official channels for Indonesians in that country (its embassy
 * first, when we have a sourced number, else the note that says so), without the checklist for
 * someone in danger and without opening a report.
 */
export async function showEmbassyContacts(ctx: BotContext, country: string, lang: Lang): Promise<void> {
  const set = ctx.deps.content.current().channels;
  const channels = selectChannels(set, { situation: 'in-danger-abroad', country });
  const t = translatorFor(ctx.deps.i18n, lang);
  const html = renderChannelsHtml(channels, lang, t, { country });
  await sendHtmlMessages(ctx, html, urlKeyboard(channelButtons(channels, lang, t), t));
}

// Per chat, in this process's memory for 30 minutes and without any content: that the chat got
// an emergency reply, and the country of it (a code such as "MM"). A message the bot cannot place
// there gets the short reminder, not the menu or an article, and a father who said "Myanmar"
// once is not asked again three messages later.
const crises = createEphemeralCache<{ readonly country?: string; readonly forSomeoneElse?: boolean; readonly despair?: boolean }>({ ttlMs: 30 * 60_000, maxEntries: 20_000 });

/**
 * Notes the crisis (and its country, when known), keeping a country said earlier; whether a
 * reply was for a relative in danger, once it was; and whether the writer said they wish to die.
 */
function noteCrisis(ctx: BotContext, country: string | undefined, forSomeoneElse = false, despair = false): string | undefined {
  const key = chatKeyOf(ctx);
  const earlier = crises.get(key);
  const known = country ?? earlier?.country;
  const forRelative = forSomeoneElse || earlier?.forSomeoneElse === true;
  const wishToDie = despair || earlier?.despair === true;
  crises.set(key, {
    ...(known === undefined ? {} : { country: known }), ...(forRelative ? { forSomeoneElse: true } : {}), ...(wishToDie ? { despair: true } : {}),
  });
  return known;
}

/**
 * "sy hrs lapor kemana?" in a crisis conversation: the official channels for a family reporting
 * a relative in danger, or for someone in danger abroad, for the country said earlier; not the
 * article on reporting a recruiter that the words alone would find.
 */
export async function showCrisisChannels(ctx: BotContext): Promise<void> {
  const note = crises.get(chatKeyOf(ctx));
  await showChannels(ctx, note?.forSomeoneElse === true ? 'family-report' : 'in-danger-abroad', note?.country);
}

// Per chat, in memory for 30 minutes: the code of the last country abroad a message named ("anak
// sy kerja di kamboja …"), so "nomornya brp?" two messages later gets that country's channels.
const namedCountries = createEphemeralCache<string>({ ttlMs: 30 * 60_000, maxEntries: 20_000 });

export function noteNamedCountry(ctx: BotContext, country: string | undefined): void {
  if (country !== undefined && country !== 'ID') namedCountries.set(chatKeyOf(ctx), country);
}

/** The country abroad of this chat's crisis, else the last one a message named, if any. */
export function countryInContext(ctx: BotContext): string | undefined {
  const key = chatKeyOf(ctx);
  return crises.get(key)?.country ?? namedCountries.get(key);
}

/** Whether this chat got an emergency reply in the last 30 minutes. */
export function inCrisis(ctx: BotContext): boolean {
  return crises.get(chatKeyOf(ctx)) !== undefined;
}

/**
 * A new cry for help in the same crisis conversation, from the same place (or none named): the
 * numbers were just given in full, so the short reminder says them again. A crisis about a
 * relative stays one ("dia gk bisa telpon, hp nya diawasin" after "adik sy dipukulin di
 * myawaddy"), whoever the next message seems to speak of; a relative named in a crisis about the
 * writer is a new one, with the family's card.
 */
export function repeatsOwnCrisis(ctx: BotContext, country: string | undefined, forSomeoneElse: boolean): boolean {
  const note = crises.get(chatKeyOf(ctx));
  if (note === undefined || (forSomeoneElse && note.forSomeoneElse !== true)) return false;
  return country === undefined || country === note.country;
}

/** /hapus: the crisis note goes at once. */
export function forgetCrisisNotes(ctx: BotContext): void {
  crises.delete(chatKeyOf(ctx));
  namedCountries.delete(chatKeyOf(ctx));
}

/** The few lines for a message in a crisis conversation that the bot cannot place. */
export async function sendCrisisReminder(
  ctx: BotContext, lang: Lang = ctx.lang, named?: string, given: { moneyDemanded?: boolean; despair?: boolean } = {},
): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  const set = ctx.deps.content.current().channels;
  // "sy d kamboja" names the country: remembered, and its embassy shown. In a crisis about a
  // relative, "sy di jember" is where the family is, not where the relative is in danger.
  const note = crises.get(chatKeyOf(ctx));
  const forSomeoneElse = note?.forSomeoneElse === true;
  const country = noteCrisis(ctx, forSomeoneElse && named === 'ID' ? undefined : named, false, given.despair === true);
  // Someone who said they wish to die hears the warm words again with every reminder.
  const despair = given.despair === true || note?.despair === true;
  const html = renderCrisisReminderHtml(set, { country, lang, t, forSomeoneElse, moneyDemanded: given.moneyDemanded === true, despair });
  const buttons = channelButtons(emergencyContacts(set, country), lang, t).filter((b) => b.url.startsWith('https://wa.me/'));
  await sendHtmlMessages(ctx, html, urlKeyboard(buttons, t, (k) => k.text(t('menu-report'), 'menu:report').row()));
}

/**
 * "sy udh aman di mae sot", "I escaped, I'm safe now": the crisis is over for this chat, and the
 * reply is the way home (embassy and Kemlu for the country named, or the crisis's), the
 * replacement passport, the non-punishment rule and the evidence to keep, with the two articles
 * that say more.
 */
export async function sendSafeNowSteps(ctx: BotContext, lang: Lang, named?: string, forSomeoneElse = false): Promise<void> {
  const country = named ?? crises.get(chatKeyOf(ctx))?.country;
  forgetCrisisNotes(ctx);
  const t = translatorFor(ctx.deps.i18n, lang);
  const { channels, knowledge } = ctx.deps.content.current();
  const html = renderSafeNowHtml(channels, { country, lang, t, forSomeoneElse });
  const keyboard = new InlineKeyboard();
  for (const id of ['help-abroad', 'human-trafficking']) {
    const article = knowledge.get(id, lang);
    if (article) keyboard.text(`📄 ${article.title}`, `art:${lang}:${id}`).row();
  }
  keyboard.text(t('menu-report'), 'menu:report').row().text(t('button-main-menu'), 'menu:main');
  await sendHtmlMessages(ctx, html, keyboard);
}

/** The first reply to someone in danger (or whose relative is). */
export async function sendEmergency(
  ctx: BotContext,
  given: { country?: string | undefined; forSomeoneElse: boolean; moneyDemanded?: boolean; despair?: boolean; lang?: Lang },
): Promise<void> {
  // A crisis that began about a relative stays about them ("hp nya gk aktif" said of the same son).
  const forSomeoneElse = given.forSomeoneElse || crises.get(chatKeyOf(ctx))?.forSomeoneElse === true;
  const options = { ...given, forSomeoneElse, country: noteCrisis(ctx, given.country, forSomeoneElse, given.despair === true) };
  const lang = options.lang ?? ctx.lang;
  const t = translatorFor(ctx.deps.i18n, lang);
  const set = ctx.deps.content.current().channels;
  ctx.deps.metrics.emergencies.inc();
  const moneyDemanded = options.moneyDemanded === true;
  const html = renderEmergencyHtml(set, { country: options.country, forSomeoneElse: options.forSomeoneElse, moneyDemanded, despair: options.despair === true, lang, t });
  const buttons = channelButtons(emergencyContacts(set, options.country), lang, t);
  // Who is in danger, and whether money was demanded, ride along in the country buttons.
  const who = `${options.forSomeoneElse ? 'f' : 's'}${moneyDemanded ? 'r' : ''}`;
  await sendHtmlMessages(
    ctx,
    html,
    urlKeyboard(buttons, t, (k) => {
      // No country in the message: one tap shows the embassy of the right country, without
      // asking the person to type where they are.
      if (!options.country) {
        EMERGENCY_COUNTRIES.forEach((code, index) => {
          k.text(t(`channels-country-${code}`), `emg:${code}:${who}`);
          if (index % 3 === 2) k.row();
        });
        k.row();
      }
      k.text(t('menu-report'), 'menu:report').row();
    }),
  );
}

// Abroad destinations offered as buttons in an emergency reply without a country.
const EMERGENCY_COUNTRIES = REPORT_FLOW.countries.map((c) => c.code).filter((c) => c !== 'ID' && c !== 'other');

export function reportFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  feature.command(['lapor', 'report'], askSituation);
  feature.callbackQuery('menu:report', async (ctx) => {
    await ctx.answerCallbackQuery();
    await askSituation(ctx);
  });
  feature.callbackQuery(/^emg:([A-Z]{2}):(s|f)(r?)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const country = ctx.match[1] ?? '';
    if (!COUNTRY_CODES.has(country)) return askSituation(ctx);
    return sendEmergency(ctx, { country, forSomeoneElse: ctx.match[2] === 'f', moneyDemanded: ctx.match[3] === 'r' });
  });
  // "📞 Kontak resmi" under a place named alone (questions.ts): that country's official channels.
  feature.callbackQuery(/^emb:([A-Z]{2})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    return showEmbassyContacts(ctx, ctx.match[1] ?? '', ctx.lang);
  });
  feature.callbackQuery(/^rep:s:([a-z-]{1,40})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const situation = ctx.match[1] ?? '';
    if (!isSituation(situation)) return askSituation(ctx);
    if (SITUATION_INFO[situation].asksCountry) return askCountry(ctx, situation);
    return showChannels(ctx, situation);
  });
  feature.callbackQuery(/^rep:c:([a-z-]{1,40}):([A-Za-z]{2}|other)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const situation = ctx.match[1] ?? '';
    const country = ctx.match[2] ?? '';
    if (!isSituation(situation) || !COUNTRY_CODES.has(country)) return askSituation(ctx);
    return showChannels(ctx, situation, country);
  });
  return feature;
}

/** Opens the flow from the deep link t.me/<bot>?start=lapor. */
export const openReportFlow = askSituation;
