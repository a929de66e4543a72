import { links, type TestPage, texts } from './page-kit.js';
import { jekyllPost } from './pages-heldout96-b2.js';

/**
 * Held-out batch 96, file b: a company engineering post on Ghost 5 with the Casper theme (gh-head with nav, search button,
 * "Sign in" and "Subscribe", primary tag and "Featured" label, the custom excerpt under the title, byline with date and
 * reading time, feature image caption, code cards, a callout card, a bookmark card, the footer subscribe CTA, "Read more"
 * post cards and the site footer) and, from file b2, a personal Jekyll post with the minima theme on GitHub Pages.
 */
const ghTitle = 'How we cut our Postgres restore time from six hours to forty minutes';
const ghExcerpt = 'Our nightly backups were fine. Restoring them was not. Here is what we changed, in the order we changed it, and what each step bought us.';
const ghP1 = [
  'In March we ran a restore drill for the first time in over a year. The plan was simple: take last night’s backup of our main ' +
    'Postgres cluster, restore it onto a fresh machine, and check that the application could start against it. The backup was ' +
    '1.4 TB. The restore took six hours and eleven minutes.',
  'Nobody had written down a target, but everyone in the room agreed that six hours was too long. If the primary and both ' +
    'replicas were lost at once, we would be down for most of a working day before we even started checking data. We set a goal ' +
    'of under one hour and started digging.',
];
const ghH1 = 'Where the time went';
const ghP2 = [
  'The old process used <code>pg_dump</code> in the custom format, uploaded to object storage, and <code>pg_restore</code> on the ' +
    'way back. When we broke the six hours down, it looked like this:',
];
const ghList = [
  'Download from object storage: 38 minutes',
  'Restoring table data: 2 hours 20 minutes',
  'Building indexes: 2 hours 51 minutes',
  'Everything else, including constraints and analyze: 22 minutes',
];
const ghP3 = ['Index builds were the biggest single cost, and they were running one at a time.'];
const ghH2 = 'Step 1: Restore in parallel';
const ghP4 = [
  'The quickest win was the <code>--jobs</code> flag. <code>pg_restore</code> can load tables and build indexes in parallel when ' +
    'the dump is in the directory or custom format, which ours already was. On a 16-core restore machine we tried 4, 8 and 12 jobs:',
];
const ghCode1 = `pg_restore --jobs=8 --no-owner --dbname=ledger_restore /backups/ledger-2025-03-11.dump`;
const ghP5 = [
  'Eight jobs was the sweet spot. Beyond that, the disk became the bottleneck and the gains flattened out. This one change ' +
    'brought the total down to just under three hours.',
];
const ghCallout =
  'If your dump is in the plain SQL format, parallel restore is not available. Switch to the directory format first; it also ' +
  'lets <code>pg_dump</code> itself run in parallel.';
const ghH3 = 'Step 2: Give index builds more memory';
const ghP6 = [
  'Each index build sorts its data, and with the default <code>maintenance_work_mem</code> of 64 MB, most of those sorts spilled ' +
    'to disk. Because the restore machine does nothing else while it restores, we raised it to 2 GB and turned off a few settings ' +
    'that only matter for a live database:',
];
const ghCode2 = `maintenance_work_mem = 2GB
max_wal_size = 32GB
fsync = off
synchronous_commit = off
full_page_writes = off`;
const ghP7 = [
  'Turning off <code>fsync</code> is only safe because we throw the machine away if the restore fails. Never do this on a server ' +
    'you care about. With these settings, index builds dropped from almost three hours to 41 minutes.',
];
const ghH4 = 'Step 3: Stop restoring from a dump';
const ghP8 = [
  'Even with both changes we were at about 95 minutes, still well over the target. The remaining time was mostly Postgres doing ' +
    'work that had already been done once: reading rows and writing them back into fresh tables and indexes.',
  'So we stopped relying on logical dumps for disaster recovery. We now take physical base backups with WAL archiving, and ' +
    'restoring means copying files and replaying WAL up to the chosen point. The logical dumps still run weekly, because they ' +
    'are useful for moving data between major versions and for pulling out a single table.',
];
const ghH5 = 'Where we ended up';
const ghP9 = [
  'Our last three drills restored the full cluster in 38, 41 and 44 minutes, most of it spent downloading the base backup. We ' +
    'now run the drill on the first Monday of every month, and it pages the on-call engineer if it takes longer than an hour.',
  'The lesson is not really about Postgres. A backup you have never restored is a guess. Time your restores, write the number ' +
    'down, and decide in advance how long is too long.',
];
const ghNav = ['Home', 'Engineering', 'Product', 'Careers', 'About'];
const ghBookmark = [
  'Why we keep two kinds of backup',
  'Logical dumps and physical backups answer different questions. We explain which one we reach for, and when.',
  'Ledgerline Engineering',
  'Tomás Ferreira',
];
const ghMore = [
  [
    'Migrating 40 services to structured logging without a freeze',
    'We wanted every log line to be queryable. Here is how we got there one service at a time.',
    'Sep 23, 2025',
    '9 min read',
  ],
  ['What our on-call rota looks like in 2025', 'Shorter shifts, fewer pages and a very strict rule about follow-up tickets.', 'Aug 19, 2025', '6 min read'],
  [
    'Testing database migrations against production-sized data',
    'A copy of production, scrubbed, rebuilt every night, and why it was worth the cost.',
    'Jul 2, 2025',
    '7 min read',
  ],
];
const pre = (code: string, lang: string): string =>
  `<pre><code class="language-${lang}">${code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></pre>`;
const gp = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${ghTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://engineering.ledgerline.example/assets/built/screen.css?v=8b1f0e2a7c">
<meta name="description" content="${ghExcerpt}"><link rel="icon" href="https://engineering.ledgerline.example/favicon.png" type="image/png">
<link rel="canonical" href="https://engineering.ledgerline.example/postgres-restore-time/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Ledgerline Engineering"><meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}">
<meta property="article:published_time" content="2025-10-14T09:00:00.000Z"><meta property="article:tag" content="Engineering">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Priya Ramanathan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ledgerline Engineering"},
"author":{"@type":"Person","name":"Priya Ramanathan","url":"https://engineering.ledgerline.example/author/priya/"},"headline":"${ghTitle}",
"datePublished":"2025-10-14T09:00:00.000Z","keywords":"Engineering, Postgres","description":"${ghExcerpt}"}</script>
<meta name="generator" content="Ghost 5.101"><link rel="alternate" type="application/rss+xml" title="Ledgerline Engineering" href="/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://engineering.ledgerline.example/"
data-key="7e2c0a1f3b" data-api="https://engineering.ledgerline.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="7e2c0a1f3b"
data-styles="" crossorigin="anonymous"></script>
<link href="https://engineering.ledgerline.example/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=8b1f0e2a7c"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8b1f0e2a7c"></head>
<body class="post-template tag-engineering tag-postgres is-head-left-logo has-cover">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://engineering.ledgerline.example">Ledgerline Engineering</a><button class="gh-search gh-icon-btn"
aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2"
width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${ghNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}${t === 'Engineering' ? ' nav-current-parent' : ''}"><a
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-engineering tag-postgres featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/engineering/">Engineering</a>
</span><span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg> Featured</span></div>
<h1 class="article-title">${ghTitle}</h1>
<p class="article-excerpt">${ghExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/priya/" class="author-avatar" aria-label="Read more of Priya Ramanathan"><img class="author-profile-image"
src="/content/images/size/w100/2024/02/priya.jpg" alt="Priya Ramanathan"></a></li></ul><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/priya/">Priya Ramanathan</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-10-14">Oct 14, 2025</time>
<span class="byline-reading-time"><span class="bull">•</span> 8 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/10/server-room.jpg 300w, /content/images/size/w2000/2025/10/server-room.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2025/10/server-room.jpg" alt="${ghTitle}">
<figcaption><span style="white-space: pre-wrap;">Rack 14 in our Frankfurt region, where the restore drills run.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${gp(ghP1)}
<h2 id="where-the-time-went">${ghH1}</h2>
${gp(ghP2)}
<ul>${ghList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${gp(ghP3)}
<h2 id="step-1-restore-in-parallel">${ghH2}</h2>
${gp(ghP4)}
${pre(ghCode1, 'bash')}
${gp(ghP5)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="step-2-give-index-builds-more-memory">${ghH3}</h2>
${gp(ghP6)}
<div class="kg-card kg-code-card"><pre><code class="language-ini">${ghCode2}</code></pre><figcaption><p><span style="white-space: pre-wrap;">postgresql.conf on
the restore machine only</span></p></figcaption></div>
${gp(ghP7)}
<h2 id="step-3-stop-restoring-from-a-dump">${ghH4}</h2>
${gp(ghP8.slice(0, 1))}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://engineering.ledgerline.example/two-kinds-of-backup/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon/favicon.png" alt=""><span
class="kg-bookmark-author">${ghBookmark[2]}</span>
<span class="kg-bookmark-publisher">${ghBookmark[3]}</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/thumbnail/backups.png"
alt="" onerror="this.style.display = 'none'"></div></a></figure>
${gp(ghP8.slice(1))}
<h2 id="where-we-ended-up">${ghH5}</h2>
${gp(ghP9)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${ghMore
  .map(
    ([t, ex, d, len]) => `<article class="post-card post tag-engineering"><a class="post-card-image-link" href="/p/${d!.replace(/\W/g, '')}/">
<img class="post-card-image" sizes="(max-width: 1000px) 400px, 800px" src="/content/images/size/w600/post.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p/${d!.replace(/\W/g, '')}/"><header class="post-card-header"><div
class="post-card-tags">
<span class="post-card-primary-tag">Engineering</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025">${d}</time><span
class="post-card-meta-length">${len}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://engineering.ledgerline.example">Ledgerline Engineering</a> ©
2025
</section><nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Data & privacy', 'Status'], 'nav-item')}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
<button class="pswp__button pswp__button--share" title="Share"></button><button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button>
</div></div></div></div>
<script src="https://code.jquery.example/jquery-3.5.1.min.js" crossorigin="anonymous"></script><script src="/assets/built/casper.js?v=8b1f0e2a7c"></script>
<script>$(document).ready(function () { var $postContent = $(".post-full-content"); $postContent.fitVids(); });</script>
<div id="ghost-portal-root"></div><div id="sodo-search-root"></div></body></html>`;
const ghost: TestPage = {
  html,
  name: 'heldout96-ghost-casper-tech-blog',
  kind: 'blog',
  // the custom excerpt under the title is body (a dek); the callout card is body, the code cards and their caption neither;
  // the bookmark card (a link preview of another post), the feature image caption, tag, "Featured", the subscribe CTA, the
  // "Read more" cards and the footer are furniture
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4, ghH5],
  body: [
    ghExcerpt,
    ...ghP1,
    ...texts(ghP2),
    ...ghList,
    ...ghP3,
    ...texts(ghP4),
    ...ghP5,
    ...texts([ghCallout]),
    ...texts(ghP6),
    ...texts(ghP7),
    ...ghP8,
    ...ghP9,
  ],
  bylines: ['Priya Ramanathan', 'Oct 14, 2025', '8 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ledgerline Engineering', ...ghNav.filter((t) => t !== 'Engineering'), 'Engineering', 'Sign in', 'Subscribe', 'Featured',
    'Rack 14 in our Frankfurt region, where the restore drills run.', ...ghBookmark.filter((t) => t !== 'Ledgerline Engineering'),
    'Sign up for more like this.', 'Enter your email', ...ghMore.flat(), 'Sign up', 'Data & privacy', 'Status', 'Powered by Ghost',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT96_B: readonly TestPage[] = [ghost, jekyllPost];
