import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ancestors, shareOf } from '../../../src/stages/05-reconcile/hierarchy.js';
import { loadMetricHierarchy, reconcile } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY } from './make.js';

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hierarchy-')), 'h.json');
  writeFileSync(path, content);
  return path;
}

describe('metric hierarchy', () => {
  it('loads data/metric-hierarchy.json by default', () => {
    const h = loadMetricHierarchy();
    expect(h.parents['opioid-overdose-deaths']).toBe('drug-overdose-deaths');
    expect(ancestors(h, 'fentanyl-involved-deaths')).toEqual(['opioid-overdose-deaths', 'drug-overdose-deaths']);
  });

  it('is what reconcile uses when no hierarchy is given', () => {
    const claims = [
      claim({ id: 'a', article: 'A', value: 90000, metric: 'drug-overdose-deaths' }),
      claim({ id: 'b', article: 'B', value: 95000, metric: 'fentanyl-involved-deaths' }),
    ];
    expect(reconcile(batch(claims)).discrepancies.map((d) => d.rule)).toEqual(['part-whole']);
    expect(reconcile(batch(claims), { hierarchy: { parents: {} } }).discrepancies).toEqual([]);
  });

  it('refuses a file that is not JSON, or not {"parents": {...}}, saying what is expected', () => {
    expect(() => loadMetricHierarchy(file('{nope'))).toThrow(/Cannot read the metric hierarchy .*h\.json: .*It must be a JSON file like/);
    expect(() => loadMetricHierarchy(file('{"parents": {"a": 3}}'))).toThrow(/is not valid \(parents\.a: .*\)\. Expected \{"parents": \{child: parent\}\}/);
  });

  it('refuses a loop', () => {
    expect(() => loadMetricHierarchy(file('{"parents": {"a": "b", "b": "a"}}'))).toThrow(/the chain from "a" loops back to "a"/);
  });

  it('names share metrics by convention: X-share is X of its broadest ancestor', () => {
    expect(shareOf(HIERARCHY, 'fentanyl-involved-deaths-share')).toEqual({ part: 'fentanyl-involved-deaths', whole: 'drug-overdose-deaths' });
    expect(shareOf(HIERARCHY, 'drug-overdose-deaths-share')).toBeNull();
    expect(shareOf(HIERARCHY, 'tariff-rate')).toBeNull();
  });
});
