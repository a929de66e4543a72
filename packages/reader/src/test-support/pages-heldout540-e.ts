import { plain, ps, type TestPage } from './page-kit.js';
import { gold, j, rowTexts, trs } from './pages-heldout540-kit.js';

/**
 * Held-out batch 540, file e: a board game café's blog post on Hugo (PaperMod theme) with a table of contents and a table, and a
 * hobby store's weekly event nights listing built with Elementor (Hello theme, Complianz cookie banner).
 */
const hTitle = 'How we shelve 900 games so you can find one in a minute';
const hDesc = 'Colour dots, weight classes and the one shelf nobody is allowed to reorganise.';
const hIntro = [
  j(
    'When we opened Two Dice Café we shelved the library alphabetically. It lasted three weeks. Customers do not come in looking for',
    'a game beginning with P; they come in with five people, ninety minutes and a vague wish for "something like Codenames but not',
    'Codenames". So we rebuilt the shelves around the questions people actually ask.',
  ),
];
const hSecs: [string, string[]][] = [
  [
    'Shelves by player count',
    [
      j(
        'The wall on the left holds two-player games only. The long wall holds games for three to five, and the shelves by the window',
        'hold party games for six or more. Games that work at every count live where they play best, not where the box says.',
      ),
    ],
  ],
  [
    'Colour dots for weight',
    [
      j(
        'Every box has a coloured dot on its spine. The colour tells you how long the rules take to learn, not how long the game',
        'lasts, because that is what decides whether a table has a good evening.',
      ),
    ],
  ],
  [
    'The staff picks shelf',
    [
      j(
        'One shelf by the counter holds twelve games chosen by whoever is on shift. It changes every Monday. It is the only shelf',
        'customers are not allowed to tidy, because the mess is part of the recommendation.',
      ),
      j('If you are stuck, ask for a pick. We will ask you three questions (how many, how long, how much arguing) and bring something', 'to the table.'),
    ],
  ],
];
const hDots = [
  ['Green', 'Under 5 minutes to teach', 'Just One, Sushi Go'],
  ['Yellow', '5 to 15 minutes', 'Ticket to Ride, Azul'],
  ['Orange', '15 to 30 minutes', 'Wingspan, Cascadia'],
  ['Red', 'More than 30 minutes', 'Brass, Spirit Island'],
];
const hTags = ['Library', 'Behind the scenes'];
const hSecHtml = ([h, paras]: [string, string[]], i: number): string => {
  const id = h.toLowerCase().replace(/ /g, '-');
  const table =
    i === 1
      ? `<table>\n<thead>\n<tr>\n<th>Dot</th>\n<th>Time to teach</th>\n<th>For example</th>\n</tr>\n</thead>\n<tbody>\n${trs(hDots)}\n</tbody>\n</table>`
      : '';
  return `<h2 id="${id}">${h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>\n${ps(paras)}\n${table}`;
};
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Two Dice Café</title><meta name="keywords" content="library, behind the scenes">
<meta name="description" content="${hDesc}"><meta name="author" content="Ines Varga"><link rel="canonical" href="https://twodice.cafe/posts/how-we-shelve/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
 rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.128.0"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Posts",
"item":"https://twodice.cafe/posts/"},{"@type":"ListItem","position":2,"name":"${hTitle}","item":"https://twodice.cafe/posts/how-we-shelve/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"wordCount":"412","datePublished":"2026-02-11T00:00:00Z","author":[{"@type":"Person","name":"Ines Varga"}]}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://twodice.cafe/" accesskey="h" title="Two Dice Café (Alt + H)">Two Dice Café</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
 height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu"><li><a href="https://twodice.cafe/posts/" title="Posts"><span>Posts</span></a></li><li>
<a href="https://twodice.cafe/library/" title="Library"><span>Library</span></a></li>
<li><a href="https://twodice.cafe/visit/" title="Visit"><span>Visit</span></a></li><li>
<a href="https://twodice.cafe/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li>
</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://twodice.cafe/">Home</a>&nbsp;»&nbsp;<a
 href="https://twodice.cafe/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-02-11 00:00:00 +0000 UTC'>February 11, 2026</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Ines Varga</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
${hSecs.map(hSecHtml).join('\n')}</div>
<footer class="post-footer"><ul class="post-tags">${hTags
  .map(
    (t) => `<li><a href="https://twodice.cafe/tags/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://twodice.cafe/posts/new-arrivals-march/"><span class="title">« Prev</span><br>
<span>New arrivals for March</span></a>
<a class="next" href="https://twodice.cafe/posts/tuesday-teach-ins/"><span class="title">Next »</span><br><span>Tuesday teach-ins are back</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?text=How%20we%20shelve">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li><li>
<a target="_blank" rel="noopener noreferrer" aria-label="share on facebook"
 href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2ftwodice.cafe"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://twodice.cafe/">Two Dice Café</a></span> · <span>Powered by <a href="https://gohugo.io/"
 rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
 <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"
 fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout540-games-cafe-shelving-hugo',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: [hDesc, ...hIntro, ...hSecs.flatMap(([, p], i) => (i === 1 ? [...p, ...rowTexts(hDots)] : p))],
  bylines: ['February 11, 2026 · 2 min · Ines Varga'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Two Dice Café', 'Posts', 'Library', 'Visit', 'Search', 'Home', 'Table of Contents', ...hTags, '« Prev', 'New arrivals for March', 'Next »',
    'Tuesday teach-ins are back', '© 2026 Two Dice Café', 'Powered by Hugo & PaperMod',
  ],
};

const elTitle = 'Weekly Event Nights';
const elIntro = j(
  'Something happens at Stonecrow Games almost every evening. All events are in our upstairs hall, all are beginner-friendly,',
  'and the loaner box has dice, decks and painted armies for anyone who wants to try before they buy.',
);
const elNights: [string, string, string][] = [
  [
    'Monday Board Game Social',
    'Mondays, 6 pm – 10 pm · Free',
    'Drop in, pick something from the demo library and our hosts will find you a table and teach the rules.',
  ],
  [
    'Tuesday Warhammer League',
    'Tuesdays, 5:30 pm – 10 pm · £5',
    j('A twelve-week campaign league with 1,000-point lists. New players can join at any point and start on the bottom of the', 'ladder.'),
  ],
  [
    'Wednesday D&amp;D Adventurers',
    'Wednesdays, 6:30 pm – 9:30 pm · £4',
    j('One-shot adventures run by our volunteer Dungeon Masters. Pre-made characters are provided, so just bring yourself and a', 'pencil.'),
  ],
  ['Thursday Pokémon Club', 'Thursdays, 4 pm – 6 pm · Free', 'For players aged 6 to 14. A parent or carer must stay in the building.'],
  [
    'Friday Night Magic',
    'Fridays, 7 pm – 11 pm · £8',
    'Standard on the first and third Fridays, draft on the second and fourth. Prizes are paid in store credit.',
  ],
];
const elNote = 'Booking is only needed for Wednesday nights, which are capped at 30 players. Every other night is first come, first served.';
const elNav = ['Home', 'Shop', 'Events', 'Painting Studio', 'About Us', 'Contact'];
const elW = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
 data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const elCon = (id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}" data-element_type="container"
 data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">${inner}</div></div>`;
const elNight = ([t, when, d]: [string, string, string], i: number): string =>
  elCon(
    `7a${i}c`,
    elW(`8b${i}1`, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`) +
      elW(`8b${i}2`, 'text-editor', `<p><strong>${when}</strong></p><p>${d}</p>`) +
      (i === 2
        ? elW(
            `8b${i}3`,
            'button',
            `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book-dnd/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a seat</span></span></a></div>`,
          )
        : ''),
  );
const elHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${elTitle} &#8211; Stonecrow Games</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","@id":"https://stonecrowgames.co.uk/events/",
"name":"${elTitle} - Stonecrow Games","datePublished":"2025-09-02T10:11:40+00:00","dateModified":"2026-04-20T15:02:17+00:00"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' 
 href='https://stonecrowgames.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5' media='all'>
<link rel='stylesheet' id='elementor-post-214-css' href='https://stonecrowgames.co.uk/wp-content/uploads/elementor/css/post-214.css?ver=1729001' media='all'>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;}</style></head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
 data-elementor-post-type="elementor_library">
${elCon(
  '1c2d3e',
  `${elW(
    '2a1',
    'theme-site-logo',
    `<a href="https://stonecrowgames.co.uk">
<img width="220" height="70" src="/wp-content/uploads/2025/01/stonecrow-logo.png" alt="Stonecrow Games"></a>`,
  )}
${elW(
  '2a2',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal
 e--pointer-underline e--animation-fade">
<ul id="menu-1-2a2" class="elementor-nav-menu">${elNav
    .map(
      (n) => `<li class="menu-item menu-item-type-post_type menu-item-object-page">
<a href="/${n.toLowerCase().replace(/ /g, '-')}/"
 class="elementor-item">${n}</a></li>`,
    )
    .join('\n')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>`,
)}`,
)}
</header>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214" data-elementor-post-type="page">
${elCon(
  '5e1f',
  elW('6a1', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${elTitle}</h1>`) + elW('6a2', 'text-editor', `<p>${elIntro}</p>`),
)}
${elNights.map(elNight).join('\n')}
${elCon('9d0e', elW('9d1', 'text-editor', `<p><em>${elNote}</em></p>`))}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer"
 data-elementor-post-type="elementor_library">
${elCon(
  '3f4a',
  elW('3f41', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Find us</h4>') +
    elW('3f42', 'text-editor', '<p>Unit 4, Lantern Yard, Ashby Marsh AM1 2RP</p><p>Open Tue–Sun, 11 am until late</p>') +
    elW('3f43', 'text-editor', '<p>© 2026 Stonecrow Games Ltd. All rights reserved.</p>'),
)}
</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin
 cmplz-bottom-right cmplz-categories-type-view-preferences"
 aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.24.5"};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout540-hobby-store-event-nights',
  kind: 'docs',
  html: elHtml,
  title: elTitle,
  headings: elNights.map(([t]) => plain(t)),
  body: [elIntro, ...elNights.flatMap(([, w, d]) => [w, d]), elNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...elNav, 'Book a seat', 'Find us', 'Unit 4, Lantern Yard, Ashby Marsh AM1 2RP', 'Open Tue–Sun, 11 am until late',
    '© 2026 Stonecrow Games Ltd. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT540_E: readonly TestPage[] = [gold(hugo), gold(elementor)];
