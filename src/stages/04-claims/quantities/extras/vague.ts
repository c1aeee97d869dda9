import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_WORDS } from '../../../../core/vocabulary.js';
import { buildQuantity, type QuantityMatch } from '../build.js';
import { unitAt } from '../context/unit-matcher.js';
import type { UnitInfo } from '../context/unit-table.js';
import { VAGUE_QUANTIFIERS } from '../lexicon/scales.js';
import { near, type Tok } from '../tokenize.js';
import { wordAt } from './word-at.js';

/** Scale words a quantifier makes vague: "several hundred", "a few thousand", "several dozen". */
const SINGULAR_SCALES: ReadonlyMap<string, number> = new Map([['dozen', 12], ...SCALE_WORDS]);

export const VAGUE_TRIGGERS: ReadonlySet<string> = new Set([...VAGUE_QUANTIFIERS, ...VAGUE_WORDS.keys()]);

/** "thousands", "tens of thousands", "hundreds of millions of dollars", "several hundred", "a few thousand". */
export function readVague(text: string, toks: readonly Tok[], i: number): QuantityMatch | null {
  const t = toks[i]!;
  let start = t.start;
  let last = i;
  let base: number | null = null;
  const prev = toks[i - 1];
  if (prev && (prev.kind === 'd' || UNIT_WORDS.has(prev.lower) || TENS_WORDS.has(prev.lower)) && near(text, prev, t)) return null;
  if (VAGUE_QUANTIFIERS.has(t.lower)) {
    const nx = wordAt(text, toks, i, i + 1);
    const sc = nx ? SINGULAR_SCALES.get(nx.lower) ?? VAGUE_WORDS.get(nx.lower)?.base : undefined;
    if (!nx || sc === undefined) return null;
    if (t.lower === 'few' && !(prev && prev.lower === 'a' && near(text, prev, t))) return null;
    if (t.lower === 'few') start = prev!.start;
    base = sc;
    last = i + 1;
  } else {
    const v = VAGUE_WORDS.get(t.lower);
    if (!v) return null;
    const of = wordAt(text, toks, i, i + 1);
    const nx = of && of.lower === 'of' ? wordAt(text, toks, i + 1, i + 2) : undefined;
    const inner = nx ? VAGUE_WORDS.get(nx.lower) : undefined;
    if (t.lower === 'tens') {
      if (!inner || inner.base < 100) return null;
      base = 10 * inner.base;
      last = i + 2;
    } else if (t.lower === 'scores') {
      if (!of || of.lower !== 'of') return null;
      base = v.base;
    } else if (inner && inner.base > v.base && inner.base >= 1000) {
      base = v.base * inner.base;
      last = i + 2;
    } else {
      base = v.base;
    }
  }
  const low = base === 12 ? 24 : 2 * base;
  const high = base === 12 ? 100 : 10 * base;
  let end = toks[last]!.end;
  let unit: UnitInfo | null = null;
  const ofUnit = /^[ \t]+of[ \t]+/.exec(text.slice(end, end + 8));
  if (ofUnit) {
    const u = unitAt(text, end + ofUnit[0].length);
    if (u && /^\p{L}{3,}/u.test(u.form) && u.info.kind !== 'percent' && u.info.kind !== 'times') {
      unit = u.info;
      end = u.end;
    }
  }
  return buildQuantity(text, {
    start, end, coreStart: start, coreEnd: end, numberStart: start, numberEnd: toks[last]!.end,
    amount: { kind: 'vague', low, high }, unit,
    iso: unit && (unit.kind === 'currency' || unit.kind === 'minor') ? unit.unit : null, age: false, proportion: false,
    direction: null, per: null,
  });
}
