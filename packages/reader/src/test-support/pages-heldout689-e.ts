import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout689-kit.js';

/** Held-out batch 689, file e: a Discourse forum thread (server-rendered crawler view) on whether a quoted heat pump is oversized. */
const dTitle = 'Installer quoted a 12 kW heat pump for a 3-bed semi – is that oversized?';
const dPosts = [
  {
    user: 'pennock_al',
    date: 'March 3, 2026,  9:12am',
    likes: '',
    paras: [
      j(
        'We have had two quotes for an air source heat pump. Our house is a 1950s semi, 98 m², cavity walls filled, loft insulation',
        'topped up last year. The first installer did a room by room survey and came out at 6 kW. The second one says 12 kW.',
      ),
      'Our gas use last year was 11,800 kWh. Which one is right?',
    ],
  },
  {
    user: 'Hollins_K',
    date: 'March 3, 2026, 10:40am',
    likes: '4 Likes',
    paras: [
      j(
        'Your gas use is the best check you have. 11,800 kWh of gas at about 90 per cent boiler efficiency is roughly 10,600 kWh of heat',
        'a year, including hot water. Divide by around 2,000 hours and you get a peak load somewhere near 5 to 6 kW.',
      ),
      'A 12 kW unit would spend most of the winter cycling on and off. I would go with the first quote.',
    ],
  },
  {
    user: 'pennock_al',
    date: 'March 3, 2026, 11:02am',
    likes: '',
    paras: ['Thanks. The second installer said a bigger unit would &quot;heat the house faster&quot;. Is there any truth in that?'],
  },
  {
    user: 'marsh_tech',
    date: 'March 4, 2026,  7:55am',
    likes: '6 Likes',
    paras: [
      j(
        'Not really. A heat pump is meant to run low and slow for long periods, not blast heat in for an hour like a boiler. An oversized',
        'unit costs more to buy, usually has a worse efficiency at the low output your house actually needs, and short cycling wears the',
        'compressor.',
      ),
      j('Ask the second installer for their heat loss calculation. If they cannot show you one room by room, that tells you how they got', 'to 12 kW.'),
    ],
  },
  {
    user: 'pennock_al',
    date: 'March 9, 2026,  6:31pm',
    likes: '2 Likes',
    paras: [j('Update for anyone who finds this later: we went with the 6 kW quote. It was also £2,300 cheaper. Installation is booked for', 'April.')],
  },
];
const dCrumbs = ['Heat Pumps', 'Sizing and design'];
const dTags = ['air-source', 'sizing', 'quotes'];
const dSugg = ['Flow temperature on a new install – 45 or 50?', 'Weather compensation curve advice', 'Is a buffer tank really needed?'];
const postHtml = (p: (typeof dPosts)[number], n: number): string => `<div id="post_${n}" itemscope itemtype="http://schema.org/${
  n === 1 ? 'DiscussionForumPosting' : 'Comment'
}" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.homeheatcommunity.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.homeheatcommunity.org/t/installer-quoted-12-kw/4821"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-03-03T09:12:44Z" class="post-time">${p.date}</time><meta itemprop="position" content="${n}"></span></div>
<div class="post" itemprop="text">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div><div itemprop="interactionStatistic" itemscope
itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount"
content="${p.likes === '' ? 0 : p.likes.split(' ')[0]}">${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Heat Pumps / Sizing and design - Home Heat Community</title>
<meta name="description" content="We have had two quotes for an air source heat pump. Our house is a 1950s semi, 98 m², cavity walls filled">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="icon" type="image/png"
href="https://forum.homeheatcommunity.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.homeheatcommunity.org/t/installer-quoted-12-kw/4821"><link rel="search" type="application/opensearchdescription+xml"
href="https://forum.homeheatcommunity.org/opensearch.xml" title="Home Heat Community Search">
<link href="/stylesheets/color_definitions_base__1_4c2d.css?__ws=forum.homeheatcommunity.org" media="all" rel="stylesheet">
<link href="/stylesheets/desktop_4c2d.css?__ws=forum.homeheatcommunity.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Home Heat Community"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="article:published_time" content="2026-03-03T09:12:44+00:00"><meta property="og:ignore_canonical" content="true">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"pennock_al"},"datePublished":"2026-03-03T09:12:44Z","interactionStatistic":[{"@type":"InteractionCounter","userInteractionCount":4}]}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.homeheatcommunity.org/uploads/default/original/1X/logo.png" alt="Home Heat Community"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/installer-quoted-12-kw/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/heat-pumps/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #0E76BD'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>${dCrumbs[0]}</span></span></a>
<meta itemprop="position" content="1"></span><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a
href="/c/heat-pumps/sizing/12" class="badge-wrapper bullet" itemprop="item"><span class='badge-category clear-badge'><span class='category-name'
itemprop='name'>${dCrumbs[1]}</span></span></a><meta itemprop="position" content="2"></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'>${dTags
  .map((t) => `<a href='/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`)
  .join(', ')}</div></div></div>
${dPosts.map((p, i) => postHtml(p, i + 1)).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th><th>Activity</th></tr></thead><tbody>${dSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/t${i}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/heat-pumps/sizing/12' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'>
</span><span class='badge-category clear-badge'><span class='category-name'>Sizing and design</span></span></a></div></td><td class="replies">
<span class='posts' title='posts'>${7 + i * 5}</span></td><td class="views"><span class='views' title='views'>${310 + i * 97}</span></td><td>Feb 2026</td>
</tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories'
itemprop="url">Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines'
itemprop="url">Guidelines </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos'
itemprop="url">Terms of Service </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy'
itemprop="url">Privacy Policy </a></span></li></ul></nav><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed
with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout689-discourse-oversized-quote',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.date.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dCrumbs, ...dTags.filter((t) => t === 'sizing'), ...new Set(dPosts.flatMap((p) => (p.likes === '' ? [] : [p.likes]))), 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...dSugg, ...dSugg.flatMap((_, i) => [String(7 + i * 5), String(310 + i * 97)]),
    'Feb 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT689_E: readonly TestPage[] = [discourse];
