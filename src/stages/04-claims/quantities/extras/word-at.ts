import { near, type Tok } from '../tokenize.js';

/** The word right after token `i` on the same line, if token `after` is one. */
export function wordAt(text: string, toks: readonly Tok[], i: number, after: number): Tok | undefined {
  const t = toks[after];
  return t && t.kind === 'w' && near(text, toks[i], t) ? t : undefined;
}
