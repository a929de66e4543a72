import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 22, file c2: a topic on an Invision Community 4.7 forum seen by a guest (the "Existing user? Sign In / Sign
 * Up" bar, logo, primary nav with its secondary row, breadcrumb ending in the topic title, the page header with "By ..., date
 * in forum", tags, "Followers", "Reply to this topic" / "Start new topic", "Recommended Posts", four posts each with the author
 * pane (group, post count, location), "Posted" date, share and report links, reactions and signature, a reply with an
 * ipsQuote of an earlier post, the "Create an account or sign in to comment" box, "Go to topic listing", "Recently
 * Browsing", the footer and the cookie notice).
 */
const ipTitle = 'Weathering 3D-printed slate wagons: what actually sticks to resin?';
const ipForum = '3D Printing & Resin';
const ipP1 = [
  'I have printed a rake of twelve slate wagons in grey ABS-like resin, and I am stuck on the weathering. Acrylic washes bead up ' +
    'on the surface, and the weathering powders I normally use on plastic kits simply wipe off as soon as I handle the wagons.',
  'I washed them in IPA and cured them for four minutes each side, as the resin maker recommends. Should I be priming first, and ' +
    'if so, with what? I would rather not lose the fine rivet detail on the end plates.',
];
const ipP2 = [
  'Priming is the answer, but in thin coats. Fully cured resin is very smooth and slightly oily, so nothing grips it. I use a ' +
    'rattle can of grey automotive primer from about 30 cm away, two quick passes, and the rivets survive fine.',
  'Before priming, give them a scrub with an old toothbrush and warm water with a drop of washing-up liquid. Any uncured resin ' +
    'left in the corners will stop the primer curing properly and stay tacky for weeks.',
];
const ipQuoted = 'Fully cured resin is very smooth and slightly oily, so nothing grips it.';
const ipP3 = [
  'Agree with all of this. One more trick: after priming, a coat of matt varnish before the powders gives them something to bite ' +
    'into. Then seal with another light coat of matt varnish at the end, or the powders will rub off the corners the first time ' +
    'the wagons go back into a storage box.',
  'For slate wagons in particular, do not forget the inside. Real wagons were filthy with slate dust, which is a pale blue-grey ' +
    "rather than black. A dry brush of Payne's grey mixed with white gets very close.",
];
const ipP4 = [
  'Thank you both. I primed six of them at the weekend with the automotive primer and the difference is night and day: the ' +
    'washes stay where I put them now. The varnish sandwich for the powders worked too. Photos to follow when the rest are done.',
];
const ipNav = ['Browse', 'Forums', 'Gallery', 'Calendar', 'Guidelines', 'Staff', 'Online Users', 'Activity', 'Search'];
const ipSub = ['Forums', 'Gallery', 'Calendar', 'Guidelines', 'Staff', 'Online Users'];
const ipCrumbs = ['Home', 'Forums', 'Modelling', ipForum];
const ipTags = ['3d printing', 'weathering', 'resin'];
const ipSigs = ['Modelling the Croesor Tramway in 009, circa 1930.', 'Gwynant Quarry: 16 mm scale, live steam, far too many wagons.'];
const ipFoot = ['Theme', 'Contact Us', 'Privacy Policy', 'Cookies'];
const ipCookie =
  'We have placed cookies on your device to help make this website better. ' +
  "You can adjust your cookie settings, otherwise we'll assume you're okay to continue.";
type Author = { name: string; id: number; group: string; posts: string; loc: string; sig: number };
const gareth: Author = { name: 'Gareth Pryce', id: 1182, group: 'Members', posts: '214 posts', loc: 'Location: Blaenau Ffestiniog', sig: 0 };
const mair: Author = { name: 'Mair Roberts', id: 77, group: 'Moderators', posts: '3,906 posts', loc: 'Location: Beddgelert', sig: 1 };
const dafydd: Author = { name: 'Dafydd Lloyd', id: 2410, group: 'Members', posts: '58 posts', loc: 'Location: Bala', sig: -1 };
const ipPost = (cid: number, a: Author, iso: string, date: string, html: string, reacts: string): string => `<article id="elComment_${cid}"
 class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<div class="cAuthorPane_mobile ipsResponsive_showPhone"><strong><a href="/profile/${a.id}-${a.name.toLowerCase().replace(' ', '-')}/"
 class="ipsType_break">${a.name}</a></strong></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3 class="ipsType_sectionHead cAuthorPane_author
 ipsType_blendLinks ipsType_break"><strong><a href="/profile/${a.id}/" data-ipshover class="ipsType_break">${a.name}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo"><a href="/profile/${a.id}/" class="ipsUserPhoto
 ipsUserPhoto_large"><img src="/uploads/monthly_2024_11/photo-${a.id}.thumb.jpg" alt="${a.name}" loading="lazy"></a></li>
<li data-role="group">${a.group}</li><li class="ipsResponsive_hidePhone ipsType_break">${a.posts}</li>
<li class="ipsResponsive_hidePhone ipsType_break">${a.loc}</li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none">
<div id="comment-${cid}_wrap" data-controller="core.front.core.comment" class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><ul class="ipsList_reset ipsComment_tools">
<li><a href="/topic/40611-x/?do=reportComment&amp;comment=${cid}" class="ipsButton ipsButton_veryLight ipsButton_verySmall">Report post</a></li>
<li><a href="/topic/40611-x/?do=findComment&amp;comment=${cid}" data-ipsmenu class="ipsType_blendLinks">Share</a></li></ul>
<div class="ipsType_reset ipsType_medium ipsType_light ipsType_blendLinks"><a href="/topic/40611-x/?do=findComment&amp;comment=${cid}" rel="nofollow"
 class="ipsType_blendLinks">Posted <time datetime="${iso}" title="${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)} "
 data-short="1 yr">${date}</time></a></div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained"
 data-controller="core.front.core.lightboxedImages">${html}</div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact ipsPos_right">
<ul class="ipsReact_reactions">${reacts}</ul></div></div></div>
${
  a.sig < 0
    ? ''
    : `<div data-role="memberSignature" class="ipsResponsive_hidePhone ipsMargin_top"><div class="ipsType_reset ipsType_light ipsType_blendLinks">
<div class="ipsType_richText ipsContained ipsType_medium" data-ipslazyload><p>${ipSigs[a.sig]}</p></div></div></div>`
}</div></div></div></article>`;
const react = (n: number, t: string): string => `<li class="ipsReact_reactCount"><span><img src="/reactions/react_${t.toLowerCase()}.png" alt="${t}"
 loading="lazy"></span><span>${n}</span></li>`;
const ipP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const ipQuoteBlock = `<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic"
 data-ipsquote-contentcommentid="512930" data-ipsquote-contentid="40611" data-ipsquote-contenttype="forums" data-ipsquote-timestamp="1741545610"
 data-ipsquote-userid="77" data-ipsquote-username="Mair Roberts"><div class="ipsQuote_citation">On 09/03/2025 at 18:40, Mair Roberts said:</div>
<div class="ipsQuote_contents ipsClearfix" data-gramm="false"><p>${ipQuoted}</p></div></blockquote>`;
const ipTagList = ipTags.map((t) => `<li><a href="/tags/${t}/" class="ipsTag" rel="tag"><span>${t}</span></a></li>`).join('');
const ipHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>${ipTitle.replace('&', '&amp;')} - ${ipForum.replace('&', '&amp;')} - Narrow Lines Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="website"><meta property="og:title" content="${ipTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${ipTitle}","commentCount":3,
"author":{"@type":"Person","name":"Gareth Pryce"},"datePublished":"2025-03-09T14:22:10+0000"}</script>
<script>var ipsDebug = false; var ipsSettings = {cookie_path: "/", cookie_prefix: "ips4_", cookie_ssl: true, upload_imgURL: "", message_imgURL: ""};</script>
</head><body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-message="" data-pageapp="forums"
 data-pagelocation="front" data-pagemodule="forums" data-pagecontroller="topic" data-pageid="40611">
<a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container ipsFlex ipsFlex-ai:center ipsFlex-jc:between">
<a href="/" id="elLogo" accesskey="1"><img src="/uploads/monthly_2023_05/logo.png" alt="Narrow Lines Forum"></a>
<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
<li id="elSignInLink"><a href="/login/" data-ipsmenu>Existing user? Sign In</a></li>
<li><a href="/register/" class="ipsButton ipsButton_primary">Sign Up</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container">
<ul data-role="primaryNavBar" class="ipsClearfix">${links(ipNav)}</ul></div>
<div class="ipsNavBar_secondary ipsHide"><ul>${links(ipSub)}</ul></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">${links(ipCrumbs)}
<li>${ipTitle}</li></ul><ul class="ipsList_inline ipsPos_right"><li><a href="/discover/">All Activity</a></li></ul></nav>
<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container">
<span class="ipsType_break ipsContained"><span>${ipTitle}</span></span></h1></div><div class="ipsFlex-flex:00 ipsType_light">
<div data-followapp="forums" data-followarea="topic" data-followid="40611" data-controller="core.front.core.followButton">
<a href="/login/" class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall" data-role="followButton">
<span>Followers</span> <span class="ipsCommentCount">3</span></a></div></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsPhotoPanel ipsPhotoPanel_mini">
<div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By <strong><a href="/profile/1182/">Gareth Pryce</a></strong>,</span>
<span class="ipsType_light"><time datetime="2025-03-09T14:22:10Z" title="09/03/2025 14:22 " data-short="1 yr">March 9, 2025</time> in
<a href="/forum/41-3d-printing-resin/">${ipForum.replace('&', '&amp;')}</a></span></p></div></div>
<ul class="ipsTags ipsList_inline">${ipTagList}</ul></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction">
<a href="#replyForm" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></li>
<li><a href="/forum/41-3d-printing-resin/?do=add" class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view" data-baseurl="/topic/40611-x/" data-feedid="topic-40611">
<h2 class="ipsType_sectionTitle ipsType_reset ipsType_medium">Recommended Posts</h2>
${ipPost(512903, gareth, '2025-03-09T14:22:10Z', 'March 9, 2025', ipP(ipP1), '')}
${ipPost(512930, mair, '2025-03-09T18:40:10Z', 'March 9, 2025', ipP(ipP2), react(4, 'Like') + react(2, 'Thanks'))}
${ipPost(512977, dafydd, '2025-03-10T08:05:44Z', 'March 10, 2025', ipQuoteBlock + ipP(ipP3), react(3, 'Like'))}
${ipPost(513120, gareth, '2025-03-12T21:13:02Z', 'March 12, 2025', ipP(ipP4), react(1, 'Like'))}</div>
<a id="replyForm"></a><div class="ipsAreaBackground_reset ipsPadding"><div class="ipsType_center ipsPad cGuestTeaser">
<h2 class="ipsType_pageTitle">Create an account or sign in to comment</h2><p class="ipsType_light ipsType_normal ipsType_reset">You need to be a member in order
 to leave a comment</p><div class="ipsBox ipsPadding ipsFlex ipsGap:3"><div><h2 class="ipsType_sectionHead">Create an account</h2>
<p class="ipsType_normal ipsType_reset ipsType_light">Sign up for a new account in our community. It's easy!</p>
<a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">Register a new account</a></div><div><h2 class="ipsType_sectionHead">Sign in</h2>
<p class="ipsType_normal ipsType_reset ipsType_light">Already have an account? Sign in here.</p>
<a href="/login/" class="ipsButton ipsButton_primary ipsButton_small">Sign In Now</a></div></div></div></div>
<div class="ipsResponsive_noFloat ipsResponsive_showPhone">
<a href="/forum/41-3d-printing-resin/" class="ipsButton ipsButton_light">Go to topic listing</a></div>
<div class="ipsWidget ipsWidget_horizontal ipsBox ipsMargin_top" data-blockid="app_core_whosOnline"><h2 class="ipsType_reset ipsWidget_title">Recently Browsing
<span class="ipsType_light ipsType_unbold ipsType_medium">0 members</span></h2><div class="ipsWidget_inner ipsPad">
<span class="ipsType_reset ipsType_medium ipsType_light">No registered users viewing this page.</span></div></div></div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center">${links(ipFoot)}</ul>
<p id="elCopyright"><span id="elCopyright_userLine">© Narrow Lines Forum 2006-2025</span>
<a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.example/">Powered by Invision Community</a></p></div></footer>
<div id="elGuestTerms" class="ipsPad_half ipsJS_hide" data-role="guestTermsBar"><div class="ipsLayout_container"><h2 class="ipsType_sectionHead">
Important Information</h2><p class="ipsType_reset ipsType_medium cGuestTerms_contents">${ipCookie}</p>
<a href="/index.php?app=core&amp;module=system&amp;controller=terms&amp;do=dismiss"
 class="ipsButton ipsButton_small ipsButton_veryLight">I accept</a></div></div>
</body></html>`;
export const ipsTopic: TestPage = {
  html: ipHtml,
  name: 'heldout22-invision-community-topic',
  kind: 'forum',
  // the opening post and the three replies are the article: body; the quoted sentence in the third post repeats the second
  // post word for word (in neither list); the quote's "On ..., Mair Roberts said:" line is an author line: a byline, as are
  // the posters' names and the dates ("Gareth Pryce" and "March 9, 2025" once each; "By", "Posted" and "in" in neither);
  // signatures, author panes (group, post count, location), reactions, "Report post", "Share", the page header's
  // followers, tags and forum link, the topic buttons, "Recommended Posts", the guest sign-up box, "Recently Browsing",
  // breadcrumbs (their last item is the title: in neither), nav, footer and the cookie notice are furniture
  title: ipTitle,
  headings: [],
  body: [...texts(ipP1), ...texts(ipP2), ...texts(ipP3), ...texts(ipP4)],
  bylines: ['Gareth Pryce', 'March 9, 2025', 'Mair Roberts', 'On 09/03/2025 at 18:40, Mair Roberts said:', 'Dafydd Lloyd', 'March 10, 2025', 'March 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Existing user? Sign In', 'Sign Up', ...ipNav, 'Home', 'Modelling', ipForum, 'All Activity', 'Followers', ...ipTags,
    'Reply to this topic', 'Start new topic', 'Recommended Posts', 'Members', '214 posts', 'Location: Blaenau Ffestiniog', 'Moderators', '3,906 posts',
    'Location: Beddgelert', '58 posts', 'Location: Bala', 'Report post', 'Share', ...ipSigs, 'Create an account or sign in to comment',
    'You need to be a member in order to leave a comment', 'Create an account', "Sign up for a new account in our community. It's easy!",
    'Register a new account', 'Sign in', 'Already have an account? Sign in here.', 'Sign In Now', 'Go to topic listing', 'Recently Browsing', '0 members',
    'No registered users viewing this page.', ...ipFoot, '© Narrow Lines Forum 2006-2025', 'Powered by Invision Community', 'Important Information', ipCookie,
    'I accept',
  ],
};
