/**
 * A compact inverted index over pre-analysed terms that scores an OR query exactly as
 * MiniSearch 7 does (BM25+ per field, field boosts, term boosts, prefix and fuzzy expansion
 * with MiniSearch's weights, score times the number of query terms matched), so the ranking
 * calibrated on the question fixtures is unchanged. Why not MiniSearch itself: it keeps a
 * result object per matching document per query and walks its radix tree for every word
 * occurrence at build time, which made a 10,000-article corpus take ~30 s to build and
 * hundreds of milliseconds per question. Here postings are typed arrays, scores accumulate
 * in flat buffers, and the vocabulary (MiniSearch's own SearchableMap, for prefix and fuzzy
 * look-ups) holds each distinct term once.
 */
import SearchableMap from 'minisearch/SearchableMap';

/** MiniSearch 7's defaults: the scores the confidence thresholds were calibrated against. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const;

export interface TermQuery {
  readonly term: string;
  /** Maximum edit distance for fuzzy matches (an integer), or false. */
  readonly fuzzy: number | false;
  /** Whether longer terms starting with this one match too. */
  readonly prefix: boolean;
  readonly boost: number;
}

export interface TermHit {
  /** Position of the document in the list the index was built from. */
  readonly doc: number;
  readonly score: number;
  /** The query terms that matched the document, exactly or through prefix or fuzzy expansion. */
  readonly queryTerms: readonly string[];
}

export interface TermIndex<F extends string> {
  /** The best `limit` documents for the OR of the queries, best first (ties: first matched first). */
  search(queries: readonly TermQuery[], boosts: Readonly<Record<F, number>>, limit: number): TermHit[];
  /** The fields of a document that contain exactly this term. */
  fieldsWith(doc: number, term: string): F[];
}

/** Vocabulary terms a query term expands to (exact, prefix, typo), with their score weights. */
interface Expansion {
  readonly termIds: Int32Array;
  readonly weights: Float64Array;
}

// Distinct query words remembered per index by default: a few MB at most, far above a day's vocabulary.
const MAX_REMEMBERED_EXPANSIONS = 20_000;

/** A field's postings: for term t, documents docs[offsets[t]..offsets[t+1]) (ascending) and their term frequencies. */
interface FieldPostings {
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly freqs: Int32Array;
}

/** Append-only (term, doc, freq) triples, packed in one typed array: millions of postings without a JS object each. */
class TripleList {
  values = new Int32Array(3 * 4096);
  length = 0;
  push(term: number, doc: number, freq: number): void {
    if (this.length + 3 > this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = term;
    this.values[this.length + 1] = doc;
    this.values[this.length + 2] = freq;
    this.length += 3;
  }
}

/** Groups a field's triples by term, keeping their order within a term (a counting sort). */
function toFieldPostings(termCount: number, triples: TripleList): FieldPostings {
  const { values } = triples;
  const count = triples.length / 3;
  const offsets = new Int32Array(termCount + 1);
  for (let i = 0; i < triples.length; i += 3) {
    const slot = (values[i] ?? 0) + 1;
    offsets[slot] = (offsets[slot] ?? 0) + 1;
  }
  for (let t = 0; t < termCount; t += 1) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
  const next = offsets.slice(0, termCount);
  const docs = new Int32Array(count);
  const freqs = new Int32Array(count);
  for (let i = 0; i < triples.length; i += 3) {
    const term = values[i] ?? 0;
    const at = next[term] ?? 0;
    docs[at] = values[i + 1] ?? 0;
    freqs[at] = values[i + 2] ?? 0;
    next[term] = at + 1;
  }
  return { offsets, docs, freqs };
}

function indexOfDoc(docs: Int32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = docs[mid] ?? 0;
    if (value === doc) return mid;
    if (value < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface TermIndexOptions {
  /** How many query-word expansions to remember (default 20,000; 0 remembers none). */
  readonly rememberedExpansions?: number;
}

/**
 * Terms and their ids, in first-seen order. Shared by an analyzer and the index it feeds, an
 * analyzer that remembers each distinct word's terms also remembers their ids, so a build looks
 * a term up once per distinct word instead of once per occurrence (millions in a big corpus).
 */
export class TermVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  get size(): number {
    return this.list.length;
  }

  /** The term's id, giving it the next one if it is new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }

  /** The term's id, or undefined if no document has it. */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  terms(): readonly string[] {
    return this.list;
  }
}

/**
 * `docs` lists each document's terms per field, in order and with repeats (repeats are term
 * frequency). Each document is read before the next is asked for, so a generator can analyse
 * lazily and the corpus's term lists never all exist at once.
 */
export function createTermIndex<F extends string>(
  fields: readonly F[],
  docs: Iterable<Readonly<Record<F, readonly string[]>>>,
  options: TermIndexOptions = {},
): TermIndex<F> {
  const vocabulary = new TermVocabulary();
  function* asIds(): Generator<Record<F, number[]>> {
    for (const doc of docs) {
      const ids = {} as Record<F, number[]>;
      for (const field of fields) ids[field] = doc[field].map((term) => vocabulary.idOf(term));
      yield ids;
    }
  }
  return createTermIndexOfIds(fields, vocabulary, asIds(), options);
}

/**
 * The same index from documents whose terms are already ids in `vocabulary` (in the order the
 * documents are read, so terms are numbered in first-seen order, as MiniSearch does).
 */
export function createTermIndexOfIds<F extends string>(
  fields: readonly F[],
  vocabulary: TermVocabulary,
  docs: Iterable<Readonly<Record<F, ArrayLike<number>>>>,
  options: TermIndexOptions = {},
): TermIndex<F> {
  const remembered = options.rememberedExpansions ?? MAX_REMEMBERED_EXPANSIONS;
  const triples = fields.map(() => new TripleList());
  const lengths: number[] = [];
  const averageLength = fields.map(() => 0);
  let documentCount = 0;
  // Term frequencies of the field being added, by term id; back to zero after each field.
  let freqOf = new Int32Array(1024);
  const unique: number[] = [];

  for (const doc of docs) {
    const id = documentCount;
    if (vocabulary.size > freqOf.length) {
      const grown = new Int32Array(Math.max(vocabulary.size, freqOf.length * 2));
      grown.set(freqOf);
      freqOf = grown;
    }
    for (let f = 0; f < fields.length; f += 1) {
      const field = fields[f];
      const fieldTerms: ArrayLike<number> = field === undefined ? [] : doc[field];
      for (let i = 0; i < fieldTerms.length; i += 1) {
        const termId = fieldTerms[i] ?? 0;
        const freq = freqOf[termId] ?? 0;
        if (freq === 0) unique.push(termId);
        freqOf[termId] = freq + 1;
      }
      lengths.push(unique.length);
      // The running mean exactly as MiniSearch computes it, so BM25 scores match to the last bit.
      averageLength[f] = ((averageLength[f] ?? 0) * id + unique.length) / (id + 1);
      const triple = triples[f];
      for (const termId of unique) {
        triple?.push(termId, id, freqOf[termId] ?? 0);
        freqOf[termId] = 0;
      }
      unique.length = 0;
    }
    documentCount += 1;
  }

  const terms = vocabulary.terms();
  const postings: FieldPostings[] = triples.map((t) => toFieldPostings(terms.length, t));
  const fieldLength = Int32Array.from(lengths);
  // Terms enter the vocabulary in first-seen order, as in MiniSearch, so prefix and fuzzy
  // expansions come back in the same order and scores add up in the same order.
  const wordTree = new SearchableMap<number>();
  terms.forEach((term, termId) => wordTree.set(term, termId));
  const fieldCount = fields.length;

  /** The vocabulary terms one query term stands for, with their weights, in scoring order. */
  const lookUp = (query: TermQuery): Expansion => {
    const ids: number[] = [];
    const weights: number[] = [];
    const exact = vocabulary.find(query.term);
    if (exact !== undefined) {
      ids.push(exact);
      weights.push(1);
    }
    const fuzzyMatches = query.fuzzy ? wordTree.fuzzyGet(query.term, query.fuzzy) : undefined;
    if (query.prefix) {
      for (const [term, termId] of wordTree.atPrefix(query.term)) {
        const distance = term.length - query.term.length;
        if (!distance) continue;
        // A term that is both a prefix and a fuzzy match counts once, as a prefix match.
        fuzzyMatches?.delete(term);
        ids.push(termId);
        weights.push((WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance));
      }
    }
    if (fuzzyMatches) {
      for (const [term, [termId, distance]] of fuzzyMatches) {
        if (!distance) continue;
        ids.push(termId);
        weights.push((WEIGHTS.fuzzy * term.length) / (term.length + distance));
      }
    }
    return { termIds: Int32Array.from(ids), weights: Float64Array.from(weights) };
  };
  // Questions reuse a small vocabulary ("paspor", "gaji", "kamboja"), and walking the word tree
  // for typos is most of a query's cost, so each expansion is remembered (most recent last).
  const expansions = new Map<string, Expansion>();
  const expand = (query: TermQuery): Expansion => {
    const key = `${query.term}\u0000${query.fuzzy}\u0000${query.prefix}`;
    const known = expansions.get(key);
    if (known !== undefined) {
      expansions.delete(key);
      expansions.set(key, known);
      return known;
    }
    const found = lookUp(query);
    if (remembered === 0) return found;
    if (expansions.size >= remembered) expansions.delete(expansions.keys().next().value ?? key);
    expansions.set(key, found);
    return found;
  };

  return {
    search(queries, boosts, limit) {
      const fieldBoosts = fields.map((field) => boosts[field] || 1);
      const total = new Float64Array(documentCount);
      const partial = new Float64Array(documentCount);
      const matchedTerms = new Int32Array(documentCount);
      const lastQuery = new Int32Array(documentCount).fill(-1);
      // Documents in the order MiniSearch's result map would hold them: the tie-breaker.
      const order: number[] = [];
      const seen = new Uint8Array(documentCount);
      // The documents each query reached (through any of its expansions, in any field).
      const reached: number[][] = [];

      queries.forEach((query, q) => {
        const touched: number[] = [];
        const score = (termId: number, weight: number): void => {
          for (let f = 0; f < fieldCount; f += 1) {
            const p = postings[f];
            if (!p) continue;
            const from = p.offsets[termId] ?? 0;
            const to = p.offsets[termId + 1] ?? 0;
            const weighted = weight * query.boost * (fieldBoosts[f] ?? 1);
            const matching = to - from;
            const avg = averageLength[f] ?? 0;
            const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
            for (let i = from; i < to; i += 1) {
              const doc = p.docs[i] ?? 0;
              const freq = p.freqs[i] ?? 0;
              const length = fieldLength[doc * fieldCount + f] ?? 0;
              const raw = idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
              if (lastQuery[doc] !== q) {
                lastQuery[doc] = q;
                partial[doc] = weighted * raw;
                touched.push(doc);
              } else {
                partial[doc] = (partial[doc] ?? 0) + weighted * raw;
              }
            }
          }
        };

        const expansion = expand(query);
        for (let i = 0; i < expansion.termIds.length; i += 1) score(expansion.termIds[i] ?? 0, expansion.weights[i] ?? 0);
        reached.push(touched);
        for (const doc of touched) {
          total[doc] = (total[doc] ?? 0) + (partial[doc] ?? 0);
          matchedTerms[doc] = (matchedTerms[doc] ?? 0) + 1;
          if (!seen[doc]) {
            seen[doc] = 1;
            order.push(doc);
          }
        }
      });

      // The first `limit` of a stable sort by score, without sorting every match.
      const best: Array<{ doc: number; score: number }> = [];
      for (const doc of order) {
        const s = (total[doc] ?? 0) * (matchedTerms[doc] ?? 0);
        if (best.length >= limit && s <= (best[best.length - 1]?.score ?? 0)) continue;
        let at = best.length;
        while (at > 0 && (best[at - 1]?.score ?? 0) < s) at -= 1;
        best.splice(at, 0, { doc, score: s });
        if (best.length > limit) best.pop();
      }

      // Which query terms reached each of the best documents, in query order.
      const rankOf = new Int32Array(documentCount).fill(-1);
      best.forEach(({ doc }, k) => {
        rankOf[doc] = k;
      });
      const termsOf: string[][] = best.map(() => []);
      queries.forEach((query, q) => {
        for (const doc of reached[q] ?? []) {
          const k = rankOf[doc] ?? -1;
          if (k >= 0) termsOf[k]?.push(query.term);
        }
      });
      return best.map(({ doc, score }, k) => ({ doc, score, queryTerms: termsOf[k] ?? [] }));
    },
    fieldsWith(doc, term) {
      const termId = vocabulary.find(term);
      if (termId === undefined) return [];
      return fields.filter((_, f) => {
        const p = postings[f];
        return p !== undefined && indexOfDoc(p.docs, p.offsets[termId] ?? 0, p.offsets[termId + 1] ?? 0, doc) >= 0;
      });
    },
  };
}
