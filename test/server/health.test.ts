/** What the platform sees: liveness, readiness and Prometheus metrics. */
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observability/metrics.js';
import { createServer } from '../../src/server/create-server.js';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createWebhookFixture } from '../helpers/webhook-fixture.js';

useTelegramApiMock();
let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

describe('health endpoints', () => {
  it('/healthz answers 200 while the process is alive', async () => {
    const server = createServer({ readiness: async () => ({ ready: false, checks: {} }) });
    const response = await server.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('/readyz answers 200 with the memory store', async () => {
    current = await createTestApp();
    const app = current.app;
    const server = createServer({ readiness: () => app.readiness() });
    const response = await server.request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true, store: 'memory' });
  });

  it('/readyz answers 503 while a dependency is not ready, so the load balancer holds traffic back', async () => {
    const server = createServer({ readiness: async () => ({ ready: false, checks: { store: 'redis-down' } }) });
    const response = await server.request('/readyz');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, store: 'redis-down' });
  });

  it('/metrics returns Prometheus text with kawan_updates_total counting handled updates', async () => {
    current = await createTestApp();
    const app = current.app;
    const hook = createWebhookFixture({
      handleUpdate: (update) => app.bot.handleUpdate(update),
      logger: current.log.logger,
      store: app.deps.store,
      metrics: app.deps.metrics,
    });
    await hook.post(textUpdate('/start', { id: 1301, languageCode: 'id' }));
    await hook.queue.idle();
    const response = await hook.server.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('# TYPE kawan_updates_total counter');
    expect(text).toMatch(/kawan_updates_total\{type="message:command"\} 1\b/);
    expect(text).toMatch(/kawan_bot_api_calls_total\{method="sendMessage",result="ok"\} 1\b/);
  });

  it('/metrics is not served when metrics are disabled', async () => {
    const server = createServer({ readiness: async () => ({ ready: true, checks: {} }) });
    expect((await server.request('/metrics')).status).toBe(404);
  });

  it('metrics of two apps in one process never mix', async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.updates.inc({ type: 'message:text' });
    expect(await b.registry.metrics()).not.toMatch(/kawan_updates_total\{/);
  });

  it('unknown paths are 404', async () => {
    const server = createServer({ readiness: async () => ({ ready: true, checks: {} }) });
    expect((await server.request('/admin')).status).toBe(404);
  });
});
