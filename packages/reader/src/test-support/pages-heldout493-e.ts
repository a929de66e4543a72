import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout493-kit.js';

/**
 * Held-out batch 493, file e: a growers' co-operative's weekly box note on Hugo (Ananke theme) and a community forum thread
 * on Discourse (the crawler view a saved page shows).
 */
const hTitle = 'In the box: week 41';
const hBody = [
  'Small share',
  'Potatoes (Sarpo Mira), 1 kg',
  'Red onions, 500 g',
  'Carrots, bunched',
  'Butternut squash',
  'Kale (Cavolo Nero)',
  'Large share',
  'Everything in the small share, plus:',
  'Celeriac',
  'Leeks, 500 g',
  'Cooking apples from the orchard, 1 kg',
  'From the field',
  j(
    'The squash came in on Thursday, just before the first proper frost. We have about 900 curing in the polytunnel, which should see',
    'the boxes through to Christmas. The celeriac is smaller than last year after the dry August, but the flavour is good.',
  ),
  j('Volunteer mornings carry on every Wednesday and Saturday until the end of October. We are lifting the last of the maincrop', 'potatoes, so bring gloves.'),
  'Recipe: squash and kale gratin',
  j(
    'Slice the squash thinly and layer it in a buttered dish with blanched kale, a little garlic and grated hard cheese. Pour over',
    '300 ml of cream or stock, cover with foil and bake at 180\u00b0C for 40 minutes, then uncover for another 20.',
  ),
];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>In the box: week 41 | Hollin Bank Growers</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="Squash, celeriac and the last of the maincrop potatoes."><meta name="generator" content="Hugo 0.128.0">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<meta property="og:title" content="In the box: week 41"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-10-06T09:00:00+01:00">
<meta itemprop="datePublished" content="2026-10-06T09:00:00+01:00"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-dark-green"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Hollin Bank Growers</a>
<div class="flex-l items-center"><ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/join/"
title="Join the scheme page">Join the scheme</a></li>
<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/posts/" title="Weekly notes page">Weekly notes</a></li>
<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/volunteer/" title="Volunteer page">Volunteer</a></li></ul>
<div class="ananke-socials"><a href="https://www.instagram.com/hollinbank" target="_blank"
class="instagram ananke-social-link link-transition stackoverflow link dib z-999 pt3 pt0-l mr1"
 title="Instagram link" rel="noopener"
 aria-label="follow on Instagram——Opens in a new window"><span class="icon"><svg style="enable-background:new 0 0 67 67;">
</svg></span></a></div>
</div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked">WEEKLY NOTES</aside><div id="sharing" class="mt3 ananke-socials"></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Hollin Bank Growers</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-10-06T09:00:00+01:00">October 6, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
<h2 id="small-share">${hBody[0]}</h2><ul>${lis(hBody.slice(1, 6))}</ul>
<h2 id="large-share">${hBody[6]}</h2>${ps([at(hBody, 7)])}<ul>${lis(hBody.slice(8, 11))}</ul>
<h2 id="from-the-field">${hBody[11]}</h2>${ps(hBody.slice(12, 14))}
<h2 id="recipe-squash-and-kale-gratin">${hBody[14]}</h2>${ps([at(hBody, 15)])}
<ul class="pa0"><li class="list di"><a href="/tags/squash/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">squash</a></li>
<li class="list di"><a href="/tags/recipes/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">recipes</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list"><li class="mb2"><a href="/posts/week-40/">In the box: week 40</a></li><li class="mb2"><a href="/posts/week-39/">In the box: week 39</a>
</li>
<li class="mb2"><a href="/posts/squash-curing/">How we cure squash</a></li></ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="/">&copy; Hollin Bank Growers 2026</a><div><div class="ananke-socials"></div></div>
</div></footer>
</body></html>`;
const hugo: TestPage = {
  name: 'heldout493-hugo-box-note',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [at(hBody, 0), at(hBody, 6), at(hBody, 11), at(hBody, 14)],
  body: hBody.filter((_, i) => ![0, 6, 11, 14].includes(i)),
  bylines: ['By Hollin Bank Growers', 'October 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollin Bank Growers', 'Join the scheme', 'Weekly notes', 'recipes', 'Related', 'In the box: week 40', 'In the box: week 39',
    'How we cure squash', '© Hollin Bank Growers 2026',
  ],
};

const qTitle = 'Veg box schemes around Fenbridge: which ones are worth it?';
const qPosts: [string, string, string[]][] = [
  [
    'marigold_k',
    'September 14, 2026,  8:12am',
    [
      j(
        'We have just moved to Fenbridge and want to get a weekly veg box rather than doing the supermarket run. I can see three or',
        'four schemes that deliver here. Has anyone tried them? Mostly interested in how much waste there is and whether you can skip weeks.',
      ),
    ],
  ],
  [
    'tom.heald',
    'September 14, 2026, 10:47am',
    [
      j(
        'We have had the Lode Farm box for two years. It is a proper farm box, so you get a lot of whatever they have: in August it was',
        'courgettes every week. Cheap though, £14 for the medium, and they are relaxed about skipping if you text by Friday.',
      ),
      'The only downside is collection: they deliver to a few drop points rather than to the door.',
    ],
  ],
  [
    'ChrisPW',
    'September 15, 2026,  7:30pm',
    [
      j(
        'Another vote for Lode Farm. If you want door delivery and more choice, Fen Edge Organics lets you swap items on their website,',
        'but it is nearer £22 for a similar box and some of it is bought in from elsewhere in winter.',
      ),
    ],
  ],
  [
    'marigold_k',
    'September 16, 2026,  9:05am',
    ['Thanks both, that is really helpful. Going to try Lode Farm first and see how we get on with the drop point.'],
  ],
];
const qRel = ['Allotment waiting list at Priory Road', 'Best butcher in town?', 'Fenbridge market moving to Sundays'];
const qPostHtml = qPosts
  .map(
    ([u, d, ps_], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
 class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://talk.fenbridge.org/u/${u}"><span itemprop="name">${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://talk.fenbridge.org/t/veg-box-schemes-around-fenbridge/2291"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-09-1${4 + Math.floor(i / 2)}T08:12:00Z" class="post-time">${d}</time><meta itemprop="position" content="${i + 1}">
</span></div>
<div class="post" itemprop="text">${ps(ps_)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - (i % 3)}"><span
class='post-likes'>${3 - (i % 3)} Likes</span></div></div>`,
  )
  .join('\n');
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${qTitle} - Local Food - Fenbridge Talk</title>
<meta name="description" content="We have just moved to Fenbridge and want to get a weekly veg box rather than doing the supermarket run."><meta
name="generator" content="Discourse 3.3.1 - https://github.com/discourse/discourse version 3.3.1">
<link rel="icon" type="image/png" href="https://talk.fenbridge.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all"
content="#ffffff">
<link rel="canonical" href="https://talk.fenbridge.org/t/veg-box-schemes-around-fenbridge/2291"><link
href="/stylesheets/color_definitions_light_1_1.css?__ws=talk.fenbridge.org" media="all" rel="stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://talk.fenbridge.org",
"potentialAction":{"@type":"SearchAction","target":"https://talk.fenbridge.org/search?q={search_term_string}"}}</script>
<meta property="og:site_name" content="Fenbridge Talk"><meta property="og:type" content="website"><meta property="og:title" content="${qTitle}"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title"><a href="/">
<img src="https://talk.fenbridge.org/uploads/default/original/1X/logo.png" alt="Fenbridge Talk" id="site-logo" class="logo-big"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/veg-box-schemes-around-fenbridge/2291">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/local-food/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #6B8E23'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Local Food</span></span></a><meta itemprop="position" content="1"></span>
</div>
<div class="topic-list-tags"><a href="/tag/veg-boxes" class="discourse-tag">veg-boxes</a></div></div>
${qPostHtml}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody>${qRel
  .map(
    (r, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta
itemprop="position" content="${i + 1}">
<span class="link-top-line"><a itemprop="url" href="/t/${2200 + i}" class="title raw-link raw-topic-link">${r}</a></span><div class="link-bottom-line"><a
href="/c/local-food/7"
 class="badge-wrapper bullet"><span class='badge-category-bg' style='background-color: #6B8E23'></span><span class='badge-category clear-badge'><span
class='category-name'>Local Food</span>
</span></a></div></td><td class="replies"><span class="posts" title="posts">${4 + i * 3}</span></td><td class="views"><span class="views"
title="views">${210 + i * 57}</span></td>
<td>${['June', 'July', 'August'][i]} 2026</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories'
itemprop="url">Categories </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy' itemprop="url">Privacy Policy </a></span></li></ul>
</nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout493-discourse-veg-box-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap(([, , p]) => p)),
  bylines: [...new Set(qPosts.flatMap(([u, d]) => [u, d.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Local Food', 'veg-boxes', '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...qRel,
    '4', '7', '10', '210', '267', '324', 'June 2026', 'July 2026', 'August 2026',
    'Home', 'Categories',
    'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT493_E: readonly TestPage[] = [hugo, discourse];
