import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PackedTexts } from './text-pack.js';
import type { ArticleEntity, Claim, Entity, EntityMention, ManifestInput } from '../contracts/index.js';
import { mentionOf, mentionsByEntity } from '../stages/03-entities/public.js';

/** Where a run appends what it has settled, while it runs; removed once the final files are written. */
export const JOURNAL_DIR = 'in-progress';

/** The journal's files, in `<out>/in-progress/`. */
export const JOURNAL_FILES = {
  /** the run's identity and options, written when it starts */
  run: 'run.json',
  /** one line an input, as in manifest.json's `inputs`, in input order */
  inputs: 'manifest.jsonl',
  /** the claims of each article in input order, as in claims.jsonl but with the article's own entity ids */
  claims: 'claims.jsonl',
  /** one line an entity of an article (entities.jsonl's shape, before the batch merge), in input order */
  entities: 'entities.jsonl',
  /**
   * the extracted texts (HTML and JSONL inputs) one after another, UTF-8, in input order: once processing ends,
   * a thread of its own copies each to texts/<id>.txt (see text-writer.ts)
   */
  texts: 'texts',
} as const;

/** A journal file is written out when this much is pending, or when it was last written this long ago. */
const FLUSH_BYTES = 256 * 1024;
const FLUSH_MS = 200;

/** What an article's result holds that the journal records. */
export interface JournalArticle {
  article: { id: string };
  claims: readonly Claim[];
  mentions: readonly EntityMention[];
  entities: readonly ArticleEntity[];
}

/** One article's lines of the journal's claims.jsonl and entities.jsonl, newline-terminated. */
export interface JournalLines {
  claims: string;
  entities: string;
}

/**
 * The journal lines of one article. Made where the article was processed (a worker thread), so the main thread
 * only appends them; or on the main thread for a result taken from the resume cache. `claimsJson`: the claims
 * already serialised, when the caller has them.
 */
export function journalLines(result: JournalArticle, claimsJson: readonly string[] = result.claims.map((c) => JSON.stringify(c))): JournalLines {
  let claims = '';
  for (const claim of claimsJson) claims += claim + '\n';
  let entities = '';
  for (const entity of articleEntities(result)) entities += JSON.stringify(entity) + '\n';
  return { claims, entities };
}

/** One append-only file, written on the calling thread in large pieces. */
class AppendFile {
  private readonly fd: number;
  private pending: string[] = [];
  private bytes = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  add(lines: string): void {
    if (lines === '') return;
    this.pending.push(lines);
    this.bytes += lines.length;
  }

  get size(): number {
    return this.bytes;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    try {
      writeSync(this.fd, this.pending.join(''));
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      throw Object.assign(new Error(`cannot append to the run's journal ${this.path}: ${(error as Error).message}. Make room on the disk and rerun with --resume: the finished articles are in the resume cache.`), { code, path: this.path });
    }
    this.pending = [];
    this.bytes = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * The run as it goes: each input's fate, each article's claims and entities, appended in input order as they
 * settle (so the files are the same whatever the concurrency), to `<out>/in-progress/`. A research desk can
 * follow a long run there (`tail -f`), and a run that is killed leaves there the record of every input settled
 * up to ~200 ms before it died (only the last line may be cut short). The final files still come from the
 * whole batch at the end — entity ids in claims are the batch-merged ones only then — and `writeBatch`
 * removes the journal once they are written.
 *
 * Written synchronously in pieces of up to 256 KB or every 200 ms: a write a line would cost the main thread,
 * which also feeds the worker pool, three system calls an article.
 */
export class Journal {
  private readonly files: { inputs: AppendFile; claims: AppendFile; entities: AppendFile; texts: AppendFile };
  private lastFlush: number;
  /** where each recorded text lies in the `texts` file */
  private readonly textIndex = new Map<string, readonly [offset: number, bytes: number]>();
  private textBytes = 0;

  private constructor(private readonly dir: string, private readonly clock: () => number) {
    this.files = {
      inputs: new AppendFile(join(dir, JOURNAL_FILES.inputs)),
      claims: new AppendFile(join(dir, JOURNAL_FILES.claims)),
      entities: new AppendFile(join(dir, JOURNAL_FILES.entities)),
      texts: new AppendFile(join(dir, JOURNAL_FILES.texts)),
    };
    this.lastFlush = clock();
  }

  /** Start a journal afresh in `outDir` (an earlier run's is replaced: `--resume` refills it from the cache). */
  static open(outDir: string, run: Record<string, unknown>, clock: () => number = Date.now): Journal {
    const dir = join(outDir, JOURNAL_DIR);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const header = new AppendFile(join(dir, JOURNAL_FILES.run));
    header.add(JSON.stringify(run, null, 2) + '\n');
    header.close();
    return new Journal(dir, clock);
  }

  /**
   * Append one settled input, and for an article that was processed, its claims and entities, and the text its
   * offsets refer to when that text is not a file of the input's own (`text`: see `texts`).
   */
  record(entry: ManifestInput, lines?: JournalLines, text?: { id: string; text: string }): void {
    const { inputs, claims, entities, texts } = this.files;
    inputs.add(JSON.stringify(entry) + '\n');
    if (lines) {
      claims.add(lines.claims);
      entities.add(lines.entities);
    }
    if (text) {
      const bytes = Buffer.byteLength(text.text);
      this.textIndex.set(text.id, [this.textBytes, bytes]);
      this.textBytes += bytes;
      texts.add(text.text);
    }
    const now = this.clock();
    if (now - this.lastFlush >= FLUSH_MS || inputs.size + claims.size + entities.size + texts.size >= FLUSH_BYTES) {
      this.flush();
      this.lastFlush = now;
    }
  }

  flush(): void {
    for (const file of Object.values(this.files)) file.flush();
  }

  close(): void {
    for (const file of Object.values(this.files)) file.close();
  }

  /**
   * The texts recorded, read back by article id (those written out: all, once the journal is closed). So a run
   * appends to one file as articles settle rather than creating one an article on the main thread while the
   * worker threads keep the cores busy; the files of `texts/` are made once processing has ended (text-writer.ts).
   */
  texts(): PackedTexts {
    return new PackedTexts(join(this.dir, JOURNAL_FILES.texts), this.textIndex);
  }
}

/** Remove the journal of `outDir` (the final files now say everything it said). */
export function removeJournal(outDir: string): void {
  rmSync(join(outDir, JOURNAL_DIR), { recursive: true, force: true });
}

/**
 * An article's entities in entities.jsonl's shape, each as the article itself named it (its own id, name, aliases
 * and role), with its mentions in this article sorted by offset; in the entity stage's order.
 */
function articleEntities({ article, mentions, entities }: JournalArticle): Entity[] {
  const byEntity = mentionsByEntity(mentions);
  return entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    role: e.role,
    ...(e.within === undefined ? {} : { within: e.within }),
    mentions: (byEntity.get(e.id) ?? []).map((m) => mentionOf(article.id, m)).sort((a, b) => a.start - b.start),
  }));
}
