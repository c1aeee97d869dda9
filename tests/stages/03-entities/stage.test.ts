import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleEntitySchema, EntityMentionSchema, EntitySchema } from '../../../src/contracts/index.js';
import { findFurniture } from '../../../src/stages/01-ingest/furniture.js';
import { tokenizeText } from '../../../src/stages/02-tokenize/spans.js';
import stage from '../../../src/stages/03-entities/index.js';
import { mergeEntities } from '../../../src/stages/03-entities/merge.js';
import { entitiesOf, resources } from './support.js';
import { workSteps } from '../../../src/core/work.js';

const seeds = readdirSync('fixtures/articles').filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(`fixtures/articles/${f}`, 'utf8') }));

describe('the entities stage', () => {
  it('declares its dataflow and options', () => {
    expect(stage.name).toBe('entities');
    expect(stage.requires).toEqual(['text', 'tokens', 'sentences', 'furniture']);
    expect(stage.assigns).toEqual(['mentions', 'entities']);
    expect(stage.options.parse({})).toEqual({ gazetteers: [] });
    expect(() => stage.options.parse({ gazetteer: 'x.json' })).toThrow(/gazetteer/);
  });

  it('writes mentions and entities that match the contracts, with exact offsets, on every seed', async () => {
    const perArticle = [];
    for (const { id, text } of seeds) {
      const { entities, mentions } = await entitiesOf(text, findFurniture(text));
      for (const m of mentions) {
        EntityMentionSchema.parse(m);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(entities.some((e) => e.id === m.entity && e.type === m.type)).toBe(true);
      }
      for (const e of entities) ArticleEntitySchema.parse(e);
      expect(mentions.every((m, i) => i === 0 || mentions[i - 1]!.end <= m.start)).toBe(true); // sorted, no overlap
      perArticle.push({ article: id, entities, mentions });
    }
    const merged = mergeEntities(perArticle);
    for (const e of merged) EntitySchema.parse(e);
    expect(merged.map((e) => e.id)).toEqual([...merged.map((e) => e.id)].sort());
    expect(merged.find((e) => e.id === 'country:us')?.mentions.map((m) => m.article)).toEqual(expect.arrayContaining(seeds.map((s) => s.id)));
    expect(merged.find((e) => e.id === 'person:andres-manuel-lopez-obrador')).toMatchObject({
      type: 'official', aliases: expect.arrayContaining(['López Obrador', 'López-Obrador']),
    });
  });

  it('walks its alias tries a bounded number of steps a word: work linear in the article, however long', async () => {
    const res = await resources();
    const ctx = { report: () => undefined, run: { published: null } };
    const options = stage.options.parse({});
    /** the steps the stage counts (src/core/work.ts) on one article made of the seeds `copies` times over, and its words */
    const measure = (copies: number) => {
      const text = Array.from({ length: copies }, () => seeds.map((s) => s.text).join('\n\n')).join('\n\n');
      const furniture = findFurniture(text);
      const prepared = { text, furniture, ...tokenizeText(text, furniture) };
      const before = workSteps();
      stage.run({ source: {} as never, messages: [], ...prepared }, options, ctx, res);
      return { steps: workSteps() - before, words: prepared.tokens.length };
    };
    const one = measure(1);
    const four = measure(4);
    expect(one.steps).toBeGreaterThan(0);
    expect(one.steps / one.words).toBeLessThan(0.5);
    expect(four.steps / one.steps).toBeLessThan(4.4);
  });
});
