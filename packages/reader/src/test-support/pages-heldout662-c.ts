import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout662-kit.js';

/**
 * Held-out batch 662, file c: an executive chauffeur firm's fleet page on Webflow (a CMS collection list of cars, Finsweet
 * cookie consent), and a coach operator's news article on Drupal 10 with the Olivero theme, tags and comments.
 */
const fTitle = 'The Fleet';
const fIntro = j(
  'Three classes of car, one standard of service. Every Sable &amp; Rowe car is less than three years old, fully valeted before',
  'each journey and driven by a chauffeur who has passed our own advanced driving assessment.',
);
const fCars = [
  {
    h: 'Business Class',
    sub: 'Mercedes-Benz E-Class or similar',
    p: 'Up to 3 passengers and 2 large suitcases. Our everyday choice for airport and station transfers.',
  },
  {
    h: 'First Class',
    sub: 'Mercedes-Benz S-Class or BMW 7 Series',
    p: 'Up to 3 passengers and 2 large suitcases, with rear reclining seats and privacy glass.',
  },
  {
    h: 'Business Van',
    sub: 'Mercedes-Benz V-Class',
    p: 'Up to 7 passengers and 7 large suitcases. Facing seats and a table make it a meeting room on wheels.',
  },
];
const fOutro = 'Need an electric car? We can supply a Tesla Model S or a Mercedes EQS on most dates if you ask when you book.';
const fNav = ['Services', 'Fleet', 'Corporate Accounts', 'About', 'Journal'];
const fFoot = ['Privacy', 'Terms', 'Careers', 'Instagram', 'LinkedIn'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Apr 06 2027 10:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.sableandrowe.example" data-wf-page="65a1f2c0e3b1a90d3c7f1a22" data-wf-site="65a1f2c0e3b1a90d3c7f19f0" lang="en"><head>
<meta charset="utf-8">
<title>The Fleet | Sable &amp; Rowe Chauffeurs</title><meta content="Business Class, First Class and Business Van chauffeur cars." name="description">
<meta content="The Fleet | Sable &amp; Rowe Chauffeurs" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f2c0e3b1a90d3c7f19f0/css/sable-rowe.webflow.3f2a1b.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of
cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
data-duration="400">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a1f2c0e3b1a90d3c7f19f0/logo.svg"
loading="lazy" alt="Sable &amp; Rowe" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('\n')}<a href="/book" class="button nav-button w-button">Book now</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="page-wrapper"><main class="main-wrapper"><section class="section_fleet-hero"><div class="padding-global"><div class="container-large">
<div class="fleet-hero_component"><div class="text-size-small text-style-allcaps">Chauffeur cars</div><h1 class="heading-style-h1">${fTitle}</h1>
<p class="text-size-medium">${fIntro}</p></div></div></div></section>
<section class="section_fleet-list"><div class="padding-global"><div class="container-large"><div class="fleet-list_wrapper w-dyn-list">
<div role="list" class="fleet-list_list w-dyn-items">
${fCars
  .map(
    (c) => `<div role="listitem" class="fleet-list_item w-dyn-item"><div class="fleet-card">
    <img src="https://assets-global.website-files.com/65a1f2c0e3b1a90d3c7f1a10/car.webp"
loading="lazy" alt="" class="fleet-card_image"><div class="fleet-card_content"><h2 class="heading-style-h4">${c.h}</h2>
<div class="text-color-gold">${c.sub}</div>
<p class="text-size-regular">${c.p}</p><a href="/book" class="text-link w-inline-block"><div>Book this car</div></a></div></div></div>`,
  )
  .join('\n')}
</div></div><p class="fleet-list_note">${fOutro}</p></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="footer_top">
<div class="footer_contact">24 hours: +44 20 7946 0917<br>reservations@sableandrowe.example</div>
<div class="footer_links">${fFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer_link">${t}</a>`).join('\n')}</div></div>
<div class="footer_bottom"><div class="footer_credit">© 2027 Sable &amp; Rowe Chauffeurs Ltd. Registered in England 11830244.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f2c0e3b1a90d3c7f19f0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f2c0e3b1a90d3c7f19f0/js/webflow.3e1a2b.js" type="text/javascript"></script></body></html>`;
const sable: TestPage = {
  name: 'heldout662-webflow-chauffeur-fleet',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fCars.map((c) => c.h),
  body: texts([fIntro, ...fCars.flatMap((c) => [c.sub, c.p]), fOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences', 'Deny',
    'Accept', ...fNav.filter((t) => t !== 'Fleet'), 'Book now', 'Chauffeur cars', 'Book this car', '24 hours: +44 20 7946 0917',
    'reservations@sableandrowe.example', ...fFoot, '© 2027 Sable & Rowe Chauffeurs Ltd. Registered in England 11830244.',
  ],
};

const dTitle = 'Eleven low-floor coaches join the Marlowe Valley fleet';
const dBody = [
  j(
    'Marlowe Valley Travel has taken delivery of eleven new low-floor coaches, the largest single order in the company’s',
    'sixty-year history. The vehicles will replace older coaches on school contracts and on the X14 service between Ashcombe and',
    'Hinton Priory from the start of the summer term.',
  ),
  j(
    'Each coach has 57 seats, a powered ramp at the front door and space for two wheelchairs. The company says the new vehicles',
    'will allow it to bid for home-to-school contracts that require step-free access, which it has not been able to do until now.',
  ),
  j(
    '“We have families on our routes who have had to be driven to school separately because our older coaches could not take a',
    'wheelchair,” said operations director Priya Holloway. “From April, every child on those routes can travel together.”',
  ),
  'Cleaner engines and a new depot',
  j(
    'All eleven coaches have Euro VI diesel engines and meet the emissions standard for the clean air zone that comes into force',
    'in Ashcombe town centre next year. The company is also trialling a battery-electric midi coach on the town’s park and ride',
    'service and expects to decide on a wider order by the end of 2027.',
  ),
  j(
    'To make room for the larger fleet, Marlowe Valley has leased a second yard on the Kingsmoor estate, with a wash bay and',
    'space for twenty vehicles. Six new drivers have been recruited and a further four places are open on the company’s',
    'in-house training scheme.',
  ),
  'What it means for passengers',
  j(
    'Timetables on the X14 are not changing. Passengers will notice USB charging points at every seat, free Wi-Fi and',
    'next-stop announcements, which the older vehicles did not have. Paper tickets and contactless payment will both still be',
    'accepted on board.',
  ),
];
const dHeads = [3, 6];
const dNav = ['Home', 'Coach Hire', 'Local Services', 'School Contracts', 'News', 'Contact'];
const dTags = ['Fleet', 'Accessibility', 'School transport'];
const dComments = [
  { who: 'Graham T', when: 'Sat, 14/03/2027 - 18:22', text: 'Great news. Will the 07:40 from Hinton Priory be one of the new coaches?' },
  {
    who: 'Marlowe Valley Travel',
    when: 'Mon, 16/03/2027 - 09:05',
    text: 'Hi Graham, yes, the first X14 departures of the day will use the new coaches from April.',
  },
];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.marlowevalley.example/news/eleven-low-floor-coaches-join-fleet"><title>${dTitle} | Marlowe Valley Travel</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2027-03-12T10:00:00+0000",
"author":{"@type":"Person","name":"Lewis Carne"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qd9xV2bL1.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdzUEKw"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Marlowe Valley Travel</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(
  dNav,
  'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1',
)}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div></form>
</div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item">
<a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="88" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/lcarne.jpg" width="100" height="100" alt="Profile picture for user lcarne">
</div></article>
<span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/7">Lewis Carne</a>
</span></span>,
<span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2027-03-12T10:00:00Z" title="Friday, March 12, 2027 - 10:00">12 March 2027</time></span>
</div></header><div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2027-03/coaches.jpg" width="1600"
height="900" alt="A row of new white coaches at the Ashcombe depot"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${dBody.map((p, i) => (dHeads.includes(i) ? `<h2>${p}</h2>` : `<p>${p}</p>`)).join('\n')}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><div class="comments__count">${dComments.length}</div>
${dComments
  .map(
    (c, i) => `<article data-comment-user-id="${i + 8}" id="comment-${i + 31}" class="comment js-comment by-anonymous">
    <span class="hidden" data-comment-timestamp="1773512520"></span>
<div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-content"><footer class="comment__meta">
<p class="comment__author">
<span>${c.who}</span></p><p class="comment__time">${c.when}</p></footer>
<div class="field field--name-comment-body field--type-text-long field--label-hidden field__item">
<p>${c.text}</p></div><ul class="inline links comment__links"><li class="comment-reply"><a href="/comment/reply/node/88/comment_forum/${i + 31}">Reply</a>
</li></ul>
</div></article>`,
  )
  .join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/88/comment" method="post">
<div class="form-item"><label for="edit-name" class="form-item__label">Your name</label><input type="text" id="edit-name" name="name" class="form-text"></div>
<div class="form-item"><label for="edit-comment-body-0-value" class="form-item__label form-required">Comment</label><textarea id="edit-comment-body-0-value">
</textarea></div>
<div class="form-actions"><input type="submit" value="Save" class="button button--primary form-submit"></div></form></section>
</div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" class="block block-node block-node-syndicate-block">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<div id="block-footer-contact" class="block block-block-content">
<div class="text-content field field--name-body"><p>Marlowe Valley Travel Ltd, Station Yard, Ashcombe AC3 9LP. Telephone 01632 960555.</p></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.5"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const marlowe: TestPage = {
  name: 'heldout662-drupal-olivero-coach-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads.map((i) => dBody[i] ?? ''),
  body: texts(dBody.filter((_, i) => !dHeads.includes(i))),
  bylines: ['By Lewis Carne', '12 March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', ...dNav.filter((t) => t !== 'School Contracts'), 'Tags', 'Accessibility', 'School transport', 'Comments', '2',
    'Graham T', ...dComments.flatMap((c) => [c.when, c.text]), 'Reply', 'Add new comment', 'Your name', 'Comment', 'RSS feed',
    'Marlowe Valley Travel Ltd, Station Yard, Ashcombe AC3 9LP. Telephone 01632 960555.', 'Powered by Drupal',
  ],
};

export const HELDOUT662_C: readonly TestPage[] = [sable, marlowe];
