import { type TestPage, texts } from './page-kit.js';
import { birdTrip } from './pages-heldout224-d2.js';

/**
 * Held-out batch 224, file d: an aquarium hobby forum thread on phpBB 3.3 (prosilver: the header's site description, quick
 * links, "FAQ", "Register" and "Login", breadcrumbs, the topic title, "Post Reply" and "Search this topic…" tools, post
 * count, posts with "Post by ... »" lines and profile columns (rank, posts, joined, location), a quote, a code block of test
 * readings, signatures, "Return to", "Jump to", "Who is online", the footer with "Powered by phpBB" and the cookie notice)
 * and, from file d2, a bird club's field trip report on Blogger.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const aTitle = 'Ammonia spike after swapping filter media in 120 litre planted tank';
type Post = { id: number; user: string; rank: string; posts: string; joined: string; loc: string; date: string; ps: string[]; sig?: string };
const aPosts: Post[] = [
  {
    id: 88104,
    user: 'reedbed_ray',
    rank: 'Member',
    posts: '57',
    joined: 'Thu Aug 17, 2023 7:02 pm',
    loc: 'Derby',
    date: 'Sat Apr 05, 2025 9:41 pm',
    ps: paras(`
Hi all. My 120 litre planted tank has been running happily for about 18 months: harlequin rasboras, six otocinclus, a bristlenose and a lot of
cherry shrimp. Last weekend the old sponges in my external filter were falling apart, so I replaced all of them with new ones and added a bag of
ceramic rings.

Three days later the fish were gasping at the surface. I tested and got this:

I have done two 30 percent water changes since and I am dosing a dechlorinator that says it binds ammonia. The rasboras look better but I lost two
shrimp this morning. What else should I be doing?`),
  },
  {
    id: 88107,
    user: 'Dr Loach',
    rank: 'Moderator',
    posts: '14208',
    joined: 'Mon Jan 11, 2010 10:15 am',
    loc: 'Somerset',
    date: 'Sat Apr 05, 2025 10:12 pm',
    ps: paras(`
You have done the right things so far. The problem is that almost all of the bacteria that convert ammonia to nitrite and nitrite to nitrate live in
the filter media, and you threw them away in one go. The tank has effectively gone back to the start of its cycle.

Keep up the water changes: test every day and change enough water to keep ammonia below 0.25 ppm. Feed very lightly, every other day, until the
readings settle. If you have a second filter anywhere, or a friend with an established tank, a handful of their mature media squeezed into your
filter will speed things up a lot.

For next time, only ever replace a third of the media at once, and rinse old sponges in tank water rather than tap water.`),
    sig: 'Please read the forum rules before posting in the classifieds.',
  },
  {
    id: 88113,
    user: 'shrimp_queen',
    rank: 'Regular',
    posts: '903',
    joined: 'Wed Mar 02, 2022 8:30 pm',
    loc: 'Leeds',
    date: 'Sun Apr 06, 2025 8:05 am',
    ps: paras(`
Agree with all of that. Shrimp are much more sensitive to ammonia than rasboras, so I would move any you can catch into a bucket or spare tub of
old tank water with an air stone until the readings are back to zero. Also check your dechlorinator dose: some of them need a double dose to deal
with ammonia and others say not to overdose at all.`),
  },
  {
    id: 88140,
    user: 'reedbed_ray',
    rank: 'Member',
    posts: '57',
    joined: 'Thu Aug 17, 2023 7:02 pm',
    loc: 'Derby',
    date: 'Fri Apr 11, 2025 6:52 pm',
    ps: paras(`
Update for anyone who finds this later. A local shop gave me a sponge from one of their display tanks, and after a week of daily changes I am
reading 0 ammonia and 0.25 nitrite. No more losses since Sunday. Lesson learned about replacing everything at once!`),
  },
];
const aQuote = 'only ever replace a third of the media at once';
const aCode = 'Ammonia: 2.0 ppm\nNitrite: 0.5 ppm\nNitrate: 10 ppm\npH: 7.2\nTemp: 25C';
const aQuick = ['Quick links', 'Unanswered topics', 'Active topics', 'Search', 'The team'];
const aCrumb = ['Board index', 'Freshwater', 'Water Quality and Cycling'];
const aOnline = 'Users browsing this forum: No registered users and 14 guests';
const aCookie = 'This board uses cookies to give you the best and most relevant experience. To use this board this means that you need accept the policy.';
const aFoot = ['Privacy', 'Terms', 'Contact us', 'Delete cookies', 'All times are UTC'];
const aBody = (p: Post, n: number): string => {
  const ps = p.ps.map((t) => `${t}<br><br>`);
  if (n === 0)
    ps.splice(
      2,
      0,
      `<div class="codebox"><p>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></p><pre><code>${aCode}</code></pre></div>`,
    );
  if (n === 3)
    ps.unshift(`<blockquote><div><cite>
<a href="./viewtopic.php?p=88107#p88107" data-post-id="88107">Dr Loach</a> wrote: <a href="./viewtopic.php?p=88107#p88107"
aria-label="View quoted post" class="post-link"><i class="icon fa-arrow-circle-up fa-fw" aria-hidden="true"></i></a>
<span class="responsive-hide">Sat Apr 05, 2025
10:12 pm</span></cite>${aQuote}</div></blockquote>`);
  return ps.join('\n');
};
const aPost = (p: Post, n: number): string => `<div id="p${p.id}" class="post has-profile ${n % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${n}"
class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=${n}&amp;sr=posts">${p.posts}</a></dd><dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>
<dd class="profile-location"><strong>Location:</strong> ${p.loc}</dd></dl><div class="postbody"><div id="post_content${p.id}">
<h3${n === 0 ? ' class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${n === 0 ? aTitle : `Re: ${aTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left
fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul><p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i
class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a
href="./memberlist.php?mode=viewprofile&amp;u=${n}" class="username">${p.user}</a></strong> » </span>${p.date}</p>
<div class="content">${aBody(p, n)}</div>${p.sig === undefined ? '' : `<div id="sig${p.id}" class="signature">${p.sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span>
</a></div></div></div><hr class="divider">`;
const aHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>Ammonia spike after swapping filter media in 120 litre planted tank - Fishkeepers' Tankside</title>
<link rel="canonical" href="https://forum.tankside.example/viewtopic.php?t=14277">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=62" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=62" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Fishkeepers' Tankside</h1>
<p>The friendly UK forum for freshwater and marine fishkeeping</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header" role="search">
<form action="./search.php"
method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny"
size="20" value="" placeholder="Search…"><button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><span class="sr-only">Advanced search</span></a></fieldset></form></div></div>
</div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links
dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><span>${aQuick[0]}</span></a><div class="dropdown"><ul
class="dropdown-contents" role="menu">${aQuick
  .slice(1)
  .map((t) => `<li><a href="./search.php" role="menuitem"><span>${t}</span></a></li>`)
  .join('')}</ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${aCrumb
  .map(
    (t) => `<span class="crumb" itemprop="itemListElement"><a href="./index.php" itemprop="item"><span itemprop="name">${t}</span></a>
</span>`,
  )
  .join('\n')}
</li></ul></div></div></div><a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=14277">${aTitle}</a></h2><div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=14277"
class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="search-box" role="search">
<form method="get" id="topic-search" action="./search.php"><fieldset>
<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20"
placeholder="Search this topic…"><button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button></fieldset>
</form>
</div><div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${aPosts.map(aPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=14277" class="button" title="Post a reply"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r"><i class="icon
fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Water Quality and Cycling”</span></a></p><div class="jumpbox dropdown-container">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>${aOnline}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist"
role="menubar">${aFoot.map((t) => `<li class="rightside"><a href="./ucp.php"><span>${t}</span></a></li>`).join('')}</ul></div></div><div class="copyright">
<p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p></div>
<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error"><a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a>
<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p></div></div></div>
<div class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent">
<span id="cookieconsent:desc" class="cc-message">
${aCookie} <a class="cc-link" href="./ucp.php?mode=privacy">Learn more</a></span><div class="cc-compliance">
<a class="cc-btn cc-dismiss" role="button">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=62"></script><script src="./assets/javascript/core.js?assets_version=62"></script></body>
</html>`;
const aquaForum: TestPage = {
  html: aHtml,
  name: 'heldout224-phpbb-aquarium-forum-thread',
  kind: 'forum',
  // the topic title (an h2 in prosilver; the h1 is the board name) is the title; every post's text is body; user names and
  // post times are bylines; the quote and the code block of readings are in neither list; each post's "Re:" subject line,
  // ranks, profile fields, signature, buttons, pagination, jump box, who-is-online and footer are furniture
  title: aTitle,
  headings: [],
  body: texts(aPosts.flatMap((p) => p.ps)),
  bylines: [...new Set(aPosts.map((p) => p.user)), ...aPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Fishkeepers' Tankside", 'The friendly UK forum for freshwater and marine fishkeeping', 'Skip to content', 'Advanced search', ...aQuick, 'FAQ', 'Login',
    'Register', ...aCrumb, 'Post Reply', '4 posts • Page 1 of 1', `Re: ${aTitle}`, 'Quote', 'Member', 'Moderator', 'Regular', 'Posts:', 'Joined:',
    'Location:', '14208', 'Somerset', 'Leeds', 'Derby', aPosts[1]!.sig!, 'Top', 'Return to “Water Quality and Cycling”', 'Jump to', 'Who is online',
aOnline,
    ...aFoot, 'Powered by phpBB® Forum Software © phpBB Limited', aCookie, 'Learn more', 'Got it!',
  ],
};

export const HELDOUT224_D: readonly TestPage[] = [aquaForum, birdTrip];
