/**
 * Words that, opening a sentence, point back at something the reader has not seen when the
 * sentence stands alone in a summary: pronouns, demonstratives and discourse connectives.
 */
export const DANGLING_OPENERS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'they',
  'him',
  'her',
  'them',
  'his',
  'hers',
  'its',
  'their',
  'theirs',
  'this',
  'these',
  'that',
  'those',
  'such',
  'there',
  'however',
  'but',
  'and',
  'also',
  'moreover',
  'meanwhile',
  'then',
  'thus',
  'therefore',
  'so',
  'yet',
  'still',
  'besides',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'instead',
  'otherwise',
  'consequently',
  'hence',
  'accordingly',
  'likewise',
  'similarly',
  'additionally',
  'indeed',
  'later',
  'afterwards',
  'earlier',
]);
export const DANGLING_PHRASES: readonly string[] = [
  'in addition',
  'as a result',
  'on the other hand',
  'in contrast',
  'for example',
  'for instance',
  'at the same time',
  'the same',
];

const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(DANGLING_PHRASES.map((p) => p.split(' ')[0]!));

/**
 * Characters of the opening looked at: more than the longest opener and phrase, so a first word
 * cut here is longer than any opener and matches none (the cut saves lower-casing the sentence).
 */
const OPENING_CHARS = 32;

/** True when the sentence opens with a pronoun or connective that needs earlier context. */
export function isDangling(text: string): boolean {
  const first = asciiFirstWord(text);
  if (first === undefined) return openingIsDangling(text);
  if (DANGLING_OPENERS.has(first)) return true;
  return PHRASE_FIRST_WORDS.has(first) && DANGLING_PHRASES.some((p) => phraseAt(text, wordStart, p));
}

/**
 * Whether `text` reads phrase `p` at `start`, any case, then a space or a comma: what the
 * lower-cased opening's startsWith tells. A non-ASCII character is no match: none lower-cases
 * to an ASCII letter but the Kelvin sign (to "k", in no phrase) and dotted capital I (to "i"
 * and a combining dot, which no phrase letter matches).
 */
function phraseAt(text: string, start: number, p: string): boolean {
  if (start + p.length >= text.length) return false;
  for (let k = 0; k < p.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== p.charCodeAt(k)) return false;
  }
  const next = text.charCodeAt(start + p.length);
  return next === 32 || next === 44;
}

/** `isDangling` on the lower-cased opening: the general form (any text). */
function openingIsDangling(text: string): boolean {
  const opening = text
    .trimStart()
    .replace(/^["'“‘([]+/, '')
    .slice(0, OPENING_CHARS)
    .toLowerCase();
  const first = /^[\p{L}']+/u.exec(opening)?.[0] ?? '';
  if (DANGLING_OPENERS.has(first)) return true;
  // a phrase's first word is followed by a space in it, so it is the sentence's first word
  if (!PHRASE_FIRST_WORDS.has(first)) return false;
  return DANGLING_PHRASES.some((p) => opening.startsWith(`${p} `) || opening.startsWith(`${p},`));
}

/**
 * The first word `openingIsDangling` finds, read by char code when the opening is ASCII (ASCII
 * white space, then opening quotes and brackets, then ASCII letters and apostrophes up to an
 * ASCII character or the end of the OPENING_CHARS window); undefined when a non-ASCII character
 * (a possible letter or space) is met first. Most sentences: no string but the word. Sets
 * `wordStart`.
 */
/** Where the word `asciiFirstWord` last found starts in its text. */
let wordStart = 0;

function asciiFirstWord(text: string): string | undefined {
  const n = text.length;
  let i = 0;
  for (let c = text.charCodeAt(i); i < n && (c === 32 || (c >= 9 && c <= 13)); c = text.charCodeAt(++i));
  for (let c = text.charCodeAt(i); i < n && (c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91); c = text.charCodeAt(++i));
  const start = i;
  wordStart = start;
  const end = Math.min(n, start + OPENING_CHARS);
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c !== 39 && !((c | 32) >= 97 && (c | 32) <= 122)) break;
  }
  return text.slice(start, i).toLowerCase();
}
