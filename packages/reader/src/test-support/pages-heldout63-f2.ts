import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 63, file f2: a phpBB 3.3 topic on the prosilver style (the `wrap` and `headerbar` with site description
 * and skip link, the header search box, the navbar with "Quick links", "FAQ", "Register" and "Login", breadcrumbs with
 * schema.org microdata, the topic title, action bars with "Post Reply", topic tools, "Search this topic…" and pagination,
 * posts with the `postprofile` (avatar, username, rank, post count, join date, location), the post subject, quote button,
 * "by … » date" author line, `<br>`-separated content, a quote with its cite line, an "edited" notice, signatures and
 * "Top" links, the display options form, "Return to", "Jump to", "Who is online" and the footer with "Delete cookies",
 * "All times are UTC" and "Powered by phpBB").
 */
const pbTitle = 'Hum after recapping a Pelham PR-54';
type PbPost = {
  id: number;
  user: string;
  uid: number;
  rank: string;
  posts: string;
  joined: string;
  location: string;
  time: string;
  iso: string;
  paras: string[];
  quote?: [string, number, string, string];
  edited?: string;
  sig?: string;
};
const pbEdited = 'Last edited by oldbrass on Wed Oct 29, 2025 7:02 pm, edited 1 time in total.';
const pbPosts: PbPost[] = [
  {
    id: 38211,
    user: 'oldbrass',
    uid: 512,
    rank: 'Regular Member',
    posts: '1432',
    joined: 'Mon Mar 14, 2011 7:02 pm',
    location: 'Derbyshire',
    time: 'Tue Oct 28, 2025 7:41 pm',
    iso: '2025-10-28T19:41:00+00:00',
    paras: [
      'Evening all. I’ve just finished recapping a Pelham PR-54 that came out of a house clearance, and it now has a loud mains hum ' +
        'that it didn’t have before, even with the volume right down.',
      'I replaced all the paper capacitors and both smoothing electrolytics (the original was a 32+32 µF can, I’ve fitted two ' +
        'separate 33 µF 450 V caps under the chassis). Rectifier is the original UY85, HT measures 208 V against 215 V on the ' +
        'service sheet.',
      'The hum doesn’t change with the volume control or the tuning. Any ideas where to look first?',
    ],
    sig: 'Currently on the bench: Pelham PR-54, Roberts R66. Waiting: far too many.',
  },
  {
    id: 38214,
    user: 'Ferrite_Fred',
    uid: 7,
    rank: 'Site Admin',
    posts: '8921',
    joined: 'Sat Jan 05, 2008 11:20 am',
    location: 'Bristol',
    time: 'Tue Oct 28, 2025 8:15 pm',
    iso: '2025-10-28T20:15:00+00:00',
    paras: [
      'Hum that doesn’t change with the volume control usually means it’s getting in after the volume control, so either the ' + 'output stage or the supply.',
      'Two things to check. First, have you got the new caps the right way round? Second, where did you earth them? If they’re ' +
        'earthed to a random solder tag, the ripple current can end up flowing through the chassis and into the grid circuit of ' +
        'the output valve.',
    ],
    sig: 'Fred. If it glows, it goes.',
  },
  {
    id: 38219,
    user: 'oldbrass',
    uid: 512,
    rank: 'Regular Member',
    posts: '1432',
    joined: 'Mon Mar 14, 2011 7:02 pm',
    location: 'Derbyshire',
    time: 'Tue Oct 28, 2025 9:02 pm',
    iso: '2025-10-28T21:02:00+00:00',
    quote: ['Ferrite_Fred', 38214, 'Tue Oct 28, 2025 8:15 pm', 'Second, where did you earth them?'],
    paras: [
      'Ah. To the nearest tag strip, which is about six inches from where the original can was. I’ll move them back to the ' +
        'can’s earth point tomorrow and report back.',
    ],
    sig: 'Currently on the bench: Pelham PR-54, Roberts R66. Waiting: far too many.',
  },
  {
    id: 38226,
    user: 'valvelass',
    uid: 2291,
    rank: 'Member',
    posts: '211',
    joined: 'Thu Feb 17, 2022 6:45 pm',
    location: 'Leeds',
    time: 'Wed Oct 29, 2025 8:30 am',
    iso: '2025-10-29T08:30:00+00:00',
    paras: [
      'Also worth checking the heater wiring while you’re in there. On a lot of these sets the heater chain runs right past the ' +
        'volume control, and if the twisted pair has been disturbed you can pick up hum that way too. On an AC/DC set like the ' +
        'PR-54 it’s more likely to be the earth, as Fred says, but it costs nothing to look.',
    ],
  },
  {
    id: 38240,
    user: 'oldbrass',
    uid: 512,
    rank: 'Regular Member',
    posts: '1432',
    joined: 'Mon Mar 14, 2011 7:02 pm',
    location: 'Derbyshire',
    time: 'Wed Oct 29, 2025 6:55 pm',
    iso: '2025-10-29T18:55:00+00:00',
    paras: [
      'Fred was spot on. I moved both negatives back to the original earth point by the can and the hum has gone completely. ' +
        'Playing the shipping forecast as I type.',
      'Thanks both. I’ll post a few photos of the finished set when I’ve done the cabinet.',
    ],
    edited: pbEdited,
    sig: 'Currently on the bench: Pelham PR-54, Roberts R66. Waiting: far too many.',
  },
];
const profile = (id: number): string => `./memberlist.php?mode=viewprofile&amp;u=${id}`;
const pbPost = (p: PbPost, n: number): string => `<div id="p${p.id}" class="post has-profile ${n % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="${profile(p.uid)}" class="avatar">
<img class="avatar" src="./download/file.php?avatar=${p.uid}_1699.jpg" width="90" height="90" alt="User avatar"></a></div>
<a href="${profile(p.uid)}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong>
<a href="./search.php?author_id=${p.uid}&amp;sr=posts">${p.posts}</a></dd><dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>
<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.location}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${n === 0 ? 'class="first"' : ''}><a
href="./viewtopic.php?p=${p.id}#p${p.id}">${n === 0 ? pbTitle : `Re: ${pbTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><i
class="icon fa-quote-left fa-fw"
aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul><p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}"
title="Post">
<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong>
<a href="${profile(p.uid)}" class="username">${p.user}</a></strong> &#187; </span><time datetime="${p.iso}">${p.time}</time></p>
<div class="content">${
  p.quote
    ? `<blockquote cite="./viewtopic.php?p=${p.quote[1]}#p${p.quote[1]}"><div><cite><a href="${profile(7)}">${p.quote[0]}</a> wrote:
<a href="./viewtopic.php?p=${p.quote[1]}#p${p.quote[1]}" data-post-id="${p.quote[1]}" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>
<span class="responsive-hide">${p.quote[2]}</span></cite>${p.quote[3]}</div></blockquote>\n`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div>
${p.edited ? `<div class="notice">${p.edited.replace('oldbrass', `<a href="${profile(p.uid)}" class="username">oldbrass</a>`)}</div>` : ''}
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span></a></div>
</div></div><hr class="divider">`;
const actionBar = (
  pos: string,
): string => `<div class="action-bar bar-${pos}"><a href="./posting.php?mode=reply&amp;t=4821" class="button" title="Post a reply">
<span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="dropdown-container dropdown-button-control topic-tools">
<span title="Topic tools" class="button button-secondary dropdown-trigger dropdown-select"><i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span
class="caret">
<i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span></span></div>${
  pos === 'top'
    ? `<div class="search-box" role="search"><form method="get" id="topic-search"
action="./search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20"
placeholder="Search this topic…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span
class="sr-only">Advanced search</span></a>
</fieldset></form></div>`
    : ''
}<div class="pagination">5 posts &#8226; Page <strong>1</strong> of <strong>1</strong></div></div>`;
const pbCrumbs = ['Board index', 'Restoration &amp; Repair', 'Valve Radio Restoration'];
const pbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${pbTitle} - The Wireless Bench</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet"><link href="./assets/css/font-awesome.min.css?assets_version=41"
rel="stylesheet">
<link rel="canonical" href="https://wirelessbench.example/viewtopic.php?t=4821"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>The Wireless Bench</h1>
<p>Restoring valve radios, one capacitor at a time</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords"
type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" placeholder="Search…"><button class="button button-search"
type="submit"
title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container
responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon fa-bars
fa-fw" aria-hidden="true"></i><span>Quick links</span></a>
<div class="dropdown"><ul class="dropdown-contents" role="menu"><li><a href="./search.php?search_id=unanswered" role="menuitem"><span>Unanswered
topics</span></a></li>
<li><a href="./search.php?search_id=active_topics" role="menuitem"><span>Active topics</span></a></li></ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i
class="icon fa-question-circle fa-fw"
aria-hidden="true"></i><span>FAQ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x"
role="menuitem">
<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li><li class="rightside" data-skip-responsive="true"><a
href="./ucp.php?mode=register" role="menuitem">
<i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">${pbCrumbs
  .map(
    (t, n) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${n}">
${n === 0 ? '<i class="icon fa-home fa-fw"></i>' : ''}<span itemprop="name">${t}</span></a><meta itemprop="position" content="${n + 1}"></span>`,
  )
  .join('')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4821">${pbTitle}</a></h2><div><div style="display: none !important;">Forum rules: be kind, and say which set
you are working on.</div></div>
${actionBar('top')}
${pbPosts.map(pbPost).join('\n')}
${actionBar('bottom')}
<form id="viewtopic" method="post" action="./viewtopic.php?t=4821"><fieldset class="display-options"><label>Display: <select name="st" id="st"><option value="0"
selected="selected">All posts</option></select></label><label>Sort by <select name="sk" id="sk"><option value="t" selected="selected">Post
time</option></select></label>
<select name="sd" id="sd"><option value="a" selected="selected">Ascending</option></select><input type="submit" name="sort" value="Go"
class="button2"></fieldset></form>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r"><i
class="icon fa-angle-left fa-fw
icon-black" aria-hidden="true"></i><span>Return to “Valve Radio Restoration”</span></a></p><div class="jumpbox dropdown-container dropdown-container-right
dropdown-up
dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span>
<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board
index</span></a></span></li>
<li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><i
class="icon fa-trash fa-fw"
aria-hidden="true"></i><span>Delete cookies</span></a></li><li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=team"
role="menuitem">
<i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>The team</span></a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&#174; Forum Software &#169;
phpBB Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span
class="footer-link-text">Privacy</span></a> |
<a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your request."><div
id="darken"
class="darken">&nbsp;</div></div><script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=41"></script></body></html>`;
/** Furniture texts that are words of the body or the title. */
const pbOut = ['Post'];
export const phpbbTopic: TestPage = {
  html: pbHtml,
  name: 'heldout63-phpbb-topic',
  kind: 'forum',
  // every post's text is body, one string per `<br><br>` paragraph; the quote in post 3 with its "Ferrite_Fred wrote:" cite
  // line, arrow and date is a quote of an earlier post (in neither); usernames, post times and the "Last edited by ..." line
  // are bylines ("by" and "»" in neither); ranks, post counts, join dates, locations with their labels, signatures, the
  // "Re:" post subjects, "Quote", "Post", "Top", "Post Reply", search, pagination, display options, "Return to", "Jump to",
  // "Who is online", the hidden forum rules, breadcrumbs, navbar, header and footer are furniture, each text listed once;
  // the icon label "Post" is a word of the body: left out (pbOut)
  title: pbTitle,
  headings: [],
  body: texts(pbPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(pbPosts.flatMap((p) => [p.user, p.time])), pbEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Wireless Bench', 'Restoring valve radios, one capacitor at a time', 'Skip to content', 'Search', 'Quick links', 'Unanswered topics',
    'Active topics', 'FAQ', 'Login', 'Register', 'Board index', 'Restoration & Repair', 'Valve Radio Restoration',
    'Forum rules: be kind, and say which set you are working on.', 'Post Reply', 'Advanced search', '5 posts • Page 1 of 1',
    ...pbPosts.flatMap((p) => [p.rank, p.posts, p.joined, p.location, ...(p.sig ? [p.sig] : [])]), 'Posts:', 'Joined:', 'Location:', `Re: ${pbTitle}`,
    'Quote', 'Post', 'Top', 'Display:', 'All posts', 'Sort by', 'Post time', 'Ascending', 'Return to “Valve Radio Restoration”', 'Jump to', 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'All times are UTC', 'Delete cookies', 'The team',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ].filter((t, n, all) => all.indexOf(t) === n && !pbOut.includes(t)),
};
