import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout656-kit.js';

/**
 * Held-out batch 656, file c: an arborists' forum thread on Discourse (the server-rendered crawler view, posts with names,
 * dates and likes) and a tree surgeon's advice post on Ghost (Casper theme, with a members sign-up box and "read more" cards).
 */
const dTitle = 'Ash with dieback over a public footpath – reduce or fell?';
type Post = { user: string; date: string; iso: string; likes: string; paras: string[] };
const dPosts: Post[] = [
  {
    user: 'hedgerow_harry',
    date: 'October 14, 2026,  8:12am',
    iso: '2026-10-14T08:12:40Z',
    likes: '2 Likes',
    paras: [
      j(
        'Looking for a second opinion. Client has a mature ash, roughly 70 cm DBH, on the boundary of a paddock, with about a third of',
        'the crown hanging over a public footpath. Dieback class 3 by my reckoning: maybe 50 to 60 percent crown loss, epicormic growth',
        'all down the stem, and a couple of dead limbs over the path already.',
      ),
      j(
        'Client would like to keep it for the bats (they have seen some at dusk) and asked whether a heavy reduction would buy it a few',
        'years. My gut says fell, but I would rather hear what others are doing now.',
      ),
    ],
  },
  {
    user: 'Mags_Treewright',
    date: 'October 14, 2026,  9:40am',
    iso: '2026-10-14T09:40:03Z',
    likes: '5 Likes',
    paras: [
      j(
        'At 50 percent plus over a footpath I would not be reducing it. Dead ash goes brittle very quickly and we have stopped climbing',
        'anything past class 2 – everything is done from a MEWP or by felling with a winch line. A reduction now just means you are back',
        'in two years with a more dangerous tree.',
      ),
      'If the bats are a genuine concern, get an ecologist out before you touch it. That covers you and the client.',
    ],
  },
  {
    user: 'owen.pruett',
    date: 'October 14, 2026,  1:05pm',
    iso: '2026-10-14T13:05:55Z',
    likes: '3 Likes',
    paras: [
      'Agree with Mags. A couple of things worth checking before you price it:',
      '',
      j(
        'An option some of our clients have liked is to fell to a 6 metre monolith if the ecologist finds roosts. The stem stays as',
        'habitat and the footpath is out of reach.',
      ),
    ],
  },
  {
    user: 'hedgerow_harry',
    date: 'October 16, 2026,  6:31pm',
    iso: '2026-10-16T18:31:12Z',
    likes: '1 Like',
    paras: [
      j(
        'Thanks both. Ecologist came out yesterday: no roosts, just a few old woodpecker holes. Council confirmed no TPO. Client has',
        'agreed to fell, and we are going in with the MEWP and a winch on the 28th with the path closed for the day.',
      ),
    ],
  },
];
const dChecks = [
  'whether the path is a public right of way, because the highway authority will want notice of a closure',
  'whether a felling licence is needed – under 5 cubic metres a quarter on the holding you are usually fine',
  'whether it sits in a conservation area or has a TPO',
];
const dPost = (p: Post, i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.user}"><span
itemprop="name">${p.user}</span></a></span>${i === 0 ? `<link itemprop="mainEntityOfPage" href="/t/ash-with-dieback-over-a-public-footpath/4188">` : ''}
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.date}</time>
<meta itemprop="dateModified" content="${p.iso}"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${p.paras.map((t) => (t === '' ? `<ul>${lis(dChecks)}</ul>` : `<p>${t}</p>`)).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><span class='post-likes'>${p.likes}</span></div></div>`;
const dRelated = ['Chalara and bats: who has used an ecologist?', 'MEWP hire rates 2026', 'Winch felling a hung-up ash'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Tree Work - Canopy Forum</title>
<meta name="description" content="Looking for a second opinion. Client has a mature ash, roughly 70 cm DBH, on the boundary of a paddock...">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://forum.canopyarb.org/t/ash-with-dieback-over-a-public-footpath/4188">
<meta property="og:site_name" content="Canopy Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<link href="/stylesheets/color_definitions_canopy_3_5.css" media="all" rel="stylesheet" data-scheme-id="3">
<link href="/stylesheets/desktop_theme_4.css" media="all" rel="stylesheet" data-target="desktop_theme"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/canopy-logo.png" alt="Canopy Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/ash-with-dieback-over-a-public-footpath/4188">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/tree-work/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #4F7942'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Tree Work</span></span></a>
<meta itemprop="position" content="1"></span></div>
<div class="topic-list-tags"><a href="/tag/ash-dieback" class="discourse-tag">ash-dieback</a>
<a href="/tag/felling" class="discourse-tag">felling</a></div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link">
<a href="/t/${4100 + i}" class="title raw-link raw-topic-link">${t}</a></td>
<td></td><td class="replies"><span class="posts">${6 + i}</span></td><td class="views"><span class="views">${210 + i * 37}</span></td>
<td>Sep 2026</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories"
itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines"
itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos"
itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy"
itemprop="url">Privacy Policy </a></span></li></ul></nav><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best
viewed with JavaScript enabled</p></footer></body></html>`;
const discourseAsh: TestPage = {
  name: 'heldout656-discourse-ash-dieback',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras.flatMap((t) => (t === '' ? dChecks : [t]))),
  bylines: [...dPosts.map((p) => p.user), ...dPosts.map((p) => p.date.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tree Work', 'ash-dieback', 'felling', ...dPosts.map((p) => p.likes), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRelated,
    'Sep 2026',
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const gTitle = 'Hedge cutting and nesting birds: when can we still work?';
const gDek = 'The short answer is “carefully, and after a proper check”. Here is how we decide between March and August.';
const gBody = [
  j(
    'From the first warm week of March our diary fills with hedge trimming, and from the same week we start getting calls from worried',
    'neighbours who have seen a hedge trimmer near a blackbird’s nest. Both are right to care. The law does not ban hedge cutting in',
    'spring and summer, but it does make it an offence to damage or destroy an active nest, and that changes how we work.',
  ),
  'What the law says',
  j(
    'All wild birds, their eggs and their nests in use or being built are protected. There is no fixed “closed season” for gardens:',
    'the risk is simply much higher between March and August, when most species are breeding. Farmers in some schemes are bound by',
    'cutting dates, but for a garden hedge the question is always whether there is a nest in it on the day.',
  ),
  'How we check',
  j(
    'Before any cutting in the breeding season, one of the team walks the hedge on both sides and watches it for ten minutes or so. Birds',
    'going in and out with food, alarm calls, or droppings gathering under one spot are all signs we take seriously.',
  ),
  j(
    'If we find an active nest, we leave a generous section of hedge around it uncut and come back once the young have fledged, usually',
    'three to four weeks later. There is no charge for the return visit.',
  ),
  'If you want work done in spring',
  j(
    'Think about whether it can wait. A light trim to keep a hedge off a path is fine if the check is clear; a hard cut-back is better',
    'left until September, when the hedge will also regrow more quickly.',
  ),
];
const gCallout = 'Spotted a nest in a hedge we are booked to cut? Tell us before the day and we will plan around it.';
const gTips = ['Trim in late winter if you can, before birds start building.', 'Leave the base of the hedge thick: it is where wrens and dunnocks nest.'];
const gNav = ['Home', 'Advice', 'Our work', 'About'];
const gMore = ['Why we no longer top trees', 'Five signs a tree needs a survey', 'Ivy on trees: friend or foe?'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2f7e1a9c3b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.birchwoodtrees.co.uk/hedge-cutting-and-nesting-birds/">
<meta property="og:site_name" content="Birchwood Trees Journal"><meta property="og:type" content="article"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Birchwood Trees Journal"},
"author":{"@type":"Person","name":"Nia Holloway"},"headline":"${gTitle}","datePublished":"2026-04-02T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-ghost="https://journal.birchwoodtrees.co.uk/"
data-key="8b2f3c1d9a" data-api="https://journal.birchwoodtrees.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-advice tag-wildlife is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://journal.birchwoodtrees.co.uk">Birchwood Trees Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"></svg></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-advice tag-wildlife ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/advice/">Advice</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nia/" class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/nia.jpg" alt="Nia Holloway"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nia/">Nia Holloway</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-04-02">Apr 2, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/hawthorn-hedge.jpg 600w" src="/content/images/hawthorn-hedge.jpg"
alt="A hawthorn hedge in flower"><figcaption>A hawthorn hedge in flower, checked and left uncut until late summer.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([gBody[0] ?? ''])}
<h2 id="what-the-law-says">${gBody[1]}</h2>${ps([gBody[2] ?? ''])}
<h2 id="how-we-check">${gBody[3]}</h2>${ps([gBody[4] ?? '', gBody[5] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🐦</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="if-you-want-work-done-in-spring">${gBody[6]}</h2>${ps([gBody[7] ?? ''])}
<ul>${lis(gTips)}</ul>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gMore
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/">
<img class="post-card-image" src="/content/images/p${i}.jpg"
alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Advice</span></div><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.birchwoodtrees.co.uk">Birchwood Trees Journal</a>
&copy; 2026</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2f7e1a9c3b"></script></body></html>`;
const ghostHedge: TestPage = {
  name: 'heldout656-ghost-hedge-nesting',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[3] ?? '', gBody[6] ?? ''],
  body: texts([gDek, gBody[0] ?? '', gBody[2] ?? '', gBody[4] ?? '', gBody[5] ?? '', gCallout, gBody[7] ?? '', ...gTips]),
  bylines: ['Nia Holloway', 'Apr 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Birchwood Trees Journal', ...gNav, 'Sign in', 'Subscribe', 'Advice', '• 4 min read',
    'A hawthorn hedge in flower, checked and left uncut until late summer.',
    'Sign up for more like this.',
    'Enter your email', 'Read more', ...gMore, 'Birchwood Trees Journal © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT656_C: readonly TestPage[] = [discourseAsh, ghostHedge].map(settle);
