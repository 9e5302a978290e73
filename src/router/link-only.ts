/**
 * A message that is a link and little else ("min, loker ini beneran ga? https://bit.ly/…"). The
 * bot never opens links (what is behind them can change, or be built to harm), so there is
 * nothing to check or answer: the user is asked for the ad's text or a screenshot instead. Ad
 * text with a link in it is checked as usual.
 */
import { findLinks, mayHaveLink } from '../checker/links.js';

/** Words besides the links up to which a message is "a link and a question about it". */
const MAX_OTHER_WORDS = 8;
const MAX_CHARS = 1000;

export function isLinkOnly(text: string): boolean {
  if (text.length > MAX_CHARS || !mayHaveLink(text)) return false;
  const links = findLinks(text).filter((l) => l.type === 'url');
  if (links.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const link of links) {
    rest += ` ${text.slice(at, link.start)}`;
    at = link.end;
  }
  rest += ` ${text.slice(at)}`;
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_OTHER_WORDS;
}
