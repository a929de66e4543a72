import { links, ps, type TestPage } from './page-kit.js';
import { j, page, type Sec, secBody, secHeads, secHtml } from './pages-heldout466-kit.js';

/**
 * Held-out batch 466, file d: a US federal agency's website terms on a USWDS site (gov banner, side navigation, identifier), and
 * a pottery studio's short privacy policy on Squarespace 7.1 (one text block, footer newsletter block, cookie banner).
 */
const uTitle = 'Website terms of use';
const uIntro = j(
  'These terms apply to iwds.gov and the data services it provides. The Inland Waterways Data Service (IWDS) is a program of the',
  'Office of River Navigation. By using this site you accept these terms.',
);
const uSecs: Sec[] = [
  {
    h: 'Public domain',
    p: [
      j(
        'Information on this site is in the public domain unless a page says otherwise. You may copy and distribute it without',
        'permission. We ask that you credit IWDS as the source. Some photographs are used under license and are marked as such.',
      ),
    ],
  },
  {
    h: 'Data and API use',
    p: ['River gauge, lock status and channel depth data are provided for general information. When you use our API, you agree to:'],
    ul: [
      'keep your request rate under 1,000 requests per hour for each API key;',
      'not present the data in a way that suggests endorsement by the federal government;',
      'check official Notices to Navigation before planning a transit, because data can be delayed.',
    ],
  },
  {
    h: 'Links to other websites',
    p: [
      j(
        'We link to other federal agencies, state agencies and private organizations. When you follow a link to an external site,',
        'you are subject to that site&#39;s privacy policy and terms. A link does not mean that we endorse the site.',
      ),
    ],
  },
  {
    h: 'Security',
    p: [
      j(
        'This is a U.S. government system. For site security, we monitor traffic to identify unauthorized attempts to upload or change',
        'information. Unauthorized attempts are strictly prohibited and may be punishable under the Computer Fraud and Abuse Act.',
      ),
    ],
  },
];
const uBanner = ['An official website of the United States government', 'Here’s how you know'];
const uNav = ['Data', 'Maps', 'API', 'News', 'About'];
const uSide = ['About IWDS', 'Website terms of use', 'Privacy policy', 'Accessibility', 'Contact us'];
const uIdent = ['About IWDS', 'Accessibility statement', 'FOIA requests', 'No FEAR Act data', 'Office of the Inspector General', 'Privacy policy'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Website terms of use | Inland Waterways Data Service</title><link rel="stylesheet" href="/assets/css/uswds.min.css">
<script async type="text/javascript" id="_fed_an_ua_tag" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=ORN"></script>
<script src="/assets/js/uswds-init.min.js"></script><meta property="og:title" content="Website terms of use"></head>
<body><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/assets/img/us_flag_small.png"
alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">${uBanner[0]}</p>
<p class="usa-banner__header-action">${uBanner[1]}</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner-default"><span class="usa-banner__button-text">${uBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg"><div class="usa-banner__guidance
tablet:grid-col-6"><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the
United States.</p></div></div></div></div></section><div class="usa-overlay"></div>
<header class="usa-header usa-header--basic"><div class="usa-nav-container"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text">
<a href="/" title="Inland Waterways Data Service">Inland Waterways Data Service</a></em></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><button type="button" class="usa-nav__close"><img src="/assets/img/usa-icons/close.svg" role="img"
alt="Close"></button><ul class="usa-nav__primary usa-accordion">${links(uNav, 'usa-nav__primary-item')}</ul>
<section aria-label="Search component"><form class="usa-search usa-search--small" role="search"><label class="usa-sr-only" for="search-field">Search</label>
<input class="usa-input" id="search-field" type="search" name="search"><button class="usa-button" type="submit"><img
src="/assets/img/usa-icons-bg/search--white.svg"
class="usa-search__submit-icon" alt="Search"></button></form></section></nav></div></header>
<div class="usa-section"><div class="grid-container"><div class="grid-row grid-gap"><div class="usa-layout-docs__sidenav desktop:grid-col-3">
<nav aria-label="Secondary navigation"><ul class="usa-sidenav">${uSide
  .map((t) => `<li class="usa-sidenav__item"><a href="/about/${t.toLowerCase().replace(/ /g, '-')}"${t === uTitle ? ' class="usa-current"' : ''}>${t}</a></li>`)
  .join('\n')}</ul></nav></div>
<main class="usa-layout-docs__main desktop:grid-col-9 usa-prose usa-layout-docs" id="main-content"><h1>${uTitle}</h1><p class="usa-intro">${uIntro}</p>
${secHtml(uSecs)}
<p class="margin-top-6 text-base font-sans-3xs">Page last reviewed: January 8, 2026</p></main></div></div></div>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__secondary-section"><div class="grid-container"><div class="usa-footer__logo grid-row"><p class="usa-footer__logo-heading">Office of
River Navigation</p></div><div class="usa-footer__contact-links"><p class="usa-footer__contact-heading">Contact us</p><address class="usa-footer__address">
<a href="tel:1-800-555-0147">1-800-555-0147</a> <a href="mailto:help@iwds.gov">help@iwds.gov</a></address></div></div></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier"><div
class="usa-identifier__container"><p class="usa-identifier__identity-disclaimer"><span aria-hidden="true">An </span>official website of the <a href="/">Office
of
River Navigation</a></p></div></section><nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links">
<ul class="usa-identifier__required-links-list">${links(uIdent, 'usa-identifier__required-links-item')}</ul></nav>
<section class="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information and services"><div
class="usa-identifier__usagov-description">Looking for U.S. government information and services?</div> <a href="https://www.usa.gov/"
class="usa-link">Visit USA.gov</a></section></div><script src="/assets/js/uswds.min.js"></script></body></html>`;
const uswds: TestPage = page({
  name: 'heldout466-uswds-gov-terms',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: secHeads(uSecs),
  body: [uIntro, ...secBody(uSecs)],
  bylines: ['Page last reviewed: January 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...uBanner, 'Inland Waterways Data Service', 'Menu', ...uNav, 'Search', ...uSide, 'Return to top',
    'Office of River Navigation', 'Contact us', '1-800-555-0147', 'help@iwds.gov', 'An official website of the Office of River Navigation', ...uIdent,
    'Looking for U.S. government information and services?', 'Visit USA.gov',
  ],
});

const qTitle = 'Privacy Policy';
const qSecs: Sec[] = [
  {
    h: 'What we collect',
    p: [
      j(
        'When you book a class or buy from our shop, we collect your name, email address, phone number and, for shop orders, your',
        'delivery address. Payments are handled by our card processor; we never see your full card number.',
      ),
    ],
  },
  {
    h: 'How we use it',
    p: [
      j(
        'We use your details to confirm bookings, send reminders before a class, post your order and let you know when your fired',
        'pieces are ready to collect. If you sign up to our newsletter, we will email you about new classes about once a month.',
      ),
    ],
  },
  {
    h: 'Your choices',
    p: [
      j(
        'You can unsubscribe from the newsletter at any time using the link at the bottom of every email. To see, correct or delete',
        'the information we hold about you, email <a href="mailto:studio@fenwaterclay.com">studio@fenwaterclay.com</a>.',
      ),
    ],
  },
];
const qLead = 'Fenwater Clay Studio is a small pottery studio in Norwich. ' + 'This page explains what we do with the personal information you give us.';
const qNav = ['Classes', 'Shop', 'Studio Hire', 'About', 'Contact'];
const qNews = ['Stay in the loop', 'Sign up with your email address to receive news and updates.', 'Email Address', 'Sign Up', 'Thank you!'];
const qHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Privacy Policy — Fenwater Clay Studio</title>
<link rel="canonical" href="https://www.fenwaterclay.com/privacy-policy"><meta property="og:site_name" content="Fenwater Clay Studio">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63a1f2c4e8b7d91a2c3f4e5d","siteTitle":"Fenwater Clay Studio"},
"pageType":2,"collectionId":"63a1f2c4e8b7d91a2c3f4e71"};</script>
<script type="application/ld+json">{"url":"https://www.fenwaterclay.com","name":"Fenwater Clay
Studio","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63a1f2c4e8b7d91a2c3f4e5d/14/site.css" type="text/css" rel="stylesheet"></head>
<body id="collection-63a1f2c4e8b7d91a2c3f4e71" class="header-layout--with-commerce tweak-global-animations-enabled primary-button-style-solid
collection-type-page view-item"><div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"
data-section-theme="white" data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper"><a href="#page"
class="header-skip-link
sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"
data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div
class="header-title-text">
<a href="/" id="site-title" class="">Fenwater Clay Studio</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action--cart"><a href="/cart"
class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart" viewBox="0 0 31 24"></svg>
<div class="icon-cart-quantity"><span class="cart-quantity-container"><span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger"><span hidden
class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1f2c4e8b7d91a2c3f4e80">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="63a1f2c4e8b7d91a2c3f4e81"><div class="section-border">
<div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="page-section"
id="page-section-63a1f2c4e8b7d91a2c3f4e81"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"
data-block-type="2" data-sqsp-block="text" id="block-yui_3_17_2_1_1700000000000_4810"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1>
<p class="" style="white-space:pre-wrap;"><em>Last updated 4 April 2025</em></p>
${ps([qLead], ' class="" style="white-space:pre-wrap;"')}
${secHtml(qSecs, 'h3', ' style="white-space:pre-wrap;"', ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide black" data-section-theme="black"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"
data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="">Unit 4, Tanner’s Yard, Norwich NR3 1FQ</p>
<p class=""><a href="https://instagram.com/fenwaterclay">Instagram</a></p></div></div></div></div><div class="col sqs-col-6 span-6">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><h2 class="newsletter-form-header-title">${qNews[0]}</h2>
<div class="newsletter-form-header-description"><p>${qNews[1]}</p></div><form class="newsletter-form" autocomplete="on"><div
class="newsletter-form-field-wrapper
form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">${qNews[2]}</label><input
class="newsletter-form-field-element
field-element" name="email" type="email" placeholder="${qNews[2]}"></div><div data-animation-role="button" class="newsletter-form-button-wrapper
submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit"><span
class="newsletter-form-button-label">${qNews[3]}</span></button></div><div class="newsletter-form-footnote"></div></form><div class="form-submission-text"
hidden>${qNews[4]}</div></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 cookie-banner-mount-point"><div class="sqs-cookie-banner-v2-text">This site uses
cookies to
improve your experience.</div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespace: TestPage = page({
  name: 'heldout466-squarespace-studio-privacy',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: secHeads(qSecs),
  body: [qLead, ...secBody(qSecs)],
  bylines: ['Last updated 4 April 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Fenwater Clay Studio', ...qNav, '0', 'Unit 4, Tanner’s Yard, Norwich NR3 1FQ', 'Instagram', ...qNews.slice(0, 4),
    'This site uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT466_D: readonly TestPage[] = [uswds, squarespace];
