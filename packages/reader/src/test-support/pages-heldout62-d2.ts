import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 62, file d2: a phpBB 3.3 topic on the prosilver style, as a guest sees it (header bar with site name,
 * description, "Skip to content" and search box, the navbar with "Quick links", FAQ, Login and Register, breadcrumbs, the
 * topic title in an h2, the hidden forum description, the action bars with "Post Reply", topic tools, topic search and
 * pagination, each post with its profile column (username, rank, post count, join date, location), the per-post h3 subject,
 * the quote button, "by ... » date" line, content written with br line breaks, a quote with cite, a "Last edited by" notice,
 * signatures and "Top" links, "Return to", "Jump to" with the forum list, "Who is online", the footer nav, copyright,
 * the AJAX alert boxes and the cookieconsent banner).
 */
const bbTitle = 'Marlow Type 64: loud hum after recapping, where to look next?';
const bbP1 = [
  'I have just finished recapping a Marlow Type 64 from 1956, a five-valve mains set with a rectifier valve. Before the work it ' +
    'played quietly with a faint hum. Now it plays at a decent volume, but with a loud hum that does not change with the volume control.',
  'I replaced all the paper capacitors and the two electrolytics in the power supply. Those were a 32 + 32 µF can, which I ' +
    'replaced with two separate 33 µF capacitors mounted under the chassis. The hum was there from the very first power-up.',
  'Voltages look about right compared with the service sheet. Any ideas where to look next?',
];
const bbP2 = [
  'A hum that does not change with the volume control usually comes from the power supply, not the audio stage. The first ' +
    'thing I would check is the earth return of your new smoothing capacitors.',
  'In the original can, both negatives went to the chassis through the mounting clip, right next to the rectifier. If you have ' +
    'taken the negatives of the new ones to the nearest tag strip instead, the ripple current can flow through a section of ' +
    'chassis that the audio stage also uses as its earth.',
];
const bbQuote = 'If you have taken the negatives of the new ones to the nearest tag strip instead';
const bbP3 = [
  'That is exactly what I did. The nearest tag was at the far end of the chassis near the output valve, because it was easier to ' + 'reach with the iron.',
];
const bbP4 = [
  'Move both negatives to a single point next to the rectifier, where the old can was clipped, and run the negative of the ' +
    'output stage back to the same point with its own wire. That should cure most of it.',
  'If some hum remains after that, check the heater wiring as well. The heater leads should be twisted together and kept away ' +
    'from the grid of the first audio valve.',
];
const bbP5 = [
  'Good advice from Geoff. One more thing I have learned the hard way: check that the new capacitors are the right way round. ' +
    'A reversed electrolytic can hum for a few minutes before it fails, and you do not want to find out that way.',
];
const bbP6 = [
  'Moved the negatives to a single earth point by the rectifier this evening and the hum has gone, apart from a faint one you ' +
    'only hear with your ear next to the speaker. Polarity was right, but thanks for the warning. Now on to the alignment.',
];
const bbForums = ['Receivers', 'Fault Finding', 'Restoration Projects', 'Test Equipment', 'Components &amp; Sourcing', 'Off Topic'];
const bbSigGeoff = 'Geoff. Still looking for a Marlow Type 70 chassis, any condition.';
const bbSigRod = 'Workbench: Avo 8, home-made variac and lamp limiter, too many valves.';
const bbReTitle = `Re: ${bbTitle}`;
const br = (paras: readonly string[]): string => paras.join('<br>\n<br>\n');

type BbPost = { id: number; uid: number; user: string; rank: string; posts: string; joined: string; loc?: string; time: string; iso: string };
const bbPost = (c: BbPost, bg: number, subject: string, content: string, extra = ''): string => `<div id="p${c.id}" class="post has-profile bg${bg}">
	<div class="inner">
		<dl class="postprofile" id="profile${c.id}">
			<dt class="has-profile-rank has-avatar">
				<div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u=${c.uid}" class="avatar"><img class="avatar"
 src="./download/file.php?avatar=${c.uid}_1726333335.jpg" width="90" height="90" alt="User avatar"></a></div>
				<a href="./memberlist.php?mode=viewprofile&amp;u=${c.uid}" class="username">${c.user}</a>
			</dt>
			<dd class="profile-rank">${c.rank}</dd>
			<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${c.uid}&amp;sr=posts">${c.posts}</a></dd>
			<dd class="profile-joined"><strong>Joined:</strong> ${c.joined}</dd>
			${c.loc === undefined ? '' : `<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${c.loc}</dd>`}
		</dl>
		<div class="postbody">
			<div id="post_content${c.id}">
				<h3${bg === 2 && subject === bbTitle ? ' class="first"' : ''}><a href="./viewtopic.php?p=${c.id}#p${c.id}">${subject}</a></h3>
				<ul class="post-buttons">
					<li><a href="./posting.php?mode=quote&amp;p=${c.id}" title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw"
 aria-hidden="true"></i><span class="sr-only">Quote</span></a></li>
				</ul>
				<p class="author">
					<a class="unread" href="./viewtopic.php?p=${c.id}#p${c.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span
 class="sr-only">Post</span></a>
					<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${c.uid}" class="username">${c.user}</a></strong> &raquo;
 </span><time
 datetime="${c.iso}">${c.time}</time>
				</p>
				<div class="content">${content}</div>
				${extra}
			</div>
		</div>
		<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
 class="sr-only">Top</span></a>
		</div>
	</div>
</div>
<hr class="divider">`;
const rod = { uid: 1211, user: 'ferrite_rod', rank: 'Registered User', posts: '37', joined: 'Sat Sep 14, 2024 6:02 pm', loc: 'Shropshire' };
const geoff = { uid: 2, user: 'Geoff_W', rank: 'Site Admin', posts: '8214', joined: 'Wed Mar 03, 2004 9:15 am', loc: 'Near Ludlow' };
const harold = { uid: 388, user: 'hmv_harold', rank: 'Valve Veteran', posts: '2760', joined: 'Thu Nov 02, 2006 10:48 pm' };
const sig = (id: number, text: string): string => `<div id="sig${id}" class="signature">${text}</div>`;
const quote = `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=2">Geoff_W</a> wrote: <a href="./viewtopic.php?p=28821#p28821"
 data-post-id="28821" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span class="responsive-hide">Mon Mar 10, 2025 9:02 pm</span></cite>
${bbQuote}</div></blockquote>`;
const notice = `<div class="notice">Last edited by <a href="./memberlist.php?mode=viewprofile&amp;u=1211" class="username">ferrite_rod</a> on Tue Mar 11, 2025
 8:40 pm,
 edited 1 time in total.</div>`;
const bbPosts = [
  bbPost({ ...rod, id: 28817, time: 'Mon Mar 10, 2025 7:14 pm', iso: '2025-03-10T19:14:52+00:00' }, 2, bbTitle, br(bbP1), sig(28817, bbSigRod)),
  bbPost({ ...geoff, id: 28821, time: 'Mon Mar 10, 2025 9:02 pm', iso: '2025-03-10T21:02:10+00:00' }, 1, bbReTitle, br(bbP2), sig(28821, bbSigGeoff)),
  bbPost(
    { ...rod, id: 28830, time: 'Tue Mar 11, 2025 8:37 pm', iso: '2025-03-11T20:37:44+00:00' },
    2,
    bbReTitle,
    `${quote}\n${br(bbP3)}`,
    notice + sig(28830, bbSigRod),
  ),
  bbPost({ ...geoff, id: 28833, time: 'Tue Mar 11, 2025 9:15 pm', iso: '2025-03-11T21:15:03+00:00' }, 1, bbReTitle, br(bbP4), sig(28833, bbSigGeoff)),
  bbPost({ ...harold, id: 28840, time: 'Wed Mar 12, 2025 8:01 am', iso: '2025-03-12T08:01:29+00:00' }, 2, bbReTitle, br(bbP5)),
  bbPost({ ...rod, id: 28871, time: 'Sat Mar 15, 2025 10:26 pm', iso: '2025-03-15T22:26:51+00:00' }, 1, bbReTitle, br(bbP6), sig(28871, bbSigRod)),
].join('\n');
const actionBar = (where: string): string => `<div class="action-bar bar-${where}">
	<a href="./posting.php?mode=reply&amp;t=4412" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw"
 aria-hidden="true"></i></a>
	${
    where === 'top'
      ? `<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger
 dropdown-select"><i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span class="caret"><i class="icon fa-sort-down fa-fw"
 aria-hidden="true"></i></span></span>
	<div class="dropdown"><ul class="dropdown-contents"><li><a href="./viewtopic.php?t=4412&amp;view=print" title="Print view" accesskey="p"><i class="icon
 fa-print fa-fw"
 aria-hidden="true"></i><span>Print view</span></a></li></ul></div></div>
	<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny" type="search"
 name="keywords" id="search_keywords" size="20" placeholder="Search this topic…"><button class="button button-search" type="submit" title="Search"><i
 class="icon
 fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button></fieldset></form></div>`
      : ''
  }
	<div class="pagination">6 posts<span> &bull; Page <strong>1</strong> of <strong>1</strong></span></div>
</div>`;

const bbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${bbTitle} - Valve Radio Workshop</title>
<link rel="canonical" href="https://www.valveradioworkshop.example/viewtopic.php?t=4412">
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=42"
 rel="stylesheet">
<link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=42" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner"><div class="inner">
			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
				<h1>Valve Radio Workshop</h1>
				<p>Restoring and repairing vintage valve radios and audio equipment</p>
				<p class="skiplink"><a href="#start_here">Skip to content</a></p>
			</div>
			<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
				<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value=""
 placeholder="Search…">
				<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
 class="sr-only">Search</span></button>
				<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span
 class="sr-only">Advanced search</span></a>
			</fieldset></form></div>
		</div></div>
		<div class="navbar" role="navigation"><div class="inner">
		<ul id="nav-main" class="nav-main linklist" role="menubar">
			<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon
 fa-bars fa-fw"
 aria-hidden="true"></i><span>Quick links</span></a>
				<div class="dropdown"><ul class="dropdown-contents" role="menu"><li><a href="./search.php?search_id=unanswered" role="menuitem"><span>Unanswered
 topics</span></a></li>
				<li><a href="./search.php?search_id=active_topics" role="menuitem"><span>Active topics</span></a></li></ul></div></li>
			<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle
 fa-fw"
 aria-hidden="true"></i><span>FAQ</span></a></li>
			<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li>
			<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li>
		</ul>
		<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
 itemtype="https://schema.org/BreadcrumbList">
			<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h"
 data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Board index</span></a><meta itemprop="position" content="1"></span>
			<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="3"><a itemprop="item"
 href="./viewforum.php?f=3"><span
 itemprop="name">Receivers</span></a><meta itemprop="position" content="2"></span>
			<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="9"><a itemprop="item"
 href="./viewforum.php?f=9"><span
 itemprop="name">Fault Finding</span></a><meta itemprop="position" content="3"></span>
		</li></ul>
		</div></div>
	</div>
	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4412">${bbTitle}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">Diagnosing faults in valve receivers: hum, distortion, dead sets.<br></div>
${actionBar('top')}
${bbPosts}
${actionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=9" class="left-box arrow-left" accesskey="r"><i class="icon
 fa-angle-left fa-fw
 icon-black" aria-hidden="true"></i><span>Return to “Fault Finding”</span></a></p>
	<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to"
 class="button
 button-secondary dropdown-trigger dropdown-select"><span>Jump to</span></span>
	<div class="dropdown"><ul class="dropdown-contents">${bbForums
    .map(
      (f, i) => `<li><a href="./viewforum.php?f=${i + 3}" class="jumpbox-sub-link"><span
 class="spacer"></span> <span>↳ &nbsp; ${f}</span></a></li>`,
    )
    .join('\n')}</ul></div></div>
</div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div>
	</div>
	<div id="page-footer" class="page-footer" role="contentinfo">
		<div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar">
			<li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><span>Board index</span></a></span></li>
			<li class="rightside">All times are <span title="UTC">UTC</span></li>
			<li class="rightside"><a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem"><span>Delete cookies</span></a></li>
			<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=team" role="menuitem"><span>The team</span></a></li>
			<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><span>Contact us</span></a></li>
		</ul></div></div>
		<div class="copyright">
			<p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&#174; Forum Software &#169; phpBB
 Limited</span></p>
			<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span
 class="footer-link-text">Privacy</span></a>
 | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p>
		</div>
		<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your
 request."><div
 id="darken" class="darken">&nbsp;</div></div>
		<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out."><a href="#" class="alert_close"><i class="icon
 fa-times-circle fa-fw" aria-hidden="true"></i></a><h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p></div>
	</div>
</div>
<div><a id="bottom" class="anchor" accesskey="z"></a></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script>
<script src="./assets/javascript/core.js?assets_version=42"></script>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block
 cc-bottom">
<span id="cookieconsent:desc" class="cc-message">This board uses cookies to give you the best and most relevant experience. To use this board you need to
 accept this
 policy. <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="./ucp.php?mode=privacy" target="_blank">Learn more</a></span>
<div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">Got it!</a></div></div>
</body></html>`;
export const phpbbTopic: TestPage = {
  html: bbHtml,
  name: 'heldout62-phpbb-topic',
  kind: 'forum',
  // every post is body (paragraphs split at the double br); usernames, post times and the "Last edited by ... in total."
  // notice are bylines ("by" and "»" in neither); the per-post subjects ("Re: ..." five times, the first post's own subject
  // is the title) are furniture, as are ranks, "Posts:", counts, "Joined:" dates, locations, signatures, the screen-reader
  // "Quote", "Post" and "Top", action bars, pagination, "Return to", "Jump to" with the forum list, "Who is online", header,
  // navbar, breadcrumbs, footer and the cookie banner; the quote of Geoff's reply with its cite line is in neither list;
  // the hidden forum description is furniture; the post counts (numbers) are left out
  title: bbTitle,
  headings: [],
  body: [...texts(bbP1), ...texts(bbP2), ...texts(bbP3), ...texts(bbP4), ...texts(bbP5), ...texts(bbP6)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'ferrite_rod', 'Geoff_W', 'hmv_harold', 'Mon Mar 10, 2025 7:14 pm', 'Mon Mar 10, 2025 9:02 pm', 'Tue Mar 11, 2025 8:37 pm', 'Tue Mar 11, 2025 9:15 pm',
    'Wed Mar 12, 2025 8:01 am', 'Sat Mar 15, 2025 10:26 pm', 'Last edited by ferrite_rod on Tue Mar 11, 2025 8:40 pm, edited 1 time in total.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Valve Radio Workshop', 'Restoring and repairing vintage valve radios and audio equipment', 'Skip to content', 'Search', 'Advanced search', 'Quick links',
    'Unanswered topics', 'Active topics', 'FAQ', 'Login', 'Register', 'Board index', ...bbForums.map((f) => f.replace('&amp;', '&')),
    'Diagnosing faults in valve receivers: hum, distortion, dead sets.', 'Post Reply', 'Print view', '6 posts', bbReTitle, 'Registered User', 'Site Admin',
    'Valve Veteran', 'Posts:', 'Joined:', 'Sat Sep 14, 2024 6:02 pm', 'Wed Mar 03, 2004 9:15 am', 'Thu Nov 02, 2006 10:48 pm', 'Location:', 'Shropshire',
    'Near Ludlow', 'Quote', 'Post', 'Top', bbSigRod, bbSigGeoff, 'Return to “Fault Finding”', 'Jump to', 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'All times are UTC', 'Delete cookies', 'The team', 'Contact us',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
    'This board uses cookies to give you the best and most relevant experience. To use this board you need to accept this policy.', 'Learn more', 'Got it!',
  ],
};
