import type { TestPage } from './page-kit.js';
import { HELDOUT354_A } from './pages-heldout354-a.js';
import { HELDOUT354_B } from './pages-heldout354-b.js';
import { HELDOUT354_C } from './pages-heldout354-c.js';
import { HELDOUT354_D } from './pages-heldout354-d.js';
import { HELDOUT354_E } from './pages-heldout354-e.js';
import { HELDOUT354_F } from './pages-heldout354-f.js';

/**
 * Held-out batch 354, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Atlassian Statuspage incident
 * page with its postmortem and update timeline, a Cachet incident history page (a listing), a cloud provider's post-incident
 * summary in the AWS "message" template, a Medium-hosted engineering blog postmortem, a monthly availability report on a
 * GitHub-blog-style WordPress site, an Instatus incident page built with Next.js (short main text), a game studio's Discourse
 * thread about a login outage (the posts are the body), a bank's service-disruption notice built with Adobe Experience Manager
 * core components (a page builder), an ISP's outage announcement with replies on a Khoros community, a Google Cloud Service
 * Health-style incident report with its updates table, a SaaS changelog incident entry built with Webflow (a page builder),
 * and a GOV.UK news story announcing planned maintenance.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on status pages the text of each update in the timeline is body, its status label
 * ("Investigating", "Resolved", "Postmortem") furniture and its posted time a byline, and the "This incident affected" /
 * "Affected" component lines, impact pills and durations are furniture; on the incident history listing each incident's
 * name is a heading (it is set in a strong panel heading, not an h-element) and its message body, the day headings and
 * times are bylines, and "No incidents reported" is furniture; the Google-style report's updates table: description cells
 * are body, date cells bylines, header cells furniture, and the "Incident began ... ended ..." line is a byline; the
 * "Incident Report" h2 is a heading; a subtitle / dek (Medium) and a lead paragraph (GOV.UK, Webflow changelog) are body; a
 * signature line at the end of an article ("— The Northwind Cloud Team", "— Jonas Whitcombe, Head of Engineering") is a
 * byline, while a sign-off written inside a forum post ("Callum, Tynelink Network Operations") is body; the AWS page's bold
 * run-in paragraph labels are headings; on forum pages all posts and replies are body (also the announcement's replies on
 * Khoros), user names, ranks, user titles and post dates bylines or furniture (user names and dates bylines, ranks and titles
 * furniture); GOV.UK's "From:" / "Published" labels and values are bylines; a quote inside the Medium post is body.
 */
export const HELDOUT354_PAGES: readonly TestPage[] = [...HELDOUT354_A, ...HELDOUT354_B, ...HELDOUT354_C, ...HELDOUT354_D, ...HELDOUT354_E, ...HELDOUT354_F];
