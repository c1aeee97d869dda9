/**
 * Output files are written a chunk at a time so that no writer holds a whole file (some are longer than the
 * longest string V8 allows). Generators yield many small pieces (a row, a node, a line); `coalesce` joins them
 * into chunks of about `CHUNK_CHARS`, so the write stream sees a few thousand chunks, not millions.
 */

/** Target chunk length in UTF-16 code units: large enough to keep stream overhead low, small enough to never matter for memory. */
export const CHUNK_CHARS = 64 * 1024;

/**
 * The same text as `[...pieces].join('')`, in chunks of at least `size` characters (the last may be shorter).
 * A chunk is longer than `size` only by its last piece, and no piece is split, so a chunk stays under
 * `size` + the longest piece.
 */
export function* coalesce(pieces: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}

/** The whole text of a chunked writer, for callers (and tests) that want one string. */
export function joinChunks(chunks: Iterable<string>): string {
  return [...chunks].join('');
}
