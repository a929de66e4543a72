import { squash, squashedLength, type DomDocument, type DomElement } from './dom.js';
import { boxedHead } from './notes.js';

/**
 * A site's testimonials under their heading (round 139, after batches 558 and 559: a Wix teacher's "What students say", a
 * Squarespace instructor's "What my pupils say" over quote blocks): the heading names what people say of the business, and
 * what follows it is a run of quotes, each a quoted line with or without its "– Name" attribution. The heading goes with the
 * run, wherever the builder put the quotes: in the heading's own box, or in boxes beside the one it is wrapped alone in (a Wix
 * repeater, Squarespace's quote blocks). A section of prose under such a heading stays: a news story's "What the experts say"
 * quotes its experts inside sentences, and so does an article whose readers' letters are paragraphs.
 */
/** The people a business quotes on its own site (a review site's "reviewers", a publisher's "critics" are not its own). */
const SAYERS =
  '(?:customers|clients|students|pupils|parents|families|guests|patients|players|members|visitors|couples|owners|neighbou?rs|kids' +
  '|learners|riders|diners|tenants|landlords|people|locals|brides|graduates|athletes|homeowners|residents|swimmers|campers|climbers' +
  '|travell?ers|passengers|walkers|shoppers|buyers|sellers|drivers|golfers|skaters|dancers|singers|readers|listeners|attendees)';
const TESTIMONIALS_HEADING = new RegExp(
  String.raw`^(?:testimonials?|kind words|(?:praise|reviews)(?: for [^.!?]{1,60})?` +
    String.raw`|what (?:(?:our|my) (?:[\p{L}’'&-]+ ){0,3}|(?:[\p{L}’'&-]+ )?${SAYERS} )(?:say|said|are saying|think)(?: about us)?` +
    String.raw`|(?:customer|client|student|pupil|parent|guest|patient|family)s?[’']? (?:reviews|feedback|stories|testimonials))[:.!…]*$`,
  'iu',
);
/** A line that is one quote, with or without its attribution after a dash (not a quote a sentence goes on from: “…,” said …). */
const QUOTED = /^[“"«„][^”"»]+[”"»“]\s*(?:[–—―-]\s*\S.*)?$/;
const ATTRIBUTION = /^[–—―-]\s*\S/;
const LINE_TAGS = 'p, blockquote, figcaption, cite, li';
const LABEL_MAX_CHARS = 80;

/** The lines of `el`: its innermost paragraphs, quotes, captions and items, or its whole text when it has none. */
function linesOf(el: DomElement): string[] {
  const blocks = Array.from(el.querySelectorAll(LINE_TAGS)).filter((b) => b.querySelectorAll(LINE_TAGS).length === 0);
  return (blocks.length === 0 ? [el] : blocks).map((b) => squash(b.textContent)).filter((t) => t !== '');
}

/**
 * Whether `el` holds quotes and their attributions only, one quote at least, and nothing beside them: a review site's snippets,
 * each with its reviewer's name and date set apart, are its content (a comparison page's "What reviewers say"; batch 386).
 */
function isQuoteBox(el: DomElement): boolean {
  const lines = linesOf(el);
  if (!lines.some((l) => QUOTED.test(l)) || !lines.every((l) => QUOTED.test(l) || ATTRIBUTION.test(l))) return false;
  return lines.join(' ').length >= squash(el.textContent).length - 1;
}

/** The run of quotes a testimonials heading opens: the quote lines in its own box after it, or the quote boxes after its box. */
function quoteRun(h: DomElement): DomElement[] {
  const head = boxedHead(h);
  const run: DomElement[] = [];
  for (let next = head.nextElementSibling; next !== null && isQuoteBox(next); next = next.nextElementSibling) run.push(next);
  return run;
}

/** Removes testimonials headed as such from `doc` in place, with their heading. */
export function removeTestimonials(doc: DomDocument): void {
  // (or a title set as a paragraph: Squarespace's list section, `<div class="list-section-title"><p>What clients say</p>`; round 163)
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, p'))) {
    if (h.parentNode === null || squashedLength(h, LABEL_MAX_CHARS + 1) > LABEL_MAX_CHARS || !TESTIMONIALS_HEADING.test(squash(h.textContent))) continue;
    const run = quoteRun(h);
    if (run.length === 0) continue;
    for (const el of run) el.remove();
    boxedHead(h).remove();
  }
}
