import { squash, type DomDocument } from './dom.js';

/** A cookie policy's own headline ("Cookie Policy", "Cookie notice", "How we use cookies"; not a recipe's "Oat Cookies"). */
const POLICY_HEADLINE = /\bcookies? (?:policy|notice|statement|declaration|information)\b|\b(?:use of|about|how we use|why we use) cookies\b|^cookies$/i;

/**
 * Whether the page is a cookie policy (round 128, after batch 466): its paragraphs tell what cookies the site sets and how to
 * change one's consent, in the words a consent banner's line is known by, and are its text.
 */
export function isCookiePolicyPage(doc: DomDocument): boolean {
  const h1 = doc.querySelectorAll('h1')[0];
  const title = doc.querySelectorAll('title')[0];
  return [h1, title].some((el) => el !== undefined && isCookiePolicyTitle(squash(el.textContent).split(/\s[-–—|]\s/)[0] ?? ''));
}

/** Whether a page's title names a cookie policy. */
export const isCookiePolicyTitle = (title: string): boolean => POLICY_HEADLINE.test(title);
