import { describe, expect, it } from 'vitest';
import { FactsFileSchema } from '../../../src/contracts/index.js';
import { writeFactsJson } from '../../../src/stages/06-report/facts-json.js';
import { emptyBatch, FACTS, sampleBatch } from './sample-batch.js';

describe('facts.json', () => {
  it('is the fact graph as indented JSON with a final newline, and matches FactsFileSchema', () => {
    const out = writeFactsJson(sampleBatch());
    expect(out).toBe(`${JSON.stringify(FACTS, null, 2)}\n`);
    const parsed = FactsFileSchema.parse(JSON.parse(out));
    expect(parsed.facts.map((f) => [f.id, f.verdict, f.claims])).toEqual([
      ['f-overdose-2021', 'tension', ['c-a-1', 'c-b-1']],
      ['f-fentanyl-2021', 'compatible', ['c-a-2', 'c-b-2']],
    ]);
    expect(parsed.edges).toHaveLength(10);
  });

  it('writes an empty graph for an empty batch', () => {
    expect(writeFactsJson(emptyBatch())).toBe('{\n  "facts": [],\n  "edges": [],\n  "entities": [],\n  "articles": [],\n  "possible": []\n}\n');
  });

  it('refuses a fact graph that breaks the contract, naming the file and the field', () => {
    const batch = sampleBatch();
    batch.facts.facts[0]!.claims = [];
    expect(() => writeFactsJson(batch)).toThrow(/Refusing to write facts\.json: .*facts\.0\.claims/);
  });
});
