/** The reader benches' timer: the fastest of `runs` calls of `f`, in ms, in this process. */
export function fastest(f: () => unknown, runs = 3): number {
  let ms = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}
