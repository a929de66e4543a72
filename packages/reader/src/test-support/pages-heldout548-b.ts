import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout548-kit.js';

/**
 * Held-out batch 548, file b: a short flea market dates page on Wix (free plan with the Wix ads banner), and a craft fair
 * event page on Eventbrite with its ticket box, organiser card and "More events" rail.
 */
const wTitle = 'Market Dates 2026';
const wIntro = j(
  'Brackenbury Flea Market is held on the first Saturday of the month in the Old Drill Hall car park, 8am to 1pm. Indoor tables',
  'are in the hall from November to February.',
);
const wDates = ['Saturday 7 March', 'Saturday 4 April', 'Saturday 2 May', 'Saturday 6 June (summer late market, 4pm to 9pm)', 'Saturday 4 July'];
const wEnd = [
  j(
    'Pitches are £8 outdoors and £12 for an indoor table. To book, message Dot on 07700 900418 or use the contact form.',
    'No early birds before 7.45am please!',
  ),
];
const wNav = ['Home', 'Market Dates', 'Book a Pitch', 'Gallery', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Market Dates | Brackenbury Flea Market</title>
<meta property="og:title" content="Market Dates | Brackenbury Flea Market"><meta property="og:type" content="website">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"language":"en"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lq8x2v1{--min-height:24px;}
.font_0{font:normal normal normal 44px/1.4em playfair display;}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="wixads-desktop" style="--wix-ads-height:50px"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral" class="uDW_Qe">
<span class="yVqtNX">This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span>
<span class="vjh3JB">Start Now</span></a></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div data-testid="richTextElement" class="KcpHeO tz5f0K comp-lq8x2v1 wixui-rich-text" id="comp-lq8x2v1">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Brackenbury Flea Market</span></p></div>
<nav class="StylableHorizontalMenu3372578893__root" id="comp-lq8x4f7" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX">
<div id="c1dmp" class="dBAkHi">
<section id="comp-lq8y0a2" class="xuzjBY comp-lq8y0a2 wixui-section"><div data-testid="columns" class="comp-lq8y0a2-container">
<div data-testid="richTextElement" class="KcpHeO tz5f0K comp-lq8y1b3 wixui-rich-text" id="comp-lq8y1b3">
<h1 class="font_0 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${wTitle}</span></h1></div>
<div data-testid="richTextElement" class="KcpHeO tz5f0K comp-lq8y2c4 wixui-rich-text" id="comp-lq8y2c4">
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>
<ul class="font_8 wixui-rich-text__text">${lis(
  wDates.map((d) => `<p class="font_8 wixui-rich-text__text">${d}</p>`),
  'wixui-rich-text__text',
)}</ul>
<p class="font_8 wixui-rich-text__text">&nbsp;</p>${ps(wEnd, ' class="font_8 wixui-rich-text__text"')}</div>
<div class="comp-lq8y3d5 wixui-image" id="comp-lq8y3d5" data-testid="imageX">
<img src="https://static.wixstatic.com/media/6d1e2a_stalls.jpg/v1/fill/w_480,h_320/stalls.jpg"
alt="Stalls in the Drill Hall car park"></div>
<div class="comp-lq8y4e6 wixui-button" id="comp-lq8y4e6" aria-disabled="false"><a data-testid="linkElement" href="/book-a-pitch" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book a Pitch</span></a></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="richTextElement" class="KcpHeO comp-lq8z0f7 wixui-rich-text">
<p class="font_9 wixui-rich-text__text">© 2026 by Brackenbury Flea Market. Proudly created with Wix.com</p></div>
<div class="comp-lq8z1g8" id="comp-lq8z1g8"><ul class="social-icons" aria-label="Social Bar"><li><a href="https://www.facebook.com/brackenburyflea"
target="_blank"><img alt="Facebook" src="https://static.wixstatic.com/media/fb.png"></a></li></ul></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wGold = [wTitle, ...texts([wIntro, ...wDates, ...wEnd])];
const brackenbury: TestPage = {
  name: 'heldout548-wix-flea-market-dates',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([wIntro, ...wDates, ...wEnd]),
  bylines: [],
  furniture: outside(wGold, [
    'top of page',
    'This site was designed with the Wix.com website builder. Create your website today.',
    'Start Now',
    'Brackenbury Flea Market',
    ...wNav,
    'Book a Pitch',
    '© 2026 by Brackenbury Flea Market. Proudly created with Wix.com',
  ]),
};

const eTitle = 'Winter Craft Fair at Kettleby Village Hall';
const eSummary = 'Forty local makers, hot drinks and a children’s corner, all under one roof for the first weekend of December.';
const eWhen = 'Saturday, December 5 · 10am - 4pm GMT';
const eWhere = ['Kettleby Village Hall', 'Church Lane Kettleby LE14 9XQ'];
const eAbout = [
  j(
    'Our winter fair is back for its ninth year. Browse handmade jewellery, knitwear, pottery, wooden toys, candles, prints and',
    'cards from makers within twenty miles of Kettleby, and pick up presents that you will not find on the high street.',
  ),
  j(
    'Entry is free, but we ask you to book a ticket so that we can keep the hall to a safe number of people at any one time.',
    'Tickets are for a one-hour arrival slot; once you are in, stay as long as you like.',
  ),
  'What to expect',
  'over forty stalls across the main hall and the committee room',
  'a café run by the Kettleby Playgroup, with soup and homemade cakes',
  'a free children’s craft table from 11am to 2pm',
  'a raffle in aid of the village hall roof fund, drawn at 3.30pm',
  j(
    'Most stallholders take cards, but please bring some cash for the raffle and the café. The hall is step-free and there is',
    'an accessible toilet. Parking is very limited, so please walk or share a lift if you can.',
  ),
];
const eAboutPs = eAbout.slice(0, 2);
const eList = eAbout.slice(3, 7);
const eLast = eAbout.slice(7);
const eRail = ['Christmas Wreath Workshop', 'Makers Market at the Old Dairy', 'Festive Vintage and Flea Fair'];
const eFoot = ['Use Eventbrite', 'Plan Events', 'Find Events', 'Connect With Us', 'Help Centre', 'Terms', 'Privacy', 'CA Privacy Notice'];
const eHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${eTitle} Tickets, Sat 5 Dec 2026 at 10:00 | Eventbrite</title>
<meta name="description" content="Eventbrite - Kettleby Hall Committee presents ${eTitle} - Saturday, 5 December 2026 at Kettleby Village Hall.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${eTitle}","startDate":"2026-12-05T10:00:00+00:00",
"location":{"@type":"Place","name":"Kettleby Village Hall"},"organizer":{"@type":"Organization","name":"Kettleby Hall Committee"}}</script>
<script>window.__SERVER_DATA__ = {"event":{"id":"918273645501","isFree":true},"env":{"localeInfo":{"locale":"en_GB"}}};</script>
<link rel="stylesheet" href="https://cdn.evbstatic.com/s3-build/fe/build/event-listings.css"></head>
<body class="eds-layout eds-base"><div id="root"><div class="eds-structure"><a class="eds-l-sr-only skip-link" href="#main">Skip Main Navigation</a>
<header class="global-header" data-testid="global-header"><nav aria-label="Main Navigation">
<a href="https://www.eventbrite.co.uk/" aria-label="Eventbrite home">
<svg aria-hidden="true"></svg></a><div class="search-bar" role="search"><button><span>Search events</span></button></div>
<ul class="nav-right">${links(['Find Events', 'Create Events', 'Help Centre', 'Log In', 'Sign Up'], 'nav-item')}</ul></nav></header>
<main id="main" class="event-listing__main"><div class="event-hero"><picture>
<img class="event-hero-image" alt="${eTitle}" src="https://img.evbuc.com/hall.jpg"></picture></div>
<div class="event-details__main"><div class="event-details__main-inner">
<div class="start-date-and-location"><time class="start-date" datetime="2026-12-05">Saturday, December 5</time></div>
<h1 class="event-title css-0">${eTitle}</h1><p class="summary">${eSummary}</p>
<div class="organizer-listing-info"><div class="organizer-listing-info-variant-b__name">By <strong>Kettleby Hall Committee</strong></div>
<span class="organizer-stats__highlight">126 followers</span><button class="follow-button">Follow</button></div>
<section class="date-and-time"><h2 class="date-info__title">Date and time</h2><div class="date-info"><span class="date-info__full-datetime">${eWhen}</span>
</div></section>
<section class="location"><h2 class="location-info__title">Location</h2><div class="location-info__address">
<p class="location-info__address-text">${eWhere[0]}</p>
<p>${eWhere[1]}</p><button class="location-info__show-map">Show map</button></div></section>
<section class="event-details__section"><h2 class="event-description__title">About this event</h2>
<ul class="highlights"><li>6 hours</li><li>In person</li></ul>
<div class="eds-text--left" data-testid="structured-content-rich-text"><div class="has-user-generated-content event-description">
${ps(eAboutPs)}<h3>${eAbout[2]}</h3><ul>${lis(eList)}</ul>${ps(eLast)}</div></div></section>
<section class="tags"><h2 class="tags__title">Tags</h2><ul>${links(['Things to do in Melton Mowbray', 'Craft Fair', 'Christmas Market'], 'tags-item')}</ul>
</section>
<section class="organizer-card"><h2>Organised by</h2><div class="descriptive-organizer-info-mobile__name">Kettleby Hall Committee</div>
<p class="organizer-card__bio">Volunteers who run events to keep Kettleby Village Hall open for everyone.</p><button>Contact</button><button>Follow</button>
</section>
<div class="report-abuse"><a href="/report">Report this event</a></div></div>
<aside class="conversion-bar" aria-label="Tickets"><div class="conversion-bar__panel-info">Free</div>
<button class="eds-btn eds-btn--fill" data-testid="checkout-widget-button">Get tickets</button></aside></div>
<section class="related-events"><h2>More events like this</h2><ul>${links(eRail, 'related-event-card')}</ul></section></main>
<footer class="global-footer"><ul class="footer-links">${links(eFoot)}</ul><p class="copyright">© 2026 Eventbrite</p></footer></div></div>
<div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to give you
the best experience on Eventbrite.</p><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="https://cdn.evbstatic.com/s3-build/fe/build/event-listings.js"></script></body></html>`;
const eHeads = ['Date and time', 'Location', 'About this event', eAbout[2] ?? ''];
const eBody = texts([eSummary, eWhen, ...eWhere, ...eAboutPs, ...eList, ...eLast]);
const kettleby: TestPage = {
  name: 'heldout548-eventbrite-craft-fair',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: eBody,
  bylines: ['By Kettleby Hall Committee'],
  furniture: outside(
    [eTitle, ...eHeads, ...eBody],
    // biome-ignore format: the furniture texts are packed several to a line to keep the file short
    [
      'Skip Main Navigation', 'Search events', 'Find Events', 'Create Events', 'Help Centre', 'Log In', 'Sign Up', 'Saturday, December 5', '126 followers',
      'Follow', 'Show map', '6 hours', 'In person', 'Tags', 'Things to do in Melton Mowbray', 'Craft Fair', 'Christmas Market', 'Organised by',
      'Kettleby Hall Committee', 'Volunteers who run events to keep Kettleby Village Hall open for everyone.', 'Contact', 'Report this event', 'Free',
      'Get tickets', 'More events like this', ...eRail, ...eFoot, '© 2026 Eventbrite', 'We use cookies to give you the best experience on Eventbrite.',
      'Cookie Settings', 'Accept All Cookies',
    ],
  ),
};

export const HELDOUT548_B: readonly TestPage[] = [brackenbury, kettleby];
