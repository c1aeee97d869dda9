import type { Word } from './words.js';

export interface NameParts {
  /** the name's words without the nickname and its quotes, and without glued hyphens */
  words: Word[];
  /** folded words: ["joaquin", "guzman"] */
  keys: string[];
  /** "Joaquín Guzmán", "Guadalupe Correa-Cabrera" */
  display: string;
  nickname: Word[];
}

/** Split a run into the name proper and its nickname: "Joaquín “El Chapo” Guzmán" → Joaquín Guzmán + El Chapo. */
export function nameParts(words: readonly Word[], from: number, to: number, nickname: { from: number; to: number } | null): NameParts {
  const inNickname = (i: number) => nickname !== null && i >= nickname.from - 1 && i <= nickname.to;
  const nameWords: Word[] = [];
  let display = '';
  let glue = false;
  for (let i = from; i < to; i++) {
    if (inNickname(i)) continue;
    const w = words[i]!;
    if (w.joiner) {
      display += '-';
      glue = true;
      continue;
    }
    display += (display === '' || glue ? '' : ' ') + w.text;
    glue = false;
    nameWords.push(w);
  }
  return {
    words: nameWords,
    keys: nameWords.map((w) => w.key),
    display,
    nickname: nickname ? words.slice(nickname.from, nickname.to).filter((w) => !w.joiner) : [],
  };
}
