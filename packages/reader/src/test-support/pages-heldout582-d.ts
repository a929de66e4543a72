import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, row } from './pages-heldout582-kit.js';

/**
 * Held-out batch 582, file d: a timetable news item on Drupal 10 (Olivero) with tags, a table and two comments, and an
 * accessibility guide for coach passengers on Webflow with a hero, a CTA band and a newsletter form.
 */
const dTitle = 'Winter timetable: changes to the Sunday coast service';
const dBody = [
  j(
    'From Sunday 2 November our X7 coast service will run every two hours instead of hourly on Sundays and bank holidays',
    'until the end of March. Weekday and Saturday journeys are not affected.',
  ),
  j(
    'Passenger numbers on winter Sundays have fallen by almost half since 2023, and the county council has reduced its',
    'support for the route. Running fewer journeys lets us keep the service going all year rather than stopping it altogether.',
  ),
  'New Sunday departures from Harlow Cross',
  '09:05',
  'Bramsea 09:50',
  'Saltfleet 10:25',
  '11:05',
  'Bramsea 11:50',
  'Saltfleet 12:25',
  '13:05',
  'Bramsea 13:50',
  'Saltfleet 14:25',
  'Return journeys leave Saltfleet at 10:40, 12:40, 14:40 and 16:40.',
  j(
    'Our Sunday day excursions to the coast, which use different coaches and drivers, will run as advertised in the winter',
    'brochure. Season tickets bought before 2 November will be extended by four weeks at no cost.',
  ),
];
const dNav = ['Home', 'Timetables', 'Excursions', 'Tickets', 'News', 'Contact'];
const dComments: [string, string, string][] = [
  ['Pat Greaves', 'Sun, 19/10/2026 - 18:02', 'Shame, but better than losing it. Will the 16:40 still connect with the train at Harlow Cross?'],
  ['Redfern Coaches', 'Mon, 20/10/2026 - 09:15', 'Hi Pat, yes, the train leaves at 17:32 so there is plenty of time.'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.redferncoaches.co.uk/news/winter-timetable-sunday-coast-service"><title>${dTitle} | Redfern Coaches</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3fG.css?delta=0&amp;language=en&amp;theme=olivero"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Redfern Coaches</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<div class="content"><form action="/search/node" method="get"><div class="form-item"><label for="edit-keys" class="form-item__label
visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search"></div>
</form></div></div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu
navigation
menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu
primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol
class="breadcrumb__list">${links(['Home', 'News'], 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block
block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="212" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><article class="profile"></article><span>By <span class="field field--name-uid field--type-entity-reference
field--label-hidden"><span>Office team</span></span></span>, <span class="node__meta__date"><span class="field field--name-created field--type-created
field--label-hidden"><time datetime="2026-10-17T10:30:00+01:00"
title="Friday, October 17, 2026 - 10:30">Fri, 17/10/2026 - 10:30</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}<h2>${dBody[2]}</h2><table><thead><tr><th>Harlow Cross</th><th>Bramsea</th><th>Saltfleet</th></tr></thead><tbody>
${[0, 1, 2].map((n) => row([at(dBody, 3 + n * 3), at(dBody, 4 + n * 3).replace('Bramsea ', ''), at(dBody, 5 + n * 3).replace('Saltfleet ', '')])).join('\n')}
</tbody></table>${ps(dBody.slice(12))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/4" hreflang="en">Timetables</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">X7 Coast</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dComments
  .map(
    ([u, d, t], n) => `<article data-comment-user-id="${n + 3}" id="comment-${40 + n}" class="comment js-comment${n === 1 ? ' by-node-author' : ''}">
<span class="hidden" data-comment-timestamp="1760893320"></span><div class="comment__picture-wrapper"><div class="comment__picture"><img
src="/core/themes/olivero/images/avatar.svg"
alt=""></div></div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${u}</span></p><p
class="comment__time">${d}</p>
</footer><div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body"><p>${t}</p></div><ul class="links inline
comment__links">
<li class="comment-reply"><a href="/comment/reply/node/212/comment_forum/${40 + n}">Reply</a></li></ul></div></div></article>`,
  )
  .join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><p><a href="/user/login?destination=/comment/reply/node/212">Log in</a> or
<a href="/user/register?destination=/comment/reply/node/212">register</a> to post comments</p>
</section></div></article></div></div></div></main></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div><script src="/core/misc/drupal.js?v=10.2.5"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout582-drupal-timetable-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 2)],
  body: texts(dBody.filter((_, i) => i !== 2).map((t) => t.replace(/^(Bramsea|Saltfleet) /, ''))),
  bylines: ['By Office team', 'Fri, 17/10/2026 - 10:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Redfern Coaches', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', 'X7 Coast',
    'Comments', 'Pat Greaves', ...dComments.flatMap((c) => [c[1], c[2]]), 'Reply', 'Add new comment',
    'Log in', 'register', 'to post comments', 'Powered by', 'Drupal',
  ],
};

const fTitle = 'Travelling with reduced mobility';
const fLead = 'Our coaches, drivers and hotels are chosen so that more people can travel with us. Here is what to expect and how to tell us what you need.';
const fSecs: [string, string[]][] = [
  [
    'Getting on and off',
    [
      j(
        'Every coach in our touring fleet has a kneeling suspension and a folding step, and our drivers carry a portable step',
        'with a handrail. Five of our coaches have a rear lift for a wheelchair user to stay in their chair for the journey.',
      ),
    ],
  ],
  [
    'Wheelchairs and scooters',
    [
      'Folding wheelchairs and walking frames travel free in the hold. Please tell us when you book so we can make room.',
      j(
        'Mobility scooters can be carried on lift-equipped coaches only, and must weigh less than 60 kg with the battery removed.',
        'The battery must be a sealed gel or lithium type of under 300 Wh.',
      ),
    ],
  ],
  [
    'Hotels and excursions',
    [
      j(
        'Each tour page lists the walking involved on each day, graded from 1 (very little) to 3 (uneven ground or steps).',
        'We ask every hotel for a ground-floor or lift-served room for passengers who need one.',
      ),
    ],
  ],
];
const fNav = ['Tours', 'Day Trips', 'Travel Info', 'About', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 13 2026 10:14:52 GMT+0000 -->
<html data-wf-domain="www.tidewaytravel.co.uk" data-wf-page="65a1f0c2d4e5b6a7c8d9e0f1" data-wf-site="65a1f0c2d4e5b6a7c8d9e0a0" lang="en"><head><meta
charset="utf-8">
<title>${fTitle} | Tideway Travel</title><meta content="How we help passengers with reduced mobility on our coach tours." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2d4e5b6a7c8d9e0a0/css/tideway.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a1/tideway-logo.svg"
alt="Tideway Travel"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link
w-nav-link">${n}</a>`,
  )
  .join('')}
<a href="/book" class="button nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container-narrow"><div class="eyebrow">Travel Info</div><h1 class="heading-xl">${fTitle}</h1>
<p class="paragraph-lead">${fLead}</p></div></section><section class="section"><div class="container-narrow"><div class="rich-text w-richtext">
${fSecs.map(([h, p]) => `<h2>${h}</h2>${ps(p)}`).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a1/coach-lift.jpg"
alt="A rear lift"></div>
<figcaption>The rear lift on one of our Irizar coaches.</figcaption></figure></div></div></section>
<section class="section-cta"><div class="container-narrow cta-wrap"><h2 class="heading-l">Need help planning your trip?</h2><p
class="cta-text">Our assistance team
is on 01209 611 480, Monday to Friday.</p><a href="/contact" class="button w-button">Contact us</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div><div class="footer-heading">Tideway Travel</div>
<p class="footer-text">Harbour Works, Penrose Quay, Porthallow TR11 6QE</p></div><div><div class="footer-heading">Newsletter</div>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form"><input class="input w-input"
maxlength="256"
name="email" data-name="Email" placeholder="Your email" type="email" id="email" required><input type="submit" data-wait="Please wait..." class="button w-button"
value="Subscribe"></form><div class="w-form-done"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></div><div class="footer-bottom"><div>© 2026 Tideway Travel Ltd</div>
<a href="/privacy" class="footer-link">Privacy</a><a href="/booking-conditions" class="footer-link">Booking conditions</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2d4e5b6a7c8d9e0a0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2d4e5b6a7c8d9e0a0/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout582-webflow-reduced-mobility',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fSecs.map((s) => s[0]),
  body: texts([fLead, ...fSecs.flatMap((s) => s[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book now', 'The rear lift on one of our Irizar coaches.', 'Need help planning your trip?',
    'Our assistance team is on 01209 611 480, Monday to Friday.', 'Contact us', 'Tideway Travel', 'Harbour Works, Penrose Quay, Porthallow TR11 6QE',
    'Newsletter', '© 2026 Tideway Travel Ltd', 'Privacy', 'Booking conditions',
  ],
};

export const HELDOUT582_D: readonly TestPage[] = [drupal, webflow];
