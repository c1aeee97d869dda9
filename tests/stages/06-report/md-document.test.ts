import { describe, expect, it } from 'vitest';
import { markdownDocument } from '../../../src/stages/06-report/md-document.js';

/** The report as it was built before streaming: every line joined, blank runs collapsed, trimmed, one newline. */
const oneString = (blocks: readonly (readonly string[])[]) => `${blocks.flat().join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;

describe('markdownDocument', () => {
  it.each([
    ['blocks ending in blank lines', [['# T', ''], ['', '## A', '', 'text', ''], ['', '', '## B', ''], ['x', '']]],
    ['empty blocks and an empty document', [[], [''], []]],
    ['nothing at all', []],
    ['trailing spaces and tabs at the end are trimmed, inside are kept', [['a  ', ''], ['b\t', '  ', ''], [' \u00a0']]],
    ['lines that hold line breaks themselves', [['a\n\n\n\nb', ''], ['\n\nc\n\n'], ['', 'd']]],
    ['whitespace-only blocks between text', [['a'], ['', ''], ['  '], [''], ['b']]],
  ])('%s: the same bytes as the one-string build', (_, blocks) => {
    expect([...markdownDocument(blocks)].join('')).toBe(oneString(blocks));
  });

  it('matches on many random documents', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const parts = ['', '', 'text', '  ', '\t', '\n', 'a b', '## h'];
    for (let run = 0; run < 300; run++) {
      const blocks = Array.from({ length: Math.floor(next() * 6) }, () => Array.from({ length: Math.floor(next() * 5) }, () => parts[Math.floor(next() * parts.length)]!));
      expect([...markdownDocument(blocks)].join('')).toBe(oneString(blocks));
    }
  });
});
