import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomicSync } from '../../src/runner/output.js';

describe('writeAtomicSync (the articles\' texts, on a thread of their own)', () => {
  it('writes the file whole and leaves no temporary file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-out-'));
    mkdirSync(join(out, 'texts'));
    const path = join(out, 'texts', 'a.txt');
    writeAtomicSync(path, 'Más de 97,000 — über');
    expect(readFileSync(path, 'utf8')).toBe('Más de 97,000 — über');
    expect(readdirSync(join(out, 'texts'))).toEqual(['a.txt']);
  });

  it('leaves a file that already holds the same text as it is, and replaces one that differs', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-out-'));
    const path = join(out, 'a.txt');
    writeAtomicSync(path, 'first');
    const before = statSync(path).ino;
    writeAtomicSync(path, 'first');
    expect(statSync(path).ino).toBe(before); // not replaced
    writeAtomicSync(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(statSync(path).ino).not.toBe(before); // replaced by rename, never rewritten in place
    writeFileSync(path, 'secon'); // a file cut short (written by hand) is replaced too
    writeAtomicSync(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(out)).toEqual(['a.txt']);
  });
});
