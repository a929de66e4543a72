import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 153, file d2: a Globe and Mail opinion column (the header with section menu, "Log in" and "Subscribe", the
 * "Opinion" label, headline and deck, the byline with "Special to The Globe and Mail" and the published date, the "For
 * subscribers" tag, "Listen to this article", share, bookmark, gift and comments buttons, the italic contributor note as the
 * first paragraph of the body container, an inline photo with "Open this photo in gallery:" and caption, the "Follow related
 * authors and topics" box, the "Report an editorial error" links, "More from Opinion" and the footer).
 */
const gmTitle = 'Rural Canada can’t wait another decade for decent internet';
const gmDeck = 'Every year the promised connection slips further away, and every year more young families decide not to stay';
const gmNote = 'Laura Whitcombe is the former reeve of Grey Hollow Township, Ont., and a fellow at the Lakehead Institute for Rural Policy.';
const gmP1 = [
  'When I was first elected reeve of Grey Hollow Township in 2015, the most common complaint at council meetings was about ' +
    'potholes. By the time I left office last fall, it was the internet.',
  'That is not because our roads got better. It is because nearly every part of rural life now runs through a connection that, in ' +
    'much of our township, still tops out at a few megabits per second on a good day. Parents help children with homework that ' +
    'assumes a fast connection. Farmers file their crop insurance claims online. The nearest bank branch closed in 2019, and the ' +
    'nearest doctor taking new patients offers appointments by video.',
  'Governments have noticed. Ottawa and the province have announced funding programs, signed agreements with providers and set ' +
    'dates by which every home will be connected. The dates have a habit of moving. In our township, the target was first 2021, ' +
    'then 2024, and is now “by the end of 2027.”',
  'I do not doubt that the people running these programs want them to succeed. But the way the money is handed out almost ' +
    'guarantees delays in places like ours.',
];
const gmP2 = [
  'Most of the funding goes to large providers that bid to serve big territories. The most profitable areas are built first; the ' +
    'farms at the end of long concession roads wait. When costs rise, the contracts are renegotiated, and the last few hundred ' +
    'homes are the ones that slip.',
  'There is a better model, and some municipalities have already shown that it works. In the eastern part of the province, a ' +
    'group of townships formed a non-profit network, borrowed against future revenue and laid fibre along their own road ' +
    'allowances. They connected every home in four years. Because the townships own the network, the profit stays local and ' +
    'pays down the debt.',
  'Grey Hollow tried to do the same in 2022. We were told we were not eligible for provincial money because a private company ' +
    'had already been awarded our area. That company has since connected about a third of the homes it promised.',
  'If governments want to finish the job, they should do three things. First, set a firm deadline for each contract, and take ' +
    'back the territory, and the money, from any provider that misses it. Second, let municipalities and co-operatives bid for ' +
    'the areas the big providers leave behind, with the same access to funding. Third, publish the progress of every contract, ' +
    'road by road, so residents can see who is falling behind.',
  'None of this is radical. It is how we build roads and water systems. Nobody would accept a paved road that stopped three ' +
    'kilometres short of half the houses on it.',
  'Every year that we wait, more young families decide that they cannot make a life in the country, however much they love it. ' +
    'Rural Canada has been patient for a long time. It has run out of reasons to be.',
];
const gmNav = ['Canada', 'World', 'Business', 'Investing', 'Personal Finance', 'Opinion', 'Politics', 'Sports', 'Life', 'Arts', 'Drive', 'Real Estate'];
const gmTools = ['Listen to this article', 'Share', 'Bookmark', 'Gift this article', 'Comments', 'Leave a comment'];
const gmGallery = 'Open this photo in gallery:';
const gmCaption = 'A farm near Grey Hollow Township, Ont., where many homes still rely on slow fixed-wireless connections.';
const gmCredit = 'Peter Marchand/The Globe and Mail';
const gmFollow = [
  'Follow related authors and topics',
  'Follow',
  'Rural Canada',
  'Broadband',
  'Authors and topics you follow will be added to your personal news feed.',
];
const gmReport = ['Report an editorial error', 'Report a technical issue', 'Editorial code of conduct'];
const gmMore = [
  'Opinion: Ottawa’s housing accelerator is not reaching small towns',
  'Opinion: Cellphone dead zones on rural highways are a safety risk',
  'Editorial: The CRTC should put deadlines in its broadband rules',
];
const gmFoot = ['Contact Us', 'Customer Help', 'Advertise with Us', 'Terms & Conditions', 'Privacy Policy', 'Accessibility Policy', 'Sitemap'];
const gmCopy = '© Copyright 2025 The Globe and Mail Inc. All rights reserved.';
const gmP = (t: string): string => `<p class="c-article-body__text text-gmr-6 font-gmsans md:text-gmr-7 mb-16" data-sophi-feature="interstitial">${t}</p>`;
const gmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Opinion: Rural Canada can’t wait another decade for decent internet - The Globe and Mail</title><meta name="description" content="${gmDeck}">
<meta property="og:site_name" content="The Globe and Mail"><meta property="og:type" content="article"><meta property="og:title" content="${gmTitle}">
<meta name="article:section" content="Opinion"><meta name="article:opinion" content="true"><meta name="author" content="Laura Whitcombe">
<link rel="canonical" href="https://www.theglobeandmail.com/opinion/article-rural-canada-cant-wait-another-decade-for-decent-internet/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"OpinionNewsArticle","headline":"${gmTitle}","description":"${gmDeck}",
"datePublished":"2025-03-04T05:00:00-05:00","author":[{"@type":"Person","name":"Laura Whitcombe"}],"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".c-article-body"},
"publisher":{"@type":"NewsMediaOrganization","name":"The Globe and Mail"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="tgam";Fusion.contentCache={};window.tgam={"sophi":{"pageType":"article","section":"opinion"}};</script>
<link rel="stylesheet" href="/pf/resources/dist/tgam/css/main.css?d=1281"></head>
<body><div id="fusion-app" class="layout-article">
<header class="c-site-header"><div class="c-site-header__top"><a class="c-site-header__logo" href="/"><span class="sr-only">The Globe and Mail</span>
<svg class="logo" aria-hidden="true"></svg></a><div class="c-site-header__account"><a class="c-button c-button--subscribe" href="/subscribe">Subscribe</a>
<a class="c-button c-button--login" href="/login">Log in</a></div></div>
<nav class="c-site-header__nav" aria-label="Sections"><ul class="c-nav">${links(gmNav, 'c-nav__item')}</ul></nav></header>
<main id="main-content"><article class="c-article" data-sophi-feature="article"><header class="c-article-header">
<a class="c-section-label" href="/opinion/">Opinion</a><h1 class="c-primary-title">${gmTitle}</h1><h2 class="c-primary-deck">${gmDeck}</h2>
<div class="c-byline"><span class="c-byline__name"><a href="/authors/laura-whitcombe/">Laura Whitcombe</a></span>
<span class="c-byline__affiliation">Special to The Globe and Mail</span></div>
<div class="c-timestamp"><time datetime="2025-03-04T10:00:00Z">Published March 4, 2025</time></div>
<span class="c-article-label c-article-label--subscriber">For subscribers</span>
<div class="c-article-tools">${gmTools
  .map((t) => `<button class="c-article-tools__button c-article-tools__button--${t.split(' ')[0]?.toLowerCase()}" type="button">${t}</button>`)
  .join('\n')}</div></header>
<section class="c-article-body" data-sophi-feature="article-body">
${gmP(`<em>${gmNote}</em>`)}
${gmP1.map(gmP).join('\n')}
<figure class="c-article-body__image c-figure"><button class="c-figure__gallery-open" type="button"><span class="c-figure__gallery-label">${gmGallery}</span>
</button><img src="https://www.theglobeandmail.com/resizer/v2/GH4RURALFARM.jpg?auth=3f1c&amp;width=600" alt="">
<figcaption class="c-figure__caption"><span class="c-figure__caption-text">${gmCaption}</span><span class="c-figure__credit">${gmCredit}</span>
</figcaption></figure>
${gmP2.map(gmP).join('\n')}
</section>
<section class="c-follow-topics"><h3 class="c-follow-topics__title">${gmFollow[0]}</h3><ul class="c-follow-topics__list">
<li><span class="c-follow-topics__name">Laura Whitcombe</span><button type="button">${gmFollow[1]}</button></li>
<li><span class="c-follow-topics__name">${gmFollow[2]}</span><button type="button">${gmFollow[1]}</button></li>
<li><span class="c-follow-topics__name">${gmFollow[3]}</span><button type="button">${gmFollow[1]}</button></li></ul>
<p class="c-follow-topics__note">${gmFollow[4]}</p></section>
<section class="c-report-links"><h3 class="sr-only">Interact with The Globe</h3><ul>${links(gmReport, 'c-report-links__item')}</ul></section>
</article>
<section class="c-more-from"><h2 class="c-more-from__title">More from Opinion</h2><ul class="c-more-from__list">${gmMore
  .map((t, i) => `<li class="c-card"><a href="/opinion/article-more-${i}/"><h3 class="c-card__title">${t}</h3></a></li>`)
  .join('\n')}</ul></section>
<div class="c-ad c-ad--bigbox"><span class="c-ad__label">Advertisement</span><div id="gpt-bigbox-1"></div></div></main>
<footer class="c-site-footer"><ul class="c-site-footer__links">${links(gmFoot, 'c-site-footer__item')}</ul><p class="c-site-footer__copyright">${gmCopy}</p>
</footer></div><script src="/pf/dist/engine/react.js?d=1281" defer></script></body></html>`;
export const globeOpinion: TestPage = {
  html: gmHtml,
  name: 'heldout153-globe-and-mail-opinion',
  kind: 'news',
  // the deck is body; the italic contributor note that opens the body container is furniture (an author box in the text);
  // the author's name, "Special to The Globe and Mail" and the date are bylines; the "Opinion" label (also a menu item),
  // tools, the gallery label, caption, credit, follow box, report links and "More from Opinion" are furniture
  title: gmTitle,
  headings: [],
  body: [gmDeck, ...texts(gmP1), ...texts(gmP2)],
  bylines: ['Laura Whitcombe', 'Special to The Globe and Mail', 'Published March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log in', ...gmNav, 'For subscribers', ...gmTools, gmNote, gmGallery, gmCaption, gmCredit, ...gmFollow, 'Interact with The Globe',
    ...gmReport, 'More from Opinion', ...gmMore, 'Advertisement', ...gmFoot, gmCopy,
  ],
};
