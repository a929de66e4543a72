import type { NgramCounts } from './ngrams.js';

/**
 * Counts the skip-bigrams of a token sequence as ROUGE-1.5.5's `createSkipBigram` does for
 * ROUGE-S / ROUGE-SU (`-2 maxGap`, `-u`): every ordered pair `(t[i], t[j])` with
 * `i < j <= i + maxGap + 1` (no gap limit when `maxGap < 0`), over the whole summary (sentence
 * lines are joined first, as for ROUGE-N). With `withUnigrams` (`-u`, the "SU" measures) the
 * unigram `t[i]` is counted too, for every position but the last one: ROUGE's loop runs
 * `for($i=0;$i<$#m_tokens;$i++)`, so the final token never counts as a unigram, and a summary of
 * one token has nothing to count. Keys are the tokens joined by one space (never ambiguous with a
 * unigram key, because tokens contain no spaces), so {@link clippedMatches} clips them.
 *
 * @param tokens ROUGE tokens
 * @param maxGap largest number of tokens allowed between the two words (4 for ROUGE-SU4)
 * @param withUnigrams also count unigrams (`-u`)
 */
export function countSkipBigrams(tokens: readonly string[], maxGap: number, withUnigrams: boolean): NgramCounts {
  const counts = new Map<string, number>();
  const add = (gram: string): void => {
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  };
  let total = 0;
  const last = tokens.length - 1;
  for (let i = 0; i < last; i++) {
    const first = tokens[i] ?? '';
    if (withUnigrams) {
      add(first);
      total++;
    }
    const end = maxGap < 0 ? last : Math.min(last, i + maxGap + 1);
    for (let j = i + 1; j <= end; j++) {
      add(`${first} ${tokens[j] ?? ''}`);
      total++;
    }
  }
  return { counts, total };
}
