/**
 * Work in flight, settled strictly in the order it was started: at most `limit` items and `bytes` of input at once
 * (the oldest is awaited and settled before more is started), so one slow item holds back the later ones but
 * never lets memory grow past the window. The output's order, and so its bytes, never depend on which item
 * finished first.
 */
export class OrderedWindow<T> {
  private readonly inFlight: Array<{ settled: Promise<T[]>; bytes: number }> = [];
  private inFlightBytes = 0;

  constructor(private readonly settle: (item: T) => void, private readonly maxBytes: number) {}

  /** Start tracking work that will settle as `items`, counted as `bytes` of input. */
  push(items: Promise<T[]>, bytes: number): void {
    // a failure is thrown where the item is settled, in order; until then it must not count as unhandled
    items.catch(() => undefined);
    this.inFlight.push({ settled: items, bytes });
    this.inFlightBytes += bytes;
  }

  /** Settle the oldest until at most `n` are in flight (and at most `maxBytes` of them). */
  async drainTo(n: number): Promise<void> {
    while (this.inFlight.length > n || (this.inFlight.length > 1 && this.inFlightBytes > this.maxBytes)) {
      const oldest = this.inFlight.shift()!;
      this.inFlightBytes -= oldest.bytes;
      (await oldest.settled).forEach(this.settle);
    }
  }
}
