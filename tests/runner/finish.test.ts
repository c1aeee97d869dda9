import { describe, expect, it } from 'vitest';
import type { EntityMention, Manifest } from '../../src/contracts/index.js';
import type { BatchResult } from '../../src/core/batch.js';
import { finishBatch } from '../../src/runner/finish.js';
import { article, claim } from '../stages/05-reconcile/make.js';

const person = (article: string, id: string, name: string, start: number) => ({
  article,
  entities: [{ id, name, type: 'official' as const, role: 'DEA Administrator', aliases: [] }],
  mentions: [{ entity: id, type: 'official' as const, start, end: start + name.length, text: name }] as EntityMention[],
});

describe('finishBatch', () => {
  it('merges entities across articles, points claims at the merged ids, and lets the per-article entities go', () => {
    // "Claudia Sheinbaum" and the typo "Claudia Sheinbuam" are one person: article b's local id is renamed
    const claims = [
      claim({ id: 'c1', article: 'a', value: 10, metric: 'arrests', attribution: 'person:claudia-sheinbaum', entities: ['person:claudia-sheinbaum'] }),
      claim({ id: 'c2', article: 'b', value: 12, metric: 'arrests', place: 'person:claudia-sheinbuam', attribution: 'person:claudia-sheinbuam', entities: ['person:claudia-sheinbuam', 'person:claudia-sheinbaum'] }),
    ];
    const collected = {
      manifest: { counts: { inputs: 2 } } as unknown as Manifest,
      articles: [article('a'), article('b')], claims, entities: [], discrepancies: [],
      facts: { facts: [], edges: [], entities: [], articles: [], possible: [] }, texts: new Map<string, string>(),
      perArticle: [person('a', 'person:claudia-sheinbaum', 'Claudia Sheinbaum', 0), person('b', 'person:claudia-sheinbuam', 'Claudia Sheinbuam', 5)],
    } satisfies BatchResult & { perArticle: unknown[] };
    const batch = finishBatch(collected);
    expect(collected.perArticle).toEqual([]);
    expect('perArticle' in batch).toBe(false);
    expect(batch.entities.map((e) => [e.id, e.mentions.map((m) => m.article)])).toEqual([['person:claudia-sheinbaum', ['a', 'b']]]);
    const second = batch.claims.find((c) => c.id === 'c2')!;
    expect(second.entities).toEqual(['person:claudia-sheinbaum']);
    expect(second.attribution?.entity).toBe('person:claudia-sheinbaum');
    expect(second.place).toBe('person:claudia-sheinbaum');
    expect(batch.claims.find((c) => c.id === 'c1')!.entities).toEqual(['person:claudia-sheinbaum']);
    expect(batch.manifest.counts).toMatchObject({ entities: 1, facts: batch.facts.facts.length });
  });
});
