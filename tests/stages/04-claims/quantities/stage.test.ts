import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../../src/core/doc.js';
import type { StageContext } from '../../../../src/core/stage.js';
import stage from '../../../../src/stages/04-claims/quantities/index.js';

const text = 'Over 97,000 Americans died in 2021.\n\nComments (0)\nYou may also like: 5 things to know';
const footer = text.indexOf('Comments');

const doc: ArticleDoc = {
  source: {
    id: 'a1', path: 'a.txt', line: null, format: 'txt', content: text, encoding: 'utf-8', sha256: '0'.repeat(64),
    meta: { sourceId: null, title: null, url: null, published: null },
  },
  text,
  furniture: [{ start: footer, end: text.length, reason: 'comment form' }],
  messages: [],
};
const ctx: StageContext = { report: () => undefined, run: { published: null } };

describe('quantities stage', () => {
  it('declares its dataflow', () => {
    expect(stage.name).toBe('quantities');
    expect(stage.requires).toEqual(['text', 'furniture']);
    expect(stage.assigns).toEqual(['quantities']);
  });

  it('assigns the quantities of the text that lie outside page furniture', () => {
    const out = stage.run(doc, stage.options.parse({}), ctx, undefined);
    expect((out.quantities ?? []).map((q) => [q.text, q.value, q.hedge])).toEqual([['Over 97,000', 97000, 'over']]);
  });
});
