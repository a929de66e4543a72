import type { TestPage } from './page-kit.js';
import { HELDOUT355_A } from './pages-heldout355-a.js';
import { HELDOUT355_B } from './pages-heldout355-b.js';
import { HELDOUT355_C } from './pages-heldout355-c.js';
import { HELDOUT355_D } from './pages-heldout355-d.js';
import { HELDOUT355_E } from './pages-heldout355-e.js';
import { HELDOUT355_F } from './pages-heldout355-f.js';

/**
 * Held-out batch 355, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Google Patents granted-patent page
 * (abstract, description, claims), an Espacenet classic bibliographic-data page, a USPTO TSDR-style trademark status page, an IP
 * law blog post on Blogger in the IPKat manner, a law firm's IP update on a WordPress site built with Elementor, an IP office's
 * guidance page on GOV.UK, a WIPO-style press release on a Liferay portal, a copyright office circular on the U.S. Web Design
 * System, a patent pool's licensing FAQ on a Zendesk Help Center, an inventors' forum thread on phpBB prosilver, a trademark
 * opposition decision summary on an IP office's Drupal (Olivero) site, and a university tech-transfer office's technology
 * listing on an Inteum-style technology publisher.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: where the platform puts the post title in an h3 (Blogger) or h2 (phpBB topic title)
 * and the site name in the h1, the title is the post or topic title and the site-name h1 is furniture; Google Patents' h1 is
 * the title as it shows it ("number - title - Google Patents"), its Abstract, Description and Claims h2s and the description's
 * heading elements are headings, and abstract, description paragraphs and claims are body; on the data pages (Espacenet, TSDR,
 * tech-transfer listing) inventors and owners' dates are bylines, field labels and bibliographic or classification values
 * furniture, while the abstract (Espacenet), the prose values of the status and record sections under their toggle headings
 * (TSDR) and the description sections under their bold labels (listing, labels as headings) are body; the Espacenet
 * "Bibliographic data: ... ― date" line is a byline, its "Abstract of ..." h3 a heading; table data cells inside an article are
 * body and header cells in neither list; a lead paragraph or summary box inside the article is body, the box label furniture;
 * a press release's number, "About" boilerplate and media contacts are furniture, its dateline a byline; the inventors' forum
 * posts (all of them) are body, reply subjects ("Re: ...") furniture, and the quoted excerpt inside a reply, being a repeat of
 * the first post, is in neither list; blog comments are furniture, their authors and dates bylines; the opposition decision's
 * decision fields (number, hearing officer, classes) are furniture except its date, a byline; Zendesk's "Updated" label is a
 * byline.
 */
export const HELDOUT355_PAGES: readonly TestPage[] = [...HELDOUT355_A, ...HELDOUT355_B, ...HELDOUT355_C, ...HELDOUT355_D, ...HELDOUT355_E, ...HELDOUT355_F];
