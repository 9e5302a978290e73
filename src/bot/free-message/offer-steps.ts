/**
 * The steps about ads and offers: a photo, the parts of an ad pasted in a row, a request to check
 * an ad that is still to come, a link alone, "is it safe?" and "I'm going" after a check, an ad to
 * check, and the last warning repeated before an answer about leaving.
 */
import {
  announcesGoingAhead, asksForEmbassyNumber, asksForTheNumber, saysAlreadyPaid, asksToCheckAnAd, asksVerdict, asksWhatNext, asksWhatToDo, isLinkOnly, speaksOfGoing, tellsOfOffer,
  wantsToReportRecruiter, wordsIn,
} from '../../router/index.js';
import { SITUATION_INFO } from '../../channels/index.js';
import { mainMenu } from '../keyboards.js';
import { translatorFor } from '../i18n.js';
import { lastVerdictOf, promptForAd } from '../features/check.js';
import { processImage } from '../features/image.js';
import { searchQuestion, sendArticle } from '../features/questions.js';
import { countryInContext, inCrisis, sendEmergency, showEmbassyContacts } from '../features/report.js';
import { checkJoined, checkPendingChoice, holdsAdParts, settleAdParts } from './ad-parts.js';
import { answerAboutLastCheck, answerInReport, askForTheAdText, askForTheOffer, remindBeforeGoing } from './replies.js';
import type { Step } from './step.js';

export const imageOrBlank: Step = async ({ ctx, image, text }) => {
  if (image) {
    await processImage(ctx, image, text);
    return true;
  }
  if (text.trim() !== '') return false;
  // Only invisible or blank characters: nothing to check or answer, but never silence.
  await ctx.reply(ctx.t('start-hint'), { reply_markup: mainMenu(ctx) });
  return true;
};

export const restOfAnAd: Step = async ({ ctx, text, route, awaitingAd }) => {
  // "jadi aman?", "lgsg daftar ya", "trus gmn?", "udh terlanjur bayar DP 3jt" right after an ad is about the ad, not part of it:
  // the ad is checked now, and this message is answered against that check.
  if (holdsAdParts(ctx) && (asksVerdict(text) || announcesGoingAhead(text) || asksWhatNext(text) || saysAlreadyPaid(text))) {
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

export const requestsWithoutTheAd: Step = async (m) => {
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

export const linkOnlyOrNumbers: Step = async ({ ctx, text, route, flow }) => {
  // A short ad with its link ("LOKER KAMBOJA gaji 15jt, daftar di bit.ly/…") is still checked.
  const clearAd = route.kind === 'ad' && !route.ambiguous && flow !== 'check';
  if (!clearAd && isLinkOnly(text)) {
    await askForTheAdText(ctx, text);
    return true;
  }
  // "nomor kbri malaysia brp?": that country's official channels, not an article with examples.
  if (!route.emergency && route.country !== undefined && route.country !== 'ID' && asksForEmbassyNumber(text)) {
    await showEmbassyContacts(ctx, route.country, route.lang);
    return true;
  }
  // "brp no nya": the numbers themselves. After "anak sy kerja di kamboja …" (no crisis), that
  // country's channels; in a crisis or with no country said, the emergency numbers.
  if (!route.emergency && asksForTheNumber(text)) {
    const country = route.country ?? countryInContext(ctx);
    if (country !== undefined && country !== 'ID' && !inCrisis(ctx)) await showEmbassyContacts(ctx, country, route.lang);
    else await sendEmergency(ctx, { forSomeoneElse: false, lang: route.lang });
    return true;
  }
  return false;
};

export const aboutTheLastCheck: Step = async ({ ctx, text, route, flow, ransom }) => {
  const last = lastVerdictOf(ctx);
  if (flow !== 'check' && !route.concern && asksVerdict(text)) {
    // An offer still waiting for "ad or question?" is what "itu resmi gk ya" asks about.
    if (await checkPendingChoice(ctx)) return true;
    await (last === undefined ? askForTheOffer(ctx, route.lang) : answerAboutLastCheck(ctx, route.lang, last));
    return true;
  }
  // "lgsg daftar ya" is no ad, even when the bot was waiting for one.
  if (route.concern || ransom || !announcesGoingAhead(text)) return false;
  await remindBeforeGoing(ctx, text, route.lang, last);
  return true;
};

/** The payment itself and its amount, taken out to see what else the message names. */
const PAYMENT_WORDS = /\b(?:bayar\w*|dibayar|transfer\w*|tf|setor\w*|dp|paid|pay|transferred|sent|money|uang|duit|rp\.?|\d[\d.,]*\s*(?:jt|juta|rb|ribu|k)?)\b/gi;

/** Longer than this, "udh bayar …" tells a story the search reads better as a whole. */
const ALREADY_PAID_WORDS = 8;

/**
 * "kalau sudah bayar?", "udh tf 10jt kemarin": money already handed over, said in a few words,
 * often right after a check. The answer is the report article's part on it (what to keep, where
 * to report, what can and cannot be promised), not whatever article shares the word "bayar".
 */
export const alreadyPaid: Step = async ({ ctx, text, route, crisis }) => {
  if (route.emergency || crisis || route.kind === 'ad' || !saysAlreadyPaid(text) || wordsIn(text) > ALREADY_PAID_WORDS) return false;
  // "udh bayar bpjs tp gk dapet kartu", "sudah bayar ujian eps, jadwalnya kapan?": what was paid
  // for has its own article; only money handed over with nothing else named is this.
  if (searchQuestion(ctx, text.replace(PAYMENT_WORDS, ' ')).confident) return false;
  const article = SITUATION_INFO['report-recruiter'].article;
  if (article === undefined || !ctx.deps.content.current().knowledge.get(article, route.lang)) return false;
  // As a follow-up: one word of a heading ("bayar", "transfer", "paid") is enough to pick its part.
  await sendArticle(ctx, article, route.lang, text, { followUp: true });
  return true;
};

export const anAd: Step = async ({ ctx, text, route, flow }) => {
  if (route.kind !== 'ad') return false;
  // An offer told in the writer's words is an offer to check, however much it reads like a question.
  checkJoined(ctx, text, flow === 'check' || (route.ambiguous && tellsOfOffer(text)) ? { ...route, ambiguous: false } : route);
  return true;
};

/**
 * "trs sy hrs gmn, anak sy udh mau brgkt minggu dpn" right after a warning: that warning again,
 * first, in one line, before the article on what to check before leaving.
 */
export const lastWarningFirst: Step = async (m) => {
  const { ctx, text, route, crisis } = m;
  if (route.emergency || crisis || route.kind !== 'question' || !(asksWhatToDo(text) || speaksOfGoing(text))) return false;
  // Only above an article: words the search cannot place get the check's own answer instead (answer-steps.ts).
  if (!m.search().confident) return false;
  const last = lastVerdictOf(ctx);
  if (last === 'likely-scam' || last === 'suspicious') await ctx.reply(translatorFor(ctx.deps.i18n, route.lang)(`follow-up-last-${last}`));
  return false;
};
