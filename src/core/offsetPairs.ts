/**
 * Pairs of offsets (`start, end, start, end, …`) in a typed array that grows as they come: for
 * scanners that find a span every few characters on some input, where an object or an array
 * per span cost several times the scan (`quotes.ts`, `sources/plain.ts`).
 */
export class OffsetPairs {
  at = new Int32Array(64);
  /** How many pairs. */
  count = 0;
  push(start: number, end: number): void {
    if (2 * this.count + 2 > this.at.length) {
      const bigger = new Int32Array(this.at.length * 2);
      bigger.set(this.at);
      this.at = bigger;
    }
    this.at[2 * this.count] = start;
    this.at[2 * this.count + 1] = end;
    this.count++;
  }
  /** The pairs found, flat: a view, not a copy. */
  flat(): Int32Array {
    return this.at.subarray(0, 2 * this.count);
  }
}
