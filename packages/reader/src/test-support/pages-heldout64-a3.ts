import { type TestPage, texts } from './page-kit.js';
import { mbPost, mbPosts, mbTitle } from './pages-heldout64-a4.js';

/**
 * Held-out batch 64, file a3: a MyBB 1.8 thread on a retro-computing forum, default theme, as a guest sees it (logo and top
 * links, the "Hello There, Guest!" panel with its hidden quick-login modal, the breadcrumb navigation, "Next Oldest | Next
 * Newest", the thread rating, the thead with the subject and its prefix, "Threaded Mode", five posts in the horizontal postbit
 * (avatar, online status, user title, stars, posts/threads/joined/reputation, post number, date, "last modified" line, a
 * "Wrote:" quote, signatures, Find and Reply buttons), the printable-version and subscribe links, "Forum Jump", "Users browsing
 * this thread", the "Possibly Related Threads…" table and the footer with the current time and the MyBB credit).
 */
const mbTop = ['Portal', 'Search', 'Member List', 'Calendar', 'Help'];
const mbCrumbs = ['RetroBench Forums', 'Commodore', 'Amiga Hardware'];
const mbRelated = [
  ['A500 black screen after Kickstart 3.1 swap', 'tapeworm', '7', '1,204', '12-28-2024, 11:02 AM', 'Denzil'],
  ['Recap kit for A500 rev 6A – which values?', 'Mags_K', '18', '3,877', '02-19-2025, 07:40 PM', 'tapeworm'],
  ['Gary socket replacement – worth it?', 'oldsolder', '4', '688', '01-06-2025, 03:15 PM', 'oldsolder'],
];
const mbFoot = ['Forum Team', 'Contact Us', 'RetroBench', 'Return to Top', 'Lite (Archive) Mode', 'Mark all forums read', 'RSS Syndication'];
const mbJump = ['Private Messages', 'User Control Panel', 'Who’s Online', 'Search', 'Forum Home', 'Commodore', '-- Amiga Hardware', '-- Amiga Software'];
const mbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>${mbTitle}</title>
<link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="https://retrobench.example/syndication.php" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<script type="text/javascript" src="https://retrobench.example/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="https://retrobench.example/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="https://retrobench.example/cache/themes/theme1/global.css?t=1703000000" />
<link type="text/css" rel="stylesheet" href="https://retrobench.example/cache/themes/theme1/showthread.css?t=1703000000" />
<script type="text/javascript">
<!--
	lang.unknown_error = "An unknown error has occurred.";
	var cookieDomain = ".retrobench.example";
	var cookiePath = "/";
	var my_post_key = "5d1f0a7c9e3b2846b1c0d3e4f5a69788";
	var rootpath = "https://retrobench.example";
	var yes_confirm = "Yes";
	var no_confirm = "No";
	var modal_zindex = 9999;
// -->
</script>
<script type="text/javascript">
<!--
	var quickdelete_confirm = "Are you sure you want to delete this post?";
	var thread_deleted = "0";
	lang.save_changes = "Save Changes";
// -->
</script>
<script type="text/javascript" src="https://retrobench.example/jscripts/thread.js?ver=1827"></script>
</head>
<body>
<div id="container">
		<a name="top" id="top"></a>
		<div id="header">
			<div id="logo">
				<div class="wrapper">
					<a href="https://retrobench.example/index.php"><img src="https://retrobench.example/images/logo.png" alt="RetroBench Forums"
						title="RetroBench Forums" /></a>
					<ul class="menu top_links">
						${mbTop.map((t) => `<li><a href="https://retrobench.example/${t.toLowerCase().replace(' ', '')}.php" >${t}</a></li>`).join('\n\t\t\t\t\t\t')}
					</ul>
				</div>
			</div>
			<div id="panel">
				<div class="upper">
					<div class="wrapper">
						<span class="welcome">Hello There, Guest! <a href="https://retrobench.example/member.php?action=login" onclick="$('#quick_login').modal({
							fadeDuration: 250, keepelement: true }); return false;" class="login">Login</a>
							<a href="https://retrobench.example/member.php?action=register" class="register">Register</a></span>
					</div>
				</div>
				<div class="modal" id="quick_login" style="display: none;">
					<form method="post" action="https://retrobench.example/member.php">
						<input name="action" type="hidden" value="do_login" /><input name="quick_login" type="hidden" value="1" />
						<table width="100%" cellspacing="0" cellpadding="5" border="0" class="tborder">
							<tr><td class="thead" colspan="2"><strong>Login</strong></td></tr>
							<tr><td class="trow1" width="25%"><strong>Username:</strong></td><td class="trow1"><input name="quick_username" type="text"
								class="textbox initial_focus" /></td></tr>
							<tr><td class="trow2"><strong>Password:</strong></td><td class="trow2"><input name="quick_password" type="password" class="textbox" /><br />
								<a href="https://retrobench.example/member.php?action=lostpw" class="lost_password">Lost Password?</a></td></tr>
							<tr><td class="trow1">&nbsp;</td><td class="trow1 remember_me"><input name="quick_remember" id="quick_login_remember" type="checkbox"
								value="yes" class="checkbox" checked="checked" /> <label for="quick_login_remember">Remember me</label></td></tr>
							<tr><td class="trow2" colspan="2"><div align="center"><input name="submit" type="submit" class="button" value="Login" /></div></td></tr>
						</table>
					</form>
				</div>
			</div>
		</div>
		<div id="content">
			<div class="wrapper">
<div class="navigation">
${mbCrumbs.map((t, i) => `<a href="https://retrobench.example/${i === 0 ? 'index.php' : `forumdisplay.php?fid=${i * 5}`}">${t}</a>`).join(' &rsaquo;\n')}
<br /><img src="https://retrobench.example/images/nav_bit.png" alt="" />
<span class="active">${mbTitle}</span>
</div>
<br />
<div class="float_left">
	<strong>&laquo; <a href="showthread.php?tid=4471&amp;action=nextoldest">Next Oldest</a> | <a href="showthread.php?tid=4471&amp;action=nextnewest">Next
	Newest</a> &raquo;</strong>
</div>
<div class="float_right" style="margin-top: -5px;">
	<div style="float: right;"><span class="smalltext"><strong>Thread Rating:</strong></span>
	<div class="inline_rating"><ul class="star_rating star_rating_notrated" id="rating_thread_4471">
		<li style="width: 0%" class="current_rating" id="current_rating_4471">0 Vote(s) - 0 Average</li></ul></div></div>
</div>
<br class="clear" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">
	<tr>
		<td class="thead">
			<div style="float: right;">
				<span class="smalltext"><strong><a href="javascript:void(0)" id="thread_modes">Threaded Mode</a></strong></span>
			</div>
			<div>
				<strong><span style="color: #2e7d32"><strong>[Solved]</strong></span> ${mbTitle}</strong>
			</div>
		</td>
	</tr>
<tr><td id="posts_container">
	<div id="posts">
${mbPosts.map(mbPost).join('\n')}
	</div>
</td></tr>
	<tr>
		<td class="tfoot">
			<div class="float_right">
				<form action="search.php" method="post"><input type="hidden" name="action" value="thread" /><input type="hidden" name="tid" value="4471" />
					<input type="text" name="keywords" value="Enter Keywords" onfocus="if(this.value == 'Enter Keywords') { this.value = ''; }" class="textbox"
						size="25" /> <input type="submit" class="button" value="Search Thread" /></form>
			</div>
			<div>
				<strong>&laquo; <a href="showthread.php?tid=4471&amp;action=nextoldest">Next Oldest</a> | <a
					href="showthread.php?tid=4471&amp;action=nextnewest">Next Newest</a> &raquo;</strong>
			</div>
		</td>
	</tr>
</table>
<div class="float_left">
	<ul class="thread_tools">
		<li class="printable"><a href="printthread.php?tid=4471">View a Printable Version</a></li>
		<li class="subscription_add"><a href="usercp2.php?action=addsubscription&amp;tid=4471&amp;my_post_key=5d1f0a7c">Subscribe to this thread</a></li>
	</ul>
</div>
<div class="float_right" style="text-align: right;">
	<form action="forumdisplay.php" method="get">
<span class="smalltext"><strong>Forum Jump:</strong></span>
<select name="fid" class="forumjump">
${mbJump.map((t, i) => `<option value="${i < 5 ? `-${i + 1}` : i}">${t}</option>`).join('\n')}
</select>
<input type="submit" class="button" value="Go" />
</form>
</div>
<br class="clear" />
<span class="smalltext">Users browsing this thread: 2 Guest(s)</span>
<br />
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" align="center" colspan="6"><strong>Possibly Related Threads…</strong></td></tr>
<tr>
<td class="tcat" align="center" colspan="2"><span class="smalltext"><strong>Thread</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>Author</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>Replies</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>Views</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>Last Post</strong></span></td>
</tr>
${mbRelated
  .map(
    ([t, a, r, v, d, l], i) => `<tr>
<td align="center" class="trow${(i % 2) + 1}" width="2%">&nbsp;</td>
<td class="trow${(i % 2) + 1}"><a href="showthread.php?tid=${3980 + i * 97}" title="">${t}</a></td>
<td align="center" class="trow${(i % 2) + 1}"><a href="member.php?action=profile&amp;uid=${400 + i}">${a}</a></td>
<td align="center" class="trow${(i % 2) + 1}"><a href="javascript:MyBB.whoPosted(${3980 + i * 97});">${r}</a></td>
<td align="center" class="trow${(i % 2) + 1}">${v}</td>
<td class="trow${(i % 2) + 1}" style="white-space: nowrap"><span class="smalltext">${d}<br />
<a href="showthread.php?tid=${3980 + i * 97}&amp;action=lastpost">Last Post</a>: <a href="member.php?action=profile&amp;uid=${500 + i}">${l}</a></span></td>
</tr>`,
  )
  .join('\n')}
</table>
<br />
			</div>
		</div>
		<div id="footer">
			<div class="upper">
				<div class="wrapper">
					<ul class="menu bottom_links">
						${mbFoot.map((t, i) => `<li><a href="https://retrobench.example/footer-${i}">${t}</a></li>`).join('\n\t\t\t\t\t\t')}
					</ul>
				</div>
			</div>
			<div class="lower">
				<div class="wrapper">
					<span id="current_time"><strong>Current time:</strong> 03-12-2025, 06:21 PM</span>
					<span id="copyright">
						<!-- MyBB is free software developed and maintained by a volunteer community.
							It would be much appreciated by the MyBB Group if you left the full copyright and "powered by" notice intact,
							to show your support for MyBB.  If you choose to remove or modify the copyright below,
							you may be refused support on the MyBB Community Forums.

							This is free software, support us and we'll support you. -->
						Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2025 <a href="https://mybb.com" target="_blank"
							rel="noopener">MyBB Group</a>.
						<!-- End powered by -->
					</span>
				</div>
			</div>
		</div>
		<div id="nav_bit" style="display: none"></div>
	</div>
	<script type="text/javascript">
		var thread_deleted = "0";
		if(thread_deleted == "1") { $("#quick_reply_form, .new_reply_button, .thread_tools, .inline_rating").show(); }
	</script>
</body>
</html>`;
export const mybbThread: TestPage = {
  html: mbHtml,
  name: 'heldout64-mybb-thread',
  kind: 'forum',
  // the five posts are body; the quote in post 3 (with its "(date) Hollis Wrote:" cite) repeats post 2: in neither list; the
  // posters' names, post dates and the "This post was last modified: ... by pixelfossil" line are bylines; the "[Solved]" prefix,
  // user titles, the stars, Posts/Threads/Joined/Reputation, the "Offline" status (alt text only), post numbers, signatures,
  // Find/Reply, thread rating, "Threaded Mode", Next Oldest/Newest, search box, thread tools, Forum Jump, users browsing, the
  // related threads table (its starters, counts, dates and last posters), the quick-login modal, header, breadcrumbs (the thread
  // title as the active crumb repeats the title: in neither) and footer are furniture; "Current time:" is the page's clock, not a
  // dateline: furniture; left off as body words: "#1" ("pin 1"), the "[Solved]" prefix and the related table's "Thread" header and "Find" ("can find it");
  // the "Search Thread" and "Go" buttons are input values, not text
  title: mbTitle,
  headings: [],
  body: mbPosts.flatMap((p) => texts(p.paras)),
  bylines: [
    ...['pixelfossil', 'Hollis', 'Ravenglass', '03-02-2025, 08:41 PM', '03-02-2025, 09:15 PM', '03-03-2025, 10:27 AM', '03-03-2025, 01:52 PM'],
    ...['03-04-2025, 09:48 AM', 'This post was last modified: 03-04-2025, 10:02 AM by pixelfossil'],
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mbTop, 'Hello There, Guest!', 'Login', 'Register', 'Username:', 'Password:', 'Lost Password?', 'Remember me', ...mbCrumbs, 'Next Oldest', 'Newest',
    'Thread Rating:', '0 Vote(s) - 0 Average', 'Threaded Mode', 'Junior Member', 'Senior Member', 'Moderator', 'Posts: 23', 'Threads: 4',
    'Joined: Jan 2025', 'Reputation: 3', 'Posts: 1,486', 'Threads: 61', 'Joined: Aug 2013', 'Reputation: 112', 'Posts: 6,930', 'Threads: 402',
    'Joined: Feb 2011', 'Reputation: 387', '#2', '#3', '#4', '#5', 'A500 / A1200 / CDTV / far too many floppies', 'Please read the forum rules before posting.',
    'Reply', 'View a Printable Version', 'Subscribe to this thread', 'Forum Jump:', ...mbJump.filter((t) => !mbTop.includes(t) && !mbCrumbs.includes(t)),
    'Users browsing this thread: 2 Guest(s)', 'Possibly Related Threads…', 'Author', 'Replies', 'Views', 'Last Post',
    ...mbRelated.flat().filter((t, i, all) => all.indexOf(t) === i),
    ...mbFoot, 'Current time:', '03-12-2025, 06:21 PM', 'Powered By', 'MyBB', '2002-2025', 'MyBB Group',
  ],
};
