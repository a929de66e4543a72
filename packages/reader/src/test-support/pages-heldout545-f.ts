import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout545-kit.js';

/**
 * Held-out batch 545, file f: a local news story about an arcade reopening on a Next.js news site (pages router, CSS modules,
 * OneTrust banner, share bar, inline "Read more" link, ad slots, most-read rail), and a personal history blog post about a
 * bingo hall on Hugo (PaperMod theme: breadcrumbs, post meta, collapsed table of contents, tags, prev / next links).
 */
const nTitle = 'Marine Parade arcade to reopen with card-only machines after fire';
const nDek = 'Goldrush Amusements will open its doors again on Friday, eight months after a fire gutted its ground floor.';
const nBody = [
  j(
    'The arcade, which has stood on Marine Parade since 1962, was badly damaged in December when an electrical fault in a',
    'coin-pusher machine started a fire in the early hours. No one was hurt, but the ground floor and most of its 140 machines were destroyed.',
  ),
  j(
    'Owner Carla Benedetti said the rebuilt arcade would have fewer machines but more space, a new soft-play area for under-fives',
    'and card readers instead of coin slots on all its games.',
  ),
  '"We have kept the penny falls, because people would never forgive us if we didn’t, but they take cards now too," she said.',
  j(
    'Shorecliff Town Council’s licensing committee approved the new layout last month. Councillor Derek Oyelaran, who chairs',
    'the committee, said the arcade was "part of the furniture of the seafront" and that its reopening would help other traders on the parade.',
  ),
  j('The arcade will open from 10am to 10pm daily until the end of September. A token card costs £1 and can be topped up at', 'the kiosk or by phone.'),
];
const nReadMore = 'Read more: Seafront traders count the cost of a wet July';
const nNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements'];
const nShare = ['Share', 'Facebook', 'X', 'WhatsApp', 'Email'];
const nMost = ['Lifeboat crew called out three times in one day', 'New car park charges start on Monday', 'Pier fireworks cancelled over wind warning'];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Terms and conditions', 'Privacy notice', 'Cookie settings'];
const nData = JSON.stringify({
  props: { pageProps: { article: { id: 88412, headline: nTitle, section: 'news' } } },
  page: '/[section]/[slug]',
  buildId: 'Xk2pQ8',
});
const nHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} | Shorecliff Echo</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="12">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-08-12T06:00:00+01:00",
"author":[{"@type":"Person","name":"Ellie Marchbank"}],"publisher":{"@type":"Organization","name":"Shorecliff Echo"}}</script>
<link rel="preload" href="/_next/static/css/4a1c9e2f0b3d.css" as="style"><link rel="stylesheet" href="/_next/static/css/4a1c9e2f0b3d.css" data-n-g="">
<script defer src="/_next/static/chunks/framework-0f1e2d3c.js"></script><script defer
src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-7b2e.js"></script></head>
<body><div id="__next"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div
class="ot-sdk-container">
<div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We
value your privacy</h2>
<div id="onetrust-policy-text">We and our partners use cookies to personalise content and ads and to measure how our site is used.</div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage
Preferences</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All
Cookies</button></div></div></div></div></div></div>
<a href="#main" class="SkipLink_skip__aB3k1">Skip to main content</a><header class="Header_header__x1Yz3"><div class="Header_top__Qp7sN">
<a href="/" class="Header_logo__2FhKk" aria-label="Shorecliff Echo home"><svg class="Logo_svg__k9Dd2" role="img"></svg></a>
<button class="Header_search__LmR4t" aria-label="Search"><svg></svg></button><a href="/subscribe" class="Header_subscribe__Zr1cd">Subscribe</a></div>
<nav class="Nav_nav__7jWqE" aria-label="Sections"><ul class="Nav_list__cX0pa">${links(nNav, 'Nav_item__p3Fa1')}</ul></nav></header>
<div class="AdSlot_leaderboard__u8YtS"><span class="AdSlot_label__Kd9rq">Advertisement</span><div id="div-gpt-ad-leaderboard"
class="AdSlot_slot__3jT0w"></div></div>
<main id="main" class="Layout_main__bV2qX"><div class="Layout_grid__Gn1Xp"><article class="Article_article__h2Yq0">
<nav class="Breadcrumb_breadcrumb__R4vZc" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a
href="/news/shorecliff">Shorecliff</a></li></ol></nav>
<header class="ArticleHeader_header__mN6tE"><h1 class="ArticleHeader_headline__3kXq9">${nTitle}</h1><p class="ArticleHeader_standfirst__Hw0cV">${nDek}</p>
<div class="Byline_byline__Tb5pL"><img class="Byline_avatar__cB1pa" src="/_next/image?url=%2Fauthors%2Fellie.jpg&amp;w=64&amp;q=75" alt="" width="40"
height="40">
<div><span class="Byline_name__Y0Ln6">By <a href="/author/ellie-marchbank">Ellie Marchbank</a></span><span class="Byline_role__QeP3d">Local Democracy
Reporter</span>
<time class="Byline_time__u7KoD" dateTime="2026-08-12T06:00:00+01:00">Published 12 August 2026, 6:00am</time></div></div>
<ul class="ShareBar_share__oR1kF">${nShare
  .map(
    (t, i) => `<li><button class="ShareBar_button__Xy${i}qL"
data-network="${t.toLowerCase()}">${t}</button></li>`,
  )
  .join('')}</ul></header>
<figure class="ArticleImage_figure__Vb8Nc"><img alt="The rebuilt front of Goldrush Amusements"
src="/_next/image?url=%2Fimages%2Fgoldrush.jpg&amp;w=1200&amp;q=75" width="1200" height="675">
<figcaption class="ArticleImage_caption__p2Wsd">The rebuilt arcade on Marine Parade <span class="ArticleImage_credit__Eo9xT">(Image: Shorecliff
Echo)</span></figcaption></figure>
<div class="ArticleBody_body__Cq8Tx">${ps(nBody.slice(0, 2))}
<p class="ArticleBody_readMore__Nw2Lb"><a href="/news/seafront-traders-wet-july">${nReadMore}</a></p>
<div class="AdSlot_inArticle__kM5zq"><span class="AdSlot_label__Kd9rq">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
${ps(nBody.slice(2))}</div>
<div class="Comments_count__fT3aB"><a href="#comments">12 comments</a></div></article>
<aside class="Sidebar_rail__Wq2sP"><section class="MostRead_mostRead__aZ1oE"><h2 class="MostRead_title__s3VbL">Most
read</h2><ol>${links(nMost, 'MostRead_item__J0hXk')}</ol></section>
<section class="Newsletter_box__Lr7gT"><h2>Get the Echo in your inbox</h2><p>The day’s top Shorecliff stories, every morning at 7am.</p><form><label
for="nl-email">Email address</label>
<input id="nl-email" type="email"><button type="submit">Sign up</button></form></section></aside></div></main>
<footer class="Footer_footer__q8RdN"><ul class="Footer_links__H1xVc">${links(nFoot)}</ul><p class="Footer_copy__z0VbT">© 2026 Shorecliff Echo Media Ltd. All
rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const echo: TestPage = {
  name: 'heldout545-nextjs-arcade-reopens',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody]),
  bylines: ['By Ellie Marchbank', 'Local Democracy Reporter', 'Published 12 August 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy', 'We and our partners use cookies to personalise content and ads and to measure how our site is used.', 'Manage Preferences',
    'Reject All', 'Accept All Cookies', 'Skip to main content', 'Subscribe', 'News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements', 'Advertisement',
    'Home', ...nShare, 'The rebuilt arcade on Marine Parade (Image: Shorecliff Echo)', nReadMore, '12 comments', 'Most read', ...nMost,
    'Get the Echo in your inbox', 'The day’s top Shorecliff stories, every morning at 7am.', 'Email address', 'Sign up', ...nFoot,
    '© 2026 Shorecliff Echo Media Ltd. All rights reserved.',
  ],
};

const hTitle = 'From picture palace to bingo hall: the Regal, Cragness';
const hDek = 'How a 1930s cinema on the seafront became the town’s best-loved bingo hall, and what is left of it today.';
const hOpen = [
  j(
    'The Regal opened on 14 March 1936 with a showing of a musical comedy and a turn on the organ by the resident organist,',
    'Walter Fennimore. It seated 1,480, had a café on the first floor and a neon sign that could be seen from the end of the pier.',
  ),
  j(
    'For twenty years it did well. Holidaymakers filled it on wet afternoons, and in winter the town’s own people came for the',
    'Saturday matinees. My grandmother worked there as an usherette from 1947 until she married in 1952.',
  ),
];
const hBingo = [
  j(
    'Television hit seaside cinemas hard. By 1961 the Regal was showing films only four nights a week, and the other three',
    'were given over to “housey-housey” sessions run by a company from Leeds. When the Betting and Gaming Act made bingo clubs',
    'legal, the owners saw which way the wind was blowing.',
  ),
  'The last film was shown on 30 September 1962. Two weeks later the Regal reopened as the Regal Bingo and Social Club.',
  j(
    'The conversion was simple. The front stalls were taken out and replaced with long tables, the projection box became the',
    'caller’s office, and the organ was sold to a chapel in Sheffield. The balcony was closed off and never used again.',
  ),
];
const hMemory = j(
  '“On a Saturday night in August you couldn’t get a seat after seven. There were coach parties from the holiday camps, and',
  'the caller had a microphone that made him sound like he was on the wireless.” – a former member, speaking in 2019',
);
const hRules = [
  'Members only, with 24 hours’ notice for new members, as the law required until 2005.',
  'No children in the hall, though they could wait in the foyer with a bottle of pop.',
  'Strict silence during a game, enforced by the caller, who would stop and stare until the talking stopped.',
];
const hEnd = [
  j(
    'The Regal kept going longer than most. It was bought by a national chain in 1988, which put in electronic games and a',
    'car park, and closed in 2014 when the chain moved to a new building on the retail park.',
  ),
  j(
    'The building is still there. The ground floor is a furniture warehouse, but if you stand across the road you can still make',
    'out the word REGAL in the brickwork above the door, where the neon letters were fixed.',
  ),
];
const hHeads = ['Opening night', 'Cinema to bingo', 'House rules in the 1960s', 'The end of the Regal'];
const hMenu = ['Archive', 'Search', 'Tags', 'About'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Tidewrack Notes</title><meta name="description" content="${hDek}"><meta name="author"
content="Tom Arkwright">
<link rel="canonical" href="https://tidewrack.net/posts/regal-cragness/"><link crossorigin="anonymous" href="/assets/css/stylesheet.2b1f0c9e.css" rel="preload
stylesheet" as="style">
<meta name="generator" content="Hugo 0.124.1"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-02-11T00:00:00+00:00",
"author":[{"@type":"Person","name":"Tom Arkwright"}],"wordCount":"760"}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://tidewrack.net/" accesskey="h" title="Tidewrack Notes (Alt + H)">Tidewrack Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18"></svg></button></div></div>
<ul id="menu">${hMenu
  .map(
    (t) => `<li><a href="https://tidewrack.net/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://tidewrack.net/">Home</a>&nbsp;»&nbsp;<a
href="https://tidewrack.net/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title='2026-02-11 00:00:00 +0000 UTC'>February 11, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Tom Arkwright</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content"><h2 id="opening-night">Opening night<a hidden class="anchor" aria-hidden="true" href="#opening-night">#</a></h2>
${ps(hOpen)}
<h2 id="cinema-to-bingo">Cinema to bingo<a hidden class="anchor" aria-hidden="true" href="#cinema-to-bingo">#</a></h2>
${ps(hBingo)}
<blockquote><p>${hMemory}</p></blockquote>
<h2 id="house-rules-in-the-1960s">House rules in the 1960s<a hidden class="anchor" aria-hidden="true" href="#house-rules-in-the-1960s">#</a></h2>
<p>${'A card pinned up in the foyer, which my grandmother kept, sets out the rules:'}</p>
<ol>${hRules.map((r) => `<li>${r}</li>`).join('\n')}</ol>
<h2 id="the-end-of-the-regal">The end of the Regal<a hidden class="anchor" aria-hidden="true" href="#the-end-of-the-regal">#</a></h2>
${ps(hEnd)}</div>
<footer class="post-footer"><ul class="post-tags">${['Bingo', 'Cinemas', 'Cragness']
  .map(
    (t) => `<li><a
href="https://tidewrack.net/tags/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://tidewrack.net/posts/cragness-lido/"><span class="title">« Prev</span><br><span>The lido that lasted one
summer</span></a>
<a class="next" href="https://tidewrack.net/posts/pier-tram/"><span class="title">Next »</span><br><span>Riding the last pier tram</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/"><svg viewBox="0 0 512
512"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://tidewrack.net/">Tidewrack Notes</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer"
target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const regal: TestPage = {
  name: 'heldout545-hugo-regal-bingo',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hDek, ...hOpen, ...hBingo, hMemory, 'A card pinned up in the foyer, which my grandmother kept, sets out the rules:', ...hRules, ...hEnd]),
  bylines: ['February 11, 2026 · 4 min · Tom Arkwright'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewrack Notes', ...hMenu, 'Home', 'Posts', 'Table of Contents', '« Prev', 'The lido that lasted one summer', 'Next »',
    'Riding the last pier tram', '© 2026 Tidewrack Notes · Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT545_F: readonly TestPage[] = [echo, regal];
