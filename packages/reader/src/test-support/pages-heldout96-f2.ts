import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 96, file f2: a phpBB 3.3 topic with the prosilver style, seen by a guest (site description and skip link,
 * the search box, the navbar with "Quick links", FAQ, "Register" and "Login", the breadcrumbs, the topic title, the hidden
 * forum description, the action bars with "Post Reply", topic tools, "Search this topic…" and the post count, posts with
 * the profile column (avatar, rank, post count, join date, location), reply subjects, a quote with its cite line, an image
 * attachment box, an "edited" notice, signatures, "Top" links, "Return to", "Jump to", "Who is online", the footer with
 * the timezone line and the cookie consent bar).
 */
const bbTitle = 'Hum after recapping a 1950s Elverton 5-valve set';
type BbPost = { id: number; user: string; rank: string; posts: string; joined: string; loc: string; time: string; paras: string[]; sig: string };
const bbUsers: Record<string, Omit<BbPost, 'id' | 'time' | 'paras'>> = {
  ohmsteady: {
    user: 'ohmsteady',
    rank: 'Regular',
    posts: '412',
    joined: 'Tue Mar 08, 2016 7:21 pm',
    loc: 'Ashford Vale',
    sig: 'Too many radios, not enough shelves.',
  },
  valvegrid: { user: 'valvegrid', rank: 'Moderator', posts: '9318', joined: 'Sat Jan 14, 2012 11:02 am', loc: 'Kettering Cross', sig: 'If it glows, it goes.' },
  Rusty_Anode: { user: 'Rusty_Anode', rank: 'Member', posts: '157', joined: 'Wed Jun 21, 2023 8:45 pm', loc: '', sig: '' },
};
const bbPosts: BbPost[] = [
  {
    ...bbUsers['ohmsteady']!,
    id: 88120,
    time: 'Thu Oct 09, 2025 6:41 pm',
    paras: [
      'Evening all,',
      'I’ve just finished recapping an Elverton 5-valve set (model B52, 1953 or so) and it works, but there’s a loud hum at 100 Hz ' +
        'that doesn’t change with the volume control. Before the recap it was quiet, just weak.',
      'What I replaced: both smoothing electrolytics (now 47uF 450V), all the wax paper caps, and the mains dropper resistor, which ' + 'had gone high.',
      'I’ve checked that the new smoothing caps are the right way round. Any ideas where to look next?',
    ],
  },
  {
    ...bbUsers['valvegrid']!,
    id: 88124,
    time: 'Thu Oct 09, 2025 7:05 pm',
    paras: [
      'Hum at 100 Hz that doesn’t change with the volume control almost always means smoothing, or a ground problem around the ' +
        'smoothing. Did you connect the negative of the new caps to the same point on the chassis as the old ones?',
      'Those old sets often had the can bolted through the chassis as its ground. If you’ve mounted new caps underneath on a tag ' +
        'strip, the ground return may be going somewhere it shouldn’t.',
    ],
  },
  {
    ...bbUsers['ohmsteady']!,
    id: 88127,
    time: 'Thu Oct 09, 2025 7:18 pm',
    paras: [
      'That’s exactly what I did. I mounted the new caps on a tag strip and took the negative to the nearest solder tag, which is ' +
        'by the output transformer. I’ll move it tonight and report back.',
    ],
  },
  {
    ...bbUsers['Rusty_Anode']!,
    id: 88131,
    time: 'Thu Oct 09, 2025 8:02 pm',
    paras: [
      'Also worth checking the heater wiring while you’re in there. If someone before you rerouted the heater chain close to the ' +
        'audio valve’s grid lead you can get hum, though that would usually be at 50 Hz rather than 100.',
    ],
  },
  {
    ...bbUsers['ohmsteady']!,
    id: 88140,
    time: 'Thu Oct 09, 2025 10:07 pm',
    paras: [
      'Moved the negative to the original ground point next to the rectifier and the hum has gone completely. It’s now quieter ' +
        'than my modern radio. Thanks both, I’d never have thought of that.',
      'For anyone finding this later: the photo shows the new tag strip, with the negative lead now going back to the original earth tag.',
    ],
  },
];
const bbEdited = 'Last edited by ohmsteady on Thu Oct 09, 2025 10:12 pm, edited 1 time in total.';
const bbQuote = `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=2">valvegrid</a> wrote: <a href="./viewtopic.php?p=88124#p88124"
data-post-id="88124" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span class="responsive-hide">Thu Oct 09, 2025 7:05 pm</span></cite>
Did you connect the negative of the new caps to the same point on the chassis as the old ones?</div></blockquote>`;
const bbAttach = `<dl class="attachbox"><dt>Attachments</dt><dd><dl class="file"><dt class="attach-image"><img class="postimage"
src="./download/file.php?id=9120"
alt="elverton-b52-tagstrip.jpg" onclick="viewableArea(this);" title="elverton-b52-tagstrip.jpg (88.4 KiB) Viewed 214 times"></dt><dd>elverton-b52-tagstrip.jpg
(88.4 KiB) Viewed 214 times</dd></dl></dd></dl>`;
const bbCookie = 'This website uses cookies to ensure you get the best experience on our website.';
const icon = (name: string): string => `<i class="icon fa-${name} fa-fw" aria-hidden="true"></i>`;
const profile = (
  p: BbPost,
  n: number,
): string => `<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank has-avatar"><div class="avatar-container">
<a href="./memberlist.php?mode=viewprofile&amp;u=${n}" class="avatar"><img class="avatar" src="./download/file.php?avatar=${n}_1600.jpg" width="90" height="90"
alt="User avatar"></a></div><a href="./memberlist.php?mode=viewprofile&amp;u=${n}"
class="username${p.rank === 'Moderator' ? '-coloured' : ''}">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${n}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>${
  p.loc ? `<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.loc}</dd>` : ''
}</dl>`;
const postHtml = (p: BbPost, i: number): string => `<div id="p${p.id}" class="post has-profile bg${i % 2 ? 1 : 2}"><div class="inner">
${profile(p, p.user.length)}
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a
href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? '' : 'Re: '}${bbTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button
button-icon-only">${icon('quote-left')}<span
class="sr-only">Quote</span></a></li></ul><p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post">${icon('file')}<span
class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.user.length}"
class="username">${p.user}</a></strong> » </span><time datetime="2025-10-09T18:41:00+00:00">${p.time}</time></p>
<div class="content">${i === 2 ? `${bbQuote}\n` : ''}${p.paras.join('<br>\n<br>\n')}${i === 4 ? `\n${bbAttach}` : ''}</div>
${
  i === 4
    ? `<div class="notice">${bbEdited.replace('ohmsteady', '<a href="./memberlist.php?mode=viewprofile&amp;u=9" class="username">ohmsteady</a>')}</div>`
    : ''
}
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">${icon('chevron-circle-up')}<span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const actionBar = (
  where: string,
): string => `<div class="action-bar bar-${where}"><a href="./posting.php?mode=reply&amp;t=4821" class="button" title="Post a reply">
<span>Post Reply</span> ${icon('reply')}</a>${
  where === 'top'
    ? `<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger
dropdown-select">
${icon('wrench')}<span class="caret">${icon('sort-down')}</span></span><div class="dropdown"><ul class="dropdown-contents"><li><a
href="./viewtopic.php?t=4821&amp;view=print"
title="Print view" accesskey="p">${icon('print')}Print view</a></li></ul></div></div><div class="search-box" role="search"><form method="get" id="topic-search"
action="./search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this
topic…">
<button class="button button-search" type="submit" title="Search">${icon('search')}<span class="sr-only">Search</span></button><a href="./search.php"
class="button
button-search-end" title="Advanced search">${icon('cog')}<span class="sr-only">Advanced search</span></a></fieldset></form></div>`
    : ''
}<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${bbTitle} - The Valve Bench</title>
<link rel="canonical" href="https://forum.valvebench.example/viewtopic.php?t=4821"><link href="./assets/css/font-awesome.min.css?assets_version=42"
rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet"><link
href="./assets/cookieconsent/cookieconsent.min.css?assets_version=42"
rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a><div id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php"
title="Board index"><span class="site_logo"></span></a><h1>The Valve Bench</h1><p>Restoring valve radios, gramophones and test gear</p><p class="skiplink"><a
href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get"
id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20"
value="" placeholder="Search…"><button class="button button-search" type="submit" title="Search">${icon('search')}<span class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search">${icon('cog')}<span class="sr-only">Advanced search</span></a></fieldset></form>
</div></div></div><div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">${icon('bars')}<span>Quick
links</span></a>
<div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents" role="menu"><li class="separator"></li>
<li><a href="./search.php?search_id=unanswered" role="menuitem">${icon('file-o')}<span>Unanswered topics</span></a></li><li><a
href="./search.php?search_id=active_topics"
role="menuitem">${icon('file-o')}<span>Active topics</span></a></li><li class="separator"></li><li><a href="./search.php" role="menuitem">${icon('search')}
<span>Search</span></a></li><li class="separator"></li><li><a href="./memberlist.php?mode=team" role="menuitem">${icon('shield')}<span>The
team</span></a></li></ul>
</div></li><li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem">${icon('question-circle')}
<span>FAQ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">
${icon('power-off')}<span>Login</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem">
${icon('pencil-square-o')}<span>Register</span></a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li
class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement"
itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index">${icon('home')}<span itemprop="name">Board index</span></a><meta
itemprop="position" content="1"></span><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="3"><a
itemprop="item" href="./viewforum.php?f=3"><span itemprop="name">Restoration</span></a><meta itemprop="position" content="2"></span><span class="crumb"
itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="7"><a itemprop="item" href="./viewforum.php?f=7"><span
itemprop="name">Valve radios</span></a><meta itemprop="position" content="3"></span></li></ul></div></div></div>
<div id="cookie-consent" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-live="polite" aria-label="cookieconsent"
aria-describedby="cookieconsent:desc"><span id="cookieconsent:desc" class="cc-message">${bbCookie} <a aria-label="learn more about cookies" role="button"
tabindex="0" class="cc-link" href="./ucp.php?mode=privacy" target="_blank">Learn more</a></span><div class="cc-compliance"><a aria-label="dismiss cookie
message"
role="button" tabindex="0" class="cc-btn cc-dismiss">Got it!</a></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4821">${bbTitle}</a></h2>
<div style="display: none !important;">Table sets, portables and radiograms from the valve era.<br></div>
${actionBar('top')}
${bbPosts.map(postHtml).join('\n')}
${actionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=7" class="left-box arrow-left" accesskey="r">${icon('angle-left')}
<span>Return to “Valve radios”</span></a></p><div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left
dropdown-button-control"
id="jumpbox"><span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span class="caret">${icon('sort-down')}
</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer
linklist"
role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index">${icon('home')}<span>Board
index</span></a></span></li>
<li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies"
role="menuitem">${icon('trash')}
<span>Delete cookies</span></a></li><li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=team" role="menuitem">${icon('shield')}
<span>The team</span></a></li><li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem">${icon('envelope')}
<span>Contact us</span></a></li></ul></div></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a
href="https://www.phpbb.example/">phpBB</a>® Forum Software © phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link"
href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link"
href="./ucp.php?mode=terms"
title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script><script src="./assets/javascript/core.js?assets_version=42"></script>
<script src="./assets/cookieconsent/cookieconsent.min.js?assets_version=42"></script></body></html>`;
export const phpbbTopic: TestPage = {
  html,
  name: 'heldout96-phpbb-prosilver-topic',
  kind: 'forum',
  // thread convention: every post's paragraphs are body; usernames, post times and the "Last edited by" line are bylines;
  // the quote (with its cite line) is in neither list; reply subjects ("Re: ..."), profile fields, ranks, signatures, the
  // attachment box, action bars, "Who is online", the footer and the cookie bar are furniture
  title: bbTitle,
  headings: [],
  body: texts(bbPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(bbPosts.flatMap((p) => [p.user, p.time])), bbEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Valve Bench', 'Restoring valve radios, gramophones and test gear', 'Skip to content', 'Search', 'Advanced search', 'Quick links',
    'Unanswered topics', 'Active topics', 'The team', 'FAQ', 'Login', 'Register', 'Board index', 'Restoration', 'Valve radios', bbCookie, 'Learn more',
    'Got it!', 'Table sets, portables and radiograms from the valve era.', 'Post Reply', 'Print view', '5 posts • Page 1 of 1', `Re: ${bbTitle}`, 'Quote',
    'Post', 'Regular', 'Moderator', 'Member', 'Posts:', 'Joined:', 'Location:', ...Object.values(bbUsers).flatMap((u) => [u.posts, u.joined, u.loc, u.sig]),
    'Attachments', 'elverton-b52-tagstrip.jpg (88.4 KiB) Viewed 214 times', 'Top', 'Return to “Valve radios”', 'Jump to', 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'All times are UTC', 'Delete cookies', 'Contact us',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ].filter((t) => t !== ''),
};
