import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout629-kit.js';

/** Held-out batch 629, file d: a candle-making forum thread on Discourse (server-rendered crawler view) with related topics. */
const dTitle = 'Soy container candle tunnelling after the first burn - wick too small?';
type Post = { user: string; date: string; paras: string[] };
const dPosts: Post[] = [
  {
    user: 'mossyjar',
    date: 'October 2, 2026, 7:41pm',
    paras: [
      j(
        'I have poured about twenty candles now in 8 oz straight-sided tins (2.75 inch diameter) with a soy blend and 8% fragrance',
        'load. On the first burn I let them go three hours, but they still leave a ring of wax about a quarter inch wide at the',
        'edge, and by the third burn it is a proper tunnel.',
      ),
      'I am using flat cotton wicks, the size the supplier chart recommends for 2.5 to 3 inch jars. Should I go up a size, or is something else going on?',
    ],
  },
  {
    user: 'harrow_and_wick',
    date: 'October 2, 2026, 9:03pm',
    paras: [
      j(
        'The supplier charts are a starting point, not a rule. They are usually tested with unscented wax, and fragrance changes how',
        'the wax burns. At 8% I would test one size up, and also check how long you are curing them.',
      ),
      'A few things to check before changing wicks:',
      'Cure time: soy really benefits from a full two weeks.',
      'Pour temperature: too cool and you can get a denser wax near the walls.',
      'Draughts: even a small one will push the flame to one side.',
    ],
  },
  {
    user: 'mossyjar',
    date: 'October 3, 2026, 8:15am',
    paras: ['I have been curing for about five days, so that could be it. I will pour a test batch with both sizes and leave them for two weeks.'],
  },
  {
    user: 'Perrin_Lusk',
    date: 'October 5, 2026, 12:22pm',
    paras: [
      j(
        'Late to this, but one more thing: make sure the first burn reaches a full melt pool before you blow it out, however long that',
        'takes. Soy has a memory, and the first pool decides the rest. If it takes longer than four hours, your wick is too small.',
      ),
    ],
  },
];
const dFlat = (p: Post): string[] => p.paras;
const dCat = ['Candle Making', 'Troubleshooting'];
const dTags = ['soy-wax', 'wicking', 'containers'];
const dPost = (p: Post, i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${
  i === 0 ? 'DiscussionForumPosting' : 'Comment'
}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://forum.pourandwick.example/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
${i === 0 ? `<link itemprop="mainEntityOfPage" href="https://forum.pourandwick.example/t/soy-container-candle-tunnelling/4127">` : ''}
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-10-0${i + 2}T19:41:00Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${i + 1}"><span itemprop="position">#${i + 1}</span></span></div>
<div class="post" itemprop="text">${i === 1 ? `${ps(p.paras.slice(0, 2))}<ul>${lis(p.paras.slice(2))}</ul>` : ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${i + 1}">
<span class="post-likes">${i + 1} Like${i === 0 ? '' : 's'}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>${dTitle} - Troubleshooting - Pour &amp; Wick Forum</title>
<meta name="description" content="I have poured about twenty candles now in 8 oz straight-sided tins with a soy blend and 8% fragrance load.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.pourandwick.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.pourandwick.example/t/soy-container-candle-tunnelling/4127">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.pourandwick.example/opensearch.xml" title="Pour &amp; Wick Forum Search">
<link href="/stylesheets/color_definitions_light_2_3.css?__ws=forum.pourandwick.example" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_theme_4.css" media="all" rel="stylesheet" data-target="desktop_theme">
<meta property="og:site_name" content="Pour &amp; Wick Forum"><meta property="og:type" content="website">
<meta property="article:published_time" content="2026-10-02T19:41:00+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.pourandwick.example",
"potentialAction":{"@type":"SearchAction","target":"https://forum.pourandwick.example/search?q={search_term_string}","query-input":"required
name=search_term_string"}}</script>
<link rel="preload" href="/assets/start-discourse-1a2b.js" as="script"></head>
<body class="crawler "><header><a href="/">
<img src="https://forum.pourandwick.example/uploads/default/original/1X/logo.png" alt="Pour &amp; Wick Forum" id="site-logo" style="max-width: 150px;"></a>
</header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/soy-container-candle-tunnelling/4127">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/candle-making/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #BF1E2E"></span><span
class="badge-category clear-badge"><span class="category-name" itemprop="name">${dCat[0]}</span></span></a><meta itemprop="position" content="1"></span>
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/candle-making/troubleshooting/12" class="badge-wrapper bullet"
itemprop="item"><span class="badge-category-bg" style="background-color: #F7941D"></span><span class="badge-category clear-badge"><span class="category-name"
itemprop="name">${dCat[1]}</span></span></a><meta itemprop="position" content="2"></span></div>
<div class="topic-tags"><div class="list-tags">${dTags
  .map(
    (t) => `<a href="https://forum.pourandwick.example/tag/${t}" class="discourse-tag"
rel="tag">${t}</a>`,
  )
  .join('\n')}</div></div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody><tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="1">
<span class="link-top-line"><a itemprop="url" href="/t/frosting-on-soy-pillars/3980" class="title raw-link raw-topic-link">Frosting on soy pillars - can it be
prevented?</a></span>
<div class="link-bottom-line"><a href="/c/candle-making/troubleshooting/12" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span
class="badge-category clear-badge"><span class="category-name">Troubleshooting</span></span></a></div></td>
<td class="replies"><span class="posts" title="posts">14</span></td><td class="views"><span class="views" title="views">522</span></td>
<td>September 18, 2026</td></tr>
<tr class="topic-list-item"><td class="main-link">
<span class="link-top-line"><a itemprop="url" href="/t/wooden-wick-wont-stay-lit/4033" class="title raw-link raw-topic-link">Wooden wick won't stay lit past
an hour</a></span></td>
<td class="replies"><span class="posts" title="posts">9</span></td><td class="views"><span class="views" title="views">301</span></td><td>October 1, 2026</td>
</tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/" itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul>
</nav></footer>
<footer class="container wrap"><div class="footer">
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout629-discourse-candle-tunnelling',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(dFlat)),
  bylines: [...new Set(dPosts.map((p) => p.user)), ...dPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dCat, ...dTags, '#1', '#2', '#3', '#4', '1 Like', '2 Likes', '3 Likes', '4 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    'Frosting on soy pillars - can it be prevented?', '14', '522', 'September 18, 2026', "Wooden wick won't stay lit past an hour", '9', '301',
    'October 1, 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT629_D: readonly TestPage[] = [discourse];
