import { describe, expect, it } from 'vitest';
import { feedbackTotals, listUnanswered, recordFeedback, recordUnanswered, scrubQuestion } from '../../src/knowledge/unanswered.js';
import { createMemoryStore } from '../../src/store/memory-store.js';

const DAY = 86_400_000;

describe('questions the bot could not answer, kept for editors', () => {
  it('are stored without phone numbers, e-mails, links, handles or long digit runs', () => {
    const scrubbed = scrubQuestion(
      'Agen Budi WA 0812-3456-7890 atau +62 812 3456 7890, email budi@mail.com, cek https://loker.xyz/a @rekrut_kamboja NIK 3201234567890001 gaji 15 jt',
    );
    expect(scrubbed).not.toMatch(/\d{5,}|3456|@|https?:|loker\.xyz|budi@/);
    expect(scrubbed).toContain('agen budi');
    expect(scrubbed).toContain('gaji 15 jt');
  });

  it('are counted per question across the last 30 days, most asked first', async () => {
    let clock = Date.parse('2026-11-01T10:00:00Z');
    const store = createMemoryStore({ now: () => clock, sweepMs: 0 });
    const now = () => new Date(clock);
    await recordUnanswered(store, 'Cara kirim uang ke rumah?', now());
    clock += DAY;
    await recordUnanswered(store, 'cara kirim uang ke rumah?', now());
    await recordUnanswered(store, 'Sekolah anak di Malaysia', now());
    await recordUnanswered(store, '🙏🙏', now());
    const list = await listUnanswered(store, now(), 10);
    expect(list).toEqual([
      { text: 'cara kirim uang ke rumah?', count: 2 },
      { text: 'sekolah anak di malaysia', count: 1 },
    ]);
    clock += 31 * DAY;
    expect(await listUnanswered(store, now(), 10)).toEqual([]);
    await store.close();
  });

  it('feedback is kept only as totals per article', async () => {
    const store = createMemoryStore({ sweepMs: 0 });
    await recordFeedback(store, 'placement-fees', 'up');
    await recordFeedback(store, 'placement-fees', 'up');
    await recordFeedback(store, 'placement-fees', 'down');
    expect(await store.getFields('feedback')).toEqual({ 'placement-fees:up': 2, 'placement-fees:down': 1 });
    expect(await feedbackTotals(store)).toEqual({ 'placement-fees': { up: 2, down: 1 } });
    await store.close();
  });
});
