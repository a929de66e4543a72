import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 55, file a2: a topic on an IP.Board 3.4 model railway forum (the guest user bar, the logo and app tabs, the
 * search box with its hidden section menu, the noscript warning, breadcrumbs, "You cannot start a new topic" buttons, the topic
 * title with "Started by" and tags, four posts with author blocks (member title, group, post count, custom fields), an edit line,
 * a quote with its citation, a list, "like this" bars, signatures, "Back to top", the share row, "1 user(s) are reading this
 * topic", the footer with skin and language choosers and the copyright line).
 */
const ipTitle = 'Lima Class 47 DCC conversion – where does the decoder go?';
const ipForum = 'Locomotives: DCC & Electrics';
interface IpUser {
  name: string;
  id: number;
  title: string;
  group: string;
  posts: string;
  loc: string;
  sig?: string;
}
const wol: IpUser = {
  name: 'Wolverton_Works',
  id: 812,
  title: 'Advanced Member',
  group: 'Members',
  posts: '1,204 posts',
  loc: 'Swindon',
  sig: 'Building Wolverton Road (OO, GWR and BR, 1958–1966). Layout thread in the Layouts board.',
};
const gar: IpUser = {
  name: 'Gareth L-E',
  id: 2290,
  title: 'Member',
  group: 'Club Members',
  posts: '318 posts',
  loc: 'Aberystwyth',
  sig: 'Cambrian coast in 2mm: slowly.',
};
const blu: IpUser = { name: 'BlueTriangle', id: 4471, title: 'Newbie', group: 'Members', posts: '12 posts', loc: 'Crewe' };
const ipP1 = [
  "I've picked up a Lima Class 47 in BR blue at a swapmeet for twelve pounds, and it runs surprisingly well on DC after a clean and a drop of oil. " +
    "The plan is to put it on the club layout, which went DCC last year, but I can't see an obvious place for a decoder.",
  'The motor sits in one bogie with the pickups wired straight to it, and the body is almost all weight. Has anyone done one of these recently? ' +
    "I'd rather not cut the chassis if there's a neater way.",
];
const ipP2a = [
  'Done three of them. The pancake motor has to be isolated from the chassis first, because one brush is earthed to the frame on most Lima models ' +
    "and a decoder won't survive that for long. For the isolation I'd work in this order:",
];
const ipList = [
  'Remove the motor bogie and note which brush holder touches the frame.',
  'Fit a thin plastic washer under that brush holder and refit the clip.',
  'Check with a meter that neither motor terminal connects to the chassis.',
];
const ipP2b = [
  'After that there is room for a small decoder in the cab end above the unpowered bogie if you take out the cast weight there. I used a six-pin ' +
    'decoder on a short harness and held it down with double-sided foam.',
  'Expect it to be noisy whatever you do. The motor is the weak point, and plenty of people fit a replacement motor bogie at the same time.',
];
const ipQuote = 'Expect it to be noisy whatever you do.';
const ipP3 = [
  "Agreed. I'd budget for a new motor bogie from the start. Mine ran for about twenty minutes on the original motor before it started stalling " +
    'on the points, and the decoder was getting warm.',
];
const ipP4 = [
  "Thanks both, that's exactly what I needed. I've ordered a replacement motor bogie and a six-pin decoder, and the weight comes out tonight.",
  'Will post photos in my layout thread once it is running.',
];
const ipEdited = 'This post has been edited by Wolverton_Works: 02 February 2025 - 08:15 PM';
interface IpPost {
  id: number;
  n: number;
  u: IpUser;
  iso: string;
  date: string;
  body: string;
  likes?: string;
  edit?: boolean;
}
const profile = (u: IpUser): string => `https://www.oolayouts.example/forum/user/${u.id}-${u.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`;
const ipPost = (p: IpPost): string => `<div class="post_block hentry clear clearfix  " id="post_id_${p.id}">
<div class="post_wrap"><a id="entry${p.id}"></a>
<h3 class="row2"><span class="post_id right ipsType_small desc blend_links"><a itemprop="replyToUrl" href="${ipUrl}#entry${p.id}" rel="bookmark"
 title="Link to post #${p.n}">#${p.n}</a></span><span class="author vcard"><a class="url fn name ___hover___member _hoversetup" href="${profile(p.u)}"
 title="View Profile: ${p.u.name}" hovercard-ref="member" hovercard-id="${p.u.id}"><span itemprop="name">${p.u.name}</span></a></span>
<img src="https://www.oolayouts.example/forum/public/style_images/master/icon_offline.png" alt="Offline" /></h3>
<div class="author_info"><div class="user_details"><span class="hide" itemprop="name">${p.u.name}</span><ul class="basic_info">
<p class="desc member_title">${p.u.title}</p>
<li class="avatar"><a itemprop="url" href="${profile(p.u)}" title="View Profile: ${p.u.name}" class="ipsUserPhotoLink"><img itemprop="image"
 src="https://www.oolayouts.example/forum/uploads/profile/photo-thumb-${p.u.id}.jpg" class="ipsUserPhoto ipsUserPhoto_variable" /></a></li>
<li class="group_title">${p.u.group}</li><li class="group_icon"><img src="https://www.oolayouts.example/forum/public/style_images/master/bullets/pip.gif"
 alt="*" /></li>
<li class="post_count desc lighter">${p.u.posts}</li></ul>
<ul class="custom_fields"><li><span class="ft">Location:</span><span class="fc">${p.u.loc}</span></li></ul></div></div>
<div class="post_body"><p class="posted_info desc lighter ipsType_small">Posted <abbr class="published" itemprop="commentTime"
 title="${p.iso}">${p.date}</abbr></p>
<div itemprop="commentText" class="post entry-content ">${p.body}</div>
${p.edit ? `<br /><p class="edit">This post has been edited by <strong>${p.u.name}</strong>: ${'02 February 2025 - 08:15 PM'}</p>` : ''}
${p.u.sig ? `<br /><div class="signature" data-memberid="${p.u.id}"><p>${p.u.sig}</p></div>` : ''}</div>
<div class="ipsLikeBar right clearfix" id="rep_post_${p.id}">${
  p.likes
    ? `<ul class="ipsList_inline"><li><span
 class="ipsLike_contents">${p.likes}</span></li></ul>`
    : ''
}</div>
<ul class="post_controls clear clearfix"><li class="top hide"><a href="#ipboard_body" class="top" title="Back to top">Back to top</a></li></ul>
</div></div>
<hr />`;
const ipUrl = 'https://www.oolayouts.example/forum/topic/28731-lima-class-47-dcc-conversion-where-does-the-decoder-go/';
const ipQ = `<blockquote class="ipsBlockquote" data-author="Gareth L-E" data-cid="418840" data-time="1738530180"><p class="citation">Gareth L-E, on 02 February
 2025 - 09:03 PM, said:</p><div class="blockquote"><div class="quote"><p>${ipQuote}</p></div></div></blockquote>`;
const ipPosts: IpPost[] = [
  {
    id: 418812,
    n: 1,
    u: wol,
    iso: '2025-02-02T19:41:52+00:00',
    date: '02 February 2025 - 07:41 PM',
    body: ipP1.map((p) => `<p>${p}</p>`).join('\n'),
    edit: true,
  },
  {
    id: 418840,
    n: 2,
    u: gar,
    iso: '2025-02-02T21:03:00+00:00',
    date: '02 February 2025 - 09:03 PM',
    body: `<p>${ipP2a[0]}</p>\n<ol class="bbc"><li>${ipList.join('</li>\n<li>')}</li></ol>\n${ipP2b.map((p) => `<p>${p}</p>`).join('\n')}`,
    likes: 'Wolverton_Works and BlueTriangle like this',
  },
  { id: 418902, n: 3, u: blu, iso: '2025-02-03T07:12:31+00:00', date: '03 February 2025 - 07:12 AM', body: `${ipQ}\n<p>${ipP3[0]}</p>` },
  { id: 419011, n: 4, u: wol, iso: '2025-02-03T18:40:09+00:00', date: '03 February 2025 - 06:40 PM', body: ipP4.map((p) => `<p>${p}</p>`).join('\n') },
];
const ipCrumbs = ['OO Layouts Forum', 'Modelling', ipForum];
const ipApps = ['Forums', 'Members', 'Calendar', 'Gallery', 'Blogs'];
const ipSearch = ['Search section:', 'This topic', 'This forum', 'Forums', 'Members', 'Help Files'];
const ipHtml = `<!DOCTYPE html>
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<title>${ipTitle} - ${ipForum.replace(/&/g, '&amp;')} - OO Layouts Forum</title>
<link rel="shortcut icon" href="https://www.oolayouts.example/forum/favicon.ico" /><link rel="canonical" href="${ipUrl}" />
<meta name="description" content="I've picked up a Lima Class 47 in BR blue at a swapmeet for twelve pounds, and it runs surprisingly well on DC..." />
<meta property="og:title" content="${ipTitle}" /><meta property="og:site_name" content="OO Layouts Forum" /><meta property="og:type" content="article" />
<link rel="stylesheet" type="text/css" media="screen,print"
 href="https://www.oolayouts.example/forum/public/min/index.php?ipbv=e52b1a4d&amp;f=public/style_css/css_1/ipb_styles.css" />
<script type="text/javascript" src="https://www.oolayouts.example/forum/public/min/index.php?ipbv=e52b1a4d&amp;g=js"></script>
<script type="text/javascript">//<![CDATA[
ipb.vars['base_url'] = 'https://www.oolayouts.example/forum/index.php?s=&'; ipb.vars['board_url'] = 'https://www.oolayouts.example/forum';
ipb.vars['member_id'] = parseInt( 0 ); ipb.vars['is_touch'] = false; ipb.lang['action_failed'] = "The requested action failed";
//]]></script></head>
<body id="ipboard_body">
<p id="content_jump" class="hide"><a id="top"></a><a href="#j_content" title="Jump to content" accesskey="m">Jump to content</a></p>
<div id="ipbwrapper">
<div id="header_bar" class="clearfix"><div class="main_width"><div id="user_navigation" class="not_logged_in"><ul class="ipsList_inline right">
<li><span class="services"></span><span class="ipsType_light">&nbsp;&nbsp;&nbsp;&nbsp;</span><a
 href="https://www.oolayouts.example/forum/index.php?app=core&amp;module=global&amp;section=login"
 title="Sign In" id="sign_in">Sign In</a>&nbsp;&nbsp;&nbsp;</li>
<li><a href="https://www.oolayouts.example/forum/index.php?app=core&amp;module=global&amp;section=register" title="Create Account"
 id="register_link">Create Account</a></li>
</ul></div></div></div>
<div id="branding"><div class="main_width"><a href="https://www.oolayouts.example/forum/" title="Go to Board Index" rel="home" accesskey="1"><img
 src="https://www.oolayouts.example/forum/public/style_images/oolf/logo.png" alt="Logo" /></a></div></div>
<div id="primary_nav" class="clearfix"><div class="main_width"><ul class="ipsList_inline" id="community_app_menu">
<li class="right"><a href="https://www.oolayouts.example/forum/index.php?app=core&amp;module=global&amp;section=navigation&amp;inapp=forums"
 rel="quickNavigation"
 accesskey="9" id="quickNavLaunch" title="Open Quick Navigation"><span>&nbsp;</span></a></li>
<li id="nav_explore" class="right"><a href="https://www.oolayouts.example/forum/index.php?app=core&amp;module=search&amp;do=viewNewContent"
 accesskey="2">View New Content</a></li>
${ipApps
  .map(
    (a, i) => `<li id="nav_app_${a.toLowerCase()}" class="left ${i === 0 ? 'active' : ''}"><a
 href="https://www.oolayouts.example/forum/${a.toLowerCase()}/" title="Go to ${a}">${a}</a></li>`,
  )
  .join('\n')}
<li id="nav_other_apps" style="display: none"><a href="#" class="ipbmenu" id="more_apps">More <img
 src="https://www.oolayouts.example/forum/public/style_images/master/useropts_arrow.png" /></a></li>
</ul></div>
<div id="search" class="right"><form action="https://www.oolayouts.example/forum/index.php?app=core&amp;module=search&amp;do=search&amp;fromMainBar=1"
 method="post" id="search-box">
<fieldset><label for="main_search" class="hide">Search</label><a
 href="https://www.oolayouts.example/forum/index.php?app=core&amp;module=search&amp;search_in=forums"
 title="Advanced Search" accesskey="4" rel="search" id="adv_search" class="right">Advanced</a>
<span id="search_wrap" class="right"><input type="text" id="main_search" name="search_term" class="inactive" size="17" tabindex="100" />
<span class="choice ipbmenu clickable" id="search_options" style="display: none"></span>
<ul id="search_options_menucontent" class="ipbmenu_content ipsPad" style="display: none"><li class="title"><strong>${ipSearch[0]}</strong></li>
${ipSearch
  .slice(1)
  .map(
    (s, i) =>
      `<li class="app"><label for="s_${i}" title="${s}"><input type="radio" name="search_app" class="input_radio" id="s_${i}"
 value="${i}" ${i === 0 ? 'checked="checked"' : ''} />${s}</label></li>`,
  )
  .join('\n')}
</ul><input type="submit" class="submit_input clickable" value="Search" /></span></fieldset></form></div></div>
<div id="content" class="clearfix">
<noscript><div class="message error"><strong>Javascript Disabled Detected</strong><p>You currently have javascript disabled. Several functions may not work.
 Please re-enable javascript to access full functionality.</p></div><br /></noscript>
<div id="secondary_navigation" class="clearfix"><ol class="breadcrumb top ipsList_inline left">
${ipCrumbs
  .map(
    (c, i) => `<li itemscope="itemscope" itemtype="http://data-vocabulary.org/Breadcrumb">${i > 0 ? '<span class="nav_sep">&rarr;</span> ' : ''}<a
 href="https://www.oolayouts.example/forum/${i === 0 ? '' : `forum/${i * 7}-x/`}" itemprop="url"><span
 itemprop="title">${c.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ol></div><br class="clear" />
<div id="j_content">
<div class="topic_controls clearfix"><ul class="topic_buttons"><li class="disabled"><span>You cannot start a new topic</span></li>
<li class="disabled"><span>You cannot reply to this topic</span></li></ul></div>
<div class="ipsBox_withphoto clearfix"><a href="${profile(wol)}" class="ipsUserPhotoLink left"><img
 src="https://www.oolayouts.example/forum/uploads/profile/photo-thumb-812.jpg"
 class="ipsUserPhoto ipsUserPhoto_medium" /></a>
<h1 class="ipsType_pagetitle">${ipTitle}</h1>
<div class="desc lighter blend_links">Started by <a class="url fn name ___hover___member _hoversetup" href="${profile(wol)}" hovercard-ref="member"
 hovercard-id="812">Wolverton_Works</a>, <span itemprop="dateCreated">Feb 02 2025 07:41 PM</span></div>
<div class="ipsType_smaller desc"><img src="https://www.oolayouts.example/forum/public/style_images/master/icon_tag.png" /> <ul class="ipsList_inline">
${['lima', 'dcc conversion', 'diesel']
  .map(
    (t) => `<li><span class="ipsTag"><a
 href="https://www.oolayouts.example/forum/tags/forums/${t}/">${t}</a></span></li>`,
  )
  .join('')}</ul></div></div>
<div class="maintitle clear clearfix"><span class="ipsType_small">Page 1 of 1</span></div>
<div class="topic hfeed clear clearfix">
${ipPosts.map(ipPost).join('\n')}
</div>
<div class="topic_controls clear ipsPad_top_bottom_half"><ul class="topic_buttons"><li
 class="disabled"><span>You cannot reply to this topic</span></li></ul></div>
<ul class="ipsList_inline topic_share left"><li><span class="ipsType_smaller desc">Share this topic:</span></li>
<li><a href="https://x.com/intent/tweet?url=${ipUrl}" class="_sharelink"><img
 src="https://www.oolayouts.example/forum/public/style_extra/sharelinks/twitter.png" alt="Share on X" /></a></li>
<li><a href="https://www.facebook.com/sharer.php?u=${ipUrl}" class="_sharelink"><img
 src="https://www.oolayouts.example/forum/public/style_extra/sharelinks/facebook.png" alt="Facebook" /></a></li></ul>
<p class="right"><a href="https://www.oolayouts.example/forum/forum/14-locomotives-dcc-electrics/"
 class="ipsButton_secondary">Back to ${ipForum.replace(/&/g, '&amp;')}</a></p>
<div id="topic_stats" class="statistics clearfix clear"><div id="topic_active_users" class="active_users"><h4
 class="statistics_head">1 user(s) are reading this topic</h4>
<p class="statistics_brief desc">0 members, 1 guests, 0 anonymous users</p></div></div>
</div></div>
<div id="secondary_navigation_bottom" class="clearfix"><ol class="breadcrumb bottom ipsList_inline left"><li><a
 href="https://www.oolayouts.example/forum/">OO Layouts Forum</a></li></ol>
<ul class="ipsList_inline right"><li><a
 href="https://www.oolayouts.example/forum/index.php?app=core&amp;module=global&amp;section=privacy">Privacy Policy</a></li>
<li><a href="https://www.oolayouts.example/forum/index.php?app=forums&amp;module=extras&amp;section=boardrules">Forum Guidelines</a></li></ul></div>
<div id="footer_utilities" class="main_width clearfix clear"><a rel="nofollow" href="#top" id="backtotop" title="Go to top"><img
 src="https://www.oolayouts.example/forum/public/style_images/master/top.png" alt="" /></a>
<ul class="ipsList_inline left"><li><img src="https://www.oolayouts.example/forum/public/style_images/master/icon_check.png" alt="" /> <a href="#"
 id="new_skin">OO Layouts Blue</a>
<ul id="new_skin_menucontent" class="ipbmenu_content with_checks" style="display: none">${links(['OO Layouts Blue', 'IP.Board Mobile'])}</ul></li>
<li><a href="#" id="new_lang">English (UK)</a></li><li><a href="https://www.oolayouts.example/forum/index.php?app=core&amp;module=help"
 title="View help">Help</a></li></ul>
<p id="copyright"><a href="http://www.invisionpower.com/apps/board/"
 title="Community Forum Software by Invision Power Services">Community Forum Software by IP.Board 3.4.9</a>
<br />Licensed to: OO Layouts Forum</p></div>
<div><img src="https://www.oolayouts.example/forum/index.php?s=&amp;app=core&amp;module=task" alt="" style="border: 0px" height="1" width="1" /></div>
<script type="text/javascript">ipb.global.lightBoxIsOff(); ipb.topic.inSection = 'topicview'; ipb.topic.topic_id = 28731; ipb.topic.forum_id = 14;</script>
</div></body></html>`;
export const ipboardTopic: TestPage = {
  html: ipHtml,
  name: 'heldout55-ipboard3-topic',
  kind: 'forum',
  // every post is body, the numbered steps in post 2 included (list items); the quote in post 3 with its "Gareth L-E, on ..., said:"
  // citation is in neither (it repeats post 2); posters' names, post times, the "Started by" date and the edit line are bylines;
  // member titles, groups, post counts, locations, "#1" to "#4", the "like this" bars, signatures, tags, "Page 1 of 1", the guest
  // buttons, the noscript warning, the search menu, tabs, breadcrumbs, the share row, reader count and footer are furniture ("Started
  // by" and "Posted" in neither, as "By" is); the tags "lima" and "dcc conversion" are words of the title and body: left out
  title: ipTitle,
  headings: [],
  body: texts([...ipP1, ...ipP2a, ...ipList, ...ipP2b, ...ipP3, ...ipP4]),
  bylines: ['Wolverton_Works', 'Gareth L-E', 'BlueTriangle', 'Feb 02 2025 07:41 PM', ...ipPosts.map((p) => p.date), ipEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Sign In', 'Create Account', 'View New Content', ...ipApps, 'More', 'Advanced',
    ...ipSearch.filter((s) => s !== 'Forums' && s !== 'Members'), 'Javascript Disabled Detected',
    'You currently have javascript disabled. Several functions may not work.', ...ipCrumbs, 'You cannot start a new topic', 'You cannot reply to this topic',
    'diesel', 'Page 1 of 1', '#1', '#2', '#3', '#4', ...[wol, gar, blu].flatMap((u) => [u.title, u.posts, u.loc]), 'Club Members', 'Location:', wol.sig!,
    gar.sig!, 'Wolverton_Works and BlueTriangle like this', 'Back to top', 'Share this topic:', 'Back to Locomotives: DCC & Electrics',
    '1 user(s) are reading this topic', '0 members, 1 guests, 0 anonymous users', 'Privacy Policy', 'Forum Guidelines', 'OO Layouts Blue', 'IP.Board Mobile',
    'English (UK)', 'Help', 'Community Forum Software by IP.Board 3.4.9', 'Licensed to: OO Layouts Forum',
  ],
};
