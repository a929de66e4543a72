import type { WordVectors } from '../word-vectors/types.js';
import { splitCompound } from '../segment/tokenize.js';
import { TokenTable } from '../segment/token-table.js';

/** Clitics that carry a word of their own once expanded (GloVe has "not", not "n't"). */
const CLITIC_WORDS: ReadonlyMap<string, string> = new Map([["n't", 'not']]);

/**
 * Rows of the vector table for a token list. Out-of-vocabulary hyphenated compounds fall back
 * to their parts ("cross-border" -> "cross", "border"); other unknown tokens are skipped.
 */
export function wordRows(tokens: readonly string[], vectors: WordVectors): number[] {
  const rows: number[] = [];
  for (const token of tokens) {
    const t = CLITIC_WORDS.get(token) ?? token;
    const r = vectors.indexOf(t);
    if (r >= 0) {
      rows.push(r);
      continue;
    }
    if (t.includes('-')) {
      for (const part of splitCompound(t)) {
        const pr = vectors.indexOf(part);
        if (pr >= 0) rows.push(pr);
      }
    }
  }
  return rows;
}

/** Row of a token, -1 when unknown, or the rows of an out-of-vocabulary compound's parts. */
export type TokenRows = number | Int32Array;

/** Cached lookups are dropped (and made again) past this many distinct tokens. */
const CACHE_LIMIT = 1 << 17;

/**
 * `wordRows` for one token at a time, memoised: a token's rows are looked up (hashed and
 * compared with the pack's bytes) once, then read from a Map. Same rows, same order.
 */
export function createTokenRows(vectors: WordVectors): (token: string) => TokenRows {
  const cache = new Map<string, TokenRows>();
  return (token) => {
    let rows = cache.get(token);
    if (rows === undefined) {
      const found = wordRows([token], vectors);
      rows = found.length === 1 ? found[0]! : found.length === 0 ? -1 : Int32Array.from(found);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(token, rows);
    }
    return rows;
  };
}

/** A growable row list: `rows[0..count)`. */
export interface RowBuffer {
  rows: Int32Array;
  count: number;
}

export function pushRow(out: RowBuffer, r: number): void {
  if (out.count === out.rows.length) {
    const grown = new Int32Array(2 * out.rows.length + 16);
    grown.set(out.rows);
    out.rows = grown;
  }
  out.rows[out.count++] = r;
}

/**
 * The rows of interned tokens (`token-ids.ts`): `wordRows` of each token, memoised by id in an
 * Int32Array, appended to `out` in order. The table is cleared (ids start again) once it holds
 * CACHE_LIMIT tokens, by `bound()` before a text, never within one.
 */
export function createIdRows(vectors: WordVectors): {
  readonly table: TokenTable;
  rows(ids: Int32Array, count: number, out: RowBuffer): void;
  bound(): void;
} {
  const table = new TokenTable();
  const UNSEEN = -2;
  const COMPOUND = -3;
  let byId = new Int32Array(1024).fill(UNSEEN);
  const compounds = new Map<number, Int32Array>();
  const resolve = (id: number): number => {
    const found = wordRows([table.strings[id]!], vectors);
    if (found.length === 1) return found[0]!;
    if (found.length === 0) return -1;
    compounds.set(id, Int32Array.from(found));
    return COMPOUND;
  };
  return {
    table,
    rows(ids, count, out) {
      for (let k = 0; k < count; k++) {
        const id = ids[k]!;
        if (id >= byId.length) {
          const grown = new Int32Array(Math.max(2 * byId.length, id + 1)).fill(UNSEEN);
          grown.set(byId);
          byId = grown;
        }
        let r = byId[id]!;
        if (r === UNSEEN) byId[id] = r = resolve(id);
        if (r >= 0) pushRow(out, r);
        else if (r === COMPOUND) for (const x of compounds.get(id)!) pushRow(out, x);
      }
    },
    bound() {
      if (table.size < CACHE_LIMIT) return;
      table.clear();
      byId.fill(UNSEEN);
      compounds.clear();
    },
  };
}
