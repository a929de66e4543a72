import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file d3: a phpBB 3.3 topic on the prosilver style as a guest saves it (the headerbar with the board
 * name, description, "Skip to content" and the search box, the navbar with "Quick links", "FAQ", "Login", "Register" and
 * breadcrumbs, the topic title h2, the action bars with "Post Reply", topic tools, "Search this topic…" and the post
 * count, five posts whose h3 titles repeat the topic title ("Re: ..."), post profiles with ranks, post counts, joined
 * dates and locations, one quoted post, a signature, an "edited" line, "Top" links, the "Return to" link, "Jump to",
 * "Who is online", the footer and the cookieconsent banner).
 */
const title = 'Tearout on quartersawn oak with a No. 4 smoother';
type Post = { id: number; user: string; rank: string; posts: string; joined: string; loc: string; time: string; paras: string[] };
const posts: Post[] = [
  {
    id: 88121,
    user: 'barnshed_pete',
    rank: 'Regular',
    posts: '412',
    joined: 'Sat Mar 12, 2016 8:14 pm',
    loc: 'Wendlebury',
    time: 'Tue Feb 11, 2025 7:42 pm',
    paras: [
      'I am building a small hall table from quartersawn oak and I am getting terrible tearout around the ray flecks whichever way I plane. ' +
        'The plane is a No. 4 I restored last year, iron freshly honed to 8000, and it works beautifully on pine and cherry.',
      'I have tried skewing the plane and taking lighter cuts, and it helps a little, but the flecks still lift in small chips. ' +
        'Is this just quartersawn oak, or am I doing something wrong?',
    ],
  },
  {
    id: 88124,
    user: 'Marjorie T',
    rank: 'Moderator',
    posts: '6841',
    joined: 'Wed Jan 07, 2009 10:02 am',
    loc: 'Kelso Bridge',
    time: 'Tue Feb 11, 2025 8:15 pm',
    paras: [
      'Quartersawn oak is one of the hardest boards to plane cleanly, so you are in good company. The rays run at a different angle to ' +
        'the rest of the grain, so there is no direction that suits them both.',
      'Two things make the biggest difference in my experience. First, close the mouth right up if your frog allows it. Second, set the ' +
        'cap iron much closer to the edge than you would for pine, well under half a millimetre. That is what actually stops the chips lifting.',
    ],
  },
  {
    id: 88130,
    user: 'barnshed_pete',
    rank: 'Regular',
    posts: '412',
    joined: 'Sat Mar 12, 2016 8:14 pm',
    loc: 'Wendlebury',
    time: 'Wed Feb 12, 2025 6:58 am',
    paras: [
      'The cap iron was the problem. I had it set back nearly two millimetres because that is how it came. Moved it right up this ' +
        'morning and the difference is remarkable. There is still the odd chip on the worst boards but nothing a scraper will not fix.',
    ],
  },
  {
    id: 88133,
    user: 'owain_joinery',
    rank: 'Member',
    posts: '87',
    joined: 'Sun Oct 22, 2023 4:40 pm',
    loc: 'Llanfair Isaf',
    time: 'Wed Feb 12, 2025 9:21 am',
    paras: [
      'Good to hear. For the last few passes on oak I also switch to a card scraper rather than fighting the plane. It is quicker and ' +
        'leaves the flecks crisp.',
      'One other tip: check the board for reversing grain before you glue up. On a table top you can usually arrange the boards so most ' +
        'of the planing goes one way, which saves a lot of grief later.',
    ],
  },
  {
    id: 88140,
    user: 'Marjorie T',
    rank: 'Moderator',
    posts: '6841',
    joined: 'Wed Jan 07, 2009 10:02 am',
    loc: 'Kelso Bridge',
    time: 'Wed Feb 12, 2025 12:47 pm',
    paras: [
      'Seconded on the scraper. I will mark this one as solved and add it to the hand tools FAQ, as the cap iron question comes up about ' + 'once a month.',
    ],
  },
];
const quoted = 'Moved it right up this morning and the difference is remarkable.';
const sig = 'Measure twice, curse once.';
const edited = 'Last edited by Marjorie T on Wed Feb 12, 2025 12:49 pm, edited 1 time in total.';
const crumbs = ['Board index', 'Hand Tools', 'Planes and Sharpening'];
const cookie = ['This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!'];
const footer = ['Contact us', 'The team', 'Members', 'Delete cookies', 'All times are UTC', 'Privacy', 'Terms'];
const topicSearch = `<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset>
<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…">
<button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button></fieldset></form></div>`;
const actionBar = (
  pos: string,
): string => `<div class="action-bar bar-${pos}"><a href="./posting.php?mode=reply&amp;t=4412" class="button" title="Post a reply">
<span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger dropdown-select">
<i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span class="caret"></span></span><div class="dropdown"><ul class="dropdown-contents">
<li><a href="./viewtopic.php?t=4412&amp;view=print" title="Print view" accesskey="p"><i
class="icon fa-print fa-fw"></i><span>Print view</span></a></li></ul></div></div>
${pos === 'top' ? topicSearch : ''}
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const post = (p: Post, i: number): string => {
  const content =
    p.id === 88133
      ? `<blockquote cite="./viewtopic.php?p=88130#p88130"><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=521">barnshed_pete</a> wrote:
<a href="./viewtopic.php?p=88130#p88130" data-post-id="88130">↑</a><span
class="responsive-hide">Wed Feb 12, 2025 6:58 am</span></cite>${quoted}</div></blockquote>
${p.paras.join('<br>\n<br>\n')}`
      : p.paras.join('<br>\n<br>\n');
  const extra = p.user === 'Marjorie T' ? `<div id="sig${p.id}" class="signature">${sig}</div>` : '';
  const notice = p.id === 88140 ? `<div class="notice">${edited}</div>` : '';
  return `<div id="p${p.id}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner"><dl class="postprofile" id="profile${p.id}">
<dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}" class="avatar">
<img class="avatar" src="./download/file.php?avatar=${p.posts}.jpg" width="90" height="90" alt="User avatar"></a></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}" class="username${p.rank === 'Moderator' ? '-coloured' : ''}">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=${p.posts}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong>
${p.loc}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? title : `Re: ${title}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quotation" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"></i>
<span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}"
class="username">${p.user}</a></strong> » </span><time datetime="2025-02-11T19:42:00+00:00">${p.time}</time></p>
<div class="content">${content}</div>${notice}${extra}</div></div><div class="back2top"><a href="#top" class="top" title="Top">
<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
};
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - The Bench Forum</title>
<link rel="alternate" type="application/atom+xml" title="Feed - The Bench Forum" href="/app.php/feed">
<link rel="canonical" href="https://forum.thebench.example/viewtopic.php?t=4412">
<link href="./assets/css/font-awesome.min.css?assets_version=112" rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=112"
rel="stylesheet">
<link href="./ext/phpbb/consent/styles/all/theme/cookieconsent.min.css" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>The Bench Forum</h1>
<p>Hand tools, joinery and the occasional disaster</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value=""
placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i>
<span class="sr-only">Advanced search</span></a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">
<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span></a><div class="dropdown"><ul class="dropdown-contents" role="menu">
<li class="separator"></li><li><a href="./search.php?search_id=unanswered" role="menuitem"><span>Unanswered topics</span></a></li>
<li><a href="./search.php?search_id=active_topics" role="menuitem"><span>Active topics</span></a></li></ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i
class="icon fa-question-circle fa-fw"></i>
<span>FAQ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">
<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li><li class="rightside" data-skip-responsive="true">
<a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${crumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}">
<span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li><li class="rightside responsive-search"><a href="./search.php" title="View the advanced search options" role="menuitem">
<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></a></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4412">${title}</a></h2>
<div class="action-bar bar-top"></div>${actionBar('top')}
${posts.map(post).join('\n')}
${actionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=14" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Planes and Sharpening”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span class="caret"></span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><span>Board index</span></a></span></li>
${footer
  .slice(0, 4)
  .map((f) => `<li class="rightside" data-skip-responsive="true"><a href="./memberlist.php" role="menuitem"><span>${f}</span></a></li>`)
  .join('\n')}<li class="rightside" data-last-responsive="true"><span>${footer[4]}</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a
href="https://www.phpbb.example/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span
class="footer-link-text">${footer[5]}</span></a>
| <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">${footer[6]}</span></a></p></div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your request.">
<div id="darken" class="darken">&nbsp;</div></div><div id="phpbb_alert" class="phpbb_alert" data-l-err="Error"
data-l-timeout-processing-req="Request timed out.">
<a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a><h3 class="alert_title">&nbsp;</h3><p
class="alert_text"></p></div></div></div>
<div class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-live="polite" aria-label="cookieconsent"
aria-describedby="cookieconsent:desc">
<span id="cookieconsent:desc" class="cc-message">${cookie[0]} <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link"
href="./ucp.php?mode=privacy" target="_blank">${cookie[1]}</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button"
tabindex="0"
class="cc-btn cc-dismiss">${cookie[2]}</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=112"></script><script src="./assets/javascript/core.js?assets_version=112"></script>
</body></html>`;

export const phpbbTopic: TestPage = {
  html,
  name: 'heldout109-phpbb-prosilver-forum',
  kind: 'forum',
  // the posts' h3 titles repeat the topic title ("Re: ..." on replies) and are left out; the quoted post and its "wrote:"
  // attribution are in neither list; ranks, post counts, joined dates, locations and the signature are furniture
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [...new Set(posts.flatMap((p) => [p.user, p.time])), edited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Bench Forum', 'Hand tools, joinery and the occasional disaster', 'Skip to content', 'Search', 'Advanced search', 'Quick links', 'Unanswered topics',
    'Active topics', 'FAQ', 'Login', 'Register', ...crumbs, 'Post Reply', 'Print view', '5 posts • Page 1 of 1',
    ...new Set(posts.flatMap((p) => [p.rank, p.posts, p.joined, p.loc])), 'Posts:', 'Joined:', 'Location:', 'Quote', sig, 'Top',
    'Return to “Planes and Sharpening”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 4 guests', ...footer,
    'Powered by phpBB® Forum Software © phpBB Limited', ...cookie,
  ],
};
