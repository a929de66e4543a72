import { links, type TestPage, texts } from './page-kit.js';
import { showHn } from './pages-heldout158-f2.js';

/**
 * Held-out batch 158, file f: a phpBB 3.3 topic (prosilver) with a poll (the header with the site description, quick links,
 * FAQ, "Register" and "Login", breadcrumbs, the topic title with "Post Reply" and search box, the poll with its options,
 * vote bars, percentages and "Total votes", pagination, posts with author names, ranks, join dates and post counts, the
 * post headers with "by ... » date", signatures, "Quote" buttons, the "Jump to" box, "Who is online" and the footer with
 * "Powered by phpBB") and, from file f2, a Hacker News "Show HN" thread.
 */
const bbTitle = 'Club rules for the 2026 season: which start time for Sunday runs?';
const bbPollQ = 'Sunday group run start time from March';
const bbPoll = ['7:30am (as now)', '8:00am', '8:30am', 'Alternate between 7:30am and 8:30am'];
const bbPosts: [string, string, string, string[]][] = [
  [
    'RoadRunnerRhi',
    'Club Secretary',
    'Sun Nov 09, 2025 7:12 pm',
    [
      'Evening all. At the AGM several members asked whether the Sunday group run could start later next season. Since only about ' +
        'forty of us were at the AGM, the committee agreed to put it to a poll here before the rules are finalised in December.',
      'The poll closes on 30 November. Please vote even if you only run with us now and then. If you have a view on the route or on ' +
        'the coffee stop, say so in this thread, as the committee will read the whole topic.',
    ],
  ],
  [
    'Gus Pemberton',
    'Member',
    'Sun Nov 09, 2025 8:40 pm',
    ['Voted 8:00. 7:30 is fine in summer but in March it is still half dark on the canal path, and half the group has no lights.'],
  ],
  [
    'hilltop_harriet',
    'Run Leader',
    'Mon Nov 10, 2025 7:05 am',
    [
      'As one of the run leaders I would be happy with 8:30, but please bear in mind that a later start pushes the long run group ' +
        'into the traffic on Mill Lane at the end, which was the reason we moved to 7:30 in the first place.',
    ],
  ],
  [
    'Gus Pemberton',
    'Member',
    'Mon Nov 10, 2025 9:22 am',
    ['Fair point about Mill Lane. Could the long group finish along the river instead? It adds a few hundred metres but it is much quieter.'],
  ],
  [
    'hilltop_harriet',
    'Run Leader',
    'Mon Nov 10, 2025 12:31 pm',
    [
      'The river finish would work for the long group, yes. I walked it on Saturday: it adds about 400 metres, the path is lit as far ' +
        'as the boathouse and there is room to regroup at the footbridge. I will suggest it to the committee whatever time wins.',
    ],
  ],
  [
    'Deepa K',
    'Member',
    'Tue Nov 11, 2025 6:48 pm',
    [
      'Alternating sounds confusing. I would vote for whichever single time wins and keep it all year, so nobody turns up at the wrong ' +
        'time in the dark. And thank you to the committee for asking everyone rather than deciding it at the AGM.',
    ],
  ],
];
const bbQuote = `<blockquote><div><cite>hilltop_harriet wrote: <a href="./viewtopic.php?p=10242#p10242">↑</a>
</cite>a later start pushes the long run group into the
traffic on Mill Lane</div></blockquote>`;
const bbTop = [
  'Lockford Harriers Forum',
  'Running club discussion for members and friends',
  'Skip to content',
  'Quick links',
  'Unanswered topics',
  'Active topics',
  'Search',
  'FAQ',
  'Register',
  'Login',
];
const bbCrumbs = ['Board index', 'Club business', 'Announcements & rules'];
const bbMeta = [
  'Post Reply',
  'Search this topic…',
  '7 posts',
  'Page 1 of 1',
  'Total votes:',
  '71',
  'Quote',
  'Posts:',
  'Joined:',
  'Location:',
  'Lockford',
  'Return to “Announcements & rules”',
  'Jump to',
  'Who is online',
  'Users browsing this forum: No registered users and 3 guests',
];
const bbFoot = [
  'Board index',
  'Contact us',
  'The team',
  'Delete cookies',
  'All times are UTC',
  'Powered by phpBB® Forum Software © phpBB Limited',
  'Privacy',
  'Terms',
];
const bbSig = 'Parkrun PB 21:48 | Half 1:43:10';
const post = ([author, rank, date, ps]: [string, string, string, string[]], i: number): string => `<div id="p${10240 + i}"
class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner"><dl class="postprofile" id="profile${10240 + i}"><dt class="has-profile-rank no-avatar">
<a href="./memberlist.php?mode=viewprofile&amp;u=${60 + i}" class="username">${author}</a></dt><dd class="profile-rank">${rank}</dd>
<dd class="profile-posts"><strong>${bbMeta[7]}</strong> <a href="./search.php?author_id=${60 + i}&amp;sr=posts">${300 + i * 37}</a></dd>
<dd class="profile-joined"><strong>${bbMeta[8]}</strong> ${2014 + i}</dd>${
  i === 0
    ? `<dd class="profile-custom-field profile-phpbb_location">
<strong>${bbMeta[9]}</strong> ${bbMeta[10]}</dd>`
    : ''
}</dl>
<div class="postbody"><div id="post_content${10240 + i}"><h3 ${i === 0 ? 'class="first"' : ''}>
<a href="#p${10240 + i}">${i === 0 ? bbTitle : `Re: ${bbTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${10240 + i}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw"
aria-hidden="true"></i><span>${bbMeta[6]}</span></a></li></ul><p class="author"><a class="unread" href="#p${10240 + i}" title="Post">
<i class="icon fa-file fa-fw"></i></a>
<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${60 + i}" class="username">${author}</a>
</strong> » </span>${date}</p>
<div class="content">${i === 3 ? bbQuote : ''}${ps.join('<br><br>')}</div>${i === 0 ? `<div id="sig${10240 + i}" class="signature">${bbSig}</div>` : ''}</div>
</div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div><hr class="divider">`;
const bbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bbTitle} - Lockford Harriers Forum</title><link rel="canonical" href="https://forum.lockfordharriers.example/viewtopic.php?t=1873">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php"
title="Board index"><span class="site_logo"></span></a><h1>${bbTop[0]}</h1><p>${bbTop[1]}</p><p class="skiplink"><a href="#start_here">${bbTop[2]}</a></p></div>
<div id="search-box" class="search-box search-header" role="search">
<input name="keywords" id="keywords" type="search" title="Search for keywords" placeholder="Search…"></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container">
<a href="#" class="dropdown-trigger"><span>${bbTop[3]}</span></a><div class="dropdown">
<ul class="dropdown-contents">${links(bbTop.slice(4, 7), 'separator')}</ul></div></li>
<li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions"><span>${bbTop[7]}</span></a></li><li class="rightside">
<a href="./ucp.php?mode=register">
<span>${bbTop[8]}</span></a></li><li class="rightside"><a href="./ucp.php?mode=login" title="Login" accesskey="x"><span>${bbTop[9]}</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${bbCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}">
<span itemprop="name">${c.replace(/&/g, '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=1873">${bbTitle}</a></h2><div class="action-bar bar-top">
<a href="./posting.php?mode=reply&amp;t=1873" class="button"
title="Post a reply"><span>${bbMeta[0]}</span> <i class="icon fa-reply fa-fw"></i></a><div class="search-box" role="search">
<input class="inputbox search tiny" type="search"
name="keywords" placeholder="${bbMeta[1]}"></div><div class="pagination">${bbMeta[2]} &bull; ${bbMeta[3]}</div></div>
<form method="post" action="./viewtopic.php?t=1873" id="poll"><div class="panel"><div class="inner"><div class="content"><h2 class="poll-title">${bbPollQ}</h2>
<p class="author">Poll ends on Sun Nov 30, 2025 11:59 pm</p><fieldset class="polls">${bbPoll
  .map(
    (o, i) => `<dl class="${i === 1 ? 'voted' : ''}" data-alt-text="">
<dt>${o}</dt><dd class="resultbar"><div class="pollbar${i + 1}" style="width:${[18, 42, 27, 13][i]}%;">${[13, 30, 19, 9][i]}</div></dd>
<dd>${[18, 42, 27, 13][i]}%</dd></dl>`,
  )
  .join('\n')}<dl><dt>&nbsp;</dt><dd class="resultbar poll_total_votes">${bbMeta[4]} ${bbMeta[5]}</dd></dl></fieldset>
<div class="vote-submitted hidden">Your vote has been cast.</div></div></div></div></form><hr>
${bbPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=1873" class="button"><span>${bbMeta[0]}</span></a>
<div class="pagination">${bbMeta[2]} &bull; ${bbMeta[3]}</div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">${bbMeta[11]}</a></p>
<div class="jumpbox dropdown-container"><span class="button dropdown-trigger"><span>${bbMeta[12]}</span></span></div></div>
<div class="stat-block online-list"><h3>${bbMeta[13]}</h3><p>${bbMeta[14]}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar">
${links(bbFoot.slice(0, 4))}<li class="rightside">${bbFoot[4]}</li></ul></div></div><div class="copyright"><p class="footer-row">
<span class="footer-copyright">${bbFoot[5]}</span></p>
<p class="footer-row" role="menu">
<a class="footer-link" href="./ucp.php?mode=privacy">${bbFoot[6]}</a> | <a class="footer-link" href="./ucp.php?mode=terms">${bbFoot[7]}</a></p></div></div>
</div><script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=42"></script></body></html>`;
const phpbbPoll: TestPage = {
  html: bbHtml,
  name: 'heldout158-phpbb-poll-topic',
  kind: 'forum',
  // every post is body (the <br><br>-separated paragraphs of the first post each an item); the quote in Gus Pemberton's
  // second post is in neither list; the poll question and options are body, its vote counts, percentages, end date and
  // total furniture; names and the post dates are bylines; ranks, post and join counts, the signature and "Quote" are furniture
  title: bbTitle,
  headings: [],
  body: [bbPollQ, ...bbPoll, ...bbPosts.flatMap((p) => texts(p[3]))],
  bylines: [...bbPosts.map((p) => p[0]), ...bbPosts.map((p) => p[2])].filter((t, i, a) => a.indexOf(t) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bbTop, ...bbCrumbs, ...bbMeta.filter((m) => m !== bbMeta[1]), 'Poll ends on Sun Nov 30, 2025 11:59 pm', '18%', '42%', '27%', '13%',
    'Club Secretary', 'Run Leader', 'Member', bbSig, 'Top',
    'Your vote has been cast.', `Re: ${bbTitle}`, ...bbFoot,
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT158_F: readonly TestPage[] = [phpbbPoll, showHn];
