import type { Hedge } from '../../../../contracts/index.js';

/**
 * Hedge words before a number, as data (issue 3, "Hedges as intervals"). Spaces match any run of spaces.
 * Longer phrases win ("just under" before "under").
 */
export const HEDGES_BEFORE: ReadonlyArray<readonly [string, Hedge]> = [
  // (N, ∞)
  ['over', 'over'], ['more than', 'over'], ['topped', 'over'], ['tops', 'over'], ['topping', 'over'],
  ['exceeded', 'over'], ['exceeds', 'over'], ['exceeding', 'over'], ['exceed', 'over'],
  ['surpassed', 'over'], ['surpassing', 'over'], ['surpass', 'over'],
  ['upwards of', 'over'], ['upward of', 'over'], ['in excess of', 'over'], ['just over', 'over'],
  ['well over', 'over'], ['slightly over', 'over'], ['just more than', 'over'], ['slightly more than', 'over'],
  ['well above', 'over'], ['above', 'over'], ['greater than', 'over'], ['larger than', 'over'], ['higher than', 'over'],
  ['bigger than', 'over'], ['north of', 'over'],
  // [N, ∞)
  ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'],
  ['a minimum of', 'at_least'], ['not fewer than', 'at_least'], ['greater than or equal to', 'at_least'],
  ['more than or equal to', 'at_least'], ['higher than or equal to', 'at_least'], ['equal to or more than', 'at_least'],
  ['equal to or greater than', 'at_least'], ['equal to or higher than', 'at_least'], ['greater or equal than', 'at_least'],
  ['bigger or equal than', 'at_least'], ['higher or equal than', 'at_least'], ['larger or equal than', 'at_least'],
  ['at least or equal to', 'at_least'], ['>=', 'at_least'], ['> =', 'at_least'], ['≥', 'at_least'],
  // [N − g, N)
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['just below', 'nearly'],
  ['just shy of', 'nearly'], ['shy of', 'nearly'], ['nigh on', 'nearly'], ['approaching', 'nearly'],
  ['just short of', 'nearly'], ['not quite', 'nearly'],
  // N ± max(g/2, 5% of N)
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx.', 'about'],
  ['approx', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'],
  ['c.', 'about'], ['ca.', 'about'], ['~', 'about'], ['somewhere around', 'about'], ['in the region of', 'about'],
  ['on the order of', 'about'], ['of the order of', 'about'], ['upward of about', 'about'], ['some estimated', 'about'],
  ['an approximate', 'about'], ['give or take', 'about'], ['more or less', 'about'], ['about an estimated', 'about'],
  // [0, N]
  ['up to', 'up_to'], ['as many as', 'up_to'], ['as much as', 'up_to'], ['as high as', 'up_to'],
  ['at most', 'at_most'], ['no more than', 'at_most'], ['not more than', 'at_most'], ['a maximum of', 'at_most'],
  ['at the most', 'at_most'], ['maximum of', 'at_most'], ['no greater than', 'at_most'],
  ['less than or equal to', 'at_most'], ['fewer than or equal to', 'at_most'], ['smaller than or equal to', 'at_most'],
  ['lower than or equal to', 'at_most'], ['equal to or less than', 'at_most'], ['equal to or fewer than', 'at_most'],
  ['equal to or lower than', 'at_most'], ['smaller or equal than', 'at_most'], ['less or equal than', 'at_most'],
  ['lower or equal than', 'at_most'], ['<=', 'at_most'], ['< =', 'at_most'], ['≤', 'at_most'],
  // [0, N)
  ['under', 'under'], ['fewer than', 'under'], ['less than', 'under'], ['below', 'under'], ['lower than', 'under'],
  ['smaller than', 'under'], ['well under', 'under'], ['well below', 'under'], ['just less than', 'under'],
  ['<', 'under'], ['>', 'over'],
];

/** Hedges after a number: "50 or more", "a dozen or so". */
export const HEDGES_AFTER: ReadonlyArray<readonly [string, Hedge]> = [
  ['or more', 'at_least'], ['and more', 'at_least'], ['or greater', 'at_least'], ['and up', 'at_least'],
  ['and above', 'at_least'], ['or above', 'at_least'], ['or higher', 'at_least'], ['and over', 'at_least'],
  ['plus', 'at_least'], ['+', 'at_least'], ['or greater than', 'at_least'], ['or more than', 'at_least'],
  ['or less', 'at_most'], ['or fewer', 'at_most'], ['or below', 'at_most'], ['or lower', 'at_most'],
  ['and under', 'at_most'], ['or under', 'at_most'],
  ['or so', 'about'], ['and change', 'about'], ['more or less', 'about'], ['give or take', 'about'],
];

/** Verbs whose particle is "over", so that "over" is no hedge: "Mexico handed over 29 cartel members" is 29. */
export const OVER_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'sign', 'signs', 'signed', 'signing',
  'carry', 'carries', 'carried', 'hold', 'holds', 'held', 'roll', 'rolls', 'rolled', 'pass', 'passed', 'passes',
  'argue', 'argued', 'arguing', 'fight', 'fought', 'fighting', 'pore', 'pored', 'poring', 'mull', 'mulled',
  'preside', 'presided', 'presides', 'presiding', 'watch', 'watched', 'watches', 'look', 'looked', 'think',
  'thought', 'talk', 'talked', 'hang', 'hung', 'tower', 'towered', 'towering', 'clash', 'clashed', 'split', 'row',
  'rowed', 'feud', 'feuded', 'dispute', 'disputed', 'wrangle', 'wrangled', 'quarrel', 'quarreled', 'quarrelled',
  'sued', 'sue', 'sues', 'suing',
]);

/**
 * Verbs whose particle is "up" or "down", so that the particle is no direction of change:
 * "police rounded up 30 suspects", "gunmen shot down 2 helicopters".
 */
export const UP_DOWN_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'set', 'sets', 'setting', 'shut', 'shuts', 'shutting', 'track', 'tracked', 'tracking', 'pick', 'picked', 'picks',
  'picking', 'round', 'rounded', 'rounding', 'bring', 'brought', 'brings', 'break', 'broke', 'broken', 'breaking',
  'put', 'puts', 'back', 'backed', 'wind', 'wound', 'wrap', 'wrapped', 'line', 'lined', 'cough', 'coughed', 'snap',
  'snapped', 'scoop', 'scooped', 'knock', 'knocked', 'gun', 'gunned', 'mow', 'mowed', 'tear', 'tore', 'torn',
  'pull', 'pulled', 'pulls', 'run', 'ran', 'runs', 'beat', 'beats', 'chalk', 'chalked', 'rack', 'racked', 'racks',
  'racking', 'add', 'adds', 'added', 'sum', 'summed', 'mop', 'mopped', 'give', 'gave', 'given', 'gives', 'blow',
  'blew', 'blown', 'hang', 'hung', 'take', 'took', 'taken', 'takes', 'taking', 'turn', 'turned', 'turns', 'hand',
  'handed', 'hands', 'shore', 'shored', 'crack', 'cracked', 'hunt', 'hunted', 'bog', 'bogged', 'clamp', 'clamped',
  'cut', 'cuts', 'tie', 'tied', 'lock', 'locked', 'bottle', 'bottled', 'gear', 'geared', 'sign', 'signed', 'drum',
  'drummed', 'dig', 'dug', 'cover', 'covered', 'write', 'wrote', 'written', 'pay', 'paid', 'make', 'made', 'show',
  'showed', 'shows', 'hold', 'held', 'fill', 'filled', 'call', 'called', 'calls', 'sit', 'sat', 'stand', 'stood',
  'let', 'lets', 'boot', 'booted', 'head', 'headed', 'bear', 'bore', 'narrow', 'narrowed', 'whittle', 'whittled',
  'lay', 'laid', 'pin', 'pinned', 'settle', 'settled',
]);

/** Verbs before "up to" that make it a level reached, not a maximum ("went up to 15%"). */
export const UP_TO_LEVEL_VERBS: ReadonlySet<string> = new Set([
  'add', 'adds', 'added', 'adding', 'sum', 'summed', 'go', 'goes', 'went', 'gone', 'going', 'move', 'moved',
  'moves', 'climb', 'climbed', 'climbs', 'jump', 'jumped', 'jumps', 'rise', 'rose', 'risen', 'rises', 'ramp',
  'ramped', 'step', 'stepped', 'shot', 'soar', 'soared', 'tick', 'ticked', 'edge', 'edged', 'bump', 'bumped',
  'push', 'pushed', 'mark', 'marked', 'round', 'rounded', 'revise', 'revised', 'scale', 'scaled',
  'ticks', 'ticking', 'edges', 'edging', 'inch', 'inched', 'inches', 'inching', 'creep', 'crept', 'creeps',
  'creeping', 'bumps', 'pushes', 'steps', 'shoots', 'shooting', 'soars', 'soaring', 'rising', 'climbing',
  'jumping', 'moving', 'ramps', 'spike', 'spiked', 'spikes', 'swing', 'swung', 'swings', 'balloon', 'ballooned',
  'balloons', 'build', 'built', 'builds', 'pile', 'piled', 'piles', 'stack', 'stacked', 'stacks', 'tally',
  'tallied', 'tallies',
]);
