import { ps, type TestPage, texts } from './page-kit.js';
import { patreon } from './pages-heldout333-f2.js';
import { j } from './pages-heldout333-kit.js';

/**
 * Held-out batch 333, file f: a Substack-like digest issue made of many short linked items (publication navbar, subtitle,
 * byline with date, like / comment / share bar, subscription widget, "Discussion about this post" with comments, footer)
 * and, from file f2, a Patreon post page.
 */
const sTitle = 'The Sift #117: maps, kilns and a very long train';
const sIntro = [
  j(
    'Hello, and welcome to the hundred and seventeenth Sift, where I round up the things I read, heard and bookmarked this week so',
    'you do not have to. Thirteen links this time, in four piles, plus a note about your replies at the end.',
  ),
];
const sH = ['Reading', 'Listening', 'Making', 'One more thing'];
const sItems: string[][] = [
  [
    '<a href="https://example.org/maps">The cartographers who drew the wrong coast on purpose</a>: a history of trap streets and invented islands.',
    '<a href="https://example.org/kiln">Firing a wood kiln for three days straight</a>, told hour by hour by the potter who did it.',
    j(
      '<a href="https://example.org/train">The longest scheduled train in Meridia</a> runs four times a week',
      'and nobody rides it end to end. Someone finally did.',
    ),
    '<a href="https://example.org/bees">Beekeeping records from a monastery</a>, three hundred years of them, now searchable by weather and yield.',
    '<a href="https://example.org/fonts">Why road signs use the letters they do</a>, with a detour into what happens when a county goes rogue.',
    '<a href="https://example.org/ledger">A shop ledger from 1912</a>, transcribed by a class of ten-year-olds, with their notes in the margin.',
  ],
  [
    '<a href="https://example.org/podcast">An hour on the history of the metronome</a>, better than it has any right to be.',
    '<a href="https://example.org/choir">A village choir records in a disused reservoir</a>; the echo lasts eleven seconds.',
    '<a href="https://example.org/radio">Shipping forecasts, slowed down</a>, for anyone who needs help falling asleep.',
  ],
  [
    '<a href="https://example.org/bread">A bread recipe that fits on an index card</a> and tolerates being ignored for a day.',
    '<a href="https://example.org/bookbinding">Coptic stitch bookbinding in twelve photos</a>, no special tools needed.',
    '<a href="https://example.org/dye">Dyeing wool with onion skins</a>: the colour chart at the end is the most cheerful thing I saw all week.',
    '<a href="https://example.org/bench">How to sharpen a hand plane on a brick</a>, which I tried, and which worked.',
  ],
  [
    j(
      'Last week I asked what you were reading, and forty of you wrote back. The most recommended book by a distance was a novel about',
      'a lighthouse keeper’s accounts, which I have now ordered. Thank you for every answer; I read them all on the bus.',
    ),
  ],
];
const sComments: [string, string, string][] = [
  ['Marguerite Oduya', 'Mar 7', 'The reservoir choir recording gave me chills. Eleven seconds is no exaggeration.'],
  ['Tobias Lenz', 'Mar 7', 'I tried the brick trick on a chisel and it was fine. Not pretty, but fine.'],
];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${sTitle} - The Sift</title>
<meta name="description" content="Maps, kilns and a very long train: eleven links in four piles."><meta property="og:type" content="article">
<meta property="og:title" content="${sTitle}"><meta name="author" content="Ines Varrow"><link
rel="canonical" href="https://thesift.substack.example/p/the-sift-117">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2026-03-06T13:00:00+00:00",
"author":[{"@type":"Person","name":"Ines Varrow"}],"publisher":{"@type":"Organization","name":"The Sift"}}</script>
<script>window._preloads = JSON.parse("{\\"pub\\":{\\"name\\":\\"The Sift\\"},\\"post\\":{\\"id\\":154220981,\\"audience\\":\\"everyone\\"}}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content">
<a href="/" class="navbar-title-link">The Sift</a><div class="navbar-buttons"><button class="pencraft button primary">Subscribe</button>
<a href="/account/login" class="pencraft button">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1>
<h3 dir="auto" class="subtitle">Trap streets, a three-day firing and eleven seconds of echo</h3>
<div class="post-meta"><div class="byline-wrapper"><a
href="https://substack.example/@inesvarrow" class="pencraft frontend-pencraft-Text-module__decoration">Ines
Varrow</a><div class="pencraft pc-reset color-pub-secondary-text">Mar 06, 2026</div></div>
<div class="post-ufi"><a role="button" class="like-button-container post-ufi-button"><div class="label">38</div></a>
<a role="button" class="post-ufi-comment-button post-ufi-button"><div class="label">2</div></a>
<a role="button" class="post-ufi-button share-button"><div class="label">Share</div></a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sIntro)}
${sH
  .map(
    (h, i) =>
      `<h3 class="header-anchor-post">${h}</h3>${i < 3 ? `<ul>${(sItems[i] ?? []).map((x) => `<li><p>${x}</p></li>`).join('\n')}</ul>` : ps(sItems[i] ?? [])}`,
  )
  .join('\n')}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading
The Sift! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email"
class="email-input" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
</div></div>
<div class="post-footer"><a role="button" class="like-button-container"><div class="label">38 Likes</div></a>
<div class="post-footer-restacks">4 Restacks</div></div></article>
<div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-list">
${sComments
  .map(
    ([u, d, t]) => `<div class="comment"><div class="comment-meta"><a class="commenter-name">${u}</a><a class="comment-timestamp">${d}</a></div>
<div class="comment-body"><p>${t}</p></div><div class="comment-actions"><button>Reply</button></div></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">© 2026 Ines Varrow</div><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙
<a href="/cn">Collection notice</a><div class="footer-substack"><a href="https://substack.example/signup">Start writing</a> <a href="/app">Get the app</a></div>
<p class="footer-slogan">Substack is the home for great culture</p></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.8d2c.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = {
  name: 'heldout333-substack-digest-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sItems.flat()]),
  bylines: ['Ines Varrow', 'Mar 06, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign in', 'Trap streets, a three-day firing and eleven seconds of echo', 'Share',
    'Thanks for reading The Sift! Subscribe for free to receive new posts and support my work.', '38 Likes', '4 Restacks',
    'Discussion about this post', ...sComments.flatMap(([u, , t]) => [u, t]), 'Mar 7', 'Reply', '© 2026 Ines Varrow', 'Privacy', 'Terms', 'Collection notice',
    'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT333_F: readonly TestPage[] = [substack, patreon];
