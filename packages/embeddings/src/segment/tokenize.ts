import { EmbeddingError } from '../errors.js';

/**
 * GloVe-compatible word tokens (GloVe 6B: Wikipedia + Gigaword, Stanford/PTB-tokenised,
 * lower-cased). One regex pass; the decisions:
 * - lower-case; curly and other apostrophes (’ ‘ ` ´ ′ ʼ) become `'`; U+2010/U+2011 hyphens
 *   become `-`; soft hyphens disappear;
 * - clitics split as PTB does: "john's" -> "john" "'s", "they're" -> "they" "'re" (also
 *   'll 've 'd 'm), "don't" -> "do" "n't", "can't" -> "ca" "n't", "won't" -> "wo" "n't";
 *   other inner apostrophes stay ("o'clock", "o'neill"); a trailing one is a quote or a
 *   plural possessive and is dropped ("students'" -> "students");
 * - hyphenated words stay whole ("well-known", "10-year-old", "2004-05"); `splitCompound`
 *   gives the parts for out-of-vocabulary compounds;
 * - numbers keep their inner `.` `,` `:` `/` ("1998", "3.5", "10,000", "10:30", "24/7"); a
 *   unit glued to a decimal or grouped number is split off ("10.9bn" -> "10.9" "bn"), other
 *   digit-letter tokens stay whole ("1990s", "3d", "100m", "mp3", "g8");
 * - acronyms keep their periods, with the final one added if missing ("U.S." and "U.S" ->
 *   "u.s.", "e.g.", "a.m."); a single abbreviation's period is dropped ("Mr." -> "mr",
 *   "Inc." -> "inc"): GloVe 6B has both forms, the wink-embeddings copy of it only this one;
 * - URLs (http://, https://, ftp://, www.), e-mail addresses and host names ending in a
 *   common top-level domain ("bbc.co.uk") are one token, lower-cased, trailing punctuation
 *   removed;
 * - currency symbols and `%` are tokens ("$", "£", "€", "¥", "%": they stand for words and
 *   GloVe has them); all other punctuation and symbols are dropped, and so is `&` between
 *   spaces (inside a word it stays: "at&t", "m&s").
 */

const APOSTROPHES = /[’‘`´′ʼ]/g;
const HYPHENS = /[‐‑]/g;
const SOFT_HYPHEN = /\u00ad/g;
const COMBINING = /[\u0300-\u036f]/;
const SPECIAL_HYPHENS = /[\u2010\u2011\u00ad]/;
/** Any character of APOSTROPHES, SPECIAL_HYPHENS or COMBINING. */
const RARE = /[’‘`´′ʼ\u2010\u2011\u00ad]|[\u0300-\u036f]/;

// Alternatives, tried in this order at each position. URLs and hosts end on a character
// that is not sentence punctuation ("see www.bbc.co.uk." -> "www.bbc.co.uk").
const URL = String.raw`(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]}']`;
const EMAIL = String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+`;
const TLD = 'com|org|net|edu|gov|int|info|biz|io|co\\.uk|org\\.uk|ac\\.uk|gov\\.uk|uk|eu|de|fr';
const HOST = String.raw`(?:[\p{L}\p{N}\-]+\.)+(?:${TLD})(?![\p{L}\p{N}\-]|\.[\p{L}\p{N}])(?:\/[^\s<>"]*[^\s<>".,;:!?)\]}'])?`;
const ACRONYM = String.raw`\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])`;
const NUMBER = String.raw`\p{N}+(?:[.,:\/]\p{N}+)+`;
const CLITIC = String.raw`'(?:s|re|ve|ll|d|m)(?![\p{L}\p{N}\p{M}'\-])`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\-&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*`;
const SYMBOL = String.raw`[\p{Sc}%]`;

/** The token patterns, shared with the transformers.js tokenizer export (static-tokenizer.ts). */
export const TOKEN_PARTS = { URL, EMAIL, HOST, ACRONYM, NUMBER, CLITIC, WORD, SYMBOL } as const;

/** Fast path: most texts have no "@", "://", "www." nor a host name. */
const TOKEN_PLAIN = new RegExp([ACRONYM, NUMBER, CLITIC, WORD, SYMBOL].join('|'), 'gu');
const TOKEN_WEB = new RegExp([URL, EMAIL, HOST, ACRONYM, NUMBER, CLITIC, WORD, SYMBOL].join('|'), 'gu');
const MAYBE_WEB = /@|:\/\/|www\.|\.(?:com|org|net|edu|gov|int|info|biz|io|uk|eu|de|fr)\b/;
/** MAYBE_WEB on text not yet lower-cased (the same answer for the ASCII text, with a few other characters, that `token-ids.ts` asks it about). */
export const MAYBE_WEB_ANY_CASE = new RegExp(MAYBE_WEB.source, 'i');
const WEB_TOKEN = new RegExp(`^(?:${URL}|${EMAIL}|${HOST})$`, 'u');
const STARTS_WITH_DIGIT = /^\p{N}/u;
/** A stem ending in a letter, digit or mark, then a clitic. */
const CLITIC_END = /^(.*[\p{L}\p{N}\p{M}])(n't|'s|'re|'ve|'ll|'d|'m)$/u;

/** Pushes a word, clitics peeled off its end: "don't" -> "do" "n't", "we'd've" -> "we" "'d" "'ve". */
function pushWord(word: string, out: string[]): void {
  const clitics: string[] = [];
  let stem = word;
  for (let m = CLITIC_END.exec(stem); m !== null; m = CLITIC_END.exec(stem)) {
    clitics.push(m[2]!);
    stem = m[1]!;
  }
  out.push(stem);
  for (let i = clitics.length - 1; i >= 0; i--) out.push(clitics[i]!);
}

/**
 * Tokens of `text` as GloVe 6B spells them (see the module comment for every rule).
 *
 * @example
 * tokenize("Mr. O'Neill's well-known firm can't pay $10.9bn (3.5%) to the U.S.")
 * // ['mr', "o'neill", "'s", 'well-known', 'firm', 'ca', "n't", 'pay', '$', '10.9', 'bn',
 * //  '3.5', '%', 'to', 'the', 'u.s.']
 * @throws EmbeddingError INVALID_ARGUMENT when `text` is not a string.
 */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string') {
    throw new EmbeddingError('INVALID_ARGUMENT', `text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  let s = text.toLowerCase();
  // one scan for the rare characters the next three steps rewrite (most texts have none)
  if (RARE.test(s)) {
    // composed first: NFC can itself make a character the next steps rewrite (Greek varia,
    // U+1FEF, is canonically a backtick), and tokens must not depend on the order
    if (COMBINING.test(s)) s = s.normalize('NFC');
    s = s.replace(APOSTROPHES, "'");
    if (SPECIAL_HYPHENS.test(s)) s = s.replace(HYPHENS, '-').replace(SOFT_HYPHEN, '');
  }
  const web = MAYBE_WEB.test(s);
  const re = web ? TOKEN_WEB : TOKEN_PLAIN;
  const out: string[] = [];
  // `match` with the g flag: the same successive matches as an exec loop, as strings only
  // (no match object per token)
  for (const t of s.match(re) ?? []) {
    if (t.length === 1) out.push(t);
    else if (web && WEB_TOKEN.test(t)) out.push(t);
    else if (t[1] === '.' && !STARTS_WITH_DIGIT.test(t))
      out.push(t.endsWith('.') ? t : `${t}.`); // acronym: "u.s" -> "u.s."
    else if (t.includes("'")) pushWord(t, out);
    else out.push(t);
  }
  return out;
}

const COMPOUND_SEPARATOR = /-+/;

/**
 * Parts of a hyphenated compound, for when the compound itself is out of vocabulary:
 * "cross-border" -> ["cross", "border"], "10-year-old" -> ["10", "year", "old"]. A token
 * without a hyphen comes back as the only part; empty parts are dropped.
 */
export function splitCompound(token: string): string[] {
  if (!token.includes('-')) return token === '' ? [] : [token];
  return token.split(COMPOUND_SEPARATOR).filter((p) => p !== '');
}
