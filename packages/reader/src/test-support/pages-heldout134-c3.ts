import { links } from './page-kit.js';
import { type IpPost, ipPosts } from './pages-heldout134-c5.js';

/**
 * Held-out batch 134, file c3: an Invision Community 4.7 topic on an aquarium forum as a guest saves it: the hidden "Jump to
 * content" link, the header with "Existing user? Sign In" and its hidden sign-in menu, the nav bar with hidden secondary
 * bars, the breadcrumb whose last item is the topic title, the page header with the "Solved" badge, tags, "Share" and
 * "Followers", the "By ..., January 9 in Planted Tanks" meta line, the solution box, "Reply to this topic" / "Start new
 * topic", "Recommended Posts", posts with the phone and desktop author panes (group, reputation, post count, location),
 * "Posted" dates, a quote citation, "Edited" lines, signatures, the "Solution" marker, reactions and "Quote" buttons, the
 * guest "Create an account or sign in to comment" box, "Go to topic listing", "Recently Browsing", "Similar Content", the
 * footer and the guest terms bar.
 */
export const ipTitle = 'Cloudy water three weeks after setting up a 120-litre planted tank';
export const ipSignIn = ['Existing user? Sign In', 'Sign In', 'Remember me', 'Not recommended on shared computers', 'Forgot your password?', 'Sign Up'];
export const ipNav = [
  'Browse',
  'Forums',
  'Gallery',
  'Calendar',
  'Guidelines',
  'Staff',
  'Online Users',
  'Leaderboard',
  'Activity',
  'All Activity',
  'Search',
  'Store',
];
export const ipCrumbs = ['Home', 'Forums', 'Freshwater', 'Planted Tanks'];
export const ipTags = ['cloudy water', 'new tank', 'planted'];
export const ipGuest = [
  'Create an account or sign in to comment',
  'You need to be a member in order to leave a comment',
  'Create an account',
  "Sign up for a new account in our community. It's easy!",
  'Register a new account',
  'Sign in',
  'Already have an account? Sign in here.',
  'Sign In Now',
];
export const ipSimilar = [
  ['Milky water after adding new substrate', 'GuppyGran', 'Started November 3, 2024'],
  ['How long did your planted tank take to cycle?', 'weedy_wendy', 'Started August 18, 2024'],
  ['Snails hitchhiking on shop plants: keep or remove?', 'rasbora_rob', 'Started June 2, 2024'],
];
export const ipFooter = ['Language', 'Theme', 'Privacy Policy', 'Contact Us', 'Cookies'];
export const ipTerms = `By using this site, you agree to our Terms of Use, Guidelines and Privacy Policy. We have placed cookies on your device to help make
this website better. You can adjust your cookie settings, otherwise we will assume you are okay to continue.`;
const ipSlug = (u: string): string => u.toLowerCase().replace(/[^a-z]/g, '');
const ipPost = (p: IpPost, i: number): string => `<a id="findComment-${p.id}"></a><a id="comment-${p.id}"></a>
<article id="elComment_${p.id}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing
ipsColumns_collapsePhone${p.solution ? ' ipsComment_solved' : ''}">
<div class="cAuthorPane_mobile ipsResponsive_showPhone"><div class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a
href="/profile/${p.id}-${ipSlug(p.user)}/"
class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/set_resources_1/84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png" alt="${p.user}"
loading="lazy"></a></div></div>
<div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a
href="/profile/${p.id}-${ipSlug(p.user)}/" class="ipsType_break">${p.user}</a></h3><div class="ipsType_light ipsType_reset"><a
href="?do=findComment&amp;comment=${p.id}"
rel="nofollow" class="ipsType_blendLinks">Posted <time datetime="2025-01-09T21:14:00Z" title="01/09/2025 09:14  PM"
data-short="1 mo">${p.date}</time></a></div></div></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3
class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks
ipsType_break"><strong><a href="/profile/${p.id}-${ipSlug(p.user)}/" class="ipsType_break">${p.user}</a></strong></h3><ul
class="cAuthorPane_info ipsList_reset">
<li data-role="photo" class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a class="ipsUserPhoto ipsUserPhoto_large"
href="/profile/${p.id}-${ipSlug(p.user)}/"><img
src="/uploads/set_resources_1/default_photo.png" alt="${p.user}" loading="lazy"></a></div></li>
<li data-role="group">${p.group === 'Moderators' ? `<span style="color:#2a7a4f">${p.group}</span>` : p.group}</li>
<li data-role="reputation-badge"><a href="/profile/${p.id}/reputation/"><span class="ipsRepBadge ipsRepBadge_positive"><i class="fa fa-plus-circle"></i>
${p.rep}</span></a></li>
<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats">
<li><a href="/profile/${p.id}/content/" title="${p.posts} posts" data-ipstooltip class="ipsType_blendLinks"><i class="fa fa-comment"></i>
${p.posts}</a></li></ul></li>
<li data-role="custom-field" class="ipsResponsive_hidePhone ipsType_break"><span class="ft">Location:</span><span class="fc">${p.loc}</span></li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-${p.id}_wrap" data-controller="core.front.core.comment" data-commentapp="forums"
data-commenttype="forums" data-commentid="${p.id}" data-quotedata="{&quot;userid&quot;:${i + 20},&quot;username&quot;:&quot;${p.user}&quot;}"
class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div
class="ipsType_light ipsType_reset ipsType_blendLinks
ipsComment_toolWrap"><ul class="ipsList_reset ipsComment_tools"><li><a href="/topic/18273-cloudy-water/?do=findComment&amp;comment=${p.id}" data-ipstooltip
title="Share this post" data-ipsmenu data-ipsmenu-closeonclick="false" class="ipsType_blendLinks">#${i + 1}</a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone">${
  p.solution
    ? `<strong class="ipsComment_solvedBadge ipsType_positive"><i class="fa fa-check-circle"></i>
Solution</strong> `
    : ''
}<a
href="?do=findComment&amp;comment=${p.id}" rel="nofollow" class="ipsType_blendLinks">Posted <time datetime="2025-01-09T21:14:00Z" title="01/09/2025 09:14  PM"
data-short="1 mo">${p.date}</time></a></div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained"
data-controller="core.front.core.lightboxedImages">
${
  p.quote
    ? `<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic"
data-ipsquote-contentcommentid="210442"
data-ipsquote-contentid="18273" data-ipsquote-contenttype="forums" data-ipsquote-timestamp="1736457240" data-ipsquote-userid="22"
data-ipsquote-username="Tomasz W">
<div class="ipsQuote_citation">${p.quote[0]}</div><div class="ipsQuote_contents ipsClearfix" data-gramm="false"><p>${p.quote[1]}</p></div></blockquote>`
    : ''
}
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
${p.edited ? `<p><span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote><strong>${p.edited}</strong></span></p>` : ''}
</div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix "><div class="ipsReact ipsPos_right">
${
  p.react
    ? `<div class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span data-ipstooltip
title="Thanks"><span><img
src="/uploads/reactions/react_thanks.png" alt="Thanks" loading="lazy"></span><span>${p.react}</span></span></li></ul></div>`
    : ''
}</div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li data-ipsquote-editor="topic_comment"
data-ipsquote-target="#comment-${p.id}"
class="ipsJS_show"><button class="ipsButton ipsButton_light ipsButton_verySmall ipsButton_narrow cMultiQuote ipsHide" data-action="multiQuoteComment"
data-ipstooltip
data-ipsquote-multiquote data-mqid="mq${p.id}" title="MultiQuote"><i class="fa fa-plus"></i></button></li><li data-ipsquote-editor="topic_comment"
data-ipsquote-target="#comment-${p.id}" class="ipsJS_show"><a href="#" data-action="quoteComment" data-ipsquote-singlequote>Quote</a></li></ul></div>
${
  p.sig
    ? `<div data-role="memberSignature" class="ipsResponsive_hidePhone ipsMargin_top"><div class="ipsType_light ipsType_medium ipsType_richText ipsType_break"
data-ipslazyload><p>${p.sig}</p></div></div>`
    : ''
}</div></div></div></article>`;
export const ipHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>${ipTitle} - Planted Tanks - Riverbed Aquarists</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${ipTitle}"><meta property="og:type" content="website">
<meta property="og:site_name" content="Riverbed Aquarists"><meta name="description"
content="Hi all, first planted tank here. I set up a 120-litre tank three weeks ago...">
<meta property="og:url" content="https://riverbedaquarists.example/topic/18273-cloudy-water-three-weeks-after-setting-up-a-120-litre-planted-tank/">
<link rel="canonical" href="https://riverbedaquarists.example/topic/18273-cloudy-water-three-weeks-after-setting-up-a-120-litre-planted-tank/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","name":"${ipTitle}",
"headline":"${ipTitle}","dateCreated":"2025-01-09T19:02:44+0000",
"author":{"@type":"Person","name":"FernAndFin"},"interactionStatistic":[
{"@type":"InteractionCounter","interactionType":"http://schema.org/ViewAction","userInteractionCount":1388},
{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":4}]}</script>
<link rel="stylesheet" href="https://riverbedaquarists.example/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=2f1b0c7e251736" media="all">
<link rel="stylesheet" href="https://riverbedaquarists.example/uploads/css_built_1/forums_front_topics.css?v=2f1b0c7e251736" media="all">
<script>var ipsDebug = false; var ipsSettings = {"baseURL":"https:\\/\\/riverbedaquarists.example\\/","language":1,"memberID":0};</script></head>
<body class="ipsApp ipsApp_front ipsJS_has ipsClearfix ipsApp_noTouch" data-controller="core.front.core.app" data-pageapp="forums" data-pagelocation="front"
data-pagemodule="forums" data-pagecontroller="topic" data-pageid="18273" itemscope itemtype="https://schema.org/WebSite">
<a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container"><a href="https://riverbedaquarists.example/" id="elLogo"
accesskey="1"><img
src="https://riverbedaquarists.example/uploads/monthly_2023_04/logo.png" alt="Riverbed Aquarists"></a><ul id="elUserNav"
class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
<li id="elSignInLink"><a href="/login/" data-ipsmenu-closeonclick="false" data-ipsmenu id="elUserSignIn">${ipSignIn[0]} &nbsp;<i
class="fa fa-caret-down"></i></a>
<div id="elUserSignIn_menu" class="ipsMenu ipsMenu_auto ipsHide"><form accept-charset="utf-8" method="post" action="/login/"><h4
class="ipsType_sectionHead">${ipSignIn[1]}</h4>
<input type="email" placeholder="Email Address" name="auth"><input type="password" placeholder="Password" name="password"><span class="ipsCustomInput">
<input type="checkbox" name="remember_me" id="remember_me_checkbox" value="1" checked></span><label for="remember_me_checkbox">${ipSignIn[2]}</label>
<p class="ipsType_light ipsType_small">${ipSignIn[3]}</p><a href="/lostpassword/">${ipSignIn[4]}</a><button type="submit"
class="ipsButton ipsButton_primary">${ipSignIn[1]}</button>
</form></div></li><li><a href="/register/" class="ipsButton ipsButton_normal ipsButton_primary"
id="elRegisterButton">${ipSignIn[5]}</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div
class="ipsNavBar_primary ipsLayout_container ipsNavBar_noSubBars">
<ul data-role="primaryNavBar" class="ipsClearfix"><li id="elNavSecondary_1" data-role="navBarItem" data-navapp="core" data-navext="CustomItem"><a
href="/">${ipNav[0]}</a>
<ul class="ipsNavBar_secondary ipsHide" data-role="secondaryNavBar">${links(ipNav.slice(1, 8), 'ipsNavBar_active')}</ul></li><li id="elNavSecondary_2"
data-role="navBarItem">
<a href="/discover/">${ipNav[8]}</a><ul class="ipsNavBar_secondary ipsHide" data-role="secondaryNavBar">${links(ipNav.slice(9, 11))}</ul></li>
<li id="elNavSecondary_3" data-role="navBarItem"><a href="/store/">${ipNav[11]}</a></li></ul><div id="elSearchWrapper"><div id="elSearch"
data-controller="core.front.core.quickSearch">
<form accept-charset="utf-8" action="/search/?do=quicksearch" method="post"><input type="search" id="elSearchField" placeholder="Search..." name="q"
autocomplete="off"
aria-label="Search"></form></div></div></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul class="ipsList_inline ipsPos_right"><li><a data-ipstooltip class="ipsType_light"
href="/discover/"
title="All Activity"><i class="fa fa-newspaper-o"></i> <span>All Activity</span></a></li></ul><ul
data-role="breadcrumbList">${links(ipCrumbs)}<li>${ipTitle}</li></ul></nav>
<div id="ipsLayout_mainArea"><a id="elContent"></a><div class="ipsSpacer_both ipsSpacer_half"><ul
class="ipsList_inline ipsType_center ipsList_reset ipsList_noSpacing">
<li class="ipsAdvertisement"><a
href="https://riverbedaquarists.example/index.php?app=core&amp;module=system&amp;controller=redirect&amp;do=advertisement&amp;ad=4" target="_blank"
rel="nofollow noopener"><img src="https://riverbedaquarists.example/uploads/monthly_2024_11/banner_substrate.jpg" alt="advertisement_alt"
class="ipsImage ipsContained"></a></li></ul></div>
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div
class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4">
<div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span><span class="ipsBadge ipsBadge_icon ipsBadge_positive" data-ipstooltip
title="Solved"><i
class="fa fa-check"></i></span></span> <span class="ipsType_break ipsContained"><span>${ipTitle}</span></span></h1>
<ul class="ipsTags ipsList_inline">${ipTags
  .map(
    (t) => `<li><a href="/tags/${encodeURIComponent(t)}/" class="ipsTag"
rel="tag"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="ipsFlex-flex:01 ipsResponsive_hidePhone"><div class="ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap:3 ipsGap_row:0"><div class="ipsShareLinks">
<a href="#elShareItem_menu" id="elShareItem" data-ipsmenu class="ipsButton ipsButton_veryLight ipsButton_verySmall ipsButton_narrow"><i
class="fa fa-share-alt"></i> Share</a></div>
<div data-followapp="forums" data-followarea="topic" data-followid="18273" data-controller="core.front.core.followButton"><a href="/login/" rel="nofollow"
class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall ipsButton_disabled" data-role="followButton" data-ipstooltip
title="Sign in to follow this">
<span>Followers</span> <span class="ipsCommentCount">2</span></a></div></div></div></div><hr class="ipsHr">
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><div
class="ipsPhotoPanel ipsPhotoPanel_mini
ipsPhotoPanel_notPhone ipsClearfix"><a href="/profile/311-fernandfin/" class="ipsUserPhoto ipsUserPhoto_mini"><img
src="/uploads/set_resources_1/default_photo.png" alt="FernAndFin"></a>
<div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By <a href="/profile/311-fernandfin/" class="ipsType_break">FernAndFin</a>,
</span>
<span class="ipsType_light"><time datetime="2025-01-09T19:02:44Z" title="01/09/2025 07:02  PM" data-short="2 mo">January 9</time> in <a
href="/forum/14-planted-tanks/">Planted Tanks</a></span>
</p></div></div></div></div></div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsMargin_bottom cTopicSolution"><span class="ipsType_light">Solved by <a href="/profile/22-tomaszw/">Tomasz
W</a></span>
<a href="?do=findComment&amp;comment=210442" class="ipsButton ipsButton_light ipsButton_small">Go to solution</a></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><span
data-controller="forums.front.topic.reply">
<a href="#replyForm" rel="nofollow" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth" data-action="replyToTopic">Reply to this
topic</a></span></li>
<li class="ipsResponsive_hidePhone"><a href="/forum/14-planted-tanks/?do=add" rel="nofollow"
class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth"
title="Start a new topic in this forum">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-autopoll
data-baseurl="/topic/18273/"
data-lastpage data-feedid="topic-18273" class="cTopic ipsClear ipsSpacer_top"><h2 class="ipsType_sectionTitle ipsType_reset ipsType_medium"
data-role="comment_count">Recommended Posts</h2>
<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_reset">
${ipPosts.map(ipPost).join('\n')}
</div></div>
<a id="replyForm"></a><div data-role="replyArea" class="cTopicPostArea ipsBox ipsResponsive_pull ipsPadding cTopicPostArea_noSize ipsSpacer_top"><div
class="cGuestTeaser">
<h2 class="ipsType_pageTitle">${ipGuest[0]}</h2><p class="ipsType_normal ipsType_reset">${ipGuest[1]}</p><div class="ipsBox ipsPad ipsSpacer_top"><div
class="ipsGrid ipsGrid_collapsePhone">
<div class="ipsGrid_span6 cGuestTeaser_left"><h2 class="ipsType_sectionHead">${ipGuest[2]}</h2><p
class="ipsType_normal ipsType_reset ipsType_light ipsSpacer_bottom">${ipGuest[3]}</p>
<a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">${ipGuest[4]}</a></div><div class="ipsGrid_span6 cGuestTeaser_right"><h2
class="ipsType_sectionHead">${ipGuest[5]}</h2>
<p class="ipsType_normal ipsType_reset ipsType_light ipsSpacer_bottom">${ipGuest[6]}</p><a href="/login/"
class="ipsButton ipsButton_primary ipsButton_small">${ipGuest[7]}</a></div>
</div></div></div></div>
<div class="ipsGrid ipsGrid_collapsePhone ipsPager ipsClearfix ipsSpacer_top ipsContained"><div class="ipsGrid_span6 ipsType_left ipsPager_prev"><a
href="/forum/14-planted-tanks/"
title="Go to Planted Tanks" rel="parent"><span class="ipsPager_type">Go to topic listing</span></a></div></div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsSpacer_top"><h2 class="ipsType_reset ipsType_minorHeading ipsSpacer_bottom">Recently Browsing <span
class="ipsType_light">&nbsp;
0 members </span></h2><p class="ipsType_reset ipsType_medium ipsType_light">No registered users viewing this page.</p></div>
<div class="ipsWidget ipsWidget_horizontal ipsBox ipsResponsive_pull"><h3 class="ipsWidget_title ipsType_reset">Similar Content</h3><div
class="ipsWidget_inner"><ul class="ipsDataList">
${ipSimilar
  .map(
    (s) => `<li class="ipsDataItem"><div class="ipsDataItem_main"><h4 class="ipsDataItem_title ipsContained_container"><a href="/topic/1/">${s[0]}</a></h4>
<p class="ipsType_reset ipsType_medium ipsType_light">By <a href="/profile/1/">${s[1]}</a></p><p class="ipsType_reset ipsType_light">${s[2]}</p></div></li>`,
  )
  .join('\n')}</ul></div></div>
</div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top"
id="elFooterLinks">${links(ipFooter)}</ul>
<p id="elCopyright"><span id="elCopyright_userLine">Riverbed Aquarists</span> <a rel="nofollow" title="Invision Community"
href="https://invisioncommunity.example/">Powered by Invision
Community</a></p></div></footer>
<div id="elGuestTerms" class="ipsPad_half" data-role="guestTermsBar" data-controller="core.front.core.guestTerms"><div
class="ipsLayout_container cGuestTerms"><div class="ipsGrid
ipsGrid_collapsePhone"><div class="ipsGrid_span10 cGuestTerms_contents"><h2 class="ipsType_sectionHead">Important Information</h2><p
class="ipsType_reset ipsType_medium
cGuestTerms_contents">${ipTerms}</p></div><div class="ipsGrid_span2 cGuestTerms_button"><a href="?do=guestTerms"
class="ipsButton ipsButton_veryLight ipsButton_large
ipsButton_fullWidth" data-action="dismissTerms"><i class="fa fa-check"></i>&nbsp; I accept</a></div></div></div></div>
<script src="https://riverbedaquarists.example/uploads/javascript_global/root_library.js?v=2f1b0c7e251736" data-ips></script></body></html>`;
