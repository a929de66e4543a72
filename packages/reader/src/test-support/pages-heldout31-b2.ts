import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 31, file b2: an Invision Community 4.7 topic (JSON-LD with every post's text, the header with logo,
 * "Existing user? Sign In" and "Sign Up", the "Browse / Activity" nav, breadcrumbs, the topic header with title, solved
 * badge, "By ..., date in forum", tags, "Followers" and "Share", "Recommended Posts", the posts with the author pane (name,
 * group, post count), "Author" badges, "Posted" dates, "(edited)", the "Solved by" box and the "Solution" marker, reactions,
 * "Link to comment" and "Share on other sites", the "Create an account or sign in to comment" block, "Go to topic listing",
 * "Recently Browsing", the bottom breadcrumbs, footer and the cookie notice).
 */
interface IpsPost {
  id: number;
  user: string;
  group: string;
  count: string;
  date: string;
  iso: string;
  paras: string[];
  react?: string;
  edited?: boolean;
}
const ipTitle = 'Cherry shrimp dying a few days after every water change';
const ipPosts: IpsPost[] = [
  {
    id: 512004,
    user: 'mossball_mara',
    group: 'Members',
    count: '87',
    date: 'March 2, 2025',
    iso: '2025-03-02T18:05:11Z',
    paras: [
      'I have a 30 litre planted tank with about forty red cherry shrimp that has been running for fourteen months. Until January I had ' +
        'no trouble at all, but since then I lose two or three shrimp a few days after every weekly water change. They die on their ' +
        'backs, often halfway through a moult.',
      'I change about a third of the water each week with tap water treated with conditioner, and I match the temperature by hand. ' +
        'Nitrate is around 10, ammonia and nitrite are zero. Nothing else in the tank has changed. What am I missing?',
    ],
  },
  {
    id: 512019,
    user: 'Jonas Feld',
    group: 'Moderators',
    count: '4.3k',
    date: 'March 2, 2025',
    iso: '2025-03-02T19:40:52Z',
    paras: [
      'Dying mid-moult is almost always a sign that the water is changing too much too quickly, usually in hardness rather than ' +
        'temperature. Have you tested the GH and KH of your tap water recently, and of the tank water just before a change? Water ' +
        'companies sometimes switch sources in winter, and a jump in hardness that fish never notice can be enough to upset shrimp.',
    ],
    react: '<a href="#">mossball_mara</a> reacted to this',
  },
  {
    id: 512077,
    user: 'mossball_mara',
    group: 'Members',
    count: '87',
    date: 'March 3, 2025',
    iso: '2025-03-03T17:22:40Z',
    paras: [
      'You were right to ask. The tank reads GH 6 before a change, and the tap water is now GH 11. I rang the water company and they ' +
        'confirmed they have been blending in borehole water since the start of the year, which fits exactly with when the deaths started.',
    ],
  },
  {
    id: 512090,
    user: 'ShrimpDad_77',
    group: 'Members',
    count: '1.2k',
    date: 'March 3, 2025',
    iso: '2025-03-03T20:14:06Z',
    paras: [
      'That explains it. Taking out a third of the water at GH 6 and replacing it with water at GH 11 pushes the whole tank up by ' +
        'nearly two degrees in an hour, and the shrimp that are about to moult cannot cope with the change.',
      'You have a few options. The simplest is to change less water more often, say ten percent twice a week, so each change barely ' +
        'moves the numbers. Better still, mix your tap water with RO or rainwater until it matches the tank, and drip it in slowly over ' +
        'an hour rather than pouring it. Test the new water every time for the next few months, because blends like this can change ' +
        'again without warning.',
    ],
    react: '<a href="#">mossball_mara</a>, <a href="#">Jonas Feld</a> and 4 others reacted to this',
    edited: true,
  },
  {
    id: 512102,
    user: 'Jonas Feld',
    group: 'Moderators',
    count: '4.3k',
    date: 'March 4, 2025',
    iso: '2025-03-04T07:51:29Z',
    paras: [
      'Agree with all of that. I would add one thing: stop feeding the day before a change. Shrimp that are full of food seem to take ' +
        'a shift in water chemistry worse, in my experience anyway.',
    ],
  },
  {
    id: 513388,
    user: 'mossball_mara',
    group: 'Members',
    count: '87',
    date: 'March 25, 2025',
    iso: '2025-03-25T21:03:17Z',
    paras: [
      'Three weeks on and not a single loss. I bought a small RO unit and I am mixing it about half and half with tap water, dripping ' +
        'it in through airline tubing while I clean the glass.',
      'There are berried females again for the first time since Christmas, so I think they are happier too. Marking ShrimpDad’s reply ' +
        'as the solution. Thank you all.',
    ],
    react: '<a href="#">ShrimpDad_77</a> and <a href="#">Jonas Feld</a> reacted to this',
  },
];
const ipBase = 'https://forums.tanktalk.example/topic/38121-cherry-shrimp-dying-a-few-days-after-every-water-change/';
const ipPost = (p: IpsPost, i: number): string => `<a id="findComment-${p.id}"></a><a id="comment-${p.id}"></a>
<article id="elComment_${p.id}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns
 ipsColumns_noSpacing ipsColumns_collapsePhone${p.id === 512090 ? ' ipsComment_solved' : ''}"><div class="cAuthorPane_mobile ipsResponsive_showPhone">
<div class="cAuthorPane_photo"><a href="/profile/${p.id}/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/monthly_2025_01/${p.id}.thumb.jpg"
 alt="${p.user}" loading="lazy"></a></div><div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break
 ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a href="/profile/${p.id}/" class="ipsType_break">${p.user}</a></h3><div class="ipsType_light
 ipsType_reset"><a href="${ipBase}?do=findComment&amp;comment=${p.id}" rel="nofollow" class="ipsType_blendLinks ipsType_light"><time datetime="${p.iso}"
 title="${p.iso.slice(0, 10)}" data-short="1 yr">${p.date}</time></a></div></div></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3 class="ipsType_sectionHead cAuthorPane_author
 ipsType_blendLinks ipsType_break"><strong><a href="/profile/${p.id}/" data-ipsHover data-ipsHover-target="/profile/${p.id}/?do=hovercard"
 class="ipsType_break">${p.user}</a></strong></h3><ul class="cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo">
<a href="/profile/${p.id}/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/monthly_2025_01/${p.id}.thumb.jpg" alt="${p.user}" loading="lazy"></a>
</li><li data-role="group">${p.group}</li><li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center
 ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats"><li><a href="/profile/${p.id}/content/" title="${p.count} posts" class="ipsType_blendLinks"><i
 class="fa fa-comment"></i> ${p.count}</a></li></ul></li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-${p.id}_wrap" data-controller="core.front.core.comment" data-commentApp="forums"
 data-commentType="forums" data-commentID="${p.id}" data-quoteData="{&quot;userid&quot;:${p.id},&quot;username&quot;:&quot;${p.user}&quot;}"
 class="ipsComment_content ipsType_medium"><div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
<div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><div class="ipsResponsive_hidePhone ipsComment_badges"><ul
 class="ipsList_reset ipsFlex ipsFlex-jc:end ipsFlex-fw:wrap ipsGap:2 ipsGap_row:1">${
   p.user === 'mossball_mara' && i > 0 ? '<li><strong class="ipsBadge ipsBadge_large ipsComment_authorBadge">Author</strong></li>' : ''
 }${
   p.id === 512090 ? '<li><strong class="ipsBadge ipsBadge_large ipsBadge_positive"><i class="fa fa-check-circle"></i> Solution</strong></li>' : ''
 }</ul></div><ul class="ipsList_reset ipsComment_tools"><li><a href="#elControls_${p.id}_menu" class="ipsComment_ellipsis" id="elControls_${p.id}"
 title="More options..." data-ipsMenu data-ipsMenu-appendTo="#comment-${p.id}_wrap"><i class="fa fa-ellipsis-h ipsType_minorHeading"></i></a>
<ul id="elControls_${p.id}_menu" class="ipsMenu ipsMenu_narrow ipsHide"><li class="ipsMenu_item"><a href="${ipBase}?do=reportComment&amp;comment=${p.id}"
 data-ipsDialog data-ipsDialog-title="Report post">Report</a></li></ul></li></ul></div><div class="ipsType_reset ipsResponsive_hidePhone">
<a href="${ipBase}?do=findComment&amp;comment=${p.id}" rel="nofollow" class="ipsType_blendLinks" data-ipsTooltip title="Share this post">Posted
 <time datetime="${p.iso}" title="${p.iso.slice(0, 10)}" data-short="1 yr">${p.date}</time></a>${
   p.edited ? ' <span class="ipsResponsive_hidePhone">(edited)</span>' : ''
 }</div></div><div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained"
 data-controller="core.front.core.lightboxedImages">${p.paras.map((t) => `<p>\n\t${t}\n</p>`).join('\n')}</div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix "><div class="ipsReact ipsPos_right">${
  p.react
    ? `<div class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_overview ipsType_blendLinks">
${p.react}</li><li class="ipsReact_reactCount"><span data-ipsTooltip title="Like"><span><img src="/uploads/reactions/react_like.png" alt="Like"
 loading="lazy"></span><span>${p.react.includes('4 others') ? 6 : p.react.includes(' and ') ? 2 : 1}</span></span></li></ul></div>`
    : ''
}</div></div><ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li class="ipsHide" data-role="commentLoading">
<span class="ipsLoading ipsLoading_tiny ipsLoading_noAnim"></span></li></ul></div></div><div class="ipsComment_footer ipsType_light ipsType_small">
<a href="${ipBase}?do=findComment&amp;comment=${p.id}" class="ipsType_blendLinks">Link to comment</a><a href="#" class="ipsType_blendLinks"
 data-ipsMenu id="elShareComment_${p.id}">Share on other sites</a></div></div></div></article>`;
const ipLd = JSON.stringify({
  '@context': 'http://schema.org',
  '@type': 'DiscussionForumPosting',
  '@id': ipBase,
  headline: ipTitle,
  text: ipPosts[0]!.paras.join('\n'),
  dateCreated: '2025-03-02T18:05:11+0000',
  author: { '@type': 'Person', name: 'mossball_mara' },
  interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'http://schema.org/CommentAction', userInteractionCount: 5 },
  comment: ipPosts.slice(1).map((p) => ({ '@type': 'Comment', author: { '@type': 'Person', name: p.user }, dateCreated: p.iso, text: p.paras.join('\n') })),
});
const ipNav = ['Browse', 'Forums', 'Gallery', 'Guidelines', 'Staff', 'Activity', 'All Activity', 'Search', 'Leaderboard'];
const ipCrumbs = ['Home', 'Forums', 'Livestock', 'Invertebrates'];
const ipTags = ['cherry shrimp', 'water change', 'moulting', 'gh'];
const ipFoot = ['Theme', 'Privacy Policy', 'Contact Us', 'Cookies'];
const ipHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>${ipTitle} - Invertebrates - Tank Talk Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${ipTitle}">
<meta property="og:description" content="${ipPosts[0]!.paras[0]!.slice(0, 140)}…"><link rel="canonical" href="${ipBase}">
<script type="application/ld+json">${ipLd}</script>
<script>var ipsDebug=false;var ipsSettings={cookie_path:"/",upload_imgURL:"",message_imgURL:"",notification_imgURL:"",baseURL:"//forums.tanktalk.example/"};
</script></head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-message="" data-pageApp="forums"
 data-pageLocation="front" data-pageModule="forums" data-pageController="topic" data-pageID="38121">
<a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container"><a href="/" id="elLogo" accesskey="1"><img
 src="/uploads/monthly_2023_06/logo.png.8a1c.png" alt="Tank Talk Community"></a><ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
<li id="elSignInLink"><a href="/login/" data-ipsMenu-closeOnClick="false" data-ipsMenu id="elUserSignIn">Existing user? Sign In &nbsp;<i
 class="fa fa-caret-down"></i></a></li><li><a href="/register/" data-ipsDialog data-ipsDialog-size="narrow" data-ipsDialog-title="Sign Up"
 id="elRegisterButton" class="ipsButton ipsButton_normal ipsButton_primary">Sign Up</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container"><ul data-role="primaryNavBar"
 class="ipsClearfix">${links(ipNav, 'ipsNavBar_active')}</ul></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">${ipCrumbs
  .map((c) => `<li><a href="/${c.toLowerCase()}/"><span>${c} <i class="fa fa-angle-right"></i></span></a></li>`)
  .join('')}<li>${ipTitle}</li></ul></nav>
<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex
 ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span
 class="ipsBadge ipsBadge_icon ipsBadge_positive" data-ipsTooltip title="Solved"><i class="fa fa-check"></i></span><span class="ipsType_break ipsContained">
<span>${ipTitle}</span></span></h1><div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3">
<div class="ipsFlex-flex:11"><div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p class="ipsType_reset
 ipsType_blendLinks"><span class="ipsType_normal">By <strong><a href="/profile/512004/" class="ipsType_break">mossball_mara</a></strong>,</span><br>
<span class="ipsType_light"><time datetime="2025-03-02T18:05:11Z" title="2025-03-02" data-short="1 yr">March 2, 2025</time> in <a
 href="/forum/22-invertebrates/">Invertebrates</a></span></p></div></div></div><div class="ipsFlex-flex:01 ipsResponsive_hidePhone"><ul
 class="ipsTags ipsList_inline">${ipTags.map((t) => `<li><a href="/tags/${t}/" class="ipsTag" rel="tag"><span>${t}</span></a></li>`).join('')}</ul></div>
</div></div><div class="ipsFlex-flex:01"><div class="ipsFollow ipsPos_middle ipsType_reset"><a href="#" class="ipsFollow ipsPos_middle ipsButton
 ipsButton_light ipsButton_verySmall" data-role="followButton"><span>Followers</span><span class="ipsCommentCount">3</span></a></div>
<a href="#elShareItem_1_menu" id="elShareItem_1" data-ipsMenu class="ipsShareButton ipsButton ipsButton_verySmall ipsButton_link
 ipsButton_link--light"><span><i class="fa fa-share-alt"></i></span> &nbsp;Share</a></div></div></div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsComment_solved ipsMargin_vertical"><p class="ipsType_reset ipsType_large ipsType_positive"><i
 class="fa fa-check-circle"></i> <strong>Solved by ShrimpDad_77</strong></p><a href="${ipBase}?do=findComment&amp;comment=512090" class="ipsButton
 ipsButton_light ipsButton_verySmall">Go to solution</a></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both ipsResponsive_hidePhone">
<li class="ipsToolList_primaryAction">
<a href="${ipBase}#replyForm" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></li><li><a
 href="/forum/22-invertebrates/?do=add" class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-autoPoll
 data-baseURL="${ipBase}" data-lastPage data-feedID="topic-38121" class="cTopic ipsClear ipsSpacer_top"><h2 class="ipsType_sectionTitle ipsType_reset
 ipsType_medium" data-role="comment_count" data-commentCountString="js_num_topic_posts">Recommended Posts</h2><div data-role="commentFeed"
 data-controller="core.front.core.moderation" class="ipsClear">
${ipPosts.map(ipPost).join('\n')}
</div></div>
<div class="ipsAreaBackground_light ipsPadding cTopicPostArea ipsBox ipsResponsive_pull ipsSpacer_top"><div class="ipsType_center ipsPad cGuestTeaser">
<h2 class="ipsType_pageTitle">Create an account or sign in to comment</h2><p class="ipsType_light ipsType_normal ipsType_reset ipsSpacer_top
 ipsSpacer_half">You need to be a member in order to leave a comment</p><div class="ipsBox ipsPad ipsSpacer_top"><div class="ipsGrid ipsGrid_collapsePhone">
<div class="ipsGrid_span6 cGuestTeaser_left"><h2 class="ipsType_sectionHead">Create an account</h2><p class="ipsType_normal ipsType_reset ipsType_light
 ipsSpacer_bottom">Sign up for a new account in our community. It’s easy!</p><a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">
Register a new account</a></div><div class="ipsGrid_span6 cGuestTeaser_right"><h2 class="ipsType_sectionHead">Sign in</h2><p class="ipsType_normal
 ipsType_reset ipsType_light ipsSpacer_bottom">Already have an account? Sign in here.</p><a href="/login/" class="ipsButton ipsButton_primary
 ipsButton_small">Sign In Now</a></div></div></div></div></div>
<div class="ipsGrid ipsGrid_collapsePhone ipsPager ipsClearfix ipsSpacer_top cTopicNav"><div class="ipsGrid_span4 ipsType_left ipsPager_prev
 ipsPager_noDesc"><a href="/forum/22-invertebrates/" title="Go to Invertebrates" rel="parent"><span class="ipsPager_type">Go to topic listing</span>
</a></div></div>
<div id="elShareItem_1_menu" class="ipsMenu ipsMenu_auto ipsHide"><div class="ipsPadding"><ul class="ipsList_inline ipsList_noSpacing ipsClearfix"
 data-controller="core.front.core.sharelink"><li><a href="#" class="cShareLink cShareLink_facebook">Facebook</a></li><li><a href="#" class="cShareLink
 cShareLink_x">X</a></li><li><a href="#" class="cShareLink cShareLink_pinterest">Pinterest</a></li><li><a href="#" class="cShareLink
 cShareLink_email">Email</a></li></ul></div></div>
<div class="ipsWidget ipsWidget_horizontal ipsBox ipsSpacer_top" data-blockID="app_core_whosOnline_4j8k2"><h3 class="ipsType_reset ipsWidget_title">
Recently Browsing <span class="ipsType_light ipsType_unbold ipsType_medium">0 members</span></h3><div class="ipsWidget_inner ipsPad"><ul
 class="ipsList_inline ipsList_csv ipsList_noSpacing ipsType_normal"><li class="ipsType_reset ipsType_medium ipsType_light">No registered users viewing
 this page.</li></ul></div></div></div></div></div>
<nav class="ipsBreadcrumb ipsBreadcrumb_bottom ipsFaded_withHover"><ul data-role="breadcrumbList">${ipCrumbs
  .map((c) => `<li><a href="/${c.toLowerCase()}/"><span>${c} <i class="fa fa-angle-right"></i></span></a></li>`)
  .join('')}<li>${ipTitle}</li></ul><ul class="ipsList_inline ipsPos_right"><li><a data-action="markSiteRead" href="/?do=markAllRead">Mark site read</a>
</li></ul></nav></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top"
 id="elFooterLinks">${links(ipFoot)}</ul><p id="elCopyright"><span id="elCopyright_userLine">© Tank Talk Community 2009–2025</span> <a rel="nofollow"
 title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>
<div id="elGuestTerms" class="ipsPad_half ipsJS_hide" data-role="guestTermsBar" data-controller="core.front.core.guestTerms"><div class="ipsLayout_container">
<div class="ipsGrid ipsGrid_collapsePhone"><div class="ipsGrid_span10 cGuestTerms"><h2 class="ipsType_sectionHead">Important Information</h2><p
 class="ipsType_reset ipsType_medium cGuestTerms_contents">We have placed cookies on your device to help make this website better. You can adjust your
 cookie settings, otherwise we’ll assume you’re okay to continue.</p></div><div class="ipsGrid_span2 cGuestTerms_buttons"><a href="/?do=guestTerms"
 class="ipsButton ipsButton_small ipsButton_veryLight" data-action="dismissTerms">I accept</a></div></div></div></div>
<script src="/uploads/javascript_global/root_library.js?v=0a8c1e2f91"></script></body></html>`;
const ipReacts = ipPosts.flatMap((p) => (p.react ? [p.react.replace(/<[^>]+>/g, '')] : []));
export const invisionTopic: TestPage = {
  html: ipHtml,
  name: 'heldout31-invision-community-topic',
  kind: 'forum',
  // the six posts are body, the solution (ShrimpDad_77's) among them; each poster's name and "Posted" date is a byline, the
  // topic header's "By mossball_mara" and its date as well (the same strings); the groups, post counts, "Author" and "Solution"
  // badges, "(edited)", "Solved by ShrimpDad_77" with "Go to solution", the reaction lines ("... reacted to this") and counts,
  // "Link to comment", "Share on other sites", tags, followers, share, "Recommended Posts", the sign-in block, topic listing
  // link, "Recently Browsing", breadcrumbs (the last one repeats the title: left out), nav, footer and the cookie notice are
  // furniture; the JSON-LD repeats every post (not text of the page's own); "Posted" and "By" are in neither; words of the
  // title and posts are left out: the tags "cherry shrimp", "water change" and "gh" and the "Solution" badge
  title: ipTitle,
  headings: [],
  body: texts(ipPosts.flatMap((p) => p.paras)),
  bylines: ['mossball_mara', 'Jonas Feld', 'ShrimpDad_77', ...new Set(ipPosts.map((p) => p.date))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Existing user? Sign In', 'Sign Up', ...ipNav, ...ipCrumbs.filter((c) => c !== 'Forums'), 'moulting', 'Followers',
    'Share', 'Solved by ShrimpDad_77', 'Go to solution', 'Reply to this topic', 'Start new topic', 'Recommended Posts', 'Members', 'Moderators',
    '87', '4.3k', '1.2k',
    'Author', '(edited)', 'Report', ...ipReacts, 'Link to comment', 'Share on other sites', 'Create an account or sign in to comment',
    'You need to be a member in order to leave a comment', 'Create an account', 'Sign up for a new account in our community. It’s easy!',
    'Register a new account', 'Sign in', 'Already have an account? Sign in here.', 'Sign In Now', 'Go to topic listing', 'Facebook', 'X', 'Pinterest',
    'Email', 'Recently Browsing', '0 members', 'No registered users viewing this page.', 'Mark site read', ...ipFoot, '© Tank Talk Community 2009–2025',
    'Powered by Invision Community', 'Important Information', 'We have placed cookies on your device to help make this website better.',
    'I accept',
  ],
};
