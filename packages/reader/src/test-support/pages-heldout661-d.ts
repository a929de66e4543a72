import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout661-kit.js';

/**
 * Held-out batch 661, file d: an e-bike owners' Discourse thread about a motor error code (the rendered Ember page), and a
 * motorcycle repairer's chain maintenance post on Ghost (Casper theme).
 */
const fTitle = 'Error 503 on Kessler D-Drive after firmware update – dealer says battery?';
interface Post {
  user: string;
  date: string;
  paras: string[];
  list?: string[];
}
const fPosts: Post[] = [
  {
    user: 'hillclimber_jo',
    date: 'Feb 3',
    paras: [
      j(
        'Since the shop updated my motor to firmware 4.2 at the annual service, I get error 503 on the display about twice a week, always on',
        'a steep climb in Sport mode. The motor cuts out, I switch off and on, and it works again.',
      ),
      'Bike is a 2025 Voltera Ridge 9 with the 720 Wh pack, about 6,800 km. Dealer thinks the battery is on its way out. Anyone seen this?',
    ],
  },
  {
    user: 'workshop_dave',
    date: 'Feb 3',
    paras: [
      j(
        'Workshop tech here. 503 on the D-Drive means a voltage drop under load. 4.2 changed how the motor reports it: older firmware just',
        'reduced assist, 4.2 stops and throws the code. So the update may only have made an existing problem visible.',
      ),
      'Before buying a battery, check these:',
    ],
    list: [
      'the battery contacts and the cradle contacts for pitting or corrosion',
      'that the battery lock is fully engaged (a loose pack gives the same code)',
      'the cell balance report in the dealer diagnostic tool',
    ],
  },
  {
    user: 'hillclimber_jo',
    date: 'Feb 5',
    paras: [
      j(
        'Thanks Dave. Took it back and asked for the balance report: one cell group is 0.18 V below the others when loaded. They have put in a',
        'warranty claim for the pack, as it is still inside the three-year cover.',
      ),
    ],
  },
  {
    user: 'mgreaves',
    date: 'Feb 9',
    paras: ['Same code on mine last autumn. Cleaning the cradle contacts with contact cleaner fixed it for good, so worth trying that first.'],
  },
];
const fPostHtml = (
  p: Post,
  n: number,
): string => `<div class="topic-post clearfix regular" data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by
@${p.user}" role="region" data-post-id="${9140 + n}" data-topic-id="2231" data-user-id="${300 + n}" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"
tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.example/${p.user}/96/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date"
href="/t/error-503/2231/${n}" data-share-url="/t/error-503/2231/${n}" data-post-number="${n}">
<span title="${p.date}, 2027" data-time="1801" class="relative-date">${p.date}</span>
</a></div></div></div><div class="regular contents"><div class="cooked">${ps(p.paras)}${p.list === undefined ? '' : `<ul>${lis(p.list)}</ul>`}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat like-count button-count"
title="number of people who liked this post">2</button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat
reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>`;
const fSugg = ['Range dropped 30% over winter – normal?', 'D-Drive firmware 4.2 release notes', 'Best contact cleaner for battery terminals'];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Error 503 on Kessler D-Drive after firmware update – dealer says battery? - Motors &amp; Drives - Ridgeline E-Bike Owners</title>
<meta name="description" content="Since the shop updated my motor to firmware 4.2 at the annual service, I get error 503 on the display"><meta name="generator"
content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0">
<link rel="canonical" href="https://forum.ridgeline-owners.example/t/error-503/2231">
<meta property="og:site_name" content="Ridgeline E-Bike Owners"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"hillclimber_jo"}}</script>
<link href="/stylesheets/desktop_a1b2.css?__ws=forum.ridgeline-owners.example" media="all" rel="stylesheet" data-target="desktop">
<link rel="preload" href="/assets/discourse-0a1b2c.js" as="script"><script defer src="/assets/discourse-0a1b2c.js"></script></head>
<body class="archetype-regular category-motors-drives"><section id="main" class="ember-application"><div class="ember-view">
<div class="d-header-wrap"><header class="d-header clearfix"><div class="wrap"><div class="contents"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="Ridgeline E-Bike Owners" id="site-logo" class="logo-big"></a></div>
<div class="panel clearfix" role="navigation">
<span class="auth-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="header-dropdown-toggle search-dropdown">
<a href="/search" title="search topics, posts, users, or categories" aria-label="Search" class="icon btn-flat"></a></li>
</ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="container posts">
<div id="topic-title" class="ember-view"><div class="title-wrapper"><h1 data-topic-id="2231"><a href="/t/error-503/2231" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><a class="badge-category__link" href="/c/motors-drives/7">
<span class="badge-category__name">Motors
&amp; Drives</span></a></span><div class="list-tags"><a href="/tag/kessler" class="discourse-tag simple">kessler</a><a href="/tag/error-codes"
class="discourse-tag simple">error-codes</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-timeline"><div class="timeline-container"><div class="timeline-date-wrapper"><a class="start-date">Feb 3</a></div>
<div class="timeline-replies">1 / 4</div><div class="timeline-date-wrapper"><a class="now-date">Feb 9</a></div></div></div>
<div class="post-stream">
${fPosts.map((p, i) => fPostHtml(p, i + 1)).join('\n')}
</div></div>
<div class="topic-map"><section class="map map-collapsed"><ul><li><h4>created</h4><span class="relative-date">Feb 3</span></li><li><h4>last reply</h4>
<span class="relative-date">Feb 9</span></li><li><span class="number">3</span><h4>replies</h4></li><li><span class="number">214</span><h4>views</h4></li></ul>
</section></div>
<div id="suggested-topics" class="more-topics__list" role="complementary" aria-labelledby="suggested-topics-title"><h3 id="suggested-topics-title"
class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody>${fSugg
  .map((t) => `<tr class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link raw-topic-link">${t}</a></td></tr>`)
  .join('\n')}</tbody></table></div>
</div></div></div>
<footer class="footer-nav"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</div></section></body></html>`;
const forum: TestPage = page({
  name: 'heldout661-discourse-ebike-error-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => [...p.paras, ...(p.list ?? [])])),
  bylines: fPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Motors & Drives', 'kessler', 'error-codes', '1 / 4', '2', 'Reply', 'created', 'last reply', '3', 'replies', '214', 'views',
    'Suggested Topics', ...fSugg, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const gTitle = 'Chain care for commuters: clean, lube, measure';
const gDek = 'Ten minutes a fortnight keeps a motorcycle chain alive for 20,000 miles. Skip it and you will be buying sprockets by spring.';
const gH = ['Cleaning', 'Lubrication', 'Measuring wear and slack'];
const gBody = [
  [
    j(
      'Put the bike on a paddock stand, engine off and in neutral. Spray a chain cleaner onto a three-sided brush and work it round the',
      'lower run, turning the wheel by hand. Never use a pressure washer or a wire brush: both damage the O-ring seals.',
    ),
    'Wipe the chain dry with a rag, then leave it for ten minutes so any cleaner trapped between the plates evaporates.',
  ],
  [
    j(
      'Lube on the inside of the lower run, where the chain meets the sprockets, so the spin of the wheel throws it into the rollers rather',
      'than off them. A thin, even coat is enough. Lube after a ride, when the chain is warm, and leave it overnight before riding.',
    ),
  ],
  [
    j(
      'Slack is the up-and-down play at the midpoint of the lower run, measured with the bike on its side stand. Most commuter bikes want',
      '25 to 35 mm; your handbook or the sticker on the swingarm gives the exact figure.',
    ),
    j(
      'To check wear, pull the chain away from the back of the rear sprocket. If you can see more than half a tooth, the chain is stretched',
      'and the sprockets are probably hooked too. Chain and sprockets should be replaced together.',
    ),
  ],
];
const gNav = ['Home', 'Workshop', 'Guides', 'Prices', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Chain care for commuters: clean, lube, measure</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://harrowgate-moto.example/chain-care/"><meta property="og:site_name" content="Harrowgate Moto Repairs">
<meta property="article:published_time" content="2026-10-22T07:00:00.000Z"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Harrowgate Moto Repairs"},
"author":{"@type":"Person","name":"Callum Reyes"},"headline":"${gTitle}","datePublished":"2026-10-22T07:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://harrowgate-moto.example/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style></head>
<body class="post-template tag-guides tag-chains is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="/">Harrowgate
Moto Repairs</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides tag-chains image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/guides/">Guides</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/callum/" class="author-avatar" aria-label="Read more of Callum Reyes">
<img class="author-profile-image" src="/content/images/size/w100/callum.jpg" alt="Callum Reyes"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/callum/">Callum Reyes</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-10-22">Oct 22, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/10/chain.jpg" alt="Cleaning a chain on a paddock stand"></figure></header>
<section class="gh-content gh-canvas">
<h2 id="cleaning">${gH[0]}</h2>${ps(gBody[0] ?? [])}
<h2 id="lubrication">${gH[1]}</h2>${ps(gBody[1] ?? [])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🔧</div><div class="kg-callout-text">Book a chain and sprocket check
for £15, free with any service.</div></div>
<h2 id="measuring-wear-and-slack">${gH[2]}</h2>${ps(gBody[2] ?? [])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-content-link" href="/winter-lay-up/">
<header class="post-card-header"><h2 class="post-card-title">Laying up a bike for winter</h2></header><div class="post-card-excerpt">Fuel, battery, tyres and
covers.</div></a></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Harrowgate Moto Repairs</a> © 2026</section><nav
class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by"><a
href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a1b2c3d4"></script></body></html>`;
const chain: TestPage = page({
  name: 'heldout661-ghost-casper-chain-care',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, ...(gBody[0] ?? []), ...(gBody[1] ?? []), ...(gBody[2] ?? [])]),
  bylines: ['Callum Reyes', 'Oct 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harrowgate Moto Repairs', ...gNav, 'Subscribe', 'Guides', '•', '3 min read', 'Book a chain and sprocket check for £15, free with any service.',
    'Sign up for more like this.', 'Enter your email', 'Laying up a bike for winter', 'Fuel, battery, tyres and covers.', 'Harrowgate Moto Repairs © 2026',
    'Sign up', 'Powered by Ghost',
  ],
});

export const HELDOUT661_D: readonly TestPage[] = [forum, chain];
