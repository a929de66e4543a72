import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, tr } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file d: a repair-network forum thread on Discourse (rendered Ember page with sidebar, post controls, topic
 * map and suggested topics).
 */
const fTitle = 'Bread maker control board: is a reflow worth trying?';
const fPosts: { user: string; name: string; date: string; likes: string; paras: string[] }[] = [
  {
    user: 'ruthm',
    name: 'Ruth Mabry',
    date: 'Jan 12',
    likes: '3',
    paras: [
      j(
        'We had a bread maker in on Saturday that powers up, beeps, shows the menu and then does nothing when you press start.',
        'No heat, no motor. The heating element and motor both test fine on their own, and the thermal fuse has continuity.',
      ),
      j(
        'Under a loupe there is a ring crack on the relay pins on the control board, which looks like the classic dry joint. The owner',
        'is coming back next month. Is it worth having a go at reflowing those pins, or is this a job for a replacement board?',
      ),
    ],
  },
  {
    user: 'dai_fixes',
    name: 'Dai Pritchard',
    date: 'Jan 12',
    likes: '5',
    paras: [
      j(
        'Definitely worth a try. Relay pins on these boards carry the element current and they crack from heat cycling. Wick off the',
        'old solder first rather than just adding more on top, then put fresh leaded solder on with a bit of flux.',
      ),
      'Check the relay coil resistance while the board is out. If the coil is open the reflow will not help and you need a new relay.',
    ],
  },
  {
    user: 'ruthm',
    name: 'Ruth Mabry',
    date: 'Jan 13',
    likes: '1',
    paras: ['Thanks Dai. Coil reads about 400 ohms, which seems right for a 12 V relay. I will get the iron out next session.'],
  },
  {
    user: 'owen.t',
    name: 'Owen Tredegar',
    date: 'Feb 10',
    likes: '4',
    paras: [
      j(
        'Update from Ruth\u2019s table, since she asked me to post it: the reflow worked. We wicked and resoldered all four relay pins',
        'and the two pins of the big capacitor next to it for good measure. It baked a loaf during the session, which made the',
        'whole hall smell wonderful.',
      ),
      'Logged as fixed. Total cost to the owner: nothing, plus a slice of the loaf for the fixers.',
    ],
  },
];
const fSideTop = ['Topics', 'My Posts', 'Review', 'Categories', 'Electrical repairs', 'Textiles and sewing', 'Bikes', 'Running a café', 'All categories'];
const fSuggested = ['Kettle trips the RCD only when full', 'Best cheap PAT tester for a new café?', 'Hoover brush bar will not spin'];
const fPost = (
  p: (typeof fPosts)[number],
  n: number,
): string => `<div class="topic-post clearfix${n === 1 ? ' topic-owner' : ''} regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${20400 + n}" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48"
src="/user_avatar/forum.repairnetwork.cymru/${p.user}/96/412_2.png" class="avatar"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}"
class="">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}">${p.name}</a></span></div><div class="post-infos">
<div class="post-info post-date">
<a class="post-date" href="/t/bread-maker-control-board-is-a-reflow-worth-trying/4821/${n}"><span title="${p.date}, 2027" class="relative-date">${p.date}</span>
</a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="btn-flat btn-icon-text button-count like-count"><span class="d-button-label">${p.likes}</span></button>
<button class="btn-flat toggle-like like btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon" aria-hidden="true"></svg></button>
</div>
<button class="btn no-text btn-icon btn-flat share" title="copy a link to this post to clipboard"><svg aria-hidden="true"></svg></button>
<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post"><svg aria-hidden="true"></svg>
<span class="d-button-label">Reply
</span></button></div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Bread maker control board: is a reflow worth trying? -
Electrical repairs - Repair Network Forum</title><meta name="description" content="We had a bread maker in on Saturday that powers up, beeps, shows the menu">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 4c0bba4e">
<link rel="canonical" href="https://forum.repairnetwork.cymru/t/4821">
<link href="/stylesheets/desktop_3ffd5e.css?__ws=forum.repairnetwork.cymru" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"ruthm"}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.repairnetwork.cymru" data-environment="production"></head>
<body class="category-electrical-repairs docked has-sidebar-page"><section id="main" class="ember-application"><div class="ember-view" id="ember3">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap">
<div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png"
alt="Repair Network Forum"></a></div></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button"
type="button"><span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button">
<svg aria-hidden="true">
</svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons" role="navigation">
<li class="header-dropdown-toggle search-dropdown">
<a href="/search" class="icon btn-flat" aria-label="Search" title="Search"><svg aria-hidden="true"></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous">
<ul class="sidebar-section-content">${links(fSideTop, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div class="ember-view"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4821">
<a href="/t/bread-maker-control-board-is-a-reflow-worth-trying/4821"
class="fancy-title">${fTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper">
<span data-category-id="6" class="badge-category --style-square">
<span class="badge-category__name">Electrical repairs</span></span></span><div class="list-tags">
<a href="/tag/kitchen-appliances" class="discourse-tag simple">kitchen-appliances</a>
</div></div></div></div><div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="4821"><div class="posts-wrapper">
<div class="post-stream">${fPosts.map((p, i) => fPost(p, i + 1)).join('\n')}</div></div>
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4><span class="relative-date">Jan 12</span></li><li>
<h4 role="presentation">last reply</h4>
<span class="relative-date">Feb 10</span></li><li><span class="number">3</span><h4 role="presentation">replies</h4></li><li><span class="number">318</span>
<h4 role="presentation">views</h4>
</li></ul></section></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div class="more-topics__list" role="complementary">
<h3 class="more-topics__list-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th></tr></thead><tbody>
${fSuggested
  .map((t, i) => tr([`<a href="/t/${4700 + i}" class="title raw-link raw-topic-link">${t}</a>`, String(i + 2), String(140 + 37 * i)], 'topic-list-item'))
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/electrical-repairs/6">Electrical repairs</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></section></div></div></div></div>
<div class="powered-by-discourse"><a class="btn btn-flat" href="https://discourse.org/powered-by" target="_blank">
<span class="d-button-label">Powered by Discourse</span></a></div>
</div></div></section>
<script defer src="/assets/discourse.js"></script></body></html>`;
const forum: TestPage = {
  name: 'heldout514-discourse-bread-maker-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: ['ruthm', 'Ruth Mabry', 'Jan 12', 'dai_fixes', 'Dai Pritchard', 'Jan 13', 'owen.t', 'Owen Tredegar', 'Feb 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fSideTop, 'kitchen-appliances', '3', '5', '1', '4', 'Reply', 'created', 'last reply', 'replies', '318',
    'views',
    'Suggested Topics', 'Topic', ...fSuggested, '2', '140', '177', '214',
    'Want to read more? Browse other topics in Electrical repairs or view latest topics.', 'Powered by Discourse',
  ],
};

export const HELDOUT514_D: readonly TestPage[] = [forum];
