import { closeSync, openSync, readSync } from 'node:fs';

/** Where each article's text lies in a text pack: its first byte and its length in bytes (UTF-8). */
export type PackIndex = ReadonlyMap<string, readonly [offset: number, bytes: number]>;

/**
 * The texts a run appended one after another to one file (the journal's `texts`, see journal.ts), read back by
 * article id: one open file and one positioned read a text, where reading `texts/<id>.txt` costs an open and a
 * close an article. `close` lets the file go.
 */
export class PackedTexts {
  private fd: number | undefined;

  /** `index`: where each article's text lies; a reader that keeps its own (text-writer.ts) uses `read` */
  constructor(readonly path: string, readonly index: PackIndex = new Map()) {}

  has(id: string): boolean {
    return this.index.has(id);
  }

  get(id: string): string | undefined {
    const at = this.index.get(id);
    return at === undefined ? undefined : this.read(id, at[0], at[1]);
  }

  /** The text of article `id`, `bytes` long from `offset`. */
  read(id: string, offset: number, bytes: number): string {
    this.fd ??= openSync(this.path, 'r');
    const buffer = Buffer.allocUnsafe(bytes);
    let read = 0;
    while (read < bytes) {
      const n = readSync(this.fd, buffer, read, bytes - read, offset + read);
      if (n === 0) throw new Error(`the run's text pack ${this.path} ends before the text of article ${id}; it was cut short or changed while the run went`);
      read += n;
    }
    return buffer.toString('utf8');
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
