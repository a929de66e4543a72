import { NON_FINAL, STRICT_TITLES } from './abbreviations.js';

const ACRONYM = /^\p{L}(?:\.\p{L})+$/u;
const WORD_END = /[\p{L}.]+$/u;

/**
 * The text before a period ends in an abbreviation, an acronym ("U.S") or an initial, so a
 * capital glued after the period ("St.Albans", "U.S.Army") is no new sentence.
 */
export function isAbbreviationToken(before: string): boolean {
  const word = (WORD_END.exec(before)?.[0] ?? '').replace(/^\.+/, '').toLowerCase();
  if (word === '') return false;
  return STRICT_TITLES.has(word) || NON_FINAL.has(word) || ACRONYM.test(word) || word.length === 1;
}
