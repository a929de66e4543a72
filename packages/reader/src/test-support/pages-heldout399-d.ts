import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout399-kit.js';

/**
 * Held-out batch 399, file d: a botanical garden's "Plant of the Month" post on a Squarespace 7.1 blog template (announcement
 * bar, header nav, blog item meta, image block caption, tags and categories, item pagination, newsletter block, footer) and a
 * marine protected area's rules page on the U.S. Web Design System (gov banner, header, side nav, summary box, table,
 * "Last updated", identifier footer).
 */
const sTitle = 'Plant of the Month: the ghost orchid tree';
const sBody = [
  j(
    'Walk past the Tropical House in March and you may catch a sweet, almost spicy scent drifting out every time the doors open.',
    'It comes from our plant of the month, the ghost orchid tree, which is in full flower for the first time since it was planted.',
  ),
  j(
    'Despite the name, it is not an orchid at all. It is a small evergreen tree in the pea family, native to the cloud forests of a',
    'single mountain range, where it grows in the understorey beneath much taller trees. Its pale, papery flowers hang in long',
    'clusters and look, from a distance, like a cloud of white moths.',
  ),
  j(
    'Our specimen arrived as a seedling in 2014, grown from seed collected under licence by a partner garden. For years it sulked.',
    'It dropped leaves every winter, and twice we thought we had lost it. Moving it to a shadier bed near the waterfall, where the',
    'air stays humid, seems to have made all the difference.',
  ),
  'Our glasshouse curator, Anouk Ferreira, says the tree has taught the team a great deal:',
  j(
    'We assumed a tropical tree would want as much light as we could give it. It wanted the opposite: shade, constant moisture',
    'and, above all, no draughts.',
  ),
  j(
    "The scent is strongest in the early morning, before the glasshouse vents open. Bees from the garden's hives have been seen",
    'working the flowers, which surprised everyone, since in the wild the tree is thought to be pollinated by moths.',
  ),
  j(
    'The species is listed as endangered in the wild, where forest clearance for cattle pasture has reduced its range by more than',
    "half. Institutions like ours keep living stocks as a safeguard, and the seed from this year's flowers will be banked.",
  ),
  'Where to find it: Tropical House, Bed 14, beside the waterfall.',
  'Best time to come: mornings in March and early April, when the scent is strongest.',
  'Look for: the hanging white flower clusters and the grey, peeling bark.',
];
const sNav = ['Visit', 'Gardens', 'Collections', 'Learn', 'Support', 'Shop'];
const sTags = ['Tropical House', 'endangered species', 'trees'];
const sFoot = ['Opening times', 'Accessibility', 'Contact', 'Privacy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${sTitle} &mdash; Harrowfield Botanic Garden</title><meta property="og:site_name" content="Harrowfield Botanic Garden">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-03-04">
<script type="application/ld+json">{"url":"https://www.harrowfieldgarden.org","name":"Harrowfield Botanic Garden","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${sTitle}","author":"Jonah Pike",
"datePublished":"2026-03-04"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5e3f","siteTitle":"Harrowfield Botanic Garden"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.example/universal/styles-compressed/commerce.css" rel="stylesheet"></head>
<body id="item-65e5a" class="primary-button-style-solid tweak-blog-item-width-medium view-item collection-type-blog-basic">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Spring Plant Fair, Saturday 11 April. <a href="/events/plant-fair">Book tickets</a></p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner"><div class="header-title"><a href="/" class="header-title-text">Harrowfield Botanic Garden</a></div>
<nav class="header-nav"><div class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}">${t}</a></div>`,
  )
  .join('\n')}</div></nav>
<div class="header-actions"><a href="/membership" class="btn btn--border theme-btn--primary-inverse">Become a member</a></div></div></header>
<main id="page" class="container" role="main"><article class="section" data-section-theme="white"><div class="content-wrapper">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-jonah-pike post-type-text article-index-1">
<div class="blog-item-top-wrapper"><div class="blog-item-category-wrapper"><a href="/plant-of-the-month?category=Plant+of+the+Month"
class="blog-item-category">Plant of the Month</a></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author">Jonah Pike</div>
<time class="blog-meta-item blog-meta-item--date" datetime="2026-03-04">4 March 2026</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(0, 3))}
</div></div></div>
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/ghost-tree.jpg" alt="White flower clusters">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The flowers open over about three weeks. Photo: Garden archive</p></div>
</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(3, 4))}
<blockquote><p>${sBody[4]}</p></blockquote>
${ps(sBody.slice(5, 6))}
<h3>Visiting tips</h3><ul data-rte-list="default">${sBody
  .slice(6)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('\n')}</ul>
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Garden Notes</h2>
<div class="newsletter-form-header-description"><p>A monthly letter from our gardeners.</p></div></div>
<form class="newsletter-form"><input type="email" placeholder="Email Address"><button type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></form></div></div></div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-section"><span class="blog-tags-label">Tags:</span>
${sTags.map((t) => `<a href="/plant-of-the-month/tag/${t}" class="blog-item-tag">${t}</a>`).join(', ')}</div>
<section class="blog-share-actions"><div class="blog-item-share-wrapper"><span class="squarespace-social-buttons">Share</span></div></section></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link item-pagination-link--prev"
href="/plant-of-the-month/snowdrops"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Plant of the Month: snowdrops in the Birch Walk</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/plant-of-the-month/wollemi"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Plant of the Month: the living fossil pine</h2></a></section>
</article></div></div></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p>Harrowfield Botanic Garden, Mill Lane, Harrowfield HR4 2BG</p><p>Registered charity no. 1124418</p>
<ul>${links(sFoot)}</ul></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies. You can accept them or manage your preferences.</p></div>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-cta">Manage cookies</button></div>
<script src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout399-squarespace-plant-of-month-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Visiting tips'],
  body: texts(sBody),
  bylines: ['Jonah Pike', '4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring Plant Fair, Saturday 11 April. Book tickets', 'Harrowfield Botanic Garden', ...sNav, 'Become a member',
    'The flowers open over about three weeks. Photo: Garden archive', 'Garden Notes', 'A monthly letter from our gardeners.', 'Sign Up', 'Tags:',
    'endangered species', 'Share', 'Previous', 'Plant of the Month: snowdrops in the Birch Walk', 'Next', 'Plant of the Month: the living fossil pine',
    'Harrowfield Botanic Garden, Mill Lane, Harrowfield HR4 2BG', 'Registered charity no. 1124418', ...sFoot,
    'This site uses cookies. You can accept them or manage your preferences.', 'Manage cookies',
  ],
};

const mTitle = 'Regulations in the Pelican Shoals Marine Protected Area';
const mIntro = [
  j(
    'Pelican Shoals protects 112 square miles of reef, seagrass and open water off the Corvina Keys. These rules apply to everyone',
    'who enters the protected area, whether by private boat, charter or from the shore. Violations can result in civil penalties.',
  ),
];
const mSummary = [
  'Fishing of any kind is prohibited in the three Sanctuary Preservation Zones.',
  'Anchoring on coral is prohibited everywhere; tie up to the buoys provided.',
  'Vessels must travel at idle speed within 100 yards of a diver-down flag.',
];
const mZones = [
  j(
    'The protected area is divided into zones. Most of it is a general use zone, where recreational fishing, boating and diving are',
    'allowed under state fishing rules. Three Sanctuary Preservation Zones around the shallow reefs at Blue Hole, Coral Gardens and',
    'Turtle Ledge are no-take areas: you may dive and snorkel, but you may not fish, collect or touch anything.',
  ),
  j(
    'Zone boundaries are marked with yellow buoys and shown on the official chart. It is your responsibility to know which zone you',
    'are in. The boundaries are also available as a free download for most chartplotters and phone navigation apps.',
  ),
];
const mTable = [
  'General use zone',
  'Allowed under state rules',
  'Allowed',
  'Buoys or sand only',
  'Sanctuary Preservation Zone',
  'Prohibited',
  'Allowed',
  'Buoys only',
  'Scientific study area',
  'Prohibited',
  'Permit only',
  'Prohibited',
];
const mWildlife = [
  j(
    'Do not feed, touch or chase marine animals. Stay at least 50 yards from sea turtles and 100 yards from manatees. Between',
    'April and August, the sandbar at Pelican Key is closed to all landings to protect nesting terns and skimmers.',
  ),
];
const mDischarge = [
  j(
    'Discharging anything into the water other than clean engine cooling water, deck wash and fish parts from legal fishing is',
    'prohibited. Pump-out stations are available at Corvina Marina and at the Key Harbor ranger station.',
  ),
  j(
    'If you run aground on coral or seagrass, do not try to power off, as propeller scarring can take decades to heal. Wait for the',
    'tide, and report the grounding to the ranger station so that staff can assess the damage.',
  ),
];
const mSide = ['About the MPA', 'Maps and boundaries', 'Regulations', 'Mooring buoys', 'Permits', 'Research'];
const mNav = ['Visit', 'Science', 'Education', 'Management', 'News'];
const mIdent = ['About Corvina Coastal Authority', 'Accessibility support', 'FOIA requests', 'No FEAR Act data', 'Privacy policy'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Regulations | Pelican Shoals Marine Protected Area</title><link rel="stylesheet" href="/assets/uswds/css/uswds.min.css">
<meta name="description" content="Rules for fishing, anchoring and wildlife in the protected area."><meta property="og:title" content="Regulations">
<script src="/assets/uswds/js/uswds-init.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];(function(){var s=document.createElement('script');s.async=true;
s.src='https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js';document.head.appendChild(s);})();</script>
</head><body><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here’s how you know</span>
</button></div></header></div></section>
<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/">Pelican Shoals Marine
Protected Area</a></em></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion">${links(mNav, 'usa-nav__primary-item')}</ul></nav></header>
<main id="main-content"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(['Home', 'Management'], 'usa-breadcrumb__list-item')}<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>Regulations</span></li>
</ol></nav><div class="grid-row grid-gap"><div class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Secondary navigation">
<ul class="usa-sidenav">${links(mSide, 'usa-sidenav__item')}</ul></nav></div>
<div class="usa-layout-docs__main desktop:grid-col-9 usa-prose"><h1>${mTitle}</h1>
${ps(mIntro, ' class="usa-intro"')}
<div class="usa-summary-box" role="region" aria-labelledby="summary-box-key-information"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading" id="summary-box-key-information">Key rules at a glance</h2><div class="usa-summary-box__text">
<ul class="usa-list">${lis(mSummary)}</ul></div></div></div>
<h2>Zones</h2>
${ps(mZones)}
<table class="usa-table usa-table--borderless"><caption>What is allowed in each zone</caption><thead><tr><th scope="col">Zone</th>
<th scope="col">Fishing</th><th scope="col">Diving</th><th scope="col">Anchoring</th></tr></thead><tbody>
${[0, 4, 8].map((i) => `<tr><th scope="row">${mTable[i]}</th><td>${mTable[i + 1]}</td><td>${mTable[i + 2]}</td><td>${mTable[i + 3]}</td></tr>`).join('\n')}
</tbody></table>
<h2>Protecting wildlife</h2>
${ps(mWildlife)}
<h2>Discharge and pollution</h2>
${ps(mDischarge)}
<div class="usa-alert usa-alert--info usa-alert--slim"><div class="usa-alert__body"><p class="usa-alert__text">Read more:
<a href="/management/mooring-buoys">How to use a mooring buoy</a></p></div></div>
<p class="last-updated"><em>Last updated: January 20, 2026</em></p></div></div></div></main>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><div class="grid-container"><ul class="usa-footer__nav">${links(['Contact us', 'Report a violation'])}</ul>
<p class="usa-footer__contact-info">Hotline: (305) 555-0190</p></div></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<p class="usa-identifier__identity-disclaimer">An official website of the Corvina Coastal Authority</p></section>
<nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links"><ul class="usa-identifier__required-links-list">
${links(mIdent, 'usa-identifier__required-links-item')}</ul></nav></div><script src="/assets/uswds/js/uswds.min.js"></script></body></html>`;
const uswds: TestPage = {
  name: 'heldout399-uswds-mpa-rules-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: ['Key rules at a glance', 'Zones', 'Protecting wildlife', 'Discharge and pollution'],
  body: texts([...mIntro, ...mSummary, ...mZones, ...mTable, ...mWildlife, ...mDischarge]),
  bylines: ['Last updated: January 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Menu', ...mNav, 'Home', 'Management',
    ...mSide, 'What is allowed in each zone', 'Read more: How to use a mooring buoy', 'Return to top', 'Contact us',
    'Report a violation', 'Hotline: (305) 555-0190', 'An official website of the Corvina Coastal Authority', ...mIdent,
  ],
};

export const HELDOUT399_D: readonly TestPage[] = [squarespace, uswds];
