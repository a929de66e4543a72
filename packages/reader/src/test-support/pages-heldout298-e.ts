import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout298-kit.js';

/**
 * Held-out batch 298, file e: a driving school's blog post on Squarespace 7.1 (announcement bar, header nav, BlogItem with
 * date and author meta, sqs-block html content, a newsletter block, share and tag links, previous / next pagination,
 * comments count, footer) and a used-car buying guide on a classifieds site built with Nuxt (__nuxt / __layout roots,
 * data-v scoped attributes, a search widget, a checklist, featured listings carousel, window.__NUXT__ state).
 */
const sTitle = 'How to Handle Your First Roundabout Without Panicking';
const sP1 = [
  j(
    'Ask any of our learners which part of their first month behind the wheel felt hardest and most will say the same thing:',
    'roundabouts. There is a lot happening at once, traffic seems to come from everywhere, and the rules feel different from an',
    'ordinary junction. The good news is that roundabouts follow a simple pattern, and once you know it they become one of the',
    'calmer parts of a lesson.',
  ),
];
const sSec: [string, string[]][] = [
  [
    'Plan early',
    [
      j(
        'Read the signs on the approach. They show the layout and which exit you need, so you can choose your lane well before',
        'the give-way line. As a rule, use the left lane for the first and second exits and the right lane for exits beyond twelve',
        "o'clock, unless road markings say otherwise.",
      ),
    ],
  ],
  [
    'Look right, and keep looking',
    [
      j(
        'You give way to traffic already on the roundabout, coming from your right. Slow down early so you have time to judge gaps',
        'rather than stopping at the last moment. If there is a safe gap, keep moving; if there is not, stop at the line and wait.',
      ),
      j(
        'Our instructors use a simple phrase with nervous learners: "slow, look, go". Saying it aloud is surprisingly helpful',
        'during the first few lessons.',
      ),
    ],
  ],
  [
    'Signal your exit',
    [
      j(
        'Signal left as you pass the exit before the one you want. This tells drivers waiting to join that you are leaving, and it',
        'is one of the most common faults examiners mark on a test.',
      ),
    ],
  ],
];
const sTips = [
  'Practise the same roundabout several times at quiet hours before you try it at rush hour.',
  'Mini-roundabouts follow the same rules, but give everyone more time to react.',
  'If you miss your exit, go round again. It is never a fault to take another lap.',
];
const sEnd = ["If you would like to book a lesson focused on roundabouts, get in touch and we will plan a route around the town's trickiest ones."];
const sNav = ['Lessons', 'Intensive Courses', 'Prices', 'Blog', 'Contact'];
const sFoot = ['Greenlane School of Motoring', '12 Station Parade, Ashby Marsh', 'Instagram', 'Facebook', 'Terms & Cancellation Policy'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>${sTitle} — Greenlane School of Motoring</title><meta property="og:site_name" content="Greenlane School of Motoring">
<meta property="og:type" content="article"><meta itemprop="author" content="Greenlane School of Motoring">
<script type="application/ld+json">{"url":"/blog/first-roundabout","name":"${sTitle}","datePublished":"2026-02-19T10:30:00+0000",
"@context":"http://schema.org","@type":"BlogPosting"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Greenlane School of Motoring"},"collection":{"typeName":"blog"}};</script></head>
<body id="item-65d3a1" class="primary-button-style-solid tweak-blog-item-width-narrow header-width-full"><div class="sqs-announcement-bar-dropzone">
<div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Spring intensive courses now booking — places are limited</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">
<div class="header-title"><div class="header-title-text"><a href="/">Greenlane School of Motoring</a></div></div>
<div class="header-nav"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="#">${n}</a></div>`).join('\n')}
</nav></div><div class="header-actions"><a class="btn btn--border theme-btn--primary-inverse" href="/book">Book a Lesson</a></div></div></header>
<main id="page" class="container" role="main"><article class="section" data-section-theme=""><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry BlogItem hentry author-greenlane post-type-text"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-02-19">
19 Feb</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=a1" class="blog-author-name">Priya Castell</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps(sP1, ' class="" style="white-space:pre-wrap;"')}
${sSec.map(([h, p]) => `<h3>${h}</h3>\n${ps(p, ' class="" style="white-space:pre-wrap;"')}`).join('\n')}
<h3>Three quick tips</h3><ul data-rte-list="default">${sTips.map((t) => `<li><p class="">${t}</p></li>`).join('\n')}</ul>
${ps(sEnd, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/roundabout.jpg" alt=""><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>The Mill Lane roundabout, where most of our learners start.</p></div></figcaption></figure></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="newsletter-form-wrapper"><h2
class="newsletter-form-header-title">Driving tips in your inbox</h2><p class="newsletter-form-header-description">One short email a month. No spam.</p>
<form><input type="email" placeholder="Email Address"><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign
Up</span></button></form></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--footer"><div class="blog-meta-item blog-meta-item--tags"><a href="/blog?tag=learners"
class="blog-item-tag">Learner Tips</a></div><div class="blog-share"><a class="blog-share-link" href="#">Share</a></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-id="5f1"><a class="item-pagination-link item-pagination-link--prev"
href="#"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Mock Tests: Are They Worth It?</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="#"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">
Choosing Between Manual and Automatic Lessons</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-btn-wrapper"><span class="comment-btn">0 Comments</span></div>
</div></div></article></div></div></div></article></main>
<footer class="sections" id="footer-sections"><div class="sqs-block html-block"><div class="sqs-html-content">${ps(sFoot.slice(0, 2))}
<ul>${links(sFoot.slice(2))}</ul><p>DVSA approved driving instructors</p></div></div></footer></div>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout298-squarespace-drivingschool-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...sSec.map(([h]) => h), 'Three quick tips'],
  body: texts([...sP1, ...sSec.flatMap(([, p]) => p), ...sTips, ...sEnd]),
  bylines: ['19 Feb', 'Priya Castell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring intensive courses now booking — places are limited', ...sNav, 'Book a Lesson', 'The Mill Lane roundabout, where most of our learners start.',
    'Driving tips in your inbox', 'One short email a month. No spam.', 'Sign Up', 'Learner Tips', 'Share', 'Previous', 'Mock Tests: Are They Worth It?',
    'Next', 'Choosing Between Manual and Automatic Lessons', '0 Comments', ...sFoot, 'DVSA approved driving instructors',
  ],
};

const nTitle = 'Buying a Used Car: The Complete Checklist';
const nIntro = [
  j(
    'A used car can save you thousands, but only if you buy the right one. Most bad purchases come down to skipping a step:',
    'not checking the history, not test driving on a fast road, or not asking why the seller is letting the car go. Use this',
    'checklist on every car you view, even when it looks perfect in the photos.',
  ),
];
const nSec: [string, string[], string[]][] = [
  [
    'Before you view',
    [
      j(
        'Run a history check using the registration number. It will tell you whether the car has outstanding finance, has been',
        'recorded as written off, or has a mileage discrepancy. Compare the listing price with similar cars of the same age and mileage.',
      ),
    ],
    [],
  ],
  [
    'On the driveway',
    ['View the car in daylight and, if possible, in dry weather. Work around it in order:'],
    [
      'Check panel gaps and look for paint that does not quite match, a sign of accident repair.',
      'Look at all four tyres for uneven wear, which can point to alignment or suspension problems.',
      'Start the engine from cold and listen for knocks or rattles in the first minute.',
      'Make sure the service book stamps match the mileage and the dates on the invoices.',
    ],
  ],
  [
    'The test drive',
    [
      j(
        'Drive for at least 20 minutes on a mix of roads, including a dual carriageway. Check that the car tracks straight, that the',
        'brakes pull evenly and that the gearbox changes smoothly up and down. Try every electric window and the air conditioning.',
      ),
    ],
    [],
  ],
  [
    'Paying safely',
    [
      j(
        'Never pay the full amount before you have seen the car and its documents. A bank transfer made in person, once you have the',
        'keys and the logbook in hand, is the safest option for private sales. Be wary of sellers who ask for a deposit to "hold" a car.',
      ),
      j(
        'A dealer sale gives you more protection if something goes wrong in the first months, but it is still worth reading',
        'the warranty terms. Ask what is covered, for how long, and whether you can take the car to a garage of your choice.',
      ),
    ],
    [],
  ],
];
const nNav = ['Buy', 'Sell', 'Value my car', 'Guides', 'Saved'];
const nListings = ['2021 Solvane Meru 1.5 · 28,400 miles · £13,995', '2019 Torvik V60 D4 · 61,200 miles · £11,450', '2022 Halden Tamsin Hybrid · £18,250'];
const nFoot = ['About Motorswap', 'Help & Support', 'Safety centre', 'Dealer login', 'Cookies', 'Privacy', '© Motorswap Ltd 2026'];
const nHtml = `<!doctype html><html lang="en-GB" data-n-head-ssr><head><title>${nTitle} | Motorswap Guides</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" data-hid="description" name="description" content="Our step-by-step used car checklist.">
<link data-n-head="ssr" rel="canonical" href="/guides/used-car-checklist"><link rel="stylesheet" href="/_nuxt/css/3f8a1c2.css">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}",
"author":{"@type":"Person","name":"Callum Reyes"},"dateModified":"2026-01-27"}</script></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-6a2e1f0c class="app"><div data-v-4d1b7c22 class="cookie-bar">
<p data-v-4d1b7c22>We use cookies to show you relevant cars and ads.</p><button data-v-4d1b7c22 class="btn btn--primary">Accept all</button>
<button data-v-4d1b7c22 class="btn btn--link">Manage cookies</button></div>
<header data-v-2c9e5a11 class="site-header"><a data-v-2c9e5a11 href="/" class="site-header__logo">Motorswap</a><nav data-v-2c9e5a11
class="site-header__nav"><ul data-v-2c9e5a11>${links(nNav, 'site-header__item')}</ul></nav></header>
<main data-v-6a2e1f0c class="guide-page"><nav data-v-7b3f0d9e class="breadcrumbs"><ol data-v-7b3f0d9e>${links(['Home', 'Guides', 'Buying advice'])}</ol></nav>
<div data-v-1e8c4b55 class="guide-page__grid"><article data-v-1e8c4b55 class="guide"><header data-v-1e8c4b55 class="guide__header">
<span data-v-1e8c4b55 class="guide__category">Buying advice</span><h1 data-v-1e8c4b55 class="guide__title">${nTitle}</h1>
<div data-v-1e8c4b55 class="guide__meta"><span data-v-1e8c4b55>By Callum Reyes</span><span data-v-1e8c4b55>Updated 27 January 2026</span>
<span data-v-1e8c4b55>6 min read</span></div></header><div data-v-1e8c4b55 class="guide__body rich-text">
${ps(nIntro)}
${nSec
  .map(
    ([h, p, l]) => `<h2>${h}</h2>
${ps(p)}${l.length > 0 ? `\n<ul class="checklist">${l.map((t) => `<li><span class="checklist__box"></span>${t}</li>`).join('\n')}</ul>` : ''}`,
  )
  .join('\n')
  .replace(
    '<h2>The test drive',
    `<div class="inline-cta" data-v-5c0e8a31><p data-v-5c0e8a31>Read more: How to spot a clocked car</p></div>
<h2>The test drive`,
  )}
</div></article><aside data-v-1e8c4b55 class="guide-page__aside"><div data-v-3a7d9c40 class="search-widget"><p data-v-3a7d9c40
class="search-widget__title">Find your next car</p><select data-v-3a7d9c40><option>Any make</option></select><button data-v-3a7d9c40>Search 214,380
cars</button></div></aside></div>
<section data-v-8f2b6e17 class="featured-listings"><h2 data-v-8f2b6e17>Featured used cars near you</h2><ul data-v-8f2b6e17 class="carousel">
${nListings.map((t) => `<li data-v-8f2b6e17 class="listing-card"><a href="#">${t}</a><span class="listing-card__badge">Great price</span></li>`).join('\n')}
</ul></section></main><footer data-v-9d4a2b88 class="site-footer"><ul data-v-9d4a2b88>${links(nFoot.slice(0, 6))}</ul><p data-v-9d4a2b88>${nFoot[6]}</p>
</footer></div></div></div><script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{guide:{slug:"used-car-checklist",views:a}}],
fetch:{},error:null,state:{consent:b},serverRendered:true}}(48211,false));</script><script src="/_nuxt/7c1e0f3.js" defer></script></body></html>`;
const nuxt: TestPage = {
  name: 'heldout298-nuxt-classifieds-guide',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nSec.map(([h]) => h),
  body: texts([...nIntro, ...nSec.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: ['By Callum Reyes', 'Updated 27 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to show you relevant cars and ads.', 'Accept all', 'Manage cookies', 'Motorswap', ...nNav, 'Home', 'Buying advice', '6 min read',
    'Read more: How to spot a clocked car', 'Find your next car', 'Any make', 'Search 214,380 cars', 'Featured used cars near you', ...nListings,
    'Great price', ...nFoot,
  ],
};

export const HELDOUT298_E: readonly TestPage[] = [squarespace, nuxt];
