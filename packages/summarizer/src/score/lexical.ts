import { ENGLISH_STOPWORDS, tokenize } from '@vecsum/embeddings';

/**
 * The words a lexical feature counts in a sentence: lower-cased content words (stopwords and
 * tokens without a letter left out), with a plural or third-person `s` stripped so that
 * "council" and "councils" meet. Deliberately cruder than ROUGE's stemmer: it only has to make
 * word overlap and word frequency agree across sentences of one input.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (ENGLISH_STOPWORDS.has(t) || !/\p{L}/u.test(t)) continue;
    out.push(t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);
  }
  return out;
}

/** Above this many candidates, lexical centrality is measured against an evenly spaced sample of them (linear cost). */
export const LEXICAL_SAMPLE = 400;

/**
 * Word-overlap centrality, the similarity TextRank (Mihalcea & Tarau 2004) and the npm and
 * sumy TextRank summarizers use: sim(a, b) = |words in both| / (log |a| + log |b|), summed over
 * the other candidates and divided by their number (the graph's weighted degree, which ranks
 * sentences like TextRank's PageRank on such dense graphs). Above LEXICAL_SAMPLE candidates
 * the sum runs over an evenly spaced sample, scaled up.
 */
export function lexicalCentrality(words: readonly (readonly string[])[], candidates: readonly number[]): Float64Array {
  const n = words.length;
  const out = new Float64Array(n);
  const m = candidates.length;
  if (m < 2) return out;
  const sets = words.map((w) => new Set(w));
  const stride = Math.ceil(m / LEXICAL_SAMPLE);
  const ref = candidates.filter((_, k) => k % stride === 0);
  for (const i of candidates) {
    const a = sets[i]!;
    if (a.size === 0) continue;
    let sum = 0;
    for (const j of ref) {
      if (j === i) continue;
      const b = sets[j]!;
      if (b.size === 0) continue;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let common = 0;
      for (const t of small) if (large.has(t)) common++;
      const denominator = Math.log(a.size + 1) + Math.log(b.size + 1);
      sum += common / denominator;
    }
    out[i] = (sum * stride) / (m - 1);
  }
  return out;
}

/**
 * In-input word frequency of each sentence's content words, relative to the most frequent
 * word (SumBasic's and the frequency summarizers' signal): `mean` over the sentence's words
 * and `sum` (which also grows with length).
 */
export function wordFrequency(words: readonly (readonly string[])[]): { mean: Float64Array; sum: Float64Array } {
  const tf = new Map<string, number>();
  for (const ws of words) for (const t of ws) tf.set(t, (tf.get(t) ?? 0) + 1);
  let top = 1;
  for (const c of tf.values()) if (c > top) top = c;
  const mean = new Float64Array(words.length);
  const sum = new Float64Array(words.length);
  words.forEach((ws, i) => {
    let s = 0;
    for (const t of ws) s += tf.get(t)! / top;
    sum[i] = s;
    mean[i] = ws.length === 0 ? 0 : s / ws.length;
  });
  return { mean, sum };
}
