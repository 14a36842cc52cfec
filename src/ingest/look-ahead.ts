// Bounded read-ahead over an async source: items are pulled before the consumer asks for them, so
// work they start (an analysis on a thread pool) overlaps, while the consumer still sees them in
// order. The bound keeps a stream of 100,000 records from being read into memory at once.

/**
 * Yields `source`'s items in order, keeping up to `limit` busy items (`busy(item)`, e.g. an analysis
 * under way) and at most 4 × `limit` items of any kind pulled but not yet consumed.
 */
export async function* lookAhead<T>(
  source: AsyncIterator<T>,
  limit: number,
  busy: (item: T) => boolean,
): AsyncGenerator<T> {
  const waiting: T[] = [];
  let busyCount = 0;
  let more = true;
  for (;;) {
    while (more && busyCount < limit && waiting.length < 4 * limit) {
      const next = await source.next();
      if (next.done) more = false;
      else {
        waiting.push(next.value);
        if (busy(next.value)) busyCount++;
      }
    }
    if (!waiting.length) return;
    const head = waiting.shift() as T;
    if (busy(head)) busyCount--;
    yield head;
  }
}
