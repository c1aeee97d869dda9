// Datelines name where a report was filed; their places are not a figure's.
import { describe, expect, it } from 'vitest';
import { datelines } from '../../src/readers/dateline.js';

const names = (text: string) => datelines(text).map((d) => [text.slice(d.start, d.end), d.rule]);

describe('datelines', () => {
  it.each([
    ['WASHINGTON (NPW) — Killings across the United States dropped.', [['WASHINGTON', 'capitals']]],
    ['Headline\n\nNEW YORK — Prices rose 2.4%.', [['NEW YORK', 'capitals']]],
    ['ASHEVILLE, N.C. (AP) -- The toll rose.', [['ASHEVILLE, N.C.', 'capitals']]],
    ['LOS ANGELES, Calif. — Enrollment fell.', [['LOS ANGELES, Calif.', 'capitals']]],
    ['Houston (KHOU) — About 2.2 million customers lost power.', [['Houston', 'credited']]],
    ['Sacramento, Calif. (AP) – The budget closes a gap.', [['Sacramento, Calif.', 'credited']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Texas — measles cases rose to 146.'],
    ['Houston officials said 2.2 million lost power — a record.'],
    ['The FBI — which counts murders — said 10,627.'],
    ['Prices rose in WASHINGTON — and elsewhere.'],
  ])('no dateline in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
