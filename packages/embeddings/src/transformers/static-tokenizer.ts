import { TOKEN_PARTS } from '../segment/tokenize.js';
import type { WordVectors } from '../word-vectors/types.js';

/**
 * The tokenizer files (`tokenizer.json`, `tokenizer_config.json`) of a static-embedding model:
 * a WordLevel vocabulary over the words of a `WordVectors` table, with normalisers and
 * pre-tokenizers that reproduce `tokenize` (segment/tokenize.ts) inside transformers.js.
 *
 * The regular expressions below are copies of the ones in segment/tokenize.ts (they are not
 * exported there); static-tokenizer.test.ts checks that both tokenisations agree on a corpus of
 * tricky sentences, so a change there that is not mirrored here fails a test. The fix-ups
 * `tokenize` applies in code are expressed as tokenizer.json steps:
 * - lower-casing, apostrophe/hyphen folding, NFC: `Lowercase`, `Replace` and `NFC` normalisers;
 * - the period added to an acronym ("u.s" -> "u.s."): a `Replace` normaliser that inserts it
 *   in the text before splitting;
 * - clitics peeled off a word ("don't" -> "do" "n't"): a second `Split` pre-tokenizer.
 *
 * Known differences (all rare): NFC is applied to every text (`tokenize` only when a combining
 * mark is present); an acronym glued to a following letter or digit ("u.s.1") or right after
 * "x." keeps no added period; a clitic is peeled off a web token that has no "//", "@" nor "www.".
 * The `Replace` with `$1` targets transformers.js (JavaScript `replaceAll`); the Python
 * `tokenizers` library reads the file but may treat `$1` literally.
 */

const { URL, EMAIL, HOST, ACRONYM, NUMBER, CLITIC, WORD, SYMBOL } = TOKEN_PARTS;

/** Every token `tokenize` can produce, in its order of preference (findall semantics). */
export const TOKEN_PATTERN = [URL, EMAIL, HOST, ACRONYM, NUMBER, CLITIC, WORD, SYMBOL].join('|');

/**
 * Gives an acronym its final period as `tokenize` does ("u.s" -> "u.s.", "u.s.a." unchanged):
 * the whole acronym (with or without its period) is replaced by letters + ".". It fires only
 * where an acronym token can start (not inside a word, number, path or address) and only on
 * a complete acronym (never on "u.s" inside "u.s.com" or "u.s.1").
 */
export const ACRONYM_PERIOD_PATTERN = String.raw`(?<![\p{L}\p{N}\p{M}\/@\-'&]|[\p{L}\p{N}]\.)(\p{L}(?:\.\p{L})+)(?:\.(?![\p{L}\p{N}])|(?![.\p{L}\p{N}]))`;

const CLITICS = "(?:n't|'s|'re|'ve|'ll|'d|'m)";
/** Splits "don't" -> "do" "n't", "we'd've" -> "we" "'d" "'ve"; web tokens stay whole. */
export const CLITIC_SPLIT_PATTERN = String.raw`^(?![\s\S]*(?:\/\/|@|www\.))[\s\S]+?(?=${CLITICS}+$)|${CLITICS}(?=${CLITICS}*$)|^[\s\S]+$`;

/** `wordRows` (compose/word-rows.ts) reads these clitics as the word they stand for. */
const CLITIC_WORDS: Readonly<Record<string, string>> = { "n't": 'not' };

export interface StaticTokenizerOptions {
  readonly unkToken: string;
  readonly padToken: string;
  readonly lowercase: boolean;
}

/** Token ids: the special tokens first (zero rows in the table), then the table's rows in order. */
export interface StaticVocabularyLayout {
  readonly padId: number;
  readonly unkId: number;
  /** Id of table row r is `r + rowOffset`. */
  readonly rowOffset: number;
}

export const STATIC_VOCABULARY_LAYOUT: StaticVocabularyLayout = { padId: 0, unkId: 1, rowOffset: 2 };

function addedToken(id: number, content: string): Record<string, unknown> {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

/**
 * The `tokenizer.json` text: WordLevel over the table's words (first occurrence of a duplicate
 * wins, as in `WordVectors.indexOf`), "n't" mapped to the row of "not" when present (as
 * `wordRows` does), `[PAD]`/`[UNK]` (or the given names) as special tokens.
 */
export function staticTokenizerJson(vectors: WordVectors, options: StaticTokenizerOptions): string {
  const { padId, unkId, rowOffset } = STATIC_VOCABULARY_LAYOUT;
  const vocab: Record<string, number> = Object.create(null) as Record<string, number>;
  vocab[options.padToken] = padId;
  vocab[options.unkToken] = unkId;
  for (let r = 0; r < vectors.size; r++) {
    const w = vectors.word(r);
    if (!(w in vocab)) vocab[w] = r + rowOffset;
  }
  for (const [clitic, word] of Object.entries(CLITIC_WORDS)) {
    const r = vectors.indexOf(word);
    if (r >= 0) vocab[clitic] = r + rowOffset;
  }
  const normalizers: Record<string, unknown>[] = [
    ...(options.lowercase ? [{ type: 'Lowercase' }] : []),
    { type: 'Replace', pattern: { Regex: '[’‘`´′ʼ]' }, content: "'" },
    { type: 'Replace', pattern: { Regex: '[‐‑]' }, content: '-' },
    { type: 'Replace', pattern: { String: '\u00ad' }, content: '' },
    { type: 'NFC' },
    { type: 'Replace', pattern: { Regex: ACRONYM_PERIOD_PATTERN }, content: '$1.' },
  ];
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [addedToken(padId, options.padToken), addedToken(unkId, options.unkToken)],
    normalizer: { type: 'Sequence', normalizers },
    pre_tokenizer: {
      type: 'Sequence',
      pretokenizers: [
        { type: 'Split', pattern: { Regex: TOKEN_PATTERN }, behavior: 'Isolated', invert: true },
        { type: 'Split', pattern: { Regex: CLITIC_SPLIT_PATTERN }, behavior: 'Isolated', invert: true },
      ],
    },
    post_processor: null,
    decoder: null,
    model: { type: 'WordLevel', vocab, unk_token: options.unkToken },
  };
  return JSON.stringify(tokenizer);
}

/**
 * Python transformers' "no limit" value (`VERY_LARGE_INTEGER`): a static model has no
 * position embeddings, so no maximum length.
 */
export const UNLIMITED_MODEL_MAX_LENGTH = 1e30;

/** The `tokenizer_config.json` text. */
export function staticTokenizerConfigJson(options: StaticTokenizerOptions): string {
  return `${JSON.stringify(
    {
      tokenizer_class: 'PreTrainedTokenizerFast',
      model_max_length: UNLIMITED_MODEL_MAX_LENGTH,
      do_lower_case: options.lowercase,
      unk_token: options.unkToken,
      pad_token: options.padToken,
      clean_up_tokenization_spaces: false,
    },
    null,
    2,
  )}\n`;
}
