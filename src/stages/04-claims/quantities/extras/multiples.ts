import type { Hedge } from '../../../../contracts/index.js';
import { buildQuantity, type QuantityMatch } from '../build.js';
import { directionAround } from '../context/direction.js';
import { hedgeBefore } from '../context/hedge.js';
import { rateAfter } from '../context/rate.js';
import type { UnitInfo } from '../context/unit-table.js';
import { AFTER_VERB_MULTIPLE, BEFORE_BARE_MULTIPLE, FOLD_PREFIXES, GUARDED_MULTIPLES, LEADS_INTO_MULTIPLE, MULTIPLE_WORDS, ONCE } from '../lexicon/multiples.js';
import type { Tok } from '../tokenize.js';

const TIMES: UnitInfo = {
  kind: 'times', unit: 'times', dimension: 'ratio', siUnit: null, factor: null, offset: 0, minor: 1, gluedOnly: false,
  afterScaleOnly: false,
};

export const MULTIPLE_TRIGGERS: ReadonlySet<string> = new Set([...MULTIPLE_WORDS.keys(), ONCE]);

/** "twice", "thrice", "threefold", "doubled", "halved"; "once" only as a rate ("once a year"). */
export function readMultiple(text: string, toks: readonly Tok[], i: number): QuantityMatch | null {
  const t = toks[i]!;
  let value: number | undefined;
  let direction: 'up' | 'down' | null = null;
  const m = MULTIPLE_WORDS.get(t.lower);
  if (m) {
    value = m.value;
    direction = m.direction;
    if (GUARDED_MULTIPLES.has(t.lower)) {
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const led = prev !== undefined && prev.kind === 'w' && LEADS_INTO_MULTIPLE.test(prev.lower);
      const verb = /s$/.test(t.lower);
      const after = next !== undefined && next.kind === 'w' && (verb ? AFTER_VERB_MULTIPLE : BEFORE_BARE_MULTIPLE).test(next.lower);
      // "a double murder", "a triple-digit rise": an article or a hyphen makes it an adjective
      const adjective = (prev !== undefined && /^(?:a|an|the)$/.test(prev.lower)) || text[t.end] === '-';
      if (adjective || !(led || after)) return null;
    }
  } else if (t.lower.endsWith('fold') && t.lower.length > 4) {
    value = FOLD_PREFIXES.get(t.lower.slice(0, -4));
  } else if (t.lower === ONCE) {
    value = 1;
  }
  if (value === undefined) return null;
  const rate = rateAfter(text, t.end);
  if (t.lower === ONCE && (!rate || !rate.inSpan)) return null;
  const h = hedgeBefore(text, t.start);
  const start = h ? h.start : t.start;
  const end = rate?.inSpan ? rate.end : t.end;
  const hedge: Hedge = h?.hedge ?? 'exact';
  return buildQuantity(text, {
    start, end, coreStart: t.start, coreEnd: t.end, numberStart: t.start, numberEnd: t.end,
    amount: { kind: 'value', value, hedge }, unit: TIMES, iso: null,
    age: false, proportion: false, direction: direction ?? directionAround(text, start, end), per: rate?.per ?? null,
  });
}
