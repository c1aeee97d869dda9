import { z } from 'zod';
import { defineExtractor } from '../core/extractor.js';
import { makeFrameReader } from '../readers/frame.js';
import { compileLexicon, MetricRuleSchema, readMetricLexicon, type MetricLexicon } from '../readers/metrics.js';

const Options = z
  .object({
    lexicon: z.string().optional().describe('a metric lexicon file to use instead of data/metrics.json'),
    metrics: z.array(MetricRuleSchema).default([]).describe('extra metric rules, tried together with the lexicon'),
    groups: z.record(z.string(), z.array(z.string())).default({}).describe('extra pattern groups for the extra rules'),
    minConfidence: z.number().min(0).max(1).default(0).describe('claims below this confidence are dropped'),
    explain: z.boolean().default(false).describe("report each quantity that is no claim as an info message naming the not-a-figure rule that kept it out"),
  })
  .strict();
type Options = z.output<typeof Options>;

const lexicons = new WeakMap<object, MetricLexicon>();
function lexiconFor(options: Readonly<Options>): MetricLexicon {
  let lexicon = lexicons.get(options);
  if (!lexicon) {
    const file = readMetricLexicon(options.lexicon);
    lexicon = compileLexicon([...options.metrics, ...file.metrics], { ...file.groups, ...options.groups });
    lexicons.set(options, lexicon);
  }
  return lexicon;
}

/**
 * Every figure of the article that is a claim (not a year, a date, an age, a number inside a name: the not-a-figure table),
 * framed by the shared readers (src/readers/frame.ts): what it measures, whose, where, when, which statistic and
 * vintage, who says it. This extractor adds only its metric lexicon and a confidence floor.
 */
export default defineExtractor({
  name: 'numeric-claims',
  meta: {
    description: 'Every figure in the article that is a claim, with its measure, statistic, vintage, hedge interval, period, place, scope and speaker',
    requires: ['quantities', 'sentences', 'tokens'],
    messages: {
      unresolvedPeriod: 'Cannot resolve "{{text}}" to dates: the article has no publication date (pass --published)',
      notAClaim: '"{{text}}" is no claim ({{rule}}): {{reason}}',
    },
  },
  options: Options,
  create(ctx) {
    const frames = makeFrameReader(ctx.article, {
      lexicon: lexiconFor(ctx.options),
      unresolved: (p) => ctx.report({ messageId: 'unresolvedPeriod', data: { text: p.text }, start: p.start, end: p.end }),
    });
    return {
      quantity(q, s) {
        if (!frames.isClaim(q, s)) {
          const why = ctx.options.explain ? frames.notClaim(q, s) : null;
          if (why !== null) ctx.report({ messageId: 'notAClaim', data: { text: q.text, rule: why.id, reason: why.reason }, start: q.start, end: q.end, severity: 'info' });
          return;
        }
        const draft = frames.read(q, s);
        if (draft.confidence < ctx.options.minConfidence) return;
        frames.made(draft, s);
        ctx.claim(draft);
      },
    };
  },
});
