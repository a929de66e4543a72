import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file c2: a Discourse topic on a model shop's community forum, saved as the server-rendered (crawler)
 * view: a DCC question with four replies, one quoting the first post, and the related-topics table.
 */
const dTitle = 'Which DCC starter set for a 2.4 m shelf layout?';
const dQuote = 'I would like sound eventually but not straight away.';
const dPosts: { user: string; time: string; n: string; likes: string; paras: string[]; quote?: string }[] = [
  {
    user: 'tomfen',
    time: 'March 2, 2026,  7:44pm',
    n: '1',
    likes: '2 Likes',
    paras: [
      j(
        'I am building a shelf layout along one wall of the spare room, 2.4 m by 40 cm, with a fiddle yard at one end. Two',
        'locomotives for now, probably three by the summer. I would like sound eventually but not straight away.',
      ),
      'The shop has two starter controllers on the shelf and I cannot decide between them. Has anyone used either on a small layout?',
    ],
  },
  {
    user: 'margaret_k',
    time: 'March 2, 2026,  8:10pm',
    n: '2',
    likes: '5 Likes',
    quote: dQuote,
    paras: [
      j(
        'Then buy the one with the larger handset. Once you add sound you will be pressing function keys all the time, and the',
        'small one makes you scroll through a menu for anything above F8.',
      ),
    ],
  },
  {
    user: 'Ollie_R',
    time: 'March 3, 2026,  9:02am',
    n: '3',
    likes: '',
    paras: [
      j(
        'On a shelf that size the power difference does not matter. What matters more is programming on the main: check that',
        'whichever you buy can read CVs back, or you will end up buying a separate programmer.',
      ),
    ],
  },
  {
    user: 'tomfen',
    time: 'March 4, 2026,  6:30pm',
    n: '4',
    likes: '1 Like',
    paras: ['Thanks both. Went for the larger handset in the end and the shop let me try it on their test track first. Very happy so far.'],
  },
];
const dRelated = [
  ['Point motors on a thin baseboard', '6', '412', 'February 2026'],
  ['First layout: loft or spare room?', '14', '1.1k', 'January 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = (
  p: (typeof dPosts)[number],
  i: number,
): string => `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'}
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.railandrivet.example/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.railandrivet.example/t/which-dcc-starter-set-for-a-2-4-m-shelf-layout/1842">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-0${2 + Math.floor(i / 2)}T19:44:10Z"
class="post-time">${p.time}</time><meta itemprop="dateModified" content="2026-03-02T19:44:10Z"><span itemprop="position">${p.n}</span></span></div>
<div class="post" itemprop="${i === 0 ? 'articleBody' : 'text'}">
${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="tomfen" data-post="1" data-topic="1842"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="https://forum.railandrivet.example/user_avatar/forum.railandrivet.example/tomfen/48/312_2.png"
class="avatar"> tomfen:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>`
}
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.replace(/\D/g, '') || '0'}" />${
  p.likes === ''
    ? ''
    : `<span
class='post-likes'>${p.likes}</span>`
}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head><meta charset="utf-8"><title>${dTitle} - DCC &amp; Electrics - Rail &amp; Rivet Community</title>
<meta name="description" content="I am building a shelf layout along one wall of the spare room, 2.4 m by 40 cm, with a fiddle yard at one end. Two
locomotives&hellip;">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 6c2a1b"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/fav_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
viewport-fit=cover">
<link rel="canonical" href="https://forum.railandrivet.example/t/which-dcc-starter-set-for-a-2-4-m-shelf-layout/1842" />
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.railandrivet.example/opensearch.xml" title="Rail &amp; Rivet Community
Search">
<link href="/stylesheets/color_definitions_light_2_3_8a7b.css?__ws=forum.railandrivet.example" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_8a7b.css?__ws=forum.railandrivet.example" media="all" rel="stylesheet" data-target="desktop" />
<meta property="og:site_name" content="Rail &amp; Rivet Community" /><meta property="og:type" content="website" /><meta property="og:title"
content="${dTitle}" />
<meta property="article:published_time" content="2026-03-02T19:44:10+00:00" /><meta property="og:ignore_canonical" content="true" />
<link rel="next" href="/t/which-dcc-starter-set-for-a-2-4-m-shelf-layout/1842?page=2">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.railandrivet.example",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.railandrivet.example/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.railandrivet.example/uploads/default/original/1X/logo.png" alt="Rail &amp; Rivet Community"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/which-dcc-starter-set-for-a-2-4-m-shelf-layout/1842">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/dcc/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">DCC &amp; Electrics</span></span></a><meta itemprop="position"
content="1" /></span></div>
<div class="topic-list-item-tags"><div class="discourse-tags"><a href="https://forum.railandrivet.example/tag/oo-gauge" class="discourse-tag">oo-gauge</a>
<a href="https://forum.railandrivet.example/tag/beginners" class="discourse-tag">beginners</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><link itemprop="url"
href="https://forum.railandrivet.example/t/which-dcc-starter-set-for-a-2-4-m-shelf-layout/1842"><meta itemprop="datePublished" content="2026-03-02T19:44:10Z">
<meta itemprop="articleSection" content="DCC &amp; Electrics"><meta itemprop="keywords" content="oo-gauge, beginners">
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/CommentAction" />
<meta itemprop="userInteractionCount" content="3" /></div>
${dPosts.map(post).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (
      [t = '', r = '', v = '', a = ''],
      i,
    ) => `<tr class="topic-list-item" id="topic-list-item-${1700 + i}"><td class="main-link" itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${1700 + i}"
class="title raw-link
raw-topic-link">${t}</a></span><div class="link-bottom-line"><a href="/c/layouts/5" class="badge-wrapper bullet"><span class="badge-category-bg"
style="background-color:
#3AB54A"></span><span class="badge-category clear-badge"><span class="category-name">Layouts &amp; Planning</span></span></a></div></td><td class="replies">
<span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<div id="noscript-footer"></div></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout626-discourse-dcc-starter',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote]), ...texts(p.paras)]),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')])), 'tomfen:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DCC & Electrics', 'oo-gauge', 'beginners', ...dPosts.flatMap((p) => [p.n, p.likes]).filter((t) => t !== ''), 'Related topics',
    ...dRelated.flat(), 'Layouts & Planning', ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT626_C2: readonly TestPage[] = [discourseThread];
