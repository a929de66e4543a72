import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file b2: a sportsbook's promotion page on WordPress built with Elementor and an Elementor Pro theme header
 * (sections, columns and widgets, a hero heading, a "Claim offer" button, icon-list of steps, an accordion with the full terms,
 * licence footer with safer-gambling links, CookieYes banner).
 */
const eTitle = 'Bet £10, Get £30 in Free Bets';
const eIntro = [
  j(
    'New to Fenwick Sports? Place your first bet of £10 or more on any football market at odds of 1/2 or bigger and, once it settles,',
    'we will add three £10 free bets to your account. It does not matter whether your qualifying bet wins or loses.',
  ),
];
const eH = ['How to claim', 'Key terms', 'Full terms and conditions'];
const eSteps = [
  'Sign up with the promo code KICKOFF30 and verify your account.',
  'Deposit at least £10 with a debit card. Deposits made by e-wallet do not qualify.',
  'Place a £10 single or each-way bet on football at odds of 1/2 (1.5) or greater within 7 days of registering.',
  'Your free bets are credited within 24 hours of the qualifying bet settling.',
];
const eKey = [
  j(
    'The free bets are valid for 7 days from the moment they are credited and can be used on any sport except virtuals. Stakes from',
    'free bets are not returned with winnings, so a £10 free bet at evens returns £10, not £20.',
  ),
];
const eTerms = [
  'This promotion is open to new customers aged 18 or over who are resident in the United Kingdom or Ireland.',
  'Only one offer per person, household, address, email address, device and payment card is allowed.',
  'The qualifying bet must be the first real-money bet on the account. Cashed-out, voided or partially cashed-out bets do not count.',
  'Free bets are issued as three tokens of £10 each. Tokens cannot be split, combined or used on cash-out.',
  j(
    'Fenwick Sports reserves the right to withhold free bets where we believe an account has been opened to abuse the offer,',
    'including the use of matched-betting software or multiple accounts.',
  ),
  'Winnings from free bets are paid as cash and can be withdrawn at any time, with no wagering requirement.',
  'We may change, suspend or withdraw this promotion at any time. Any change will not affect free bets already credited.',
  'Our general terms and conditions apply to this promotion. Where they conflict with these terms, these terms take priority.',
];
const eNav = ['Sportsbook', 'In-Play', 'Racing', 'Casino', 'Promotions'];
const eFoot = ['Terms & Conditions', 'Privacy Notice', 'Safer Gambling', 'Complaints', 'Affiliates'];
const w = (type: string, id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bet £10, Get £30 in Free Bets | Fenwick Sports Promotions</title><meta name="robots" content="index, follow">
<meta property="og:title" content="Bet £10, Get £30 in Free Bets"><meta property="og:type" content="website"><meta name="generator" content="Elementor 3.21.4">
<link rel="stylesheet" id="elementor-frontend-css" href="https://promos.fenwicksports.example/wp-content/plugins/elementor/assets/css/frontend.min.css"
media="all">
<link rel="stylesheet" id="elementor-post-2291-css" href="https://promos.fenwicksports.example/wp-content/uploads/elementor/css/post-2291.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Bet £10, Get £30 in Free
Bets","publisher":{"@type":"Organization","name":"Fenwick Sports"}}</script>
</head>
<body class="page-template page-template-elementor_header_footer page page-id-2291 elementor-default elementor-template-full-width elementor-kit-7
elementor-page elementor-page-2291">
<div data-elementor-type="header" data-elementor-id="14" class="elementor elementor-14 elementor-location-header">
${sec(
  '1a2b3c4',
  `${w('html', 'aa01', '<div class="fs-rg-strip">18+ | BeGambleAware.org | T&amp;Cs apply</div>')}
${w('theme-site-logo', 'aa02', '<a href="/"><img class="fs-logo" src="/wp-content/uploads/fenwick-logo.svg" alt="Fenwick Sports logo"></a>')}
${w(
  'nav-menu',
  'aa03',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-aa03"
class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}
${w(
  'button',
  'aa04',
  `<a class="elementor-button elementor-size-sm" href="/join"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">Join Now</span></span></a>`,
)}
${w(
  'button',
  'aa05',
  `<a class="elementor-button elementor-size-sm" href="/login"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">Log In</span></span></a>`,
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="2291" class="elementor elementor-2291">
${sec(
  '5d6e7f8',
  `${w('heading', 'bb01', '<span class="elementor-heading-title elementor-size-small">New customer offer</span>')}
${w('heading', 'bb02', `<h1 class="elementor-heading-title elementor-size-xxl">${eTitle}</h1>`)}
${w('text-editor', 'bb03', ps(eIntro))}
${w(
  'button',
  'bb04',
  `<a class="elementor-button elementor-button-link elementor-size-lg" href="/join?promo=KICKOFF30"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Claim offer</span></span></a>`,
)}
${w('image', 'bb05', '<img width="800" height="400" src="https://promos.fenwicksports.example/wp-content/uploads/2026/01/kickoff-hero.webp" alt="">')}`,
)}
${sec(
  '9a0b1c2',
  `${w('heading', 'cc01', `<h2 class="elementor-heading-title elementor-size-large">${eH[0]}</h2>`)}
${w(
  'icon-list',
  'cc02',
  `<ul class="elementor-icon-list-items">${eSteps
    .map(
      (s) => `<li class="elementor-icon-list-item"><span
class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${s}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${w('heading', 'cc03', `<h2 class="elementor-heading-title elementor-size-large">${eH[1]}</h2>`)}
${w('text-editor', 'cc04', ps(eKey))}`,
)}
${sec(
  '3d4e5f6',
  `${w('heading', 'dd01', `<h2 class="elementor-heading-title elementor-size-medium">${eH[2]}</h2>`)}
${w(
  'accordion',
  'dd02',
  `<div class="elementor-accordion" role="tablist"><div class="elementor-accordion-item"><div id="elementor-tab-title-1431" class="elementor-tab-title"
data-tab="1" role="button" aria-controls="elementor-tab-content-1431" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-left"
aria-hidden="true"></span><a class="elementor-accordion-title" href="">Show all terms</a></div>
<div id="elementor-tab-content-1431" class="elementor-tab-content elementor-clearfix" data-tab="1" role="region" aria-labelledby="elementor-tab-title-1431">
<ol>${lis(eTerms)}</ol></div></div></div>`,
)}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">
${sec(
  '7a8b9c0',
  `${w('nav-menu', 'ee01', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${w(
  'text-editor',
  'ee02',
  `<p>Fenwick Sports is operated by Fenwick Gaming Ltd, licensed and regulated by the Gambling Commission under account number 60231.</p>
<p>When the fun stops, stop. Gambling can be addictive: please play responsibly.</p>`,
)}
${w(
  'image-gallery',
  'ee03',
  `<div class="gallery"><img alt="GamStop" src="/wp-content/uploads/gamstop.svg"><img alt="18+"
src="/wp-content/uploads/18plus.svg"></div>`,
)}`,
)}
</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customize</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="https://promos.fenwicksports.example/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script>
</body></html>`;
export const elementor: TestPage = {
  name: 'heldout342-elementor-sportsbook-promotion-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eIntro, ...eSteps, ...eKey, ...eTerms]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '18+ | BeGambleAware.org | T&Cs apply', ...eNav, 'Join Now', 'Log In', 'New customer offer', 'Claim offer', 'Show all terms', ...eFoot,
    'Fenwick Sports is operated by Fenwick Gaming Ltd, licensed and regulated by the Gambling Commission under account number 60231.',
    'When the fun stops, stop. Gambling can be addictive: please play responsibly.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customize', 'Reject All', 'Accept All',
  ],
};
