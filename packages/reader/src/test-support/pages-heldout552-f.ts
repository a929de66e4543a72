import { links, ps, type TestPage } from './page-kit.js';
import { j, tidy } from './pages-heldout552-kit.js';

/**
 * Held-out batch 552, file f: a snooker academy's coaching page on WordPress with Hello Elementor and Elementor Pro (theme
 * builder header and footer, icon list, testimonial, CookieYes banner), and a pool league's AGM report on Hugo with the
 * PaperMod theme (breadcrumbs, table of contents, tags, prev / next links, share buttons).
 */
const eTitle = 'Snooker Coaching';
const eIntro = [
  j(
    'Whether you are picking up a cue for the first time or chasing your first century, our coaching is built around your game.',
    'Sessions take place on our match table with video analysis, so you can see exactly what changes.',
  ),
];
const eWho = [
  'Beginners who want to learn the basics of stance, bridge and cueing',
  'League players looking to improve their safety play and break building',
  'Juniors aged 8 to 17, with a parent or guardian present',
  'Returning players getting back into the game after a break',
];
const ePrices = [
  'A one-to-one session of one hour costs £30, including table time. A block of five sessions is £135 when booked together.',
  j('Group sessions for up to four players run on Thursday evenings from 6pm and cost £12 a player. Junior group sessions on Saturday', 'mornings are £6.'),
];
const eCoach = [
  j(
    'All sessions are taught by Graham Yeo, a qualified coach who has played in the county team for fifteen years and has coached',
    'at the academy since it opened. Graham holds an up-to-date safeguarding certificate and first aid training.',
  ),
];
const eNav = ['Home', 'Tables', 'Coaching', 'Leagues', 'Events', 'Contact'];
const eCookie = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.',
  'By clicking "Accept All", you consent to our use of cookies.',
);
const eQuote = 'Six sessions with Graham and my long potting is better than it has been in twenty years. Worth every penny.';
const eW = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget" data-widget_type="${type}"><div class="elementor-widget-container">
${inner}</div></div>`;
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`;
const eMenu = (hidden: boolean): string => `<nav ${
  hidden
    ? 'class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"'
    : 'aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"'
}>
<ul class="elementor-nav-menu">${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase()}/"
class="elementor-item${t === 'Coaching' ? ' elementor-item-active' : ''}"${hidden ? ' tabindex="-1"' : ''}>${t}</a></li>`,
  )
  .join('')}</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Snooker Coaching &#8211; Redwell Cue Academy</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://redwellcue.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://redwellcue.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5'
media='all'>
<link rel='stylesheet' id='elementor-post-88-css' href='https://redwellcue.co.uk/wp-content/uploads/elementor/css/post-88.css?ver=1728301122' media='all'>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/4c1f2e9a7b/script.js"></script>
<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg; settings: css_print_method-external, google_font-enabled"></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="120" class="elementor elementor-120 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f1a2b e-flex e-con-boxed e-con e-parent" data-id="3f1a2b" data-element_type="container"><div
class="e-con-inner">
${eW(
  'theme-site-logo.default',
  `<a href="https://redwellcue.co.uk"><img width="180" height="60" src="/wp-content/uploads/2024/02/redwell-logo.png"
alt="Redwell Cue Academy"></a>`,
  '6c2d',
)}
${eW(
  'nav-menu.default',
  `${eMenu(false)}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>
${eMenu(true)}`,
  '9e1',
)}
${eW(
  'button.default',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a Table</span></span></a>`,
  '1a7',
)}
</div></div></div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<div class="elementor-element elementor-element-5b0c e-flex e-con-boxed e-con e-parent" data-id="5b0c" data-element_type="container"><div class="e-con-inner">
${eW('heading.default', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, '2d4e')}
${eW('text-editor.default', ps(eIntro), '7f3a')}
${eW('heading.default', '<h2 class="elementor-heading-title elementor-size-default">Who it’s for</h2>', '8b21')}
${eW('icon-list.default', eIcons(eWho), 'c0d9')}
${eW('heading.default', '<h2 class="elementor-heading-title elementor-size-default">Prices</h2>', '4e6f')}
${eW('text-editor.default', ps(ePrices), 'a3b8')}
${eW('heading.default', '<h2 class="elementor-heading-title elementor-size-default">Your coach</h2>', 'd2c7')}
${eW('text-editor.default', ps(eCoach), 'e5f0')}
${eW(
  'testimonial.default',
  `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-meta-inner"><div class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Karen Holt</div><div class="elementor-testimonial-job">Division Two player</div></div></div></div></div>`,
  'f1a2',
)}
${eW(
  'button.default',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/book-coaching/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a Session</span></span></a>`,
  'b9c4',
)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="134" class="elementor elementor-134 elementor-location-footer"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-0a9f e-flex e-con-boxed e-con e-parent" data-id="0a9f" data-element_type="container"><div class="e-con-inner">
${eW('heading.default', '<h4 class="elementor-heading-title elementor-size-default">Opening Hours</h4>', '31b0')}
${eW('text-editor.default', '<p>Monday to Saturday 10am – 11pm<br>Sunday 12pm – 10pm</p>', '31b1')}
${eW('heading.default', '<h4 class="elementor-heading-title elementor-size-default">Find Us</h4>', '31b2')}
${eW('text-editor.default', '<p>2 Foundry Lane, Redwell RW4 9LT</p>', '31b3')}
${eW('text-editor.default', '<p>© 2025 Redwell Cue Academy | Website by Baize Digital</p>', '31b4')}
</div></div></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>${eCookie}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize"
aria-label="Customise" data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject" aria-label="Reject All"
data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"\\/*"}]},"eagerness":"conservative"}]}</script>
<script src="https://redwellcue.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.3" id="elementor-pro-frontend-js"></script></body>
</html>`;
const elementorCoaching: TestPage = tidy({
  name: 'heldout552-elementor-snooker-coaching',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Who it’s for', 'Prices', 'Your coach'],
  body: [...eIntro, ...eWho, ...ePrices, ...eCoach],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'Book a Table', eQuote, 'Karen Holt', 'Division Two player', 'Book a Session', 'Opening Hours',
    'Monday to Saturday 10am – 11pm', 'Sunday 12pm – 10pm', 'Find Us', '2 Foundry Lane, Redwell RW4 9LT',
    '© 2025 Redwell Cue Academy | Website by Baize Digital',
    'We value your privacy', eCookie, 'Customise', 'Reject All', 'Accept All',
  ],
});

const uTitle = 'AGM 2025: three rule changes for the summer season';
const uDek = 'Twenty-two teams were represented at this year’s AGM. Here is what was agreed.';
const uSecs: [string, string[]][] = [
  [
    'Shot clock in the singles finals',
    [
      j(
        'From this summer, the singles finals will use a 45-second shot clock, with one 30-second extension per player per frame.',
        'League matches are not affected. The proposal came from the Fleet Street Tavern and passed by 17 votes to 5.',
      ),
      'The committee will buy two timers, and volunteers will be asked to run them on finals day.',
    ],
  ],
  [
    'Later start on match nights',
    [
      j(
        'Matches will start at 8.15pm instead of 8pm. Several captains said players working late shifts were missing the first frames,',
        'and the venues agreed that a later start makes no difference to them.',
      ),
    ],
  ],
  [
    'Captains’ results app',
    [
      j(
        'Results will be entered through the new results app rather than by text to the secretary. Both captains confirm the score on',
        'their phones before leaving the venue, and the tables update straight away. Paper score sheets stay as a backup for this season.',
      ),
      'A short guide to the app will be sent to every captain before the first week. Captains who do not have a smartphone can still phone the result in.',
    ],
  ],
  [
    'Officers',
    [
      j(
        'Lynn Adebayo was re-elected as chair and Paul Grice as treasurer. Nadia Sorrell takes over as fixtures secretary from Colin',
        'Webb, who steps down after eleven years. The meeting thanked Colin with a round of applause and a new cue case.',
      ),
    ],
  ],
];
const uNav = ['Fixtures', 'Results', 'Tables', 'Posts', 'Rules'];
const uTags = ['AGM', 'Committee', 'Rules'];
const uSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.134.2"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${uTitle} | Fleetmoor Pool League</title><meta name="keywords" content="AGM, Committee, Rules"><meta name="description" content="${uDek}">
<meta name="author" content="Committee"><link rel="canonical" href="https://fleetmoorpool.org/posts/agm-2025/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.8fe10233a706bc87f2e08b3cf97b8bd4c0a80f10675a143675d59212121037c0.css" rel="preload stylesheet"
as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","datePublished":"2025-04-22T00:00:00Z",
"author":[{"@type":"Person","name":"Committee"}],"publisher":{"@type":"Organization","name":"Fleetmoor Pool League"}}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://fleetmoorpool.org/" accesskey="h"
title="Fleetmoor Pool League (Alt + H)">Fleetmoor Pool
League</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon"
xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div><ul id="menu">
${uNav.map((t) => `<li><a href="https://fleetmoorpool.org/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://fleetmoorpool.org/">Home</a>&nbsp;»&nbsp;<a
href="https://fleetmoorpool.org/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${uTitle}</h1><div class="post-description">${uDek}</div>
<div class="post-meta"><span title='2025-04-22 00:00:00 +0000 UTC'>April 22, 2025</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Committee</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${uSecs.map(([h]) => `<li><a href="#${uSlug(h)}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${uSecs
  .map(([h, p]) => `<h2 id="${uSlug(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${uSlug(h)}">#</a></h2>\n${ps(p)}`)
  .join('\n')}</div>
<footer class="post-footer"><ul class="post-tags">${links(uTags)}</ul><nav class="paginav"><a class="prev"
href="https://fleetmoorpool.org/posts/summer-entries/">
<span class="title">« Prev</span><br><span>Summer league entries now open</span></a><a class="next" href="https://fleetmoorpool.org/posts/winter-final-night/">
<span class="title">Next »</span><br><span>Winter league: final night round-up</span></a></nav><ul class="share-buttons"><li><a target="_blank"
rel="noopener noreferrer" aria-label="share AGM 2025 on x" href="https://x.com/intent/tweet/?text=AGM%202025"><svg version="1.1" viewBox="0 0 512 512"
xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M512 62.554V449.446Z"></path></svg></a></li><li><a target="_blank"
rel="noopener noreferrer"
aria-label="share AGM 2025 on whatsapp" href="https://api.whatsapp.com/send?text=AGM%202025"><svg viewBox="0 0 512 512" height="30px" width="30px"
fill="currentColor"><path d="M449.446 0Z"></path></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://fleetmoorpool.org/">Fleetmoor Pool League</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script></body></html>`;
const hugoAgm: TestPage = tidy({
  name: 'heldout552-hugo-papermod-pool-agm',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map((s) => s[0]),
  body: [uDek, ...uSecs.flatMap((s) => s[1])],
  bylines: ['April 22, 2025 · 3 min · Committee'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fleetmoor Pool League', ...uNav, 'Home', 'Posts', 'Table of Contents', ...uTags, '« Prev', 'Summer league entries now open', 'Next »',
    'Winter league: final night round-up', '© 2025 Fleetmoor Pool League · Powered by Hugo & PaperMod',
  ],
});

export const HELDOUT552_F: readonly TestPage[] = [elementorCoaching, hugoAgm];
