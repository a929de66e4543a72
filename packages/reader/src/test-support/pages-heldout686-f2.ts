import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout686-kit.js';

/**
 * Held-out batch 686, file f2: a charcuterie forum thread on bacon curing on Discourse (the crawler view a saved page gets), split
 * from file f to keep files short.
 */
const cTitle = 'Dry-curing bacon at home: how long should it stay in the cure?';
const cPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'hamhock',
    '2026-11-08T18:22:11Z',
    'November 8, 2026,  6:22pm',
    [
      j(
        'I have a three kilo piece of pork belly from Wrenfield Butchers and I want to dry-cure it for streaky bacon. My recipe says',
        'seven days in the fridge, turning every day, but another one says a day per centimetre of thickness plus two.',
      ),
      'The belly is about four centimetres thick. Which rule should I trust? I would rather not waste it.',
    ],
  ],
  [
    'saltbox_sally',
    '2026-11-08T19:05:40Z',
    'November 8, 2026,  7:05pm',
    [
      j(
        'Both will work for a piece that size. The thickness rule is the better habit, because it scales. Four centimetres means',
        'six days, which is close to your seven anyway.',
      ),
      j(
        'What matters more is weighing the cure. Use an equilibrium cure: salt at two and a half per cent of the meat weight, sugar',
        'at one per cent and curing salt at the amount on the packet, and it cannot get too salty however long you leave it.',
      ),
    ],
  ],
  [
    'hamhock',
    '2026-11-09T08:47:02Z',
    'November 9, 2026,  8:47am',
    ['That makes sense, thank you. So with an equilibrium cure I could leave it eight or nine days to be safe?'],
  ],
  [
    'Ned_Pellow',
    '2026-11-09T10:13:55Z',
    'November 9, 2026, 10:13am',
    [
      j(
        'Yes. Give it the full time and then rinse, pat dry and leave it uncovered on a rack in the fridge for two days. That',
        'forms a dry skin and the bacon fries much better. If you have a smoker, that is the moment to cold-smoke it.',
      ),
    ],
  ],
];
const cRel = [
  ['Nitrite-free bacon – is it worth it?', '12', '340', 'Oct 2026'],
  ['Guanciale in a domestic fridge', '8', '211', 'Sep 2026'],
];
const cNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const cLikes = ['3 Likes', '', '', '1 Like'];
const post = ([u, iso, d, ps]: readonly [string, string, string, readonly string[]], i: number): string =>
  `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment' "}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href='https://forum.curingclub.org/u/${u}'><span itemprop='name'>${u}</span></a></span><link itemprop="mainEntityOfPage"
href="https://forum.curingclub.org/t/dry-curing-bacon-at-home/1931"><span class="crawler-post-infos"><time itemprop='datePublished' datetime='${iso}'
class='post-time'>${d}</time><meta itemprop='dateModified' content='${iso}'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='${i === 0 ? 'articleBody' : 'text'}'>${ps.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${cLikes[i] === '' ? 0 : 1}">${
    cLikes[i] === '' ? '' : `<span class='post-likes'>${cLikes[i]}</span>`
  }</div></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cTitle} - Bacon and hams - Curing Club</title>
<meta name="description" content="I have a three kilo piece of pork belly and I want to dry-cure it for streaky bacon.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 4a5b6c7d"><link rel="icon" type="image/png"
href="https://forum.curingclub.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.curingclub.org/t/dry-curing-bacon-at-home/1931"><link rel="search" type="application/opensearchdescription+xml"
href="https://forum.curingclub.org/opensearch.xml" title="Curing Club Search"><link
href="/stylesheets/color_definitions_base__1_a1b2.css?__ws=forum.curingclub.org"
media="all" rel="stylesheet" class="light-scheme"><link href="/stylesheets/desktop_2b3c.css?__ws=forum.curingclub.org" media="all" rel="stylesheet"
data-target="desktop"><meta property="og:site_name" content="Curing Club"><meta property="og:type" content="website">
<meta property="og:title" content="${cTitle}"><meta property="article:published_time" content="2026-11-08T18:22:11+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.curingclub.org",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.curingclub.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.curingclub.org/uploads/default/original/1X/logo.png" alt="Curing Club" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/dry-curing-bacon-at-home/1931">${cTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/bacon-and-hams/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #BF1E2E'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Bacon and hams</span></span></a><meta itemprop="position" content="1">
</span>
</div><div class="topic-tags"><a href='https://forum.curingclub.org/tag/dry-cure' class='discourse-tag'>dry-cure</a><a
href='https://forum.curingclub.org/tag/pork-belly'
class='discourse-tag'>pork-belly</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${cTitle}'><link itemprop='url'
href='https://forum.curingclub.org/t/dry-curing-bacon-at-home/1931'><meta itemprop='datePublished' content='2026-11-08T18:22:11Z'>
<meta itemprop='articleSection' content='Bacon and hams'><meta itemprop='keywords' content='dry-cure, pork-belly'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Curing Club'></div>
${cPosts.map(post).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta
itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th
class="views">Views</th>
<th>Activity</th></tr></thead><tbody>
${cRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${1800 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${1800 + i}'
class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line"><a href='/c/bacon-and-hams/5' class='badge-wrapper bullet'><span
class='badge-category-bg' style='background-color: #BF1E2E'></span><span class='badge-category clear-badge'><span class='category-name'>Bacon and hams</span>
</span>
</a></div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${cNav
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout686-discourse-bacon-cure',
  kind: 'forum',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: cPosts.flatMap((p) => [...p[3]]),
  bylines: ['hamhock', 'saltbox_sally', 'Ned_Pellow', ...cPosts.map((p) => p[2]), ...cRel.map((r) => r[3] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bacon and hams', '1', '2', '3', '4', '3 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...cRel.flatMap((r) => r.slice(0, 3)), ...cNav, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT686_F2: readonly TestPage[] = [discourse];
