import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file e2: a Prima-style strategy page built with Elementor on WordPress (header template, breadcrumbs,
 * post-info widget with author, date and reading time, share buttons, the post-content widget, a callout box, a "Read
 * more" promo, the newsletter form widget, the "More Strategy" posts widget, a sidebar ad and the footer template).
 */
const mTitle = 'Ironbough Siege Chapter 6 Strategy: How to Hold the Mill';
const mHeads = ['Before the battle', 'The first three waves', 'The ram and the final wave', 'Optional objective'];
const mIntro = [
  j(
    'Chapter 6 of Ironbough Siege is where most campaigns stall. You have to hold the river mill for twelve minutes against',
    'four waves, and the game gives you fewer archers than in any mission so far. This page walks through a setup that',
    'works on Veteran and keeps the millwright alive for the bonus objective.',
  ),
];
const mBefore = [
  j(
    'Spend the preparation phase on the mill itself, not on the palisade. Upgrading the mill walls to stone takes 400 timber',
    'and makes the building immune to fire arrows, which the second wave relies on.',
  ),
  'Move all three archer squads onto the mill roof and the granary; place spearmen at the bridge only.',
  'Keep the cavalry hidden in the orchard to the south. You will need it for the ram.',
];
const mWaves = [
  j(
    'The first wave is only light infantry and comes straight over the bridge. The spearmen hold it without help; do not',
    'commit the archers to the bridge yet, because the second wave arrives from the ford on the left while you are busy.',
  ),
  j(
    'The second wave brings fire archers to the ford. Turn the roof archers towards them as soon as the horn sounds. The third',
    'wave is a feint: a small group at the bridge while the real force gathers in the woods to the east.',
  ),
];
const mRam = [
  j(
    'At the eight-minute mark a battering ram rolls down the east road. Release the cavalry from the orchard when the ram',
    'passes the milestone. Cavalry charges from behind kill the ram crew before it reaches the gate.',
  ),
  j(
    'The final wave is large but tired: the game lowers its morale if the ram was destroyed. Pull the spearmen back to the',
    'mill door and let the archers finish the rest.',
  ),
];
const mTip = 'Strategy tip: the millwright repairs the waterwheel for free between waves if no enemy is within 30 metres of it.';
const mOpt = [
  j(
    'Keep the millwright alive and the waterwheel intact to earn the Miller\u2019s Favour, which gives every later chapter an',
    'extra 100 grain at the start. It is worth the effort on a first playthrough.',
  ),
];
const mNav = ['News', 'Guides', 'Walkthroughs', 'Reviews', 'Codes', 'Deals'];
const mCrumb = ['Home', 'Guides', 'Ironbough Siege'];
const mShare = ['Facebook', 'Twitter', 'Reddit', 'Copy Link'];
const mMore = ['Ironbough Siege Chapter 7: The Burning Orchard', 'Best Unit Upgrades in Ironbough Siege', 'Ironbough Siege: All Relic Locations'];
const mFoot = ['About Us', 'Contact', 'Editorial Policy', 'Privacy Policy', 'Terms of Use'];
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const mHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${mTitle} - Prima Games</title>
<meta name="description" content="How to hold the river mill in Ironbough Siege chapter 6 on Veteran."><meta property="og:site_name" content="Prima Games">
<meta property="article:published_time" content="2026-01-27T15:20:00+00:00"><meta name="generator" content="Elementor 3.27.4">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${mTitle}",
"author":{"name":"Colm Ferrier"}},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://primagames.example/wp-content/plugins/elementor/assets/css/frontend.min.css"></head>
<body class="post-template-default single single-post elementor-default elementor-kit-6 elementor-page-88211">
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<section class="elementor-section elementor-top-section">
<div class="elementor-container">${el('a1', 'theme-site-logo', '<a href="/"><img src="https://primagames.example/logo.svg" alt="Prima Games"></a>')}
${el('a2', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(mNav, 'menu-item')}</ul></nav>`)}</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="88211" class="elementor elementor-88211 elementor-location-single post-88211 post type-post">
<section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
${el('b1', 'breadcrumbs', `<p id="breadcrumbs"><span>${mCrumb.map((c) => `<a href="/">${c}</a>`).join(' » ')}</span></p>`)}
${el('b2', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${mTitle}</h1>`)}
${el(
  'b3',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-inline-item elementor-repeater-item-author"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-author">By Colm Ferrier</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-date">January 27, 2026</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-custom">6 min read</span></li></ul>`,
)}
${el(
  'b4',
  'share-buttons',
  `<div class="elementor-grid">${mShare
    .map(
      (s) => `<div class="elementor-share-btn"><span class="elementor-share-btn__title">${s}</span>
</div>`,
    )
    .join('')}</div>`,
)}
${el(
  'b5',
  'theme-post-content',
  `${mIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${mHeads[0] ?? ''}</h2><p>${mBefore[0] ?? ''}</p><ul>${mBefore
    .slice(1)
    .map((t) => `<li>${t}</li>`)
    .join('\n')}</ul>
<p class="has-background callout">${mTip}</p>
<h2 class="wp-block-heading">${mHeads[1] ?? ''}</h2>${mWaves.map((p) => `<p>${p}</p>`).join('\n')}
<p class="related-inline"><strong>Read more:</strong> <a href="/ironbough-upgrades">Best Unit Upgrades in Ironbough Siege</a></p>
<h2 class="wp-block-heading">${mHeads[2] ?? ''}</h2>${mRam.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${mHeads[3] ?? ''}</h2><p>${mOpt[0] ?? ''}</p>`,
)}
${el(
  'b6',
  'form',
  `<div class="newsletter"><h3 class="elementor-heading-title">Get the Prima Games newsletter</h3>
<p>Guides and codes, twice a week.</p><button>Subscribe</button></div>`,
)}
${el(
  'b7',
  'posts',
  `<h3 class="elementor-heading-title">More Strategy</h3><div class="elementor-posts-container">${mMore
    .map(
      (t) => `<article class="elementor-post">
<h3 class="elementor-post__title"><a href="/">${t}</a></h3></article>`,
    )
    .join('\n')}</div>`,
)}</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column">
<div class="elementor-widget-wrap">${el('c1', 'html', '<div class="ad-label">Advertisement</div>')}</div></div>
</div></section></div>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer"><section class="elementor-section">
${el('d1', 'nav-menu', `<ul class="elementor-nav-menu">${links(mFoot, 'menu-item')}</ul>`)}
${el('d2', 'text-editor', '<p>© 2026 Prima Games. All rights reserved.</p>')}</section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">We use cookies to optimise our website and our service.</div>
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button></div></div>
<script src="https://primagames.example/wp-content/plugins/elementor/assets/js/frontend.min.js"></script></body></html>`;
export const prima: TestPage = {
  name: 'heldout376-prima-elementor-strategy-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mIntro, ...mBefore, mTip, ...mWaves, ...mRam, ...mOpt]),
  bylines: ['By Colm Ferrier', 'January 27, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Home', ...mShare, 'Read more:', 'Get the Prima Games newsletter', 'Guides and codes, twice a week.', 'Subscribe',
    'More Strategy', ...mMore, 'Advertisement', ...mFoot, '© 2026 Prima Games. All rights reserved.',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
  ],
};
