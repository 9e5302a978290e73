/**
 * Checking job ads: /cek (/check) then the ad, forwarded or pasted ads routed here, captions,
 * ads pasted as several messages (joined), and /cek as a reply in groups. The reply quotes the
 * ad's words behind each warning sign; "Detail" expands every explanation.
 */
import { InlineKeyboard, type Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { Message } from 'grammy/types';
import type { BotContext } from '../context.js';
import { translatorFor } from '../i18n.js';
import { checkAd, renderCheckDetailsHtml, renderCheckHtml, tooShortToJudge, type CheckResult, type Verdict } from '../../checker/index.js';
import { createEphemeralCache } from '../ephemeral-cache.js';
import { chatKeyOf } from '../chat-key.js';
import { replyHtmlMessages } from '../reply-html.js';
import type { Lang } from '../../text/translate.js';
import { processImage, imageFileOf } from './image.js';

interface StoredCheck {
  readonly result: CheckResult;
  readonly lang: Lang;
}

// Results behind the "Detail" button: this process's memory only, a few minutes (they quote the ad).
const recentChecks = createEphemeralCache<StoredCheck>({ ttlMs: 30 * 60_000, maxEntries: 5_000 });
// Per chat, in memory only: the last verdict (never the ad's words), for "so it's safe?" next, and
// "the next message is the ad" after a too-short one. A joined ad is checked after its update has
// been answered and its session saved, so these cannot live in the session.
const lastVerdicts = createEphemeralCache<{ readonly verdict: Verdict; readonly at: number }>({ ttlMs: 30 * 60_000, maxEntries: 20_000 });
/**
 * Checks this close together are one conversation about one offer, often one ad pasted in parts:
 * "jadi aman?" is answered with the gravest of them, so a part checked alone never softens it.
 */
const SAME_OFFER_MS = 2 * 60_000;
const GRAVITY: Readonly<Record<Verdict, number>> = { 'no-signs-found': 0, suspicious: 1, 'likely-scam': 2 };
const awaitingAds = createEphemeralCache<true>({ ttlMs: 30 * 60_000, maxEntries: 20_000 });

/** The verdict of this chat's last check, if it was in the last 30 minutes. */
export function lastVerdictOf(ctx: BotContext): Verdict | undefined {
  return lastVerdicts.get(chatKeyOf(ctx))?.verdict;
}

function noteVerdict(ctx: BotContext, verdict: Verdict): void {
  const key = chatKeyOf(ctx);
  const now = ctx.deps.now();
  const earlier = lastVerdicts.get(key);
  const gravest = earlier !== undefined && now - earlier.at <= SAME_OFFER_MS && GRAVITY[earlier.verdict] > GRAVITY[verdict] ? earlier.verdict : verdict;
  lastVerdicts.set(key, { verdict: gravest, at: now });
}

/** /hapus: this chat's notes go at once, not after their 30 minutes. */
export function forgetCheckNotes(ctx: BotContext): void {
  const key = chatKeyOf(ctx);
  lastVerdicts.delete(key);
  awaitingAds.delete(key);
}

/** Whether the bot asked this chat for the whole ad; reading it clears it. */
export function takeAwaitingAd(ctx: BotContext): boolean {
  const key = chatKeyOf(ctx);
  const awaiting = awaitingAds.get(key) === true;
  if (awaiting) awaitingAds.delete(key);
  return awaiting;
}

export async function runCheck(ctx: BotContext, text: string, lang: Lang = ctx.lang): Promise<void> {
  const result = checkAd(text, ctx.deps.content.current().signals);
  if (result.verdict === 'no-signs-found' && tooShortToJudge(text)) {
    // "kamboja" after /cek is not an ad: ask for the whole ad, and check the next message.
    awaitingAds.set(chatKeyOf(ctx), true);
    await ctx.reply(translatorFor(ctx.deps.i18n, lang)('check-too-short'));
    return;
  }
  ctx.deps.metrics.verdicts.inc({ verdict: result.verdict });
  await sendCheckResult(ctx, { result, lang });
}

/** An article that answers the message as a question, offered as a button under its check. */
export interface AnswerLink {
  readonly id: string;
  readonly title: string;
}

/**
 * A message that tells of an offer someone received ("sepupu sy ditawarin kerja di kamboja …, aman
 * gk?"): its check, when it finds warning signs, with the article that answers the question as a
 * button. Sends nothing and returns false when there is no sign (the caller answers the question).
 */
export async function checkToldOffer(ctx: BotContext, text: string, lang: Lang, answer?: AnswerLink): Promise<boolean> {
  const result = checkAd(text, ctx.deps.content.current().signals);
  if (result.verdict === 'no-signs-found') return false;
  ctx.deps.metrics.verdicts.inc({ verdict: result.verdict });
  await sendCheckResult(ctx, { result, lang }, answer);
  return true;
}

async function sendCheckResult(ctx: BotContext, check: StoredCheck, answer?: AnswerLink): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, check.lang);
  noteVerdict(ctx, check.result.verdict);
  const messages = renderCheckHtml(check.result, check.lang, t, { expanded: false });
  const keyboard = new InlineKeyboard();
  const warnings = check.result.signals.filter((s) => s.weight > 0);
  // Under "no known warning signs" the minor things get a plain "Details", not "why is it risky?".
  const detailsLabel = check.result.verdict === 'no-signs-found' ? 'check-button-details-minor' : 'check-button-details';
  if (warnings.length > 0) keyboard.text(t(detailsLabel), `why:${recentChecks.put(check)}`).row();
  const article = warnings[0]?.article;
  if (article && ctx.deps.content.current().knowledge.get(article, check.lang)) {
    keyboard.text(t('check-button-read-more'), `art:${check.lang}:${article}`).row();
  }
  if (answer && answer.id !== article) keyboard.text(`📄 ${answer.title}`, `art:${check.lang}:${answer.id}`).row();
  keyboard.text(t('menu-report'), 'menu:report').row();
  keyboard.text(t('button-main-menu'), 'menu:main');
  await replyHtmlMessages(ctx, messages, keyboard);
}

/** "Details": only what the short reply left out (the explanations), under the reply itself. */
async function sendCheckDetails(ctx: BotContext, check: StoredCheck): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, check.lang);
  const keyboard = new InlineKeyboard();
  const article = check.result.signals.find((s) => s.weight > 0)?.article;
  if (article && ctx.deps.content.current().knowledge.get(article, check.lang)) {
    keyboard.text(t('check-button-read-more'), `art:${check.lang}:${article}`).row();
  }
  keyboard.text(t('menu-report'), 'menu:report').row();
  keyboard.text(t('button-main-menu'), 'menu:main');
  await replyHtmlMessages(ctx, renderCheckDetailsHtml(check.result, check.lang, t), keyboard);
}

export async function promptForAd(ctx: BotContext): Promise<void> {
  ctx.session.flow = { kind: 'check', since: ctx.deps.now() };
  await ctx.reply(ctx.t('check-prompt'), { parse_mode: 'HTML' });
}

/** Text of a message as an ad: its text or caption. */
export function adTextOf(message: Message | undefined): string {
  return message?.text ?? message?.caption ?? '';
}

export function checkFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  feature.command(['cek', 'check'], async (ctx) => {
    const replied = ctx.message?.reply_to_message;
    const inline = ctx.match.trim();
    if (replied) {
      const image = imageFileOf(replied);
      if (image) return processImage(ctx, image, adTextOf(replied));
      const text = adTextOf(replied);
      if (text.trim()) return runCheck(ctx, text);
    }
    if (inline) return runCheck(ctx, inline);
    if (ctx.chat?.type !== 'private') {
      await ctx.reply(ctx.t('check-group-hint'));
      return;
    }
    return promptForAd(ctx);
  });
  feature.callbackQuery('menu:check', async (ctx) => {
    await ctx.answerCallbackQuery();
    await promptForAd(ctx);
  });
  feature.callbackQuery(/^why:([a-z0-9]{1,16})$/, async (ctx) => {
    const stored = recentChecks.get(ctx.match[1] ?? '');
    if (!stored) {
      await ctx.answerCallbackQuery({ text: ctx.t('check-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    await sendCheckDetails(ctx, stored);
  });
  return feature;
}
