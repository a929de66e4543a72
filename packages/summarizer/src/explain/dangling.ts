/**
 * Words that, opening a sentence, point back at something the reader has not seen when the
 * sentence stands alone in a summary: pronouns, demonstratives and discourse connectives.
 */
const DANGLING_OPENERS = new Set([
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
const DANGLING_PHRASES = ['in addition', 'as a result', 'on the other hand', 'in contrast', 'for example', 'for instance', 'at the same time', 'the same'];

/** True when the sentence opens with a pronoun or connective that needs earlier context. */
export function isDangling(text: string): boolean {
  const opening = text
    .trimStart()
    .replace(/^["'“‘([]+/, '')
    .toLowerCase();
  const first = /^[\p{L}']+/u.exec(opening)?.[0] ?? '';
  if (DANGLING_OPENERS.has(first)) return true;
  return DANGLING_PHRASES.some((p) => opening.startsWith(`${p} `) || opening.startsWith(`${p},`));
}
