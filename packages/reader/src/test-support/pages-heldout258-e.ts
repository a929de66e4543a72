import { links, ps, type TestPage, texts } from './page-kit.js';
import { flarum } from './pages-heldout258-e2.js';
import { j, lis, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file e: a NodeBB 3 (Persona) topic on a self-hosting forum (the forum title in the navbar's h1 and the
 * topic title in a second h1, main nav, logged-out menu, BreadcrumbList, topic stats and tags, posts with avatar letter,
 * group label, timeago date, markdown body with h2 headings, a list and a code block, Reply / Quote tools and vote counts,
 * the "Log in to reply" button, the reconnect alert and the footer) and, from file e2, a Flarum discussion.
 */
const nTitle = 'My 3-2-1 backup setup for a small home NAS, one year in';
const nHeads = ['What gets backed up', 'The offsite box', 'Testing restores'];
const nIntro = [
  j(
    'A few people asked in the weekly thread how I back up my NAS, so here is the whole setup after a year of running it. Nothing',
    'fancy, and all of it on hardware I already had.',
  ),
];
const nWhat = [
  'Not everything on the NAS is worth three copies. I split it into tiers:',
  'Family photos and documents: three copies, one offsite, kept forever.',
  'Configuration for the containers and the router: three copies, last 30 versions.',
  'Media I could download again: no backup at all, just the RAID mirror.',
];
const nOffsite = [
  j(
    'The offsite copy lives on an old mini PC with a single 4 TB disk at my brother-in-law\u2019s flat across town. It connects back over',
    'a WireGuard tunnel and receives encrypted, deduplicated snapshots every night at 2 am. The repository is encrypted before it leaves',
    'my house, so he cannot read it and neither can anyone who steals the box.',
  ),
  'The nightly job is a single line in cron:',
];
const nCode = '0 2 * * * /usr/local/bin/backup-run --tier=critical --target=offsite';
const nTest = [
  j(
    'A backup you have never restored is a hope, not a backup. On the first Sunday of each month I restore one random folder from the',
    'offsite copy to a scratch directory and compare checksums. Twice this year that caught a problem: once an expired key, and once',
    'a full disk on the offsite box that the job had been failing on quietly for six days.',
  ),
  'Since then the job also sends me a message when it fails, which I should have set up from day one.',
];
const nR1 = [
  j('Really useful, thanks. How do you handle the offsite box being down, for example if the flat loses power? Does the nightly job', 'catch up on its own?'),
];
const nR2 = [
  j(
    'It just fails that night and sends the alert. Because the snapshots are incremental, the next successful run picks up everything',
    'that changed since the last good one, so a missed night costs nothing except a day of exposure.',
  ),
];
type NPost = { pid: number; idx: number; user: string; group: string; date: string; votes: string; html: string };
const nPosts: NPost[] = [
  {
    pid: 55102,
    idx: 0,
    user: 'quietfan',
    group: '',
    date: '30 Jan 2026, 19:02',
    votes: '24',
    html: `${ps(nIntro)}\n<h2 id="what-gets-backed-up">${nHeads[0]}</h2>\n${ps(nWhat.slice(0, 1))}\n<ul>\n${lis(nWhat.slice(1))}\n</ul>
<h2 id="the-offsite-box">${nHeads[1]}</h2>\n${ps(nOffsite)}\n<pre><code class="language-bash">${nCode}</code></pre>
<h2 id="testing-restores">${nHeads[2]}</h2>\n${ps(nTest)}`,
  },
  { pid: 55117, idx: 1, user: 'Ysolde Marchetti', group: 'Moderators', date: '30 Jan 2026, 21:40', votes: '3', html: ps(nR1) },
  { pid: 55121, idx: 2, user: 'quietfan', group: '', date: '30 Jan 2026, 22:05', votes: '5', html: ps(nR2) },
];
const nPost = (p: NPost): string => `<li component="post" class="${p.idx === 0 || p.user === 'quietfan' ? 'topic-owner-post' : ''}" data-index="${p.idx}"
data-pid="${p.pid}" data-uid="${p.pid % 97}" data-username="${p.user}" itemscope itemtype="http://schema.org/Comment">
<a component="post/anchor" data-index="${p.idx}" id="${p.idx + 1}"></a><meta itemprop="datePublished" content="2026-01-30T19:02:11.000Z">
<div class="clearfix post-header"><div class="icon pull-left"><a href="/user/${p.user.toLowerCase().replace(/ /g, '-')}">
<span class="avatar avatar-sm2x avatar-rounded"
alt="${p.user}" title="${p.user}" data-uid="${p.pid % 97}" component="user/picture" style="background-color: #3f51b5;">${p.user.charAt(0).toUpperCase()}</span>
<i component="user/status" class="fa fa-circle status offline" title="Offline"></i></a></div><small class="pull-left"><strong><a
href="/user/${p.user.toLowerCase().replace(/ /g, '-')}" itemprop="author" data-username="${p.user}" data-uid="${p.pid % 97}">${p.user}</a></strong>
${
  p.group === ''
    ? ''
    : `<a href="/groups/moderators"><span class="label label-skin group-label"
style="color:#ffffff;background-color:#2e7d32;">${p.group}</span></a>`
}
<span class="visible-xs-inline-block visible-sm-inline-block visible-md-inline-block visible-lg-inline-block"><a class="permalink" href="/post/${p.pid}">
<span class="timeago" title="2026-01-30T19:02:11.000Z">${p.date}</span></a></span></small></div><br />
<div class="content" component="post/content" itemprop="text">
${p.html}
</div><div class="post-footer"><div class="clearfix"><small class="pull-right"><span class="post-tools">
<a component="post/reply" href="#" class="no-select">Reply</a>
<a component="post/quote" href="#" class="no-select">Quote</a></span><span class="votes"><a component="post/upvote" href="#"><i class="fa fa-chevron-up"></i>
</a>
<span component="post/vote-count" data-votes="${p.votes}">${p.votes}</span><a component="post/downvote" href="#"><i class="fa fa-chevron-down"></i></a></span>
</small>
</div></div></li>`;
const nNav = ['Categories', 'Recent', 'Tags', 'Popular', 'Users', 'Groups'];
const nTags = ['backup', 'wireguard', 'nas'];
const nHtml = `<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;"><head><title>${nTitle} | Homelab Collective</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" /><meta name="content-type" content="text/html; charset=UTF-8" />
<meta property="og:site_name" content="Homelab Collective" /><meta property="og:title" content="${nTitle}" /><meta property="og:type" content="article" />
<meta property="article:published_time" content="2026-01-30T19:02:11.000Z" /><meta property="article:section" content="Storage &amp; Backups" />
<link rel="canonical" href="https://forum.homelabcollective.example/topic/2290/my-3-2-1-backup-setup" />
<link rel="stylesheet" type="text/css" href="/assets/client.css?v=9a8b7c" />
<script>var config = JSON.parse('{"relative_path":"","upload_url":"/assets/uploads","siteTitle":"Homelab Collective","browserTitle":"Homelab Collective"}');
var app = {user: JSON.parse('{"uid":0,"username":"Guest"}')};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${nTitle}","author":{"@type":"Person",
"name":"quietfan"},"datePublished":"2026-01-30T19:02:11.000Z","commentCount":2}</script></head>
<body class="page-topic page-topic-2290 page-topic-my-3-2-1-backup-setup page-topic-category-7 page-status-200 theme-persona user-guest skin-noskin">
<nav id="menu" class="slideout-menu hidden"><section class="menu-section" data-section="navigation"><h3 class="menu-section-title">Navigation</h3></section>
</nav>
<main id="panel" class="slideout-panel"><nav class="navbar navbar-default navbar-fixed-top header" id="header-menu" component="navbar"><div class="container">
<div class="navbar-header"><a href="/"><img alt="" class="forum-logo" src="/assets/uploads/system/site-logo.png" /></a><a href="/">
<h1 class="navbar-brand forum-title">
Homelab Collective</h1></a></div><div id="nav-dropdown" class="hidden-xs"><ul id="logged-out-menu" class="nav navbar-nav navbar-right">
<li><a href="/register"><i class="fa fa-pencil fa-fw"></i><span>Register</span></a></li><li><a href="/login"><i class="fa fa-sign-in fa-fw"></i>
<span>Login</span></a>
</li></ul><ul id="main-nav" class="nav navbar-nav">${links(nNav, 'navigation-link')}</ul></div></div></nav>
<div class="container" id="content"><noscript><div class="alert alert-danger"><p>Your browser does not seem to support JavaScript.</p></div></noscript>
<ol class="breadcrumb" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">
<li itemscope="itemscope" itemprop="itemListElement"
itemtype="http://schema.org/ListItem"><meta itemprop="position" content="0" /><a href="/" itemprop="item"><span itemprop="name">Home</span></a></li>
<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem"><meta itemprop="position" content="1" />
<a href="/category/7/storage-backups"
itemprop="item"><span itemprop="name">Storage &amp; Backups</span></a></li><li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement"
itemtype="http://schema.org/ListItem" class="active"><meta itemprop="position" content="2" /><span itemprop="name">${nTitle}</span></li></ol>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic"><div class="topic-header"><h1 component="post/header" class="" itemprop="name">
<span class="topic-title" component="topic/title">${nTitle}</span></h1><div class="topic-info clearfix"><div class="tags tag-list inline-block">
${nTags.map((t) => `<a href="/tags/${t}"><span class="tag tag-item tag-class-${t}" data-tag="${t}">${t}</span></a>`).join('')}</div>
<div class="topic-main-buttons pull-right inline-block"><div class="stats hidden-xs"><span class="human-readable-number" title="3">3</span><br />
<small>Posts</small></div>
<div class="stats hidden-xs"><span class="human-readable-number" title="1412">1.4k</span><br /><small>Views</small></div>
<a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">Log in to reply</a></div></div></div>
<ul component="topic" class="posts timeline" data-tid="2290">
${nPosts.map(nPost).join('\n')}
</ul><div class="pagination-block text-center"><div class="progress-bar"></div><div class="wrapper dropup">
<i class="fa fa-2x fa-angle-double-up pointer fa-fw pagetop"></i>
<span class="pagination-text">1 out of 3</span></div></div></div></div>
<div component="toaster/tray" class="alert-window">
<div id="reconnect-alert" class="alert alert-dismissable alert-warning clearfix hide" component="toaster/toast">
<p>Looks like your connection to Homelab Collective was lost, please wait while we try to reconnect.</p></div></div>
<footer id="footer" class="container footer"><div class="copyright">Powered by <a target="_blank" href="https://www.nodebb.org">NodeBB</a> |
<a target="_blank" href="//github.com/NodeBB/NodeBB/graphs/contributors">Contributors</a></div></footer></main>
<div class="cookie-consent"><p>This website uses cookies to ensure you get the best experience on our website.</p>
<button class="btn btn-primary">Got it!</button></div>
<script defer src="/assets/nodebb.min.js?v=9a8b7c"></script></body></html>`;
const nodebb: TestPage = {
  name: 'heldout258-nodebb-forum',
  kind: 'forum',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([...nIntro, ...nWhat, ...nOffsite, nCode, ...nTest, ...nR1, ...nR2]),
  bylines: uniq(['quietfan', 'Ysolde Marchetti', ...nPosts.map((p) => p.date)]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Navigation', 'Homelab Collective', 'Register', 'Login', ...nNav, 'Your browser does not seem to support JavaScript.', 'Home', 'Storage & Backups',
    'Posts', '1.4k', 'Views', 'Log in to reply', 'Moderators', 'Reply', 'Quote', '1 out of 3',
    'Looks like your connection to Homelab Collective was lost, please wait while we try to reconnect.', 'Powered by NodeBB | Contributors',
    'This website uses cookies to ensure you get the best experience on our website.', 'Got it!',
  ]),
};

export const HELDOUT258_E: readonly TestPage[] = [nodebb, flarum];
