import { links, type TestPage, texts } from './page-kit.js';
import { kyivIndependent } from './pages-heldout153-a2.js';

/**
 * Held-out batch 153, file a: an Al-Monitor news story (Drupal page: OneTrust cookie banner, skip link, the top bar with
 * "Subscribe" and "Log In", the main menu with its Regions drop-down, the country eyebrow, the summary (dek), the author and
 * date, the lead image with caption and credit, the share bar, an inline "Iraq Briefing" newsletter box placed between
 * paragraphs of the body, the topics list, the related-articles rail, the "Most read" sidebar and the footer) and, from
 * file a2, a Kyiv Independent news story.
 */
const amTitle = 'Iraqi Kurdistan opens tender for solar farms as summer blackouts loom';
const amDek =
  'The Kurdistan Regional Government wants private developers to build 600 megawatts of solar capacity, but analysts say ' +
  'bidders will want guarantees that they will be paid.';
const amP1 = [
  'The Kurdistan Regional Government on Monday invited private companies to bid for the construction of four solar farms with ' +
    'a combined capacity of 600 megawatts, a step officials say could shorten the long daily power cuts that hit the region every summer.',
  'The tender, published by the region’s Ministry of Electricity, covers sites near the towns of Kani Zard, Bardarash Shawi and ' +
    'Qalat Sarkan, where land has already been set aside by provincial councils. Bids are due by the end of June, and the ministry ' +
    'said it hoped to sign contracts before the end of the year.',
  '“Every summer we ask families to live with eight or ten hours a day without grid power,” Deputy Electricity Minister Hawre ' +
    'Saleem told reporters. “Solar will not solve that on its own, but it is the fastest capacity we can add.”',
  'Demand in the region peaks above 7,000 megawatts in July and August, when temperatures regularly pass 48 degrees Celsius, while ' +
    'available supply has hovered around 5,200 megawatts, according to ministry figures. Most households fill the gap with ' +
    'neighborhood diesel generators, paying their owners by the ampere.',
];
const amP2 = [
  'Under the terms of the tender, developers would finance and build the plants and sell power to the government under 20-year ' +
    'contracts. The ministry set a ceiling price of 4.1 US cents per kilowatt-hour, lower than what the region pays for electricity ' +
    'from privately owned gas-fired plants.',
  'Several energy analysts questioned whether the regional government could guarantee payment. Public salaries in the region ' +
    'have been paid late in most months of the past two years, and developers are likely to ask for guarantees from ' +
    'international lenders before committing money.',
  '“The price is attractive for the government, but the question every bidder will ask is who pays if the ministry is late,” ' +
    'said Dilan Rasul, a consultant who advises foreign investors in the region. “Without a guarantee from a development bank, I ' +
    'expect only two or three serious offers.”',
  'Federal officials in Baghdad have their own solar plans. The national Electricity Ministry signed an agreement in January with ' +
    'a consortium led by the Emirati developer Noor Sahra Energy to build 1,000 megawatts of capacity in the southern provinces, ' +
    'although construction has not yet started.',
  'Saleem said the regional ministry had also asked for technical advice on adding battery storage at two of the four sites, which ' +
    'would allow the farms to supply power into the evening, when demand from air conditioners remains high.',
  'Residents of Kani Zard, where the largest of the four plants is planned, said they welcomed the project but wanted the jobs to ' +
    'go to local workers. “We have heard promises about electricity for fifteen years,” said Aram Jalal, who runs a small grocery ' +
    'in the town. “If they build it, let them build it with people from here.”',
];
const amNav = ['Latest', 'Regions', 'Topics', 'Podcasts', 'Newsletters', 'Events', 'Al-Monitor Pro'];
const amRegions = ['Egypt', 'Gulf', 'Iran', 'Iraq', 'Israel', 'Lebanon', 'Palestine', 'Syria', 'Türkiye', 'North Africa'];
const amCaption = 'A worker cleans panels at a small solar installation on the outskirts of Kani Zard, Feb. 11, 2025.';
const amCredit = 'Rebaz Omer/Zagros Photo';
const amShare = ['Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Email', 'Copy link'];
const amNews = ['Iraq Briefing', 'Essential weekly updates on Iraq, from politics to oil and power.', 'Enter your email', 'Sign up'];
const amTopics = ['Energy', 'Kurdistan Region', 'Electricity', 'Renewables', 'Investment'];
const amRelated = [
  'Baghdad and Erbil agree on new formula for oil revenue sharing',
  'Iraq’s gas flaring falls for the first time in a decade',
  'Why Iraqi farmers are turning to drip irrigation',
];
const amRelatedDates = ['February 26, 2025', 'February 18, 2025', 'January 30, 2025'];
const amMost = [
  'Egypt’s central bank holds rates as inflation eases',
  'Saudi Arabia unveils new visa for freelancers',
  'Turkish lira steadies after surprise rate cut',
  'Jordan’s phosphate exports hit record high',
];
const amFoot = ['About Us', 'Contact Us', 'Careers', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Cookie Settings'];
const amCopy = 'Copyright © 2025 Al-Monitor, LLC. All rights reserved.';
const amCookie =
  'We use cookies and similar technologies to run this site, to measure its audience and to show you relevant ads. You can ' +
  'change your choices at any time.';
const amCookieBtns = ['Accept All Cookies', 'Reject All', 'Customize Settings'];
const amPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const amHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Iraqi Kurdistan opens tender for solar farms as summer blackouts loom - Al-Monitor: Independent, trusted coverage of the Middle East</title>
<meta name="description" content="${amDek}">
<link rel="canonical" href="https://www.al-monitor.com/originals/2025/03/iraqi-kurdistan-opens-tender-solar-farms">
<meta property="og:site_name" content="Al-Monitor"><meta property="og:type" content="article"><meta property="og:title" content="${amTitle}">
<meta property="article:published_time" content="2025-03-03T14:12:05-05:00"><meta name="twitter:card" content="summary_large_image">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${amTitle}",
"description":"${amDek}","datePublished":"2025-03-03T14:12:05-0500","dateModified":"2025-03-03T16:40:11-0500",
"author":{"@type":"Person","name":"Sangar Hamid","url":"https://www.al-monitor.com/authors/sangar-hamid"},
"publisher":{"@type":"Organization","name":"Al-Monitor","logo":{"@type":"ImageObject","url":"https://www.al-monitor.com/logo.png"}},
"isAccessibleForFree":"True"}]}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({
"contentType":"article","country":"Iraq","author":"Sangar Hamid","paywall":"metered"});</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="1c5b8a64-7f0e" async></script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qk3mB2s9cXrT.css"></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header class="site-header" role="banner"><div class="site-header__top"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/almonitor/logo.svg"
alt="Home"></a><div class="site-header__actions"><a class="btn btn--subscribe" href="/subscribe">Subscribe</a>
<a class="btn btn--login" href="/user/login">Log In</a>
<button class="search-toggle" aria-label="Search"><span class="visually-hidden">Search</span></button></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--level-1">
${amNav
  .map((t) =>
    t === 'Regions'
      ? `<li class="menu-item menu-item--expanded"><span class="menu-item__toggle">${t}</span><ul class="menu menu--level-2">
${links(amRegions, 'menu-item')}</ul></li>`
      : `<li class="menu-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article data-history-node-id="123984" class="node node--type-article node--promoted node--view-mode-full article">
<div class="article__header"><div class="field field--name-field-country field--type-entity-reference field--label-hidden field__item">
<a href="/countries/iraq" hreflang="en">Iraq</a></div>
<h1 class="article__title"><span class="field field--name-title field--type-string field--label-hidden">${amTitle}</span></h1>
<div class="clearfix text-formatted field field--name-field-summary field--type-text-long field--label-hidden field__item"><p>${amDek}</p></div>
<div class="article__meta"><div class="article__author field field--name-field-author"><a href="/authors/sangar-hamid">Sangar Hamid</a></div>
<div class="article__date"><time datetime="2025-03-03T19:12:05Z">March 3, 2025</time></div></div></div>
<div class="article__image"><figure class="media media--type-image"><img src="/sites/default/files/styles/article_header/public/2025-03/solar-kurdistan.jpg"
alt="solar panels" loading="eager"><figcaption class="media__caption"><span class="caption-text">${amCaption}</span>
<span class="caption-credit">${amCredit}</span></figcaption></figure></div>
<div class="article__share share-bar"><span class="share-bar__label">Share</span><ul class="share-bar__list">
${amShare
  .map(
    (t) => `<li><a class="share-bar__link share-bar__link--${t.split(' ')[0]?.toLowerCase()}" href="#" aria-label="${t}"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item article__body">
${amPs(amP1)}
<div class="newsletter-inline block block-almonitor-newsletters" data-newsletter="iraq-briefing"><div class="newsletter-inline__text">
<h3 class="newsletter-inline__title">${amNews[0]}</h3><p class="newsletter-inline__desc">${amNews[1]}</p></div>
<form class="newsletter-inline__form" action="/newsletters/subscribe" method="post"><label class="visually-hidden" for="nl-email">${amNews[2]}</label>
<input type="email" id="nl-email" name="email" placeholder="Enter your email"><button type="submit" class="btn">${amNews[3]}</button></form></div>
${amPs(amP2)}
</div>
<div class="article__topics"><h2 class="article__topics-title">Topics</h2><ul class="topics-list">${links(amTopics, 'topics-list__item')}</ul></div>
</article>
<section class="related-articles"><h2 class="related-articles__title">Related Articles</h2><div class="related-articles__list">
${amRelated
  .map(
    (t, i) => `<div class="card card--article"><a class="card__link" href="/originals/2025/${i}"><h3 class="card__title">${t}</h3></a>
<span class="card__date">${amRelatedDates[i]}</span></div>`,
  )
  .join('\n')}</div></section></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block block-most-read"><h2 class="block__title">Most read</h2>
<ol class="most-read">${amMost.map((t, i) => `<li><span class="most-read__num">${i + 1}</span><a href="/originals/mr/${i}">${t}</a></li>`).join('\n')}</ol>
</div>
<div class="block block-ad ad-slot" data-ad-unit="/21810/almonitor/article/right1"><span class="ad-slot__label">Advertisement</span>
<div id="div-gpt-ad-right1"></div></div></aside></div></main>
<footer class="site-footer" role="contentinfo"><div class="site-footer__menu"><ul class="menu">${links(amFoot, 'menu-item')}</ul></div>
<p class="site-footer__copyright">${amCopy}</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy"><p id="onetrust-policy-text">${amCookie}</p></div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${amCookieBtns[0]}</button>
<button id="onetrust-reject-all-handler">${amCookieBtns[1]}</button><button id="onetrust-pc-btn-handler">${amCookieBtns[2]}</button></div></div></div>
</div></div></div>
<script src="/sites/default/files/js/js_h7N2kQ.js"></script></body></html>`;
const alMonitor: TestPage = {
  html: amHtml,
  name: 'heldout153-al-monitor-news',
  kind: 'news',
  // the summary (dek) is body; the country eyebrow, caption and credit, share bar, the inline newsletter box between body
  // paragraphs, topics, related and most-read rails, ad label, footer and cookie banner are furniture
  title: amTitle,
  headings: [],
  body: [amDek, ...texts(amP1), ...texts(amP2)],
  bylines: ['Sangar Hamid', 'March 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', 'Log In', 'Search', 'Main navigation', ...amNav, ...amRegions, amCaption, amCredit, 'Share', ...amShare,
    ...amNews, ...amTopics, 'Related Articles', ...amRelated, ...amRelatedDates, 'Most read', ...amMost, 'Advertisement', ...amFoot, amCopy,
    amCookie, ...amCookieBtns,
  ],
};

export const HELDOUT153_A: readonly TestPage[] = [alMonitor, kyivIndependent];
