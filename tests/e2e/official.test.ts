import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, Discrepancy, FactsFile } from '../../src/contracts/index.js';
import { cli, readOutput } from '../support/cli.js';

const CDC = 'data/reference/cdc-nchs-drug-overdose-deaths.csv';

describe('official figures', () => {
  it('judges the seeds\' 2021 figures against the CDC/NCHS table', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cg-official-')), 'out');
    const r = cli(['run', '-c', '1', 'fixtures/articles', '--out', out, '--reference', CDC]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`reference table ${CDC}: 22 official figures`);
    const claims = readOutput(out, 'claims.jsonl') as Claim[];
    const facts = readOutput(out, 'facts.json') as FactsFile;
    const text = (id: string) => claims.find((c) => c.id === id)!.valueText;
    const of2021 = facts.official!.filter((v) => v.official.released === '2022-12');
    expect(of2021.map((v) => [text(v.claim), v.verdict, v.official.value, v.gap])).toEqual([
      ['Over 97,000', 'differs-from-official', 106699, -9699],
      ['nearly 71,000', 'matches-official', 70601, 399],
      ['more than 70,000', 'matches-official', 70601, -601],
    ]);
    const official = (readOutput(out, 'discrepancies.json') as Discrepancy[]).filter((d) => d.kind === 'official');
    expect(official.map((d) => text(d.claims[0]!))).toEqual(['Over 97,000', 'nearly 75,000']);
    expect(official[0]!.explanation).toContain('differs from the final official figure 106,699 (CDC NCHS Data Brief No. 457, released 2022-12) by 9,699 (9.1%)');
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('## Official figures (4)');
    expect(md).toContain('### Differs from the official figure (2)');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<a href="https://www.cdc.gov/nchs/products/databriefs/db457.htm" rel="noreferrer">CDC NCHS Data Brief No. 457</a>');
  }, 60_000);

  it('keeps a table in the store: its runs and exports judge against it', async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-official-store-'));
    const table = join(base, 'cdc.csv');
    const rows = readFileSync(CDC, 'utf8').trimEnd().split('\n');
    writeFileSync(table, [...rows, 'drug-overdose-deaths,country:us,,2025-01-01,2025-12-31,count,lots,,,count,final,CDC,https://www.cdc.gov/x.htm,2026-12'].join('\n') + '\n');
    const store = join(base, 'desk.sqlite');
    const added = cli(['reference', 'add', table, '--store', store]);
    expect(added.code).toBe(0);
    expect(added.stderr).toContain(`${table}, line 24: value: a number`);
    expect(added.stdout).toContain('22 official figures from');
    expect(cli(['run', '-c', '1', 'fixtures/articles', '--store', store, '--out', join(base, 'o'), '--quiet']).code).toBe(0);
    expect(readFileSync(join(base, 'o', 'report.md'), 'utf8')).toContain('## Official figures (4)');
    // the export judges as the run did (the reports differ only by the run's "new since the last run")
    expect(cli(['export', '--store', store, '--out', join(base, 'export'), '--quiet']).code).toBe(0);
    for (const name of ['facts.json', 'discrepancies.json', 'graph.jsonld']) {
      expect(readFileSync(join(base, 'export', name), 'utf8'), name).toBe(readFileSync(join(base, 'o', name), 'utf8'));
    }
    expect((JSON.parse(readFileSync(join(base, 'export', 'facts.json'), 'utf8')) as FactsFile).official).toHaveLength(4);
  }, 60_000);
});
