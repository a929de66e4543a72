import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, clean, j, lis, rowTexts, trs } from './pages-heldout459-kit.js';

/**
 * Held-out batch 459, file c: a Sketchfab model page (the viewer page with its model info panel, stats, tags and comments),
 * and a slicer settings guide on a Ghost blog (Casper theme) with a settings table, a callout card, a figure and a members box.
 */
const sTitle = 'Old Mill Water Wheel (photogrammetry)';
const sDesc = [
  j(
    'Photogrammetry scan of the overshot water wheel at Hadley Ford mill, taken from 412 photos on a calm morning in late autumn.',
    'The wheel is 4.2 m across and was last restored in 1994.',
  ),
  j(
    'The mesh was decimated to 180k triangles for the web viewer. A printable, watertight version (hollowed, with a flat base)',
    'is included in the download for anyone who wants a desk model.',
  ),
  'Please credit Ferrow Scans if you use the model in a project.',
];
const sNav = ['3D Models', 'Store', 'Business', 'Features', 'Blog'];
const sStats = ['Triangles: 180.2k', 'Vertices: 90.4k', 'Textures: 3', 'Materials: 1', 'UV Layers: Yes'];
const sTags = ['watermill', 'photogrammetry', 'heritage', 'wheel', 'scan'];
const sFoot = ['About', 'Careers', 'Help Center', 'Terms', 'Privacy', 'Cookie settings'];
const sHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta
charset="utf-8"><title>${sTitle} - Download Free 3D model by Ferrow Scans - Sketchfab</title>
<meta name="description" content="${sDesc[0]}"><meta property="og:type" content="sketchfab:model"><meta name="twitter:card" content="player">
<link rel="stylesheet" href="https://static.sketchfab.com/static/builds/web/dist/main-3a9f1c.css">
<script>window.prefetchedData={"/i/models/9e1b4d":{"name":"${sTitle}","user":{"displayName":"Ferrow Scans"},"isDownloadable":true}};</script>
</head><body class="page-model"><div id="root"><div class="cookie-notice" role="dialog"><p>Sketchfab uses cookies to improve your experience.</p>
<button class="button btn-primary">Accept</button><button class="button btn-secondary">Manage preferences</button></div>
<header class="c-header"><a class="c-header__logo" href="/">Sketchfab</a><nav class="c-header__nav">${anchors(sNav, 'c-header__link')}</nav>
<div class="c-search"><input type="search" placeholder="Search 3D models"></div><a class="button btn-primary" href="/signup">Sign up</a>
<a class="c-header__login" href="/login">Log in</a></header>
<div class="model-page"><div class="c-viewer"><iframe title="${sTitle}" src="https://sketchfab.com/models/9e1b4d/embed"></iframe></div>
<div class="model-name"><h1 class="model-name__label">${sTitle}</h1><div class="model-name__meta"><span class="c-model-viewer__views">3.1k Views</span>
<span class="c-model-viewer__likes">214 Likes</span></div><div class="model-actions"><button class="button btn-medium">Download 3D Model</button>
<button class="button btn-textual">Add to Collection</button><button class="button btn-textual">Embed</button><button
class="button btn-textual">Share</button></div></div>
<div class="model-meta"><div class="c-user"><a class="c-user__name" href="/ferrowscans">Ferrow Scans</a><span class="c-user__followers">1.2k followers</span>
<button class="button btn-small">Follow</button></div><div class="model-meta__published">Published 3 months ago</div>
<div class="c-model-description" itemprop="description"><div class="markdown-rendered-content">${ps(sDesc)}</div></div>
<div class="model-meta__row"><h3>3D Model</h3><ul class="c-model-stats">${lis(sStats)}</ul></div>
<div class="model-meta__row"><h3>License</h3><a href="https://creativecommons.org/licenses/by/4.0/">CC Attribution</a></div>
<div class="model-meta__row"><h3>Categories</h3><a href="/categories/architecture">Architecture</a><a
href="/categories/places-travel">Places &amp; travel</a></div>
<div class="model-meta__row"><h3>Tags</h3>${anchors(sTags, 'tag')}</div></div>
<section class="comments"><h3 class="comments__title">Comments (2)</h3><div class="comment"><a class="comment__author" href="#">millwheel_kate</a>
<span class="comment__date">2 months ago</span><p>Beautiful capture, the moss on the paddles is amazing.</p></div><div class="comment">
<a class="comment__author" href="#">Ferrow Scans</a><span
class="comment__date">2 months ago</span><p>Thank you! It took two visits to get the light right.</p></div>
<form><textarea placeholder="Add a comment"></textarea></form></section>
<section class="related"><h3>More from Ferrow Scans</h3><ul>${links(['Stone Packhorse Bridge', 'Lock Keeper Cottage Door'])}</ul></section></div>
<footer class="c-footer"><ul>${links(sFoot)}</ul><p>© 2026 Sketchfab, Inc.</p></footer></div>
<script src="https://static.sketchfab.com/static/builds/web/dist/main-3a9f1c.js"></script></body></html>`;
const sketchfab: TestPage = {
  name: 'heldout459-sketchfab-water-wheel',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: sDesc,
  bylines: ['Ferrow Scans', 'Published 3 months ago', 'millwheel_kate', '2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sketchfab uses cookies to improve your experience.', 'Accept', 'Manage preferences', 'Sketchfab', ...sNav, 'Sign up', 'Log in', '3.1k Views',
    '214 Likes', 'Download 3D Model', 'Add to Collection', 'Embed', 'Share', '1.2k followers', 'Follow', '3D Model', ...sStats, 'License',
    'CC Attribution', 'Categories', 'Architecture', 'Places & travel', 'Tags', ...sTags, 'Comments (2)',
    'Beautiful capture, the moss on the paddles is amazing.', 'Thank you! It took two visits to get the light right.', 'More from Ferrow Scans',
    'Stone Packhorse Bridge', 'Lock Keeper Cottage Door', ...sFoot, '© 2026 Sketchfab, Inc.',
  ],
};

const gTitle = 'The five slicer settings I change on every new filament';
const gDek = 'Default profiles are a starting point. These are the settings that make the biggest difference, and how to test each one in under an hour.';
const gBody = [
  j(
    'Every spool of filament behaves a little differently, even between colours of the same brand. Over the last three years of',
    'running a small print farm I have settled on five settings that I tune for every new material before it goes into production.',
    'Everything else stays on the slicer defaults.',
  ),
  '1. Nozzle temperature',
  j(
    'Print a temperature tower in steps of 5 °C across the range on the spool label. Look for the lowest temperature that still',
    'gives clean overhangs and strong layer bonding: snap the tower by hand and see where it breaks. Lower is usually better for',
    'bridges and stringing; higher is better for strength.',
  ),
  '2. Flow ratio',
  j(
    'Print a 30 mm cube in vase mode with one wall and measure the wall thickness in four places with calipers. Divide the',
    'line width you set by the average you measured, and multiply the current flow ratio by that number. Most of my PETG spools',
    'end up between 0.94 and 0.97.',
  ),
  '3. Pressure advance',
  j(
    'Pressure advance (Linear Advance on Marlin) makes corners sharp and stops the bulge at the start of each line. Use the',
    'pattern test built into your slicer and pick the value where the corners look neither rounded nor gapped. It changes with',
    'temperature, so tune it after the first two settings.',
  ),
  '4. Retraction',
  j(
    'With a direct drive extruder I start from 0.8 mm at 35 mm/s and test in steps of 0.2 mm. A Bowden setup needs much more,',
    'usually 4 to 6 mm. If stringing does not improve with longer retraction, the filament is probably wet.',
  ),
  '5. Cooling',
  j(
    'PLA likes full fan from the second layer. PETG prints better at 30 to 50 %, and ABS or ASA need the fan nearly off and an',
    'enclosure. Print a small overhang test at three fan speeds and keep the lowest that gives a clean 50° overhang.',
  ),
  'My starting values',
  'Tune in this order, because each setting affects the ones after it. Keep notes on the spool box so you never have to repeat the tests.',
];
const gHead = ['Material', 'Nozzle', 'Flow', 'Pressure advance', 'Retraction', 'Fan'];
const gRows = [
  ['PLA', '205 °C', '0.98', '0.035', '0.8 mm', '100 %'],
  ['PETG', '235 °C', '0.95', '0.055', '1.0 mm', '40 %'],
  ['ASA', '255 °C', '0.93', '0.045', '0.6 mm', '15 %'],
];
const gCallout = 'Dry your filament before you tune anything. Wet filament makes every test result meaningless.';
const gNav = ['Home', 'Guides', 'Reviews', 'Print farm diary', 'About'];
const gMore = ['Why I switched my print farm to 0.6 mm nozzles', 'Drying filament: a boxed heater vs. a food dehydrator', 'Bed adhesion without glue stick'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/built/screen.css?v=9b1e0a7c42">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://layerline.blog/five-slicer-settings/"><meta name="referrer"
content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Layer Line"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-06-08T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Layer Line"},
"author":{"@type":"Person","name":"Tamsin Okoro"},"headline":"${gTitle}"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://layerline.blog/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-guides tag-slicers is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://layerline.blog">Layer Line</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides tag-slicers">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/guides/">Guides</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/tamsin/"
class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2026/01/tamsin.jpg" alt="Tamsin Okoro"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tamsin/">Tamsin Okoro</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-06-08">Jun 8, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2026/06/towers.jpg"
alt="Temperature towers"><figcaption>Temperature towers for six PETG spools</figcaption></figure>
</header><section class="gh-content gh-canvas">
${ps([gBody[0] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
${[1, 3, 5, 7, 9].map((i) => `<h2 id="h${i}">${gBody[i]}</h2>\n<p>${gBody[i + 1]}</p>`).join('\n')}
<h2 id="start">${gBody[11]}</h2><table><thead><tr>${gHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${trs(gRows)}</tbody></table>
<p>${gBody[12]}</p>
<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">Get the print farm diary</h2><p class="kg-signup-card-subheading">One email a month,
no spam.</p><form data-members-form><input data-members-email type="email" placeholder="Your email"><button
class="kg-signup-card-button">Subscribe</button></form></div>
</section></article>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3><ul>${links(gMore)}</ul></div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://layerline.blog">Layer Line</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'Privacy', 'RSS'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank">Powered by Ghost</a></div>
</div></footer></div></div><script src="/assets/built/casper.js?v=9b1e0a7c42"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout459-ghost-slicer-settings',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [1, 3, 5, 7, 9, 11].map((i) => gBody[i] ?? ''),
  body: texts([gDek, gBody[0] ?? '', gCallout, ...[2, 4, 6, 8, 10].map((i) => gBody[i] ?? ''), ...rowTexts(gRows), gBody[12] ?? '']),
  bylines: ['Tamsin Okoro', 'Jun 8, 2026', '• 6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Layer Line', ...gNav, 'Sign in', 'Subscribe', 'Temperature towers for six PETG spools', 'Get the print farm diary',
    'One email a month, no spam.', 'Read more', ...gMore, 'Layer Line © 2026', 'Sign up', 'Privacy', 'RSS', 'Powered by Ghost',
  ],
};

export const HELDOUT459_C: readonly TestPage[] = [sketchfab, ghost].map(clean);
