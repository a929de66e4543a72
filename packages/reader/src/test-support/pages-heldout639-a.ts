import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout639-kit.js';

/**
 * Held-out batch 639, file a: a travelling funfair’s 2027 season listing on WordPress (Astra theme) with The Events Calendar
 * list view embedded (search bar, view switcher, month separators, pagination and subscribe links).
 */
const fTitle = 'Our 2027 Season';
const fIntro = [
  j(
    'After a winter in the yard at Tolleshunt Marsh, the rides are repainted, the Waltzer has new cars and the Gallopers have been',
    'tested and signed off. Here is where you will find Pellow’s Family Funfair from Easter to the end of October.',
  ),
  j(
    'Opening hours are usually 2pm to 10pm on Fridays and Saturdays and 1pm to 7pm on Sundays. Wristband sessions run on the first',
    'Sunday of every ground, and our quiet hour, with the music off and the lights steady, runs from 1pm to 2pm on Sundays.',
  ),
];
/** Each event: title, date line, venue name, venue address, description, price. */
const fEvents: readonly (readonly [string, string, string, string, string, string])[] = [
  [
    'Easter Fair on Harrowgate Common',
    'April 9 - April 18',
    'Harrowgate Common',
    'Common Road, Harrowgate',
    'Our first ground of the year, with the full set of rides and the children’s village by the duck pond.',
    'Free entry',
  ],
  [
    'Saltby May Fair',
    'May 1 - May 3',
    'Saltby Market Square',
    'Market Square, Saltby',
    'The charter fair in the square, with the Gallopers outside the Corn Exchange and the Ghost Train on Bridge Street.',
    'Free entry',
  ],
  [
    'Wennock Carnival Funfair',
    'June 11 - June 13',
    'Wennock Recreation Ground',
    'Mill Lane, Wennock',
    'Running alongside the carnival procession on Saturday. Rides close for an hour while the procession passes.',
    'Wristbands £14',
  ],
  [
    'Harvest Fair at Oxley Meadows',
    'September 17 - September 26',
    'Oxley Meadows',
    'Fen Drove, Oxley',
    'Ten days at the meadows, with fireworks on the final Saturday at 9pm.',
    'Free entry',
  ],
  [
    'Halloween Fright Nights',
    'October 22 - October 31',
    'Harrowgate Common',
    'Common Road, Harrowgate',
    'The last ground of the season, with the Ghost Train extended and the Waltzer running in the dark.',
    'Wristbands £16',
  ],
];
const fMonths = ['April 2027', 'May 2027', 'June 2027', 'September 2027', 'October 2027'];
const fTags = [
  ['Fri', '9'],
  ['Sat', '1'],
  ['Fri', '11'],
  ['Fri', '17'],
  ['Fri', '22'],
];
const fNav = ['Home', 'Our Rides', 'Private Hire', 'Family History', 'Contact'];
const fFoot = ['Privacy Policy', 'Safety Certificates', 'Showmen’s Guild Member'];
const fEventHtml = (i: number): string => {
  const e = fEvents[i];
  if (e === undefined) return '';
  const [title, date, venue, addr, desc, price] = e;
  const [start, end] = date.split(' - ');
  const tag = fTags[i] ?? ['', ''];
  return `<li class="tribe-events-calendar-list__month-separator"><time class="tribe-events-calendar-list__month-separator-text tribe-common-h7
tribe-common-h6--min-medium tribe-common-h--alt">${fMonths[i]}</time></li>
<li class="tribe-common-g-row tribe-events-calendar-list__event-row"><div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col">
<time class="tribe-events-calendar-list__event-date-tag-datetime"><span class="tribe-events-calendar-list__event-date-tag-weekday">${tag[0]}</span>
<span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5 tribe-common-h4--min-medium">${tag[1]}</span></time></div>
<div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col"><article class="tribe-events-calendar-list__event tribe-common-g-row
tribe-common-g-row--gutters post-${2210 + i} tribe_events type-tribe_events status-publish hentry">
<div class="tribe-events-calendar-list__event-details tribe-common-g-col"><header class="tribe-events-calendar-list__event-header">
<div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2"><time class="tribe-events-calendar-list__event-datetime">
<span class="tribe-event-date-start">${start}</span> - <span class="tribe-event-date-end">${end}</span></time></div>
<h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium"><a href="/event/${2210 + i}/"
class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin" rel="bookmark">${title}</a></h3>
<address class="tribe-events-calendar-list__event-venue tribe-common-b2"><span class="tribe-events-calendar-list__event-venue-title
tribe-common-b2--bold">${venue}</span> <span class="tribe-events-calendar-list__event-venue-address">${addr}</span></address></header>
<div class="tribe-events-calendar-list__event-description tribe-common-b2 tribe-common-a11y-hidden"><p>${desc}</p></div>
<div class="tribe-events-c-small-cta tribe-common-b3 tribe-events-calendar-list__event-cost"><span
class="tribe-events-c-small-cta__price">${price.replace(/&/g, '&amp;')}</span>
</div></div></article></div></li>`;
};
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our 2027 Season – Pellow’s Family Funfair</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://pellowsfunfair.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<link rel="stylesheet" id="tribe-events-v2-single-skeleton-css"
href="/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"Easter Fair on Harrowgate Common",
"startDate":"2027-04-09T14:00:00+01:00",
"location":{"@type":"Place","name":"Harrowgate Common"}}]</script>
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title a{color:#b3122e}</style>
<script>var tribe_l10n_datatables={"aria":{"sort_ascending":": activate to sort column ascending"}};</script></head>
<body class="page-template-default page page-id-1987 wp-custom-logo ast-page-builder-template ast-no-sidebar tribe-js">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/02/pellows-logo.png"
class="custom-logo" alt="Pellow’s Family Funfair"></a></span></div>
<nav id="primary-site-navigation-desktop" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(fNav, 'menu-item menu-item-type-post_type')}
</ul></nav><button class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1987 page type-page status-publish ast-article-single" id="post-1987" itemtype="https://schema.org/CreativeWork" itemscope>
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">${fTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
${ps(fIntro)}
<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list alignwide" data-js="tribe-events-view" data-view-rest-method="GET">
<script type="application/json"
data-js="tribe-events-view-data">{"slug":"list","prev_url":"","next_url":"https://pellowsfunfair.co.uk/events/list/page/2/"}</script>
<div class="tribe-common-l-container tribe-events-l-container"><div class="tribe-events-header tribe-events-header--has-event-search">
<div class="tribe-events-header__events-bar tribe-events-c-events-bar tribe-events-c-events-bar--border" data-js="tribe-events-events-bar">
<h2 class="tribe-common-a11y-visual-hide">Events Search and Views Navigation</h2>
<div class="tribe-events-c-search tribe-events-c-events-bar__search"><form class="tribe-events-c-search__form" method="get" role="search">
<label class="tribe-common-form-control-text__label" for="tribe-events-events-bar-keyword">Enter Keyword. Search for Events by Keyword.</label>
<input class="tribe-common-form-control-text__input" type="text" id="tribe-events-events-bar-keyword" placeholder="Search for events">
<button class="tribe-common-c-btn tribe-events-c-search__button" type="submit">Find Events</button></form></div>
<div class="tribe-events-c-events-bar__views"><h3 class="tribe-common-a11y-visual-hide">Event Views Navigation</h3>
<ul class="tribe-events-c-view-selector__list"><li class="tribe-events-c-view-selector__list-item--list tribe-events-c-view-selector__list-item--active">
<a href="/events/list/" class="tribe-events-c-view-selector__list-item-link"><span class="tribe-events-c-view-selector__list-item-text">List</span></a></li>
<li class="tribe-events-c-view-selector__list-item--month"><a href="/events/month/" class="tribe-events-c-view-selector__list-item-link">
<span class="tribe-events-c-view-selector__list-item-text">Month</span></a></li></ul></div></div>
<div class="tribe-events-c-top-bar tribe-events-header__top-bar"><a href="/events/list/?tribe-bar-date=2027-04-09" class="tribe-common-c-btn-border-small
tribe-events-c-top-bar__today-button">Today</a><div class="tribe-events-c-top-bar__datepicker"><button class="tribe-common-h3
tribe-events-c-top-bar__datepicker-button">
<time class="tribe-events-c-top-bar__datepicker-time"><span class="tribe-events-c-top-bar__datepicker-mobile">Upcoming</span></time></button></div></div></div>
<div class="tribe-events-calendar-list"><ul class="tribe-events-calendar-list">
${fEvents.map((_, i) => fEventHtml(i)).join('\n')}
</ul></div>
<nav class="tribe-events-calendar-list-nav tribe-events-c-nav"><ul class="tribe-events-c-nav__list"><li class="tribe-events-c-nav__list-item--prev">
<button class="tribe-events-c-nav__prev tribe-common-b2 tribe-common-b1--min-medium" disabled>Previous Events</button></li>
<li class="tribe-events-c-nav__list-item--next"><a href="/events/list/page/2/" rel="next" class="tribe-events-c-nav__next tribe-common-b2
tribe-common-b1--min-medium">Next Events</a></li></ul></nav>
<div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown"><div class="tribe-common-c-btn-border
tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text">Subscribe to calendar</button></div>
<div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="webcal://pellowsfunfair.co.uk/events/?ical=1">Google Calendar</a></li>
<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="webcal://pellowsfunfair.co.uk/events/?ical=1">iCalendar</a></li></ul></div></div></div>
</div></div>
<p>${'Dates can change with the weather and with council permissions, so please check this page or our Facebook page before you travel.'}</p>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap"><div class="ast-builder-grid-row"><section class="footer-widget-area
widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-1"><aside id="block-7" class="widget widget_block">
<h2 class="widget-title">Book the fair for your event</h2><p>We travel with a few rides for fêtes, weddings and school summer fairs.</p>
<p><a href="/private-hire/">Ask about private hire</a></p></aside></section></div></div>
<div class="site-below-footer-wrap"><div class="ast-builder-grid-row"><div class="ast-footer-copyright"><p>Copyright © 2027 Pellow’s Family Funfair</p></div>
<nav class="site-footer-focus-item"><ul class="footer-menu">${links(fFoot)}</ul></nav></div></div></footer></div>
<script src="/wp-content/plugins/the-events-calendar/common/src/resources/js/tribe-common.min.js?ver=5.2.1" id="tribe-common-js"></script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const funfairSeason: TestPage = {
  name: 'heldout639-funfair-season-wp',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fEvents.map((e) => e[0]),
  body: [
    ...fIntro,
    ...fEvents.flatMap((e) => [e[1], `${e[2]} ${e[3]}`, e[4], e[5]]),
    'Dates can change with the weather and with council permissions, so please check this page or our Facebook page before you travel.',
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fNav, 'Main Menu', 'Events Search and Views Navigation', 'Enter Keyword. Search for Events by Keyword.', 'Find Events',
    'Event Views Navigation', 'List', 'Month', 'Today', 'Upcoming', ...fMonths, 'Previous Events', 'Next Events', 'Subscribe to calendar',
    'Google Calendar', 'iCalendar', 'Book the fair for your event', 'We travel with a few rides for fêtes, weddings and school summer fairs.',
    'Ask about private hire', 'Copyright © 2027 Pellow’s Family Funfair', ...fFoot,
  ],
};

export const HELDOUT639_A: readonly TestPage[] = [funfairSeason];
