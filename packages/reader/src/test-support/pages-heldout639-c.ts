import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout639-kit.js';

/**
 * Held-out batch 639, file c: a local news article on a funfair's return to a town centre, served by a Next.js news site
 * (CSS-module class names, __NEXT_DATA__), and a storyteller's festival diary on Ghost (Casper) with a members sign-up box.
 */
const nTitle = 'Michaelmas fair to return to Brackley Cross town centre after six-year absence';
const nDek = 'Councillors back a trial that will close the High Street for four days in October';
const nBody = [
  j(
    'The Michaelmas fair will return to the streets of Brackley Cross this autumn for the first time since 2021, after councillors',
    'voted to close the High Street and Sheep Market to traffic for four days in October.',
  ),
  j(
    'The fair, which has been held in the town in some form since a charter of 1387, moved to the Lammas Field on the edge of',
    'town after a row over road closures and damage to the cobbles of the Sheep Market.',
  ),
  j(
    'On Tuesday the town council’s events committee voted seven to two for a one-year trial. Showmen will be allowed to build up',
    'from 6am on Wednesday 6 October, and the fair will open from Thursday to Saturday, with the streets reopened by 8am on Sunday.',
  ),
  j(
    '“This is the oldest thing that happens in Brackley Cross,” said committee chair Cllr Rosalind Okafor. “People have told us for',
    'years that the fair on the field is fine, but it is not the same as riding the Gallopers outside the Guildhall.”',
  ),
  'Traders and residents divided',
  j(
    'Not everyone is pleased. The Brackley Cross Business Forum said that shops on the High Street lost trade during the old',
    'street fair and asked the council to pay for extra parking signs on the approach roads.',
  ),
  j(
    '“We are not against the fair,” said forum secretary Dev Mallinson. “We are against four days when nobody can get to a',
    'hairdresser or a chemist. A Thursday start is the worst of both worlds.”',
  ),
  j(
    'Residents of Sheep Market Court, the flats above the old corn stores, have asked for the generators to be moved to the',
    'far end of the street. The council said it would work with the Showmen’s Guild on a site plan before any rides are booked.',
  ),
  'Cobbles to be protected',
  j(
    'Under the plan, heavier rides will stand on timber mats on the High Street, and only smaller children’s rides and stalls',
    'will go on the cobbles. A survey of the cobbles will be carried out before and after the fair, and the Guild has agreed',
    'to pay for any repairs.',
  ),
  j(
    'The trial will be reviewed at the committee’s January meeting. If it goes well, councillors said they would consider a',
    'three-year agreement from 2028.',
  ),
];
const nHeads = [4, 8];
const nNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Obituaries'];
const nMost = [
  'Bypass roundabout to shut overnight for three weeks',
  'Former Co-op building sold to climbing wall firm',
  'Primary school rated good after two years of improvement',
  'Heron Street bridge repairs delayed until spring',
];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Complaints', 'Privacy policy', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} |
Brackley Cross Herald</title><meta name="description" content="${nDek}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-16T18:02:00Z"><link rel="preload" href="/_next/static/media/c9a5bc6a7c948fb0-s.p.woff2" as="font"
type="font/woff2" crossorigin="anonymous"><link rel="stylesheet" href="/_next/static/css/8b1d3c0e2f6a0c2e.css" data-precedence="next">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Hollis Fenwick"}],"datePublished":"2027-03-16T18:02:00Z","publisher":{"@type":"Organization","name":"Brackley Cross Herald"}}</script>
<script src="/_next/static/chunks/webpack-5f1c7b2e.js" defer></script><script src="/_next/static/chunks/framework-0e2a4f8d.js" defer></script></head>
<body><div id="__next"><a class="SkipLink_skip__kZ3pq" href="#main">Skip to content</a>
<div class="AdSlot_leaderboard__Q4xgP" data-ad-slot="top"><span class="AdSlot_label__0r2iZ">Advertisement</span><div id="gpt-ad-top"></div></div>
<header class="Header_header__uM0bY"><div class="Header_inner__r8hH2"><a class="Header_logo__3n2cJ" href="/"><span class="visually-hidden">Brackley Cross
Herald home</span><svg aria-hidden="true" viewBox="0 0 240 40"></svg></a><nav class="Nav_nav__fk1qD" aria-label="Sections"><ul class="Nav_list__Dm0vb">
${links(nNav, 'Nav_item__h7Kq1')}</ul></nav><button class="Header_search__O1bVx" aria-label="Search"><svg aria-hidden="true"></svg></button>
<a class="Header_subscribe__L4t0p" href="/subscribe">Subscribe</a></div></header>
<main id="main" class="Layout_main__2aFzd"><div class="Layout_grid__Wc8s1"><article class="Article_article__pQ3cT">
<header class="ArticleHeader_header__Yq2bL"><a class="ArticleHeader_kicker__p0cVq" href="/news/local-government">Local government</a>
<h1 class="ArticleHeader_headline__x7Q2a">${nTitle}</h1><p class="ArticleHeader_standfirst__v4mNn">${nDek}</p>
<div class="Byline_byline__S2d0x"><div class="Byline_authors__jY8m1"><span>By <a href="/author/hollis-fenwick">Hollis Fenwick</a></span>
<span class="Byline_role__eE0zB">Local Democracy Reporter</span></div><time class="Byline_time__c3Xxm" dateTime="2027-03-16T18:02:00Z">16 March 2027,
6:02pm</time></div>
<div class="ShareBar_bar__Xb3rT"><button class="ShareBar_button__pO1aL" aria-label="Share on Facebook"><svg aria-hidden="true"></svg></button>
<button class="ShareBar_button__pO1aL" aria-label="Share on X"><svg aria-hidden="true"></svg></button>
<button class="ShareBar_button__pO1aL ShareBar_copy__vY0q8">Copy link</button></div></header>
<figure class="ArticleImage_figure__Dk8xQ"><img alt="Gallopers ride in front of the Guildhall"
src="/_next/image?url=%2Fuploads%2Ffair-2019.jpg&amp;w=1200&amp;q=75"
width="1200" height="800" decoding="async" loading="eager"><figcaption class="ArticleImage_caption__n2Uq7">The fair on the High Street in 2019, its
last year in the town centre.<span class="ArticleImage_credit__T7uWq">Picture: Herald archive</span></figcaption></figure>
<div class="ArticleBody_body__a6hT2">
${ps(nBody.slice(0, 4), ' class="ArticleBody_paragraph__GgZ3m"')}
<div class="AdSlot_mpu__tC9wB" data-ad-slot="inarticle-1"><span class="AdSlot_label__0r2iZ">Advertisement</span></div>
<h2 class="ArticleBody_subheading__Ij7rQ">${at(nBody, 4)}</h2>
${ps(nBody.slice(5, 8), ' class="ArticleBody_paragraph__GgZ3m"')}
<aside class="RelatedInline_box__K3b2s"><span class="RelatedInline_label__Lz9ua">Read more</span><a href="/news/fair-field-2024">Showmen warn Lammas Field
fair may not return without new access road</a></aside>
<h2 class="ArticleBody_subheading__Ij7rQ">${at(nBody, 8)}</h2>
${ps(nBody.slice(9), ' class="ArticleBody_paragraph__GgZ3m"')}
</div>
<div class="Topics_topics__Zc0Lk"><h2 class="Topics_title__h2Nq3">Topics</h2><ul>${links(['Brackley Cross Town Council', 'Events', 'Heritage'])}</ul></div>
<div class="Newsletter_box__b2Yq0"><h2 class="Newsletter_title__3dZxL">The Herald Briefing</h2><p>The day’s local news in your inbox at 7am, free.</p>
<form><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email" placeholder="Your email">
<button type="submit">Sign me up</button></form></div></article>
<aside class="Sidebar_sidebar__kP8mU"><section class="MostRead_section__Z1p2q"><h2 class="MostRead_title__Ae0pS">Most read</h2>
<ol class="MostRead_list__q4M8x">${links(nMost, 'MostRead_item__g5Vw7')}</ol></section>
<div class="AdSlot_mpu__tC9wB" data-ad-slot="sidebar"><span class="AdSlot_label__0r2iZ">Advertisement</span></div></aside></div></main>
<footer class="Footer_footer__wE2oQ"><ul class="Footer_links__Y9v1n">${links(nFoot)}</ul>
<p class="Footer_copy__7rV2d">© 2027 Brackley Cross Herald Ltd. Registered in England no. 04417720.</p></footer>
<div class="ConsentBanner_banner__Lk7dA" role="dialog" aria-live="polite"><p>We and our partners use cookies to personalise ads and measure
how you use this site.</p><button>Manage choices</button><button>Accept all</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":88213,"slug":"michaelmas-fair-return",
"section":"local-government"}}},"page":"/news/[...slug]","buildId":"Hq0z7cV1n2Rk9pL3aX4sD","isFallback":false,"gssp":true}</script></body></html>`;
const nextNews: TestPage = {
  name: 'heldout639-fair-returns-nextjs',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads.map((i) => at(nBody, i)),
  body: [nDek, ...nBody.filter((_, i) => !nHeads.includes(i))],
  bylines: ['By Hollis Fenwick', 'Local Democracy Reporter', '16 March 2027, 6:02pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Advertisement', 'Brackley Cross Herald home', ...nNav, 'Subscribe', 'Local government', 'Copy link',
    'The fair on the High Street in 2019, its last year in the town centre.', 'Picture: Herald archive', 'Read more',
    'Showmen warn Lammas Field fair may not return without new access road', 'Topics', 'Brackley Cross Town Council', 'Heritage',
    'The Herald Briefing', 'The day’s local news in your inbox at 7am, free.', 'Email address', 'Sign me up', 'Most read', ...nMost, ...nFoot,
    '© 2027 Brackley Cross Herald Ltd. Registered in England no. 04417720.',
    'We and our partners use cookies to personalise ads and measure how you use this site.', 'Manage choices', 'Accept all',
  ],
};

const gTitle = 'Three nights at the Hollin Ghyll Story Fest';
const gExcerpt = 'Notes from my first time telling on the big stage, and what I learnt from the tellers who went before me.';
const gBody = [
  j(
    'I have told stories in libraries, in pubs and once, memorably, in a lift that had broken down between floors. But until last',
    'weekend I had never stood on the main stage at Hollin Ghyll, in the barn with four hundred people on hay bales in front of me.',
  ),
  'Friday: the open mic',
  j(
    'Every teller gets seven minutes and a bell. I went eleventh, after a farmer from Sedbury who told a story about a sheepdog',
    'that could count, and I changed my opening line on the walk to the microphone. It was the best decision I made all weekend.',
  ),
  'Saturday: listening',
  j(
    'I spent most of Saturday in the orchard tent listening to Marit Solberg tell the whole of a Norwegian troll cycle over three',
    'hours. She never raised her voice once. When the rain came through the canvas she simply waited, and we all waited with her.',
  ),
  '“The audience will give you the pace, if you let them.”',
  'Sunday: the barn',
  j(
    'My slot was 4pm, between a ballad singer and the children’s parade. I told “The Miller’s Third Wish”, the story my grandmother',
    'told me, and I forgot the second wish halfway through. Nobody noticed, or they were kind enough to pretend.',
  ),
  j(
    'If you have ever thought about telling, the open mic is the place to start. The festival runs again in July, and I will be',
    'back on a hay bale, listening.',
  ),
];
const gHeads = [1, 3, 6];
const gNav = ['Home', 'About', 'Stories', 'Gigs'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5b1e8a7d2c"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://wrenkeller.com/hollin-ghyll-story-fest/"><meta property="og:site_name" content="Wren Keller, Storyteller">
<meta property="article:published_time" content="2027-07-28T08:15:00.000Z"><meta property="article:tag" content="Festivals">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Wren Keller, Storyteller"},
"author":{"@type":"Person","name":"Wren Keller"},"headline":"${gTitle}","datePublished":"2027-07-28T08:15:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://wrenkeller.com/" data-key="4f0a8e" data-api="https://wrenkeller.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-festivals is-head-left-logo has-serif-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://wrenkeller.com">
Wren Keller, Storyteller</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t}/">${t}</a></li>`)
  .join('')}
</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-festivals">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/festivals/">Festivals</a></span>
</div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/wren/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/wren.jpg" alt="Wren Keller"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/wren/">Wren Keller</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-07-28">Jul 28, 2027</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/07/barn.jpg 300w" src="/content/images/size/w2000/2027/07/barn.jpg"
alt="The barn stage at night"><figcaption><span style="white-space: pre-wrap;">The barn on Sunday evening,
before the last session.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0)])}
<h2 id="friday-the-open-mic">${at(gBody, 1)}</h2>${ps([at(gBody, 2)])}
<h2 id="saturday-listening">${at(gBody, 3)}</h2>${ps([at(gBody, 4)])}
<blockquote class="kg-blockquote-alt">${at(gBody, 5)}</blockquote>
<h2 id="sunday-the-barn">${at(gBody, 6)}</h2>${ps(gBody.slice(7))}
</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root" class="ghost-comments"></div></section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link"
href="/bell-and-seven-minutes/">
<img class="post-card-image" src="/content/images/size/w600/2027/05/bell.jpg" alt="A brass bell" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/bell-and-seven-minutes/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Craft</span></div><h2 class="post-card-title">A bell and seven minutes</h2></header><div class="post-card-excerpt">
Why short slots make better tellers.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-05-02">May 2, 2027</time>
<span class="post-card-meta-length">4 min read</span></footer></div></article></div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://wrenkeller.com">Wren Keller, Storyteller</a> © 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="/assets/built/casper.js?v=5b1e8a7d2c"></script></body></html>`;
const ghostDiary: TestPage = {
  name: 'heldout639-story-fest-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: texts([gExcerpt, ...gBody.filter((_, i) => !gHeads.includes(i))]),
  bylines: ['Wren Keller', 'Jul 28, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wren Keller, Storyteller', 'Home', 'Gigs', 'Sign in', 'Subscribe', 'Festivals', '•', '3 min read', 'The barn on Sunday evening, before the last session.',
    'Sign up for more like this.', 'Enter your email', 'Craft', 'A bell and seven minutes', 'Why short slots make better tellers.', 'May 2, 2027',
    '4 min read', 'Wren Keller, Storyteller © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT639_C: readonly TestPage[] = [nextNews, ghostDiary];
