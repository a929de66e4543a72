import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout467-kit.js';

/**
 * Held-out batch 467, file e: a contributor's long blog post on Ghost (Casper theme: primary tag, excerpt, byline, feature
 * image, kg-cards, read-more cards, Portal sign-in and subscribe links).
 */
const gTitle = 'Two years of selling fog: what I learned about keywords';
const gDek = 'I uploaded 1,140 photographs of fog to a microstock library. Forty of them earn most of my money, and the reason is not the pictures.';
const gSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'When I started contributing to Stillframe in the spring of 2024, I assumed that good pictures would find their buyers. I had',
        'a backlog of misty valleys, harbour mornings and roads vanishing into grey, and I uploaded them in batches of fifty with the',
        'first keywords that came into my head.',
      ),
      j(
        'Two years and 1,140 accepted images later, I can tell you that the pictures mattered less than I hoped. What mattered was',
        'whether a designer at eleven at night, typing three words into a search box, could find them.',
      ),
    ],
  ],
  [
    'The forty that pay the rent',
    [
      j(
        'About forty images earn roughly seventy per cent of my income. When I lined them up, they were not my best photographs.',
        'They were the ones with a clear, simple subject and a large area of calm tone where someone could put text.',
      ),
      j(
        'A lone tree in fog sells every week. A beautifully layered view of three ridges in fog, which took me four dawns to get,',
        'has sold twice. Buyers are not looking for fog. They are looking for a background that says "uncertainty" or "calm" or',
        '"the future" and happens to be made of fog.',
      ),
    ],
  ],
  [
    'Keywords are for the buyer, not for you',
    [
      j(
        'My early keywords described what I saw: fog, mist, valley, autumn, morning. Every fog photographer on the site uses those',
        'words, so my images were lost among tens of thousands of others.',
      ),
      'When I rewrote the keywords for my top hundred images, I added three kinds of words:',
    ],
  ],
  [
    'Titles do more work than I expected',
    [
      j(
        'On Stillframe the title is searched with more weight than the keywords. "Fog" as a title does nothing. "Lone oak in',
        'dense fog, copy space on the left" tells the search engine and the designer exactly what they will get.',
      ),
      j(
        'I now write titles as a plain sentence a buyer might type, with the subject first and the use second. It takes about',
        'a minute an image, which is less time than I spend choosing which frame to upload.',
      ),
    ],
  ],
  [
    'What I would do differently',
    [
      j(
        'I would upload fewer images and spend the saved time on words. I would shoot more frames with empty space, and I would',
        'stop uploading near-duplicates, which only compete with each other in the results.',
      ),
      j(
        'Most of all, I would look at what sells before I go out, not after. The library\'s own "popular searches" page is the',
        'best brief I have ever been given, and it is free.',
      ),
    ],
  ],
];
const gList = [
  '<strong>Concepts</strong>: calm, solitude, uncertainty, new beginnings, mental health',
  '<strong>Uses</strong>: background, copy space, banner, presentation slide',
  '<strong>Honest details</strong>: the real place, the season and the time of day, so that editorial buyers can trust the caption',
];
const gAfterList = j(
  'Within three months, the downloads of those hundred images had doubled, while the rest of the portfolio stayed flat.',
  'It was the clearest experiment I have ever run by accident.',
);
const gCallout = 'If you only change one thing, rewrite the keywords of your twenty most-viewed images and leave everything else alone for a month.';
const gNav = ['Home', 'Contributors', 'Tutorials', 'Licensing', 'Stillframe Shop'];
const gMore = ['How I shoot for copy space', 'Model releases without the awkwardness', 'Our contributor payouts for 2025, explained'];
const gFoot = ['Sign up', 'About', 'Contact', 'Contributor terms'];
const gHead = gSecs.slice(1);
const gSection = ([h, p]: [string, string[]], i: number): string =>
  `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n${ps(p)}${i === 1 ? `\n<ul>${lis(gList)}</ul>\n<p>${gAfterList}</p>` : ''}`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://blog.stillframe.com/assets/built/screen.css?v=4f2a1c9d3e">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://blog.stillframe.com/two-years-of-selling-fog/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Stillframe Journal">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-24T08:00:00.000Z"><meta property="article:tag" content="Contributors">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Stillframe Journal"},
"author":{"@type":"Person","name":"Niamh Corrigan"},"headline":"${gTitle}","datePublished":"2026-02-24T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="The Stillframe Journal" href="https://blog.stillframe.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.stillframe.com/"
data-key="1d2c3b4a5e6f" data-api="https://blog.stillframe.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
<link rel="stylesheet" type="text/css" href="https://blog.stillframe.com/public/cards.min.css?v=4f2a1c9d3e"></head>
<body class="post-template tag-contributors is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://blog.stillframe.com">The Stillframe Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="https://blog.stillframe.com/${t.toLowerCase()}/">${t}</a></li>`)
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-contributors image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/contributors/">Contributors</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/niamh/" class="author-avatar" aria-label="Read more of Niamh Corrigan"><img class="author-profile-image" src="/content/images/size/w100/niamh.jpg"
alt="Niamh Corrigan"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/niamh/">Niamh Corrigan</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-24">Feb 24, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/lone-oak.jpg 300w, /content/images/size/w2000/2026/02/lone-oak.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/02/lone-oak.jpg" alt="A lone oak in fog"><figcaption>The image that has
sold more than any other: a lone oak near Ballycorr, 6:50 a.m.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gSecs[0]?.[1] ?? [])}
${gHead.map(gSection).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<p><em>Niamh Corrigan photographs the west coast of Ireland and has contributed to Stillframe since 2024.</em></p>
</section>
<section class="article-comments gh-canvas"></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card keep-ratio"><a class="post-card-image-link"
href="/how-i-shoot-for-copy-space/"><img class="post-card-image" src="/content/images/size/w600/copy-space.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/how-i-shoot-for-copy-space/"><header class="post-card-header"><div
class="post-card-tags"><span class="post-card-primary-tag">Tutorials</span></div><h2 class="post-card-title">${gMore[0]}</h2></header></a></div></article>
${gMore
  .slice(1)
  .map(
    (t) => `<article class="post-card keep-ratio"><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header
class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside>
<footer class="site-footer outer"><div class="inner">
<section class="copyright"><a href="https://blog.stillframe.com">The Stillframe Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="https://blog.stillframe.com/assets/built/casper.js?v=4f2a1c9d3e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout467-ghost-contributor-post',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHead.map(([h]) => h),
  body: [
    gDek,
    ...texts(gSecs[0]?.[1] ?? []),
    ...texts(gHead[0]?.[1] ?? []),
    ...texts(gHead[1]?.[1] ?? []),
    ...texts(gList),
    gAfterList,
    ...texts(gHead.slice(2).flatMap(([, p]) => p)),
    gCallout,
    'Niamh Corrigan photographs the west coast of Ireland and has contributed to Stillframe since 2024.',
  ],
  bylines: ['Feb 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Stillframe Journal', ...gNav, 'Sign in', 'Subscribe', '• 6 min read',
    'The image that has sold more than any other: a lone oak near Ballycorr, 6:50 a.m.', ...gMore, 'The Stillframe Journal © 2026', 'Sign up',
    'Contact', 'Contributor terms', 'Powered by Ghost', 'Niamh Corrigan photographs the west coast of Ireland and has contributed to Stillframe since 2024.',
  ],
};

export const HELDOUT467_E: readonly TestPage[] = [ghost];
