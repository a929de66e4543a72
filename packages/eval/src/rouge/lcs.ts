/** Hits and sizes of one LCS comparison, before they become recall and precision. */
export interface LcsCounts {
  /** LCS hits (for the summary level: clipped union-LCS hits). */
  readonly hits: number;
  /** Tokens in the reference. */
  readonly referenceTokens: number;
  /** Tokens in the peer. */
  readonly peerTokens: number;
}

/**
 * Length of the longest common subsequence of two token sequences, in O(|a|·|b|) time and
 * O(|b|) memory.
 */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] = ai === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * Marks, in `mask`, the positions of `reference` that belong to one longest common subsequence
 * with `peer`, choosing the same LCS as ROUGE-1.5.5 (`lcs_inner` + `markLCS`) and Google's
 * rouge-score (`_lcs_ind`): walking back from the end, take the diagonal when the tokens are
 * equal, otherwise move up in the reference when that keeps the longer prefix LCS (ties go up),
 * else left in the peer. Marks are OR-ed into `mask`, which is how the union LCS is built.
 */
export function markLcs(reference: readonly string[], peer: readonly string[], mask: Uint8Array): void {
  const m = reference.length;
  const n = peer.length;
  if (m === 0 || n === 0) return;
  const width = n + 1;
  const table = new Int32Array((m + 1) * width);
  for (let i = 1; i <= m; i++) {
    const ri = reference[i - 1];
    for (let j = 1; j <= n; j++) {
      table[i * width + j] =
        ri === peer[j - 1] ? (table[(i - 1) * width + j - 1] ?? 0) + 1 : Math.max(table[(i - 1) * width + j] ?? 0, table[i * width + j - 1] ?? 0);
    }
  }
  let i = m;
  let j = n;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === peer[j - 1]) {
      i--;
      j--;
      mask[i] = 1;
    } else if ((table[(i - 1) * width + j] ?? 0) >= (table[i * width + j - 1] ?? 0)) {
      i--;
    } else {
      j--;
    }
  }
}

function unigramCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * The unigram tables ROUGE-1.5.5's `computeLCSScore` clips with. They come from `readText`, the
 * same truncated text as ROUGE-N, while the LCS sentences come from `readText_LCS`; the two
 * differ only under a byte limit (see `truncateBytesForLcs`).
 */
export interface LcsClipTokens {
  /** All reference tokens of the clipping text. */
  readonly reference: readonly string[];
  /** All peer tokens of the clipping text; their number is the precision denominator. */
  readonly peer: readonly string[];
}

/**
 * Summary-level LCS (Lin 2004, section 3.2), as ROUGE-1.5.5's `lcs` computes ROUGE-L on
 * sentence-per-line input and Google's rouge-score computes `rougeLsum`: for each reference
 * sentence, the union of its LCS positions with every peer sentence; a marked token is a hit
 * only while both the reference and the peer still have an unused occurrence of it (unigram
 * counts are decremented on each hit, so the hits never exceed the ROUGE-1 matches).
 *
 * @param reference reference sentences, each a token list
 * @param peer peer sentences, each a token list
 * @param clip clipping tokens when they differ from the sentences (default: the sentences' own
 *   tokens); the reference count is always that of `reference`, the peer count that of `clip.peer`
 */
export function summaryLevelLcs(
  reference: readonly (readonly string[])[],
  peer: readonly (readonly string[])[],
  clip: LcsClipTokens = { reference: reference.flat(), peer: peer.flat() },
): LcsCounts {
  const referenceLeft = unigramCounts(clip.reference);
  const peerLeft = unigramCounts(clip.peer);
  let hits = 0;
  let referenceTokens = 0;
  for (const sentence of reference) {
    referenceTokens += sentence.length;
    const mask = new Uint8Array(sentence.length);
    for (const peerSentence of peer) markLcs(sentence, peerSentence, mask);
    sentence.forEach((token, k) => {
      if (mask[k] !== 1) return;
      const r = referenceLeft.get(token) ?? 0;
      const p = peerLeft.get(token) ?? 0;
      if (r > 0 && p > 0) {
        hits++;
        referenceLeft.set(token, r - 1);
        peerLeft.set(token, p - 1);
      }
    });
  }
  return { hits, referenceTokens, peerTokens: clip.peer.length };
}
