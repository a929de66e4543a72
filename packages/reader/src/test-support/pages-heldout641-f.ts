import { ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout641-kit.js';

/**
 * Held-out batch 641, file f: a detectorist's personal blog post on Hugo (PaperMod theme: breadcrumbs, post meta, table of contents,
 * tags, prev/next links, share icons), and a club's landowner permission guide built with Elementor (Hello theme, CookieYes banner).
 */
const hTitle = 'Beach Detecting After the Winter Storms';
const hDek = 'Where the shingle moves, what it uncovers, and why the first low tide after a blow is worth an early alarm.';
const hHeads = ['Reading the beach', 'Timing the tide', 'What turned up this year'];
const hRead = [
  j(
    'A big onshore storm does two things to a shingle beach. It strips the sand off the lower foreshore, and it throws the shingle up',
    'into a steep bank at the top. The sand is where modern drops sit; the clay and gravel underneath it are where the old stuff is.',
  ),
  j(
    'So the first thing I do is walk the beach without switching on. I am looking for dark patches of clay showing through, and for',
    'the hollows that form where the backwash has scoured out a channel. Those are the places I come back to.',
  ),
];
const hTide = [
  j(
    'The best window is the two hours either side of low water on the first big tide after the wind drops. Leave it a week and the',
    'sand is already creeping back. I check the tide tables on the Sunday and book the mornings off work if the numbers look right.',
  ),
  'Never turn your back on the sea on a falling tide after a storm. The swell is still running and the channels fill faster than you think.',
];
const hFinds = [
  'two hammered silver coins, both too worn to read, from the clay patch below the old lifeboat ramp',
  'a lead cloth seal with a crowned rose',
  'a musket ball, a pewter spoon handle and more ring pulls than I care to count',
];
const hEnd = 'Everything old went to the finds recording day in February. Next winter I am going to try the north end of the bay.';
const hMenu = ['Archive', 'Search', 'Tags'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Notes from the Tideline</title><meta name="keywords" content="beach, storms, detecting"><meta name="description" content="${hDek}">
<meta name="author" content="Ruth Calloway"><link rel="canonical" href="https://tideline-notes.example/posts/beach-detecting-after-winter-storms/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.e087fd1d.css" integrity="sha256-4IB9HQ==" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.124.1"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-01-18T09:00:00+00:00",
"author":[{"@type":"Person","name":"Ruth Calloway"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add("dark")}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://tideline-notes.example/" accesskey="h"
title="Notes from the Tideline (Alt + H)">Notes from the
Tideline</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hMenu
  .map((t) => `<li><a href="https://tideline-notes.example/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://tideline-notes.example/">Home</a>&nbsp;»&nbsp;<a
href="https://tideline-notes.example/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title="2026-01-18 09:00:00 +0000 UTC">January 18, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Ruth Calloway</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${lis(hHeads.map((h) => `<a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a>`))}</ul></div></details></div>
<div class="post-content">${hHeads
  .map((h, i) => {
    const id = h.toLowerCase().replace(/ /g, '-');
    const inner = i === 0 ? ps(hRead) : i === 1 ? ps(hTide) : `<ul>${lis(hFinds)}</ul><p>${hEnd}</p>`;
    return `<h2 id="${id}">${h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>${inner}`;
  })
  .join('\n')}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://tideline-notes.example/tags/beach/">Beach</a></li><li><a
href="https://tideline-notes.example/tags/storms/">Storms</a></li></ul><nav class="paginav"><a class="prev"
href="https://tideline-notes.example/posts/new-coil/">
<span class="title">« Prev</span><br><span>Three Months With the New Coil</span></a><a class="next"
href="https://tideline-notes.example/posts/ring-returned/">
<span class="title">Next »</span><br><span>The Ring That Went Home</span></a></nav><ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer"
aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Beach"><svg viewBox="0 0 512 512" height="30px" width="30px"
fill="currentColor"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook" href="https://facebook.com/sharer/sharer.php?u=x"><svg
viewBox="0 0 512 512"
height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://tideline-notes.example/">Notes from the Tideline</a></span> · <span>Powered by <a
href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatoshniwal/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg
xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script></body></html>`;
const tideline: TestPage = {
  name: 'heldout641-hugo-papermod-beach-storms',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hDek, ...hRead, ...hTide, ...hFinds, hEnd],
  bylines: ['January 18, 2026 · 4 min · Ruth Calloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Notes from the Tideline', ...hMenu, 'Home » Posts', 'Table of Contents', '« Prev', 'Three Months With the New Coil', 'Next »',
    'The Ring That Went Home', '© 2026 Notes from the Tideline', 'Powered by Hugo & PaperMod',
  ],
};

const eTitle = 'Getting Permission: A Guide for New Members';
const eIntro = j(
  'Every field we detect on belongs to somebody. Club permissions are arranged by the committee, but many members also find land of',
  'their own. This page explains how to ask, what to agree and what the club expects of you.',
);
const eHeads = ['Before you knock on the door', 'What to put in writing', 'Common questions'];
const eBefore = [
  'Find out who actually farms the land. The owner and the tenant are often different people, and you need the agreement of both.',
  'Check the field is not a scheduled monument or under a stewardship scheme that rules out detecting.',
  'Go in person, out of the busy seasons. Nobody wants a visitor during harvest or lambing.',
];
const eWriting = j(
  'Always agree in writing, even with a farmer you know well. The club\u2019s permission form covers the fields, the dates, how finds',
  'will be shared and reported, and the farmer\u2019s right to end the agreement at any time.',
);
const eFaq = [
  ['Can I bring a friend onto my permission?', 'Only if the landowner has agreed to it in writing, and your friend is insured.'],
  ['Does the club take over my permission?', 'No. It stays yours. The club only runs digs on land the owner has offered to the club.'],
  ['What if the farmer wants to keep everything?', 'That is their right. Agree it before you start, and record the finds anyway.'],
] as const;
const eNav = ['Home', 'About', 'Club Digs', 'Members', 'Contact'];
const eW = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSection = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const eMenu = (
  cls: string,
  hidden: string,
): string => `<nav class="elementor-nav-menu--${cls} elementor-nav-menu__container"${hidden}><ul class="elementor-nav-menu">
${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item"
${hidden === '' ? '' : 'tabindex="-1"'}>${t}</a></li>`,
  )
  .join('')}</ul></nav>`;
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`;
const eToggle = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-${i + 1}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-${i + 1}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"></span>
<a class="elementor-toggle-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-${i + 1}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}"
role="region" aria-labelledby="elementor-tab-title-${i + 1}"><p>${a}</p></div></div>`,
  )
  .join('');
const eLogo = '<a href="/"><img width="180" height="60" src="/wp-content/uploads/2024/02/vas-logo.png" alt="Vale of Ashby Searchers"></a>';
const eButton = `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/wp-content/uploads/2024/02/permission-form.pdf">
<span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Download the Permission Form</span>
</span>
</a>
</div>`;
const eCta = `<div class="elementor-cta">
<div class="elementor-cta__content">
<h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Not a member yet?</h3>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Meetings are on the first Wednesday of the month at Ashby Scout
Hut.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item">
<a class="elementor-cta__button elementor-button elementor-size-" href="/join/">Join the Club</a>
</div>
</div>
</div>`;
const eSocial = `<div class="elementor-social-icons-wrapper elementor-grid">
<span class="elementor-grid-item">
<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="https://facebook.com/vasdetecting" target="_blank">
<span class="elementor-screen-only">Facebook</span>
<i class="fab fa-facebook">
</i>
</a>
</span>
</div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Getting Permission &#8211; Vale
of Ashby Searchers</title>
<link rel="stylesheet" id="hello-elementor-css" href="https://valeofashbysearchers.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1"
media="all">
<link rel="stylesheet" id="elementor-frontend-css"
href="https://valeofashbysearchers.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-58-css" href="https://valeofashbysearchers.example/wp-content/uploads/elementor/css/post-58.css?ver=1712"
media="all">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.example/client_data/4f1a/script.js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-58 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-58"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header"
data-elementor-post-type="elementor_library">
${eSection(
  '4f2a1c9',
  eW('theme-site-logo', '1b2c3d4', eLogo) +
    eW(
      'nav-menu',
      '2c3d4e5',
      `${eMenu('main', '')}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${eMenu('dropdown', ' aria-hidden="true"')}`,
    ),
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="58" class="elementor elementor-58" data-elementor-post-type="page">
${eSection(
  'a1',
  eW('heading', 'b1', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) + eW('text-editor', 'b2', `<p>${eIntro}</p>`),
)}
${eSection('a2', eW('heading', 'b3', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[0]}</h2>`) + eW('icon-list', 'b4', eIcons(eBefore)))}
${eSection(
  'a3',
  eW('heading', 'b5', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[1]}</h2>`) +
    eW('text-editor', 'b6', `<p>${eWriting}</p>`) +
    eW('button', 'b7', eButton),
)}
${eSection(
  'a4',
  eW('heading', 'b8', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[2]}</h2>`) +
    eW('toggle', 'b9', `<div class="elementor-toggle">${eToggle}</div>`),
)}
${eSection('a5', eW('call-to-action', 'c1', eCta))}
</div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"
data-elementor-post-type="elementor_library">
${eSection('f1', eW('text-editor', 'f2', '<p>&copy; 2026 Vale of Ashby Searchers. Registered club no. 4471.</p>') + eW('social-icons', 'f3', eSocial))}
</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"
style="border-color:#f4f4f4;background-color:#FFFFFF">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div
class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use
of cookies.</p>
</div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept
All</button>
</div></div></div></div></div>
<script src="https://valeofashbysearchers.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const ashby: TestPage = {
  name: 'heldout641-elementor-permission-guide',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: [eIntro, ...eBefore, eWriting, ...eFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Members'), 'Download the Permission Form', 'Not a member yet?',
    'Meetings are on the first Wednesday of the month at Ashby Scout Hut.',
    'Join the Club', '© 2026 Vale of Ashby Searchers. Registered club no. 4471.', 'Facebook', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.', 'Customise',
    'Reject All', 'Accept All',
  ],
};

export const HELDOUT641_F: readonly TestPage[] = [tideline, ashby];
