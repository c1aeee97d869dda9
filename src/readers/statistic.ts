import type { Quantity } from '../contracts/index.js';
import { CHANGE_VERBS } from '../core/changes.js';
import { NUMBER_WORD } from '../core/vocabulary.js';
import { MEASURE_WORDS } from './words.js';
import type { Span } from './tokens.js';

/**
 * Which statistic a figure is: a count, an amount, a rate, a share, an average, a ratio, a change, or the level a
 * change arrived at. A rate, a share, an average and a count of the same measure are different facts, so the
 * reconciler compares only figures of one statistic. Each rule reads the figure and the words right around it;
 * the first that holds wins and is named.
 */
export const STATISTICS = ['count', 'amount', 'rate', 'share', 'average', 'ratio', 'change', 'level'] as const;
export type Statistic = (typeof STATISTICS)[number];

export interface StatisticInput {
  text: string;
  figure: Quantity;
  /** the clause (its words bound every look-around) */
  clause: Span;
  /** the measure's head lemma, when known */
  head: string | null;
  /** the figure leans on an earlier one as its change ("a decrease of 3% from 2022") */
  changeOf: boolean;
}

export interface StatisticRead {
  statistic: Statistic;
  /** for a level: the direction of the move that reached it; for a change read from its list, the list's */
  direction: 'up' | 'down' | null;
  rule: string;
  reason: string;
}

/** Heads that name a rate when the figure is a percentage: "the unemployment rate", "inflation", "a 25% tariff". */
const RATE_HEADS = new Set(['rate', 'inflation', 'tariff', 'tax', 'interest', 'yield', 'duty', 'levy', 'unemployment', 'growth', 'return', 'mortgage', 'apr', 'fee', 'commission', 'discount', 'markup', 'margin', 'coverage', 'occupancy', 'utilization', 'vacancy', 'poverty', 'absenteeism', 'approval', 'participation', 'literacy', 'mortality', 'fatality', 'incidence', 'prevalence', 'positivity', 'efficacy', 'effectiveness']);
/** Whether a percentage of this measure is a rate (the unemployment rate, inflation, a tariff) rather than a share. */
export const isRateHead = (head: string | null): boolean => head !== null && RATE_HEADS.has(head);
/** Heads of a stock that verbs of gain and loss change: "added 142,000 jobs", "shed 40,000 residents". */
const STOCK_HEADS = new Set(['job', 'payroll', 'position', 'worker', 'employee', 'resident', 'student', 'member', 'subscriber', 'customer', 'user', 'population', 'enrollment', 'household']);
/** A verb of gain or loss right before the figure: "added", "gained", "lost", "shed", "cut". */
const GAIN_OR_LOSS = /\b(?:add(?:ed|s|ing)?|gain(?:ed|s|ing)?|lost|lose[sd]?|losing|shed(?:s|ding)?|cut(?:s|ting)?|eliminat(?:ed|es|ing))\s+(?:(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|fewer\s+than|less\s+than|over|under|at\s+least|an\s+estimated|a\s+net|another|a\s+further)\s+)*$/i;
/** Heads that name a share: "turnout", "the share of", "a majority". */
const SHARE_HEADS = new Set(['share', 'turnout', 'proportion', 'percentage', 'portion', 'majority', 'minority', 'fraction', 'stake', 'part']);

/**
 * Words of a move up or down before a level: the change verbs (src/core/changes.ts, the table the quantity scanner
 * reads directions from), and words that arrive at a level ("topped", "reached", "higher").
 */
const moveWords = (dir: 'up' | 'down', extra: readonly string[]) => {
  const words = [...CHANGE_VERBS].filter(([, d]) => d === dir).map(([w]) => w).concat(extra).sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
};
const UP = moveWords('up', ['higher', 'topped', 'reached', 'hit', 'swells']);
const DOWN = moveWords('down', ['lower']);

interface Rule {
  id: string;
  reason: string;
  test(i: StatisticInput, x: Around): StatisticRead['statistic'] | null;
}

interface Around {
  /** the clause's words before the figure, and after it */
  before: string;
  after: string;
}

/** "in" or "out of" before a count: a figure read as "one in four", "three out of five". */
const IN_A_COUNT = new RegExp(String.raw`\b(?:in|out\s+of)\s+(?:\d|${NUMBER_WORD})\b`, 'i');

/** Average words before a figure: "an average of", "averaged", "the median price was". */
const AVERAGE_BEFORE = /\b(?:average|averaged|averages|averaging|median|mean)\b(?:\s+\w+){0,4}\s*(?:of|at|was|is|were|to|price|cost|rate|wage|salary|income)?\s*$/i;

/** A comparison after a figure, the compared noun between: "12% higher than", "5% more patients than", "$2 less than". */
const COMPARED = /^\s*(?:more|less|fewer|higher|lower|above|below)(?:\s+[\p{L}'’-]+){0,3}?\s+than\b/iu;
/** A change over a stated stretch after a percentage: "2.3% over the year", "the 3.6% annual pace", "15.3% below its level a year earlier", "6.8% over 12 months". */
const OVER_A_STRETCH = /^\s*(?:(?:annual(?:ized)?|yearly|monthly|quarterly|year[- ](?:over|on)[- ]year)\s+(?:pace|gain|increase|rise|growth|jump|drop|decline|decrease|fall)|over\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:year|month|quarter|week|(?:12|twelve)\s+months)|over\s+(?:12|twelve)\s+months|(?:from|below|above)\s+(?:its\s+level\s+)?(?:a|one)\s+(?:year|month)\s+(?:earlier|ago|before))\b/i;

/** A baseline right after a figure, which makes the figure the level it is compared from: ", down from 67.3%". */
const LEVEL_FROM = /^(?:\s+[\p{L}'’-]+){0,5}\s*,?\s*(down|up)\s+(?:sharply\s+|slightly\s+|significantly\s+)?from\s+(?:(?:a|an|the|about|around|nearly|roughly|some|just|more\s+than|less\s+than|fewer\s+than|over|under|a\s+revised|an\s+initial)\s+)*(?:[$€£]\s?)?(?!(?:19|20)\d\d(?![\d,%]|\.\d))\d/iu;
/** The way the baseline after a figure moved from (LEVEL_FROM), or null when none follows it. */
const levelFrom = (i: StatisticInput): 'up' | 'down' | null =>
  (LEVEL_FROM.exec(i.text.slice(i.figure.end, i.figure.end + 60))?.[1]?.toLowerCase() as 'up' | 'down' | undefined) ?? null;
/** Nouns of a move: "a 5% drop", "an increase of 89,000". */
const MOVE_NOUNS = 'increase|decrease|rise|drop|decline|jump|fall|gain|reduction|surge|dip|plunge|spike|cut|hike';
/** A noun of a move right before its figure: "an increase of just 89,000", "gains of 254,000", "a loss of 12,000". */
const MOVE_OF = new RegExp(`\\b(?:${MOVE_NOUNS}|loss)s?\\s+of\\s+(?:(?:just|only|about|around|nearly|almost|roughly|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|at\\s+least|an\\s+estimated)\\s+)*$`, 'i');
/** A noun of a move right after its figure: "a 5% drop", "a 3,000-job increase". */
const MOVE_AFTER = new RegExp(`^[\\s-]*(?:${MOVE_NOUNS})\\b`, 'i');

const RULES: Rule[] = [
  {
    id: 'ratio',
    reason: '"one in four", "three out of five", "twice as many", "three times" (a multiple that moves, "tripled", is a change)',
    test: (i) => (IN_A_COUNT.test(i.figure.text) || (i.figure.unit === 'times' || i.figure.dimension === 'ratio') && i.figure.direction === null ? 'ratio' : null),
  },
  {
    id: 'change-of-average',
    reason: 'a figure that moves an average is its change, not the average: "the median home price fell 6 percent"',
    test: (i, x) => ((i.figure.direction !== null || i.changeOf) && AVERAGE_BEFORE.test(x.before) ? 'change' : null),
  },
  {
    id: 'average',
    reason: '"an average of", "averaged", "the median", "on average"',
    test: (_i, x) => (AVERAGE_BEFORE.test(x.before) || /^\s*(?:on\s+average|a\s+head|per\s+(?:person|household|student|pupil|family|worker))\b/i.test(x.after) ? 'average' : null),
  },
  {
    id: 'level',
    reason: 'the value a move arrived at: "jumped 12% to more than 91,000", "from 12,310 to 13,045", "slid to 4.1%"',
    test: (i, x) => (!i.changeOf && /\b(?:to|at)\s+$/i.test(x.before) && (UP.test(x.before) || DOWN.test(x.before)) && !/\b(?:up|down|more|less|higher|lower)\s+(?:to|at)\s+$/i.test(x.before) ? 'level' : null),
  },
  {
    id: 'stock-change',
    reason: 'a stock gained or lost: "added 142,000 jobs", "shed 40,000 positions" (a count of what a verb of gain or loss moves)',
    test: (i, x) => (i.figure.dimension === 'count' && i.head !== null && STOCK_HEADS.has(i.head) && GAIN_OR_LOSS.test(x.before) ? 'change' : null),
  },
  {
    id: 'level-from',
    reason: 'the value now, its baseline after it: "turnout stood at 59.9%, down from 67.3%", "4.2%, up from 4.1% in July"',
    // (the baseline may stand past the figure's clause, after its comma); a figure a move verb counts ("fell 12%,
    // down from …") stays a change, and a named rate a rate ("the unemployment rate was 4.2%, down from 4.3%")
    test: (i, x) => {
      if (i.changeOf || (i.figure.dimension === 'percent' && isRateHead(i.head)) || levelFrom(i) === null) return null;
      const tail = x.before.slice(-25);
      return /\bby\s+$/i.test(tail) || UP.test(tail) || DOWN.test(tail) ? null : 'level';
    },
  },
  {
    id: 'change-noun',
    reason: 'a figure a noun of a move counts: "an increase of just 89,000", "the September gain of 254,000", "a loss of 12,000 jobs"',
    test: (_i, x) => (MOVE_OF.test(x.before) ? 'change' : null),
  },
  {
    id: 'change',
    reason: 'a move: "rose 12%", "fell by 3,000", "trim budgets by 8%", "a 5% drop", "up 7.4% from 2010", "12% higher than", "5% more patients than", "2.3% over the year"',
    test: (i, x) => (i.changeOf || i.figure.direction !== null || COMPARED.test(x.after) || (/\bby\s+$/i.test(x.before) && (UP.test(x.before) || DOWN.test(x.before))) || (i.figure.dimension === 'percent' && OVER_A_STRETCH.test(x.after)) || MOVE_AFTER.test(x.after) ? 'change' : null),
  },
  {
    id: 'change-named',
    reason: 'a percentage of a move its measure names: "the increase from December 2022 to December 2023 was 3.4%", "growth of 2.8%" (not "half of the increase")',
    test: (i, x) => (i.figure.dimension === 'percent' && i.head !== null && MEASURE_WORDS.moves.has(i.head) && !/^\s+of\b/i.test(x.after) ? 'change' : null),
  },
  {
    id: 'rate-per',
    reason: 'per a base: "25 per 100,000 residents", "1,200 a day", "per capita" (not "a year earlier", which dates a figure)',
    test: (i, x) => (i.figure.per !== null || /^\s*(?:per\s+(?:capita|person|head|\d)|a\s+(?:day|week|month|year)|an\s+hour|each\s+(?:day|week|month|year)|daily|weekly|monthly|annually)\b(?!\s+(?:earlier|ago|before|after|later|prior))/i.test(x.after) ? 'rate' : null),
  },
  {
    id: 'rate-named',
    reason: 'a percentage of a named rate: "the unemployment rate", "inflation", "a 25% tariff", "interest"',
    test: (i) => (i.figure.dimension === 'percent' && i.head !== null && RATE_HEADS.has(i.head) ? 'rate' : null),
  },
  {
    id: 'share',
    reason: 'a part of a whole: "40% of voters", "two-thirds of the homes", "turnout of 60%", a percentage of a count',
    test: (i, x) => (i.figure.dimension === 'percent' || /^\s+of\s+/i.test(x.after) && /\b(?:half|third|quarter|fifth|majority|fraction|share|percent|per\s+cent)\b/i.test(i.figure.text) || (i.head !== null && SHARE_HEADS.has(i.head)) ? 'share' : null),
  },
  {
    id: 'amount',
    reason: 'a total in a unit: money, area, mass, volume, energy, time',
    test: (i) => (i.figure.dimension !== 'count' ? 'amount' : null),
  },
  { id: 'count', reason: 'discrete things counted', test: () => 'count' },
];

export const STATISTIC_RULES: ReadonlyArray<{ id: string; reason: string }> = RULES.map(({ id, reason }) => ({ id, reason }));

/** The statistic of a figure, by the first rule that holds. */
export function readStatistic(input: StatisticInput): StatisticRead {
  const { text, figure, clause } = input;
  const x: Around = {
    before: text.slice(Math.max(clause.start, figure.start - 60), figure.start),
    after: text.slice(figure.end, Math.min(clause.end, figure.end + 40)),
  };
  for (const rule of RULES) {
    const statistic = rule.test(input, x);
    if (statistic === null) continue;
    const from = rule.id === 'level-from' ? levelFrom(input) : null;
    const direction = statistic !== 'level' ? null : from ?? (movedDown(x.before) ? 'down' : 'up');
    return { statistic, direction, rule: rule.id, reason: rule.reason };
  }
  return { statistic: 'count', direction: null, rule: 'count', reason: 'discrete things counted' };
}

/** Whether the last move before a level went down ("jumped 12% in 2020 to" → up; "slid 3% to" → down). */
function movedDown(before: string): boolean {
  const last = (re: RegExp) => {
    let at = -1;
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(before); m !== null; m = g.exec(before)) at = m.index;
    return at;
  };
  return last(DOWN) > last(UP);
}
