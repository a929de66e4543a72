import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout387-kit.js';

/**
 * Held-out batch 387, file f: a game store's event page built with Wix and its Events app (JavaScript-framework markup with
 * comp- ids and data-hook attributes: site header and nav, event header with date and venue, RSVP button, "About the event",
 * schedule, ticket table, share bar, footer) and a publisher's errata page on a Shopify store with the Dawn theme (announcement
 * bar, header menu and icons, rich-text page body with a corrections table, newsletter sign-up, footer with payment line).
 */
const wTitle = 'Saturday Lantern League: Spring Season Kickoff';
const wAbout = [
  j(
    'Our spring league starts this Saturday, and everyone is welcome, from players who have never seen the game to the',
    'regulars who still argue about the northern opening. We will have six demo tables, so you do not need to bring a copy.',
  ),
  j(
    'The league runs for eight weeks. Each Saturday you play two games against different opponents, and your best six',
    'results count towards the season standings. Miss a week? No problem, just come back the next one.',
  ),
  'What to expect on the first day:',
  'A 30-minute teaching session for new players at 1:30 PM',
  'Two league rounds with a short break for snacks in between',
  'A painting corner run by the Gloamwick studio, with brushes provided',
  'Prize draws for everyone who plays both rounds',
  j(
    'The entry fee covers the whole season and includes a league promo card. Players under 16 need a parent or guardian',
    'in the store for the first session.',
  ),
];
const wSchedule = ['1:30 PM — Teaching table opens', '2:00 PM — League round one', '3:30 PM — Break and prize draw', '4:00 PM — League round two'];
const wNav = ['Home', 'Events', 'Shop', 'Game Library', 'Contact'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Saturday Lantern League: Spring Season Kickoff | The Wandering Pawn</title>
<meta name="generator" content="Wix.com Website Builder"><meta property="og:title" content="Saturday Lantern League: Spring Season Kickoff">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Saturday Lantern League: Spring Season Kickoff",
"startDate":"2026-04-25T14:00:00-05:00","location":{"@type":"Place","name":"The Wandering Pawn"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["events"],"site":{"siteId":"c2a1"}}</script></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div id="comp-kx9a1" class="comp-kx9a1 wixui-rich-text" data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text"><a href="/">The Wandering Pawn</a></p></div>
<nav id="comp-kx9a2" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemDepth02233374943__root">
${wNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase()}"><span class="label">${n}</span>
</a></li>`,
  )
  .join('')}
</ul></nav><a id="comp-kx9a3" class="wixui-button" href="/account"><span class="StylableButton2545352419__label">Log In</span></a></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="tpapgsd9" class="comp-tpapgsd9">
<div data-hook="event-details-page" class="Ia7cnp"><div data-hook="header" class="nsA1ZR"><p data-hook="event-short-date" class="Hl2hgc">Sat, Apr 25</p>
<h1 data-hook="event-title" class="gcd_Lp">${wTitle}</h1>
<p data-hook="event-description" class="ynJh3D">Eight weeks of friendly league play. All skill levels welcome.</p>
<button data-hook="rsvp-button" class="s__3oCMwi">Register Now</button></div>
<div data-hook="about-section" class="Abm1fg"><h2 data-hook="about-section-title" class="v6yg4D">About the event</h2>
<div data-hook="about-section-text" class="Y1Kb2Q">${ps(wAbout.slice(0, 3))}<ul>${lis(wAbout.slice(3, 7))}</ul>${ps(wAbout.slice(7))}</div></div>
<div data-hook="schedule" class="hC7bB9"><h2 class="v6yg4D">Schedule</h2><ul>${lis(wSchedule, 'CVCCgY')}</ul></div>
<div data-hook="event-info" class="aUk4q3"><h2 class="v6yg4D">Time &amp; Location</h2>
<p data-hook="event-full-date">Apr 25, 2026, 2:00 PM – 6:00 PM</p>
<p data-hook="event-full-location">The Wandering Pawn, 114 Mill Street, Carrow Falls</p></div>
<div data-hook="tickets" class="TmI2_m"><h2 class="v6yg4D">Tickets</h2><table data-hook="tickets-table"><thead><tr><th>Ticket type</th><th>Price</th>
<th>Quantity</th></tr></thead><tbody><tr><td>Season pass</td><td>$20.00</td><td>0</td></tr><tr><td>Single Saturday</td><td>$5.00</td><td>0</td></tr>
</tbody></table><button data-hook="checkout">Checkout</button></div>
<div data-hook="social-share" class="rTDk_c"><h2 class="v6yg4D">Share this event</h2><ul class="ueVIlW">
<li><a data-hook="social-share-facebook" aria-label="Share event on Facebook">Facebook</a></li>
<li><a data-hook="social-share-linkedin" aria-label="Share event on LinkedIn">LinkedIn</a></li></ul></div></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="comp-kx9f1 wixui-rich-text"><p class="font_8">114 Mill Street, Carrow Falls</p>
<p class="font_8">Open Tue–Sun, 11 AM to 10 PM</p><p class="font_8">© 2026 by The Wandering Pawn. Proudly created with Wix.com</p></div></footer>
</div></div><div id="consent-banner-root" class="consent-banner"><p>This website uses cookies. By continuing you agree to our use of cookies.</p>
<button data-hook="consent-banner-apply-button">Accept</button><button data-hook="consent-banner-settings-button">Settings</button></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const pawn: TestPage = {
  name: 'heldout387-wix-events-store-event',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['About the event', 'Schedule'],
  body: texts([...wAbout, ...wSchedule]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Wandering Pawn', ...wNav, 'Log In', 'Register Now', 'Tickets', 'Ticket type', 'Price', 'Quantity', 'Season pass', '$20.00', 'Single Saturday',
    '$5.00', 'Checkout', 'Share this event', 'Facebook', 'LinkedIn', 'Open Tue–Sun, 11 AM to 10 PM',
    '© 2026 by The Wandering Pawn. Proudly created with Wix.com', 'This website uses cookies. By continuing you agree to our use of cookies.',
    'Accept', 'Settings',
  ],
};

const eTitle = 'Errata and Rules Clarifications';
const eIntro = [
  j(
    'Mistakes happen, even after two years of playtesting. This page lists every known error in our printed games, with the',
    'corrected text. Corrections apply to all printings unless a printing is named.',
  ),
];
const eUpdated = 'Last updated: 2 March 2026';
const eThorn = [
  j(
    'The first printing rulebook and three cards contain errors. All of them are fixed in the second printing, which you can',
    'recognise by the small "2" next to the barcode on the back of the box.',
  ),
];
const eRows: [string, string, string][] = [
  ['Rulebook, page 14', 'Retreating units lose supply at once.', 'Retreating units keep their supply status until the end of the round.'],
  ['Watchtower (card 31)', 'Cancel one ambush.', 'Cancel one scout or one ambush in this region.'],
  ['Ferrywoman (card 12)', 'Move up to 3 units.', 'Move up to 2 units across one river hex.'],
];
const eCinder = [
  j(
    'The reference card for four players shows the heat rising on every rest. The intended rule for four players is the',
    'variant printed on page 6: the heat rises only on every second rest.',
  ),
  'If you would like replacement cards, we send them free of charge anywhere in the world:',
  'Fill in the replacement form on the website.',
  'Tell us which game and printing you own.',
  'Allow two to three weeks for delivery.',
];
const eSalt = [
  j(
    'No errors have been found in the first printing so far. One question keeps coming up, though: a lantern on a channel',
    'that floods and opens again in the same tide is not lost, because the flood and the opening resolve together.',
  ),
];
const eNav = ['Shop', 'Games', 'Expansions', 'Organised Play', 'Support'];
const eFoot = ['Search', 'Contact', 'Shipping Policy', 'Refund Policy', 'Wholesale'];
const eHtml = `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8"><title>Errata and Rules Clarifications – Ashgrove Games</title>
<meta name="description" content="Corrections to our printed games."><meta property="og:type" content="website">
<script>var Shopify = Shopify || {}; Shopify.shop = "ashgrove-games.myshopwright.example"; Shopify.theme = {"name":"Dawn","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Ashgrove Games"}</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free shipping on orders over $60</span></p></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Ashgrove Games</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(eNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav><div class="header__icons">
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1770__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--1770__main-padding">
<h1 class="main-page-title page-title h0">${eTitle}</h1><div class="rte">
${ps(eIntro)}
<p><em>${eUpdated}</em></p>
<h2>Thornwick Vale</h2>
${ps(eThorn)}
<table><thead><tr><th>Where</th><th>Printed text</th><th>Corrected text</th></tr></thead><tbody>
${eRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2>Cinderpass</h2>
${ps(eCinder.slice(0, 2))}
<ol>${lis(eCinder.slice(2))}</ol>
<h2>Saltmarsh Lanterns</h2>
${ps(eSalt)}
</div></div></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(eFoot, 'footer-block__item')}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<p>Be the first to know about new releases and exclusive offers.</p><form class="newsletter-form"><input type="email" placeholder="Email"></form></div></div>
<div class="footer__content-bottom"><div class="footer__column footer__localization"><h2 class="caption-large text-body">Country/region</h2>
<button class="disclosure__button">United Kingdom | GBP £</button></div><div class="footer__payment"><span class="visually-hidden">Payment methods</span></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">Ashgrove Games</a></small>
<small class="copyright__content"><a href="https://shopwright.example" rel="nofollow">Powered by Shopwright</a></small></div></div></footer></div>
<script src="//ashgrove.example/cdn/shop/t/4/assets/global.js" defer="defer"></script></body></html>`;
const errata: TestPage = {
  name: 'heldout387-shopify-dawn-errata',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Thornwick Vale', 'Cinderpass', 'Saltmarsh Lanterns'],
  body: texts([...eIntro, ...eThorn, ...eRows.flat(), ...eCinder, ...eSalt]),
  bylines: [eUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free shipping on orders over $60', 'Ashgrove Games', ...eNav, 'Log in', 'Cart', 'Quick links', ...eFoot, 'Subscribe to our emails',
    'Be the first to know about new releases and exclusive offers.', 'Country/region', 'United Kingdom | GBP £', 'Payment methods', 'Powered by Shopwright',
  ],
};

export const HELDOUT387_F: readonly TestPage[] = [pawn, errata];
