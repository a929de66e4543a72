import { PairTable } from './pair-table.js';
import { ENGLISH_STOPWORDS, porterStem, TokenTable, tokenIds, type Sentence, type TokenIdBuffer } from '@vecsum/embeddings';

/**
 * A concept (Gillick & Favre 2009, the ICSI summarizer): two adjacent stemmed words, not both
 * stopwords, that at least this many of the input's documents use (all of them when it has
 * fewer). What several reports of one event share is what a summary of them must cover.
 */
export const CONCEPT_MIN_DOCUMENTS = 3;

/** The concepts of one input and where they occur. */
export interface SharedConcepts {
  /** Distinct concepts of each sentence (empty for non-candidates and sentences without one). */
  readonly of: readonly Int32Array[];
  /** Weight of each concept: how many documents use it. */
  readonly weight: Int32Array;
  /** The sentences holding each concept: `sentences.subarray(start[c], start[c + 1])`. */
  readonly start: Int32Array;
  readonly sentences: Int32Array;
  /** The words of a concept as first met, e.g. "river level" (for explanations). */
  text(concept: number): string;
}

const UNSEEN = -2;
/** The kept tables are dropped (and made again) past this many distinct tokens. */
const KEPT_TOKENS = 1 << 17;

/**
 * Per token id of the kept table: its stem as a number (-1: no letter or digit) and whether
 * it is a stopword. Kept between calls, as the lexical features keep theirs: a stem costs
 * about 0.6 microseconds, a lookup nothing.
 */
const kept = { table: new TokenTable(), stemOf: new Int32Array(256).fill(UNSEEN), stop: new Uint8Array(256), stems: new Map<string, number>() };

function stemOf(id: number): number {
  if (id >= kept.stemOf.length) {
    const size = Math.max(2 * kept.stemOf.length, id + 1);
    const stems = new Int32Array(size).fill(UNSEEN);
    stems.set(kept.stemOf);
    const stop = new Uint8Array(size);
    stop.set(kept.stop);
    kept.stemOf = stems;
    kept.stop = stop;
  }
  let s = kept.stemOf[id]!;
  if (s === UNSEEN) {
    // as ROUGE reads a token: lower case letters and digits only, stemmed from four characters
    const word = kept.table.strings[id]!.replace(/[^\p{L}\p{N}]+/gu, '');
    const stem = word.length > 3 ? porterStem(word) : word;
    s = word === '' ? -1 : (kept.stems.get(stem) ?? kept.stems.set(stem, kept.stems.size).size - 1);
    kept.stemOf[id] = s;
    kept.stop[id] = ENGLISH_STOPWORDS.has(word) ? 1 : 0;
  }
  return s;
}

/** Concept numbers (stem pairs, `table`) of one sentence into `out`, the token ids of each pair's words into `firsts`. */
function pairsOf(text: string, buffer: TokenIdBuffer, table: PairTable, out: number[], firsts: number[]): void {
  tokenIds(text, kept.table, buffer);
  out.length = 0;
  firsts.length = 0;
  let prev = -1;
  let prevId = -1;
  for (let k = 0; k < buffer.count; k++) {
    const id = buffer.ids[k]!;
    const s = stemOf(id);
    if (s < 0) continue;
    if (prev >= 0 && (kept.stop[prevId] === 0 || kept.stop[id] === 0)) {
      out.push(table.id(prev, s));
      firsts.push(prevId, id);
    }
    prev = s;
    prevId = id;
  }
}

/**
 * The concepts the candidates share across documents: every stem pair of a candidate, kept
 * when at least min(CONCEPT_MIN_DOCUMENTS, documents) documents use it, weighted by how many do.
 * Linear in the input's tokens (about 0.5 ms per DUC 2004 cluster once its words are stemmed).
 */
export function sharedConcepts(sentences: readonly Sentence[], eligible: readonly boolean[], documents: number): SharedConcepts {
  if (kept.table.size >= KEPT_TOKENS) {
    kept.table.clear();
    kept.stemOf.fill(UNSEEN);
    kept.stems.clear();
  }
  let words = 0;
  for (const s of sentences) if (eligible[s.index] === true) words += s.words;
  const table = new PairTable(words);
  const seen: Seen = { lastDoc: [], lastSentence: [], docs: [], words: [] };
  const raw: number[][] = [];
  const buffer: TokenIdBuffer = { ids: new Int32Array(64), count: 0 };
  const pairs: number[] = [];
  const firsts: number[] = [];
  for (const s of sentences) {
    const local: number[] = [];
    raw.push(local);
    if (eligible[s.index] !== true) continue;
    pairsOf(s.text, buffer, table, pairs, firsts);
    for (let k = 0; k < pairs.length; k++) {
      const c = pairs[k]!;
      if (c === seen.docs.length) {
        seen.lastDoc.push(-1);
        seen.lastSentence.push(-1);
        seen.docs.push(0);
        seen.words.push(firsts[2 * k]!, firsts[2 * k + 1]!);
      }
      if (seen.lastDoc[c] !== s.docIndex) {
        seen.lastDoc[c] = s.docIndex;
        seen.docs[c]!++;
      }
      if (seen.lastSentence[c] !== s.index) {
        seen.lastSentence[c] = s.index;
        local.push(c);
      }
    }
  }
  return index(raw, seen, Math.min(CONCEPT_MIN_DOCUMENTS, Math.max(1, documents)));
}

/** Per concept met in one call: the last document and sentence it was counted in, its document count and first words' token ids. */
interface Seen {
  readonly lastDoc: number[];
  readonly lastSentence: number[];
  readonly docs: number[];
  readonly words: number[];
}

/** Keeps the concepts used by enough documents, renumbered, with their postings. */
function index(raw: readonly number[][], seen: Seen, minDocuments: number): SharedConcepts {
  const { docs, words } = seen;
  const strings = kept.table.strings;
  const renumber = new Int32Array(docs.length).fill(-1);
  const chosen: number[] = [];
  docs.forEach((d, c) => {
    if (d >= minDocuments) renumber[c] = chosen.push(c) - 1;
  });
  const of = raw.map((cs) => Int32Array.from(cs.map((c) => renumber[c]!).filter((c) => c >= 0)));
  const start = new Int32Array(chosen.length + 1);
  for (const cs of of) for (const c of cs) start[c + 1]!++;
  for (let c = 0; c < chosen.length; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const fill = start.slice(0, chosen.length);
  const sentences = new Int32Array(start[chosen.length]!);
  of.forEach((cs, i) => {
    for (const c of cs) sentences[fill[c]!++] = i;
  });
  return {
    of,
    weight: Int32Array.from(chosen.map((c) => docs[c]!)),
    start,
    sentences,
    text: (c) => `${strings[words[2 * chosen[c]!]!]} ${strings[words[2 * chosen[c]! + 1]!]}`,
  };
}
