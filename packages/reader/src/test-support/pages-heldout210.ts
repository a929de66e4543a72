import type { TestPage } from './page-kit.js';
import { HELDOUT210_A } from './pages-heldout210-a.js';
import { HELDOUT210_B } from './pages-heldout210-b.js';
import { HELDOUT210_C } from './pages-heldout210-c.js';
import { HELDOUT210_D } from './pages-heldout210-d.js';
import { HELDOUT210_E } from './pages-heldout210-e.js';
import { HELDOUT210_F } from './pages-heldout210-f.js';

/**
 * Held-out batch 210, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Autocar road test, a Top Gear
 * review, an Edmunds long-term test update, a Rennlist (vBulletin) forum thread, a MotorTrend news story, a car maker's
 * newsroom press release, a Haynes-style online repair guide page, a motoring organisation's advice page (AEM), an EV charging
 * network's Zendesk help article, a Bring a Trailer auction listing, a Jalopnik article (Static Media template) and a car
 * club's WordPress (Astra) blog post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst is body; review verdict boxes (score, pros and cons, price
 * line), spec tables and the Edmunds logbook are in neither list or furniture as each page says; a press release's summary
 * bullets, "Notes to editors" and boilerplate are body, its "ENDS" and media contacts card in neither list; a repair guide's
 * step titles (h3s inside list items) are headings, its warning text body and its summary box in neither list; FAQ questions
 * in an accordion are headings and their collapsed answers body; a help centre's service notice at the top of the article
 * body is furniture; the Bring a Trailer "BaT Essentials" box is in neither list and its comment and bid thread furniture;
 * quoted forum posts and embedded social posts are in neither list; a short furniture text that is also a short gold line
 * (a heading, a breadcrumb naming the article) is left out of the furniture.
 */
export const HELDOUT210_PAGES: readonly TestPage[] = [...HELDOUT210_A, ...HELDOUT210_B, ...HELDOUT210_C, ...HELDOUT210_D, ...HELDOUT210_E, ...HELDOUT210_F];
