/**
 * The short replies a free message may get instead of an article or a check: asking for the
 * story or the offer, answering about the last check, the reminder before going ahead, the calm
 * note after a danger cue, and the request for an ad's text when only a link came.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import type { RouteResult } from '../../router/index.js';
import { saysThanks } from '../../router/index.js';
import { mainMenu } from '../keyboards.js';
import { translatorFor } from '../i18n.js';
import { checkAd, type Verdict } from '../../checker/index.js';
import { answerQuestion, searchQuestion, sendArticle } from '../features/questions.js';
import { SITUATION_INFO, type Situation } from '../../channels/index.js';
import type { Lang, Translate } from '../../text/translate.js';

/**
 * "trus sy hrs gmn?" follows a message the bot did not keep (privacy): say so, ask for the story
 * in a few words, and offer the menu, rather than decline it as off-topic.
 */
export async function askForTheStory(ctx: BotContext, lang: Lang): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  await ctx.reply(t('follow-up-needs-story'), { reply_markup: mainMenu(ctx, t) });
}

/**
 * "aman gk kak?", "jd itu penipuan ya?" about an offer the bot cannot see (it keeps no earlier
 * message): ask for the ad or the chat, and check the next message.
 */
export async function askForTheOffer(ctx: BotContext, lang: Lang): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  ctx.session.flow = { kind: 'check', since: ctx.deps.now() };
  await ctx.reply(t('follow-up-is-it-safe'), { reply_markup: mainMenu(ctx, t) });
}

/**
 * A message written in the /lapor flow: a sure answer, else the situation's own article. A
 * report's story is never kept in the editors' list of unanswered questions.
 */
export async function answerInReport(ctx: BotContext, text: string, situation: Situation): Promise<void> {
  const response = searchQuestion(ctx, text);
  const article = SITUATION_INFO[situation].article;
  if (response.confident || article === undefined || !ctx.deps.content.current().knowledge.get(article, response.lang)) {
    return answerQuestion(ctx, text, response, { record: false });
  }
  // A report's article in full: where to report, what to keep and the money are all asked at once.
  await sendArticle(ctx, article, response.lang, text, { overview: false });
}

function afterCheckKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('menu-check'), 'menu:check').text(t('menu-report'), 'menu:report').row()
    .text(t('button-main-menu'), 'menu:main');
}

/** The honest answers to the push-back that follows a warning ("but the pay is good"). */
const DOUBTS_ARTICLE = 'common-doubts';

/**
 * "brarti aman kan kak?" right after a check: answered against that check's verdict (kept without
 * the ad's text), never with "safe". A warning says no; "no known signs" says what to check first.
 */
export async function answerAboutLastCheck(ctx: BotContext, lang: Lang, last: Verdict): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  const lines = [t(`follow-up-last-${last}`)];
  if (last !== 'likely-scam') lines.push(t('follow-up-going-ahead'));
  const keyboard = afterCheckKeyboard(t);
  // After a warning the usual push-back ("but the pay is good", "my friend went and is fine") has
  // its honest answers one tap away.
  const doubts = last === 'no-signs-found' ? undefined : ctx.deps.content.current().knowledge.get(DOUBTS_ARTICLE, lang);
  if (doubts) keyboard.row().text(`📄 ${doubts.title}`, `art:${lang}:${DOUBTS_ARTICLE}`);
  await ctx.reply(lines.join('\n\n'), { reply_markup: keyboard });
}


/**
 * "sip lgsg daftar aja y" after a check that found no known warning signs must not read as the
 * bot's approval: the checks to make before signing up, paying or leaving, whatever the offer.
 */
export async function remindBeforeGoing(ctx: BotContext, text: string, lang: Lang, last: Verdict | undefined): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  // After a warning, the warning comes first: "lgsg daftar ya" under "likely scam" needs a "no".
  const parts = [
    ...(saysThanks(text) ? [t('thanks-reply')] : []),
    ...(last === 'likely-scam' || last === 'suspicious' ? [t(`follow-up-last-${last}`)] : []),
    ...(last === 'likely-scam' ? [] : [t('follow-up-going-ahead')]),
  ];
  await ctx.reply(parts.join('\n\n'), { reply_markup: afterCheckKeyboard(t) });
}

/**
 * After an answer to a message with a danger cue that did not make it an emergency ("paspor saya
 * ditahan agen, boleh gak?"): one calm line and the button into /lapor, in case it is worse than it reads.
 */
export async function sendConcernNote(ctx: BotContext, route: RouteResult, moneyDemanded = false): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, route.lang);
  // "sy hrs transfer gk?", "they want 3000 usd to let me go" without other danger words: the
  // "do not transfer yet" advice of the emergency reply, before the way to the numbers.
  const note = moneyDemanded
    ? `💸 ${t('channels-emergency-no-transfer-title')} ${t('channels-emergency-no-transfer')}\n\n${t('concern-note')}`
    : t('concern-note');
  await ctx.reply(note, { reply_markup: new InlineKeyboard().text(t('menu-report'), 'menu:report') });
}

/** A link and little else: the bot does not open links, so it asks for the ad's text or a screenshot. */
export async function askForTheAdText(ctx: BotContext, text: string): Promise<void> {
  // A link has no language of its own: the reply is in the chat's.
  const t = translatorFor(ctx.deps.i18n, ctx.lang);
  // The short-link hosts are the link-shortener signal's, so editors keep one list.
  const short = checkAd(text, ctx.deps.content.current().signals).signals.some((s) => s.id === 'link-shortener');
  const lines = short ? [t('check-link-only'), t('check-link-only-short')] : [t('check-link-only')];
  await ctx.reply(lines.join('\n\n'), { reply_markup: new InlineKeyboard().text(t('button-main-menu'), 'menu:main') });
}

// Kamboja and Myanmar: "not a placement country" (Minister for Migrant Workers, 28 Oct 2025; see
// content/articles/*/work-in-cambodia.md). Laos has no such statement on record, so no such line.
const NOT_PLACEMENT_COUNTRIES = new Set(['KH', 'MM']);
const MAX_SIGNS_NAMED = 3;
/** Lighter signs (an age bracket, "urgent") alone do not stop a trip. */
const MIN_SIGN_WEIGHT = 1;

/**
 * "sy udh di bandara, mau brgkt ke kamboja skrg, kerja admin": leaving within hours with warning
 * signs in the message itself. A short stop sign first, while the trip can still be stopped; the
 * answer or the check follows. False when the words show no warning sign (a G to G worker flying
 * tomorrow is not told to wait).
 */
export async function warnBeforeLeaving(ctx: BotContext, text: string, route: RouteResult): Promise<boolean> {
  const result = checkAd(text, ctx.deps.content.current().signals);
  // "besok terbang ke kamboja" is too short for a verdict, yet its one sign is enough to stop and ask.
  const signs = result.signals.filter((s) => s.weight >= MIN_SIGN_WEIGHT);
  if (signs.length === 0) return false;
  const t = translatorFor(ctx.deps.i18n, route.lang);
  const named = signs.slice(0, MAX_SIGNS_NAMED).map((s) => s.title[route.lang].toLowerCase()).join('; ');
  const countries = new Set([...result.countries, ...(route.country ? [route.country] : [])]);
  const lines = [
    t('leaving-now-title'),
    t('leaving-now-signs', { signs: named }),
    ...([...countries].some((c) => NOT_PLACEMENT_COUNTRIES.has(c)) ? [t('leaving-now-not-placement')] : []),
    t('leaving-now-body'),
    t('leaving-now-act'),
  ];
  await ctx.reply(lines.join('\n\n'), { reply_markup: new InlineKeyboard().text(t('menu-report'), 'menu:report') });
  return true;
}
