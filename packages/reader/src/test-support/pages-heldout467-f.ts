import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout467-kit.js';

/**
 * Held-out batch 467, file f: a photo critique thread on Discourse (Ember app DOM: d-header, sidebar, topic posts with
 * quotes, topic map, suggested topics), and a landscape critique thread on a phpBB 3.3 board (prosilver style).
 */
const dTitle = 'Critique request: harbour at blue hour, is the sky too much?';
type DPost = { user: string; date: string; paras: string[]; quote?: [string, string]; likes: string };
const dPosts: DPost[] = [
  {
    user: 'sofie_lind',
    date: 'Mar 3',
    likes: '4',
    paras: [
      j(
        'This is from the breakwater at Kallsund, about twenty minutes after sunset, 8 seconds at f/11. I pushed the blues in',
        'processing and now I cannot tell if I went too far. I would also like opinions on the crop: I cut a lot of sky on the left.',
      ),
      'Any thoughts welcome, including harsh ones.',
    ],
  },
  {
    user: 'arnemoe',
    date: 'Mar 3',
    likes: '6',
    paras: [
      j(
        'The composition is strong: the lamp posts lead straight to the boats. But yes, the sky is too saturated for me. The',
        'cyan band above the horizon is not a colour the sky makes at that hour, and it pulls the eye away from the harbour lights.',
      ),
      'I would pull the blue saturation back by a third and warm the lamps slightly so there is a real contrast of temperature.',
    ],
  },
  {
    user: 'sofie_lind',
    date: 'Mar 4',
    likes: '2',
    quote: ['arnemoe', 'the cyan band above the horizon is not a colour the sky makes at that hour'],
    paras: [
      j(
        'Fair. I checked the raw file and the band is barely there before editing. It came from the HSL slider, not the sky.',
        'Here is a second version with the blues pulled back and the lamps warmed.',
      ),
    ],
  },
  {
    user: 'greta.v',
    date: 'Mar 4',
    likes: '3',
    paras: [
      j(
        'Second version is much better. I would still crop a little off the bottom; the dark water in the last tenth adds nothing',
        'and makes the frame feel heavy.',
      ),
    ],
  },
];
const dSide = ['Topics', 'My Posts', 'More', 'Categories', 'Critique', 'Gear talk', 'Challenges', 'All categories'];
const dSugg: [string, string, string][] = [
  ['Street portrait, too tight?', 'Critique', '12'],
  ['Monthly challenge: reflections', 'Challenges', '48'],
  ['First attempt at focus stacking', 'Critique', '7'],
];
const dPost = (p: DPost, i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}"
aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${880 + i}" data-topic-id="1412" data-user-id="${30 + i}" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.lightroomers.net/${p.user}/96/1_2.png" class="avatar"></a></div>
</div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date"><a class="post-date"
href="/t/critique-request-harbour-at-blue-hour/1412/${i + 1}" data-share-url="/t/1412/${i + 1}" data-post-number="${i + 1}"><span
title="${p.date}, 2026 9:14 pm" data-time="1772572440000" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents">
<div class="cooked">${
  p.quote
    ? `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="2" data-topic="1412"><div class="title">
<div class="quote-controls"></div><img loading="lazy" alt="" width="24" height="24" src="/user_avatar/${p.quote[0]}/48/1_2.png"
class="avatar"> ${p.quote[0]}:</div>
<blockquote><p>${p.quote[1]}</p></blockquote></aside>`
    : ''
}
${ps(p.paras)}${
  i === 0 || i === 2
    ? `<div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/2X/a/harbour-${i}.jpeg"
data-download-href="/uploads/default/a1b2c3" title="harbour_v${i === 0 ? 1 : 2}.jpg"><img src="/uploads/default/optimized/2X/a/harbour-${i}_2_690x460.jpeg"
alt="harbour_v${i === 0 ? 1 : 2}" width="690" height="460"><div class="meta"><span class="filename">harbour_v${i === 0 ? 1 : 2}.jpg</span><span
class="informations">2048×1365 412 KB</span></div></a></div>`
    : ''
}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn-flat button-count like-count
highlight-action" title="${p.likes} people liked this post">${p.likes}</button><button class="btn-flat toggle-like like" title="like this post"></button></div>
<button class="btn-flat share" title="copy a link to this post to clipboard"></button>
<button class="btn-flat reply create fade-out" title="begin composing a reply
to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Critique - Lightroomers</title>
<meta name="description" content="This is from the breakwater at Kallsund, about twenty minutes after sunset">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 8a4e1b2">
<link rel="icon" type="image/png" href="https://forum.lightroomers.net/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/desktop_8a4e1b2.css?__ws=forum.lightroomers.net" media="all" rel="stylesheet" data-target="desktop">
<link rel="canonical" href="https://forum.lightroomers.net/t/critique-request-harbour-at-blue-hour/1412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"sofie_lind"}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.lightroomers.net" data-environment="production"></head>
<body class="crawler-hidden docked archetype-regular category-critique"><section id="main" class="ember-application"><div class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap">
<div class="contents">
<div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat" aria-expanded="true" title="hide sidebar"></button></div><div class="title">
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Lightroomers" id="site-logo" class="logo-big"></a></div>
<div class="panel" role="navigation"><span
class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons">
<li class="header-dropdown-toggle search-dropdown"><a href="/search" title="search topics, posts, users, or categories" class="icon btn-flat"></a></li></ul>
</div></div>
</div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">
<ul class="sidebar-section-links">${links(dSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div class="regular ember-view"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="1412"><a
href="/t/critique-request-harbour-at-blue-hour/1412" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper"
href="/c/critique/5"><span data-category-id="5" class="badge-category --style-square"><span class="badge-category__name">Critique</span></span></a>
<div class="list-tags"><a href="/tag/landscape" class="discourse-tag simple">landscape</a><a href="/tag/night" class="discourse-tag simple">night</a></div>
</div></div>
</div></div><div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="1412"><div class="posts-wrapper">
<div class="post-stream">
${dPosts.map(dPost).join('\n')}
</div></div><div class="topic-map"><section class="map map-collapsed"><ul class="clearfix"><li class="created-at"><h4 role="presentation">created</h4><div
class="topic-map-post created-at"><span class="relative-date">Mar 3</span></div></li><li class="last-reply"><h4 role="presentation">last reply</h4><span
class="relative-date">Mar 4</span></li><li class="replies"><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary views">
<span class="number">214</span><h4 role="presentation">views</h4></li><li class="secondary users"><span class="number">3</span>
<h4 role="presentation">users</h4></li>
</ul></section></div></section></div></div>
<div id="suggested-topics" class="more-topics__list" role="complementary"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th></tr></thead><tbody>${dSugg
  .map(
    ([t, c, r]) => `<tr class="topic-list-item"><td class="main-link">
<a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a><div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td
class="num posts"><span class="number">${r}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></section>
<script defer src="/assets/discourse-8a4e1b2.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout467-discourse-critique',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras]),
  bylines: ['sofie_lind', 'arnemoe', 'greta.v', 'Mar 3', 'Mar 4', 'arnemoe:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide.filter((t) => t !== 'Critique'), 'landscape', 'night', 
    'harbour_v1.jpg', 'harbour_v2.jpg', '2048×1365 412 KB', '4', '6', '2',
    'Reply', 'created', 'last reply', '3', '214', 'replies', 'views', 'users', 'Suggested Topics', 'Topic', ...dSugg.map(([t]) => t), '12', '48', '7',
  ],
};

const bTitle = 'Moorland cairn in snow, 5-shot panorama';
type BPost = { user: string; date: string; subject: string; paras: string[]; quote?: string; rank: string; posts: string; joined: string; sig?: string };
const bPosts: BPost[] = [
  {
    user: 'hewittk',
    date: 'Sat Jan 17, 2026 6:22 pm',
    subject: bTitle,
    rank: 'Member',
    posts: '86',
    joined: 'Tue Jun 04, 2024 7:15 pm',
    paras: [
      j(
        'Taken on Black Hagg after the first proper snow of the winter. Five portrait frames stitched, 24mm, ISO 100, f/9. I like',
        'the light on the cairn but something about the whole thing feels flat to me and I cannot put my finger on it.',
      ),
      'C&amp;C welcome, be honest.',
    ],
    sig: 'Kit: an old crop body and too many lenses',
  },
  {
    user: 'Dunlin',
    date: 'Sat Jan 17, 2026 9:03 pm',
    subject: `Re: ${bTitle}`,
    rank: 'Moderator',
    posts: '4127',
    joined: 'Wed Mar 11, 2015 1:40 pm',
    paras: [
      j(
        'It is flat because the cairn sits dead centre and the horizon cuts the frame exactly in half, so nothing is leading anywhere.',
        'The snow is also a touch blue. Try warming the white balance by a few hundred kelvin and cropping from the right so the',
        'cairn sits on the left third, with the ridge running out of the frame behind it.',
      ),
    ],
    sig: 'Please read the critique guidelines before posting.',
  },
  {
    user: 'hewittk',
    date: 'Sun Jan 18, 2026 10:41 am',
    subject: `Re: ${bTitle}`,
    rank: 'Member',
    posts: '86',
    joined: 'Tue Jun 04, 2024 7:15 pm',
    quote: 'cropping from the right so the cairn sits on the left third',
    paras: ['Tried this and it is a different picture. Reposted below, along with a warmer white balance. Thank you.'],
    sig: 'Kit: an old crop body and too many lenses',
  },
];
const bNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const bCrumbs = ['Board index', 'Critique', 'Landscapes'];
const bPost = (p: BPost, i: number): string => `<div id="p${2201 + i}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${2201 + i}"><dt class="has-profile-rank no-avatar"><div class="avatar-container">
</div><a href="./memberlist.php?mode=viewprofile&amp;u=${
  310 + i
}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=${310 + i}&amp;sr=posts">${p.posts}</a></dd><dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${2201 + i}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${2201 + i}">${p.subject}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${2201 + i}" title="Reply with quote"
class="button button-icon-only"><i class="icon fa-quote-left
fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${2201 + i}#p${2201 + i}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${310 + i}"
class="username">${p.user}</a></strong>
&raquo; </span>${p.date} </p>
<div class="content">${p.quote ? `<blockquote><div><cite>Dunlin wrote:</cite>${p.quote}</div></blockquote>` : ''}${p.paras.join('<br><br>')}
<br><br><img class="postimage" src="https://i.imgbox.example/cairn_${i}.jpg" alt="Image"></div>
${p.sig ? `<div id="sig${2201 + i}" class="signature">${p.sig}</div>` : ''}</div></div><div class="back2top"><a href="#top" class="top" title="Top">
<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const bHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>${bTitle} - Northfold Photo Forum</title><link rel="canonical" href="https://www.northfoldphoto.org/forum/viewtopic.php?t=5518">
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=42"
rel="stylesheet"><link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=42" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Northfold Photo Forum</h1><p>Friendly critique for photographers of the northern
hills</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header" role="search">
<form action="./search.php"
method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny"
size="20" value="" placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(bNav, 'rightside')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${bCrumbs
  .map(
    (t, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}"
><span itemprop="name">${t}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=5518">${bTitle}</a></h2><div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=5518"
class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="search-box" role="search"><form
method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20"
placeholder="Search this topic…"></fieldset></form></div><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${bPosts.map(bPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=5518" class="button" title="Post a reply"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist"
role="menubar"><li class="rightside">All times are <span title="UTC">UTC</span></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li>
<li class="rightside"><a href="./memberlist.php?mode=contactadmin">Contact us</a></li></ul></div></div><div class="copyright"><p class="footer-row"><span
class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p><p class="footer-row"
role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a
class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script><script src="./styles/prosilver/template/forum_fn.js?assets_version=42">
</script>
</body></html>`;
const phpbb: TestPage = {
  name: 'heldout467-phpbb-critique',
  kind: 'forum',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: bPosts.flatMap((p) => [...(p.quote ? [p.quote] : []), ...texts(p.paras)]),
  bylines: ['hewittk', 'Dunlin', ...bPosts.map((p) => `by ${p.user} » ${p.date}`), 'Dunlin wrote:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northfold Photo Forum', 'Friendly critique for photographers of the northern hills', 'Skip to content', ...bNav, ...bCrumbs,
    'Post Reply', '3 posts • Page 1 of 1', `Re: ${bTitle}`, 'Member', 'Moderator', 'Posts: 86', 'Posts: 4127', 'Joined: Tue Jun 04, 2024 7:15 pm',
    'Joined: Wed Mar 11, 2015 1:40 pm', 'Kit: an old crop body and too many lenses', 'Please read the critique guidelines before posting.',
    'Who is online', 'Users browsing this forum: No registered users and 4 guests', 'All times are UTC', 'Delete cookies', 'Contact us',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ],
};

export const HELDOUT467_F: readonly TestPage[] = [discourse, phpbb];
