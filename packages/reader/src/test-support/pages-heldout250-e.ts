import { links, ps, type TestPage, texts } from './page-kit.js';
import { hashnode } from './pages-heldout250-e2.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file e: a G2-style software category page on an invented review site (breadcrumbs, an editorial
 * intro under the h1, the filter sidebar, sponsored and organic product cards with ratings, prices and "Compare" boxes, the
 * buyer's guide below the listing, the review CTA and footer) and, from file e2, a developer-relations post on Hashnode.
 */
const cTitle = 'Best Revenue Intelligence Software in 2026';
const cIntro = [
  j(
    'Revenue intelligence software records and analyses the conversations, emails and deal activity of a sales team, then turns',
    'them into forecasts, coaching moments and warnings about deals that are going quiet. The products below are ranked by',
    'verified user reviews and market presence.',
  ),
];
const cH = [
  'Learn More About Revenue Intelligence Software',
  'What is revenue intelligence software?',
  'Common features',
  'Who uses revenue intelligence software?',
  'What does it cost?',
];
const cWhat = [
  j(
    'Sales teams have always forecast from what reps type into the CRM. Revenue intelligence tools work from what actually',
    'happened instead: who replied, which meetings took place, and how often a buyer raised price or a competitor. The gap',
    'between the two is usually where a forecast goes wrong.',
  ),
];
const cFeat = [
  'Call and meeting capture with transcripts and searchable topics',
  'Automatic logging of emails and meetings to CRM records',
  'Deal risk scores based on engagement and stakeholder coverage',
  'Forecast roll-ups that compare rep calls with activity data',
  'Coaching libraries of clipped call moments',
];
const cFeat2 = [
  j(
    'Not every product covers all five. Some vendors started as call recorders and added forecasting later, while others began',
    'as forecasting tools and buy in their conversation data from partners. Reviewers on our site rate the depth of each',
    'feature separately, so check the scores for the two or three features your team will use every week.',
  ),
];
const cWho = [
  j(
    'Sales leaders use these tools to run pipeline reviews from evidence rather than from memory. Revenue operations teams use',
    'them to keep CRM data complete without chasing reps, and enablement managers use recorded calls to build onboarding for new',
    'hires. In our reviews, mid-market companies with ten to a hundred sellers report the fastest payback.',
  ),
];
const cCost = [
  j(
    'Most vendors price per seat, with typical list prices between $60 and $150 per user per month on annual contracts.',
    'Conversation recording is often sold as a separate tier, and several vendors charge a platform fee on top of seats, so ask',
    'for a full quote with the number of recorded users before comparing products.',
  ),
];
const cards = [
  ['Pipewise', '4.7', '(1,284)', '$75 1 user per month', 'Pipewise captures every call and email and flags deals that lose momentum before the forecast call.'],
  [
    'Signalhaus',
    '4.5',
    '(862)',
    '$60 1 user per month',
    'Signalhaus combines conversation analytics with a forecasting board built for weekly pipeline reviews.',
  ],
  ['Dealkeel', '4.4', '(517)', 'Contact for pricing', 'Dealkeel maps buying committees from email traffic and warns when a deal has a single contact.'],
  ['Ordway Insight', '4.2', '(233)', '$89 1 user per month', 'Ordway Insight adds AI call summaries and coaching scorecards to any CRM.'],
];
const cCrumbs = ['Home', 'Sales Software', 'Revenue Intelligence Software'];
const cNav = ['Software', 'Services', 'Write a Review', 'For Vendors', 'Log In'];
const cFilters = [
  'Filter Software',
  'Star Rating',
  'Company Size',
  'Small Business (50 or fewer emp.)',
  'Mid-Market (51-1000 emp.)',
  'Enterprise (> 1000 emp.)',
];
const cFoot = ['About Us', 'Careers', 'Research Scoring Methodology', 'Review Guidelines', 'Privacy', 'Terms of Use'];
const card = (c: string[], i: number): string => `<div class="paper paper--white paper--box mb-2 position-relative border-bottom" data-product-id="${7100 + i}">
<div class="product-card x-software-component-card" data-ordered-events-item="products">${i === 0 ? '<div class="product-card__sponsored">Sponsored</div>' : ''}
<div class="product-card__head"><div class="product-card__img"><img alt="${c[0]} logo" src="https://images.stackrank.example/logos/${i}.png"></div>
<div class="product-card__product-name"><a href="/products/${c[0]?.toLowerCase().replace(/ /g, '-')}/reviews"><div itemprop="name"
class="product-card__product-name">${c[0]}</div></a></div><div class="product-card__info"><div class="stars large xlarge stars-9"></div>
<span class="fw-semibold">${c[1]}</span> out of 5 <span class="px-4th">${c[2]}</span></div></div>
<div class="product-card__body"><div class="product-listing__entry-price"><div class="fw-semibold">Entry Level Price:</div><div>${c[3]}</div></div>
<div class="product-listing__paragraph x-paragraph-on-card" itemprop="description">${c[4]}</div></div>
<div class="product-card__footer"><label class="compare-checkbox"><input type="checkbox"> Compare</label><a class="btn btn--small" href="/r/${i}">Try for
free</a><a class="link" href="/products/${i}/reviews">Read ${c[0]} Reviews</a></div></div></div>`;
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Best Revenue Intelligence Software in 2026: Compare Reviews on 80+
Products | StackRank</title><meta name="description" content="Top Revenue Intelligence Software: compare the best products using real-time reviews.">
<meta name="csrf-token" content="q3Vt9sZ0kz"><link rel="canonical" href="https://www.stackrank.example/categories/revenue-intelligence">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ItemList","name":"${cTitle}","numberOfItems":4,"itemListElement":[
{"@type":"ListItem","position":1,"name":"Pipewise"},{"@type":"ListItem","position":2,"name":"Signalhaus"}]}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page_type":"category","category_id":1187});</script>
<link rel="stylesheet" href="https://assets.stackrank.example/assets/application-3c1d.css"></head>
<body class="category-page"><div class="off-canvas-wrapper"><header class="global-nav" id="global-nav"><a class="global-nav__logo" href="/">StackRank</a>
<form class="global-nav__search" action="/search"><input type="search" name="query" placeholder="What are you looking for?"></form>
<ul class="global-nav__links">${links(cNav, 'global-nav__item')}</ul></header>
<div class="page page--category"><div class="container"><nav class="breadcrumbs" aria-label="breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList">
${cCrumbs
  .map(
    (b, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/c/${i}"><span itemprop="name"
>${b}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ol></nav>
<div class="category-page-intro"><h1 class="hero__title">${cTitle}</h1><div class="category-page-intro__description">${ps(cIntro)}</div>
<div class="category-page-intro__meta">Showing 1-4 of 83 products · <a href="#methodology">How we rank products</a></div></div>
<div class="grid-x"><aside class="cell large-3 filters" aria-label="filters"><ul class="filters__list">${cFilters.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<div class="ad-slot" data-ad-unit="category_left"><span class="ad-slot__label">Advertisement</span></div></aside>
<main class="cell large-9 product-listing-col"><div class="sort-bar"><span>Sort by:</span><select><option>StackRank Score</option><option>Most Reviews</option>
</select></div>
${cards.map(card).join('\n')}
<nav class="pagination"><a href="?page=2" class="pagination__link">Next ›</a></nav>
<section class="buyers-guide" id="buyers-guide"><h2 class="buyers-guide__title">${cH[0]}</h2><div class="buyers-guide__body ws-pw">
<h3>${cH[1]}</h3>${ps(cWhat)}
<h3>${cH[2]}</h3><ul>${cFeat.map((f) => `<li>${f}</li>`).join('\n')}</ul>${ps(cFeat2)}
<h3>${cH[3]}</h3>${ps(cWho)}
<h3>${cH[4]}</h3>${ps(cCost)}</div>
<div class="buyers-guide__editor">Researched and written by <a href="/authors/lena-kowal">Lena Kowal</a>, Senior Research Analyst</div>
<div class="buyers-guide__updated">Last updated on February 27, 2026</div></section>
<div class="review-cta"><p>Used revenue intelligence software? Share your experience and help other buyers.</p><a class="btn" href="/review">Write a
Review</a></div></main></div></div></div>
<footer class="site-footer"><ul class="site-footer__links">${links(cFoot)}</ul><p class="site-footer__copy">© 2026 StackRank, Inc. All Rights Reserved.</p>
</footer></div>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic.</p>
<button class="btn js-accept-cookies">Accept Cookies</button><a href="/cookie-settings">Cookie Settings</a></div>
<script src="https://assets.stackrank.example/assets/application-9a0e.js"></script></body></html>`;
const stackrank: TestPage = {
  name: 'heldout250-g2-style-category-listing',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cIntro, ...cWhat, ...cFeat, ...cFeat2, ...cWho, ...cCost]),
  bylines: ['Researched and written by', 'Lena Kowal', 'Last updated on February 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'StackRank', ...cNav, ...cCrumbs, 'Showing 1-4 of 83 products', 'How we rank products', ...cFilters, 'Advertisement', 'Sort by:', 'StackRank Score',
    'Most Reviews', 'Sponsored', ...cards.flatMap((c) => [c[0] ?? '', c[1] ?? '', c[2] ?? '', c[3] ?? '', c[4] ?? '', `Read ${c[0]} Reviews`]),
    'Entry Level Price:', 'out of 5', 'Compare', 'Try for free', 'Next ›', 'Senior Research Analyst',
    'Used revenue intelligence software? Share your experience and help other buyers.', ...cFoot, '© 2026 StackRank, Inc. All Rights Reserved.',
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Accept Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT250_E: readonly TestPage[] = [stackrank, hashnode];
