/**
 * Structured JSON logs (pino). Users' words never reach the logs: callers log ids, types,
 * outcomes and timings only, and the redaction list below is a second line of defence for
 * fields that could carry message text, phone numbers, tokens or API payloads.
 */
import { pino, type Logger, type LevelWithSilent } from 'pino';

export const REDACTED_PATHS = [
  'text',
  'caption',
  'message',
  'update',
  'payload',
  'token',
  'url',
  'phone',
  'phones',
  '*.text',
  '*.caption',
  '*.message',
  '*.payload',
  '*.token',
  '*.phone',
  '*.phone_number',
  '*.url',
  'err.config',
  'err.request',
];

export function createLogger(level: LevelWithSilent = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kawan-migran' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Error objects from grammY carry the request payload; keep only what helps debugging.
      serializers: {
        err: (err: unknown) => {
          if (!(err instanceof Error)) return { message: String(err) };
          const withCode = err as Error & { error_code?: number; method?: string };
          return {
            type: err.name,
            message: err.message.slice(0, 300),
            code: withCode.error_code,
            method: withCode.method,
          };
        },
      },
    },
    destination,
  );
}

export type { Logger };
