import { links, plain, type TestPage, texts } from './page-kit.js';
import { courtOpinion } from './pages-heldout43-a2.js';
import { gvActivity, gvFooterFurniture, gvTopics, govukFooter } from './pages-heldout43-a3.js';

/**
 * Held-out batch 43, file a: a GOV.UK news story (the hidden cookie banner, skip link, the super navigation header with its
 * mega menu and search, breadcrumbs, the "News story" context label, lead paragraph, the "From:" and "Published" metadata
 * list, a lead image with caption, the govspeak body with h2 sections, a minister's quote in a blockquote and a list, the
 * published dates with hidden change history, "Get emails about this page", print and share links, the related content
 * sidebar, the "Is this page useful?" feedback forms and the footer with the licence, those two in file a3).
 */
const gvTitle = '£48 million to bring back evening buses on rural routes';
const gvLead =
  'Evening and Sunday services will return to more than 300 rural bus routes across 21 English counties from September, under a new fund announced today.';
const gvBody1 = [
  'The Rural Evening Services Fund will pay councils to run buses after 7pm and on Sundays on routes where those journeys were withdrawn after 2020. ' +
    'Councils bid for the money last autumn, and the routes announced today were chosen because they link villages with no other public transport to ' +
    'a town with a hospital, a further education college or a railway station.',
  'Around 1.4 million people live within a ten-minute walk of one of the routes. The department’s own survey of rural residents found that one in ' +
    'five people without a car had turned down a job or a college place in the past two years because there was no bus home.',
  'Minister for Local Transport Simon Garrow said:',
];
const gvQuote =
  '“A bus that stops at six o’clock is not much use to a nurse on a late shift or a student at an evening class. This funding means that in ' +
  'hundreds of villages the last bus home will run again, and people will not have to choose between a job and a lift.”';
const gvH1 = 'How the money will be spent';
const gvBody2 = [
  'Each council will receive its funding for 3 years, so that operators can hire and train drivers rather than run services on short contracts. The ' +
    'largest awards go to:',
];
const gvList = [
  'Cornwall Council: £3.6 million for 24 routes, with Sunday services restored to the Roseland peninsula',
  'North Yorkshire Council: £3.2 million for 31 routes in the Dales and the North York Moors',
  'Shropshire Council: £2.7 million for 19 routes, including the last journeys from Shrewsbury to Bishop’s Castle',
  'Cumberland Council: £2.5 million for 16 routes around Cockermouth and Wigton',
];
const gvBody3 = [
  'Councils must publish new timetables at least 8 weeks before the first evening journeys run, and must report passenger numbers to the department ' +
    'every quarter. Routes that carry fewer than 4 passengers a journey after 18 months will be reviewed with the council.',
];
const gvH2 = 'Support from operators';
const gvBody4 = [
  'Helen Maddox, chair of the Rural Bus Operators Association, said the three-year settlement would let smaller companies plan ahead. “Most of our ' +
    'members run fewer than 20 vehicles. Knowing the money is there until 2029 means they can recruit drivers now and give them a proper contract,” she said.',
  'The fund is separate from the national bus fare cap and from the money councils already receive through their Bus Service Improvement Plans.',
];
const gvH3 = 'Notes to editors';
const gvNotes = [
  'The full list of 312 routes and the amount awarded to each council is published in the Rural Evening Services Fund: allocations document.',
  'Evening services are journeys that leave their first stop after 7pm on weekdays and Saturdays.',
];
const gvRelated = [
  'Rural Evening Services Fund 2026 to 2029: allocations',
  'Bus Service Improvement Plans: guidance for local transport authorities',
  'Rural connectivity and buses: call for evidence',
];
const gvCookies = [
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
  'We also use cookies set by other sites to help us deliver content from their services.',
];
const gvCaption = 'A Shropshire Council service near Clun. Evening journeys will return to routes in 21 counties.';
const gvHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head>
<meta charset="utf-8">
<title lang="en">${gvTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8">
<link rel="stylesheet" href="https://www.gov.uk/assets/frontend/application-6c1b2bf0.css">
<meta name="govuk:format" content="news_article">
<meta name="govuk:schema-name" content="news_article">
<meta name="govuk:first-published-at" content="2026-02-17T00:01:00+00:00">
<meta name="govuk:updated-at" content="2026-02-18T11:42:19+00:00">
<meta name="govuk:primary-publishing-organisation" content="Department for Transport">
<meta name="govuk:organisations" content="<D9>">
<meta property="og:type" content="article"><meta property="og:title" content="${gvTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gvTitle}","datePublished":"2026-02-17T00:01:00+00:00",
"dateModified":"2026-02-18T11:42:19+00:00","description":"${gvLead}","publisher":{"@type":"Organization","name":"GOV.UK","url":"https://www.gov.uk"}}</script>
</head>
<body class="gem-c-layout-for-public govuk-template__body">
<script nonce="Q2l0eUJ1cw==">document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" data-nosnippet role="region" aria-label="Cookies on
GOV.UK" hidden>
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row"><div
class="govuk-grid-column-two-thirds">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div tabindex="-1" class="govuk-cookie-banner__content gem-c-cookie-banner__content">
${gvCookies.map((p) => `<p class="govuk-body">${p}</p>`).join('\n')}
</div></div></div>
<div class="js-confirmation-buttons govuk-button-group">
<button class="govuk-button" type="submit" data-accept-cookies="true" data-cookie-types="all">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div>
<div hidden class="gem-c-cookie-banner__confirmation govuk-width-container" tabindex="-1">
<p class="gem-c-cookie-banner__confirmation-message--accepted govuk-body" hidden>You’ve accepted additional cookies. <span
class="gem-c-cookie-banner__confirmation-message">You can
<a class="govuk-link" href="/help/cookies">change your cookie settings</a> at any time.</span></p>
<div class="govuk-button-group"><button class="gem-c-cookie-banner__hide-button govuk-button" data-hide-cookie-banner="true">Hide cookie message</button></div>
</div></div></div></div>
<a href="#content" class="gem-c-skip-link govuk-skip-link govuk-!-display-none-print" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="ga4-event-tracker" class="gem-c-layout-super-navigation-header">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<div class="gem-c-layout-super-navigation-header__header-logo"><a class="govuk-header__link govuk-header__link--homepage" href="https://www.gov.uk/" id="logo"
aria-label="Go to the GOV.UK homepage"><svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img" viewBox="0 0 324 60" height="30" width="162"
fill="currentcolor" class="govuk-header__logotype" aria-label="GOV.UK"><title>GOV.UK</title><g><circle cx="20" cy="17.6" r="3.7"></circle></g></svg></a></div>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content" data-module="super-navigation-mega-menu">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<div class="gem-c-layout-super-navigation-header__navigation-item">
<a class="gem-c-layout-super-navigation-header__navigation-item-link" href="/browse"><span
class="gem-c-layout-super-navigation-header__navigation-item-link-inner">Menu</span></a>
<button aria-controls="super-navigation-menu" aria-expanded="false" aria-label="Show navigation menu"
class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" hidden type="button">
<span class="gem-c-layout-super-navigation-header__navigation-top-toggle-button-inner">Menu</span></button>
<div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu"><div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds-from-desktop"><h3 class="govuk-heading-m gem-c-layout-super-navigation-header__column-header">Services and
information</h3>
<ul class="govuk-list gem-c-layout-super-navigation-header__navigation-second-items--topics">${links(
  gvTopics,
  'gem-c-layout-super-navigation-header__dropdown-list-item',
)}</ul></div>
<div class="govuk-grid-column-one-third-from-desktop"><h3 class="govuk-heading-m gem-c-layout-super-navigation-header__column-header">Government activity</h3>
<ul class="govuk-list">${links(gvActivity, 'gem-c-layout-super-navigation-header__dropdown-list-item')}</ul></div></div></div></div>
<div class="gem-c-layout-super-navigation-header__search-item">
<button id="super-search-menu-toggle" class="gem-c-layout-super-navigation-header__search-toggle-button" aria-controls="super-search-menu" aria-expanded="true"
aria-label="Hide search menu" hidden type="button"><span class="govuk-visually-hidden">Show search menu</span><svg
class="gem-c-layout-super-navigation-header__search-toggle-button-link-icon"
width="27" height="27" viewBox="0 0 27 27" aria-hidden="true" focusable="false"><circle cx="12.0161" cy="11.0161" r="8.51613" stroke="currentColor"
stroke-width="3"></circle></svg></button>
<a class="gem-c-layout-super-navigation-header__search-item-link" href="/search"><span class="govuk-visually-hidden">Search GOV.UK</span></a>
<div id="super-search-menu" hidden class="gem-c-layout-super-navigation-header__search-items"><h3 class="govuk-visually-hidden">Search</h3>
<form class="gem-c-layout-super-navigation-header__search-form" id="search" action="/search/all" method="get" role="search" aria-label="Site-wide">
<div class="gem-c-search govuk-!-display-none-print gem-c-search--large gem-c-search--separate-label" data-module="gem-toggle-input-class-on-focus">
<label for="search-main-5d0e5c4e" class="gem-c-search__label govuk-heading-m">Search GOV.UK</label>
<div class="gem-c-search__item-wrapper"><input enterkeyhint="search" class="gem-c-search__item gem-c-search__input js-class-toggle" id="search-main-5d0e5c4e"
name="keywords" title="Search" type="search" value=""><div class="gem-c-search__item gem-c-search__submit-wrapper">
<button class="gem-c-search__submit" type="submit" enterkeyhint="search">Search</button></div></div></div></form></div></div>
</nav></div></header>
<div class="govuk-width-container">
<div class="gem-c-contextual-breadcrumbs govuk-!-display-none-print"><nav data-module="ga4-link-tracker" aria-label="Breadcrumb"
class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile"><ol class="govuk-breadcrumbs__list">
${links(['Home', 'Transport', 'Local transport'], 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="content" class="news-article govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">News story</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gvTitle}</h1></div></div>
<div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">${gvLead}</p></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-metadata govuk-body" data-module="gem-toggle metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-transport" class="govuk-link">Department for Transport</a> and
<a href="/government/people/simon-garrow" class="govuk-link">Simon Garrow MP</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">17 February 2026</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">18 February 2026 —
<a href="#full-publication-update-history" class="govuk-link js-see-all-updates-link">See all updates</a></dd></dl></div></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<figure class="app-c-figure" lang="en"><img class="app-c-figure__image"
src="https://assets.publishing.service.gov.uk/media/67b1c0f2e2/s960_rural-evening-bus.jpg"
alt="A single-deck bus on a country lane at dusk"><figcaption class="app-c-figure__figcaption"><p
class="app-c-figure__figcaption-text">${gvCaption}</p></figcaption></figure>
<div class="responsive-bottom-margin"><div data-module="govspeak" class="gem-c-govspeak govuk-govspeak gem-c-govspeak--direction-ltr govuk-!-margin-bottom-0">
<div class="govspeak">
${gvBody1.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote><p class="last-child">${gvQuote}</p></blockquote>
<h2 id="how-the-money-will-be-spent">${gvH1}</h2>
<p>${gvBody2[0]}</p>
<ul>${gvList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${gvBody3[0]}</p>
<h2 id="support-from-operators">${gvH2}</h2>
${gvBody4.map((p) => `<p>${p}</p>`).join('\n')}
<h3 id="notes-to-editors">${gvH3}</h3>
<ol><li>${gvNotes[0]!.replace(
  'Rural Evening Services Fund: allocations',
  '<a href="/government/publications/rural-evening-services-fund-allocations" class="govuk-link">$&</a>',
)}</li>
<li>${gvNotes[1]}</li></ol>
</div></div>
<div class="gem-c-published-dates gem-c-published-dates--history govuk-!-display-none-print" data-module="gem-toggle" lang="en">
Published 17 February 2026<br>Last updated 18 February 2026
<a href="#full-history" class="gem-c-published-dates__toggle govuk-link" data-controls="full-history" data-expanded="false" data-toggled-text="&#45;&nbsp;hide
all updates">+&nbsp;show all updates</a>
<div class="gem-c-published-dates__change-history js-hidden" id="full-history"><ol class="gem-c-published-dates__list">
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp" datetime="2026-02-18T11:42:19.000+00:00">18 February
2026</time>
<p class="gem-c-published-dates__change-note">Added a link to the allocations document.</p></li>
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp" datetime="2026-02-17T00:01:00.000+00:00">17 February
2026</time>
<p class="gem-c-published-dates__change-note">First published.</p></li></ol></div></div></div>
<div class="gem-c-single-page-notification-button govuk-!-display-none-print govuk-!-margin-bottom-3" data-module="single-page-notification-button">
<form action="/email/subscriptions/single-page/new" method="POST"><input type="hidden" name="base_path" value="/government/news/rural-evening-buses">
<button class="govuk-body-s gem-c-single-page-notification-button__submit" type="submit"><svg class="gem-c-single-page-notification-button__icon"
aria-hidden="true"
xmlns="http://www.w3.org/2000/svg" height="18" width="18" viewBox="0 0 459.334 459.334"><path fill="currentColor" d="M177.216 404.514"></path></svg>
<span class="gem-c-single-page-notification-button__text">Get emails about this page</span></button></form></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this
page</button></div>
<div class="gem-c-share-links govuk-!-display-none-print" data-module="ga4-link-tracker"><h2 class="gem-c-share-links__title">Share this page</h2><ul
class="gem-c-share-links__list">
<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" target="_blank" rel="noopener noreferrer external"
href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.gov.uk%2Fgovernment%2Fnews%2Frural-evening-buses"><span
class="govuk-visually-hidden">Share on</span>
<span class="gem-c-share-links__label">Facebook</span><span class="govuk-visually-hidden">(opens in new tab)</span></a></li>
<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" target="_blank" rel="noopener noreferrer external"
href="https://twitter.com/share?url=https%3A%2F%2Fwww.gov.uk%2Fgovernment%2Fnews%2Frural-evening-buses"><span class="govuk-visually-hidden">Share on</span>
<span class="gem-c-share-links__label">Twitter</span><span class="govuk-visually-hidden">(opens in new tab)</span></a></li></ul></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation" data-module="ga4-link-tracker">
<h2 id="related-nav-related_items-9f4c" class="gem-c-related-navigation__main-heading" data-track-count="sidebarRelatedItemSection">Related content</h2>
<nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items-9f4c">
<ul class="gem-c-related-navigation__link-list">${links(gvRelated, 'gem-c-related-navigation__link')}</ul></nav>
<nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-topics-9f4c">
<h3 id="related-nav-topics-9f4c" class="gem-c-related-navigation__sub-heading gem-c-related-navigation__sub-heading--topics">Explore the topic</h3>
<ul class="gem-c-related-navigation__link-list">${links(
  ['Buses and coaches', 'Local transport'],
  'gem-c-related-navigation__link',
)}</ul></nav></div></div></div>
</div></main></div>
${govukFooter}
<script src="/assets/static/application-2bd3b7e4.js" type="module"></script>
</body></html>`;
const govukNews: TestPage = {
  html: gvHtml,
  name: 'heldout43-govuk-news-story',
  kind: 'news',
  // the lead paragraph is body (the story's standfirst, as a dek is); the minister's quote and its "said:" line are body; the
  // "Notes to editors" h3 with its two items is the story's own text (not company boilerplate): heading and body; the
  // department, the minister named in "From:" and the dates (metadata list and the dated change history) are bylines ("From:",
  // "Published" and "Last updated" are labels: in neither, their words are body words or byline words); the "News story" label,
  // the caption, change notes, the email, print and share links, related content, the cookie banner, menus, feedback forms and
  // footer are furniture (the footer repeats the menu's two lists: listed once); the breadcrumbs "Home", "Transport" and "Local
  // transport" (also a topic link) are words of the body ("bus home", "Minister for Local Transport"), as the feedback button
  // "No" is ("no bus home"): left out
  title: gvTitle,
  headings: [gvH1, gvH2, gvH3],
  body: [gvLead, ...texts(gvBody1), plain(gvQuote), ...texts(gvBody2), ...gvList, ...texts(gvBody3), ...texts(gvBody4), ...gvNotes],
  bylines: ['Department for Transport', 'Simon Garrow MP', '17 February 2026', '18 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', ...gvCookies, 'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'change your cookie settings',
    'Hide cookie message', 'Skip to main content', 'Navigation menu', 'Menu', 'Services and information', ...gvTopics, 'Government activity', ...gvActivity,
    'Show search menu', 'Search GOV.UK', 'Search', 'News story', gvCaption, 'See all updates', 'show all updates',
    'Added a link to the allocations document.', 'First published.', 'Get emails about this page', 'Print this page', 'Share this page', 'Facebook',
    'Twitter', '(opens in new tab)', 'Related content', ...gvRelated, 'Explore the topic', 'Buses and coaches', ...gvFooterFurniture,
  ],
};

export const HELDOUT43_A: readonly TestPage[] = [govukNews, courtOpinion];
