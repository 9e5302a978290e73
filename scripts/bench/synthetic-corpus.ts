/**
 * Generates a large synthetic knowledge base for the scaling benchmark: articles shaped like the
 * real ones (title, summary, aliases, typical questions, a markdown body of a few hundred words
 * in paragraphs, headings and lists), written from the real articles' own vocabulary in the
 * chosen language plus a long tail of made-up rare words, so the index grows the way a big
 * real corpus would. Deterministic (seeded), so runs are comparable.
 */
import { CATEGORIES, type Article } from '../../src/knowledge/article.js';
import type { Lang } from '../../src/text/translate.js';

export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = ['ka', 'ra', 'ma', 'pe', 'ti', 'lu', 'no', 'si', 'ba', 'de', 'ngu', 'wa', 'ja', 'ko', 'sa', 'tan', 'ber', 'mu', 'ri', 'ho'];
const RARE_WORDS = 30_000;

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 1);
}

export interface SyntheticOptions {
  readonly count: number;
  readonly lang: Lang;
  readonly seed?: number;
  /** Share of body words taken from the made-up long tail instead of the real vocabulary. */
  readonly rareShare?: number;
}

export function syntheticArticles(real: readonly Article[], options: SyntheticOptions): Article[] {
  const random = createRandom(options.seed ?? 20_260_101);
  const source = real.filter((a) => a.lang === options.lang);
  if (source.length === 0) throw new Error(`no ${options.lang} articles to take the vocabulary from`);
  // Drawing from the running text keeps the real words' frequencies (a natural Zipf curve).
  const stream = source.flatMap((a) => wordsOf(`${a.title} ${a.summary} ${a.body}`));
  const realQuestions = source.flatMap((a) => a.questions);
  const realAliases = source.flatMap((a) => a.aliases);
  const rare = Array.from({ length: RARE_WORDS }, (_, i) => {
    let w = '';
    let n = i + 7;
    do {
      w += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    return w;
  });
  const rareShare = options.rareShare ?? 0.2;
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Zipf-like over the long tail: low indexes much more often.
  const rareWord = (): string => rare[Math.floor(RARE_WORDS * random() ** 3)] ?? 'kata';
  const word = (): string => (random() < rareShare ? rareWord() : pickOf(stream));
  const words = (n: number): string => Array.from({ length: n }, word).join(' ');
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

  return Array.from({ length: options.count }, (_, i): Article => {
    const paragraphs: string[] = [];
    // About 170–320 words: the real articles average ~1,900 characters of body.
    let budget = between(170, 320);
    while (budget > 0) {
      const kind = random();
      if (kind < 0.15) paragraphs.push(`## ${words(between(2, 5))}`);
      else if (kind < 0.35) {
        const items = Array.from({ length: between(2, 5) }, () => `- ${words(between(4, 12))}.`);
        paragraphs.push(items.join('\n'));
        budget -= items.length * 8;
      } else {
        const n = between(25, 70);
        paragraphs.push(`${words(n)}.`);
        budget -= n;
      }
    }
    return {
      id: `synthetic-${i}`,
      lang: options.lang,
      title: words(between(3, 7)),
      summary: `${words(between(10, 20))}.`,
      category: CATEGORIES[i % CATEGORIES.length] ?? 'about',
      aliases: Array.from({ length: between(3, 10) }, () => (random() < 0.5 ? pickOf(realAliases) : words(between(1, 3)))),
      questions: Array.from({ length: between(3, 7) }, () => `${pickOf(realQuestions)} ${words(between(1, 3))}`),
      sources: [{ title: 'Synthetic source', url: 'https://example.org/synthetic' }],
      reviewed: '2026-01-01',
      related: [],
      body: paragraphs.join('\n\n'),
      file: `synthetic/${options.lang}/synthetic-${i}.md`,
    };
  });
}
