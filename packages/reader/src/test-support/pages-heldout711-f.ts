import { links, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout711-kit.js';

/**
 * Held-out batch 711, file f: a misfire thread on a car owners' club forum running vBulletin 5 (header toolbar, channel tabs,
 * breadcrumbs, the first-visit notice, page title widget, conversation toolbar, `b-post` posts with user info blocks, a
 * bbcode quote with "Originally posted by", signatures, likes, tags, an ad slot between posts and the vBulletin footer), and a
 * rough-running thread on a light aircraft forum running SMF 2.1 (top section with welcome and search, forum title h1, news
 * line, main menu, linktree, topic subject in an h2 with "Started by", posters' user info, a quote with "Quote from:", a
 * "Last Edit" line, likes, signatures, page links, "Jump to:" and the SMF footer).
 */
type VPost = { id: number; user: string; rank: string; joined: string; posts: string; loc: string; date: string; html: string; sig?: string; likes?: string };
const vTitle = 'Misfire on cylinder 3 after coil pack swap (2.0T, 2021)';
const vOp = [
  j(
    'Evening all. I swapped all four coil packs on my 2021 Sabre 2.0T on Saturday because one of the old ones had a cracked',
    'boot. Car ran perfectly for about 40 miles and now the engine light is on with P0303, misfire on cylinder 3, and it is',
    'lumpy at idle, especially from cold.',
  ),
  'What I have done so far:',
];
const vOpList = [
  'Cleared the code, it came back within 10 minutes',
  'Checked the coil connectors are clicked home',
  'New plugs went in at 30,000 miles, so they have done about 9,000',
];
const vOp2 = 'Anything obvious I have missed before I start throwing parts at it?';
const vReply1 = [
  j(
    'First thing I would do is swap coil 3 with coil 1 and clear the code. If the misfire moves to cylinder 1 it is the coil',
    '(new ones do fail). If it stays on 3, pull the plug and have a look at it.',
  ),
];
const vReply2 = [
  j(
    'Swapped coil 3 and coil 1, cleared the code, and it came back as P0303 again, so not the coil. Pulled the plug and the threads',
    'and the top of the ceramic are wet with oil. The others are dry.',
  ),
];
const vQuote = 'If it stays on 3, pull the plug and have a look at it.';
const vReply3 = [
  j(
    'Oil on the plug is your answer. On the 2.0T the spark plug tube seals are in the cam cover, and when they harden they let',
    'oil into the plug wells. The oil gets into the coil boot and the spark tracks down the outside of the plug instead of',
    'jumping the gap. The cracked boot on your old coil was probably the same thing.',
  ),
  'The fix:',
];
const vFixList = [
  'New cam cover gasket and tube seal kit (part 06K 103 485 on most 2019 to 2022 cars)',
  'Clean the oil out of all four plug wells with brake cleaner and a rag',
  'Check the plug, clean it or replace it',
  'Cam cover bolts to 10 Nm, in the sequence in the manual, not by feel',
];
const vReply3b = 'About two hours on the drive if you take your time. Do not reuse the old gasket.';
const vReply4 = [
  j(
    'Sorted. Kit was £38, took me just under three hours because one of the bolts at the back was a pig to reach. Three of the',
    'four seals were rock hard. No misfire, no light, and it idles properly again.',
  ),
  'Thanks both, would have replaced the coils again otherwise!',
];
const vQuoteHtml = `<div class="bbcode_container">
	<div class="bbcode_quote">
		<div class="quote_container">
			<div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray"></div>
			<div class="bbcode_postedby">
				<img src="images/misc/quote_icon.png" alt="Quote" /> Originally posted by <strong>karl.t</strong>
				<a href="forum/technical/engine-and-drivetrain/78123-misfire-on-cylinder-3?p=78125#post78125" rel="nofollow"><img class="inlineimg"
src="images/buttons/viewpost-right.png" alt="View Post" /></a>
			</div>
			<div class="message">${vQuote}</div>
		</div>
	</div>
</div>`;
const vPosts: VPost[] = [
  {
    id: 78123,
    user: 'redline_rob',
    rank: 'Junior Member',
    joined: 'Jan 2024',
    posts: '38',
    loc: 'Hexham',
    date: 'Mar 2, 2027, 07:14 PM',
    html: `${vOp.join('<br />\n<br />\n')}<br />\n<ul>${lis(vOpList)}</ul>\n${vOp2}`,
    sig: '2021 Sabre 2.0T GT-Line | Stage 1 remap',
  },
  {
    id: 78125,
    user: 'karl.t',
    rank: 'Senior Member',
    joined: 'Jun 2016',
    posts: '4,112',
    loc: 'Leeds',
    date: 'Mar 2, 2027, 07:52 PM',
    html: vReply1.join('<br />\n<br />\n'),
    likes: '2',
  },
  {
    id: 78131,
    user: 'redline_rob',
    rank: 'Junior Member',
    joined: 'Jan 2024',
    posts: '38',
    loc: 'Hexham',
    date: 'Mar 3, 2027, 06:30 PM',
    html: vReply2.join('<br />\n<br />\n'),
    sig: '2021 Sabre 2.0T GT-Line | Stage 1 remap',
  },
  {
    id: 78134,
    user: 'DaveW_Tech',
    rank: 'Technical Advisor',
    joined: 'Mar 2011',
    posts: '11,930',
    loc: 'Northampton',
    date: 'Mar 3, 2027, 07:05 PM',
    html: `${vQuoteHtml}\n${vReply3.join('<br />\n<br />\n')}<br />\n<ol class="decimal">${lis(vFixList)}</ol>\n${vReply3b}`,
    sig: 'Club technical advisor. Please put your model year and engine code in your posts.',
    likes: '6',
  },
  {
    id: 78150,
    user: 'redline_rob',
    rank: 'Junior Member',
    joined: 'Jan 2024',
    posts: '38',
    loc: 'Hexham',
    date: 'Mar 4, 2027, 08:47 PM',
    html: vReply4.join('<br />\n<br />\n'),
    sig: '2021 Sabre 2.0T GT-Line | Stage 1 remap',
    likes: '3',
  },
];
const vTabs = ['Forums', 'Blogs', 'Articles', 'Calendar', 'Classifieds'];
const vSubTabs = ['New Posts', 'Today’s Posts', 'Member List', 'Calendar'];
const vCrumbs = ['Forum', 'Technical', 'Engine & Drivetrain'];
const vRelated = ['Coil pack failure again at 50k', 'Cam cover gasket DIY – worth it?', 'P0300 random misfire when cold'];
const vPost = (p: VPost, n: number): string => `<li class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--text${
  n === 0 ? ' b-post--first' : ''
}" data-node-id="${p.id}" itemscope itemtype="http://schema.org/${n === 0 ? 'DiscussionForumPosting' : 'Comment'}">
	<a id="post${p.id}" class="anchor"></a>
	<div class="b-post__grid">
		<div class="b-post__arrow b-post__hide-when-deleted"></div>
		<div class="b-userinfo b-post__hide-when-deleted" data-userid="${p.id % 9973}" itemprop="author" itemscope itemtype="https://schema.org/Person">
			<div class="b-avatar b-avatar--m b-avatar--thread"><img src="core/image.php?userid=${p.id % 9973}&amp;thumb=1" alt="${p.user}" title="${p.user}" /></div>
			<div class="b-userinfo__details">
				<div class="author h-text-size--14"><strong><a href="member/${p.id % 9973}-${p.user}" class="b-userinfo__username"
data-vbnamecard="${p.id % 9973}" itemprop="url"><span itemprop="name">${p.user}</span></a></strong></div>
				<div class="b-userinfo__rank">${p.rank}</div>
				<div class="b-userinfo__rankstars"><img src="images/ranks/rank_${p.rank.length % 4}.png" alt="" /></div>
				<ul class="b-userinfo__additional-info-block h-margin-top-xl">
					<li class="b-userinfo__additional-info"><label>Join Date:</label> <span>${p.joined}</span></li>
					<li class="b-userinfo__additional-info"><label>Posts:</label> <span>${p.posts}</span></li>
					<li class="b-userinfo__additional-info"><label>Location:</label> <span>${p.loc}</span></li>
				</ul>
			</div>
		</div>
		<div class="b-post__body">
			<div class="b-post__timestamp"><time itemprop="dateCreated" datetime="2027-03-0${2 + Math.floor(n / 2)}T19:14:00">${p.date}</time></div>
			<div class="b-post__count"><a href="forum/technical/engine-and-drivetrain/78123-misfire-on-cylinder-3?p=${p.id}#post${p.id}"
class="b-post__count--link">#${n + 1}</a></div>
			<div class="b-post__content js-post__content">
				<hr class="b-divider--section" />
				<div class="js-post__content-wrapper">
					<div class="js-post__content-text restore h-wordwrap" itemprop="text">${p.html}</div>
				</div>
			</div>
			${p.sig ? `<div class="b-post__signature"><hr class="b-divider--section" /><div class="restore">${p.sig}</div></div>` : ''}
			${n === 0 ? '<div class="b-post__tags"><span class="tag-label">Tags:</span> <span class="b-tag-list">None</span></div>' : ''}
			<div class="b-post__footer h-hide--on-preview"><div class="h-clearfix"><div class="b-post__control-bar"><ul class="h-left">
				<li class="b-post-control b-post-control--like js-post-control__vote"><span class="b-icon b-icon__thumb-up"></span><span
class="b-post-control__label">Like</span>${p.likes ? ` <span class="votecount">${p.likes}</span>` : ''}</li>
				<li class="b-post-control js-post-control__quote"><span class="b-icon b-icon__quote"></span><span class="b-post-control__label">Quote</span></li>
			</ul></div></div></div>
		</div>
	</div>
</li>`;
const vHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-GB" id="vb-page-html">
<head>
	<meta charset="utf-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
	<title>Misfire on cylinder 3 after coil pack swap (2.0T, 2021) - Sabre Owners Club</title>
	<base href="https://www.sabreowners.example/forum/" />
	<link rel="canonical" href="https://www.sabreowners.example/forum/forum/technical/engine-and-drivetrain/78123-misfire-on-cylinder-3" />
	<meta name="description" content="I swapped all four coil packs on my 2021 Sabre 2.0T and now the engine light is on with P0303" />
	<meta property="og:site_name" content="Sabre Owners Club" /><meta property="og:type" content="website" /><meta property="og:title" content="${vTitle}" />
	<link rel="stylesheet" type="text/css" href="css.php?styleid=21&amp;td=ltr&amp;sheet=css_reset.css,css_unreset.css,css_utilities.css&amp;ts=1769012345" />
	<link rel="stylesheet" type="text/css" href="css.php?styleid=21&amp;td=ltr&amp;sheet=css_b_post.css,css_b_userinfo.css,css_b_bbcode.css&amp;ts=1769012345" />
	<script type="text/javascript">
		var pageData = {"baseurl": "https://www.sabreowners.example/forum", "baseurl_path": "/forum/", "pageid": "19", "channelid": "42", "nodeid": "78123",
		"userid": "0", "username": "Guest", "languageid": "1", "threadmarking": "2", "lastvisit": "1772640000", "phrasedate": "1772000000"};
		var vBulletin = vBulletin || {}; vBulletin.version = "5.7.5";
	</script>
	<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${vTitle}",
"author":{"@type":"Person","name":"redline_rob"},"datePublished":"2027-03-02T19:14:00+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
</head>
<body id="vb-page-body" class="l-desktop page19 vb-page view-mode logged-out" itemscope itemtype="http://schema.org/ItemPage" data-usergroupid="1"
data-styleid="21">
<div id="privacy-consent-banner" class="privacy-consent-banner js-privacy-consent-banner"><div class="privacy-consent-banner__text">This site uses cookies
to help personalise content and to keep you logged in if you register. By continuing to use this site, you are consenting to our use of cookies.</div>
<button type="button" class="b-button b-button--primary js-privacy-consent-banner__button">Accept</button></div>
<div id="outer-wrapper"><div id="wrapper">
<div id="header" class="noselect"><div class="header-cell header-edit-box"><div class="site-logo header-edit-box"><a
href="https://www.sabreowners.example/forum/"><img
src="filedata/fetch?filedataid=1" alt="Sabre Owners Club" title="Powered by vBulletin" /></a></div></div>
<div class="toolbar"><ul class="h-right"><li class="search-container"><form id="searchForm" action="search" class="h-left" method="GET"><div class="h-left"><div
class="search-box h-clearfix"><div class="search-term-container"><input type="text" name="q" id="q" placeholder="Search" class="search-term
b-form-input__input b-form-input__input--shadow" autocomplete="off" /></div><button type="submit" id="btnSearch" class="search-btn" title="Search"><span
class="b-icon b-icon__search"></span></button></div></div></form></li><li id="idLoginBtn" class="b-comp-menu-dropdown b-comp-menu-dropdown--headerbar"><div
class="b-comp-menu-dropdown__trigger b-comp-menu-dropdown__trigger--arrow b-comp-menu-dropdown__trigger--headerbar js-show-on-dropdown-hover">Login or Sign
Up</div></li></ul></div>
<div id="channel-tabbar" class="h-clearfix"><ul class="channel-tabbar-list h-left b-comp-menu-horizontal js-comp-menu-horizontal">${vTabs
  .map((t, i) => `<li class="${i === 0 ? 'current ' : ''}section-item"><a href="${t.toLowerCase()}" class="h-left navbar_${t.toLowerCase()}">${t}</a></li>`)
  .join('')}</ul></div>
<div id="channel-subtabbar" class="h-clearfix"><ul class="h-left channel-subtabbar-list js-channel-subtabbar-list">${links(vSubTabs)}</ul></div>
</div>
<div id="breadcrumbs-container"><ul id="breadcrumbs" class="h-clearfix" itemprop="breadcrumb"><li class="crumb ellipsis"><a class="crumb-link h-flex-center"
href="https://www.sabreowners.example/forum/" title="Home"><span class="vb-icon vb-icon-home" aria-hidden="true"></span></a></li>
${vCrumbs
  .map(
    (c) => `<li class="crumb ellipsis"><span class="b-icon b-icon__chevron-right--gray separator"></span><a class="crumb-link"
href="forum/${c.toLowerCase().replace(/[^a-z]+/g, '-')}">${c.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}</ul></div>
<ul id="notices" class="notices"><li class="notice restore" data-notice-id="1" data-notice-persistent="1">If this is your first visit, be sure to check out the
<a href="help" target="_blank"><b>FAQ</b></a>. You may have to <a href="register" target="_blank"><strong>register</strong></a> before you can post: click the
register link above to proceed. To start viewing messages, select the forum that you want to visit from the selection below.</li></ul>
<main id="content"><div class="canvas-layout-container js-canvas-layout-container"><div id="canvas-layout-full" class="canvas-layout" data-layout-id="1">
<div class="canvas-widget default-widget page-title-widget widget-no-header-buttons widget-no-border" id="widget_22" data-widget-id="22"><div
class="widget-content"><h1 class="main-title js-main-title hide-on-editmode">${vTitle}</h1></div></div>
<div class="canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs widget-no-border
widget-no-header-buttons axd-container" id="widget_34" data-widget-id="34"><div class="conversation-status-messages"></div>
<div class="widget-content tab widget-tabs-panel"><div class="conversation-toolbar-wrapper top h-clearfix"><div class="conversation-toolbar"><div
class="toolset-left"><ul class="h-left"><li><button type="button"
class="b-button b-button--special js-conversation-collapse">Collapse</button></li></ul></div><div
class="toolset-right"><div class="pagenav-controls"><form class="pagenav-form h-left" action="#"><div class="pagenav h-left">Page <input type="text"
name="page" class="js-pagenum textbox h-padding-horiz-none b-form-input__input b-form-input__input--shadow" value="1" /> of <span
class="pagetotal">1</span></div></form></div></div></div></div>
<ul class="conversation-list list-container h-clearfix thread-view">
${vPosts
  .map(
    (p, i) =>
      vPost(p, i) +
      (i === 0 ? '\n<li class="ad-post-list"><div class="ad_container ad_thread_after_first_post"><span class="ad_label">Advertisement</span></div></li>' : ''),
  )
  .join('\n')}
</ul>
<div class="conversation-toolbar-wrapper bottom h-clearfix"><div class="pagenav-controls"><a href="#top" class="b-button">Go to top</a></div></div></div></div>
<div class="canvas-widget default-widget widget-no-border" id="widget_40"><div class="widget-header"><h1
class="module-title h-left">Related Topics</h1></div><div
class="widget-content"><ul class="b-list">${links(vRelated)}</ul></div></div>
</div></div></main>
<div id="footer"><div id="footer-tabbar" class="h-clearfix"><ul class="h-left js-footer-chooser-list"><li><a href="contact-us">Contact Us</a></li><li><a
href="https://www.sabreowners.example/">Sabre Owners Club</a></li><li><a href="privacy">Privacy Policy</a></li><li><a href="#"
class="js-footer-go-to-top">Top</a></li></ul></div>
<p id="footer-copyright">Powered by vBulletin® Version 5.7.5 <br />Copyright © 2027 MH Sub I, LLC dba vBulletin. All rights reserved.</p>
<p id="footer-current-datetime">All times are GMT. This page was generated at 2 minutes ago.</p></div>
</div></div>
<script type="text/javascript" src="js/jquery/jquery-3.5.1.min.js"></script>
<script type="text/javascript">vBulletin.ready(function() { vBulletin.conversation.init(); });</script>
</body>
</html>`;
const vbulletin: TestPage = gold({
  name: 'heldout711-vbulletin5-coil-pack-misfire',
  kind: 'forum',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts([...vOp, ...vOpList, vOp2, ...vReply1, ...vReply2, vQuote, ...vReply3, ...vFixList, vReply3b, ...vReply4]),
  bylines: [...new Set(vPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j(
      'This site uses cookies to help personalise content and to keep you logged in if you register. By continuing to use this site, you are',
      'consenting to our use of cookies.',
    ),
    'Accept', 'Login or Sign Up', ...vTabs, ...vSubTabs, ...vCrumbs,
    j(
      'If this is your first visit, be sure to check out the FAQ. You may have to register before you can post: click the register link above to',
      'proceed. To start viewing messages, select the forum that you want to visit from the selection below.',
    ),
    'Collapse', 'Page', 'of', '1', ...vPosts.flatMap((p) => [p.rank, p.joined, p.posts, p.loc, ...(p.sig ? [p.sig] : []), ...(p.likes ? [p.likes] : [])]),
    'Join Date:', 'Posts:', 'Location:', '#1', '#2', '#3', '#4', '#5', 'Tags:', 'None', 'Like', 'Quote', 'Advertisement', 'Originally posted by karl.t',
    'Go to top', 'Related Topics', ...vRelated, 'Contact Us',
    'Sabre Owners Club', 'Privacy Policy', 'Top', 'Powered by vBulletin® Version 5.7.5', 'Copyright © 2027 MH Sub I, LLC dba vBulletin. All rights reserved.',
    'All times are GMT. This page was generated at 2 minutes ago.',
  ],
});

type SPost = {
  id: number;
  user: string;
  group: string;
  posts: string;
  blurb: string;
  date: string;
  html: string;
  sig?: string;
  likes?: string;
  edit?: string;
};
const sTitle = 'Rough running below 1,800 rpm – carb ice or something else?';
const sOp = [
  j(
    'Flew the Kite from Thornby to Ashcombe yesterday, about 50 minutes, OAT around 6°C with a damp haze. Cruise at 2,400 rpm was',
    'perfectly smooth, but every time I brought the power back below about 1,800 rpm for the descent the engine went rough, a',
    'sort of irregular shake, and the rpm dropped another 100 or so.',
  ),
  j(
    'Carb heat on made it worse for a few seconds, then it smoothed out. Ground run after landing was fine, mag drops 75 and 90,',
    'both within limits. Engine is a Harlan HO-200 with about 640 hours since overhaul.',
  ),
  'Was that just carb ice, or should I be looking at something else before I fly it again?',
];
const sReply1 = [
  j(
    'Sounds like textbook carb ice to me. Rough first when the heat goes on (the ice melts and goes through the engine as water),',
    'then smooth. 6°C with a damp haze is right in the serious icing band at descent power.',
  ),
  'The bigger question is why you were below 1,800 with the heat off in those conditions.',
];
const sQuote1 = 'The bigger question is why you were below 1,800 with the heat off in those conditions.';
const sReply2 = [
  'Fair point, and a bit embarrassing. I usually put it on before reducing power but I was busy with the radio and forgot.',
  j(
    'I have checked the carb heat box anyway. The flap moves fully and the hot air hose is intact, and on the ground run the rpm',
    'drop with heat on was about 100, which is what the manual says.',
  ),
];
const sReply3 = [
  j(
    'Then I would not worry too much. If you want to be thorough, check the intake gaskets for leaks and look at the plugs, because',
    'a lean cylinder can also show up as roughness at low power. But everything you describe points to ice.',
  ),
  j(
    'For what it is worth, our club now has a laminated card on the panel of every aircraft: carb heat on before power comes back,',
    'every time, no exceptions. It has cut the “rough running” snags in the tech log to almost nothing.',
  ),
];
const sReply4 = [
  j(
    'Update: flew it for 40 minutes this morning in similar conditions, carb heat on before every power reduction, and it was',
    'smooth throughout. Plugs were clean and the gaskets are fine. Lesson learned, and I have made myself one of those cards.',
  ),
];
const sPosts: SPost[] = [
  {
    id: 31544,
    user: 'tailwheel_tom',
    group: 'Full Member',
    posts: 'Posts: 146',
    blurb: 'Merrow Kite, 212 hours',
    date: 'March 03, 2027, 06:12:44 PM',
    html: sOp.join('<br><br>'),
    sig: 'Merrow Kite G-KTOM | Thornby Strip',
  },
  {
    id: 31546,
    user: 'Fenwick',
    group: 'Hero Member',
    posts: 'Posts: 2,918',
    blurb: 'Inspector, Thornby Flying Group',
    date: 'March 03, 2027, 07:40:02 PM',
    html: sReply1.join('<br><br>'),
    likes: '3 members like this.',
  },
  {
    id: 31549,
    user: 'tailwheel_tom',
    group: 'Full Member',
    posts: 'Posts: 146',
    blurb: 'Merrow Kite, 212 hours',
    date: 'March 03, 2027, 08:15:30 PM',
    html: `<blockquote class="bbc_standard_quote"><cite><a href="https://lowandslow.example/forum/index.php?topic=4412.msg31546#msg31546">Quote from: Fenwick on
March 03, 2027, 07:40:02 PM</a></cite>${sQuote1}</blockquote><br>${sReply2.join('<br><br>')}`,
    sig: 'Merrow Kite G-KTOM | Thornby Strip',
    edit: 'March 04, 2027, 09:03:11 AM by tailwheel_tom',
  },
  {
    id: 31551,
    user: 'Harriet_K',
    group: 'Global Moderator',
    posts: 'Posts: 5,407',
    blurb: 'CFI, tailwheel and vintage types',
    date: 'March 04, 2027, 08:22:17 AM',
    html: sReply3.join('<br><br>'),
    sig: 'Fly the aeroplane first.',
    likes: '5 members like this.',
  },
  {
    id: 31560,
    user: 'tailwheel_tom',
    group: 'Full Member',
    posts: 'Posts: 146',
    blurb: 'Merrow Kite, 212 hours',
    date: 'March 05, 2027, 01:48:55 PM',
    html: sReply4.join('<br><br>'),
    sig: 'Merrow Kite G-KTOM | Thornby Strip',
    likes: '2 members like this.',
  },
];
const sMenu = ['Home', 'Help', 'Search', 'Log in', 'Sign up'];
const sCards = sPosts.flatMap((p) => [p.group, p.posts, p.blurb, ...(p.sig ? [p.sig] : []), ...(p.likes ? [p.likes] : [])]);
const sPost = (p: SPost, n: number): string => `
				<div class="windowbg" id="msg${p.id}">
					<div class="post_wrapper">
						<div class="poster">
							<h4>
								<span class="off" title="Offline"></span>
								<a href="https://lowandslow.example/forum/index.php?action=profile;u=${p.id % 977}" title="View the profile of ${p.user}">${p.user}</a>
							</h4>
							<ul class="user_info">
								<li class="${p.group.includes('Moderator') ? 'membergroup' : 'postgroup'}">${p.group}</li>
								<li class="stars"><img src="https://lowandslow.example/forum/Themes/default/images/membericons/icon.png" alt="*"><img
src="https://lowandslow.example/forum/Themes/default/images/membericons/icon.png" alt="*"></li>
								<li class="avatar"><a href="https://lowandslow.example/forum/index.php?action=profile;u=${p.id % 977}"><img class="avatar"
src="https://lowandslow.example/forum/custom_avatar/avatar_${p.id % 977}.png" alt=""></a></li>
								<li class="postcount">${p.posts}</li>
								<li class="blurb">${p.blurb}</li>
								<li class="poster_ip">Logged</li>
							</ul>
						</div><!-- .poster -->
						<div class="postarea">
							<div class="keyinfo">
								<div id="subject_${p.id}" class="subject_title subject_hidden">
									<a href="https://lowandslow.example/forum/index.php?msg=${p.id}" rel="nofollow">${n === 0 ? '' : 'Re: '}${sTitle}</a>
								</div>
								<span class="page_number floatright">${n === 0 ? '' : ` #${n}`}</span>
								<div class="postinfo">
									<span class="messageicon" style="position: absolute; z-index: -1;">
										<img src="https://lowandslow.example/forum/Themes/default/images/post/xx.png" alt="">
									</span>
									<a href="https://lowandslow.example/forum/index.php?msg=${p.id}" title="${n === 0 ? '' : 'Reply #'}${n === 0 ? sTitle : n}"
class="smalltext">${p.date}</a>
									<span class="spacer"></span>
									<span class="smalltext modified floatright${p.edit ? ' mvisible' : ''}" id="modified_${p.id}">${
                    p.edit ? `<span class="lastedit">Last Edit</span>: ${p.edit}` : ''
                  }
									</span>
								</div>
								<div id="msg_${p.id}_quick_mod"></div>
							</div><!-- .keyinfo -->
							<div class="post">
								<div class="inner" data-msgid="${p.id}" id="msg_${p.id}">${p.html}</div>
							</div><!-- .post -->
							<div class="under_message">
								<ul class="floatleft">${p.likes ? `<li class="like_count smalltext">${p.likes}</li>` : ''}</ul>
							</div><!-- .under_message -->
						</div><!-- .postarea -->
						<div class="moderatorbar">${
              p.sig
                ? `
							<div class="signature" id="msg_${p.id}_signature">${p.sig}</div>`
                : ''
            }
						</div><!-- .moderatorbar -->
					</div><!-- $message[id] -->
				</div><!-- $message[css_class] -->
				<hr class="post_separator">`;
const sHtml = `<!DOCTYPE html>
<html lang="en-GB">
<head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="https://lowandslow.example/forum/Themes/default/css/minified_7b3f2a1c.css?smf214_1769003211">
	<script>
		var smf_theme_url = "https://lowandslow.example/forum/Themes/default";
		var smf_default_theme_url = "https://lowandslow.example/forum/Themes/default";
		var smf_images_url = "https://lowandslow.example/forum/Themes/default/images";
		var smf_scripturl = "https://lowandslow.example/forum/index.php";
		var smf_iso_case_folding = false;
		var smf_charset = "UTF-8";
		var smf_session_id = "e0a7c3b91f2d48a6b5c4d3e2f1a09b8c";
		var smf_session_var = "b1c2d3e4f5";
		var smf_member_id = 0;
		var ajax_notification_text = 'Loading...';
		var help_popup_heading_text = 'A little lost? Let me explain:';
		var banned_text = 'Sorry Guest, you are banned from using this forum!';
		var smf_txt_expand = 'Expand';
		var smf_txt_shrink = 'Shrink';
		var smf_collapseAlt = 'Hide';
		var smf_expandAlt = 'Show';
		var smf_quote_expand = false;
		var allow_xhjr_credentials = false;
	</script>
	<script src="https://lowandslow.example/forum/Themes/default/scripts/minified_4d2e1f0a.js?smf214_1769003211"></script>
	<title>Rough running below 1,800 rpm – carb ice or something else?</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta property="og:site_name" content="Low &amp; Slow Flyers">
	<meta property="og:title" content="${sTitle}">
	<meta property="og:url" content="https://lowandslow.example/forum/index.php?topic=4412.0">
	<meta property="og:description" content="Flew the Kite from Thornby to Ashcombe yesterday, about 50 minutes">
	<meta name="description" content="Flew the Kite from Thornby to Ashcombe yesterday, about 50 minutes">
	<meta name="theme-color" content="#557EA0">
	<link rel="canonical" href="https://lowandslow.example/forum/index.php?topic=4412.0">
	<link rel="help" href="https://lowandslow.example/forum/index.php?action=help">
	<link rel="contents" href="https://lowandslow.example/forum/index.php">
	<link rel="alternate" type="application/rss+xml" title="Low &amp; Slow Flyers - RSS"
href="https://lowandslow.example/forum/index.php?action=.xml;type=rss2;board=7">
	<link rel="index" href="https://lowandslow.example/forum/index.php?board=7.0">
</head>
<body id="chrome" class="action_display board_7">
<div id="footerfix">
	<div id="top_section">
		<div class="inner_wrap">
			<ul class="floatleft" id="top_info">
				<li class="welcome">
					Welcome to <strong>Low &amp; Slow Flyers</strong>.
				</li>
				<li class="button_login">
					<a href="https://lowandslow.example/forum/index.php?action=login" class="open" onclick="return reqOverlayDiv(this.href, 'Log in', 'login');">
						<span class="main_icons login"></span>
						<span class="textmenu">Log in</span>
					</a>
				</li>
				<li class="button_signup">
					<a href="https://lowandslow.example/forum/index.php?action=signup" class="open">
						<span class="main_icons regcenter"></span>
						<span class="textmenu">Sign up</span>
					</a>
				</li>
			</ul>
			<form id="search_form" class="floatright" action="https://lowandslow.example/forum/index.php?action=search2" method="post" accept-charset="UTF-8">
				<input type="search" name="search" value="">&nbsp;
				<select name="search_selection">
					<option value="all">Entire forum </option>
					<option value="topic" selected>This topic</option>
					<option value="board">This board</option>
				</select>
				<input type="hidden" name="sd_topic" value="4412">
				<input type="submit" name="search2" value="Search" class="button">
				<input type="hidden" name="advanced" value="0">
			</form>
		</div><!-- .inner_wrap -->
	</div><!-- #top_section -->
	<div id="header">
		<h1 class="forumtitle">
			<a id="top" href="https://lowandslow.example/forum/index.php">Low &amp; Slow Flyers</a>
		</h1>
		<img id="smflogo" src="https://lowandslow.example/forum/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum">
	</div>
	<div id="wrapper">
		<div id="upper_section">
			<div id="inner_section">
				<div id="inner_wrap" class="hide_720">
					<div class="user">
						<time datetime="2027-03-05T14:02:11Z">March 05, 2027, 02:02:11 PM</time>
					</div>
					<div class="news">
						<h2>News: </h2>
						<p>Fly-in at Thornby Strip on 17 May. Camping available, bring your own tent!</p>
					</div>
				</div>
				<div id="main_menu">
					<div id="mobile_user_menu" class="popup_container">
						<div class="popup_window description">
							<ul class="dropmenu menu_nav">${sMenu
                .map(
                  (t, i) => `
								<li class="button_${t.toLowerCase().replace(/ /g, '')}">
									<a${i === 0 ? ' class="active"' : ''}
href="https://lowandslow.example/forum/index.php${i === 0 ? '' : `?action=${t.toLowerCase().replace(/ /g, '')}`}">
										<span class="main_icons ${t.toLowerCase().replace(/ /g, '')}"></span><span class="textmenu">${t}</span>
									</a>
								</li>`,
                )
                .join('')}
							</ul><!-- .menu_nav -->
						</div>
					</div>
				</div>
				<div class="navigate_section">
					<ul>
						<li>
							<a href="https://lowandslow.example/forum/index.php"><span>Low &amp; Slow Flyers</span></a>
						</li>
						<li>
							<span class="dividers"> &#9658; </span>
							<a href="https://lowandslow.example/forum/index.php#c2"><span>Technical</span></a>
						</li>
						<li>
							<span class="dividers"> &#9658; </span>
							<a href="https://lowandslow.example/forum/index.php?board=7.0"><span>Engines &amp; Props</span></a>
						</li>
						<li class="last">
							<span class="dividers"> &#9658; </span>
							<a href="https://lowandslow.example/forum/index.php?topic=4412.0"><span>${sTitle}</span></a>
						</li>
					</ul>
				</div><!-- .navigate_section -->
			</div><!-- #inner_section -->
		</div><!-- #upper_section -->
		<div id="content_section">
			<div id="main_content_section">
		<div id="display_head" class="information">
			<h2 class="display_title">
				<span id="top_subject">${sTitle}</span>
			</h2>
			<p>Started by tailwheel_tom, March 03, 2027, 06:12:44 PM</p>
			<span class="nextlinks floatright"><a href="https://lowandslow.example/forum/index.php?topic=4412.0;prev_next=prev#new">Previous topic</a> - <a
href="https://lowandslow.example/forum/index.php?topic=4412.0;prev_next=next#new">Next topic</a></span>
		</div><!-- #display_head -->
		<div class="pagesection top">
			<div class="buttonlist floatright">
				<a class="button button_strip_print" href="https://lowandslow.example/forum/index.php?action=printpage;topic=4412.0" rel="nofollow">Print</a>
			</div>
			<div class="pagelinks floatleft">
				<a href="#bot" class="button">Go Down</a>
				<span class="pages">Pages</span><span class="current_page">1</span>
			</div>
		</div>
		<div id="forumposts">
			<form action="https://lowandslow.example/forum/index.php?action=quickmod2;topic=4412.0" method="post" accept-charset="UTF-8" name="quickModForm"
id="quickModForm" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('e0a7c3b91f2d48a6b5c4d3e2f1a09b8c', 'b1c2d3e4f5') : false">${sPosts
  .map(sPost)
  .join('')}
			</form>
		</div><!-- #forumposts -->
		<a id="lastPost"></a>
		<div class="pagesection">
			<div class="buttonlist floatright">
				<a class="button button_strip_print" href="https://lowandslow.example/forum/index.php?action=printpage;topic=4412.0" rel="nofollow">Print</a>
			</div>
			<div class="pagelinks floatleft">
				<a href="#main_content_section" class="button" id="bot">Go Up</a>
				<span class="pages">Pages</span><span class="current_page">1</span>
			</div>
		</div>
		<div class="navigate_section">
			<ul>
				<li><a href="https://lowandslow.example/forum/index.php"><span>Low &amp; Slow Flyers</span></a></li>
				<li><span class="dividers"> &#9658; </span><a href="https://lowandslow.example/forum/index.php#c2"><span>Technical</span></a></li>
				<li><span class="dividers"> &#9658; </span><a href="https://lowandslow.example/forum/index.php?board=7.0"><span>Engines &amp; Props</span></a></li>
				<li class="last"><span class="dividers"> &#9658; </span><a href="https://lowandslow.example/forum/index.php?topic=4412.0"><span>${sTitle}</span></a></li>
			</ul>
		</div><!-- .navigate_section -->
		<div id="moderationbuttons"></div>
		<div id="display_jump_to"><div class="jump_to_header"><label for="display_jump_to_select">Jump to:</label></div><select id="display_jump_to_select"
name="display_jump_to"><option value="7">=> Engines &amp; Props</option></select></div>
			</div><!-- #main_content_section -->
		</div><!-- #content_section -->
	</div><!-- #wrapper -->
</div><!-- #footerfix -->
	<div id="footer">
		<div class="inner_wrap">
		<ul>
			<li class="floatright"><a href="https://lowandslow.example/forum/index.php?action=help">Help</a> | <a
href="https://lowandslow.example/forum/index.php?action=agreement">Terms and Rules</a> | <a href="#top_section">Go Up &#9650;</a></li>
			<li class="copyright"><a href="https://lowandslow.example/forum/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4
&copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li>
		</ul>
		<p>Page created in 0.118 seconds with 27 queries.</p>
		</div>
	</div><!-- #footer -->
<script>
window.addEventListener("DOMContentLoaded", function() {
	var oQuickModify = new QuickModify({ sScriptUrl: smf_scripturl, sClassName: "quick_edit", bShowModify: true, iTopicId: 4412 });
});
</script>
</body>
</html>`;
const smf: TestPage = gold({
  name: 'heldout711-smf-carb-ice',
  kind: 'forum',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sOp, ...sReply1, sQuote1, ...sReply2, ...sReply3, ...sReply4]),
  bylines: [
    'Started by tailwheel_tom, March 03, 2027, 06:12:44 PM',
    ...new Set(sPosts.flatMap((p) => [p.user, p.date])),
    'Last Edit: March 04, 2027, 09:03:11 AM by tailwheel_tom',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome to Low & Slow Flyers.', 'Log in', 'Sign up', 'Low & Slow Flyers', 'March 05, 2027, 02:02:11 PM', 'News:',
    'Fly-in at Thornby Strip on 17 May. Camping available, bring your own tent!', ...sMenu, 'Technical', 'Engines & Props', 'Previous topic',
    'Next topic', 'Print', 'Go Down', 'Pages', '1', ...sCards,
    'Logged', `Re: ${sTitle}`, '#1', '#2', '#3', '#4', 'Quote from: Fenwick on March 03, 2027, 07:40:02 PM', 'Go Up', 'Jump to:', 'Help', 'Terms and Rules',
    'SMF 2.1.4 © 2023', 'Simple Machines', 'Page created in 0.118 seconds with 27 queries.',
  ],
});

export const HELDOUT711_F: readonly TestPage[] = [vbulletin, smf];
