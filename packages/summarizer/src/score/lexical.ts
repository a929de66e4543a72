import { ENGLISH_STOPWORDS, TokenTable, tokenIds, tokenize, type TokenIdBuffer } from '@vecsum/embeddings';

/**
 * The words a lexical feature counts in a sentence: lower-cased content words (stopwords and
 * tokens without a letter left out), with a plural or third-person `s` stripped so that
 * "council" and "councils" meet. Deliberately cruder than ROUGE's stemmer: it only has to make
 * word overlap and word frequency agree across sentences of one input.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const w = contentWord(t);
    if (w !== null) out.push(w);
  }
  return out;
}

/** The content word a token counts as, or null (a stopword, or no letter). */
function contentWord(t: string): string | null {
  if (ENGLISH_STOPWORDS.has(t) || !/\p{L}/u.test(t)) return null;
  return t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t;
}

const UNSEEN = -2;
const NONE = new Int32Array(0);
/** The kept token table and content words are dropped (and made again) past this many distinct tokens. */
const KEPT_TOKENS = 1 << 17;

/**
 * What `contentWordIds` keeps between calls, so that a token seen before costs a lookup: the
 * token table (`TokenTable` of @vecsum/embeddings), each token id's content word as a number
 * (-1: none), and those numbers by word. A call numbers the words it meets from 0 in the order
 * it meets them (`local`, valid where `stamp` holds the call's number).
 */
const kept = {
  table: new TokenTable(),
  contentOf: new Int32Array(256).fill(UNSEEN),
  words: new Map<string, number>(),
  local: new Int32Array(256),
  stamp: new Int32Array(256),
  call: 0,
};

/** The kept content-word number of token `id` (-1: not a content word), worked out the first time. */
function keptContentWord(id: number): number {
  if (id >= kept.contentOf.length) {
    const grown = new Int32Array(Math.max(2 * kept.contentOf.length, id + 1)).fill(UNSEEN);
    grown.set(kept.contentOf);
    kept.contentOf = grown;
  }
  let c = kept.contentOf[id]!;
  if (c === UNSEEN) {
    const w = contentWord(kept.table.strings[id]!);
    c = w === null ? -1 : (kept.words.get(w) ?? kept.words.set(w, kept.words.size).size - 1);
    kept.contentOf[id] = c;
    if (c >= kept.local.length) {
      const size = 2 * kept.local.length;
      const local = new Int32Array(size);
      const stamp = new Int32Array(size);
      local.set(kept.local);
      stamp.set(kept.stamp);
      kept.local = local;
      kept.stamp = stamp;
    }
  }
  return c;
}

/**
 * `contentWords` of each text (null: none) as ids, equal ids for equal words, numbered from 0
 * for this call in the order the words are first met: the texts' token ids (`tokenIds` of
 * @vecsum/embeddings, the embedder's scanner), each token's content word worked out once and
 * kept for later calls (made again in every call, they cost 0.385 ms per CNN/DM dev article and
 * 2.52 ms per DUC 2004 cluster; kept, 0.129 and 1.52 ms; mean of 20 passes over the dev records).
 */
export function contentWordIds(texts: readonly (string | null)[]): Int32Array[] {
  if (kept.table.size >= KEPT_TOKENS) {
    kept.table.clear();
    kept.contentOf.fill(UNSEEN);
    kept.words.clear();
  }
  kept.call++;
  if (kept.call === 0x7fffffff) {
    kept.stamp.fill(0);
    kept.call = 1;
  }
  const call = kept.call;
  const buffer: TokenIdBuffer = { ids: new Int32Array(64), count: 0 };
  let next = 0;
  return texts.map((text) => {
    if (text === null) return NONE;
    tokenIds(text, kept.table, buffer);
    const out = new Int32Array(buffer.count);
    let k = 0;
    for (let i = 0; i < buffer.count; i++) {
      const c = keptContentWord(buffer.ids[i]!);
      if (c < 0) continue;
      if (kept.stamp[c] !== call) {
        kept.stamp[c] = call;
        kept.local[c] = next++;
      }
      out[k++] = kept.local[c]!;
    }
    return out.subarray(0, k);
  });
}

/** Above this many candidates, lexical centrality is measured against an evenly spaced sample of them (linear cost). */
export const LEXICAL_SAMPLE = 400;

/** The distinct ids of each list, in first-seen order. */
function distinctIds(words: readonly Int32Array[], seen: Int32Array): Int32Array[] {
  return words.map((ws, s) => {
    const out = new Int32Array(ws.length);
    let k = 0;
    for (const id of ws) {
      if (seen[id] === s + 1) continue;
      seen[id] = s + 1;
      out[k++] = id;
    }
    return out.subarray(0, k);
  });
}

/** One more than the largest id (0 when there is none). */
function idBound(words: readonly Int32Array[]): number {
  let max = -1;
  for (const ws of words) for (const id of ws) if (id > max) max = id;
  return max + 1;
}

/**
 * Word-overlap centrality, the similarity TextRank (Mihalcea & Tarau 2004) and the npm and
 * sumy TextRank summarizers use: sim(a, b) = |words in both| / (log |a| + log |b|), summed over
 * the other candidates and divided by their number (the graph's weighted degree, which ranks
 * sentences like TextRank's PageRank on such dense graphs). Above LEXICAL_SAMPLE candidates
 * the sum runs over an evenly spaced sample, scaled up. Words are `contentWordIds`; each
 * sentence's distinct words are marked in one array, so a pair costs one pass over the other's.
 */
export function lexicalCentrality(words: readonly Int32Array[], candidates: readonly number[]): Float64Array {
  const n = words.length;
  const out = new Float64Array(n);
  const m = candidates.length;
  if (m < 2) return out;
  const bound = idBound(words);
  const sets = distinctIds(words, new Int32Array(bound));
  const mark = new Int32Array(bound);
  const stride = Math.ceil(m / LEXICAL_SAMPLE);
  const ref = candidates.filter((_, k) => k % stride === 0);
  for (const i of candidates) {
    const a = sets[i]!;
    if (a.length === 0) continue;
    for (const id of a) mark[id] = i + 1;
    let sum = 0;
    for (const j of ref) {
      if (j === i) continue;
      const b = sets[j]!;
      if (b.length === 0) continue;
      let common = 0;
      for (const id of b) if (mark[id] === i + 1) common++;
      const denominator = Math.log(a.length + 1) + Math.log(b.length + 1);
      sum += common / denominator;
    }
    out[i] = (sum * stride) / (m - 1);
  }
  return out;
}

/**
 * In-input word frequency of each sentence's content words (`contentWordIds`), relative to the
 * most frequent word (SumBasic's and the frequency summarizers' signal): `mean` over the
 * sentence's words and `sum` (which also grows with length).
 */
export function wordFrequency(words: readonly Int32Array[]): { mean: Float64Array; sum: Float64Array } {
  const tf = new Int32Array(idBound(words));
  for (const ws of words) for (const id of ws) tf[id]!++;
  let top = 1;
  for (const c of tf) if (c > top) top = c;
  const mean = new Float64Array(words.length);
  const sum = new Float64Array(words.length);
  words.forEach((ws, i) => {
    let s = 0;
    for (const id of ws) s += tf[id]! / top;
    sum[i] = s;
    mean[i] = ws.length === 0 ? 0 : s / ws.length;
  });
  return { mean, sum };
}
