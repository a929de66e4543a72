import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout472-kit.js';

/** Held-out batch 472, file e2: a dealership's long journal post (a used-EV checklist) on Squarespace 7.1. */
const qTitle = 'Ten things our service manager checks before we sell a used EV';
const qSecs: { h: string; ps: string[]; li?: string[] }[] = [
  {
    h: '',
    ps: [
      j(
        'A used electric car has fewer moving parts than a petrol car, but that does not mean there is less to check. When a used EV',
        'comes in on trade at Fenwick Road Motors, it goes to Dale Morrow, our service manager, before it goes anywhere near the',
        'forecourt. We asked him to walk us through what he looks at, and why.',
      ),
      j(
        'None of this is secret. If you are buying a used EV from anyone, including a private seller, these are the questions worth',
        'asking and the things worth seeing with your own eyes.',
      ),
    ],
  },
  {
    h: '1. Battery state of health',
    ps: [
      j(
        'The single most important number on a used EV is how much of its original capacity the battery still holds. We plug every',
        'car into a diagnostic tool that reads the state of health straight from the battery management system, and we print the',
        'result and put it in the car\u2019s folder. Most cars we see at five years old are between 88 and 94 percent.',
      ),
      j(
        'A figure below 80 percent is not always a problem for a short daily commute, but it should be reflected in the price, and',
        'we tell buyers plainly what it means for range in winter.',
      ),
    ],
  },
  {
    h: '2. Charging history',
    ps: [
      j(
        'Some cars record how often they were rapid charged. Lots of rapid charging is not a disaster, but a car that lived on',
        'motorway chargers will usually show a little more battery wear than one that was charged overnight at home.',
      ),
    ],
  },
  {
    h: '3. Both charging ports, tested',
    ps: [
      j(
        'We test the car on our own 7 kW wallbox and on a rapid charger down the road. A port that will not lock, or a car that',
        'stops a rapid session after two minutes, is the sort of fault that a quick test drive never shows.',
      ),
    ],
  },
  {
    h: '4. Tyres',
    ps: [
      j(
        'EVs are heavy and their instant torque is hard on tyres. Dale measures tread depth on all four and checks that they are',
        'the right load rating for the car; cheap replacements can add noise and cost range.',
      ),
    ],
  },
  {
    h: '5. Brakes, which may be too good',
    ps: [
      j(
        'Because regenerative braking does most of the work, the brake discs on an EV can rust and pit from lack of use. We look',
        'for a lip on the discs and for a grinding noise in the first few stops of the morning.',
      ),
    ],
  },
  {
    h: '6. The 12-volt battery',
    ps: [
      j(
        'Almost every EV still has a small 12-volt battery that runs the locks, screens and computers. When it fails, the car can',
        'refuse to start even with a full main battery. We test it and replace it if it is weak; it is a cheap part and a common',
        'reason for a breakdown call.',
      ),
    ],
  },
  {
    h: '7. Software and recalls',
    ps: [
      j(
        'We check that the car is on current software and that any open recalls have been done. Several manufacturers have issued',
        'updates that improve charging speed or fix range estimates, so an out-of-date car can feel worse than it is.',
      ),
    ],
  },
  {
    h: '8. Cabin heating and the heat pump',
    ps: [
      j(
        'Heating is where an EV spends a lot of its energy in winter. If the car has a heat pump, we make sure it actually runs;',
        'a failed heat pump falls back to the resistive heater without telling the driver, and range drops by a fifth.',
      ),
    ],
  },
  {
    h: '9. The cables that should come with it',
    ps: ['A used EV should come with the cables it was sold with. We check for:'],
    li: [
      'a Type 2 cable for public AC chargers',
      'the portable charger for a household socket, if one was supplied',
      'the adaptor for the charging port flap, on cars that need one',
    ],
  },
  {
    h: '10. Warranty left on the battery',
    ps: [
      j(
        'Most EV batteries carry their own warranty of eight years or 100,000 miles, separate from the car\u2019s. We note exactly how',
        'much is left, and whether it transfers to a new owner, on the window card.',
      ),
    ],
  },
  {
    h: 'What this means if you buy from us',
    ps: [
      j(
        'Every used EV on our forecourt has a printed battery report in the glovebox, and you are welcome to ask Dale any questions',
        'about it. If a car does not pass these checks, we do not sell it to the public; it goes to auction instead.',
      ),
    ],
  },
];
const qNav = ['Used Cars', 'Electric', 'Service', 'Finance', 'Journal', 'Contact'];
const qSec = (s: (typeof qSecs)[number]): string =>
  `${s.h === '' ? '' : `<h2>${s.h}</h2>`}${ps(s.ps, ' class="" style="white-space:pre-wrap;"')}${s.li ? `<ul data-rte-list="default">${lis(s.li)}</ul>` : ''}`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="initial-scale=1">
<title>${qTitle} — Fenwick Road Motors</title><meta property="og:site_name" content="Fenwick Road Motors"><meta property="og:type" content="article">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f0c2/12/site.css">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1f0c2","siteTitle":"Fenwick Road Motors"},"itemId":"65d4e8b1"};</script>
<script type="application/ld+json">{"url":"https://fenwickroadmotors.example","name":"Fenwick Road Motors","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","author":"Hannah Greer",
"datePublished":"2027-02-18"}</script>
</head><body id="item-65d4e8b1" class="header-width-full tweak-blog-item-width-medium tweak-blog-item-show-date primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>Open this Saturday 9-4 for EV test drives</p></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title">
<div class="header-title-text"><a href="/">Fenwick Road Motors</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a>
</div>`,
  )
  .join('')}</nav>
</div></div></div><div class="header-actions">
<a href="/book" class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary">Book a test drive</a></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d4e8b1">
<section class="page-section layout-engine-section background-width--full-bleed section-height--medium"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry blog-item hentry author-hannah-greer post-type-text article-index-1">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1>
</div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=6101" class="blog-author">Hannah Greer</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2027-02-18">February 18, 2027</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="sqs-html-content">${qSecs.map(qSec).join('\n')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/64a1f0c2/battery-report.jpg" alt=""><figcaption class="image-caption-wrapper">
<p>A printed battery health report from one of our trade-ins.</p></figcaption></figure></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Get
new arrivals first</h2><p>One email a week with the cars that came in on trade.</p></div><form class="newsletter-form"><label class="newsletter-form-field-label
title">Email Address</label><input type="email" class="newsletter-form-field-element"><button class="newsletter-form-button"><span
class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a class="author-name" href="/journal?author=6101">Hannah Greer</a><div class="author-bio"><p>Hannah looks after
sales and the journal at Fenwick Road Motors.</p></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a class="item-pagination-link item-pagination-link--prev" href="/journal/winter-range">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Why your EV loses range in winter</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/finance-explained"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">PCP or HP? Car finance explained</h2></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content">
<p>Fenwick Road Motors, 22 Fenwick Road, Calderby CB3 8LT · 01632 960 418</p><p>Authorised and regulated by the Financial Conduct Authority, FRN 945210.</p>
<p>© 2027 Fenwick Road Motors Ltd</p></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespacePost: TestPage = {
  name: 'heldout472-squarespace-dealer-journal',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qSecs.map((s) => s.h).filter((h) => h !== ''),
  body: texts(qSecs.flatMap((s) => [...s.ps, ...(s.li ?? [])])),
  bylines: ['Hannah Greer', 'February 18, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open this Saturday 9-4 for EV test drives', ...qNav.filter((t) => t !== 'Electric' && t !== 'Service'), 'Book a test drive',
    'A printed battery health report from one of our trade-ins.',
    'Get new arrivals first', 'One email a week with the cars that came in on trade.', 'Email Address', 'Sign Up',
    'Hannah looks after sales and the journal at Fenwick Road Motors.', 'Previous', 'Why your EV loses range in winter', 'Next',
    'PCP or HP? Car finance explained',
    'Fenwick Road Motors, 22 Fenwick Road, Calderby CB3 8LT · 01632 960 418', 'Authorised and regulated by the Financial Conduct Authority, FRN 945210.',
    '© 2027 Fenwick Road Motors Ltd',
  ],
};

export const HELDOUT472_E2: readonly TestPage[] = [squarespacePost];
