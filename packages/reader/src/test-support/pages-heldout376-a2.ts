import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file a2: an IGN-style guide wiki page built with Next.js markup (top nav, the guide's breadcrumb, the
 * "In This Guide" card, the table of contents, a figure with caption, a "Read more" promo, the helpfulness widget, the
 * previous / next page links, the "Up Next" rail and the footer).
 */
const iTitle = 'Lanternfall: How to Beat the Tide Warden';
const iHeads = ['Where to Find the Tide Warden', 'Recommended Level and Gear', 'Phase One', 'Phase Two', 'Rewards'];
const iIntro = [
  j(
    'The Tide Warden is the third major boss of Lanternfall and the first one that punishes players for standing still.',
    'This page explains where to find it, what to bring and how to get through both phases of the fight.',
  ),
];
const iWhere = [
  j(
    'The Warden waits at the bottom of the Drowned Cistern, below the harbour district of Caelmouth. You can only open the',
    'cistern gate after you return the lighthouse keeper his brass lens, which ends the quest chain called A Light Offshore.',
  ),
];
const iGear = [
  'Reach at least level 24 before you go down; the adds in phase two hit hard below that.',
  'Bring a lightning weapon or the Stormglass charm. The Warden takes about 40 percent more damage from lightning.',
  'Equip boots with the Surefoot trait so the flooding floor in phase two does not slow you.',
  'Carry six or more Kelp Draughts. They heal less than potions but also clear the Soaked status.',
];
const iP1 = [
  j(
    'In the first phase the Warden stays in the middle of the round chamber and throws water lances in groups of three.',
    'The third lance is always aimed where you will be, not where you are, so dodge towards the boss instead of away.',
  ),
  j(
    'After every second volley it slams its anchor into the floor. That is your window: stay behind the anchor and hit the',
    'glowing joint on the chain until it pulls free.',
  ),
];
const iP2 = [
  j(
    'At half health the chamber floods to knee height and two Brine Wardens join the fight. Kill them first, because they',
    'heal the boss while they are alive. Lightning spreads through the water here, so a single charged attack can hit all',
    'three enemies at once if they stand in the flood.',
  ),
  j(
    'When the water reaches waist height the Warden starts a long whirlpool attack. Climb any of the four pillars and wait',
    'it out; the pillar with the cracked top breaks after the first whirlpool, so avoid that one.',
  ),
];
const iRew = [
  'Defeating the Tide Warden gives you the following:',
  'The Warden Anchor, a heavy weapon that scales with strength',
  'Tidebound Sigil, needed to open the Salt Archive',
  '1,800 experience and 600 coins',
];
const iToc = ['Lanternfall Walkthrough', 'Main Quests', 'Bosses', 'Tide Warden Boss Guide', 'Ashen Choir', 'Collectibles', 'Trophies'];
const iNav = ['News', 'Reviews', 'Guides', 'Videos', 'Playlist', 'Deals', 'Community'];
const iNext = ['Ashen Choir Boss Guide', 'All Brass Lens Locations', 'Best Lightning Weapons in Lanternfall'];
const iFoot = ['About IGN', 'Careers', 'Advertise', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Cookie Settings'];
const iHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><title>${iTitle} - IGN</title>
<meta name="description" content="Tide Warden boss guide for Lanternfall: location, recommended gear and strategy.">
<meta property="og:type" content="article"><meta property="og:site_name" content="IGN">
<link rel="canonical" href="https://www.ign.example/wikis/lanternfall/Tide_Warden">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${iTitle}","author":{"@type":"Person",
"name":"Marta Coyle"}}</script>
<link rel="preload" href="/_next/static/css/8c1d2a.css" as="style"></head>
<body><div id="__next"><div class="jsx-2107 app">
<header class="jsx-3341 navigation-bar"><a class="jsx-3341 logo" href="/" aria-label="IGN Logo"></a>
<nav class="jsx-3341 nav-links"><ul>${links(iNav, 'jsx-3341 nav-item')}</ul></nav>
<button class="jsx-3341 sign-in">Sign In</button></header>
<main class="jsx-2107 main-content wiki-page"><div class="jsx-771 wiki-breadcrumbs"><a href="/wikis/lanternfall">Lanternfall Wiki Guide</a>
<span class="jsx-771 divider">/</span><a href="/wikis/lanternfall/Bosses">Bosses</a></div>
<div class="jsx-771 page-header"><h1 class="jsx-771 display-title">${iTitle}</h1>
<div class="jsx-771 wiki-meta"><span class="jsx-771 author-names">By <a href="/person/marta-coyle">Marta Coyle</a></span>
<span class="jsx-771 update-time">Updated: Feb 9, 2026 4:12 pm</span></div></div>
<div class="jsx-904 layout-wrapper"><aside class="jsx-904 wiki-left-rail"><div class="jsx-904 in-this-guide">
<div class="jsx-904 guide-title">In This Guide:</div><div class="jsx-904 guide-name">Lanternfall</div></div>
<nav class="jsx-904 wiki-toc" aria-label="Table of Contents"><div class="jsx-904 toc-header">Table of Contents</div>
<ul>${links(iToc, 'jsx-904 toc-item')}</ul></nav></aside>
<article class="jsx-1202 article wiki-html"><section class="jsx-1202 wiki-section">
<p class="jsx-1202 wiki-paragraph">${iIntro[0] ?? ''}</p>
<figure class="jsx-1202 wiki-image"><img src="https://assets.ign.example/lanternfall/warden.jpg" alt="">
<figcaption class="jsx-1202 caption">The Tide Warden's anchor slam leaves a short opening.</figcaption></figure>
<h2 class="jsx-1202 wiki-heading" id="where">${iHeads[0] ?? ''}</h2><p class="jsx-1202 wiki-paragraph">${iWhere[0] ?? ''}</p>
<div class="jsx-1202 read-more"><strong>Read more:</strong> <a href="/wikis/lanternfall/A_Light_Offshore">A Light Offshore quest walkthrough</a></div>
<h2 class="jsx-1202 wiki-heading" id="gear">${iHeads[1] ?? ''}</h2><ul class="jsx-1202 wiki-list">${iGear.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="jsx-1202 wiki-heading" id="phase-one">${iHeads[2] ?? ''}</h2>${iP1.map((t) => `<p class="jsx-1202 wiki-paragraph">${t}</p>`).join('\n')}
<h2 class="jsx-1202 wiki-heading" id="phase-two">${iHeads[3] ?? ''}</h2>${iP2.map((t) => `<p class="jsx-1202 wiki-paragraph">${t}</p>`).join('\n')}
<h2 class="jsx-1202 wiki-heading" id="rewards">${iHeads[4] ?? ''}</h2><p class="jsx-1202 wiki-paragraph">${iRew[0] ?? ''}</p>
<ul class="jsx-1202 wiki-list">${iRew
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul></section>
<div class="jsx-1300 feedback-widget"><span class="jsx-1300 prompt">Was this guide helpful?</span><button>Yes</button><button>No</button></div>
<nav class="jsx-1300 page-nav"><a class="jsx-1300 prev" href="/wikis/lanternfall/Harbour_District"><span>Previous</span> Harbour District</a>
<a class="jsx-1300 next" href="/wikis/lanternfall/Ashen_Choir"><span>Next</span> Ashen Choir</a></nav></article>
<aside class="jsx-1400 right-rail"><div class="jsx-1400 up-next"><h3 class="jsx-1400 rail-title">Up Next</h3><ul>${links(iNext)}</ul></div>
<div class="jsx-1400 ad-slot"><span class="jsx-1400 ad-label">Advertisement</span></div></aside></div></main>
<footer class="jsx-1500 footer"><ul>${links(iFoot)}</ul><p class="jsx-1500 copyright">Copyright 2026 Ziff Lowmere, LLC. All Rights Reserved.</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"slug":"Tide_Warden","wiki":"lanternfall"}}},
"page":"/wikis/[slug]/[...page]"}</script>
<script src="/_next/static/chunks/main-1f2e.js" defer></script></body></html>`;
export const ignGuide: TestPage = {
  name: 'heldout376-ign-guide-wiki',
  kind: 'wiki',
  html: iHtml,
  title: iTitle,
  headings: iHeads,
  body: texts([...iIntro, ...iWhere, ...iGear, ...iP1, ...iP2, ...iRew]),
  bylines: ['By Marta Coyle', 'Updated: Feb 9, 2026 4:12 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...iNav, 'Sign In', 'Lanternfall Wiki Guide', 'In This Guide:', 'Table of Contents', ...iToc,
    "The Tide Warden's anchor slam leaves a short opening.", 'Read more:', 'A Light Offshore quest walkthrough', 'Was this guide helpful?', 'Yes',
    'Previous Harbour District', 'Next Ashen Choir', 'Up Next', ...iNext, 'Advertisement', ...iFoot,
    'Copyright 2026 Ziff Lowmere, LLC. All Rights Reserved.',
  ],
};
