import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file a: an Apple Day event on WordPress (GeneratePress with The Events Calendar's single-event template),
 * and a variety guide page on a MediaWiki fruit wiki (Vector legacy skin) with an infobox, a contents box and references.
 */
const eTitle = 'Dunmere Apple Day 2026';
const eSchedule = ['October 18, 2026 @ 10:00 am - 4:00 pm', '£3'];
const eIntro = [
  j(
    'Our eleventh Apple Day fills the village hall and the orchard behind it with fruit, juice and people. Bring a bag of apples from',
    'your own tree, watch them go through the big rack-and-cloth press, and take home a bottle of juice that is yours and nobody else’s.',
  ),
  j(
    'Entry is £3 for adults and free for anyone under sixteen. All money raised goes to the orchard fund, which this year is paying',
    'for six new standard trees and a second scratter for the press team.',
  ),
];
const eWhat = [
  'Apple identification table with the Wessex Fruit Group, from 11 am to 2 pm',
  'Juice pressing all day: bring clean apples in a bag, and your own bottles if you have them',
  'Longest peel competition for children at 2:30 pm',
  'Cake stall, cider tasting (over 18s only) and a display of 60 local varieties',
];
const eBring = [
  j(
    'If you want a variety named, bring three typical fruits and a few leaves, and tell us where and how old the tree is.',
    'The identifiers cannot always give an answer on the day, but they will photograph the fruit and follow up by email.',
  ),
  j(
    'Windfalls are fine for juice as long as they are not rotten; cut out any bruised parts at home. Please do not bring more',
    'than two carrier bags, so that everyone gets a turn at the press before the light goes.',
  ),
];
const eHeads = ['What’s on', 'Bringing your apples'];
const eDetails = ['Date: October 18, 2026', 'Time: 10:00 am - 4:00 pm', 'Cost: £3'];
const eVenue = ['Dunmere Village Hall', 'Church Lane Dunmere, Wessex DN4 7QA United Kingdom'];
const eOrg = ['Friends of Dunmere Orchard', 'Email: apples@dunmereorchard.org.uk'];
const eNav = ['Our orchard', 'Adopt a tree', 'Events', 'Volunteer days', 'Get in touch'];
const eCal = ['Google Calendar', 'iCalendar', 'Outlook 365', 'Outlook Live'];
const eCookie = j(
  'We use cookies to ensure that we give you the best experience on our website.',
  'If you continue to use this site we will assume that you are happy with it.',
);
const eNavPager = `<nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
<li class="tribe-events-nav-previous"><a href="/event/autumn-pruning-workshop/"><span>&laquo;</span> Autumn Pruning Workshop</a></li>
<li class="tribe-events-nav-next"><a href="/event/wassail-night/">Wassail Night <span>&raquo;</span></a></li></ul></nav>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Dunmere Community Orchard</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css'
href='/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.6.4' media='all'>
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"${eTitle}","startDate":"2026-10-18T10:00:00+01:00",
"endDate":"2026-10-18T16:00:00+01:00","location":{"@type":"Place","name":"Dunmere Village Hall"},"offers":{"@type":"Offer","price":"3"}}]</script>
<style id='generate-style-inline-css'>body{background-color:#f7f5ef;color:#222}.main-title a{color:#4a6b2a}</style></head>
<body class="tribe_events-template-default single single-tribe_events postid-812 wp-embed-responsive tribe-events-page-template tribe-theme-generatepress
no-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover events-single tribe-events-style-full" itemtype="https://schema.org/Blog"
itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://dunmereorchard.org.uk/" rel="home">Dunmere Community Orchard</a></p>
<p class="site-description" itemprop="description">Forty-two trees, one village, every autumn</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu
sf-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<section id="tribe-events-pg-template" class="tribe-events-pg-template" role="main"><div class="tribe-events-before-html"></div>
<span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium"
src="/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events"></span>
<div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="https://dunmereorchard.org.uk/events/"> &laquo; All Events</a></p>
<h1 class="tribe-events-single-event-title">${eTitle}</h1>
<div class="tribe-events-schedule tribe-clearfix"><div><span class="tribe-event-date-start">October 18, 2026 @ 10:00 am</span> - <span
class="tribe-event-time">4:00 pm</span></div>
<span class="tribe-events-cost">£3</span></div>
<div id="tribe-events-header" class="tribe-events-header">${eNavPager}</div>
<div id="post-812" class="post-812 tribe_events type-tribe_events status-publish has-post-thumbnail tribe_events_cat-apple-days cat_apple-days">
<div class="tribe-events-event-image"><img width="1200" height="800" src="/wp-content/uploads/2026/08/apple-day-press.jpg" class="attachment-full size-full
wp-post-image" alt=""></div>
<div class="tribe-events-single-event-description tribe-events-content">
${ps(eIntro)}
<h3 class="wp-block-heading">${at(eHeads, 0)}</h3><ul class="wp-block-list">${lis(eWhat)}</ul>
<h3 class="wp-block-heading">${at(eHeads, 1)}</h3>${ps(eBring)}
</div>
<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown">
<div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text"
aria-expanded="false"
aria-controls="tribe-events-subscribe-dropdown-content" aria-label="View links to add events to your calendar">Add to calendar</button></div>
<div id="tribe-events-subscribe-dropdown-content" class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
${links(eCal, 'tribe-events-c-subscribe-dropdown__list-item')}</ul></div></div></div></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title"> Details </h2><dl>
<dt class="tribe-events-start-date-label"> Date: </dt> <dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2026-10-18"> October
18, 2026 </abbr></dd>
<dt class="tribe-events-start-time-label"> Time: </dt> <dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2026-10-18"> 10:00 am
- 4:00 pm </div></dd>
<dt class="tribe-events-event-cost-label"> Cost: </dt> <dd class="tribe-events-event-cost"> £3 </dd>
<dt class="tribe-events-event-categories-label">Event Category:</dt> <dd class="tribe-events-event-categories"><a href="/events/category/apple-days/"
rel="tag">Apple Days</a></dd>
</dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title"> Venue </h2><dl>
<dt class="tribe-venue"> ${at(eVenue, 0)} </dt><dd class="tribe-venue-location"><address class="tribe-events-address"><span class="tribe-address">
<span class="tribe-street-address">Church Lane</span> <br> <span class="tribe-locality">Dunmere</span><span class="tribe-delimiter">,</span>
<abbr class="tribe-region tribe-events-abbr" title="Wessex">Wessex</abbr> <span class="tribe-postal-code">DN4 7QA</span> <span class="tribe-country-name">United
Kingdom</span></span>
<a class="tribe-events-gmap" href="https://maps.google.com/maps?q=Church+Lane+Dunmere" title="Click to view a Google Map" target="_blank" rel="noreferrer
noopener">+ Google Map</a>
</address></dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl>
<dt style="display:none;"></dt><dd class="tribe-organizer"> ${at(eOrg, 0)} </dd>
<dt class="tribe-organizer-email-label"> Email: </dt><dd class="tribe-organizer-email"> apples@dunmereorchard.org.uk </dd></dl></div></div>
</div>
<div id="tribe-events-footer">${eNavPager}</div></div><div class="tribe-events-after-html"></div></section></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container">
<div class="copyright-bar">&copy; 2026 Dunmere Community Orchard &bull; Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-visible cn-position-bottom cn-effect-fade" aria-label="Cookie Notice" style="background-color:
rgba(50,50,58,1);">
<div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">${eCookie}</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
aria-label="Ok">Ok</a>
<a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="No">No</a></span></div></div>
<script src="/wp-content/plugins/the-events-calendar/common/src/resources/js/tribe-common.min.js?ver=6.3.1" id="tribe-common-js"></script>
<script id="generate-menu-js">var generatepressMenu={"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};</script></body></html>`;
const appleDay: TestPage = {
  name: 'heldout698-apple-day-event',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [...eHeads, 'Details', 'Venue', 'Organizer'],
  body: texts([...eSchedule, ...eIntro, ...eWhat, ...eBring, ...eDetails, ...eVenue, ...eOrg]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Dunmere Community Orchard', 'Forty-two trees, one village, every autumn', 'Menu', ...eNav, '« All Events',
    'Autumn Pruning Workshop', 'Wassail Night', 'Add to calendar', ...eCal, 'Event Category:', 'Apple Days', '+ Google Map',
    '© 2026 Dunmere Community Orchard • Built with GeneratePress', eCookie, 'Ok', 'No',
  ],
};
export const HELDOUT698_A: readonly TestPage[] = [appleDay];
