/**
 * Routing for every free message: is someone in danger (answer with emergency contacts first),
 * which country is it about, and is it a job ad, a question or chit-chat. Pure and synchronous;
 * no grammY. Messages are never logged here.
 */
import type { Lang } from '../text/translate.js';
import { canonicalize, type Canonical } from './canonical.js';
import { classifyKind, type MessageKind } from './classify-kind.js';
import { asksSomething } from './conversation-cues.js';
import { asksAboutPrivacy } from './asks-about-privacy.js';
import { asksVerdict } from './asks-verdict.js';
import { detectCountry } from './detect-country.js';
import { detectDistress } from './detect-distress.js';
import { detectLang } from './detect-lang.js';
import type { EmergencyModel } from './emergency-model.js';

export interface RouteInput {
  readonly text: string;
  readonly forwarded?: boolean;
  readonly chatType?: 'private' | 'group' | 'supergroup' | 'channel';
  /**
   * A flow the user is in: 'check' means "this is an ad to check". The /lapor flow is not one: a
   * report's story is routed as any message is (the bot reads it against the situation).
   */
  readonly flow?: 'check' | null;
  readonly hasPhoto?: boolean;
  /** The user's interface language; used when the message itself does not tell. */
  readonly lang?: Lang;
  /**
   * What the editors' labelled examples teach (content/routing/emergency-examples.jsonl). Without
   * it only the hand-written cues decide; the bot, the CLI and the evaluation always pass it.
   */
  readonly emergencyModel?: EmergencyModel;
}

export interface RouteResult {
  readonly emergency: boolean;
  readonly forSomeoneElse: boolean;
  /** Not an emergency, but something in it could be ("paspor saya ditahan agen"): end with the way to help. */
  readonly concern: boolean;
  /** ISO code of the country the message mentions, e.g. 'KH'. */
  readonly country?: string;
  readonly kind: MessageKind;
  /** The bot should ask "check as an ad / answer as a question" rather than guess. */
  readonly ambiguous: boolean;
  /** The language the message is written in (falls back to the user's language). */
  readonly lang: Lang;
}

/**
 * How the learned reading and the hand-written cues decide together. The model alone flags a
 * message it reads as danger with this probability or more (unless the message reads as an ad:
 * readsAsDanger); a message the cues flag needs only
 * the lower one, so a cue the model has not met still counts, and a cue the model has seen in
 * harmless messages (a joke, a past event, a news story) is overruled. Chosen on earlier blind
 * rounds' held-out halves and confirmed on a new round (docs/quality.md, session 12).
 */
export const EMERGENCY_BY_MODEL = 0.7;
export const EMERGENCY_WITH_CUES = 0.3;
/**
 * A message this short ("SOS", "tolong aku") gives the model almost nothing to weigh: the cues
 * alone decide, so a bare cry for help is never overruled.
 */
const TOO_SHORT_TO_WEIGH = 3;

/** Far beyond any Telegram message; keeps the work bounded for CLI and OCR input. */
const MAX_ROUTED_CHARS = 8000;

export function routeMessage(input: RouteInput): RouteResult {
  const text = input.text.slice(0, MAX_ROUTED_CHARS);
  const canonical = canonicalize(text);
  const kindResult = classifyKind({
    original: text,
    canonical,
    forwarded: input.forwarded === true,
    hasPhoto: input.hasPhoto === true,
  });
  const questionLike = text.includes('?') || kindResult.questionScore >= 2;
  const distress = detectDistress(canonical, questionLike);
  // A wish to die the cues counted ("sy udh gk kuat, mending mati aja") is never weighed away: the
  // model has few such examples among many about work, and a missed one costs a life.
  const despair = distress.emergency && distress.cues.includes('despair');
  // "datanya disimpan gk? sy takut ketahuan agen" fears being found out later: the cues decide.
  const privacyQuestion = !distress.emergency && asksAboutPrivacy(text);
  const danger = input.emergencyModel === undefined || wordCount(canonical) <= TOO_SHORT_TO_WEIGH || distress.dreamt || distress.over || despair || privacyQuestion
    ? distress.emergency
    : readsAsDanger(distress.emergency, input.emergencyModel.probability(canonical), kindResult.kind === 'ad');
  // A long forwarded recruitment ad or a news report that mentions "dijaga" or "dipaksa" is not a
  // cry for help; a story that tells of the job offer ("gaji 12jt, tiket dibayarin") and then of
  // what is happening to the writer or a relative, or of fear or a plea, is.
  const strongAd = kindResult.strongAd && !distress.firstHand && !distress.cues.includes('plea') && !distress.cues.includes('fear');
  const emergency = danger && !strongAd;
  const country = detectCountry(canonical);

  let kind = kindResult.kind;
  let ambiguous = kindResult.ambiguous;
  if (input.flow === 'check') {
    // Waiting for an ad, a plain question ("klo taiwan biayanya brp?") is still a question: the
    // user moved on, and "too short to judge" would answer nothing.
    if (!(kind === 'question' && !ambiguous && asksSomething(text) && !asksVerdict(text))) kind = 'ad';
    ambiguous = false;
  } else if (input.chatType !== undefined && input.chatType !== 'private' && ambiguous) {
    // In groups the bot must not interrupt with "ad or question?" buttons on every unclear line.
    kind = kind === 'ad' ? 'ad' : 'other';
    ambiguous = false;
  }
  // The bot asks "check as an ad / answer as a question?" only about what it would otherwise check
  // as an ad: an unclear question is answered (with "not sure" choices when the search is unsure).
  if (emergency || kind !== 'ad') ambiguous = false;

  return {
    emergency,
    forSomeoneElse: emergency && distress.forSomeoneElse,
    // A strong cue in a long forwarded ad is the ad's wording, not a worry about the sender.
    // Cues the model overruled still end the answer with the way to help, in case.
    concern: !emergency && !strongAd && (distress.concern || distress.emergency),
    ...(country !== undefined ? { country } : {}),
    kind,
    ambiguous,
    lang: detectLang(canonical.tokens, input.lang ?? 'id'),
  };
}

/**
 * A message that reads as a job ad, a warning or a news item is read by the cues alone: the
 * examples teach the words of scam compounds, which such texts share, so the model would take an
 * embassy advisory about Myawaddy for a cry for help. It can still overrule the cues there.
 */
function readsAsDanger(cuesSayDanger: boolean, probability: number, adLike: boolean): boolean {
  if (cuesSayDanger) return probability >= EMERGENCY_WITH_CUES;
  return !adLike && probability >= EMERGENCY_BY_MODEL;
}

function wordCount(canonical: Canonical): number {
  let words = 0;
  for (const token of canonical.tokens) if (token !== '|') words += 1;
  return words;
}
