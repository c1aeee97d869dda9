import { CALENDAR, CLOSED_POS, NAME_OPENERS, NAME_PARTICLES, ORG_CONNECTORS, ORG_HEADS, AGENCY_HEADS } from './vocabulary.js';
import type { Word } from './words.js';

/** A stretch of capitalised words that may name someone or something: "Joaquín “El Chapo” Guzmán". */
export interface Run {
  from: number;
  /** exclusive */
  to: number;
  /** the words between the nickname's quotes, if the run has one */
  nickname: { from: number; to: number } | null;
  /** the run opens its sentence (after any opening quotes), where any word is capitalised */
  sentenceStart: boolean;
}

export interface RunContext {
  notEntities: ReadonlySet<string>;
}

const ARTICLES = new Set(['the', 'la', 'las', 'los', 'el', 'de', 'del']);
const OPEN_QUOTE = /^[“"‘']$/;
const CLOSE_QUOTE = /^[”"’']$/;

/** A word that can be part of a name: capitalised, not a function word, month, weekday or site furniture. */
export function isNameWord(w: Word | undefined, ctx: RunContext, words?: readonly Word[]): w is Word {
  if (!w || !w.cap || !w.alnum || w.possessive || CLOSED_POS.has(w.pos) || ctx.notEntities.has(w.key)) return false;
  if (CALENDAR.has(w.key)) return false;
  if (w.key === 'may' && words && /^\d/.test(words[w.index + 1]?.text ?? '')) return false;
  return true;
}

/** Runs of name words in words [from, to), skipping words already claimed (`blocked`). */
export function findRuns(words: readonly Word[], from: number, to: number, blocked: (i: number) => boolean, ctx: RunContext): Run[] {
  const runs: Run[] = [];
  const free = (i: number) => i < to && !blocked(i);
  const nameAt = (i: number) => free(i) && isNameWord(words[i], ctx, words);
  let firstAlnum = from;
  while (firstAlnum < to && !words[firstAlnum]!.alnum) firstAlnum++;
  for (let i = from; i < to; i++) {
    if (!nameAt(i)) continue;
    const start = i;
    let nickname: Run['nickname'] = null;
    let org = NAME_OPENERS.has(words[i]!.key);
    let end = i + 1;
    for (;;) {
      const w = words[end];
      if (!w || !free(end)) break;
      if (nameAt(end) && !w.joiner) {
        org ||= ORG_HEADS.has(w.key) || AGENCY_HEADS.has(w.key) || NAME_OPENERS.has(w.key);
        end++;
        continue;
      }
      if (w.joiner && nameAt(end + 1)) {
        end += 2;
        continue;
      }
      if (!w.cap && NAME_PARTICLES.has(w.key) && nameAt(end + 1)) {
        end += 2;
        continue;
      }
      if (org && !w.cap && ORG_CONNECTORS.has(w.key)) {
        // "Institute on Drug Abuse", "Center for the Study of", "Consejo Ciudadano para la Seguridad"
        const next = words[end + 1];
        const skip = next && !next.cap && ARTICLES.has(next.key) ? 2 : 1;
        if (nameAt(end + skip)) {
          end += skip + 1;
          continue;
        }
      }
      const close: number = nickname === null && OPEN_QUOTE.test(w.text) ? closingQuote(words, end + 1, to, nameAt) : -1;
      if (close > 0 && nameAt(close + 1)) {
        nickname = { from: end + 1, to: close };
        end = close + 2;
        continue;
      }
      break;
    }
    runs.push({ from: start, to: end, nickname, sentenceStart: start === firstAlnum || allPunctuation(words, from, start) });
    i = end - 1;
  }
  return runs;
}

/** The index of the quote closing a nickname of one to three name words starting at `i`, or -1. */
function closingQuote(words: readonly Word[], i: number, to: number, nameAt: (i: number) => boolean): number {
  for (let j = i; j < Math.min(i + 4, to); j++) {
    const w = words[j]!;
    if (j > i && CLOSE_QUOTE.test(w.text)) return j;
    if (!nameAt(j) && !(w.key === 'de' || w.key === 'la' || w.key === 'del')) return -1;
  }
  return -1;
}

function allPunctuation(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.alnum) return false;
  return true;
}
