import type { TestPage } from './page-kit.js';
import { HELDOUT404_A } from './pages-heldout404-a.js';
import { HELDOUT404_B } from './pages-heldout404-b.js';
import { HELDOUT404_C } from './pages-heldout404-c.js';
import { HELDOUT404_D } from './pages-heldout404-d.js';
import { HELDOUT404_E } from './pages-heldout404-e.js';
import { HELDOUT404_F } from './pages-heldout404-f.js';

/**
 * Held-out batch 404, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a PubMed-style abstract page with
 * a structured abstract, a PMC-style full-text article with a table and a figure, a BMJ-style research article on a HighWire
 * template with summary boxes and rapid responses, an NEJM-style Perspective on an Atypon template whose paragraphs are
 * `<div role="paragraph">`, a Lancet-style Comment whose paragraphs are `<div class="section-paragraph">`, a JAMA-style research
 * letter on a Silverchair template, a Frontiers-style article rendered by a Nuxt app, a PLOS-style research article with an
 * author summary, an eLife-style article with its eLife assessment and digest, an arXiv-style abstract page (short main
 * text), a Semantic Scholar-style paper page built by a React app (TLDR and abstract only), and a ResearchGate-style
 * publication page (abstract only).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: authors and publication, "Epub", "Received / Accepted", "Published Online",
 * "Version of Record" and submission-history lines are bylines, while affiliations, editors and reviewers, citation lines,
 * DOIs, PMIDs, article-type labels and keywords lines are furniture; a structured abstract's run-in labels ("Background:",
 * "Objective") stay inside their body paragraphs; the "Abstract" heading is a heading where the page shows one; summary boxes
 * written by the authors (the BMJ-style "What is already known / What this study adds", the PLOS-style author summary, the
 * eLife assessment and digest) are body with their headings, and the assessment's term badges furniture; the
 * Semantic Scholar-style TLDR text is body and its label furniture; the arXiv-style h1's "Title:" descriptor and the
 * "Abstract:" descriptor are furniture and the title is the h1 without it; figure and table labels and captions, data
 * availability, funding, disclosures, footnotes, references and rapid responses or comments are furniture, table cells
 * (header and data) are in neither list, and table-of-contents entries that repeat an article heading are not listed.
 */
export const HELDOUT404_PAGES: readonly TestPage[] = [...HELDOUT404_A, ...HELDOUT404_B, ...HELDOUT404_C, ...HELDOUT404_D, ...HELDOUT404_E, ...HELDOUT404_F];
