import type { DomElement } from './dom.js';

/**
 * The bare word "skip" as a name token, which furniture-names.ts reads as a skip link's; `skip-link` and `skiplink` name one
 * whatever the box holds (the Guardian's target of its "skip past newsletter promotion" link, `EmailSignup-skip-link-10`).
 */
const SKIP = /(?:^|[\s_-])skip(?!-?link)(?=$|[\s_-])/gi;

/**
 * Whether a box is furniture by the word "skip" alone and is no skip link (round 138, after batch 555's skip hire firm, whose
 * size and price table, `<table class="skip-table">`, went as a skip link): a skip link goes to a place on the page, so a box with
 * no in-page link, no button and no "Skip ..." text is named for something else. `strong` tells whether other names make it furniture.
 */
export function namedSkipOnly(el: DomElement, names: string, strong: (names: string) => boolean): boolean {
  if (!strong(names) || strong(names.replace(SKIP, ' '))) return false;
  const inPage = (a: DomElement): boolean => (a.getAttribute('href') ?? '').startsWith('#');
  if (el.tagName === 'BUTTON' || /^\s*skip\b/i.test(el.textContent ?? '')) return false; // (Wix's "Skip to Main Content" button)
  return !(el.tagName === 'A' && inPage(el)) && !Array.from(el.querySelectorAll('a[href]')).some(inPage);
}
