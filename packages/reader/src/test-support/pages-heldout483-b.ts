import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Sec, secs } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file b: a driving-test agency's test-centre guide on Drupal 10 (Olivero theme) with a centre details
 * list and a nearby-centres block, and a driving instructor's blog post on Squarespace 7.1 with tags, share links, an author
 * box, comments and previous / next links.
 */
const dTitle = 'Harwick (Mill Road) driving test centre';
const dLead = j(
  'Harwick test centre carries out car and motorcycle module 2 tests from Monday to Saturday. This guide explains where to go,',
  'where to park and what the test routes around the centre are like.',
);
const dDetails = [
  'Address: 14 Mill Road, Harwick HW3 2PL',
  'Tests: car, motorcycle module 2, car and trailer',
  'Opening times: Monday to Friday 7:30am to 3:45pm, Saturday 8am to 12:30pm',
  'Toilets: yes, in the waiting room',
  'Step-free access: yes',
];
const dSecs: Sec[] = [
  {
    h: 'Arriving for your test',
    ps: [
      j(
        'The centre is at the end of Mill Road, behind the Harwick Trading Estate. Arrive no more than 10 minutes before your test time,',
        'as the waiting room is small. Your examiner will come out and call your name.',
      ),
      j(
        'Bring your photocard driving licence. If you have lost it, you must apply for a replacement before the day, as a paper copy',
        'or a photo on your phone will not be accepted and your test will be cancelled.',
      ),
    ],
  },
  {
    h: 'Parking',
    ps: [
      j(
        'There are 12 marked bays for candidates. Please do not park in the bays marked for examiners or block the gate to the',
        'motorcycle manoeuvring area. On Saturdays the trading estate car park opposite can also be used.',
      ),
    ],
  },
  {
    h: 'The roads around the centre',
    ps: [
      j(
        'Routes leave the centre along Mill Road and usually join the A611 ring road at the Castle Gate roundabout, a large',
        'five-exit roundabout with traffic lights on two of its entries. Many candidates find the lane markings here the hardest',
        'part of the route, so it is worth practising it at busy times.',
      ),
      j(
        'Other parts of the routes include 20 mph streets near Harwick Primary School, the dual carriageway towards Pellow Cross',
        'with a 60 mph limit, and the narrow lanes west of the town where you may have to give way to oncoming farm traffic.',
      ),
      j(
        'About one test in three includes a section of independent driving following signs rather than a sat nav. Your examiner will',
        'tell you which town or road to follow before you set off.',
      ),
    ],
  },
  {
    h: 'If your test is cancelled',
    ps: [
      j(
        'We cancel tests if the weather is unsafe, for example when there is ice on the roads or thick fog. We will try to call you',
        'before you travel. A new test will be booked for you automatically and you will not have to pay again.',
      ),
    ],
  },
];
const dNav = ['Book a test', 'Learner drivers', 'Test centres', 'Instructors', 'Fleet and business', 'About us'];
const dCrumbs = ['Home', 'Test centres', 'East region'];
const dNear = ['Pellow Cross driving test centre', 'Ashmere driving test centre', 'Lowbridge (Quay Street) driving test centre'];
const dFoot = ['Accessibility statement', 'Cookies', 'Privacy notice', 'Contact us', 'Welsh language scheme'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.driverstandards.example/test-centres/harwick-mill-road">
<title>${dTitle} | Driver Standards Agency</title>
<link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Q2uZcU8wSk3KqL4M3b3O4HkT9B4tA7k1dWgRIZp2f0o.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/118","currentPathIsAdmin":false,
"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","ajaxPageState":{"theme":"olivero"}}</script></head>
<body class="path-node page-node-type-test-centre"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/dsa/logo.svg" alt="Home"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home" title="Home">Driver Standards Agency</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element
form-element--type-search">
</div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium"
id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="118" class="node node--type-test-centre node--promoted node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-field-lead field--type-string-long field--label-hidden field__item"><p class="lead">${dLead}</p></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2>Centre details</h2><ul>${lis(dDetails)}</ul>
${secs(dSecs)}
</div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline clearfix"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-02-03T12:00:00Z" class="datetime">3 February 2026</time></div></div>
</div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-nearbycentres" class="block block-views block-views-blocknearby-centres-block-1">
<h2 class="block__title">Other test centres nearby</h2><div class="block__content"><div class="views-element-container"><div class="view view-nearby-centres
view-id-nearby_centres">
<div class="view-content"><div class="item-list"><ul>${links(dNear, 'views-row')}</ul></div></div></div></div></div></div>
<div id="block-checktestroutes" class="block block-block-content"><h2 class="block__title">Practise for your test</h2><div class="block__content">
<div class="clearfix text-formatted field field--name-body field__item"><p>Watch our short films about what happens on the day of your test.</p>
<p><a href="/learner-drivers/test-day-films" class="button">Watch the films</a></p></div></div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-copyright" class="block block-block-content"><p>© Driver Standards Agency 2026</p></div>
</div></div></footer>
</div></div></div>
<script src="/sites/default/files/js/js_2tJ1q5wVd9Gx6bQh1Yv3YxY0o3vMZr8qA6yK7hS1oEo.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script>
</body></html>`;
const drupal: TestPage = {
  name: 'heldout483-drupal-test-centre',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Centre details', ...dSecs.map((s) => s.h)],
  body: texts([dLead, ...dDetails, ...dSecs.flatMap((s) => s.ps)]),
  bylines: ['Last reviewed', '3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Driver Standards Agency', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs,
    'Other test centres nearby', ...dNear, 'Practise for your test', 'Watch our short films about what happens on the day of your test.',
    'Watch the films', 'Footer', ...dFoot, '© Driver Standards Agency 2026',
  ],
};

const qTitle = 'Five roundabout habits I see on almost every mock test';
const qParas = [
  j(
    'I have been teaching in and around Lowmoor for eleven years, and if there is one thing that still makes pupils freeze, it is',
    'the big roundabouts. The good news is that the mistakes are nearly always the same ones, and all of them can be fixed.',
  ),
  '<strong>1. Choosing the lane too late.</strong> Read the approach sign early and settle into your lane before the hatched markings, not on them.',
  j(
    '<strong>2. Looking right and only right.</strong> Traffic coming from the right has priority, but someone may be stopping',
    'in front of you. Glance ahead before you move off, every time.',
  ),
  j(
    '<strong>3. Stopping when you do not need to.</strong> If there is a safe gap, take it. Waiting for a perfect gap holds up traffic',
    'and can count against you.',
  ),
  j(
    '<strong>4. Forgetting the left signal on exit.</strong> Signal left as you pass the exit before yours. It tells everyone behind',
    'and waiting where you are going.',
  ),
  '<strong>5. Drifting across lanes on the way round.</strong> Follow the lane markings all the way to your exit, especially on spiral roundabouts.',
  j(
    'Next time you are out with me, we will spend twenty minutes on the Fenner Road roundabout at school pick-up time. Bring your',
    'questions, and a bit of patience.',
  ),
];
const qTags = ['Roundabouts', 'Mock Tests', 'Test Tips'];
const qNav = ['Home', 'Lessons', 'Prices', 'Blog', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${qTitle} — Maggie Ferrow Driving Tuition</title>
<link rel="canonical" href="https://www.maggieferrow.co.uk/blog/five-roundabout-habits"><meta property="og:site_name" content="Maggie Ferrow Driving Tuition">
<meta property="og:title" content="${qTitle} — Maggie Ferrow Driving Tuition"><meta itemprop="author" content="Maggie Ferrow">
<meta itemprop="datePublished" content="2026-03-02T09:14:00+0000"><meta itemprop="headline" content="${qTitle}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f0c2a7e1b","siteTitle":"Maggie Ferrow Driving Tuition"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f0c2a7e1b/22/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65e2f0c1a3" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-medium tweak-blog-item-show-author-name
tweak-blog-item-show-categories tweak-blog-item-show-date header-width-full collection-type-blog-basic-grid collection-layout-default view-item
mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a id="site-title" href="/" data-animation-role="header-element">Maggie Ferrow Driving Tuition</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Lesson</a></div>
</div></div>
</div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e2f0b89f">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle"
data-section-id="65e2f0b89f1" data-controller="SectionWrapperController"><div class="content-wrapper"><div class="content">
<article class="entry h-entry hentry author-maggie-ferrow post-type-text article-index-1 tag-roundabouts tag-mock-tests category-test-tips"
data-item-id="65e2f0c1a3" id="article-65e2f0c1a3">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">
<a href="/blog?category=Test+Tips" class="blog-categories">Test Tips</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author"><a href="/blog?author=5f0c2a7e1b01" class="blog-author-name">Maggie Ferrow</a></div>
<div class="blog-date"><time class="dt-published date-highlight" datetime="2026-03-02" pubdate>2 March</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12
columns-12" data-type="item" data-updated-on="1709370840000" id="item-65e2f0c1a3">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2c3d4e5f6">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps(qParas, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-item blog-meta-item--tags"><span class="blog-meta-item--tags-label">Tagged:</span>
${qTags.map((t) => `<a href="/blog/tag/${t.replace(/ /g, '+')}" class="blog-item-tag" rel="tag">${t}</a>`).join(', ')}</div>
<div class="blog-item-share"><div class="sqs-block-share"><a class="ss-social-button" data-service="facebook" href="#">Facebook</a>
<a class="ss-social-button" data-service="twitter" href="#">Twitter</a><a class="ss-social-button" data-service="linkedin" href="#">LinkedIn</a>
<a class="ss-social-button" data-service="email" href="#">Email</a></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/blog?author=5f0c2a7e1b01" class="author-avatar"><img
src="//images.squarespace-cdn.com/content/v1/maggie.jpg" alt=""></a>
<div class="author-name">Maggie Ferrow</div><div class="author-bio"><p>Approved driving instructor in Lowmoor since 2015. Patient, calm and fond of a good
roundabout.</p></div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-count">2 Comments</div>
<div class="comment"><div class="comment-author">Dylan Ashe</div><div class="comment-date">3 March 2026</div>
<div class="comment-body"><p>Number 4 is me every single time. Thanks Maggie!</p></div></div>
<div class="comment"><div class="comment-author">Ruth P</div><div class="comment-date">5 March 2026</div>
<div class="comment-body"><p>Passed on Friday and the spiral roundabout came up. Lane markings all the way, just like you said.</p></div></div></div></div>
</div>
<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link
item-pagination-link--prev"
href="/blog/bay-parking-without-panic"><div class="item-pagination-icon icon icon--stroke"></div><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Bay parking without panic</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/blog/what-examiners-write-down">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">What examiners actually write down</h2></a></section>
</div></article></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p style="text-align:center;white-space:pre-wrap;">Maggie Ferrow Driving Tuition · Lowmoor and surrounding villages · 07700 900612</p></div></div></section>
</footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom-left" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout483-squarespace-roundabouts',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qParas),
  bylines: ['Maggie Ferrow', '2 March'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Maggie Ferrow Driving Tuition', ...qNav, 'Book a Lesson', 'Test Tips', 'Tagged:', 'Mock Tests',
    'Facebook', 'Twitter', 'LinkedIn', 'Email',
    'Approved driving instructor in Lowmoor since 2015. Patient, calm and fond of a good roundabout.', '2 Comments', 'Dylan Ashe', '3 March 2026',
    'Number 4 is me every single time. Thanks Maggie!', 'Ruth P', '5 March 2026',
    'Passed on Friday and the spiral roundabout came up. Lane markings all the way, just like you said.', 'Previous', 'Bay parking without panic',
    'What examiners actually write down', 'Maggie Ferrow Driving Tuition · Lowmoor and surrounding villages · 07700 900612',
    'This website uses cookies to improve your experience.', 'Accept',
  ],
};

export const HELDOUT483_B: readonly TestPage[] = [drupal, squarespace];
