import type { TestPage } from './page-kit.js';
import { HELDOUT360_A } from './pages-heldout360-a.js';
import { HELDOUT360_B } from './pages-heldout360-b.js';
import { HELDOUT360_C } from './pages-heldout360-c.js';
import { HELDOUT360_D } from './pages-heldout360-d.js';
import { HELDOUT360_E } from './pages-heldout360-e.js';
import { HELDOUT360_F } from './pages-heldout360-f.js';

/**
 * Held-out batch 360, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: release notes and changelogs,
 * namely a GitHub release page, a Keep a Changelog CHANGELOG rendered by MkDocs Material, the "What's New" section of an App
 * Store listing, a browser's release post on a WordPress blog, a WordPress.org plugin's Changelog tab, a Jira Server
 * "Release Notes" page, a single entry of a Headway public changelog, a JetBrains-style "What's New" page (Rescui classes,
 * Next.js), an Android app's release notes on a Help Scout Docs knowledge base, a SaaS "Product updates" article on an
 * Intercom Help Center (Next.js), a game's patch notes on a Gatsby site, and a router's firmware release notes on a Zendesk
 * Help Center (Copenhagen theme).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a changelog, the version headings ("[2.1.0] - 2026-01-20", "5.3.0 – 2026-02-24",
 * "Version 6.8 (March 2026)") and the change-type headings under them ("Added", "Fixed", Jira's "Bug", "Story") are
 * headings, and the dates inside them stay part of the heading, not bylines; a Jira issue line ("[DRM-1182] - Export to CSV
 * ...") is body with its key; GitHub's generated "Full Changelog: a...b" line is furniture, the release's tag, commit and
 * "Latest" label too, and its author login, "released this" and time are bylines; on the App Store listing only the What's
 * New notes are body (the app description, version number, reviews and information table are furniture, the release date a
 * byline) and the title is the app name without the age-rating badge inside the h1; the Help Scout page's search-hero h1
 * ("How can we help?") is furniture, the article h1 the title; an Intercom article's subtitle line is furniture; context
 * quotes inside patch notes are body; table data cells are body, one entry a cell, header cells in neither list;
 * figure captions, "Read more" callouts inside the article, the Zendesk attachment name and comments on articles are
 * furniture; Headway's category labels ("New", "Improvement") are furniture, its date a byline; Zendesk's author name,
 * time and "Updated" label are bylines; a page's own title repeated in a sidebar or tab list is in neither list.
 */
export const HELDOUT360_PAGES: readonly TestPage[] = [...HELDOUT360_A, ...HELDOUT360_B, ...HELDOUT360_C, ...HELDOUT360_D, ...HELDOUT360_E, ...HELDOUT360_F];
