import type { TestPage } from './page-kit.js';
import { chromeStore } from './pages-heldout384-a.js';
import { firefoxAddons } from './pages-heldout384-a2.js';
import { vscodeMarket } from './pages-heldout384-b.js';
import { jetbrainsPlugin } from './pages-heldout384-b2.js';
import { wordpressPlugin } from './pages-heldout384-c.js';
import { obsidianPlugin } from './pages-heldout384-c2.js';
import { figmaPlugin } from './pages-heldout384-d.js';
import { shopifyApp } from './pages-heldout384-d2.js';
import { slackApp } from './pages-heldout384-e.js';
import { atlassianApp } from './pages-heldout384-e2.js';
import { homeAssistant } from './pages-heldout384-f.js';
import { raycastExtension } from './pages-heldout384-f2.js';

/**
 * Held-out batch 384, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Chrome Web Store extension
 * page (obfuscated c-wiz markup), a Firefox Browser Add-ons extension page, a Visual Studio Marketplace page for a VS Code
 * extension with its README rendered, a JetBrains Marketplace plugin page (Nuxt/Vue), a WordPress.org plugin page on its
 * Description tab, an Obsidian community plugin page with its README, a Figma Community plugin page (React, short text,
 * comments), a Shopify App Store listing (a product page), a Slack App Directory page (short text), an Atlassian
 * Marketplace app page (React, emotion classes, highlight blocks), a Home Assistant integration documentation page and a
 * Raycast Store extension page (Next.js).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the developer's description (or README) is the body; the platform's own h2 directly
 * over it ("Overview", "About this extension", "Description", "More details") is a heading, while the platform's other
 * blocks (details, permissions, privacy labels, pricing plans, release notes / "What's New", ratings, reviews, comments,
 * screenshots and their captions, related and "more by" rails) are furniture; a README h1 that repeats the page's h1 is
 * neither heading nor body; the short tagline or summary under the h1 is furniture, except on Firefox Add-ons, where the
 * summary paragraph is body, and on the Shopify listing, where the tagline is the h2 over the description and so a heading;
 * on Firefox Add-ons the h1 carries " by <author>" in a span: the title is the add-on name and the author is a byline;
 * the developer or publisher name and the last-updated / released date of the listing are bylines, install counts and
 * versions furniture; table data cells and definition-list terms and values inside the description are body, table header
 * cells in neither list; a table of contents that repeats the headings is in neither list; bold paragraphs that act as
 * headings inside a description that cannot hold heading tags (Chrome, Firefox, Figma) are body; Raycast's Commands list is
 * the extension's documentation (its h2 and command names headings, the descriptions body); tags that also occur as words of
 * the body are left out of furniture. The Figma, Slack and Shopify pages are short on purpose (short main text, product page).
 */
export const HELDOUT384_PAGES: readonly TestPage[] = [
  chromeStore,
  firefoxAddons,
  vscodeMarket,
  jetbrainsPlugin,
  wordpressPlugin,
  obsidianPlugin,
  figmaPlugin,
  shopifyApp,
  slackApp,
  atlassianApp,
  homeAssistant,
  raycastExtension,
];
