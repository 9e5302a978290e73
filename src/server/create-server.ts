/**
 * The HTTP side: liveness, readiness, Prometheus metrics and (in webhook mode) the webhook.
 * Bodies over 1 MB are refused before they are read; only POST is allowed on the webhook path.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Metrics } from '../observability/metrics.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerOptions {
  metrics?: Metrics;
  /** Readiness: content loaded, Redis answering when configured. */
  readiness: () => Promise<{ ready: boolean; checks: Record<string, string> }>;
  webhook?: { path: string; handler: (c: Context) => Promise<Response> };
}

export function createServer(options: ServerOptions): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    const { ready, checks } = await options.readiness();
    return c.json({ ready, ...checks }, ready ? 200 : 503);
  });
  if (options.metrics) {
    const { registry } = options.metrics;
    app.get('/metrics', async (c) => c.body(await registry.metrics(), 200, { 'content-type': registry.contentType }));
  }
  if (options.webhook) {
    const { path, handler } = options.webhook;
    app.post(
      path,
      bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ ok: false, error: 'body too large' }, 413) }),
      handler,
    );
    app.all(path, (c) => c.json({ ok: false, error: 'use POST' }, 405, { allow: 'POST' }));
  }
  app.notFound((c) => c.json({ ok: false, error: 'not found' }, 404));
  return app;
}
