import { ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file e2: a Flarum 1.8 discussion on a home-baking forum, as the Mithril app renders it (header with
 * the forum title, header links, search, locale and Sign Up / Log In, the DiscussionHero with its tag label and h1, the
 * discussion nav with Reply, Follow and the scrubber, comment posts with PostUser names, human times, "like this" footers
 * and Like / Reply actions, a discussion-renamed event post, the reply placeholder and a cookie-consent window).
 */
const fTitle = 'Starter went dormant after moving house: how I revived it in five days';
const fP1 = [
  j(
    'We moved at the start of the month and my starter spent ten days in a box in the back of a cold van, then another week forgotten',
    'in the new fridge. When I finally fed it, nothing happened for two days. No bubbles, a layer of grey liquid on top and a smell',
    'like nail varnish. I nearly threw it out, but it is eight years old, so I tried to bring it back first. This is what worked.',
  ),
  j(
    'Day 1: poured off the liquid, kept one tablespoon of the starter and fed it 50 g of wholemeal rye and 50 g of water at about',
    '26 degrees. Left it in the oven with only the light on.',
  ),
  'Day 2: a few small bubbles. Discarded all but one tablespoon again and fed the same way, twice, twelve hours apart.',
  'Day 3 and 4: visible rise of about a third within six hours. The nail varnish smell was gone and it smelled sour and fruity again.',
  j(
    'Day 5: switched back to my usual white bread flour and it doubled in five hours. Baked a test loaf that evening and it was as',
    'good as anything I made before the move.',
  ),
];
const fP2 = [
  j(
    'Glad it came back. The rye is the key in my experience: it has more of the nutrients and wild yeast that a tired culture needs.',
    'The warm oven trick works too, just make sure nobody turns the oven on without checking first. I have lost a jar that way.',
  ),
];
const fP3 = [
  j(
    'That acetone smell is just a hungry starter, for anyone who finds this thread later. It is not mould and it does not mean the',
    'culture is dead. Pink or orange streaks are a different story, though: if you see those, throw it out and start again.',
  ),
];
const fP4 = ['Good point about the colours, I have added that to my notes. And yes, there is now a sticky note on the oven door.'];
type FPost = { n: number; id: number; user: string; letter: string; bg: string; date: string; full: string; liked: string; html: string };
const fPosts: FPost[] = [
  {
    n: 1,
    id: 3311,
    user: 'ines_bakes',
    letter: 'I',
    bg: '#e5b0a8',
    date: 'Feb 15',
    full: 'Sunday, February 15, 2026 9:11 AM',
    liked: 'Mattias, Rosa Kettering and 9 others like this.',
    html: ps(fP1),
  },
  {
    n: 2,
    id: 3318,
    user: 'Rosa Kettering',
    letter: 'R',
    bg: '#a8c5e5',
    date: 'Feb 15',
    full: 'Sunday, February 15, 2026 11:30 AM',
    liked: 'ines_bakes likes this.',
    html: ps(fP2),
  },
  {
    n: 4,
    id: 3342,
    user: 'Mattias',
    letter: 'M',
    bg: '#b5e5a8',
    date: 'Feb 16',
    full: 'Monday, February 16, 2026 7:48 PM',
    liked: 'ines_bakes and Rosa Kettering like this.',
    html: ps(fP3),
  },
  { n: 5, id: 3351, user: 'ines_bakes', letter: 'I', bg: '#e5b0a8', date: 'Feb 17', full: 'Tuesday, February 17, 2026 8:02 AM', liked: '', html: ps(fP4) },
];
const fPost = (
  p: FPost,
): string => `<div class="PostStream-item" data-index="${p.n - 1}" data-time="2026-02-15T09:11:02+00:00" data-number="${p.n}" data-id="${p.id}"
data-type="comment"><article class="Post CommentPost"><div><header class="Post-header"><ul><li class="item-user"><div class="PostUser">
<h3 class="PostUser-name">
<a href="/u/${p.user.toLowerCase().replace(/ /g, '_')}"><span class="Avatar" loading="lazy" style="--avatar-bg: ${p.bg};">${p.letter}</span><span
class="username">${p.user}</span></a></h3><ul class="PostUser-badges badges"></ul></div></li><li class="item-meta"><div class="Dropdown PostMeta">
<a class="Dropdown-toggle" data-toggle="dropdown"><time pubdate="" datetime="2026-02-15T09:11:02+00:00" title="${p.full}" data-humantime="">${p.date}</time></a>
</div></li></ul></header><div class="Post-body">${p.html}</div>${
  p.liked === ''
    ? ''
    : `<aside class="Post-footer"><ul><li class="item-liked"><div class="Post-likedBy"><i aria-hidden="true" class="icon fas fa-thumbs-up">
</i>${p.liked}</div></li>
</ul></aside>`
}<aside class="Post-actions"><ul><li class="item-like"><button class="Button Button--link" type="button"><span class="Button-label">Like</span></button></li>
<li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Reply</span></button></li></ul></aside></div></article>
</div>`;
const renamed = `<div class="PostStream-item" data-index="2" data-number="3" data-id="3330" data-type="discussionRenamed"><article class="Post EventPost
DiscussionRenamedPost"><div class="EventPost-icon"><i aria-hidden="true" class="icon fas fa-pencil-alt"></i></div><div class="EventPost-info">
<a class="EventPost-user" href="/u/ines_bakes"><span class="username">ines_bakes</span>
</a> changed the title to <strong class="DiscussionRenamedPost-new">${fTitle}</strong>.
<a class="EventPost-date" href="/d/812/3"><time datetime="2026-02-16T07:10:00+00:00" title="Monday, February 16, 2026 7:10 AM">Feb 16</time></a></div>
</article></div>`;
const fHtml = `<!doctype html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${fTitle} - Crumb &amp; Crust</title>
<link rel="canonical" href="https://forum.crumbandcrust.example/d/812-starter-went-dormant-after-moving-house">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="description" content="We moved at the start of the month
and my starter spent ten days in a box in the back of a cold van.">
<meta name="theme-color" content="#c08a3e"><meta property="og:site_name" content="Crumb &amp; Crust"><meta property="og:type" content="article">
<meta property="og:title" content="${fTitle}"><meta property="article:published_time" content="2026-02-15T09:11:02+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"datePublished":"2026-02-15T09:11:02+00:00",
"author":{"@type":"Person","name":"ines_bakes"},"publisher":{"@type":"Organization","name":"Crumb & Crust"}}</script>
<link rel="stylesheet" href="https://forum.crumbandcrust.example/assets/forum.css?v=3c1e2a4b"></head>
<body><div id="app" class="App affixNavigation App--discussion"><div id="app-navigation" class="App-navigation">
<div class="Navigation ButtonGroup App-backControl">
<a class="Button Navigation-back Button--icon hasIcon" href="/" aria-label="Back to Discussion List"></a></div></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header"><div class="container"><div class="Header-title">
<a href="/" id="home-link">Crumb &amp; Crust</a></div>
<div id="header-primary" class="Header-primary"><ul class="Header-controls"><li class="item-link0">
<a class="LinkButton" href="https://crumbandcrust.example/recipes">
<span class="LinkButton-title">Recipes</span></a></li><li class="item-link1"><a class="LinkButton" href="https://crumbandcrust.example/shop"><span
class="LinkButton-title">Flour Shop</span></a></li></ul></div>
<div id="header-secondary" class="Header-secondary"><ul class="Header-controls"><li class="item-search">
<div role="search" aria-label="Search Forum" class="Search">
<div class="Search-input"><input aria-label="Search Forum" class="FormControl" type="search" placeholder="Search Forum"></div></div></li>
<li class="item-locale"><div class="Dropdown SessionDropdown"><button class="Dropdown-toggle Button Button--link"><span class="Button-label">English</span>
</button></div></li>
<li class="item-signUp"><button class="Button Button--link" type="button"><span class="Button-label">Sign Up</span></button></li>
<li class="item-logIn"><button class="Button Button--link" type="button"><span class="Button-label">Log In</span></button></li></ul></div></div></header></div>
<main class="App-content"><div id="content"><div class="DiscussionPage"><div class="DiscussionPage-discussion"><header class="Hero DiscussionHero">
<div class="container">
<ul class="DiscussionHero-items"><li class="item-tags"><span class="TagsLabel"><a class="TagLabel colored text-contrast--light" href="/t/starters"
style="--tag-bg: #c08a3e;"><span class="TagLabel-text"><span class="TagLabel-name">Starters &amp; Levain</span></span></a></span></li>
<li class="item-title"><h1 class="DiscussionHero-title">${fTitle}</h1></li></ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls">
<div class="ButtonGroup Dropdown dropdown App-primaryControl Dropdown--split">
<button class="SplitDropdown-button Button Button--primary hasIcon" type="button"><i aria-hidden="true" class="icon fas fa-reply Button-icon"></i>
<span class="Button-label">Reply</span></button></div></li><li class="item-subscription"><button class="Button SubscriptionMenu-button hasIcon" type="button">
<span class="Button-label">Follow</span></button></li><li class="item-scrubber"><div class="PostStreamScrubber Dropdown App-titleControl">
<button class="Button Dropdown-toggle"
data-toggle="dropdown"><span><span class="Scrubber-index">1</span> of <span class="Scrubber-count">5</span> posts </span></button>
<div class="Dropdown-menu dropdown-menu"><div class="Scrubber"><a class="Scrubber-first"><i aria-hidden="true" class="icon fas fa-angle-double-up">
</i> Original Post</a>
<div class="Scrubber-scrollbar"><div class="Scrubber-info"><strong>1 of 5 posts</strong><span class="Scrubber-description">February 2026</span></div></div>
<a class="Scrubber-last"><i aria-hidden="true" class="icon fas fa-angle-double-down"></i> Now</a></div></div></div></li></ul></nav>
<div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off" aria-busy="false">
${fPosts.slice(0, 2).map(fPost).join('\n')}
${renamed}
${fPosts.slice(2).map(fPost).join('\n')}
<div class="PostStream-item" aria-hidden="true"><article class="Post ReplyPlaceholder"><header class="Post-header"><span class="Avatar"></span> Write a Reply...
</header></article></div></div></div></div></div></div></div></main></div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" class="cc-window cc-banner cc-type-info cc-theme-classic cc-bottom">
<span id="cookieconsent:desc"
class="cc-message">Crumb &amp; Crust uses cookies to keep you logged in and remember your settings. <a aria-label="learn more about cookies" role="button"
class="cc-link" href="/p/2-privacy" target="_blank">Read our privacy notice</a></span><div class="cc-compliance">
<a aria-label="dismiss cookie message" role="button"
class="cc-btn cc-dismiss">Okay, thanks</a></div></div>
<script src="https://forum.crumbandcrust.example/assets/forum.js?v=9d2e1f0a"></script><script>document.getElementById('flarum-loading').style.display = 'none';
var app = require('flarum/forum/app').default; app.load({"resources":[{"type":"discussions","id":"812"}],"session":{"userId":0}});
app.bootExtensions(flarum.extensions);
app.boot();</script></body></html>`;
export const flarum: TestPage = {
  name: 'heldout258-flarum-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fP1, ...fP2, ...fP3, ...fP4]),
  bylines: uniq(['ines_bakes', 'Rosa Kettering', 'Mattias', ...fPosts.map((p) => p.date), 'Feb 16']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Crumb & Crust', 'Recipes', 'Flour Shop', 'English', 'Sign Up', 'Log In', 'Starters & Levain', 'Reply', 'Follow', '1 of 5 posts', 'Original Post',
    'February 2026', 'Now', ...fPosts.map((p) => p.liked).filter((l) => l !== ''), 'Like', `changed the title to ${fTitle}.`, 'Write a Reply...',
    'Crumb & Crust uses cookies to keep you logged in and remember your settings.', 'Read our privacy notice', 'Okay, thanks',
  ]),
};
