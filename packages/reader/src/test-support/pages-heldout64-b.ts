import { type TestPage, texts } from './page-kit.js';
import { smfPost, smfPosts, smfTitle } from './pages-heldout64-b2.js';
import { fluxTopic } from './pages-heldout64-b3.js';

/**
 * Held-out batch 64, file b: a Simple Machines Forum 2.1 topic on a model railway forum, default Curve2 theme, as a guest saves
 * it (top bar with the welcome line and the search form with its scope select, forum title and SMF logo, the clock and the
 * "News:" box, the main menu, the linktree, the display head with "Started by", previous/next links, page sections with "Go
 * Down"/"Go Up" and Print, five posts (file b2), the jump-to box filled by script, the footer with the SMF credit and the page
 * timing, and SMF's inline script variables).
 */
const smfMenu = ['Home', 'Help', 'Search', 'Calendar', 'Gallery', 'Login', 'Register'];
const smfCrumbs = ['Loftline Model Railway Forum', 'Layouts & Operation', 'DCC, Sound & Electrics'];
const smfNews = 'Loftline exhibition, Ludlow Assembly Rooms, 12–13 April: stewards still wanted for the Sunday rota.';
const smfHtml = `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="https://www.loftline.example/Themes/default/css/index.css?smf214_1703000000">
	<link rel="stylesheet" href="https://www.loftline.example/Themes/default/css/responsive.css?smf214_1703000000">
	<style>
	img.avatar { max-width: 65px !important; max-height: 65px !important; }
	.postarea .bbc_img, .list_posts .bbc_img { max-width: min(100%,640px); }
	</style>
	<script>
		var smf_theme_url = "https://www.loftline.example/Themes/default";
		var smf_images_url = "https://www.loftline.example/Themes/default/images";
		var smf_scripturl = "https://www.loftline.example/index.php";
		var smf_charset = "UTF-8";
		var smf_session_id = "0f4e2a9c1b7d3e58a6c2";
		var smf_member_id = 0;
		var ajax_notification_text = 'Loading...';
		var help_popup_heading_text = 'A little lost? Let me explain:';
		var banned_text = 'Sorry Guest, you are banned from using this forum!';
		var smf_txt_expand = 'Expand';
		var smf_txt_shrink = 'Shrink';
		var smf_collapseAlt = 'Hide';
		var smf_expandAlt = 'Show';
		var smf_quote_expand = false;
	</script>
	<script src="https://www.loftline.example/Themes/default/scripts/jquery-3.6.3.min.js"></script>
	<script src="https://www.loftline.example/Themes/default/scripts/script.js?smf214_1703000000"></script>
	<script src="https://www.loftline.example/Themes/default/scripts/topic.js?smf214_1703000000"></script>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="${smfTitle}">
	<title>${smfTitle}</title>
	<link rel="canonical" href="https://www.loftline.example/index.php?topic=15528.0">
	<link rel="help" href="https://www.loftline.example/index.php?action=help">
	<link rel="contents" href="https://www.loftline.example/index.php">
	<link rel="alternate" type="application/rss+xml" title="Loftline Model Railway Forum - RSS"
		href="https://www.loftline.example/index.php?action=.xml;type=rss2">
	<link rel="prev" href="https://www.loftline.example/index.php?topic=15528.0;prev_next=prev">
	<link rel="next" href="https://www.loftline.example/index.php?topic=15528.0;prev_next=next">
	<link rel="index" href="https://www.loftline.example/index.php?board=9.0">
</head>
<body id="chrome" class="action_display board_9">
<div id="footerfix">
	<div id="top_section">
		<div class="inner_wrap">
			<ul class="floatleft" id="top_info">
				<li class="welcome">
					Welcome to <strong>Loftline Model Railway Forum</strong>. Please <a href="https://www.loftline.example/index.php?action=login"
						onclick="return reqOverlayDiv(this.href, 'Log in', 'login');">log in</a> or <a
						href="https://www.loftline.example/index.php?action=signup">sign up</a>.
				</li>
			</ul>
			<form id="search_form" class="floatright" action="https://www.loftline.example/index.php?action=search2" method="post" accept-charset="UTF-8">
				<input type="search" name="search" value="">&nbsp;
				<select name="search_selection">
					<option value="all">Entire forum </option>
					<option value="topic" selected>This topic</option>
					<option value="board">This board</option>
				</select>
				<input type="hidden" name="sd_topic" value="15528">
				<input type="submit" name="search2" value="Search" class="button">
				<input type="hidden" name="advanced" value="0">
			</form>
		</div>
	</div>
	<div id="header">
		<h1 class="forumtitle">
			<a id="top" href="https://www.loftline.example/index.php">Loftline Model Railway Forum</a>
		</h1>
		<img id="smflogo" src="https://www.loftline.example/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum">
	</div>
	<div id="wrapper">
		<div id="upper_section">
			<div id="inner_section">
				<div id="inner_wrap" class="hide_720">
					<div class="user">
						<time datetime="2025-03-12T18:04:11Z">March 12, 2025, 06:04:11 PM</time>
					</div>
					<div class="news">
						<h2>News: </h2>
						<p>${smfNews}</p>
					</div>
				</div>
				<a class="mobile_user_menu">
					<span class="menu_icon"></span>
					<span class="text_menu">Main Menu</span>
				</a>
				<div id="main_menu">
					<div id="mobile_user_menu" class="popup_container">
						<div class="popup_window description">
							<div class="popup_heading">Main Menu
								<a href="javascript:void(0);" class="main_icons hide_popup"></a>
							</div>
							<ul class="dropmenu menu_nav">
								${smfMenu
                  .map(
                    (t, i) => `<li class="button_${t.toLowerCase()}">
									<a${i === 0 ? ' class="active"' : ''} href="https://www.loftline.example/index.php${i === 0 ? '' : `?action=${t.toLowerCase()}`}">
										<span class="main_icons ${t.toLowerCase()}"></span><span class="textmenu">${t}</span>
									</a>
								</li>`,
                  )
                  .join('\n\t\t\t\t\t\t\t\t')}
							</ul>
						</div>
					</div>
				</div>
				<div class="navigate_section">
					<ul>
						${smfCrumbs
              .map(
                (t, i) => `<li>${i === 0 ? '' : '<span class="dividers"> &#9658; </span>'}
							<a href="https://www.loftline.example/index.php${i === 0 ? '' : `#c${i}`}"><span>${t.replace(/&/g, '&amp;')}</span></a>
						</li>`,
              )
              .join('\n\t\t\t\t\t\t')}
						<li class="last">
							<span class="dividers"> &#9658; </span>
							<a href="https://www.loftline.example/index.php?topic=15528.0"><span>${smfTitle}</span></a>
						</li>
					</ul>
				</div>
			</div>
		</div>
		<div id="content_section">
			<div id="main_content_section">
		<div id="display_head" class="information">
			<h2 class="display_title">
				<span id="top_subject">${smfTitle}</span>
			</h2>
			<p>Started by Clive Bannister, March 01, 2025, 08:14:02 PM</p>
			<span class="nextlinks floatright"><a href="https://www.loftline.example/index.php?topic=15528.0;prev_next=prev#new">&laquo; previous</a>
				<a href="https://www.loftline.example/index.php?topic=15528.0;prev_next=next#new">next &raquo;</a></span>
		</div>
		<div class="pagesection top">
			<div class="buttonlist floatright">
				<a class="button button_strip_print" href="https://www.loftline.example/index.php?action=printpage;topic=15528.0" rel="nofollow">Print</a>
			</div>
			<div class="pagelinks floatleft">
				<a href="#bot" class="button">Go Down</a>
				<span class="pages">Pages</span><span class="current_page">1</span>
			</div>
		</div>
		<div id="forumposts">
			<form action="https://www.loftline.example/index.php?action=quickmod2;topic=15528.0" method="post" accept-charset="UTF-8" name="quickModForm"
				id="quickModForm" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('0f4e2a9c1b7d3e58a6c2', 'b7e1d2') : false">
${smfPosts.map(smfPost).join('\n')}
			</form>
		</div>
		<a id="lastPost"></a>
		<div class="pagesection">
			<div class="buttonlist floatright">
				<a class="button button_strip_print" href="https://www.loftline.example/index.php?action=printpage;topic=15528.0" rel="nofollow">Print</a>
			</div>
			<div class="pagelinks floatleft">
				<a href="#main_content_section" class="button" id="bot">Go Up</a>
				<span class="pages">Pages</span><span class="current_page">1</span>
			</div>
		</div>
		<div class="navigate_section">
			<ul>
				<li><a href="https://www.loftline.example/index.php"><span>Loftline Model Railway Forum</span></a></li>
			</ul>
		</div>
		<div id="moderationbuttons">
		</div>
		<div id="display_jump_to"></div>
		<script>
			if ('XMLHttpRequest' in window) { var oQuickModify = new QuickModify({ sScriptUrl: smf_scripturl, sClassName: 'quick_edit',
				bShowModify: true, iTopicId: 15528, sTemplateBodyEdit: '', sTemplateSubjectEdit: '', sErrorBorderStyle: '1px solid red' }); }
			aJumpTo[aJumpTo.length] = new JumpTo({ sContainerId: "display_jump_to", 
				sJumpToTemplate: "<label class=\\"smalltext jump_to\\" for=\\"%select_id%\\">Jump to<" +
				"/label> %dropdown_list%", iCurBoardId: 9, iCurBoardChildLevel: 0, sCurBoardName: "DCC, Sound &amp; Electrics", sBoardChildLevelIndicator: "==",
				sBoardPrefix: "=> ", sCatSeparator: "-----------------------------", sCatPrefix: "", sGoButtonLabel: "Go" });
		</script>
			</div>
		</div>
	</div>
</div>
<div id="footer">
	<div class="inner_wrap">
		<ul>
			<li class="floatright"><a href="https://www.loftline.example/index.php?action=help">Help</a> | <a
				href="https://www.loftline.example/index.php?action=agreement">Terms and Rules</a> | <a href="#top_section">Go Up &#9650;</a></li>
			<li class="copyright"><a href="https://www.loftline.example/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy;
				2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li>
		</ul>
		<p>Page created in 0.087 seconds with 27 queries.</p>
	</div>
</div>
<a href="#top_section" id="bot" class="go_up"><span class="main_icons go_up"></span></a>
</body>
</html>`;
const smfTopic: TestPage = {
  html: smfHtml,
  name: 'heldout64-smf-topic',
  kind: 'forum',
  // the five posts are body, the last one without its code block of CV settings (code is in neither list); the quote in
  // post 4 ("Quote from: sheddie_pete on ...") repeats post 3: in neither; posters' names, post dates, "Started by ..." in the
  // display head and the "Last Edit: ... by Clive Bannister" line are bylines; the hidden per-post subjects ("Re: ..." repeats
  // the title: in neither), reply numbers, membergroups, post groups, post counts, blurbs, locations, "Logged", the likes lines,
  // signatures, the code block's header links, the News box, the clock, menu, linktree, search form, page sections, footer and
  // page timing are furniture; "Help" and "Search" are menu words kept once; "Go Up" is kept once though the footer repeats it;
  // the reply number "#4" is left off ("speed step 4" in the body)
  title: smfTitle,
  headings: [],
  body: smfPosts.flatMap((p) => texts(p.paras)),
  bylines: [
    ...['Clive Bannister', 'Dunmore Junction', 'sheddie_pete', 'Started by Clive Bannister, March 01, 2025, 08:14:02 PM', 'March 01, 2025, 09:37:45 PM'],
    ...[
      'March 02, 2025, 09:03:17 AM',
      'March 02, 2025, 07:48:30 PM',
      'March 04, 2025, 09:55:12 PM',
      'Last Edit: March 04, 2025, 10:02:51 PM by Clive Bannister',
    ],
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Loftline Model Railway Forum', 'Welcome to Loftline Model Railway Forum. Please log in or sign up.',
    'Entire forum', 'This topic', 'This board', 'March 12, 2025, 06:04:11 PM', 'News:',
    smfNews, 'Main Menu', ...smfMenu, ...smfCrumbs.slice(1), 'previous', 'next', 'Print', 'Go Down', 'Pages', 'Go Up', 'Global Moderator', 'Hero Member',
    'Full Member', 'Jr. Member', 'Posts: 187', 'Posts: 5,206', 'Posts: 58', 'Modelling the Cambrian in 4mm', 'If in doubt, clean the wheels',
    'Location: Shrewsbury', 'Location: Ludlow', 'Location: Stockport', 'Logged', '#1', '#2', '#3', '3 people like this.', '2 people like this.',
    '4 people like this.', 'Aberdovey & Pennal – a Cambrian branch in a 14ft loft', 'Code', 'Select', 'Expand', 'Terms and Rules', 'SMF 2.1.4',
    'Simple Machines', 'Page created in 0.087 seconds with 27 queries.',
  ],
};

export const HELDOUT64_B: readonly TestPage[] = [smfTopic, fluxTopic];
