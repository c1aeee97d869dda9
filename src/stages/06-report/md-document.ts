/**
 * A Markdown document assembled a block of lines at a time, with the same bytes as joining every line with
 * `\n`, collapsing runs of blank lines to one, trimming the end and adding one final newline — the way the
 * report was built as one string. Blocks end with '' lines freely; the tidying takes care of doubled blanks.
 */
export function* markdownDocument(blocks: Iterable<readonly string[]>): Generator<string> {
  yield* tidy(joinedLines(blocks));
}

/** `lines.join('\n')` over every block's lines, one block a piece. */
function* joinedLines(blocks: Iterable<readonly string[]>): Generator<string> {
  let first = true;
  for (const block of blocks) {
    if (block.length === 0) continue;
    yield (first ? '' : '\n') + block.join('\n');
    first = false;
  }
}

/** Index where the run of whitespace (as `trimEnd` counts it) that ends `text` starts. */
function trailingSpace(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return i;
}

/**
 * `text.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n'` for text given in pieces. Each piece's trailing whitespace
 * is held back until text follows it (or dropped at the end, as trimEnd would), so a run of newlines is always
 * seen whole: what is emitted ends with a non-space character, so no run crosses it.
 */
function* tidy(pieces: Iterable<string>): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    const text = pending + piece;
    const cut = trailingSpace(text);
    pending = text.slice(cut);
    if (cut > 0) yield text.slice(0, cut).replace(/\n{3,}/g, '\n\n');
  }
  yield '\n';
}
