// Graph nodes for where things came from: the run, the tool, the inputs, articles, outlets and entities.
import type { Article, EntityType } from '../../contracts/index.js';
import { batchKey, type BatchResult } from '../../core/batch.js';
import { date, iri, node, ref, typed, type GraphNode } from './jsonld.js';

export function* runNodes(batch: BatchResult): Generator<GraphNode> {
  const { manifest } = batch;
  const tool = iri.tool(manifest.tool.name, manifest.tool.version);
  // named by the batch's content key, not the random run id, and without times: see batchKey()
  const run = node(iri.run(batchKey(manifest)), 'prov:Activity', {
    'schema:name': `claimgraph run over ${manifest.inputs.length} inputs`,
    'schema:description': 'The run id and its start and end times are in manifest.json.',
    'prov:wasAssociatedWith': ref(tool),
    'cg:pipeline': manifest.pipeline.name,
    'cg:pipelinePath': manifest.pipeline.path,
    'cg:stages': { '@list': manifest.pipeline.stages },
    'prov:used': manifest.inputs.map((_, i) => ref(iri.input(i + 1))),
  });
  const agent = node(tool, ['prov:SoftwareAgent', 'schema:SoftwareApplication'], {
    'schema:name': manifest.tool.name,
    'schema:softwareVersion': manifest.tool.version,
  });
  yield run;
  yield agent;
  for (const [i, input] of manifest.inputs.entries()) {
    yield node(iri.input(i + 1), ['prov:Entity', 'cg:Input'], {
      'cg:path': input.path,
      'cg:line': input.line,
      'cg:sha256': input.sha256,
      'cg:status': input.status,
      'cg:error': input.error,
      'cg:duplicateOf': input.duplicateOf,
      'cg:article': input.article === null ? null : ref(iri.article(input.article)),
    });
  }
}

/** The host of an article's URL, the closest thing to its outlet the batch knows ("www." dropped). */
export function outletHost(article: Article): string | null {
  if (article.url === null) return null;
  try {
    const host = new URL(article.url).hostname.replace(/^www\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/** Position (1-based, as in the input IRIs) of the first input read as each article. */
function inputPositions(batch: BatchResult): Map<string, number> {
  const positions = new Map<string, number>();
  batch.manifest.inputs.forEach((input, i) => {
    if (input.status === 'ok' && input.article !== null && !positions.has(input.article)) positions.set(input.article, i + 1);
  });
  return positions;
}

/** Article nodes, then one outlet node per host in the order first seen. */
export function* articleNodes(batch: BatchResult): Generator<GraphNode> {
  const run = ref(iri.run(batchKey(batch.manifest)));
  const inputs = inputPositions(batch);
  const hosts = new Set<string>();
  for (const article of batch.articles) {
    const input = inputs.get(article.id);
    const host = outletHost(article);
    if (host !== null) hosts.add(host);
    yield node(iri.article(article.id), ['prov:Entity', 'schema:NewsArticle'], {
      'cg:articleId': article.id,
      'cg:path': article.path,
      'cg:line': article.line,
      'cg:sha256': article.sha256,
      'schema:headline': article.title,
      'schema:url': article.url === null ? null : typed(article.url, 'xsd:anyURI'),
      'schema:datePublished': date(article.published),
      'schema:publisher': host === null ? null : ref(iri.outlet(host)),
      'cg:format': article.format,
      'cg:encoding': article.encoding,
      'cg:chars': article.chars,
      'cg:textPath': article.textPath,
      'prov:wasDerivedFrom': input === undefined ? null : ref(iri.input(input)),
      'prov:wasGeneratedBy': run,
    });
  }
  for (const host of hosts) {
    yield node(iri.outlet(host), ['prov:Agent', 'prov:Organization', 'schema:NewsMediaOrganization'], { 'schema:name': host });
  }
}

/** `speaks`: a `prov:Agent`; otherwise `base` (a place is a `prov:Entity`, an operation a `prov:Activity`). */
const ENTITY_CLASSES: Readonly<Record<EntityType, { speaks: boolean; base?: string; classes: string[] }>> = {
  person: { speaks: true, classes: ['prov:Person', 'schema:Person'] },
  official: { speaks: true, classes: ['prov:Person', 'schema:Person'] },
  agency: { speaks: true, classes: ['prov:Organization', 'schema:GovernmentOrganization'] },
  organization: { speaks: true, classes: ['prov:Organization', 'schema:Organization'] },
  cartel: { speaks: true, classes: ['prov:Organization', 'schema:Organization'] },
  country: { speaks: false, classes: ['prov:Location', 'schema:Country'] },
  place: { speaks: false, classes: ['prov:Location', 'schema:Place'] },
  operation: { speaks: false, base: 'prov:Activity', classes: ['schema:Event'] },
};

/** A person, agency or organization can speak, so it is a `prov:Agent`; so is anything a claim is attributed to. */
export function* entityNodes(batch: BatchResult): Generator<GraphNode> {
  const speakers = new Set<string>();
  for (const c of batch.claims) if (c.attribution?.entity) speakers.add(c.attribution.entity);
  for (const entity of batch.entities) {
    const { speaks, base: other, classes } = ENTITY_CLASSES[entity.type];
    const base = speaks || speakers.has(entity.id) ? 'prov:Agent' : (other ?? 'prov:Entity');
    yield node(iri.entity(entity.id), [base, ...classes], {
      'cg:entityId': entity.id,
      'schema:name': entity.name,
      'cg:entityType': entity.type,
      'schema:alternateName': entity.aliases,
      'cg:role': entity.role ?? null,
      'cg:mention': entity.mentions.map((m) => ({
        '@type': 'cg:Mention',
        'cg:article': ref(iri.article(m.article)),
        'cg:start': m.start,
        'cg:end': m.end,
        'cg:text': m.text,
        ...(m.demonym ? { 'cg:demonym': true } : {}),
      })),
    });
  }
}
