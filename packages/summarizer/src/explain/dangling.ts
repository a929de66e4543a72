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
