import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout672-kit.js';

/**
 * Held-out batch 672, file d: a coin-identification thread on Discourse as served to browsers without JavaScript (the crawler
 * view), and a postal-history society's newsletter post on Ghost (Casper) with a feature image and a members sign-up box.
 */
const fTitle = 'Worn copper with a ship and a crowned shield, any ideas?';
const fPosts = [
  [
    'copperhoard',
    'April 2, 2026,  6:21pm',
    j(
      'Dug this up in the vegetable patch last weekend. It is about 28 mm across and very worn. One side has what looks like a',
      'sailing ship, the other a crowned shield with something inside it. I can just make out the letters ...ERIDGE on the rim.',
    ),
    'Photos of both sides and the edge are attached. Any help welcome, I am new to this.',
  ],
  [
    'tokenwatcher',
    'April 2, 2026,  7:05pm',
    j(
      'That looks like an eighteenth-century trade token rather than a coin. The ship and shield together are typical of the',
      'seaside towns. If the legend ends in ERIDGE my first guess would be one of the harbour tokens from Saltbridge.',
    ),
  ],
  [
    'mhollins',
    'April 3, 2026,  8:47am',
    j(
      'Agree with tokenwatcher. Check the edge under a lens: the Saltbridge pieces have a lettered edge. Please do not scrub it,',
      'soak it in distilled water for a few days at most and let it dry on its own.',
    ),
  ],
  ['copperhoard', 'April 3, 2026, 12:30pm', 'There are letters on the edge! I can read PAYABLE AT. Thank you both, I will leave it alone.'],
] as const;
const fRelated = [
  ['Unknown bronze with a horse and rider', '7', '184', 'March 2026'],
  ['Is this a contemporary forgery of a shilling?', '12', '396', 'January 2026'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fLightbox = `
<div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/2X/a/a91.jpeg">
<img src="/uploads/default/optimized/2X/a/a91_2_690x345.jpeg" alt="token-both-sides" width="690" height="345"><div class="meta">
<span class="filename">token-both-sides</span><span class="informations">1600×800 214 KB</span></div></a></div>`;
const post = (
  p: readonly string[],
  i: number,
): string => `<div class="topic-body crawler-post" id="post_${i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.coincirclers.net/u/${p[0]}"><span itemprop="name">${p[0]}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.coincirclers.net/t/worn-copper-ship-crowned-shield/8812"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-04-02T18:21:44Z" class="post-time">${p[1]}</time><meta itemprop="dateModified" content="2026-04-02T18:21:44Z">
<span itemprop="position">${i + 1}</span></span></div><div class="post" itemprop="text">${p
  .slice(2)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}${i === 0 ? fLightbox : ''}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${i + 1}" />
<span class='post-likes'>${i === 0 ? '' : `${i + 1} Likes`}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>${fTitle} - Identification - Coin Circle Forum</title>
<meta name="description" content="Dug this up in the vegetable patch last weekend.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.coincirclers.net/t/worn-copper-ship-crowned-shield/8812"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/color_definitions_light_2_3_ab12.css?__ws=forum.coincirclers.net" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_1c2d.css?__ws=forum.coincirclers.net" media="all" rel="stylesheet" data-target="desktop"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.coincirclers.net",
"potentialAction":{"@type":"SearchAction","target":"https://forum.coincirclers.net/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
<meta property="og:site_name" content="Coin Circle Forum" /><meta property="og:type" content="website" />
<meta property="article:published_time" content="2026-04-02T18:21:44+00:00" /></head>
<body class="crawler "><header><a href="/">
<img src="https://forum.coincirclers.net/uploads/default/original/1X/logo.png" alt="Coin Circle Forum" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/worn-copper-ship-crowned-shield/8812">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/identification/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Identification</span></span></a><meta itemprop="position" content="1" />
</span></div>
<div class="topic-category"><div class="discourse-tags list-tags">
<a href="/tag/tokens" class="discourse-tag" rel="tag">tokens</a>, <a href="/tag/metal-detecting" class="discourse-tag" rel="tag">metal-detecting</a></div>
</div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}">
<link itemprop="url" href="https://forum.coincirclers.net/t/worn-copper-ship-crowned-shield/8812">
<meta itemprop="datePublished" content="2026-04-02T18:21:44Z"><meta itemprop="articleSection" content="Identification">
<meta itemprop="keywords" content="tokens, metal-detecting">
<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Coin Circle Forum"></div>
${fPosts.map(post).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    (r, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line">
<a itemprop="url" href="/t/rel/${8700 + i}" class="title raw-link raw-topic-link">${r[0]}</a></span><div class="link-bottom-line">
<a href="/c/identification/5" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name">Identification</span></span></a></div></td><td class="replies">
<span class="posts" title="posts">${r[1]}</span></td><td class="views"><span class="views" title="views">${r[2]}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${fFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/${t.toLowerCase().replace(/ /g, '-')}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div class="buorg"><div>This forum works best with JavaScript enabled.</div></div>
<footer id="noscript-footer"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout672-discourse-token-identification',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.slice(2))),
  bylines: ['copperhoard', 'mhollins', ...fPosts.map((p) => p[1])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Identification', 'metal-detecting', 'token-both-sides', '1600×800 214 KB', '1', '2', '3', '4', '2 Likes',
    '3 Likes', '4 Likes', 'Related topics', ...fRelated.flat(), ...fFoot, 'This forum works best with JavaScript enabled.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const gTitle = 'Reading a duplex: what the numbers in the bars tell you';
const gDek = 'A short field guide to the duplex cancellations of the 1880s, and how to date and place a loose stamp from its bars.';
const gBody = [
  j(
    'A duplex is a single handstamp that struck two marks at once: a circular datestamp with the town name and the date, and',
    'beside it a block of bars that cancelled the stamp. Because the datestamp usually fell on the envelope and the bars on the',
    'stamp, collectors of loose stamps often have only half of the story.',
  ),
  'The number is the office',
  j(
    'Each office that used a duplex was given a number, and that number sits in the middle of the bars. A list of the numbers',
    'lets you place a loose stamp in its town even when none of the datestamp survives. Our society list, revised last winter,',
    'now has 1,184 numbers with the years each was in use.',
  ),
  'The shape of the bars',
  j(
    'Offices in the larger towns had oval bars; the smaller offices had vertical bars in a rough square. A few offices used',
    'both at different times, which helps to date a stamp within a few years.',
  ),
  'Things that catch people out',
  'a number struck upside down reads as a different office (68 and 89 are the usual pair)',
  'late re-cut handstamps may lose a bar on one side',
  'numbers reused after an office closed belong to a different town',
  j(
    'If you find a number that is not on the list, or a town with a number we do not expect, please write to the editor. Every',
    'addition this year came from a member\u2019s album.',
  ),
];
const gRead = [
  ['Penny postage at sea: the paquebot marks', 'Apr 11, 2026', '5 min read'],
  ['How we rebuilt the society list of duplex numbers', 'Mar 2, 2026', '4 min read'],
];
const gNav = ['Home', 'Postmarks', 'Covers', 'About the Society'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="stylesheet" type="text/css" href="https://lindencover.org/assets/built/screen.css?v=8d1b3c" />
<meta name="description" content="${gDek}"><link rel="canonical" href="https://lindencover.org/reading-a-duplex/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Linden Cover"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-05-09T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Linden Cover"},
"author":{"@type":"Person","name":"Rosalind Achterberg"},"headline":"${gTitle}","datePublished":"2026-05-09T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Linden Cover" href="https://lindencover.org/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://lindencover.org/"
data-key="6b1e2f" data-api="https://lindencover.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="6b1e2f"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://lindencover.org/" crossorigin="anonymous"></script>
<link href="https://lindencover.org/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=8d1b3c"></script></head>
<body class="post-template tag-postmarks is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://lindencover.org">The Linden Cover</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20">
<path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-postmarks tag-guides ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/postmarks/">Postmarks</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rosalind/" class="author-avatar" aria-label="Read more of Rosalind Achterberg">
<img class="author-profile-image" src="/content/images/size/w100/2025/01/ra.jpg" alt="Rosalind Achterberg" /></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosalind/">Rosalind Achterberg</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-09">May 9, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2026/05/duplex.jpg 300w, /content/images/size/w600/2026/05/duplex.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/05/duplex.jpg" alt="${gTitle}" />
<figcaption><span style="white-space: pre-wrap;">A duplex of the 1880s on a cover to the Continent. Society collection.</span></figcaption></figure></header>
<section class="gh-content gh-canvas"><p>${gBody[0]}</p><h2 id="the-number-is-the-office">${gBody[1]}</h2><p>${gBody[2]}</p>
<h2 id="the-shape-of-the-bars">${gBody[3]}</h2><p>${gBody[4]}</p><h2 id="things-that-catch-people-out">${gBody[5]}</h2>
<ul>${gBody
  .slice(6, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${gBody[9]}</p></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (r, i) => `<article class="post-card post"><a class="post-card-image-link" href="/read-${i}/">
<img class="post-card-image" src="/content/images/size/w600/r${i}.jpg" alt="${r[0]}" loading="lazy" /></a>
<div class="post-card-content"><a class="post-card-content-link" href="/read-${i}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Postmarks</span></div><h2 class="post-card-title">${r[0]}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-04-11">${r[1]}</time><span class="post-card-meta-length">${r[2]}</span>
</footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://lindencover.org">The Linden Cover</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div></div>
<script src="https://lindencover.org/assets/built/casper.js?v=8d1b3c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout672-ghost-duplex-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[3] ?? '', gBody[5] ?? ''],
  body: [gDek, ...texts(gBody.filter((_, i) => ![1, 3, 5].includes(i)))],
  bylines: ['Rosalind Achterberg', 'May 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Linden Cover', ...gNav, 'Sign in', 'Subscribe', '• 3 min read', 'A duplex of the 1880s on a cover to the Continent. Society collection.',
    'Sign up for more like this.', 'Enter your email', ...gRead.flat(), 'The Linden Cover © 2026', 'Sign up',
    'Powered by Ghost',
  ],
};

export const HELDOUT672_D: readonly TestPage[] = [discourse, ghost];
