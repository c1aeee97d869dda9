import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuantitiesOutputSchema } from '../../src/contracts/index.js';
import { cli } from '../support/cli.js';

const lines = (out: string) => out.split('\n').filter(Boolean).map((l) => QuantitiesOutputSchema.parse(JSON.parse(l)));

describe('claimgraph quantities', () => {
  it('reads {id, text} lines on standard input and writes every quantity with offsets', () => {
    const input = [
      { id: 'a', text: 'Over 97,000 Americans died in 2021.' },
      { id: 2, text: 'It costs 10 cents and sells for $10 to $30.' },
      { id: 'none', text: 'Nothing to count here.' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const r = cli(['quantities'], { input });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    expect(out.map((o) => [o.id, o.quantities.map((q) => [q.text, q.value, q.low, q.high, q.hedge, q.unit])])).toEqual([
      ['a', [['Over 97,000', 97000, 97000, null, 'over', 'count']]],
      [2, [['10 cents', 0.1, 0.1, 0.1, 'exact', 'USD'], ['$10 to $30', null, 10, 30, 'range', 'USD']]],
      ['none', []],
    ]);
    expect(out[0]!.quantities[0]).toMatchObject({ start: 0, end: 11 });
  });

  it('with --explain, also writes each number read as no quantity and the rule that dropped it', () => {
    const input = JSON.stringify({ id: 'x', text: 'In 2019 it cost $5 million, as Fig. 3 shows [12].' });
    const r = cli(['quantities', '--explain'], { input });
    expect(r.code).toBe(0);
    const [out] = lines(r.stdout);
    expect(out!.quantities.map((q) => q.text)).toEqual(['$5 million']);
    expect(out!.rejected?.map((x) => [x.text, x.rule])).toEqual([['2019', 'year'], ['3', 'name'], ['12', 'footnote']]);
    expect(lines(cli(['quantities'], { input }).stdout)[0]!.rejected).toBeUndefined();
  });

  it('reads --in FILE, reports bad lines on standard error with their number, and keeps going', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cg-q-'));
    const file = join(dir, 'in.jsonl');
    await writeFile(file, '{"id": 1, "text": "nearly 44 million pills"}\n{"id": 2, "text": \n{"text": "no id"}\n\n{"id": 3, "text": "up to 100 times"}\n');
    const r = cli(['quantities', '--in', file]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((o) => [o.id, o.quantities.map((q) => q.text)])).toEqual([[1, ['nearly 44 million']], [3, ['up to 100 times']]]);
    expect(r.stderr).toContain('claimgraph quantities: line 2 is not valid JSON');
    expect(r.stderr).toContain('claimgraph quantities: line 3 must be an object {id, text}');
    expect(cli(['quantities', '--in', join(dir, 'missing.jsonl')])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read --in') });
  });
});
