import { type TestPage, texts } from './page-kit.js';
import { hackerNewsPage } from './pages-heldout91-f2.js';
import { bbForum, type BbPost, bbPosts, bbTitle } from './pages-heldout91-f3.js';

/**
 * Held-out batch 91, file f: a phpBB 3.3 topic on the prosilver style (the header with the board name and description,
 * "Skip to content", the search box, the navbar with "Quick links" dropdown, FAQ, Register and Login, breadcrumbs, the topic
 * title as an h2, the hidden forum description, the action bar with "Post Reply", topic tools, topic search and the post
 * count, posts with profile columns (avatar, rank, post count, joined date, location), "Re:" subject h3s, quote buttons,
 * "by ... » date" lines, a quoted post, an "edited" notice, signatures, "Top" links, the bottom action bar, "Return to",
 * "Jump to", "Who is online", the footer navbar, the copyright lines, the hidden AJAX alert texts and the cookie notice) and,
 * from file f2, a Hacker News item page; the posts themselves are in file f3.
 */
const bbQuick = ['Quick links', 'Unanswered topics', 'Active topics', 'Search', 'Members', 'The team'];
const bbFoot = [
  'Board index',
  'All times are UTC-04:00',
  'Delete cookies',
  'The team',
  'Contact us',
  'Powered by phpBB® Forum Software © phpBB Limited',
  'Privacy',
  'Terms',
];
const bbJump = [
  'Jump to',
  'General',
  'Welcome and introductions',
  'Club meetings and events',
  'Planted Tanks',
  bbForum,
  'Aquascaping',
  'Livestock',
  'Fish health',
  'Shrimp and snails',
  'Classifieds',
  'Plants and livestock for sale',
];
const bbAlerts = ['Something went wrong when processing your request.', 'Request timed out.'];
const bbCookie = ['This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!'];
const bbIcon = (n: string): string => `<i class="icon ${n} fa-fw" aria-hidden="true"></i>`;
const bbSearch = (id: string, ph: string): string => `<div class="search-box" role="search"><form method="get" id="${id}" action="./search.php"><fieldset>
<input class="inputbox search tiny" type="search" name="keywords" size="20" placeholder="${ph}"><button class="button button-search" type="submit"
title="Search">
${bbIcon('fa-search')}<span class="sr-only">Search</span></button><a href="./search.php" class="button button-search-end" title="Advanced
search">${bbIcon('fa-cog')}
<span class="sr-only">Advanced search</span></a></fieldset></form></div>`;
const bbActionBar = (
  pos: string,
): string => `<div class="action-bar bar-${pos}"><a href="./posting.php?mode=reply&amp;t=18841" class="button" title="Post a reply">
<span>Post Reply</span> ${bbIcon('fa-reply')}</a>${
  pos === 'top'
    ? `<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools"
class="button button-secondary dropdown-trigger dropdown-select">${bbIcon('fa-wrench')}<span class="caret">${bbIcon('fa-sort-down')}</span></span><div
class="dropdown">
<div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents"><li><a href="./viewtopic.php?t=18841&amp;view=print" title="Print
view"
accesskey="p">${bbIcon('fa-print')}<span>Print view</span></a></li></ul></div></div>${bbSearch('topic-search', 'Search this topic…')}`
    : ''
}<div class="pagination">
${bbPosts.length} posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const bbPostHtml = (
  p: BbPost,
  i: number,
): string => `<div id="p${p.id}" class="post has-profile bg${i % 2 === 0 ? 2 : 1}"><div class="inner"><dl class="postprofile"
id="profile${p.id}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 997}"
class="avatar"><img class="avatar" src="./download/file.php?avatar=${p.id % 997}_1690.jpg" width="90" height="90" alt="User avatar"></a></div><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 997}" class="username${p.rank === 'Moderator' ? '-coloured' : ''}">${p.user}</a></dt><dd
class="profile-rank">
${p.rank}<br><img src="./images/ranks/rank${p.posts.length}.gif" alt="${p.rank}" title="${p.rank}"></dd><dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=${p.id % 997}&amp;sr=posts">${p.posts}</a></dd><dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd><dd
class="profile-custom-field
profile-phpbb_location"><strong>Location:</strong> ${p.loc}</dd></dl><div class="postbody"><div id="post_content${p.id}"><h3${
  i === 0 ? ' class="first"' : ''
}><a
href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? '' : 'Re: '}${bbTitle}</a></h3><ul class="post-buttons"><li><a
href="./posting.php?mode=quote&amp;p=${p.id}"
title="Reply with quote" class="button button-icon-only">${bbIcon('fa-quote-left')}<span class="sr-only">Quote</span></a></li></ul><p class="author"><a
class="unread"
href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post">${bbIcon('fa-file icon-lightgray icon-md')}<span class="sr-only">Post</span></a><span
class="responsive-hide">by
<strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 997}" class="username">${p.user}</a></strong> » </span><time
datetime="${p.iso}">${p.time}</time></p>
<div class="content">${
  p.quote
    ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=1">${p.quote[0]}</a> wrote: <a href="./viewtopic.php?p=88131#p88131"
data-post-id="88131" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span class="responsive-hide">${p.quote[1]}</span>
</cite>${p.quote[2]}</div>
</blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div>${
  p.edited
    ? `<div class="notice">${p.edited.replace(
        'mossyrock',
        `<a href="./memberlist.php?mode=viewprofile&amp;u=2"
class="username-coloured">mossyrock</a>`,
      )}</div>`
    : ''
}${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div><div class="back2top"><a href="#top"
class="top" title="Top">${bbIcon('fa-chevron-circle-up icon-gray')}<span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const bbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>${bbTitle} - Riverbend Aquarists</title><link rel="alternate" type="application/atom+xml" title="Feed - Riverbend Aquarists"
href="/app.php/feed"><link rel="canonical" href="https://forum.riverbendaquarists.example/viewtopic.php?t=18841"><link
href="./assets/css/font-awesome.min.css?assets_version=112"
rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet"><link
href="./assets/cookieconsent/cookieconsent.min.css?assets_version=112"
rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr"><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a><div id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php"
title="Board index"><span class="site_logo"></span></a><h1>Riverbend Aquarists</h1><p>Freshwater and planted tank keeping in the Ohio valley</p><p
class="skiplink">
<a href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header" role="search"><form action="./search.php"
method="get" id="search">
<fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value=""
placeholder="Search…">
<button class="button button-search" type="submit" title="Search">${bbIcon('fa-search')}<span class="sr-only">Search</span></button><a href="./search.php"
class="button button-search-end" title="Advanced search">${bbIcon('fa-cog')}<span class="sr-only">Advanced search</span></a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links
dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">${bbIcon('fa-bars')}<span>${bbQuick[0]}</span></a><div
class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents" role="menu">${bbQuick
  .slice(1)
  .map(
    (t) =>
      `<li><a href="./search.php?search_id=${t.toLowerCase().replace(/ /g, '')}" role="menuitem">${bbIcon('fa-file-o icon-gray')}<span>${t}</span></a></li>`,
  )
  .join('<li class="separator"></li>')}</ul></div></li><li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions"
role="menuitem">${bbIcon('fa-question-circle')}<span>FAQ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login"
title="Login"
accesskey="x" role="menuitem">${bbIcon('fa-power-off')}<span>Login</span></a></li><li class="rightside" data-skip-responsive="true"><a
href="./ucp.php?mode=register"
role="menuitem">${bbIcon('fa-pencil-square-o')}<span>Register</span></a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"
role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem"
itemprop="itemListElement"
itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index">${bbIcon('fa-home')}<span itemprop="name">Board index</span></a>
<meta
itemprop="position" content="1"></span><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item"
href="./viewforum.php?f=4"><span itemprop="name">Planted Tanks</span></a><meta itemprop="position" content="2"></span><span class="crumb"
itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=9"><span itemprop="name">Plant care &amp;
troubleshooting</span></a><meta itemprop="position" content="3"></span></li></ul></div></div></div><a id="start_here" class="anchor"></a><div id="page-body"
class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=18841">${bbTitle}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body --><div style="display: none !important;">Algae,
deficiencies,
melting and everything else that goes wrong.<br></div>
${bbActionBar('top')}
${bbPosts.map(bbPostHtml).join('\n')}
${bbActionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=9" class="left-box arrow-left"
accesskey="r">${bbIcon('fa-angle-left')}
<span>Return to “Plant care &amp; troubleshooting”</span></a></p><div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left
dropdown-button-control" id="jumpbox"><span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>${bbJump[0]}</span><span
class="caret">${bbIcon('fa-sort-down')}</span></span><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul
class="dropdown-contents">
${bbJump
  .slice(1)
  .map((t) => `<li><a href="./viewforum.php?f=${t.length}" class="jumpbox-forum-link"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`)
  .join(
    '',
  )}</ul></div></div></div><div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div>
</div><div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist"
role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index">${bbIcon('fa-home')}<span>${bbFoot[0]}</span>
</a></span></li>
<li class="rightside">All times are <span title="UTC-4">UTC-04:00</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies" data-ajax="true"
data-refresh="true" role="menuitem">${bbIcon('fa-trash')}<span>${bbFoot[2]}</span></a></li><li class="rightside" data-last-responsive="true"><a
href="./memberlist.php?mode=team" role="menuitem">${bbIcon('fa-shield')}<span>${bbFoot[3]}</span></a></li><li class="rightside" data-last-responsive="true"><a
href="./memberlist.php?mode=contactadmin" role="menuitem">${bbIcon('fa-envelope')}<span>${bbFoot[4]}</span></a></li></ul></div></div><div class="copyright">
<p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p><p
class="footer-row"
role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">${bbFoot[6]}</span></a> | <a
class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">${bbFoot[7]}</span></a></p></div><div
id="darkenwrapper"
class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="${bbAlerts[0]}"><div id="darken" class="darken">&nbsp;</div></div><div
id="phpbb_alert"
class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="${bbAlerts[1]}"><a href="#" class="alert_close">${bbIcon('fa-times-circle')}</a><h3
class="alert_title">&nbsp;</h3><p class="alert_text"></p></div><div id="phpbb_confirm" class="phpbb_alert"><a href="#"
class="alert_close">${bbIcon('fa-times-circle')}</a>
<div class="alert_text"></div></div></div></div><div><a id="bottom" class="anchor" accesskey="z"></a><img class="sr-only" aria-hidden="true"
src="./app.php/cron/cron.task.core.tidy_sessions" width="1" height="1" alt=""></div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block
cc-bottom">
<span id="cookieconsent:desc" class="cc-message">${bbCookie[0]} <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link"
href="http://cookiesandyou.com" target="_blank">${bbCookie[1]}</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button"
tabindex="0"
class="cc-btn cc-dismiss">${bbCookie[2]}</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=112"></script><script src="./assets/javascript/core.js?assets_version=112"></script>
<script>if (typeof phpbb.plupload !== 'undefined') { phpbb.plupload.config = {}; }</script></body></html>`;
const phpbb: TestPage = {
  html: bbHtml,
  name: 'heldout91-phpbb-forum-topic',
  kind: 'forum',
  // each post's paragraphs (split at the blank <br> lines) are body; the quoted text in the third post is in neither list;
  // user names, post times and the "Last edited" notice are bylines; ranks, post counts, joined dates, locations, the "Re:"
  // subjects, signatures and the board chrome are furniture
  title: bbTitle,
  headings: [],
  body: texts(bbPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(bbPosts.flatMap((p) => [p.user, p.time, ...(p.edited ? [p.edited] : [])]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Riverbend Aquarists', 'Freshwater and planted tank keeping in the Ohio valley', 'Skip to content', 'Search', 'Advanced search', ...bbQuick, 'FAQ', 'Login',
    'Register', 'Board index', 'Planted Tanks', bbForum, 'Algae, deficiencies, melting and everything else that goes wrong.', 'Post Reply', 'Print view',
    `${bbPosts.length} posts`, 'Page 1 of 1', 'Quote', 'Post', 'by', ...bbPosts.flatMap((p) => [p.rank, `Posts: ${p.posts}`, `Joined: ${p.joined}`, `Location:
${p.loc}`]),
    `Re: ${bbTitle}`, ...bbPosts.flatMap((p) => (p.sig ? [p.sig] : [])), 'Top', `Return to “${bbForum}”`, ...bbJump, 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', ...bbFoot, ...bbCookie,
  ])],
};

export const HELDOUT91_F: readonly TestPage[] = [phpbb, hackerNewsPage];
