import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file e2: a Straits Times Singapore story on its Drupal template: the header with "Subscribe" and
 * "Log in", the section nav, the breadcrumb, the headline, the author block with role, published and updated times, the
 * share bar with "Gift this article", the lead image with "ST PHOTO:" caption, the body with h4 subheads, a mid-body ad and
 * the Telegram and WhatsApp promo paragraphs at its end, "See more on" topics, the "More from The Straits Times" rail, the
 * cookie banner and the footer with the MCI registration line.
 */
export const stTitle = 'HDB to pilot shared rooftop gardens on three Punggol blocks, with residents choosing the plants';
export const stP1 = paras(`
SINGAPORE – Residents of three Housing Board blocks in Punggol will be able to grow vegetables, herbs and flowers on their
rooftops from the middle of 2025, as part of a pilot to turn unused multi-storey rooftops into shared community gardens.

HDB said on Jan 15 that the rooftops of Blocks 618A, 618B and 621C in Punggol Field Walk had been chosen because they were
structurally suitable, had lift access to the top floor and were close to an existing residents’ network that runs gardening
activities.

Each garden will have between 60 and 80 planter boxes, a shaded seating area and a rainwater harvesting system that will supply
most of the water needed. The total cost of the pilot, including safety railings and waterproofing works, is about $2.1 million.
`);
export const stH1 = 'Residents to decide on design';
export const stP2 = paras(`
Unlike existing community gardens, which are usually designed by the town council, residents will be invited to a series of
workshops from February to decide on the layout, the mix of plants and how the planter boxes will be allocated.

“We want residents to feel that the garden belongs to them, not that it is something given to them,” said Ms Tan Hui Min, HDB’s
group director of estate planning. “The people who will use it every day are in the best position to decide what it looks like.”

Access will be by card, and gates will be open from 7am to 9pm daily. Volunteers from the residents’ network will be trained to
supervise the gardens and organise activities such as harvesting days and composting workshops.
`);
export const stH2 = 'Safety and upkeep';
export const stP3 = paras(`
HDB said the rooftops would be fitted with 1.8m-high railings and that planter boxes would be fixed to the floor. Heavy items such
as large pots and soil bags will have to be approved before they are brought up.

Mr Faizal Rahmat, 42, a resident of Block 618A who has been on a waiting list for an allotment garden for two years, said he was
looking forward to growing chillies and lemongrass with his children. “It is better than keeping pots along the common corridor,
which the neighbours complain about,” he said.

Dr Grace Lim, an urban planning researcher at the Marina Institute of Design, said rooftop gardens could help cool the flats
directly below them and encourage residents to get to know one another. But she noted that previous rooftop projects abroad had
struggled once the first wave of enthusiasm faded. “The hard part is not building the garden. It is keeping people involved in
year three,” she said.

HDB said it would study the usage and maintenance costs of the three gardens over two years before deciding whether to extend
the idea to other estates.
`);
export const stPromos = [
  '<a href="https://t.me/stnewsalert"><em>Join ST’s Telegram channel</em></a><em> and get the latest breaking news delivered to you.</em>',
  '<a href="https://www.whatsapp.example/channel/st"><em>Follow ST on WhatsApp</em></a><em> for the day’s top stories in your chats.</em>',
];
export const stTop = ['Subscribe', 'Log in', 'E-paper', 'Newsletters'];
export const stNav = lines(`
Singapore
Asia
World
Opinion
Life
Business
Tech
Sport
Videos
Podcasts
Multimedia
`);
export const stCrumbs = ['Singapore', 'Housing'];
export const stShare = ['Gift this article', 'Share this article', 'Facebook', 'Telegram', 'WhatsApp', 'Copy link'];
export const stCaption = 'The rooftop of Block 618A in Punggol Field Walk, one of three sites chosen for the pilot. ST PHOTO: KEVIN ONG';
export const stSeeMore = ['See more on', 'HDB', 'Punggol', 'Housing', 'Community', 'Gardening'];
export const stMore = lines(`
More from The Straits Times
New BTO flats in Tengah to have more lift lobbies with seating
Town councils to trial AI cameras to spot killer litter
Punggol Coast MRT station to open with 24-hour cycling path
`);
export const stCookie = [
  'We use cookies to improve your experience on our website, to analyse traffic and to show you relevant ads. By continuing to use ' +
    'this site, you agree to our use of cookies.',
  'Find out more',
  'Accept',
];
export const stFoot = lines(`
About Us
Contact Us
Advertise With Us
Terms & Conditions
Privacy Policy
Need help? Reach us here.
`);
export const stMci = 'MCI (P) 022/11/2024. Published by SPH Media Limited, Co. Regn. No. 202120748H. Copyright © 2025 SPH Media Limited. All rights reserved.';
const para = (p: string): string => `<p>${p}</p>`;
const h4 = (t: string): string => `<h4>${t}</h4>`;
const ad = `<div class="ads ad-midarticle"><div class="advertisement-label">Advertisement</div><div id="dfp-ad-midarticle1" class="dfp-tag-wrapper">
</div></div>`;
export const stHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>HDB to pilot shared rooftop gardens on three Punggol blocks, with residents choosing the plants | The Straits Times</title>
<meta name="description" content="Residents of three HDB blocks in Punggol will be able to grow vegetables, herbs and flowers on their rooftops.">
<meta property="og:title" content="${stTitle}"><meta property="og:site_name" content="The Straits Times"><meta name="article:section" content="Singapore">
<link rel="canonical" href="https://www.straitstimes.example/singapore/housing/hdb-to-pilot-shared-rooftop-gardens-on-three-punggol-blocks">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${stTitle}",
"datePublished":"2025-01-15T05:00:00+08:00","dateModified":"2025-01-15T11:32:00+08:00","author":{"@type":"Person","name":"Ng Wei Ling"},
"isAccessibleForFree":"True","publisher":{"@type":"Organization","name":"The Straits Times"}}]}</script>
<script type="text/javascript">var _data = {"pagename":"hdb-to-pilot-shared-rooftop-gardens","articleid":"4418203","visitorcat":"anonymous",
"paywall":"0","cue_articleid":"4418203","level2":"housing"};</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_bT1iS0dxZmd9.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner" class="navbar-header">
<a href="/" title="Home" rel="home" class="navbar-brand"><img src="/themes/custom/straitstimes/logo.svg" alt="The Straits Times"></a>
<ul class="header-links">${stTop.map((t) => `<li><a href="/${slugify(t)}">${t}</a></li>`).join('')}</ul>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="nav navbar-nav">${stNav.map((t) => `<li class="nav-item"><a href="/${slugify(t)}" class="nav-link">${t}</a></li>`).join('\n')}</ul></nav></header>
<main role="main" id="main-content"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">
<ol class="breadcrumb">${stCrumbs.map((t) => `<li class="breadcrumb-item"><a href="/${slugify(t)}">${t}</a></li>`).join('')}</ol>
<div class="story-headline"><h1 class="headline node-title">${stTitle}</h1></div>
<div class="group-info"><div class="author-field author-name"><a href="/authors/ng-wei-ling">Ng Wei Ling</a></div>
<div class="author-field author-designation">Housing Correspondent</div>
<div class="group-story-postdate"><div class="story-postdate">Published Jan 15, 2025, 05:00 AM</div>
<div class="story-updatedate">Updated Jan 15, 2025, 11:32 AM</div></div></div>
<div class="group-sharing"><button class="gift-article">${stShare[0]}</button><span class="share-label">${stShare[1]}</span>
${stShare
  .slice(2)
  .map((t) => `<a class="share-${slugify(t)}" href="#"><span class="visually-hidden">${t}</span></a>`)
  .join('')}</div>
<figure class="group-media-frame"><div class="media-group"><img src="/sites/default/files/articles/2025/01/15/st_rooftop.jpg" alt="Rooftop at Punggol"
loading="lazy"></div><figcaption class="caption-text">${stCaption}</figcaption></figure>
<div class="clearfix text-formatted field field--name-field-paragraph-text field--type-text-long field--label-hidden field__item">
${[...stP1.map(para), h4(stH1), ...stP2.slice(0, 2).map(para), ad, ...stP2.slice(2).map(para), h4(stH2), ...stP3.map(para), ...stPromos.map(para)].join('\n')}
</div>
<div class="story-tags"><h3 class="story-tags-title">${stSeeMore[0]}</h3><ul>
${stSeeMore
  .slice(1)
  .map((t) => `<li><a href="/tags/${slugify(t)}">${t}</a></li>`)
  .join('')}</ul></div></article>
<section class="block-more-from-st"><h2 class="block-title">${stMore[0]}</h2><ul>
${stMore
  .slice(1)
  .map((t) => `<li class="card"><a href="/singapore/${slugify(t)}"><h5 class="card-title">${t}</h5></a></li>`)
  .join('\n')}</ul></section></div></main>
<footer class="footer"><ul class="footer-links">${stFoot.map((t) => `<li><a href="/${slugify(t)}">${esc(t)}</a></li>`).join('\n')}</ul>
<p class="footer-mci">${stMci}</p></footer></div>
<div id="sp-cookie-banner" class="cookie-banner" role="dialog" aria-live="polite"><p>${stCookie[0]} <a href="/privacy-policy">${stCookie[1]}</a></p>
<button class="cookie-accept">${stCookie[2]}</button></div>
<script src="/sites/default/files/js/js_Ud8Ws1fY2Q.js"></script></body></html>`;
