import { plain, type TestPage, texts } from './page-kit.js';
import { lmBadges, lmCard, lmComments, lmFooter, lmHtml, lmNav, lmPostBody, lmRules, lmSite, lmSort, lmTitle } from './pages-heldout134-e2.js';
import { glCookie, glCrumbs, glHtml, glSide, glSidebar, glTitle, glTop } from './pages-heldout134-e3.js';
import { glNotes, glSections } from './pages-heldout134-e4.js';

/**
 * Held-out batch 134, file e: a Lemmy link post with its own text and nested comments (file e2) and a GitLab issue written
 * from the bug template with its activity (file e3).
 */
const uniq = (a: readonly string[]): string[] => [...new Set(a)];

const lemmy: TestPage = {
  html: lmHtml,
  name: 'heldout134-lemmy-link-post-forum',
  kind: 'forum',
  // the post's own text and every comment are body; the poster, commenters (with their instance suffixes) and the ages are
  // bylines; the link metadata card (the linked page's title and description), the domain, scores, "OP", sort radios, the
  // sidebar cards and the footer are furniture
  title: lmTitle,
  headings: [],
  body: [...texts(lmPostBody), ...lmComments.flatMap((c) => texts(c.text))],
  bylines: uniq(['signal_box_sam', '6h', ...lmComments.flatMap((c) => [c.user, ...(c.inst ? [c.inst] : []), c.age])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Javascript is disabled. Actions will not work.', 'Jump to content', 'Lemmy Estuary', ...lmNav, '187', 'valleyobserver.example', 'rail', ...texts(lmCard),
    '23', ...lmSort, 'OP', ...lmComments.map((c) => c.pts), 'reply', 'Rail', '!rail@lemmy.estuary.example', ...lmBadges, 'Subscribe',
    'Discussion of railways, trains and public transport, mostly in the UK and Ireland.', 'Rules', ...lmRules, 'Mods', 'platform_nine', ...lmSite, ...lmFooter,
  ]),
};

const users = glNotes.filter((n) => !n.system);
/** Short furniture texts that are words of short gold lines ("bug" of a heading, "import" and "tidewater-cli" of list items), left out. */
const glWords = ['tidewater-cli', 'Tidewater', 'bug', 'import'];
const gitlab: TestPage = {
  html: glHtml,
  name: 'heldout134-gitlab-issue-forum',
  kind: 'forum',
  // the description's template sections are the headings; its paragraphs and list items and every comment are body (the code
  // block in neither list); the "Issue created ... by ..." and "Edited ... by ..." lines, names, handles and note times are
  // bylines; system notes' messages, role badges, award counts, related merge requests, the Activity header and its buttons,
  // both sidebars, the header and the cookie banner are furniture (the award count "2" and the
  // related merge requests count "1" are left out: they are numbers of a short list item)
  title: glTitle,
  headings: glSections.map((s) => s[0]),
  body: [...glSections.flatMap((s) => texts(s[1])), ...users.flatMap((n) => texts(n.text ?? []))],
  bylines: uniq([
    'Issue created 2 weeks ago by Hana Kowalczyk',
    'Edited 3 days ago by Hana Kowalczyk',
    ...glNotes.flatMap((n) => [n.name, ...(n.system ? [] : [n.handle]), n.ago]),
  ]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...glTop, 'Skip to content', ...glSide, ...glCrumbs, 'Open', ...glSidebar, '9', 'Related merge requests',
    'Strip a leading BOM from the first CSV header cell', '!418', 'Activity', 'Oldest first', 'Show all activity',
    ...glNotes.flatMap((n) => (n.system ? [plain(n.system)] : [])), 'Maintainer', 'Author', 'Please register or sign in to reply', ...glCookie,
  ]).filter((f) => !glWords.includes(f)),
};

export const HELDOUT134_E: readonly TestPage[] = [lemmy, gitlab];
