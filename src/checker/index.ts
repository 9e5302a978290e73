/**
 * The job-ad checker (no grammY). Promise: load the editors' signal files once, then
 * `checkAd(text, signals)` gives a verdict (likely-scam | suspicious | no-signs-found — never
 * "safe"), the warning signs with the ad's own words, and the entities found; the renderers turn
 * that into Telegram HTML or plain text with an honest automated disclaimer and how to verify.
 */
export { loadSignals, readSignalContent } from './load-signals.js';
export { validateSignals } from './validate-signals.js';
export { checkAd } from './check-ad.js';
export { toCheckJson, type CheckJson } from './check-json.js';
export { renderCheckDetailsHtml, renderCheckHtml, renderCheckText, type RenderOptions } from './render.js';
export { evaluateChecker, parseAdsJsonl, type EvaluationReport, type LabelledAd } from './evaluate.js';
export { MAX_AD_LENGTH } from './types.js';
export { MIN_WORDS_TO_JUDGE, tooShortToJudge } from './too-short.js';
export type { CheckResult, Entities, FiredSignal, SignalSet, Verdict } from './types.js';
