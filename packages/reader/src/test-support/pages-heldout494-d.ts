import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, settle } from './pages-heldout494-kit.js';

/**
 * Held-out batch 494, file d: a golf club's history page on Drupal 10 with the Olivero theme (site branding, primary nav,
 * search block, breadcrumb, a figure with caption, "Powered by Drupal"), and a tennis club's junior coaching page on Webflow
 * (navbar, hero, programme cards, an enquiry form with its hidden success and failure messages, dark footer).
 */
const dTitle = 'Our History';
const dBody = [
  j(
    'Kilbride Heath Golf Club was founded on 3 May 1894 by eleven men who met in the back room of the Drovers Inn. They rented',
    'forty acres of heathland from the Kilbride estate for £12 a year and laid out nine holes with the help of a professional',
    'from North Berwick, Archibald Lennie, who stayed on as the club\u2019s first keeper of the green.',
  ),
  'The early years',
  j(
    'Membership grew quickly once the railway halt at Kilbride Moss opened in 1899. By 1905 there were 210 members, a ladies\u2019',
    'section with its own tin clubhouse, and a second nine built across the burn. The full eighteen holes were opened by the',
    'Provost on Midsummer Day 1906.',
  ),
  j(
    'Both wars took the course out of play in part. In 1917 the lower holes were ploughed for potatoes, and from 1940 to 1945',
    'the heath beyond the 12th was used as a training ground, leaving craters that can still be seen in the rough.',
  ),
  'The clubhouse',
  j(
    'The present clubhouse was built in 1931 to a design by the Glasgow architect Ellen Mackay, one of the first women to',
    'design a golf clubhouse in Scotland. Its long veranda looks down the 18th fairway, and the honours boards in the',
    'lounge list every club champion since 1895.',
  ),
  j(
    'A fire in the winter of 1978 destroyed the men\u2019s locker room and many of the early minute books. The surviving records',
    'are now kept in the archive room, which is open to members on the first Saturday of each month.',
  ),
  'Recent times',
  j(
    'The course was extended to 6,412 yards in 2004, and in 2019 the club hosted the Scottish Boys\u2019 Stroke Play for the first',
    'time. Today Kilbride Heath has 640 members and one of the largest junior sections in the county.',
  ),
];
const dNav = ['Home', 'The Course', 'Membership', 'Visitors', 'Competitions', 'About the Club'];
const dCrumbs = ['Home', 'About the Club'];
const dFoot = ['Contact', 'Privacy notice', 'Club constitution', 'Safeguarding'];
const dCaption = 'Members outside the first clubhouse, around 1902. Club archive.';
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.kilbrideheathgolf.org/about/history">
<title>${dTitle} | Kilbride Heath Golf Club</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xe9pT2.css?delta=0&amp;language=en">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":
{"baseUrl":"\\/","currentPath":"node\\/14"},"pluralDelimiter":"\\u0003"}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
rel="home">Kilbride Heath Golf Club</a>
</div><div class="site-branding__slogan">Heathland golf since 1894</div></div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav"
aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search"><div class="content container-inline">
<form class="search-block-form search-form" action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit
button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"
data-drupal-link-system-path="node/${t.length}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
${dCrumbs.map((t) => `<li class="breadcrumb__item"><a href="/${t === 'Home' ? '' : 'about'}" class="breadcrumb__link">${t}</a></li>`).join('\n')}
</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="14" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([at(dBody, 0)])}
<figure role="group" class="align-center"><img loading="lazy" src="/sites/default/files/inline-images/clubhouse-1902.jpg" width="900" height="560"
alt="Men in tweed jackets standing outside a wooden hut"><figcaption>${dCaption}</figcaption></figure>
<h2>${at(dBody, 1)}</h2>${ps(dBody.slice(2, 4))}
<h2>${at(dBody, 4)}</h2>${ps(dBody.slice(5, 7))}
<h2>${at(dBody, 7)}</h2>${ps([at(dBody, 8)])}
</div></div></article></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_kP3tQ1.js?scope=footer&amp;delta=0&amp;language=en"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout494-drupal-olivero-history',
  kind: 'wiki',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 1), at(dBody, 4), at(dBody, 7)],
  body: dBody.filter((_, i) => ![1, 4, 7].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Kilbride Heath Golf Club', 'Heathland golf since 1894', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb',
    ...dCrumbs, dCaption, 'Footer', ...dFoot, 'Powered by Drupal',
  ],
};

const fTitle = 'Junior Coaching';
const fDek = 'Tennis for ages 4 to 18, from first rallies to county squads, with LTA-accredited coaches all year round.';
const fCards: [string, string, string][] = [
  ['Mini Red (ages 4–7)', 'Soft balls, small courts and lots of games. Saturdays 9–10am.', '£72 per term'],
  ['Mini Orange (ages 8–9)', 'Learning to rally and serve on a three-quarter court. Saturdays 10–11am.', '£84 per term'],
  ['Green and Yellow (ages 10–18)', 'Full-court tennis, match play and an introduction to the junior league. Tuesdays 5–6.30pm.', '£108 per term'],
  ['Performance Squad', 'By invitation. Three sessions a week, fitness work and tournament planning.', '£390 per term'],
];
const fRich = [
  'Terms and dates',
  j(
    'Coaching runs in three terms of eleven weeks, following the Elmbury school terms. There are no sessions in half-term weeks.',
    'If a session is rained off we move indoors to the Elmbury Leisure Centre sports hall.',
  ),
  'What to bring',
  j(
    'Trainers with non-marking soles, a water bottle and a racket if you have one. We have rackets to lend for the first few',
    'weeks. All juniors taking part in coaching must be junior members of the club; junior membership is £45 a year.',
  ),
];
const fNav = ['Home', 'Membership', 'Coaching', 'Juniors', 'Fixtures', 'Contact'];
const fFoot = ['Elmbury Tennis Club', 'Cricket Field Lane, Elmbury, GL20 9TS', 'Welfare officer: welfare@elmburytennis.club'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 13 2026 10:42:51 GMT+0000 -->
<html data-wf-domain="www.elmburytennis.club" data-wf-page="65f1a7c3e2b0d41c9a7e1b22" data-wf-site="65f1a7c3e2b0d41c9a7e1aff" lang="en"><head><meta
charset="utf-8">
<title>Junior Coaching | Elmbury Tennis Club</title><meta content="Tennis coaching for ages 4 to 18 at Elmbury Tennis Club." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a7c3e2b0d41c9a7e1aff/css/elmbury-tennis.webflow.4c1d2e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65f1a7c3e2b0d41c9a7e1aff/logo.svg"
loading="lazy" alt="Elmbury Tennis Club" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav
  .map(
    (t) => `<a href="/${t === 'Home' ? '' : t.toLowerCase()}"
class="nav-link w-nav-link${t === 'Juniors' ? ' w--current' : ''}"${t === 'Juniors' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('\n')}
<a href="/book" class="nav-button w-button">Book a court</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-section juniors"><div class="w-layout-blockcontainer container w-container"><div class="hero-content">
<div class="eyebrow">Juniors</div><h1 class="heading-hero">${fTitle}</h1><p class="paragraph-hero">${fDek}</p>
<a href="#enquiry" class="button w-button">Book a free taster</a></div></div></section>
<section class="section programmes"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-programmes">
${fCards
  .map(
    ([h, p, price]) => `<div class="programme-card"><h3 class="heading-card">${h}</h3><p class="paragraph-card">${p}</p>
<div class="text-price">${price}</div></div>`,
  )
  .join('\n')}
</div><div class="rich-text-block w-richtext"><h2>${at(fRich, 0)}</h2><p>${at(fRich, 1)}</p><h2>${at(fRich, 2)}</h2><p>${at(fRich, 3)}</p></div></div></section>
<section id="enquiry" class="section enquiry"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-section">Ask about a place</h2>
<div class="form-block w-form"><form id="email-form" name="email-form" data-name="Junior Enquiry" method="get" class="form"
data-wf-page-id="65f1a7c3e2b0d41c9a7e1b22"
data-wf-element-id="b3c2a1"><label for="parent-name" class="field-label">Parent or carer name</label><input class="text-field w-input" maxlength="256"
name="parent-name"
data-name="Parent Name" placeholder="" type="text" id="parent-name" required=""><label for="child-age" class="field-label">Child\u2019s age</label>
<input class="text-field w-input" maxlength="256" name="child-age" data-name="Child Age" type="number" id="child-age"><label for="email"
class="field-label">Email</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" type="email" id="email" required=""><input type="submit"
data-wait="Please wait..."
class="submit-button w-button" value="Send enquiry"></form><div class="success-message w-form-done" tabindex="-1" role="region"
aria-label="Junior Enquiry success">
<div>Thank you! Your submission has been received!</div></div><div class="error-message w-form-fail" tabindex="-1" role="region"
aria-label="Junior Enquiry failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<section class="footer-dark"><div class="container w-container"><div class="footer-wrapper"><div class="footer-content">
${fFoot.map((t) => `<div class="footer-text">${t}</div>`).join('')}</div><div class="footer-links"><a href="/privacy" class="footer-link">Privacy</a>
<a href="/safeguarding" class="footer-link">Safeguarding</a><a href="https://www.instagram.com/elmburytennis" class="footer-link">Instagram</a></div></div>
<div class="footer-copyright-center">Copyright © 2026 Elmbury Tennis Club. All rights reserved.</div></div></section>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a7c3e2b0d41c9a7e1aff" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1a7c3e2b0d41c9a7e1aff/js/webflow.8a1c3f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout494-webflow-junior-coaching',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fCards.map((c) => c[0]), at(fRich, 0), at(fRich, 2)],
  body: texts([fDek, ...fCards.flatMap(([, p, price]) => [p, price]), at(fRich, 1), at(fRich, 3)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a court', 'Book a free taster', 'Ask about a place', 'Parent or carer name', 'Child\u2019s age', 'Email', ...fFoot, 'Privacy',
    'Safeguarding', 'Instagram', 'Copyright © 2026 Elmbury Tennis Club. All rights reserved.',
  ],
};

export const HELDOUT494_D: readonly TestPage[] = [drupal, webflow].map(settle);
