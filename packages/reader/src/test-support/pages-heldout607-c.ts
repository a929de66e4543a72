import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, para } from './pages-heldout607-kit.js';

/**
 * Held-out batch 607, file c: a dive school's Rescue Diver course page on Webflow (w-nav, rich text, an FAQ, a newsletter
 * form with Webflow's hidden done / fail messages), and a sub-aqua club's trip report on Drupal 10 (Olivero) with tags and comments.
 */
const rTitle = 'Rescue Diver Course';
const rDek = 'Learn to prevent problems, and to handle them calmly when they happen. Three days, from €420.';
const rFacts = [
  '<strong>Duration:</strong> 3 days',
  '<strong>Prerequisite:</strong> Advanced Open Water and a first aid certificate',
  '<strong>Minimum age:</strong> 15',
  '<strong>Group size:</strong> up to 6 students',
];
const rText = [
  j(
    'Most divers call Rescue the most rewarding course they have taken. It moves your attention from yourself to the people around you:',
    'spotting a stressed buddy before they bolt for the surface, towing a tired diver back to the boat, and organising help on shore.',
  ),
  j(
    'The course is taught at Halcyon Point, where the shallow sandy entry lets us run realistic scenarios from the beach. On the third',
    'day you lead two full rescue scenarios while the instructors play the part of the casualty, and sometimes the panicking buddy.',
  ),
];
const rSkills = [
  'Self-rescue and recognising stress in other divers',
  'Responding to a panicked or unresponsive diver at the surface',
  'Searching for a missing diver with a compass pattern',
  'In-water rescue breaths and exits onto a boat or beach',
  'Emergency oxygen and writing an emergency action plan',
];
const rFaq = [
  [
    'Is the course physically hard?',
    j(
      'It is tiring rather than hard. Towing and exits take effort, but technique matters more than strength and we adapt',
      'the exercises for smaller divers.',
    ),
  ],
  ['Do I need my own first aid certificate?', 'Yes, from the last two years. We run a one-day first aid and CPR course every Friday if you need one.'],
  ['What should I bring?', 'Your logbook, your certification card, and a towel. All dive equipment is included.'],
];
const rNav = ['Courses', 'Fun Dives', 'Trips', 'Team', 'Contact'];
const rFoot = ['Instagram', 'Facebook', 'Imprint', 'Privacy'];
const rHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 09 2026 11:02:16 GMT+0000 -->
<html data-wf-domain="www.halcyonpointdiving.com" data-wf-page="64f0a2b1c9d3e5f7a8b9c0d1" data-wf-site="64f0a2b1c9d3e5f7a8b9c0a0" lang="en"><head>
<meta charset="utf-8"><title>Rescue Diver Course | Halcyon Point Diving</title>
<meta content="Three-day Rescue Diver course at Halcyon Point." name="description">
<meta content="Rescue Diver Course | Halcyon Point Diving" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/64f0a2/css/halcyon-point.webflow.shared.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Rescue Diver Course","provider":{"@type":"Organization",
"name":"Halcyon Point Diving"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/64f0a2/logo.svg"
loading="lazy" alt="Halcyon Point Diving" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${rNav.map((n) => `<a href="/${n.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero course-hero"><div class="container w-container"><div class="hero-wrapper"><div class="eyebrow">Continuing education</div>
<h1 class="heading-xl">${rTitle}</h1><p class="paragraph-large">${rDek}</p></div></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid course-grid"><div id="w-node-_5b1c" class="course-main">
<ul role="list" class="course-facts w-list-unstyled">${lis(rFacts, 'course-fact')}</ul>
<div class="rich-text w-richtext">${ps(rText)}<h2>What you practise</h2><ul role="list">${lis(rSkills)}</ul></div>
<div class="faq-wrapper"><h2 class="heading-m">Questions we often get</h2>
${rFaq
  .map(
    ([q, a]) => `<div class="faq-item"><div class="faq-question"><h3 class="faq-heading">${q}</h3><div class="faq-icon w-embed">+</div></div>
<div class="faq-answer"><p class="faq-text">${a}</p></div></div>`,
  )
  .join('\n')}</div></div>
<div id="w-node-_5b1d" class="course-aside"><div class="price-card"><div class="price-label">Course price</div><div class="price">€420</div>
<div class="price-note">Equipment, boat and certification included</div><a href="/book?course=rescue" class="button w-button">Book this course</a></div></div>
</div></div></section>
<section class="section newsletter"><div class="container w-container"><h2 class="heading-m">Stay in the loop</h2><p>One email a month. No spam, just dives.</p>
<div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-brand">Halcyon Point Diving</div>
<div class="footer-text">Strandweg 22, Halcyon Point · +30 22840 61 740</div><div class="footer-links">
${rFoot.map((f) => `<a href="/${f.toLowerCase()}" class="footer-link">${f}</a>`).join('\n')}</div></div>
<div class="footer-copy">© 2026 Halcyon Point Diving. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f0a2" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64f0a2/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowRescue: TestPage = {
  name: 'heldout607-webflow-rescue-course',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['What you practise', 'Questions we often get', ...rFaq.map(([q]) => q ?? '')],
  body: texts([rDek, ...rFacts, ...rText, ...rSkills, ...rFaq.map(([, a]) => a ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Book now', 'Continuing education', '+', 'Course price', 'Equipment, boat and certification included', 'Book this course',
    'Stay in the loop', 'One email a month. No spam, just dives.', 'Halcyon Point Diving', 'Strandweg 22, Halcyon Point · +30 22840 61 740', ...rFoot,
    '© 2026 Halcyon Point Diving. All rights reserved.',
  ],
};

const tTitle = 'Trip report: three days on the Farrow Sound wrecks';
const tBlocks: readonly [string, string][] = [
  para(
    'Eleven of us made the long drive north at the end of August for the club\u2019s first trip to Farrow Sound since before the',
    'pandemic. We had the hard boat Kittiwake for three days, with skipper Alasdair Rennie, who has dived the Sound for thirty years.',
  ),
  ['h2', 'Day one: the Gloaming'],
  para(
    'The steamer Gloaming sank in 1917 after hitting the Carra Rocks and now lies in 24 metres, broken into three sections.',
    'Visibility was a gloomy six metres, but the boilers stand upright and make an easy reference. Bottom times were around 35',
    'minutes on 28% nitrox, with most pairs ending on the bow, which is the most intact part of the wreck.',
  ),
  ['h2', 'Day two: the Maid of Torra'],
  para(
    'A deeper dive for the sport divers in the group: the trawler Maid of Torra sits upright on a sandy seabed at 36 metres,',
    'the wheelhouse at 31 metres. We dived it on the slack at 11:40 with a ten-minute window either side. Deco stops were',
    'short, and everyone surfaced within a few metres of the shot.',
  ),
  para(
    'The second dive that day was on the drift along Scaur Point, 12 to 18 metres over kelp and boulders. Two pairs saw a',
    'seal; Fiona and Raj came up with a video of a curious conger that has already been watched more times than our training films.',
  ),
  ['h2', 'Day three: wind'],
  para(
    'A force six from the south-west kept us in the harbour until after lunch. We made one sheltered dive in the lee of',
    'the island, a gentle 14-metre wall with dead men\u2019s fingers and plumose anemones, and were back on the road by five.',
  ),
  ['h2', 'Thanks and next year'],
  para(
    'Thanks to Morag for organising the accommodation and the tide tables, to the compressor team for forty-two fills in',
    'two evenings, and to Alasdair for his patience with our kit. We have provisionally booked the Kittiwake for the last',
    'weekend of August next year. Names to the diving officer by the end of January, please.',
  ),
];
const tNav = ['Home', 'Try diving', 'Training', 'Club trips', 'Pool nights', 'Members'];
const tCrumbs = ['Home', 'News'];
const tTags = ['Trips', 'Wrecks'];
const tComments: readonly (readonly [string, string, string])[] = [
  ['kmaddox', 'Sun, 07/09/2026 - 19:41', 'Great write-up. The conger video deserves a place in the winter talk!'],
  ['dive_officer_nsac', 'Mon, 08/09/2026 - 08:12', 'Two places already taken for next year. First come, first served.'],
];
const tHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.northmeresac.org.uk/news/trip-report-farrow-sound">
<title>${tTitle} | Northmere Sub-Aqua Club</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t2k9xq">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-gray site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Northmere Sub-Aqua Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Main Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(tNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(tCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${tTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="88" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><article class="profile"></article><div><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Morag Dunleavy</span></span></span> <span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-09-06T18:20:11+01:00" title="Saturday, September 6, 2026 - 18:20">Sat, 06/09/2026 - 18:20</time></span></span></div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-09/kittiwake.jpg" width="1000" height="667" alt="The Kittiwake moored in Farrow harbour"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${tBlocks.map(([t, s]) => `<${t}>${s}</${t}>`).join('\n')}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(tTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${tComments
  .map(
    ([u, d, c], i) => `<article data-comment-user-id="${i + 7}" id="comment-${i + 12}" class="comment js-comment by-anonymous">
<span class="hidden" data-comment-timestamp="1788805260"></span><div class="comment__picture-wrapper"><div class="comment__picture"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${u}</span></p><p class="comment__time">${d}</p></footer>
<div class="comment__content"><div class="field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${c}</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/88/comment/${i + 12}">Reply</a></li></ul></div></div>
</article>`,
  )
  .join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><p>Please <a href="/user/login">log in</a> to post comments.</p></section>
</div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<div id="block-footer-text" class="block block-block-content"><div class="block__content"><p>Northmere Sub-Aqua Club meets at Castlegate Pool every
Thursday at 8pm. New members welcome.</p></div></div><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.5"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const drupalTrip: TestPage = {
  name: 'heldout607-drupal-olivero-trip-report',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tBlocks.filter(([t]) => t === 'h2').map(([, s]) => s),
  body: tBlocks.filter(([t]) => t === 'p').map(([, s]) => s),
  bylines: ['By Morag Dunleavy', 'Sat, 06/09/2026 - 18:20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northmere Sub-Aqua Club', 'Main Menu', 'Search', 'Main navigation', ...tNav, 'Breadcrumb', 'News', 'Tags', 'Trips',
    'Comments', ...tComments.flatMap((c) => [...c]), 'Reply', 'Add new comment', 'Please log in to post comments.',
    'Northmere Sub-Aqua Club meets at Castlegate Pool every Thursday at 8pm. New members welcome.', 'Powered by Drupal',
  ],
};

export const HELDOUT607_C: readonly TestPage[] = [webflowRescue, drupalTrip];
