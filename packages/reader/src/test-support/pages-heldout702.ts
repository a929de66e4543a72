import type { TestPage } from './page-kit.js';
import { HELDOUT702_A } from './pages-heldout702-a.js';
import { HELDOUT702_B } from './pages-heldout702-b.js';
import { HELDOUT702_C } from './pages-heldout702-c.js';
import { HELDOUT702_D } from './pages-heldout702-d.js';
import { HELDOUT702_E } from './pages-heldout702-e.js';
import { HELDOUT702_F } from './pages-heldout702-f.js';

/**
 * Held-out batch 702, written in session 45 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a tech news story about a package
 * registry's signing-key slip on a site built like The Register (keyword label, h2 standfirst, byline and dateline, inline
 * "listinks" rails and labelled ad units in the body, "More about" keywords), a build-tool release story on a developer news
 * site built like InfoQ (OneTrust banner, event strip, breadcrumb, audio player, inline sponsored box, topics, author box,
 * rating, related rails, newsletter), a CI test-sharding post on a company engineering blog built with Hugo (custom theme:
 * summary, meta line, authors line, TableOfContents aside, Chroma code, results table, callout, tags, share, author and hiring
 * boxes, related posts, prev / next), a Bash-to-Rust post on DEV Community (Forem: reaction sidebar, share dropdown, tags, code
 * with fullscreen buttons, comment tree, author card, "More from", "Read next", footer), a Node.js streams post on a Hashnode
 * blog (subtitle, author / date / reading time row, series box, code, table, likes, newsletter, tags, "Written by", comments,
 * "More articles"), an environments guide of a CLI on Docusaurus v3 (announcement bar, version dropdown, DocSearch, sidebar,
 * breadcrumbs, version badge, tabs with hidden panels, titled code block, tip / warning / note admonitions, edit link, last
 * updated, pagination, TOC, footer), a custom-rules guide of a SQL linter on MkDocs Material (banner, repository facts, tabs,
 * both sidebars, edit / view-source buttons, admonitions, a closed collapsible block, code blocks with file names, git
 * revision dates, feedback widget, footer prev / next), an API reference page of a Python client on Sphinx with the Read the
 * Docs theme (autodoc classes, methods and exceptions with [source] links, field lists, a doctest block, version note, note
 * admonition, EthicalAds block, footer buttons, versions flyout), an article on a distribution's wiki built like the ArchWiki
 * (MediaWiki 1.42, Vector 2022 with the distribution's navbar, "Related articles" box, package links, Note / Tip / Warning
 * boxes, {{hc}}-style code, sidebar contents, edit links, categories), an upgrade page of a project's GitHub wiki (logged-out
 * repository header, "edited this page" meta, markdown alert, code with copy buttons, a table, pages box, custom sidebar and
 * footer, clone URL), a Stack Overflow question with two answers (logged-out: vote cells, tags, post menus, user cards,
 * comments, answer sorting, "Your Answer" box, sidebar rails, cookie banner, footer), and a Q&A thread in GitHub Discussions
 * (answered state, answer preview box, upvotes, reactions, a marked answer with nested replies, a later comment, sidebar).
 * Brands, people, places and facts are invented; the markup follows the real templates (the platforms Stack Overflow, GitHub,
 * DEV Community and Hashnode keep their own names, the publications and wiki are invented). Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, summary or subtitle under the h1 (the Register-style h2, the Hugo
 * summary, the Hashnode subtitle) is body, a section keyword above the h1 ("Devops", "DevOps") furniture; reading times,
 * "Posted on …", an author's role line, Docusaurus "Last updated on … by …", Material's git revision dates (last update and
 * created), GitHub's "… edited this page … · N revisions" and Stack Overflow's "asked / answered / edited" lines and header
 * "Asked" / "Modified" labels with their dates are bylines, "Viewed 1k times" furniture; each code block is one body entry with
 * its lines joined by white space, a code block's file-name title (Docusaurus, Material) is a body entry of its own, copy and
 * fullscreen buttons furniture (dev.to's SVG <title> texts included) or, when empty, in no list; admonitions are body with their
 * title as its own entry (Docusaurus tip / warning / note, Material Note / Warning, Sphinx Note, GitHub's "Important" alert),
 * ArchWiki-style Note: / Tip: / Warning: boxes one entry each with their label, and Material's closed <details> counts as shown
 * (summary and text body); Docusaurus tab labels are furniture, the active tab's code body and the panels with the hidden
 * attribute in no list; every table row, the header row included, is one body entry with its cells joined by spaces; on the
 * Sphinx page each autodoc signature is one body entry as shown without its "[source]" link (furniture) and "¶" anchor (no
 * list), each field-list label ("Parameters:", "Returns:", "Return type:", "Raises:"), parameter item and single field value is
 * one body entry, and "Bases: …" lines and the version note are body; on the wiki the "Related articles" box, sidebar contents
 * with their numbers, edit links, categories, "From AlderWiki" and the print-only "Retrieved from" line are furniture, a package
 * link's repository superscript stays in its paragraph after a space ("gantry-git ACR."), and the "See also" section (heading
 * and links) is body; the GitHub wiki's pages box, custom sidebar and custom footer are furniture; on Stack Overflow the comments
 * under the question and the answers are body (replies in the thread) with their authors and dates as bylines, while votes,
 * reputation, badges (the visually hidden "N silver badges" included), post menus and the "Your Answer" form are furniture and
 * select options in no list; in the GitHub discussion the question, answer, nested replies and later comment are body, the
 * answer preview box repeats the answer's first paragraph (body) under furniture labels ("Answered by", "View full answer"),
 * and "Answer selected by", "Maintainer" / "Author" badges, upvote and reaction counts and emoji are furniture; blog comments
 * (DEV, Hashnode) are furniture with their like counts, their authors and dates bylines; ad labels, EthicalAds text, the
 * Register-style in-body "listinks" rails and the InfoQ-style inline sponsored box are furniture; visually hidden texts (skip
 * links, sr-only "Footer") are furniture, text under the hidden attribute, aria-hidden or display:none in no list;
 * punctuation-only separators ("·", "/", "⌘") stay in furniture as the kit's gold() keeps them; texts that also occur as words in
 * the title, a heading or a body entry (TOC entries, a sidebar's current page, a "Security" menu item) are left out by gold().
 */
export const HELDOUT702_PAGES: readonly TestPage[] = [...HELDOUT702_A, ...HELDOUT702_B, ...HELDOUT702_C, ...HELDOUT702_D, ...HELDOUT702_E, ...HELDOUT702_F];
