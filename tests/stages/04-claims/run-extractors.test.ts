import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineExtractor } from '../../../src/core/extractor.js';
import { extract } from '../../support/extractor-tester.js';

const TEXT = 'Over 97,000 Americans died in 2021.\n\nThe agency seized 6,500 pounds of powder.\n\nLeave a Reply';

/** A tiny extractor that claims every quantity, for exercising the claims stage itself. */
const everyQuantity = defineExtractor({
  name: 'every-quantity',
  meta: { description: 'Claims every quantity as it is (test double)', requires: ['quantities'], messages: { seen: 'Saw {{what}} in sentence {{n}}' } },
  options: z.object({ crashOn: z.string().optional(), note: z.boolean().default(false) }),
  create(ctx) {
    return {
      quantity(q, sentence) {
        if (ctx.options.crashOn && q.text.includes(ctx.options.crashOn)) throw new TypeError(`cannot read ${q.text}`);
        if (ctx.options.note) ctx.report({ messageId: 'seen', data: { what: q.text, n: sentence.index } });
        ctx.claim({
          start: sentence.start, end: sentence.end, valueStart: q.start, valueEnd: q.end, valueText: q.text,
          value: q.value, low: q.low, high: q.high, lowInclusive: q.lowInclusive, highInclusive: q.highInclusive, plain: q.plain,
          hedge: q.hedge, unit: q.unit, dimension: q.dimension, direction: q.direction, per: q.per ?? null,
          counted: null, metric: null, place: null, period: null, attribution: null, entities: [], confidence: 0.5, reason: 'test',
          measure: null, scope: null, statistic: 'count', vintage: null, vintageText: null, placeFrom: null,
        });
      },
    };
  },
});

describe('claims stage: running extractors', () => {
  it('hands every quantity outside furniture to the extractor and fills id, quote, sentence and extractor', async () => {
    const { claims } = await extract(everyQuantity, TEXT);
    expect(claims.map((c) => [c.valueText, c.quote, c.extractor])).toEqual([
      ['Over 97,000', 'Over 97,000 Americans died in 2021.', 'every-quantity'],
      ['6,500 pounds', 'The agency seized 6,500 pounds of powder.', 'every-quantity'],
    ]);
    expect(claims[0]).toMatchObject({ sentence: { start: 0, end: 35 }, article: expect.stringMatching(/^[0-9a-f]{16}$/), id: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('turns a throwing extractor into a message at the sentence it was reading, and keeps its other claims', async () => {
    const { claims, messages } = await extract(everyQuantity, TEXT, { crashOn: '6,500' });
    expect(claims.map((c) => c.valueText)).toEqual(['Over 97,000']);
    expect(messages).toEqual([expect.objectContaining({
      source: 'every-quantity', ruleId: 'extractor-crashed', severity: 'error',
      reason: 'extractor "every-quantity" threw in quantity "6,500 pounds": cannot read 6,500 pounds', start: 37, end: 78,
    })]);
  });

  it('fills message templates from meta.messages, eslint-style', async () => {
    const { messages } = await extract(everyQuantity, TEXT, { note: true });
    expect(messages.map((m) => [m.ruleId, m.reason, m.start])).toEqual([
      ['seen', 'Saw Over 97,000 in sentence 0', 0],
      ['seen', 'Saw 6,500 pounds in sentence 1', 37],
    ]);
  });

  it('rejects a claim whose value span is not the text it says', async () => {
    const liar = defineExtractor({
      name: 'liar', meta: { description: 'Emits a claim with a wrong valueText (test double)', requires: [], messages: {} }, options: z.object({}),
      create: (ctx) => ({ sentence(s) { ctx.claim({ start: s.start, end: s.end, valueStart: s.start, valueEnd: s.start + 4, valueText: 'nope', value: 1, low: 1, high: 1, lowInclusive: true, highInclusive: true, plain: null, hedge: 'exact', unit: 'count', dimension: 'count', direction: null, per: null, counted: null, metric: null, place: null, period: null, attribution: null, entities: [], confidence: 1, reason: '', measure: null, scope: null, statistic: 'count', vintage: null, vintageText: null, placeFrom: null }); } }),
    });
    const { claims, messages } = await extract(liar, 'Over 97,000 Americans died.');
    expect(claims).toEqual([]);
    expect(messages[0]!.reason).toBe('extractor "liar" threw in sentence 0: valueText "nope" is not the text at 0–4 ("Over")');
  });
});
