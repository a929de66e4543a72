import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout324-kit.js';
import { arc } from './pages-heldout324-b2.js';

/**
 * Held-out batch 324, file b: a small daily's death notices column on a TownNews BLOX CMS template (a listing of short
 * notices under one headline: top bar, section nav, breadcrumbs, asset tools, "Submit an obituary" promo, tags, the
 * "Most Popular" rail, e-edition box, newsletter sign-up, footer) and, from file b2, a long obituary of a notable person on
 * an Arc XP newspaper template.
 */
const dTitle = 'Death notices for Tuesday, March 10, 2026';
const dIntro = j(
  'Death notices are published free of charge as a service to readers and are provided by funeral homes. Full paid obituaries',
  'appear on our obituaries page.',
);
const dNotices = [
  j(
    '<strong>ABERNATHY, Clyde W.</strong>, 91, of Sutter Ridge, died Saturday, March 7, 2026, at home. Services will be at 11 a.m.',
    'Friday at Grace Community Church, Sutter Ridge. Arrangements: Lyle &amp; Benning Funeral Service.',
  ),
  j(
    '<strong>CASTELLANOS, Rosa Maria</strong>, 67, of Oak Bend, died Sunday, March 8, 2026, at Valley General Hospital. A rosary',
    'will be recited at 7 p.m. Thursday and a funeral Mass celebrated at 10 a.m. Friday at St. Jude Catholic Church. Arrangements:',
    'Mendoza Family Mortuary.',
  ),
  j(
    '<strong>DELACROIX, Henry "Hank"</strong>, 79, of Millbrook, died Friday, March 6, 2026, at Millbrook Rehabilitation Center. A',
    'celebration of life will be held at 2 p.m. March 21 at the Millbrook VFW Post 3318. Arrangements: Oakes Cremation Society.',
  ),
  j(
    '<strong>FAIRWEATHER, June Alice</strong>, 84, of Sutter Ridge, died Monday, March 9, 2026, at Pinecrest Senior Living. Private',
    'family services will be held. Arrangements: Lyle &amp; Benning Funeral Service.',
  ),
  j(
    '<strong>KOWALCZYK, Stanley J.</strong>, 72, of Harlow, died Saturday, March 7, 2026, at Valley General Hospital. Visitation will',
    'be from 5 to 8 p.m. Thursday at Harlow Memorial Chapel, with services at 10 a.m. Friday. Burial will be at Harlow Township',
    'Cemetery. Arrangements: Harlow Memorial Chapel.',
  ),
  j('<strong>NGUYEN, Thanh Van</strong>, 58, of Oak Bend, died Sunday, March 8, 2026, at home. Services are pending with Mendoza', 'Family Mortuary.'),
  j(
    '<strong>PRUITT, Evelyn Louise</strong>, 96, formerly of Millbrook, died Wednesday, March 4, 2026, in Carver Springs. A graveside',
    'service will be held at 1 p.m. Saturday at Millbrook Cemetery. Arrangements: Oakes Cremation Society.',
  ),
  j(
    '<strong>WHITAKER, Donald Eugene</strong>, 88, of Harlow, died Monday, March 9, 2026, at St. Luke Hospice House. Services will',
    'be at 11 a.m. Monday at First Methodist Church of Harlow, with military honors. Arrangements: Harlow Memorial Chapel.',
  ),
];
const dOut = 'Notices received after 3 p.m. will appear in the next edition.';
const dNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'Business', 'Lifestyles', 'Classifieds', 'e-Edition'];
const dCrumbs = ['Home', 'News', 'Obituaries'];
const dTags = ['Death Notices', 'Local Obituaries', 'Valley Deaths'];
const dPop = [
  'County weighs new rules for roadside memorial crosses',
  'Harlow bakery closes after 62 years on Main Street',
  'Sutter Ridge council delays vote on cemetery expansion',
  'Millbrook girls win regional title in overtime',
];
const dFoot = ['About Us', 'Contact Us', 'Advertise', 'Subscribe', 'Terms of Use', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="utf-8"><title>Death notices for Tuesday, March 10, 2026 |
Obituaries | valleysentinel.example</title>
<meta name="description" content="Death notices published March 10, 2026."><meta property="og:type" content="article">
<meta property="article:section" content="Obituaries"><meta property="og:site_name" content="The Valley Sentinel">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dTitle}","datePublished":"2026-03-10T05:00:00-06:00",
"author":[{"@type":"Person","name":"Sentinel staff"}]}</script>
<script>var __tnt = __tnt || {}; __tnt.asset = {"uuid":"5d1e9c2a-1c7b-11f1-9a44-0b9f0c3e2a17","type":"article","section":"news/obituaries"};</script>
<link rel="stylesheet" href="https://bloximages.example/tncms/live/global/resources/styles/tncms.css"></head>
<body class="news asset-page tnt-page tnt-section-news-obituaries"><div id="site-container">
<div id="site-top-nav-container" class="hidden-print"><div class="tnt-top-bar"><span class="weather-current">41°F Overcast</span>
<a class="tnt-user-login" href="/users/login/">Log In</a><a class="btn btn-primary tnt-subscribe" href="/subscribe/">Subscribe</a></div></div>
<header id="site-header" class="hidden-print"><div class="site-logo-container"><a href="/" class="site-logo">The Valley Sentinel</a></div>
<nav id="main-navigation" class="navbar tnt-navbar"><ul class="nav navbar-nav">${links(dNav, 'dropdown')}</ul></nav></header>
<div id="main-page-container" class="container"><ol class="breadcrumb">${links(dCrumbs)}</ol>
<div class="row"><div class="col-lg-8 col-md-8 col-sm-12"><article class="card-container tnt-asset-type-article" id="asset-5d1e9c2a">
<header class="asset-header"><h1 class="headline"><span class="asset-headline tnt-headline">${dTitle}</span></h1>
<div class="meta"><ul class="list-inline"><li><span class="tnt-byline">Sentinel staff</span></li>
<li><time class="tnt-date asset-date text-muted" datetime="2026-03-10T05:00:00-06:00">Mar 10, 2026</time></li></ul></div>
<div class="share-container"><ul class="list-inline tnt-share">${links(['Facebook', 'Twitter', 'WhatsApp', 'Email', 'Print'], 'share-item')}</ul>
<a class="tnt-save" href="#">Save</a></div></header>
<div class="asset-body"><div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
<div class="subscriber-only encrypted-content">${ps([dIntro])}
${ps(dNotices)}
<div class="inline-asset inline-promo"><a href="/submit-obituary/"><strong>Submit an obituary:</strong> Families and funeral homes can place
obituaries online any day of the week.</a></div>
${ps([dOut])}</div></div></div>
<div class="asset-tags"><ul class="list-inline">${links(dTags, 'tag')}</ul></div></article></div>
<aside class="col-lg-4 col-md-4 col-sm-12 tnt-sidebar"><div class="tncms-block"><h3 class="block-title-inner">Most Popular</h3>
<ol class="list-unstyled most-popular">${links(dPop)}</ol></div>
<div class="tncms-block eedition-block"><h3 class="block-title-inner">Today's e-Edition</h3><a href="/eedition/">Read the e-Edition</a></div>
<div class="tncms-block newsletter-block"><h3 class="block-title-inner">Sign up for our Daily Headlines</h3>
<p>Get the day's top local stories delivered to your inbox every morning.</p><form><input type="email" placeholder="Email address">
<button class="btn btn-primary">Sign up</button></form></div>
<div class="tnt-ads"><span class="ad-label">Advertisement</span><div id="tncms-region-sidebar-ad"></div></div></aside></div></div>
<footer id="site-footer"><ul class="list-inline">${links(dFoot)}</ul><p class="copyright">© 2026 The Valley Sentinel, a Harmon Media company.</p>
<p class="powered-by">Powered by BLOX Digital Content Management System from TownNews.com.</p></footer>
<div id="tncms-cookie-notice" class="alert alert-info"><p>We use cookies to provide you with the best experience on our site.</p>
<button class="btn btn-default">I accept</button></div></div></body></html>`;
const blox: TestPage = {
  name: 'heldout324-blox-death-notices-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([dIntro, ...dNotices, dOut]),
  bylines: ['Sentinel staff', 'Mar 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '41°F Overcast', 'Log In', 'Subscribe', 'The Valley Sentinel', ...dNav, ...dCrumbs, 'Facebook', 'Twitter', 'WhatsApp', 'Email', 'Print', 'Save',
    'Submit an obituary: Families and funeral homes can place obituaries online any day of the week.', ...dTags,
    'Most Popular', ...dPop, "Today's e-Edition", 'Read the e-Edition', 'Sign up for our Daily Headlines',
    "Get the day's top local stories delivered to your inbox every morning.", 'Sign up', 'Advertisement', ...dFoot,
    '© 2026 The Valley Sentinel, a Harmon Media company.', 'Powered by BLOX Digital Content Management System from TownNews.com.',
    'We use cookies to provide you with the best experience on our site.', 'I accept',
  ],
};

export const HELDOUT324_B: readonly TestPage[] = [blox, arc];
