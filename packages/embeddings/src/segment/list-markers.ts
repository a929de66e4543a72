/**
 * List markers: "- ", "* ", "• ", "1. ", "2) ", "(3) ", "1.) ", "a. ", "b) ", "(c) ", "• 9. ".
 * A marker stays in its item's sentence text; what this module gives is where it is and which
 * marker would come next, so that "1.) first item 2.) second item" on one line is two items.
 */

/** A list marker at some position, with what the next item's marker would be. */
export interface ListMarker {
  /** One past the marker and the spaces after it. */
  readonly end: number;
  /** The marker of the next item in the same list ("2.)" after "1.)", "b." after "a.", "•" after "•"). */
  readonly next: string;
}

const BULLET_CHARS = '-*+•◦‣▪●⁃–—';
/** Bullets that mark items inside one line too ("• 9. first • 10. second"). */
const INLINE_BULLETS = '•◦‣▪●⁃';
/** A bullet, then optionally a number or letter enumerator; or the enumerator alone. */
const MARKER = /^[ \t]*(?:([-*+•◦‣▪●⁃–—])[ \t]*)?(?:(\d{1,3})(\.\)|[.)])|\((\d{1,2})\)|([a-z])(\.\)|[.)])|([A-Z])(\.\)|\))|\(([a-zA-Z])\))?(?=[ \t]+\S|$)/;
const AFTER = /^[ \t]*/;

/** Increments "9" to "10" and "a" to "b". */
function successor(value: string): string {
  if (/^\d+$/.test(value)) return String(Number(value) + 1);
  return String.fromCharCode(value.charCodeAt(0) + 1);
}

/**
 * The list marker at `from` in `text` (spaces before it allowed), or undefined. A bullet needs
 * a space after it unless an enumerator follows ("⁃9. item"); an enumerator needs a space after it.
 */
export function listMarkerAt(text: string, from: number, to: number): ListMarker | undefined {
  const s = text.slice(from, Math.min(to, from + 24));
  const m = MARKER.exec(s);
  if (m === null || m[0].trim() === '') return undefined;
  const [, bullet, num, numEnd, parenNum, lower, lowerEnd, upper, upperEnd, parenLetter] = m;
  const enumerator = num ?? parenNum ?? lower ?? upper ?? parenLetter;
  if (enumerator === undefined && bullet === undefined) return undefined;
  // a bare bullet needs a space after it ("-5 degrees" is no list item)
  if (enumerator === undefined && bullet !== undefined && !/[ \t]$/.test(s.slice(0, m[0].length + 1))) return undefined;
  const end = m[0].length + (AFTER.exec(s.slice(m[0].length))?.[0].length ?? 0);
  let next: string;
  // hyphens, dashes, "*" and "+" are punctuation inside a line too: only round bullets repeat inline
  if (bullet !== undefined) next = enumerator === undefined && !INLINE_BULLETS.includes(bullet) ? '' : bullet;
  else if (num !== undefined) next = successor(num) + (numEnd ?? '');
  else if (parenNum !== undefined) next = `(${successor(parenNum)})`;
  else if (lower !== undefined) next = successor(lower) + (lowerEnd ?? '');
  else if (upper !== undefined) next = successor(upper) + (upperEnd ?? '');
  else next = `(${successor(parenLetter ?? 'a')})`;
  return { end: from + end, next };
}

/** True when `c` is one of the bullet characters. */
export function isBulletChar(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && BULLET_CHARS.includes(c);
}

/**
 * Where the next items of a list start inside one line or block: after whitespace, the
 * expected next marker followed by a space ("… first item 2.) second item"). Returns the
 * positions (absolute) and the marker ends to protect from the boundary rules.
 */
export function inlineItems(text: string, first: ListMarker, end: number): { starts: number[]; markers: [number, number][] } {
  const starts: number[] = [];
  const markers: [number, number][] = [];
  let expected = first.next;
  let from = first.end;
  while (expected !== '') {
    const at = findMarker(text, expected, from, end);
    if (at < 0) break;
    const marker = listMarkerAt(text, at, end);
    if (marker === undefined) break;
    starts.push(at);
    markers.push([at, marker.end]);
    expected = marker.next;
    from = marker.end;
  }
  return { starts, markers };
}

/** The next position >= from where `marker` stands after whitespace and before a space (or a glued enumerator after a bullet). */
function findMarker(text: string, marker: string, from: number, end: number): number {
  let i = text.indexOf(marker, from);
  while (i >= 0 && i < end) {
    const before = text[i - 1];
    const after = text[i + marker.length];
    const spaced = after === ' ' || after === '\t' || after === '\n' || (isBulletChar(marker) && after !== undefined && /\d/.test(after));
    if (before !== undefined && /\s/.test(before) && spaced) return i;
    i = text.indexOf(marker, i + 1);
  }
  return -1;
}
