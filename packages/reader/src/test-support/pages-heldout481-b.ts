import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout481-kit.js';

/**
 * Held-out batch 481, file b: a residents' association newsletter on Squarespace 7.1 (blog item with announcement bar and
 * newsletter block), and a condominium association's bylaws page built with Wix.
 */
const sTitle = 'Autumn Newsletter: Street Trees, the Winter Fair and a New Treasurer';
const sBody = [
  j(
    'Dear neighbours, it has been a busy few months in Fernhill. Thank you to everyone who came out for the clean-up day in September:',
    'thirty-four volunteers filled two skips and cleared the path along the brook from the footbridge to the allotments.',
  ),
  'Street trees',
  j(
    'The council has agreed to plant eighteen new trees on Orchard Rise and Beacon Lane this winter, replacing the cherries lost to',
    'disease. Residents who would like a tree outside their house can still put their name down with the committee until 30 November.',
  ),
  j(
    'We asked for species that do not lift the pavement, and the council will use hornbeam and field maple. Watering in the first',
    'summer is up to us, so we are looking for tree buddies on each street.',
  ),
  'Winter Fair',
  j(
    'The Winter Fair returns to St Aidan\u2019s Hall on <strong>Saturday 6 December</strong>, from 11am to 3pm. There will be a cake stall,',
    'a tombola, crafts for children and mulled apple juice. Stall tables cost \u00a35 and can be booked by email.',
  ),
  'Committee news',
  j(
    'After six years as treasurer, Gwen Hollis is stepping down. We cannot thank her enough. Our new treasurer is Sunil Raman of',
    'Beacon Lane, who was elected at the October meeting. Membership remains \u00a38 a household a year.',
  ),
  'Dates for your diary',
  'Committee meeting: Tuesday 18 November, 7.30pm, St Aidan\u2019s Hall (all welcome)',
  'Winter Fair: Saturday 6 December, 11am\u20133pm',
  'Carols on the green: Sunday 21 December, 5pm',
  'Warm wishes,',
];
const sNav = ['About', 'News', 'Events', 'Join', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta
charset="utf-8"><title>${sTitle} &mdash; Fernhill Residents&#39; Association</title>
<meta property="og:site_name" content="Fernhill Residents' Association"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.fernhillra.org.uk","name":"Fernhill Residents' Association",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","datePublished":"2025-11-02T10:15:00+0000","author":"Fernhill RA",
"@context":"http://schema.org","@type":"Article"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/18/5c5a519771c10ba3470d8101/64a1/1543/site.css" rel="stylesheet" type="text/css">
<script>Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101","collectionId":"6402b1"};</script></head>
<body id="item-6541d2" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-name header-width-full
collection-type-blog-basic-grid view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><a href="/join"
class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button"></span><div id="announcement-bar-text-inner-id"
class="sqs-announcement-bar-text-inner">
<p>Membership renewals for 2026 are open. Join or renew online.</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
role="banner">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" class="" data-animation-role="header-element">Fernhill Residents&#39; Association</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div
class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title visually-hidden"
hidden>Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6402b1"><section data-test="page-section"
class="page-section content-collection full-bleed-section collection-type-blog-basic-grid">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader"><article
class="entry h-entry post-type-text hentry author-fernhill-ra category-newsletter" data-item-id="6541d2" id="article-6541d2">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">
<a href="/news?category=Newsletter" class="blog-item-category">Newsletter</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2025-11-02"
pubdate>2 November 2025</time></div>
<div class="blog-item-author-profile-wrapper"><a href="/news?author=5c5a" class="blog-author-name">Fernhill RA Committee</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div
class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6541d2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div
class="sqs-block-content">
<div class="sqs-html-content">${ps([sBody[0] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${sBody[1]}</h3>${ps(sBody.slice(2, 4), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/5c5a/cleanup.jpg" alt="Volunteers with litter pickers by the brook" loading="lazy">
<figcaption class="image-caption-wrapper"><div
class="image-caption"><p>Clean-up day volunteers at the footbridge. Photo: Alan Petrie</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${sBody[4]}</h3>${ps([sBody[5] ?? ''])}<h3>${sBody[6]}</h3>${ps([sBody[7] ?? ''])}
<h3>${sBody[8]}</h3><ul data-rte-list="default">${lis(sBody.slice(9, 12).map((t) => `<p>${t}</p>`))}</ul>
<p>${sBody[12]}<br><em>The Fernhill RA Committee</em></p></div></div></div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-6541d2"><a href="#" class="comment-count">0 Comments</a></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/news/summer-newsletter">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Summer Newsletter: Fun Day Report</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/news/carols-on-the-green">
<div class="item-pagination-prev-next">Next</div><h2
class="item-pagination-title">Carols on the Green 2025</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section"><div class="content-wrapper"><div
class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64a1"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get the newsletter</h2>
<div class="newsletter-form-header-description"><p>Four issues a year, straight to your inbox.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit"><span
class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div
class="sqs-html-content"><p>Fernhill Residents&#39; Association is run by volunteers. Registered charity no. 1180442.</p></div></div></div>
</div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sqsNewsletter: TestPage = {
  name: 'heldout481-squarespace-residents-newsletter',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: at(sBody, 1, 4, 6, 8),
  body: texts(sBody.filter((_, i) => ![1, 4, 6, 8].includes(i))),
  bylines: ['2 November 2025', 'Fernhill RA Committee', 'The Fernhill RA Committee'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Membership renewals for 2026 are open. Join or renew online.', 'Skip to Content', "Fernhill Residents' Association", ...sNav,
    'Clean-up day volunteers at the footbridge. Photo: Alan Petrie', '0 Comments', 'Previous', 'Summer Newsletter: Fun Day Report', 'Next',
    'Carols on the Green 2025', 'Get the newsletter', 'Four issues a year, straight to your inbox.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    "Fernhill Residents' Association is run by volunteers. Registered charity no. 1180442.",
  ],
};

const wTitle = 'Bylaws of the Harbor Point Condominium Association';
const wBody = [
  j(
    'These bylaws govern the Harbor Point Condominium Association, Inc., a nonprofit corporation organized under the laws of the State',
    'of Maine. Owners should read them together with the Declaration and the Rules and Regulations.',
  ),
  'Article I. Name, Office and Purpose',
  '<strong>Section 1. Name.</strong> The name of the corporation is Harbor Point Condominium Association, Inc. (the \u201cAssociation\u201d).',
  '<strong>Section 2. Office.</strong> The principal office of the Association is at 40 Wharf Road, Port Alder, or at another place chosen by the Board.',
  j(
    '<strong>Section 3. Purpose.</strong> The Association manages, maintains and insures the common elements of the condominium, collects',
    'assessments from unit owners and enforces the Declaration and these bylaws.',
  ),
  'Article II. Membership and Voting',
  j(
    '<strong>Section 1. Members.</strong> Every owner of a unit is a member of the Association. Membership passes automatically with the',
    'title to the unit and may not be transferred separately.',
  ),
  j(
    '<strong>Section 2. Votes.</strong> Each unit has one vote. Where a unit is owned by more than one person, the owners shall decide among',
    'themselves how the vote is cast and shall name one voting representative in writing.',
  ),
  j(
    '<strong>Section 3. Good standing.</strong> A member whose assessments are more than sixty days overdue may not vote until the account',
    'is brought current.',
  ),
  'Article III. Meetings of Members',
  j(
    '<strong>Section 1. Annual meeting.</strong> The annual meeting is held in May at a date, time and place set by the Board. Notice shall',
    'be mailed or emailed to every member at least fourteen and not more than sixty days before the meeting.',
  ),
  j(
    '<strong>Section 2. Special meetings.</strong> The President, a majority of the Board, or members holding at least twenty-five percent',
    'of the votes may call a special meeting. The notice shall state the business to be considered.',
  ),
  j(
    '<strong>Section 3. Quorum.</strong> Members holding one third of the votes, present in person or by proxy, constitute a quorum.',
    'Members may attend and vote by video conference where the Board provides for it.',
  ),
  'Article IV. Board of Directors',
  j(
    '<strong>Section 1. Number and term.</strong> The Board consists of five directors, who must be members. Directors serve staggered',
    'two-year terms; three are elected in odd-numbered years and two in even-numbered years.',
  ),
  j(
    '<strong>Section 2. Vacancies.</strong> A vacancy on the Board is filled by a majority of the remaining directors until the next',
    'annual meeting, when the members elect a director for the rest of the term.',
  ),
  j(
    '<strong>Section 3. Powers.</strong> The Board adopts the annual budget, sets assessments, hires the managing agent, contracts for',
    'repairs and adopts rules. Any single expense over $25,000 not in the budget requires approval of the members.',
  ),
  'Article V. Assessments',
  j(
    '<strong>Section 1. Regular assessments.</strong> Assessments are due on the first day of each month. A late fee of $25 applies to',
    'payments received after the fifteenth.',
  ),
  j(
    '<strong>Section 2. Reserve fund.</strong> At least ten percent of each year\u2019s budget shall be placed in a reserve fund for roof,',
    'siding, paving and dock replacement.',
  ),
  'Article VI. Amendments',
  j(
    'These bylaws may be amended by a vote of two thirds of the units at a meeting of members called for that purpose. An amendment',
    'takes effect when it is recorded in the county registry of deeds.',
  ),
];
const wHeads = [1, 5, 9, 13, 17, 20];
const wNav = ['Home', 'Documents', 'Board', 'Rentals', 'Contact'];
const wSec = (t: string): string =>
  `<div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text" style="line-height:1.6em;">${t}</p></div>`;
const wHead = (t: string): string =>
  `<div class="wixui-rich-text" data-testid="richTextElement"><h2 class="font_4 wixui-rich-text__text"><span
class="wixui-rich-text__text">${t}</span></h2></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder">
<title>Bylaws | Harbor Point Condo Association</title><meta name="description" content="Bylaws of the Harbor Point Condominium Association, Port Alder, Maine.">
<script type="application/json"
id="wix-viewer-model">{"site":{"metaSiteId":"7c1f","isResponsive":false},"language":{"userLanguage":"en"},"viewMode":"desktop"}</script>
<script>window.fedops={};window.fedops.apps={};</script><style
id="css_masterPage">#comp-lq8x1{width:980px}#SITE_HEADER{--bg:rgba(12,45,72,1)}
.font_8{font:normal normal normal 15px/1.6em helvetica-w01-light,sans-serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-lq8x1" class="comp-lq8x1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span
style="color:#FFFFFF;">Harbor Point Condo Association</span></p></div>
<nav id="comp-lq8x2" aria-label="Site" class="comp-lq8x2 wixui-dropdown-menu"><ul class="R2Nmqt">${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a
data-testid="linkElement" href="https://www.harborpointcondo.com/${t.toLowerCase()}" class="UiHgGh"><div class="gh2YzP"><p
class="zKbzSQ">${t}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lq8x3" class="comp-lq8x3 wixui-button"><a data-testid="linkElement" href="https://www.harborpointcondo.com/account"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Owner Login</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="bylaws" class="dBAkHi"><div
class="page-content">
<section id="comp-lr2a" class="comp-lr2a wixui-section"><div data-testid="columns" class="comp-lr2a-columns"><div id="comp-lr2b"
class="comp-lr2b wixui-column-strip__column">
<div id="comp-lr2c" class="comp-lr2c wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span
class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lr2d" class="comp-lr2d wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span
style="font-style:italic;">Adopted June 14, 2019. Last amended March 3, 2024.</span></p></div>
<div id="comp-lr2e" class="comp-lr2e wixui-button"><a data-testid="linkElement" href="https://www.harborpointcondo.com/_files/ugd/7c1f_bylaws.pdf"
target="_blank" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Download PDF</span></a></div>
<div id="comp-lr2f" class="comp-lr2f">
${wBody.map((t, i) => (wHeads.includes(i) ? wHead(t) : wSec(t))).join('\n')}
</div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-lq8y1" class="comp-lq8y1 wixui-rich-text"
data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">Harbor Point Condominium Association · 40 Wharf Road · Port Alder, ME 04110</p>
<p class="font_8 wixui-rich-text__text">Managed by Coastline Property Services · (207) 555-0146</p>
<p class="font_8 wixui-rich-text__text">© 2026 by Harbor Point Condo Association. Proudly created with Wix.com</p></div></div></footer></div></div>
<div id="WIX_ADS" class="CNt0uj ZnK4YP"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" class="nIMGhw"><span
class="BlV5bT">This site was designed with the <span class="JHHvay">Wix</span>.com website builder. Create your website today.</span>
<span class="Cob8UB">Start Now</span></a></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region"
aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" defer></script></body></html>`;
const wixBylaws: TestPage = {
  name: 'heldout481-wix-condo-bylaws',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: at(wBody, ...wHeads),
  body: texts(wBody.filter((_, i) => !wHeads.includes(i))),
  bylines: ['Adopted June 14, 2019. Last amended March 3, 2024.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Harbor Point Condo Association', 'Home', 'Documents', 'Rentals', 'Contact', 'Owner Login', 'Download PDF',
    'Harbor Point Condominium Association · 40 Wharf Road · Port Alder, ME 04110', 'Managed by Coastline Property Services · (207) 555-0146',
    '© 2026 by Harbor Point Condo Association. Proudly created with Wix.com',
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'bottom of page',
  ],
};

export const HELDOUT481_B: readonly TestPage[] = [sqsNewsletter, wixBylaws];
