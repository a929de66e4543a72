import type { TestPage } from './page-kit.js';
import { HELDOUT304_A } from './pages-heldout304-a.js';
import { HELDOUT304_B } from './pages-heldout304-b.js';
import { HELDOUT304_C } from './pages-heldout304-c.js';
import { HELDOUT304_D } from './pages-heldout304-d.js';
import { HELDOUT304_E } from './pages-heldout304-e.js';
import { HELDOUT304_F } from './pages-heldout304-f.js';

/**
 * Held-out batch 304, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a National Weather Service Area
 * Forecast Discussion on forecast.weather.gov (the whole product in a `<pre>`), a Met Office yellow thunderstorm warning page,
 * a climate-science explainer on NASA Science (WordPress, Horizon design system), a city air-quality index page built as a
 * Nuxt app, a tide-times page on a Bootstrap tide site (short main text), a National Hurricane Center public advisory (a
 * `<pre>` product), an Environment Agency flood alert on GOV.UK "Check for flooding", a wildlife trust's species news story
 * on Drupal, a citizen-science project's About page on a Zooniverse-style Next.js front end, a renewable-energy company's
 * blog post on HubSpot CMS, a carbon-footprint explainer with a calculator built with Elementor, and an InciWeb-style
 * wildfire incident page (USWDS on Drupal).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: in the `<pre>` products (forecast discussion, hurricane advisory) the prose
 * paragraphs, the key-message bullets, the headline lines and the advisory's summary lines are body, the dotted or
 * underlined section labels (".SYNOPSIS...", "DISCUSSION AND OUTLOOK") are in neither list (the pages have no headings),
 * the WMO header and the product name lines are furniture, the issuance times and forecaster sign-offs are bylines; a
 * warning's "Valid from / Valid to / Issued at" lines, an alert's "Updated / Issued" lines, a page's "Last update" or
 * "Last updated" line, a tide page's date line, a blog's reading time and an incident update's "Publication Type" line are
 * bylines; data tables (pollutants, tide times, monthly solar output) are in neither list, while small fact tables beside
 * the article (the incident overview, the warning impact matrix) are furniture, as are gauges, forecast strips, stats
 * and the calculator's form labels; the InciWeb page's body is its latest announcement, whose h2 title and h3 sections are
 * the headings; a pull quote inside the article body is body, its attribution furniture; the Zooniverse team list is
 * furniture; a nav or breadcrumb item that repeats a word of the title or a heading as a whole short line ("About",
 * "Research", "Calculator", the page's own place name) is left out of furniture so the gold does not contradict itself.
 */
export const HELDOUT304_PAGES: readonly TestPage[] = [...HELDOUT304_A, ...HELDOUT304_B, ...HELDOUT304_C, ...HELDOUT304_D, ...HELDOUT304_E, ...HELDOUT304_F];
