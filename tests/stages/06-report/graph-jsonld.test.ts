import { describe, expect, it } from 'vitest';
import { GraphFileSchema } from '../../../src/contracts/index.js';
import { batchKey } from '../../../src/core/batch.js';
import { writeGraphJsonld } from '../../../src/stages/06-report/graph-jsonld.js';
import { emptyBatch, EXPLANATION, ID_A, ID_B, sampleBatch } from './sample-batch.js';

type Node = Record<string, unknown> & { '@id': string; '@type': string | string[] };

function graphOf(out: string): { context: Record<string, unknown>; nodes: Map<string, Node>; list: Node[] } {
  const parsed = GraphFileSchema.parse(JSON.parse(out));
  const list = parsed['@graph'] as Node[];
  return { context: parsed['@context'], nodes: new Map(list.map((n) => [n['@id'], n])), list };
}

/** Every `{"@id": ...}` reference anywhere in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  if (entries.length === 1 && entries[0]?.[0] === '@id') return [String(entries[0][1])];
  return entries.filter(([k]) => k !== '@id').flatMap(([, v]) => refsIn(v));
}

const RUN = `urn:claimgraph:run:${batchKey(sampleBatch().manifest)}`;

describe('graph.jsonld', () => {
  const { context, nodes, list } = graphOf(writeGraphJsonld(sampleBatch()));

  it('declares PROV-O, schema.org, the claimgraph vocabulary and XSD', () => {
    expect(context).toEqual({
      prov: 'http://www.w3.org/ns/prov#', schema: 'https://schema.org/', cg: 'https://claimgraph.dev/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    });
  });

  it('has one node per run, tool, input, article, outlet, entity, claim, fact and discrepancy, with unique ids', () => {
    expect(list).toHaveLength(1 + 1 + 4 + 2 + 1 + 2 + 4 + 2 + 1);
    expect(nodes.size).toBe(list.length);
  });

  it('describes the run as a prov:Activity associated with the tool and version', () => {
    expect(nodes.get(RUN)).toMatchObject({
      '@type': 'prov:Activity',
      'schema:description': 'The run id and its start and end times are in manifest.json.',
      'prov:wasAssociatedWith': { '@id': 'urn:claimgraph:tool:claimgraph:0.1.0' },
    });
    expect(nodes.get('urn:claimgraph:tool:claimgraph:0.1.0')).toEqual({
      '@id': 'urn:claimgraph:tool:claimgraph:0.1.0', '@type': ['prov:SoftwareAgent', 'schema:SoftwareApplication'],
      'schema:name': 'claimgraph', 'schema:softwareVersion': '0.1.0',
    });
    expect(nodes.get('urn:claimgraph:input:3')).toMatchObject({ 'cg:status': 'failed', 'cg:path': 'fixtures/articles/broken.html' });
  });

  it('makes each article a prov:Entity and schema:NewsArticle with path, sha256, title and url', () => {
    expect(nodes.get(`urn:claimgraph:article:${ID_B}`)).toMatchObject({
      '@type': ['prov:Entity', 'schema:NewsArticle'],
      'cg:path': 'fixtures/articles/001_526864c1977376da.txt',
      'cg:sha256': ID_B.repeat(4),
      'schema:headline': 'Fentanyl & "the drug war": <script>alert(1)</script>',
      'schema:url': { '@value': 'https://www.example.com/news/fentanyl?id=1&x=2', '@type': 'xsd:anyURI' },
      'schema:publisher': { '@id': 'urn:claimgraph:outlet:example.com' },
      'prov:wasDerivedFrom': { '@id': 'urn:claimgraph:input:2' },
    });
  });

  it('quotes each claim from its article with offsets, attributed to its speaker or else its article', () => {
    expect(nodes.get('urn:claimgraph:claim:c-a-1')).toMatchObject({
      '@type': ['prov:Entity', 'cg:Claim'],
      'prov:wasQuotedFrom': { '@id': `urn:claimgraph:article:${ID_A}` },
      'cg:start': 54, 'cg:end': 108, 'cg:quote': 'Over 97,000 Americans died from drug overdoses in 2021',
      'cg:value': 97000, 'cg:low': 97000, 'cg:lowInclusive': false, 'cg:plainHigh': 98000, 'cg:hedge': 'over', 'cg:unit': 'count',
      'cg:periodStart': { '@value': '2021-01-01', '@type': 'xsd:date' },
      'prov:wasAttributedTo': { '@id': `urn:claimgraph:article:${ID_A}` },
      'prov:wasGeneratedBy': { '@id': RUN },
      'cg:contradicts': [{ '@id': 'urn:claimgraph:claim:c-b-1' }],
      'cg:mentionOf': [{ '@id': 'urn:claimgraph:fact:f-overdose-2021' }],
    });
    expect(nodes.get('urn:claimgraph:claim:c-a-1')).not.toHaveProperty('cg:high');
    expect(nodes.get('urn:claimgraph:claim:c-b-1')).toMatchObject({
      'prov:wasAttributedTo': { '@id': 'urn:claimgraph:entity:nih' },
      'cg:attributionText': 'according to the National Institutes of Health',
      'cg:statedBy': [{ '@id': 'urn:claimgraph:entity:nih' }],
    });
  });

  it('makes speaking entities prov:Agents and places prov:Entities', () => {
    expect(nodes.get('urn:claimgraph:entity:nih')).toMatchObject({
      '@type': ['prov:Agent', 'prov:Organization', 'schema:GovernmentOrganization'],
      'schema:name': 'National Institutes of Health', 'cg:entityType': 'agency', 'schema:alternateName': ['NIH'],
    });
    expect(nodes.get('urn:claimgraph:entity:us')?.['@type']).toEqual(['prov:Entity', 'prov:Location', 'schema:Country']);
  });

  it('makes an entity a prov:Agent once a claim is attributed to it, and an operation a prov:Activity', () => {
    const batch = sampleBatch();
    batch.claims[0]!.attribution = { entity: 'us', text: 'the US government said' };
    batch.entities.push({ id: 'op', name: 'Operation Last Mile', type: 'operation', aliases: [], mentions: [] });
    const { nodes: n } = graphOf(writeGraphJsonld(batch));
    expect(n.get('urn:claimgraph:entity:us')?.['@type']).toEqual(['prov:Agent', 'prov:Location', 'schema:Country']);
    expect(n.get('urn:claimgraph:entity:op')?.['@type']).toEqual(['prov:Activity', 'schema:Event']);
    expect(n.get('urn:claimgraph:claim:c-a-1')?.['prov:wasAttributedTo']).toEqual({ '@id': 'urn:claimgraph:entity:us' });
  });

  it('derives facts from their claims and ties discrepancies to claims and facts', () => {
    expect(nodes.get('urn:claimgraph:fact:f-fentanyl-2021')).toMatchObject({
      'cg:verdict': 'compatible', 'cg:low': 70000, 'cg:high': 71000,
      'prov:wasDerivedFrom': [{ '@id': 'urn:claimgraph:claim:c-a-2' }, { '@id': 'urn:claimgraph:claim:c-b-2' }],
      'cg:partOf': [{ '@id': 'urn:claimgraph:fact:f-overdose-2021' }],
      'cg:about': [{ '@id': 'urn:claimgraph:entity:us' }],
    });
    expect(nodes.get('urn:claimgraph:discrepancy:d-overdose-2021')).toMatchObject({
      'cg:kind': 'conflict', 'cg:severity': 0.82, 'cg:explanation': EXPLANATION,
      'cg:claim': [{ '@id': 'urn:claimgraph:claim:c-a-1' }, { '@id': 'urn:claimgraph:claim:c-b-1' }],
      'cg:fact': [{ '@id': 'urn:claimgraph:fact:f-overdose-2021' }],
    });
  });

  it('leaves no reference dangling: every @id pointed at is a node of the graph', () => {
    const dangling = list.flatMap((n) => refsIn(n)).filter((id) => !nodes.has(id));
    expect(dangling).toEqual([]);
  });

  it('encodes ids that are not IRI-safe and keeps an edge whose source is unknown as a stub node', () => {
    const batch = sampleBatch();
    batch.claims[0]!.id = 'claim #1/ü';
    batch.facts.edges.push({ type: 'same-event', source: 'ghost', target: 'f-overdose-2021' });
    const { nodes: n } = graphOf(writeGraphJsonld(batch));
    expect(n.has('urn:claimgraph:claim:claim%20%231%2F%C3%BC')).toBe(true);
    expect(n.get('urn:claimgraph:unknown:ghost')).toMatchObject({ 'cg:sameEvent': [{ '@id': 'urn:claimgraph:fact:f-overdose-2021' }] });
  });

  it('writes the run, tool and nothing else for an empty batch', () => {
    const { list: empty } = graphOf(writeGraphJsonld(emptyBatch()));
    expect(empty.map((n) => n['@id'])).toEqual([`urn:claimgraph:run:${batchKey(emptyBatch().manifest)}`, 'urn:claimgraph:tool:claimgraph:0.1.0']);
  });

  it('names the run by content, not by its random id or times, so reruns give the same bytes', () => {
    const batch = sampleBatch();
    const text = writeGraphJsonld(batch);
    expect(text).not.toContain(batch.manifest.runId);
    expect(text).not.toContain(batch.manifest.startedAt);
    const rerun = { ...batch, manifest: { ...batch.manifest, runId: 'another-run', startedAt: '2030-01-01T00:00:00.000Z', finishedAt: '2030-01-01T00:00:01.000Z' } };
    expect(writeGraphJsonld(rerun)).toBe(text);
  });
});

describe('graph.jsonld in chunks', () => {
  it('joins to exactly JSON.stringify(graph, null, 2); a small graph is one chunk', async () => {
    const { graphJsonldChunks } = await import('../../../src/stages/06-report/graph-jsonld.js');
    const { CHUNK_CHARS } = await import('../../../src/stages/06-report/chunks.js');
    for (const batch of [sampleBatch(), emptyBatch()]) {
      const text = writeGraphJsonld(batch);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(text.length).toBeLessThan(CHUNK_CHARS);
      const chunks = [...graphJsonldChunks(batch)];
      expect(chunks).toEqual([text]);
    }
  });
});
