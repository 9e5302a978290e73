/**
 * One free message read once: its text or image, how the router placed it, the menu flow it
 * answers, whether it belongs to a /lapor report or a crisis conversation, and a search and a
 * follow-up reading that run at most once, whichever step asks first.
 */
import type { Message } from 'grammy/types';
import type { BotContext, Flow } from '../context.js';
import { demandsRansom, routeMessage, type RouteResult } from '../../router/index.js';
import { adTextOf, takeAwaitingAd } from '../features/check.js';
import { imageFileOf, type ImageFile } from '../features/image.js';
import { answerFollowUp, searchQuestion } from '../features/questions.js';
import { inCrisis, noteNamedCountry } from '../features/report.js';
import { isSituation, type Situation } from '../../channels/index.js';
import type { SearchResponse } from '../../knowledge/knowledge-base.js';

/** A menu flow older than this no longer shapes how a message is read. */
const FLOW_TTL_MS = 30 * 60_000;
/** After /lapor shows the channels, what is written within this time belongs to that report. */
const REPORT_FOLLOW_UP_MS = 10 * 60_000;

export interface MessageAtHand {
  readonly ctx: BotContext;
  readonly text: string;
  readonly image: ImageFile | undefined;
  readonly route: RouteResult;
  /** The menu flow this message answers, if still fresh ("check" after /cek, "report" after /lapor). */
  readonly flow: Flow['kind'] | null;
  /** The bot asked for the whole ad after a too-short one (check.ts). */
  readonly awaitingAd: boolean;
  /** In the /lapor flow with a situation chosen: what comes next is part of that report. */
  readonly reporting: Situation | undefined;
  /** Someone asks for money to let a person go, or for a "fine" to leave. */
  readonly ransom: boolean;
  /** A ransom demand (or, in a crisis, any money asked about) in a message that is neither an emergency nor an ad. */
  readonly moneyDemanded: boolean;
  /** An emergency reply went to this chat in the last 30 minutes (and this message is no new one). */
  crisis: boolean;
  /** False when nothing of this message may be kept, not even as a scrubbed unanswered question. */
  readonly mayRecord: boolean;
  search(): SearchResponse;
  /** Answers with the last article's matching part; false when there is none (or it was tried). */
  tryFollowUp(): Promise<boolean>;
}

export function readMessage(ctx: BotContext, message: Message): MessageAtHand {
  const text = adTextOf(message);
  const image = imageFileOf(message);
  const awaitingAd = takeAwaitingAd(ctx);
  const now = ctx.deps.now();
  const current = ctx.session.flow && now - ctx.session.flow.since < FLOW_TTL_MS ? ctx.session.flow : undefined;
  const flow = current?.kind ?? null;
  const reporting = current?.kind === 'report' && current.situation !== undefined && isSituation(current.situation)
    && now - current.since < REPORT_FOLLOW_UP_MS ? current.situation : undefined;
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
  // The /cek flow is used up by the message it waited for.
  if (flow === 'check') delete ctx.session.flow;
  noteNamedCountry(ctx, route.country);
  const crisis = !route.emergency && inCrisis(ctx);
  // In a crisis conversation, money asked about ("should we pay?") is the captors' demand too.
  const ransom = demandsRansom(text, { inDanger: route.emergency || crisis });

  let searched: SearchResponse | undefined;
  let followUpTried = false;
  return {
    ctx, text, image, route, flow, awaitingAd, reporting, ransom, crisis,
    moneyDemanded: !route.emergency && route.kind !== 'ad' && ransom,
    // Nothing written in a crisis conversation is kept, even after "sy udh aman" in the same message.
    mayRecord: !route.emergency && !crisis,
    search: () => (searched ??= searchQuestion(ctx, text)),
    tryFollowUp: async () => {
      if (followUpTried) return false;
      followUpTried = true;
      return answerFollowUp(ctx, text);
    },
  };
}
