import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout525-kit.js';

/**
 * Held-out batch 525, file d: a Discourse thread on a gear community forum about a valve amp repair (the crawler view Discourse
 * serves without JavaScript); the batch's MediaWiki page is in file d2.
 */
const dTitle = 'Bench report: 1972 Orbitone 50 with hum that gets worse as it warms up';
const dPosts = [
  {
    who: 'kettle_drum',
    when: 'March 3, 2027, 8:12pm',
    paras: [
      j(
        'Picked up a 1972 Orbitone 50 head at a car boot sale for £90. It works, but there is a hum that starts quiet and gets',
        'louder over about twenty minutes. Volume knob makes no difference. Any ideas before I take it to someone?',
      ),
      'Valves look original. Filter caps look original too, which I suspect is the problem.',
    ],
  },
  {
    who: 'Ingrid_at_Valvebench',
    when: 'March 3, 2027, 9:40pm',
    paras: [
      j(
        'Hum that is independent of the volume control and rises as the amp warms is classic tired filter capacitors, or a rectifier',
        'valve on its way out. Fifty-five years is a good innings for electrolytics.',
      ),
      j(
        'Please do not open it yourself unless you know how to drain the caps. These amps hold a lethal charge for a long time after',
        'they are switched off. Any decent tech will recap it for £80 to £120 including parts.',
      ),
    ],
  },
  {
    who: 'kettle_drum',
    when: 'March 11, 2027, 6:05pm',
    paras: [
      j(
        'Update: took it to Valvebench in Leith as suggested. New filter caps, a new GZ34 and the bias set. Hum gone, and it is',
        'much louder than before. £110 all in. Thanks everyone.',
      ),
    ],
  },
];
const dCrumbs = ['Amps and Cabs', 'Repairs'];
const dTags = ['valve-amps', 'vintage'];
const dPost = (p: (typeof dPosts)[number], i: number): string =>
  `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.tubeandtone.net/u/${p.who}"><span itemprop="name">${p.who}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.tubeandtone.net/t/bench-report-1972-orbitone-50/4412">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-03-03T20:12:00Z" class="post-time">${p.when}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${3 - i}"><span class="post-likes">${3 - i} Likes</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Repairs - Tube and Tone Forum</title>
<meta name="description" content="Picked up a 1972 Orbitone 50 head at a car boot sale for £90. It works, but there is a hum that starts quiet">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 5e3a1c"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.tubeandtone.net/t/bench-report-1972-orbitone-50/4412"><meta property="og:site_name" content="Tube and Tone Forum">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary"><meta property="og:title" content="${dTitle}">
<link href="/stylesheets/color_definitions_base__3_ab12.css?__ws=forum.tubeandtone.net" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_c3d4.css?__ws=forum.tubeandtone.net" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/start-discourse-7f1e.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.tubeandtone.net",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.tubeandtone.net/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/tt-logo.png" alt="Tube and Tone Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/bench-report-1972-orbitone-50/4412">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
${dCrumbs
  .map(
    (c, i) => `<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/${c.toLowerCase().replace(/ /g, '-')}/${7 + i}"
class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #e45735'></span><span class='badge-category clear-badge'>
<span class='category-name' itemprop='name'>${c}</span></span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}
</div><div class="topic-category"><div class='discourse-tags list-tags'>${dTags
  .map(
    (t) => `<a href='https://forum.tubeandtone.net/tag/${t}'
class='discourse-tag' rel="tag">${t}</a>`,
  )
  .join(', ')}
</div></div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table
class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/ghosting-on-a-1980s-combo/3987"
class="title raw-link raw-topic-link">Ghosting on a 1980s combo</a></td>
<td></td><td class="replies"><span class='posts' title='posts'>6</span></td><td class="views"><span class='views'
title='views'>412</span></td><td>Jan 2027</td></tr>
</tbody></table></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories'
itemprop="url">Categories </a>
</span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Guidelines
</a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy' itemprop="url">Privacy Policy
</a></span></li></ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></div>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout525-discourse-amp-repair',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: [...new Set(dPosts.flatMap((p) => [p.who, p.when]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dCrumbs, ...dTags, '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', 'Ghosting on a 1980s combo', '6', '412',
    'Jan 2027', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT525_D: readonly TestPage[] = [discourseThread];
