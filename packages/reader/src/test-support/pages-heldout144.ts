import type { TestPage } from './page-kit.js';
import { HELDOUT144_A } from './pages-heldout144-a.js';
import { HELDOUT144_B } from './pages-heldout144-b.js';
import { HELDOUT144_C } from './pages-heldout144-c.js';
import { HELDOUT144_D } from './pages-heldout144-d.js';
import { HELDOUT144_E } from './pages-heldout144-e.js';
import { HELDOUT144_F } from './pages-heldout144-f.js';

/**
 * Held-out batch 144, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GitLab documentation page
 * (Hugo docs site), a Cloudflare developer documentation page (Starlight), a Vercel documentation page, a Netlify
 * documentation page (Starlight-based), a Supabase documentation guide, a Prisma documentation page (Docusaurus), a
 * Tailwind CSS v4 documentation page, a Laravel documentation page, a Ruby on Rails guide, a Flutter documentation page,
 * a Unity Manual page and a Kotlin documentation page (Writerside).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's description or lead under the h1 is body (on Supabase it is an
 * h2 set as a subtitle, still body); callouts, alerts, asides, admonitions and note blockquotes in the text are body, and
 * their separate titles or labels ("Note", "Tip", "info", an admonition's h5) are in neither list (where the label is
 * inside the paragraph, as on GitLab, it is part of the body text); table data cells are body, header cells in neither
 * list; code blocks, code-frame file names, language labels and code tab labels are in neither list, copy buttons are
 * furniture; availability boxes (GitLab's tier and offering box, Vercel's plan box) and GitLab's "History" details are
 * furniture; "Section titled" anchor texts and Material Symbols icon ligatures are furniture; "Last updated" and similar
 * dates are bylines; in-page tables of contents ("On this page", Laravel's list under the h1, the Rails "Chapters" list)
 * that repeat the headings are left out, as are nav and breadcrumb entries that repeat the title, and a short furniture
 * text that is a word of a short gold line is left out (each page's comment names them); Rails guide headings keep their
 * chapter numbers as shown; a Unity paragraph with a glossary term is two body entries around the hidden tooltip, whose
 * text is furniture; Unity's "Additional resources" list is part of the page (gold); the Rails "Feedback" h3 and its
 * paragraphs at the end of the main column are furniture.
 */
export const HELDOUT144_PAGES: readonly TestPage[] = [...HELDOUT144_A, ...HELDOUT144_B, ...HELDOUT144_C, ...HELDOUT144_D, ...HELDOUT144_E, ...HELDOUT144_F];
