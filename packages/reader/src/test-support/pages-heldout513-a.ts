import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout513-kit.js';

/**
 * Held-out batch 513, file a: a tutor's profile on a tutoring marketplace built with Next.js (reviews, booking card,
 * similar tutors), and a music studio's lesson price list on Squarespace 7.1 (announcement bar, newsletter block).
 */
const tTitle = 'Imogen Varley';
const tDek = 'Maths and physics tutor in Leeds for GCSE, A level and university admissions tests';
const tAbout = [
  j(
    'I studied physics at Durham and spent six years teaching in a sixth-form college before I started tutoring full time.',
    'Most of my students are preparing for GCSE or A level maths, and a few each year are working towards the admissions tests',
    'for engineering and physics degrees.',
  ),
  j('I like students who ask "why" a lot. If you have been told to learn a method by heart and it has never made sense,', 'that is usually where we start.'),
];
const tHow = [
  j(
    'The first lesson is a conversation and a short diagnostic paper, so I can see which topics are secure and which are not.',
    'After that, each lesson has three parts: a quick recap of last week, a new topic worked through together, and exam questions',
    'done under light time pressure.',
  ),
  'I share a written summary with students (and parents, if they want it) after every lesson, with the questions to try before the next one.',
  j(
    'Lessons run online on a shared whiteboard, or in person in north Leeds on weekday evenings. Online students need a webcam',
    'and, ideally, a tablet and stylus, although a phone camera pointed at paper works well enough.',
  ),
];
const tSubjects = [
  'GCSE maths (Foundation and Higher, all boards)',
  'A level maths and further maths',
  'A level physics (AQA and OCR A)',
  'Physics and engineering admissions test preparation',
];
const tQuals = ['MPhys Physics, Durham University (First class)', 'PGCE Secondary Mathematics', 'Enhanced DBS certificate, renewed 2026'];
const tNav = ['Find a tutor', 'Subjects', 'How it works', 'Become a tutor', 'Log in', 'Sign up'];
const tCrumbs = ['Tutors', 'Maths tutors', 'Maths tutors in Leeds'];
const tCard = ['£44', '/ hour', 'Book a free 15-minute call', 'Send a message', 'Usually responds within 3 hours', '212 lessons taught', 'Identity checked'];
const tReviews = [
  ['Hannah, parent', 'March 2027', 'Our son went from a grade 4 to a grade 7 in a year. Imogen is patient and very organised.'],
  ['Tom, A level student', 'January 2027', 'Finally understood mechanics. The weekly summaries are brilliant for revision.'],
];
const tSimilar = ['Dev Rattan, maths tutor in Leeds', 'Sophie Archer, physics tutor online', 'Marcus Hale, further maths tutor in York'];
const tFoot = ['About us', 'Careers', 'Safeguarding', 'Help centre', 'Terms', 'Privacy', 'Cookie settings'];
const tReviewHtml = tReviews
  .map(
    (r) => `<li class="ReviewCard_card__Wq2lm"><div class="ReviewCard_head__x81Lp"><span class="ReviewCard_name__Pp0aH">${r[0]}</span>
<span class="ReviewCard_date__c7TgE">${r[1]}</span></div><div class="Stars_stars__qY1e1" aria-label="5 out of 5 stars"></div>
<p class="ReviewCard_text__m3Kd0">${r[2]}</p></li>`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${tTitle} - Maths and Physics Tutor in Leeds | Tutorloop</title>
<meta name="description" content="${tDek}. £44/hour. 212 lessons taught."/><meta property="og:type" content="profile"/>
<link rel="preload" href="/_next/static/media/inter-latin.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/_next/static/css/4f2c1a9e0b7d.css" data-precedence="next"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"${tTitle}","jobTitle":"Tutor",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"5.0","reviewCount":"31"}}</script>
<script src="/_next/static/chunks/webpack-8c1e2f.js" defer=""></script><script src="/_next/static/chunks/main-app-2b9d.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__7hR2q" href="#main">Skip to content</a>
<div class="CookieBanner_banner__Zk1aO" role="dialog" aria-live="polite"><p>We use cookies to keep you signed in and to improve Tutorloop.</p>
<button class="Button_primary__u0xWc">Accept all</button><button class="Button_ghost__pQ3vK">Manage preferences</button></div>
<header class="Header_header__3Jt0c"><a class="Header_logo__Lm0sd" href="/" aria-label="Tutorloop home"><svg viewBox="0 0 120 24"></svg></a>
<form class="Search_search__V0kq2" role="search"><label class="sr-only" for="q">Search subjects</label>
<input id="q" placeholder="What do you want to learn?"/></form><nav class="Header_nav__a1b2c"><ul>${links(tNav, 'Header_item__k2P0s')}</ul></nav></header>
<main id="main" class="Profile_page__hN4xP"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__Q9wEr"><ol>${links(tCrumbs)}</ol></nav>
<div class="Profile_grid__s8Y3d"><div class="Profile_main__9GhLq"><section class="ProfileHeader_header__rT1xv">
<img class="ProfileHeader_avatar__d0Wm1" src="/_next/image?url=%2Ftutors%2Fivarley.jpg&amp;w=256&amp;q=75" alt="Imogen Varley"/>
<div><h1 class="ProfileHeader_name__J7q2s">${tTitle}</h1><p class="ProfileHeader_tagline__B0fKc">${tDek}</p>
<div class="ProfileHeader_badges__Wn3x4"><span class="Badge_badge__lR0pz">Top tutor</span><span class="Badge_badge__lR0pz">DBS checked</span>
<span class="Rating_rating__M2kq1">5.0</span><span class="Rating_count__f0Tq8">(31 reviews)</span></div></div></section>
<section class="ProfileSection_section__o3Hh0"><h2 class="ProfileSection_title__Tg1zK">About me</h2>${ps(tAbout)}</section>
<section class="ProfileSection_section__o3Hh0"><h2 class="ProfileSection_title__Tg1zK">How I teach</h2>${ps(tHow)}</section>
<section class="ProfileSection_section__o3Hh0"><h2 class="ProfileSection_title__Tg1zK">Subjects and levels</h2><ul>${lis(tSubjects)}</ul></section>
<section class="ProfileSection_section__o3Hh0"><h2 class="ProfileSection_title__Tg1zK">Qualifications</h2><ul>${lis(tQuals)}</ul></section>
<section class="Reviews_reviews__b7LmQ" id="reviews"><h2 class="Reviews_title__Z0a1k">Reviews (31)</h2><ul>${tReviewHtml}</ul>
<button class="Button_ghost__pQ3vK">Show all 31 reviews</button></section></div>
<aside class="BookingCard_card__Yx8qE"><div class="BookingCard_price__e3LmN"><span>${tCard[0]}</span><span>${tCard[1]}</span></div>
<a class="Button_primary__u0xWc" href="/book/ivarley">${tCard[2]}</a><a class="Button_ghost__pQ3vK" href="/messages/new?tutor=ivarley">${tCard[3]}</a>
<ul class="BookingCard_facts__w2Kq0"><li>${tCard[4]}</li><li>${tCard[5]}</li><li>${tCard[6]}</li></ul></aside></div>
<section class="Similar_similar__H1pQz"><h2>Similar tutors</h2><ul>${links(tSimilar, 'Similar_item__x0Rt2')}</ul></section></main>
<footer class="Footer_footer__cV5Jx"><ul>${links(tFoot)}</ul><p>© 2027 Tutorloop Ltd. Registered in England and Wales.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tutor":{"slug":"ivarley","name":"${tTitle}","rate":44}}},
"page":"/tutors/[slug]"}</script>
</body></html>`;
const tutor: TestPage = {
  name: 'heldout513-tutorloop-profile',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['About me', 'How I teach', 'Subjects and levels', 'Qualifications'],
  body: texts([tDek, ...tAbout, ...tHow, ...tSubjects, ...tQuals]),
  bylines: tReviews.flatMap((r) => [r[0] ?? '', r[1] ?? '']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We use cookies to keep you signed in and to improve Tutorloop.', 'Accept all', 'Manage preferences', 'Search subjects',
    ...tNav, ...tCrumbs, 'Top tutor', 'DBS checked', '5.0', '(31 reviews)', 'Reviews (31)', ...tReviews.map((r) => r[2] ?? ''),
    'Show all 31 reviews', ...tCard, 'Similar tutors', ...tSimilar, ...tFoot, '© 2027 Tutorloop Ltd. Registered in England and Wales.',
  ],
};

const sTitle = 'Lesson prices 2027';
const sIntro = [
  j(
    'All lessons at Harrow Lane Music Studio are taught one to one unless they are listed as group classes. Prices below apply',
    'from 1 January 2027 and include the use of our instruments during lessons.',
  ),
];
const sSingle = ['30-minute lesson: £22', '45-minute lesson: £31', '60-minute lesson: £40', 'Trial lesson (30 minutes, first lesson only): £12'];
const sTerm = [
  j('Most students book a term of ten weekly lessons and pay in advance, which saves about ten percent on the single-lesson price.'),
  '10 × 30 minutes: £198',
  '10 × 45 minutes: £279',
  '10 × 60 minutes: £360',
];
const sGroup = [
  'Little Notes (ages 4 to 6, 40 minutes, up to six children): £9 per class',
  'Adult beginners ukulele (60 minutes, up to eight players): £12 per class',
  'Theory club for Grade 5 (60 minutes, up to six students): £14 per class',
];
const sPay = [
  j(
    'We ask for 24 hours’ notice to move a lesson. Lessons cancelled with less notice are charged in full, except in the case of',
    'illness, when we will offer a make-up slot within the same term.',
  ),
  'Exam entry fees are not included and are paid directly to the exam board.',
];
const sNav = ['Home', 'Teachers', 'Lessons', 'Prices', 'Term dates', 'Contact'];
const sFoot = ['14 Harrow Lane, Bexford', 'hello@harrowlanemusic.co.uk', '01632 960 418'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>Prices — Harrow Lane Music Studio</title><meta property="og:site_name" content="Harrow Lane Music Studio">
<link rel="canonical" href="https://www.harrowlanemusic.co.uk/prices"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Harrow Lane Music Studio"},"collection":{"title":"Prices","typeName":"page"}};</script>
<script type="application/ld+json">{"url":"https://www.harrowlanemusic.co.uk","name":"Harrow Lane Music Studio",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a2/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f1a2b7c4" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div
class="sqs-announcement-bar-text-inner">
<p>Spring term starts Monday 11 January. A few Saturday slots are still free.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/">Harrow Lane Music Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(' ', '-')}">${n}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a trial</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1a2b7c4a1">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
</div></div></div></div></div></section>
<section class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-theme="light">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63f1a2"><div class="fe-block fe-block-yui_3_17_2_1_1700"><div
class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">Single lessons</h2><ul data-rte-list="default">
${lis(sSingle.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1701"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Termly packages</h2>${ps([sTerm[0] ?? ''])}<ul data-rte-list="default">${lis(sTerm.slice(1))}</ul></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1702"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/piano-room.jpg" alt="The piano room"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p>Our main teaching room, with a Yamaha upright and a digital piano.</p></div></figcaption></figure></div></div></div>
</div></div></div></section>
<section class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Group classes</h2><ul data-rte-list="default">${lis(sGroup)}</ul>
<h3 style="white-space:pre-wrap;">Payment and cancellations</h3>${ps(sPay)}</div></div></div>
<div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Ask about availability</a></div></div></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="63f1a2b7c5"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Studio news</h2>
<div class="newsletter-form-header-description"><p>Concert dates and term reminders, four times a year.</p></div></header>
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_1">Email Address</label>
<input id="email-yui_1" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="form-submission-text hidden">Thank you!</div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${ps(sFoot)}</div></div></div>
</div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const prices: TestPage = {
  name: 'heldout513-squarespace-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Single lessons', 'Termly packages', 'Group classes', 'Payment and cancellations'],
  body: texts([...sIntro, ...sSingle, ...sTerm, ...sGroup, ...sPay]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring term starts Monday 11 January. A few Saturday slots are still free.', 'Harrow Lane Music Studio', 'Home', 'Teachers', 'Lessons',
    'Prices', 'Term dates', 'Contact', 'Book a trial', 'Our main teaching room, with a Yamaha upright and a digital piano.', 'Ask about availability',
    'Studio news', 'Concert dates and term reminders, four times a year.', 'Email Address', 'Sign Up', 'We respect your privacy.', ...sFoot,
  ],
};

export const HELDOUT513_A: readonly TestPage[] = [tutor, prices];
