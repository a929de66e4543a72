import type { TestPage } from './page-kit.js';
import { HELDOUT38_A } from './pages-heldout38-a.js';
import { HELDOUT38_B } from './pages-heldout38-b.js';
import { HELDOUT38_C } from './pages-heldout38-c.js';
import { HELDOUT38_D } from './pages-heldout38-d.js';
import { HELDOUT38_E } from './pages-heldout38-e.js';
import { HELDOUT38_F } from './pages-heldout38-f.js';

/**
 * Held-out batch 38, written in session 17 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: an old Reddit
 * (old.reddit.com) comments page of a self post, a Lobsters story with nested comments, a Tildes topic with comments, a
 * Flarum discussion (the rendered app with its <noscript> copy), a Simple Machines Forum 2.1 topic, a Mozilla Bugzilla bug
 * with comments, a GitLab issue with discussion notes, an Apache Jira issue with comments, a Microsoft Q&A question with
 * answers, a PieFed post with nested comments, a Hugging Face Hub model Community discussion and a Kaggle discussion topic.
 * All twelve are thread or tracker pages: every post, reply and comment is body, names and post times are bylines.
 * Measured once on the round-33 rules (session 17, before any rule looked at it): precision 93.7 %, recall 87.2 %, body recall
 * 87.4 %, 14 of 123 bylines and 48 of 658 furniture texts on 8 of 12 pages, 4 of 12 default summaries with any. The round-34
 * rules (session 17) were tuned on it: training since (no gold changed).
 */
export const HELDOUT38_PAGES: readonly TestPage[] = [...HELDOUT38_A, ...HELDOUT38_B, ...HELDOUT38_C, ...HELDOUT38_D, ...HELDOUT38_E, ...HELDOUT38_F];

/**
 * The byline and furniture texts of batch 38 the round-34 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT38_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // a comment's label word alone (Tildes marks a comment "Exemplary"), too short to tell from a word of a post
  'heldout38-tildes-topic': ['Exemplary'],
  // a bug's field label (its attachment row went in round 76, by Bugzilla's name for the box)
  'heldout38-bugzilla-bug': ['Flags:'],
  // "Activity" over the notes: batch 16's Jira gold keeps such a heading as the page's own, this gold does not
  'heldout38-gitlab-issue': ['Activity'],
  // the support engineer's greeting: a greeting opening a mail is body elsewhere (HyperKitty's "Hi all,")
  'heldout38-microsoft-qa-question': ['Leonie Hartmann', 'Hello Leonie Hartmann,'],
  // the site's logo word and the model repository's header (its organisation, Follow and the organisation's name)
  'heldout38-huggingface-discussion': ['Hugging Face', 'northwind-ai', 'Follow', 'Northwind AI'],
  // the competition's header over the topic: its <h1>, its subtitle and the tab name
  'heldout38-kaggle-discussion': ['Regional Grid Load Forecasting 2025', 'Predict hourly electricity demand across fourteen grid regions', 'Discussion'],
};
