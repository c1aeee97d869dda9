import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleEntitySchema, EntityMentionSchema, EntitySchema } from '../../../src/contracts/index.js';
import { findFurniture } from '../../../src/stages/01-ingest/furniture.js';
import { tokenizeText } from '../../../src/stages/02-tokenize/spans.js';
import stage from '../../../src/stages/03-entities/index.js';
import { mergeEntities } from '../../../src/stages/03-entities/merge.js';
import { entitiesOf, resources } from './support.js';

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

  it('costs well under wink-nlp’s own tokenization of the same text', async () => {
    const res = await resources();
    const prepared = seeds.map(({ text }) => {
      const furniture = findFurniture(text);
      return { text, furniture, ...tokenizeText(text, furniture) };
    });
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const ctx = { report: () => undefined, run: { published: null } };
    const options = stage.options.parse({});
    const work = {
      entities: () => { for (const p of prepared) stage.run({ source: {} as never, messages: [], ...p }, options, ctx, res); },
      tokenize: () => { for (const p of prepared) tokenizeText(p.text, []); },
    };
    const best = { entities: Number.POSITIVE_INFINITY, tokenize: Number.POSITIVE_INFINITY };
    for (let round = 0; round < 14; round++) { // rounds alternate; the first ones warm the JIT up
      for (const name of ['entities', 'tokenize'] as const) {
        const t = cpu();
        for (let r = 0; r < 10; r++) work[name]();
        if (round >= 2) best[name] = Math.min(best[name], cpu() - t);
      }
    }
    const { entities, tokenize } = best;
    const mb = (seeds.reduce((n, s) => n + Buffer.byteLength(s.text), 0) * 10) / 1e6;
    console.log(`entities ${(mb / (entities / 1000)).toFixed(1)} MB/s, wink tokenization ${(mb / (tokenize / 1000)).toFixed(1)} MB/s (ratio ${(entities / tokenize).toFixed(2)})`);
    expect(entities).toBeLessThan(tokenize * 0.75);
  });
});
