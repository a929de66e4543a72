import { squash, type DomDocument } from './dom.js';
import { endsSentence } from './sentences.js';
import { removeSection, sectionOf } from './notes.js';
import { declaresType } from './page-types.js';

/**
 * A video page (round 11, after batch 12's watch page), whose article is the uploader's
 * description:
 *
 * - on a page that declares a schema.org VideoObject or og:type `video.*` (YouTube, Vimeo,
 *   Dailymotion, PeerTube), a heading over a box of under 200 characters is one of the player's
 *   panels ("Chapters" over its cards, "Transcript" over "Follow along using the transcript." and
 *   a button, "Up next"): a description is plain text without headings, so the page's headed
 *   boxes are the site's;
 * - chapter lines in a description ("0:00 The box of rusty tools", "1:42 Taking it apart"):
 *   YouTube makes chapters of three or more lines that open with ascending timestamps, the first
 *   at 0:00, and other sites copy the form (a podcast's show notes too); the run goes with its label line
 *   ("Chapters:", "Timestamps:") or the heading over it — the list of parts, not their content;
 * - a line that is only a label and a bare address ("Tools used in this video (affiliate links):
 *   https://...", "Instagram: https://..."): a link set as text, never a sentence.
 */
const PANEL_MAX_CHARS = 200;
const STAMP = /^(\d{1,2}(?::\d{2}){1,2})\s+\S/;
const CHAPTERS_MIN = 3;
const RUN_LABEL = /^[^.!?]{1,40}:$/;
const RUN_HEADING = /^#{2,6} [^.!?]{1,40}$/;
const LINK_LINE = /^[^.!?:]{1,100}:\s*(?:<)?https?:\/\/\S+?(?:>)?$/i;

/** Removes a video page's panels from `doc` in place. */
export function removeVideoPanels(doc: DomDocument): void {
  if (!declaresType(doc, /^VideoObject$/, /^video(?:\.|$)/i)) return;
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) {
    if (h.parentNode === null) continue;
    const box = sectionOf(h).slice(1);
    if (box.reduce((n, el) => n + squash(el.textContent).length, 0) < PANEL_MAX_CHARS) removeSection(h);
  }
}

/** The text without chapter runs (and their label line) and label-and-address lines. */
export function removeChapterLines(text: string): string {
  const lines = text.split('\n');
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const run = chapterRun(lines, i);
    if (run === 0) continue;
    for (let k = i; k < i + run; k++) drop.add(k);
    // its label line, or the heading over it (a podcast's "### Timestamps"; round 18, batch 19), left over nothing
    let j = i - 1;
    while (j >= 0 && (lines[j] ?? '').trim() === '') j--;
    if (j >= 0 && (RUN_LABEL.test((lines[j] ?? '').trim()) || RUN_HEADING.test((lines[j] ?? '').trim()))) drop.add(j);
    i += run - 1;
  }
  lines.forEach((l, i) => {
    if (LINK_LINE.test(l.replace(/^- /, '').trim())) drop.add(i);
  });
  return drop.size === 0 ? text : lines.filter((_, i) => !drop.has(i)).join('\n');
}

/** How many lines from `start` are a chapter run: ascending timestamps from 0:00, at least three. */
function chapterRun(lines: readonly string[], start: number): number {
  let last = -1;
  let n = 0;
  for (const line of lines.slice(start)) {
    const stamp = STAMP.exec(line.replace(/^- /, '').trim())?.[1];
    const seconds = stamp === undefined ? -1 : stamp.split(':').reduce((s, part) => s * 60 + Number(part), 0);
    if (stamp === undefined || (n === 0 && seconds !== 0) || seconds <= last) break;
    last = seconds;
    n++;
  }
  return n >= CHAPTERS_MIN ? n : 0;
}

/**
 * A lecture viewer's transcript set as a list of caption cues (round 99, after batch 425's Panopto page: `<li id="caption-3"
 * class="index-event">`, each a line of what was said and its time): a list whose every item, CUES_MIN or more, is named as a caption
 * or cue and holds a sentence is the talk's text, not figure captions; the items lose their names (their times keep theirs).
 */
export function unnameCaptionCues(doc: DomDocument): void {
  for (const list of Array.from(doc.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children);
    const cue = (li: (typeof items)[number]): boolean =>
      CUE_NAME.test(`${li.getAttribute('id') ?? ''} ${li.getAttribute('class') ?? ''}`) &&
      Array.from(li.querySelectorAll('*')).some((el) => endsSentence(squash(el.textContent)) && squash(el.textContent).length >= CUE_MIN_CHARS);
    if (items.length < CUES_MIN || !items.every(cue)) continue;
    for (const li of items) {
      li.removeAttribute('id');
      li.removeAttribute('class');
    }
  }
}
const CUES_MIN = 3;
const CUE_MIN_CHARS = 20;
const CUE_NAME = /(?:^|[\s_-])(?:caption|cue)s?(?:[-_]?\d+)?(?:\s|$)/i;
