import { z } from 'zod';
import type { FurnitureSpan } from '../../contracts/index.js';
import { defineStage } from '../../core/stage.js';
import { findFurniture } from './furniture.js';
import { resolvePublished } from './resolve-published.js';
import { readSourceText } from './source-text.js';
import { linesOf, mergeSpans, trimLine } from './spans.js';
import { firstLineTitle } from './title.js';

export const IngestOptionsSchema = z.strictObject({
  furniture: z.boolean().default(true).describe('mark page furniture (comment forms, share buttons, credits...)'),
});

/**
 * The first stage: the text every offset refers to, the title, the publication date and where it came from,
 * and the page furniture later stages skip.
 */
export default defineStage({
  name: 'ingest',
  description: 'Reads the article text (HTML to text, JSONL lines), its title and publication date, and marks page furniture',
  requires: ['source'],
  assigns: ['text', 'title', 'published', 'publishedSource', 'furniture'],
  options: IngestOptionsSchema,
  run(doc, options, ctx) {
    const { text, htmlTitle, meta, warnings } = readSourceText(doc.source);
    for (const reason of warnings) ctx.report({ ruleId: 'input', severity: 'warning', reason });

    const found = findFurniture(text);
    const choice = resolvePublished(meta.published, text, ctx.run.published);
    for (const message of choice.messages) ctx.report(message);

    const dateLine = choice.dateLine === null ? [] : [lineAround(text, choice.dateLine.start, 'publication date line')];
    return {
      text,
      title: meta.title ?? htmlTitle ?? firstLineTitle(text, found),
      published: choice.published,
      publishedSource: choice.publishedSource,
      furniture: options.furniture ? mergeSpans(text, [...found, ...dateLine]) : [],
    };
  },
});

/** The line (without surrounding spaces) that holds an offset. */
function lineAround(text: string, offset: number, reason: string): FurnitureSpan {
  const line = linesOf(text).map(trimLine).find((l) => l !== null && l.start <= offset && offset < l.end);
  return { start: line?.start ?? offset, end: line?.end ?? offset, reason };
}
