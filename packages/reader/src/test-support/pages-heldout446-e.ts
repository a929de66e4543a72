import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout446-kit.js';

/**
 * Held-out batch 446, file e: an infobox-heavy town article on a MediaWiki wiki with the Citizen skin (sticky header with
 * search and drawer, page tools, infobox with coat of arms, map and figures, table of contents, references, navbox,
 * categories, "last edited" line, footer), and a relocation site's "Living in" city guide built with Elementor on WordPress
 * (theme-builder header, post info widget, share buttons, icon lists, call-to-action box, newsletter form, related posts,
 * a comment, Complianz cookie banner, footer).
 */
const mTitle = 'Bramholt';
const mLead = paras(`
<b>Bramholt</b> is a market town and municipality in the Tervan Uplands of Estravia, on the upper course of the river Sava.
With 18,406 inhabitants at the 2021 census it is the largest town in the Uplands region and the seat of the Bramholt district.
`);
const mHistory = paras(`
A settlement at the ford below Bramholt hill is first recorded in 1187, when the bishop of Korvenna granted the local lords the right
to collect tolls on the salt road.<sup class="reference"><a href="#cite_note-1">[1]</a></sup> The town received market rights in 1342
and was walled soon afterwards; two of its gates survive.

Bramholt grew rapidly after the railway arrived in 1879 and a tannery, a brewery and several sawmills were built along the river.
Most of these closed in the 1990s, and the town lost nearly a fifth of its population between 1991 and 2011.<sup class="reference">
<a href="#cite_note-2">[2]</a></sup>
`);
const mGeo = paras(`
The town lies at an elevation of 612 m in a broad basin surrounded by forested hills. The climate is humid continental, with cold,
snowy winters and mild summers; the average January temperature is −2.8 °C.
`);
const mEcon = paras(`
Today the largest employers are the district hospital, a furniture factory and the regional office of the forestry service. Tourism
has grown since the opening of the Sava valley cycle path in 2014.

The town is linked to Drevnik by a regional railway and by the R12 road, which was upgraded in 2019. The Bramholt bus station has
daily connections to Korvenna, a journey of about four hours.
`);
const mSights = [
  'The Upper Gate and the Tanners’ Gate, parts of the 14th-century town walls',
  'The parish church of St Nicholas, with a baroque high altar',
  'The Uplands Museum in the former district court',
];
const mBox = [
  ['Country', 'Estravia'],
  ['Region', 'Tervan Uplands'],
  ['Area', '64.2 km2'],
  ['Elevation', '612 m'],
  ['Population (2021)', '18,406'],
  ['Postal code', '54 300'],
];
const mRefs = [
  'Kovač, Ivo (1998). The Salt Road in the Middle Ages. Korvenna: Historical Society. p. 114.',
  '"Census 2021: Population by municipality". Estravian Statistical Office. Retrieved 12 May 2024.',
];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Special pages'];
const mNavbox = ['Lukovo', 'Kamensk', 'Velo Polje', 'Gornji Vrh'];
const mHtml = `<!DOCTYPE html><html class="client-nojs skin-citizen-auto" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Bramholt - Uplands Wiki</title>
<meta name="generator" content="MediaWiki 1.41.1"><meta name="theme-color" content="#0d0e12"><link rel="canonical"
href="https://wiki.uplands.example/wiki/Bramholt">
<script>RLCONF={"wgPageName":"Bramholt","wgTitle":"Bramholt","wgNamespaceNumber":0,"wgCitizenEnableCollapsibleSections":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.citizen.styles&amp;only=styles&amp;skin=citizen"></head>
<body class="skin-citizen citizen-sections-enabled mediawiki ltr page-Bramholt action-view">
<header class="citizen-header"><div class="citizen-header__logo"><a href="/wiki/Main_Page">Uplands Wiki</a></div>
<details class="citizen-drawer citizen-header__item"><summary title="Navigation">Navigation</summary><nav class="citizen-drawer__menu">
<ul>${links(mNav, 'mw-list-item')}</ul></nav></details><div class="citizen-search"><input type="search" placeholder="Search Uplands Wiki"></div>
<details class="citizen-userMenu"><summary>Personal tools</summary><ul><li><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></details></header>
<main class="mw-body citizen-body-container" id="content"><div class="citizen-page-header"><div class="citizen-page-heading"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1><div id="siteSub">From Uplands Wiki</div></div>
<div class="page-actions"><a href="/index.php?title=Bramholt&amp;action=edit">Edit</a><a href="/index.php?title=Bramholt&amp;action=history">History</a>
<a href="/wiki/Talk:Bramholt">Talk (0)</a></div></div>
<aside id="citizen-toc" class="citizen-toc"><div class="citizen-toc__top">Contents</div><ul>${links(
  ['History', 'Geography', 'Economy', 'Sights', 'References'],
  'toclevel-1',
)}</ul></aside>
<div id="bodyContent" class="citizen-body"><div id="mw-content-text" class="mw-body-content mw-content-ltr"><div class="mw-parser-output">
<table class="infobox vcard"><caption class="infobox-title fn org">Bramholt</caption><tbody>
<tr><td colspan="2" class="infobox-image"><img src="/images/Bramholt_coat_of_arms.png" alt="Coat of arms"><div class="infobox-caption">Coat of
arms</div></td></tr>
<tr><td colspan="2" class="infobox-image"><img src="/images/Bramholt_locator.png" alt=""><div class="infobox-caption">Location of Bramholt in
Estravia</div></td></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
<tr><th scope="row" class="infobox-label">Website</th><td class="infobox-data"><a href="https://bramholt.example">bramholt.example</a></td></tr></tbody></table>
${ps(mLead)}
<section class="citizen-section"><h2 class="citizen-section-heading"><span class="mw-headline" id="History">History</span></h2>${ps(mHistory)}</section>
<section class="citizen-section"><h2><span class="mw-headline" id="Geography">Geography</span></h2>
<figure class="mw-default-size" typeof="mw:File/Thumb"><img src="/images/Bramholt_Upper_Gate.jpg" alt=""><figcaption>The Upper Gate seen from the market square
</figcaption></figure>${ps(mGeo)}</section>
<section class="citizen-section"><h2><span class="mw-headline" id="Economy">Economy</span></h2>${ps(mEcon)}</section>
<section class="citizen-section"><h2><span class="mw-headline" id="Sights">Sights</span></h2><ul>${lis(mSights)}</ul></section>
<section class="citizen-section"><h2><span class="mw-headline" id="References">References</span></h2><div class="reflist"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></section>
<div role="navigation" class="navbox"><div class="navbox-title">Towns of the Tervan Uplands</div><ul>${links(mNavbox)}</ul></div></div></div>
<div id="catlinks" class="catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul>${links([
  'Towns in the Tervan Uplands',
  'Market towns',
])}</ul></div></div></main>
<footer class="mw-footer citizen-footer"><div id="footer-info-lastmod">This page was last edited on 9 February 2026, at 18:22.</div>
<p class="citizen-footer__siteinfo">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</p>
<ul id="footer-places">${links(['Privacy policy', 'About Uplands Wiki', 'Disclaimers'])}</ul><div id="footer-poweredbyico">Powered by MediaWiki</div></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const citizen: TestPage = {
  name: 'heldout446-mediawiki-citizen-town-infobox',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['History', 'Geography', 'Economy', 'Sights'],
  body: texts([...mLead, ...mHistory, ...mGeo, ...mEcon, ...mSights]),
  bylines: ['This page was last edited on 9 February 2026, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Uplands Wiki', 'Navigation', ...mNav, 'Personal tools', 'Log in', 'From Uplands Wiki', 'Edit', 'Talk (0)', 'Contents', 'References',
    'Coat of arms', 'Location of Bramholt in Estravia', 'The Upper Gate seen from the market square', ...mRefs, 'Towns of the Tervan Uplands', ...mNavbox,
    'Categories', 'Towns in the Tervan Uplands', 'Market towns', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    'Privacy policy', 'About Uplands Wiki', 'Disclaimers', 'Powered by MediaWiki',
  ],
};

const eTitle = 'Living in Drevnik: A Complete Guide for Expats';
const eIntro = paras(`
Drevnik is Estravia's third city and its main university town, a place of leafy boulevards, tram lines and cheap coffee that most
foreigners only discover when a job offer arrives. If you are weighing a move, this guide covers what daily life actually costs,
where people live and how the paperwork works.
`);
const eCost = paras(`
Drevnik is noticeably cheaper than Korvenna. A single person can live comfortably on around €1,600 a month including rent, and
eating out remains affordable: a lunch menu in a neighbourhood restaurant costs €9 to €12.
`);
const eCostList = [
  'One-bedroom flat in the centre: €650 to €800 a month',
  'Monthly public transport pass: €28',
  'Utilities for a small flat: about €140 a month in winter',
  'Gym membership: €35 a month',
];
const eAreas = paras(`
Most newcomers start in Stari Grad, the old centre, where flats are small but everything is within walking distance. Families tend
to prefer Lipik, a green district of 1930s villas close to the international school, while Novi Most, across the river, is popular
with students and young professionals for its bars and lower rents.
`);
const ePaper = paras(`
EU citizens only need to register their address at the local police station within 90 days. Everyone else needs a residence permit,
which is usually applied for by the employer; expect the process to take six to ten weeks, and keep certified translations of your
degree certificates and birth certificate ready.

Healthcare is good by regional standards. Once you are registered for social insurance you can choose a family doctor, and many
younger doctors at the university hospital speak English.
`);
const eVerdict = paras(`
Drevnik will not suit everyone: winters are grey and long, and the job market outside the university and the hospitals is thin. But
for remote workers, academics and families looking for a calm, affordable base, it is one of the most liveable cities in the region.
`);
const eMenu = ['Destinations', 'Moving Guides', 'Cost of Living', 'Visas', 'Find a Mover'];
const eRelated = ['Living in Korvenna: Pros and Cons', 'How to Open a Bank Account in Estravia', 'Estravia Digital Nomad Visa Explained'];
const eComment = 'Great guide! One thing to add: the tram pass is now €30 since January, and you can buy it in the city app.';
const eFoot = ['About Us', 'Write for Us', 'Privacy Policy', 'Terms of Use', 'Contact'];
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const hd = (t: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const tx = (p: readonly string[]): string => w('text-editor', ps(p));
const icons = (items: readonly string[]): string =>
  w(
    'icon-list',
    `<ul class="elementor-icon-list-items">${items
      .map(
        (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
      )
      .join('\n')}</ul>`,
  );
const eHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Living in Drevnik: A Complete Guide for Expats - MoveAbroad Hub</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-11-04T08:00:00+00:00"><meta property="article:modified_time" content="2026-02-20T10:31:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Hanna Brügger"},"datePublished":"2025-11-04T08:00:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<script>var ElementorProFrontendConfig={"ajaxurl":"\\/wp-admin\\/admin-ajax.php","nonce":"a91c3f"};</script></head>
<body class="post-template-default single single-post postid-2318 elementor-default elementor-kit-7 elementor-page-2401">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">${sec(
  w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/moveabroad-logo.svg" alt="MoveAbroad Hub"></a>') +
    w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eMenu, 'menu-item')}</ul></nav>`),
)}</div>
<div data-elementor-type="single-post" data-elementor-id="2401" class="elementor elementor-2401 elementor-location-single post-2318 post type-post">
${sec(
  w(
    'breadcrumbs',
    '<p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/destinations/">Destinations</a> » <span class="breadcrumb_last">Drevnik</span></span></p>',
  ) +
    w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) +
    w(
      'post-info',
      `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text elementor-post-info__item--type-author">By Hanna Brügger</span></li><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text elementor-post-info__item--type-date">Updated February 20, 2026</span></li><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">9 min read</span></li></ul>`,
    ) +
    w(
      'share-buttons',
      `<div class="elementor-grid">${['Facebook', 'LinkedIn', 'WhatsApp']
        .map(
          (s) => `<div class="elementor-share-btn">
<span class="elementor-share-btn__title">${s}</span></div>`,
        )
        .join('')}</div>`,
    ),
)}
${sec(
  tx(eIntro) +
    hd('Cost of Living') +
    tx(eCost) +
    icons(eCostList) +
    w(
      'call-to-action',
      `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Moving soon?</h3><div class="elementor-cta__description">Get free
quotes from vetted international movers.</div><a class="elementor-cta__button">Compare Movers</a></div>`,
    ) +
    hd('Best Neighbourhoods') +
    tx(eAreas) +
    w(
      'image',
      `<figure class="wp-caption"><img src="/wp-content/uploads/drevnik-tram.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">A tram
crossing the Novi Most bridge. Photo: Marko Ilić / Unsplash</figcaption></figure>`,
    ) +
    hd('Visas and Paperwork') +
    tx(ePaper) +
    hd('Our Verdict') +
    tx(eVerdict),
)}
${sec(
  w(
    'form',
    `<form class="elementor-form"><h3>Get our weekly relocation tips</h3><input type="email" placeholder="Email"><button type="submit">
<span class="elementor-button-text">Sign Up</span></button></form>`,
  ) +
    hd('You May Also Like', 'h3') +
    w(
      'posts',
      `<div class="elementor-posts-container">${eRelated
        .map(
          (t) => `<article class="elementor-post">
<h3 class="elementor-post__title"><a href="/">${t}</a></h3></article>`,
        )
        .join('\n')}</div>`,
    ) +
    w(
      'post-comments',
      `<div id="comments" class="comments-area"><h2 class="comments-title">One thought on “${eTitle}”</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Tomasz R.</b> <time datetime="2026-01-22">January 22, 2026 at
4:12 pm</time>
</footer><div class="comment-content"><p>${eComment}</p></div><a class="comment-reply-link" href="#respond">Reply</a></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div></div>`,
    ),
)}</div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">${sec(
  w('nav-menu', `<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul>`) + w('text-editor', '<p>© 2026 MoveAbroad Hub. All rights reserved.</p>'),
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-title">Manage Cookie Consent</div><div class="cmplz-message">
<p>To provide the best experiences, we use technologies like cookies to store and/or access device information.</p></div>
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">
View preferences</button></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout446-elementor-relocation-living-in',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['Cost of Living', 'Best Neighbourhoods', 'Visas and Paperwork', 'Our Verdict'],
  body: texts([...eIntro, ...eCost, ...eCostList, ...eAreas, ...ePaper, ...eVerdict]),
  bylines: ['By Hanna Brügger', 'Updated February 20, 2026', '9 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Moving Guides', 'Visas', 'Find a Mover', 'Home', 'Facebook', 'LinkedIn', 'WhatsApp', 'Moving soon?',
'Get free quotes from vetted international movers.',
    'Compare Movers', 'A tram crossing the Novi Most bridge. Photo: Marko Ilić / Unsplash', 'Get our weekly relocation tips', 'Sign Up', 'You May Also Like',
    ...eRelated, `One thought on “${eTitle}”`, 'Tomasz R.', 'January 22, 2026 at 4:12 pm', eComment, 'Reply', 'Leave a Reply', ...eFoot,
    '© 2026 MoveAbroad Hub. All rights reserved.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT446_E: readonly TestPage[] = [citizen, elementor];
