import type { TestPage } from './page-kit.js';
import { HELDOUT44_A } from './pages-heldout44-a.js';
import { HELDOUT44_B } from './pages-heldout44-b.js';
import { HELDOUT44_C } from './pages-heldout44-c.js';
import { HELDOUT44_D } from './pages-heldout44-d.js';
import { HELDOUT44_E } from './pages-heldout44-e.js';
import { HELDOUT44_F } from './pages-heldout44-f.js';

/**
 * Held-out batch 44, written in session 18 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a Discuz! X3.5 forum thread on an
 * English-language board, a phpBB 2 topic on the subSilver template, a UBB.threads 7.7 topic, a vBulletin 3.8 showthread page,
 * a WoltLab Suite 6.1 forum thread, an Ask MetaFilter question with its answers, a Bitbucket Cloud issue, a JetBrains YouTrack
 * issue, a Gerrit Code Review change page (the commit message is the article, the review messages and inline comments are its
 * posts), a SourceForge (Allura) ticket, a lore.kernel.org public-inbox message with its thread overview and a MARC
 * (marc.info) mailing-list message. Every page is a thread, so each is of the forum kind: posts, answers and review comments
 * are body, posters' names, post times, quote attributions and "edited" lines are bylines, quoted text and code are in
 * neither list. Not yet measured.
 */
export const HELDOUT44_PAGES: readonly TestPage[] = [...HELDOUT44_A, ...HELDOUT44_B, ...HELDOUT44_C, ...HELDOUT44_D, ...HELDOUT44_E, ...HELDOUT44_F];
