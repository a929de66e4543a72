import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file b2: a Platformer-style Ghost newsletter issue (the gh-head with search, "Sign in" and
 * "Subscribe", the primary tag, the excerpt as dek, the author byline with date and reading time, a sponsor callout card
 * at the top of gh-content, an image card with caption, link-roundup sections with h2 headings, the comments section
 * header with the Ghost comments script, the footer CTA "Sign up for", the read-more cards and the site footer with
 * "Powered by Ghost", plus the Portal script).
 */
const gTitle = 'The city that tried to ban delivery robots';
const gDek = 'Kessling wanted fewer sidewalk robots. What it got was a lesson in who owns the pavement.';
const gSponsor = [
  'SPONSORED',
  'Lanternfish helps trust and safety teams review reports twice as fast, with queues that explain themselves. Start a free pilot today.',
];
const gP1 = paras(`
Last month the city council in Kessling voted eight to three to ban autonomous delivery robots from its sidewalks. On
Monday, the ban was quietly suspended, after the council's own lawyers told it that the city might not be allowed to
enforce it. Today let's talk about how a small fight over knee-high robots turned into a question about who gets to
decide what moves on a public path.
`);
const gCaption = 'A delivery robot waits at a crossing in Kessling’s Old Market district. (Photo by Wren Castillo)';
const gP2 = paras(`
The robots arrived eighteen months ago, operated by a startup called Trundle under a pilot permit. Residents' complaints
were ordinary: the machines blocked kerb ramps, stalled in the rain, and once trapped a wheelchair user at a narrow
corner for several minutes while a remote operator tried to reverse.

Those complaints were real, and the council was right to take them seriously. The trouble is that Kessling's sidewalks
are governed by a state law passed in 2022, which classifies delivery robots as "personal delivery devices" and allows
them anywhere pedestrians can go. Cities can set speed limits and weight limits. Whether they can ban them outright is,
at best, unclear.

What I find interesting is that the state law was written with almost no input from cities. It was drafted by a trade
group, passed in a single session, and has never been tested in court. Kessling may end up being the test.
`);
const gH1 = 'Governing';
const gGov = [
  'The state transport department said it would publish guidance on robot permits by spring.',
  'A coalition of disability groups asked for a rule requiring robots to yield at kerb ramps.',
  'Two other cities in the region paused their own pilots while they wait to see what happens in Kessling.',
];
const gH2 = 'Industry';
const gInd = [
  'Trundle said it would add a second remote operator for every ten robots in dense areas.',
  'A rival, Parcelbug, raised 40 million dollars and said it would avoid sidewalks altogether in favour of bike lanes.',
  'Delivery apps reported that robot orders still make up less than two percent of deliveries in the cities that allow them.',
];
const gH3 = 'Talk to us';
const gP3 = paras(`
Send us tips, comments, questions, and your best robot sightings: dana@switchboard.example.
`);
const gBody = [gDek, ...gP1, ...gP2, ...gGov, ...gInd, ...gP3];
const gNav = ['Home', 'About', 'Archive', 'Podcast'];
const gRead = [
  'The moderation vendor everyone uses and nobody names',
  'What the new app store rules mean for small developers',
  'A quieter year for platform policy',
];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3f2a1b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://www.switchboard.example/city-ban-delivery-robots/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Switchboard">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2025-11-04T14:02:11.000Z"><meta property="article:tag" content="Newsletter">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Dana Okafor">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Switchboard"},
"author":{"@type":"Person","name":"Dana Okafor"},"headline":"${gTitle}","datePublished":"2025-11-04T14:02:11.000Z","description":"${gDek}"}</script>
<meta name="generator" content="Ghost 6.3">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.51/umd/portal.min.js" data-i18n="true" data-ghost="https://www.switchboard.example/"
data-key="8c1e2b" data-api="https://switchboard.ghost.io/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:4%}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.8/umd/sodo-search.min.js" data-key="8c1e2b" data-styles="x" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-newsletter has-sans-title has-sans-body">
<div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://www.switchboard.example">Switchboard</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-newsletter">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/newsletter/">Newsletter</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/dana/" class="author-avatar"><img class="author-profile-image" src="/content/images/dana.jpg" alt="Dana
Okafor"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/dana/">Dana Okafor</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-11-04">Nov 4, 2025</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text"><b><strong>${gSponsor[0]}</strong></b><br>${gSponsor[1]}</div></div>
<hr>
${ps(gP1)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/11/robot.jpg" class="kg-image" alt="" loading="lazy" width="2000"
height="1333">
<figcaption><span style="white-space: pre-wrap;">${gCaption}</span></figcaption></figure>
${ps(gP2)}
<hr>
<h2 id="governing">${gH1}</h2>
<ul>${lis(gGov)}</ul>
<h2 id="industry">${gH2}</h2>
<ul>${lis(gInd)}</ul>
<hr>
<h2 id="talk-to-us">${gH3}</h2>
${ps(gP3)}
</section>
<section class="article-comments gh-canvas"><h2 class="comments-title">Comments</h2>
<p class="comments-note">Comments are for paying subscribers. Become a member to join the discussion.</p>
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.2/umd/comments-ui.min.js" data-ghost-comments="https://www.switchboard.example/"
data-api="https://switchboard.ghost.io/ghost/api/content/" data-post-id="6909f1" data-color-scheme="auto" crossorigin="anonymous"></script></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for Switchboard</h2>
<p class="footer-cta-desc">Where tech policy meets the street. Three issues a week.</p>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>
${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/c.jpg" alt="${r}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><h2 class="post-card-title">${r}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date">Oct 30, 2025</time></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Switchboard</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=3f2a1b"></script>
</body></html>`;

export const GHOST_ISSUE: TestPage = {
  name: 'heldout167-ghost-newsletter-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts(gBody),
  bylines: ['Dana Okafor', 'Nov 4, 2025', '5 min read'],
  furniture: [
    'Switchboard',
    ...gNav,
    'Sign in',
    'Subscribe',
    'Newsletter',
    ...gSponsor,
    gCaption,
    'Comments',
    'Comments are for paying subscribers. Become a member to join the discussion.',
    'Sign up for Switchboard',
    'Where tech policy meets the street. Three issues a week.',
    'Enter your email',
    'Read more',
    ...gRead,
    'Oct 30, 2025',
    '© 2025',
    ...gFoot,
    'Powered by Ghost',
  ],
};
