import { links, ps, type TestPage } from './page-kit.js';
import { at, gold, j } from './pages-heldout651-kit.js';

/**
 * Held-out batch 651, file a: a brass band's concert listing on WordPress (Astra) with The Events Calendar list view (search
 * bar, view selector, month separators, subscribe dropdown) and footer widgets.
 */
const bTitle = 'Upcoming Events';
const bIntro = j(
  'Harrowby Colliery Band plays around forty engagements a year, from bandstands and church fêtes to our own concert series at',
  'the Miners\u2019 Institute. Tickets for our own concerts can be bought online or on the door; most park jobs are free.',
);
interface Gig {
  month: string;
  wd: string;
  day: string;
  when: string;
  title: string;
  venue: string;
  addr: string;
  desc: string;
  price: string;
}
// biome-ignore format: one event a line
const bGigs: Gig[] = [
  { month: 'May 2027', wd: 'Sat', day: '8', when: 'May 8 @ 7:30 pm - 9:45 pm', title: 'Spring Concert: Music of the Movies', venue: 'Miners\u2019 Institute',
    addr: 'Station Road, Harrowby', desc: j('Our spring concert goes to the pictures, with music from westerns, war films and space operas,',
      'and a guest spot from the Harrowby Youth Band.'), price: '£12' },
  { month: 'May 2027', wd: 'Sun', day: '23', when: 'May 23 @ 2:00 pm - 4:00 pm', title: 'Bandstand Sunday', venue: 'Lessing Park Bandstand',
    addr: 'Lessing Park, Harrowby', desc: 'Two hours of marches, hymn tunes and light music. Bring a chair; the café will be open.', price: 'Free' },
  { month: 'June 2027', wd: 'Sat', day: '12', when: 'June 12 @ 10:00 am - 5:00 pm', title: 'Moorfoot Whit Friday Marches', venue: 'Moorfoot village',
    addr: 'Moorfoot', desc: j('We march and play at four villages on the evening contest route. Supporters are welcome to follow the band',
      'coach; details of timings will be posted on our Facebook page on the day.'), price: 'Free' },
  { month: 'June 2027', wd: 'Sat', day: '26', when: 'June 26 @ 7:00 pm - 9:30 pm', title: 'Summer Proms with the Harrowby Choral Society',
    venue: 'St Aidan\u2019s Church', addr: 'Church Lane, Harrowby', desc: j('A joint concert with flags, bunting and a sing-along second half.',
      'Proceeds go to the church roof appeal.'), price: '£10 – £14' },
];
const bSearch = ['Search for events', 'Find Events', 'List', 'Month', 'Day', 'Upcoming', 'Today', 'Previous Events', 'Next Events'];
const bSubs = ['Subscribe to calendar', 'Google Calendar', 'iCalendar', 'Outlook 365', 'Outlook Live', 'Export .ics file', 'Export Outlook .ics file'];
const bNav = ['Home', 'About the Band', 'Events', 'Youth Band', 'Join Us', 'Hire the Band', 'Support Us', 'Contact'];
const bWidgets = ['Registered charity no. 1104473', 'Rehearsals: Tuesdays and Fridays, 7:30 pm, Band Room, Pit Lane'];
const gigHtml = (g: Gig, i: number): string => `${
  i === 0 || bGigs[i - 1]?.month !== g.month
    ? `<li class="tribe-events-calendar-list__month-separator"><h3 class="tribe-events-calendar-list__month-separator-text tribe-common-h7
tribe-common-h6--min-medium tribe-common-h--alt"><time datetime="2027-0${i < 2 ? 5 : 6}">${g.month}</time></h3></li>`
    : ''
}
<li class="tribe-common-g-row tribe-events-calendar-list__event-row"><div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col">
<time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="2027-05-${g.day}" aria-hidden="true">
<span class="tribe-events-calendar-list__event-date-tag-weekday">${g.wd}</span>
<span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5 tribe-common-h4--min-medium">${g.day}</span></time></div>
<div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col"><article class="tribe-events-calendar-list__event tribe-common-g-row
tribe-common-g-row--gutters post-${7710 + i} tribe_events type-tribe_events status-publish hentry"><div class="tribe-events-calendar-list__event-details
tribe-common-g-col"><header class="tribe-events-calendar-list__event-header"><div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2">
<time class="tribe-events-calendar-list__event-datetime" datetime="2027-05-${g.day}"><span class="tribe-event-date-start">${g.when}</span></time></div>
<h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium"><a href="/event/${7710 + i}/"
title="${g.title}" rel="bookmark" class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin">${g.title}</a></h3>
<address class="tribe-events-calendar-list__event-venue tribe-common-b2"><span class="tribe-events-calendar-list__event-venue-title
tribe-common-b2--bold">${g.venue}</span> <span class="tribe-events-calendar-list__event-venue-address">${g.addr}</span></address></header>
<div class="tribe-events-calendar-list__event-description tribe-common-b2"><p>${g.desc}</p></div>
<div class="tribe-events-c-small-cta tribe-common-b3 tribe-events-calendar-list__event-cost"><a href="/event/${7710 + i}/#tribe-tickets"
class="tribe-events-c-small-cta__link tribe-common-cta tribe-common-cta--thin-alt">${g.price === 'Free' ? 'Details' : 'Buy tickets'}</a>
<span class="tribe-events-c-small-cta__price">${g.price}</span></div></div></article></div></li>`;
const bHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Events from 1 May – 30 June &#8211; Harrowby Colliery Band</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="tribe-events-v2-skeleton-css" href="/wp-content/plugins/the-events-calendar/src/resources/css/views-skeleton.min.css" media="all">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"${bGigs[0]?.title}","startDate":"2027-05-08T19:30:00+01:00",
"location":{"@type":"Place","name":"Miners Institute"},"organizer":{"@type":"Organization","name":"Harrowby Colliery Band"}}]</script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_header_footer_builder_active":"1"};</script>
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{font-size:24px}</style></head>
<body class="archive post-type-archive post-type-archive-tribe_events wp-custom-logo ast-desktop ast-separate-container ast-no-sidebar astra-4.6.4
tribe-events-page-template tribe-js tribe-theme-astra">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead"
itemscope itemtype="https://schema.org/WPHeader"><div id="ast-desktop-header" data-toggle-type="dropdown"><div
class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element
site-header-focus-item ast-header-logo" data-section="title_tagline"><div class="site-branding ast-site-identity"><span class="site-logo-img">
<a href="/" class="custom-logo-link" rel="home"><img width="120" height="60" src="/wp-content/uploads/2024/02/hcb-logo.png" class="custom-logo"
alt="Harrowby Colliery Band"></a></span><div class="ast-site-title-wrap"><span class="site-title"><a href="/" rel="home">Harrowby Colliery Band</a></span>
<p class="site-description">Brass in the valley since 1891</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu
ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(bNav, 'menu-item menu-item-type-post_type')}</ul>
</div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list alignwide" data-js="tribe-events-view" data-view-rest-method="GET"
data-view-manage-url="1" data-view-breakpoint-pointer="b5c4c2c6-1a2b"><div class="tribe-common-l-container tribe-events-l-container">
<div class="tribe-events-view-loader tribe-common-a11y-hidden" role="alert" aria-live="polite"><span class="tribe-events-view-loader__text
tribe-common-a11y-visual-hide">Loading view.</span><div class="tribe-events-view-loader__dots tribe-common-c-loader"></div></div>
<script data-js="tribe-events-view-data" type="application/json">{"slug":"list","prev_url":"","next_url":"\\/events\\/list\\/page\\/2\\/"}</script>
<header class="tribe-events-header tribe-events-header--has-event-search"><div class="tribe-events-header__messages tribe-events-c-messages tribe-common-b2
tribe-common-c-loader__dot"></div><div class="tribe-events-header__title"><h1 class="tribe-events-header__title-text">${bTitle}</h1></div>
<div class="tribe-events-header__content-title"><p class="tribe-events-header__intro">${bIntro}</p></div>
<div class="tribe-events-header__events-bar tribe-events-c-events-bar tribe-events-c-events-bar--border" data-js="tribe-events-events-bar">
<h2 class="tribe-common-a11y-visual-hide">Events Search and Views Navigation</h2><div class="tribe-events-c-events-bar__search-container">
<form class="tribe-events-c-search tribe-events-c-events-bar__search-form" method="get" role="search"><div class="tribe-events-c-search__input-group">
<label class="tribe-common-form-control-text__label" for="tribe-events-events-bar-keyword">Enter Keyword. Search for Events by Keyword.</label>
<input class="tribe-common-form-control-text__input tribe-events-c-search__input" type="text" id="tribe-events-events-bar-keyword"
name="tribe-events-views[tribe-bar-search]"
placeholder="${bSearch[0]}" aria-label="Enter Keyword. Search for events by Keyword."></div>
<button class="tribe-common-c-btn tribe-events-c-search__button" type="submit" name="submit-bar">${bSearch[1]}</button></form></div>
<div class="tribe-events-c-events-bar__views"><h3 class="tribe-common-a11y-visual-hide">Event Views Navigation</h3><div class="tribe-events-c-view-selector">
<ul class="tribe-events-c-view-selector__list">${at(bSearch, 2, 3, 4)
  .map(
    (v) => `<li class="tribe-events-c-view-selector__list-item"><a href="/events/${v.toLowerCase()}/"
class="tribe-events-c-view-selector__list-item-link"><span class="tribe-events-c-view-selector__list-item-text">${v}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="tribe-events-c-top-bar tribe-events-header__top-bar"><nav class="tribe-events-c-top-bar__nav"><ul class="tribe-events-c-top-bar__nav-list">
<li class="tribe-events-c-top-bar__nav-list-item"><button class="tribe-common-c-btn-icon tribe-events-c-top-bar__nav-link--prev" aria-label="Previous Events"
title="Previous Events" disabled></button></li></ul></nav><a href="/events/list/" class="tribe-common-c-btn-border-small tribe-events-c-top-bar__today-button"
aria-label="Click to select today's date" title="Click to select today's date">${bSearch[6]}</a><div class="tribe-events-c-top-bar__datepicker">
<button class="tribe-common-c-btn__clear tribe-common-h3 tribe-events-c-top-bar__datepicker-button" data-js="tribe-events-top-bar-datepicker-button">
<time datetime="2027-05-01" class="tribe-events-c-top-bar__datepicker-time"><span class="tribe-events-c-top-bar__datepicker-desktop">${bSearch[5]}</span></time>
</button></div></div></header>
<div class="tribe-events-calendar-list"><ul>
${bGigs.map(gigHtml).join('\n')}
</ul></div>
<nav class="tribe-events-calendar-list-nav tribe-events-c-nav"><ul class="tribe-events-c-nav__list"><li class="tribe-events-c-nav__list-item--prev">
<button class="tribe-events-c-nav__prev tribe-common-b2" disabled><span class="tribe-events-c-nav__prev-label">Previous <span
class="tribe-events-c-nav__prev-label-plural tribe-common-a11y-visual-hide">Events</span></span></button></li><li class="tribe-events-c-nav__list-item--next">
<a href="/events/list/page/2/" class="tribe-events-c-nav__next tribe-common-b2">Next <span class="tribe-events-c-nav__next-label-plural
tribe-common-a11y-visual-hide">Events</span></a></li></ul></nav>
<div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown"><div class="tribe-common-c-btn-border
tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text" aria-expanded="false">${bSubs[0]}</button></div>
<div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">${bSubs
  .slice(1)
  .map((s) => `<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="#" class="tribe-events-c-subscribe-dropdown__list-item-link">${s}</a></li>`)
  .join('\n')}</ul></div></div></div></div></div></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-footer-row-stack">
<aside class="footer-widget-area widget-area site-footer-focus-item" aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block">
${ps(bWidgets)}</section></aside></div><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-footer-copyright"><p>Copyright &copy; 2027 Harrowby Colliery Band | Powered by Harrowby Colliery Band</p></div></div></footer></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="/wp-content/plugins/the-events-calendar/common/src/resources/js/tribe-common.min.js" id="tribe-common-js"></script></body></html>`;
const wpEvents: TestPage = gold({
  name: 'heldout651-brass-events-calendar',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [...new Set(bGigs.flatMap((g) => [g.month, g.title]))],
  body: [bIntro, ...bGigs.flatMap((g) => [g.when, `${g.venue} ${g.addr}`, g.desc, g.price])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Harrowby Colliery Band', 'Brass in the valley since 1891', ...bNav,
    'Events Search and Views Navigation', 'Enter Keyword. Search for Events by Keyword.', 'Find Events', 'Event Views Navigation', 'List', 'Month',
    'Day', 'Today', 'Upcoming', ...bGigs.flatMap((g) => [g.wd, g.day]), 'Buy tickets', 'Details', 'Previous Events', 'Next Events', ...bSubs, ...bWidgets,
    'Copyright © 2027 Harrowby Colliery Band | Powered by Harrowby Colliery Band',
  ],
});

export const HELDOUT651_A: readonly TestPage[] = [wpEvents];
