// Types of wink.mjs, for the TypeScript benches that read the floors in-process (bench/run.ts).
/** wink-nlp readDoc + tokens + sentences with sbd + pos, the annotations the tokenize stage asks for: the strict floor. */
export default function tokenize(texts: readonly string[]): number;
/** The same with wink's default pipeline: the floor. */
export function defaultPipeline(texts: readonly string[]): number;
