/**
 * What a free message gets, as an ordered list of steps: the first step that handles the message
 * ends it. Someone in present danger gets the emergency contacts FIRST; then the parts of an ad
 * pasted in a row, the /lapor report and the crisis conversation take what belongs to them; then
 * an ad is checked, a question answered, and small talk gets a pointer to what the bot does.
 */
import type { BotContext } from '../context.js';
import {
  announcesGoingAhead, asksAboutContacting, asksForTheNumber, asksSomething, asksToCheckAnAd, asksVerdict, asksWhatNext, asksWhatToDo,
  asksWhereToReport, greetsWithSalam, isLinkOnly, namesRelative, opensFollowUp, saysEscapedToSafety, saysHello, saysLeavingNow, saysSafeNow,
  saysThanks, showsOnlySadness, speaksOfGoing, tellsOfOffer, wantsToReportRecruiter, wordsIn,
} from '../../router/index.js';
import { mainMenu } from '../keyboards.js';
import { translatorFor } from '../i18n.js';
import { checkToldOffer, lastVerdictOf, promptForAd } from '../features/check.js';
import { processImage } from '../features/image.js';
import { answerIfConfident, answerQuestion, askAboutLastArticle } from '../features/questions.js';
import { forgetCrisisNotes, repeatsOwnCrisis, sendCrisisReminder, sendEmergency, sendSafeNowSteps, showCrisisChannels } from '../features/report.js';
import { checkJoined, holdsAdParts, settleAdParts } from './ad-parts.js';
import { readMessage, type MessageAtHand } from './message-at-hand.js';
import {
  answerAboutLastCheck, answerInReport, askForTheAdText, askForTheOffer, askForTheStory, remindBeforeGoing, sendConcernNote, warnBeforeLeaving,
} from './replies.js';

/** In a crisis conversation, a message this short that the bot cannot place gets the reminder. */
const CRISIS_SHORT_WORDS = 5;
/** A follow-up this short, right after an article, is read together with it ("klo hongkong?"). */
const FOLLOW_UP_WORDS = 5;

/** True when the step answered the message (and no later step may). */
type Step = (m: MessageAtHand) => Promise<boolean>;

const emergencyFirst: Step = async ({ ctx, route, image, ransom, text }) => {
  if (!route.emergency) return false;
  ctx.deps.logger.info({ update_id: ctx.update.update_id, event: 'emergency_reply', country: route.country ?? null }, 'emergency');
  // The whole card once; in the same crisis the numbers again in a few lines ("klo sy kabur gmn?").
  if (!ransom && repeatsOwnCrisis(ctx, route.country, route.forSomeoneElse)) await sendCrisisReminder(ctx, route.lang, route.country);
  else await sendEmergency(ctx, { country: route.country, forSomeoneElse: route.forSomeoneElse, moneyDemanded: ransom, lang: route.lang });
  // The normal answer follows only when the message also asked or showed something; a plain
  // cry for help gets the contacts alone, short and calm. A ransom demand is never checked as a
  // job ad: "upfront fee" and "do not leave yet" would answer the wrong question.
  return !image && (ransom || route.kind === 'other' || (route.kind === 'question' && !asksSomething(text)));
};

const imageOrBlank: Step = async ({ ctx, image, text }) => {
  if (image) {
    await processImage(ctx, image, text);
    return true;
  }
  if (text.trim() !== '') return false;
  // Only invisible or blank characters: nothing to check or answer, but never silence.
  await ctx.reply(ctx.t('start-hint'), { reply_markup: mainMenu(ctx) });
  return true;
};

const restOfAnAd: Step = async ({ ctx, text, route, awaitingAd }) => {
  // "jadi aman?", "lgsg daftar ya", "trus gmn?" right after an ad is about the ad, not part of it:
  // the ad is checked now, and this message is answered against that check.
  if (holdsAdParts(ctx) && (asksVerdict(text) || announcesGoingAhead(text) || asksWhatNext(text))) {
    await settleAdParts(ctx);
    return false;
  }
  // An ad pasted in several messages: while its first parts wait, whatever comes next is the rest of
  // it ("Minat? hubungi 0812…", "gaji 15jt"), even when it reads as a question on its own. After
  // "send the whole ad", the next message is that ad unless it plainly asks or says "I'm going".
  const isRest = holdsAdParts(ctx) || (awaitingAd && route.kind !== 'question' && !announcesGoingAhead(text));
  if (isRest) checkJoined(ctx, text, { ...route, kind: 'ad', ambiguous: false });
  return isRest;
};

const requestsWithoutTheAd: Step = async (m) => {
  const { ctx, text, route } = m;
  if (route.emergency) return false;
  // "tolong cek loker ini kak": the ad is still to come; asked for, not "is this an ad or a question?".
  if (route.kind !== 'question' && asksToCheckAnAd(text)) {
    await promptForAd(ctx);
    return true;
  }
  // "sy mau lapor calo …": a report about a recruiter, answered from that situation's article;
  // what follows is part of the report.
  if ((route.kind !== 'ad' || route.ambiguous) && !m.crisis && wantsToReportRecruiter(text)) {
    ctx.session.flow = { kind: 'report', situation: 'report-recruiter', since: ctx.deps.now() };
    await answerInReport(ctx, text, 'report-recruiter');
    return true;
  }
  return false;
};

const linkOnlyOrNumbers: Step = async ({ ctx, text, route, flow }) => {
  // A short ad with its link ("LOKER KAMBOJA gaji 15jt, daftar di bit.ly/…") is still checked.
  const clearAd = route.kind === 'ad' && !route.ambiguous && flow !== 'check';
  if (!clearAd && isLinkOnly(text)) {
    await askForTheAdText(ctx, text, route);
    return true;
  }
  // "brp no nya": the numbers themselves, with the country of this chat's last cry for help if any.
  if (!route.emergency && asksForTheNumber(text)) {
    await sendEmergency(ctx, { forSomeoneElse: false, lang: route.lang });
    return true;
  }
  return false;
};

/**
 * "sy udh aman kok", "I escaped, I'm safe now in Mae Sot": the crisis, if any, is over for this
 * chat; the reply is the way home. A question in the same message is answered after it.
 */
const safeNow: Step = async (m) => {
  const { ctx, text, route } = m;
  if (route.emergency || route.kind === 'ad' || !(m.crisis ? saysSafeNow(text) : saysEscapedToSafety(text))) return false;
  // "alhamdulillah adik sy udh aman": the crisis is over, but the steps are for the one who was in danger.
  if (namesRelative(text)) {
    if (m.crisis) forgetCrisisNotes(ctx);
    m.crisis = false;
    return false;
  }
  await sendSafeNowSteps(ctx, route.lang, route.country);
  m.crisis = false;
  return !asksSomething(text);
};

/**
 * In a crisis conversation (an emergency reply in the last 30 minutes), a few words the bot cannot
 * place ("hp d cek", "sy takut ketauan", "sy d kamboja") get the numbers again in a few lines,
 * not the menu or an article; "lapor kemana?" gets that crisis's channels.
 */
const crisisConversation: Step = async (m) => {
  const { ctx, text, route } = m;
  if (!m.crisis || route.kind === 'ad') return false;
  if (asksWhereToReport(text)) {
    await showCrisisChannels(ctx);
    return true;
  }
  // "which number do i message first?": the numbers, first one first, with how to write quietly.
  if (asksAboutContacting(text)) {
    await sendCrisisReminder(ctx, route.lang, route.country);
    return true;
  }
  // A short question the search is sure of ("cara bikin paspor gmn kak", "KBRI nya dimana") is
  // answered: the numbers were just given, and repeating them instead of the answer is a dead end.
  // "sy hrs gmn. takut" asks what to do now: in a crisis the numbers are that answer.
  const sureShortQuestion = (): boolean => asksSomething(text) && !asksWhatNext(text) && !asksWhatToDo(text) && m.search().confident;
  if (saysThanks(text) || wordsIn(text) > CRISIS_SHORT_WORDS || sureShortQuestion()) return false;
  await sendCrisisReminder(ctx, route.lang, route.country);
  return true;
};

/** Leaving now with warning signs in the message: the stop sign first, then the usual answer. */
const leavingNow: Step = async ({ ctx, text, route, crisis }) => {
  if (!route.emergency && !crisis && saysLeavingNow(text)) await warnBeforeLeaving(ctx, text, route);
  return false;
};

const partOfTheReport: Step = async ({ ctx, text, route, reporting }) => {
  // After /lapor → "report a recruiter": "calonya udh ambil 15jt, skrg nomornya gk aktif" is the
  // story of that report, not an ad to ask about; "bisa balik gk duit sy?" is answered from the
  // situation's article when the search is not sure of another.
  if (!reporting || route.emergency || (route.kind === 'ad' && !route.ambiguous)) return false;
  // "makasih kak" ends the report's story: thanked back, not sent the situation's article again.
  if ((saysThanks(text) || saysHello(text)) && wordsIn(text) <= FOLLOW_UP_WORDS) return false;
  await answerInReport(ctx, text, reporting);
  return true;
};

const aboutTheLastCheck: Step = async ({ ctx, text, route, flow, ransom }) => {
  const last = lastVerdictOf(ctx);
  if (flow !== 'check' && !route.concern && asksVerdict(text)) {
    await (last === undefined ? askForTheOffer(ctx, route.lang) : answerAboutLastCheck(ctx, route.lang, last));
    return true;
  }
  // "lgsg daftar ya" is no ad, even when the bot was waiting for one.
  if (route.concern || ransom || !announcesGoingAhead(text)) return false;
  await remindBeforeGoing(ctx, text, route.lang, last);
  return true;
};

const anAd: Step = async ({ ctx, text, route, flow }) => {
  if (route.kind !== 'ad') return false;
  // An offer told in the writer's words is an offer to check, however much it reads like a question.
  checkJoined(ctx, text, flow === 'check' || (route.ambiguous && tellsOfOffer(text)) ? { ...route, ambiguous: false } : route);
  return true;
};

// "klo korea?", "what about Japan?": read with the last article first, even when the words alone
// would find another one.
const followUpOpener: Step = async (m) => !m.route.emergency && !m.crisis && !m.route.concern && opensFollowUp(m.text) && m.tryFollowUp();

/**
 * "trs sy hrs gmn, anak sy udh mau brgkt minggu dpn" right after a warning: that warning again,
 * first, in one line, before the article on what to check before leaving.
 */
const lastWarningFirst: Step = async ({ ctx, text, route, crisis }) => {
  if (route.emergency || crisis || route.kind !== 'question' || !(asksWhatToDo(text) || speaksOfGoing(text))) return false;
  const last = lastVerdictOf(ctx);
  if (last === 'likely-scam' || last === 'suspicious') await ctx.reply(translatorFor(ctx.deps.i18n, route.lang)(`follow-up-last-${last}`));
  return false;
};

/** A question, or a few words with a danger cue ("paspor saya ditahan"), whatever their form. */
const aQuestion: Step = async (m) => {
  const { ctx, text, route, moneyDemanded } = m;
  if (route.kind !== 'question' && !route.concern) return false;
  const response = m.search();
  // "sepupu sy ditawarin kerja di kamboja …, aman gk?" asks about that offer: its warning signs
  // answer it better than an article, which stays one tap away under the check.
  const top = response.confident ? response.results[0] : undefined;
  const checked = route.kind === 'question' && tellsOfOffer(text) && await checkToldOffer(ctx, text, response.lang, top);
  // After the emergency numbers or the "do not transfer yet" advice, only a sure answer follows:
  // "sorry, I only help with…" or a list of guesses under a cry for help reads as a brush-off.
  const helpGiven = route.emergency || moneyDemanded;
  const short = wordsIn(text) <= FOLLOW_UP_WORDS;
  if (checked || (helpGiven && !response.confident)) {
    // nothing more: the help above is the answer
  } else if (!response.confident && m.crisis) {
    await sendCrisisReminder(ctx, response.lang, route.country);
    // A real question still gets the articles that may answer it ("kalau sy kabur ke KBRI, sy
    // dipenjara gk?"), under the numbers; never stored, as nothing said in a crisis is.
    if (asksSomething(text) && !response.outOfScope && response.results.length > 0) await answerQuestion(ctx, text, response, { record: false });
  } else if (!response.confident && short && await m.tryFollowUp()) {
    // answered with the article before
  } else if (response.outOfScope && short && await askAboutLastArticle(ctx, response.lang)) {
    // asked for a few more words, with the way back to the article
  } else if (!response.confident && asksWhatNext(text)) {
    await askForTheStory(ctx, response.lang);
  } else {
    await answerQuestion(ctx, text, response, { record: m.mayRecord });
  }
  if (route.concern || moneyDemanded) await sendConcernNote(ctx, route, moneyDemanded);
  return true;
};

/**
 * Greetings, thanks, "boleh tanya?": a pointer to what the bot does, unless the words are a
 * keyword the search is sure of ("visa turis", "lapor calo"). Small talk is never a sure answer.
 */
const smallTalk: Step = async (m) => {
  const { ctx, text, route } = m;
  if (m.moneyDemanded) {
    await sendConcernNote(ctx, route, true);
    return true;
  }
  if (await answerIfConfident(ctx, text)) return true;
  const thanks = saysThanks(text);
  if (m.crisis && !thanks) {
    await sendCrisisReminder(ctx, route.lang, route.country);
    return true;
  }
  // "😭😭😭": someone upset who has not found the words yet; not the menu alone.
  if (showsOnlySadness(text)) {
    await ctx.reply(translatorFor(ctx.deps.i18n, route.lang)('sad-reply'), { reply_markup: mainMenu(ctx) });
    return true;
  }
  if (!thanks && !saysHello(text) && wordsIn(text) <= FOLLOW_UP_WORDS && await m.tryFollowUp()) return true;
  if (asksWhatNext(text)) {
    await askForTheStory(ctx, route.lang);
    return true;
  }
  const t = translatorFor(ctx.deps.i18n, route.lang);
  const greeting = thanks ? t('thanks-reply') : greetsWithSalam(text) ? t('salam-reply') : saysHello(text) ? t('hello-reply') : undefined;
  const hint = greeting === undefined ? t('start-hint') : `${greeting}\n\n${t('start-hint')}`;
  await ctx.reply(hint, { reply_markup: mainMenu(ctx, t) });
  return true;
};

const STEPS: readonly Step[] = [
  emergencyFirst, imageOrBlank, restOfAnAd, requestsWithoutTheAd, linkOnlyOrNumbers, safeNow, crisisConversation, leavingNow, partOfTheReport,
  aboutTheLastCheck, anAd, followUpOpener, lastWarningFirst, aQuestion, smallTalk,
];

export async function handleFreeMessage(ctx: BotContext): Promise<void> {
  if (!ctx.message) return;
  const message = readMessage(ctx, ctx.message);
  for (const step of STEPS) if (await step(message)) return;
}
