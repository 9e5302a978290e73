/**
 * Too few words to judge. A job ad names at least the work, the pay or the place, and how to
 * apply; a text shorter than this ("kamboja", "loker admin gaji besar") cannot show most of the
 * signs the checker looks for, so "no known warning signs found" would read as an all-clear it is
 * not. The bot asks for the whole ad instead; the CLI's verdicts are unchanged.
 */
export const MIN_WORDS_TO_JUDGE = 8;

const WORD = /[\p{L}\p{N}]+/gu;

export function tooShortToJudge(text: string): boolean {
  let words = 0;
  // Counts only as far as it needs to, so a long ad costs nothing here.
  for (const _ of text.matchAll(WORD)) {
    words += 1;
    if (words >= MIN_WORDS_TO_JUDGE) return false;
  }
  return true;
}
