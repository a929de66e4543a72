import { links, type TestPage, texts } from './page-kit.js';
import { codidact } from './pages-heldout170-e2.js';

/**
 * Held-out batch 170, file e: an Unraid forums topic (Invision Community 4: the site header with its nav, "Existing user? Sign
 * In" and "Sign Up", the breadcrumb, the topic header with starter, date and follower count, "Reply to this topic" / "Start new
 * topic", "Recommended Posts", posts with author panes (group, post count), "Posted" dates, an "Edited ... by" line, a quote
 * with citation, a code box, reactions, "Share this post" and "Link to comment", "Create an account or sign in to comment",
 * "Go to topic listing", the "Similar Content" block, the footer and the cookie notice) and, from file e2, a Codidact Q&A post.
 */
const title = 'Parity check finds 1,200 errors every month after moving to a new case';
type Post = { id: number; user: string; group: string; count: string; date: string; paras: string[]; pre?: string; edited?: string; react?: string };
const posts: Post[] = [
  {
    id: 1448210,
    user: 'Fennimore',
    group: 'Members',
    count: '86 posts',
    date: 'October 1, 2025',
    react: '1',
    paras: [
      `I moved my server into a new case last month, same motherboard, same drives, same cables as far as I can tell. Since then the
monthly parity check finds between 1,100 and 1,300 sync errors every time and corrects them. Before the move it found zero for two
years.`,
      `No disk shows SMART errors and the array works fine otherwise. Should I be worried, and what changed?`,
    ],
    edited: 'Edited October 1, 2025 by Fennimore',
  },
  {
    id: 1448262,
    user: 'Jorunn',
    group: 'Moderators',
    count: '9,114 posts',
    date: 'October 1, 2025',
    react: '3',
    paras: [
      `Yes, worry a bit. Parity errors that come back every month after being corrected mean something is returning different data on
different reads. That is almost always memory or a controller, rarely the disks themselves.`,
      `Two things to do first: run a memory test for a full night, and check the syslog from the last check for any lines about the
controller resetting. In the new case, also check that the HBA is seated properly and has some airflow; they run hot.`,
    ],
  },
  {
    id: 1448530,
    user: 'Fennimore',
    group: 'Members',
    count: '86 posts',
    date: 'October 4, 2025',
    react: '2',
    pre: 'mpt3sas_cm0: log_info(0x31120303): originator(PL), code(0x12), sub_code(0x0303)',
    paras: [
      `Memory test passed overnight, but you were right about the controller. The syslog has a batch of lines like the one above every
few hours. The card sits right under the graphics card in the new case and there is no fan anywhere near it.`,
      `I have cable-tied a small fan to blow across it and will run a correcting check tonight, then a non-correcting one next week to
see if the count stays at zero.`,
    ],
  },
  {
    id: 1449018,
    user: 'Fennimore',
    group: 'Members',
    count: '86 posts',
    date: 'October 12, 2025',
    react: '4',
    paras: [
      `One more note for anyone searching: the errors were always in roughly the same
region of the array, near the start of the largest disks, which is where the long sequential reads happen first and the card
warms up fastest. Check the temperature of the card before you suspect the disks.`,
      `Follow-up: the non-correcting check finished this morning with zero errors, and no controller messages since the fan went in.
The card was simply overheating during long reads. Marking this as solved.`,
    ],
  },
];
const nav = ['Browse', 'Activity', 'Downloads', 'Documentation', 'Blog'];
const site = ['Pricing', 'Download', 'Community', 'Docs', 'Blog'];
const crumbs = ['Home', 'Unraid OS', 'General Support'];
const similar = ['Sync errors after swapping parity disk', 'HBA overheating in a compact case', 'Parity check speed drops after 8 TB'];
const foot = ['Privacy Policy', 'Terms of Service', 'Contact Us', 'Theme', 'Language'];
const cookie =
  'We have placed cookies on your device to help make this website better. ' +
  "You can adjust your cookie settings, otherwise we'll assume you're okay to continue.";
const post = (
  p: Post,
  n: number,
): string => `<article id="elComment_${p.id}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear
ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone${n === 0 ? ' ipsComment_popular' : ''}"><div class="cAuthorPane_mobile ipsResponsive_showPhone"></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3
class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks
ipsType_break"><strong><a href="https://forums.unraid.net/profile/${
  p.id % 7001
}-${p.user.toLowerCase()}/" data-ipshover class="ipsType_break">${p.user}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="#" class="ipsUserPhoto
ipsUserPhoto_large"><img src="https://forums.unraid.net/uploads/monthly_2024_01/${p.user}.thumb.png" alt="${p.user}" loading="lazy"></a></div></li>
<li data-role="group">${p.group === 'Moderators' ? `<span style="color:#ff8c2f">${p.group}</span>` : p.group}</li><li class="ipsResponsive_hidePhone">
<a href="#" class="ipsType_blendLinks" title="View ${p.user}'s posts">${p.count}</a></li></ul></aside><div class="ipsColumn ipsColumn_fluid ipsMargin:none">
<div id="comment-${p.id}_wrap" data-controller="core.front.core.comment" data-commentid="${p.id}" class="ipsComment_content ipsType_medium"><div
class="ipsComment_meta
ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class="ipsType_light ipsType_reset ipsType_blendLinks
ipsComment_toolWrap">
<ul class="ipsList_reset ipsComment_tools"><li><a href="https://forums.unraid.net/topic/19377-parity-check/?do=findComment&amp;comment=${p.id}" data-ipsmenu
data-ipsmenu-closeonclick="false" id="elSharePost_${p.id}" data-role="shareComment" title="Share this post"><i class="fa fa-share-alt"></i>
Share</a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone"><a href="https://forums.unraid.net/topic/19377-parity-check/?do=findComment&amp;comment=${p.id}"
rel="nofollow"
class="ipsType_blendLinks">Posted <time datetime="2025-10-01T08:00:00Z" title="10/01/25 08:00  AM" data-short="Oct 1">${p.date}</time></a><span
class="ipsResponsive_hidePhone">${p.edited ? ' (edited)' : ''}</span></div></div><div class="cPost_contentWrap"><div data-role="commentContent"
class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">
${
  n === 2
    ? `<blockquote class="ipsQuote" data-ipsquote data-ipsquote-contentapp="forums" data-ipsquote-username="Jorunn" data-cite="Jorunn"
data-ipsquote-timestamp="1759308000"><div class="ipsQuote_citation">Jorunn said:</div><div class="ipsQuote_contents"><p>check the syslog from the last check
for any
lines about the controller resetting</p></div></blockquote>\n`
    : ''
}${p.pre ? `<pre class="ipsCode prettyprint lang-html">${p.pre}</pre>\n` : ''}${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
${p.edited ? `<p><span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote><strong>${p.edited}</strong></span></p>` : ''}</div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact ipsPos_right">
<div class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span data-ipstooltip title="Like"><span>
<img src="https://forums.unraid.net/uploads/reactions/react_like.png" alt="Like"
loading="lazy"></span><span>${p.react}</span></span></li></ul></div></div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li class="ipsHide" data-role="commentLoading"><span
class="ipsLoading
ipsLoading_tiny ipsLoading_noAnim"></span></li></ul></div></div><div class="ipsMenu ipsMenu_wide ipsHide cPostShareMenu" id="elSharePost_${p.id}_menu"><div
class="ipsPad"><h4 class="ipsType_sectionHead">Share this post</h4><hr class="ipsHr"><h5 class="ipsType_normal ipsType_reset">Link to post</h5><input
type="text"
value="https://forums.unraid.net/topic/19377-parity-check/?do=findComment&amp;comment=${p.id}" class="ipsField_fullWidth"></div></div></div></div></article>`;
const html = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${title} - General Support - Unraid</title><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta property="og:title" content="${title}"><meta property="og:type" content="website"><meta property="og:site_name" content="Unraid">
<meta name="description" content="I moved my server into a new case last month, same motherboard, same drives, same cables as far as I can tell.">
<link rel="canonical" href="https://forums.unraid.net/topic/19377-parity-check-finds-1200-errors-every-month-after-moving-to-a-new-case/">
<link rel="stylesheet" href="https://forums.unraid.net/uploads/css_built_1/framework.css" media="all"><script type="text/javascript">var ipsDebug = false;
var ipsSettings = {};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","name":"${title}","headline":"${title}",
"dateCreated":"2025-10-01T08:00:00+0000",
"author":{"@type":"Person","name":"Fennimore"},"interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"http://schema.org/CommentAction","userInteractionCount":3}]}</script>
</head><body class="ipsApp ipsApp_front ipsJS_has ipsClearfix ipsLayout_noBackground" data-controller="core.front.core.app" data-pageapp="forums"
data-pagemodule="forums"
data-pagecontroller="topic"><a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
<div id="ipsLayout_header" class="ipsClearfix"><div class="unraid-site-header"><a href="https://unraid.net/" class="unraid-logo"><img
src="https://forums.unraid.net/uploads/unraid-logo.svg"
alt="Unraid"></a><ul class="unraid-site-nav">${links(site, 'site-nav-item')}</ul></div><header><div
class="ipsLayout_container ipsFlex ipsFlex-jc:between ipsFlex-ai:center">
<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="https://forums.unraid.net/login/"
data-ipsmenu-closeonclick="false"
data-ipsmenu id="elUserSignIn">Existing user? Sign In</a></li><li><a href="https://forums.unraid.net/register/" data-ipsdialog data-ipsdialog-size="narrow"
data-ipsdialog-title="Sign Up"
id="elRegisterButton" class="ipsButton ipsButton_normal ipsButton_primary">Sign Up</a></li></ul></div></header><nav data-controller="core.front.core.navBar"
class="ipsNavBar_noSubBars">
<div class="ipsNavBar_primary ipsLayout_container ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix">${links(nav, 'ipsNavBar_active')}</ul>
<div id="elSearchWrapper"><div id="elSearch" data-controller="core.front.core.quickSearch"><form accept-charset="utf-8"
action="https://forums.unraid.net/search/" method="post">
<input type="search" id="elSearchField" placeholder="Search..." name="q" autocomplete="off" aria-label="Search"><button class="cSearchSubmit" type="submit"
aria-label="Search">
<i class="fa fa-search"></i></button></form></div></div></div></nav></div><main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea">
<div id="ipsLayout_contentWrapper"><nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">${crumbs
  .map(
    (c) => `<li><a
href="https://forums.unraid.net/${c.length}/"><span>${c} <i class="fa fa-angle-right"></i></span></a></li>`,
  )
  .join('')}</ul></nav><div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div
class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4">
<div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>${title}</span></span></h1>
<div class="ipsPageHeader__meta"><div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p
class="ipsType_reset ipsType_blendLinks">
<span class="ipsType_normal">By <a href="https://forums.unraid.net/profile/2210-fennimore/">Fennimore</a>, </span><span
class="ipsType_light ipsType_noBreak"><time
datetime="2025-10-01T08:00:00Z">October 1, 2025</time></span><br></p></div></div></div><ul class="ipsTags ipsList_inline"><li><a href="/tags/parity/"
class="ipsTag"
rel="tag"><span>parity</span></a></li><li><a href="/tags/hba/" class="ipsTag" rel="tag"><span>hba</span></a></li></ul></div><div class="ipsFlex-flex:00">
<div class="ipsFollow ipsPos_middle ipsType_noBreak"><a href="https://forums.unraid.net/login/" title="Go to the sign in page"
class="ipsFollow ipsPos_middle ipsButton
ipsButton_light ipsButton_verySmall ipsButton_disabled"><span>Followers</span></a><a class="ipsCommentCount ipsPos_middle
ipsType_noBreak" href="#">2</a></div></div></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><a
href="https://forums.unraid.net/topic/19377/#replyForm" class="ipsButton ipsButton_medium ipsButton_important ipsButton_fullWidth">Reply to this
topic</a></li><li
class="ipsResponsive_hidePhone"><a href="https://forums.unraid.net/forum/55-general-support/?do=add"
class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth"
rel="nofollow">Start new topic</a></li></ul></div><div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view" data-autopoll="true">
<h2 class="ipsType_sectionTitle ipsType_reset ipsType_medium" data-role="comment_count">Recommended Posts</h2><div data-role="commentFeed"
data-controller="core.front.core.moderation">
${posts.map((p, i) => post(p, i)).join('\n')}</div><div class="ipsAreaBackground ipsPad ipsBox ipsSpacer_top"><div
class="ipsType_center ipsPad cGuestTeaser"><h2
class="ipsType_pageTitle">Create an account or sign in to comment</h2><p class="ipsType_light ipsType_normal ipsType_reset">You need to be a member in order
to leave a comment</p>
<div class="ipsBox ipsPad ipsFlex"><div><h2 class="ipsType_sectionHead">Create an account</h2><p class="ipsType_normal">Sign up for a new account in our
community. It's easy!</p>
<a href="https://forums.unraid.net/register/" class="ipsButton ipsButton_primary ipsButton_small">Register a new account</a></div><div><h2
class="ipsType_sectionHead">Sign in</h2>
<p class="ipsType_normal">Already have an account? Sign in here.</p><a href="https://forums.unraid.net/login/"
class="ipsButton ipsButton_primary ipsButton_small">Sign In Now</a>
</div></div></div></div></div><div class="ipsGrid ipsGrid_collapsePhone ipsPager ipsClearfix ipsSpacer_top ipsContained"><div
class="ipsGrid_span6 ipsType_left ipsPager_prev
ipsPager_center"><a href="https://forums.unraid.net/forum/55-general-support/" title="Go to General
Support" rel="up"><span class="ipsPager_type">Go to topic listing</span></a>
</div></div><div class="ipsWidget ipsWidget_horizontal ipsBox ipsSpacer_top" data-blocktitle="Similar Content"><h3
class="ipsType_reset ipsWidget_title">Similar Content</h3>
<div class="ipsWidget_inner"><ul class="ipsDataList ipsDataList_reducedSpacing">${links(similar, 'ipsDataItem')}</ul></div></div></div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top"
id="elFooterLinks">${links(foot)}</ul>
<p id="elCopyright"><span id="elCopyright_userLine">Copyright © 2025 Lime Technology, Inc.</span> <a rel="nofollow" title="Invision Community"
href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer><div id="elGuestTerms" class="ipsPad_half ipsJS_hide"
data-role="guestTermsBar">
<div class="ipsLayout_container"><div class="ipsFlex ipsFlex-ai:center ipsFlex-jc:between"><div class="ipsFlex-flex:11"><h2
class="ipsType_reset ipsType_large">Important Information</h2>
<p class="ipsType_reset ipsType_medium cGuestTerms_contents">${cookie}</p></div><a href="#"
class="ipsButton ipsButton_veryLight ipsButton_large ipsButton_fullWidth"
data-action="dismissTerms">I accept</a></div></div></div><script
src="https://forums.unraid.net/uploads/javascript_global/root_library.js"></script></body></html>`;
const unraid: TestPage = {
  html,
  name: 'heldout170-unraid-invision-forum',
  kind: 'forum',
  title,
  headings: [],
  // the quote and the code box (log line) are in neither list; the "Edited ... by" line inside the post is a byline
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [
    'Fennimore',
    'Jorunn',
    'October 1, 2025',
    'October 4, 2025',
    'October 12, 2025',
    'By Fennimore,',
    '(edited)',
    'Edited October 1, 2025 by Fennimore',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', ...site, 'Existing user? Sign In', 'Sign Up', ...nav, ...crumbs, 'parity', 'hba', 'Followers', 'Reply to this topic', 'Start new topic',
    'Recommended Posts', 'Posted', 'Members', 'Moderators', '86 posts', '9,114 posts', 'Share', 'Share this post', 'Link to post',
'Create an account or sign in to comment',
    'You need to be a member in order to leave a comment', 'Create an account', "Sign up for a new account in our community. It's easy!",
'Register a new account',
    'Sign in', 'Already have an account? Sign in here.', 'Sign In Now', 'Go to topic listing', 'Similar Content', ...similar, ...foot,
    'Copyright © 2025 Lime Technology, Inc.', 'Powered by Invision Community', 'Important Information', cookie, 'I accept',
  ],
};

export const HELDOUT170_E: readonly TestPage[] = [unraid, codidact];
