import { links, ps, type TestPage, texts } from './page-kit.js';
import { heads, j, lis, paras, type Sec } from './pages-heldout418-kit.js';

/**
 * Held-out batch 418, file f: a seaweed guide page on a marine charity's Wix site (the Wix Thunderbolt markup: comp ids,
 * rich-text components, a strip of "Quick ID" boxes, a gallery with captions, a donate strip, a members' login bar and footer)
 * and a naturalist's Blogger post on telling two warblers apart (the Blogger post template with date header, post footer
 * with labels and share buttons, comments, and the sidebar gadgets: profile, blog archive, popular posts and labels).
 */
const sTitle = 'Serrated Wrack and Bladder Wrack: a Shore Guide';
const sIntro = [
  j(
    'Wracks are the brown seaweeds that cover the middle of most rocky shores around Carrick Bay. Two of them, serrated wrack and',
    'bladder wrack, grow side by side and are often muddled up, but a close look at the edge of a frond is enough to tell them apart.',
  ),
];
const sSecs: Sec[] = [
  [
    'Serrated wrack (Fucus serratus)',
    [
      j(
        'Grows on the lower shore, just above the kelp, forming a dense olive-brown carpet that is only uncovered on the lowest',
        'tides. The fronds are flat, up to 60cm long, and have a saw-toothed edge along their whole length. There are no air bladders.',
      ),
      'In winter the tips of the fronds swell into flattened, warty reproductive bodies, which never have the smooth, paired look of bladders.',
      j(
        'Turn a frond over: serrated wrack is often crusted with pale sea mat and the coils of tiny tube worms, while the',
        'upper-shore wracks are usually much cleaner.',
      ),
    ],
  ],
  [
    'Bladder wrack (Fucus vesiculosus)',
    [
      j(
        'Grows higher, on the middle shore, and is uncovered on every tide. The frond edges are smooth and there is a clear midrib',
        'with round air bladders in pairs on either side of it, which pop when pressed. On very exposed shores the bladders may be',
        'few or missing, so check the edge of the frond as well.',
      ),
    ],
  ],
  [
    'Life on the wracks',
    [
      j(
        'Both wracks shelter periwinkles, dog whelks and shore crabs at low tide, and the flat periwinkle lays its eggs on the',
        'fronds. The tiny spiral tubes you may see on serrated wrack are made by a worm, Spirorbis, which settles almost nowhere else.',
      ),
    ],
  ],
  ['Seashore code', ['Please follow these simple steps when you explore the shore:']],
];
const sCode = [
  'Do not pull seaweed off the rocks; it takes years to regrow.',
  'Put stones back the right way up.',
  'Check the tide times before you go and keep an eye on the water.',
];
const sQuick = ['Quick ID', 'Toothed edge? Serrated wrack', 'Paired bladders? Bladder wrack', 'Twisted, no bladders? Spiral wrack'];
const sCaptions = ['Serrated wrack at low water, Penhallow', 'Paired bladders along the midrib'];
const sNav = ['Home', 'Our Work', 'Shore Guides', 'Events', 'Volunteer', 'Donate'];
const sFoot = ['Carrick Bay Marine Trust, Harbour Office, Penhallow', 'Registered Charity 1160342', 'Privacy Policy', 'Accessibility'];
const wix = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Serrated and Bladder Wrack | Shore Guide | Carrick Bay Marine Trust</title><meta name="generator" content="Wix.com Website Builder">
<meta property="og:title" content="Serrated and Bladder Wrack | Shore Guide"><meta property="og:site_name" content="Carrick Bay Marine Trust">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookieConsent","tpaCommons"],"site":{"metaSiteId":"a7e1"},"language":"en"}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Carrick Bay Marine Trust"}</script>
<style id="css_masterPage">#comp-kx1{width:980px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="wixui-vector-image">Carrick Bay Marine Trust</div>
<nav id="comp-kx2" aria-label="Site" class="wixui-dropdown-menu"><ul class="DDmwQv">${links(sNav, 'wixui-dropdown-menu__item')}</ul></nav>
<div id="comp-kx3" class="wixui-login-bar"><span class="login-text">Log In</span></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="PAGES_CONTAINER"><div id="c1dmp" class="page">
<section id="comp-lm1" class="Oqnisf comp-lm1 wixui-section"><div data-testid="columns" class="V5AUxf">
${wix('lm2', `<h1 class="font_0 wixui-rich-text__text">${sTitle}</h1>`)}
${wix('lm3', ps(sIntro, ' class="font_8 wixui-rich-text__text"'))}
<div id="comp-lm4" class="wixui-box">${wix('lm5', `<ul class="font_8">${lis(sQuick, 'wixui-rich-text__text')}</ul>`)}</div>
<div id="comp-lm6" class="wixui-gallery" data-testid="gallery">${sCaptions
  .map(
    (c) => `<div class="gallery-item"><wow-image><img src="https://static.wixstatic.example/media/wrack.jpg" alt=""></wow-image>
<div class="gallery-item-title wixui-gallery__title">${c}</div></div>`,
  )
  .join('')}</div>
${sSecs
  .map(
    (s, i) =>
      `${wix(
        `lm${10 + i}`,
        `<h2 class="font_2 wixui-rich-text__text">${s[0]}</h2>
${ps(s[1], ' class="font_8 wixui-rich-text__text"')}${s[0] === 'Seashore code' ? `\n<ul class="font_8">${lis(sCode, 'wixui-rich-text__text')}</ul>` : ''}`,
      )}`,
  )
  .join('\n')}
</div></section>
<section id="comp-lm20" class="wixui-section">${wix(
  'lm21',
  `<h2 class="font_2">Love our shores?</h2>
<p class="font_8">Your donation funds our rockpool rambles and seagrass work.</p>`,
)}
<a data-testid="linkElement" href="/donate" class="wixui-button"><span class="wixui-button__label">Donate Now</span></a></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">${wix('ft1', sFoot.map((t) => `<p class="font_9">${t}</p>`).join(''))}</footer>
</div></div></div></div>
<div id="consent-banner-root" class="consent-banner"><p>This website uses cookies. By continuing to browse you accept our cookie policy.</p>
<button data-hook="consent-banner-apply-button">Accept</button><button data-hook="consent-banner-settings-button">Settings</button></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script></body></html>`;

const kTitle = 'Dunnock or Hedge Sparrowlet? Notes from the Lower Fold';
const kIntro = [
  j(
    'A reader wrote last month to ask how I tell a dunnock from the hedge sparrowlet, now that the sparrowlet has spread north to',
    'our valley. It is a fair question. For the first two winters I got it wrong more often than I like to admit, and it was only',
    'by sitting at the same hawthorn every morning in February that I started to see the difference.',
  ),
];
const kSecs: Sec[] = [
  [
    'Shape and posture',
    [
      j(
        'The dunnock creeps. It shuffles along the ground close to cover with its body held low and level, flicking one wing at a',
        'time. The sparrowlet hops, and sits up more, with a rounder head and a shorter tail that it often cocks.',
      ),
    ],
  ],
  [
    'Head and bill',
    [
      j(
        "Both are streaky brown birds with grey on the head, but the dunnock has a thin, dark, insect-eater's bill, while the",
        "sparrowlet has a stubby, conical seed-eater's bill with a yellowish base. In good light that alone settles it.",
      ),
      'The sparrowlet also shows a pale buff stripe over the eye that the dunnock lacks entirely.',
      j(
        'Watch the legs as well. A dunnock has thin, orange-pink legs, and the sparrowlet dull brown ones, though I would not',
        'trust that on its own in poor light.',
      ),
    ],
  ],
  [
    'Voice',
    [
      j(
        "The dunnock's song is a fast, squeaky warble, like a wheel that needs oil; its call a thin, piping <i>tseep</i>. The",
        'sparrowlet chirps in short, dry notes and, in spring, gives a rattling trill from the top of a bush.',
      ),
    ],
  ],
  ['What I check, in order', ['When a small brown bird drops under the feeder, I now go through the same three things:']],
];
const kOrder = ['Does it creep or hop?', 'Thin bill or thick bill?', 'Is there a pale stripe over the eye?'];
const kEnd = [
  j(
    'None of this needs a telescope, just patience and a few mornings at the same spot. If you have sparrowlets in your garden',
    'this winter, I would love to hear where.',
  ),
];
const kComments: [string, string, string][] = [
  ['Marnie Tolland', '4 February 2026 at 09:12', 'Very helpful, thank you. I think my "dunnocks" last winter were sparrowlets after all.'],
  ['Anonymous', '5 February 2026 at 18:40', 'Two sparrowlets on our feeder at Hebden Cross this morning, first I have seen.'],
];
const kArchive = ['2026 (3)', 'February (2)', 'January (1)', '2025 (14)'];
const kLabels = ['bird ID', 'identification', 'garden birds', 'Lower Fold sightings'];
const kPopular = ['The day the waxwings came', 'Seven mosses on one wall'];
const kHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://lowerfoldnotes.blogspot.example/2026/02/dunnock-or-hedge-sparrowlet.html" rel="canonical">
<title>Lower Fold Nature Notes: ${kTitle}</title>
<meta content="${kTitle}" property="og:title"><meta content="article" property="og:type">
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2437-widget_css_bundle.css">
<script type="text/javascript">(function() { var b = window, f = "chrome"; window._BloggerInit = {"blogId":"771"}; })();</script></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><span class="cookie-choices-text">This site uses cookies from Google to deliver its services
and to analyse traffic.</span><a class="cookie-choices-button" href="#">Learn more</a><a class="cookie-choices-button" href="#">Ok</a></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner">
<div class="titlewrapper"><h1 class="title"><a href="https://lowerfoldnotes.blogspot.example/">Lower Fold Nature Notes</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Birds, bugs and plants of one northern valley</span></p></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Tuesday, 3 February 2026</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="5521"></a><h3 class="post-title entry-title" itemprop="name">${kTitle}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-5521" itemprop="description articleBody">
${ps(kIntro)}
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/img/a/sparrowlet.jpg"
style="margin-left: 1em; margin-right: 1em;">
<img border="0" height="240" src="https://blogger.googleusercontent.example/img/a/sparrowlet-s320.jpg" width="320"></a></div>
<table class="tr-caption-container"><tbody><tr><td class="tr-caption">Hedge sparrowlet on the hawthorn, with the stubby bill showing well</td></tr></tbody>
</table>
${kSecs.map((s) => `<h4>${s[0]}</h4>\n${ps(s[1])}${s[0] === 'What I check, in order' ? `\n<ol>${lis(kOrder)}</ol>` : ''}`).join('\n')}
${ps(kEnd)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Elspeth Garrow</span>
</span>
<span class="post-timestamp">at <a class="timestamp-link" href="#"><abbr class="published" title="2026-02-03T08:30:00Z">08:30</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="#comments">2 comments:</a></span></div>
<div class="post-footer-line post-footer-line-2"><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#"
title="Email This"><span class="share-button-link-text">Email This</span></a><a class="share-button sb-blog" href="#" title="BlogThis!">
<span class="share-button-link-text">BlogThis!</span></a></div>
<span class="post-labels">Labels: ${kLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(', ')}</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4><div id="Blog1_comments-block-wrapper">
<dl class="avatar-comment-indent" id="comments-block">
${kComments
  .map(
    (c) => `<dt class="comment-author"><a name="c1"></a>${c[0]} said...</dt><dd class="comment-body"><p>${c[2]}</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="#">${c[1]}</a></span></dd>`,
  )
  .join('\n')}</dl></div>
<p class="comment-footer"><a href="https://www.blogger.example/comment/fullpage/post/771/5521">Post a Comment</a></p></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span><a class="home-link" href="#">Home</a></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock">
<dt class="profile-data">Elspeth Garrow</dt>
<dd class="profile-textblock">Retired teacher, bird ringer and county recorder for the Lower Fold.</dd></dl></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul class="hierarchy">${links(kArchive)}</ul></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>Popular Posts</h2><ul>${links(kPopular)}</ul></div>
<div class="widget Label" id="Label1"><h2>Labels</h2><ul>${links(kLabels)}</ul></div></div></aside></div></div>
</div></div></div><footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1">Simple theme. Powered by Blogger.</div></div></footer>
</div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/1166699449-widgets.js"></script></body></html>`;

export const HELDOUT418_F: TestPage[] = [
  {
    name: 'heldout418-wix-marine-seaweed-guide-wiki',
    kind: 'wiki',
    html: sHtml,
    title: sTitle,
    headings: heads(sSecs),
    body: texts([...sIntro, ...paras(sSecs.slice(0, 3)), ...(sSecs[3]?.[1] ?? []), ...sCode]),
    bylines: [],
    furniture: [
      'Carrick Bay Marine Trust',
      ...sNav,
      'Log In',
      ...sQuick,
      ...sCaptions,
      'Love our shores?',
      'Your donation funds our rockpool rambles and seagrass work.',
      'Donate Now',
      ...sFoot,
      'This website uses cookies. By continuing to browse you accept our cookie policy.',
      'Settings',
    ],
  },
  {
    name: 'heldout418-blogger-naturalist-two-species-blog',
    kind: 'blog',
    html: kHtml,
    title: kTitle,
    headings: heads(kSecs),
    body: texts([...kIntro, ...paras(kSecs), ...kOrder, ...kEnd]),
    bylines: ['Tuesday, 3 February 2026', 'Elspeth Garrow', '08:30'],
    furniture: [
      'This site uses cookies from Google to deliver its services and to analyse traffic.',
      'Learn more',
      'Lower Fold Nature Notes',
      'Birds, bugs and plants of one northern valley',
      'Hedge sparrowlet on the hawthorn, with the stubby bill showing well',
      '2 comments:',
      'Email This',
      'BlogThis!',
      'Labels:',
      ...kLabels,
      ...kComments.flatMap((c) => [`${c[0]} said...`, c[1], c[2]]),
      'Post a Comment',
      'Newer Post',
      'Older Post',
      'About Me',
      'Retired teacher, bird ringer and county recorder for the Lower Fold.',
      'Blog Archive',
      ...kArchive,
      'Popular Posts',
      ...kPopular,
      'Simple theme. Powered by Blogger.',
    ],
  },
];
