import type { TestPage } from './page-kit.js';
import { HELDOUT448_A } from './pages-heldout448-a.js';
import { HELDOUT448_B } from './pages-heldout448-b.js';
import { HELDOUT448_C } from './pages-heldout448-c.js';
import { HELDOUT448_D } from './pages-heldout448-d.js';
import { HELDOUT448_E } from './pages-heldout448-e.js';
import { HELDOUT448_F } from './pages-heldout448-f.js';

/**
 * Held-out batch 448, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hardware vendor's audio
 * interface driver download page on Adobe Experience Manager with an OS selector and release notes, a router firmware article
 * with a changelog and warnings on a Zendesk Help Center, a printer support page with a downloads table on Drupal (Olivero), a
 * GPU driver release news post on WordPress with comments, a BIOS update page with instructions in a Confluence space, a
 * SourceForge project download page, a Linux distribution's download page with checksums on Hugo (Docsy), a GitHub Releases
 * listing of an open-source backup tool, a Windows app's download page on Webflow, a camera firmware notice on a Next.js site,
 * a game's patch download announcement as a Discourse topic, and a scanner utility page on an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a downloads or file table's data rows are body, one entry a row (its cells' texts
 * joined by spaces), its header cells and caption in neither list or furniture; download buttons and file-name links outside
 * the article text are furniture; warning and info boxes inside the article are body, their labels ("Important", "Before you
 * start", "Old release") furniture; a checksum code block's lines are body; the page properties table of the Confluence page is
 * body; a lead or tagline under the h1 (Docsy's lead, the Webflow hero paragraph, SourceForge's summary line) is body; the
 * "Version ... Updated ..." line under a download button, "Released" / "Last updated" / "Last modified" lines, SourceForge's
 * "Brought to you by" and last-update date, and a release's date and author on GitHub are bylines; on the GitHub Releases listing
 * the title is the page's h1 "Releases" and each release name (a bold link, with a hidden h2) and its markdown h3s are headings;
 * on the Discourse topic the first post and the replies are the body, user names and post dates are bylines; comments on the
 * WordPress news post are furniture; tags, labels, the OS and model selectors' options, ratings and reviews are furniture.
 */
export const HELDOUT448_PAGES: readonly TestPage[] = [...HELDOUT448_A, ...HELDOUT448_B, ...HELDOUT448_C, ...HELDOUT448_D, ...HELDOUT448_E, ...HELDOUT448_F];
