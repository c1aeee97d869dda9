import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/contracts/index.js';
import { sha256 } from '../../src/core/ids.js';
import { diskTexts } from '../../src/runner/texts.js';

const article = (id: string, path: string, textPath: string | null, text: string) =>
  ({ id, path, textPath, sha256: sha256(text) }) as unknown as Article;

describe('article texts read back from disk', () => {
  it('reads texts/<id>.txt, or the input file decoded as read, and refuses a file changed since', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-texts-'));
    mkdirSync(join(out, 'texts'));
    writeFileSync(join(out, 'texts', 'h.txt'), 'extracted from HTML');
    const latin1 = join(out, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x39, 0x37]));
    const changed = join(out, 'changed.txt');
    writeFileSync(changed, 'now different');
    const texts = diskTexts(out, [
      article('h', 'page.html', 'texts/h.txt', '<p>extracted from HTML</p>'),
      article('l', latin1, null, 'Café 97'),
      article('c', changed, null, 'as it was read'),
    ]);
    expect(texts.get('h')).toBe('extracted from HTML');
    expect(texts.get('l')).toBe('Café 97');
    expect(texts.get('c')).toBeUndefined();
    expect(texts.get('missing')).toBeUndefined();
  });
});
