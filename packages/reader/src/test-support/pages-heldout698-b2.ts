import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file b2: a forum thread on Discourse (the crawler view Discourse serves without JavaScript) about using a
 * garden shredder as a scratter, with category, tags, like counts and a related-topics table.
 */
const dTitle = 'Garden shredder as a scratter: worth it for a small press?';
type Post = { user: string; time: string; iso: string; likes: string; paras: string[]; list?: string[] };
const dPosts: Post[] = [
  {
    user: 'bramleybarn',
    time: 'September 14, 2026,  6:22pm',
    iso: '2026-09-14T18:22:31Z',
    likes: '2 Likes',
    paras: [
      j(
        'We have a 12-litre basket press and about fifteen trees, mostly cookers and a few old cider varieties. Up to now we have been',
        'smashing the apples in a bucket with a fence post, which is slow and hard on the back.',
      ),
      j(
        'Someone at our apple day said an ordinary garden shredder does the job of a scratter for a fraction of the price. Has anyone',
        'actually tried it? I am worried about the blades, cleaning, and whether the pulp is too fine to press.',
      ),
    ],
  },
  {
    user: 'kettlebrook',
    time: 'September 14, 2026,  8:05pm',
    iso: '2026-09-14T20:05:12Z',
    likes: '5 Likes',
    paras: [
      j(
        'We used one for three seasons before the community press bought a proper scratter. It works, with a few caveats. It has to be',
        'an impact shredder with a spinning blade, not the quiet roller kind, which just chews the apples into a wet lump.',
      ),
      'What we learned:',
    ],
    list: [
      'Buy a new one and keep it only for fruit. Oil and sap from old prunings will taint the juice.',
      'Cut big apples in half first, or they bounce around on top of the blade.',
      'Stand it over a clean food-grade bin lined with a straining bag, because the pulp comes out at speed.',
      'Take the hopper off and wash everything straight after, before the sugar sets.',
    ],
  },
  {
    user: 'Hedgerow_Jen',
    time: 'September 15, 2026,  7:41am',
    iso: '2026-09-15T07:41:55Z',
    likes: '3 Likes',
    paras: [
      j(
        'Agree with all of that. On the fineness question: the pulp from ours was finer than from a scratter, so we built the cheese in',
        'thinner layers and used a coarser cloth. Yield was fine, roughly 60 per cent by weight, but pressing took longer.',
      ),
      j(
        'One more thing: check the shredder’s instructions, because some makers say the warranty ends the moment you put anything',
        'wet through it. Ours lasted three seasons anyway.',
      ),
    ],
  },
  {
    user: 'tomp',
    time: 'September 16, 2026, 10:18pm',
    iso: '2026-09-16T22:18:03Z',
    likes: '1 Like',
    paras: [
      j(
        'Counterpoint: a hand-cranked scratter is quiet and can be used by children with supervision, which matters at community',
        'events. The second-hand ones come up in autumn for not much more than a good shredder.',
      ),
    ],
  },
  {
    user: 'bramleybarn',
    time: 'September 21, 2026,  5:30pm',
    iso: '2026-09-21T17:30:48Z',
    likes: '4 Likes',
    paras: [
      j(
        'Update for anyone who finds this later: we bought a cheap impact shredder and did 90 kg of apples yesterday in an afternoon.',
        'Halving the big ones made all the difference. Thanks all, and we will keep an eye out for a hand scratter for the apple day.',
      ),
    ],
  },
];
const dPost = (p: Post, i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://forum.wessexfruit.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.time}</time><meta itemprop="dateModified"
content="${p.iso}">
<span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(p.paras)}${p.list === undefined ? '' : `<ul>${lis(p.list)}</ul>`}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"><span class="post-likes">${p.likes}</span></div></div>`;
const dRel = [
  ['Best cloth for a small rack-and-cloth press', 'Juice and cider', '6', '318', 'Aug 2026'],
  ['Pasteurising juice in a water bath: times and temperatures', 'Juice and cider', '14', '1.1k', 'Jul 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Juice and cider - Wessex Fruit Forum</title>
<meta name="description" content="We have a 12-litre basket press and about fifteen trees, mostly cookers and a few old cider varieties.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2"><link rel="canonical"
href="https://forum.wessexfruit.org/t/garden-shredder-as-a-scratter/4127">
<link href="/stylesheets/color_definitions_wessex_3_2_abc.css" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_3d1e.css" media="all" rel="stylesheet" data-target="desktop"><meta property="og:site_name" content="Wessex Fruit Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.wessexfruit.org",
"name":"Wessex Fruit Forum"}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="title">
<a href="/"><img src="/uploads/default/original/1X/wff-logo.png" alt="Wessex Fruit Forum" id="site-logo" style="max-width:
150px;"></a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/garden-shredder-as-a-scratter/4127">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/juice-and-cider/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Juice and cider</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/scratter" class="discourse-tag" rel="tag">scratter</a>,
<a href="/tag/equipment" class="discourse-tag" rel="tag">equipment</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><link itemprop="url"
href="https://forum.wessexfruit.org/t/4127">
<meta itemprop="datePublished" content="2026-09-14T18:22:31Z"><meta itemprop="articleSection" content="Juice and cider"><meta itemprop="keywords"
content="scratter, equipment">
${dPosts.map(dPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    (
      r,
    ) => `<tr class="topic-list-item" id="topic-list-item-41"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/${r[2]}" class="title raw-link raw-topic-link">${r[0]}</a></span>
<div class="link-bottom-line"><a href="/c/juice-and-cider/6" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color:
#8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name">${r[1]}</span></span></a></div></td><td class="replies"><span class="posts"
title="posts">${r[2]}</span></td>
<td class="views"><span class="views" title="views">${r[3]}</span></td><td>${r[4]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const shredderThread: TestPage = {
  name: 'heldout698-shredder-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...p.paras, ...(p.list ?? [])]),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Juice and cider', 'equipment', '1', '2', '3', '4', '5', ...new Set(dPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...dRel.flatMap((r) => [r[0] ?? '', r[2] ?? '', r[3] ?? '', r[4] ?? '']), ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT698_B2: readonly TestPage[] = [shredderThread];
