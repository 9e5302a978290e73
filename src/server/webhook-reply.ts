/**
 * Telegram lets a webhook answer carry one Bot API call ("webhook reply"): Telegram performs it
 * when it reads our HTTP response, which saves a request. The bot uses it only for
 * `answerCallbackQuery`, whose result nobody needs and whose failure is harmless (the button's
 * spinner just stops a little later); every other call keeps its answer and its retries.
 *
 * The webhook answers when the update is handled (or after the ack delay), so a call handed over
 * before that rides on the answer; one handed over after the answer went out is made as an
 * ordinary call instead, so it is never lost.
 */

/** Shaped like grammY's WebhookReplyEnvelope, without importing grammY into the server. */
export interface WebhookReplyEnvelope {
  send(payload: string): Promise<void>;
}

export interface WebhookReply {
  readonly envelope: WebhookReplyEnvelope;
  /** Closes the envelope; returns the call to put in the HTTP answer, if one was handed over. */
  close(): string | undefined;
}

/** `callLate` makes a call that arrived after the HTTP answer (JSON with its "method"). */
export function createWebhookReply(callLate: (payload: string) => Promise<void>): WebhookReply {
  let payload: string | undefined;
  let closed = false;
  return {
    envelope: {
      async send(json) {
        if (closed) await callLate(json);
        else payload = json;
      },
    },
    close() {
      closed = true;
      return payload;
    },
  };
}
