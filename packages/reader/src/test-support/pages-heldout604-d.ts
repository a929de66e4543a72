import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout604-kit.js';

/**
 * Held-out batch 604, file d: a Discourse thread on a wine lovers' forum about when to open a cellared vintage (the crawler
 * view a saved page shows), and a winemaker's journal post on Ghost with the Casper theme.
 */
const fTitle = 'When to open the 2015 Corriveau Hill Shiraz?';
const fPosts = [
  {
    who: 'mallee_mark',
    when: 'March 8, 2025, 9:41am',
    text: [
      j(
        'I have a six-pack of the 2015 Corriveau Hill Shiraz that has been in my cellar (steady 14°C) since release. The winery said',
        '"ten to fifteen years" on the back label. Has anyone opened one recently? I do not want to open them all too late.',
      ),
    ],
  },
  {
    who: 'ruthb',
    when: 'March 8, 2025, 11:02am',
    text: [
      j(
        'Opened one at Christmas. Still quite tight on the first night, lots of blackberry and a chalky tannin. Much better on day',
        'two. I would say it has another five years easily.',
      ),
      'If you have six, open one every year or two and see how it goes.',
    ],
  },
  {
    who: 'Tom_Harlan',
    when: 'March 9, 2025, 6:15pm',
    text: [
      j(
        'Agree with Ruth. I decanted mine for three hours and it was lovely, but the 2013 I opened the same week was drinking',
        'better. 2015 was a cooler year in the district and the wines were always going to be slow.',
      ),
    ],
  },
  {
    who: 'mallee_mark',
    when: 'March 10, 2025, 8:20am',
    text: ['Thanks both. I will open one for my birthday in June with a long decant and report back.'],
  },
];
const fTags = ['shiraz', 'cellaring'];
const fRel = ['Best way to store wine without a cellar?', 'Cork taint rates in recent vintages', 'Decanting young reds: how long?'];
const fPost = (
  p: (typeof fPosts)[number],
  n: number,
): string => `<div id="post_${n}" itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.who}">
<span itemprop="name">${p.who}</span></a></span><link itemprop="mainEntityOfPage" href="/t/when-to-open-the-2015-corriveau-hill-shiraz/4412">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2025-03-0${n + 7}T09:41:00Z" class="post-time">${p.when}</time>
<meta itemprop="position" content="${n}"></span></div><div class="post" itemprop="text">${ps(p.text)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${n + 1}"><span class='post-likes'>${n + 1} Likes</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Cellar Talk - The Vinous Forum</title>
<meta name="description" content="I have a six-pack of the 2015 Corriveau Hill Shiraz that has been in my cellar since release.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.vinous-club.org/t/when-to-open-the-2015-corriveau-hill-shiraz/4412">
<link href="/stylesheets/color_definitions_light_2_3.css" media="all" rel="stylesheet"><link href="/stylesheets/desktop_crawler.css" media="all"
rel="stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"mallee_mark"}}</script>
<meta property="og:site_name" content="The Vinous Forum"><meta name="twitter:card" content="summary"></head>
<body class="crawler browser-update"><header><a href="/"><img src="/uploads/default/original/1X/vinous-logo.png" alt="The Vinous Forum" id="site-logo"></a>
</header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/when-to-open-the-2015-corriveau-hill-shiraz/4412">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/cellar-talk/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #8C1C3B"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Cellar Talk</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-category">
<div class='discourse-tags list-tags'>${fTags.map((t) => `<a href='/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`).join(', ')}</div></div></div>
${fPosts.map((p, i) => fPost(p, i + 1)).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRel
  .map(
    (
      t,
      i,
    ) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement"><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></td>
<td></td><td class="replies"><span class="posts">${i + 4}</span></td><td class="views"><span class="views">${(i + 2) * 100}</span></td><td>Feb ${i + 3}</td>
</tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/"
itemprop="url">Home </a></span></li><li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li><li><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer class="container wrap"><div class="noscript-footer-nav"><a href="/">Powered by Discourse</a>, best viewed with JavaScript enabled</div></footer>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout604-discourse-cellaring',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.text)),
  bylines: [...new Set(fPosts.map((p) => p.who)), ...fPosts.map((p) => p.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cellar Talk', 'cellaring', ...fPosts.map((_, i) => `${i + 2} Likes`), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...fRel, '4',
    '5', '6', '200', '300', '400', 'Feb 3', 'Feb 4',
    'Feb 5', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const gTitle = 'Notes from the ferment room, week three';
const gDek = 'Wild yeast, a stuck Grenache and the smell of a winery in April.';
const gBody = [
  j(
    'Every year I promise myself I will write these notes during vintage rather than after it, and every year I end up writing',
    'them at eleven at night with purple hands. So here is week three, as it happened.',
  ),
  j(
    'We are fermenting everything with the yeasts that come in on the grapes this year. Most of the ferments started within two',
    'days, but the Grenache from the river block sat there doing nothing for five. I was about to reach for a packet of cultured',
    'yeast when it finally woke up on Sunday morning, and it has been going steadily since.',
  ),
  'Plunging by hand',
  j(
    'The small open fermenters get plunged three times a day. It is slow work, and the whole team takes turns, but it lets us feel',
    'how the cap is changing. By day six the Mourvèdre cap was soft enough to push through with one hand.',
  ),
  '"You learn more about a wine from the plunging board than from the lab sheet."',
  'What comes next',
  j(
    'Next week the first reds go to press. We will taste every tank on Monday and decide which ones get a few more days on skins.',
    'After that it is barrels, topping up, and a very long sleep.',
  ),
];
const gNav = ['Home', 'Wines', 'About', 'Journal'];
const gRead = ['Pruning in the fog', 'Why we stopped fining our whites', 'A year of cover crops'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7e8f21a3c4"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.lowvinewines.com/ferment-room-week-three/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Low Vine Journal"><meta property="og:type" content="article"><meta property="article:published_time"
content="2025-04-21T10:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Low Vine Journal"},
"author":{"@type":"Person","name":"Marguerite Osei"},"headline":"${gTitle}","datePublished":"2025-04-21T10:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://journal.lowvinewines.com/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://journal.lowvinewines.com">Low Vine Journal</a><button class="gh-search gh-icon-btn"
aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-vintage-2025 featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/vintage-2025/">Vintage 2025</a>
</span><span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/marguerite/" class="author-avatar"><img class="author-profile-image" src="/content/images/2024/01/mo.jpg" alt="Marguerite Osei"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/marguerite/">Marguerite Osei</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-04-21">Apr 21, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/04/plunge.jpg 300w" src="/content/images/size/w2000/2025/04/plunge.jpg"
alt="Plunging the Grenache"><figcaption><span style="white-space: pre-wrap;">Plunging the river-block Grenache, day four.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody.slice(0, 2))}
<h2 id="plunging-by-hand">${at(gBody, 2)}</h2>
${ps([at(gBody, 3)])}
<blockquote class="kg-blockquote-alt">${at(gBody, 4)}</blockquote>
<h2 id="what-comes-next">${at(gBody, 5)}</h2>
${ps([at(gBody, 6)])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/r.jpg" alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.lowvinewines.com">Low Vine Journal</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sitemap', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7e8f21a3c4"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout604-ghost-ferment-journal',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2), at(gBody, 5)],
  body: [gDek, ...gBody.filter((_, i) => i !== 2 && i !== 5)],
  bylines: ['Marguerite Osei', 'Apr 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Low Vine Journal', ...gNav, 'Sign in', 'Subscribe', 'Vintage 2025', 'Featured', '• 3 min read', 'Plunging the river-block Grenache, day four.',
    'Sign up for more like this.', 'Enter your email', ...gRead, 'Low Vine Journal © 2025', 'Sitemap', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT604_D: readonly TestPage[] = [discourse, ghost];
