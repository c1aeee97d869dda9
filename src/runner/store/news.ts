import type { BatchResult, StoreNews } from '../../core/batch.js';

type Previous = {
  facts: ReadonlyMap<string, { verdict: string }>;
  findings: ReadonlyMap<string, unknown>;
};

/** Findings that set figures against each other (a broken constraint is a fact's own, not a contradiction). */
const CONTRADICTING = new Set(['conflict', 'tension', 'revision', 'official']);

/**
 * What a store's run changed against the store's last reconciliation: the findings that are new, the facts whose
 * verdict moved, and the articles this run added whose figures contradict a fact the store already held. On a
 * store's first run (`since` null) nothing is compared, and the lists stay empty.
 */
export function storeNews(batch: BatchResult, previous: Previous, since: StoreNews['since'], added: ReadonlySet<string>): StoreNews {
  if (since === null) return { since, added: added.size, newFindings: [], verdicts: [], contradicting: [] };
  const newFindings = batch.discrepancies.filter((d) => !previous.findings.has(d.id)).map((d) => d.id);
  const verdicts: StoreNews['verdicts'] = [];
  for (const fact of batch.facts.facts) {
    const was = previous.facts.get(fact.id);
    if (was !== undefined && was.verdict !== fact.verdict) verdicts.push({ fact: fact.id, before: was.verdict, after: fact.verdict });
  }
  const articleOf = new Map(batch.claims.map((c) => [c.id, c.article]));
  const contradicting: StoreNews['contradicting'] = [];
  for (const d of batch.discrepancies) {
    if (!CONTRADICTING.has(d.kind)) continue;
    const established = d.facts.filter((f) => previous.facts.has(f));
    if (established.length === 0) continue;
    const articles = new Set(d.claims.map((c) => articleOf.get(c)).filter((a): a is string => a !== undefined && added.has(a)));
    for (const article of [...articles].sort()) {
      // an article against one fact once, by its most severe finding (discrepancies come most severe first)
      if (!contradicting.some((c) => c.article === article && c.fact === established[0])) contradicting.push({ article, fact: established[0]!, finding: d.id });
    }
  }
  return { since, added: added.size, newFindings, verdicts, contradicting };
}
