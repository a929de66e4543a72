/**
 * `pnpm bench`: tokenize and splitSentences stay linear on pathological input (runs of
 * periods, apostrophes, hyphens, abbreviations, URLs). Each input is timed in this process at
 * n, 2n, 4n, 8n and 16n repetitions (fastest of 5 runs, the least disturbed by other work and
 * GC), and the growth exponent is the least-squares slope of log time on log size: 1 is linear,
 * 2 quadratic. Target: every exponent <= 1.7 (exits 1 otherwise). Moved here from wall-clock
 * assertions in the unit tests, which still run the same inputs for their output.
 */
import { splitSentences, tokenize } from '../src/index.js';
import { fastest } from './timing.js';

const TARGET = 1.7;
const SCALES = [1, 2, 4, 8, 16];

/** Least-squares slope of y on x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

type Case = [name: string, f: (s: string) => unknown, piece: string, n: number];
const cases: Case[] = [
  ...['a', 'a.', "a'", 'a-', '1.', 'www.', 'x@', 'a.com.'].map((p): Case => ['tokenize', tokenize, p, Math.round(25_000 / p.length)]),
  ...['a. ', 'Mr. ', '"x." ', 'a', '1. ', 'U.S.', 'a.Bc', '"Why?" He '].map((p): Case => ['splitSentences', splitSentences, p, Math.round(6_000 / p.length)]),
];
console.log(`| function | repeated | n | ms at n | ms at 16n | growth exponent (target <= ${TARGET}) |`);
console.log('|---|---|---:|---:|---:|---:|');
let failed = 0;
for (const [name, f, piece, n] of cases) {
  f(piece.repeat(n)); // warm-up
  const times = SCALES.map((k) => {
    const input = piece.repeat(k * n);
    return fastest(() => f(input));
  });
  const exponent = slope(
    SCALES.map(Math.log),
    times.map((t) => Math.log(Math.max(t, 0.01))),
  );
  if (exponent > TARGET) failed++;
  console.log(
    `| ${name} | \`${JSON.stringify(piece)}\` | ${n} | ${times[0]!.toFixed(2)} | ${times[SCALES.length - 1]!.toFixed(2)} | ` +
      `${exponent.toFixed(2)}${exponent > TARGET ? ' **over**' : ''} |`,
  );
}
if (failed > 0) {
  console.error(`${failed} input(s) grow faster than linear`);
  process.exit(1);
}
