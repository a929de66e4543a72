import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 102, file f2: a phpBB 3.3 thread in the prosilver style (skip link, the headerbar with site description
 * and search box, the quick-links navbar with FAQ / Register / Login, breadcrumbs, the topic title, action bars with "Post
 * Reply", the topic search and pagination, posts with their "Re:" subjects, "by ... » date" author lines, a quoted post,
 * "Last edited by" notices, signatures, the postprofile with rank, posts, joined and location, Quote / Report buttons,
 * "Return to", "Jump to", "Who is online", the footer and the cookie notice).
 */
const pbTitle = 'Amal 928 on a 1974 Bonneville: rich at idle, lean at half throttle';
type PbPost = { user: string; when: string; rank: string; posts: string; joined: string; loc: string; subject: string; paras: string[] };
const pbPosts: PbPost[] = [
  {
    user: 'Halvard',
    when: 'Sat Oct 04, 2025 9:12 pm',
    rank: 'Regular',
    posts: '412',
    joined: 'Mon Mar 12, 2018 7:45 pm',
    loc: 'Drammen',
    subject: pbTitle,
    paras: [
      'Fitted a pair of new Amal 928s to my Bonneville this summer, standard jetting from the book (main 190, needle jet 106, ' +
        'needle on the middle clip). It idles, but it smells rich and the plugs go sooty within a few miles of town riding.',
      'The odd part is that from about a quarter to half throttle it feels lean: a flat spot, a bit of spitting back through ' +
        'the carbs, and it only pulls cleanly again past half. Float heights are set, there are no air leaks that I can find ' +
        'with carb cleaner around the manifolds, and the timing is strobed at 38 degrees full advance.',
      'Has anyone had both problems at once? I thought it would be one or the other.',
    ],
  },
  {
    user: 'old_tiger',
    when: 'Sat Oct 04, 2025 10:03 pm',
    rank: 'Site Admin',
    posts: '9876',
    joined: 'Sun Jan 04, 2009 11:20 am',
    loc: 'Leek, Staffs',
    subject: `Re: ${pbTitle}`,
    paras: [
      'Rich at idle is the pilot circuit, lean at a quarter to half is the needle and slide cutaway. They are separate, so you ' +
        'can have both. Start at idle: turn the pilot air screws in until it stumbles, then out until it is smooth, and ' +
        'settle about a quarter turn past that. Most new 928s want one and a half turns out.',
    ],
  },
  {
    user: 'Halvard',
    when: 'Sun Oct 05, 2025 12:41 pm',
    rank: 'Regular',
    posts: '412',
    joined: 'Mon Mar 12, 2018 7:45 pm',
    loc: 'Drammen',
    subject: `Re: ${pbTitle}`,
    paras: [
      'Both screws were at nearly three turns out from the factory. At one and a half it idles cleaner and the plugs look ' +
        'better after a short ride. The flat spot is still there though.',
    ],
  },
  {
    user: 'Margit R',
    when: 'Sun Oct 05, 2025 3:18 pm',
    rank: 'Member',
    posts: '88',
    joined: 'Thu Jun 22, 2023 8:02 am',
    loc: '',
    subject: `Re: ${pbTitle}`,
    paras: [
      'Raise the needle one clip. The new needles are not quite the same profile as the old ones and a lot of people on the ' +
        'Meriden forums found the middle clip too lean in that range. If it is still flat, try a 3½ slide instead of the 3.',
    ],
  },
  {
    user: 'Halvard',
    when: 'Tue Oct 07, 2025 7:55 pm',
    rank: 'Regular',
    posts: '412',
    joined: 'Mon Mar 12, 2018 7:45 pm',
    loc: 'Drammen',
    subject: `Re: ${pbTitle}`,
    paras: [
      'Needle up one clip did it. Pulls cleanly all the way through now, no spitting, and the plugs are a nice biscuit colour ' +
        'after a 60 mile run. Thanks both, I would have been chasing air leaks for another month.',
    ],
  },
];
const pbQuote = 'Rich at idle is the pilot circuit, lean at a quarter to half is the needle and slide cutaway.';
const pbSig = '1974 T140V Bonneville, 1968 Tiger Cub (in bits)';
const pbEdited = 'Last edited by Halvard on Sun Oct 05, 2025 12:52 pm, edited 1 time in total.';
const pbCrumbs = ['Board index', 'Workshop', 'Carburettors and Fuel'];
const pbCookie = 'This board uses cookies to give you the best and most relevant experience. To use this board this means you need to accept the policy.';
const pbPost = (p: PbPost, i: number): string => `<div id="p${5120 + i}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner">
<dl class="postprofile" id="profile${5120 + i}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a
href="./memberlist.php?mode=viewprofile&amp;u=${i}"
class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=${i}&amp;sr=posts">${p.posts}</a></dd><dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>${
  p.loc
    ? `<dd
class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.loc}</dd>`
    : ''
}</dl>
<div class="postbody"><div id="post_content${5120 + i}"><h3${i === 0 ? ' class="first"' : ''}><a
href="./viewtopic.php?p=${5120 + i}#p${5120 + i}">${p.subject}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${5120 + i}" title="Reply with quote" class="button button-icon-only"><i
class="icon fa-quote-left
fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul><p class="author"><a class="unread" href="./viewtopic.php?p=${5120 + i}#p${5120 + i}"
title="Post"><i
class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a
href="./memberlist.php?mode=viewprofile&amp;u=${i}" class="username">${p.user}</a></strong> » </span><time
datetime="2025-10-0${4 + i}T19:12:00+00:00">${p.when}</time></p>
<div class="content">${
  i === 3
    ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=1">old_tiger</a> wrote: <a href="./viewtopic.php?p=5121#p5121"
data-post-id="5121">↑</a><span class="responsive-hide">Sat Oct 04, 2025 10:03 pm</span></cite>${pbQuote}</div></blockquote>`
    : ''
}${p.paras.join('<br><br>\n')}</div>
${i === 2 ? `<div class="notice">${pbEdited}</div>` : ''}${p.user === 'Halvard' ? `<div id="sig${5120 + i}" class="signature">${pbSig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span></a></div>
</div></div><hr class="divider">`;
const pbBar = (
  pos: string,
): string => `<div class="action-bar bar-${pos}"><a href="./posting.php?mode=reply&amp;t=812" class="button" title="Post a reply"><span>Post
Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>${
  pos === 'top'
    ? `<div class="search-box" role="search"><form method="get" id="topic-search"
action="./search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20"
placeholder="Search this topic…"><button
class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button></fieldset></form></div>`
    : ''
}<div class="pagination">5 posts •
Page <strong>1</strong> of <strong>1</strong></div></div>`;
const pbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>${pbTitle} - The Meriden Twins Forum</title><link rel="canonical" href="https://forum.meridentwins.example/viewtopic.php?t=812">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet"><link href="./assets/css/font-awesome.min.css?assets_version=42"
rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a><div
id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php"
title="Board index"><span class="site_logo"></span></a><h1>The Meriden Twins Forum</h1><p>Owners of Triumph twins built at Meriden, 1959 to 1983</p><p
class="skiplink"><a
href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get"
id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20"
placeholder="Search…"><button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button><a href="./search.php"
class="button button-search-end" title="Advanced search"><span class="sr-only">Advanced search</span></a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container
responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick
links</span></a><div
class="dropdown"><ul class="dropdown-contents" role="menu"><li class="separator"></li><li><a href="./search.php?search_id=unanswered"
role="menuitem"><span>Unanswered
topics</span></a></li><li><a href="./search.php?search_id=active_topics" role="menuitem"><span>Active topics</span></a></li></ul></div></li><li
data-skip-responsive="true">
<a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li><li class="rightside"
data-skip-responsive="true"><a
href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li><li class="rightside" data-skip-responsive="true"><a
href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"
role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${pbCrumbs
  .map(
    (
      c,
      i,
    ) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}"><span
itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('')}</li></ul></div></div></div><a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=812">${pbTitle}</a></h2><div><div style="display: none !important;">Forum rules: be kind, search first, and
put
your bike's year and model in the title.</div></div>
${pbBar('top')}
${pbPosts.map(pbPost).join('\n')}
${pbBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r"><i
class="icon fa-angle-left fa-fw
icon-black" aria-hidden="true"></i><span>Return to “Carburettors and Fuel”</span></a></p><div
class="jumpbox dropdown-container dropdown-container-right dropdown-up
dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump
to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist"
role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>Board index</span></a></span></li><li class="rightside"><a
href="./ucp.php?mode=delete_cookies" role="menuitem"><span>Delete cookies</span></a></li><li class="rightside" data-last-responsive="true"><span>All times are
<span title="Europe/London">UTC+01:00</span></span></li></ul></div></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered
by <a
href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link"
href="./ucp.php?mode=privacy"
title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms"
role="menuitem"><span
class="footer-link-text">Terms</span></a></p></div></div></div>
<div class="cookie-notice" role="alert" aria-live="polite"><p>${pbCookie}</p><a href="./ucp.php?mode=privacy">Learn more</a><a class="button" href="#">Got
it!</a></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script><script
src="./styles/prosilver/template/forum_fn.js?assets_version=42"></script></body></html>`;
export const phpbbThread: TestPage = {
  html: pbHtml,
  name: 'heldout102-phpbb-thread-forum',
  kind: 'forum',
  // every post is body (paragraphs split at the <br><br> breaks); the quoted post is in neither list; names, post times and
  // the "Last edited by" notice are bylines; "Re:" subjects, rank, post counts, joined dates, locations, signatures, Quote,
  // Top, action bars, the hidden forum-rules text and the footer are furniture
  title: pbTitle,
  headings: [],
  body: texts(pbPosts.flatMap((p) => p.paras)),
  bylines: ['Halvard', 'old_tiger', 'Margit R', ...pbPosts.map((p) => p.when), pbEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Meriden Twins Forum', 'Owners of Triumph twins built at Meriden, 1959 to 1983', 'Skip to content', 'Advanced search', 'Quick links',
'Unanswered topics',
    'Active topics', 'FAQ', 'Login', 'Register', ...pbCrumbs, "Forum rules: be kind, search first, and put your bike's year and model in the title.",
'Post Reply',
    '5 posts • Page 1 of 1', `Re: ${pbTitle}`, 'Regular', 'Site Admin', 'Member', 'Posts:', 'Joined:', 'Location:', ...new Set(pbPosts.map((p) => p.joined)),
    'Drammen', 'Leek, Staffs', 'Quote', 'Top', pbSig, 'Return to “Carburettors and Fuel”', 'Jump to', 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', 'Delete cookies', 'All times are UTC+01:00',
'Powered by phpBB® Forum Software © phpBB Limited',
    'Privacy', 'Terms', pbCookie, 'Learn more', 'Got it!',
  ],
};
