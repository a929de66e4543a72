import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout693-kit.js';

/**
 * Held-out batch 693, file a: a hole-by-hole course guide on WordPress with the Avada theme (Fusion Builder), and a membership
 * page on Squarespace 7.1.
 */
const gTitle = 'Course Guide';
const gIntro = [
  j(
    'Hollinsmoor is a heathland course of 6,412 yards from the white tees, par 71, laid out in 1921 across the sandy ridge above',
    'the village of Cray Bottom. The fairways are firm for most of the year and the greens are fast, so plan to land the ball short',
    'and let it run.',
  ),
  j(
    'The front nine climbs gently to the water tower at the 5th and comes back along the railway cutting. The back nine is tighter,',
    'with heather lining most of the driving areas and the Kell Brook crossing three holes. Yardages below are from the white,',
    'yellow and red tees.',
  ),
];
// biome-ignore format: one hole a line: name, yardages, description
const holes: readonly (readonly [string, string, string])[] = [
  ['Hole 1 – Gatehouse', 'Par 4 · White 372 · Yellow 360 · Red 318 · Stroke index 9',
    'A gentle opener that doglegs slightly left. Favour the right half of the fairway to open up the green, which slopes from back to front.'],
  ['Hole 2 – The Dell', 'Par 3 · White 164 · Yellow 151 · Red 122 · Stroke index 15',
    'The green sits in a hollow below the tee, so take one club less than the yardage suggests. Anything short rolls back into the front bunker.'],
  ['Hole 3 – Long Acre', 'Par 5 · White 521 · Yellow 502 · Red 441 · Stroke index 3',
    'Reachable in two for long hitters, but a cross bunker 60 yards short of the green catches many lay-ups. The safe line is left of the pine.'],
  ['Hole 4 – Heather Bank', 'Par 4 · White 398 · Yellow 385 · Red 336 · Stroke index 5',
    'Heather runs the length of the left side. A fairway wood from the tee leaves a mid iron to a long, narrow green guarded on both sides.'],
  ['Hole 5 – Water Tower', 'Par 4 · White 344 · Yellow 331 · Red 290 · Stroke index 13',
    'The highest point of the course. Aim at the water tower from the tee; the prevailing wind from the west pushes everything right.'],
  ['Hole 6 – Signal Box', 'Par 3 · White 188 · Yellow 176 · Red 139 · Stroke index 11',
    'A long par three over a heather bank to a green that falls away at the back. Out of bounds runs along the railway fence on the right.'],
  ['Hole 7 – Cutting', 'Par 4 · White 421 · Yellow 407 · Red 352 · Stroke index 1',
    'The hardest hole on the card. The drive must carry the rise to see the green, and the approach plays uphill to a two-tier putting surface.'],
  ['Hole 8 – Keeper\u2019s Wood', 'Par 5 · White 489 · Yellow 471 · Red 420 · Stroke index 7',
    'A short par five through the trees. The fairway narrows at 250 yards, so most members lay up with an iron and pitch from the dip.'],
  ['Hole 9 – Home Turn', 'Par 4 · White 366 · Yellow 352 · Red 305 · Stroke index 17',
    'Played towards the clubhouse windows. Two pot bunkers short right collect approaches that are pushed, and the green is quick from above the hole.'],
  ['Hole 10 – Brook', 'Par 4 · White 402 · Yellow 388 · Red 341 · Stroke index 4',
    'The Kell Brook crosses the fairway at 270 yards from the white tee. In summer many players take a hybrid to stay short of it.'],
  ['Hole 11 – Old Quarry', 'Par 3 · White 142 · Yellow 130 · Red 108 · Stroke index 18',
    'The shortest hole, played over the rim of the old sand quarry. The green is wide but shallow, and a back pin brings the heather into play.'],
  ['Hole 12 – Larches', 'Par 4 · White 385 · Yellow 371 · Red 324 · Stroke index 8',
    'A blind drive over the marker post. The fairway kicks left towards the larches, so start the ball down the right side.'],
  ['Hole 13 – Bracken', 'Par 5 · White 534 · Yellow 515 · Red 452 · Stroke index 2',
    'The longest hole on the course and usually into the wind. Bracken on both sides punishes a wayward second, and the green is raised.'],
  ['Hole 14 – Footbridge', 'Par 4 · White 318 · Yellow 305 · Red 268 · Stroke index 16',
    'Driveable in a following wind, but the brook wraps round the front and right of the green. An iron to the top of the slope is the percentage play.'],
  ['Hole 15 – Spinney', 'Par 4 · White 409 · Yellow 396 · Red 344 · Stroke index 6',
    'A tight drive between the spinney and a fairway bunker. The green has a ridge through the middle that makes two-putting hard from the wrong side.'],
  ['Hole 16 – Lookout', 'Par 3 · White 176 · Yellow 165 · Red 131 · Stroke index 12',
    'Played from an elevated tee with views over the whole valley. Club selection is tricky because the wind is stronger on the tee than at the green.'],
  ['Hole 17 – Sandy Lane', 'Par 4 · White 393 · Yellow 380 · Red 333 · Stroke index 10',
    'The lane runs along the left and is out of bounds. A cluster of three bunkers short left of the green catches anything pulled.'],
  ['Hole 18 – Clubhouse', 'Par 4 · White 379 · Yellow 364 · Red 317 · Stroke index 14',
    'A fine finishing hole that rises to the clubhouse. Anything long finishes on the terrace path, which is a free drop but a hard chip back.'],
];
const gNote = j(
  'Local rules are posted on the board by the first tee and printed on the back of the scorecard. Please repair pitch marks and',
  'replace divots, and keep buggies at least ten yards from greens and tees.',
);
const gNav = ['Home', 'The Course', 'Membership', 'Visitors', 'Competitions', 'Clubhouse', 'Contact'];
const gFootA = ['Hollinsmoor Golf Club', 'Moor Lane, Cray Bottom', 'Tel: 01632 960 471'];
const gFootB = ['Pro shop: 8am to 6pm daily', 'Bar and kitchen: 10am to 9pm'];
const holeHtml = (h: readonly [string, string, string], i: number): string => `<div class="fusion-layout-column fusion_builder_column
fusion-builder-column-${i + 2} fusion_builder_column_1_2 1_2 fusion-one-half"><div class="fusion-column-wrapper fusion-flex-column-wrapper-legacy">
<div class="fusion-title title fusion-title-${i + 2} fusion-sep-none fusion-title-text fusion-title-size-three"><h3 class="fusion-title-heading
title-heading-left" style="margin:0;">${h[0]}</h3></div><span class=" fusion-imageframe imageframe-none fusion-imageframe-${i + 1} hover-type-none">
<img loading="lazy" width="600" height="400" src="/wp-content/uploads/2025/04/hole-${i + 1}.jpg" alt="${h[0]}" class="img-responsive"></span>
<div class="fusion-text fusion-text-${i + 2} hole-stats"><p><strong>${h[1]}</strong></p></div>
<div class="fusion-text fusion-text-${i + 20}"><p>${h[2]}</p></div><div class="fusion-clearfix"></div></div></div>`;
const gHtml = `<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="en-GB" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Course Guide &#8211; Hollinsmoor Golf Club</title>
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://www.hollinsmoorgolf.co.uk/the-course/course-guide/">
<meta property="og:title" content="Course Guide"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Course Guide -
Hollinsmoor Golf Club","datePublished":"2024-02-11T09:20:31+00:00","dateModified":"2026-03-02T10:14:55+00:00"},{"@type":"GolfCourse","name":
"Hollinsmoor Golf Club"}]}</script>
<link rel="stylesheet" id="fusion-dynamic-css-css" href="/wp-content/uploads/fusion-styles/7c1f0b2.min.css" type="text/css" media="all">
<style id="avada-rich-snippets">.rich-snippet-hidden{display:none}</style>
<script type="text/javascript">var doc = document.documentElement; doc.setAttribute( 'data-useragent', navigator.userAgent );</script></head>
<body class="page-template-default page page-id-214 page-child parent-pageid-12 fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat
fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header fusion-disable-outline fusion-sub-menu-fade layout-wide-mode
fusion-top-header menu-text-align-center mobile-menu-design-modern fusion-header-layout-v1 avada-responsive avada-has-titlebar-bar_and_content">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper"><div id="home" style="position:relative;top:-1px;"></div>
<header class="fusion-header-wrapper"><div class="fusion-header-v1 fusion-logo-alignment fusion-logo-left fusion-sticky-menu-1 fusion-mobile-logo-1">
<div class="fusion-header-sticky-height"></div><div class="fusion-header"><div class="fusion-row"><div class="fusion-logo" data-margin-top="20px">
<a class="fusion-logo-link" href="https://www.hollinsmoorgolf.co.uk/"><img src="/wp-content/uploads/2024/01/hollinsmoor-logo.png" width="220" height="80"
alt="Hollinsmoor Golf Club Logo" class="fusion-standard-logo"></a></div>
<nav class="fusion-main-menu" aria-label="Main Menu"><ul id="menu-main-menu" class="fusion-menu">${links(gNav, 'menu-item menu-item-type-post_type')}
<li class="fusion-custom-menu-item fusion-main-menu-search"><a class="fusion-main-menu-icon" href="#" aria-label="Search" role="button"></a>
<div class="fusion-custom-menu-item-contents"><form role="search" class="searchform fusion-search-form" method="get" action="/">
<label><span class="screen-reader-text">Search for:</span><input type="search" value="" name="s" class="s" placeholder="Search..."></label>
<input type="submit" class="fusion-search-submit searchsubmit" aria-label="Search" value="&#xf002;"></form></div></li></ul></nav>
<div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-label="Toggle mobile menu" aria-expanded="false"></a></div>
</div></div></div><div class="fusion-clearfix"></div></header>
<div id="sliders-container" class="fusion-slider-visibility"></div>
<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar"><div class="fusion-page-title-bar fusion-page-title-bar-none
fusion-page-title-bar-left"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper"><div class="fusion-page-title-captions">
<h1 class="entry-title">${gTitle}</h1></div><div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs awb-yoast-breadcrumbs"
aria-label="Breadcrumb"><ol class="awb-breadcrumb-list"><li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="/" class="fusion-breadcrumb-link">
<span>Home</span></a></li><li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="/the-course/" class="fusion-breadcrumb-link"><span>The Course</span>
</a></li><li class="fusion-breadcrumb-item" aria-current="page"><span class="breadcrumb-leaf">${gTitle}</span></li></ol></nav></div></div></div></div></section>
<main id="main" class="clearfix "><div class="fusion-row" style=""><section id="content" style="width: 100%;">
<div id="post-214" class="post-214 page type-page status-publish hentry"><span class="entry-title rich-snippet-hidden">${gTitle}</span>
<span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/hgc-admin/" title="Posts by hgc-admin" rel="author">hgc-admin</a></span></span>
<span class="updated rich-snippet-hidden">2026-03-02T10:14:55+00:00</span><div class="post-content">
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 nonhundred-percent-fullwidth non-hundred-percent-height-scrolling"
style="padding-top:40px;padding-bottom:20px;"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column
fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-one-full fusion-column-first fusion-column-last"><div class="fusion-column-wrapper">
<div class="fusion-text fusion-text-1">${ps(gIntro)}</div>
<div class="fusion-button-wrapper fusion-alignleft"><a class="fusion-button button-flat fusion-button-default-size button-default button-1"
target="_self" href="/wp-content/uploads/2025/04/hollinsmoor-scorecard.pdf"><span class="fusion-button-text">Download the scorecard (PDF)</span></a></div>
</div></div></div></div>
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-2 hole-guide"><div class="fusion-builder-row fusion-row">
${holes.map(holeHtml).join('\n')}
</div></div>
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-3"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column
fusion_builder_column fusion-builder-column-40 fusion_builder_column_1_1 1_1 fusion-one-full"><div class="fusion-column-wrapper">
<div class="fusion-text fusion-text-40"><p><em>${gNote}</em></p></div>
<div class="fusion-button-wrapper fusion-aligncenter"><a class="fusion-button button-flat button-large button-default button-2"
href="https://www.hollinsmoorgolf.co.uk/visitors/book-a-tee-time/"><span class="fusion-button-text">Book a Tee Time</span></a></div>
</div></div></div></div></div></div></section></div></main>
<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row"><div class="fusion-columns
fusion-columns-3 fusion-widget-area"><div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="text-2" class="fusion-footer-widget-column
widget widget_text"><h4 class="widget-title">Find Us</h4><div class="textwidget"><p>${gFootA.join('<br>\n')}</p></div></section></div>
<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="text-3" class="fusion-footer-widget-column widget widget_text">
<h4 class="widget-title">Opening Hours</h4><div class="textwidget"><p>${gFootB.join('<br>\n')}</p></div></section></div>
<div class="fusion-column fusion-column-last col-lg-4 col-md-4 col-sm-4"><section id="social_links-widget-2" class="fusion-footer-widget-column
widget social_links"><h4 class="widget-title">Follow Us</h4><div class="fusion-social-networks"><a class="fusion-social-network-icon
fusion-facebook awb-icon-facebook" href="#" aria-label="Facebook"></a><a class="fusion-social-network-icon fusion-instagram" href="#"
aria-label="Instagram"></a></div></section></div></div></div></footer>
<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-content"><div
class="fusion-copyright-notice"><div>© Copyright 2026 Hollinsmoor Golf Club | Website by Fairway Digital</div></div></div></div></footer></div>
</div></div><div class="avada-footer-scripts"><a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#"
aria-hidden="true">Page load link</a>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cky-consent-container"><div class="cky-consent-bar"><p class="cky-title">We value your
privacy</p><div class="cky-notice-des"><p>We use cookies to improve your experience and to understand how the site is used.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div>
<section class="to-top-container to-top-right" aria-labelledby="awb-to-top-label"><a href="#" id="toTop" class="fusion-top-top-link">
<span id="awb-to-top-label" class="screen-reader-text">Go to Top</span></a></section>
<script type="text/javascript" src="/wp-content/themes/Avada/includes/lib/assets/min/js/general/fusion.js" id="fusion-js"></script></div></body></html>`;
const avadaGuide: TestPage = {
  name: 'heldout693-avada-course-guide',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: holes.map((h) => h[0]),
  body: texts([...gIntro, ...holes.flatMap((h) => [h[1], h[2]]), gNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Membership', 'Visitors', 'Competitions', 'Contact', 'Search for:', 'Download the scorecard (PDF)',
    'Book a Tee Time', 'Find Us', ...gFootA, 'Opening Hours', ...gFootB, 'Follow Us', '© Copyright 2026 Hollinsmoor Golf Club | Website by Fairway Digital',
    'We value your privacy', 'We use cookies to improve your experience and to understand how the site is used.', 'Customise', 'Reject All',
    'Accept All', 'Go to Top',
  ],
};

const mTitle = 'Membership';
const mDek = 'Join a friendly members\u2019 club on the edge of the Wendle Valley, with no joining fee for 2027.';
const mIntro = j(
  'Whether you play three times a week or only on summer evenings, there is a category that fits. All members have full use',
  'of the clubhouse, the practice ground and the short-game area, and can enter club competitions once they hold a handicap.',
);
const mCats: readonly (readonly [string, string, string])[] = [
  [
    'Full Seven-Day',
    '£1,140 a year, or £99 a month by direct debit',
    'Unlimited golf every day, priority tee booking seven days ahead and two guest rounds at the member rate.',
  ],
  ['Five-Day', '£860 a year, or £75 a month', 'Golf from Monday to Friday, with weekend play after 2pm. A good fit for shift workers and retired members.'],
  ['Intermediate (18 to 29)', '£520 a year', 'Full playing rights at a reduced rate. Proof of age is needed when you join and at each renewal.'],
  ['Flexi Points', '£395 a year for 600 points', 'Each round costs between 20 and 60 points depending on the day and time. Unused points do not carry over.'],
  ['Junior (under 18)', '£95 a year', 'Juniors get weekly coaching in term time and play with an adult member until they reach a handicap of 28.'],
];
const mJoin = [
  'How to join',
  j(
    'Fill in the enquiry form and the office will arrange a trial round with a member of the committee. There is no need for a',
    'proposer or seconder. Once you decide to join, your membership starts on the first day of the next month.',
  ),
  j('Subscriptions run from 1 April. If you join part way through the year, the fee is reduced pro rata.'),
];
const mNav = ['The Course', 'Membership', 'Visitors', 'Lessons', 'Events', 'Contact'];
const mFoot = ['Wendle Valley Golf Club', 'Sheepwash Road, Wendleford', 'office@wendlevalleygolf.com', 'Privacy Policy'];
const catHtml = (c: readonly [string, string, string]): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${c[0]}</h3>
<p class="sqsrte-large" style="white-space:pre-wrap;"><strong>${c[1].replace('£', '&pound;')}</strong></p>
<p style="white-space:pre-wrap;">${c[2]}</p></div></div></div>`;
const mHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Membership &mdash; Wendle Valley Golf Club</title>
<link rel="canonical" href="https://www.wendlevalleygolf.com/membership"><meta property="og:site_name" content="Wendle Valley Golf Club">
<meta property="og:title" content="Membership &mdash; Wendle Valley Golf Club"><meta name="description" content="${mDek}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js">
</script><script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Wendle Valley Golf Club"},"templateId":
"5c5a519771c10ba3470d8101"};</script><script type="application/ld+json">{"url":"https://www.wendlevalleygolf.com","name":"Wendle Valley Golf Club",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63a1/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63a1f0c2d3" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-fixed-header
tweak-global-animations-enabled collection-type-page collection-layout-default view-item">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div
class="sqs-announcement-bar-text-inner"><p>Winter greens in play from 1 December. <a href="/news">Course update</a></p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/63a1/logo.png" alt="Wendle Valley Golf Club"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${mNav
  .map(
    (t) => `<div class="header-nav-item
header-nav-item--collection${t === 'Membership' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase().replace(' ', '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a class="btn btn--border
theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Tee Time</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title
visually-hidden">Close Menu</span></button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1f0c2d3a">
<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle has-background black" data-section-id="s1">
<div class="section-background"><img alt="" src="//images.squarespace-cdn.com/content/v1/63a1/fairway-dusk.jpg"></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${mTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${mDek}</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--medium" data-section-id="s2"><div class="content-wrapper"><div class="content"><div class="sqs-layout
sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p style="white-space:pre-wrap;">${mIntro}</p></div></div></div></div></div>
<div class="row sqs-row"><div class="col sqs-col-6 span-6">${mCats.slice(0, 3).map(catHtml).join('\n')}</div>
<div class="col sqs-col-6 span-6">${mCats.slice(3).map(catHtml).join('\n')}</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section content-width--medium" data-section-id="s3">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-7
span-7"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">
${mJoin[0]}</h2>${ps(mJoin.slice(1), ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--left"><a href="/membership-enquiry" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Make an Enquiry</a></div></div></div></div>
<div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure
intrinsic"><div class="image-block-wrapper"><img alt="Members on the 9th green" src="//images.squarespace-cdn.com/content/v1/63a1/9th.jpg"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p style="white-space:pre-wrap;">Saturday medal, 9th green</p></div></figcaption>
</figure></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block
html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${ps(mFoot.slice(0, 3).map((t) => t.replace(/@/, '&#64;')))}</div>
</div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><form class="newsletter-form" action="" autocomplete="on"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Club News</h2><div class="newsletter-form-header-description"><p>Fixtures, course updates and open days,
once a month.</p></div></header><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label
title" for="email-yui">Email Address</label><input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit"
value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p><a href="/privacy">${mFoot[3]}</a></p>
</div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">This site uses cookies to give you the best experience.</div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const sqsMembership: TestPage = {
  name: 'heldout693-squarespace-membership',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [...mCats.map((c) => c[0]), at(mJoin, 0)],
  body: texts([mDek, mIntro, ...mCats.flatMap((c) => [c[1], c[2]]), ...mJoin.slice(1)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Winter greens in play from 1 December. Course update', ...mNav.filter((t) => t !== mTitle), 'Book a Tee Time',
    'Make an Enquiry', 'Saturday medal, 9th green', ...mFoot, 'Club News', 'Fixtures, course updates and open days, once a month.', 'Email Address',
    'Sign Up', 'This site uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT693_A: readonly TestPage[] = [avadaGuide, sqsMembership];
