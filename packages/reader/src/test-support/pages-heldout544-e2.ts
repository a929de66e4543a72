import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file e2: a gardening forum thread on Discourse as served to crawlers and saved without JavaScript
 * (category badge, tag, likes, a quote, related topics).
 */
const qTitle = "Neighbour's leylandii hedge: how far can I cut it back?";
const qPosts: { user: string; date: string; iso: string; likes: string; paras: string[]; quote?: string }[] = [
  {
    user: 'fern_and_flint',
    date: 'February 11, 2026,  7:42pm',
    iso: '2026-02-11T19:42:05Z',
    likes: '2 Likes',
    paras: [
      j(
        'The row of leylandii along our back boundary belongs to the house behind us. It is now about 7 metres tall and hangs a good',
        'metre and a half over our side, so the veg beds get no sun at all after midday from April onwards.',
      ),
      j(
        'The neighbours are friendly enough but say they cannot afford to have it cut. Am I allowed to trim the overhang myself, and',
        'what do I do with the cuttings? I would rather not fall out with them.',
      ),
    ],
  },
  {
    user: 'OldPete',
    date: 'February 11, 2026,  8:15pm',
    iso: '2026-02-11T20:15:40Z',
    likes: '5 Likes',
    paras: [
      j(
        'You can cut back anything that crosses the boundary, up to the line, as long as you do not kill the hedge and it is not',
        'protected. Strictly the cuttings belong to them, so offer them back. Nobody has ever wanted mine.',
      ),
      j('Pick your time, though. Nothing between March and August in case birds are nesting.'),
    ],
  },
  {
    user: 'sam_arb',
    date: 'February 12, 2026,  9:03am',
    iso: '2026-02-12T09:03:11Z',
    likes: '7 Likes',
    quote: 'Am I allowed to trim the overhang myself',
    paras: [
      j(
        'Tree surgeon here. Yes, and Pete is right about the nesting season. Two things to add. First, leylandii will not regrow from',
        'old brown wood, so if you cut right back to the trunk on your side you will be looking at a brown wall for good. Leave some',
        'green if you can.',
      ),
      j(
        'Second, if it is the height that blocks your light rather than the overhang, your council can deal with that under its high',
        'hedges procedure, but you have to show you tried to sort it out with the neighbours first. Keep a note of what you have said',
        'to them.',
      ),
    ],
  },
  {
    user: 'fern_and_flint',
    date: 'March 2, 2026,  6:20pm',
    iso: '2026-03-02T18:20:55Z',
    likes: '3 Likes',
    paras: [
      j(
        'Update for anyone who finds this later: we talked to them again, went halves on a tree surgeon, and the whole row has been',
        'taken down to 3 metres and trimmed back on both sides. Sun on the beds again. Thanks all.',
      ),
    ],
  },
];
const qRelated = [
  ['Laurel hedge roots lifting the patio', '6', '312', 'Jan 2026'],
  ['Best fast-growing screen that is not leylandii?', '14', '1.2k', 'Dec 2025'],
] as const;
const qPost = (
  p: (typeof qPosts)[number],
  n: number,
): string => `<div id='post_${n + 1}' ${n === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"}
class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://gardenerscorner.example/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://gardenerscorner.example/t/neighbours-leylandii-hedge-how-far-can-i-cut-it-back/4821">
<span class="crawler-post-infos"><time class="post-time" datetime="${p.iso}">${p.date}</time><meta itemprop='position' content='${n + 1}'></span></div>
<div class='post' itemprop='text'>${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="fern_and_flint" data-post="1" data-topic="4821"><div class="title">
<div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/gardenerscorner.example/fern_and_flint/48/33_2.png"
class="avatar"> fern_and_flint:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>\n`
}${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}" /><span class='post-likes'>${p.likes}</span></div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${qTitle.replace("'", '&#39;')} - Trees &amp; Hedges - Gardeners' Corner</title>
<meta name="description" content="The row of leylandii along our back boundary belongs to the house behind us.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/favicon.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://gardenerscorner.example/t/neighbours-leylandii-hedge-how-far-can-i-cut-it-back/4821">
<link href="/stylesheets/color_definitions_light_2_3_a1b2.css?__ws=gardenerscorner.example" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_9f1e.css?__ws=gardenerscorner.example" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Gardeners' Corner"><meta property="og:type" content="website">
<meta property="article:published_time" content="2026-02-11T19:42:05+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://gardenerscorner.example",
"potentialAction":{"@type":"SearchAction",
"target":"https://gardenerscorner.example/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/">
<img src="/uploads/default/original/1X/gc-logo.png" alt="Gardeners' Corner" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/neighbours-leylandii-hedge-how-far-can-i-cut-it-back/4821">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/trees-hedges/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #3AB54A'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Trees &amp; Hedges</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-list-tags"><a href='https://gardenerscorner.example/tag/boundaries' class='discourse-tag'>boundaries</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content="${qTitle.replace("'", '&#39;')}">
<link itemprop='url' href='https://gardenerscorner.example/t/neighbours-leylandii-hedge-how-far-can-i-cut-it-back/4821'>
<meta itemprop='datePublished' content='2026-02-11T19:42:05Z'><meta itemprop='articleSection' content='Trees &amp; Hedges'>
<meta itemprop='keywords' content='boundaries'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Gardeners Corner'></div>
${qPosts.map(qPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'><thead><tr>
<th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${qRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<span class="link-top-line"><a itemprop='url' href='/t/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/3310'
class='title raw-link raw-topic-link'>${t}</a></span></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope
itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div id="noscript-footer">
<p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const gardenersCorner: TestPage = {
  name: 'heldout544-gardeners-corner-discourse-leylandii',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: qPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote]), ...p.paras]),
  bylines: [...new Set(qPosts.flatMap((p) => [p.user, p.date.replace(/\s+/g, ' ')])), 'fern_and_flint:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Trees & Hedges', 'boundaries', ...new Set(qPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...qRelated.flat(),
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT544_E2: readonly TestPage[] = [gardenersCorner];
