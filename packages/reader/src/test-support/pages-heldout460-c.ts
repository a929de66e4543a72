import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout460-kit.js';

/**
 * Held-out batch 460, file c: a killifish club's forum thread on phpBB (prosilver) and a reptile keepers' question thread
 * on Discourse, both with their posts as the body.
 */
const pTitle = 'Nothobranchius eggs not hatching after 12 weeks in peat';
const pPosts = [
  {
    user: 'marshpeat',
    date: 'Sat Mar 07, 2026 8:14 pm',
    n: 1,
    paras: [
      j(
        'I have three bags of peat from my pair of N. sylvanus, stored at 24 °C since early December. I wetted the first bag last',
        'week with cool rainwater and got nothing at all, not even eyed eggs that failed to come out. The peat was damp, not wet.',
      ),
      'Is 12 weeks simply too short for this species or did I store them too cold? Any advice before I wet the next bag.',
    ],
  },
  {
    user: 'Old Kilo',
    date: 'Sat Mar 07, 2026 10:02 pm',
    n: 2,
    paras: [
      j(
        'Look at the eggs before you wet. Spread a pinch of peat on a white saucer and use a loupe: you want to see a golden eye ring',
        'in most of them. Sylvanus from my fish need 14 to 16 weeks at 24 °C, and much longer if the peat dries out.',
      ),
      'Put the wetted peat back in its bag, dry it for two weeks and try again. A second wetting often works.',
    ],
  },
  {
    user: 'marshpeat',
    date: 'Sun Mar 22, 2026 6:40 pm',
    n: 3,
    paras: ['Second wetting of bag one gave 23 fry this morning. Thank you, I will leave the other two bags another month.'],
  },
];
const pNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const pCrumbs = ['Board index', 'Annual fish', 'Nothobranchius'];
const pPost = (p: {
  user: string;
  date: string;
  n: number;
  paras: string[];
}): string => `<div id="p${4410 + p.n}" class="post has-profile ${p.n % 2 === 1 ? 'bg2' : 'bg1'}">
<div class="inner"><dl class="postprofile" id="profile${4410 + p.n}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.n}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.n === 2 ? 'Site Admin' : 'Member'}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.n}&amp;sr=posts">${p.n === 2 ? '3871' : '42'}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.n === 2 ? 'Tue Jan 12, 2010 9:31 am' : 'Wed Aug 03, 2022 7:05 pm'}</dd>
<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.n === 2 ? 'Fenmouth' : 'Carrow Vale'}</dd></dl>
<div class="postbody"><div id="post_content${4410 + p.n}"><h3 ${p.n === 1 ? 'class="first"' : ''}>
<a href="./viewtopic.php?p=${4410 + p.n}#p${4410 + p.n}">${p.n === 1 ? '' : 'Re: '}${pTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${4410 + p.n}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${4410 + p.n}#p${4410 + p.n}" title="Post">
<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a>
<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.n}" class="username">${p.user}</a></strong> » </span>
<time datetime="2026-03-07T20:14:00+00:00">${p.date}</time></p>
<div class="content">${p.paras.join(`<br>\n<br>\n`)}</div>
${p.n === 2 ? `<div id="sig4412" class="signature">Fenmouth Killifish Group – egg swaps every second Sunday</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const pHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${pTitle} - Fenmouth Killifish Group</title>
<link rel="canonical" href="https://killies.fenmouth.example/viewtopic.php?t=912">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=41" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Fenmouth Killifish Group</h1>
<p>Annuals, egg swaps and peat talk since 2009</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value=""
placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i>
<span class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(pNav, 'rightside')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${pCrumbs
  .map(
    (t, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope>
<a itemprop="item" href="./viewforum.php?f=${i}"><span itemprop="name">${t}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}
</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=912">${pTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=912" class="button" title="Post a reply">
<span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="pagination">3 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${pPosts.map(pPost).join('\n')}
<div class="action-bar bar-bottom"><div class="pagination">3 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">
<span>Return to “Nothobranchius”</span></a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 2 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar">
<li class="rightside">All times are <span title="UTC">UTC</span></li>${links(['Delete cookies', 'Contact us'], 'rightside')}</ul></div></div>
<div class="copyright"><p class="footer-row">
<span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p></div></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=41"></script><script src="./styles/prosilver/template/forum_fn.js?assets_version=41">
</script></body></html>`;
const fenmouth: TestPage = {
  name: 'heldout460-phpbb-killifish-eggs',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(pPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenmouth Killifish Group', 'Annuals, egg swaps and peat talk since 2009', 'Skip to content', 'Search', ...pNav, ...pCrumbs, 'Post Reply',
    '3 posts • Page 1 of 1', `Re: ${pTitle}`, 'Quote', 'Post', 'by', 'Member', 'Site Admin', 'Posts:', '42', '3871', 'Joined:', 'Wed Aug 03, 2022 7:05 pm',
    'Tue Jan 12, 2010 9:31 am', 'Location:', 'Carrow Vale', 'Fenmouth', 'Fenmouth Killifish Group – egg swaps every second Sunday', 'Top',
    'Return to “Nothobranchius”', 'Who is online', 'Users browsing this forum: No registered users and 2 guests', 'All times are UTC', 'Delete cookies',
    'Contact us', 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

const dTitle = 'Crested gecko not eating after moving to a bioactive enclosure';
const dPosts = [
  {
    user: 'lanternmoth',
    date: 'Apr 2',
    n: 1,
    paras: [
      j(
        'My 14 month old crestie (about 28 g) has not touched her diet for nine days since I moved her from a tub into a 45 × 45 × 60',
        'bioactive build. Temps are 22–25 °C, humidity drops to about 55% in the day and I mist to 85% at night.',
      ),
      'She is active at night and her tail is still full. Should I be worried yet, or move her back?',
    ],
  },
  {
    user: 'Dr_Verrill',
    date: 'Apr 2',
    n: 2,
    paras: [
      j(
        'Nine days after a move is very normal for cresties, especially going from a small tub to a large planted space. A healthy',
        'adult of that weight can skip two or three weeks without harm. Weigh her weekly rather than watching the dish.',
      ),
      j(
        'Put the food dish high up, near where she sleeps, and offer a couple of insects with tongs in the evening. Only if she loses',
        'more than 10% of her weight would I go back to the tub.',
      ),
    ],
  },
  {
    user: 'lanternmoth',
    date: 'Apr 9',
    n: 3,
    paras: ['Moved the ledge with the dish right under her favourite leaf and she licked it clean two nights running. Marking this solved.'],
  },
];
const dPost = (p: { user: string; date: string; n: number; paras: string[] }): string => `<div class="topic-post clearfix regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${90210 + p.n}" data-topic-id="5521"
data-user-id="${300 + p.n}" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.scalesandtails.example/${p.user.toLowerCase()}/48/1201_2.png" class="avatar" loading="lazy">
</a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${p.n === 2 ? ' staff moderator' : ''}">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>${p.n === 2 ? `<span class="user-title">Herp vet</span>` : ''}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/crested-gecko-not-eating/5521/${p.n}" title="Post date">
<span title="${p.date}, 2026 9:12 pm" data-time="1775164320000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post">
<svg class="fa d-icon d-icon-d-unliked svg-icon svg-node" aria-hidden="true"><use href="#far-heart"></use></svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" aria-label="copy a link to this post to clipboard"
title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="Begin composing a reply to this post"
title="Begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
${p.n === 2 ? `<div class="post-links-container"><div class="accepted-answer"><p class="solved">Solution</p></div></div>` : ''}</div></div></div>
</article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Husbandry help - Scales &amp; Tails Community</title>
<meta name="description" content="My 14 month old crestie has not touched her diet for nine days">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 9e1f0c2b">
<link rel="canonical" href="https://forum.scalesandtails.example/t/crested-gecko-not-eating/5521">
<link href="/stylesheets/desktop_3c8a1f.css?__ws=forum.scalesandtails.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"lanternmoth"}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.scalesandtails.example" data-environment="production"></head>
<body class="crawler "><div id="main-outlet-wrapper" class="wrap" role="main">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="Scales &amp; Tails Community" id="site-logo"></a></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-icon-text">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span></div></div></div></header>
<div id="main-outlet" class="wrap"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="5521">
<a href="/t/crested-gecko-not-eating/5521" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><span class="badge-wrapper bullet"><a class="badge-category__wrapper" href="/c/husbandry-help/6">
<span class="badge-category__name">Husbandry help</span></a></span>
<div class="list-tags"><a href="/tag/crested-gecko" class="discourse-tag simple">crested-gecko</a>
<a href="/tag/solved" class="discourse-tag simple">solved</a></div></div></div></div>
<div class="post-stream">${dPosts.map(dPost).join('\n')}</div>
<div class="topic-map"><section class="map"><ul><li><h4>created</h4><span class="relative-date">Apr 2</span></li><li><h4>last reply</h4>
<span class="relative-date">Apr 9</span></li>
<li><span class="number">2</span><h4>replies</h4></li><li><span class="number">318</span><h4>views</h4></li></ul></section></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Related topics</h3><table class="topic-list"><tbody>
<tr class="topic-list-item"><td class="main-link">
<a href="/t/bioactive-humidity-swings/5380" class="title raw-link">Bioactive humidity swings, normal?</a></td><td class="num posts">6</td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/gargoyle-refusing-cgd/5102" class="title raw-link">Gargoyle refusing CGD after shed</a></td>
<td class="num posts">11</td></tr></tbody></table></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li>
<a href="/guidelines">Guidelines</a></li>
<li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const scales: TestPage = {
  name: 'heldout460-discourse-crested-gecko',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['lanternmoth', 'Dr_Verrill', 'Apr 2', 'Apr 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Husbandry help', 'crested-gecko', 'solved', 'Herp vet', 'Reply', 'Solution', 'created', 'last reply', '2', 'replies', '318',
    'views', 'Related topics', 'Bioactive humidity swings, normal?', '6', 'Gargoyle refusing CGD after shed', '11', 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT460_C: readonly TestPage[] = [fenmouth, scales];
