import type { ChangeDirection } from '../../../../core/changes.js';
import { CHANGE_NOUNS, CHANGE_VERBS } from '../../../../core/changes.js';
import { UP_DOWN_PARTICLE_VERBS } from '../../../../core/vocabulary.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map(escape).join('|');

const VERB_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(CHANGE_VERBS.keys())})(?:\\s+by)?(?:\\s+(?:an?|some|the|another))?(?:\\s+(?:further|additional|extra))?\\s+$`, 'iu');
/** A change verb, its object and "by": "raised rates by 25 basis points", "cut its forecast by". */
const VERB_OBJECT_BY = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(CHANGE_VERBS.keys())})(?:\\s+\\p{Ll}[\\p{L}'’]*){1,5}\\s+by(?:\\s+(?:an?|some|the|another))?(?:\\s+(?:further|additional|extra))?\\s+$`, 'iu');
/**
 * The level a move reaches: a change verb, then at most a few words or a figure, then "to" ("rose to $1,840",
 * "slid 3% to $14.2 billion", "raised rates by 25 basis points to 5.5%", "grew from 1500 to 1800").
 */
const VERB_TO = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(CHANGE_VERBS.keys())})(?:\\s+(?:[^\\s.;:!?]|\\.(?=\\d))+){0,8}?\\s+to\\s+(?:(?:close|end|settle|finish)\\s+(?:the\\s+\\p{L}+\\s+)?at\\s+)?(?:an?\\s+|a\\s+record\\s+|a\\s+new\\s+|about\\s+|roughly\\s+|nearly\\s+|around\\s+)?$`, 'iu');
const TO_BEFORE = /(?<![\p{L}])to\s+(?:\p{L}+\s+){0,4}$/iu;
/** A figure's comparison after it: "12% more than a year earlier", "5% lower", "$95 ... more than". */
const COMPARED_AFTER = /^\s+(?:(?:per|a|an)\s+\p{L}+(?:\s+\p{L}+)?\s+)?(more|higher|greater|above|bigger|larger|faster|longer|less|fewer|lower|below|smaller|slower|shorter|cheaper)(?![\p{L}])/iu;
const COMPARED_UP = /^(?:more|higher|greater|above|bigger|larger|faster|longer)$/i;
/**
 * A level and the move that reached it, written after it: "start at A$720, up from A$540", "$3.52 a gallon on
 * Monday, down from $3.89", "18% of new car sales, up 4 percentage points".
 */
const UP_FROM_AFTER = /^[^,.;:!?]{0,40}?,?\s+(up|down)\s+(?:from|by\s+|about\s+|nearly\s+|roughly\s+|more\s+than\s+)?(?=from(?![\p{L}])|[$€£¥₹]?\d)/iu;
/** Verbs of raising money that state no move: "raised $2.5m from investors" (but "raised prices 5%"). */
const RAISE = /^(?:raised|raise|raises|raising)$/i;
const NOUN_OF_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(CHANGE_NOUNS.keys())})\\s+(?:of|by)\\s+$`, 'iu');
const NOUN_AFTER = new RegExp(`[\\s-]+(${alt(CHANGE_NOUNS.keys())})(?![\\p{L}\\p{N}])`, 'iuy');

/**
 * The direction of a change around a quantity spanning [start, end): "rose 12%", "fell by 3,000",
 * "a 15% rise", "a decline of 3%".
 */
export function directionAround(text: string, start: number, end: number): ChangeDirection | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const v = VERB_BEFORE.exec(before) ?? VERB_OBJECT_BY.exec(before);
  if (v && v[1] !== undefined) {
    const word = v[1].toLowerCase().replace(/\s+/g, ' ');
    const dir = CHANGE_VERBS.get(word) ?? null;
    // "made up 18%", "rounded up 30": a particle, not a move (a move written after the figure may still say one)
    const particle = (word === 'up' || word === 'down') && UP_DOWN_PARTICLE_VERBS.has(/(\p{L}+)\s+$/u.exec(before.slice(0, v.index))?.[1]?.toLowerCase() ?? '');
    // "raised $2.5m from investors" raised money; "raised prices 5%", "raised it by $2" moved a figure
    if (dir && RAISE.test(word) && /^[^\d]/u.test(text.slice(start, end)) && !/\bby\s+$/i.test(before)) return null;
    if (dir && !particle) return dir;
  }
  // the long look back only where "to" stands right before the figure
  const level = TO_BEFORE.test(before) ? VERB_TO.exec(text.slice(Math.max(0, start - 80), start)) : null;
  if (level && level[1] !== undefined) {
    const dir = CHANGE_VERBS.get(level[1].toLowerCase().replace(/\s+/g, ' ')) ?? null;
    if (dir && !(level[1].toLowerCase() === 'up' || level[1].toLowerCase() === 'down')) return dir;
  }
  const after = text.slice(end, end + 40);
  const upFrom = UP_FROM_AFTER.exec(after);
  if (upFrom) return upFrom[1]!.toLowerCase() === 'up' ? 'up' : 'down';
  const compared = COMPARED_AFTER.exec(after);
  if (compared) return COMPARED_UP.test(compared[1]!) ? 'up' : 'down';
  const n = NOUN_OF_BEFORE.exec(before);
  if (n && n[1] !== undefined) return CHANGE_NOUNS.get(n[1].toLowerCase()) ?? null;
  NOUN_AFTER.lastIndex = end;
  const a = NOUN_AFTER.exec(text);
  if (a && a[1] !== undefined && !/^\s*\n/.test(a[0])) return CHANGE_NOUNS.get(a[1].toLowerCase()) ?? null;
  return null;
}
