/**
 * "sy udh gk kuat, mending mati aja", "I don't want to live anymore": a wish to die, as the router
 * counts it (not in a joke, a what-if, a dream or a question about people in general). The
 * emergency reply then opens with a few warm words before the numbers.
 */
import { canonicalize } from './canonical.js';
import { detectDistress } from './detect-distress.js';

export function speaksOfDespair(text: string): boolean {
  const distress = detectDistress(canonicalize(text), text.includes('?'));
  return distress.emergency && distress.cues.includes('despair');
}
