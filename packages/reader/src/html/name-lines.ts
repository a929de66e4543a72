import { squash } from './dom.js';
import { isFurnitureText } from './furniture-lines.js';

/**
 * Bylines left as lines of their own in the text (round 50, after batch 136's live pages): a live blog names each entry's writer
 * over it ("Helen Marsh" over three entries, "Tom Egerton" over two), and a live page's contributor card gives a writer's beat
 * ("BBC Scotland transport correspondent"). A bare name said twice or more as a whole line, and a line that is only a writer's
 * role, are the page's bylines, not the article: a body never repeats a bare name as a paragraph of its own.
 *
 * A furniture line (furniture-lines.ts) that is a line of its own inside a block, between line breaks, goes too (round 56, after
 * batch 146's phpBB 2 topic: its permissions box is one `<span>` of "You cannot reply to topics in this forum<br />You cannot
 * ...").
 */

/** A person's name alone: two or three capitalized words (initials, hyphens and apostrophes allowed). */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u;
/** A writer's role alone: up to five capitalized or lower-case words, then the role ("Political editor", "BBC Scotland transport correspondent"). */
const ROLE = /^\p{Lu}[\p{L}&'’.-]*(?: [\p{L}&'’.-]+){0,4} (?:correspondent|reporter|editor|columnist|journalist|presenter|producer)$/u;

const key = (line: string): string => squash(line.replace(/^(?:-|\d+\.) /, ''));
/**
 * Two or more people's names alone in a paragraph, joined by "and" (and commas), a footnote mark after them allowed: a post's
 * authors set as its first line (Bank Underground's italic "Priya Holloway-Nunn and Callum Teague", FEDS Notes' authors over
 * their footnote; round 67, after batch 219). Not in a list, where pairs of names may be the text (winners, couples).
 */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}`;
const AUTHORS = new RegExp(`^${PERSON}(?:, ${PERSON})*,? and ${PERSON}\\d{0,2}$`, 'u');

/**
 * `text` without its name lines said twice or more, its role lines, its authors' lines and its furniture lines (headings kept;
 * `aboutCookies`: on a cookie policy's page, cookie-policy.ts).
 */
export function withoutNameLines(text: string, aboutCookies = false): string {
  const lines = text.split('\n');
  const count = new Map<string, number>();
  for (const l of lines) {
    const k = key(l);
    if (NAME.test(k)) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const signature = signatureLines(lines);
  const kept = lines.filter((l, i) => {
    if (/^#{1,6} /.test(l)) return true;
    const k = key(l);
    return !((count.get(k) ?? 0) >= 2 || ROLE.test(k) || isFurnitureText(k, aboutCookies) || (k === squash(l) && AUTHORS.test(k)) || signature.has(i));
  });
  return kept.length === lines.length ? text : kept.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * The closing signature of a post: its last one or two lines, each a bare name (two or three capitalized words, not a list item),
 * after a sentence (the Chrome Releases blog's "Lorenzo Vescovi" and "Google Chrome" under each update; round 69, after batch 226).
 */
function signatureLines(lines: readonly string[]): Set<number> {
  const filled = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  const tail: number[] = [];
  for (const i of filled.slice(-SIGNATURE_MAX_LINES).reverse()) {
    const l = squash(lines[i] ?? '');
    // (not a closing line of the text's own, "THE END.")
    if (!NAME.test(l) || /^(?:#|-|\d+\.) /.test(l) || /[.!?]$/.test(l)) break;
    tail.unshift(i);
  }
  const before = filled[filled.length - tail.length - 1];
  const closesProse = before !== undefined && /[.!?]['"”’)]*$/.test(squash(lines[before] ?? ''));
  return tail.length > 0 && closesProse ? new Set(tail) : new Set();
}
const SIGNATURE_MAX_LINES = 2;
