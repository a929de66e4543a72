import { porterStem } from '@vecsum/embeddings';
import { ENGLISH_STOPWORDS } from './stopwords.js';
import { wordnetExceptions } from './wordnet-exceptions.js';

/** How text becomes ROUGE tokens. Defaults follow this package's standard settings. */
export interface TokenizeOptions {
  /** Porter-stem tokens longer than 3 characters (ROUGE-1.5.5 `-m`). Default `true`. */
  readonly stem?: boolean;
  /** Drop stop words before stemming and before n-grams are formed (ROUGE `-s`). Default `false`. */
  readonly removeStopwords?: boolean;
  /** Stop words in token form (lower case, `[a-z0-9]+`). Default {@link ENGLISH_STOPWORDS}. */
  readonly stopwords?: ReadonlySet<string>;
  /**
   * Irregular forms looked up before Porter stemming, as ROUGE-1.5.5's `MorphStem` does with its
   * WordNet 2.0 exception database (`went -> go`, `children -> child`, `said -> say`): a hit
   * returns the base form as it is, without Porter stemming. Default: the shipped
   * `WordNet-2.0.exc.db` table ({@link wordnetExceptions}); pass an empty map for plain Porter.
   */
  readonly stemExceptions?: ReadonlyMap<string, string>;
}

/** Turns one text into ROUGE tokens. */
export type Tokenizer = (text: string) => string[];

/** Runs of characters that are not ASCII letters or digits: ROUGE turns them into spaces. */
const NON_ALPHANUMERIC = /[^A-Za-z0-9]+/;

/**
 * ROUGE-1.5.5's stemming rule for one token: tokens of 3 characters or fewer are kept as they
 * are (`createNGram`: `if(length($stem)>3)`); a longer one is looked up in the exception table
 * and, on a hit, replaced by its base form unstemmed (`MorphStem`); otherwise it goes through
 * {@link porterStem}. So `was`, `has`, `its` stay, `ties` becomes `ti`, `said` becomes `say`.
 *
 * @param token a lower-case `[a-z0-9]+` token
 * @param exceptions exception table; default the shipped WordNet 2.0 table (see {@link TokenizeOptions})
 */
export function rougeStem(token: string, exceptions: ReadonlyMap<string, string> = wordnetExceptions()): string {
  if (token.length <= 3) return token;
  return exceptions.get(token) ?? porterStem(token);
}

/**
 * Creates a ROUGE-1.5.5 tokenizer: ASCII lower case; every character other than `A-Z a-z 0-9`
 * becomes a separator (hyphens split words, `don't` gives `don` + `t`, `3.5` gives `3` + `5`,
 * non-ASCII letters vanish); optional stop-word removal; optional stemming of tokens longer than
 * 3 characters (exception table first, then Porter: see {@link rougeStem}). This is exactly what
 * ROUGE's `readText` + `createNGram` leave: they pad `-` with spaces (`s/\-/ \- /g`), blank every
 * other character outside `A-Za-z0-9-`, split on whitespace and keep only tokens starting with
 * `[a-z0-9$]`, so the lone `-` tokens are dropped and no `$` is left to keep.
 *
 * The returned function memoises stems for its own lifetime, so keep one per scoring job
 * (the ROUGE scorer and the oracle do).
 */
export function createTokenizer(options: TokenizeOptions = {}): Tokenizer {
  const stem = options.stem ?? true;
  const stopwords = options.removeStopwords === true ? (options.stopwords ?? ENGLISH_STOPWORDS) : undefined;
  const exceptions = stem ? (options.stemExceptions ?? wordnetExceptions()) : undefined;
  const cache = new Map<string, string>();
  const stemCached = (token: string): string => {
    let stemmed = cache.get(token);
    if (stemmed === undefined) {
      stemmed = rougeStem(token, exceptions);
      cache.set(token, stemmed);
    }
    return stemmed;
  };
  return (text: string): string[] => {
    const tokens: string[] = [];
    for (const raw of text.split(NON_ALPHANUMERIC)) {
      if (raw.length === 0) continue;
      // Only ASCII is left at this point, so toLowerCase is exactly Perl's tr/A-Z/a-z/.
      const token = raw.toLowerCase();
      if (stopwords?.has(token) === true) continue;
      tokens.push(stem ? stemCached(token) : token);
    }
    return tokens;
  };
}

/**
 * Tokenizes one text the ROUGE-1.5.5 way (see {@link createTokenizer}).
 *
 * @example tokenize('The cats were running!') // ['the', 'cat', 'be', 'run']
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return createTokenizer(options)(text);
}

/**
 * Splits a summary into its sentence units the way ROUGE-1.5.5 reads "sentence per line" files
 * and Google's rouge-score splits for `rougeLsum`: on `\n`, dropping empty lines. Lines are not
 * trimmed (a line of spaces is a unit with no tokens, as in ROUGE).
 */
export function splitLines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}
