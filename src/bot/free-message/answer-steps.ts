/**
 * The steps that answer in words: what belongs to a /lapor report, a follow-up on the last article,
 * a question (or a few words with a danger cue), and small talk with its pointer to the menu.
 */
import { asksAboutPrivacy, asksForLanguage, asksSomething, saysCannotGoOn, asksWhatNext, greetsWithSalam, opensFollowUp, placeNamedAlone, saysHello, saysThanks, showsOnlySadness, tellsOfOffer, wordsIn } from '../../router/index.js';
import { mainMenu } from '../keyboards.js';
import { translatorFor } from '../i18n.js';
import { checkToldOffer, lastVerdictOf } from '../features/check.js';
import { answerIfConfident, answerQuestion, askAboutLastArticle, offerPlaceTopics } from '../features/questions.js';
import { sendCrisisReminder } from '../features/report.js';
import { showPrivacy } from '../features/privacy.js';
import { useLanguage } from '../features/language.js';
import { answerAboutLastCheck, answerInReport, askForTheStory, sendConcernNote } from './replies.js';
import { FOLLOW_UP_WORDS, type Step } from './step.js';

/** Longer than this, a message right after a check is a question of its own, not about the check. */
const AFTER_CHECK_WORDS = 10;

export const partOfTheReport: Step = async ({ ctx, text, route, reporting }) => {
  // After /lapor → "report a recruiter": "calonya udh ambil 15jt, skrg nomornya gk aktif" is the
  // story of that report, not an ad to ask about; "bisa balik gk duit sy?" is answered from the
  // situation's article when the search is not sure of another.
  if (!reporting || route.emergency || (route.kind === 'ad' && !route.ambiguous)) return false;
  // "makasih kak" ends the report's story: thanked back, not sent the situation's article again.
  if ((saysThanks(text) || saysHello(text)) && wordsIn(text) <= FOLLOW_UP_WORDS) return false;
  await answerInReport(ctx, text, reporting);
  return true;
};

/**
 * "udh gk kuat", "i cant take this anymore" said alone: not an article that shares a word with it,
 * but a gentle word, an invitation to say more, and the way to help (the emergency reply comes
 * when the words show danger or a wish to die).
 */
export const cannotGoOn: Step = async ({ ctx, text, route, crisis }) => {
  if (route.emergency || crisis || route.kind === 'ad' || !saysCannotGoOn(text)) return false;
  await ctx.reply(translatorFor(ctx.deps.i18n, route.lang)('sad-reply'), { reply_markup: mainMenu(ctx) });
  return true;
};

/** "can you speak english", "bisa bhs indo aja?": the chat switches, as /bahasa would. */
export const languageRequest: Step = async ({ ctx, text, route }) => {
  if (route.emergency || route.kind === 'ad') return false;
  const lang = asksForLanguage(text);
  if (lang === undefined) return false;
  await useLanguage(ctx, lang);
  return true;
};

/**
 * "datanya disimpan gk? sy takut ketahuan agen": exactly what is kept, as /privasi says it. Not a
 * reporter's name in a report to the authorities ("nama pelapor dirahasiakan?"): the report
 * article answers that.
 */
export const aboutPrivacy: Step = async ({ ctx, text, route }) => {
  if (route.emergency || route.kind === 'ad' || !asksAboutPrivacy(text) || SPEAKS_OF_REPORTING.test(text)) return false;
  await showPrivacy(ctx, route.lang);
  return true;
};

const SPEAKS_OF_REPORTING = /\b(?:lapor\w*|melapor\w*|pelapor|report\w*|polisi|police)\b/i;

// "klo korea?", "what about Japan?": read with the last article first, even when the words alone
// would find another one.
export const followUpOpener: Step = async (m) => !m.route.emergency && !m.crisis && !m.route.concern && opensFollowUp(m.text) && m.tryFollowUp();

/** A question, or a few words with a danger cue ("paspor saya ditahan"), whatever their form. */
export const aQuestion: Step = async (m) => {
  const { ctx, text, route, moneyDemanded } = m;
  if (route.kind !== 'question' && !route.concern) return false;
  const response = m.search();
  // "ngaku dr kbri, asal transfer 15jt": "do not transfer yet" comes first, before any article, to
  // someone who may be about to pay.
  if (moneyDemanded) await sendConcernNote(ctx, route, true);
  // "sepupu sy ditawarin kerja di kamboja …, aman gk?" asks about that offer: its warning signs
  // answer it better than an article, which stays one tap away under the check.
  const top = response.confident ? response.results[0] : undefined;
  const checked = route.kind === 'question' && tellsOfOffer(text) && await checkToldOffer(ctx, text, response.lang, top);
  // After the emergency numbers or the "do not transfer yet" advice, only a sure answer follows:
  // "sorry, I only help with…" or a list of guesses under a cry for help reads as a brush-off.
  const helpGiven = route.emergency || moneyDemanded;
  const short = wordsIn(text) <= FOLLOW_UP_WORDS;
  const last = lastVerdictOf(ctx);
  const placeAlone = placeNamedAlone(text);
  if (checked || (helpGiven && !response.confident)) {
    // nothing more: the help above is the answer
  } else if (!response.confident && m.crisis) {
    await sendCrisisReminder(ctx, response.lang, route.country);
    // A real question still gets the articles that may answer it ("kalau sy kabur ke KBRI, sy
    // dipenjara gk?"), under the numbers; never stored, as nothing said in a crisis is.
    if (asksSomething(text) && !response.outOfScope && response.results.length > 0) await answerQuestion(ctx, text, response, { record: false });
  } else if (!response.confident && short && await m.tryFollowUp()) {
    // answered with the article before
  } else if (!response.confident && placeAlone !== undefined && route.country !== undefined && route.country !== 'ID') {
    // "klo hongkong?" that the last article (if any) does not answer: what to know about working there, and whom to call.
    await offerPlaceTopics(ctx, placeAlone, route.country, response.lang);
  } else if (response.outOfScope && short && await askAboutLastArticle(ctx, response.lang)) {
    // asked for a few more words, with the way back to the article
  } else if (last !== undefined && (response.outOfScope || (!response.confident && asksWhatNext(text))) && wordsIn(text) <= AFTER_CHECK_WORDS) {
    // "terus saya harus gimana? anaknya ngeyel", "ok I won't go. what now?" right after a check:
    // about that check, whatever the search makes of the words alone.
    await answerAboutLastCheck(ctx, response.lang, last);
  } else if (!response.confident && asksWhatNext(text)) {
    await askForTheStory(ctx, response.lang);
  } else {
    await answerQuestion(ctx, text, response, { record: m.mayRecord });
  }
  if (route.concern && !moneyDemanded) await sendConcernNote(ctx, route);
  return true;
};

/**
 * Greetings, thanks, "boleh tanya?": a pointer to what the bot does, unless the words are a
 * keyword the search is sure of ("visa turis", "lapor calo"). Small talk is never a sure answer.
 */
export const smallTalk: Step = async (m) => {
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
  const last = lastVerdictOf(ctx);
  // "gmn kak?", "piye iki?" right after a check asks about it; with no check, for the story.
  if (last !== undefined && (asksWhatNext(text) || asksSomething(text))) {
    await answerAboutLastCheck(ctx, route.lang, last);
    return true;
  }
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
