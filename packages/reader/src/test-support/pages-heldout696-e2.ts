import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout696-kit.js';

/**
 * Held-out batch 696, file e2: a cruising forum thread about swinging moorings and marina berths on Discourse, as served to a
 * browser without JavaScript (the crawler view, with a quote, likes and the related topics table).
 */
const kTitle = 'Swinging mooring or marina berth for a 30ft boat: worth the extra?';
const kPosts: { user: string; time: string; n: string; likes: string; paras: string[]; quote?: { from: string; text: string } }[] = [
  {
    user: 'finnmarrow',
    time: 'February 11, 2026,  7:22pm',
    n: '1',
    likes: '2 Likes',
    paras: [
      j(
        'We have just bought a 30ft bilge-keel cruiser and the club has offered us either a swinging mooring in the Pool for about',
        '£900 a season or a pontoon berth in the marina for £3,400 a year. That is a big difference for a family that sails maybe',
        'twenty weekends a year.',
      ),
      'For those who have done both: what do you actually get for the extra? Is the tender trip out to the mooring as bad as people say?',
    ],
  },
  {
    user: 'salt_and_tar',
    time: 'February 11, 2026,  8:05pm',
    n: '2',
    likes: '5 Likes',
    quote: { from: 'finnmarrow', text: 'Is the tender trip out to the mooring as bad as people say?' },
    paras: [
      j(
        'Not in summer. In October, in the dark, with two tired children and a bag of wet oilskins, yes. We had a mooring for eight years',
        'and moved to the marina when the kids were small. We sail more now because it is so much easier to go for an evening sail.',
      ),
      'On the other hand, the boat was always cleaner on the mooring. No green weed on the topsides.',
    ],
  },
  {
    user: 'Kerensa_P',
    time: 'February 12, 2026,  9:41am',
    n: '3',
    likes: '3 Likes',
    paras: [
      j(
        'Do not forget the hidden costs on the mooring side. You will need a decent tender and outboard, somewhere to keep them, and the',
        'riser inspection every couple of years. On the marina side you will pay for electricity and probably a lift-out anyway.',
      ),
      'Over five years the gap was more like £1,800 a year for us rather than the headline £2,500.',
    ],
  },
  {
    user: 'finnmarrow',
    time: 'February 12, 2026,  6:17pm',
    n: '4',
    likes: '1 Like',
    paras: ['Thanks all, really helpful. We have gone for the mooring for the first season and will see how we get on. Will report back in the autumn.'],
  },
];
const kRelated = [
  ['Winter storage ashore vs afloat: what do you do?', '14', '1.2k', 'Jan 2026'],
  ['Mooring riser inspection: how often?', '9', '640', 'Nov 2025'],
  ['Best tender for a rocky foreshore', '22', '2.3k', 'Dec 2025'],
];
const kFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const kPostHtml = kPosts
  .map(
    (p) => `<div id="post_${p.n}" itemprop="${p.n === '1' ? 'mainEntity' : 'comment'}" itemscope
 itemtype="http://schema.org/${p.n === '1' ? 'DiscussionForumPosting' : 'Comment'}"
 class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.westcountrycruising.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.westcountrycruising.org/t/swinging-mooring-or-marina-berth/2231">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-11T19:22:03Z" class="post-time">${p.time}</time>
<meta itemprop="dateModified" content="2026-02-11T19:22:03Z"><span itemprop="position">${p.n}</span></span></div>
<div class="post" itemprop="text">${
      p.quote === undefined
        ? ''
        : `<aside class="quote no-group" data-username="${p.quote.from}" data-post="1" data-topic="2231"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.westcountrycruising.org/${p.quote.from}/48/118_2.png" class="avatar">
 ${p.quote.from}:</div>
<blockquote><p>${p.quote.text}</p></blockquote></aside>`
    }
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}" /><span class="post-likes">${p.likes}</span></div></div>`,
  )
  .join('\n');
const kRelHtml = kRelated
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${2190 + i}"><td class="main-link" itemprop="itemListElement" itemscope
 itemtype="http://schema.org/ListItem"><meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${2190 + i}"
 class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a href="/c/moorings-marinas/7" class="badge-wrapper bullet">
<span class="badge-category-bg" style="background-color: #0088CC"></span>
<span class="badge-category clear-badge"><span class="category-name">Moorings &amp; Marinas</span>
</span></a></div></td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n');
const kFootHtml = kFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/${t.toLowerCase()}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n');
const kHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>${kTitle} - Moorings &amp; Marinas - West Country Cruising Forum</title>
<meta name="description" content="We have just bought a 30ft bilge-keel cruiser and the club has offered us either a swinging mooring in the Pool for
about £900 a season">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3b1c4d2e"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
viewport-fit=cover">
<link rel="canonical" href="https://forum.westcountrycruising.org/t/swinging-mooring-or-marina-berth/2231" />
<link href="/stylesheets/color_definitions_base__1_0b1f2a.css?__ws=forum.westcountrycruising.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_3b1c4d2e.css?__ws=forum.westcountrycruising.org" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="West Country Cruising Forum" /><meta property="og:type" content="website" /><meta property="og:title"
content="${kTitle}" />
<meta property="article:published_time" content="2026-02-11T19:22:03+00:00" /><meta property="article:section" content="Moorings &amp; Marinas" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.westcountrycruising.org",
"name":"West Country Cruising Forum"}</script>
</head>
<body class="crawler ">
<header><a href="/"><img src="/uploads/default/original/1X/logo-wccf.png" alt="West Country Cruising Forum" id="site-logo" style="max-width:
150px;"></a></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/swinging-mooring-or-marina-berth/2231">${kTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/moorings-marinas/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Moorings &amp; Marinas</span></span></a>
<meta itemprop="position" content="1" /></span></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${kTitle}">
<link itemprop="url" href="https://forum.westcountrycruising.org/t/swinging-mooring-or-marina-berth/2231">
<meta itemprop="datePublished" content="2026-02-11T19:22:03Z"><meta itemprop="articleSection" content="Moorings &amp; Marinas">
<meta itemprop="keywords" content=""><div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="West
Country Cruising Forum">
</div>
${kPostHtml}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody>${kRelHtml}</tbody></table></div></div>
</div>
<footer class="container wrap"><nav class="crawler-nav"><ul>
${kFootHtml}
</ul></nav></footer>
<div id="noscript-footer"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout696-discourse-moorings',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote.text]), ...p.paras])),
  bylines: [...new Set(kPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')])), 'finnmarrow:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Moorings & Marinas', ...kPosts.map((p) => p.n), ...new Set(kPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...kRelated.flat(), ...kFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT696_E2: readonly TestPage[] = [discourse];
