import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout519-kit.js';

/** Held-out batch 519, file e2: a Discourse forum thread in its server-rendered crawler view (category badge, tags, four posts, related topics). */
const qTitle = 'Dry cleaner shrank my wool coat – who pays?';
const qPosts = [
  {
    user: 'pennyw',
    date: 'March 3, 2025,  8:14pm',
    iso: '2025-03-03T20:14:09Z',
    likes: '2 Likes',
    paras: [
      j(
        'Took my grey wool coat (about four years old, 80% wool, 20% polyamide) to a local dry cleaner. The label says dry clean only,',
        'P in a circle. Got it back and the sleeves are a good 3cm shorter and the whole thing feels stiff.',
      ),
      'They say it must have been shrunk before it came in and that they followed the label. Is that right? Who is responsible here?',
    ],
  },
  {
    user: 'tomasz.k',
    date: 'March 3, 2025,  9:02pm',
    iso: '2025-03-03T21:02:44Z',
    likes: '5 Likes',
    paras: [
      j(
        'Ex-dry-cleaner here (twelve years on the counter). If they cleaned it in solvent as the label says, wool shouldn’t shrink.',
        'Shrinkage like that usually means moisture plus heat: either too much water in the machine, or it was steamed hard on the',
        'press without being allowed to cool.',
      ),
      j(
        'Ask them for the ticket and which process they used. Most cleaners belong to a trade body with a free garment testing',
        'service, and if they refuse, you can send it yourself for a small fee.',
      ),
    ],
  },
  {
    user: 'Ravi_M',
    date: 'March 4, 2025,  7:40am',
    iso: '2025-03-04T07:40:12Z',
    likes: '',
    paras: [
      j(
        'Also worth knowing: if the test says it was the cleaner’s fault, they normally pay based on the age of the coat, not the new',
        'price. Four years old, expect something like a third to a half of what you paid.',
      ),
    ],
  },
  {
    user: 'pennyw',
    date: 'March 9, 2025,  5:55pm',
    iso: '2025-03-09T17:55:30Z',
    likes: '3 Likes',
    paras: [
      j(
        'Update for anyone who finds this later: I asked for the testing service and the shop offered £70 before it even went off.',
        'I took it. Thanks both, the bit about moisture and heat was exactly what I needed to push back.',
      ),
    ],
  },
];
const qRel = [
  ['Care label says dry clean only – can I hand wash it?', '14', '1.2k', 'Jan 2025'],
  ['Best way to store a wax jacket over summer', '6', '388', 'Feb 2025'],
  ['Cleaner lost a button – replace the set or just the one?', '9', '612', 'Dec 2024'],
] as const;
const qNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const qPostHtml = (
  p: (typeof qPosts)[number],
  i: number,
): string => `<div id="post_${i + 1}" ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment' "}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.stitchandsteam.example/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='${p.iso}' class='post-time'>${p.date}</time>
<meta itemprop='dateModified' content='${p.iso}'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.split(' ')[0]}" />${
  p.likes === ''
    ? ''
    : `<span
class='post-likes'>${p.likes}</span>`
}</div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><title>Dry cleaner shrank my wool coat – who pays? - Laundry &amp; Care - Stitch &amp; Steam Forum</title>
<meta name="description" content="Took my grey wool coat (about four years old, 80% wool, 20% polyamide) to a local dry cleaner.">
<meta name="generator" content="Discourse 3.4.0.beta3 - https://github.com/discourse/discourse version 6f7c0e1b2a">
<link rel="icon" type="image/png" href="https://forum.stitchandsteam.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.stitchandsteam.example/t/dry-cleaner-shrank-my-wool-coat-who-pays/4821" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.stitchandsteam.example",
"potentialAction":{"@type":"SearchAction","target":"https://forum.stitchandsteam.example/search?q={search_term_string}","query-input":"required
name=search_term_string"}}</script>
<link href="/stylesheets/color_definitions_base__1_0a1b2c.css?__ws=forum.stitchandsteam.example" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_6f7c0e1b.css?__ws=forum.stitchandsteam.example" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Stitch &amp; Steam Forum" /><meta property="og:type" content="website" />
<meta property="og:title" content="${qTitle}" />
<meta property="article:published_time" content="2025-03-03T20:14:09+00:00" /><meta property="article:section" content="Laundry &amp; Care" />
<link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of &#39;${qTitle}&#39;"
href="https://forum.stitchandsteam.example/t/dry-cleaner-shrank-my-wool-coat-who-pays/4821.rss" />
</head>
<body class="crawler ">
<header><a href="/"><img src="https://forum.stitchandsteam.example/uploads/default/original/1X/logo.png" alt="Stitch &amp; Steam Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/dry-cleaner-shrank-my-wool-coat-who-pays/4821">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/laundry-care/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Laundry &amp; Care</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-list-item-tags"><a href='https://forum.stitchandsteam.example/tag/dry-cleaning' class='discourse-tag'>dry-cleaning</a>
<a href='https://forum.stitchandsteam.example/tag/wool' class='discourse-tag'>wool</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${qTitle}'>
<link itemprop='url' href='https://forum.stitchandsteam.example/t/dry-cleaner-shrank-my-wool-coat-who-pays/4821'>
<meta itemprop='datePublished' content='2025-03-03T20:14:09Z'>
<meta itemprop='articleSection' content='Laundry &amp; Care'><meta itemprop='keywords' content='dry-cleaning, wool'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Stitch &amp; Steam Forum'></div>
${qPosts.map(qPostHtml).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${qRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${3310 + i}">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'>
<span class="link-top-line"><a itemprop='url' href='https://forum.stitchandsteam.example/t/${3310 + i}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/laundry-care/7' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'>
</span><span class='badge-category clear-badge'><span class='category-name'>Laundry &amp; Care</span></span></a></div></td><td class="replies">
<span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div>
</div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${qNav
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/\W+/g, '')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body>
</html>`;
const discourse: TestPage = {
  name: 'heldout519-discourse-shrunk-coat-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(qPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Laundry & Care', 'dry-cleaning', '1', '2', '3', '4', ...new Set(qPosts.map((p) => p.likes).filter((l) => l !== '')), 'Related topics', 'Topic',
    'Replies', 'Views', 'Activity', ...qRel.flatMap((r) => [...r]), ...qNav, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT519_E2: readonly TestPage[] = [discourse];
