import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout616-kit.js';

/** Held-out batch 616, file e2: a tack shop's community forum thread on Discourse, as served without JavaScript (crawler view). */
const rTitle = 'Treeless saddle for a high-withered Thoroughbred?';
const rQuote = 'is a treeless saddle ever a good idea for a horse with withers like a shark fin?';
const rPosts = [
  {
    user: 'hollyb',
    time: 'January 8, 2026,  7:22pm',
    iso: '2026-01-08T19:22:41Z',
    likes: '2 Likes',
    paras: [
      j(
        'My 16.2 ex-racer has very high withers and a dip behind them, and I have been through three treed saddles in two years.',
        'A friend swears by her treeless and has offered to lend it. Before I try: ' + rQuote,
      ),
      'He is in light work, mostly hacking, and I am about 60 kg if that matters.',
    ],
  },
  {
    user: 'saddlerjo',
    time: 'January 8, 2026,  9:05pm',
    iso: '2026-01-08T21:05:12Z',
    likes: '5 Likes',
    paras: [
      j(
        'Short answer from a fitter: usually not without a lot of help. A treeless saddle has nothing rigid to keep weight off the',
        'spine and the top of the withers, so it relies entirely on the pad. On a horse with a shark fin, the pad has to be built up',
        'either side and cut away over the withers, and most standard pads are not.',
      ),
      'Have you tried a treed saddle with a cut-back head and a wider gullet? That is what I would look at first.',
    ],
  },
  {
    user: 'Marnie_K',
    time: 'January 9, 2026,  8:41am',
    iso: '2026-01-09T08:41:30Z',
    likes: '1 Like',
    paras: [j('I had the same worry with my mare. We ended up with a treed saddle and a shimmable half pad, and it has been fine for', 'three years.')],
  },
  {
    user: 'hollyb',
    time: 'January 9, 2026,  6:17pm',
    iso: '2026-01-09T18:17:03Z',
    likes: '',
    paras: [
      j(
        'Thank you both. I will give the lent saddle a miss and book a proper fitting instead. The cut-back head idea makes a lot of',
        'sense now I look at the photos.',
      ),
    ],
  },
];
const rRelated = [
  ['Half pads: sheepskin or memory foam?', '12', '846', 'Dec 2025'],
  ['Wither tracing with a flexicurve: how accurate is it?', '7', '390', 'Nov 2025'],
  ['Saddle slipping to one side on a cob', '23', '1.2k', 'Jan 2026'],
] as const;
const rFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const rPostHtml = (p: (typeof rPosts)[number], i: number): string => {
  const body = p.paras
    .map((t, k) =>
      i === 0 || k > 0 || p.user !== 'saddlerjo'
        ? `<p>${t}</p>`
        : j(
            `<aside class="quote no-group" data-username="hollyb" data-post="1" data-topic="812"><div class="title"><div class="quote-controls"></div>`,
            `<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/hollyb/48/21_2.png" class="avatar"> hollyb:</div>`,
            `<blockquote><p>${rQuote}</p></blockquote></aside>\n<p>${t}</p>`,
          ),
    )
    .join('\n');
  const likes =
    p.likes === ''
      ? ''
      : j(
          `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"`,
          `content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}" /><span
class='post-likes'>${p.likes}</span></div>`,
        );
  const open =
    i === 0
      ? `<div class='topic-body crawler-post'>`
      : `<div id='post_${i + 1}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>`;
  return j(
    `${open}<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">`,
    `<a itemprop="url" rel='nofollow' href='https://community.bridlewayoutfitters.com/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>`,
    `<link itemprop="mainEntityOfPage" href="https://community.bridlewayoutfitters.com/t/treeless-saddle-high-withered-thoroughbred/812">`,
    `<span class="crawler-post-infos"><time ${i === 0 ? "itemprop='datePublished' " : ''}datetime='${p.iso}' class='post-time'>${p.time}</time>`,
    `<meta itemprop='dateModified' content='${p.iso}'><span itemprop='position'>${i + 1}</span></span></div>`,
    `<div class='post' itemprop='text'>\n${body}\n</div>${likes}</div>`,
  );
};
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rTitle} - Saddle fit - Bridleway Outfitters Community</title>
<meta name="description" content="My 16.2 ex-racer has very high withers and a dip behind them"><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://community.bridlewayoutfitters.com/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.bridlewayoutfitters.com/t/treeless-saddle-high-withered-thoroughbred/812">
<link href="/stylesheets/color_definitions_base__3_8c9b0a.css?__ws=community.bridlewayoutfitters.com" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_0b1e2f.css?__ws=community.bridlewayoutfitters.com" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Bridleway Outfitters Community"><meta property="og:type" content="website"><meta property="og:title" content="${rTitle}">
<meta property="article:section" content="Saddle fit"><meta property="article:section:color" content="8C6238">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.bridlewayoutfitters.com",
"potentialAction":{"@type":"SearchAction","target":"https://community.bridlewayoutfitters.com/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
</head><body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="row"><div class="col title"><a href="/">
<img src="https://community.bridlewayoutfitters.com/uploads/default/original/1X/logo.png" alt="Bridleway Outfitters Community" id="site-logo"
style="max-width: 150px;">
</a></div><div class="col nav"><ul class="nav nav-pills"><li><a href="/latest">Latest</a></li><li><a href="/categories">Categories</a></li><li><a
href="/top">Top</a></li>
</ul></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/treeless-saddle-high-withered-thoroughbred/812">${rTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/saddle-fit/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C6238'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Saddle fit</span></span></a><meta itemprop="position"
content="1" /></span></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${rTitle}'><link itemprop='url'
href='https://community.bridlewayoutfitters.com/t/treeless-saddle-high-withered-thoroughbred/812'><meta itemprop='datePublished' content='2026-01-08T19:22:41Z'>
<meta itemprop='articleSection' content='Saddle fit'><meta itemprop='keywords' content=''>
${rPosts.map(rPostHtml).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta
itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th
class="views">Views</th>
<th>Activity</th></tr></thead><tbody>
${rRelated
  .map(([t, r, v, a], i) =>
    j(
      `<tr class="topic-list-item" id="topic-list-item-${790 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'>`,
      `<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${790 + i}'
class='title raw-link raw-topic-link'>${t}</a>`,
      `</span><div class="link-bottom-line"><a href='/c/saddle-fit/5' class='badge-wrapper bullet'><span class='badge-category-bg'
style='background-color: #8C6238'></span>`,
      `<span class='badge-category clear-badge'><span class='category-name'>Saddle fit</span></span></a></div></td><td class="replies"><span class='posts'`,
      `title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
    ),
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${rFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase()}' itemprop="url">${t}
</a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer>
<div class="buffered-footer"><footer class="container wrap"><p class='powered-by-link'>Powered by <a
href="https://www.discourse.org">Discourse</a>, best viewed with
JavaScript enabled</p></footer></div></body></html>`;
const discourseTreeless: TestPage = {
  name: 'heldout616-discourse-treeless-saddle',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: rPosts.flatMap((p) => (p.user === 'saddlerjo' ? [rQuote, ...p.paras] : p.paras)),
  bylines: [...new Set(rPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')])), 'hollyb:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Latest', 'Categories', 'Saddle fit', '1', '3', '4', '2 Likes', '5 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...rRelated.flat(), 'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT616_E2: readonly TestPage[] = [discourseTreeless];
