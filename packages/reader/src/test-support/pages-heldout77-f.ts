import { type TestPage, texts } from './page-kit.js';
import { discourseTopic } from './pages-heldout77-f2.js';

/**
 * Held-out batch 77, file f: a phpBB 3.3 topic on the prosilver style (the headerbar with the board name, description
 * and "Skip to content", the search box, "Quick links" with its hidden menu, "FAQ", "Login", "Register", breadcrumbs,
 * the h2 topic title, the action bars with "Post Reply", topic tools, topic search, post counts and pagination, posts
 * with the profile column (rank, "Posts:", "Joined:", "Location:"), "Re:" subjects, "by ... »" author lines, BBCode
 * quotes with "wrote:" citations, a "Last edited by" notice, signatures and "Top" links, the display and sort options,
 * "Return to", "Jump to", "Who is online", the footer navbar and the cookie consent bar), and a Discourse topic (f2).
 */
interface BbPost {
  id: number;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  loc?: string;
  time: string;
  edited?: string;
  sig?: string;
  quote?: string;
  paras: string[];
}
const bbTitle = 'Tippet keeps breaking at the fly – what am I doing wrong?';
const bbPosts: BbPost[] = [
  {
    id: 41233,
    user: 'wadingwendy',
    rank: 'New member',
    posts: '14',
    joined: 'Sun Feb 02, 2025 4:51 pm',
    loc: 'Kelso',
    time: 'Fri Apr 11, 2025 7:22 pm',
    edited: 'Last edited by wadingwendy on Fri Apr 11, 2025 7:40 pm, edited 1 time in total.',
    paras: [
      'Three times last Saturday on the lower beat I hooked a decent trout and lost it when the tippet parted right at the fly. ' +
        'The break is always at the knot, never in the middle of the line. I am using 5X fluorocarbon tippet and tying on the ' +
        'flies with a clinch knot, the way I was shown on my casting course.',
      'I test the knot with a good pull before casting and it holds, so I do not understand why it fails on a fish. Is the ' +
        'tippet too light, or is it my knot?',
    ],
  },
  {
    id: 41236,
    user: 'Gillie_Tam',
    rank: 'Regular',
    posts: '1,204',
    joined: 'Tue Apr 14, 2015 8:02 pm',
    loc: 'Upper Teviot',
    time: 'Fri Apr 11, 2025 8:05 pm',
    sig: 'Tight lines. Barbless hooks, always.',
    paras: [
      'Almost certainly the knot. A plain clinch knot in fluorocarbon is weak, because fluoro is stiff and the turns do not bed ' +
        'down properly. Switch to an improved clinch with five turns, or better a Davy knot, which is tiny and very strong in ' +
        'fine tippet.',
      'And wet the knot before you pull it tight. Fluorocarbon gets hot from the friction and loses a lot of strength if you ' + 'cinch it dry.',
    ],
  },
  {
    id: 41241,
    user: 'wadingwendy',
    rank: 'New member',
    posts: '14',
    joined: 'Sun Feb 02, 2025 4:51 pm',
    loc: 'Kelso',
    time: 'Fri Apr 11, 2025 8:31 pm',
    quote: 'And wet the knot before you pull it tight.',
    paras: ['I never wet it. Never even thought of it. Would that really make so much difference?'],
  },
  {
    id: 41244,
    user: 'RobbieD',
    rank: 'Moderator',
    posts: '6,892',
    joined: 'Wed Mar 03, 2010 10:15 am',
    time: 'Fri Apr 11, 2025 9:47 pm',
    sig: 'Riverbend Anglers moderator – PM me about beat permits.',
    paras: [
      'It does. I tested it at home once with a luggage scale: dry-cinched clinch knots in 5X fluoro broke at roughly two thirds ' +
        'of the rated strength, wetted ones at close to full strength.',
      'Also check the last metre of tippet after every fish or snag. Run it between your lips; if it feels rough, cut it back ' +
        'and retie. Abraded tippet fails at the knot because that is where the line bends most.',
      'And when a good fish runs, lift your fingers off the line and let it go to the reel. Plenty of breaks that look like ' +
        'knot failures are really a fish pulling against line pinned under a finger.',
    ],
  },
  {
    id: 41302,
    user: 'wadingwendy',
    rank: 'New member',
    posts: '14',
    joined: 'Sun Feb 02, 2025 4:51 pm',
    loc: 'Kelso',
    time: 'Mon Apr 14, 2025 6:58 pm',
    paras: [
      'Update for anyone who finds this later: Davy knot, wetted, and checking the tippet after every fish. Out on Sunday ' +
        'evening, four fish to the net and not a single break. Thank you both!',
    ],
  },
];
const bbQuick = ['Unanswered topics', 'Active topics', 'Search', 'Members', 'The team'];
const bbCrumbs = ['Board index', 'Game Fishing', 'Fly Fishing'];
const bbDisplay = ['All posts', '1 day', '7 days', '2 weeks', '1 month', '3 months', '6 months', '1 year'];
const bbSort = ['Author', 'Post time', 'Ascending', 'Descending'];
const bbCookie = 'This website uses cookies to ensure you get the best experience on our website.';
const bbFoot = ['All times are', 'UTC+01:00', 'Delete cookies', 'Contact us', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms'];
const bbIcon = (n: string): string => `<i class="icon fa-${n} fa-fw" aria-hidden="true"></i>`;
const bbPost = (p: BbPost, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a
href="./memberlist.php?mode=viewprofile&amp;u=${500 + i}" class="username">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=${500 + i}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>
${p.loc ? `<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.loc}</dd>` : ''}</dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a
href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? '' : 'Re: '}${bbTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">${bbIcon('quote-left')}
<span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post">${bbIcon('file')}<span class="sr-only">Post</span></a><span
class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${500 + i}" class="username">${p.user}</a></strong> » </span><time
datetime="2025-04-11T18:22:05+00:00">${p.time}</time></p>
<div class="content">${
  p.quote
    ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=501">Gillie_Tam</a> wrote: <a href="./viewtopic.php?p=41236#p41236"
aria-label="View quoted post" data-post-id="41236" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span class="responsive-hide">Fri Apr
11, 2025 8:05 pm</span></cite>${p.quote}</div></blockquote>\n`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div>
${
  p.edited
    ? `<div class="notice">${p.edited.replace(
        p.user,
        `<a href="./memberlist.php?mode=viewprofile&amp;u=500"
class="username">${p.user}</a>`,
      )}</div>`
    : ''
}
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">${bbIcon('chevron-circle-up')}<span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const bbTopicSearch = `<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset>
<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…"></fieldset></form></div>`;
const bbBar = (pos: string): string => `<div class="action-bar bar-${pos}"><a href="./posting.php?mode=reply&amp;t=8812" class="button" title="Post a reply">
<span>Post Reply</span> ${bbIcon('reply')}</a>
<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger dropdown-select">
${bbIcon('wrench')}<span class="caret">${bbIcon('sort-down')}</span></span><div class="dropdown"><ul class="dropdown-contents"><li><a
href="./viewtopic.php?t=8812&amp;view=print" title="Print view" accesskey="p">${bbIcon('print')}<span>Print view</span></a></li></ul></div></div>
${pos === 'top' ? bbTopicSearch : ''}
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const bbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${bbTitle} - Riverbend Anglers</title>
<link rel="canonical" href="https://forum.riverbendanglers.co.uk/viewtopic.php?t=8812">
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=42"
rel="stylesheet"><link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=42" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Riverbend Anglers</h1><p>Coarse, game and sea fishing in the Borders</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…"><button
class="button button-search" type="submit" title="Search">${bbIcon('search')}<span class="sr-only">Search</span></button><a href="./search.php"
class="button button-search-end" title="Advanced search">${bbIcon('cog')}<span class="sr-only">Advanced search</span></a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">${bbIcon('bars')}
<span>Quick links</span></a><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents" role="menu">
${bbQuick.map((t) => `<li><a href="./search.php?q=${t.length}" role="menuitem"><span>${t}</span></a></li>`).join('\n')}</ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions"
role="menuitem">${bbIcon('question-circle')}<span>FAQ</span>
</a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">${bbIcon('power-off')}
<span>Login</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem">${bbIcon('pencil-square-o')}
<span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${bbCrumbs
  .map(
    (
      t,
      i,
    ) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}"><span
itemprop="name">${t}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=8812">${bbTitle}</a></h2>
<div><div style="display: none !important;">Fly tying, tackle and technique for trout and grayling.</div></div>
${bbBar('top')}
${bbPosts.map(bbPost).join('\n')}
${bbBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">${bbIcon('angle-left')}
<span>Return to “Fly Fishing”</span></a></p><div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left
dropdown-button-control"
id="jumpbox"><span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span
class="caret">${bbIcon('sort-down')}
</span></span></div></div>
<form id="viewtopic" method="post" action="./viewtopic.php?t=8812"><fieldset class="display-options" style="margin-top: 0;"><label>Display: <select name="st"
id="st">${bbDisplay.map((t) => `<option>${t}</option>`).join('\n')}</select></label> <label>Sort by <select name="sk" id="sk">${bbSort
  .slice(0, 2)
  .map((t) => `<option>${t}</option>`)
  .join('\n')}</select></label> <label><select name="sd" id="sd">${bbSort
  .slice(2)
  .map((t) => `<option>${t}</option>`)
  .join('\n')}</select></label></fieldset></form>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer
linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">${bbIcon('home')}<span>Board index</span></a></span></li>
<li class="rightside">All times are <span title="UTC+1">UTC+01:00</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem">
${bbIcon('trash')}<span>Delete cookies</span></a></li><li class="rightside"><a href="./memberlist.php?mode=contactadmin" role="menuitem">${bbIcon('envelope')}
<span>Contact us</span></a></li></ul></div></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a
href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link"
href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link"
href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block
cc-bottom"><span id="cookieconsent:desc" class="cc-message">${bbCookie} <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link"
href="http://cookiesandyou.com" target="_blank">Learn more</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button"
tabindex="0" class="cc-btn cc-dismiss">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script><script
src="./styles/prosilver/template/forum_fn.js?assets_version=42"></script>
</body></html>`;
const phpbbTopic: TestPage = {
  html: bbHtml,
  name: 'heldout77-phpbb-prosilver-forum',
  kind: 'forum',
  // every post is body, one entry per <br>-separated paragraph; the quote with its "wrote:" citation is in neither list;
  // user names, post times and the "Last edited by" notice are bylines ("by" and "»" in neither); ranks, profile fields,
  // post counts, signatures, "Re:" subjects and the hidden forum description are furniture; the first post's subject
  // repeats the title; the quick-links entry "Members" and the sort option "Author" are listed once
  title: bbTitle,
  headings: [],
  body: bbPosts.flatMap((p) => texts(p.paras)),
  bylines: [...new Set(bbPosts.map((p) => p.user)), ...bbPosts.map((p) => p.time), bbPosts[0]!.edited!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Riverbend Anglers', 'Coarse, game and sea fishing in the Borders', 'Skip to content', 'Advanced search', 'Quick links', ...bbQuick, 'FAQ', 'Login',
    'Register', ...bbCrumbs, 'Fly tying, tackle and technique for trout and grayling.', 'Post Reply', 'Print view', '5 posts • Page 1 of 1', 'Quote',
    'New member', 'Regular', 'Moderator', 'Posts:', '14', '1,204', '6,892', 'Joined:', ...new Set(bbPosts.map((p) => p.joined)), 'Location:', 'Kelso',
    'Upper Teviot', `Re: ${bbTitle}`, 'Tight lines. Barbless hooks, always.', 'Riverbend Anglers moderator – PM me about beat permits.', 'Top',
    'Return to “Fly Fishing”', 'Jump to', 'Display:', ...bbDisplay, 'Sort by', ...bbSort, 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', ...bbFoot, bbCookie, 'Learn more', 'Got it!',
  ],
};

export const HELDOUT77_F: readonly TestPage[] = [phpbbTopic, discourseTopic];
