import type { Article, Claim, Discrepancy, Entity, FactsFile, Manifest, ManifestInput } from '../contracts/index.js';
import { contentId } from './ids.js';

/**
 * Everything a run produced, in deterministic order, as the cross-article stages (reconcile, report) see it.
 * `texts` gives an article's text (the one offsets refer to) by article id.
 */
export interface BatchResult {
  manifest: Manifest;
  articles: Article[];
  claims: Claim[];
  entities: Entity[];
  facts: FactsFile;
  discrepancies: Discrepancy[];
  texts: TextSource;
  /** a run into a desk store: what changed since the store's last run (the reports lead with it) */
  news?: StoreNews;
}

/** What a run into a desk store changed against the store's last reconciliation. */
export interface StoreNews {
  /** the run compared with; null on a store's first run */
  since: { runId: string; at: string } | null;
  /** articles this run added to the store */
  added: number;
  /** ids of discrepancies the last reconciliation did not have */
  newFindings: string[];
  /** facts the store held whose verdict moved */
  verdicts: Array<{ fact: string; before: string; after: string }>;
  /** an article this run added whose figure contradicts a fact the store held, and the finding that says so */
  contradicting: Array<{ article: string; fact: string; finding: string }>;
}

/**
 * The text offsets refer to, by article id. A Map in tests; in a run, the runner reads each text back from disk
 * when asked (its text pack, texts/<id>.txt, or the input file itself), so a batch never holds every article's
 * text at once.
 * Callers that need many texts should ask in article order: the runner's source keeps the last one read.
 */
export interface TextSource {
  get(article: string): string | undefined;
  /**
   * For a source that writes the extracted texts to their articles' `textPath` files itself (the runner's):
   * resolves once they are written, and lets go of what reading holds open. `writeBatch` awaits it.
   */
  finish?(): Promise<void>;
}

/**
 * A content-derived key for a batch: the same inputs, pipeline and tool version give the same key. Reports and
 * the graph name the run by this key (not by the manifest's random run id or its times), so that running twice
 * on the same input gives byte-identical files apart from manifest.json.
 */
export function batchKey(manifest: Manifest): string {
  return contentId(
    manifest.tool.version, manifest.pipeline.name, manifest.pipeline.stages.join(','), manifest.options.published ?? '',
    ...manifest.inputs.map((i) => `${i.path}:${i.line ?? ''}:${i.sha256 ?? ''}:${i.status}`),
  );
}

/** "fixtures/a.jsonl:3" for an input inside a JSON-lines file, the path alone otherwise. */
export function inputPlace(input: Pick<ManifestInput, 'path' | 'line'>): string {
  return input.line === null ? input.path : `${input.path}:${input.line}`;
}
