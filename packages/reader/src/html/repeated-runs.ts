import { squash } from './dom.js';

/**
 * A run of blocks the text holds twice (round 43, after batch 69's forum threads: Vanilla's "Answers" box and Apple's "Best
 * reply" repeat the accepted reply word for word above the thread, where it is read again in its place): the earlier copy goes,
 * the later one, in the order of the thread, stays. Only runs of some length count (MIN_RUN_WORDS): a short line may be said
 * twice ("Click Save."). Read in threads only (article.ts): there a reply's copy may sit right above the reply (Apple's Developer
 * Forums set the accepted answer's first paragraph over it; round 43, after batch 81).
 */
const MIN_RUN_WORDS = 25;

const key = (line: string): string => squash(line.replace(/^(?:-|\d+\.) /, '')).toLowerCase();
const isHeading = (line: string): boolean => /^#{1,6} /.test(line);
const wordCount = (line: string): number => line.split(/\s+/).filter((w) => w !== '').length;

/** `text` without the earlier copy of each run of blocks (not headings) of MIN_RUN_WORDS words or more that comes again later. */
export function withoutRepeatedRuns(text: string): string {
  const lines = text.split('\n');
  const blocks = lines.map((l, i) => ({ i, k: key(l), heading: isHeading(l) })).filter((b) => b.k !== '' && !b.heading);
  const at = new Map<string, number[]>();
  blocks.forEach((b, n) => at.set(b.k, [...(at.get(b.k) ?? []), n]));
  const drop = new Set<number>();
  for (let n = 0; n < blocks.length; ) {
    let best = 0;
    for (const m of at.get(blocks[n]!.k) ?? []) {
      if (m <= n) continue;
      let len = 0;
      while (n + len < m && m + len < blocks.length && blocks[n + len]!.k === blocks[m + len]!.k) len++;
      best = Math.max(best, len);
    }
    const words = blocks.slice(n, n + best).reduce((a, b) => a + wordCount(b.k), 0);
    if (best > 0 && words >= MIN_RUN_WORDS) {
      for (const b of blocks.slice(n, n + best)) drop.add(b.i);
      n += best;
    } else n++;
  }
  if (drop.size === 0) return text;
  return lines
    .filter((_, i) => !drop.has(i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}
