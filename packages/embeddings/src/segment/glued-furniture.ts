import type { Span } from './blocks.js';

/**
 * Page furniture pasted into plain text in front of a sentence, as text copied or scraped from
 * a news page carries it (the XSum articles keep it, exactly as BBC pages printed it):
 * - the share bar: "Share this with" and the networks' names run together, up to "Copy this
 *   link" ("Share this withEmailFacebookMessengerTwitter...Copy this linkThe latest threats
 *   ..."), in English or Welsh ("Rhannu hwn ar", "Copïo'r ddolen yma");
 * - the video player's notice "Media playback is not supported on this device" (or "is
 *   unsupported on your device");
 * - the links notice "These are external links and will open in a new window" (and in Welsh).
 * It is no part of the sentence (nor is a quote mark the sentence before left in front of it):
 * the sentence starts after it, and a piece that is nothing but furniture is no sentence at
 * all. Only furniture at the start of a piece is cut, and only these exact forms, so prose
 * that talks about sharing or playback is untouched.
 */

const NETWORKS = ['Email', 'Ebost', 'Facebook', 'Messenger', 'Twitter', 'Pinterest', 'WhatsApp', 'LinkedIn', 'Linkedin', 'Reddit', 'Google\\+', 'Google'];
const QUOTE = '["“”]?';
const FURNITURE = [
  new RegExp(`${QUOTE}(?:Share this with|Rhannu hwn ar)\\s*(?:(?:${NETWORKS.join('|')})\\s*){2,}(?:Copy this link|Copïo['’]r ddolen yma)?\\s*`, 'uy'),
  new RegExp(`${QUOTE}Media playback is (?:not supported on this device|unsupported on your device)\\s*`, 'uy'),
  /(?:These are external links and will open in a new window|Mae['’]r rhain yn ddolenni allanol ac yn agor mewn ffenestr? newydd)\s*/uy,
];

/** The first characters furniture can start with: S, R, M, T, or a quote mark. */
const OPENING_CODES = new Set([83, 82, 77, 84, 34, 0x201c, 0x201d]);

/** The span without the furniture it starts with; undefined when nothing but furniture is left. */
export function dropGluedFurniture(text: string, span: Span): Span | undefined {
  if (!OPENING_CODES.has(text.charCodeAt(span.start))) return span; // most sentences: no regex run
  let start = span.start;
  for (let found = true; found && start < span.end; ) {
    found = false;
    for (const re of FURNITURE) {
      re.lastIndex = start;
      if (re.exec(text) !== null && re.lastIndex > start) {
        start = Math.min(span.end, re.lastIndex);
        found = true;
      }
    }
  }
  if (start === span.start) return span;
  return start >= span.end ? undefined : { start, end: span.end };
}
