import { links, ps, type TestPage, texts } from './page-kit.js';
import { smf } from './pages-heldout258-c2.js';
import { j, lis, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file c: an Invision Community 4.7 topic on a motorcycle owners' club (site title, guest user nav,
 * primary nav bar, breadcrumb with All Activity, ipsPageHeader with tags, "By ... in ..." meta, Share and Followers buttons,
 * Recommended Posts, cAuthorPane with group, post count and a custom field, "Posted" dates, reactions and Quote controls,
 * the "Create an account or sign in to comment" box, Recently Browsing, the cookie notice and the footer) and, from file c2,
 * an SMF 2.1 topic.
 */
const iTitle = 'Winter storage checklist for the Varro 650 (what I do every November)';
const iP1 = [
  j(
    'Every autumn somebody asks what to do with their bike over the winter, so here is the list I have refined over six winters with',
    'my 650. It assumes an unheated garage and about four months off the road. Corrections welcome.',
  ),
];
const iList = [
  'Change the oil and filter before storage, not after. Used oil is acidic and sits against the bearings all winter.',
  'Fill the tank to the brim and add fuel stabiliser, then run the engine for five minutes so treated fuel reaches the injectors.',
  'Clean the chain, lube it, and wash the whole bike so road salt is not left on the frame.',
  'Put the battery on a smart charger, or take it indoors if the garage drops well below freezing.',
  'Inflate the tyres to the upper end of the range and use a rear paddock stand so the tyres are not flat-spotted.',
  'Plug the exhaust outlet with a rag (and tie a tag to the key so you remember to take it out).',
];
const iP2 = [
  j(
    'In spring, reverse it: check tyre pressures, remove the exhaust plug, refit the charged battery, check the brake fluid level, and',
    'take the first ride gently until the tyres are warm.',
  ),
];
const iR1 = [
  j(
    'Great list. The only thing I would add is the cooling system. If your coolant is more than two years old, change it before winter,',
    'because the antifreeze protection weakens with age and a cracked water pump housing on this engine is an expensive repair.',
  ),
  'I also put a small bag of silica gel under the seat. It sounds silly but it stopped the mildew smell I used to get on the seat foam.',
];
const iR2 = [
  j(
    'Thanks for putting this together. Quick question on the fuel: the manual for the 2021 model says to drain the tank for long',
    'storage. Is a full tank with stabiliser really better?',
  ),
];
const iR3 = [
  j(
    'For four months, yes. A full tank leaves no room for condensation, so the inside of the tank does not rust, and modern stabiliser',
    'keeps the fuel fresh for much longer than a winter. Draining makes sense if you are laying the bike up for a year or more.',
  ),
];
type IPost = { id: number; user: string; group: string; posts: string; bike: string; date: string; likes: string; paras: string };
const iPosts: IPost[] = [
  {
    id: 98812,
    user: 'Hedda Linn',
    group: 'Club Members',
    posts: '311',
    bike: 'Bike: 2019 Varro 650 Tourer',
    date: 'October 14, 2025',
    likes: '18',
    paras: `${ps(iP1)}\n<ol>\n${lis(iList)}\n</ol>\n${ps(iP2)}`,
  },
  {
    id: 98830,
    user: 'Rufus Tamblyn',
    group: 'Technical Team',
    posts: '4,871',
    bike: 'Bike: 2016 Varro 650 Sport',
    date: 'October 14, 2025',
    likes: '9',
    paras: ps(iR1),
  },
  { id: 98877, user: 'newrider_cass', group: 'Club Members', posts: '27', bike: 'Bike: 2021 Varro 650', date: 'October 16, 2025', likes: '1', paras: ps(iR2) },
  {
    id: 98881,
    user: 'Hedda Linn',
    group: 'Club Members',
    posts: '311',
    bike: 'Bike: 2019 Varro 650 Tourer',
    date: 'October 16, 2025',
    likes: '4',
    paras: ps(iR3),
  },
];
const iPost = (p: IPost): string => `<article id="elComment_${p.id}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear
ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone"><aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="/profile/${p.id % 700}-member/"
data-ipsHover class="ipsType_break">${p.user}</a></strong></h3><ul class="cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo">
<a href="/profile/${p.id % 700}-member/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/monthly_2025_10/photo-${p.id}.thumb.jpg"
alt="${p.user}" loading="lazy"></a></li><li data-role="group">${p.group}</li><li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light
ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats"><li><a href="/profile/${p.id % 700}-member/content/" title="${p.posts} posts"
class="ipsType_blendLinks"><i class="fa fa-comment"></i> ${p.posts}</a></li></ul></li>
<li data-role="custom-field" class="ipsResponsive_hidePhone ipsType_break">${p.bike}</li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-${p.id}_wrap" data-controller="core.front.core.comment" data-commentApp="forums"
data-commentType="forums" data-commentID="${p.id}" class="ipsComment_content ipsType_medium"><div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center
ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap">
<ul class="ipsList_reset ipsComment_tools">
<li><a href="/topic/1182-winter-storage/?do=findComment&amp;comment=${p.id}" data-ipsTooltip title="Share this post" class="ipsType_blendLinks">
<i class="fa fa-share-alt"></i></a></li></ul></div><div class="ipsType_reset ipsResponsive_hidePhone">
<a href="/topic/1182-winter-storage/?do=findComment&amp;comment=${p.id}"
class="ipsType_blendLinks" rel="nofollow">Posted <time datetime="2025-10-14T18:22:41Z" title="10/14/2025 06:22  PM" data-short="1 yr">${p.date}</time></a>
</div></div><div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained"
data-controller="core.front.core.lightboxedImages">
${p.paras}
</div><div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix ">
<div class="ipsReact ipsPos_right">
<div class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span data-ipsTooltip title="Like">
<span><img src="/uploads/reactions/react_thanks.png" alt="Like" loading="lazy"></span><span>${p.likes}</span></span></li></ul></div></div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li data-ipsQuote-editor="topic_comment" class="ipsJS_show">
<a href="#" data-action="quoteComment" data-ipsQuote-singleQuote>Quote</a></li></ul></div></div></div></div></article>`;
const iNav = ['Browse', 'Forums', 'Clubs', 'Gallery', 'Calendar', 'Activity', 'Leaderboard'];
const iTags = ['winter-storage', 'owners-tips', 'maintenance'];
const iHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>${iTitle} - Technical - Varro Owners Club</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${iTitle}">
<meta property="og:type" content="website"><meta property="og:site_name" content="Varro Owners Club"><meta property="og:locale" content="en_GB">
<meta name="description" content="Every autumn somebody asks what to do with their bike over the winter, so here is the list I have refined.">
<meta name="keywords" content="winter-storage, owners-tips, maintenance">
<link rel="canonical" href="https://www.varroowners.example/topic/1182-winter-storage/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","name":"${iTitle}","headline":"${iTitle}",
"text":"Every autumn somebody asks what to do with their bike over the winter","dateCreated":"2025-10-14T18:22:41+0000",
"datePublished":"2025-10-14T18:22:41+0000",
"author":{"@type":"Person","name":"Hedda Linn"},"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":3}]}</script>
<script>var ipsDebug = false; var ipsSettings = {cookie_path:"/",cookie_prefix:"ips4_",cookie_ssl:true,upload_imgURL:"",message_imgURL:"",
notification_imgURL:"",
baseURL:"https://www.varroowners.example/",jsURL:"https://www.varroowners.example/applications/core/interface/js/js.php"};</script>
<link rel="stylesheet" href="/uploads/css_built_1/framework.css?v=a1b2c3" media="all"></head>
<body class="ipsApp ipsApp_front ipsJS_has ipsClearfix ipsApp_noTouch" data-controller="core.front.core.app" data-pageApp="forums" data-pageLocation="front"
data-pageModule="forums" data-pageController="topic" data-pageID="1182"><a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page"
accesskey="m">Jump to content</a><div id="ipsLayout_header" class="ipsClearfix"><div class="ipsMessage ipsMessage_information ipsCookieMessage"
data-role="cookieMessage"><h4 class="ipsType_sectionHead">Important Information</h4>
<p class="ipsType_reset">We have placed cookies on your device to help make this
website better. You can adjust your cookie settings, otherwise we'll assume you're okay to continue.</p><a href="#" class="ipsButton ipsButton_verySmall"
data-action="dismissCookieMessage">I accept</a></div>
<header><div class="ipsLayout_container"><a href="/" id="elSiteTitle" accesskey="1">Varro Owners Club</a><ul id="elUserNav" class="ipsList_inline cSignedOut
ipsResponsive_showDesktop"><li id="elSignInLink"><a href="/login/" data-ipsMenu-closeOnClick="false" data-ipsMenu id="elUserSignIn">Existing user? Sign In</a>
</li>
<li><a href="/register/" data-ipsDialog id="elRegisterButton" class="ipsButton ipsButton_normal ipsButton_primary">Sign Up</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container
ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix">${links(iNav)}</ul></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul class="ipsList_inline ipsPos_right"><li><a data-action="defaultStream" class="ipsType_light"
href="/discover/"><i class="fa fa-newspaper-o" aria-hidden="true"></i> <span>All Activity</span></a></li></ul><ul data-role="breadcrumbList">
<li><a title="Home" href="/"><span>Home <i class="fa fa-angle-right"></i></span></a></li><li><a href="/forum/3-technical/"><span>Technical
<i class="fa fa-angle-right"></i></span></a></li><li>${iTitle}</li></ul></nav>
<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container">
<span class="ipsType_break ipsContained"><span>${iTitle}</span></span></h1><div class="ipsTags_area"><ul class="ipsTags ipsList_inline">
${iTags.map((t) => `<li><a href="/tags/${t}/" class="ipsTag" rel="tag"><span>${t}</span></a></li>`).join('')}</ul></div></div></div><hr class="ipsHr">
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><div class="ipsPhotoPanel
ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By
<a href="/profile/112-hedda-linn/" class="ipsType_break">Hedda Linn</a></span>, <span class="ipsType_light">
<time datetime="2025-10-14T18:22:41Z">October 14, 2025</time>
in <a href="/forum/3-technical/">Technical</a></span></p></div></div></div><div class="ipsFlex-flex:01 ipsResponsive_hidePhone"><div class="ipsShareLinks">
<a href="#" class="ipsButton ipsButton_light ipsButton_verySmall"><i class="fa fa-share-alt"></i> Share</a></div> <a href="/login/" class="ipsFollow
ipsButton ipsButton_light ipsButton_verySmall" data-role="followButton"><span>Followers</span> <span class="ipsCommentCount">6</span></a></div></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><a href="#replyForm"
class="ipsButton ipsButton_light ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></li><li><a href="/forum/3-technical/?do=add"
class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-feedID="topic-1182">
<h2 class="ipsType_sectionTitle ipsType_reset ipsHide">Recommended Posts</h2>
${iPosts.map(iPost).join('\n')}
</div><div class="ipsAreaBackground ipsPad ipsBox ipsBox--child" id="replyForm"><div class="ipsType_center ipsPad cGuestTeaser">
<h2 class="ipsType_pageTitle">Create an account or sign in to comment</h2><p class="ipsType_light ipsType_normal ipsType_reset ipsSpacer_top ipsSpacer_half">
You need to be a member in order to leave a comment</p><div class="ipsBox ipsPad ipsSpacer_top"><div class="ipsGrid ipsGrid_collapsePhone">
<div class="ipsGrid_span6 cGuestTeaser_left"><h2 class="ipsType_sectionHead">Create an account</h2>
<p class="ipsType_normal ipsType_reset ipsType_light">Sign up for a new
account in our community. It's easy!</p><a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">Register a new account</a></div>
<div class="ipsGrid_span6 cGuestTeaser_right"><h2 class="ipsType_sectionHead">Sign in</h2>
<p class="ipsType_normal ipsType_reset ipsType_light">Already have an account?
Sign in here.</p><a href="/login/" class="ipsButton ipsButton_primary ipsButton_small">Sign In Now</a></div></div></div></div></div>
<div class="ipsResponsive_noFloat ipsResponsive_showPhone ipsSpacer_top"><a href="/forum/3-technical/" class="ipsButton ipsButton_light ipsButton_small">
Go to topic listing</a></div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showPhone ipsMargin_top"><div class="ipsWidget ipsWidget_vertical cWidgetOnline">
<h3 class="ipsWidget_title ipsType_reset">Recently Browsing <span class="ipsType_light">0 members</span></h3><div class="ipsWidget_inner ipsPad">
<span class="ipsType_reset ipsType_medium ipsType_light">No registered users viewing this page.</span></div></div></div></div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks">
<li><a href="#elNavTheme_menu" id="elNavTheme">Theme</a></li><li><a href="/privacy/">Privacy Policy</a></li><li>
<a rel="nofollow" href="/contact/">Contact Us</a></li>
<li><a href="/cookies/">Cookies</a></li></ul><p id="elCopyright"><span id="elCopyright_userLine">Varro Owners Club is an independent riders' club</span>
<a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>
<script src="/applications/core/interface/js/js.php?src=library.js&amp;v=4.7.18"></script></body></html>`;
const invision: TestPage = {
  name: 'heldout258-invision-community-forum',
  kind: 'forum',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([...iP1, ...iList, ...iP2, ...iR1, ...iR2, ...iR3]),
  bylines: ['Hedda Linn', 'Rufus Tamblyn', 'newrider_cass', 'October 14, 2025', 'October 16, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Jump to content', 'Important Information', "We have placed cookies on your device to help make this website better.", 'I accept', 'Varro Owners Club',
    'Existing user? Sign In', 'Sign Up', ...iNav, 'All Activity', 'Home', 'Technical', ...iTags, 'Share', 'Followers', 'Reply to this topic', 'Start new topic',
    'Recommended Posts', 'Club Members', 'Technical Team', '311', '4,871', ...iPosts.map((p) => p.bike), 'Posted', 'Quote',
    'Create an account or sign in to comment', 'You need to be a member in order to leave a comment', 'Create an account',
    "Sign up for a new account in our community. It's easy!", 'Register a new account', 'Sign in', 'Already have an account? Sign in here.', 'Sign In Now',
    'Go to topic listing', 'Recently Browsing', '0 members', 'No registered users viewing this page.', 'Theme', 'Privacy Policy', 'Contact Us', 'Cookies',
    "Varro Owners Club is an independent riders' club", 'Powered by Invision Community',
  ]),
};

export const HELDOUT258_C: readonly TestPage[] = [invision, smf];
