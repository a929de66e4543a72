import { commonComponentFor, type WordVectors } from '@vecsum/embeddings';
import { norm, normalize, removeProjection } from '@vecsum/embeddings/math';
import { DEFAULT_VOCABULARY } from './vocabulary.js';
import { tagVocabulary, type WordTag } from './word-tags.js';

const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** A syntactic atom: a named unit direction, orthonormal to the other syntactic atoms. */
export interface SyntacticAtom {
  readonly name: string;
  readonly vector: Float32Array;
  /** How it was made (for the report). */
  readonly from?: string;
}

const POS_NAMES = { NOUN: 'nouns', VERB: 'verbs', ADJ: 'adjectives', ADV: 'adverbs', PROPN: 'proper nouns', NUM: 'number words' } as const;

function meanOf(vectors: WordVectors, rows: readonly number[]): Float32Array {
  const m = new Float32Array(vectors.dimensions);
  for (const r of rows) {
    const v = vectors.row(r);
    for (let j = 0; j < m.length; j++) m[j] = m[j]! + v[j]! / rows.length;
  }
  return m;
}

function meanDifference(vectors: WordVectors, pairs: readonly (readonly [number, number])[]): Float32Array {
  const m = new Float32Array(vectors.dimensions);
  for (const [a, b] of pairs) {
    const va = vectors.row(a);
    const vb = vectors.row(b);
    for (let j = 0; j < m.length; j++) m[j] = m[j]! + (va[j]! - vb[j]!) / pairs.length;
  }
  return m;
}

/** Gram-Schmidt: each atom minus its projections on the earlier ones, normalised; near-dependent atoms dropped. */
export function orthonormalise(raw: readonly { name: string; vector: ArrayLike<number>; from?: string }[]): SyntacticAtom[] {
  const out: SyntacticAtom[] = [];
  for (const { name, vector, from } of raw) {
    const v = Float32Array.from(vector);
    const before = norm(v);
    for (const prev of out) removeProjection(v, prev.vector);
    if (before === 0 || norm(v) < 1e-3 * before) continue;
    out.push({ name, vector: normalize(v), ...(from === undefined ? {} : { from }) });
  }
  return out;
}

/**
 * Syntactic atoms (paper 2, section 2.2) from what a lower-cased GloVe table and a tagger
 * offer: C0 (the Arora common component, paper 2's first principal component); POS means
 * (mean vector of the nouns, verbs, adjectives, adverbs, proper nouns and number words
 * among the tagged frequent words); mean pair differences for
 * PLURAL (plural - singular), PAST-TENSE (past - base) and PARTICIPLE (-ing form - base) over
 * the pairs the tagger finds. Gram-Schmidt in that order. CAPITALIZATION cannot be made: the
 * table is lower case. Without `tagged` the vocabulary is tagged here (slow; the same atoms
 * as the dictionary build); prefer the atoms of a loaded dictionary.
 */
export function syntacticAtoms(vectors: WordVectors, tagged?: ReadonlyMap<number, WordTag> | null, vocabulary = DEFAULT_VOCABULARY): SyntacticAtom[] {
  // no tags given: tag here (deterministic, so the atoms equal those of `buildWordDictionary`); null: no POS atoms
  const tags = tagged === null ? undefined : (tagged ?? tagVocabulary(vectors, vocabulary));
  const raw: { name: string; vector: ArrayLike<number>; from: string }[] = [];
  const c0 = commonComponentFor(vectors.name, vectors.dimensions);
  if (c0 !== undefined) raw.push({ name: 'C0', vector: c0, from: 'Arora common component' });
  const top = Math.min(vocabulary, vectors.size);
  if (tags !== undefined && tags.size > 0) {
    const byPos = new Map<string, number[]>();
    for (const [r, t] of tags) {
      const list = byPos.get(t.pos) ?? [];
      list.push(r);
      byPos.set(t.pos, list);
    }
    for (const pos of ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM'] as const) {
      const rows = byPos.get(pos) ?? [];
      if (rows.length >= 20) raw.push({ name: `POS-${pos}`, vector: meanOf(vectors, rows), from: `mean of ${rows.length} ${POS_NAMES[pos]}` });
    }
  }
  if (tags === undefined || ![...tags.values()].some((t) => t.pos === 'NUM')) {
    // without tags: numerals in digits, where the table has them
    const numbers: number[] = [];
    for (let r = 0; r < top; r++) if (NUMBER.test(vectors.word(r))) numbers.push(r);
    if (numbers.length >= 20) raw.push({ name: 'POS-NUM', vector: meanOf(vectors, numbers), from: `mean of ${numbers.length} numbers` });
  }
  if (tags !== undefined) {
    const pairs: Record<'PLURAL' | 'PAST' | 'GERUND', [number, number][]> = { PLURAL: [], PAST: [], GERUND: [] };
    for (const [r, t] of tags) {
      if (t.form === undefined || t.root === vectors.word(r)) continue;
      const base = vectors.indexOf(t.root);
      if (base >= 0 && base < top && pairs[t.form].length < 300) pairs[t.form].push([r, base]);
    }
    const names = { PLURAL: 'PLURAL-NOUN', PAST: 'PAST-TENSE', GERUND: 'PARTICIPLE' } as const;
    for (const form of ['PLURAL', 'PAST', 'GERUND'] as const) {
      const p = pairs[form];
      if (p.length >= 20) raw.push({ name: names[form], vector: meanDifference(vectors, p), from: `mean difference of ${p.length} pairs` });
    }
  }
  return orthonormalise(raw);
}

/** A row with the syntactic directions projected out, normalised (a semantic atom). */
export function projectOut(row: ArrayLike<number>, syntactic: readonly SyntacticAtom[]): Float32Array {
  const v = Float32Array.from(row);
  for (const s of syntactic) removeProjection(v, s.vector);
  return normalize(v);
}
