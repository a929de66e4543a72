import type { TestPage } from './page-kit.js';
import { mirahezeWiki } from './pages-heldout30-d2.js';

/**
 * Held-out batch 30, file d: a sewing-machine restorers' forum thread on Simple Machines Forum 2.1 with the default Curve2
 * theme, as a guest sees it (the smf_ script variables in the head, the top section with the welcome line and search form,
 * the header with forum title and SMF logo, the upper section with the date and news line, the main menu and the linktree,
 * the display head with "Started by", the page sections with "Go Down" and the page index, four posts with poster info,
 * post counters, times, a quote, an edit note, signatures, the lower linktree and the footer with the page-creation line).
 */
const smTitle = 'Singer 201K motor hums but won’t turn the handwheel';
const smP1 = [
  'Hello all. I picked up a 1953 Singer 201K at a house clearance last weekend. It is in lovely condition and came with the ' +
    'original potted motor and foot controller.',
  'When I press the pedal the motor hums quite loudly but nothing moves. If I help the handwheel round by hand it will ' +
    'sometimes start and run slowly, then stall again after a few stitches. The machine turns freely by hand with the motor ' +
    'disconnected.',
  'I have oiled everything I can find. Is this the motor, the controller, or something I have missed? I would rather not ' +
    'start taking the motor apart if it is something simple.',
];
const smP2 = [
  'Humming and stalling on a potted motor is almost always the grease. The original grease in the motor bearings dries to ' +
    'something like varnish after seventy years, and the motor simply cannot overcome it when cold.',
  'Take the two grease tubes out from the motor housing (the little brass screws either side), clean out the old grease ' +
    'with a cocktail stick and refill with proper motor lubricant, not oil and not general-purpose grease. While you are in ' +
    'there, check that the brushes are not worn down to the springs.',
  'Do not spin the motor up repeatedly while it is stalling, as you can burn out the windings.',
];
const smQuote = 'Is this the motor, the controller, or something I have missed?';
const smP3 = [
  'Worth checking the controller too. Mine did exactly the same thing and it turned out one of the carbon discs inside the ' +
    'old button controller had cracked, so it never delivered full voltage. A cheap electronic replacement fixed it.',
];
const smP4 = [
  'Solved! It was the grease, as Gordon said. The old stuff had set almost solid on the armature side. Cleaned it out, ' +
    'refilled both tubes and it now runs smoothly at full speed.',
  'The brushes were fine but I have ordered a spare pair anyway. Thank you both, I will post some photos of the first ' + 'project once it is finished.',
];
const smMenu = ['Home', 'Help', 'Search', 'Login', 'Sign up'];
const smCrumbs = ['Treadle & Thread Forum', 'Machines', 'Restoration & Repair'];
const br = (ps: readonly string[]): string => ps.join('<br><br>');
const poster = (name: string, uid: number, title: string, group: string, posts: string, blurb: string): string => `
							<div class="poster"> <h4>
									<span class="off" title="Offline"></span><a href="https://treadleandthread.example/index.php?action=profile;u=${uid}"
									  title="View the profile of ${name}">${name}</a> </h4>
								<ul class="user_info">
									${title === '' ? '' : `<li class="title">${title}</li>`}
									<li class="membergroup">${group}</li> <li class="avatar">
										<a href="https://treadleandthread.example/index.php?action=profile;u=${uid}"><img class="avatar"
										  src="https://treadleandthread.example/custom_avatar/avatar_${uid}_1698765432.png" alt=""></a> </li>
									<li class="icons"><img src="https://treadleandthread.example/Themes/default/images/membericons/icon.png" alt="*"></li>
									<li class="postcount">Posts: ${posts}</li>
									<li class="blurb">${blurb}</li>
									<li class="poster_ip">Logged</li> </ul>
							</div><!-- .poster -->`;
const post = (id: number, counter: number, subject: string, time: string, body: string, posterHtml: string, extra = '', sig = ''): string => `
				<div class="windowbg" id="msg${id}">
					<div class="post_wrapper">${posterHtml}
						<div class="postarea">
							<div class="keyinfo">
								<div id="subject_${id}" class="subject_title subject_hidden">
									<a href="https://treadleandthread.example/index.php?msg=${id}" rel="nofollow">${subject}</a> </div>
								${counter > 0 ? `<span class="page_number floatright">#${counter}</span>` : ''}
								<div class="postinfo">
									<span class="messageicon"  style="position: absolute; z-index: -1;"><img src="https://treadleandthread.example/Themes/default/images/post/xx.png"
alt=""></span>
									<a href="https://treadleandthread.example/index.php?msg=${id}" rel="nofollow" title="${counter > 0 ? `Reply #${counter} - ` : ''}${subject}"
									  class="smalltext">${time}</a>
									<span class="spacer"></span>
									<span class="smalltext modified floatright${extra === '' ? '' : ' mvisible'}" id="modified_${id}">${extra}</span> </div>
								<div id="msg_${id}_quick_mod"></div>
							</div><!-- .keyinfo -->
							<div class="post">
								<div class="inner" data-msgid="${id}" id="msg_${id}"> ${body} </div> </div><!-- .post -->
							<div class="under_message">
							</div><!-- .under_message -->
						</div><!-- .postarea -->
						<div class="moderatorbar">${
              sig === ''
                ? ''
                : `
							<div class="signature" id="msg_${id}_signature"> ${sig} </div>`
            }
						</div><!-- .moderatorbar -->
					</div><!-- $message[post_wrapper] -->
				</div><!-- $message[id] -->
				<hr class="post_separator">`;
const linktree = (): string => `
				<div class="navigate_section"> <ul> ${smCrumbs
          .map(
            (t, i) => `						<li>${i > 0 ? '<span class="dividers"> &#9658; </span>' : ''}
							<a href="https://treadleandthread.example/index.php${['', '#c2', '?board=4.0'][i]}"><span>${t.replace(/&/g, '&amp;')}</span></a> </li>`,
          )
          .join('\n')}
						<li class="last"><span class="dividers"> &#9658; </span>
							<a href="https://treadleandthread.example/index.php?topic=2871.0"><span>${smTitle}</span></a> </li> </ul>
				</div><!-- .navigate_section -->`;
const smHtml = `<!DOCTYPE html>
<html lang="en-US"> <head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="https://treadleandthread.example/Themes/default/css/minified_4f1d2a.css?smf216_1750000000"> <style>
	img.avatar { max-width: 65px !important; max-height: 65px !important; } </style> <script>
		var smf_theme_url = "https://treadleandthread.example/Themes/default";
		var smf_default_theme_url = "https://treadleandthread.example/Themes/default";
		var smf_images_url = "https://treadleandthread.example/Themes/default/images";
		var smf_scripturl = "https://treadleandthread.example/index.php";
		var smf_iso_case_folding = false;
		var smf_charset = "UTF-8";
		var smf_session_id = "a94f2c1e7b3d";
		var smf_session_var = "e1c7d2f";
		var smf_member_id = 0;
		var ajax_notification_text = 'Loading...';
		var help_popup_heading_text = 'A little lost? Let me explain:';
		var banned_text = 'Sorry Guest, you are banned from using this forum!';
		var smf_txt_expand = 'Expand';
		var smf_txt_shrink = 'Shrink';
		var smf_collapseAlt = 'Hide';
		var smf_expandAlt = 'Show';
		var smf_quote_expand = false;
		var allow_xhjr_credentials = false; </script>
	<script src="https://treadleandthread.example/Themes/default/scripts/jquery-3.6.3.min.js"></script>
	<script src="https://treadleandthread.example/Themes/default/scripts/minified_4f1d2a.js?smf216_1750000000"></script>
	<title>${smTitle}</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta property="og:site_name" content="Treadle &amp; Thread Forum">
	<meta property="og:title" content="${smTitle}">
	<meta name="description" content="${smTitle}">
	<meta name="theme-color" content="#557EA0">
	<link rel="canonical" href="https://treadleandthread.example/index.php?topic=2871.0">
	<link rel="help" href="https://treadleandthread.example/index.php?action=help">
	<link rel="alternate" type="application/rss+xml" title="Treadle &amp; Thread Forum - RSS"
href="https://treadleandthread.example/index.php?action=.xml;type=rss2;board=4">
	<link rel="index" href="https://treadleandthread.example/index.php?board=4.0"> </head>
<body id="chrome" class="action_display board_4"> <div id="footerfix">
	<div id="top_section">
		<div class="inner_wrap">
			<ul class="floatleft welcome">
				<li>Welcome to <strong>Treadle &amp; Thread Forum</strong>. Please <a href="https://treadleandthread.example/index.php?action=login"
				  onclick="return reqOverlayDiv(this.href, 'Log in', 'login');">login</a> or <a href="https://treadleandthread.example/index.php?action=signup">sign
up</a>.</li> </ul>
			<form id="search_form" class="floatright" action="https://treadleandthread.example/index.php?action=search2" method="post" accept-charset="UTF-8">
				<input type="search" name="search" value="">&nbsp;
				<select name="search_selection">
					<option value="all">Entire forum </option>
					<option value="topic" selected>This topic</option>
					<option value="board">This board</option> </select>
				<input type="hidden" name="sd_topic" value="2871">
				<input type="submit" name="search2" value="Search" class="button">
				<input type="hidden" name="advanced" value="0"> </form>
		</div><!-- .inner_wrap -->
	</div><!-- #top_section -->
	<div id="header">
		<h1 class="forumtitle">
			<a id="top" href="https://treadleandthread.example/index.php">Treadle &amp; Thread Forum</a> </h1>
		<img id="smflogo" src="https://treadleandthread.example/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum">
	</div> <div id="wrapper">
		<div id="upper_section">
			<div id="inner_section">
				<div id="inner_wrap" class="hide_720"> <div class="user">
						<time datetime="2025-11-14T10:02:33Z">November 14, 2025, 10:02:33 AM</time> </div> <div class="news"> <h2>News: </h2>
						<p>The 2026 Treadle Weekend in Shrewsbury is now taking bookings. See the Events board.</p> </div> </div>
				<a class="mobile_user_menu">
					<span class="menu_icon"></span>
					<span class="text_menu">Main Menu</span> </a> <div id="main_menu">
					<div id="mobile_user_menu" class="popup_container">
						<div class="popup_window description">
							<div class="popup_heading">Main Menu
								<a href="javascript:void(0);" class="main_icons hide_popup"></a> </div>
					<ul class="dropmenu menu_nav"> ${smMenu
            .map(
              (t, i) => `						<li class="button_${t.toLowerCase().replace(' ', '')}">
							<a${i === 0 ? ' class="active"' : ''} href="https://treadleandthread.example/index.php?action=${t.toLowerCase().replace(' ', '')}">
								<span class="main_icons ${t.toLowerCase().replace(' ', '')}"></span><span class="textmenu">${t}</span> </a> </li>`,
            )
            .join('\n')}
					</ul><!-- .menu_nav -->
						</div> </div> </div>${linktree()}
			</div><!-- #inner_section -->
		</div><!-- #upper_section -->
		<div id="content_section">
			<div id="main_content_section">
		<div id="display_head" class="information">
			<h2 class="display_title">
				<span id="top_subject">${smTitle}</span> </h2>
			<p>Started by bobbin_lass, October 28, 2025, 07:41:12 PM</p>
			<span class="nextlinks floatright"><a href="https://treadleandthread.example/index.php?topic=2871.0;prev_next=prev#new">« previous</a> -
			  <a href="https://treadleandthread.example/index.php?topic=2871.0;prev_next=next#new">next »</a></span>
			<p>0 Members and 3 Guests are viewing this topic.</p>
		</div><!-- #display_head -->
		<div class="pagesection top">
			<div class="buttonlist floatright"><a class="button button_strip_print" href="https://treadleandthread.example/index.php?action=printpage;topic=2871.0"
			  rel="nofollow">Print</a></div>
			<div class="pagelinks floatleft">
				<a href="#bot" class="button">Go Down</a>
				<span class="pages">Pages</span><span class="current_page">1</span> </div>
		<div class="mobile_buttons floatright">
			<a class="button mobile_act">User actions</a> </div> </div>
		<div id="forumposts">
			<form action="https://treadleandthread.example/index.php?action=quickmod2;topic=2871.0" method="post" accept-charset="UTF-8" name="quickModForm"
			  id="quickModForm" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('a94f2c1e7b3d', 'e1c7d2f') : false">
${post(31904, 0, smTitle, 'October 28, 2025, 07:41:12 PM', br(smP1), poster('bobbin_lass', 1877, '', 'Newbie', '12', 'Learning as I go'))} ${post(
  31911,
  1,
  `Re: ${smTitle}`,
  'October 28, 2025, 09:15:40 PM',
  br(smP2),
  poster('Gordon Fairlie', 42, 'Motor whisperer', 'Global Moderator', '4,118', 'Singer 15K, 66K, 99K, 201K and far too many others'),
  '« <em>Last Edit: October 28, 2025, 09:22:03 PM by Gordon Fairlie</em> »',
  'Gordon — <a href="https://treadleandthread.example/index.php?topic=1022.0">Potted motor servicing guide (with photos)</a>',
)} ${post(
  31925,
  2,
  `Re: ${smTitle}`,
  'October 29, 2025, 08:02:17 AM',
  '<blockquote class="bbc_standard_quote"><cite><a href="https://treadleandthread.example/index.php?topic=2871.msg31904#msg31904">' +
    `Quote from: bobbin_lass on October 28, 2025, 07:41:12 PM</a></cite>${smQuote}</blockquote><br>${br(smP3)}`,
  poster('threadbare', 905, '', 'Full Member', '286', ''),
)}
${post(31967, 3, `Re: ${smTitle}`, 'November 02, 2025, 04:48:55 PM', br(smP4), poster('bobbin_lass', 1877, '', 'Newbie', '12', 'Learning as I go'))}
			</form>
		</div><!-- #forumposts -->
		<div class="pagesection">
			<div class="pagelinks floatleft">
				<a href="#main_content_section" class="button" id="bot">Go Up</a>
				<span class="pages">Pages</span><span class="current_page">1</span> </div> </div>${linktree()}
		<div id="moderationbuttons"></div>
		<div id="display_jump_to"></div>
		<div id="mobile_action" class="popup_container">
			<div class="popup_window description">
				<div class="popup_heading"> User actions
					<a href="javascript:void(0);" class="main_icons hide_popup"></a> </div>
				<div class="buttonlist"><a class="button button_strip_print" href="https://treadleandthread.example/index.php?action=printpage;topic=2871.0"
rel="nofollow">Print</a></div> </div> </div> <script>
			window.addEventListener("DOMContentLoaded", function() { new JumpTo({
					sContainerId: "display_jump_to",
					sJumpToTemplate: "<label class=\\"smalltext jump_to\\" for=\\"%select_id%\\">Jump to<" + "/label> %dropdown_list%",
					iCurBoardId: 4,
					sCurBoardName: "Restoration &amp; Repair",
					sGoButtonLabel: "Go" }); }); </script>
			</div><!-- #main_content_section -->
		</div><!-- #content_section -->
	</div><!-- #wrapper -->
</div><!-- #footerfix -->
	<div id="footer">
		<div class="inner_wrap"> <ul>
			<li class="floatright"><a href="https://treadleandthread.example/index.php?action=help">Help</a> |
			  <a href="https://treadleandthread.example/index.php?action=agreement">Terms and Rules</a> | <a href="#top_section">Go Up &#9650;</a></li>
			<li class="copyright"><a href="https://treadleandthread.example/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.6 &#169;
2025</a>,
			  <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li> </ul>
		<p>Page created in 0.071 seconds with 27 queries.</p> </div>
	</div><!-- #footer -->
</body> </html>`;
const smf: TestPage = {
  html: smHtml,
  name: 'heldout30-smf-thread',
  kind: 'forum',
  // the thread is the article: the four posts' texts are the body (the question, the moderator's answer, a second answer and
  // the "Solved!" follow-up), the topic subject the title (the posts' hidden "Re:" subjects repeat it: in neither); the
  // quoted sentence in the third post repeats the first post word for word (in neither), and its "Quote from:" line is an
  // author line: byline; the posters' names, post times, "Started by" and the edit note are bylines (the names are also in
  // the poster boxes' links and "View the profile of" titles); poster info (titles, groups, post counts, blurbs, "Logged"),
  // counters, signatures, the welcome and news lines, the menus, linktrees, page sections and the footer are furniture; the
  // page-index "1" and the "Newbie"/"12" lines of the asker's second post box are repeats (listed once)
  title: smTitle,
  headings: [],
  body: [...smP1, ...smP2, ...smP3, ...smP4],
  bylines: [
    'Started by bobbin_lass, October 28, 2025, 07:41:12 PM',
    'bobbin_lass',
    'October 28, 2025, 07:41:12 PM',
    'Gordon Fairlie',
    'October 28, 2025, 09:15:40 PM',
    '« Last Edit: October 28, 2025, 09:22:03 PM by Gordon Fairlie »',
    'threadbare',
    'October 29, 2025, 08:02:17 AM',
    'Quote from: bobbin_lass on October 28, 2025, 07:41:12 PM',
    'November 02, 2025, 04:48:55 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome to Treadle & Thread Forum. Please login or sign up.', 'Entire forum', 'This topic', 'This board', 'Treadle & Thread Forum',
    'November 14, 2025, 10:02:33 AM', 'News:', 'The 2026 Treadle Weekend in Shrewsbury is now taking bookings. See the Events board.', 'Main Menu',
    ...smMenu, 'Machines', 'Restoration & Repair', '« previous', 'next »', '0 Members and 3 Guests are viewing this topic.', 'Print', 'Go Down', 'Pages',
    'User actions', 'Newbie', 'Posts: 12', 'Learning as I go', 'Logged', '#1', 'Motor whisperer', 'Global Moderator', 'Posts: 4,118',
    'Singer 15K, 66K, 99K, 201K and far too many others', 'Gordon — Potted motor servicing guide (with photos)', '#2', 'Full Member', 'Posts: 286',
    '#3', 'Go Up', 'Terms and Rules', 'Go Up ▲', 'SMF 2.1.6 © 2025', 'Simple Machines', 'Page created in 0.071 seconds with 27 queries.',
  ],
};

export const HELDOUT30_D: readonly TestPage[] = [smf, mirahezeWiki];
