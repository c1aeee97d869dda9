import { z } from 'zod';

/** A token from wink-nlp, with offsets rebuilt into the original text. */
export const TokenSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().describe('text.slice(start, end)'),
  type: z.string().describe('wink-nlp token type: word, number, punctuation, symbol, currency, url, email, ...'),
  pos: z.string().describe('universal part-of-speech tag from wink-nlp'),
  sentence: z.number().int().nonnegative().describe('index of the sentence the token belongs to'),
});
export type Token = z.infer<typeof TokenSchema>;

export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  firstToken: z.number().int().nonnegative(),
  lastToken: z.number().int().nonnegative().describe('inclusive'),
  furniture: z.boolean().describe('true when the sentence lies inside page furniture; later stages skip it'),
});
export type Sentence = z.infer<typeof SentenceSchema>;
