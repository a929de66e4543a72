import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file d: a theatrical costumier's behind-the-scenes post on Ghost (Casper), with a captioned image, a
 * callout card, a bookmark card, the members signup band and read-more cards.
 */
const gTitle = 'Inside the pantomime rush: what our stores look like in November';
const gExcerpt = 'Forty-one pantomimes, three thousand costumes and one very tired steam press. A week in the hire stores before curtain up.';
const gBlocks: Block[] = [
  j(
    'Every year, somewhere around the second week of November, the Wardrobe Loft stops being a costume store and becomes a',
    'sorting office. This season we are dressing forty-one pantomimes across the region, from village halls seating eighty to a',
    'twelve-hundred-seat theatre that has booked our full Cinderella set for the sixth year running.',
  ),
  { h: 'The order book' },
  j(
    'Most societies confirm their show in spring but only send a cast list in October, when rehearsals have settled who is',
    'playing what. That leaves us about five weeks to match three thousand costumes to real measurements. Dames are the',
    'hardest: each one needs four or five changes, and every dame wants the biggest wig in the building.',
  ),
  j(
    'We keep a board in the cutting room with a card for every show. A card moves from "pulled" to "fitted" to "packed" to',
    '"gone", and by the end of November the "gone" column is so long it runs onto the door.',
  ),
  { h: 'Fittings and alterations' },
  j(
    'Hanna and Joe run fittings four evenings a week through November. Most alterations are quick: hems, buttons moved, elastic',
    'let out. The rest come back to the workroom, where Marguerite and two freelance makers keep the machines going until nine.',
  ),
  { quote: 'The Ugly Sisters are always last. Nobody ever decides what the Ugly Sisters are wearing until the dress rehearsal.' },
  { h: 'Cleaning between shows' },
  j(
    'Some of our pantomime stock goes out twice in one season, to a show in early December and another after New Year. Between',
    'the two, every piece is cleaned, checked and pressed. The steam press runs for about eleven hours a day in January, and we',
    'have learnt to keep a spare element on the shelf.',
  ),
  j(
    'Animal skins are the exception. The cow, the goose and the two horses have their own cleaning company, which takes them away',
    'on a Monday and brings them back by Thursday, looking rather better than they left.',
  ),
  { h: 'What we have learnt' },
  {
    ul: [
      'Ask for measurements in September, not October, even if the cast is not final.',
      'Pack each character in its own labelled bag, with a list of every piece pinned to the front.',
      'Send spare buttons and a sewing kit with every dame.',
    ],
  },
  j(
    'If your society is planning a pantomime for next season, our booking diary for November opens on 1 March. The earlier you',
    'write, the more of the stock you will have to choose from.',
  ),
].map((b) => (typeof b === 'string' ? { p: b } : b));
const gCallout = 'Our stores are closed to walk-in customers from 18 November to 3 December while we pack for the season.';
const gAuthor = 'Hattie Bramall';
const gDate = 'Nov 6, 2026';
const gNav = ['Home', 'Hire', 'Theatre', 'About', 'Journal'];
const gMore: [string, string, string, string][] = [
  ['Building a dame', 'How a pantomime dame frock is made, from sketch to finale.', 'Oct 20, 2026', '5 min read'],
  ['The great wig audit', 'We counted every wig in the building. There are more than we thought.', 'Sep 28, 2026', '3 min read'],
  ['Summer open day', 'Photos from a sunny afternoon in the stores.', 'Aug 14, 2026', '2 min read'],
];
const gCard = (t: string, ex: string, date: string, len: string): string => `<article class="post-card post">
<a class="post-card-image-link" href="/${t.toLowerCase().replace(/ /g, '-')}/"><img class="post-card-image" src="/content/images/size/w600/2026/card.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/ /g, '-')}/">
<header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-10-20">${date}</time><span class="post-card-meta-length">${len}</span></footer>
</div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5b4a0c1d2e"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://journal.wardrobeloft.co.uk/inside-the-pantomime-rush/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Wardrobe Loft"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-06T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Wardrobe Loft"},
"author":{"@type":"Person","name":"${gAuthor}"},"headline":"${gTitle}","datePublished":"2026-11-06T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://journal.wardrobeloft.co.uk/" data-key="8f1c2a" data-api="https://journal.wardrobeloft.co.uk/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="8f1c2a" crossorigin="anonymous"></script></head>
<body class="post-template tag-behind-the-scenes is-head-left-logo has-serif-title has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://journal.wardrobeloft.co.uk">The Wardrobe Loft</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" width="20" height="20"></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn"
aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24"></svg></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-behind-the-scenes image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/behind-the-scenes/">Behind the scenes</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/hattie/" class="author-avatar" aria-label="Read more of ${gAuthor}"><img class="author-profile-image" src="/content/images/2026/hattie.jpg"
alt="${gAuthor}"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/hattie/">${gAuthor}</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-06">${gDate}</time><span class="byline-reading-time">
<span class="bull">&bull;</span>
4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/11/rails.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/11/rails.jpg" alt="Rails of pantomime costumes"><figcaption><span style="white-space: pre-wrap;">Cinderella, Aladdin
and Jack on the rails, waiting to be packed.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${render(gBlocks.slice(0, 4))}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📌</div><div class="kg-callout-text">${gCallout}</div></div>
${render(gBlocks.slice(4))}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://journal.wardrobeloft.co.uk/building-a-dame/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">Building a dame</div><div class="kg-bookmark-description">How a pantomime dame frock is made,
from sketch to finale.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon.png" alt="">
<span class="kg-bookmark-author">
The Wardrobe Loft</span><span class="kg-bookmark-publisher">${gAuthor}</span></div></div><div class="kg-bookmark-thumbnail">
<img src="/content/images/2026/10/dame.jpg" alt="" onerror="this.style.display = 'none'"></div></a></figure>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore.map((m) => gCard(...m)).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.wardrobeloft.co.uk">The Wardrobe Loft</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Hire terms', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div><div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">
<div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden"><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=5b4a0c1d2e"></script></body></html>`;
const ghostPost: TestPage = tidy({
  name: 'heldout593-ghost-pantomime-rush',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gBlocks),
  body: [gExcerpt, ...bodyOf(gBlocks.slice(0, 4)), gCallout, ...bodyOf(gBlocks.slice(4))],
  bylines: [gAuthor, gDate, ...gMore.map((m) => m[2])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Wardrobe Loft', ...gNav, 'Sign in', 'Subscribe', 'Behind the scenes', '4 min read', 'Cinderella, Aladdin and Jack on the rails, waiting to be packed.',
    'Building a dame', 'How a pantomime dame frock is made, from sketch to finale.', 'Sign up for more like this.', 'Enter your email',
    ...gMore.flatMap((m) => [m[0], m[1], m[3]]), 'The Wardrobe Loft © 2026', 'Sign up', 'Hire terms', 'Contact', 'Powered by Ghost',
  ],
});

export const HELDOUT593_D: readonly TestPage[] = [ghostPost];
