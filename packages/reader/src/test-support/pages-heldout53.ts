import type { TestPage } from './page-kit.js';
import { HELDOUT53_A } from './pages-heldout53-a.js';
import { HELDOUT53_B } from './pages-heldout53-b.js';
import { HELDOUT53_C } from './pages-heldout53-c.js';
import { HELDOUT53_D } from './pages-heldout53-d.js';
import { HELDOUT53_E } from './pages-heldout53-e.js';
import { HELDOUT53_F } from './pages-heldout53-f.js';

/**
 * Held-out batch 53, written in session 19 without reading the reader's rules (src/html), its scripts, README or extract tests
 * and without running the extractor (or the CLI, the API, the demo or any test) on these pages: documentation, reference and wiki
 * pages — a cppreference.com page, a docs.rs item page (rustdoc), an Oracle Java SE 21 API class page (javadoc), a Unity Manual
 * page, a Terraform Registry provider resource page, an Elastic docs page, a Grafana docs page, a MongoDB manual page, a Mozilla
 * Support knowledge-base article, a Fandom wiki article on a TV series episode, an Encyclopaedia Britannica biography and a
 * wikiHow article. Crates, providers, people, the series and the botanist are made up; the C++ and Java pages describe real
 * APIs in their writer's own words. Measured once in session 19 on the round-41 rules (89.8 / 98.7 %); held out: no rule is tuned on it.
 */
export const HELDOUT53_PAGES: readonly TestPage[] = [...HELDOUT53_A, ...HELDOUT53_B, ...HELDOUT53_C, ...HELDOUT53_D, ...HELDOUT53_E, ...HELDOUT53_F];
