import { describe, expect, it } from 'vitest';
import { DiscrepanciesFileSchema } from '../../../src/contracts/index.js';
import { writeDiscrepanciesJson } from '../../../src/stages/06-report/discrepancies-json.js';
import { EXPLANATION, sampleBatch } from './sample-batch.js';

describe('discrepancies.json', () => {
  it('writes the sample discrepancy and matches DiscrepanciesFileSchema', () => {
    const out = writeDiscrepanciesJson(sampleBatch());
    expect(out.endsWith('}\n]\n')).toBe(true);
    expect(DiscrepanciesFileSchema.parse(JSON.parse(out))).toEqual([
      { id: 'd-overdose-2021', kind: 'conflict', severity: 0.82, claims: ['c-a-1', 'c-b-1'], facts: ['f-overdose-2021'], explanation: EXPLANATION },
    ]);
  });

  it('orders by severity, most severe first, then by id; the batch itself is left as it was', () => {
    const batch = sampleBatch();
    const base = { kind: 'tension' as const, claims: ['c-a-2'], facts: [], explanation: 'x' };
    batch.discrepancies.push(
      { ...base, id: 'b', severity: 0.5 },
      { ...base, id: 'z', severity: 0.9 },
      { ...base, id: 'a', severity: 0.5 },
      { ...base, id: 'm', severity: 0 },
    );
    const ids = (JSON.parse(writeDiscrepanciesJson(batch)) as { id: string }[]).map((d) => d.id);
    expect(ids).toEqual(['z', 'd-overdose-2021', 'a', 'b', 'm']);
    expect(batch.discrepancies.map((d) => d.id)).toEqual(['d-overdose-2021', 'b', 'z', 'a', 'm']);
  });

  it('writes [] for a batch without discrepancies', () => {
    const batch = sampleBatch();
    batch.discrepancies = [];
    expect(writeDiscrepanciesJson(batch)).toBe('[]\n');
  });

  it('refuses a negative severity', () => {
    const batch = sampleBatch();
    batch.discrepancies[0]!.severity = -1;
    expect(() => writeDiscrepanciesJson(batch)).toThrow(/Refusing to write discrepancies\.json: .*0\.severity/);
  });
});
