import { type TestPage, texts } from './page-kit.js';
import { vbPost, vbPosts, vbTitle } from './pages-heldout64-c4.js';

/**
 * Held-out batch 64, file c3: a vBulletin 5 Connect topic on a tractor owners' forum, default style, as a guest saves it (the
 * header ad slot, site logo, search box and "Log in / Sign Up", the channel tabbar and sub-tabbar, the schema.org breadcrumbs,
 * the first-visit notice, the topic title in the widget header, the Posts/Latest Activity/Photos tabs and the Filter toolbar,
 * the pagination, five posts (file c4), the loading indicator and hidden dialogs, and the footer with the vBulletin credit and
 * the "All times are GMT-5" line).
 */
const vbTabs = ['Forums', 'Blogs', 'Articles', 'Groups'];
const vbSub = ['Today’s Posts', 'New Posts', 'Member List', 'Calendar'];
const vbCrumbs = ['Home', 'Forums', 'Kubota Tractors', 'B-Series'];
const vbNotice =
  'If this is your first visit, be sure to check out the FAQ. You will have to register before you can post. To start viewing messages, ' +
  'select the forum that you want to visit from the selection below.';
const vbFaq = 'the <a href="https://www.orangeiron.example/help" target="_blank"><strong>FAQ</strong></a>';
const vbFoot = ['Help', 'Contact Us', 'Go to top'];
const vbHtml = `<!DOCTYPE html>
<html id="htmlTag" xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr">
<head>
	<base href="https://www.orangeiron.example/" />
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>${vbTitle} - OrangeIron Tractor Forums</title>
	<meta name="description" content="Changed the transmission/hydraulic fluid and both filters on my 2019 B2601 at 600 hours, going by the book." />
	<meta name="generator" content="vBulletin 5.7.5" />
	<meta property="og:site_name" content="OrangeIron Tractor Forums" /><meta property="og:type" content="website" />
	<link rel="canonical" href="https://www.orangeiron.example/forum/kubota-tractors/b-series/1288140-b2601-hst-whine" />
	<link rel="stylesheet" type="text/css" href="css.php?styleid=27&amp;td=ltr&amp;sheet=css_reset.css,css_unreset.css,css_utilities.css&amp;df=1740000000" />
	<link rel="stylesheet" type="text/css" href="css.php?styleid=27&amp;td=ltr&amp;sheet=css_login.css,css_b_post.css,css_b_bbcode.css&amp;df=1740000000" />
	<script type="text/javascript">
		if (location.hash) { document.write('<style type="text/css"> a.anchor { display:none;} <\\/style>'); }
		var uploadUrlTarget = "https://www.orangeiron.example/uploader/url";
		var pageData = { "baseurl": "https://www.orangeiron.example", "pageid": "60", "pagetemplateid": "4", "channelid": "41", "nodeid": "1288140",
			"userid": "0", "username": "Guest", "musername": "Guest", "user_startofweek": "1", "user_lang_pickerdateformatoverride": "",
			"user_editorstate": "", "textDirLeft": "left", "textDirRight": "right", "textdirection": "ltr", "can_use_sitebuilder": "", "cookie_prefix": "bb",
			"cookie_path": "/", "cookie_domain": "", "inlinemod_cookie_name": "inlinemod_nodes", "pagenum": "1", "languageid": "1", "threadmarking": "2" };
	</script>
</head>
<body id="vb-page-body" class="l-desktop page60 vb-page view-mode logged-out" itemscope itemtype="https://schema.org/WebPage" data-usergroupid="1"
	data-styleid="27">
<div id="pagedata" class="h-hide-imp" data-inlinemod_cookie_name="inlinemod_nodes" data-baseurl="https://www.orangeiron.example" data-pageid="60"></div>
<div class="b-top-menu__background b-top-menu__background--sitebuilder js-top-menu-sitebuilder h-hide-on-small h-hide"></div>
<div id="outer-wrapper">
<div id="wrapper">
	<div id="header-axd" class="header-edit-box axdnum_1 h-clearfix">
		<div class="axd-container axd-container_header"><div class="admin-only"></div><div class="axd axd_header">
			<div class="vb-ad-label">Advertisement</div><div id="div-gpt-ad-header" style="min-height:90px"></div></div></div>
	</div>
	<div id="header" class="noselect">
		<div class="header-cell">
			<div class="site-logo header-edit-box">
				<a href="https://www.orangeiron.example/"><img src="filedata/fetch?filedataid=311" data-orig-src="images/misc/vbulletin5_logo.png"
					alt="OrangeIron Tractor Forums" title="Powered by vBulletin" /></a>
			</div>
		</div>
		<div class="toolbar">
			<ul class="h-right">
				<li class="search-container">
					<form id="searchForm" action="https://www.orangeiron.example/search" class="h-left" method="GET">
						<div class="h-left"><div class="search-box h-clearfix">
							<label for="q" class="h-hide-imp">Search</label>
							<input type="text" name="q" id="q" class="search-term b-form-input__input b-form-input__input--shadow" autocomplete="off" placeholder="Search" />
							<button type="submit" class="search-btn" title="Search" tabindex="-1"><span class="b-icon b-icon__search"></span></button>
						</div></div>
					</form>
				</li>
				<li id="idLoginIframeContainer"><a href="https://www.orangeiron.example/login" class="js-login-button">Log in</a> / <a
					href="https://www.orangeiron.example/register" class="js-register-button">Sign Up</a></li>
			</ul>
		</div>
		<div id="channel-tabbar" class="h-clear noselect">
			<ul class="channel-tabbar-list h-left b-comp-menu-horizontal js-comp-menu-horizontal js-comp-menu--dropdown-on-small b-comp-menu-dropdown--inactive
				js-comp-menu-dropdown__content--main-menu h-hide-on-small js-shrink-event-parent">
				${vbTabs
          .map(
            (t, i) => `<li class="${i === 0 ? 'current ' : ''}section-item "><a title="${t}" href="https://www.orangeiron.example/${t.toLowerCase()}"
					class="h-left navbar_${t.toLowerCase()}">${t}</a></li>`,
          )
          .join('\n\t\t\t\t')}
			</ul>
		</div>
		<ul id="channel-subtabbar" class="h-clearfix noselect h-left">
			${vbSub.map((t, i) => `<li${i === 0 ? ' class="current"' : ''}><a href="https://www.orangeiron.example/sub-${i}">${t}</a></li>`).join('\n\t\t\t')}
		</ul>
	</div>
	<div id="content-wrapper">
		<div id="breadcrumbs" class="h-clear">
			<ul class="breadcrumbs h-clearfix" itemscope itemtype="https://schema.org/BreadcrumbList">
				${vbCrumbs
          .map(
            (t, i) => `<li class="crumb ellipsis" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">${
              i === 0 ? '' : '<span class="b-icon b-icon__chevron-right--gray separator"></span>'
            }<a class="crumb-link h-flex-container" href="https://www.orangeiron.example/c/${i}" itemprop="item"><span itemprop="name">${t}</span></a>
					<meta itemprop="position" content="${i + 1}"></li>`,
          )
          .join('\n\t\t\t\t')}
			</ul>
		</div>
		<ul id="notices" class="notices">
			<li class="notice restore" data-notice-id="1" data-notice-persistent="1">${vbNotice.replace('the FAQ', vbFaq)}</li>
		</ul>
		<div id="content">
			<div class="canvas-layout-container js-canvas-layout-container">
			<div id="canvas-layout-full" class="canvas-layout" data-layout-id="1">
			<div class="canvas-widget-list section-0 js-sectiontype-primary js-sectiontype-secondary h-clearfix l-col__large-12 l-col__small--full l-wide-column">
			<div class="b-module canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs widget-no-border
				widget-no-header-buttons axd-container" id="widget_37" data-widget-id="37" data-widget-instance-id="37">
				<div class="conversation-status-messages"></div>
				<div class="widget-header h-clearfix">
					<div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">${vbTitle}</h1></div>
					<div class="module-buttons">
						<span class="toggle-button module-button-item collapse" title="Collapse" data-toggle-title="Expand"><span
							class="b-icon b-icon__toggle-collapse">Collapse</span></span>
					</div>
				</div>
				<div class="widget-tabs-nav h-clear">
					<ul class="ui-tabs-nav hide-on-editmode h-left b-comp-menu-horizontal js-module-tab-menu js-comp-menu-horizontal">
						<li><a href="#thread-view-tab" data-href="${vbPosts[0]?.node}?view=thread">Posts</a></li>
						<li><a href="#stream-view-tab" data-href="${vbPosts[0]?.node}?view=stream">Latest Activity</a></li>
						<li><a href="#media-view-tab" data-href="${vbPosts[0]?.node}?view=media">Photos</a></li>
					</ul>
				</div>
				<div class="widget-content tab widget-tabs-panel">
				<div id="thread-view-tab" class="conversation-view conversation-thread-view">
					<div class="conversation-toolbar-wrapper top h-clear scrolltofixed-floating">
						<div class="conversation-toolbar">
							<ul class="h-right toolbar-list">
								<li class="toolbar-filter toolbar-filter-top"><div class="filter-wrapper h-clearfix js-button" tabindex="0"><div
									class="label h-left">Filter</div><div class="arrow vb-icon-wrapper h-left"><span class="vb-icon vb-icon-arrow-down-small"></span></div></div></li>
								<li class="toolbar-pagenav toolbar-pagenav-top h-hide-on-small"><div class="pagenav-controls"><form class="pagenav-form h-clearfix">
									<span class="arrow left-arrow h-disabled" title="Previous"><span class="vb-icon vb-icon-arrow-left"></span></span>
									<label class="pagenav-label">Page</label> <input type="text" name="page" class="js-pagenum textbox h-padding-horiz-none"
									value="1" /> <span class="pagetotal">of 1</span>
									<span class="arrow right-arrow h-disabled" title="Next"><span class="vb-icon vb-icon-arrow-right"></span></span></form></div></li>
							</ul>
						</div>
					</div>
					<ul class="conversation-list list-container h-clearfix thread-view">
${vbPosts.map(vbPost).join('\n')}
					</ul>
				</div>
				</div>
			</div>
			</div>
			</div>
			</div>
		</div>
	</div>
	<div id="footer" class="h-clear noselect">
		<nav id="channel-footer">
			<ul>
				${vbFoot
          .map(
            (t, i) =>
              `<li><a href="${i === 2 ? '#' : `https://www.orangeiron.example/${t.toLowerCase().replace(' ', '-')}`}"${
                i === 2 ? ' class="js-footer-go-to-top"' : ''
              }>${t}</a></li>`,
          )
          .join('\n\t\t\t\t')}
			</ul>
		</nav>
		<p id="footer-copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 5.7.5 <br />Copyright &copy;
			2025 MH Sub I, LLC dba vBulletin. All rights reserved.</p>
		<p id="footer-current-datetime">All times are GMT-5. This page was generated at 1 hour ago.</p>
	</div>
</div>
</div>
<div id="loading-indicator" class="js-loading-indicator h-hide"><span class="b-icon b-icon__ajax-loading"></span><span>Working...</span></div>
<div class="js-flash-message h-hide"><div class="js-flash-message-content"></div></div>
<div id="alert-dialog" class="sb-dialog h-hide"><div class="dialog-content h-clearfix"><div class="icon h-left"></div><div class="message"></div></div>
	<div class="b-button-group h-margin-top-xs"><button id="btnAlertDialogOK" type="button" class="b-button b-button--primary js-button">OK</button></div></div>
<script type="text/javascript" src="js/jquery/jquery-3.6.0.min.js"></script>
<script type="text/javascript" src="js/login.js?v=575"></script>
<script type="text/javascript" src="js/conversation.js?v=575"></script>
<script type="text/javascript">
	window.vBulletin = window.vBulletin || {}; vBulletin.version = '5.7.5';
	vBulletin.phrase.precache = ['working_ellipsis', 'error', 'loading', 'a_moment_ago', 'x_hours_ago'];
</script>
</body>
</html>`;
export const vbTopic: TestPage = {
  html: vbHtml,
  name: 'heldout64-vbulletin-topic',
  kind: 'forum',
  // the five posts are body; the quote in post 3 ("Originally posted by KDiesel_Mike" and a sentence of post 2) is in neither list,
  // and so is the first post's own title (it repeats the topic title); posters' names, post times and "Last edited by ridgeline_ron;
  // ..." are bylines; ranks, Join Date/Posts/Location, post numbers, signatures, the tags, Share, the ad label, search, "Log in /
  // Sign Up", tabbars, breadcrumbs, the first-visit notice, Collapse, the view tabs, the page nav, the hidden "Working..." and OK,
  // and the footer are furniture; left off: the toolbar's "Filter" (a body word), "Member" (a rank, but "Junior
  // Member" and "Senior Member" are kept), the vote counts (bare digits that also number the posts; the "Like" control is a title
  // only)
  title: vbTitle,
  headings: [],
  body: vbPosts.flatMap((p) => texts(p.paras)),
  bylines: [
    ...['ridgeline_ron', 'KDiesel_Mike', 'Fieldhand_Sue', '03-15-2025, 07:41 PM', '03-15-2025, 08:26 PM', '03-16-2025, 08:52 AM', '03-16-2025, 10:37 AM'],
    ...['03-17-2025, 06:15 PM', 'Last edited by ridgeline_ron; 03-17-2025, 06:29 PM.'],
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Search', 'Log in', 'Sign Up', ...vbTabs.filter((t) => t !== 'Forums'), ...vbSub, ...vbCrumbs, vbNotice, 'Collapse', 'Posts',
    'Latest Activity', 'Photos', 'Page', 'of 1', 'Junior Member', 'Senior Member', 'Join Date:', 'Apr 2022', 'Nov 2015', 'Jul 2019', 'Posts:',
    '4,812', '611', 'Location:', 'Tennessee', 'Iowa', 'Upstate NY', '#1', '#2', '#3', '#4', '#5', '2019 B2601, LA435 loader, BX box blade',
    'B3350 HST · “Buy once, cry once”', 'Tags:', 'kubota', 'hydrostatic', 'Share', ...vbFoot, 'Powered by', 'vBulletin', 'Version 5.7.5',
    '2025 MH Sub I, LLC dba vBulletin. All rights reserved.', 'All times are GMT-5. This page was generated at 1 hour ago.', 'Working...', 'OK',
  ],
};
