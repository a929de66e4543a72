import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout547-kit.js';

/**
 * Held-out batch 547, file e: a paddlers' forum thread on Discourse (the server-rendered crawler view) asking where a beginner can hire a
 * paddleboard safely.
 */
const dTitle = 'Beginner SUP hire around Lannock Water – where is sheltered?';
const dPosts: { who: string; when: string; paras: string[]; likes?: string }[] = [
  {
    who: 'ferncombe_fi',
    when: 'June 12, 2027, 7:48pm',
    paras: [
      j(
        'We are staying near Lannock for a week in July with two teenagers. None of us has paddleboarded before. Is there anywhere',
        'that hires boards on a sheltered bit of water, rather than the open bay? Happy to pay for a lesson first.',
      ),
    ],
  },
  {
    who: 'TomHarbinson',
    when: 'June 12, 2027, 8:15pm',
    likes: '4 Likes',
    paras: [
      j(
        'Lannock Water Sports at the north end of the lake is the obvious one. They do a one-hour taster before they let you take a',
        'board out on your own, and the north bay is out of the prevailing wind.',
      ),
      'Avoid the dam end in the afternoon. The wind funnels down the valley and it gets choppy fast.',
    ],
  },
  {
    who: 'ferncombe_fi',
    when: 'June 12, 2027, 9:02pm',
    paras: ['Thanks, that sounds ideal. Do they need booking ahead in July or can you just turn up?'],
  },
  {
    who: 'paddlepete',
    when: 'June 13, 2027, 6:30am',
    likes: '2 Likes',
    paras: [
      j(
        'Book ahead in the school holidays, the taster sessions fill up by mid-morning. Also check their minimum age; I think it is',
        '12 for solo hire, younger with an adult on the same board.',
      ),
    ],
  },
];
const dRelated = [
  ['Inflatable board recommendations for a heavier paddler', 'Gear', '14', '812', 'May 2027'],
  ['Night paddling on Lannock – any rules?', 'Lakes & Rivers', '6', '305', 'Apr 2027'],
];
const dPost = (
  p: (typeof dPosts)[number],
  n: number,
): string => `<div id="post_${n + 1}" ${n === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" '}class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="https://forum.paddleuk.net/u/${p.who}"><span itemprop="name">${p.who}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.paddleuk.net/t/beginner-sup-hire-around-lannock-water/4821">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-06-12T19:48:00Z" class="post-time">${p.when}</time><meta itemprop="position"
content="${n + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes ? p.likes.slice(0, 1) : '0'}">
${p.likes ? `<span class='post-likes'>${p.likes}</span>` : "<span class='post-likes'></span>"}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Lakes &amp; Rivers - PaddleUK Forum</title>
<meta name="description" content="We are staying near Lannock for a week in July with two teenagers. None of us has paddleboarded before."><meta
name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 4f6c3e1a">
<link rel="icon" type="image/png" href="https://forum.paddleuk.net/uploads/default/optimized/1X/favicon_32x32.png"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.paddleuk.net/t/beginner-sup-hire-around-lannock-water/4821"><link rel="search"
type="application/opensearchdescription+xml" href="https://forum.paddleuk.net/opensearch.xml" title="PaddleUK Forum Search">
<link href="/stylesheets/color_definitions_base__1_4b2f.css?__ws=forum.paddleuk.net" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_1b2c3d.css?__ws=forum.paddleuk.net" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="PaddleUK Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2027-06-12T19:48:00+00:00"><meta property="article:section" content="Lakes &amp; Rivers">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.paddleuk.net",
"potentialAction":{"@type":"SearchAction","target":"https://forum.paddleuk.net/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script></head>
<body class="crawler"><header><a href="/"><img src="https://forum.paddleuk.net/uploads/default/original/1X/paddleuk-logo.png" alt="PaddleUK Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/beginner-sup-hire-around-lannock-water/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/lakes-rivers/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0088CC'></span><span
class='badge-category clear-badge'><span class='category-name' itemprop='name'>Lakes &amp; Rivers</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='https://forum.paddleuk.net/tag/sup' class='discourse-tag' rel="tag">sup</a>, <a
href='https://forum.paddleuk.net/tag/beginners' class='discourse-tag' rel="tag">beginners</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><link itemprop="url"
href="https://forum.paddleuk.net/t/beginner-sup-hire-around-lannock-water/4821">
<meta itemprop="datePublished" content="2027-06-12T19:48:00Z"><meta itemprop="articleSection" content="Lakes &amp; Rivers"><meta itemprop="keywords"
content="sup, beginners">
${dPosts.map(dPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta
itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/related/1" class="title raw-link raw-topic-link">${r[0]}</a></span><div
class="link-bottom-line"><a href="/c/7" class="badge-wrapper bullet"><span class="badge-category clear-badge"><span
class="category-name">${r[1]}</span></span></a></div></td><td class="replies"><span class="posts" title="posts">${r[2]}</span></td><td class="views"><span
class="views" title="views">${r[3]}</span></td><td>${r[4]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/"
itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul>
</nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout547-discourse-sup-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: [...new Set(dPosts.flatMap((p) => [p.who, p.when])), ...dRelated.map((r) => r[4] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set(['Lakes & Rivers', 'beginners', '4 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
      ...dRelated.flatMap((r) => r.slice(0, 4))]), 'Home',
    'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT547_E: readonly TestPage[] = [discourse];
