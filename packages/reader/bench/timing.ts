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

/** The same for an asynchronous `f` (a PDF read), awaited one call after the other. */
export async function fastestAsync(f: () => Promise<unknown>, runs = 3): Promise<number> {
  let ms = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await f();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}
