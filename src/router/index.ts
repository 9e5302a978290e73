/**
 * Message routing: emergency first, then "job ad, question or chit-chat". No grammY here.
 */
export { routeMessage, type RouteInput, type RouteResult } from './route-message.js';
export { tellsOfOffer } from './tells-of-offer.js';
export { isLinkOnly } from './link-only.js';
export { asksWhatNext } from './asks-what-next.js';
export { asksVerdict } from './asks-verdict.js';
export { announcesGoingAhead } from './announces-going-ahead.js';
export { asksForTheNumber } from './asks-for-number.js';
export { demandsRansom } from './demands-ransom.js';
export { countryNamedIn } from './detect-country.js';
export { speaksOfDespair } from './speaks-of-despair.js';
export { asksAboutPrivacy } from './asks-about-privacy.js';
export {
  asksAboutContacting, asksForEmbassyNumber, asksForLanguage, saysCannotGoOn, asksSomething, saysAlreadyPaid, asksToCheckAnAd, asksWhatToDo, asksWhereToReport, greetsWithSalam, namesRelative, opensFollowUp, placeNamedAlone, saysEscapedToSafety, saysHello, saysLeavingNow, saysSafeNow, saysThanks, showsOnlySadness, speaksOfGoing,
  wantsToReportRecruiter, wordsIn,
} from './conversation-cues.js';
export type { MessageKind } from './classify-kind.js';
export { evaluateRouter, scoreRouter, type RouterEvaluation, type SplitFigures } from './evaluate.js';
