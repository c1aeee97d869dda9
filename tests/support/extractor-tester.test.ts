import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineExtractor } from '../../src/core/extractor.js';
import { ExtractorTester, extract } from './extractor-tester.js';

const mutator = defineExtractor({
  name: 'mutator',
  meta: { description: 'Tries to change its options (test double)', requires: [], messages: {} },
  options: z.object({ words: z.array(z.string()).default(['a']) }),
  create(ctx) {
    return { article() { (ctx.options.words as string[]).push('b'); } };
  },
});

describe('ExtractorTester', () => {
  it('rejects duplicate cases', () => {
    expect(() => new ExtractorTester().run('mutator', mutator, { valid: ['same text', 'same text'], invalid: [] }))
      .toThrow('duplicate test case for extractor "mutator": same text');
  });

  it('deep-freezes options, so an extractor cannot change what other articles see', async () => {
    const { messages } = await extract(mutator, 'Some text with 12 numbers.');
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'extractor-crashed', reason: expect.stringContaining('object is not extensible') })]);
  });
});
