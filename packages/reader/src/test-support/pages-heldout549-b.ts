import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, rows, rowText } from './pages-heldout549-kit.js';

/**
 * Held-out batch 549, file b: an agility club's show schedule built with Wix (Thunderbolt renderer, rich text elements) and an
 * agility club news report with a results table on Drupal 10 (Olivero theme) with comments.
 */
const xTitle = '2027 Show Schedule';
const xIntro = j(
  'Here are the shows Kestrel Vale Agility Club is running or attending in 2027. Entries for our own shows open six weeks',
  'before the date and close when the rings are full. Members get first refusal for the first seven days.',
);
const xMonths: [string, string[]][] = [
  ['Spring', ['Sat 20 March: Indoor Winter Finale, Ashby Equestrian Centre (own show)', 'Sun 11 April: Ribble Valley Open, Clitheroe Showground']],
  [
    'Summer',
    [
      'Sat 29 and Sun 30 May: Kestrel Vale Championship Show, Harrowfield Park (own show)',
      'Sat 19 June: Midsummer Fun Day and Taster Session, club field',
      'Sat 7 August: Three Counties Team Event, Ledbury',
    ],
  ],
  ['Autumn', ['Sun 26 September: Novice and Graded Show, Harrowfield Park (own show)', 'Sat 23 October: Club Championship and AGM, club field']],
];
const xNote = j(
  'Please bring your own water and shade for dogs at outdoor shows. Harrowfield Park has no shop on site, but the burger van',
  'will be at the championship show both days.',
);
const xNav = ['Home', 'About Us', 'Shows', 'Training', 'Join', 'Gallery', 'Contact'];
const wixText = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wixP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Shows | Kestrel Vale Agility Club</title>
<meta property="og:title" content="Shows | Kestrel Vale Agility Club"><meta property="og:site_name" content="Kestrel Vale Agility Club">
<link rel="canonical" href="https://www.kestrelvaleagility.org.uk/shows">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger"],"site":{"metaSiteId":"7c2e"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255}.font_8{font-size:17px}</style>
<script>window.viewerModel = {"requestUrl":"https://www.kestrelvaleagility.org.uk/shows","language":{"siteLanguage":"en"}};</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lkq1logo" class="j7pOnl">
<a data-testid="linkElement" href="https://www.kestrelvaleagility.org.uk" target="_self" class="j7pOnl">
<img src="https://static.wixstatic.com/media/kv_logo.png"
alt="Kestrel Vale Agility Club logo"></a></div>
${wixText('<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Kestrel Vale Agility Club</span></h2>', 'lkq1title')}
<nav id="comp-lkq1menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(' ', '-')}">
<span class="wixui-horizontal-menu__item-label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="lkq2page" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerlkq2" class="Containerlkq2 SPY_vo">
<section id="comp-lkq2sec" tabindex="-1" class="Oqnisf comp-lkq2sec wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lkq2col" class="comp-lkq2col YzqVVZ wixui-column-strip__column">
${wixText(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`, 'lkq2h1')}
${wixText(wixP(xIntro), 'lkq2intro')}
${xMonths
  .map(
    ([h, items], i) =>
      wixText(
        `<h3 class="font_3 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span>
</h3>`,
        `lkq2m${i}`,
      ) + wixText(items.map(wixP).join(''), `lkq2l${i}`),
  )
  .join('\n')}
${wixText(`<p class="font_9 wixui-rich-text__text"><span style="font-style:italic;" class="wixui-rich-text__text">${xNote}</span></p>`, 'lkq2note')}
<div id="comp-lkq2btn" class="comp-lkq2btn R6ex7N wixui-button"><a data-testid="linkElement" href="/join" class="uDW_Qe wixui-button" aria-disabled="false">
<span class="l7_2fn wixui-button__label">Enter a show</span></a></div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${wixText(wixP('© 2027 by Kestrel Vale Agility Club. Affiliated to the Kennel Club.'), 'lkq3copy')}
<div id="comp-lkq3soc" class="comp-lkq3soc"><ul aria-label="Social Bar" class="ddMTmw"><li class="Wn8pql"><a href="https://www.facebook.com/kestrelvaleagility"
target="_blank" class="LhYTQy"><img alt="Facebook" src="https://static.wixstatic.com/media/fb.png"></a></li></ul></div></div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner-root" data-hook="ccsu-banner-wrapper"><div data-hook="ccsu-banner-text">
<p>This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.</p>
<a data-hook="ccsu-banner-privacy-policy-link" href="/privacy">Privacy Policy</a></div><button data-hook="ccsu-banner-decline-all">Decline All</button>
<button data-hook="ccsu-banner-settings">Settings</button><button data-hook="ccsu-banner-accept">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4a3f.bundle.min.js" async></script></body></html>`;
const wix: TestPage = finish({
  name: 'heldout549-wix-show-schedule',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xMonths.map(([h]) => h),
  body: [xIntro, ...xMonths.flatMap(([, items]) => items), xNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Kestrel Vale Agility Club', ...xNav, 'Enter a show', '© 2027 by Kestrel Vale Agility Club. Affiliated to the Kennel Club.',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Decline All', 'Settings', 'Accept',
  ],
});

const dTitle = 'Wet weekend, great results at the Northfold Open';
const dLead = [
  j(
    'Twenty-three Harefield &amp; District Agility Club handlers made the trip to the Northfold Open last weekend, and despite',
    'rain that turned the grass rings into something closer to a ploughed field, the club came home with eleven rosettes.',
  ),
  j(
    'The standout run of the weekend came from Tomasz Welland and his border collie Skip, who went clear in Grade 5 Jumping',
    'to win by just under a second. It is Skip&rsquo;s first win at Grade 5 and means the pair need one more to move up.',
  ),
];
const dResults = [
  ['Tomasz Welland', 'Skip', 'Grade 5 Jumping', '1st'],
  ['Maura Kinsey', 'Pepper', 'Grade 2 Agility', '2nd'],
  ['Lydia Fairbrass', 'Nell', 'Grade 3 Jumping', '3rd'],
  ['Owen Pratley', 'Dot', 'Grade 1 Agility', '4th'],
];
const dMore = [
  j(
    'Special mention goes to Owen and Dot, who were at their very first show. Dot took one look at the tunnel in her first run',
    'and decided against it, then ran it without a second thought in the afternoon.',
  ),
  j(
    'Thank you to everyone who helped with ring parties and to Janet for the flasks of soup. Our next away show is the Ribble',
    'Valley Open on 11 April; the car share sheet is on the noticeboard in the clubhouse.',
  ),
];
const dNav = ['Home', 'About the club', 'Classes', 'Shows & results', 'News', 'Members area'];
const dComments: [string, string, string][] = [
  ['Janet Morrow', 'Mon, 29/03/2027 - 08:14', 'Well done all! The soup was the least I could do after watching you lot in that rain.'],
  ['Maura Kinsey', 'Mon, 29/03/2027 - 12:40', 'Pepper is still drying out. Brilliant weekend though, thanks for organising the lifts.'],
];
const dCommentHtml = ([who, when, text]: [string, string, string], i: number): string => `<article data-comment-user-id="${i + 7}" id="comment-${i + 31}"
class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1806300000"></span><div class="comment__picture-wrapper">
<div class="comment__picture"></div></div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author">
<span>${who}</span></p><p class="comment__time">${when}</p></footer><div class="comment__content">
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field__item"><p>${text}</p></div></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/212/comment_body/${i + 31}">Reply</a></li></ul></div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Harefield &amp; District Agility Club</title><link rel="canonical" href="https://www.harefieldagility.org/news/northfold-open">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_olivero.css"><script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/212"},"pluralDelimiter":"\\u0003"}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Harefield &amp; District Agility Club</a></div></div></div></div>
<div class="mobile-buttons"><button class="button-nav-toggle" aria-controls="header-nav" aria-expanded="false"><span class="visually-hidden">Main Menu</span>
</button></div><div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><h2 class="visually-hidden block__title">Search</h2>
<form action="/search/node" method="get"><input title="Enter the terms you wish to search for." type="search" name="keys" class="form-search"></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="212" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Gwen Halloran</span></span></span>
<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-03-28T19:02:11+01:00"
title="Sunday, March 28, 2027 - 19:02" class="datetime">Sun, 28/03/2027 - 19:02</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2027-03/skip-jumping.jpg" width="1200" height="800" alt="Skip clearing a jump in the rain"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dLead)}
<h2>Club results</h2><table><thead><tr><th>Handler</th><th>Dog</th><th>Class</th><th>Place</th></tr></thead><tbody>${rows(dResults)}</tbody></table>
${ps(dMore)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">
<div class="field__item"><a href="/taxonomy/term/4" hreflang="en">Results</a></div><div class="field__item">
<a href="/taxonomy/term/9" hreflang="en">Away shows</a></div>
</div></div><section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<div class="comments__count"><span class="comments__count-number">2</span></div>
${dComments.map(dCommentHtml).join('\n')}
<div class="comment-forbidden"><a href="/user/login?destination=/node/212%23comment-form">Log in</a> to post comments</div></section></div></article>
</div></div>
</div></div></div></div>
<div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a>
</span></div>
</div></div></div></div></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = finish({
  name: 'heldout549-olivero-club-results',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['Club results'],
  body: texts([...dLead, ...dResults.map(rowText), ...dMore]),
  bylines: ['Gwen Halloran', 'Sun, 28/03/2027 - 19:02', ...dComments.flatMap(([who, when]) => [who, when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Harefield & District Agility Club', 'Main Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Tags', 'Results',
    'Away shows', 'Comments', '2', ...dComments.map(([, , t]) => t), 'Reply', 'Log in', 'to post comments', 'Powered by', 'Drupal',
  ],
});

export const HELDOUT549_B: readonly TestPage[] = [wix, drupal];
