import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, except, j, lis } from './pages-heldout531-kit.js';

/**
 * Held-out batch 531, file e: a leatherwork workshop listed on Eventbrite (its Next.js event page), and a cookery school's
 * corporate team-building page on HubSpot CMS.
 */
const vTitle = 'Make Your Own Leather Card Wallet – Beginners Workshop';
const vSummary = 'Hand-stitch a slim card wallet in vegetable-tanned leather in one afternoon. No experience needed.';
const vBody = [
  j(
    'Join leatherworker Callum Reyes at the Tannery Yard workshop for a relaxed, hands-on afternoon. You will pick your leather and',
    'thread colour, cut out your pieces with a pattern, punch stitching holes with pricking irons and saddle-stitch the wallet by hand.',
  ),
  'We finish by burnishing the edges and stamping your initials, so you leave with something that looks properly made.',
  'All tools and materials included',
  'Tea, coffee and biscuits provided',
  'Suitable for ages 12+ (under 16s with a ticketed adult)',
  'Good to know',
  'The workshop is up one flight of stairs. Please get in touch before booking if you need step-free access.',
];
const vHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${vTitle} Tickets, Sat 20 Mar 2027 at 13:00 | Eventbrite</title><meta name="description" content="${vSummary}"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationEvent","name":"${vTitle}","startDate":"2027-03-20T13:00:00+00:00",
"endDate":"2027-03-20T16:30:00+00:00","organizer":{"@type":"Organization","name":"Tannery Yard Leather"},"offers":{"@type":"AggregateOffer",
"lowPrice":"48.00"}}</script>
<link rel="preload" href="https://cdn.evbstatic.com/s3-build/fe/build/event-details.css" as="style"/><meta name="next-head-count" content="24"/></head>
<body><div id="__next"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure"><div class="eds-structure__header">
<header class="GlobalNav-module__main___jfEt2 GlobalNav-module__withSearchDropdown___2bdRS" data-testid="global-nav"><a class="Logo-module__desktop___34U8a"
 href="https://www.eventbrite.co.uk/" aria-label="Home"></a><div class="SearchBar-module__searchBar___2Xvd7">
<button data-testid="search-bar" aria-label="Search events">
<span class="SearchBar-module__searchLabel___3hbE6">Search events</span></button></div><nav aria-label="Main Navigation">
<ul class="NavItemList-module__main___1I7_a">
<li><a href="https://www.eventbrite.co.uk/organizer/overview/">Create Events</a></li><li><a href="https://www.eventbrite.co.uk/help/">Help Centre</a></li>
<li><a href="/signin/">Log In</a></li><li><a href="/signin/signup/">Sign Up</a></li></ul></nav></header></div>
<div class="eds-structure__main-container"><main class="eds-structure__main" id="root"><div class="event-details__wrapper">
<div class="event-hero"><picture><img class="event-hero-image" src="https://img.evbuc.com/wallet.jpg" alt="Card wallet workshop"/></picture></div>
<div class="event-details__main"><div class="event-details__main-inner"><div class="start-date-and-location" data-testid="start-date-and-location">
<time class="start-date" datetime="2027-03-20">Saturday, March 20</time></div>
<h1 class="event-title css-0">${vTitle}</h1><div class="summary" data-testid="summary"><p class="summary">${vSummary}</p></div>
<div class="organizer-listing-info" data-testid="organizer-info">
<div class="descriptive-organizer-info-mobile__name">By <strong>Tannery Yard Leather</strong></div>
<div class="organizer-stats"><span>1.2k followers</span></div><button class="follow-button">Follow</button></div>
<section class="date-and-location" aria-label="Date and location"><div class="date-info"><h2 class="section-title">Date and time</h2>
<span class="date-info__full-datetime">Saturday, March 20 · 1 - 4:30pm GMT</span></div>
<div class="location-info"><h2 class="section-title">Location</h2><p class="location-info__address-text">Tannery Yard Workshops</p>
<p class="location-info__address">Unit 9, Tannery Yard, Wexley WX3 8BD</p><button class="show-map-link">Show map</button></div></section>
<section class="event-details__section" data-testid="refund-policy"><h2 class="section-title">Refund Policy</h2>
<p>Refunds up to 7 days before event</p></section>
<div class="event-description" data-testid="about-this-event"><h2 class="section-title">About this event</h2><div class="eds-text--left">
<div class="has-user-generated-content">
<ul class="event-details__highlights"><li class="highlight">3 hours 30 minutes</li><li class="highlight">In person</li></ul>
${ps(vBody.slice(0, 2))}<ul>${lis(vBody.slice(2, 5))}</ul><h3>${at(vBody, 5)}</h3>${ps([at(vBody, 6)])}</div></div></div>
<section class="tags-section"><h2 class="section-title">Tags</h2><ul class="tags-list">${links([
  'Wexley Events',
  'Things To Do In Wexley',
  'Wexley Workshops',
  '#leathercraft',
])}</ul>
</section><section class="organizer-section"><h2 class="section-title">Organised by</h2><div class="organizer-info">
<p class="organizer-name">Tannery Yard Leather</p>
<p>Small-batch leather goods and workshops since 2016.</p><button>Contact</button><button>Follow</button></div></section>
<section class="report-event"><button class="report-link">Report this event</button></section></div></div>
<aside class="event-details__aside"><div class="conversion-bar" data-testid="conversion-bar"><div class="conversion-bar__panel-info">From £48.00</div>
<button class="eds-btn eds-btn--button eds-btn--fill" data-testid="checkout-button">Get tickets</button></div>
<div class="sales-status"><span class="urgency-signal">Almost full</span></div></aside></div>
<section class="more-events"><h2>More events from this organiser</h2><ul><li><a href="/e/belt-making-tickets-9921">Make a Leather Belt – Workshop</a></li>
<li><a href="/e/wallet-gift-tickets-9925">Card Wallet Gift Experience for Two</a></li></ul></section></main></div>
<footer class="eds-global-footer"><section class="eds-global-footer__link-bar"><h2 class="eds-global-footer__section-title">Use Eventbrite</h2><ul>
${links([
  'Create Events',
  'Pricing',
  'Event Marketing Platform',
  'Sitemap',
])}</ul></section><p class="eds-global-footer__copyright">© 2027 Eventbrite</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"eventId":"802211934477"}},"page":"/e/[slug]","buildId":"x7Ld2"}</script>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies and similar technologies to improve your experience.</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></body>
</html>`;
const eventbrite: TestPage = {
  name: 'heldout531-eventbrite-leather-workshop',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [at(vBody, 5)],
  body: texts([vSummary, ...except(vBody, [5])]),
  bylines: ['Saturday, March 20', 'By Tannery Yard Leather', 'Saturday, March 20 · 1 - 4:30pm GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search events', 'Create Events', 'Help Centre', 'Log In', 'Sign Up', '1.2k followers', 'Follow', 'Date and time', 'Location', 'Tannery Yard Workshops',
    'Unit 9, Tannery Yard, Wexley WX3 8BD', 'Show map', 'Refund Policy', 'Refunds up to 7 days before event', 'About this event', '3 hours 30 minutes',
    'In person', 'Tags', 'Wexley Events', 'Things To Do In Wexley', 'Wexley Workshops', '#leathercraft', 'Organised by', 'Tannery Yard Leather',
    'Small-batch leather goods and workshops since 2016.', 'Contact', 'Report this event', 'From £48.00', 'Get tickets', 'Almost full',
    'More events from this organiser', 'Make a Leather Belt – Workshop', 'Card Wallet Gift Experience for Two', 'Use Eventbrite', 'Pricing',
    'Event Marketing Platform', 'Sitemap', '© 2027 Eventbrite', 'We use cookies and similar technologies to improve your experience.', 'Cookie Settings',
    'Accept All Cookies',
  ],
};

const hTitle = 'Team Cookery Challenges';
const hBody = [
  j(
    'Swap the meeting room for our kitchen. Your team splits into brigades, each with a chef, and cooks a three-course lunch against the',
    'clock before sitting down together to eat it. It is competitive, noisy and a lot more memorable than a quiz.',
  ),
  'How the day works',
  'Arrival, coffee and a briefing from the head chef',
  'A knife and safety demonstration before anyone touches a blade',
  'Ninety minutes of cooking, with a mystery ingredient at the halfway point',
  'Judging, prizes and a long lunch at our communal table',
  j(
    'Groups of 10 to 40 people can be hosted at the Riverside kitchen, and we can bring a smaller version of the challenge to your own',
    'venue. We cater for every dietary requirement if we know a week in advance.',
  ),
  'Packages',
  'Half day (3.5 hours): from £95 per person',
  'Full day with a morning meeting room: from £145 per person',
];
const hNav = ['Classes', 'Corporate', 'Private Parties', 'About Us', 'Blog'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Corporate Team Building Cookery | Copperpot Kitchen</title>
<meta name="description" content="Corporate cookery challenges for teams of 10 to 40."><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/main.min.css">
<meta property="og:title" content="${hTitle}"><meta name="generator" content="HubSpot">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${hTitle}","publisher":{"@type":"Organization",
"name":"Copperpot Kitchen"}}</script>
<script>var hsVars = {render_id: "4f1d2c3b", ticks: 1712345678, page_id: 90221345, content_group_id: 0, portal_id: 44107812,
app_hs_base_url: "https://app.hubspot.com"};</script>
</head><body><div class="body-wrapper hs-content-id-90221345 hs-site-page page"><div data-global-resource-path="theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
 data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo">
<img src="/hubfs/copperpot-logo.png" alt="Copperpot Kitchen"></a></span></div>
<div class="header__navigation header--element"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div><div class="header__button"><a class="button" href="/enquire">Enquire</a></div></div>
</header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module"
 data-widget-type="custom_widget">
<div id="hs_cos_wrapper_widget_1712" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
 data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_widget_1712_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
 data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1>${hTitle}</h1>${ps([at(hBody, 0)])}<h2>${at(hBody, 1)}</h2>
<ol>${lis(hBody.slice(2, 6))}</ol>
${ps([at(hBody, 6)])}<h2>${at(hBody, 7)}</h2><ul>${lis(hBody.slice(8, 10))}</ul></span></div></div></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1713" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="testimonial">
<blockquote class="testimonial__quote"><p>Best away day we have had in years. The mystery ingredient was a stroke of genius.</p></blockquote>
<div class="testimonial__author"><span class="testimonial__author-name">People Team, Halden Insurance</span></div></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1714" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form">
<h3 class="form-title">Get a quote</h3>
<div id="hs_form_target_widget_1714"><form class="hs-form stacked hs-form-private" novalidate>
<div class="hs_company hs-company hs-fieldtype-text field hs-form-field">
<label for="company-1714"><span>Company name</span><span class="hs-form-required">*</span></label><div class="input"><input id="company-1714" name="company"
 class="hs-input" type="text"></div></div><div class="hs_group_size hs-fieldtype-number field hs-form-field"><label for="group-1714">
<span>Group size</span></label>
<div class="input"><input id="group-1714" name="group_size" class="hs-input" type="number"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Send enquiry"></div></div></form></div></div></div></div></div></div></main>
<div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Copperpot Kitchen, 4 Riverside Wharf, Kingsmoor KM1 6TA · 01632 960 418</p><p>© 2027 Copperpot Kitchen Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer to improve your website experience and provide more personalised services.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script src="//js.hs-scripts.com/44107812.js" id="hs-script-loader" async defer></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout531-hubspot-team-cookery',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [at(hBody, 1), at(hBody, 7)],
  body: texts(except(hBody, [1, 7])),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Enquire', 'Best away day we have had in years. The mystery ingredient was a stroke of genius.',
    'People Team, Halden Insurance',
    'Get a quote', 'Company name', '*', 'Group size', 'Copperpot Kitchen, 4 Riverside Wharf, Kingsmoor KM1 6TA · 01632 960 418', '© 2027 Copperpot Kitchen Ltd',
    'This website stores cookies on your computer to improve your website experience and provide more personalised services.', 'Accept', 'Decline',
  ],
};

export const HELDOUT531_E: readonly TestPage[] = [eventbrite, hubspot];
