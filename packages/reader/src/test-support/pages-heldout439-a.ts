import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementor } from './pages-heldout439-a2.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file a: a construction news article on an Industry Dive trade site (Construction Dive-style: topic bar,
 * dek, byline and "Published" line, share bar, lead figure with caption and credit, inline "Dive Brief" list, pull quote,
 * inline newsletter sign-up, "Recommended Reading" rail, topic tags, footer and the cookie notice) and, from file a2, a
 * contractor's Elementor case study.
 */
const dTitle = 'Midwest contractors brace for longer lead times on switchgear as data center work swells';
const dDek = 'Electrical subcontractors say gear ordered today may not arrive until 2027, forcing owners to rethink schedules and buy equipment early.';
const dBrief = [
  'Lead times for medium-voltage switchgear have reached 80 weeks on some orders, according to a survey of 140 electrical contractors.',
  'Data center and battery plant projects are absorbing much of the manufacturing capacity in the region.',
  'Owners are increasingly buying long-lead equipment themselves before a general contractor is even hired.',
];
const dBody1 = [
  j(
    'Electrical contractors across the upper Midwest are telling clients to expect switchgear and large transformers to arrive more than a',
    'year and a half after the purchase order is signed, according to a new survey released Tuesday by the Great Lakes Electrical Contractors',
    'Council.',
  ),
  j(
    'The council polled 140 member firms in January. Nearly two-thirds said they had at least one project in the past twelve months whose',
    'energization date slipped because gear arrived late, and a quarter said they had paid storage fees to hold equipment that showed up',
    'before the building was ready for it.',
  ),
];
const dBody2 = [
  j(
    'Much of the squeeze comes from the wave of data center campuses planned around Columbus, Des Moines and the Chicago suburbs, said',
    'council research director Mara Ellingboe. Those projects order switchgear in lots of thirty or forty line-ups at a time, and',
    'manufacturers have responded by reserving factory slots for their largest customers.',
  ),
  j(
    '“A hospital addition or a school that needs two or three sections is now waiting behind a hyperscale order that was placed eighteen',
    'months ago,” Ellingboe said. “The small jobs are the ones getting hurt.”',
  ),
];
const dQuote = 'If you are not buying gear at schematic design, you are already late.';
const dBody3 = [
  j(
    'The survey found that 41% of respondents now advise owners to buy long-lead electrical equipment directly, then assign the purchase',
    'order to the contractor once one is hired. That approach used to be common only on large federal and utility work.',
  ),
  j(
    'Some firms are also redesigning around what is in stock. Halvorsen Electric, a 300-person contractor based in Rockford, Illinois,',
    'said it swapped a planned single main switchboard for two smaller boards on a distribution center last fall, because the smaller',
    'units could ship in fourteen weeks.',
  ),
  j(
    'Manufacturers have announced new capacity, including two plant expansions in Tennessee and Mexico that are due to open next year.',
    'Contractors in the survey were skeptical that the extra lines would shorten lead times before 2027, given the backlog already booked.',
  ),
  j(
    'For now, Ellingboe said, the council is urging owners to bring their electrical engineer and a contractor together early, agree on',
    'standard equipment ratings where they can, and put deposits down as soon as the one-line diagram is settled.',
  ),
];
const dTopics = ['Commercial Building', 'Infrastructure', 'Technology', 'Workforce', 'Safety', 'Legal', 'Design'];
const dRec = [
  'Transformer shortage pushes utilities to refurbish old units',
  'Data center construction spending hits record in fourth quarter',
  'How owners are using early procurement to protect schedules',
];
const dTags = ['Power Distribution', 'Supply Chain', 'Data Centers'];
const dFoot = ['About Us', 'Advertise', 'Press Releases', 'Terms of Use', 'Privacy Policy', 'Do Not Sell My Personal Information'];
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dTitle} | Construction Dive</title>
<meta name="description" content="${dDek}"><meta property="og:title" content="${dTitle}"><meta property="og:type" content="article">
<meta name="article:published_time" content="2026-03-03T14:45:00Z"><meta name="twitter:site" content="@ConstructionDive">
<link rel="canonical" href="https://www.constructiondive.example/news/switchgear-lead-times-midwest-contractors-survey/741233/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dTitle}","datePublished":"2026-03-03T14:45:00Z",
"author":[{"@type":"Person","name":"Dana Whitlock"}],"publisher":{"@type":"Organization","name":"Construction Dive"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"article","topics":["Commercial Building"],"articleId":741233});</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="article-page"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="header"><div class="header__top"><a class="header__logo" href="/"><img src="/static/img/logos/constructiondive.svg" alt="Construction Dive"></a>
<form class="header__search" action="/search/"><input type="search" name="q" placeholder="Search"></form>
<a class="btn btn--primary header__signup" href="/signup/">Subscribe</a></div>
<nav class="topics-nav" aria-label="Topics"><ul class="topics-nav__list">${links(dTopics, 'topics-nav__item')}</ul></nav></header>
<div class="ad-unit ad-unit--leaderboard"><span class="ad-unit__label">Advertisement</span><div id="div-gpt-ad-leaderboard"></div></div>
<main id="main-content"><div class="row"><div class="large-8 columns article-wrapper"><article class="article">
<div class="article__topic"><a href="/topic/commercial-building/" class="topic-label">Commercial Building</a></div>
<h1 class="display-heading-04">${dTitle}</h1><p class="heading-dek">${dDek}</p>
<div class="article-meta"><div class="byline">By <a class="byline__author" href="/editors/dwhitlock/">Dana Whitlock</a></div>
<span class="published-info">Published March 3, 2026</span></div>
<div class="social-share"><ul class="social-share__list"><li><a class="share-button share-button--linkedin" href="#">Share on LinkedIn</a></li>
<li><a class="share-button share-button--x" href="#">Post to X</a></li><li><a class="share-button share-button--email" href="#">Email</a></li>
<li><button class="share-button share-button--print">Print</button></li></ul></div>
<figure class="article-image article-image--lead"><img src="https://imgproxy.divecdn.example/switchgear-warehouse.jpg" alt="Switchgear line-ups in a warehouse">
<figcaption class="article-image__caption"><span class="caption">Switchgear line-ups wait for shipment at a distributor’s warehouse outside Milwaukee.</span>
<span class="credit">Jorge Pell / Construction Dive</span></figcaption></figure>
<div class="large medium-10 columns article-body" id="article-body">
<div class="dive-brief"><h2 class="dive-brief__title">Dive Brief:</h2><ul>${dBrief.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<h2>Dive Insight:</h2>
${ps(dBody1)}
<div class="inline-promo"><span class="inline-promo__label">Read more:</span> <a href="/news/transformer-shortage/">Transformer shortage pushes utilities
to refurbish old units</a></div>
${ps(dBody2)}
<blockquote class="pullquote"><p>${dQuote}</p><cite>Mara Ellingboe</cite></blockquote>
<div class="signup-inline"><h3 class="signup-inline__title">Get the free daily newsletter read by industry experts</h3>
<form action="/signup/" class="signup-inline__form"><input type="email" placeholder="Work email"><button type="submit">Sign up</button></form>
<p class="signup-inline__fine">By signing up you agree to our privacy policy. You can opt out anytime.</p></div>
${ps(dBody3)}
</div><div class="article-tags"><span class="article-tags__label">Filed Under:</span>
<ul>${links(dTags, 'article-tags__item')}</ul></div></article></div>
<aside class="large-4 columns sidebar"><div class="ad-unit ad-unit--box"><span class="ad-unit__label">Advertisement</span></div>
<section class="recommended-reading"><h3 class="recommended-reading__title">Recommended Reading</h3>
<ul class="recommended-reading__list">${links(dRec, 'recommended-reading__item')}</ul></section>
<section class="sidebar-promo"><h3>Upcoming Events</h3><p>Construction Dive Live: Building Electrification, April 14, Chicago</p></section></aside></div></main>
<footer class="footer"><div class="footer__brand">Construction Dive is part of a network of trade publications.</div>
<ul class="footer__links">${links(dFoot, 'footer__link')}</ul><p class="footer__copyright">© 2026 Industry Dive. All rights reserved.</p></footer>
<div id="cookie-notice" class="cookie-notice" role="dialog"><p>We use cookies to improve your experience and to measure our audience.
See our Cookie Policy for details.</p><button class="cookie-notice__accept">Got it</button></div></body></html>`;
const industryDive: TestPage = {
  name: 'heldout439-industrydive-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['Dive Brief:', 'Dive Insight:'],
  body: texts([dDek, ...dBrief, ...dBody1, ...dBody2, dQuote, ...dBody3]),
  bylines: ['Dana Whitlock', 'Published March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', ...dTopics, 'Advertisement', 'Share on LinkedIn', 'Post to X', 'Email', 'Print',
    'Switchgear line-ups wait for shipment at a distributor’s warehouse outside Milwaukee.', 'Jorge Pell / Construction Dive',
    'Read more:', 'Get the free daily newsletter read by industry experts', 'Sign up',
    'By signing up you agree to our privacy policy. You can opt out anytime.',
    'Filed Under:', ...dTags, 'Recommended Reading', ...dRec, 'Upcoming Events', 'Construction Dive Live: Building Electrification, April 14, Chicago',
    'Construction Dive is part of a network of trade publications.', ...dFoot, '© 2026 Industry Dive. All rights reserved.',
    'We use cookies to improve your experience and to measure our audience. See our Cookie Policy for details.', 'Got it',
  ],
};

export const HELDOUT439_A: readonly TestPage[] = [industryDive, elementor];
