import { describe, expect, it } from 'vitest';
import { WRITERS } from '../../../src/stages/06-report/index.js';
import { sampleBatch } from './sample-batch.js';

describe('WRITERS', () => {
  it('maps each report file name to its writer', () => {
    expect(Object.keys(WRITERS).sort()).toEqual(['claims.csv', 'discrepancies.json', 'facts.json', 'graph.jsonld', 'report.html', 'report.md']);
  });

  it.each(Object.keys(WRITERS))('%s is byte-identical for the same batch and leaves the batch unchanged', (name) => {
    const write = WRITERS[name]!;
    const batch = sampleBatch();
    const first = write(batch);
    expect(write(sampleBatch())).toBe(first);
    expect(batch).toEqual(sampleBatch());
    expect(first.length).toBeGreaterThan(300);
  });

  it.each(Object.keys(WRITERS))('%s does not change with the run id or the times (only manifest.json may)', (name) => {
    const write = WRITERS[name]!;
    const batch = sampleBatch();
    const rerun = { ...batch, manifest: { ...batch.manifest, runId: 'another-run', startedAt: '2030-01-01T00:00:00.000Z', finishedAt: '2030-01-01T00:00:09.000Z' } };
    expect(write(rerun)).toBe(write(batch));
  });
});
