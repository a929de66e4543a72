import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 142, file e2: a CalMatters story on its WordPress theme (skip link, the header with "Donate" and the
 * newsletter button, the topic nav and the hidden mobile menu, the category label, headline, the "In summary" box, byline
 * with the date and "Updated", the share links and "Republish", the lead image with caption and credit, story text with two
 * subheads and a list, a WhatMatters newsletter box inside the story, the "California Divide"-style collaboration note, the
 * author box, the republish modal text, the "Support our work" appeal, "Related Articles" and the footer).
 */
const cmTitle = 'California’s motel-to-housing program promised thousands of homes. Rising costs have stalled half of them';
const cmSummary =
  'A state program that buys old motels and turns them into apartments has opened 3,100 units, but 40 projects are stuck as repair and ' +
  'operating costs climb.';
const cmP1 = texts([
  'Four years after California began paying cities and counties to buy aging motels and turn them into permanent homes for ' +
    'people leaving homelessness, the program has opened about 3,100 apartments. That is roughly half of what state officials ' +
    'projected when they launched it.',
  'Of the 81 projects the state has funded, 41 are open and housing tenants, according to data from the state housing ' +
    'department reviewed by CalMatters. The other 40 are delayed, some by two years or more, most of them because the cost ' +
    'of renovating the buildings turned out to be far higher than expected.',
]);
const cmH1 = 'Why costs climbed';
const cmP2 = texts([
  'Motels looked like a shortcut. They already had rooms, bathrooms and plumbing, and buying one was usually cheaper and ' +
    'faster than building from scratch. But many of the buildings were 50 or 60 years old, and once work began, local ' +
    'housing agencies found problems that had been hidden behind the walls.',
  'Housing officials who spoke to CalMatters listed the most common surprises:',
]);
const cmList = texts([
  'Electrical systems that could not handle a kitchenette in every room.',
  'Asbestos and lead paint that had to be removed before any other work could start.',
  'Sewer lines that needed replacing to meet code for permanent housing.',
  'Fire sprinkler requirements that motels had been exempt from.',
]);
const cmP3 = texts([
  'In Riverbend, a county housing authority bought a 64-room motel in 2022 for $11 million, expecting to spend another $4 ' +
    'million on repairs. The repair estimate is now $13 million, and the project has not opened.',
  '“Every time we opened a wall there was another problem,” said Delia Navarro, the authority’s development director. “We ' +
    'are committed to finishing it, but it is not the quick win anyone thought it would be.”',
]);
const cmH2 = 'Operating money runs short';
const cmP4 = texts([
  'Even projects that open face a second problem. The state paid for buying and fixing the buildings, but only gave money to ' +
    'run them, including on-site case managers and security, for the first three to five years.',
  'Several counties told the state this year that they could not cover those costs once the initial money runs out. ' +
    'Assemblymember Renata Oyelaran, a Democrat from the Central Valley, has introduced a bill that would set aside $250 ' +
    'million a year for ongoing services in motel projects.',
  'A spokesperson for the housing department said the program was still among the fastest ways the state has found to create ' +
    'homes for homeless Californians, and that delayed projects would receive help from a new team of state construction ' +
    'advisers starting in January.',
]);
const cmNav = ['Politics', 'Economy', 'Education', 'Environment', 'Health', 'Housing', 'Justice', 'Commentary', 'Explainers'];
const cmCaption = 'The former Sunset Palms Motel in Riverbend, which a county housing authority bought in 2022, sits fenced off on Sept. 25, 2025.';
const cmCredit = 'Photo by Tomás Ibarra for CalMatters';
const cmShare = ['Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const cmNews = [
  'Get the morning’s top California news in your inbox with WhatMatters, our free daily newsletter.',
  'Your email',
  'Subscribe',
  'You’re in! Watch your inbox for WhatMatters tomorrow morning.',
];
const cmDivide =
  'This article is part of The California Gap, a collaboration among newsrooms examining income inequality and economic survival in ' + 'California.';
const cmBio =
  'Owen Takahashi covers housing and homelessness for CalMatters. Before joining CalMatters, he reported on local government in the ' + 'Inland Empire.';
const cmRepublish = [
  'Republish our articles for free, online or in print, under a Creative Commons license.',
  'This article was originally published on CalMatters and was republished under the Creative Commons Attribution-NonCommercial-NoDerivatives license.',
];
const cmSupport = [
  'We want to hear from you',
  'CalMatters is a nonprofit newsroom. Our journalism is free to read and republish, and it relies on readers like you.',
  'Support our work',
];
const cmRelated = [
  'Homeless encampment sweeps rose sharply this year. Where did people go?',
  'California cities missed their housing goals again. Here’s how far behind they are',
];
const cmFoot = ['About', 'Staff', 'Careers', 'Funding', 'Ethics Policy', 'Republishing Guidelines', 'Contact Us', 'Privacy Policy'];
const cmP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const cmHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${cmTitle} - CalMatters</title>
<meta name="description" content="${cmSummary}"><meta property="og:site_name" content="CalMatters"><meta property="og:type" content="article">
<meta property="og:title" content="${cmTitle}"><link rel="canonical" href="https://calmatters.org/housing/2025/10/motel-housing-program-delays/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${cmTitle}",
"datePublished":"2025-10-08T05:00:00-07:00","dateModified":"2025-10-08T14:20:00-07:00","author":{"name":"Owen Takahashi"},"isAccessibleForFree":true}]}</script>
<link rel="stylesheet" id="calmatters-style-css" href="https://calmatters.org/wp-content/themes/calmatters/dist/main.css?ver=4.2.0" media="all">
<script src="https://calmatters.org/wp-content/themes/calmatters/dist/main.js?ver=4.2.0" id="calmatters-main-js" defer></script></head>
<body class="post-template-default single single-post postid-218843 single-format-standard category-housing">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><a class="custom-logo-link" href="https://calmatters.org/" rel="home">
<img src="/wp-content/uploads/calmatters-logo.svg"
alt="CalMatters"></a><div class="header-buttons"><a class="button donate" href="https://calmatters.org/donate/">Donate</a>
<a class="button newsletter" href="https://calmatters.org/newsletters/">Get our newsletters</a></div>
<nav class="main-navigation" aria-label="Main"><ul id="menu-primary" class="menu">${links(cmNav, 'menu-item')}</ul></nav>
<div class="mobile-menu" hidden><ul>${links(cmNav, 'mobile-menu-item')}</ul></div></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-218843" class="post-218843 post type-post status-publish format-standard has-post-thumbnail category-housing">
<header class="entry-header"><div class="cat-links"><a href="https://calmatters.org/category/housing/" rel="category tag">Housing</a></div>
<h1 class="entry-title">${cmTitle}</h1>
<div class="entry-summary"><h2 class="summary-label">In summary</h2><p>${cmSummary}</p></div>
<div class="entry-meta"><span class="byline">By <a class="url fn n" href="https://calmatters.org/author/owen-takahashi/">Owen Takahashi</a></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-10-08T05:00:00-07:00">October 8, 2025</time>
<time class="updated" datetime="2025-10-08T14:20:00-07:00">Updated October 8, 2025 2:20 p.m.</time></span></div>
<div class="share-tools"><span class="share-label">Share this:</span><ul>${cmShare
  .map(
    (t) => `<li>
<a href="#" class="share-${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}</ul>
<button class="republish-button" type="button">Republish</button></div></header>
<figure class="post-thumbnail"><img src="https://calmatters.org/wp-content/uploads/2025/10/motel.jpg" alt="A fenced motel building">
<figcaption class="wp-caption-text">${cmCaption} <span class="image-credit">${cmCredit}</span></figcaption></figure>
<div class="entry-content">
${cmP(cmP1)}
<div class="newsletter-signup-inline"><p class="newsletter-pitch">${cmNews[0]}</p><form><label class="screen-reader-text" for="wm-email">${cmNews[1]}</label>
<input id="wm-email" type="email"><button type="submit">${cmNews[2]}</button></form><p class="newsletter-success" hidden>${cmNews[3]}</p></div>
<h2 class="wp-block-heading">${cmH1}</h2>
${cmP(cmP2)}
<ul class="wp-block-list">${cmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${cmP(cmP3)}
<h2 class="wp-block-heading">${cmH2}</h2>
${cmP(cmP4)}
<p class="has-small-font-size series-note"><em>${cmDivide}</em></p>
</div>
<footer class="entry-footer"><div class="author-box"><img src="https://calmatters.org/wp-content/uploads/owen-takahashi.jpg" alt="">
<div class="author-info"><p class="author-name"><a href="https://calmatters.org/author/owen-takahashi/">Owen Takahashi</a></p>
<p class="author-title">Housing Reporter</p>
<p class="author-bio">${cmBio}</p></div></div></footer></article>
<div class="republish-modal" role="dialog" hidden><h2>Republish</h2><p>${cmRepublish[0]}</p><p>${cmRepublish[1]}</p></div>
<section class="support-box"><h2>${cmSupport[0]}</h2><p>${cmSupport[1]}</p><a class="button" href="https://calmatters.org/donate/">${cmSupport[2]}</a></section>
<section class="related-posts"><h2 class="related-title">Related Articles</h2><ul>${links(cmRelated, 'related-post')}</ul></section></main></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(cmFoot, 'menu-item')}</ul>
<p class="site-info">© 2025 CalMatters. All rights reserved.</p></footer></body></html>`;
export const calMatters: TestPage = {
  html: cmHtml,
  name: 'heldout142-calmatters-news',
  kind: 'news',
  // the "In summary" text is the dek (body), its label furniture; the newsletter box, the series note, the author box's
  // title and bio, share links, the republish modal, the support appeal and related articles are furniture
  title: cmTitle,
  headings: [cmH1, cmH2],
  body: [cmSummary, ...cmP1, ...cmP2, ...cmList, ...cmP3, ...cmP4],
  bylines: ['Owen Takahashi', 'October 8, 2025', 'Updated October 8, 2025 2:20 p.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Donate', 'Get our newsletters', ...cmNav, 'In summary', 'Share this:', ...cmShare, 'Republish', cmCaption, cmCredit,
    ...cmNews, cmDivide, 'Housing Reporter', cmBio, ...cmRepublish, ...cmSupport, 'Related Articles', ...cmRelated, ...cmFoot,
    '© 2025 CalMatters. All rights reserved.',
  ],
};
