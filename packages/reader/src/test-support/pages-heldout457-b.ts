import type { TestPage } from './page-kit.js';
import { bodyOf, j } from './pages-heldout457-kit.js';

/**
 * Held-out batch 457, file b: a beekeeping forum thread on phpBB 3.3 (prosilver) with its profiles, signature, jump box and
 * cookie consent bar.
 */
const fTitle = 'Split colony has six queen cells – how many do I keep?';
interface Post {
  id: number;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  time: string;
  iso: string;
  paras: string[];
  sig?: string;
}
const fUsers = {
  jo: { user: 'hazelnut_jo', rank: 'New member', posts: '38', joined: 'Tue Mar 02, 2027 8:14 pm' },
  qm: { user: 'QMarrable', rank: 'Bee Master', posts: '2,114', joined: 'Sun Jun 09, 2013 9:40 am' },
  wy: { user: 'wyebank', rank: 'Regular', posts: '417', joined: 'Thu Apr 21, 2022 6:05 pm' },
};
const fPosts: Post[] = [
  {
    id: 21871,
    ...fUsers.jo,
    time: 'Sat May 15, 2027 6:42 pm',
    iso: '2027-05-15T17:42:10+00:00',
    paras: [
      j(
        'I did my first split ten days ago, moving the old queen to a nuc with two frames of brood and leaving the parent hive queenless.',
        'I had a look today and there are six sealed queen cells, three on one frame and three scattered on others.',
      ),
      'My mentor is away until next week. Do I leave them all, or knock some down? I&#39;ve read both and I&#39;m worried about a cast swarm.',
    ],
  },
  {
    id: 21874,
    ...fUsers.qm,
    time: 'Sat May 15, 2027 7:20 pm',
    iso: '2027-05-15T18:20:51+00:00',
    paras: [
      j(
        'Knock down all but two, and pick good-sized ones with a nice dimpled tip on a frame you can mark. Six cells in a split that size',
        'is an invitation for a cast as soon as the first virgin emerges.',
      ),
      'Do it today or tomorrow at the latest. After day 13 or so you risk a virgin already being out and running about.',
    ],
    sig: '12 colonies, mostly Nationals, and a long-suffering partner.',
  },
  {
    id: 21876,
    ...fUsers.jo,
    time: 'Sat May 15, 2027 7:31 pm',
    iso: '2027-05-15T18:31:02+00:00',
    paras: ['Thanks. Should I keep two on the same frame or one on each of two frames?'],
  },
  {
    id: 21880,
    ...fUsers.wy,
    time: 'Sat May 15, 2027 9:03 pm',
    iso: '2027-05-15T20:03:44+00:00',
    paras: [
      j(
        'One on each if you can. If one frame gets damaged or chilled you haven&#39;t lost both. And don&#39;t shake the frames to see the',
        'cells – brush the bees off gently or you can damage the queen inside.',
      ),
    ],
  },
  {
    id: 21893,
    ...fUsers.jo,
    time: 'Sun May 16, 2027 1:15 pm',
    iso: '2027-05-16T12:15:37+00:00',
    paras: ['Done – kept two big ones on separate frames, marked the top bars with a drawing pin. Will report back in three weeks. Thanks both.'],
  },
];
const fPost = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 997}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 997}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${fTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 997}"
class="username">${p.user}</a></strong> &raquo; </span><time datetime="${p.iso}">${p.time}</time></p>
<div class="content">${p.paras.join('<br><br>')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const fCrumbs = ['Board index', 'Keeping bees', 'Beginners&#39; corner'];
const fCrumbHtml = fCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a
href="./${i === 0 ? 'index.php' : `viewforum.php?f=${i * 3}`}"
itemprop="item"><span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n');
const fBar = (pos: string): string => `<div class="action-bar bar-${pos}"><a href="./posting.php?mode=reply&amp;t=4412" class="button" title="Post a reply">
<span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fTitle} - Wealdbee Forum</title>
<link rel="canonical" href="https://forum.wealdbee.org.uk/viewtopic.php?t=4412"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41"
rel="stylesheet">
<link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=41" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Wealdbee Forum</h1>
<p>Beekeeping discussion for the South East</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value=""
placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i>
<span class="sr-only">Advanced search</span></a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">
<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span></a><div class="dropdown"><div class="pointer"><div
class="pointer-inner"></div></div>
<ul class="dropdown-contents" role="menu"><li><a href="./search.php?search_id=unanswered" role="menuitem"><span>Unanswered topics</span></a></li>
<li><a href="./search.php?search_id=active_topics" role="menuitem"><span>Active topics</span></a></li></ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i
class="icon fa-question-circle fa-fw"
aria-hidden="true"></i><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw"
aria-hidden="true"></i><span>Login</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem">
<i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${fCrumbHtml}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4412">${fTitle}</a></h2>
${fBar('top')}
${fPosts.map(fPost).join('\n')}
${fBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=6" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Beginners&#39; corner”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist"
role="menubar"><li class="rightside"><a href="./memberlist.php?mode=team" role="menuitem"><span>The team</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><span>Delete cookies</span></a></li>
<li class="rightside"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><span>Contact us</span></a></li>
<li><span>All times are <span title="Europe/London">UTC+01:00</span></span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a
href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>
</p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span
class="footer-link-text">Privacy</span></a>
| <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc"
class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom">
<span id="cookieconsent:desc" class="cc-message">This website uses cookies to ensure you get the best experience on our website. <a
aria-label="learn more about cookies"
role="button" tabindex="0" class="cc-link" href="http://cookiesandyou.com" rel="noopener noreferrer nofollow" target="_blank">Learn more</a></span>
<div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=41"></script><script src="./assets/javascript/core.js?assets_version=41"></script>
</body></html>`;
const phpbb: TestPage = {
  name: 'heldout457-phpbb-queen-cells',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: bodyOf(fPosts.flatMap((p) => p.paras.map((t) => ({ p: t })))),
  bylines: ['hazelnut_jo', 'QMarrable', 'wyebank', ...fPosts.map((p) => p.time)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wealdbee Forum', 'Beekeeping discussion for the South East', 'Skip to content', 'Search', 'Advanced search', 'Quick links', 'Unanswered topics',
    'Active topics', 'FAQ', 'Login', 'Register', 'Board index', 'Keeping bees', "Beginners' corner", 'Post Reply', '5 posts • Page 1 of 1',
    'New member', 'Bee Master', 'Regular', 'Posts: 38', 'Posts: 2,114', 'Posts: 417', ...Object.values(fUsers).map((u) => `Joined: ${u.joined}`),
    `Re: ${fTitle}`, 'Quote', 'Post', '12 colonies, mostly Nationals, and a long-suffering partner.', "Return to “Beginners' corner”", 'Jump to',
    'Who is online', 'Users browsing this forum: No registered users and 4 guests', 'The team', 'Delete cookies', 'Contact us',
    'All times are UTC+01:00', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
    'This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!',
  ],
};

export const HELDOUT457_B: readonly TestPage[] = [phpbb];
