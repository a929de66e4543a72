/** Timing helpers of the embeddings benches: one call of `f` timed `runs` times in this process. */

function times(f: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

/** Median ms of `runs` calls. */
export function median(f: () => unknown, runs = 5): number {
  return times(f, runs).sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/** Fastest ms of `runs` calls. */
export function fastest(f: () => unknown, runs = 5): number {
  return Math.min(...times(f, runs));
}
