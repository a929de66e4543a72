import { links, type TestPage, texts } from './page-kit.js';
import { seriousEats } from './pages-heldout165-d2.js';

/**
 * Held-out batch 165, file d: a White House statement page on the WordPress block theme (the skip link, the header with
 * the "Menu" button and the hidden overlay menu with its sections, the search overlay, the topper block with the h1, the
 * category link and the date, the statement text ending with the "###" mark, the prev/next post navigation, the
 * newsletter sign-up block and the footer with the address and legal links) and, from file d2, a Serious Eats recipe.
 */
const whTitle = 'Statement from the Press Secretary on the Federal Response to Flooding in the Alder River Valley';
const whP1 = [
  'This morning the President spoke with Governor Marisol Dukes and with the mayors of Alder Ridge, Cobb’s Landing and Fenwick ' +
    'Springs to receive an update on the flooding that has displaced more than 6,000 residents across the Alder River Valley ' +
    'since Sunday night. The President expressed his condolences for the four lives lost and thanked the first responders, ' +
    'National Guard members and volunteers who have carried out more than 900 rescues in the past three days.',
  'At the Governor’s request, the President has approved a major disaster declaration for the three affected counties. The ' +
    'declaration makes federal funding available to individuals for temporary housing, home repairs and low-cost loans to ' +
    'cover uninsured property losses, and to state and local governments for debris removal and emergency protective measures.',
  'The Federal Emergency Management Agency has deployed two Incident Management Assistance Teams to the state emergency ' +
    'operations center and has pre-positioned 400,000 litres of water, 250,000 meals and 1,200 cots at a staging area outside ' +
    'Alder Ridge. The Army Corps of Engineers is assessing the Millbrook levee, which was overtopped on Monday, and will begin ' +
    'temporary repairs as soon as the water recedes.',
  'The Department of Agriculture is working with state officials to assess losses on the farms of the lower valley, where ' +
    'the flooding came in the final weeks before harvest. The Small Business Administration will open a business recovery ' +
    'center in Fenwick Springs on Friday.',
  'Residents who have suffered losses can begin applying for assistance immediately online, through the FEMA app, or by ' +
    'phone. Those who remain in evacuated areas should continue to follow the instructions of local officials and should not ' +
    'attempt to return home until it is safe to do so.',
  'The President has directed his team to remain in close contact with state and local leaders, and the Administration will ' +
    'continue to provide every resource needed for as long as it takes to help these communities recover and rebuild.',
  '###',
];
const whMenu: Record<string, string[]> = {
  News: ['Articles', 'Briefings & Statements', 'Presidential Actions', 'Remarks'],
  Administration: ['The President', 'The Vice President', 'The Cabinet'],
  Issues: ['Economy', 'Energy', 'Immigration', 'National Security'],
};
const whNav = ['News', 'Administration', 'Issues', 'Contact', 'Visit', 'Gallery'];
const whNews = ['Stay up to date with the latest news from the White House.', 'Email address', 'Sign Up'];
const whFoot = ['Contact', 'Visit', 'Privacy Policy', 'Copyright Policy', 'Accessibility Statement'];
const whAddr = ['The White House', '1600 Pennsylvania Ave NW', 'Washington, DC 20500'];
const whPrev = 'Statement from the President on the Retirement of Admiral Celia Brandt';
const whNext = 'Readout of the Vice President’s Call with Regional Transit Leaders';
const whHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${whTitle} &#8211; The White House</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.whitehouse.gov/briefings-statements/2025/09/statement-alder-river-valley-flooding/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${whTitle}">
<meta property="og:site_name" content="The White House"><meta property="article:published_time" content="2025-09-17T15:42:10+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${whTitle}",
"datePublished":"2025-09-17T15:42:10+00:00","author":{"name":"The White House"},"articleSection":["Briefings &amp; Statements"]},{"@type":"WebSite",
"name":"The White House","url":"https://www.whitehouse.gov/"}]}</script>
<link rel="stylesheet" id="whitehouse-style-css" href="https://www.whitehouse.gov/wp-content/themes/whitehouse/build/style-index.css?ver=1.4.2" media="all">
<script src="https://www.whitehouse.gov/wp-content/themes/whitehouse/build/index.js?ver=1.4.2" id="whitehouse-js" defer></script></head>
<body class="post-template-default single single-post postid-30412 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a><div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-whitehouse-header"><div class="wp-block-whitehouse-header__inner">
<a class="wp-block-whitehouse-header__logo" href="https://www.whitehouse.gov/" aria-label="The White House home"><svg aria-hidden="true"
viewBox="0 0 60 40"><use
href="#wh-logo"></use></svg></a><nav class="wp-block-whitehouse-header__nav" aria-label="Primary"><ul class="wp-block-navigation__container">${links(
  whNav,
  'wp-block-navigation-item',
)}</ul></nav><button class="wp-block-whitehouse-header__menu-toggle" aria-expanded="false" aria-controls="wh-menu">Menu</button>
<button class="wp-block-whitehouse-header__search-toggle" aria-expanded="false"><span class="screen-reader-text">Search</span></button></div>
<div id="wh-menu" class="wp-block-whitehouse-menu-overlay" hidden><div class="wp-block-whitehouse-menu-overlay__inner">
${Object.entries(whMenu)
  .map(
    ([h, items]) => `<div class="wp-block-whitehouse-menu-overlay__section"><h2 class="wp-block-whitehouse-menu-overlay__heading">${h}</h2>
<ul>${links(items)}</ul></div>`,
  )
  .join('\n')}<button class="wp-block-whitehouse-menu-overlay__close">Close</button></div></div>
<div class="wp-block-whitehouse-search-overlay" hidden><form role="search" action="https://www.whitehouse.gov/"><label for="wh-search">Search WH.gov</label>
<input id="wh-search" type="search" name="s"><button type="submit">Search</button></form></div></div></header>
<main class="wp-block-group is-layout-flow" id="wp--skip-link--target"><article class="wp-block-group post-30412 post type-post status-publish">
<div class="wp-block-whitehouse-topper"><div class="wp-block-whitehouse-topper__content"><h1 class="wp-block-whitehouse-topper__title">${whTitle}</h1>
<div class="wp-block-whitehouse-topper__meta"><div class="wp-block-post-terms taxonomy-category"><a href="https://www.whitehouse.gov/briefings-statements/"
rel="tag">Briefings &amp; Statements</a></div><div class="wp-block-post-date"><time datetime="2025-09-17T15:42:10+00:00">September 17, 2025</time></div></div>
</div></div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${whP1.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<nav class="wp-block-group wp-block-whitehouse-post-navigation" aria-label="Posts"><div class="wp-block-post-navigation-link post-navigation-link-previous">
<span class="wp-block-post-navigation-link__label">Previous</span><a href="https://www.whitehouse.gov/briefings-statements/2025/09/admiral-brandt/"
rel="prev">${whPrev}</a></div><div class="wp-block-post-navigation-link post-navigation-link-next"><span
class="wp-block-post-navigation-link__label">Next</span>
<a href="https://www.whitehouse.gov/briefings-statements/2025/09/readout-transit/" rel="next">${whNext}</a></div></nav></article></main>
<footer class="wp-block-template-part"><div class="wp-block-whitehouse-newsletter"><h2 class="wp-block-heading">Subscribe to The White House newsletter</h2>
<p>${whNews[0]}</p><form class="wp-block-whitehouse-newsletter__form" action="https://www.whitehouse.gov/newsletter/"><label for="wh-email">${whNews[1]}</label>
<input id="wh-email" type="email" name="email"><button type="submit" class="wp-block-button__link">${whNews[2]}</button></form></div>
<div class="wp-block-whitehouse-footer"><div class="wp-block-whitehouse-footer__address"><p>${whAddr[0]}</p><p>${whAddr[1]}</p><p>${whAddr[2]}</p></div>
<nav aria-label="Footer"><ul class="wp-block-navigation__container">${links(whFoot, 'wp-block-navigation-item')}</ul></nav>
<ul class="wp-block-social-links">${['X', 'Instagram', 'Facebook', 'YouTube']
  .map(
    (s) => `<li class="wp-social-link"><a href="https://${s.toLowerCase()}.example/whitehouse"
class="wp-block-social-link-anchor"><svg aria-hidden="true"
viewBox="0 0 24 24"></svg><span class="wp-block-social-link-label screen-reader-text">${s}</span></a></li>`,
  )
  .join('')}
</ul><p class="wp-block-whitehouse-footer__domain">WH.GOV</p></div></footer></div>
<script id="wp-block-navigation-view-js" src="https://www.whitehouse.gov/wp-includes/blocks/navigation/view.min.js?ver=6.8" defer></script></body></html>`;
const whiteHouse: TestPage = {
  html: whHtml,
  name: 'heldout165-whitehouse-statement-news',
  kind: 'news',
  // the date is a byline; the category link above it is furniture; the "###" end mark is part of the statement's text (body)
  title: whTitle,
  headings: [],
  body: texts(whP1),
  bylines: ['September 17, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...whNav, 'Menu', 'Search', ...Object.entries(whMenu).flat(2).filter((t) => !whNav.includes(t)), 'Close', 'Search WH.gov',
    'Previous', whPrev, 'Next', whNext, 'Subscribe to The White House newsletter', ...whNews, ...whAddr,
    ...whFoot.filter((t) => !whNav.includes(t)), 'Instagram', 'Facebook', 'YouTube', 'WH.GOV',
  ],
};

export const HELDOUT165_D: readonly TestPage[] = [whiteHouse, seriousEats];
