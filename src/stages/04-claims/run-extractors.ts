import type { Claim, Sentence } from '../../contracts/index.js';
import type { ArticleView, ClaimDraft, ExtractorDefinition, ExtractorVisitors, FigureClaim } from '../../core/extractor.js';
import { makeFrameReader, type FrameReader } from '../../readers/frame.js';
import { compileLexicon, readMetricLexicon, type MetricLexicon } from '../../readers/metrics.js';
import { contentId } from '../../core/ids.js';
import { interpolate } from '../../core/messages.js';
import type { ReportInput } from '../../core/stage.js';

export interface LoadedExtractor {
  definition: ExtractorDefinition;
  options: unknown;
}

let lexicon: MetricLexicon | undefined;
/** The metric lexicon of data/metrics.json, compiled once a thread. */
function defaultLexicon(): MetricLexicon {
  if (!lexicon) {
    const file = readMetricLexicon();
    lexicon = compileLexicon(file.metrics, file.groups);
  }
  return lexicon;
}

/** After this many crashes in one article an extractor is not called again for that article. */
const MAX_CRASHES_PER_ARTICLE = 3;

/**
 * Each extractor's visitors of the last article, kept alive until the next article's replace them. V8 keeps a
 * function's optimised code only weakly (from the feedback its closures share): when no closure made by an
 * extractor's `create()` is alive at a full garbage collection — between two articles, say — their optimised code
 * is dropped, and the next article runs them unoptimised until they are compiled again. A worker does a full
 * collection every few seconds, so a long batch compiled the numeric-claims extractor's functions ~10 times over.
 */
const lastVisitors = new Map<string, ExtractorVisitors>();

/**
 * Run extractors over one article in text order. An extractor that throws becomes a message at the sentence it
 * was reading (with its name) and the batch goes on; its claims from other sentences are kept.
 */
export function runExtractors(
  view: ArticleView,
  extractors: readonly LoadedExtractor[],
  report: (m: ReportInput & { source?: string }) => void,
): Claim[] {
  const claims = new Map<string, Claim>();
  const sentences = view.sentences.filter((s) => !s.furniture);

  for (const { definition, options } of extractors) {
    const name = definition.name;
    let crashes = 0;
    let current: Sentence | undefined;
    const crashed = (error: unknown, where: string) => {
      crashes++;
      const detail = error instanceof Error ? error.message : String(error);
      report({
        source: name,
        ruleId: 'extractor-crashed',
        severity: 'error',
        reason: `extractor "${name}" threw in ${where}: ${detail}` +
          (crashes >= MAX_CRASHES_PER_ARTICLE ? ` (${crashes} times; not called again for this article)` : ''),
        start: current?.start ?? null,
        end: current?.end ?? null,
      });
    };
    const call = (where: string, fn: () => void) => {
      if (crashes >= MAX_CRASHES_PER_ARTICLE) return;
      try {
        fn();
      } catch (error) {
        crashed(error, where);
      }
    };

    // the frame of figures handed over bare ({quantity}), read with the default metric lexicon, once asked for
    let frames: FrameReader | undefined;
    const frame = (draft: FigureClaim): ClaimDraft => {
      frames ??= makeFrameReader(view, {
        lexicon: defaultLexicon(),
        unresolved: (p) => report({ source: name, ruleId: 'unresolved-period', severity: 'info', reason: `Cannot resolve "${p.text}" to dates: the article has no publication date (pass --published)`, start: p.start, end: p.end }),
      });
      const { quantity, ...given } = draft;
      const sentence = view.sentenceAt(quantity.start) ?? current;
      if (sentence === undefined) throw new Error(`the figure at ${quantity.start}–${quantity.end} lies in no sentence`);
      const framed = frames.read(quantity, sentence, given);
      frames.made(framed, sentence);
      return framed;
    };

    let visitors: ExtractorVisitors = {};
    call('create()', () => {
      visitors = definition.create({
        article: view,
        options: options as never,
        claim: (draft) => addClaim(claims, view, name, 'quantity' in draft ? frame(draft) : draft, current),
        report: ({ messageId, data, start, end, severity }) => {
          const template = definition.meta.messages[messageId];
          if (template === undefined) throw new Error(`unknown messageId "${messageId}": add it to meta.messages`);
          report({ source: name, ruleId: messageId, severity: severity ?? 'warning', reason: interpolate(template, data), start: start ?? current?.start ?? null, end: end ?? current?.end ?? null });
        },
      });
    });
    call('article()', () => visitors.article?.());
    for (const sentence of sentences) {
      current = sentence;
      if (visitors.sentence) call(`sentence ${sentence.index}`, () => visitors.sentence!(sentence));
      if (visitors.quantity) {
        for (const q of view.quantitiesIn(sentence)) call(`quantity "${q.text}"`, () => visitors.quantity!(q, sentence));
      }
    }
    current = undefined;
    call('end()', () => visitors.end?.());
    lastVisitors.set(name, visitors);
  }
  return [...claims.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.valueStart - b.valueStart || (a.extractor < b.extractor ? -1 : a.extractor > b.extractor ? 1 : 0));
}

function addClaim(claims: Map<string, Claim>, view: ArticleView, extractor: string, draft: ClaimDraft, current: Sentence | undefined): void {
  const { text } = view;
  const ok = (n: number) => Number.isInteger(n) && n >= 0 && n <= text.length;
  if (!ok(draft.start) || !ok(draft.end) || draft.end <= draft.start || !ok(draft.valueStart) || !ok(draft.valueEnd)) {
    throw new Error(`claim span ${draft.start}–${draft.end} (value ${draft.valueStart}–${draft.valueEnd}) is outside the text (0–${text.length})`);
  }
  if (text.slice(draft.valueStart, draft.valueEnd) !== draft.valueText) {
    throw new Error(`valueText "${draft.valueText}" is not the text at ${draft.valueStart}–${draft.valueEnd} ("${text.slice(draft.valueStart, draft.valueEnd)}")`);
  }
  const sentence = view.sentenceAt(draft.valueStart) ?? current;
  const id = contentId(view.id, extractor, draft.valueStart, draft.valueEnd, draft.start, draft.end);
  if (claims.has(id)) return;
  claims.set(id, {
    id,
    article: view.id,
    path: view.path,
    ...draft,
    quote: text.slice(draft.start, draft.end),
    sentence: sentence ? { start: sentence.start, end: sentence.end } : { start: draft.start, end: draft.end },
    extractor,
  });
}
