import { type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout527-kit.js';

/**
 * Held-out batch 527, file d: a home-roasting forum thread on Discourse as its server-rendered (crawler) view serves it, with a quote
 * in a reply, like counts, the related-topics table and the crawler footer.
 */
const fTitle = 'Light roast tastes sour as espresso \u2013 grind, ratio or roast?';
type Post = { user: string; date: string; likes: string; html: string[] };
const fQuote = 'I\u2019m at 18 g in, 36 g out in 27 seconds, 93\u00b0C.';
const fPosts: Post[] = [
  {
    user: 'kettle_nerd',
    date: 'March 2, 2026,  9:14pm',
    likes: '4 Likes',
    html: [
      j(
        'I roast on a small fluid-bed machine (300 g batches) and my light roasts are lovely as filter but sour and thin as espresso.',
        'First crack at about 8:30, I drop around 1:15 after first crack starts. Beans rested 10 days.',
      ),
      j(
        fQuote,
        'Going finer chokes the machine before the sourness goes away. Is this a grind problem, a recipe problem, or do I',
        'just need to roast longer for espresso?',
      ),
    ],
  },
  {
    user: 'Ruth_Okafor',
    date: 'March 2, 2026, 10:02pm',
    likes: '6 Likes',
    html: [
      j(
        'Honestly, 1:15 of development on a fluid bed is very light for espresso. The same bean can be perfect on a V60 and under-developed',
        'in a shot, because espresso extracts so much less of the coffee.',
      ),
      j(
        'Before you change the roast, try a longer ratio. Light roasts often want 1:2.5 or even 1:3. Try 18 g in, 50 g out and see',
        'whether the sourness turns into sweetness.',
      ),
    ],
  },
  {
    user: 'kettle_nerd',
    date: 'March 3, 2026,  7:40am',
    likes: '2 Likes',
    html: [
      j(
        'Tried 18 in, 48 out this morning at 94\u00b0C. Much better \u2013 still bright, but now it tastes like fruit rather than lemon juice.',
        'Body is thin though.',
      ),
    ],
  },
  {
    user: 'maarten.b',
    date: 'March 3, 2026,  8:15am',
    likes: '3 Likes',
    html: [
      j('Thin body with long ratios is normal. A couple of things that helped me with the same roaster:'),
      'Drop the fan a notch after yellowing so the beans spend longer between yellow and first crack.',
      'Aim for 1:45 to 2:00 after first crack for your espresso batches and keep the filter batches as they are.',
      'Rest espresso roasts longer. Three weeks was the sweet spot for my Kenyans.',
    ],
  },
  {
    user: 'kettle_nerd',
    date: 'March 9, 2026,  6:52pm',
    likes: '5 Likes',
    html: [
      j(
        'Update for anyone finding this later: a separate espresso profile (fan down after yellow, 1:50 development) plus an 18 in /',
        '45 out recipe fixed it. Sweet, still fruity, no sourness. Thanks both!',
      ),
    ],
  },
];
const fRel = [
  ['Fluid-bed roaster: fan settings after first crack', '7', '402', 'February 12, 2026'],
  ['How long do you rest light roasts for espresso?', '15', '1.1k', 'January 30, 2026'],
  ['Ethiopian naturals: scorching at the end of the roast', '4', '188', 'March 1, 2026'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const badge = `<a href="/c/espresso/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C6238'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Espresso</span></span></a>`;
const quote = `<aside class="quote no-group" data-username="kettle_nerd" data-post="1" data-topic="4817"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="https://forum.homeroast.coop/user_avatar/forum.homeroast.coop/kettle_nerd/48/112_2.png"
class="avatar"> kettle_nerd:</div>
<blockquote><p>${fQuote}</p></blockquote></aside>`;
const postHtml = (p: Post, n: number): string => {
  const list = `<ul>\n${p.html
    .slice(1)
    .map((t) => `<li>${t}</li>`)
    .join('\n')}\n</ul>`;
  const paras = p.html.length === 4 ? `<p>${p.html[0]}</p>\n${list}` : p.html.map((t) => `<p>${t}</p>`).join('\n');
  return `<div id="post_${n + 1}" itemprop="${n ? 'comment' : 'mainEntity'}" itemscope
itemtype="http://schema.org/${n ? 'Comment' : 'DiscussionForumPosting'}"
 class="topic-body crawler-post">
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
 href='https://forum.homeroast.coop/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span><link itemprop="mainEntityOfPage"
 href="https://forum.homeroast.coop/t/light-roast-tastes-sour-as-espresso-grind-ratio-or-roast/4817"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2026-03-0${n < 2 ? 2 : 3}T21:14:05Z' class='post-time'>${p.date}</time><meta itemprop='position'
content='${n + 1}'></span></div>
<div class='post' itemprop='text'>
${n === 1 ? `${quote}\n` : ''}${paras}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"/><span class='post-likes'>${p.likes}</span></div></div>`;
};
const relRow = ([t, r, v, d]: string[]): string => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope
 itemtype='http://schema.org/ListItem'><meta itemprop='position' content='1'><span class="link-top-line"><a itemprop='url' href='/t/x/1' class='title
raw-link raw-topic-link'>${t}</a>
</span><div class="link-bottom-line">${badge}</div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td>
<td class="views"><span class='views' title='views'>${v}</span></td><td>${d}</td></tr>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Espresso - Home Roast Collective</title>
<meta name="description" content="I roast on a small fluid-bed machine (300 g batches) and my light roasts are lovely as filter but sour and thin as
espresso.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 2f0a3b4c"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/fav.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
viewport-fit=cover">
<link rel="canonical" href="https://forum.homeroast.coop/t/light-roast-tastes-sour-as-espresso-grind-ratio-or-roast/4817">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.homeroast.coop/opensearch.xml" title="Home Roast Collective Search">
<link href="/stylesheets/color_definitions_base__1_a1b2.css?__ws=forum.homeroast.coop" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_a1b2c3.css?__ws=forum.homeroast.coop" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Home Roast Collective"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<meta property="article:published_time" content="2026-03-02T21:14:05+00:00"><meta property="article:section" content="Espresso">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${fTitle}","mainEntity":{"@type":"Question","name":"${fTitle}",
"answerCount":4,"author":{"@type":"Person","name":"kettle_nerd"}}}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="logo-wrapper">
<a href="https://forum.homeroast.coop/"><img src="https://forum.homeroast.coop/uploads/default/original/1X/logo.png" alt="Home Roast Collective"
id="site-logo"
 style="max-width: 150px;"></a></div><div class="header-buttons"><a href="/login" class="btn btn-primary btn-small login-button">Log
In</a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/light-roast-tastes-sour-as-espresso-grind-ratio-or-roast/4817">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
${badge}<meta itemprop="position" content="1" /></span></div><div class="discourse-tags" role="list" aria-label="Tags"><a
href='https://forum.homeroast.coop/tag/light-roast'
 class='discourse-tag' rel="tag">light-roast</a> <a href='https://forum.homeroast.coop/tag/fluid-bed' class='discourse-tag'
rel="tag">fluid-bed</a></div></div>
${fPosts.map(postHtml).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRel.map(relRow).join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${fFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
enabled</p></footer>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout527-discourse-roasting-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...(fPosts[0]?.html ?? []), fQuote, ...fPosts.slice(1).flatMap((p) => p.html)]),
  bylines: ['kettle_nerd', 'kettle_nerd:', 'Ruth_Okafor', 'maarten.b', ...fPosts.map((p) => p.date), ...fRel.map((r) => r[3] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Espresso', 'light-roast', 'fluid-bed', ...new Set(fPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...fRel.flatMap((r) => r.slice(0, 3)), ...fFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT527_D: readonly TestPage[] = [tidy(discourse)];
