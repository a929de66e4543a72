import type { TestPage } from './page-kit.js';
import { HELDOUT422_A } from './pages-heldout422-a.js';
import { HELDOUT422_B } from './pages-heldout422-b.js';
import { HELDOUT422_C } from './pages-heldout422-c.js';
import { HELDOUT422_D } from './pages-heldout422-d.js';
import { HELDOUT422_E } from './pages-heldout422-e.js';
import { HELDOUT422_F } from './pages-heldout422-f.js';

/**
 * Held-out batch 422, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a USDA FoodData Central-style food
 * details page (Angular app), a MyFitnessPal-style food entry (Next.js and MUI), a restaurant chain's nutrition facts page built
 * with Elementor, a registered dietitian's blog post on magnesium (WordPress, Astra theme, with comments), an Open Food
 * Facts-style product page, a supermarket's product page with its nutrition table (React storefront), a supplement's label page
 * on a Shopify Dawn store, a national food composition database entry (Bootstrap 3 and DataTables), a university unit's
 * glycaemic index page (Drupal 10, Olivero), a bakery café chain's allergen information page (Squarespace 7.1), a calorie
 * calculator page on a long-running calculator site, and a public health body's iodine reference page (NHS.UK frontend).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions: on these data pages the data tables are the article, so each data row of a nutrient, composition, GI,
 * allergen or activity-factor table is one body text (its cells joined by spaces, a dash kept as written); table header cells
 * are in neither list, and a table caption is body. Panels of product and food data that restate the table's subject (FoodData
 * Central's Data Type, Category, FDC ID and NDB number; Open Food Facts' barcode; the database's food ID) are furniture, and
 * their publication date ("FDC Published", the database's release date) is a byline; MyFitnessPal's macro percentage chips are
 * in neither list. Open Food Facts' "Product added / Last edit / also edited by" contributor lines are bylines. The collapsible
 * product tabs (Suggested Use, Warnings...) and FAQ answers of the Shopify page are body, their titles headings; the label's FDA
 * statement is body because it is printed on the label. The calorie calculator's form, its worked result box and its sidebar are
 * furniture; its intro line above the form is body. Prices, ratings, reviews, quantity controls and review authors are
 * furniture; the Drupal page's "Written by" value is a byline; reading time is furniture; an NHS-style caption above the h1 and
 * the guide's contents list are furniture (the contents item equal to the title is left out of both lists).
 */
export const HELDOUT422_PAGES: readonly TestPage[] = [...HELDOUT422_A, ...HELDOUT422_B, ...HELDOUT422_C, ...HELDOUT422_D, ...HELDOUT422_E, ...HELDOUT422_F];
