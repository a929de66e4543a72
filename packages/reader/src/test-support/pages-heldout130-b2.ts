import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 130, file b2: a Financial Times story on the Origami/o-header template (the header with the drawer button,
 * search, "Subscribe" and "Sign In", the primary nav, the hidden drawer, the o-topper with topic tag, headline, standfirst
 * and lead image credit, the "Unlock the Editor's Digest" promo, the article-info byline and "Published" date, the share
 * tools, a subheading and an in-body "Recommended" aside with its own h3, the copyright line, "Reuse this content",
 * "Follow the topics in this article" with "Add to myFT" buttons, "Promoted Content", the comments header with its
 * guidelines, the footer columns and legal text, and the Sourcepoint cookie message).
 */
const ftTitle = 'Brackwater Utilities faces £1.2bn gap after regulator rejects bill rises';
const ftStand = 'Water company’s bondholders brace for losses as Water Standards Commission caps increases at half the level sought';
const ftP1 = [
  'Brackwater Utilities faces a £1.2bn funding shortfall over the next five years after the industry regulator rejected most of ' +
    'the bill increases it had asked for, raising the prospect that the company’s lenders will be forced to accept losses.',
  'The Water Standards Commission said on Tuesday that Brackwater, which supplies 3.4mn homes across the south-west, could raise ' +
    'average bills by 21 per cent by 2030, less than half the 46 per cent rise the company said it needed to fund repairs to its ' +
    'ageing network and cut sewage spills.',
  'The decision leaves Brackwater with a hole in its investment plan that it has said it cannot fill from its own resources. The ' +
    'company’s bonds fell sharply after the announcement, with its 2033 notes dropping 9 pence to 71p on the pound, according to ' +
    'data from trading platforms.',
];
const ftH1 = 'Investors weigh their options';
const ftP2 = [
  'People close to the company said its board would consider appealing against the decision to the competition authority, a ' +
    'process that could take up to a year. Brackwater has until the end of April to decide.',
  '“We are disappointed by a determination that does not reflect the scale of the work our network needs,” said chief executive ' +
    'Marcus Oduya-Fenn. “We will study it carefully before deciding on our next steps.”',
  'The commission’s chair, Harriet Lowry-Saunders, said the regulator had “listened carefully to customers who are already ' +
    'struggling with their bills” and that it would not ask them to pay for “years of underinvestment by previous owners”.',
  'Brackwater’s shareholders, a group of pension funds and infrastructure investors that bought the company in 2016, have ' +
    'already written down the value of their stake to zero. Creditors are owed about £7.8bn.',
  'One bondholder said several large investors had hired restructuring advisers in recent weeks. “Nobody wants to be the first ' +
    'to blink, but everyone can see the numbers,” the person said. “Either someone puts in new money or the debt gets cut.”',
  'The government has said it does not want to take Brackwater into temporary public ownership, but officials have drawn up ' +
    'contingency plans for a special administration regime should the company run out of cash. Brackwater has said it has ' +
    'enough liquidity to last until the middle of next year.',
];
const ftNav = ['Home', 'World', 'US', 'Companies', 'Tech', 'Markets', 'Climate', 'Opinion', 'Lex', 'Work & Careers', 'Life & Arts', 'HTSI'];
const ftDrawer = ['Top sections', 'Close side navigation menu', 'UK Business & Economy', 'Politics', 'Utilities', 'Personal Finance', 'Special Reports'];
const ftCredit = 'A Brackwater treatment works. The company says it needs higher bills to fund repairs © Bloomberg';
const ftDigest = ['Unlock the Editor’s Digest for free', 'The editor of the FT selects her favourite stories in this weekly newsletter.'];
const ftRec = ['Water companies face record fines over sewage spills', 'Lex: the water sector’s debt problem will not fix itself'];
const ftTopics = ['Brackwater Utilities', 'Utilities', 'UK companies', 'Water', 'Eleanor Prideaux'];
const ftPromo = ['Promoted Content', 'Latest on Utilities', 'National Grid operator warns of winter margin squeeze'];
const ftComments = [
  'Comments',
  'Comment guidelines',
  'Please keep comments respectful and on topic. By commenting, you agree to abide by our community guidelines.',
  'Sign in to comment',
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
  'Services',
  'Individual Subscriptions',
  'Professional Subscriptions',
  'Republishing',
  'Advertise with the FT',
];
const ftLegal = 'Markets data delayed by at least 15 minutes. © THE FINANCIAL TIMES LTD 2025.';
const ftCookie =
  'We use cookies and other data for a number of reasons, such as keeping FT Sites reliable and secure, personalising content and ads, and to ' +
  'analyse how our Sites are used.';
const ftHtml = `<!DOCTYPE html>
<html lang="en-GB" class="o-typography--loading-sans core"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brackwater Utilities faces £1.2bn gap after regulator rejects bill rises</title><meta name="description" content="${ftStand}">
<meta property="og:site_name" content="Financial Times"><meta property="og:title" content="${ftTitle}"><meta property="og:type" content="article">
<meta name="twitter:site" content="@FT"><meta property="article:published_time" content="2025-03-04T05:00:12.311Z">
<link rel="canonical" href="https://www.ft.com/content/5e2b7a1c-8d3f-4f2e-9c71-0a6b3d4e8f21">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ftTitle}","description":"${ftStand}",
"datePublished":"2025-03-04T05:00:12.311Z","author":[{"@type":"Person","name":"Eleanor Prideaux"},{"@type":"Person","name":"Kofi Ansah-Whitley"}],
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article__content-body"},
"publisher":{"@type":"NewsMediaOrganization","name":"Financial Times"}}</script>
<script>window.FT = window.FT || {}; FT.flags = {"adsDisableInternalCMP":true,"myFtApiWrite":true};</script>
<link rel="stylesheet" href="https://www.ft.com/__assetsv2/public/article-9b8e7d.css"></head>
<body><div class="n-layout"><div class="n-skip-link"><a href="#site-navigation">Skip to navigation</a><a href="#site-content">Skip to content</a></div>
<header id="site-navigation" class="o-header o-header--simple" data-o-component="o-header" data-o-header--no-js>
<div class="o-header__row o-header__top"><div class="o-header__container"><div class="o-header__top-wrapper">
<div class="o-header__top-column o-header__top-column--left"><a href="#o-header-drawer" class="o-header__top-link o-header__top-link--menu"
aria-controls="o-header-drawer"><span class="o-header__top-link-label">Open side navigation menu</span></a>
<a href="#o-header-search-primary" class="o-header__top-link o-header__top-link--search"><span class="o-header__top-link-label">Open search bar</span></a></div>
<div class="o-header__top-column o-header__top-column--center"><a class="o-header__top-logo" href="/"><span
class="o-header__visually-hidden">Financial Times</span>
</a></div><div class="o-header__top-column o-header__top-column--right"><a class="o-header__top-button" href="/products">Subscribe</a>
<a class="o-header__top-link" href="/login">Sign In</a></div></div></div></div>
<nav class="o-header__row o-header__nav" aria-label="Primary navigation"><ul
class="o-header__nav-list">${links(ftNav, 'o-header__nav-item')}</ul></nav></header>
<div id="o-header-drawer" class="o-header__drawer" role="navigation" aria-label="Drawer menu" data-o-header-drawer data-o-header-drawer--no-js>
<ul class="o-header__drawer-menu-list">${links(ftDrawer, 'o-header__drawer-menu-item')}</ul></div>
<div class="n-layout__row n-layout__row--content"><article id="site-content" class="article" data-trackable="article" lang="en-GB">
<div class="o-topper o-topper--basic o-topper--color-paper"><div class="o-topper__content"><div class="o-topper__tags">
<a href="/utilities" class="o-topper__topic" data-trackable="primary-brand">Utilities</a></div>
<h1 class="o-topper__headline o-topper__headline--large"><span class="headline__text">${ftTitle}</span></h1>
<div class="o-topper__standfirst">${ftStand}</div></div>
<figure class="o-topper__visual"><picture class="n-image-wrapper"><img alt=""
src="https://www.ft.com/__origami/service/image/v2/images/raw/brackwater.jpg"></picture>
<figcaption class="o-topper__image-credit">${ftCredit}</figcaption></figure></div>
<div class="article__body-wrapper"><div class="article__left-content"><div class="editor-digest-promo" data-trackable="editors-digest">
<p class="editor-digest-promo__title"><strong>${ftDigest[0]}</strong></p><p class="editor-digest-promo__text">${ftDigest[1]}</p></div>
<div class="article-info"><div class="article-info__byline"><p class="article-info__byline-text">
<a href="/stream/8e1d" class="n-content-tag--author">Eleanor Prideaux</a> and <a href="/stream/2f4c" class="n-content-tag--author">Kofi Ansah-Whitley</a></p>
<span class="article-info__time-byline">Published</span> <time data-o-component="o-date" class="article-info__timestamp o-date"
datetime="2025-03-04T05:00:12.311Z">
March 4 2025</time></div></div>
<div class="share-nav" data-trackable="share | top"><button class="x-gift-article__button">Gift this article</button>
<button class="n-myft-ui__button" data-trackable="save-for-later">Save</button><a class="share-nav__link--print" href="#">Print this page</a></div>
<div class="article__content-body n-content-body js-article__content-body" id="article-body" data-attribute="article-content-body">
${texts(ftP1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<aside class="n-content-recommended n-content-recommended--single-story" data-trackable="recommended"><h3 class="n-content-recommended__title">Recommended</h3>
<ul class="n-content-recommended__list">${links(ftRec, 'n-content-recommended__list-item')}</ul></aside>
<h2 class="n-content-heading-2" id="investors-weigh-their-options">${ftH1}</h2>
${ftP2.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<p class="article__copyright-notice">Copyright The Financial Times Limited 2025. All rights reserved.</p>
<div class="article__share-tools"><a href="https://enterprise.ft.com/repub" class="article__reuse-link">Reuse this content</a>
<a href="#comments" class="article__comments-link">Comments</a></div>
<div class="concept-list" data-trackable="concept-list"><h2 class="concept-list__heading">Follow the topics in this article</h2><ul class="concept-list__list">
${ftTopics
  .map(
    (t) => `<li class="concept-list__list-item"><a class="concept-list__concept" href="/stream/${t.length}">${t}</a>
<button class="n-myft-follow-button" aria-label="Add ${t} to myFT">Add to myFT</button></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="promoted-content"><h2 class="o-teaser__label">${ftPromo[0]}</h2></div>
<section class="onward-journey"><h2 class="onward-journey__title">${ftPromo[1]}</h2><div class="o-teaser"><a
href="/content/8f1a">${ftPromo[2]}</a></div></section>
<section id="comments" class="comments" data-trackable="comments"><h2 class="comments__title">${ftComments[0]}</h2><p class="comments__guidelines">
<a href="/comment-guidelines">${ftComments[1]}</a></p><p>${ftComments[2]}</p><a class="comments__sign-in" href="/login">${ftComments[3]}</a></section>
</article></div>
<footer class="o-footer o-footer--theme-dark" data-o-component="o-footer"><nav class="o-footer__matrix"
aria-label="Footer"><ul>${links(ftFoot, 'o-footer__matrix-item')}</ul>
</nav><p class="o-footer__copyright">${ftLegal}</p></footer></div>
<div id="sp_message_container_871230" class="message-container"><div class="message-component message-row"><p>${ftCookie}</p>
<button class="message-component message-button sp_choice_type_11">Accept cookies</button>
<button class="message-component message-button sp_choice_type_12">Manage cookies</button></div></div>
<script src="https://www.ft.com/__assetsv2/public/article-client-2d1c9a.js" defer></script></body></html>`;

export const ftStory: TestPage = {
  html: ftHtml,
  name: 'heldout130-financial-times-news',
  kind: 'news',
  // the standfirst is body; the in-body "Recommended" aside (its h3 and links), the Editor's Digest promo, topics,
  // "Add to myFT", the comments header and all footer texts are furniture
  title: ftTitle,
  headings: [ftH1],
  body: [ftStand, ...ftP1, ...ftP2],
  bylines: ['Eleanor Prideaux', 'Kofi Ansah-Whitley', 'Published', 'March 4 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Open side navigation menu', 'Open search bar', 'Subscribe', 'Sign In', ...ftNav, ...ftDrawer, ftCredit,
    ...ftDigest, 'Gift this article', 'Save', 'Print this page', 'Recommended', ...ftRec,
    'Copyright The Financial Times Limited 2025. All rights reserved.', 'Reuse this content', 'Brackwater Utilities', 'UK companies', 'Water', 'Add to myFT',
    ...ftPromo, ...ftComments, ...ftFoot, ftLegal, ftCookie, 'Accept cookies', 'Manage cookies',
  ],
};
