import { describe, expect, it } from 'vitest';
import { firstLineTitle } from '../../../src/stages/01-ingest/title.js';

describe('firstLineTitle', () => {
  it.each([
    ['the first line', 'Mexico hands over drug cartel leaders\n\nBody.', [], 'Mexico hands over drug cartel leaders'],
    ['after blank lines, trimmed', '\n\n  Mexico hands over leaders  \nBody', [], 'Mexico hands over leaders'],
    ['after a furniture line', 'Home » world » X\n\nCartel leaders extradited today\n\nBody', [{ start: 0, end: 16, reason: 'breadcrumb' }], 'Cartel leaders extradited today'],
    ['not a paragraph', `${'word '.repeat(50)}\n\nBody`, [], null],
    ['not a two-word section label', "What's Happening?\nPresident Trump recently led an operation.", [], null],
    ['nothing in a blank text', '  \n ', [], null],
  ])('%s', (_name, text, furniture, title) => {
    expect(firstLineTitle(text, furniture)).toBe(title);
  });

  it('takes a line of 199 characters and refuses one of 200', () => {
    const line = (n: number) => `Three word title${'x'.repeat(n - 16)}`;
    expect(firstLineTitle(line(199), [])).toBe(line(199));
    expect(firstLineTitle(line(200), [])).toBeNull();
  });
});
