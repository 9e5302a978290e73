/**
 * Every free message in a private chat (text, caption, photo, forwarded or not) goes through the
 * router: someone in present danger gets the emergency contacts FIRST; then an ad is checked
 * (parts pasted in a row are joined), a question is answered, and when it is unclear whether a
 * message is an ad the user chooses with two buttons. In groups the bot stays quiet unless asked
 * with /cek.
 */
import { InlineKeyboard, type Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import {
  announcesGoingAhead, asksForTheNumber, asksToCheckAnAd, asksVerdict, asksWhatNext, asksWhatToDo, asksWhereToReport, demandsRansom, isLinkOnly,
  opensFollowUp, routeMessage, saysSafeNow, tellsOfOffer, wantsToReportRecruiter, wordsIn, type RouteResult,
} from '../../router/index.js';
import { createEphemeralCache } from '../ephemeral-cache.js';
import { mainMenu } from '../keyboards.js';
import { translatorFor } from '../i18n.js';
import { checkAd, type Verdict } from '../../checker/index.js';
import { adTextOf, checkToldOffer, lastVerdictOf, promptForAd, runCheck, takeAwaitingAd } from './check.js';
import { chatKeyOf } from '../chat-key.js';
import { imageFileOf, processImage } from './image.js';
import { answerFollowUp, answerIfConfident, answerQuestion, askAboutLastArticle, searchQuestion, sendArticle } from './questions.js';
import { SITUATION_INFO, isSituation, type Situation } from '../../channels/index.js';
import { forgetCrisisNotes, inCrisis, sendCrisisReminder, sendEmergency, showCrisisChannels } from './report.js';
import type { Lang } from '../../text/translate.js';
import type { SearchResponse } from '../../knowledge/knowledge-base.js';

// Thanks in the ways people write it, so the reply can begin with "you're welcome".
// The Islamic greeting is answered in kind before anything else, as any polite person would.
const SALAM = /\b(as+alamu'?\s?alaikum|as+alamualaikum|as+alamu'alaikum|asw|aslm|asslm|assalam)\b/i;
// "halo kak", "pagi min", Sundanese "punten" / "sampurasun": a hello back before the pointer.
const HELLO = /^\W*(halo+|hallo+|helo+|hai+|hi+|hello+|hey+|hei+|pagi|siang|sore|malam|selamat (pagi|siang|sore|malam)|punten|sampurasun|permisi|(?:nyuwun|nuwun) sewu|good (morning|afternoon|evening))\b/i;
// Javanese "nuwun sewu" is "excuse me", an opening, not thanks ("matur nuwun" is thanks).
const THANKS = /\b(makasih|makasi|mksh|terima ?kasih|trims|thanks|thank you|thx|tq|tengkyu|suwun|nuwun(?!\s*sewu)|hatur nuhun|nuhun)\b/i;
// Text waiting for the user's "ad or question?" choice: memory only, a few minutes.
const pendingChoices = createEphemeralCache<{ text: string }>({ ttlMs: 10 * 60_000, maxEntries: 5_000 });
const FLOW_TTL_MS = 30 * 60_000;
/** In a crisis conversation, a message this short that the bot cannot place gets the reminder. */
const CRISIS_SHORT_WORDS = 5;
/** A follow-up this short, right after an article, is read together with it ("klo hongkong?"). */
const FOLLOW_UP_WORDS = 5;
/** After /lapor shows the channels, what is written within this time belongs to that report. */
const REPORT_FOLLOW_UP_MS = 10 * 60_000;
// A question mark or a question word (Indonesian, WhatsApp spellings, English).
const ASKS_SOMETHING = /\?|\b(apa|apakah|bagaimana|gimana|gmn|gmana|bgmn|caranya|cara|kenapa|mengapa|knp|berapa|brp|siapa|dimana|di mana|kemana|bisakah|bolehkah|how|what|where|who|why|can i|should i)\b/i;

/**
 * Ad parts pasted in a row are joined and checked once. A part that alone could be an ad or a
 * question (a headline) waits with the others; only if nothing follows is the user asked.
 */
const joinKey = chatKeyOf;

function checkJoined(ctx: BotContext, text: string, route: RouteResult): void {
  ctx.deps.joiner.add(joinKey(ctx), text, async (parts) => {
    try {
      if (parts.length === 1 && route.ambiguous) await askAdOrQuestion(ctx, text, route);
      else await runCheck(ctx, parts.join('\n'));
    } catch (error) {
      ctx.deps.logger.error({ update_id: ctx.update.update_id, err: error }, 'joined ad check failed');
      await ctx.reply(ctx.t('error-apology')).catch(() => undefined);
    }
  });
}

async function askAdOrQuestion(ctx: BotContext, text: string, route: RouteResult): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, route.lang);
  const token = pendingChoices.put({ text });
  const keyboard = new InlineKeyboard().text(t('route-choose-ad'), `route:a:${token}`).text(t('route-choose-question'), `route:q:${token}`);
  await ctx.reply(t('route-choose'), { reply_markup: keyboard });
}

/**
 * "trus sy hrs gmn?" follows a message the bot did not keep (privacy): say so, ask for the story
 * in a few words, and offer the menu, rather than decline it as off-topic.
 */
async function askForTheStory(ctx: BotContext, lang: Lang): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  await ctx.reply(t('follow-up-needs-story'), { reply_markup: mainMenu(ctx, t) });
}

/**
 * "aman gk kak?", "jd itu penipuan ya?" about an offer the bot cannot see (it keeps no earlier
 * message): ask for the ad or the chat, and check the next message.
 */
async function askForTheOffer(ctx: BotContext, lang: Lang): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  ctx.session.flow = { kind: 'check', since: ctx.deps.now() };
  await ctx.reply(t('follow-up-is-it-safe'), { reply_markup: mainMenu(ctx, t) });
}

/**
 * A message written in the /lapor flow: a sure answer, else the situation's own article. A
 * report's story is never kept in the editors' list of unanswered questions.
 */
async function answerInReport(ctx: BotContext, text: string, situation: Situation): Promise<void> {
  const response = searchQuestion(ctx, text);
  const article = SITUATION_INFO[situation].article;
  if (response.confident || article === undefined || !ctx.deps.content.current().knowledge.get(article, response.lang)) {
    return answerQuestion(ctx, text, response, { record: false });
  }
  await sendArticle(ctx, article, response.lang, text);
}

/**
 * "brarti aman kan kak?" right after a check: answered against that check's verdict (kept without
 * the ad's text), never with "safe". A warning says no; "no known signs" says what to check first.
 */
async function answerAboutLastCheck(ctx: BotContext, lang: Lang, last: Verdict): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  const lines = [t(`follow-up-last-${last}`)];
  if (last !== 'likely-scam') lines.push(t('follow-up-going-ahead'));
  const keyboard = new InlineKeyboard()
    .text(t('menu-check'), 'menu:check').text(t('menu-report'), 'menu:report').row()
    .text(t('button-main-menu'), 'menu:main');
  await ctx.reply(lines.join('\n\n'), { reply_markup: keyboard });
}

/**
 * "sip lgsg daftar aja y" after a check that found no known warning signs must not read as the
 * bot's approval: the checks to make before signing up, paying or leaving, whatever the offer.
 */
async function remindBeforeGoing(ctx: BotContext, text: string, lang: Lang, last: Verdict | undefined): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  // After a warning, the warning comes first: "lgsg daftar ya" under "likely scam" needs a "no".
  const parts = [
    ...(THANKS.test(text) ? [t('thanks-reply')] : []),
    ...(last === 'likely-scam' || last === 'suspicious' ? [t(`follow-up-last-${last}`)] : []),
    ...(last === 'likely-scam' ? [] : [t('follow-up-going-ahead')]),
  ];
  const reminder = parts.join('\n\n');
  const keyboard = new InlineKeyboard()
    .text(t('menu-check'), 'menu:check').text(t('menu-report'), 'menu:report').row()
    .text(t('button-main-menu'), 'menu:main');
  await ctx.reply(reminder, { reply_markup: keyboard });
}

/**
 * After an answer to a message with a danger cue that did not make it an emergency ("paspor saya
 * ditahan agen, boleh gak?"): one calm line and the button into /lapor, in case it is worse than it reads.
 */
async function sendConcernNote(ctx: BotContext, route: RouteResult, moneyDemanded = false): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, route.lang);
  // "sy hrs transfer gk?", "they want 3000 usd to let me go" without other danger words: the
  // "do not transfer yet" advice of the emergency reply, before the way to the numbers.
  const note = moneyDemanded
    ? `💸 ${t('channels-emergency-no-transfer-title')} ${t('channels-emergency-no-transfer')}\n\n${t('concern-note')}`
    : t('concern-note');
  await ctx.reply(note, { reply_markup: new InlineKeyboard().text(t('menu-report'), 'menu:report') });
}

/** A link and little else: the bot does not open links, so it asks for the ad's text or a screenshot. */
async function askForTheAdText(ctx: BotContext, text: string, route: RouteResult): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, route.lang);
  // The short-link hosts are the link-shortener signal's, so editors keep one list.
  const short = checkAd(text, ctx.deps.content.current().signals).signals.some((s) => s.id === 'link-shortener');
  const lines = short ? [t('check-link-only'), t('check-link-only-short')] : [t('check-link-only')];
  await ctx.reply(lines.join('\n\n'), { reply_markup: new InlineKeyboard().text(t('button-main-menu'), 'menu:main') });
}

async function handleFreeMessage(ctx: BotContext): Promise<void> {
  const message = ctx.message;
  if (!message) return;
  const text = adTextOf(message);
  const image = imageFileOf(message);
  // The bot asked for the whole ad after a too-short one (check.ts): unless this is plainly a
  // question, it is that ad.
  const awaitingAd = takeAwaitingAd(ctx);
  const current = ctx.session.flow && ctx.deps.now() - ctx.session.flow.since < FLOW_TTL_MS ? ctx.session.flow : undefined;
  const flow = current?.kind ?? null;
  // In the /lapor flow, the situation chosen: what comes next is part of that report.
  const reporting = current?.kind === 'report' && current.situation !== undefined && isSituation(current.situation)
    && ctx.deps.now() - current.since < REPORT_FOLLOW_UP_MS ? current.situation : undefined;
  const route = routeMessage({
    text,
    forwarded: message.forward_origin !== undefined,
    chatType: 'private',
    // A report's story is routed as any message is: a clear ad pasted now is still checked.
    flow: flow === 'check' ? 'check' : null,
    hasPhoto: image !== undefined,
    lang: ctx.lang,
    emergencyModel: ctx.deps.content.current().emergencyModel,
  });
  if (flow === 'check') delete ctx.session.flow;

  const ransom = demandsRansom(text, { inDanger: route.emergency });
  if (route.emergency) {
    ctx.deps.logger.info({ update_id: ctx.update.update_id, event: 'emergency_reply', country: route.country ?? null }, 'emergency');
    await sendEmergency(ctx, { country: route.country, forSomeoneElse: route.forSomeoneElse, moneyDemanded: ransom, lang: route.lang });
    // The normal answer follows only when the message also asked or showed something; a plain
    // cry for help gets the contacts alone, short and calm. A ransom demand is never checked as a
    // job ad: "upfront fee" and "do not leave yet" would answer the wrong question.
    if (!image && (ransom || route.kind === 'other' || (route.kind === 'question' && !ASKS_SOMETHING.test(text)))) return;
  }
  if (image) return processImage(ctx, image, text);
  const moneyDemanded = !route.emergency && route.kind !== 'ad' && ransom;
  if (text.trim() === '') {
    // Only invisible or blank characters: nothing to check or answer, but never silence.
    await ctx.reply(ctx.t('start-hint'), { reply_markup: mainMenu(ctx) });
    return;
  }
  // An ad pasted in several messages: while its first parts wait, whatever comes next is the rest of
  // it ("Minat? hubungi 0812…", "gaji 15jt"), even when it reads as a question on its own.
  if (ctx.deps.joiner.holds(joinKey(ctx))) return checkJoined(ctx, text, { ...route, kind: 'ad', ambiguous: false });
  if (awaitingAd && route.kind !== 'question' && !announcesGoingAhead(text)) return checkJoined(ctx, text, { ...route, kind: 'ad', ambiguous: false });
  // "tolong cek loker ini kak": the ad is still to come; asked for, not "is this an ad or a question?".
  if (!route.emergency && route.kind !== 'question' && asksToCheckAnAd(text)) return promptForAd(ctx);
  // "sy mau lapor calo …": a report about a recruiter, answered from that situation's article;
  // what follows is part of the report.
  if (!route.emergency && (route.kind !== 'ad' || route.ambiguous) && !inCrisis(ctx) && wantsToReportRecruiter(text)) {
    ctx.session.flow = { kind: 'report', situation: 'report-recruiter', since: ctx.deps.now() };
    return answerInReport(ctx, text, 'report-recruiter');
  }
  // A short ad with its link ("LOKER KAMBOJA gaji 15jt, daftar di bit.ly/…") is still checked.
  const clearAd = route.kind === 'ad' && !route.ambiguous && flow !== 'check';
  if (!clearAd && isLinkOnly(text)) return askForTheAdText(ctx, text, route);
  // "brp no nya": the numbers themselves, with the country of this chat's last cry for help if any.
  if (!route.emergency && asksForTheNumber(text)) return sendEmergency(ctx, { forSomeoneElse: false, lang: route.lang });
  // In a crisis conversation (an emergency reply in the last 30 minutes), a few words the bot
  // cannot place ("hp d cek", "sy takut ketauan", "sy d kamboja") get the numbers again in a few
  // lines, not the menu or an article.
  // The search and the follow-up reading are each done at most once per message, whichever
  // branch asks first.
  let searched: SearchResponse | undefined;
  const search = (): SearchResponse => (searched ??= searchQuestion(ctx, text));
  let followUpTried = false;
  const tryFollowUp = async (): Promise<boolean> => {
    if (followUpTried) return false;
    followUpTried = true;
    return answerFollowUp(ctx, text);
  };
  let crisis = !route.emergency && inCrisis(ctx);
  // Nothing written in a crisis conversation is kept, not even as a scrubbed unanswered question.
  const mayRecord = !route.emergency && !crisis;
  // "sy udh aman kok": the crisis is over for this chat; what follows is answered as usual.
  if (crisis && saysSafeNow(text)) {
    forgetCrisisNotes(ctx);
    crisis = false;
  }
  if (crisis && route.kind !== 'ad' && asksWhereToReport(text)) return showCrisisChannels(ctx);
  // A short question the search is sure of ("cara bikin paspor gmn kak", "KBRI nya dimana") is
  // answered: the numbers were just given, and repeating them instead of the answer is a dead end.
  // "sy hrs gmn. takut" asks what to do now: in a crisis the numbers are that answer.
  const sureShortQuestion = (): boolean => ASKS_SOMETHING.test(text) && !asksWhatNext(text) && !asksWhatToDo(text) && search().confident;
  if (crisis && route.kind !== 'ad' && !THANKS.test(text) && wordsIn(text) <= CRISIS_SHORT_WORDS && !sureShortQuestion()) {
    return sendCrisisReminder(ctx, route.lang, route.country);
  }
  // After /lapor → "report a recruiter": "calonya udh ambil 15jt, skrg nomornya gk aktif" is the
  // story of that report, not an ad to ask about; "bisa balik gk duit sy?" is answered from the
  // situation's article when the search is not sure of another.
  if (reporting && !route.emergency && (route.kind !== 'ad' || route.ambiguous)) return answerInReport(ctx, text, reporting);
  const last = lastVerdictOf(ctx);
  if (flow !== 'check' && !route.concern && asksVerdict(text)) {
    return last === undefined ? askForTheOffer(ctx, route.lang) : answerAboutLastCheck(ctx, route.lang, last);
  }
  // "lgsg daftar ya" is no ad, even when the bot was waiting for one.
  if (!route.concern && !ransom && announcesGoingAhead(text)) return remindBeforeGoing(ctx, text, route.lang, last);
  // An offer told in the writer's words is an offer to check, however much it reads like a question.
  if (route.kind === 'ad') return checkJoined(ctx, text, flow === 'check' || (route.ambiguous && tellsOfOffer(text)) ? { ...route, ambiguous: false } : route);
  // A few words with a danger cue ("paspor saya ditahan") are a question, whatever their form.
  // "klo korea?", "what about Japan?": read with the last article first, even when the words alone
  // would find another one.
  if (!route.emergency && !crisis && !route.concern && opensFollowUp(text) && await tryFollowUp()) return;
  if (route.kind === 'question' || route.concern) {
    const response = search();
    // "sepupu sy ditawarin kerja di kamboja …, aman gk?" asks about that offer: its warning signs
    // answer it better than an article, which stays one tap away under the check.
    const top = response.confident ? response.results[0] : undefined;
    const checked = route.kind === 'question' && tellsOfOffer(text) && await checkToldOffer(ctx, text, response.lang, top);
    // After the emergency numbers or the "do not transfer yet" advice, only a sure answer follows:
    // "sorry, I only help with…" or a list of guesses under a cry for help reads as a brush-off.
    const helpGiven = route.emergency || moneyDemanded;
    if (checked || (helpGiven && !response.confident)) {
      // nothing more: the help above is the answer
    } else if (!response.confident && crisis) {
      await sendCrisisReminder(ctx, response.lang, route.country);
      // A real question still gets the articles that may answer it ("kalau sy kabur ke KBRI, sy
      // dipenjara gk?"), under the numbers; never stored, as nothing said in a crisis is.
      if (ASKS_SOMETHING.test(text) && !response.outOfScope && response.results.length > 0) await answerQuestion(ctx, text, response, { record: false });
    }
    else if (!response.confident && wordsIn(text) <= FOLLOW_UP_WORDS && await tryFollowUp()) {
      // answered with the article before
    } else if (response.outOfScope && wordsIn(text) <= FOLLOW_UP_WORDS && await askAboutLastArticle(ctx, response.lang)) {
      // asked for a few more words, with the way back to the article
    } else if (!response.confident && asksWhatNext(text)) await askForTheStory(ctx, response.lang);
    else await answerQuestion(ctx, text, response, { record: mayRecord });
    if (route.concern || moneyDemanded) await sendConcernNote(ctx, route, moneyDemanded);
    return;
  }
  if (moneyDemanded) return sendConcernNote(ctx, route, true);
  // Greetings, thanks, "boleh tanya?": a pointer to what the bot does, unless the words are a
  // keyword the search is sure of ("visa turis", "lapor calo"). Small talk is never a sure answer.
  if (await answerIfConfident(ctx, text)) return;
  if (crisis && !THANKS.test(text)) return sendCrisisReminder(ctx, route.lang, route.country);
  if (!THANKS.test(text) && !HELLO.test(text) && wordsIn(text) <= FOLLOW_UP_WORDS && await tryFollowUp()) return;
  if (asksWhatNext(text)) return askForTheStory(ctx, route.lang);
  const t = translatorFor(ctx.deps.i18n, route.lang);
  const greeting = THANKS.test(text) ? t('thanks-reply') : SALAM.test(text) ? t('salam-reply') : HELLO.test(text) ? t('hello-reply') : undefined;
  const hint = greeting === undefined ? t('start-hint') : `${greeting}\n\n${t('start-hint')}`;
  await ctx.reply(hint, { reply_markup: mainMenu(ctx, t) });
}

export function messagesFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  const privateChats = feature.chatType('private');
  privateChats.on(['message:text', 'message:caption', 'message:photo', 'message:document'], async (ctx, next) => {
    if (ctx.message.text?.startsWith('/')) return next();
    const isImageDoc = ctx.message.document !== undefined && imageFileOf(ctx.message) !== undefined;
    if (ctx.message.document && !isImageDoc && !ctx.message.caption) return next();
    await handleFreeMessage(ctx);
  });
  feature.callbackQuery(/^route:(a|q):([a-z0-9]{1,16})$/, async (ctx) => {
    const pending = pendingChoices.get(ctx.match[2] ?? '');
    if (!pending) {
      await ctx.answerCallbackQuery({ text: ctx.t('check-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    if (ctx.match[1] === 'a') await runCheck(ctx, pending.text);
    else await answerQuestion(ctx, pending.text);
  });
  return feature;
}
