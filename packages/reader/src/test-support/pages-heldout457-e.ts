import type { TestPage } from './page-kit.js';
import { bodyOf, j } from './pages-heldout457-kit.js';

/**
 * Held-out batch 457, file e: a homesteading forum thread on Discourse as served to crawlers (crawler-post layout with likes,
 * post numbers and a related-topics table).
 */
const dTitle = 'Hens stopped laying in November – normal or something wrong?';
interface DPost {
  n: number;
  user: string;
  iso: string;
  time: string;
  paras: string[];
  likes?: string;
}
const dPosts: DPost[] = [
  {
    n: 1,
    user: 'fernhill_kate',
    iso: '2027-11-14T08:11:23Z',
    time: 'November 14, 2027,  8:11am',
    paras: [
      j(
        'Our six hens (two Marans, two Sussex, two hybrids) have gone from five eggs a day to one or none over the past fortnight. They',
        'look fine, eating and drinking normally, and the run is fox-proof.',
      ),
      'Is this just the season, or should I be worried? They are all about eighteen months old.',
    ],
  },
  {
    n: 2,
    user: 'oldbarnpoultry',
    iso: '2027-11-14T09:02:47Z',
    time: 'November 14, 2027,  9:02am',
    likes: '4 Likes',
    paras: [
      j(
        'Almost certainly daylight plus moult. Hens need around fourteen hours of light to lay well, and at this time of year you are down',
        'to nine. Eighteen months is the classic age for the first proper autumn moult too.',
      ),
      j(
        'Have a look in the house for lots of feathers. If they are moulting, bump up the protein for a few weeks – a handful of mealworms',
        'or a layers pellet with 18% protein helps them grow feathers back.',
      ),
    ],
  },
  {
    n: 3,
    user: 'fernhill_kate',
    iso: '2027-11-14T10:40:05Z',
    time: 'November 14, 2027, 10:40am',
    paras: ['Now you mention it, the house looks like a pillow fight happened in it. That would explain it. Thanks!'],
  },
  {
    n: 4,
    user: 'dunmore_acres',
    iso: '2027-11-15T19:26:31Z',
    time: 'November 15, 2027,  7:26pm',
    likes: '2 Likes',
    paras: [
      j(
        'Worth knowing the hybrids usually carry on longest, so if they&#39;ve stopped too it&#39;s definitely the season. Ours start again',
        'around the end of January without any extra light.',
      ),
    ],
  },
];
const dPost = (
  p: DPost,
): string => `<div id='post_${p.n}' ${p.n > 1 ? "itemprop='comment' itemscope itemtype='http://schema.org/Comment' " : ''}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow'
href='https://community.hearthandacre.org/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://community.hearthandacre.org/t/hens-stopped-laying-in-november/8817"><span class="crawler-post-infos">
<time ${p.n === 1 ? "itemprop='datePublished' " : ''}datetime='${p.iso}' class='post-time'>${p.time}</time><meta itemprop='dateModified' content='${p.iso}'>
${p.n > 1 ? `<span itemprop='position'>${p.n}</span>` : ''}</span></div>
<div class='post' itemprop='text'>${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes ? p.likes.slice(0, 1) : '0'}">${
  p.likes
    ? `<span
class='post-likes'>${p.likes}</span>`
    : ''
}</div></div>`;
const dRel: [string, string, string, string][] = [
  ['Broody hen in December?', '6', '230', 'December 2026'],
  ['Best bedding for a small hen house', '11', '431', 'October 2027'],
  ['Fox got in through the roof of the run', '8', '512', 'June 2027'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dBadge = `<a href='/c/poultry/5' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #8C6238'></span>
<span class='badge-category clear-badge'><span class='category-name'>Poultry</span></span></a>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Poultry - Hearth &amp; Acre Community</title>
<meta name="description" content="Our six hens (two Marans, two Sussex, two hybrids) have gone from five eggs a day to one or none over the past fortnight.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.hearthandacre.org/t/hens-stopped-laying-in-november/8817">
<link rel="search" type="application/opensearchdescription+xml" href="https://community.hearthandacre.org/opensearch.xml"
title="Hearth &amp; Acre Community Search">
<link href="/stylesheets/color_definitions_base__3_1a2b3c.css?__ws=community.hearthandacre.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_8a7b6c.css?__ws=community.hearthandacre.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Hearth &amp; Acre Community"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:section" content="Poultry"><meta property="article:section:color" content="8C6238"><meta property="article:tag" content="laying">
<link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of &#39;${dTitle}&#39;"
href="https://community.hearthandacre.org/t/hens-stopped-laying-in-november/8817.rss">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.hearthandacre.org",
"potentialAction":{"@type":"SearchAction",
"target":"https://community.hearthandacre.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/"><img src="https://community.hearthandacre.org/uploads/default/original/1X/logo.png" alt="Hearth &amp; Acre Community" id="site-logo"
class="logo-big"></a>
</div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/hens-stopped-laying-in-november/8817">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
${dBadge.replace("class='badge-wrapper bullet'", "class='badge-wrapper bullet' itemprop='item'")}<meta itemprop="position" content="1"></span></div>
<div class="topic-list-tags"><a href='https://community.hearthandacre.org/tag/laying' class='discourse-tag'>laying</a>
<a href='https://community.hearthandacre.org/tag/winter-care' class='discourse-tag'>winter-care</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://community.hearthandacre.org/t/hens-stopped-laying-in-november/8817'><meta itemprop='datePublished'
content='2027-11-14T08:11:23Z'>
<meta itemprop='articleSection' content='Poultry'><meta itemprop='keywords' content='laying, winter-care'><div itemprop='publisher' itemscope
itemtype="http://schema.org/Organization"><meta itemprop='name' content='Hearth &amp; Acre Community'></div>
${dPosts.map(dPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${8700 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${8700 + i}'
class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line">${dBadge}</div></td><td class="replies"><span class='posts'
title='posts'>${r}</span>
</td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.length}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout457-discourse-hens-laying',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: bodyOf(dPosts.flatMap((p) => p.paras.map((t) => ({ p: t })))),
  bylines: ['fernhill_kate', 'oldbarnpoultry', 'dunmore_acres', ...dPosts.map((p) => p.time.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Poultry', 'winter-care', '2', '3', '4', '4 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRel.flat().filter((t) => t !== '4'), ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT457_E: readonly TestPage[] = [discourse];
