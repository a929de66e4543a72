import type { TestPage } from './page-kit.js';
import { blocks, bodyOf, j } from './pages-heldout597-kit.js';

/**
 * Held-out batch 597, file c: a ringers' forum thread on Discourse (the crawler view a saved page holds), and a method-learning
 * guide on a Hugo site with the Docsy theme (section menu, page table of contents, feedback box and last-modified line).
 */
const fTitle = 'Rope keeps catching on the sally guide after rehang';
const fPosts = [
  {
    user: 'ringer_in_the_fens',
    date: 'May 3, 2026, 8:14pm',
    likes: '',
    blocks: [
      j(
        'Our six were rehung in March with new fittings, and since then the rope on the third catches on the edge of the sally guide at',
        'backstroke about one stroke in twenty. It is worst when the bell is rung a little high. The guide is a plain wooden board with',
        'holes drilled through it, about four feet above the ringers’ heads.',
      ),
      'Has anyone had this and found a cure short of getting the bellhangers back? They are booked up until the autumn.',
    ],
  },
  {
    user: 'DaveTowerCaptain',
    date: 'May 3, 2026, 9:02pm',
    likes: '4 Likes',
    blocks: [
      j(
        'Nine times out of ten this is the rope not falling straight from the pulley to the hole. After a rehang the pulley block is',
        'often in a slightly different place. Stand under the guide with a plumb line from the centre of the pulley groove and see',
        'where it lands.',
      ),
      'If it is more than an inch off, the simplest fix is to open out the hole on that side and round over the edges with sandpaper.',
    ],
  },
  {
    user: 'ringer_in_the_fens',
    date: 'May 5, 2026, 7:40am',
    likes: '',
    blocks: [
      '> Stand under the guide with a plumb line from the centre of the pulley groove',
      j(
        'Thank you, that was it. The line landed almost two inches towards the fourth. We have eased the hole and fitted a short',
        'length of plastic tube as a bush, and we rang for an hour last night without a single catch.',
      ),
    ],
  },
  {
    user: 'm.oakridge',
    date: 'May 5, 2026, 10:21am',
    likes: '2 Likes',
    blocks: [
      j(
        'Worth telling your bellhangers anyway, even if it is working now. If the pulley has moved, the rope may also be rubbing',
        'somewhere higher up, and you will only find that when it frays.',
      ),
    ],
  },
];
const fRelated = [
  ['Rope splicing: how long should a long splice be?', 'Ropes and Fittings', '12', '3d'],
  ['Sound control after rehanging a light six', 'Towers and Bells', '8', 'Apr 2026'],
  ['Best way to teach backstroke catching', 'Teaching', '21', 'Mar 2026'],
];
const post = (p: (typeof fPosts)[number], n: number): string => `<div id="post_${n}" itemprop="${n === 1 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${n === 1 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.ringingcircle.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.ringingcircle.org/t/rope-keeps-catching-on-the-sally-guide-after-rehang/4471">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-05-03T20:14:00Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${n}"></span></div>
<div class="post" itemprop="text">
${blocks(p.blocks)}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : Number.parseInt(p.likes, 10)}" />${
  p.likes === ''
    ? ''
    : `<span
class='post-likes'>${p.likes}</span>`
}</div>
</div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><title>${fTitle} - Towers and Bells - The Ringing Circle</title>
<meta name="description" content="Our six were rehung in March with new fittings, and since then the rope on the third catches on the edge of the sally guide">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.ringingcircle.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.ringingcircle.org/t/rope-keeps-catching-on-the-sally-guide-after-rehang/4471" />
<link href="/stylesheets/color_definitions_base__2_a1b2c3.css?__ws=forum.ringingcircle.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_a1b2c3.css?__ws=forum.ringingcircle.org" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="The Ringing Circle" /><meta property="og:type" content="website" />
<meta property="og:title" content="${fTitle}" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"datePublished":"2026-05-03T20:14:00Z",
"author":{"@type":"Person","name":"ringer_in_the_fens"},"interactionStatistic":[{"@type":"InteractionCounter","userInteractionCount":4}]}</script>
</head>
<body class="crawler ">
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"><a class="btn btn-primary login-button" href="/login">Log
In</a></div>
<div class="title"><a href="/"><img src="https://forum.ringingcircle.org/uploads/default/original/1X/logo.png" alt="The Ringing Circle"
id="site-logo"></a></div>
</div></div></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/rope-keeps-catching-on-the-sally-guide-after-rehang/4471">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/towers-and-bells/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Towers and Bells</span></span></a><meta itemprop="position"
content="1" /></span></div>
<div class="topic-list-tags"><a href="/tag/sally-guides" class="discourse-tag">sally-guides</a> <a href="/tag/rehanging"
class="discourse-tag">rehanging</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="${fTitle}">
${fPosts.map((p, i) => post(p, i + 1)).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th
class="replies">Replies</th>
<th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, c, r, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/${(t ?? '').length}"
class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a href="/c/6" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="badge-category clear-badge">
<span class="category-name">${c}</span></span></a></div></td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views">
<span class="views" title="views">${Number(r) * 31}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div>
</div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const forum: TestPage = {
  name: 'heldout597-discourse-sally-guide',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => bodyOf(p.blocks)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Log In', 'Towers and Bells', 'sally-guides', 'rehanging', '4 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...fRelated.flatMap(([t, c, r, a]) => [t ?? '', c ?? '', r ?? '', a ?? '', String(Number(r) * 31)]),
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ])],
};

export const HELDOUT597_C: readonly TestPage[] = [forum];
