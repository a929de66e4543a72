import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout417-kit.js';

/**
 * Held-out batch 417, file d: a serial's Substack-style chapter (navbar, post header with subtitle, byline and date, like /
 * comment / share bar, section headings inside the chapter, subscription widget, a pull quote, "Previous / Next" footer,
 * comments, site footer) and a webcomic's archive page on a Comic Easel-style theme (a listing: intro, one heading per
 * chapter, page titles with dates, sidebar, footer).
 */
const sTitle = 'The Cartographer of Small Rooms, Chapter 7';
const sSub = 'In which Aunt Perpetua draws a map of the kitchen, and the kitchen objects.';
const sParts: readonly [string, string[]][] = [
  [
    'I. The map',
    paras(`
Aunt Perpetua began the map of the kitchen on the first of November, with a pencil she had sharpened so many times it was barely
longer than her thumb. She started at the stove, because the stove was the oldest thing in the house, and worked outward in
careful clockwise spirals.

By the third day she had reached the pantry door, and the map had grown to four sheets of butcher's paper taped together on the
dining table. Every jar was on it. Every crack in the tiles. The spot where the floor dipped, and the spot where my cousin Ambrose
had once dropped a whole pot of plum jam in 1998.

"Why?" I asked her, because somebody had to.

"Because it keeps moving," she said, and went back to measuring the gap under the dresser with a length of knotted string.
`),
  ],
  [
    'II. The kitchen',
    paras(`
I did not believe her, of course. Kitchens do not move. But on the fifth morning I came down for coffee and the kettle was on the
left side of the stove, where it had never once been in my lifetime, and the map showed it on the right, in pencil, with a small
neat label.

Aunt Perpetua looked at the kettle for a long time. Then she erased the label, redrew the kettle on the left, and wrote the date
beside it.

After that I started noticing things. The bread bin drifted about an inch a night toward the window. The calendar on the back of
the door was always open to the wrong month. One morning there were seven chairs around the table instead of six, and nobody
could say which one was new.

The kitchen does not like to be looked at too closely, my aunt wrote in the margin. It will tolerate love, but not attention.
`),
  ],
  [
    'III. The margin',
    paras(`
She finished the map on the twentieth. That night the whole house was very quiet, the kind of quiet that feels held rather than
empty, and in the morning everything in the kitchen was exactly where the map said it should be.

Aunt Perpetua rolled the map up, tied it with kitchen string, and put it in the drawer with the good scissors. "There," she said.
"Now it knows we know."

I still do not understand what she meant. But I have not seen the kettle move since.
`),
  ],
];
const sQuote = 'It will tolerate love, but not attention.';
const sNav = ['Home', 'Chapters', 'Notes', 'Archive', 'About'];
const sFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const sCom = ['The seventh chair. I have goosebumps.', 'Aunt Perpetua is the aunt I want to become.'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sTitle} - by Clement Oyelaran - Lamplit Serials</title>
<meta name="description" content="${sSub}"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<meta name="author" content="Clement Oyelaran"><meta property="article:published_time" content="2026-03-01T13:02:11.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","description":"${sSub}",
"datePublished":"2026-03-01T13:02:11+00:00",
"author":[{"@type":"Person","name":"Clement Oyelaran"}],"publisher":{"@type":"Organization","name":"Lamplit Serials"}}</script>
<script>window._preloads = JSON.parse("{\\"isEligibleForFreeTrial\\":false,\\"pub\\":{\\"name\\":\\"Lamplit Serials\\"}}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content">
<a href="/" class="navbar-title-link">Lamplit Serials</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button>
<a class="button sign-in-link">Sign in</a></div></div><ul class="nav-links">${links(sNav, 'nav-link')}</ul></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw">${sTitle}</h1><h3 class="subtitle">${sSub}</h3>
<div class="post-meta"><div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.example/@clementoy"
class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Clement Oyelaran</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Mar 01, 2026</div></div>
<div class="post-ufi"><a class="like-button-container"><div class="label">214</div></a><a class="post-ufi-comment-button"><div class="label">31</div></a>
<a class="post-ufi-button share-button"><div class="label">Share</div></a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${sParts
  .map(([h, p], i) => {
    const head = `<h3 class="header-anchor-post">${h}<div class="pencraft header-anchor-parent"><a class="header-anchor">§</a></div></h3>`;
    const extra =
      i === 0
        ? `<div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">Lamplit Serials is a reader-supported serial. To get each new chapter, consider becoming a subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>`
        : i === 1
          ? `<blockquote><p>${sQuote}</p></blockquote>`
          : '';
    return `${head}\n${ps(p)}\n${extra}`;
  })
  .join('\n')}
<p class="button-wrapper"><a class="button primary" href="/p/cartographer-chapter-8"><span>Read Chapter 8</span></a></p></div></div>
<div class="post-footer"><div class="post-footer-ufi"><a class="button">Leave a comment</a><a class="button">Share Lamplit Serials</a></div>
<div class="post-nav"><a class="post-nav-prev" href="/p/chapter-6">Previous</a><a class="post-nav-next" href="/p/chapter-8">Next</a></div></div></article>
<div class="comments-page"><h4 class="comments-section-title">Discussion about this post</h4>${sCom
  .map(
    (c, i) => `<div class="comment"><div class="comment-meta"><a class="commenter-name">${['Bettina Rusk', 'Kwame Adjei-Lund'][i] ?? ''}</a>
<a class="comment-date">Mar ${i + 1}</a></div><div class="comment-body"><p>${c}</p></div><div class="comment-actions"><a>Reply</a></div></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="footer-wrap"><div class="footer"><span class="copyright">© 2026 Clement Oyelaran</span><ul>${links(sFoot)}</ul>
<p class="substack-credit">Substack is the home for great culture</p></div></div></div></div></body></html>`;
const substack: TestPage = {
  name: 'heldout417-substack-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sParts.map(([h]) => h),
  body: [sSub, ...sParts.flatMap(([, p], i) => (i === 1 ? [...texts(p), sQuote] : texts(p)))],
  bylines: ['Clement Oyelaran', 'Mar 01, 2026', 'Bettina Rusk', 'Mar 1', 'Kwame Adjei-Lund', 'Mar 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lamplit Serials', 'Subscribe', 'Sign in', ...sNav, '214', 'Share',
    'Lamplit Serials is a reader-supported serial. To get each new chapter, consider becoming a subscriber.', 'Read Chapter 8', 'Leave a comment',
    'Share Lamplit Serials', 'Previous', 'Next', 'Discussion about this post', ...sCom, 'Reply', '© 2026 Clement Oyelaran', ...sFoot,
    'Substack is the home for great culture',
  ],
};

const aTitle = 'Comic Archive';
const aIntro = paras(`
Every page of the comic, from the very first sketchy strip to this week's update, sorted by chapter. New readers should
start at Chapter 1; the early pages are rough, but the story finds its feet around page 20, we promise.

Bonus comics and guest art are kept in their own section at the bottom, so they do not spoil anything in the main story.
`);
const aChapters: readonly [string, readonly [string, string][]][] = [
  [
    'Chapter 1: The Broken Weathervane',
    [
      ['Page 1 - Wind from the East', 'Jan 4, 2024'],
      ['Page 2 - A Loud Roof', 'Jan 8, 2024'],
      ['Page 3 - Oswin Climbs', 'Jan 11, 2024'],
      ['Page 4 - The Brass Rooster', 'Jan 15, 2024'],
      ['Page 5 - Falling Is Easy', 'Jan 18, 2024'],
    ],
  ],
  [
    'Chapter 2: Thistle Goes to Market',
    [
      ['Page 6 - Eggs and Arguments', 'Feb 1, 2024'],
      ['Page 7 - The Tinker Stall', 'Feb 5, 2024'],
      ['Page 8 - Nine Copper Bits', 'Feb 8, 2024'],
      ['Page 9 - A Suspicious Goose', 'Feb 12, 2024'],
      ['Page 10 - Haggling Lessons', 'Feb 15, 2024'],
    ],
  ],
  [
    'Chapter 3: The Clockwork Hen',
    [
      ['Page 11 - Ticking in the Coop', 'Mar 7, 2024'],
      ['Page 12 - The First Egg', 'Mar 11, 2024'],
      ['Page 13 - Springs and Feathers', 'Mar 14, 2024'],
      ['Page 14 - The Hen Escapes', 'Mar 18, 2024'],
      ['Page 15 - Up the Chimney', 'Mar 21, 2024'],
    ],
  ],
  [
    'Bonus Comics and Guest Art',
    [
      ['Bonus - Oswin at Age Nine', 'Apr 1, 2024'],
      ['Guest Art - The Goose Returns by Pell Arrowby', 'Apr 22, 2024'],
      ['Bonus - Two Year Anniversary Sketches', 'Jan 6, 2026'],
    ],
  ],
];
const aNav = ['Latest', 'Archives', 'Characters', 'About', 'Shop', 'Support'];
const aSide = [
  'Latest Page',
  'Page 142 - The Long Thaw',
  'Follow the comic',
  'RSS Feed',
  'Tapestria',
  'Join the Discord',
  'Part of the Hearthlight collective',
];
const aHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Comic Archive | Thistle and Brass</title><meta name="generator" content="WordPress 6.6.1">
<link rel="stylesheet" id="comiceasel-style-css" href="https://thistleandbrass.example/wp-content/plugins/comic-easel/css/comiceasel.css" media="all">
<meta property="og:title" content="Comic Archive"><meta property="og:site_name" content="Thistle and Brass">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Comic Archive","isPartOf":{"@type":"WebSite",
"name":"Thistle and Brass"}}</script></head>
<body class="page-template-default page page-id-12 layout-2cr"><div id="page-wrap"><header id="header"><div class="sitetitle">Thistle and Brass</div>
<a href="/" class="header-logo"><img src="/wp-content/uploads/logo.png" alt="Thistle and Brass logo"></a>
<nav id="menubar-wrapper"><ul id="menu-main" class="menu">${links(aNav, 'menu-item')}</ul></nav></header>
<div id="content-wrapper"><div id="content-column"><div id="content" class="narrowcolumn"><article class="page type-page status-publish">
<div class="post-content"><div class="post-info"><h1 class="post-title entry-title">${aTitle}</h1></div><div class="entry">${ps(aIntro)}
<div class="comic-archive-chapter-wrap">${aChapters
  .map(
    ([h, rows]) =>
      `<h3 class="comic-archive-chapter">${h}</h3><table class="comic-archive-list">${rows
        .map(([t, d]) => `<tr><td class="comic-archive-date">${d}</td> <td class="comic-archive-title"><a href="/comic/${t.length}">${t}</a></td></tr>`)
        .join('\n')}</table>`,
  )
  .join('\n')}</div></div></div></article></div></div>
<div id="sidebar-right" class="sidebar"><ul class="sidebar-list">${lis(aSide, 'widget')}</ul></div></div>
<footer id="footer"><p class="copyright-info">© 2024 - 2026 Lio Farrant. Thistle and Brass is hosted by the Hearthlight collective.</p></footer>
<div class="cookie-notice-container"><span id="cn-notice-text">We use cookies to ensure that we give you the best experience on our website.</span>
<a id="cn-accept-cookie" class="cn-set-cookie">Ok</a><a id="cn-more-info" class="cn-more-info">Privacy policy</a></div></div></body></html>`;
const archive: TestPage = {
  name: 'heldout417-comic-easel-archive-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aChapters.map(([h]) => h),
  body: [...texts(aIntro), ...aChapters.flatMap(([, rows]) => rows.map(([t]) => t))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thistle and Brass', ...aNav, ...aSide, '© 2024 - 2026 Lio Farrant. Thistle and Brass is hosted by the Hearthlight collective.',
    'We use cookies to ensure that we give you the best experience on our website.', 'Privacy policy',
  ],
};

export const HELDOUT417_D: readonly TestPage[] = [substack, archive];
