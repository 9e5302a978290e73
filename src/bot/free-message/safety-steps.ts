/**
 * The steps that put safety first: the emergency reply (the whole card once, then the numbers in a
 * few lines), "I got away" and the way home, the crisis conversation that keeps the numbers near,
 * and the stop sign for someone about to leave with warning signs in their own words.
 */
import {
  asksAboutContacting, asksSomething, asksWhatNext, asksWhatToDo, asksWhereToReport, namesRelative, saysEscapedToSafety, saysLeavingNow,
  saysSafeNow, saysThanks, speaksOfDespair, wordsIn,
} from '../../router/index.js';
import { repeatsOwnCrisis, sendCrisisReminder, sendEmergency, sendSafeNowSteps, showCrisisChannels } from '../features/report.js';
import { warnBeforeLeaving } from './replies.js';
import { CRISIS_SHORT_WORDS, type Step } from './step.js';

export const emergencyFirst: Step = async ({ ctx, route, image, ransom, text, reporting }) => {
  if (!route.emergency) return false;
  ctx.deps.logger.info({ update_id: ctx.update.update_id, event: 'emergency_reply', country: route.country ?? null }, 'emergency');
  // In /lapor → "a relative", "dia di myawaddy, gk bisa dihubungi" is said of that relative.
  const forSomeoneElse = route.forSomeoneElse || reporting === 'family-report';
  // The whole card once; in the same crisis the numbers again in a few lines ("klo sy kabur gmn?").
  const despair = speaksOfDespair(text);
  if (repeatsOwnCrisis(ctx, route.country, forSomeoneElse)) await sendCrisisReminder(ctx, route.lang, route.country, { moneyDemanded: ransom, despair });
  else await sendEmergency(ctx, { country: route.country, forSomeoneElse, moneyDemanded: ransom, despair, lang: route.lang });
  // The normal answer follows only when the message also asked or showed something; a plain
  // cry for help gets the contacts alone, short and calm. A ransom demand is never checked as a
  // job ad: "upfront fee" and "do not leave yet" would answer the wrong question; nor is a wish to
  // die ("sy pengen bunuh diri, ditipu agen 15jt") followed by a check or an article.
  return !image && (ransom || despair || route.kind === 'other' || (route.kind === 'question' && !asksSomething(text)));
};

/**
 * "sy udh aman kok", "I escaped, I'm safe now in Mae Sot": the crisis, if any, is over for this
 * chat; the reply is the way home. A question in the same message is answered after it.
 */
export const safeNow: Step = async (m) => {
  const { ctx, text, route } = m;
  if (route.emergency || route.kind === 'ad' || !(m.crisis ? saysSafeNow(text) : saysEscapedToSafety(text))) return false;
  // "alhamdulillah adik sy udh dibebasin": the same steps, said of the relative to the family.
  await sendSafeNowSteps(ctx, route.lang, route.country, namesRelative(text));
  m.crisis = false;
  return !asksSomething(text);
};

/**
 * In a crisis conversation (an emergency reply in the last 30 minutes), a few words the bot cannot
 * place ("hp d cek", "sy takut ketauan", "sy d kamboja") get the numbers again in a few lines,
 * not the menu or an article; "lapor kemana?" gets that crisis's channels.
 */
export const crisisConversation: Step = async (m) => {
  const { ctx, text, route } = m;
  if (!m.crisis || route.kind === 'ad') return false;
  // "should we pay?", "sy hrs transfer gk?" under a demand: "do not transfer yet" first, then the numbers.
  if (m.ransom) {
    await sendCrisisReminder(ctx, route.lang, route.country, { moneyDemanded: true });
    return true;
  }
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
  if (saysThanks(text)) return false;
  // "hp sy sering dicek, cuma bisa chat bentar" tells how things are, asks nothing: the numbers and
  // how to write quietly answer it, not an article that happens to share its words.
  if (asksSomething(text) && (wordsIn(text) > CRISIS_SHORT_WORDS || sureShortQuestion())) return false;
  await sendCrisisReminder(ctx, route.lang, route.country);
  return true;
};

/** Leaving now with warning signs in the message: the stop sign first, then the usual answer. */
export const leavingNow: Step = async ({ ctx, text, route, crisis }) => {
  if (!route.emergency && !crisis && saysLeavingNow(text)) await warnBeforeLeaving(ctx, text, route);
  return false;
};
