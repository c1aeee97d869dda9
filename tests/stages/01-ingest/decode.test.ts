import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/stages/01-ingest/decode.js';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: Array<number[] | Uint8Array | Buffer>): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

describe('decodeBytes', () => {
  it.each([
    ['plain ASCII', utf8('Over 97,000 Americans died.'), 'Over 97,000 Americans died.', 'utf-8'],
    ['UTF-8 accents and curly quotes', utf8('López’s “hugs”'), 'López’s “hugs”', 'utf-8'],
    ['UTF-8 with a BOM: the BOM is dropped', bytes([0xef, 0xbb, 0xbf], utf8('Mexico')), 'Mexico', 'utf-8'],
    ['CRLF kept as it is', utf8('a\r\nb\r\n'), 'a\r\nb\r\n', 'utf-8'],
    ['tabs and form feeds are text, not binary', utf8('a\tb\fc\n'), 'a\tb\fc\n', 'utf-8'],
    ['UTF-16 LE with a BOM', bytes([0xff, 0xfe], Buffer.from('Peña 29', 'utf16le')), 'Peña 29', 'utf-16le'],
    ['UTF-16 BE with a BOM', bytes([0xfe, 0xff], Buffer.from('Peña 29', 'utf16le').swap16()), 'Peña 29', 'utf-16be'],
    ['UTF-16 LE without a BOM', bytes(Buffer.from('Seized 44 million pills.', 'utf16le')), 'Seized 44 million pills.', 'utf-16le'],
    ['UTF-16 BE without a BOM', bytes(Buffer.from('Seized 44 million pills.', 'utf16le').swap16()), 'Seized 44 million pills.', 'utf-16be'],
    ['invalid UTF-8 read as windows-1252', bytes(Buffer.from('L\xf3pez Obrador, Pe\xf1a, caf\xe9', 'latin1')), 'López Obrador, Peña, café', 'windows-1252'],
    ['windows-1252 quotes, dash and euro sign', bytes([0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]), '“hi” – €5', 'windows-1252'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeBytes(input)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'the file is empty (0 bytes)'],
    ['only whitespace', utf8(' \n\t\r\n  '), 'the file holds only whitespace (7 bytes): there is no text to read'],
    ['only a BOM and spaces', bytes([0xef, 0xbb, 0xbf], utf8('  \n')), 'the file holds only whitespace (6 bytes): there is no text to read'],
    [
      'a PNG header and zeros',
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Uint8Array(20)),
      'looks like a binary file (20 NUL bytes in the first 64 KB), not an article: convert it to .txt or .html',
    ],
    ['one NUL byte', bytes(utf8('abc'), [0], utf8('def')), 'looks like a binary file (1 NUL byte in the first 64 KB), not an article: convert it to .txt or .html'],
    [
      'mostly control characters',
      bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f], utf8('abcdefghij')),
      'looks like a binary file (50% of the first 20 characters are control characters), not an article: convert it to .txt or .html',
    ],
    [
      'a UTF-16 BOM over bytes that are not UTF-16',
      bytes([0xff, 0xfe, 0x00, 0xd8, 0x41]),
      'the file starts with a utf-16le byte-order mark but is not valid utf-16le: save it again as UTF-8',
    ],
    [
      'a UTF-8 BOM over bytes that are not UTF-8',
      bytes([0xef, 0xbb, 0xbf, 0x4c, 0xf3, 0x70]),
      'the file starts with a utf-8 byte-order mark but is not valid utf-8: save it again as UTF-8',
    ],
  ])('fails on %s', (_name, input, reason) => {
    expect(decodeBytes(input)).toEqual({ ok: false, reason });
  });

  it('counts NUL bytes only in the first 64 KB', () => {
    const input = new Uint8Array(70 * 1024);
    expect(decodeBytes(input)).toEqual({
      ok: false,
      reason: 'looks like a binary file (65,536 NUL bytes in the first 64 KB), not an article: convert it to .txt or .html',
    });
  });
});
