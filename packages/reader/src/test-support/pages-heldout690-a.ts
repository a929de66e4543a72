import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout690-kit.js';

/**
 * Held-out batch 690, file a: a cycling club's ride page on WordPress (GeneratePress with The Events Calendar), and a bike
 * shop's bike fit service page on Shopify (Dawn theme).
 */
const rTitle = 'Sunday Club Run: Hexley Hills Loop (B Group)';
const rSchedule = 'Sunday 14 June 2026 @ 8:30 am - 1:30 pm';
const rBody = [
  j(
    'The B group heads out over the Hexley Hills for a steady 86 km loop with one proper climb, a café stop at the halfway point',
    'and a flat run home along the canal road. Expect an average of 24 to 26 km/h on the flat, regrouping at the top of every climb.',
  ),
  j(
    'This is a no-drop ride. Ride leaders Marta and Owen will stay with the back of the group, and nobody gets left behind on the',
    'hills. If you are new to club riding, this is a good first run with us.',
  ),
  'The route',
  j(
    'We leave from the clock tower in Stanbridge market square and take the back lanes through Oakley Cross to the foot of',
    'Pellow Bank (2.1 km at 6 per cent). After the regroup at the top, the road rolls along the ridge to Hexley Green for coffee.',
  ),
  j(
    'The return leg drops down through Fenwick and picks up the canal road for the last 20 km, which is flat and sheltered. The',
    'GPX file is on our Strava club page the Friday before the ride.',
  ),
  'What to bring',
  'A road or gravel bike in good working order, with mudguards from October to March',
  'Two inner tubes, a pump or CO2 inflator and tyre levers',
  'Food and two bottles; the café takes cards',
  'A rear light, even in summer, for the lanes under the trees',
  'Club etiquette',
  j(
    'We ride two abreast where it is safe and single out when the leader calls "car back". Point out potholes and call out when',
    'you are slowing or stopping. Please read the club ride guidelines before your first run.',
  ),
  j(
    'Non-members are welcome on up to three rides before joining. You will need to sign the guest form at the start, and we',
    'recommend third-party insurance through British Cycling or Cycling UK.',
  ),
];
const rNav = ['Home', 'Rides', 'Racing', 'Juniors', 'Join', 'Shop', 'Contact'];
const rFoot = ['Privacy Policy', 'Club Constitution', 'Safeguarding', 'Welfare Officer'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} &#8211; Stanbridge Velo Club</title>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css'
href='https://stanbridgevelo.org.uk/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.5.1' media='all' />
<link rel='stylesheet' id='generate-style-css' href='https://stanbridgevelo.org.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all' />
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222222;}.main-navigation{background-color:#0b3d2e;}</style>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"${rTitle}","startDate":"2026-06-14T08:30:00+01:00",
"endDate":"2026-06-14T13:30:00+01:00","location":{"@type":"Place","name":"Stanbridge Clock Tower"},"organizer":{"@type":"Person","name":"Marta
Kowalczyk"}}]</script>
<script src='https://stanbridgevelo.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-2231 wp-embed-responsive right-sidebar nav-below-header
separate-containers events-single tribe-events-style-full tribe-events-style-theme" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://stanbridgevelo.org.uk/" rel="home">Stanbridge Velo Club</a></p>
<p class="site-description" itemprop="description">Riding the lanes since 1921</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">${links(rNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2231" class="post-2231 tribe_events type-tribe_events status-publish hentry">
<div class="inside-article"><div class="entry-content" itemprop="text"><div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="https://stanbridgevelo.org.uk/events/"> &laquo; All Events</a></p>
<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
<h1 class="tribe-events-single-event-title">${rTitle}</h1>
<div class="tribe-events-schedule tribe-clearfix"><div>
<span class="tribe-event-date-start">Sunday 14 June 2026 @ 8:30 am</span> - <span class="tribe-event-time">1:30 pm</span></div></div>
<div id="tribe-events-header" data-title="${rTitle}"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation">
<ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/event/chain-gang-thursday/"><span>&laquo;</span> Thursday Chain Gang</a></li>
<li class="tribe-events-nav-next"><a href="/event/audax-prep-ride/">Audax Prep Ride <span>&raquo;</span></a></li></ul></nav></div>
<div id="post-2231" class="post-2231 tribe_events type-tribe_events"><div class="tribe-events-event-image">
<img src="/wp-content/uploads/2026/05/pellow-bank.jpg" alt="Riders climbing Pellow Bank"></div>
<div class="tribe-events-single-event-description tribe-events-content">
${ps(rBody.slice(0, 2))}
<h2>${at(rBody, 2)}</h2>
${ps(rBody.slice(3, 5))}
<h2>${at(rBody, 5)}</h2>
<ul>${lis(rBody.slice(6, 10))}</ul>
<h2>${at(rBody, 10)}</h2>
${ps(rBody.slice(11))}
</div>
<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown">
<button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button><div class="tribe-events-c-subscribe-dropdown__content" hidden>
<ul class="tribe-events-c-subscribe-dropdown__list"><li><a href="#">Google Calendar</a></li><li><a href="#">iCalendar</a></li><li>
<a href="#">Outlook 365</a></li></ul></div></div></div></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title"> Details </h2><dl><dt class="tribe-events-start-date-label"> Date: </dt><dd>
<abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2026-06-14"> 14 June 2026 </abbr></dd>
<dt class="tribe-events-start-time-label"> Time: </dt><dd>
<div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2026-06-14"> 8:30 am - 1:30 pm </div></dd>
<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories">
<a href="/events/category/club-runs/" rel="tag">Club Runs</a></dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organiser</h2>
<dl><dd class="tribe-organizer"><a href="/organiser/marta-kowalczyk/">Marta Kowalczyk</a></dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title"> Venue </h2>
<dl><dd class="tribe-venue"> Stanbridge Clock Tower </dd><dd class="tribe-venue-location"><address class="tribe-events-address"><span class="tribe-address">
<span class="tribe-street-address">Market Square</span> <span class="tribe-locality">Stanbridge</span> <span class="tribe-postal-code">SB4 2LT</span>
</span></address></dd></dl></div></div>
</div></div></div></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="tribe-widget-events-list-2" class="widget inner-padding tribe-widget-events-list"><h2 class="widget-title">Upcoming Rides</h2>
<ul>${links(['Thursday Chain Gang', 'Audax Prep Ride', 'Juniors Skills Session'])}</ul><a href="/events/">View Calendar</a></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Ride cancelled?</h2><div class="textwidget">
<p>Check our Facebook group by 7am on the day. Rides are called off in ice, snow or wind warnings.</p></div></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<ul class="footer-links">${links(rFoot)}</ul><div class="copyright-bar"><span class="copyright">&copy; 2026 Stanbridge Velo Club</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};</script>
</body></html>`;
const clubRun: TestPage = {
  name: 'heldout690-club-run-events-calendar',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [at(rBody, 2), at(rBody, 5), at(rBody, 10)],
  body: [rSchedule, ...texts(rBody.filter((_, i) => ![2, 5, 10].includes(i)))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Stanbridge Velo Club', 'Riding the lanes since 1921', 'Menu', ...rNav.filter((t) => !['Home', 'Rides'].includes(t)),
    '« All Events', 'This event has passed.',
    '« Thursday Chain Gang', 'Audax Prep Ride »', 'Add to calendar', 'Details', 'Date:', 'Time:',
    'Event Category:', 'Club Runs', 'Organiser', 'Marta Kowalczyk', 'Venue', 'Stanbridge Clock Tower', 'SB4 2LT',
    'Upcoming Rides', 'Thursday Chain Gang', 'Audax Prep Ride', 'Juniors Skills Session', 'View Calendar', 'Ride cancelled?',
    'Check our Facebook group by 7am on the day. Rides are called off in ice, snow or wind warnings.', ...rFoot,
    '© 2026 Stanbridge Velo Club', 'Built with', 'GeneratePress',
  ],
};

const fTitle = 'Bike Fit Studio';
const fBody = [
  j(
    'A good fit is the cheapest upgrade you will ever make to your bike. Our studio in the back of the Cogworks shop is run by',
    'Priya Nandakumar, who has fitted more than 1,400 riders, from commuters with sore knees to club racers chasing a few watts.',
  ),
  'Choose your fit',
  '<strong>Saddle Check (45 minutes, £65):</strong> saddle height, setback and tilt, with cleat alignment for one pair of shoes.',
  '<strong>Road Fit (2 hours, £160):</strong> a full position on your bike, including bars, stem and cleats, with a written report.',
  j(
    '<strong>Pre-Purchase Fit (2.5 hours, £190):</strong> measured on our adjustable jig, with a list of frame sizes from the',
    'brands we stock. £50 comes off any bike you buy from us within three months.',
  ),
  'What happens on the day',
  j(
    'We start with a chat about your riding, injuries and goals, then a short flexibility assessment on the couch. Your bike goes',
    'on the trainer and we film you from both sides while you ride at an easy pace and at tempo.',
  ),
  j(
    'Changes are made one at a time, and we ask how each one feels before moving on. Most riders leave with their own',
    'components adjusted; if you need a shorter stem or a different saddle, you can try one from our test stock first.',
  ),
  'Frequently asked questions',
  '<strong>Do I need to bring anything?</strong> Your bike, cycling shoes, the shorts you normally ride in and a bottle of water.',
  '<strong>Can you fit a time trial bike?</strong> Yes, book a Road Fit and mention it in the notes; allow an extra 30 minutes.',
  '<strong>What if something feels wrong a week later?</strong> A follow-up visit within 30 days is free with every Road Fit.',
];
const fNav = ['Bikes', 'Components', 'Clothing', 'Workshop', 'Bike Fit', 'Events', 'Visit us'];
const fFoot = ['Search', 'Delivery', 'Returns', 'Cycle to Work', 'Terms of Service', 'Refund policy'];
const fHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://cogworkscycles.co.uk/pages/bike-fit"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<title>${fTitle} &ndash; Cogworks Cycles</title>
<meta name="description" content="Professional bike fitting in Tamsford. Saddle checks, full road fits and pre-purchase sizing.">
<meta property="og:site_name" content="Cogworks Cycles"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "cogworks-cycles.myshopify.com";Shopify.locale = "en";Shopify.currency =
{"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":139824513211,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>
<script src="//cogworkscycles.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771701860574" defer="defer"></script>
<link href="//cogworkscycles.co.uk/cdn/shop/t/4/assets/base.css?v=127867003511637661291701860576" rel="stylesheet" type="text/css" media="all" />
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-text:18,18,18;}</style>
</head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16212456325291__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free workshop collection within 5 miles of Tamsford</span></p></div></div></div></div>
<div id="shopify-section-sections--16212456325291__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//cogworkscycles.co.uk/cdn/shop/files/cogworks-logo.png?v=1690&width=360" alt="Cogworks Cycles" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${fNav
  .map(
    (t) => `<li>
<a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span>
</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--16212456652971__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--16212456652971__main-padding">
<h1 class="main-page-title page-title h0">${fTitle}</h1>
<div class="rte">
${ps(fBody.slice(0, 1))}
<h2>${at(fBody, 1)}</h2>
<ul>${lis(fBody.slice(2, 5))}</ul>
<h2>${at(fBody, 5)}</h2>
${ps(fBody.slice(6, 8))}
<h2>${at(fBody, 8)}</h2>
${ps(fBody.slice(9))}
</div></div></div>
<div id="shopify-section-template--16212456652971__rich_text" class="shopify-section section"><div class="isolate page-width">
<div class="rich-text content-container color-scheme-3 gradient rich-text--full-width content-container--full-width
section-template--16212456652971__rich_text-padding">
<div class="rich-text__wrapper rich-text__wrapper--center page-width"><div class="rich-text__blocks center">
<h2 class="rich-text__heading rte inline-richtext h1">Ready to book?</h2>
<div class="rich-text__text rte"><p>Fits run Tuesday to Saturday. Pay a £20 deposit online and we will call you to confirm a time.</p></div>
<div class="rich-text__buttons"><a href="/products/bike-fit-deposit" class="button button--primary">Book a fit</a></div></div></div></div></div></div>
</main>
<div id="shopify-section-sections--16212456390827__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--16212456390827__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(fFoot, '')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2><div class="footer-block__details-content rte">
<p>14 Mill Lane, Tamsford TF2 8QA<br>Open Tue-Sat 9-5:30</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join the Cogworks newsletter</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--16212456390827__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--16212456390827__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm"><h2 class="caption-large text-body">Country/region</h2>
<button class="disclosure__button localization-form__select" aria-expanded="false">United Kingdom | GBP £</button></form></localization-form></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Cogworks Cycles</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a>
</small></div></div></div></footer></div>
<script src="//cogworkscycles.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741701860575" defer="defer"></script>
</body></html>`;
const bikeFit: TestPage = {
  name: 'heldout690-bike-fit-shopify',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 1), at(fBody, 5), at(fBody, 8)],
  body: texts(fBody.filter((_, i) => ![1, 5, 8].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free workshop collection within 5 miles of Tamsford', ...fNav.filter((t) => t !== 'Bike Fit'), 'Log in', 'Cart',
    'Ready to book?', 'Fits run Tuesday to Saturday. Pay a £20 deposit online and we will call you to confirm a time.', 'Book a fit',
    'Help', ...fFoot, 'Find us', '14 Mill Lane, Tamsford TF2 8QA', 'Open Tue-Sat 9-5:30', 'Join the Cogworks newsletter', 'Email',
    'Country/region', 'United Kingdom | GBP £', '© 2026, Cogworks Cycles', 'Powered by Shopify',
  ],
};

export const HELDOUT690_A: readonly TestPage[] = [clubRun, bikeFit];
