import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Discrepancy, Entity, FactsFile } from '../../src/contracts/index.js';
import { cli, readOutput } from '../support/cli.js';

/** Issue 5's targets, measured on the real pipeline over the five seed articles (published 2025-03-10). */
describe('reconciliation of the seed articles', () => {
  let claims: Claim[];
  let facts: FactsFile;
  let discrepancies: Discrepancy[];
  let entities: Entity[];
  const claimOf = (valueText: string) => {
    const found = claims.filter((c) => c.valueText === valueText);
    if (found.length === 0) throw new Error(`no claim "${valueText}"; claims: ${claims.map((c) => c.valueText).join(' | ')}`);
    return found;
  };
  const factOf = (claim: Claim) => facts.facts.find((f) => f.claims.includes(claim.id))!;

  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cg-rec-')), 'out');
    expect(cli(['run', 'fixtures/articles', '--out', out, '--published', '2025-03-10', '--quiet']).code).toBe(0);
    claims = readOutput(out, 'claims.jsonl') as Claim[];
    facts = readOutput(out, 'facts.json') as FactsFile;
    discrepancies = readOutput(out, 'discrepancies.json') as Discrepancy[];
    entities = readOutput(out, 'entities.jsonl') as Entity[];
  });

  it('flags 2021 overdose deaths (over 97,000 vs 106,000), with a reason, and nothing else', () => {
    expect(discrepancies).toHaveLength(1);
    const [d] = discrepancies;
    const ids = [claimOf('Over 97,000')[0]!.id, claimOf('106,000')[0]!.id];
    expect(d!.claims).toEqual(expect.arrayContaining(ids));
    expect(d!.explanation).toContain('over 97,000 reads as 97,000–98,000');
    expect(d!.explanation).toContain('106,000');
  });

  it('makes 2021 fentanyl deaths (nearly 71,000 and more than 70,000) one compatible fact', () => {
    const a = factOf(claimOf('nearly 71,000')[0]!);
    expect(a).toBe(factOf(claimOf('more than 70,000')[0]!));
    expect(a.verdict).toBe('compatible');
    expect(a.period).toMatchObject({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('keeps the transfer of 26 (a Tuesday) and of 29 (late February) apart, unflagged', () => {
    const f26 = factOf(claimOf('26')[0]!);
    const f29 = factOf(claimOf('29')[0]!);
    expect(f26).not.toBe(f29);
    expect(f26.period).toMatchObject({ start: '2025-03-04', end: '2025-03-04' });
    expect(f29.period).toMatchObject({ start: '2025-02-21', end: '2025-02-28' });
  });

  it('keeps 24 extraditions in one year and 65 over 2019–2023 apart, unflagged', () => {
    const f24 = factOf(claimOf('24')[0]!);
    const f65 = factOf(claimOf('65')[0]!);
    expect(f24).not.toBe(f65);
    expect(f24.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(f65.period).toMatchObject({ start: '2019-01-01', end: '2023-12-31' });
  });

  it('makes the repeated 29 and the repeated 25 percent one fact each', () => {
    const twentyNine = claimOf('29');
    expect(twentyNine).toHaveLength(3);
    expect(new Set(twentyNine.map((c) => factOf(c).id)).size).toBe(1);
    const tariffs = claimOf('25 percent');
    expect(tariffs).toHaveLength(2);
    expect(new Set(tariffs.map((c) => factOf(c).id)).size).toBe(1);
  });

  it('puts every claim in exactly one fact and names every entity the graph points at', () => {
    const counted = facts.facts.flatMap((f) => f.claims);
    expect(counted.sort()).toEqual(claims.map((c) => c.id).sort());
    const known = new Set(entities.map((e) => e.id));
    for (const c of claims) {
      if (c.place) expect(known, `place ${c.place}`).toContain(c.place);
      if (c.attribution?.entity) expect(known, `speaker ${c.attribution.entity}`).toContain(c.attribution.entity);
    }
    expect(entities.find((e) => e.id === 'agency:nih')).toMatchObject({ type: 'agency' });
  });
});
