// Graph nodes for what the run found: claims (quoted from articles), facts and discrepancies.
import type { Claim, Period } from '../../contracts/index.js';
import { batchKey, type BatchResult } from '../../core/batch.js';
import { date, iri, node, ref, type GraphNode, type Json } from './jsonld.js';
import { bySeverity } from './order.js';

function periodProperties(period: Period | null): Record<string, Json | undefined> {
  return {
    'cg:periodStart': date(period?.start),
    'cg:periodEnd': date(period?.end),
    'cg:periodText': period?.text ?? null,
  };
}

/** Who a claim is attributed to: its speaker when known, else the article that printed it. */
function attributedTo(claim: Claim): string {
  const speaker = claim.attribution?.entity ?? null;
  return speaker === null ? iri.article(claim.article) : iri.entity(speaker);
}

/** One node a claim, made as it is written: the graph never holds every claim node at once. */
export function* claimNodes(batch: BatchResult): Generator<GraphNode> {
  const run = ref(iri.run(batchKey(batch.manifest)));
  for (const claim of batch.claims) {
    yield node(iri.claim(claim.id), ['prov:Entity', 'cg:Claim'], {
      'cg:claimId': claim.id,
      'prov:wasQuotedFrom': ref(iri.article(claim.article)),
      'cg:path': claim.path,
      'cg:start': claim.start,
      'cg:end': claim.end,
      'cg:quote': claim.quote,
      'cg:sentenceStart': claim.sentence.start,
      'cg:sentenceEnd': claim.sentence.end,
      'cg:valueText': claim.valueText,
      'cg:value': claim.value,
      'cg:low': claim.low,
      'cg:high': claim.high,
      'cg:lowInclusive': claim.lowInclusive,
      'cg:highInclusive': claim.highInclusive,
      'cg:plainLow': claim.plain?.low ?? null,
      'cg:plainHigh': claim.plain?.high ?? null,
      'cg:plainLowInclusive': claim.plain?.lowInclusive ?? null,
      'cg:plainHighInclusive': claim.plain?.highInclusive ?? null,
      'cg:hedge': claim.hedge,
      'cg:unit': claim.unit,
      'cg:dimension': claim.dimension,
      'cg:direction': claim.direction,
      'cg:per': claim.per,
      'cg:counted': claim.counted,
      'cg:metric': claim.metric,
      'cg:place': claim.place === null ? null : ref(iri.entity(claim.place)),
      ...periodProperties(claim.period),
      'cg:attributionText': claim.attribution?.text ?? null,
      'prov:wasAttributedTo': ref(attributedTo(claim)),
      'schema:mentions': claim.entities.map((e) => ref(iri.entity(e))),
      'cg:extractor': claim.extractor,
      'cg:confidence': claim.confidence,
      'cg:reason': claim.reason,
      'prov:wasGeneratedBy': run,
    });
  }
}

export function* factNodes(batch: BatchResult): Generator<GraphNode> {
  const run = ref(iri.run(batchKey(batch.manifest)));
  for (const fact of batch.facts.facts) {
    yield node(iri.fact(fact.id), ['prov:Entity', 'cg:Fact'], {
      'cg:factId': fact.id,
      'cg:metric': fact.metric,
      'cg:place': fact.place === null ? null : ref(iri.entity(fact.place)),
      ...periodProperties(fact.period),
      'cg:low': fact.interval.low,
      'cg:high': fact.interval.high,
      'cg:unit': fact.unit,
      'cg:verdict': fact.verdict,
      'cg:explanation': fact.explanation,
      'prov:wasDerivedFrom': fact.claims.map((c) => ref(iri.claim(c))),
      'prov:wasGeneratedBy': run,
    });
  }
}

export function* discrepancyNodes(batch: BatchResult): Generator<GraphNode> {
  const run = ref(iri.run(batchKey(batch.manifest)));
  for (const d of bySeverity(batch.discrepancies)) {
    yield node(iri.discrepancy(d.id), ['prov:Entity', 'cg:Discrepancy'], {
      'cg:discrepancyId': d.id,
      'cg:kind': d.kind,
      'cg:severity': d.severity,
      'cg:claim': d.claims.map((c) => ref(iri.claim(c))),
      'cg:fact': d.facts.map((f) => ref(iri.fact(f))),
      'cg:explanation': d.explanation,
      'prov:wasDerivedFrom': [...d.claims.map((c) => ref(iri.claim(c))), ...d.facts.map((f) => ref(iri.fact(f)))],
      'prov:wasGeneratedBy': run,
    });
  }
}
