import { describe, it, expect } from 'vitest';
import { readSignalContent } from '../../src/checker/load-signals.js';
import { signalFiresOn } from '../../src/checker/validate-signals.js';

// Like SpamAssassin's per-rule tests: every signal carries texts it must and must not match.
const content = await readSignalContent('content');

describe('the signal files', () => {
  it('load without problems', () => {
    expect(content.issues).toEqual([]);
    expect(content.set?.signals.length).toBeGreaterThan(20);
  });

  it('give every signal at least one example that must match', () => {
    const withMatch = new Set(content.examples.filter((e) => e.expect === 'match').map((e) => e.signalId));
    for (const s of content.set?.signals ?? []) expect(withMatch, s.id).toContain(s.id);
  });
});

describe.each(content.examples.map((e) => [`${e.signalId} ${e.expect === 'match' ? 'fires on' : 'stays quiet on'} "${e.text}"`, e] as const))('%s', (_name, example) => {
  it(`(${example.file}:${example.line})`, () => {
    const set = content.set;
    if (!set) throw new Error('signals did not load');
    expect(signalFiresOn(set, example.signalId, example.text)).toBe(example.expect === 'match');
  });
});
