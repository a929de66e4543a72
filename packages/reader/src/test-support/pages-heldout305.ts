import type { TestPage } from './page-kit.js';
import { HELDOUT305_A } from './pages-heldout305-a.js';
import { HELDOUT305_A2 } from './pages-heldout305-a2.js';
import { HELDOUT305_B } from './pages-heldout305-b.js';
import { HELDOUT305_B2 } from './pages-heldout305-b2.js';
import { HELDOUT305_C } from './pages-heldout305-c.js';
import { HELDOUT305_C2 } from './pages-heldout305-c2.js';
import { HELDOUT305_D } from './pages-heldout305-d.js';
import { HELDOUT305_D2 } from './pages-heldout305-d2.js';
import { HELDOUT305_E } from './pages-heldout305-e.js';
import { HELDOUT305_E2 } from './pages-heldout305-e2.js';
import { HELDOUT305_F } from './pages-heldout305-f.js';
import { HELDOUT305_F2 } from './pages-heldout305-f2.js';

/**
 * Held-out batch 305, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: careers, jobs and the workplace — a
 * job board's career-advice article in the Indeed Career Guide template (key takeaways box, "Related:" promo, job-search promo),
 * a company's careers page built in Webflow (values cards, an employee quote, perks, open-roles list), an HR software company's
 * blog post on HubSpot CMS (CTA module, author bio, related posts), a Glassdoor-style company reviews page in Next.js markup
 * (five review cards, rating summary, sign-up wall), a LinkedIn-style long-form article in its guest view (reactions and
 * comments bar, two comments, "More articles by"), a trade union's workplace-rights guide on Drupal 10 (summary field, "On this
 * page" block, a rest-periods table), a recruitment firm's salary guide rendered by Nuxt 3 (a salary-band table, sector tabs,
 * gated download), a recruitment agency's blog post built with Elementor Pro (post-info, share buttons, post navigation,
 * WordPress comments), an employee-handbook page on a SharePoint Online intranet (hub nav, Quick links web part, social bar and
 * comments), a professional body's certification page on ASP.NET Web Forms / Sitecore (a short main text with a key-facts table
 * and an FAQ accordion), a CV builder's resume-template page built with Gatsby and styled-components, and an internship listing
 * on a Greenhouse-style hosted job board with its application form.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a key takeaways box at the top of an article is body, its "Key takeaways:" label a
 * heading; a pull quote or employee quote inside the article is body, the quoted person's name and role furniture; on the
 * reviews page each review's headline, Pros, Cons and Advice to Management texts are body, the "Pros" / "Cons" labels, star
 * ratings, employment status and helpful counts furniture, and the date-and-role line of each review a byline; table data
 * cells and a table caption are body, header cells (column heads, and the row heads of a key-facts table) in neither list;
 * FAQ questions in an accordion or details/summary inside the article are body with their answers; an "On this page" list that
 * repeats the headings is in neither list; a "Last reviewed" / "Page last updated" / "Published" line, and an intranet
 * policy's "Policy owner ... Next review due" line, are bylines; "Read more:" and "Related:" promos inside the body are
 * furniture; comments on articles and intranet pages are furniture; the careers page's open-roles list and the job listing's
 * application form, pay-range box and location are furniture, the job description's own text body; texts that also occur
 * inside a body text (the salary guide's "Northern Region" option, the intranet's "IT Service Portal" quick link) are left out of the furniture.
 */
export const HELDOUT305_PAGES: readonly TestPage[] = [
  ...HELDOUT305_A,
  ...HELDOUT305_A2,
  ...HELDOUT305_B,
  ...HELDOUT305_B2,
  ...HELDOUT305_C,
  ...HELDOUT305_C2,
  ...HELDOUT305_D,
  ...HELDOUT305_D2,
  ...HELDOUT305_E,
  ...HELDOUT305_E2,
  ...HELDOUT305_F,
  ...HELDOUT305_F2,
];
