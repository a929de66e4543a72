/**
 * Cost per 1,000 words as the input grows: one text of n words, summarized to 100 words,
 * median CPU ms (user + system of this process, less sensitive than wall time to other load
 * on the machine) of a few runs divided by n / 1000; the wall time beside it. The words come from the given documents in
 * order; past their end they repeat, and every tenth word of a repeat carries the pass number
 * ("river2"), so the repeat is new text rather than duplicates the summarizer would drop.
 */
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { summarize, type SelectorChoice } from '@vecsum/summarizer';
import { median } from '@vecsum/embeddings/math';

export interface Scaled {
  readonly selector: SelectorChoice;
  readonly words: number;
  /** Median wall ms. */
  readonly ms: number;
  /** Median CPU ms per 1,000 words. */
  readonly msPer1k: number;
}

/** A text of exactly `n` words (paragraphs of the source kept where they fall). */
export function textOfWords(documents: readonly string[], n: number): string {
  const source = documents
    .join('\n\n')
    .split(/ +/)
    .filter((w) => w !== '');
  if (source.length === 0) throw new Error('no words to build a text from');
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const pass = Math.floor(i / source.length);
    const w = source[i % source.length]!;
    out[i] = pass > 0 && i % 10 === 0 ? w.replace(/^(\w+)/, `$1${pass + 1}`) : w;
  }
  return out.join(' ');
}

/** Runs per size: more of the small inputs, whose single runs are short and noisy. */
const runsAt = (words: number): number => (words <= 10_000 ? 15 : words <= 100_000 ? 5 : 3);

/**
 * ms per 1,000 words of each selector at each size. The JIT is warmed first (runs at the
 * smallest size until two in a row agree within 10 %, at most 20), since its background
 * compiles count in this process's CPU time; then the sizes are measured in interleaved
 * rounds (each round runs every size that still needs runs), so that a drift of the machine's
 * load or of the heap over the minutes reaches every size alike rather than the last one.
 */
export async function costPerWords(
  embedder: SentenceEmbedder,
  documents: readonly string[],
  sizes: readonly number[],
  selectors: readonly SelectorChoice[],
): Promise<Scaled[]> {
  const texts = new Map(sizes.map((n) => [n, textOfWords(documents, n)] as const));
  const run = async (selector: SelectorChoice, text: string): Promise<{ ms: number; cpu: number }> => {
    const t = performance.now();
    const c = process.cpuUsage();
    await summarize(text, embedder, { budget: { words: 100 }, selector, maxInputChars: 2 * text.length });
    const used = process.cpuUsage(c);
    return { ms: performance.now() - t, cpu: (used.user + used.system) / 1000 };
  };
  const warm = texts.get(Math.min(...sizes))!;
  for (const selector of selectors) {
    let last = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 20; i++) {
      const { cpu } = await run(selector, warm);
      if (i >= 3 && Math.abs(cpu - last) <= 0.1 * last) break;
      last = cpu;
    }
  }
  const times = new Map<string, { ms: number[]; cpu: number[] }>();
  const rounds = Math.max(...sizes.map(runsAt));
  for (let round = 0; round < rounds; round++) {
    for (const words of sizes) {
      if (round >= runsAt(words)) continue;
      for (const selector of selectors) {
        const key = `${selector} ${words}`;
        const entry = times.get(key) ?? { ms: [], cpu: [] };
        times.set(key, entry);
        const { ms, cpu } = await run(selector, texts.get(words)!);
        entry.ms.push(ms);
        entry.cpu.push(cpu);
      }
    }
  }
  return sizes.flatMap((words) =>
    selectors.map((selector) => {
      const { ms, cpu } = times.get(`${selector} ${words}`)!;
      return { selector, words, ms: median(ms), msPer1k: median(cpu) / (words / 1000) };
    }),
  );
}
