import type { BatchObserver } from '../core/pipeline.js';

/**
 * A batch's clock, shared between the worker that runs it and the main thread that times it out: which article
 * of the batch a stage is working on now, since when, and how long each article has been worked on so far. Only
 * an article's own processing counts — not the time the batch waited in the pool's queue, nor a worker's start,
 * nor the other articles of its batch — so a slow article is stopped after the timeout once, and the articles
 * queued behind it or batched with it are not charged for it.
 *
 * Layout of the shared memory: an Int32 slot with the index of the article being worked on (-1 for none), then
 * Float64 slots: when that work started (ms since the epoch, comparable across threads), and each article's time
 * so far (ms).
 */
const INDEX_BYTES = 8; // the Int32 index, padded so the Float64 slots are aligned

export class Board {
  private readonly current: Int32Array;
  private readonly times: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.current = new Int32Array(buffer, 0, 1);
    this.times = new Float64Array(buffer, INDEX_BYTES);
  }

  /** A board for a batch of `articles`, with nothing worked on yet. */
  static create(articles: number): Board {
    const board = new Board(new SharedArrayBuffer(INDEX_BYTES + 8 * (1 + articles)));
    Atomics.store(board.current, 0, -1);
    return board;
  }

  /** The article being worked on and how long it has been worked on in all at `now`, or null. */
  running(now: number): { article: number; ms: number } | null {
    const article = Atomics.load(this.current, 0);
    if (article < 0) return null;
    return { article, ms: this.times[1 + article]! + Math.max(0, now - this.times[0]!) };
  }

  /** The worker's side: an observer of the batch that keeps the board. */
  observer(clock: () => number = wallClock): BatchObserver {
    return {
      enter: (article) => {
        this.times[0] = clock();
        Atomics.store(this.current, 0, article);
      },
      leave: (article) => {
        Atomics.store(this.current, 0, -1);
        this.times[1 + article] = this.times[1 + article]! + (clock() - this.times[0]!);
      },
    };
  }
}

/** Milliseconds since the epoch, to sub-millisecond precision, the same on every thread. */
export function wallClock(): number {
  return performance.timeOrigin + performance.now();
}
