/**
 * Cost per 1,000 words as the input grows: one text of n words, summarized to 100 words,
 * median CPU ms (user + system of this process, less sensitive than wall time to other load
 * on the machine) of a few runs divided by n / 1000; the wall time beside it. The words come from the given documents in
 * order; past their end they repeat, and every tenth word of a repeat carries the pass number
 * ("river2"), so the repeat is new text rather than duplicates the summarizer would drop.
 */
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { summarize, type SelectorChoice } from '@vecsum/summarizer';

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

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** ms per 1,000 words of each selector at each size (runs: 5 up to 10k words, 3 up to 100k, then 1). */
export async function costPerWords(
  embedder: SentenceEmbedder,
  documents: readonly string[],
  sizes: readonly number[],
  selectors: readonly SelectorChoice[],
): Promise<Scaled[]> {
  const out: Scaled[] = [];
  // warm-up: the JIT compiles on background threads, whose CPU time would count in the first size
  const warm = textOfWords(documents, Math.min(...sizes));
  for (const selector of selectors) for (let i = 0; i < 3; i++) await summarize(warm, embedder, { budget: { words: 100 }, selector });
  for (const words of sizes) {
    const text = textOfWords(documents, words);
    const runs = words <= 10_000 ? 5 : words <= 100_000 ? 3 : 1;
    for (const selector of selectors) {
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const c = process.cpuUsage();
        await summarize(text, embedder, { budget: { words: 100 }, selector, maxInputChars: 2 * text.length });
        const used = process.cpuUsage(c);
        times.push(performance.now() - t);
        cpu.push((used.user + used.system) / 1000);
      }
      out.push({ selector, words, ms: median(times), msPer1k: median(cpu) / (words / 1000) });
    }
  }
  return out;
}
