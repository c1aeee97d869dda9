import { decodeWindows1252 } from './windows-1252.js';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** How much of a file the binary and UTF-16 sniffers look at. */
const SNIFF_BYTES = 64 * 1024;
/** A text whose sample holds more control characters than this share is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

const NOT_AN_ARTICLE = 'not an article: convert it to .txt or .html';

/**
 * Turn the bytes of an input file into text, or say in words why they are not an article.
 *
 * - A byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE) and is dropped, as every decoder does: it is
 *   part of the encoding, not of the text. Offsets in all outputs refer to the text returned here.
 * - Without a mark: UTF-16 is recognised by its zero bytes (ASCII-heavy text), then NUL bytes mean binary,
 *   then strict UTF-8, and bytes that are not valid UTF-8 are read as windows-1252 (the browsers' "latin1").
 * - Nothing else is changed: line breaks (CRLF), tabs and spacing stay as they are.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty (0 bytes)' };
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const controls = controlShare(decoded.text);
  if (controls > MAX_CONTROL_SHARE) {
    const sample = Math.min(decoded.text.length, SNIFF_BYTES).toLocaleString('en-US');
    return {
      ok: false,
      reason: `looks like a binary file (${Math.round(controls * 100)}% of the first ${sample} characters are control characters), ${NOT_AN_ARTICLE}`,
    };
  }
  if (decoded.text.trim() === '') {
    return { ok: false, reason: `the file holds only whitespace (${bytes.length} bytes): there is no text to read` };
  }
  return decoded;
}

function decode(bytes: Uint8Array): DecodeResult {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom !== undefined) return strict(bytes, bom.encoding, `the file starts with a ${bom.encoding} byte-order mark but`);
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return strict(bytes, utf16, 'the file looks like UTF-16 (every other byte is zero) but');
  const nuls = countNuls(bytes);
  if (nuls > 0) {
    const label = nuls === 1 ? 'NUL byte' : 'NUL bytes';
    return { ok: false, reason: `looks like a binary file (${nuls.toLocaleString('en-US')} ${label} in the first 64 KB), ${NOT_AN_ARTICLE}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function strict(bytes: Uint8Array, encoding: string, what: string): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: `${what} is not valid ${encoding}: save it again as UTF-8` };
  }
}

/** UTF-16 without a byte-order mark: nearly all high bytes zero, nearly no low bytes zero. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = n / 2;
  if (oddZeros >= 0.9 * units && evenZeros <= 0.05 * units) return 'utf-16le';
  if (evenZeros >= 0.9 * units && oddZeros <= 0.05 * units) return 'utf-16be';
  return null;
}

function countNuls(bytes: Uint8Array): number {
  let nuls = 0;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls++;
  return nuls;
}

/** Share of C0 control characters (tab, line feed, form feed and carriage return excepted) and DEL. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls / n;
}
