import { squash } from './dom.js';

/**
 * A run of blocks the text holds twice (round 43, after batch 69's forum threads: Vanilla's "Answers" box and Apple's "Best
 * reply" repeat the accepted reply word for word above the thread, where it is read again in its place): the earlier copy goes,
 * the later one, in the order of the thread, stays. Only runs of some length count (MIN_RUN_WORDS): a short line may be said
 * twice ("Click Save."). Read in threads only (article.ts): there a reply's copy may sit right above the reply (Apple's Developer
 * Forums set the accepted answer's first paragraph over it; round 43, after batch 81).
 */
const MIN_RUN_WORDS = 25;
/** A copy is a reply or two: a run is followed this far at most (the work stays linear in the text). */
const RUN_MAX_BLOCKS = 200;

const key = (line: string): string => squash(line.replace(/^(?:-|\d+\.) /, '')).toLowerCase();
const isHeading = (line: string): boolean => /^#{1,6} /.test(line);
const wordCount = (line: string): number => line.split(/\s+/).filter((w) => w !== '').length;

/** `text` without the earlier copy of each run of blocks (not headings) of MIN_RUN_WORDS words or more that comes again later. */
export function withoutRepeatedRuns(text: string): string {
  const lines = text.split('\n');
  const blocks = lines.map((l, i) => ({ i, k: key(l), heading: isHeading(l) })).filter((b) => b.k !== '' && !b.heading);
  // the next block with the same words, for each block (one pass from the end: linear, whatever a spam thread repeats)
  const next = new Array<number>(blocks.length).fill(-1);
  const seen = new Map<string, number>();
  for (let n = blocks.length - 1; n >= 0; n--) {
    const k = blocks[n]!.k;
    next[n] = seen.get(k) ?? -1;
    seen.set(k, n);
  }
  const drop = new Set<number>();
  for (let n = 0; n < blocks.length; ) {
    const m = next[n]!;
    let [len, words] = [0, 0];
    while (m > n && len < RUN_MAX_BLOCKS && n + len < m && m + len < blocks.length && blocks[n + len]!.k === blocks[m + len]!.k) {
      words += wordCount(blocks[n + len]!.k);
      len++;
    }
    if (len > 0 && words >= MIN_RUN_WORDS) {
      for (const b of blocks.slice(n, n + len)) drop.add(b.i);
      n += len;
    } else n++;
  }
  if (drop.size === 0) return text;
  return lines
    .filter((_, i) => !drop.has(i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}
