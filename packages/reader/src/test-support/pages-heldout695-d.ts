import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout695-kit.js';

/**
 * Held-out batch 695, file d: a Discourse forum thread (crawler view) on learning to carve on bristle matting, and a ski
 * school's Ghost blog post (Casper theme) on a first snowboard lesson on a dry slope.
 */
const dTitle = 'Learning to carve on bristle matting – is it even possible?';
const dPosts: { user: string; date: string; paras: string[]; likes: string }[] = [
  {
    user: 'ellie_on_edge',
    date: 'Oct 28, 2026, 7:41pm',
    paras: [
      j(
        'I have been skiing at my local dry slope for about a year and can do parallel turns fine, but every time I try to get',
        'a proper carve going the skis just skid out sideways. Is that me, or is it the matting?',
      ),
      'Instructor at a club night told me to “trust the edge” which did not help much.',
    ],
    likes: '2 Likes',
  },
  {
    user: 'BrushDaddy',
    date: 'Oct 28, 2026, 8:15pm',
    paras: [
      j(
        'It is possible, but the matting is much less forgiving than snow. Two things made the difference for me: sharp edges',
        '(get them done every 10 sessions or so on matting, it eats them) and a slope that is wet.',
      ),
      j(
        'Most slopes have sprinklers. Ask the staff if they can run them on a quiet night. A damp slope grips the edge far',
        'better than a dry one and it hurts less when you fall.',
      ),
    ],
    likes: '5 Likes',
  },
  {
    user: 'coach_mags',
    date: 'Oct 29, 2026, 9:02am',
    paras: [
      j(
        'Coach here. The skid usually comes from pushing the tails out at the start of the turn. On bristles you need to roll',
        'the ankles and knees first, then let the ski bend. Try long, shallow traverses on one edge before linking turns.',
      ),
    ],
    likes: '3 Likes',
  },
  {
    user: 'ellie_on_edge',
    date: 'Nov 2, 2026, 10:30pm',
    paras: ['Update: had my edges done and went on a wet night. Got three clean carves in a row. Thanks both!'],
    likes: '1 Like',
  },
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>${dTitle} - Technique - Slopeside Forum</title>
<meta name="description" content="I have been skiing at my local dry slope for about a year and can do parallel turns fine">
<meta name="generator" content="Discourse 3.4.0.beta2 - https://github.com/discourse/discourse version 8f1e0a7">
<link rel="canonical" href="https://forum.slopeside.uk/t/learning-to-carve-on-bristle-matting-is-it-even-possible/4412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.slopeside.uk","name":"Slopeside Forum"}</script>
<link href="/stylesheets/desktop_e2a1.css?__ws=forum.slopeside.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Slopeside Forum"><meta property="article:section" content="Technique"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/slopeside-logo.png" alt="Slopeside Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/learning-to-carve-on-bristle-matting-is-it-even-possible/4412">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/technique/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Technique</span></span></a><meta itemprop="position" content="1"></span>
</div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/dry-slope" class="discourse-tag" rel="tag">dry-slope</a>,
<a href="/tag/carving" class="discourse-tag" rel="tag">carving</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}">
${dPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'} class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.slopeside.uk/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-10-28T19:41:00Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"><span class='post-likes'>${p.likes}</span></div></div>`,
  )
  .join('\n')}
</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">
Related topics</h3><div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th><th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link">
<a href="/t/wet-nights-at-brackenfield/3980" class="title raw-link raw-topic-link">Wet nights at Brackenfield?</a>
<div class="link-bottom-line"><a href="/c/slopes/4" class="badge-wrapper bullet"><span class="category-name">Slopes</span></a></div></td><td></td>
<td class="replies"><span class="posts" title="posts">6</span></td><td class="views"><span class="views" title="views">311</span></td><td>Sep 2026</td></tr>
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout695-discourse-carving-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Technique', 'carving', ...new Set(dPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    'Wet nights at Brackenfield?', '6', '311', 'Sep 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const gTitle = 'Your first snowboard lesson on a dry slope: what to expect';
const gDek = 'Falling over is part of the plan. Here is how the hour actually goes.';
const gSecs: { h: string; paras: string[] }[] = [
  {
    h: 'Before you get on the slope',
    paras: [
      j(
        'You will be fitted for boots first. Snowboard boots should feel snug, with your toes just touching the front when you',
        'stand straight and pulling back slightly when you bend your knees. We then work out whether you ride regular (left',
        'foot forward) or goofy, usually by giving you a gentle nudge from behind and seeing which foot you step out with.',
      ),
    ],
  },
  {
    h: 'The first twenty minutes',
    paras: [
      j(
        'Most of the first part of the lesson happens on the flat at the bottom of the slope, with only your front foot strapped',
        'in. You will learn to skate along like on a scooter, to get up from sitting and kneeling, and to glide a few metres in a',
        'straight line.',
      ),
      j(
        'It feels slow. It is slow on purpose: the bristle matting grabs a board that is caught on an edge far more sharply than',
        'snow does, so we spend time getting your weight centred before we go anywhere steep.',
      ),
    ],
  },
  {
    h: 'Side-slipping and the falling leaf',
    paras: [
      j(
        'With both feet strapped in, your instructor will take you a short way up the nursery slope. You will side-slip down on',
        'your heel edge, then drift left and right across the slope, a drill called the falling leaf. By the end of the hour,',
        'most people can do this on both edges.',
      ),
      j(
        'Do not worry about linking turns in the first lesson. On a dry slope that usually comes in lesson three or four, and',
        'it comes faster if you practise the falling leaf in between.',
      ),
    ],
  },
  {
    h: 'What to wear',
    paras: [
      j(
        'Long sleeves, long trousers and thick gloves that cover the wrists. Wrist guards are worth the £8 to hire: most',
        'beginner injuries on matting are to the wrist, from putting a hand down in a fall.',
      ),
    ],
  },
];
const gNav = ['Home', 'Lessons', 'Kids', 'Guides', 'About'];
const gMore = ['Ski or snowboard first? How to choose', 'Five drills for your second lesson', 'Meet the team: Ana Silva'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f1b2e7a63">
<link rel="canonical" href="https://journal.grassrootsnowsports.co.uk/first-snowboard-lesson-dry-slope/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-09-18T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Grassroots Snowsports"},
"author":{"@type":"Person","name":"Tamsin Rook"},"headline":"${gTitle}","datePublished":"2026-09-18T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="Grassroots Snowsports" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.grassrootsnowsports.co.uk/"
data-key="5e7a1c0b2f" data-api="https://journal.grassrootsnowsports.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="/">Grassroots Snowsports</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul>
</nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-snowboarding tag-beginners">
<header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag"><a href="/tag/snowboarding/">Snowboarding</a></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar" aria-label="Read more of Tamsin Rook">
<img class="author-profile-image" src="/content/images/tamsin.jpg" alt="Tamsin Rook"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Rook</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-18">Sep 18, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/09/nursery.jpg 300w" src="/content/images/size/w2000/2026/09/nursery.jpg"
alt="Two beginners side-slipping on the nursery slope"><figcaption>
<span style="white-space: pre-wrap;">The nursery slope at Grassroots, with the sprinklers on.</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gSecs.map((s) => `<h2 id="${s.h.toLowerCase().replace(/[^a-z]+/g, '-')}">${s.h}</h2>\n${ps(s.paras)}`).join('\n')}
<div class="kg-card kg-button-card kg-align-center"><a href="https://grassrootsnowsports.co.uk/book" class="kg-btn kg-btn-accent">Book a taster lesson</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
</div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Grassroots Snowsports</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact"><a href="/contact/">Contact</a>
</li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4f1b2e7a63"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout695-ghost-first-snowboard-lesson',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map((s) => s.h),
  body: texts([gDek, ...gSecs.flatMap((s) => s.paras)]),
  bylines: ['Tamsin Rook', 'Sep 18, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Grassroots Snowsports', 'Home', 'Lessons', 'Kids', 'Guides', 'Sign in', 'Subscribe', 'Snowboarding',
    'The nursery slope at Grassroots, with the sprinklers on.', 'Book a taster lesson', 'Sign up for more like this.', 'Enter your email', ...gMore,
    'Grassroots Snowsports © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT695_D: readonly TestPage[] = [discourse, ghost];
