import type { TestPage } from './page-kit.js';
import { HELDOUT406_A } from './pages-heldout406-a.js';
import { HELDOUT406_B } from './pages-heldout406-b.js';
import { HELDOUT406_C } from './pages-heldout406-c.js';
import { HELDOUT406_D } from './pages-heldout406-d.js';
import { HELDOUT406_E } from './pages-heldout406-e.js';
import { HELDOUT406_F } from './pages-heldout406-f.js';

/**
 * Held-out batch 406, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Devpost project page whose
 * story is the body, a Devpost hackathon overview, a Kaggle competition overview with its tabs (React, styled-components
 * classes), an Advent of Code puzzle page (short main text), a Codeforces blog entry with comments, a HackerRank problem page
 * (React), a Topcoder challenge page (a data page with prize, deadline and endpoint table), a hackathon schedule published
 * from Notion (page-builder div blocks), a winners' announcement on a company blog running WordPress, a Major League Hacking
 * season events listing, a game jam's community postmortem thread on itch.io (forum, the posts are the body) and a
 * participant's hackathon write-up on Medium.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a tagline or subtitle under the h1 (Devpost's project and hackathon taglines,
 * Kaggle's subtitle, Medium's subtitle) is body; on Advent of Code, whose h1 is the site name, the day's h2
 * "--- Day 7: ... ---" is the title; example input blocks in `pre` (Advent of Code, HackerRank samples) are in neither list,
 * and so are the HackerRank "Sample Input 0" / "Sample Output 0" labels' blocks (the labels are furniture); HackerRank's bold
 * section labels ("Function Description", "Input Format"...) are headings; table data cells are body and table header
 * cells in neither list; on the Devpost hackathon the prize names (h6 inside the description) are headings and the judges
 * list is furniture; Kaggle's Citation section and its sidebar table of contents are furniture, the host name and "2 months
 * to go" line are bylines; Devpost's "Created by" team members, Topcoder's Copilot, Notion's "Last edited" / "Owner"
 * properties and Codeforces' "history" link and "Author" line are bylines; comments under the Devpost project and the
 * Codeforces entry are furniture, while on the itch.io thread every post (the opening post and the replies) is body; the
 * Notion table-of-contents block repeats the headings and is in neither list; on the MLH listing each event card's name is a
 * heading and its dates, city and format are body, the "Member Event" ribbon furniture; Medium's pull quote is body,
 * its list items are body without the bullet.
 */
export const HELDOUT406_PAGES: readonly TestPage[] = [...HELDOUT406_A, ...HELDOUT406_B, ...HELDOUT406_C, ...HELDOUT406_D, ...HELDOUT406_E, ...HELDOUT406_F];
