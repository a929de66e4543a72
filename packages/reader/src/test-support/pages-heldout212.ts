import type { TestPage } from './page-kit.js';
import { HELDOUT212_A } from './pages-heldout212-a.js';
import { HELDOUT212_B } from './pages-heldout212-b.js';
import { HELDOUT212_C } from './pages-heldout212-c.js';
import { HELDOUT212_D } from './pages-heldout212-d.js';
import { HELDOUT212_E } from './pages-heldout212-e.js';
import { HELDOUT212_F } from './pages-heldout212-f.js';

/**
 * Held-out batch 212, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ESA news article (esa.int), a
 * CERN news article (home.cern, Drupal), a JAXA press release in English (global.jaxa.jp), an ESO press release (eso.org,
 * Djangoplicity), a EUMETSAT news item (eumetsat.int, Drupal), a Copernicus Climate Change Service monthly climate bulletin
 * (climate.copernicus.eu, Drupal), a US National Weather Service area forecast discussion (forecast.weather.gov product page),
 * an Australian Bureau of Meteorology explainer (bom.gov.au), a Smithsonian Global Volcanism Program weekly volcanic activity
 * report (volcano.si.edu), a British Geological Survey blog post (bgs.ac.uk, WordPress), a Canadian Space Agency mission FAQ
 * (canada.ca, GCWeb) and a planetarium's night-sky guide post (WordPress, GeneratePress with an Elementor header).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, summary or lead under the title is body; a press release's
 * issuing-organisation line and its contacts block are in neither list, its release-code line ("eso2606 — Science Release")
 * furniture; ESO's standing "More information" and "Links" sections are part of the release (body, with their headings);
 * the NWS discussion is a preformatted text product and is the article (not a code block): its dotted section lines
 * (".KEY MESSAGES...") are the headings, its paragraphs, key messages and warning lines body, its WMO header lines, "&&"
 * and "$$" in neither list, and the issuing office, issue times and forecaster sign-offs bylines; in the volcano report
 * each volcano's "Name | Country" line is a heading, its report and its "Geologic Summary." paragraph body, its coordinates
 * and "Sources:" lines and the new/ongoing index lines in neither list, the report week and the editor line bylines; a
 * bulletin's opening "Highlights" box is body, a standing "About the data" box or an app-promo callout furniture; on the FAQ
 * the questions are the headings and the "On this page" list that repeats them is left out of both lists; a table's data
 * cells are body and its header cells in neither list; text hidden for screen readers (wb-inv, sr-only) is furniture.
 */
export const HELDOUT212_PAGES: readonly TestPage[] = [...HELDOUT212_A, ...HELDOUT212_B, ...HELDOUT212_C, ...HELDOUT212_D, ...HELDOUT212_E, ...HELDOUT212_F];
