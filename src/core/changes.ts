/**
 * Words of change, as data: a quantity right after a verb ("rose 12%", "fell by 3,000"), right before a noun
 * ("a 15% rise") or after a noun and "of" ("a decline of 3%") is a change, with this direction.
 */
export type ChangeDirection = 'up' | 'down';

const up = (...w: string[]) => w.map((x) => [x, 'up'] as const);
const down = (...w: string[]) => w.map((x) => [x, 'down'] as const);

export const CHANGE_VERBS: ReadonlyMap<string, ChangeDirection> = new Map([
  ...up('rose', 'rise', 'rises', 'rising', 'risen', 'increased', 'increase', 'increases', 'increasing', 'grew',
    'grow', 'grows', 'growing', 'grown', 'jumped', 'jump', 'jumps', 'jumping', 'climbed', 'climb', 'climbs',
    'climbing', 'soared', 'soar', 'soars', 'soaring', 'surged', 'surge', 'surges', 'surging', 'gained', 'gain',
    'gains', 'gaining', 'spiked', 'spike', 'spikes', 'rallied', 'rally', 'rallies', 'advanced', 'advances',
    'climbed', 'skyrocketed', 'rocketed', 'ballooned', 'swelled', 'expanded', 'expands', 'boosted', 'boost', 'hiked', 'hike', 'hiking', 'raised', 'raise', 'raises', 'raising', 'lifted', 'lifting', 'boosting', 'added', 'add', 'adds', 'adding', 'up', 'ticked up', 'edged up', 'inched up',
    'went up', 'shot up', 'leapt', 'leaped', 'leap', 'doubled', 'tripled', 'spiking', 'rallying', 'accelerated', 'quickened', 'picked up'),
  ...down('fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'dropping', 'declined',
    'decline', 'declines', 'declining', 'decreased', 'decrease', 'decreases', 'decreasing', 'plunged', 'plunge',
    'plunges', 'plummeted', 'plummet', 'plummets', 'slid', 'slide', 'slides', 'sank', 'sink', 'sinks', 'sunk',
    'tumbled', 'tumble', 'tumbles', 'slumped', 'slump', 'slumps', 'dipped', 'dip', 'dips', 'shrank', 'shrink',
    'shrinks', 'shrunk', 'contracted', 'lost', 'shed', 'sheds', 'cut', 'cuts', 'slashed', 'slash', 'reduced',
    'reduce', 'reduces', 'lowered', 'lower', 'down', 'ticked down', 'edged down', 'inched down', 'went down',
    'eased', 'eases', 'retreated', 'slipped', 'slips', 'crashed', 'collapsed', 'halved', 'trim', 'trims', 'trimmed', 'cutting', 'lowering', 'reducing', 'slashing', 'trimming',
    'tumbling', 'sliding', 'sinking', 'slumping', 'dipping', 'plunging', 'plummeting', 'shrinking', 'retreating', 'slipping', 'easing', 'shedding', 'losing', 'crashing',
    'slowed', 'cooled', 'moderated', 'softened'),
]);

export const CHANGE_NOUNS: ReadonlyMap<string, ChangeDirection> = new Map([
  ...up('rise', 'rises', 'increase', 'increases', 'jump', 'jumps', 'gain', 'gains', 'growth', 'hike', 'hikes',
    'surge', 'surges', 'spike', 'spikes', 'climb', 'climbs', 'uptick', 'upswing', 'boost', 'leap', 'rally',
    'expansion', 'markup'),
  ...down('drop', 'drops', 'decline', 'declines', 'fall', 'falls', 'decrease', 'decreases', 'reduction',
    'reductions', 'cut', 'cuts', 'loss', 'losses', 'slump', 'plunge', 'dip', 'downturn', 'contraction',
    'slide', 'markdown'),
]);
