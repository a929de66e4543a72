import { ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout560-kit.js';

/**
 * Held-out batch 560, file d: a room review thread on an enthusiasts' Discourse forum (the crawler view with quotes, a spoiler
 * and a related-topics table); the MediaWiki page of this pair is in file d2.
 */
const dTitle = 'Review: Signal Lost at Redline Rooms, Harwick';
type Post = { user: string; time: string; iso: string; likes: string; paras: string[]; html: string };
const d1 = [
  j(
    'Played this last night with a team of four (two experienced, two first-timers) and escaped with 6:40 left, no clues. Short version:',
    'the best sci-fi room I have played in the county, with one puzzle that nearly ruined it.',
  ),
  j(
    'The set is a crashed survey ship. The lighting changes as you restore power, and the soundscape is excellent without being loud.',
    'The first act is a lot of searching and small locks, which our first-timers loved. The second act opens into a bigger space with',
    'the navigation console, which is the real showpiece.',
  ),
  j(
    'The star-chart puzzle needs you to read the constellations upside down, and nothing in the room hints at it. We only got it because',
    'one of us had done something similar elsewhere.',
  ),
  'Game master (Jonah) was great, chatty in the debrief and clearly proud of the room. £84 for four.',
  'Puzzles: 4/5',
  'Set: 5/5',
  'Game master: 5/5',
  'Value: 4/5',
];
const dQ1 = 'the best sci-fi room I have played in the county';
const d2 = j(
  'Agreed, though I’d put it second behind Vault 9 in Marlow Bay. We went in January and the console puzzle was glitchy,',
  'so it sounds like they have fixed it.',
);
const d3 = 'Is it OK for a 12 year old? My daughter is keen but doesn’t like the dark.';
const dQ3 = 'Is it OK for a 12 year old?';
const d4 = j(
  'Yes, I think so. It is dim for the first ten minutes but never fully dark, and nothing jumps out. The game master said they can',
  'bring the lights up if anyone asks.',
);
const dQuote = (user: string, q: string): string => `<aside class="quote no-group" data-username="${user}" data-post="1" data-topic="2231"><div class="title">
<div class="quote-controls"></div><img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.escapeenthusiasts.example/${user}/48/1021_2.png"
class="avatar">
${user}:</div><blockquote><p>${q}</p></blockquote></aside>`;
const dPosts: Post[] = [
  {
    user: 'lockpick_liz',
    time: 'March 4, 2027,  8:12pm',
    iso: '2027-03-04T20:12:33Z',
    likes: '9 Likes',
    paras: d1,
    html: `${ps(d1.slice(0, 2))}\n<div class="spoiler"><p>${d1[2]}</p></div>\n<p>${d1[3]}</p><ul>${lis(d1.slice(4))}</ul>`,
  },
  {
    user: 'mdrayton',
    time: 'March 4, 2027,  9:40pm',
    iso: '2027-03-04T21:40:02Z',
    likes: '3 Likes',
    paras: [dQ1, d2],
    html: `${dQuote('lockpick_liz', dQ1)}\n<p>${d2}</p>`,
  },
  { user: 'cogsandkeys', time: 'March 5, 2027,  7:03am', iso: '2027-03-05T07:03:51Z', likes: '1 Like', paras: [d3], html: `<p>${d3}</p>` },
  {
    user: 'lockpick_liz',
    time: 'March 5, 2027, 10:21am',
    iso: '2027-03-05T10:21:17Z',
    likes: '2 Likes',
    paras: [dQ3, d4],
    html: `${dQuote('cogsandkeys', dQ3)}\n<p>${d4}</p>`,
  },
];
const dPost = (p: Post, i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://forum.escapeenthusiasts.example/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="https://forum.escapeenthusiasts.example/t/review-signal-lost/2231">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.time}</time><meta itemprop="dateModified"
content="${p.iso}">
<span itemprop="position">${i + 1}</span></span></div><div class="post row" itemprop="text">
${p.html}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"><span class="post-likes">${p.likes}</span></div></div>`;
const dRel: [string, string, string, string][] = [
  ['Best sci-fi rooms in the North?', '12', '340', 'February 11, 2027'],
  ['Redline Rooms opening a fourth game?', '4', '158', 'January 28, 2027'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Reviews - Escape Enthusiasts</title>
<meta name="description" content="Played this last night with a team of four and escaped with 6:40 left, no clues.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 7c4b6a1e0f2d9a8b5c3e1f7a6d4b2c0e9f8a7b6c">
<link rel="icon" type="image/png" href="https://forum.escapeenthusiasts.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.escapeenthusiasts.example/t/review-signal-lost-at-redline-rooms-harwick/2231">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.escapeenthusiasts.example",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.escapeenthusiasts.example/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link href="/stylesheets/desktop_d1f4e2.css?__ws=forum.escapeenthusiasts.example" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Escape Enthusiasts"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2027-03-04T20:12:33+00:00"><meta property="article:section" content="Reviews"></head>
<body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div><div class="title"><a href="/">
<img src="https://forum.escapeenthusiasts.example/uploads/default/original/1X/logo.png" alt="Escape Enthusiasts" id="site-logo"
style="max-width: 150px;"></a></div></div></div>
</header><div id="main-outlet" class="wrap"
role="main"><div id="topic-title"><h1><a href="/t/review-signal-lost-at-redline-rooms-harwick/2231">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/reviews/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Reviews</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-list-tags"><a href="/tag/uk-north" class="discourse-tag">uk-north</a><a href="/tag/sci-fi" class="discourse-tag">sci-fi</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><link itemprop="url"
href="https://forum.escapeenthusiasts.example/t/review-signal-lost-at-redline-rooms-harwick/2231"><meta itemprop="datePublished" content="2027-03-04T20:12:33Z">
<meta itemprop="articleSection" content="Reviews"><meta itemprop="keywords" content="uk-north, sci-fi">
${dPosts.map(dPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container"
itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${dRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${2190 + i}"><td class="main-link"
itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta itemprop="position"
content="${i + 1}"><span class="link-top-line"><a itemprop="url"
href="/t/${t.toLowerCase().replace(/\W+/g, '-')}/${2190 + i}"
class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a href="/c/reviews/5"
class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0E76BD"></span><span class="badge-category clear-badge">
<span class="category-name">Reviews</span></span></a></div></td><td class="replies"><span class="posts" title="posts">${r}</span></td>
<td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/${t === 'Home' ? '' : t.toLowerCase().replace(/ /g, '-')}" itemprop="url">${t}</a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<footer class="container wrap"><div class="contents"><div class="row"><div class="col-md-12">
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>,
best viewed with JavaScript enabled</p></div></div></div></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout560-discourse-room-review',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: ['lockpick_liz', 'mdrayton', 'cogsandkeys', ...dPosts.map((p) => p.time.replace(/ +/g, ' ')), ...dRel.map(([, , , a]) => a)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reviews', 'uk-north', '1', '2', '3', ...dPosts.map((p) => p.likes), 'Related topics', ...dRel.flatMap(([t, , v]) => [t, v]), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT560_D: readonly TestPage[] = [discourse];
