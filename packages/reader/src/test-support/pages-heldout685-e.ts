import { type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout685-kit.js';

/**
 * Held-out batch 685, file e: a window cleaning trade forum thread on Discourse (the crawler view: posts with authors, dates,
 * likes and a related topics table), and a pest control firm's newsletter post on Ghost (Casper theme) with a callout card.
 */
const qTitle = 'Carbon or hybrid pole for three-storey terraces?';
const qPosts: readonly (readonly [string, string, string, readonly string[], string])[] = [
  [
    'ridgeline_rob',
    'February 9, 2026,  7:41pm',
    '#1',
    [
      j(
        'Picked up a round of Victorian terraces, mostly three storeys with a basement. My 30ft glass fibre pole is a nightmare at',
        'full height, it whips about and my shoulders are done by lunchtime.',
      ),
      'Budget is about £900. Is a full carbon pole worth it or will a hybrid do the job?',
    ],
    '',
  ],
  [
    'SqueegeeSal',
    'February 9, 2026,  8:05pm',
    '#2',
    [
      j(
        'Went hybrid two years ago and regretted it within a month. At 30ft the difference in stiffness is massive. Buy the best',
        'carbon you can afford and a spare top section, that is where the wear happens.',
      ),
    ],
    '4 Likes',
  ],
  [
    'dunmore_glass',
    'February 10, 2026,  6:58am',
    '#3',
    [
      j(
        'Counterpoint: I run a hybrid on exactly that kind of work. It is fine if you keep the bottom two sections collapsed and',
        'walk the pole up rather than lifting it. Technique matters more than the pole at that height.',
      ),
      'Whatever you buy, get a gooseneck with an angle adaptor for the basements.',
    ],
    '2 Likes',
  ],
  ['ridgeline_rob', 'February 12, 2026,  5:22pm', '#4', ['Ordered a carbon with one spare top. Thanks both, will report back after a month on the round.'], ''],
];
const qRel: readonly (readonly [string, string, string, string])[] = [
  ['Resin bed keeps dropping to 10 ppm after two weeks', '6', '241', 'Jan 2026'],
  ['Pricing commercial first cleans, how do you quote?', '11', '578', 'Dec 2025'],
];
const qFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const qPost = ([user, date, pos, paras, likes]: (typeof qPosts)[number]): string =>
  `<div id="post_${pos.slice(1)}" itemprop="${pos === '#1' ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${pos === '#1' ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.panetalk.co.uk/u/${user}"><span itemprop="name">${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.panetalk.co.uk/t/carbon-or-hybrid-pole-for-three-storey-terraces/1187">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-09T19:41:00Z" class="post-time">${date}</time>
<meta itemprop="dateModified" content="2026-02-09T19:41:00Z"><span itemprop="position">${pos}</span></span></div>
<div class="post" itemprop="text">
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : likes.slice(0, 1)}">${
    likes === ''
      ? ''
      : `<span
class="post-likes">${likes}</span>`
  }</div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Carbon or hybrid pole for three-storey terraces? - Equipment - PaneTalk</title>
<meta name="description" content="Picked up a round of Victorian terraces, mostly three storeys with a basement.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1"><link rel="canonical"
href="https://forum.panetalk.co.uk/t/carbon-or-hybrid-pole-for-three-storey-terraces/1187"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
<link href="/stylesheets/color_definitions_panetalk_3_2_f1c2e3.css?__ws=forum.panetalk.co.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_4f7a1c.css?__ws=forum.panetalk.co.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="PaneTalk"><meta property="og:type" content="website"><meta property="og:title" content="${qTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.panetalk.co.uk","name":"PaneTalk"}</script></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="row"><div class="title span13">
<a href="/"><img src="https://forum.panetalk.co.uk/uploads/default/original/1X/panetalk-logo.png" alt="PaneTalk" id="site-logo" style="max-width: 150px;">
</a></div>
<div class="panel clearfix" role="navigation"><ul class="nav-pills"><li><a href="/latest">Latest</a></li><li><a href="/top">Top</a></li></ul></div></div>
</div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/carbon-or-hybrid-pole-for-three-storey-terraces/1187">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/equipment/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Equipment</span></span></a><meta itemprop="position" content="1"></span>
</div>
<div class="topic-list-tags"><a href="/tag/water-fed-pole" class="discourse-tag">water-fed-pole</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${qTitle}">
${qPosts.map(qPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${qRel
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement"><a href="/t/${t.length}"
class="title raw-link raw-topic-link">${t}</a></td>
<td></td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${qFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout685-discourse-pole-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p) => p[3])),
  bylines: ['ridgeline_rob', 'SqueegeeSal', 'dunmore_glass', ...qPosts.map((p) => p[1].replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Latest', 'Equipment', 'water-fed-pole', '#1', '#2', '#3', '#4', '4 Likes', '2 Likes', 'Related topics', at(qRel[0] ?? [], 0), at(qRel[1] ?? [], 0),
    '6', '241', 'Jan 2026', '11', '578', 'Dec 2025', ...qFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const bTitle = 'Brought Bed Bugs Home From Holiday? Do This First';
const bDek = 'Late summer is bed bug season for us. Here is how to check your luggage and what to do if you find something.';
const bParas = [
  j(
    'Bed bugs do not fly or jump. They travel in luggage, folded clothes and the seams of soft bags, which is why our calls',
    'go up every year in the fortnight after the school holidays end. Catching them in the suitcase is far easier than treating a bedroom.',
  ),
  'Unpack in the right place',
  j(
    'Open your case in the bathroom or on a hard floor, not on the bed. Put every item of clothing straight into the washing',
    'machine, worn or not, and dry it on the hottest setting your clothes can take for at least 30 minutes. Heat kills every',
    'stage of the bed bug, eggs included.',
  ),
  'What to look for',
  'Shine a torch along the seams, zips and wheel housings of the case. You are looking for:',
  'live bugs, flat and apple-seed sized, reddish brown',
  'pale, empty skins they shed as they grow',
  'tiny black spots, like ink from a fine pen, which are droppings',
  'A bag you cannot wash can go in a sealed bin bag in the freezer for four days, or in a car parked in full sun on a hot day.',
  'If they have already reached the bedroom',
  j(
    'Do not move to the sofa or the spare room: the bugs follow you and the problem spreads. Do not spray shop-bought insecticide',
    'either, because it scatters them into the walls. Take photographs, bag any bugs you catch in a sealed sandwich bag and call us.',
  ),
  j(
    'Our treatment is two visits fourteen days apart, because the eggs survive the first one. Most homes are clear after the',
    'second visit, and we come back a third time at no charge if they are not.',
  ),
];
const bCallout = 'Booked a holiday let? Check the headboard and mattress seams before you unpack. It takes two minutes.';
const bNav = ['Home', 'Pest guides', 'About Kestrel', 'Book a technician'];
const bMore = ['Why mice move indoors in October', 'Five signs of rats under the decking'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Brought Bed Bugs Home From Holiday? Do This First</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1f0c2d9e"><meta name="description" content="${bDek}">
<link rel="canonical" href="https://notes.kestrelpest.co.uk/bed-bugs-after-holiday/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Bugwise Notes"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-08-27T07:30:00.000Z">
<meta property="article:tag" content="Bed Bugs"><script
type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Bugwise Notes"},"author":{"@type":"Person","name":"Joanna Trelawney"},"headline":"${bTitle}","datePublished":"2026-08-27T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Bugwise Notes" href="https://notes.kestrelpest.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://notes.kestrelpest.co.uk/"
data-key="3b1f9c"
data-api="https://notes.kestrelpest.co.uk/ghost/api/content/" crossorigin="anonymous"></script><style
id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style>
<link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css"></head>
<body class="post-template tag-bed-bugs is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div
class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://notes.kestrelpest.co.uk">Bugwise Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"></svg>
</button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">
${bNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}</ul>
</nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-bed-bugs image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/bed-bugs/">Bed Bugs</a>
</span></div>
<h1 class="article-title">${bTitle}</h1><p class="article-excerpt">${bDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/joanna/" class="author-avatar" aria-label="Read more of Joanna Trelawney"><img class="author-profile-image"
src="/content/images/size/w100/2025/03/joanna.jpg"
alt="Joanna Trelawney"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/joanna/">Joanna Trelawney</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-08-27">Aug 27, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span>
3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/08/suitcase.jpg 600w" src="/content/images/size/w2000/2026/08/suitcase.jpg"
alt="Open suitcase on a tiled floor">
<figcaption><span style="white-space: pre-wrap;">Unpacking on a hard floor makes stray bugs easy to spot.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
<p>${at(bParas, 0)}</p>
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🧳</div><div class="kg-callout-text">${bCallout}</div></div>
<h2 id="unpack-in-the-right-place">${at(bParas, 1)}</h2><p>${at(bParas, 2)}</p>
<h2 id="what-to-look-for">${at(bParas, 3)}</h2><p>${at(bParas, 4)}</p>
<ul>${bParas
  .slice(5, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${at(bParas, 8)}</p>
<h2 id="if-they-have-already-reached-the-bedroom">${at(bParas, 9)}</h2><p>${at(bParas, 10)}</p><p>${at(bParas, 11)}</p>
</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${bMore
  .map(
    (
      t,
      i,
    ) => `<article class="post-card post"><a class="post-card-image-link" href="/more-${i}/"><img class="post-card-image" src="/content/images/more-${i}.jpg"
alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/more-${i}/"><header class="post-card-header"><h2
class="post-card-title">${t}</h2>
</header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-0${7 - i}-15">Jul 15, 2026</time>
<span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://notes.kestrelpest.co.uk">Bugwise Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a1f0c2d9e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout685-ghost-bed-bugs',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [at(bParas, 1), at(bParas, 3), at(bParas, 9)],
  body: [bDek, at(bParas, 0), bCallout, ...bParas.filter((_, i) => ![0, 1, 3, 9].includes(i))],
  bylines: ['Joanna Trelawney', 'Aug 27, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bugwise Notes', ...bNav.filter((t) => t !== 'Home'), 'Sign in', 'Subscribe', 'Unpacking on a hard floor makes stray bugs easy to spot.',
    'Sign up for more like this.', 'Enter your email', ...bMore, 'Jul 15, 2026', '2 min read', 'Bugwise Notes © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT685_E: readonly TestPage[] = [discourse, ghost];
