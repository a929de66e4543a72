import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, para } from './pages-heldout607-kit.js';

/**
 * Held-out batch 607, file d: an instructor's blog post on night diving on Ghost (Casper) with member sign-up, a callout card
 * and "read more" cards, and a Discourse thread (crawler view) in which new divers discuss equalising trouble.
 */
const gTitle = 'Night Diving for Nervous Divers: A Gentle First Plan';
const gDek = 'The reef you know by day becomes a different place after dark. Here is how we make the first night dive feel easy.';
const gBlocks: readonly [string, string][] = [
  para(
    'Every season a few of our guests tell me they would love to try a night dive but are scared of the dark. I understand.',
    'I was too. My first night dive was a rushed affair from a crowded boat, and I spent it staring at my own torch beam.',
  ),
  para(
    'It does not have to be like that. A night dive on a site you already know, from the shore, with a small group and a slow',
    'plan, is one of the calmest dives you will ever make.',
  ),
  ['h2', 'Dive the site by day first'],
  para(
    'We always run our first night dives on the house reef at Tessel Bay, and we ask you to dive it in daylight the same',
    'afternoon. You learn the entry, the depth of the sand channel (eight metres) and the shape of the reef, so in the dark',
    'nothing is new except the light.',
  ),
  ['h2', 'Kit for the first night'],
  ['li', 'A primary torch with a wide beam, and a small backup torch clipped to your BCD'],
  ['li', 'A glow stick or strobe on your tank valve so your buddy can find you'],
  ['li', 'Your usual mask, fins and suit: change nothing else'],
  ['callout', 'Tip: switch your torch on before you enter the water and check that it is pointing down, not in your buddy\u2019s eyes.'],
  ['h2', 'Signals in the dark'],
  para(
    'Hand signals still work if you shine your torch on your own hand. For everything else there are torch signals: a slow circle',
    'means OK, a fast side-to-side wave means attention. Never point your beam at another diver\u2019s face.',
  ),
  ['h2', 'The lights-out moment'],
  para(
    'Halfway through the dive, if everyone is comfortable, we kneel on the sand and switch our torches off for a minute.',
    'Wave your hand and the water fills with green sparks: bioluminescent plankton. Nobody has ever asked to skip this part twice.',
  ),
  para('If you would like to join one of our small-group night dives, they run every Tuesday and Friday from May to October.'),
];
const gNav = ['Home', 'Dive Log', 'Courses', 'About'];
const gMore: readonly [string, string, string, string][] = [
  ['Five Things I Wish I Knew Before My Open Water', 'Small lessons from my own first dives, twenty years ago.', 'Apr 2, 2026', '4 min read'],
  ['The Tessel Bay House Reef, Metre by Metre', 'A slow tour of the reef where most of our students learn.', 'Mar 19, 2026', '7 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f2a1c9b08"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://logbook.tesselbaydivers.com/night-diving-for-nervous-divers/">
<meta property="og:site_name" content="The Tessel Bay Logbook"><meta property="og:type" content="article"><meta property="article:tag" content="Night diving">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Tessel Bay Logbook"},
"author":{"@type":"Person","name":"Ines Varga"},"headline":"${gTitle}","datePublished":"2026-05-14T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="The Tessel Bay Logbook" href="https://logbook.tesselbaydivers.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://logbook.tesselbaydivers.com/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-night-diving is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://logbook.tesselbaydivers.com">The Tessel Bay Logbook</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-night-diving featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/night-diving/">Night diving</a>
</span><span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ines/" class="author-avatar" aria-label="Read more of Ines Varga">
<img class="author-profile-image" src="/content/images/ines.jpg" alt="Ines Varga">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Varga</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-14">May 14, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/05/night-reef.jpg 300w" src="/content/images/size/w2000/2026/05/night-reef.jpg"
alt="${gTitle}"><figcaption>Torchlight on the Tessel Bay house reef. Photo: Bram Oudt</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gBlocks
  .map(([t, s], i) => {
    if (t === 'callout') return `<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-text">${s}</div></div>`;
    if (t !== 'li') return `<${t}>${s}</${t}>`;
    return `${gBlocks[i - 1]?.[0] === 'li' ? '' : '<ul>'}<li>${s}</li>${gBlocks[i + 1]?.[0] === 'li' ? '' : '</ul>'}`;
  })
  .join('\n')}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/05/plankton.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800"><figcaption><span style="white-space: pre-wrap;">Lights out: the plankton show at eight metres.</span></figcaption></figure>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([h, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${h.length}/"><img class="post-card-image" alt="${h}"
src="/content/images/${h.length}.jpg" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${h.length}/">
<header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">${h}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-04-02">${d}</time><span class="post-card-meta-length">${r}</span></footer>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://logbook.tesselbaydivers.com">The Tessel Bay Logbook</a>
&copy; 2026</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4f2a1c9b08"></script></body></html>`;
const ghostNight: TestPage = {
  name: 'heldout607-ghost-casper-night-diving',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gBlocks.filter(([t]) => t === 'h2').map(([, s]) => s),
  body: [gDek, ...gBlocks.filter(([t]) => t !== 'h2').map(([, s]) => s)],
  bylines: ['Ines Varga', 'May 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Tessel Bay Logbook', ...gNav, 'Sign in', 'Subscribe', 'Featured', '• 5 min read',
    'Torchlight on the Tessel Bay house reef. Photo: Bram Oudt', 'Lights out: the plankton show at eight metres.', 'Sign up for more like this.',
    'Enter your email', ...gMore.flatMap((m) => [...m]), 'The Tessel Bay Logbook © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const fTitle = 'Ears won\u2019t equalise below 4 m on my open water dives \u2013 any tips?';
const fPosts: readonly { user: string; name: string; time: string; iso: string; likes: string; paras: string[] }[] = [
  {
    user: 'sandfish',
    name: 'Lena',
    time: 'April 11, 2026,  9:12am',
    iso: '2026-04-11T09:12:40Z',
    likes: '2 Likes',
    paras: [
      j(
        'I did my pool sessions last week with no problems at all, but on the first two open water dives I got stuck at about',
        'four metres. My left ear just would not clear, and my instructor had to bring me back up. The right one is fine.',
      ),
      'I have two more dives booked for Saturday. Is there anything I can do before then, or should I just postpone?',
    ],
  },
  {
    user: 'coldwater_kev',
    name: 'Kevin Ashdown',
    time: 'April 11, 2026, 10:03am',
    iso: '2026-04-11T10:03:11Z',
    likes: '5 Likes',
    paras: [
      j(
        'Very common, so don\u2019t worry. The trick that worked for me: start equalising on the surface before you even let air',
        'out of your BCD, then every half metre on the way down, before you feel any pressure. Once it hurts, it is usually too late.',
      ),
      'Descend feet first on the line too. Head-down descents make it much harder.',
    ],
  },
  {
    user: 'moray_instructor',
    name: 'Dalia Fenwick',
    time: 'April 11, 2026,  1:47pm',
    iso: '2026-04-11T13:47:05Z',
    likes: '7 Likes',
    paras: [
      j(
        'Instructor here. Everything Kevin said, plus: if one side is always the problem, tilt your head so that ear points',
        'up while you equalise, and try swallowing or wiggling your jaw instead of only blowing against a pinched nose.',
      ),
      j(
        'If you have any congestion at all, postpone. Forcing it can damage your eardrum, and that would end your diving for',
        'weeks rather than days. A quick check with a doctor before Saturday would not hurt either.',
      ),
    ],
  },
  {
    user: 'sandfish',
    name: 'Lena',
    time: 'April 14, 2026,  6:30pm',
    iso: '2026-04-14T18:30:52Z',
    likes: '4 Likes',
    paras: ['Update: went down slowly on the line, head tilted, equalising early. Both dives done and I am certified! Thank you all.'],
  },
];
const fRelated: readonly [string, string, string, string, string][] = [
  ['Mask squeeze after my first dive', 'Training & Certification', '6', '412', 'March 2026'],
  ['Best decongestant-free tricks for diving with a cold?', 'Health & Fitness', '11', '1.2k', 'January 2026'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fCat = 'Training & Certification';
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Training &amp; Certification - Tidepool Divers Forum</title>
<meta name="description" content="I did my pool sessions last week with no problems at all, but on the first two open water dives
I got stuck at about four metres.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="/uploads/favicon.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://forum.tidepooldivers.org/t/ears-wont-equalise-below-4-m/2291">
<link href="/stylesheets/color_definitions_base__1.css" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"sandfish"},
"datePublished":"2026-04-11T09:12:40Z"}</script><meta property="og:site_name" content="Tidepool Divers Forum"><meta property="og:type" content="website"></head>
<body class="crawler"><header><a href="/"><img src="/uploads/tidepool-logo.png" alt="Tidepool Divers Forum" id="site-logo" style="max-width: 150px;"></a>
</header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/ears-wont-equalise-below-4-m/2291">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/training/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">${fCat.replace('&', '&amp;')}</span></span></a>
<meta itemprop="position" content="1"></span></div><div class="topic-list-tags"><a href="/tag/equalising" class="discourse-tag">equalising</a>
<a href="/tag/beginners" class="discourse-tag">beginners</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}">
<meta itemprop="articleSection" content="${fCat.replace('&', '&amp;')}"><meta itemprop="keywords" content="equalising, beginners">
${fPosts
  .map(
    (p, i) => `<div ${i === 0 ? '' : `id="post_${i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" `}
class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.user}">
<span itemprop="name">${p.user}</span></a>(${p.name})</span><span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}"
class="post-time">${p.time}</time><meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"><span class="post-likes">${p.likes}</span></div>
</div>`,
  )
  .join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, c, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${i + 800}"><td class="main-link" itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${i + 800}"
class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a href="/c/${i}" class="badge-wrapper bullet">
<span class="category-name">${c.replace(
      '&',
      '&amp;',
    )}</span></a></div></td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views">
<span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${fFoot
  .map(
    (f) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/${f.toLowerCase()}" itemprop="url">${f} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<footer class="container wrap"><div class="noscript-footer-nav"></div><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>,
best viewed with JavaScript enabled</p></footer></body></html>`;
const discourseEars: TestPage = {
  name: 'heldout607-discourse-equalising-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.name, p.time.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    fCat, 'beginners', ...new Set(fPosts.map((p) => p.likes)), 'Related topics', ...fRelated.flatMap((r) => [r[0], r[2], r[3], r[4]]),
    'Health & Fitness', ...fFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT607_D: readonly TestPage[] = [ghostNight, discourseEars];
