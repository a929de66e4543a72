import type { OnProgress } from '@vecsum/embeddings';

/**
 * Progress on stderr: a redrawn bar on a terminal, nothing otherwise (pass `announce` to print
 * one plain line when not a terminal, for long one-off jobs such as building the cache).
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr, announce?: string): OnProgress & { done(): void } {
  const tty = stream.isTTY === true;
  let announced = false;
  let lastDraw = 0;
  const fn = ((e) => {
    if (!tty) {
      if (announce !== undefined && !announced) {
        stream.write(`${announce}\n`);
        announced = true;
      }
      return;
    }
    const now = Date.now();
    if (now - lastDraw < 80 && e.done !== e.total) return;
    lastDraw = now;
    const width = 24;
    const frac = e.total > 0 ? Math.min(1, e.done / e.total) : 0;
    const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
    const count = e.total > 0 ? `${e.done}/${e.total}` : `${e.done}`;
    stream.write(`\r${label} ${e.phase.padEnd(8)} [${bar}] ${count}   `);
  }) as OnProgress & { done(): void };
  fn.done = () => {
    if (tty && lastDraw > 0) stream.write('\n');
  };
  return fn;
}
