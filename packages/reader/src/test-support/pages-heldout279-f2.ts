import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, mwH } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file f2: a block page of a Minecraft-style wiki on Weird Gloop (Vector 2022 with the sticky header,
 * the Gloop network bar, an edition hatnote, the "notaninfobox" block infobox with its rows, Obtaining / Usage sections with
 * a crafting grid, a History table, Trivia, a Gallery with captions, the Blocks navbox, categories, the ad label and the
 * footer with the trademark notice).
 */
const kTitle = 'Ashen Lantern';
const kLead = [
  j(
    'An <b>ashen lantern</b> is a light-emitting block that gives off a dim, bluish light. It is the only light source that does',
    'not melt snow or ice nearby, which makes it popular for lighting frozen builds.',
  ),
];
const kObtain = [
  j(
    'Ashen lanterns can be crafted from an iron nugget frame around a piece of cinderglass. They also generate naturally',
    'hanging from the ceilings of ruined watchtowers in snowy taiga biomes, usually in groups of two or three.',
  ),
  'Breaking an ashen lantern with any pickaxe drops the lantern itself. Without a pickaxe it drops nothing.',
];
const kUsage = [
  j(
    'The lantern emits a light level of 11, lower than a regular lantern. It can be placed on top of any solid block or hung',
    'from the underside of one, and it attaches to chains in the same way as other lanterns.',
  ),
  'Because it gives off no heat, it can be placed directly on snow layers and packed ice without changing them.',
];
const kHistory = [
  ['1.23', '24w11a', 'Added ashen lanterns.'],
  ['', '24w14a', 'Light level reduced from 13 to 11.'],
  ['1.23.2', '', 'Ashen lanterns now generate in ruined watchtowers.'],
];
const kTrivia = [
  'The cinderglass inside the lantern slowly flickers, but unlike torches the flicker is purely visual and has no random tick.',
  'In early snapshots the lantern was called a "cold lantern" and was crafted with snowballs.',
];
const kInfo = ['Renewable', 'Stackable', 'Yes (64)', 'Tool', 'Blast resistance', '3.5', 'Hardness', 'Luminous', 'Flammable', 'Waterloggable'];
const kGallery = ['An ashen lantern hung from a chain', 'Ashen lanterns lighting an igloo'];
const kNav = ['Natural', 'Utility', 'Lighting', 'Torch', 'Lantern', 'Soul lantern', 'Sea lantern', 'Glowstone', 'Shroomlight'];
const kTop = ['Weird Gloop', 'Wikis', 'Discord', 'Support the wikis'];
const kMenu = ['Main page', 'Recent changes', 'Random page', 'Help', 'Community portal', 'Projects'];
const kFoot = ['Privacy policy', 'About the Cubeworks Wiki', 'Disclaimers', 'Terms of use'];
const kHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-disabled vector-sticky-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Ashen Lantern – Cubeworks Wiki</title>
<script>document.documentElement.className=document.documentElement.className.replace(/(^|\\s)client-nojs(\\s|$)/,"$1client-js$2");
RLCONF={"wgPageName":"Ashen_Lantern","wgTitle":"Ashen Lantern","wgCategories":["Light sources","Utility blocks","Java Edition 1.23"],
"wgIsArticle":true};</script>
<meta name="generator" content="MediaWiki 1.42.3"><meta property="og:site_name" content="Cubeworks Wiki"><meta property="og:title" content="Ashen Lantern">
<meta name="description" content="An ashen lantern is a light-emitting block that gives off a dim, bluish light.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Ashen Lantern","publisher":{"@type":"Organization",
"name":"Weird Gloop"},
"dateModified":"2026-03-01T12:44:10Z"}</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles%7Cext.gloopTweaks.styles&amp;only=styles&amp;skin=vector-2022"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Ashen_Lantern rootpage-Ashen_Lantern
skin-vector-2022 action-view">
<div id="gloop-network-bar" class="gloop-bar"><ul>${links(kTop)}</ul></div>
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"><div
id="vector-main-menu-dropdown" class="vector-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><ul
class="vector-menu-content-list">${links(kMenu, 'mw-list-item')}</ul></div></div></div></nav><a href="/w/Cubeworks_Wiki" class="mw-logo"><span
class="mw-logo-wordmark">Cubeworks Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box-vue vector-search-box"><form action="/" id="searchform"><input type="search"
name="search" placeholder="Search Cubeworks Wiki" id="searchInput"></form></div><nav class="vector-user-links"><ul><li><a href="#">Dark mode</a></li><li><a
href="/w/Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<div class="vector-sticky-pinned-container"></div><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="#">Page</a></li><li><a href="#">Talk</a></li></ul></nav>
<nav aria-label="Views"><ul><li class="selected"><a href="#">Read</a></li><li><a href="#">Edit</a></li><li><a href="#">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Cubeworks Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="gloop-ad" id="ad-top"><span class="gloop-ad-label">Advertisement</span></div>
<div class="hatnote">This article is about the block added in Java Edition 1.23. For the regular lantern, see <a href="/w/Lantern">Lantern</a>.</div>
<div class="notaninfobox"><div class="infobox-title">${kTitle}</div><div class="infobox-imagearea animated-container"><span class="sprite-file"><img
alt="Ashen Lantern" src="/images/Ashen_Lantern_JE1.png" width="150" height="150"></span></div>
<table class="infobox-rows"><tbody><tr><th>Renewable</th><td>No</td></tr><tr><th>Stackable</th><td>Yes (64)</td></tr><tr><th>Tool</th><td><a
href="/w/Pickaxe">Pickaxe</a></td></tr><tr><th>Blast resistance</th><td>3.5</td></tr><tr><th>Hardness</th><td>3.5</td></tr><tr><th>Luminous</th><td>Yes
(11)</td></tr><tr><th>Flammable</th><td>No</td></tr><tr><th>Waterloggable</th><td>Yes</td></tr></tbody></table></div>
${ps(kLead)}
${mwH(2, 'Obtaining', 'Ashen_Lantern', 1)}
${ps(kObtain)}
<table class="crafting-table"><caption>Crafting recipe</caption><tr><th>Ingredients</th><th>Crafting recipe</th></tr><tr>
<td>Iron Nugget +<br>Cinderglass</td><td><span
class="mcui mcui-Crafting_Table pixel-image"><span class="mcui-output">Ashen Lantern</span></span></td></tr></table>
${mwH(2, 'Usage', 'Ashen_Lantern', 2)}
${ps(kUsage)}
${mwH(2, 'History', 'Ashen_Lantern', 3)}
<table class="wikitable history-table"><tbody><tr><th colspan="3">Java Edition</th></tr>
${kHistory.map(([v, s, d]) => `<tr><td>${v}</td><td>${s}</td><td>${d}</td></tr>`).join('\n')}</tbody></table>
${mwH(2, 'Trivia', 'Ashen_Lantern', 4)}
<ul>${kTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwH(2, 'Gallery', 'Ashen_Lantern', 5)}
<ul class="gallery mw-gallery-traditional">${kGallery
  .map(
    (c) => `<li class="gallerybox"><div class="thumb"><img src="/images/g.png" alt=""></div><div
class="gallerytext">${c}</div></li>`,
  )
  .join('\n')}</ul>
<div class="navbox"><table class="navbox-table"><tr><th class="navbox-top" colspan="2"><span class="navbox-navbar">[hide]</span> Blocks</th></tr>
<tr><th>${kNav[0]}</th><td><ul>${links(kNav.slice(2))}</ul></td></tr><tr><th>${kNav[1]}</th><td></td></tr></table></div>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/w/Special:Categories">Categories</a>: <ul><li><a
href="#">Light sources</a></li><li><a href="#">Utility blocks</a></li><li><a href="#">Java Edition 1.23</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 1 March
2026, at 12:44.</li><li id="footer-info-copyright">Content on this site is licensed under CC BY-NC-SA 3.0 unless otherwise noted.</li></ul>
<ul id="footer-places">${links(kFoot)}</ul><p class="gloop-disclaimer">Cubeworks is a trademark of Tessellate Games. This site is not an official
Cubeworks website and is not approved by or associated with Tessellate Games.</p></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":176});});</script></body></html>`;
export const blockWiki: TestPage = {
  name: 'heldout279-weirdgloop-block-wiki',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: ['Obtaining', 'Usage', 'History', 'Trivia', 'Gallery'],
  body: [...texts([...kLead, ...kObtain, ...kUsage]), ...kHistory.flat().filter((c) => c !== ''), ...texts(kTrivia)],
  bylines: ['This page was last edited on 1 March 2026, at 12:44.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kTop, 'Jump to content', 'Main menu', 'Navigation', ...kMenu, 'Cubeworks Wiki', 'Dark mode', 'Log in', 'Talk', 'Read', 'Edit', 'View history',
    'From Cubeworks Wiki', 'Advertisement', 'This article is about the block added in Java Edition 1.23. For the regular lantern, see Lantern.',
    ...kInfo, 'Pickaxe', 'Crafting recipe', 'Ingredients', 'Iron Nugget +', 'Cinderglass', 'Java Edition', ...kGallery, '[hide]', 'Blocks', ...kNav,
    'Categories', 'Light sources', 'Utility blocks', 'Java Edition 1.23', 'Content on this site is licensed under CC BY-NC-SA 3.0 unless otherwise noted.',
    ...kFoot,
    j(
      'Cubeworks is a trademark of Tessellate Games. This site is not an official Cubeworks website',
      'and is not approved by or associated with Tessellate Games.',
    ),
  ],
};
