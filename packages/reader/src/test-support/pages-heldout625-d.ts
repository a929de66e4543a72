import { ps, type TestPage } from './page-kit.js';
import { j, settle } from './pages-heldout625-kit.js';

/**
 * Held-out batch 625, file d: a growers' forum thread as Discourse serves it to crawlers (posts with authors, dates, likes and a
 * related topics table).
 */
const dTitle = 'Green patch on shiitake block at week 6: trichoderma or just browning?';
const dPosts = [
  {
    user: 'fernhollow',
    name: 'Ruth',
    date: 'March 3, 2026,  8:14pm',
    likes: '',
    paras: [
      j(
        'First time with shiitake. Supplemented oak sawdust, 10% bran, sterilised 3 hours. Fully colonised by week 4 and it has been',
        'popcorning nicely. Tonight I noticed a patch about the size of a coin near the top of the bag that has a faint green tint.',
        'The rest of the block is starting to go brown on the outside, which I understand is normal.',
      ),
      'Do I bin it now, or wait? It is in a shelf tent with four other blocks.',
    ],
  },
  {
    user: 'oldmossgrower',
    name: 'Hal Penderby',
    date: 'March 3, 2026,  9:02pm',
    likes: '4 Likes',
    paras: [
      j(
        'Browning on shiitake starts as white, then blotchy orange-brown, never green. Trich starts as white fluff too, but turns',
        'a clear mint or forest green within a day or two and spreads fast once it does.',
      ),
      'If it is green and getting bigger, get it out of the tent tonight. Do not open the bag indoors.',
    ],
  },
  {
    user: 'fernhollow',
    name: 'Ruth',
    date: 'March 4, 2026,  7:30am',
    likes: '',
    paras: [
      'Checked again this morning and it has doubled and is definitely green. Bagged it up outside. Thanks.',
      'Is there any point trying to cut the green part out and keep the rest?',
    ],
  },
  {
    user: 'myco_maeve',
    name: '',
    date: 'March 4, 2026, 10:45am',
    likes: '2 Likes',
    paras: [
      j(
        'Not worth it. By the time you can see green, spores are all through the block. You can bury it in a shady bed outside and',
        'you might even get a few shiitake from it in autumn, but keep it away from the rest of your grow.',
      ),
    ],
  },
];
const dRel = [
  ['Bran percentage for shiitake, how high have you gone?', '12', '640', 'Jan 2026'],
  ['Best shelf tent under £100', '7', '305', 'Feb 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = (
  p: (typeof dPosts)[number],
  i: number,
): string => `<div id='post_${i + 1}' ${i === 0 ? "itemprop='articleBody'" : ''} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href='https://forum.homespawn.org/u/${p.user}'><span itemprop='name'>${p.user}</span></a>${p.name === '' ? '' : `\n(${p.name})`}</span>
<link itemprop="mainEntityOfPage" href="https://forum.homespawn.org/t/green-patch-on-shiitake-block/4417"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2026-03-0${i < 2 ? 3 : 4}T20:14:00Z' class='post-time'>${p.date}</time>
<meta itemprop='dateModified' content='2026-03-04T10:45:00Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes[0]}">
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Cultivation - HomeSpawn Forum</title>
<meta name="description" content="First time with shiitake. Supplemented oak sawdust, 10% bran, sterilised 3 hours."><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.homespawn.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all"
content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.homespawn.org/t/green-patch-on-shiitake-block/4417"><link rel="search" type="application/opensearchdescription+xml"
href="https://forum.homespawn.org/opensearch.xml" title="HomeSpawn Forum Search">
<link href="/stylesheets/color_definitions_base__1_abc.css?__ws=forum.homespawn.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_c2b3.css?__ws=forum.homespawn.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="HomeSpawn Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2026-03-03T20:14:00+00:00"><meta property="article:section" content="Cultivation">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"fernhollow"},"datePublished":"2026-03-03T20:14:00Z","interactionStatistic":[{"@type":"InteractionCounter","userInteractionCount":3}]}</script></head>
<body class="crawler browser-update"><header><a href="/"><img src="https://forum.homespawn.org/uploads/default/original/1X/logo.png" alt="HomeSpawn Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/green-patch-on-shiitake-block/4417">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/cultivation/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #5C7F3A'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Cultivation</span></span></a><meta itemprop="position" content="1"></span>
</div><div class="discourse-tags"><a href='https://forum.homespawn.org/tag/shiitake' class='discourse-tag'>shiitake</a>,
<a href='https://forum.homespawn.org/tag/contamination' class='discourse-tag'>contamination</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<meta itemprop='datePublished' content='2026-03-03T20:14:00Z'>
${dPosts.map(dPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='https://forum.homespawn.org/t/${4300 + i}'
class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line"><a href='/c/cultivation/5' class='badge-wrapper bullet'><span
class='badge-category-bg' style='background-color: #5C7F3A'></span><span class='badge-category clear-badge'><span class='category-name'>Cultivation</span>
</span></a><div class="discourse-tags"></div></div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views">
<span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t}' itemprop="url">${t}
</a></span></li>`,
  )
  .join('\n')}
</ul></nav><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<div id="noscript-footer"></div></body></html>`;
const discourse: TestPage = settle({
  name: 'heldout625-discourse-trich',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: dPosts.flatMap((p) => [p.user, ...(p.name === '' ? [] : [`(${p.name})`]), p.date.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cultivation', 'shiitake', 'contamination', '1', '2', '3', '4', '4 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRel.flat(), ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT625_D: readonly TestPage[] = [discourse];
