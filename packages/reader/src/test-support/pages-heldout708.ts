import type { TestPage } from './page-kit.js';
import { HELDOUT708_A } from './pages-heldout708-a.js';
import { HELDOUT708_B } from './pages-heldout708-b.js';
import { HELDOUT708_C } from './pages-heldout708-c.js';
import { HELDOUT708_D } from './pages-heldout708-d.js';
import { HELDOUT708_E } from './pages-heldout708-e.js';
import { HELDOUT708_F } from './pages-heldout708-f.js';

/**
 * Held-out batch 708, written in session 46 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a travel-section story about a
 * tide-bound island ferry on a news site running Brightspot in the style of CNN Travel (editor's note, read time, source cite,
 * image components with credits, inline related article, ad slots with "Ad Feedback", newsletter rail, OneTrust banner), a
 * restaurant review on a regional paper using Gannett's USA Today network template (label, byline with the paper's name, published
 * and updated lines, gallery embed, newsletter promo, "If you go" lines, critic's note, subscribe bar), a night-market feature on
 * a city magazine running WordPress with Astra and Jetpack (entry meta, block image, pull quote, "Read more" line, subscribe
 * block, sharing, likes, related posts, tags, post navigation, comments, sidebar widgets), a hut-to-hut hiking post on a
 * Squarespace 7.1 travel blog (announcement bar, mobile menu copy, affiliate note, image blocks, button and newsletter blocks,
 * tags, author profile, comments, previous / next items), a bean stew recipe on a WordPress food blog with Kadence and the WP
 * Recipe Maker card (disclosure, jump and print buttons, ad slots, opt-in box, FAQ, card with rating, times, servings, unit
 * switch, ingredient groups, instructions, notes, nutrition and call to action, author box, similar posts, rated comments,
 * about-me sidebar), a walks post on an inn's Wix blog (Wix header and menu, metadata with read time and update date, Ricos
 * content with an image caption, tags, stats, recent posts, comments), a contactless-fares help page of a transit agency on Drupal
 * 10 (site alert, utility and main menus, breadcrumb, list, table with caption, callout, FAQ details, "Last reviewed" field,
 * helpfulness form, section menu), a maps API tutorial on a documentation site built like Microsoft Learn (page actions, metadata,
 * table of contents, code headers with Copy buttons, alerts, next-step button, "In this article", additional resources, feedback),
 * a town article on Wikivoyage (Vector 2022, page banner, geo breadcrumbs, map frame, listings with map markers and "updated"
 * notes, status box), a Wikipedia article on a regional dish (Vector 2022, hatnote, food infobox, citation markers, variants
 * table, references, navbox), an October-trip question on a travel site's forum built like TripAdvisor's ShowTopic (member cards,
 * Destination Expert badge, "Re:" titles, a removed post, sponsored hotels, top questions), and a sourdough thread on a baking
 * community running Flarum (tags, default avatars, post meta dropdowns, mention and quote, likes, best answer, a tagging event
 * post, scrubber).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the Brightspot source cite ("Vessa, Skerrow Islands (Meridian) —") sits inside the first
 * paragraph and stays in that body entry as shown, while the editor's note promo above the body and the "Top image:" note below it
 * are furniture; "6 min read" and the like are bylines; the Gannett paper's name under the author ("The Tollbridge Ledger") is a
 * byline and the label above the h1 ("DINING") furniture, the review's picks list and its "If you go" lines (the restaurant's
 * name, Where, Hours, Prices, Reservations) are body, and the "More dining news:" line, the gallery embed and the critic's closing
 * italic note are furniture; a "Read more:" line, a pull quote (reworded) with its cite, an affiliate or disclosure note, a
 * subscribe, opt-in or newsletter block, a button block and an author bio inside or after the content are furniture, an author
 * box's name a byline; on the recipe page the story's sections and FAQ are body with the FAQ questions as headings, and in the WP
 * Recipe Maker card the recipe name, the Ingredients, Instructions and Notes headers and the ingredient group names are headings,
 * the summary, each ingredient line (amount, unit, name and notes joined by spaces), each step and each note body, while the
 * rating line, print and pin links, time, course, cuisine, keyword and servings labels and values (the screen-reader "minutes"
 * included), the 1x / 2x / 3x and Metric / US Customary switches inside the Ingredients header, the whole nutrition block and the
 * call to action are furniture and the card's author value a byline; the Wix "Eat after:" paragraphs are body with their bold
 * label; on the Drupal page the FAQ questions and their answers, which sit in closed details elements, are body and the FAQ field
 * label a heading, the callout is body, the table caption, the "Last reviewed" label and the site alert furniture and the reviewed
 * date a byline; on the Learn-style tutorial the "you learn how to" checklist, Prerequisites, Next steps and the alert texts are
 * body (the alert labels Note, Tip and Important furniture), each code block is one body entry with its lines joined by spaces and
 * blank lines dropped, the code header labels, Copy buttons and the next-step button furniture, the article date a byline and the
 * "Feedback" h2 furniture, while the "In this article" outline repeats the headings and drops out by the usual rule; every table
 * row, header row included, is one body entry with its cells joined by a space; on Wikivoyage each listing is one body entry from
 * its name to its description, its map marker number is in no list like a bullet, its "(updated …)" note is furniture and its
 * hidden coordinates are in no list, the Go next items are body, and the geo breadcrumbs, banner, map frame caption, status box,
 * table of contents (entries with their numbers), edit links and categories are furniture; the Wikipedia page follows batch 707
 * (hatnote, infobox labels, values and caption, See also, References, External links, navbox, categories and "Retrieved from"
 * furniture, inline [n] markers kept in their paragraphs); "This page was last edited …" lines are bylines; blog and magazine
 * comment texts are furniture and their author names and dates bylines; in the forums every post paragraph and list item is body
 * and a quote inside a reply is a body entry of its own, post authors and dates (Flarum's full dates in the post meta dropdown
 * included) are bylines, and post titles ("Re: …"), member cards (location, post, review and helpful-vote counts, the Destination
 * Expert line), post numbers ("1.", "Post #1"), the removed post's placeholder, report and reply links, "Edited", like and
 * "replied to this" lines, the best-answer label and summary, the tagging event post's text, default avatar letters, tags, the
 * scrubber and the reply placeholder are furniture, while the Flarum post mention above a quote is the quoted author's name and so
 * a byline; visually hidden texts (skip links, screen-reader labels, block titles) are furniture, and text in hidden or
 * aria-hidden elements, under inline display:none, in attributes and alt texts, and symbol-only pieces are in no list.
 */
export const HELDOUT708_PAGES: readonly TestPage[] = [...HELDOUT708_A, ...HELDOUT708_B, ...HELDOUT708_C, ...HELDOUT708_D, ...HELDOUT708_E, ...HELDOUT708_F];
