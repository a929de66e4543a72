import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout500-kit.js';

/**
 * Held-out batch 500, file c: a running club's winter handicap standings on a Wix site (Wix Table element, consent banner,
 * free-site ad banner), and a local running news site's article on Ghost (Source theme) with a "Read more" feed.
 */
const xTitle = 'Winter Handicap 2027: Standings after Round 4';
const xIntro = j(
  'Round 4 was run on the canal loop on 6 February. Handicap starts for round 5 are adjusted from your round 4 time, so check',
  'your new start time on the board at the clubhouse before the off.',
);
const xHead = ['Pos', 'Runner', 'Rounds', 'Points'];
const xRows = [
  ['1', 'Carys Meadows', '4', '86'],
  ['2', 'Yusuf Tan', '4', '79'],
  ['3', 'Dilys Ormerod', '3', '71'],
  ['4', 'Ben Achterberg', '4', '68'],
  ['5', 'Marek Nowicki', '4', '60'],
  ['6', 'Gwen Sadler', '3', '54'],
];
const xNote = j('Best four of six rounds count. The round 5 start list will be posted here on the Thursday before the race.');
const xNav = ['Home', 'About the Club', 'Sessions', 'Handicap', 'Gallery', 'Contact'];
const xCell = (t: string, role: string): string => `<div role="${role}" class="table-cell wixui-table__cell"><span class="cell-text">${t}</span></div>`;
const xRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Handicap | Millrace Joggers</title><meta name="generator" content="Wix.com Website Builder">
<meta property="og:title" content="Handicap | Millrace Joggers"><meta property="og:site_name" content="Millrace Joggers">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookieConsent","tpaCommons"],"site":{"metaSiteId":"9b2e"},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lx1h2a{width:980px}</style></head>
<body><div id="SKIP_TO_CONTENT_BTN" class="Vi5hR6" tabindex="-1"><button aria-label="skip to content">Skip to Main Content</button></div>
<div id="WIX_ADS" class="consent-banner-root wixui-ads"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral">
<span class="_1Yhc8">This site was designed with the <b>Wix</b>.com website builder. Create your website today.</span><span class="_2hSd9">Start Now</span>
</a></div>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="lvxhkV"><div data-mesh-id="SITE_HEADERinlineContent">
${xRich('k2x9a1', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">MILLRACE JOGGERS</span></p>')}
<nav aria-label="Site" id="comp-k2x9a2" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}">
<span class="label">${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="page">
<section id="comp-lx1h2a" class="wixui-section">
<div data-mesh-id="comp-lx1h2ainlineContent" data-testid="inline-content">
${xRich('lx1h2b', `<h1 class="font_0 wixui-rich-text__text">${xTitle}</h1>`)}
${xRich('lx1h2c', `<p class="font_8 wixui-rich-text__text">${xIntro}</p>`)}
<div id="comp-lx1h2d" class="comp-lx1h2d wixui-table" data-testid="table"><div role="table" aria-label="Handicap standings" class="table-root">
<div role="rowgroup"><div role="row" class="table-row table-header">${xHead.map((h) => xCell(h, 'columnheader')).join('')}</div></div>
<div role="rowgroup">${xRows.map((r) => `<div role="row" class="table-row">${r.map((c) => xCell(c, 'cell')).join('')}</div>`).join('\n')}</div></div></div>
${xRich('lx1h2e', `<p class="font_8 wixui-rich-text__text">${xNote}</p>`)}
<div id="comp-lx1h2f" class="comp-lx1h2f wixui-button"><a data-testid="linkElement" href="/handicap-archive" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">See past seasons</span></a></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${xRich('k2x9b1', '<p class="font_9 wixui-rich-text__text">Millrace Joggers meet Tuesdays and Thursdays at 6:30pm, Millrace Community Hall.</p>')}
${xRich('k2x9b2', '<p class="font_9 wixui-rich-text__text">© 2027 by Millrace Joggers. Proudly created with Wix.com</p>')}
</div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner" role="dialog" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. By continuing to use this site, you accept our use of cookies.</p>
<button data-hook="consent-banner-apply-button">Accept</button><button data-hook="consent-banner-settings-button">Settings</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.1c3e.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout500-wix-club-handicap-table',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: [xIntro, ...xRows.map((r) => r.join(' ')), xNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'MILLRACE JOGGERS',
    'Home', 'About the Club', 'Sessions', 'Gallery', 'Contact', 'See past seasons',
    'Millrace Joggers meet Tuesdays and Thursdays at 6:30pm, Millrace Community Hall.',
    '© 2027 by Millrace Joggers. Proudly created with Wix.com', 'This website uses cookies. By continuing to use this site, you accept our use of cookies.',
    'Accept', 'Settings',
  ],
};

const gTitle = 'Harlowe Marathon start moves to Victoria Quay as bridge works overrun';
const gDek = 'Organisers say the new start adds no distance and keeps the finish on Castle Street, but the first mile now runs along the quayside.';
const gBody = [
  j(
    'The Harlowe Marathon will start from Victoria Quay this year instead of Market Square, after the city council confirmed that',
    'repairs to the Old Bridge will not be finished before race day on 25 April.',
  ),
  j(
    'Race director Imogen Pask said the change had been agreed with the council and the police last week. "We looked at four',
    'options and this was the only one that kept the course accurate without sending runners over the bypass," she said.',
  ),
  'What changes for runners',
  j(
    'The first mile now runs along the quayside and past the ferry terminal before joining the old route at Tanner Street. The',
    'course has been remeasured and keeps its certificate, so times will still count for championship qualifying.',
  ),
  'Start pens will be on Victoria Quay and the baggage buses will park on Dock Road.',
  'The race village stays at Market Square, a ten-minute walk from the new start.',
  'Wave start times are unchanged, from 9:00am to 9:40am.',
  'Road closures',
  j(
    'The quayside and Dock Road will close from 6am. Bus services 4 and 12 will be diverted until 2pm, and residents of the',
    'Quay apartments have been sent permits so that they can leave by the Mill Lane exit.',
  ),
  j('The council said the Old Bridge should reopen to traffic in late May, and that next year\u2019s race is expected to use the', 'usual start.'),
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9f2c1a7d3e">
<link rel="canonical" href="https://harlowerunning.example/harlowe-marathon-start-moves/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-02-09T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Harlowe Running News"},
"author":{"@type":"Person","name":"Niamh Corr"},"headline":"${gTitle}","datePublished":"2027-02-09T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://harlowerunning.example/" data-key="4d2a9e" data-api="https://harlowerunning.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-news has-sans-title has-sans-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://harlowerunning.example">Harlowe Running News</a>
<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-news nav-current-parent"><a href="/tag/news/">News</a></li><li class="nav-races">
<a href="/tag/races/">Races</a></li>
<li class="nav-clubs"><a href="/tag/clubs/">Clubs</a></li><li class="nav-calendar"><a href="/calendar/">Calendar</a></li></ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-news tag-harlowe-marathon">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/news/">News</a>
<h1 class="gh-article-title is-title" id="gh-article-title">${gTitle}</h1><p class="gh-article-excerpt is-body">${gDek}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/niamh/">
<img class="author-profile-image" src="/content/images/2026/03/niamh.jpg" alt="Niamh Corr"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/niamh/">Niamh Corr</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2027-02-09">Feb 9, 2027</time><span class="gh-article-meta-length">
<span class="bull">—</span> 3 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w600/2027/02/quay.jpg 600w" src="/content/images/size/w1200/2027/02/quay.jpg" 
alt="Victoria Quay">
<figcaption><span style="white-space: pre-wrap;">Victoria Quay, where the start pens will be set up on race morning.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody.slice(0, 2))}
<h2 id="what-changes-for-runners">${gBody[2]}</h2>${ps([gBody[3] ?? ''])}
<ul>${lis(gBody.slice(4, 7))}</ul>
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📍</div><div class="kg-callout-text">
Runners can see the new start on the <a href="/course-map/">interactive course map</a>.</div></div>
<h2 id="road-closures">${gBody[7]}</h2>${ps(gBody.slice(8))}
</section>
<section class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" 
data-ghost-comments="https://harlowerunning.example/"
data-key="4d2a9e" data-title="Member discussion" data-count="true" data-post-id="65c5f0" crossorigin="anonymous"></script></section></article></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">
<article class="gh-card post"><a class="gh-card-link" href="/castle-10k-entries/"><div class="gh-card-wrapper">
<h3 class="gh-card-title is-title">Castle 10K entries open on Monday</h3>
<p class="gh-card-excerpt is-body">Places are capped at 1,500 this year.</p><footer class="gh-card-meta">
<time class="gh-card-date" datetime="2027-02-06">Feb 6, 2027</time></footer></div></a></article>
<article class="gh-card post"><a class="gh-card-link" href="/tanner-street-track/"><div class="gh-card-wrapper">
<h3 class="gh-card-title is-title">Tanner Street track to get floodlights</h3>
<p class="gh-card-excerpt is-body">Clubs will be able to train on winter evenings from October.</p><footer class="gh-card-meta">
<time class="gh-card-date" datetime="2027-02-02">Feb 2, 2027</time></footer></div></a></article>
</div></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar">
<span class="gh-footer-logo is-title">Harlowe Running News</span>
<nav class="gh-footer-menu"><ul class="nav"><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a>
</li></ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<div class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Harlowe Running News</h2>
<p class="gh-footer-signup-subhead is-body">Race news, results and club notices from across Harlowe, every Friday.</p>
<button class="gh-form" data-portal="signup"><span class="gh-form-input">jamie@example.com</span><span class="gh-button">Subscribe</span></button></div>
</div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/source.js?v=9f2c1a7d3e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout500-ghost-marathon-start-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? '', gBody[7] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2 && i !== 7), 'Runners can see the new start on the interactive course map.']),
  bylines: ['Niamh Corr', 'Feb 9, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harlowe Running News', 'News', 'Races', 'Clubs', 'Calendar', 'Sign in', 'Subscribe', '— 3 min read',
    'Victoria Quay, where the start pens will be set up on race morning.', 'Read more', 'Castle 10K entries open on Monday',
    'Places are capped at 1,500 this year.', 'Feb 6, 2027', 'Tanner Street track to get floodlights',
    'Clubs will be able to train on winter evenings from October.', 'Feb 2, 2027', 'About', 'Contact', 'Privacy', 'Powered by Ghost',
    'Race news, results and club notices from across Harlowe, every Friday.', 'jamie@example.com',
  ],
};

export const HELDOUT500_C: readonly TestPage[] = [wix, ghost];
