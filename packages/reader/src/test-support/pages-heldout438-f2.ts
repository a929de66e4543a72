import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file f2: a truckers' forum thread on phpBB 3.3 with the prosilver style (headerbar with the board name
 * as h1 and the search box, quick links and breadcrumbs, the topic title h2, action bar with pagination, four posts with
 * profile columns, "Re:" post titles, a quote, signatures, the "Who is online" block, jump box and the footer). The topic's
 * h2 is the title; the posts are the body; a quote of an earlier post inside a reply is in neither list.
 */
const fTitle = 'Detention pay at shippers that take 5+ hours to load - what do you actually do?';
const fPosts = [
  {
    id: 88412,
    user: 'DieselDeb',
    rank: 'Road Warrior',
    posts: '1,284',
    joined: 'Sat Apr 11, 2020 6:02 am',
    date: 'Tue Mar 03, 2026 7:41 pm',
    text: [
      j(
        'Third time this month I have sat at the same paper mill for over five hours waiting on a live load. Appointment at 0800,',
        'got a door at 1130, rolled out at 1350. Broker says detention starts after two hours free but only if the shipper signs',
        'the in and out times on the BOL, and of course the shipping clerk "is not allowed" to write times.',
      ),
      'How are you all getting paid for this? Or do you just refuse the load next time?',
    ],
    sig: 'Deb - 2019 Cascadia, 22 years, still learning',
  },
  {
    id: 88419,
    user: 'Lonestar_Reefer',
    rank: 'Veteran Member',
    posts: '6,907',
    joined: 'Thu Jan 14, 2016 11:20 pm',
    date: 'Tue Mar 03, 2026 8:15 pm',
    text: [
      j(
        'Stop relying on the BOL for times. Take a photo of your truck at the gate with the timestamp on, another at the door,',
        'and send the ELD event log to the broker the minute you leave. Most of the bigger brokers accept the ELD geofence times',
        'now, they just do not tell you unless you ask.',
      ),
      'And put it in writing before you accept the next load from that mill: detention after two hours at $60 an hour, or no deal.',
    ],
    sig: 'Running Texas to the Midwest since before ELDs were a thing.',
  },
  {
    id: 88431,
    user: 'DieselDeb',
    rank: 'Road Warrior',
    posts: '1,284',
    joined: 'Sat Apr 11, 2020 6:02 am',
    date: 'Tue Mar 03, 2026 9:02 pm',
    text: ['Did not know about the ELD geofence thing. Sending this week\u2019s logs in tomorrow, will report back.'],
    sig: 'Deb - 2019 Cascadia, 22 years, still learning',
    quote: ['Lonestar_Reefer', 'Tue Mar 03, 2026 8:15 pm', 'Most of the bigger brokers accept the ELD geofence times now'],
  },
  {
    id: 88477,
    user: 'gearjammer_mike',
    rank: 'Member',
    posts: '212',
    joined: 'Mon Sep 08, 2025 4:45 pm',
    date: 'Wed Mar 04, 2026 6:30 am',
    text: [
      j(
        'Owner operator here. I keep a list of shippers that have cost me more than three hours twice in a row and I add $150 to',
        'any rate that picks up there. Some brokers say no, and that is fine, somebody else can sit at that dock.',
      ),
    ],
    sig: '',
  },
];
const fNav = ['FAQ', 'Register', 'Login'];
const fCrumbs = ['Board index', 'Trucking Life', 'Pay, Rates & Brokers'];
const post = (p: (typeof fPosts)[number], i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 977}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 977}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}">
<h3 ${i === 0 ? 'class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? '' : 'Re: '}${fTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><i class="icon
fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 977}"
class="username">${p.user}</a></strong> &raquo; </span><time datetime="2026-03-03T19:41:00+00:00">${p.date}</time></p>
<div class="content">${
  p.quote
    ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile">${p.quote[0]}</a> wrote: <a href="./viewtopic.php?p=88419#p88419"
data-post-id="88419">\u2191</a><span class="responsive-hide">${p.quote[1]}</span></cite>${p.quote[2]}</div></blockquote>\n`
    : ''
}${p.text.join('<br>\n<br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div><div class="back2top"><a href="#top" class="top"
title="Top"><span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>${fTitle} - HaulTalk</title><link rel="canonical"
href="https://forum.haultalk.example/viewtopic.php?t=30211"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=57" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=57" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo"
class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>HaulTalk</h1><p>The forum for drivers, owner operators and
dispatchers</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header"
role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128"
title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li>
${links(fNav, 'rightside')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">${fCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item"
href="./viewforum.php?f=${i}"><span itemprop="name">${c.replace('&', '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=30211">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=30211" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=30211" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r"><span>Return to
\u201cPay, Rates &amp; Brokers\u201d</span></a></p>
<div class="jumpbox dropdown-container"><span class="button dropdown-trigger"><span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: Bing [Bot] and 14 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar"><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li
class="rightside">All times are <span title="UTC">UTC</span></li></ul></div></div><div class="copyright"><p class="footer-row"><span
class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p><p class="footer-row"
role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a>
| <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=57"></script><script src="./styles/prosilver/template/forum_fn.js?assets_version=57">
</script></body></html>`;
export const forumThread: TestPage = {
  name: 'heldout438-phpbb-prosilver-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.text)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'HaulTalk', 'The forum for drivers, owner operators and dispatchers', 'Skip to content', 'Quick links', ...fNav, ...fCrumbs, 'Post Reply',
    `Re: ${fTitle}`, 'Quote', ...new Set(fPosts.flatMap((p) => [p.rank, p.posts, p.joined])), 'Posts:', 'Joined:',
    ...new Set(fPosts.map((p) => p.sig).filter((s) => s !== '')), 'Return to “Pay, Rates & Brokers”', 'Jump to', 'Who is online',
    'Users browsing this forum: Bing [Bot] and 14 guests', 'Delete cookies', 'All times are UTC', 'Powered by phpBB® Forum Software © phpBB Limited',
    'Privacy', 'Terms',
  ],
};
