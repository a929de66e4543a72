import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout263-kit.js';

/**
 * Held-out batch 263, file d: a Politico Europe-style story (hero with dek, "Press play to listen" audio bar, authors and
 * time, share tools, lead image credit, an inline newsletter promo, a pull quote, "Related" links, "More from" and the
 * footer) and a Hill-style story (section kicker, submitted-by byline with time, share bar, figure caption, "Video above"
 * note, the Nexstar copyright line inside the body column, Tags, Most Popular, the "Video" rail and the footer).
 */
const pTitle = 'Nordvik and Calmora clash over fishing quotas as Brussels deadline looms';
const pDek = 'Talks on the North Sea catch limits collapsed late Tuesday, leaving the Commission to decide.';
const pH = ['A map that pleases nobody', 'Commission holds the pen'];
const pP1 = [
  j(
    "BRUSSELS — Two of the EU's biggest fishing nations walked out of quota talks late Tuesday, leaving the European Commission",
    'with less than a week to set catch limits for North Sea cod and herring on its own.',
  ),
  j(
    'Nordvik\'s fisheries minister, Eskil Haugård, accused Calmora of "trying to rewrite the science" after its delegation',
    "pushed for a 14 percent higher cod quota than scientists had advised. Calmora's chief negotiator, Inês Valcárcel, said the",
    'advice ignored new survey data showing stocks recovering faster in the southern grounds.',
  ),
];
const pP2 = [
  j(
    "At the heart of the dispute is a revised map of spawning areas drawn up by the bloc's fisheries research council. It",
    "moves some of the richest grounds closer to Calmora's coast, which would normally mean a bigger share for its fleet.",
  ),
  j(
    "Nordvik argues the map is based on a single season's surveys and should not be used until it is confirmed. Three diplomats",
    'familiar with the talks said smaller coastal countries had sided with Nordvik but were reluctant to say so publicly.',
  ),
  '“We are not going to let one bad winter of data decide the future of a fleet that has fished these waters for 200 years,” Haugård told reporters.',
];
const pP3 = [
  j(
    'Under the rules, if member countries cannot agree by the end of the month, the Commission sets provisional limits based on',
    'scientific advice. Officials say that would likely mean a cut of around 9 percent for cod, lower than either side wanted.',
  ),
  j(
    'A Commission spokesperson said the EU executive "remains available to facilitate an agreement" but would "not hesitate',
    'to act" to protect stocks. Ministers are due to meet again on Monday in Luxembourg.',
  ),
  j(
    'Industry groups on both sides warned that a provisional quota would arrive too late for boats planning the autumn season.',
    'The European Fishing Fleets Alliance said uncertainty was "now the single biggest cost our members face."',
  ),
];
const pCredit = 'Boats moored in the harbour at Skarvik. | Jonas Lindqvist/AFP via Getty Images';
const pNav = ['Newsletters', 'Podcasts', 'Poll of Polls', 'Policy news', 'Events', 'The Newsroom'];
const pRelated = ['EU fishing ministers fail to agree on Baltic eel ban', "Calmora's coast: Why the fishing vote matters"];
const pMore = ['Commission proposes shake-up of farm subsidy rules', 'Parliament group splits over trade deal vote', 'Brussels Playbook: Quota quarrel'];
const pFoot = ['About Us', 'Advertising', 'Careers', 'Privacy Policy', 'Cookie settings', 'Terms of Service', 'Contact'];
const pHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${pTitle} – POLITICO</title>
<meta name="description" content="${pDek}"><meta property="og:site_name" content="POLITICO">
<link rel="canonical" href="https://www.politico.example/article/nordvik-calmora-fishing-quota-talks-collapse/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}",
"author":[{"@type":"Person","name":"Marta Vieira"},{"@type":"Person","name":"Olaf Brekke"}],"datePublished":"2026-05-20T04:00:00+02:00"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section":"Policy","type":"article","tags":["Fisheries"]});</script>
</head><body class="single single-article"><div class="cookie-banner" role="dialog"><p class="cookie-banner__text">We use cookies to give
you the best experience on our website.</p><button class="cookie-banner__accept">Accept</button><button>Settings</button></div>
<header class="header"><a class="header__logo" href="/">POLITICO</a><nav class="header__nav"><ul>${links(pNav, 'header__item')}</ul></nav>
<a class="header__cta" href="/pro">POLITICO Pro</a></header>
<main class="main"><article class="article"><div class="hero"><div class="hero__section"><a href="/section/policy/">Policy</a></div>
<h1 class="hero__title heading">${pTitle}</h1><p class="hero__excerpt">${pDek}</p>
<div class="audio-player"><button class="audio-player__play">Press play to listen to this article</button>
<span class="audio-player__note">Voiced by artificial intelligence.</span></div>
<div class="article-meta"><p class="authors">By <a href="/author/marta-vieira/">Marta Vieira</a> and <a href="/author/olaf-brekke/">Olaf Brekke</a></p>
<p class="date-time"><time datetime="2026-05-20T04:00:00+02:00">May 20, 2026 4:00 am CET</time></p></div>
<div class="share-tools"><a href="#" class="share-tools__link">Share</a><a href="#" class="share-tools__link">Facebook</a>
<a href="#" class="share-tools__link">LinkedIn</a></div>
<figure class="hero__image"><img src="https://www.politico.example/cdn-cgi/image/skarvik.jpg" alt="">
<figcaption><span class="image-credit">${pCredit}</span></figcaption></figure></div>
<div class="article__content">
${ps(pP1)}
<div class="newsletter-promo"><p class="newsletter-promo__title">Brussels Playbook</p><p>Your guide to the week in EU politics.</p>
<a href="/newsletter/brussels-playbook" class="button">Sign up</a></div>
<h3>${pH[0]}</h3>
${ps(pP2.slice(0, 2))}
<blockquote class="pull-quote"><p>${pP2[2]}</p></blockquote>
<h3>${pH[1]}</h3>
${ps(pP3)}
<div class="related-links"><p class="related-links__title">Related</p><ul>${links(pRelated)}</ul></div></div></article>
<section class="more-from"><h2>More from Marta Vieira</h2><ul>${links(pMore)}</ul></section></main>
<footer class="footer"><ul>${links(pFoot)}</ul><p>© 2026 POLITICO SRL</p></footer></body></html>`;
const politico: TestPage = {
  name: 'heldout263-politico-europe-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([pDek, ...pP1, ...pP2, ...pP3]),
  bylines: ['By Marta Vieira and Olaf Brekke', 'May 20, 2026 4:00 am CET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our website.', 'Accept', 'Settings', 'POLITICO', ...pNav, 'POLITICO Pro', 'Policy',
    'Press play to listen to this article', 'Voiced by artificial intelligence.', 'Share', 'Facebook', 'LinkedIn', pCredit, 'Brussels Playbook',
    'Your guide to the week in EU politics.', 'Sign up', 'Related', ...pRelated, 'More from Marta Vieira', ...pMore, ...pFoot, '© 2026 POLITICO SRL',
  ],
};

const hTitle = 'House panel advances bill to require cash option at airport concessions';
const hP = [
  j(
    'A House committee on Wednesday advanced a bipartisan bill that would require restaurants and shops inside U.S. airports',
    'to accept cash, a response to travelers who say card-only kiosks have left them unable to buy a bottle of water.',
  ),
  j(
    'The Transportation and Infrastructure Committee approved the Cash at the Gate Act by a voice vote. The measure, sponsored',
    'by Reps. Dolores Whitcombe (D) and Grant Ashford (R), would apply to any concession at an airport that receives federal',
    'improvement grants.',
  ),
  j(
    '"Not every traveler has a credit card, and not every traveler should have to hand over their data to buy a sandwich,"',
    'Whitcombe said during the markup. "This is about basic access at places built with taxpayer money."',
  ),
  j(
    'Ashford said he heard from constituents in rural districts, many of them older travelers or people who use prepaid',
    'debit cards that some point-of-sale systems reject. He said the bill gives airports a year to comply.',
  ),
  j(
    'The airport concessions industry has pushed back. A trade group representing operators said in a letter to the committee',
    'that cash handling raises labor costs and security concerns, and that many locations already offer a machine that converts',
    'cash to a prepaid card.',
  ),
  j(
    'Consumer advocates call those machines a poor substitute, noting that they often charge fees and that leftover balances',
    "on the cards can be hard to recover. A survey by the Travelers' Fair Access Project found card-only outlets at 41 of the",
    '60 busiest U.S. airports.',
  ),
  j(
    'The bill now heads to the full House. A companion measure in the Senate has not yet been scheduled for a committee vote,',
    'though aides said they expect a hearing before the August recess.',
  ),
  j(
    'At least nine states and several cities already require most retailers to accept cash, but airport concessions are often',
    'exempt because they operate under contracts with airport authorities.',
  ),
];
const hCaption = 'Travelers wait in line at a security checkpoint. (Getty Images)';
const hNav = ['News', 'Policy', 'Business', 'Opinion', 'Video', 'Events', 'Changing America', 'The Hill TV'];
const hTags = ['air travel', 'cash payments', 'House Transportation Committee'];
const hPop = ['Senate confirms new FAA administrator', 'Poll: Voters split on border funding deal', 'Governor signs sweeping housing bill'];
const hVideo = ['Rising: Lawmakers weigh in on airline fees', 'Sunday Talk Shows recap'];
const hFoot = ['Contact', 'Advertise', 'Privacy Policy', 'Terms & Conditions', 'Sitemap', 'Subscriptions', 'Digital Newsletters'];
const hCopy = j('Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or', 'redistributed.');
const hHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${hTitle}</title>
<meta name="description" content="The Cash at the Gate Act would apply to airports that receive federal grants.">
<meta property="og:site_name" content="The Hill"><link rel="canonical" href="https://thehill.example/homenews/house/5129983-airport-cash-bill/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hTitle}",
"author":{"@type":"Person","name":"Evander Sloane"},"datePublished":"2026-05-20T15:44:00-04:00"}</script>
<script>var nxsData = {"page":"article","section":"house","id":5129983};</script></head>
<body class="single single-post postid-5129983 the-hill"><header class="site-header"><a class="site-header__logo" href="/">The Hill</a>
<nav class="site-header__nav"><ul>${links(hNav, 'menu-item')}</ul></nav><a class="newsletter-link" href="/newsletter-signup">Newsletters</a></header>
<div class="ad-wrapper"><span class="ad-label">Advertisement</span></div>
<main class="site-main"><article class="article"><div class="article__header"><span class="article__kicker"><a href="/homenews/house/">Congress</a></span>
<h1 class="page-title">${hTitle}</h1>
<section class="submitted-by">by <a href="/author/evander-sloane/">Evander Sloane</a> - 05/20/26 3:44 PM ET</section>
<div class="social-share"><a class="share-fb" href="#">Share</a><a class="share-tw" href="#">Post</a><a class="share-email" href="#">Email</a></div></div>
<figure class="featured-image"><img src="https://thehill.example/wp-content/uploads/sites/2/2026/05/airport.jpg" alt="">
<figcaption class="featured-image__caption">${hCaption}</figcaption></figure>
<div class="article__text">
<p class="video-note"><em>Video above: Rising discusses new airline fee rules.</em></p>
${ps(hP)}
<p class="copyright"><em>${hCopy}</em></p></div>
<div class="article__tags"><span>Tags</span><ul>${links(hTags)}</ul></div></article>
<aside class="sidebar"><section class="most-popular"><h2>Most Popular</h2><ol>${links(hPop)}</ol></section>
<section class="video-rail"><h2>Video</h2><ul>${links(hVideo)}</ul></section></aside></main>
<footer class="site-footer"><ul>${links(hFoot)}</ul><p>THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL</p>
<p>© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.</p></footer></body></html>`;
const hill: TestPage = {
  name: 'heldout263-the-hill-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hP),
  bylines: ['by Evander Sloane - 05/20/26 3:44 PM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Hill', ...hNav, 'Newsletters', 'Advertisement', 'Congress', 'Share', 'Post', 'Email', hCaption, 'Video above: Rising discusses new airline fee rules.',
    hCopy, 'Tags', ...hTags, 'Most Popular', ...hPop, ...hVideo, ...hFoot, 'THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL',
    '© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.',
  ],
};

export const HELDOUT263_D: readonly TestPage[] = [politico, hill];
