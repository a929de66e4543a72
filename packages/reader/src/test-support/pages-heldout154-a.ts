import { links, ps, type TestPage, texts } from './page-kit.js';
import { wsjPage } from './pages-heldout154-a2.js';

/**
 * Held-out batch 154, file a: a New York Post news story on its WordPress VIP theme (the "nypost" masthead with the
 * section menu, the "Filed under" tag list, the share bar, lead image with caption and credit, inline "Read Next"
 * promo inside the story body, ad slots with "Advertisement" labels, the OpenWeb "What do you think? Post a comment."
 * box, the "Read Next" rail and the Page Six / Decider footer) and, from file a2, a Wall Street Journal story.
 */
const npTitle = 'Bronx landlord slapped with $2.3M fine after tenants went 40 days without heat';
const npParas = [
  'A Bronx landlord who left more than 100 tenants shivering through six weeks of winter without heat or hot water was ordered ' +
    'to pay $2.3 million in fines and repairs on Thursday, in one of the largest penalties the city has ever won against a single ' +
    'building owner.',
  'Housing Court Judge Marisol Etheridge blasted Vance Pellegrino, whose company, Grand Tremont Holdings LLC, owns the 68-unit ' +
    'building on Ryer Avenue, for what she called a “deliberate pattern of neglect” that forced families to sleep in coats and boil ' +
    'water on their stoves.',
  '“This was not a broken boiler. This was a business decision,” Etheridge wrote in a 41-page ruling. “The owner had the money, ' +
    'had the warnings and chose to do nothing.”',
  'Tenants first lost heat on Jan. 3, when the building’s 50-year-old oil boiler failed during a cold snap that sent temperatures ' +
    'in the city into the teens. Inspectors from the Department of Housing Preservation and Development logged 212 violations ' +
    'over the following weeks, including 87 for missing heat, records show.',
  'Residents said the landlord’s office stopped answering the phone after the first week.',
  '“My daughter did her homework in gloves,” said Yesenia Cordero, 38, who has lived in the building for 14 years. “We ' +
    'were running the oven all night and praying nobody got sick from it.”',
  'The city eventually stepped in under its emergency repair program, sending contractors to install a temporary boiler on ' +
    'Feb. 12. The work cost taxpayers about $410,000, which the judge ordered Pellegrino to repay on top of the civil penalties.',
  'Pellegrino, 61, who lives in a $4.2 million house in Scarsdale, did not appear at Thursday’s hearing. His lawyer, Curtis ' +
    'Blaylock, said his client “inherited a building with serious problems” and had been “working in good faith” to secure financing ' +
    'for a new heating system.',
  '“We respectfully disagree with the court’s characterization and are reviewing our options,” Blaylock told The Post.',
  'It is not the first time Pellegrino has landed on the city’s radar. His companies own at least nine other buildings in the ' +
    'Bronx and upper Manhattan, and four of them appeared on the public advocate’s “worst landlords” watchlist last year.',
  'Councilmember Oscar Beltrán, whose district includes the building, said the ruling should be a warning to other owners who ' +
    'treat fines as a cost of doing business.',
  '“Two point three million dollars is a number that gets attention,” Beltrán said. “But these families should never have had to ' +
    'go to court to get heat in the richest city in the world.”',
  'Under the ruling, Pellegrino must install a permanent boiler by Oct. 1 and submit monthly progress reports to HPD. If he misses ' +
    'the deadline, the court could appoint an administrator to take control of the building and collect rents directly.',
  'Tenants, who have been withholding rent since February, said they would believe the repairs when they see them.',
  '“We’ve heard promises before,” Cordero said. “Next winter, we’ll know.”',
];
const npNav = ['Metro', 'News', 'Sports', 'Entertainment', 'Business', 'Opinion', 'Real Estate', 'Shopping', 'Video', 'Podcasts', 'Newsletters'];
const npTop = ['Log In', 'Subscribe', 'Search'];
const npShare = ['Facebook', 'X', 'Email', 'Text', 'WhatsApp', 'Copy'];
const npTags = ['bronx', 'heat', 'landlords', 'nyc housing', 'tenants'];
const npCaption = 'Tenants at the Ryer Avenue building said they went weeks without heat or hot water.';
const npCredit = 'Stefano Marchetti for NY Post';
const npCaption2 = 'Yesenia Cordero said her daughter did her homework in gloves.';
const npCredit2 = 'Christopher Sadowski';
const npReadNext = [
  'NYC rent guidelines board floats biggest hike for stabilized tenants in a decade',
  'Queens man charged with stealing copper pipes from vacant school',
  'Mayor’s office quietly drops plan for Bronx homeless shelter after outcry',
  'Inside the Harlem walk-up where tenants pay $400 a month — and won’t leave',
];
const npInlinePromo = 'Squatters take over $1M Queens home — and owner can’t do a thing about it';
const npFoot = ['Page Six', 'Decider', 'NY Post Shopping', 'Terms of Use', 'Membership Terms', 'Privacy Notice', 'Sitemap', 'Your Ad Choices'];
const npCopy = '© 2025 NYP Holdings, Inc. All Rights Reserved';
const npNews = ['Start your day with all you need to know', 'Morning Report delivers the latest news, videos, photos and more.'];
const npLd = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${npTitle}","datePublished":"2025-03-13T18:12:44-04:00",
"dateModified":"2025-03-13T19:02:10-04:00","author":[{"@type":"Person","name":"Kieran Doyle","url":"https://nypost.example/author/kieran-doyle/"}],
"publisher":{"@type":"Organization","name":"New York Post"},"articleSection":"Metro"}`;
const npAd = (id: string): string =>
  `<div class="ad-slot ad-slot--inline" id="${id}" data-ad-slot="${id}"><span class="ad-slot__label">Advertisement</span>
<div class="ad-slot__inner"></div></div>`;
const npFig = (src: string, cap: string, credit: string): string => `<figure class="wp-block-image size-large single__image">
<img src="https://nypost.example/wp-content/uploads/sites/2/2025/03/${src}.jpg?w=1024" alt="" width="1024" height="683" loading="lazy">
<figcaption class="wp-element-caption">${cap} <span class="credit">${credit}</span></figcaption></figure>`;
const npHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bronx landlord slapped with $2.3M fine after tenants went 40 days without heat</title>
<meta name="description" content="A Bronx landlord who left tenants without heat for six weeks was ordered to pay $2.3 million.">
<meta property="og:type" content="article"><meta property="og:site_name" content="New York Post"><meta property="og:title" content="${npTitle}">
<meta property="article:section" content="Metro"><meta property="article:published_time" content="2025-03-13T18:12:44-04:00">
<meta name="parsely-title" content="${npTitle}"><link rel="canonical" href="https://nypost.example/2025/03/13/us-news/bronx-landlord-fined/">
<link rel="stylesheet" id="nypost-theme-css" href="https://nypost.example/wp-content/themes/nypost-2016/dist/css/theme.css?ver=3.1.9" media="all">
<script type="application/ld+json">${npLd}</script>
<script>window.nyp_dataLayer={"post_id":29714402,"section":"metro","author":"Kieran Doyle"};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head><body class="post-template-default single single-post postid-29714402 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to main content</a>
<header class="site-header" id="site-header"><div class="site-header__inner">
<button class="site-header__menu-toggle" aria-expanded="false"><span class="screen-reader-text">Open navigation menu</span></button>
<a class="site-header__logo" href="https://nypost.example/"><span class="screen-reader-text">New York Post</span><svg aria-hidden="true"></svg></a>
<ul class="site-header__actions">${links(npTop, 'site-header__action')}</ul></div>
<nav class="nav-primary" aria-label="Primary"><ul class="nav-primary__menu">${links(npNav, 'nav-primary__item')}</ul></nav></header>
${npAd('leaderboard-1')}
<main id="main" class="site-main"><div class="layout layout--single">
<article class="single single--article post-29714402" id="post-29714402">
<header class="single__header"><div class="single__kicker"><a href="/metro/" class="kicker">Metro</a></div>
<h1 class="headline headline--single">${npTitle}</h1>
<div class="single__meta"><div class="byline"><div class="byline__author"><span class="byline__prefix">By</span>
<a href="https://nypost.example/author/kieran-doyle/" class="byline__author-name">Kieran Doyle</a></div>
<div class="date date--updated"><span class="date--updated__item"><span>Published </span>
<span>March 13, 2025, 6:12 p.m. ET</span></span>
<span class="date--updated__item"><span>Updated </span><span>March 13, 2025, 7:02 p.m. ET</span></span></div></div>
<div class="share-bar share-bar--top"><span class="share-bar__label">Share</span><ul class="share-bar__list">${links(npShare, 'share-bar__item')}</ul>
<div class="share-bar__count" aria-hidden="true">Thanks for contacting us. We've received your submission.</div></div></div></header>
${npFig('ryer-avenue-building', npCaption, npCredit)}
<div class="single__content entry-content m-bottom">
${ps(npParas.slice(0, 4))}
${npAd('inline-1')}
${ps(npParas.slice(4, 6))}
<div class="inline-module inline-module--read-next"><h3 class="inline-module__heading">Read Next</h3>
<a class="inline-module__link" href="/2025/03/12/real-estate/squatters-queens-home/"><span>${npInlinePromo}</span></a></div>
${npFig('yesenia-cordero', npCaption2, npCredit2)}
${ps(npParas.slice(6, 10))}
${npAd('inline-2')}
${ps(npParas.slice(10))}
</div>
<div class="tag-list"><span class="tag-list__heading">Filed under</span><ul class="tag-list__list">${links(npTags, 'tag-list__item')}</ul></div>
<div class="share-bar share-bar--bottom"><span class="share-bar__label">Share this article:</span>
<ul class="share-bar__list">${links(npShare, 'share-bar__item')}</ul></div>
<section class="comments comments--openweb" id="comments"><h2 class="comments__heading">What do you think? Post a comment.</h2>
<div data-spotim-module="conversation" data-post-id="29714402"></div></section>
</article>
<aside class="sidebar sidebar--single" aria-label="Sidebar">${npAd('rail-1')}
<section class="widget widget--read-next"><h2 class="widget__heading">Read Next</h2>
<ul class="story-list">${links(npReadNext, 'story-list__item')}</ul></section>
<section class="widget widget--newsletter"><h3 class="widget__heading">${npNews[0]}</h3><p>${npNews[1]}</p>
<form class="newsletter-form"><label class="screen-reader-text" for="nl-email">Enter your email address</label>
<input id="nl-email" type="email" placeholder="Enter your email address"><button type="submit">Sign Up</button></form>
<p class="newsletter-form__legal">By clicking above you agree to the Terms of Use and Privacy Policy.</p></section></aside>
</div></main>
<footer class="site-footer"><a class="site-footer__logo" href="/"><span class="screen-reader-text">New York Post</span></a>
<ul class="site-footer__links">${links(npFoot, 'site-footer__item')}</ul><p class="site-footer__copyright">${npCopy}</p></footer>
<script src="https://nypost.example/wp-content/themes/nypost-2016/dist/js/theme.js?ver=3.1.9" id="nypost-theme-js"></script>
<script async src="https://launcher.spot.im/spot/sp_abc123" data-spotim-module="spotim-launcher"></script>
</body></html>`;
const nypost: TestPage = {
  html: npHtml,
  name: 'heldout154-nypost-news',
  kind: 'news',
  title: npTitle,
  headings: [],
  body: texts(npParas),
  bylines: ['By Kieran Doyle', 'Published March 13, 2025, 6:12 p.m. ET', 'Updated March 13, 2025, 7:02 p.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open navigation menu', 'New York Post', ...npTop, ...npNav, 'Advertisement', 'Metro', 'Share', ...npShare,
    "Thanks for contacting us. We've received your submission.", npCaption, npCredit, npCaption2, npCredit2, 'Read Next', npInlinePromo,
    'Filed under', ...npTags, 'Share this article:', 'What do you think? Post a comment.', ...npReadNext, ...npNews, 'Enter your email address',
    'Sign Up', 'By clicking above you agree to the Terms of Use and Privacy Policy.', ...npFoot, npCopy,
  ],
};

export const HELDOUT154_A: readonly TestPage[] = [nypost, wsjPage];
