import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page, rowTexts, trs } from './pages-heldout456-kit.js';

/**
 * Held-out batch 456, file f: a scale-modelling how-to on Ghost (Casper theme: tag, excerpt, byline with reading time, a callout
 * card, the members sign-up box and read-more cards), and a scratch-building how-to on a MediaWiki modelling wiki (Vector 2022 skin).
 */
const gTitle = 'How to chip paint on a 1/72 fighter with the hairspray method';
const gExcerpt = 'Worn paint on a small aircraft is easy to overdo. Here is the method I use to keep chipping small, believable and where it should be.';
const gBody = [
  j(
    'Hairspray chipping works because the hairspray sits between two layers of paint as a weak, water-soluble film. Wet the top coat',
    'and scrub it gently, and it lifts where you work it, showing the colour underneath. On a 1/72 fighter the trick is restraint: most',
    'of the wear should be along the wing root walkway, the cockpit sill and around the engine panels that ground crew opened every day.',
  ),
  'What you need',
  'an aluminium or primer base coat, fully cured',
  'a cheap unscented hairspray, decanted into an airbrush jar',
  'acrylic top colours, thinned with water rather than alcohol-based thinner',
  'a stiff short-bristled brush, a cocktail stick and a cup of warm water',
  'Step by step',
  'Spray the base coat and leave it for a full day. Any solvent left in it will soften the hairspray.',
  'Airbrush two light coats of hairspray over the areas to be chipped, drying each with a hair dryer on cool.',
  'Spray the camouflage colours in thin coats. Do not build them up: a thick top coat comes off in flakes far too big for the scale.',
  'After about half an hour, wet a small area with warm water and work it with the brush in short strokes until the base shows.',
  'Pick out the odd larger chip with the cocktail stick, then seal everything with a satin varnish before any washes.',
  j(
    'Tip: if nothing happens when you scrub, the top coat has cured too long. Leave a few drops of warm water on the area for a minute',
    'and try again before reaching for anything stronger.',
  ),
  'Keeping it in scale',
  j(
    'Look at photographs of the real aircraft before you start, and be honest about what you see. Fighters in front-line service were',
    'repainted often, and many show almost no chipping at all away from the walkways. If you stand back and the first thing you notice',
    'is the chipping, there is too much of it.',
  ),
];
const gHeads = [1, 6, 13];
const gNav = ['Home', 'How-to', 'Builds', 'Reviews', 'About'];
const gMore = [
  ['Masking canopies with liquid mask: a comparison', 'Jan 12, 2027', '4 min read'],
  ['Build: a 1/72 Sea Fury in Korean War markings', 'Dec 28, 2026', '9 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title><meta name="HandheldFriendly"
content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css"
href="https://theweatheredhull.com/assets/built/screen.css?v=b8e1a4c3d2"><meta name="description" content="${gExcerpt}"><link rel="canonical"
href="https://theweatheredhull.com/hairspray-chipping/"><meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name"
content="The Weathered Hull"><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Article","publisher":{"@type":"Organization","name":"The Weathered Hull"},"author":{"@type":"Person","name":"Ines Dromgoole"},
"headline":"${gTitle}","datePublished":"2027-01-30T10:00:00.000Z"}</script><meta name="generator" content="Ghost 5.82"><script defer
src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://theweatheredhull.com/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-how-to tag-aircraft is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://theweatheredhull.com">The Weathered Hull</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button><button class="gh-burger"
aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><button
class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><div class="gh-head-members"><a class="gh-head-link"
href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-how-to tag-aircraft image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/how-to/">How-to</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p><div class="article-byline"><section
class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/ines/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/05/ines.jpg" alt="Ines Dromgoole"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Dromgoole</a></h4><div class="byline-meta-content"><time
class="byline-meta-date" datetime="2027-01-30">Jan 30, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min
read</span></div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w600/2027/01/chipped-wing.jpg 600w"
src="/content/images/size/w2000/2027/01/chipped-wing.jpg" alt="Chipped wing root"><figcaption><span style="white-space: pre-wrap;">Wing root
walkway after scrubbing, before varnish.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps([at(gBody, 0)])}
<h2 id="what-you-need">${at(gBody, 1)}</h2><ul>${lis(gBody.slice(2, 6))}</ul>
<h2 id="step-by-step">${at(gBody, 6)}</h2><ol>${lis(gBody.slice(7, 12))}</ol>
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${at(gBody, 12)}</div></div>
<h2 id="keeping-it-in-scale">${at(gBody, 13)}</h2>${ps([at(gBody, 14)])}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, d, l]) => `<article class="post-card post"><a
class="post-card-image-link" href="/p/"><img class="post-card-image" src="/content/images/p.jpg" alt="${t}" loading="lazy"></a><div
class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header>
</a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-01-12">${d}</time><span class="post-card-meta-length">${l}</span>
</footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://theweatheredhull.com">The Weathered Hull</a> &copy;
2027</section><nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav><div class="gh-powered-by"><a
href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="https://theweatheredhull.com/assets/built/casper.js?v=b8e1a4c3d2"></script></body></html>`;
const ghost: TestPage = page({
  name: 'heldout456-ghost-hairspray-chipping',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: texts([gExcerpt, ...gBody.filter((_, i) => !gHeads.includes(i))]),
  bylines: ['Ines Dromgoole', 'Jan 30, 2027', '• 6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Weathered Hull', ...gNav, 'Sign in', 'Subscribe', 'Wing root walkway after scrubbing, before varnish.', 'Sign up for more like this.',
    'Enter your email', ...gMore.flat(), 'The Weathered Hull © 2027', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
});

const mTitle = 'Scratch-building a lineside water tower';
const mBody = [
  j(
    'A water tower is one of the easiest structures to scratch-build for a steam-era layout, and one of the most visible. This guide covers',
    'a typical pressed-steel tank on a brick base, as found at small stations and loco sidings. Dimensions are for OO (4 mm to the foot);',
    'scale them for other gauges.',
  ),
  'Materials',
  'Embossed brick plasticard, 1 mm, for the base',
  'Plain plasticard, 0.5 mm and 1 mm, for the tank panels and floor',
  'Microstrip, 0.5 x 1 mm, for the panel flanges',
  'Brass rod, 0.8 mm, for the ladder and the filler pipe',
  'The base',
  j(
    'Cut four walls of brick sheet 40 mm high, two of them 48 mm long and two 44 mm, so the shorter walls fit between the longer ones.',
    'Cut the door and window openings before assembly; it is much harder afterwards. Add a 1 mm plasticard floor inside at the top to carry',
    'the tank and to keep the walls square.',
  ),
  'The tank',
  j(
    'Real tanks were built of square pressed-steel panels bolted together through external flanges. Mark a 6 mm grid on 0.5 mm sheet and',
    'glue Microstrip along the lines, then add rivet detail with a pounce wheel from the back before the sides are joined.',
  ),
  'Typical tank sizes at 4 mm scale:',
  'Painting and detail',
  j(
    'Prime in grey. The brickwork can be painted in a mix of reds and washed with thinned grey for mortar. Tanks were usually black or a',
    'dark company colour, streaked with rust below the flanges and with limescale around the filler. A leather bag hanging from the',
    'delivery arm, made from tissue soaked in dilute PVA, finishes the model.',
  ),
];
const mRows = [
  ['Small station', '48 x 48', '24'],
  ['Loco siding', '64 x 48', '28'],
  ['Main depot', '96 x 64', '32'],
];
const mHeads = [1, 6, 8, 11];
const mCats = ['How-to guides', 'Scenery', 'Scratch-building', 'Railway structures'];
const mEdit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?action=edit">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const mH2 = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2>${mEdit}</div>`;
const mToc = ['(Top)', ...mHeads.map((i) => at(mBody, i))];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - ModelWiki</title><script>(function(){var className="client-js";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Scratch-building_a_lineside_water_tower","wgTitle":"${mTitle}",
"wgCurRevisionId":20417,"wgCategories":${JSON.stringify(mCats)}};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Scratch-building_a_lineside_water_tower
rootpage-Scratch-building_a_lineside_water_tower skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
><input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span>
</label></div></nav><a href="/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">ModelWiki</strong></span>
</a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail
vector-search-box"><a href="/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search
ModelWiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div><nav class="vector-user-links"
aria-label="Personal tools"><div class="vector-user-links-main"><ul>${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}
</ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header
vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div><ul class="vector-toc-contents" id="mw-panel-toc-list">${mToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a
class="vector-toc-link" href="#${t}"><div class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div
class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div class="vector-menu vector-menu-tabs"><ul
class="vector-menu-content-list">${links(['Page', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></div></nav></div><div id="right-navigation"
class="vector-collapsible"><nav aria-label="Views"><div class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">${links(
  ['Read', 'Edit', 'View history'],
  'vector-tab-noicon mw-list-item',
)}</ul></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown vector-page-tools-dropdown"><label
class="vector-dropdown-label cdx-button cdx-button--fake-button" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>
</div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps([at(mBody, 0)])}
${mH2(at(mBody, 1))}<ul>${lis(mBody.slice(2, 6))}</ul>
${mH2(at(mBody, 6))}${ps([at(mBody, 7)])}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/File:Water_tower_base.jpg" class="mw-file-description"><img
src="/images/thumb/a/a4/Water_tower_base.jpg/220px-Water_tower_base.jpg" decoding="async" width="220" height="165" class="mw-file-element"></a>
<figcaption>The base with its floor fitted, before the tank goes on.</figcaption></figure>
${mH2(at(mBody, 8))}${ps(mBody.slice(9, 11))}
<table class="wikitable"><tbody><tr><th>Type</th><th>Tank (mm)</th><th>Height of base (mm)</th></tr>
${trs(mRows)}</tbody></table>
${mH2(at(mBody, 11))}${ps([at(mBody, 12)])}
</div><noscript><img src="/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://modelwiki.org/index.php?title=Scratch-building_a_lineside_water_tower&amp;oldid=20417">
https://modelwiki.org/index.php?title=Scratch-building_a_lineside_water_tower&amp;oldid=20417</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3
April 2027, at 14:12.</li><li id="footer-info-copyright">Content is available under <a href="/ModelWiki:Copyrights">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About ModelWiki', 'Disclaimers'])}
</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
</div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = page({
  name: 'heldout456-mediawiki-water-tower',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => at(mBody, i)),
  body: texts([...mBody.slice(0, 11).filter((_, i) => !mHeads.includes(i)), ...rowTexts(mRows), at(mBody, 12)]),
  bylines: ['This page was last edited on 3 April 2027, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'ModelWiki', 'Search', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', ...mToc, 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'Tools', '[edit]', 'The base with its floor fitted, before the tank goes on.',
    'Categories:', ...mCats, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About ModelWiki', 'Disclaimers',
  ],
});

export const HELDOUT456_F: readonly TestPage[] = [ghost, mediawiki];
