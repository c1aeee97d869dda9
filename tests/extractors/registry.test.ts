import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extractors/index.js';

describe('extractor registry', () => {
  const names = Object.keys(EXTRACTORS);

  it('registers at least the default pipeline\'s extractors', async () => {
    const pipeline = (await import('../../pipelines/newsroom.json', { with: { type: 'json' } })).default as {
      stages: Array<{ use: string; options?: { extractors?: Record<string, unknown> } }>;
    };
    const used = pipeline.stages.flatMap((s) => Object.keys(s.options?.extractors ?? {}));
    for (const name of used) expect(names).toContain(name);
  });

  it.each(names)('%s: has a sibling table test and a matching name', async (name) => {
    expect(existsSync(`tests/extractors/${name}.test.ts`), `tests/extractors/${name}.test.ts is missing: every extractor needs an ExtractorTester table`).toBe(true);
    const extractor = await EXTRACTORS[name]!();
    expect(extractor.name).toBe(name);
    expect(extractor.meta.description.length).toBeGreaterThan(10);
  });
});
