import { FUNCTION_WORDS } from './vocabulary.js';
import type { Word } from './words.js';

/**
 * A title-case line ("The Cartel Crackdown: Why Mexico’s Fugitive Handover Signals a New Phase", "What's Next?"):
 * capitalised words there say nothing about names, so only gazetteers and titles find entities in it. Three
 * quarters of its content words are capitalised, and it has no full stop or capitalises a function word after
 * its first word ("Expansion Of Mexican Cartels In Every U.S. State."). A sentence dense with names ("Lloyd
 * Austin met Jordan Peterson in Austin.") ends with a full stop and keeps its "in" lowercase.
 */
export function isHeadline(words: readonly Word[], from: number, to: number): boolean {
  let content = 0;
  let capitalised = 0;
  let upperFunction = 0;
  let first = true;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const c = w.text.charCodeAt(0);
    if (!w.alnum || w.possessive || (c >= 48 && c <= 57)) continue;
    if (FUNCTION_WORDS.has(w.key)) {
      if (!first && w.cap) upperFunction++;
    } else {
      content++;
      if (w.cap) capitalised++;
    }
    first = false;
  }
  if (content === 0) return false;
  const last = words[to - 1]!;
  const unfinished = !/^[.!]$|^[.!]?[”"’]$/.test(last.text);
  if (content === 1) return unfinished && capitalised === 1;
  return capitalised / content >= 0.75 && (unfinished || upperFunction > 0);
}
