import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { j } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file c2: a learner drivers' forum thread on Discourse as served to crawlers and no-JS browsers
 * (crawler view), with category badge, tags, quoted reply, like counts and a related-topics table.
 */
const fTitle = 'Failed on a hill start at Pellow Cross – how do I stop rolling back?';
const fPosts: readonly { user: string; time: string; n: string; likes: string; ps: readonly string[] }[] = [
  {
    user: 'jess_w',
    time: 'March 4, 2026,  6:22pm',
    n: '1',
    likes: '2 Likes',
    ps: [
      j(
        'Second attempt today and I got a serious fault for rolling back on the hill start on Quarry Lane. I was so worried about',
        'stalling that I came off the handbrake before I had the bite. Examiner said everything else was fine.',
      ),
      'Does anyone have a trick for finding the bite point when you are nervous? My instructor car is a Corsa.',
    ],
  },
  {
    user: 'RoadieDave',
    time: 'March 4, 2026,  7:05pm',
    n: '2',
    likes: '5 Likes',
    ps: [
      j(
        'Listen and feel rather than look. Bring the clutch up slowly until the engine note drops and the front of the car lifts',
        'very slightly. Hold your feet still there, then release the handbrake. If it starts to roll, just a touch more clutch.',
      ),
      'Practise it twenty times on a quiet hill and it stops being scary.',
    ],
  },
  {
    user: 'kerb_appeal',
    time: 'March 5, 2026,  8:41am',
    n: '3',
    likes: '1 Like',
    ps: [
      'So worried about stalling',
      j(
        'A stall is a minor fault if you deal with it safely. A roll back towards the car behind is what gets marked as serious.',
        'I would honestly rather stall than roll. Took me three tests to learn that.',
      ),
    ],
  },
  {
    user: 'jess_w',
    time: 'March 9, 2026, 10:17pm',
    n: '4',
    likes: '3 Likes',
    ps: ['Update: booked again for April and spent two lessons just on hills. Feeling much better. Thanks all!'],
  },
];
const fRelated = [
  ['Pellow Cross test routes 2026?', '12', '1.4k', 'Feb 2026'],
  ['Stalled twice on my test but still passed', '8', '906', 'Jan 2026'],
  ['Automatic or manual for a nervous learner?', '21', '2.2k', 'Mar 2026'],
] as const;
const fQuote = fPosts[2]?.ps[0] ?? '';
const postHtml = (p: (typeof fPosts)[number], i: number): string => {
  const paras = p.ps.map((t) => `<p>${t}</p>`);
  if (i === 2) {
    paras[0] = `<aside class="quote no-group" data-username="jess_w" data-post="1" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.learnerlane.example/jess_w/48/122_2.png" class="avatar"> jess_w:</div>
<blockquote><p>${fQuote}</p></blockquote></aside>`;
  }
  const type = i === 0 ? 'DiscussionForumPosting' : 'Comment';
  return `<div id="post_${p.n}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${type}"
class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.learnerlane.example/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.learnerlane.example/t/failed-on-a-hill-start-at-pellow-cross/4821">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-04T18:22:10Z" class="post-time">${p.time}</time>
<meta itemprop="dateModified" content="2026-03-04T18:22:10Z"><span itemprop="position">${p.n}</span></span></div>
<div class="post" itemprop="text">
${paras.join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}">
<span class="post-likes">${p.likes}</span></div></div>`;
};
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${fTitle} - Practical Test - Learner Lane Forum</title>
<meta name="description" content="Second attempt today and I got a serious fault for rolling back on the hill start on Quarry Lane."><meta name="generator"
content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0">
<link rel="icon" type="image/png" href="https://forum.learnerlane.example/uploads/default/optimized/1X/favicon_32x32.png">
<link rel="canonical" href="https://forum.learnerlane.example/t/failed-on-a-hill-start-at-pellow-cross/4821">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.learnerlane.example/opensearch.xml" title="Learner Lane Forum Search">
<link href="/stylesheets/color_definitions_base__3_4b1e0f.css?__ws=forum.learnerlane.example" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_f5e2a1.css?__ws=forum.learnerlane.example" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Learner Lane Forum"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<meta property="article:section" content="Practical Test"><meta property="article:section:color" content="0088CC"><meta property="article:tag"
content="hill-start">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.learnerlane.example",
"potentialAction":{"@type":"SearchAction","target":"https://forum.learnerlane.example/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.learnerlane.example/uploads/default/original/1X/logo.png" alt="Learner Lane Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/failed-on-a-hill-start-at-pellow-cross/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/practical-test/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Practical Test</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="https://forum.learnerlane.example/tag/hill-start" class="discourse-tag"
rel="tag">hill-start</a>
<a href="https://forum.learnerlane.example/tag/manual" class="discourse-tag" rel="tag">manual</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}"><meta itemprop="articleSection"
content="Practical Test">
<meta itemprop="keywords" content="hill-start, manual">
${fPosts.map(postHtml).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<span class="link-top-line" itemprop="name"><a href="/t/x/1" class="title raw-link raw-topic-link" itemprop="url">${t}</a></span>
<div class="link-bottom-line"><a href="/c/practical-test/5" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0088CC">
</span>
<span class="badge-category clear-badge"><span class="category-name">Practical Test</span></span></a></div></td><td class="replies"><span class="posts"
title="posts">${r}</span></td>
<td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul>
</nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout483-discourse-hill-start',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.ps)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.time])), 'jess_w:', ...fRelated.map((r) => r[3])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Practical Test', 'manual', ...fPosts.map((p) => p.n), ...new Set(fPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies',
    'Views', 'Activity', ...fRelated.flatMap((r) => [r[0], r[1], r[2]]), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT483_C2: readonly TestPage[] = [discourse];
