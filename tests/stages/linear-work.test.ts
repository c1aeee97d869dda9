import { describe, expect, it } from 'vitest';
import { sourceOf } from '../../src/core/doc.js';
import { runArticle } from '../../src/core/pipeline.js';
import { loadPipeline } from '../../src/stages/pipeline.js';
import { workSteps } from '../../src/core/work.js';

/**
 * Hostile inputs must cost work linear in their length (issue: number-dense sentences, long unbroken tokens and
 * deep HTML took minutes). Each shape runs through the whole per-article pipeline at two sizes; the work counted
 * (src/core/work.ts: the steps of every scan whose cost could grow faster than the input) may grow at most ~linearly.
 * Work, not time: a busy machine cannot fail this.
 */
const SHAPES: Record<string, { format: 'txt' | 'html'; make: (chars: number) => string }> = {
  'ones': { format: 'txt', make: (n) => '1 '.repeat(n / 2) },
  'a list of numbers': { format: 'txt', make: (n) => Array.from({ length: n / 5 }, (_, i) => String(100 + (i % 900))).join(', ') },
  '1,1,1': { format: 'txt', make: (n) => '1,'.repeat(n / 2) },
  '$1 $1': { format: 'txt', make: (n) => '$1 '.repeat(n / 3) },
  '1% 1%': { format: 'txt', make: (n) => '1% '.repeat(n / 3) },
  'between 1 and': { format: 'txt', make: (n) => 'between 1 and '.repeat(n / 14) },
  '1-1-1': { format: 'txt', make: (n) => '1-'.repeat(n / 2) },
  'nested parentheses': { format: 'txt', make: (n) => '(1 '.repeat(n / 6) + ')'.repeat(n / 6) },
  'quoted figures': { format: 'txt', make: (n) => '"1" '.repeat(n / 4) },
  'a base64 attachment': { format: 'txt', make: (n) => 'Officials counted 42 cases.\n\n' + 'QUJD'.repeat(n / 4) },
  'HTML nested deep': { format: 'html', make: (n) => '<div>'.repeat(n / 11) + '<p>Officials counted 42 cases.</p>' + '</div>'.repeat(n / 11) },
  'unmatched end tags': { format: 'html', make: (n) => '<span>'.repeat(n / 13) + '</b>'.repeat(n / 13) + '<p>42 cases</p>' },
};

const pipeline = await loadPipeline('pipelines/newsroom.json');

function workOf(format: 'txt' | 'html', text: string): number {
  const source = sourceOf(`Report\n\n${text}\n`, {
    path: `shape.${format}`, line: null, format, encoding: 'utf-8', meta: { sourceId: null, title: null, url: null, published: '2024-05-01' },
  });
  const before = workSteps();
  const outcome = runArticle(pipeline, source, { published: null });
  expect(outcome.ok, outcome.ok ? '' : outcome.reason).toBe(true);
  return workSteps() - before;
}

describe('work on hostile input grows linearly with its length', () => {
  workOf('txt', 'Warm-up: 12 people.'); // first-use work (wink's first read) stays out of the ratios
  for (const [name, { format, make }] of Object.entries(SHAPES)) {
    it(name, () => {
      // sizes past every bounded window (a sentence's 1,600 characters, a look-back's 2,000)
      const small = workOf(format, make(6_000));
      const large = workOf(format, make(24_000));
      expect(small).toBeGreaterThan(0);
      // 4× the input: 4× the work when linear, 16× when quadratic
      expect(large / small, `${small} → ${large} steps`).toBeLessThan(5);
    });
  }
});
