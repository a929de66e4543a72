import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout419-kit.js';

/**
 * Held-out batch 419, file b: a customs guidance page for online shoppers on a government site built with GOV.UK Frontend
 * (cookie banner, header, phase banner, breadcrumbs, metadata "From / Published / Last updated", contents list, related
 * navigation, feedback component, footer) and a courier's help article on missed deliveries on Zendesk Guide with the
 * Copenhagen theme (search, breadcrumbs, author avatar, vote box, "Articles in this section", related articles, comments).
 */
const gTitle = 'Paying customs duty and import VAT on goods you buy from abroad';
const gIntro = [
  j(
    'If you buy goods online from a seller outside the Kestrel Isles, you may have to pay customs duty, import VAT or both before',
    'the parcel is delivered. This guide explains when charges apply, who collects them and what to do if you think you have been',
    'charged too much.',
  ),
];
const gWhenH = 'When you have to pay';
const gWhen = ['You will usually have to pay charges if:'];
const gWhenList = [
  'the goods are worth more than K£135 in total, not counting postage and insurance',
  'the parcel contains alcohol or tobacco, whatever its value',
  'the goods are a gift worth more than K£40 sent by a private person',
];
const gWhen2 = [
  j(
    'If the seller is registered for Isles import VAT, they may already have charged you import VAT at checkout. In that',
    'case, the courier should not ask you for VAT again. Check your order confirmation for the seller’s registration number.',
  ),
];
const gHowH = 'How the charges are collected';
const gHow = [
  j(
    'The courier or Isles Post pays the charges on your behalf when the parcel arrives and then asks you to repay them. They will',
    'send you a card, text or email with the amount and a handling fee. Isles Post charges a fee of K£8; private couriers set their own.',
  ),
  'Your parcel is held for 21 days. If you do not pay within that time, it is returned to the sender.',
];
const gRateH = 'Rates of duty';
const gRate = [
  j(
    'Import VAT is charged at 18% on the value of the goods plus postage and any duty. Duty rates depend on the type of goods and',
    'where they were made, and range from 0% for books to 12% for clothing and footwear.',
  ),
];
const gRefundH = 'If you think you paid too much';
const gRefund = [
  j(
    'You can claim a refund if you were charged for goods you returned, if the value was wrong, or if VAT was charged twice. Use',
    'form BOR286 within 3 years of paying. Include your receipt from the courier and proof of what you paid the seller.',
  ),
];
const gCrumb = ['Home', 'Business and self-employed', 'Imports and exports'];
const gRelated = ['Sending goods abroad as a private person', 'Check the duty rate for your goods', 'Claim a refund of import charges'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title>${gTitle} - GOV.KI</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="govuk:format" content="detailed_guide"><meta name="govuk:schema-name" content="publication">
<meta property="og:site_name" content="GOV.KI"><meta name="description" content="When customs duty and import VAT apply to goods bought online.">
<link rel="stylesheet" href="/assets/frontend/application-4c1e9d.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2024-11-04",
"dateModified":"2026-02-19","publisher":{"@type":"Organization","name":"GOV.KI"}}</script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.KI">
<div class="govuk-cookie-banner" role="region"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.KI</h2>
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.KI and improve our services.</p>
<button class="govuk-button" type="submit">Accept additional cookies</button> <button class="govuk-button" type="submit">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="govuk-header__link govuk-header__link--homepage" href="/">GOV.KI</a>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" type="button">Search GOV.KI</button></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This part of GOV.KI is being rebuilt –
<a class="govuk-link" href="/help/feedback">find out what beta means</a></span></p></div>
<div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click"><ol class="govuk-breadcrumbs__list">
${links(gCrumb, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-xl gem-c-title__context">Guidance</span><h1 class="gem-c-title__text govuk-heading-l">${gTitle}</h1>
<p class="gem-c-lead-paragraph">What to expect when you order goods from overseas sellers.</p></div></div>
<div class="gem-c-metadata" data-module="metadata"><dl><dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/organisations/isles-revenue-service" class="govuk-link">Isles Revenue Service</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">4 November 2024</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">19 February 2026
<a href="#full-history" class="govuk-link">— See all updates</a></dd></dl></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${links([gWhenH, gHowH, gRateH, gRefundH], 'gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gIntro)}
<h2 id="when-you-have-to-pay">${gWhenH}</h2>
${ps(gWhen)}
<ul>${gWhenList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(gWhen2)}
<div role="note" aria-label="Information" class="application-notice info-notice">
<p>Read more: <a href="/guidance/gifts">sending and receiving gifts from abroad</a></p></div>
<h2 id="how-collected">${gHowH}</h2>
${ps(gHow)}
<h2 id="rates">${gRateH}</h2>
${ps(gRate)}
<h2 id="refund">${gRefundH}</h2>
${ps(gRefund)}
</div></div>
<div class="gem-c-published-dates" id="full-history"><p>Published 4 November 2024<br>Last updated 19 February 2026</p></div>
<div class="gem-c-print-link"><button class="govuk-link" type="button">Print this page</button></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></div></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button">Yes</button>
<button class="govuk-button">No</button><button class="govuk-link">Report a problem with this page</button></div></div></main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Isles Open Government Licence v2.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="/crown-copyright">© Crown copyright</a></div></div></footer>
<script src="/assets/frontend/application-7a2b1c.js" type="module"></script></body></html>`;
const govki: TestPage = {
  name: 'heldout419-govuk-frontend-customs-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gWhenH, gHowH, gRateH, gRefundH],
  body: texts([...gIntro, ...gWhen, ...gWhenList, ...gWhen2, ...gHow, ...gRate, ...gRefund]),
  bylines: ['Isles Revenue Service', '4 November 2024', '19 February 2026', 'Published 4 November 2024', 'Last updated 19 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.KI', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.KI and improve our services.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.KI', 'Beta', 'This part of GOV.KI is being rebuilt',
    'find out what beta means', ...gCrumb, 'Guidance', 'What to expect when you order goods from overseas sellers.', 'From:',
    '— See all updates', 'Contents', 'Read more: sending and receiving gifts from abroad', 'Print this page', 'Related content', ...gRelated,
    'Is this page useful?', 'Report a problem with this page', 'Support links', ...gFoot,
    'All content is available under the Isles Open Government Licence v2.0, except where otherwise stated', '© Crown copyright',
  ],
};

const zTitle = 'We missed you: what happens when you are not in for a delivery';
const zBody1 = [
  j(
    'Our drivers make one delivery attempt per day. If nobody answers the door and there is no safe place or neighbour you have',
    'chosen in advance, the driver leaves a grey Parcelo card and the parcel goes back on the van.',
  ),
];
const zOptH = 'Your options after a missed delivery';
const zOpt = [
  'Choose a new delivery day, up to 6 working days ahead, using the code on the card.',
  'Name a safe place, such as a porch, shed or behind a side gate.',
  'Ask us to leave the parcel with a neighbour of your choice.',
  'Collect it yourself from the nearest Parcelo Point from 3pm the next working day.',
];
const zTimeH = 'How long we keep your parcel';
const zTime = [
  j(
    'We try a second time automatically the next working day unless you choose something else. After two missed attempts the',
    'parcel waits at a Parcelo Point for 10 days. Parcels that are not collected are returned to the sender, who arranges any refund.',
  ),
  j(
    'Parcels that need a signature or proof of age cannot be left in a safe place or with a neighbour under 18. Please bring photo',
    'ID with the card when you collect them.',
  ),
  j(
    'If you often miss deliveries, set up a permanent safe place or a preferred neighbour in your Parcelo account. It then applies to',
    'every parcel we carry for you, from any shop, and you can switch it off for a single delivery from the tracking page.',
  ),
];
const zNoCardH = 'If you did not get a card';
const zNoCard = [
  j(
    'Sometimes a card is blown away or posted through the wrong door. Your tracking page always shows the same options as the card,',
    'so enter your tracking number there to rebook. If the tracking says delivered but you have nothing, wait until the end of the',
    'day and then contact us from the tracking page.',
  ),
];
const zSection = ['Changing my delivery', 'Parcelo Points and opening times', 'Delivering to a safe place', 'Signing for a parcel'];
const zRelated = ['My tracking says delivered but I have no parcel', 'Can I collect a parcel for someone else?'];
const zComment = 'Rebooked for Saturday in two minutes using the code, very easy. Thanks.';
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8" />
<link rel="canonical" href="https://help.parcelo.example/hc/en-gb/articles/360041187721" />
<meta content="width=device-width, initial-scale=1.0" name="viewport" />
<title>${zTitle} – Parcelo Help Centre</title><meta name="csrf-param" content="authenticity_token" />
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-6e1b2c.css" />
<script src="https://static.zdassets.example/hc/assets/en-gb.2f1a.js"></script>
<script type="text/javascript">HelpCenter = {};HelpCenter.account = {"subdomain":"parcelo"};HelpCenter.user = {"role":"anonymous"};</script>
</head><body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/logo.png" alt="Parcelo Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs"><li title="Parcelo Help Centre"><a href="/hc/en-gb">Parcelo Help Centre</a></li>
<li title="Receiving a parcel"><a href="/hc/en-gb/categories/1">Receiving a parcel</a></li>
<li title="Missed deliveries"><a href="/hc/en-gb/sections/2">Missed deliveries</a></li></ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSection, 'sidenav-item')}</ul>
<a href="/hc/en-gb/sections/2" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/avatar.png" alt="" class="user-avatar"/></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/55">Orla Penhallow</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-01-27T10:02:44Z" title="2026-01-27 10:02" data-datetime="relative">27 January 2026 10:02</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialogue" rel="nofollow" role="button" href="/hc/en-gb/signin">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zBody1)}
<h2>${zOptH}</h2>
<ul>${zOpt.map((o) => `<li>${o}</li>`).join('\n')}</ul>
<h2>${zTimeH}</h2>
${ps(zTime)}
<h2>${zNoCardH}</h2>
${ps(zNoCard)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div>
<div class="article-comment-count"><a href="#comments" class="article-comment-count">1 comment</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Yes</button>
<button type="button" class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated, 'related-article-item')}</ul></section></section>
<div class="article-comments" id="article-comments"><section class="comments"><h2 id="comments">Comments</h2>
<ul id="comments-list" class="comment-list"><li id="community_comment_41" class="comment"><div class="comment-wrapper"><div class="comment-info">
<div class="comment-author"><div class="comment-meta"><span title="Dev Marwick"><a href="/hc/en-gb/profiles/91">Dev Marwick</a></span>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-02-03T18:20:11Z">3 February 2026 18:20</time></li></ul></div></div>
<section class="comment-body">${zComment}</section></div></div></li></ul>
<p class="comment-callout">Please <a data-auth-action="signin" href="/hc/en-gb/signin">sign in</a> to leave a comment.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Parcelo Help Centre</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></div></footer>
<script>document.documentElement.setAttribute('data-theme','copenhagen');</script></body></html>`;
const parcelo: TestPage = {
  name: 'heldout419-zendesk-guide-missed-delivery-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zOptH, zTimeH, zNoCardH],
  body: texts([...zBody1, ...zOpt, ...zTime, ...zNoCard]),
  bylines: ['Orla Penhallow', '27 January 2026 10:02', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Parcelo Help Centre', 'Receiving a parcel', 'Missed deliveries', 'Articles in this section',
    ...zSection, 'See more', 'Follow', 'Facebook', 'X Corp', 'LinkedIn', '1 comment', 'Was this article helpful?', '14 out of 17 found this helpful',
    'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'Comments', 'Dev Marwick', '3 February 2026 18:20', zComment,
    'Please sign in to leave a comment.', 'English (GB)', 'Powered by Zendesk',
  ],
};

export const HELDOUT419_B: readonly TestPage[] = [govki, parcelo];
