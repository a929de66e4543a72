import { squash, type DomDocument } from './dom.js';

/**
 * Advertising slots and their notices (round 11, after batch 12's syndicated story on a news portal):
 *
 * - an ad slot by the attributes ad servers read, whatever its class: Google AdSense's and Ad
 *   Manager's `data-ad-slot` / `data-ad-client` / `data-ad-unit-path`, the `data-google-query-id`
 *   GPT writes into a filled slot, and the `adsbygoogle` `<ins>`; with its label ("Advertisement"),
 *   which a site's own class words ("caas-da") do not name;
 * - the notice a page sets between two paragraphs where an ad will load ("Story continues below
 *   advertisement", "Article continues below this ad", "Continue reading below", "Scroll to
 *   continue with content"), standing alone: a line about the layout, never a sentence of the story.
 */
const SLOT = '[data-ad-slot], [data-ad-client], [data-ad-unit-path], [data-google-query-id], ins.adsbygoogle';
const NOTICE = new RegExp(
  '^(?:(?:the )?(?:story|article|content|text|post|page) continues (?:below|after) (?:(?:this|the) )?(?:advertisement|advert|ad|sponsored content)' +
    String.raw`|continue reading (?:the )?(?:main )?(?:story |article )?below|scroll (?:down )?to continue(?: with content| reading)?)\.?$`,
  'i',
);
const NOTICE_BLOCKS = 'p, div, span, small';
const NOTICE_MAX_CHARS = 80;

/** Removes ad slots and "continues below advertisement" notices from `doc` in place. */
export function removeAds(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(SLOT))) {
    // an ad server's attribute on a box of the story itself (a whole <article>) is a mistake, not a slot
    if (el.parentNode !== null && el.querySelectorAll('p').length <= 1) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll(NOTICE_BLOCKS))) {
    const text = squash(el.textContent);
    if (el.parentNode !== null && text.length <= NOTICE_MAX_CHARS && NOTICE.test(text)) el.remove();
  }
}
