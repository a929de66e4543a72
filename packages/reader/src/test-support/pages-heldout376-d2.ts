import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file d2: a Polygon-style guide article on the Chorus template (global header and nav, the group label,
 * the dek, byline with date and "updated" stamp, share buttons, the lead image credit, a "Read more" aside, an in-article
 * table, the newsletter box, the "More in Guides" rail, the Coral comment count and the footer).
 */
const pTitle = 'Brinedeep: Where to catch every legendary fish';
const pDek = 'All five legends, the bait they want and the hour they bite';
const pHeads = ['Before you go fishing', 'Where to find each legendary fish', 'The Lantern Eel', 'The Old Duchess'];
const pIntro = [
  j(
    'Brinedeep hides five legendary fish around its little archipelago, and catching all of them unlocks the gilded rod and',
    'the final page of the angler\u2019s journal. None of them show up on the map, and two only appear in specific weather.',
  ),
  'Here is where to find each one, what bait to use and when to cast.',
];
const pBefore = [
  j(
    'You need the reinforced line from the harbour shop before any legend can be landed; with the starter line they always',
    'snap it. It costs 1,200 shells, which is about two days of selling ordinary catches at the market.',
  ),
  j(
    'Legendary fish also only bite when the journal has an empty page for them, so check the journal if one refuses to appear',
    'after you have met every condition.',
  ),
];
const pTable: readonly (readonly [string, string, string, string])[] = [
  ['Lantern Eel', 'Sunken Pier', 'Glow worm', 'Night, any weather'],
  ['Old Duchess', 'Mill Pond', 'Bread crust', 'Morning, rain'],
  ['Kelp Baron', 'Outer Reef', 'Crab meat', 'Afternoon, calm'],
  ['Stormjaw', 'North Cliffs', 'Mackerel', 'Any time, storm'],
  ['Pale Whisker', 'Cave Lake', 'Cave moth', 'Any time'],
];
const pCells = pTable.flat();
const pEel = [
  j(
    'The Lantern Eel lives under the Sunken Pier and only comes out after dark. Cast from the end of the broken boards, not',
    'from the shore: the eel stays in deep water and the lure has to sink for about three seconds before it notices.',
  ),
  j(
    'When it bites it pulls left, always. Hold the rod to the right and reel only when the line stops glowing, or the line',
    'will snap even if it is reinforced.',
  ),
];
const pDuchess = [
  j(
    'The Old Duchess is the easiest legend to catch and the hardest to find, because the Mill Pond only counts as rainy when',
    'the mill wheel is turning. Talk to the miller on a rainy morning and she will open the sluice for you.',
  ),
  j(
    'Use bread crust from the bakery, not the cheap bread from the general store. The Duchess is slow and heavy, so let her',
    'tire herself out and reel in short bursts.',
  ),
];
const pNav = ['Reviews', 'Guides', 'Entertainment', 'Gaming', 'Deals', 'Newsletters'];
const pShare = ['Share this story', 'Share this on Facebook', 'Share this on Twitter', 'Share All sharing options'];
const pMore = [
  'Brinedeep review: a cosy island that hides its teeth',
  'How to upgrade your boat fast in Brinedeep',
  'Every fish in Brinedeep, sorted by price',
];
const pFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell or Share My Personal Info', 'Licensing FAQ', 'Accessibility', 'Contact'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pTitle} - Polygon</title>
<meta name="description" content="${pDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="Polygon">
<meta property="article:published_time" content="2026-02-11T12:00:00-05:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${pTitle}","author":[{"@type":"Person",
"name":"Hana Voss"}]}</script>
<script>window.Chorus = {"entryId":24018833,"community":"polygon","groups":["guides"]};</script>
<link rel="stylesheet" href="https://cdn.vox-cdn.example/packs/polygon.css"></head>
<body class="entry_template_default"><div class="l-root"><header class="c-global-header"><a class="c-global-header__logo" href="/">Polygon</a>
<nav class="c-global-header__links"><ul>${links(pNav, 'c-global-header__link')}</ul></nav><a class="c-global-header__login" href="/login">Login</a></header>
<main id="content"><article class="l-main-content"><div class="c-entry-hero"><div class="c-entry-group-labels">
<a class="c-entry-group-labels__item" href="/guides">Guide</a></div>
<h1 class="c-page-title">${pTitle}</h1><p class="c-entry-summary p-dek">${pDek}</p>
<div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">By Hana Voss</span></span>
<span class="c-byline__item"><time class="c-byline__item" datetime="2026-02-11T12:00:00-05:00">Feb 11, 2026, 12:00pm EST</time></span>
<span class="c-byline__item">Updated Feb 14, 2026, 9:30am EST</span></div>
<div class="c-social-buttons"><span class="c-social-buttons__label">${pShare[0] ?? ''}</span>
${pShare
  .slice(1)
  .map((s) => `<a class="c-social-buttons__item" href="#"><span class="sr-only">${s}</span></a>`)
  .join('\n')}</div>
<figure class="e-image e-image--hero"><img src="https://cdn.vox-cdn.example/brinedeep-pier.jpg" alt="">
<cite class="caption">Image: Tallowmere Games</cite></figure></div>
<div class="c-entry-content">${pIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${pHeads[0] ?? ''}</h2>${pBefore.map((p) => `<p>${p}</p>`).join('\n')}
<aside class="c-read-more"><strong>Read more:</strong> <a href="/brinedeep-boat-upgrade">How to upgrade your boat fast in Brinedeep</a></aside>
<h2>${pHeads[1] ?? ''}</h2><table><thead><tr><th>Fish</th><th>Location</th><th>Bait</th><th>When</th></tr></thead><tbody>
${pTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h3>${pHeads[2] ?? ''}</h3>${pEel.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="e-image"><img src="https://cdn.vox-cdn.example/brinedeep-eel.jpg" alt=""><figcaption>The eel only surfaces after dark.
<cite>Image: Tallowmere Games via Polygon</cite></figcaption></figure>
<h3>${pHeads[3] ?? ''}</h3>${pDuchess.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="c-newsletter_signup_box"><h3 class="c-newsletter_signup_box--title">Sign up for the newsletter Patch Notes</h3>
<p>A weekly roundup of the best things from Polygon</p><input type="email" placeholder="Email (required)"><button>Sign Up</button></div>
<div class="c-entry-footer"><a class="c-comments" href="#comments">View all 23 comments</a></div></article>
<aside class="c-related-list"><h2 class="c-related-list__head">More in Guides</h2><ul>${links(pMore)}</ul></aside></main>
<footer class="c-footer"><ul>${links(pFoot)}</ul><p class="c-footer__copyright">© 2026 Vox Media, LLC. All Rights Reserved</p></footer></div>
<div class="c-privacy-banner" role="dialog"><p>We use cookies and other tracking technologies to improve your browsing experience.</p>
<button>Accept</button><button>Manage</button></div></body></html>`;
export const polygon: TestPage = {
  name: 'heldout376-polygon-guide-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...pIntro, ...pBefore, ...pCells, ...pEel, ...pDuchess]),
  bylines: ['By Hana Voss', 'Feb 11, 2026, 12:00pm EST', 'Updated Feb 14, 2026, 9:30am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Polygon', ...pNav, 'Login', 'Guide', ...pShare, 'Image: Tallowmere Games', 'Read more:', 'The eel only surfaces after dark.',
    'Image: Tallowmere Games via Polygon', 'Sign up for the newsletter Patch Notes', 'A weekly roundup of the best things from Polygon', 'Sign Up',
    'View all 23 comments', 'More in Guides', ...pMore, ...pFoot, '© 2026 Vox Media, LLC. All Rights Reserved',
    'We use cookies and other tracking technologies to improve your browsing experience.', 'Accept', 'Manage',
  ],
};
