import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file d3: a phpBB 3.3 topic in the prosilver style on a boat owners' board, saved signed out (post
 * text split by <br>, each post with its own h3 subject, the profile column, a board ad between posts, the rendered
 * cookieconsent banner).
 */
const title = 'Leisure batteries flat by morning since fitting the new MPPT controller';
type U = { name: string; id: number; rank: string; posts: string; joined: string; loc?: string; boat?: string; sig?: string };
const jo: U = {
  name: 'wharfinger_jo',
  id: 5521,
  rank: 'Deckhand',
  posts: '64',
  joined: 'Thu Jun 08, 2023 3:17 pm',
  loc: 'Elsworth Junction',
  boat: 'Kingfisher Rose',
  sig: 'NB Kingfisher Rose, 57 ft trad, mostly on the Middle Level',
};
const pete: U = {
  name: 'Ironbridge_Pete',
  id: 12,
  rank: 'Site Admin',
  posts: '18214',
  joined: 'Mon Feb 13, 2006 9:41 pm',
  loc: 'Ironbridge',
  sig: 'Please read the Electrics FAQ before posting. Most answers are in there.',
};
const mossy: U = { name: 'Mossy_Bottom', id: 3307, rank: 'Lock Keeper', posts: '2731', joined: 'Sat Oct 22, 2011 11:05 am', boat: 'Tranquil Tern' };
type P = { id: number; u: U; time: string; iso: string; paras: string[]; quote?: [U, number, string, string]; edit?: string };
const posts: P[] = [
  {
    id: 184022,
    u: jo,
    time: 'Sat Mar 08, 2025 7:12 pm',
    iso: '2025-03-08T19:12:40+00:00',
    paras: paras(`
Last month I swapped the old PWM solar controller on our 57 ft boat for an MPPT unit (a Sunvane 30A), and since then the leisure bank
is down to about 11.9 V every morning, even when hardly anything is switched on overnight.

The bank is three 110 Ah lead-acid batteries, about two years old. Before the swap we would wake up to 12.4 V or so after a normal
evening. The fridge, the water pump and a couple of LED lights are the only things on, and none of that has changed.

I have checked the wiring twice and everything is tight. Could the new controller itself be draining the batteries at night?`),
  },
  {
    id: 184031,
    u: pete,
    time: 'Sat Mar 08, 2025 8:03 pm',
    iso: '2025-03-08T20:03:11+00:00',
    paras: paras(`
It’s possible. Most MPPT controllers draw a few tens of milliamps at night, which is nothing, but a few models don’t block reverse
current properly if the panel side is wired wrong, and then the panels drain the batteries in the dark.

Easiest test: at night, disconnect the panels at the controller and see whether the overnight drop changes. And get a clamp meter on
the battery negative with everything switched off, so you know what the standing drain actually is.`),
  },
  {
    id: 184077,
    u: jo,
    time: 'Sun Mar 09, 2025 9:40 am',
    iso: '2025-03-09T09:40:02+00:00',
    quote: [pete, 184031, 'Sat Mar 08, 2025 8:03 pm', 'get a clamp meter on the battery negative with everything switched off'],
    paras: paras(`
Did that last night. With everything off at the panel I see 0.9 A, which seems a lot. Disconnecting the solar makes no difference, so
it isn’t the panels.

I pulled the fuses one at a time and the drain disappears when I take out the fuse for the controller’s load output. The only thing
on the load output is the bilge pump and its float switch.`),
  },
  {
    id: 184090,
    u: mossy,
    time: 'Sun Mar 09, 2025 11:22 am',
    iso: '2025-03-09T11:22:57+00:00',
    paras: paras(`
There’s your answer, I think. The load output on these controllers is live all the time unless you set a timer mode, so whatever is
on it runs all night. If the pump or the float switch has a fault, it could be drawing current without you ever hearing it run.

Look hard at that float switch first. Mine had a strand of weed caught under it that kept it half lifted, and the pump hummed away
to itself for a week before I noticed.`),
  },
  {
    id: 184133,
    u: jo,
    time: 'Mon Mar 10, 2025 6:55 pm',
    iso: '2025-03-10T18:55:30+00:00',
    edit: 'Last edited by wharfinger_jo on Mon Mar 10, 2025 7:02 pm, edited 1 time in total.',
    paras: paras(`
Found it. The float switch was fine, but the pump itself had a failing seal and was drawing nearly an amp while doing nothing useful.
Before the swap it was on the switch panel and we turned it off at night out of habit; whoever fitted the new controller moved it
onto the load output, which is always live.

New pump fitted and on its own switched fuse again. The standing drain is down to 0.04 A and this morning the bank read 12.5 V.
Thanks all, I will mark this solved.`),
  },
];
const quick = ['Quick links', 'Unanswered topics', 'Active topics', 'Search', 'The team'];
const crumbs = ['Board index', 'Technical', 'Electrics & Solar'];
const jump = ['General', '↳   Introductions', '↳   Moorings & Marinas', 'Technical', '↳   Engines & Gearboxes', '↳   Electrics & Solar', 'For Sale'];
const cookie = 'This website uses cookies to ensure you get the best experience on our website.';
const amp = (s: string): string => s.replace(/&/g, '&amp;');
const profile = (p: P): string => `<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.u.id}" class="avatar"><img class="avatar" src="./download/file.php?avatar=${p.u.id}_1690000000.jpg"
width="90" height="90" alt="User avatar"></a></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.u.id}" class="username${p.u.rank === 'Site Admin' ? '-coloured' : ''}">${p.u.name}</a></dt>
<dd class="profile-rank">${p.u.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.u.id}&amp;sr=posts">${p.u.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.u.joined}</dd>${
  p.u.loc ? `\n<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.u.loc}</dd>` : ''
}${p.u.boat ? `\n<dd class="profile-custom-field profile-boat_name"><strong>Boat name:</strong> ${p.u.boat}</dd>` : ''}
</dl>`;
const quote = ([u, id, t, q]: [
  U,
  number,
  string,
  string,
]): string => `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=${u.id}">${u.name}</a>
wrote: <a href="./viewtopic.php?p=${id}#p${id}" aria-label="View quoted post" onclick="viewableArea(this);"><i class="icon fa-arrow-circle-up fa-fw"
aria-hidden="true"></i></a><span class="responsive-hide">${t}</span></cite>${q}</div></blockquote>`;
const joLink = `<a href="./memberlist.php?mode=viewprofile&amp;u=5521" class="username">${jo.name}</a>`;
const post = (p: P, i: number): string => `<div id="p${p.id}" class="post has-profile bg${i % 2 ? 1 : 2}">
<div class="inner">
${profile(p)}
<div class="postbody"><div id="post_content${p.id}">
<h3${i === 0 ? ' class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? '' : 'Re: '}${title}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><i class="icon
fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.u.id}"
class="username">${p.u.name}</a></strong> » </span><time datetime="${p.iso}">${p.time}</time></p>
<div class="content">${p.quote ? quote(p.quote) : ''}${p.paras.join('<br>\n<br>\n')}</div>
${p.edit ? `<div class="notice">${p.edit.replace(jo.name, joLink)}</div>` : ''}
${p.u.sig ? `<div id="sig${p.id}" class="signature">${p.u.sig}</div>` : ''}
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span></a></div>
</div>
</div>
<hr class="divider">${
  i === 0
    ? `\n<div class="post bg3 phpbb-ads-center" data-phpbb-ads-id="2"><div class="inner"><span class="ad-label">Advertisement</span><ins class="adsbygoogle"
style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890" data-ad-format="auto"></ins></div></div>`
    : ''
}`;
const actionBar = (where: 'top' | 'bottom'): string => `<div class="action-bar bar-${where}">
<a href="./posting.php?mode=reply&amp;t=20817" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw"
aria-hidden="true"></i></a>
<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger
dropdown-select"><i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
</span><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents"><li><a
href="./viewtopic.php?t=20817&amp;view=print" title="Print view" accesskey="p"><i class="icon fa-print fa-fw" aria-hidden="true"></i><span>Print view</span>
</a></li></ul></div></div>${
  where === 'top'
    ? `\n<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny"
type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…"><button class="button button-search" type="submit"
title="Search">
<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button><a href="./search.php" class="button button-search-end"
title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span></a></fieldset></form></div>`
    : ''
}
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div>
</div>`;
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Cut &amp; Cruise Forum</title>
<link rel="canonical" href="https://forum.cutandcruise.example/viewtopic.php?t=20817">
<link href="./assets/css/font-awesome.min.css?assets_version=41" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=41" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
<h1>Cut &amp; Cruise Forum</h1>
<p>Narrowboat and widebeam owners helping each other since 2006</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p>
</div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span
class="sr-only">Advanced search</span></a></fieldset></form></div>
</div></div>
<div class="navbar" role="navigation"><div class="inner">
<ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i
class="icon fa-bars fa-fw" aria-hidden="true"></i><span>${quick[0]}</span></a><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div>
<ul class="dropdown-contents" role="menu">${quick
  .slice(1)
  .map((q) => `<li><a href="./search.php?q=${q.length}" role="menuitem"><i class="icon fa-file-o fa-fw" aria-hidden="true"></i><span>${q}</span></a></li>`)
  .join('\n<li class="separator"></li>\n')}</ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle
fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D20817" title="Login" accesskey="x"
role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw"
aria-hidden="true"></i><span>Register</span></a></li>
</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">${crumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item"
href="./viewforum.php?f=${i}"><span itemprop="name">${amp(c)}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li>
<li class="rightside responsive-search"><a href="./search.php" title="View the advanced search options" role="menuitem"><i class="icon fa-search fa-fw"
aria-hidden="true"></i><span class="sr-only">Search</span></a></li></ul>
</div></div>
</div>
<a id="start_here" class="anchor"></a>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=20817">${title}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">Wiring, batteries, inverters, solar and shore power.<br></div>
${actionBar('top')}
${posts.map(post).join('\n')}
${actionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=11" class="left-box arrow-left" accesskey="r"><i class="icon
fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Electrics &amp; Solar”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to"
class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span class="caret"><i class="icon fa-sort-down fa-fw"
aria-hidden="true"></i></span></span><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents">${jump
  .map(
    (j, i) =>
      `<li><a href="./viewforum.php?f=${i}" class="jumpbox-${j.startsWith('↳') ? 'sub' : 'cat'}-link">${
        j.startsWith('↳') ? `<span class="spacer"></span> <span>&#8627; &nbsp; ${amp(j.slice(4))}</span>` : ` <span> ${amp(j)}</span>`
      }</a></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board
index</span></a></span></li>
<li class="rightside">All times are <span title="UTC">UTC</span></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw"
aria-hidden="true"></i><span>Delete cookies</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=team" role="menuitem"><i class="icon fa-shield fa-fw"
aria-hidden="true"></i><span>The team</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><i class="icon fa-envelope fa-fw"
aria-hidden="true"></i><span>Contact us</span></a></li>
</ul></div></div>
<div class="copyright">
<p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span
class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span
class="footer-link-text">Terms</span></a></p>
</div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your request."><div
id="darken" class="darken">&nbsp;</div></div>
<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error"><a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a>
<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p></div>
</div>
</div>
<div><a id="bottom" class="anchor" accesskey="z"></a><img class="sr-only" aria-hidden="true" src="./app.php/cron/cron.task.core.tidy_sessions" width="1"
height="1" alt=""></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script>
<script src="./assets/javascript/core.js?assets_version=41"></script>
<script src="./assets/cookieconsent/cookieconsent.min.js?assets_version=41"></script>
<script>
if (typeof window.cookieconsent === "object") { window.addEventListener("load", function(){ window.cookieconsent.initialise({
  "palette": {"popup": {"background": "#0F538A"}, "button": {"background": "#E5E5E5"}}, "theme": "classic",
  "content": {"message": "${cookie}", "dismiss": "Got it!", "link": "Learn more", "href": "./ucp.php?mode=privacy"} }); }); }
</script>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info
cc-theme-classic cc-bottom "><span id="cookieconsent:desc" class="cc-message">${cookie} <a aria-label="learn more about cookies" role="button" tabindex="0"
class="cc-link" href="./ucp.php?mode=privacy" rel="noopener noreferrer nofollow" target="_blank">Learn more</a></span><div class="cc-compliance"><a
aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">Got it!</a></div></div>
</body></html>`;
const us = [jo, pete, mossy];
export const phpbbTopic: TestPage = {
  html,
  name: 'heldout128-phpbb-prosilver-topic',
  kind: 'forum',
  // the topic title is the h2 (the board name is the page's h1); every post is body (its <br>-separated blocks are the
  // paragraphs), the quote neither; names, post times and the "Last edited by" notice are bylines; the reply subjects
  // ("Re: ..."), profile columns, signatures, the ad label, action bars, jump box, "Who is online" and footer are furniture
  title,
  headings: [],
  body: posts.flatMap((p) => texts(p.paras)),
  bylines: [...us.map((u) => u.name), ...posts.map((p) => p.time), posts[4]?.edit ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Cut & Cruise Forum', 'Narrowboat and widebeam owners helping each other since 2006', 'Skip to content', 'Search', 'Advanced search', ...quick, 'FAQ',
    'Login', 'Register', ...crumbs, 'Post Reply', 'Print view', '5 posts • Page 1 of 1', `Re: ${title}`, 'Quote', 'Post',
    ...us.flatMap((u) => [u.rank, u.posts, u.joined, u.loc ?? '', u.boat ?? '', u.sig ?? '']), 'Posts:', 'Joined:', 'Location:', 'Boat name:', 'Top',
    'Advertisement', 'Return to “Electrics & Solar”', 'Jump to', ...jump.map((j) => j.replace(/^↳ {3}/, '')), 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'All times are UTC', 'Delete cookies', 'The team', 'Contact us',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms', cookie, 'Learn more', 'Got it!',
  ].filter((t) => t !== ''))],
};
