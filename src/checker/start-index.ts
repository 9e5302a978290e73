/**
 * Where each pattern (or place list) with start literals may begin in one ad: the word starts
 * where one of its start literals begins (start-literals.ts, word-start-scanner.ts). Promise:
 * `positions(text)[t]` lists, in increasing order and once each, every word start of `text`
 * where one of target t's literals begins, or is undefined when there is none; a match of the
 * target can begin nowhere else.
 */
import { createWordStartScanner } from './word-start-scanner.js';

export interface StartIndex {
  positions(text: string): (number[] | undefined)[];
}

/** `targets[t]`: target t's start literals, or undefined for a target that scans the whole ad. */
export function createStartIndex(targets: readonly (readonly string[] | undefined)[]): StartIndex {
  const literalIds = new Map<string, number>();
  const targetsOf: number[][] = [];
  targets.forEach((literals, t) => {
    for (const literal of new Set(literals ?? [])) {
      let id = literalIds.get(literal);
      if (id === undefined) {
        id = literalIds.size;
        literalIds.set(literal, id);
        targetsOf.push([]);
      }
      targetsOf[id]?.push(t);
    }
  });
  const scanner = createWordStartScanner([...literalIds.keys()]);
  const count = targets.length;
  return {
    positions(text) {
      const found: (number[] | undefined)[] = new Array<number[] | undefined>(count);
      scanner.scan(text, (literal, position) => {
        const ts = targetsOf[literal] ?? [];
        for (let k = 0; k < ts.length; k += 1) {
          const t = ts[k] ?? 0;
          const list = found[t];
          if (list === undefined) found[t] = [position];
          else if (list[list.length - 1] !== position) list.push(position);
        }
      });
      return found;
    },
  };
}

/** The same regex, tried only at its lastIndex (for matching at the positions above). */
export function stickyCopy(regex: RegExp): RegExp {
  return new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
}

/**
 * The matches a global regex's exec loop finds in `text`, tried only at `starts` (increasing):
 * the same matches in the same order when no match can begin anywhere else. `visit` returns
 * false to stop.
 */
export function eachMatchAt(sticky: RegExp, text: string, starts: readonly number[], visit: (m: RegExpExecArray) => boolean): void {
  let next = 0;
  for (let k = 0; k < starts.length; k += 1) {
    const from = starts[k] ?? 0;
    if (from < next) continue;
    sticky.lastIndex = from;
    const m = sticky.exec(text);
    if (m === null) continue;
    next = m[0].length > 0 ? from + m[0].length : from + 1;
    if (!visit(m)) break;
  }
  sticky.lastIndex = 0;
}
