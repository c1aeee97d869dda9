import { describe, expect, it } from 'vitest';
import { numberLine, type NumberLineRow } from '../../../src/stages/06-report/number-line.js';
import { niceStep, scaleFor } from '../../../src/stages/06-report/scale.js';

const over97k: NumberLineRow = {
  label: 'A', colour: 0,
  literal: { low: 97000, high: null, lowInclusive: false, highInclusive: false },
  plain: { low: 97000, high: 98000, lowInclusive: false, highInclusive: true },
};
const exact106k: NumberLineRow = {
  label: 'B', colour: 1, literal: { low: 106000, high: 106000, lowInclusive: true, highInclusive: true }, plain: null,
};

describe('scale', () => {
  it.each([[100, 20], [9000, 2000], [0.3, 0.05], [11520, 2000], [1, 0.2]])('niceStep(%d) → %d', (span, step) => {
    expect(niceStep(span)).toBeCloseTo(step, 10);
  });

  it('pads the data and puts ticks on round numbers inside the padded domain', () => {
    expect(scaleFor([97000, 98000, 106000])).toEqual({ lo: 95920, hi: 107080, ticks: [96000, 98000, 100000, 102000, 104000, 106000] });
    expect(scaleFor([5])?.ticks).toEqual([4.7, 4.8, 4.9, 5, 5.1, 5.2, 5.3]);
    expect(scaleFor([])).toBeNull();
  });
});

describe('numberLine', () => {
  const svg = numberLine([over97k, exact106k], 'count')?.value ?? '';

  it('draws open ends hollow, closed ends filled, and an unbounded end as an arrow', () => {
    expect(svg.match(/<circle class="nl-open"/g)).toHaveLength(1);
    expect(svg.match(/<circle class="nl-closed"/g)).toHaveLength(1);
    expect(svg.match(/<path class="nl-arrow" d="M[\d.]+ 29 l-9 -5 v10 z"\/>/g)).toHaveLength(1);
    expect(svg).not.toContain('l9 -5');
  });

  it('draws the plain reading as a thick bar between its bounds and labels rows and ticks', () => {
    expect(svg).toContain('<rect class="nl-plain" x="114.3" y="24" width="65" height="10" rx="3"/>');
    expect(svg).toContain('<circle class="nl-open" cx="114.3" cy="29" r="4.5"/>');
    expect(svg).toContain('<circle class="nl-closed" cx="699.7" cy="59" r="4.5"/>');
    expect(svg).toContain('<text class="nl-label" x="30" y="33" text-anchor="end">A</text>');
    expect(svg.match(/<text class="nl-tick-label"[^>]*>([^<]*)<\/text>/g)?.map((t) => t.replace(/<[^>]*>/g, ''))).toEqual(['96k', '98k', '100k', '102k', '104k', '106k']);
    expect(svg).toContain('aria-label="A: words allow (97,000, ∞), plain reading (97,000, 98,000]; B: words allow 106,000"');
  });

  it('draws nothing when no claim has a finite bound', () => {
    const vague: NumberLineRow = { label: 'A', colour: 0, literal: { low: null, high: null, lowInclusive: false, highInclusive: false }, plain: null };
    expect(numberLine([vague], 'count')).toBeNull();
  });
});
