import type { TestPage } from './page-kit.js';
import { HELDOUT410_A } from './pages-heldout410-a.js';
import { HELDOUT410_B } from './pages-heldout410-b.js';
import { HELDOUT410_C } from './pages-heldout410-c.js';
import { HELDOUT410_D } from './pages-heldout410-d.js';
import { HELDOUT410_E } from './pages-heldout410-e.js';
import { HELDOUT410_F } from './pages-heldout410-f.js';

/**
 * Held-out batch 410, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ArcGIS StoryMaps story on a
 * restored salt marsh, an ArcGIS Hub site page built with the Hub layout editor (greenway counters), a Google Earth Voyager
 * story in the Earth web app's custom elements (lighthouses), a Knight Lab StoryMapJS story on a newspaper's projects page
 * (a 1952 flood), a city's Socrata open-data map view with its description (street trees), an OpenStreetMap wiki tag page
 * on MediaWiki's Vector skin, an OpenStreetMap diary entry with comments, a Felt-style shared map page in a Next.js app
 * (bike parking requests), a Mapbox storytelling scrollytelling story on a newspaper site (heath fires), a university
 * library's GIS Day event on Springshare LibCal, a council's heritage trail page on LocalGov Drupal, and a flood risk map's
 * explainer page on the GOV.UK Design System guidance template.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a story's subtitle or standfirst (StoryMaps cover subtitle, Voyager's title-card
 * description, the StoryMapJS project dek, the Mapbox template's h2 subtitle, GOV.UK's lead paragraph) is body; slide and
 * chapter titles (Voyager card titles, StoryMapJS slide headlines, Mapbox step h3s) are headings, and image captions and
 * credits on slides are furniture; on the OSM diary page the site logo h1 and the "…'s Diary" h1 are furniture and the entry's
 * h2 is the title; the diary's "Posted by … in English." line is one byline, and comments with their "Comment from" lines are
 * furniture (comments on an article); on the Socrata map view the view's description is the body and its "Updated", "Data
 * Last Updated", "Metadata Last Updated" and "Date Created" values are bylines, while the legend, metadata labels and values,
 * tags and view counts are furniture; on the Felt map the "About this map" panel's text is the body, the map owner and
 * "Edited … ago" are bylines, layer names, pin labels and map comments furniture; on the Hub page the markdown card is the
 * body and the stat, image, follow, events and button cards are furniture; on the OSM wiki page the language bar and the
 * value-description infobox are furniture, the "last edited" footer line is a byline, and table-of-contents entries and
 * "[edit]" links (which repeat the headings) are in neither list; on the LibCal event page the event's description is the
 * body and the date / time / location details list, presenter and registration box are furniture (no byline); on the GOV.UK
 * page the metadata dates are bylines and their labels furniture, the risk-band table's data cells are body and its header
 * cells in neither list; a map's own zoom buttons, legend items repeated in body list items and hidden share menus count as
 * furniture only where their text does not also occur in the body.
 */
export const HELDOUT410_PAGES: readonly TestPage[] = [...HELDOUT410_A, ...HELDOUT410_B, ...HELDOUT410_C, ...HELDOUT410_D, ...HELDOUT410_E, ...HELDOUT410_F];
