import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 107, file d2: a Financial Times story on ft.com (the cookie consent banner, "Accessibility help" and "Skip
 * to navigation" links, the header with "Subscribe" and "Sign In", the nav, the o-topper with its primary-theme tag, headline,
 * standfirst and lead image with caption and credit, "Save", "Add to myFT", the byline with the author's place and the
 * publication time, the myFT digest prompt ("Stay informed with free updates") at the top of the article body, the body with
 * a "Recommended" link block, the copyright line, "Reuse this content" and "Comments", "Promoted Content", the "Latest on"
 * rail and the footer).
 */
const ftTitle = 'Brennholm shipping group warns on profits as freight rates slide';
const ftStand = 'Container line blames overcapacity after record deliveries of new vessels';
const ftPrompt = 'Stay informed with free updates';
const ftPromptText = 'Simply sign up to the Shipping myFT Digest -- delivered directly to your inbox.';
const ftP1 = [
  'Brennholm, one of Europe’s largest container shipping groups, has cut its profit forecast for the year after a sharp fall in freight rates ' +
    'caused by a glut of new vessels.',
  'The Copenhagen-listed company said on Wednesday that it now expected underlying operating profit of between $2.1bn and $2.6bn, down from a ' +
    'previous range of $3bn to $3.8bn. Its shares fell 9 per cent in morning trading.',
  'Chief executive Annelise Thorup said rates on the main route between Asia and northern Europe had fallen by almost half since July as ' +
    'shipping lines took delivery of ships ordered during the boom of 2021 and 2022.',
  '“The order book has arrived,” Thorup told analysts. “There is more capacity in the market than there is cargo to fill it, and that will be ' +
    'true for some time.”',
];
const ftH1 = 'Too many ships';
const ftP2 = [
  'Industry data show that container fleet capacity has grown by more than 10 per cent this year, the fastest rate in over a decade, while ' +
    'global demand for container shipping has risen by about 3 per cent.',
  'Analysts said the gap had been partly hidden earlier in the year because vessels were taking longer routes to avoid disruption, which ' +
    'absorbed spare ships. That effect has begun to fade as some lines return to shorter routes.',
  '“The market has been living on borrowed capacity,” said Joachim Weller, a shipping analyst at Halvard Securities. “When ships go back to ' +
    'normal routes, the surplus becomes visible very quickly.”',
];
const ftRecommended = 'Shipping lines race to scrap older vessels as new fleet arrives';
const ftH2 = 'Cost cuts';
const ftP3 = [
  'Brennholm said it would slow the speed of some vessels to reduce fuel costs, and would remove two services between Asia and the Mediterranean from January.',
  'The company also said it would delay a $1bn share buyback that it had announced in the spring, a move that disappointed some investors.',
  'Thorup said the group’s logistics and port businesses, which it has spent five years building up to reduce its reliance on ocean freight, ' +
    'were performing in line with expectations and would account for more than half of profits next year.',
  '“This is exactly the kind of cycle we built the rest of the business for,” she said.',
];
const ftCookie = [
  'Accept cookies from the FT?',
  'We use cookies and other data for a number of reasons, such as keeping FT Sites reliable and secure, personalising content and ads, ' +
    'providing social media features and to analyse how our Sites are used.',
];
const ftNav = ['Home', 'World', 'US', 'Companies', 'Tech', 'Markets', 'Climate', 'Opinion', 'Lex', 'Work & Careers', 'Life & Arts', 'HTSI'];
const ftCaption = 'Brennholm said rates on the route between Asia and northern Europe had fallen by almost half since July';
const ftCredit = '© Bloomberg';
const ftCopyright = 'Copyright The Financial Times Limited 2025. All rights reserved.';
const ftPromoted = ['Promoted Content', 'How ports are preparing for the next decade of trade'];
const ftLatest = [
  'Latest on Shipping',
  'Port workers vote to strike over automation plans',
  'Insurers raise premiums for vessels in contested waters',
  'Dry bulk rates climb as iron ore shipments recover',
];
const ftFoot = [
  'Support',
  'View Site Tips',
  'Help Centre',
  'Contact Us',
  'About Us',
  'Accessibility',
  'myFT Tour',
  'Careers',
  'Legal & Privacy',
  'Terms & Conditions',
  'Privacy Policy',
  'Cookie Policy',
  'Manage Cookies',
  'Copyright',
  'Slavery Statement & Policies',
];
const ftFootCopy = '© THE FINANCIAL TIMES LTD 2025. FT and ‘Financial Times’ are trademarks of The Financial Times Ltd.';
const ftHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js core"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ftTitle}</title>
<meta name="description" content="${ftStand}"><meta property="og:title" content="${ftTitle}"><meta property="og:site_name" content="Financial Times">
<meta name="robots" content="max-snippet:-1, max-image-preview:large"><link rel="canonical"
href="https://www.ft.com/content/3b5e1c2a-7d9f-4e61-a0b2-8c4d6e1f9a07">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ftTitle}","description":"${ftStand}",
"datePublished":"2025-11-12T08:31:24.000Z","author":[{"@type":"Person","name":"Sigrid Nyholm"}],"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article-body"},"publisher":{"@type":"NewsMediaOrganization",
"name":"Financial Times"}}</script>
<script>window.FT = window.FT || {}; FT.flags = {"ads":true,"myFtApi":true};</script>
<link rel="stylesheet" href="https://www.ft.com/__origami/service/build/v3/bundles/css">
</head><body><div class="o-cookie-message o-cookie-message--banner" data-o-component="o-cookie-message" role="region" aria-label="Cookie banner">
<div class="o-cookie-message__container"><h2 class="o-cookie-message__heading">${ftCookie[0]}</h2><p>${ftCookie[1]}</p>
<div class="o-cookie-message__actions"><a class="o-cookie-message__button" href="/__consent/consent-record-cookie">Accept cookies</a>
<a class="o-cookie-message__link" href="https://www.ft.com/preferences/manage-cookies">Manage cookies</a></div></div></div>
<div class="n-skip-link"><a class="n-skip-link__link" href="#site-navigation">Skip to navigation</a>
<a class="n-skip-link__link" href="#site-content">Skip to content</a>
<a class="n-skip-link__link" href="/accessibility">Accessibility help</a></div>
<header class="o-header o-header--simple" data-o-component="o-header" data-o-header--js=""><div class="o-header__row o-header__top">
<a class="o-header__top-logo" href="/" title="Go to Financial Times homepage"><span class="o-header__visually-hidden">Financial Times</span></a>
<div class="o-header__top-column--right"><a class="o-header__top-button" href="/products">Subscribe</a>
<a class="o-header__top-link" href="/login">Sign In</a></div></div>
<nav id="site-navigation" class="o-header__row o-header__nav" aria-label="Main navigation">
<ul class="o-header__nav-list">${links(ftNav, 'o-header__nav-item')}</ul></nav>
</header>
<div id="site-content" role="main" class="article-content"><article class="article" id="article-body" data-trackable="article-body">
<div class="o-topper o-topper--has-headshot o-topper--color-paper"><div class="o-topper__content"><div class="o-topper__tags">
<a href="/stream/8a1b2c3d" class="o-topper__topic" data-trackable="primary-theme">Shipping</a>
<button class="n-myft-follow-button" data-trackable="follow" aria-label="Add to myFT: Shipping">Add to myFT</button></div>
<h1 class="o-topper__headline o-topper__headline--large"><span class="headline__text">${ftTitle}</span></h1>
<div class="o-topper__standfirst">${ftStand}</div></div>
<div class="o-topper__visual"><figure class="o-topper__image-credit"><img class="o-topper__image"
src="https://www.ft.com/__origami/service/image/v2/images/raw/ship.jpg" alt="">
<figcaption class="o-topper__image-caption">${ftCaption} <span class="o-topper__image-credit">${ftCredit}</span></figcaption></figure></div></div>
<div class="article-info"><div class="article-info__byline"><span class="article-info__author">
<a href="/stream/author-sigrid-nyholm" class="n-content-tag--author">Sigrid Nyholm</a>
in Copenhagen</span></div><time datetime="2025-11-12T08:31:24.000Z" class="article-info__timestamp o-date" data-o-date-format="today-or-yesterday-or-nothing">
Published 2 hours ago</time></div>
<div class="article__right"><button class="save-article" data-trackable="save-for-later" aria-label="Save this article">Save</button>
<button class="share-nav__link" data-trackable="gift-link">Print this page</button></div>
<div class="article-body n-content-body js-article__content-body">
<div class="n-content-layout n-content-layout--spacing-true" data-layout-name="myft-digest-promo"><div class="myft-digest-promo">
<p class="myft-digest-promo__title">${ftPrompt}</p><p class="myft-digest-promo__text">${ftPromptText}</p></div></div>
${ps(ftP1)}
<h2 class="n-content-subhead">${ftH1}</h2>
${ps(ftP2.slice(0, 2))}
<div class="n-content-layout" data-layout-name="card" data-layout-width="inset-left"><div class="n-content-layout__container">
<h4 class="n-content-layout__heading">Recommended</h4><div class="n-content-layout__slot"><p><a href="/content/9c8b7a6d">${ftRecommended}</a></p></div>
</div></div>
${ps(ftP2.slice(2))}
<h2 class="n-content-subhead">${ftH2}</h2>
${ps(ftP3)}
</div>
<div class="article__copyright-notice">${ftCopyright}</div>
<div class="article__tools"><a href="https://enterprise.ft.com/en-gb/services/republishing/" class="article__tools-link">Reuse this content</a>
<a href="#comments" class="article__tools-link">Comments</a></div>
<div class="n-content-layout article__promoted" data-trackable="promoted-content"><span class="promoted__label">${ftPromoted[0]}</span>
<a href="/partnercontent/ports">${ftPromoted[1]}</a></div></article>
<aside class="article__onward" data-trackable="onward-journey"><h2 class="onward-journey__title">${ftLatest[0]}</h2>
<ul>${links(ftLatest.slice(1), 'o-teaser')}</ul></aside></div>
<footer class="o-footer o-footer--theme-dark" data-o-component="o-footer"><ul class="o-footer__matrix">${links(ftFoot, 'o-footer__matrix-link')}</ul>
<p class="o-footer__copyright">${ftFootCopy}</p></footer>
<script src="https://www.ft.com/__assets/hashed/page-kit/runtime.1e2f3a4b.js" defer></script></body></html>`;
export const ftStory: TestPage = {
  html: ftHtml,
  name: 'heldout107-ft-news',
  kind: 'news',
  // the standfirst is body (a dek); the author, "in Copenhagen" place and "Published" time are bylines; the myFT digest
  // prompt at the top of the article body, the "Recommended" card, the copyright line and promoted content are furniture
  title: ftTitle,
  headings: [ftH1, ftH2],
  body: texts([ftStand, ...ftP1, ...ftP2, ...ftP3]),
  bylines: ['Sigrid Nyholm in Copenhagen', 'Published 2 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ftCookie, 'Accept cookies', 'Manage cookies', 'Skip to navigation', 'Skip to content', 'Accessibility help', 'Subscribe', 'Sign In', ...ftNav,
    'Shipping', 'Add to myFT', ftCaption, ftCredit, 'Save', 'Print this page', ftPrompt, ftPromptText, 'Recommended', ftRecommended, ftCopyright,
    'Reuse this content', 'Comments', ...ftPromoted, ...ftLatest, ...ftFoot, ftFootCopy,
  ],
};
