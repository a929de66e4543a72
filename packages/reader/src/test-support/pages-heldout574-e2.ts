import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout574-kit.js';

/** Held-out batch 574, file e2: an antiques collectors' forum thread on Discourse (crawler view) asking whether a dresser is a marriage. */
const fTitle = 'Pine dresser: original or a marriage of two pieces?';
const fPosts: [string, string, string, string[]][] = [
  [
    'hollyoak_finds',
    'March 4, 2026, 9:12am',
    '1 Like',
    [
      j(
        'Picked this up at a farm sale near Wendle last weekend for £420. Pine dresser, about 6ft wide, open plate rack on top and',
        'three drawers over two cupboards below. The seller said it had always been in the farmhouse kitchen.',
      ),
      j(
        'My worry is that the rack looks paler than the base and the back boards are different: the base has wide hand-planed boards',
        'and the rack has narrower machine-cut tongue and groove. Is this a marriage, and if so, does it matter much?',
      ),
    ],
  ],
  [
    'ColinW',
    'March 4, 2026, 11:40am',
    '4 Likes',
    [
      j(
        'Different backs on top and bottom is very common even on genuine dressers, because racks got damp against kitchen walls and',
        'were re-backed. Colour alone tells you little for the same reason. What I would check is whether the cornice moulding on',
        'the rack matches the moulding on the base top, and whether the rack sits exactly on the base or overhangs it.',
      ),
      'Also look for old screw holes or ghost marks on the base top where a different rack once stood.',
    ],
  ],
  [
    'hollyoak_finds',
    'March 4, 2026, 6:05pm',
    '',
    [
      j(
        'Thanks Colin. The mouldings are the same profile but the rack is about an inch narrower than the base on each side, and',
        'there are two filled holes on the base top towards the back that do not line up with anything.',
      ),
    ],
  ],
  [
    'Margery_Pask',
    'March 5, 2026, 8:20am',
    '6 Likes',
    [
      j(
        'That sounds like a marriage to me: an inch short each side is the classic sign that the rack came from another dresser.',
        'It was very common in the trade in the 1970s and 80s when stripped pine was popular and bases outnumbered racks.',
      ),
      j(
        'Does it matter? For a kitchen, not at all. For value, a married dresser is worth perhaps half to two thirds of an original',
        'one, so at £420 you have not overpaid either way.',
      ),
    ],
  ],
];
const fRelated = ['Dating a Windsor chair by its legs', 'Are these dovetails hand cut?', 'Stripped pine: can the colour be brought back?'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Identification help - The Salvage Table</title>
<meta name="description" content="Picked this up at a farm sale near Wendle last weekend for £420."><meta name="generator"
content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="icon" type="image/png" href="https://forum.salvagetable.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all"
content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.salvagetable.org/t/pine-dresser-original-or-a-marriage-of-two-pieces/4412">
<link href="/stylesheets/color_definitions_light_2_3.css?__ws=forum.salvagetable.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_theme_4.css?__ws=forum.salvagetable.org" media="all" rel="stylesheet" data-target="desktop_theme">
<meta property="og:site_name" content="The Salvage Table"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"hollyoak_finds"}}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.salvagetable.org/uploads/default/original/1X/logo.png" alt="The Salvage Table" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/pine-dresser-original-or-a-marriage-of-two-pieces/4412">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/identification-help/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C6238'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Identification help</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='https://forum.salvagetable.org/tag/pine' class='discourse-tag' rel="tag">pine</a>,
<a href='https://forum.salvagetable.org/tag/dressers' class='discourse-tag' rel="tag">dressers</a></div></div></div>
${fPosts
  .map(
    ([u, d, likes, paras], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.salvagetable.org/u/${u}'><span itemprop='name'>${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.salvagetable.org/t/pine-dresser-original-or-a-marriage-of-two-pieces/4412">
<span class="crawler-post-infos"><time ${i === 0 ? 'itemprop="datePublished" ' : ''}datetime='2026-03-0${i < 3 ? 4 : 5}T09:12:00Z' class='post-time'>${d}</time>
<meta itemprop='dateModified' content='2026-03-04T09:12:00Z'><span itemprop='position'>#${i + 1}</span></span></div>
<div class='post' itemprop='text'>${ps(paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : likes.replace(/ .*/, '')}"/><span class='post-likes'>${likes}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${i + 4000}' class='title raw-link raw-topic-link'>${t}</a>
</span></td>
<td class="replies"><span class='posts' title='posts'>${i + 3}</span></td><td class="views"><span class='views' title='views'>${(i + 2) * 71}</span></td>
<td>Feb ${i + 10}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/'
itemprop="url">Home </a></span></li><li><span itemprop='name'><a href='/categories' itemprop="url">Categories </a></span></li><li><span itemprop='name'>
<a href='/guidelines'
itemprop="url">Guidelines </a></span></li><li><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li><li><span itemprop='name'>
<a href='/privacy'
itemprop="url">Privacy Policy </a></span></li></ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with
JavaScript enabled</p></footer>
<div class="buorg"><div>This page was built for crawlers. Please <a href="/t/4412?print=false">view the full version</a> of this topic.</div></div></body>
</html>`;
const discourse: TestPage = {
  name: 'heldout574-discourse-dresser',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap(([, , , p]) => p),
  bylines: [...new Set(fPosts.flatMap(([u, d]) => [u, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Identification help', '#1', '#2', '#3', '#4', '1 Like', '4 Likes', '6 Likes', 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...fRelated, '3', '4', '5', '142', '213', '284', 'Feb 10', 'Feb 11', 'Feb 12', 'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled', 'This page was built for crawlers. Please view the full version of this topic.',
  ],
};

export const HELDOUT574_E2: readonly TestPage[] = [discourse];
