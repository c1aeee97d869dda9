/**
 * Verbs whose particle reads like a hedge or a direction of change and is neither: "handed over", "rounded up",
 * "went up to". The hedge phrases themselves are in the shared vocabulary (`src/core/vocabulary.ts`).
 */

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
