import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout690-kit.js';

/** Held-out batch 690, file b2: a cycling club's forum thread on Discourse (the server-rendered crawler view). */
const dTitle = 'Tubeless sealant that survives a winter of club runs?';
interface Post {
  user: string;
  time: string;
  iso: string;
  likes: string;
  paras: string[];
  quote?: { user: string; text: string };
}
const dQuote = 'the stuff I used last year had turned to rubber balls by February';
const dPosts: Post[] = [
  {
    user: 'tomk_rides',
    time: 'November 3, 2026, 7:22pm',
    iso: '2026-11-03T19:22:41Z',
    likes: '2 Likes',
    paras: [
      j(
        'Setting my winter bike up tubeless for the first time (32 mm gravel tyres on the club runs). Which sealant are people',
        `using that actually lasts? ${dQuote}, and I only found out when I flatted on the Corrie lane in the dark.`,
      ),
      'Also, how often do you top it up? Every two months seems to be the standard advice but that feels like a lot.',
    ],
  },
  {
    user: 'Gwen_P',
    time: 'November 3, 2026, 8:05pm',
    iso: '2026-11-03T20:05:12Z',
    likes: '5 Likes',
    quote: { user: 'tomk_rides', text: dQuote },
    paras: [
      j(
        'That is normal for latex sealants in a warm garage, oddly. Cold actually slows the drying. I use 60 ml in each tyre and',
        'check by shaking the wheel every month: if you cannot hear it sloshing, add 30 ml through the valve.',
      ),
      j(
        'Whatever you pick, carry plugs. Sealant will not close a cut bigger than about 4 mm, and the lanes round here are covered',
        'in flint after the hedge cutting.',
      ),
    ],
  },
  {
    user: 'dave.ashworth',
    time: 'November 4, 2026, 9:41am',
    iso: '2026-11-04T09:41:03Z',
    likes: '1 Like',
    paras: [
      j(
        'Another vote for plugs. I have had good luck with the synthetic (non-latex) sealants for winter because they do not',
        'clump, but they seal slower, so a puncture can hiss for a few hundred metres before it stops.',
      ),
    ],
  },
  {
    user: 'tomk_rides',
    time: 'November 6, 2026, 6:17pm',
    iso: '2026-11-06T18:17:55Z',
    likes: '',
    paras: ['Thanks all. Went with 60 ml of latex and a plug kit in the saddle bag. Will report back after the Boxing Day ride.'],
  },
];
const postHtml = (
  p: Post,
  i: number,
): string => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href='https://forum.tarnsidecc.org/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.tarnsidecc.org/t/tubeless-sealant-that-survives-a-winter-of-club-runs/4821">
<span class="crawler-post-infos"><time ${i === 0 ? "itemprop='datePublished'" : "itemprop='datePublished'"} datetime='${p.iso}' class='post-time'>
${p.time}</time><meta itemprop='dateModified' content='${p.iso}'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>
${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="${p.quote.user}" data-post="1" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="https://forum.tarnsidecc.org/user_avatar/forum.tarnsidecc.org/${p.quote.user}/48/212_2.png"
class="avatar"> ${p.quote.user}:</div>
<blockquote><p>${p.quote.text}</p></blockquote></aside>`
}
${ps(p.paras)}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : Number.parseInt(p.likes, 10)}" />${
  p.likes === ''
    ? ''
    : `<span
class='post-likes'>${p.likes}</span>`
}</div>
</div>`;
const dRel = [
  ['Winter bike builds 2026: show us yours', 'Winter Bikes', '24', 'Oct 2026'],
  ['Best lights for the unlit lanes?', 'Tech Talk', '17', 'Oct 2026'],
  ['Plug kits: which ones actually work', 'Tech Talk', '9', 'Sep 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Tech Talk - Tarnside CC Forum</title>
<meta name="description" content="Setting my winter bike up tubeless for the first time (32 mm gravel tyres on the club runs). Which sealant are
people using that actually lasts?">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.tarnsidecc.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.tarnsidecc.org/t/tubeless-sealant-that-survives-a-winter-of-club-runs/4821">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.tarnsidecc.org/opensearch.xml" title="Tarnside CC Forum Search">
<link href="/stylesheets/color_definitions_light_1_1_d2b2c0.css?__ws=forum.tarnsidecc.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_a9b8d7.css?__ws=forum.tarnsidecc.org" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Tarnside CC Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:section" content="Tech Talk"><meta property="article:section:color" content="0088CC">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.tarnsidecc.org",
"potentialAction":{"@type":"SearchAction","target":"https://forum.tarnsidecc.org/search?q={search_term_string}","query-input":"required
name=search_term_string"}}</script>
</head>
<body class="crawler ">
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/"><img src="https://forum.tarnsidecc.org/uploads/default/original/1X/logo.png" alt="Tarnside CC Forum" id="site-logo" class="logo-big"></a>
</div></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/tubeless-sealant-that-survives-a-winter-of-club-runs/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/tech-talk/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0088CC'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Tech Talk</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-list-item-tags"><a href='https://forum.tarnsidecc.org/tag/tubeless' class='discourse-tag'>tubeless</a>
<a href='https://forum.tarnsidecc.org/tag/winter' class='discourse-tag'>winter</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://forum.tarnsidecc.org/t/tubeless-sealant-that-survives-a-winter-of-club-runs/4821'>
<meta itemprop='datePublished' content='2026-11-03T19:22:41Z'>
<meta itemprop='articleSection' content='Tech Talk'><meta itemprop='keywords' content='tubeless, winter'>
${dPosts.map(postHtml).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    (r, i) => `<tr class="topic-list-item" id="topic-list-item-${4700 + i}">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'>
<span class="link-top-line"><a itemprop='url' href='https://forum.tarnsidecc.org/t/${4700 + i}' class='title raw-link raw-topic-link'>${r[0]}</a></span>
<div class="link-bottom-line"><a href='/c/${i === 0 ? 'winter-bikes/9' : 'tech-talk/7'}' class='badge-wrapper bullet'>
<span class='badge-category clear-badge'><span class='category-name'>${r[1]}</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r[2]}</span></td><td class="views">
<span class='views' title='views'>${Number(r[2]) * 31}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout690-tubeless-thread-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => (p.quote === undefined ? p.paras : [p.quote.text, ...p.paras]))),
  bylines: [...new Set(dPosts.map((p) => p.user)), ...dPosts.map((p) => p.time), 'tomk_rides:', 'Oct 2026', 'Sep 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tech Talk', '1', '2', '3', '2 Likes', '5 Likes', '1 Like', 'Related topics',
    ...dRel.flatMap((r) => [r[0] ?? '', r[2] ?? '', String(Number(r[2]) * 31)]), 'Winter Bikes', ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT690_B2: readonly TestPage[] = [discourse];
