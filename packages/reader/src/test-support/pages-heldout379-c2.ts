import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout379-kit.js';

/**
 * An academy news story on Squarespace 7.1: the site header with its nav, the announcement bar, the blog item with its
 * meta (date, author), the `sqs-block` layout with html / image / quote / button blocks, the tags and categories line,
 * the item pagination, the newsletter block and the footer section, and the Squarespace cookie banner.
 */
const sTitle = 'Six academy graduates earn scholarships for next season';
const sBody1 = [
  j(
    'Six players from the Ashcombe Albion Academy under-16 squad have been offered two-year scholarships, the club confirmed this week,',
    "the largest intake from the club's own youth ranks since the academy gained Category Three status in 2021.",
  ),
  j(
    'The six will join the under-18s in July and combine full-time football with a BTEC in sport at Ashcombe College, where the club',
    "runs its education programme in partnership with the college's sports department.",
  ),
];
const sNames = [
  'Finn Calloway, goalkeeper, from Tidworth',
  'Rhys Annand, centre-back, from Ashcombe',
  'Malachi Oduya, central midfielder, from Pellbridge',
  'Lewis Trant, winger, from Ashcombe',
  'Sami Karlsson, forward, from Upper Moss',
  'Jack Pennefather, full-back, from Hatherleigh',
];
const sBody2 = [
  j(
    'Academy manager Craig Osei said the decision had been made after a full season of assessment, covering not only performances on',
    'the pitch but attitude in training, progress at school and how each player had dealt with setbacks such as injury.',
  ),
  j(
    'Four of the six have been with the club since the under-9s. Malachi Oduya arrived two years ago after his grassroots club, Pellbridge',
    "Juniors, recommended him to the academy's scouting team, and Sami Karlsson joined from a partner club in Sweden last summer.",
  ),
];
const sQuote = j(
  'Every one of these boys has earned it. They have trained four nights a week for years, done their schoolwork alongside it and',
  'never complained about a bus journey to an away game on a wet Sunday.',
);
const sBody3 = [
  j(
    'The academy has also confirmed that two second-year scholars, Ellis Maund and Kai Robathan, will train with the first team during',
    'the final month of the season, with a view to being included in the squad for the pre-season tour of the Netherlands.',
  ),
  j(
    'The academy will hold open trials for the under-12 and under-14 age groups in May. Parents and grassroots coaches who would like',
    'a player to be considered can register interest through the academy office before the end of April.',
  ),
];
const sNav = ['Club', 'First Team', 'Youth Academy', 'Matchday', 'Partners', 'Contact'];
const sFoot = ['Ashcombe Albion FC', 'The Rec, Station Road, Ashcombe', 'Instagram', 'Facebook', 'YouTube'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8" /><title>${sTitle} — Ashcombe Albion FC</title>
<link rel="canonical" href="https://www.ashcombealbion.example/news/academy-scholarships-2026"/>
<meta property="og:site_name" content="Ashcombe Albion FC"/><meta property="og:title" content="${sTitle} — Ashcombe Albion FC"/>
<meta property="og:type" content="article"/><meta itemprop="author" content="Ashcombe Albion FC"/><meta itemprop="datePublished"
content="2026-03-09T10:00:00+0000"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63b1f0","siteTitle":"Ashcombe Albion FC"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ashcombealbion.example","name":"Ashcombe Albion FC","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-03-09T10:00:00+0000",
"author":{"@type":"Person","name":"Bethan Loveridge"}}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/63b1f0/27/site.css"/></head>
<body id="item-65f0a1" class="header--menu-open collection-type-blog-basic view-item tweak-blog-item-width-medium tweak-blog-item-show-author-name">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Season tickets for 2026/27 are on sale now. <a href="/season-tickets">Find out more</a></p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""><div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img src="//images.squarespace-cdn.example/content/v1/63b1f0/crest.png" alt="Ashcombe Albion FC"></a></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f0a1">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper"><article class="entry h-entry blog-item hentry author-bethan-loveridge category-academy">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author">Bethan Loveridge</span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-03-09">March 9, 2026</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody1, ' class="" style="white-space:pre-wrap;"')}
<h3>The six scholars</h3>
<ul data-rte-list="default">${sNames.map((n) => `<li><p class="" style="white-space:pre-wrap;">${n}</p></li>`).join('\n')}</ul>
${ps(sBody2, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/content/v1/63b1f0/scholars.jpg" alt="" class="thumb-image">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The six new scholars with academy manager Craig Osei at The Rec</p></div></figcaption>
</figure></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote>
<figcaption class="source">— Craig Osei, academy manager</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>Open trials</h3>
${ps(sBody3, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/academy/trials" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Register for trials</a></div></div>
</div>
</div></div></div></div></div>
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-meta-item blog-meta-item--tags">
<span class="blog-categories-list"><a href="/news?category=Academy" class="blog-categories">Academy News</a></span>
<span class="blog-tags-list"><a href="/news?tag=scholarships" class="blog-tags">Scholarship news</a></span></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-id="65f0"><a href="/news/under-18s-cup-run"
class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Under-18s march on in the county cup</h2></a>
<a href="/news/ground-works" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Ground works update: new floodlights</h2></a></section></article></div></div></div></section>
<section class="page-section" data-section-id="newsletter"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the Albion mailing list</h2>
<div class="newsletter-form-header-description"><p>Sign up to hear about matches, events and academy news.</p></div></div>
<form class="newsletter-form"><input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content">
${ps(sFoot.slice(0, 2))}<p>${sFoot
  .slice(2)
  .map((t) => `<a href="https://${t.toLowerCase()}.example/ashcombealbion">${t}</a>`)
  .join(' · ')}</p>
<p>Powered by Squarespace</p></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-accept-all"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout379-squarespace-academy-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['The six scholars', 'Open trials'],
  body: texts([...sBody1, ...sNames, ...sBody2, sQuote, ...sBody3]),
  bylines: ['Bethan Loveridge', 'March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Season tickets for 2026/27 are on sale now.', 'Find out more', ...sNav, 'The six new scholars with academy manager Craig Osei at The Rec',
    '— Craig Osei, academy manager', 'Register for trials', 'Academy News', 'Scholarship news', 'Previous', 'Under-18s march on in the county cup', 'Next',
    'Ground works update: new floodlights', 'Join the Albion mailing list', 'Sign up to hear about matches, events and academy news.', 'Sign Up',
    ...sFoot, 'Powered by Squarespace', 'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
