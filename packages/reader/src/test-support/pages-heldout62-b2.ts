import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 62, file b2: an Invision Community 4.7 forum topic as a guest sees it (JSON-LD with the first post's text,
 * "Jump to content", logo, "Existing user? Sign In" and "Sign Up", the primary nav, breadcrumbs top and bottom, "All
 * Activity", the page header with starter, date, forum and tags, follow/reply/start buttons, each post as an article with a
 * hidden mobile author pane, the desktop author pane in an aside (name in an h3, group, post count, location), "Posted" date,
 * share menu, quote, "Edited ... by" line, reactions, "Popular Post" badge, signatures, the sign-in box, "Go to topic listing",
 * "Recently Browsing", the cookie notice and the footer).
 */
const ipTitle = 'Nitrate stuck at 40 ppm in a 200 litre planted tank';
const ipP1 = [
  'I have been running a 200 litre planted tank for about eight months and I cannot get nitrate below 40 ppm, whatever I try. ' +
    'Ammonia and nitrite are zero, phosphate is around 1 ppm, and the tap water itself tests at 15 ppm nitrate.',
  'I change 30% of the water weekly, feed the fish once a day, and the tank has a good number of stem plants, although they have ' +
    'been growing slowly for the last two months. I dose an all-in-one liquid fertiliser three times a week.',
  'The fish look fine, but I would like to know what is pushing it up before it becomes a problem.',
];
const ipQuote = 'I dose an all-in-one liquid fertiliser three times a week.';
const ipP2 = [
  'Check the label on that fertiliser. A lot of all-in-one products contain potassium nitrate, so you may be adding a fair share ' +
    'of the nitrate yourself, and with slow-growing plants nothing is using it up.',
  'The slow growth is the other clue. If the plants stalled two months ago, something else ran out first, usually carbon or iron, ' +
    'and the nitrate builds up because nothing is taking it out of the water.',
];
const ipP3 = [
  'You are right, the second ingredient on the bottle is potassium nitrate. I had no idea. The stalled growth also started ' +
    'around the time my CO2 cylinder ran low, and I have been running it at a lower rate since to make it last.',
];
const ipP4 = [
  'That would do it. Get the CO2 back to where it was, halve the fertiliser for two weeks and keep the water changes going. ' +
    'Once the plants start pearling again they should pull the nitrate down within a few weeks.',
];
const ipP5 = [
  'Good advice above. One more thing worth doing: test your tap water again in the summer. Some water companies blend their ' +
    'sources through the year, and nitrate from the tap can swing by 10 ppm or more between seasons.',
];
const ipP6 = [
  'Update, three weeks later: new CO2 cylinder at the old rate, half dose of fertiliser, same water changes. Nitrate is down to ' +
    '20 ppm and the stem plants are growing again. Thanks, everyone.',
];
const ipNav = ['Browse', 'Forums', 'Gallery', 'Calendar', 'Staff', 'Online Users', 'Activity', 'Leaderboard'];
const ipCrumbs = ['Home', 'Forums', 'Freshwater', 'Planted Tanks'];
const ipFoot = ['Language', 'Theme', 'Privacy Policy', 'Contact Us'];
const p = (paras: readonly string[]): string => paras.map((t) => `<p>${t}</p>`).join('\n');
type IpPost = { id: number; user: string; group: string; posts: string; loc?: string; date: string; iso: string; body: string; likes?: string; sig?: string };
const ipPost = (c: IpPost, badge = ''): string => `<a id="comment-${c.id}"></a>
<article id="elComment_${c.id}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing
 ipsColumns_collapsePhone">
<div class="cAuthorPane_mobile ipsResponsive_showPhone"><div class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="/profile/${c.id}-${c.user}/"
 rel="nofollow" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/monthly_2024_11/${c.user}.thumb.jpg" alt="${c.user}" loading="lazy"></a></div></div>
<div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center">
<a href="/profile/${c.id}-${c.user}/" class="ipsType_break">${c.user}</a></h3><div class="ipsType_light ipsType_reset">
<a href="/topic/5521-nitrate/?do=findComment&amp;comment=${c.id}" rel="nofollow" class="ipsType_blendLinks">Posted <time datetime="${c.iso}"
 data-short="1 yr">${c.date}</time></a></div></div></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="/profile/${c.id}-${c.user}/"
 class="ipsType_break">${c.user}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset">${badge}<li data-role="photo" class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap">
<a href="/profile/${c.id}-${c.user}/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/monthly_2024_11/${c.user}.thumb.jpg"
 alt="${c.user}"></a></div></li>
<li data-role="group">${c.group}</li>
<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats">
<li><a href="/profile/${c.id}-${c.user}/content/" rel="nofollow" title="${c.posts} posts" class="ipsType_blendLinks"><i class="fa fa-comment"></i>
 ${c.posts}</a></li></ul></li>
${
  c.loc === undefined
    ? ''
    : `<li data-role="custom-field" class="ipsResponsive_hidePhone ipsType_break"><span class="ft">Location:</span><span
 class="fc">${c.loc}</span></li>`
}
</ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-${c.id}_wrap" data-controller="core.front.core.comment" data-commentapp="forums"
 data-commenttype="forums" data-commentid="${c.id}" class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
<div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_inline ipsComment_tools"><li><a
 href="/topic/5521-nitrate/#comment-${c.id}"
 data-role="shareComment" class="ipsType_blendLinks ipsType_noUnderline" data-ipstooltip title="Share this post"><i class="fa
 fa-share-alt"></i></a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone">Posted <time datetime="${c.iso}" data-short="1 yr">${c.date}</time></div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained"
 data-controller="core.front.core.lightboxedImages">
${c.body}
</div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact ipsPos_right">
${
  c.likes === undefined
    ? ''
    : `<div class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span
 data-ipstooltip title="Like"><span><img src="/uploads/reactions/react_like.png" alt="Like"></span> <span>${c.likes}</span></span></li></ul></div>`
}
</div></div><ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"></ul></div>
${
  c.sig === undefined
    ? ''
    : `<div data-role="memberSignature" class="ipsResponsive_hidePhone ipsBorder_top ipsPadding_vertical"><div class="ipsType_reset
 ipsType_richText ipsType_medium ipsContained">${c.sig}</div></div>`
}
</div></div>
<div class="ipsMenu ipsMenu_wide ipsHide cPostShareMenu" id="elSharePost_${c.id}_menu"><div class="ipsPadding"><h4 class="ipsType_sectionHead">Share this
 post</h4>
<hr class="ipsHr"><h5 class="ipsType_normal ipsType_reset">Link to post</h5><input type="text"
 value="https://forum.tanktalk.example/topic/5521-nitrate/?do=findComment&amp;comment=${c.id}"
 class="ipsField_fullWidth"><h5 class="ipsType_normal ipsType_reset ipsSpacer_top">Share on other sites</h5></div></div></div></article>`;
const sigBen = '200 L planted: cardinal tetras, otocinclus, cherry shrimp. Running on pressurised CO2 since 2024.';
const sigRhi = 'Keeping fish since 1998. If something I wrote helped, a like is always appreciated.';
const quote = `<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic"
 data-ipsquote-contentcommentid="88412" data-ipsquote-contentid="5521" data-ipsquote-timestamp="1741029730" data-ipsquote-userid="3391"
 data-ipsquote-username="mossy_ben"><div class="ipsQuote_citation">On 03/03/2025 at 19:22, mossy_ben said:</div><div class="ipsQuote_contents">
<p>${ipQuote}</p></div></blockquote>`;
const edited = `<p><span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote=""><strong>Edited <time datetime="2025-03-25T18:02:51Z"
 title="03/25/2025 06:02  PM" data-short="1 yr">March 25, 2025</time> by mossy_ben</strong><br>added the update</span></p>`;
const popular = '<li><strong class="ipsBadge ipsBadge_large ipsBadge_popular">Popular Post</strong></li>';
const ben = { user: 'mossy_ben', group: 'Members', posts: '86', loc: 'Bristol', sig: sigBen };
const rhi = { user: 'Rhiannon_W', group: 'Members', posts: '3,412', loc: 'Aberystwyth', sig: sigRhi };
const ipPosts = [
  ipPost({ ...ben, id: 88412, date: 'March 3, 2025', iso: '2025-03-03T19:22:10Z', body: p(ipP1), likes: '1' }),
  ipPost({ ...rhi, id: 88420, date: 'March 3, 2025', iso: '2025-03-03T20:05:44Z', body: `${quote}\n${p(ipP2)}`, likes: '6' }, popular),
  ipPost({ ...ben, id: 88431, date: 'March 4, 2025', iso: '2025-03-04T07:51:02Z', body: p(ipP3) }),
  ipPost({ ...rhi, id: 88437, date: 'March 4, 2025', iso: '2025-03-04T09:13:29Z', body: p(ipP4), likes: '2' }),
  ipPost({ user: 'AquaDoc', group: 'Moderators', posts: '9,870', id: 88452, date: 'March 4, 2025', iso: '2025-03-04T12:40:11Z', body: p(ipP5), likes: '3' }),
  ipPost({ ...ben, id: 89107, date: 'March 25, 2025', iso: '2025-03-25T17:58:36Z', body: `${p(ipP6)}\n${edited}`, likes: '4' }),
].join('\n');
const crumbs = `<nav class="ipsBreadcrumb ipsFaded_withHover"><ul data-role="breadcrumbList">
${ipCrumbs
  .map(
    (c) => `<li itemprop="itemListElement"><a href="/${c.toLowerCase()}/" itemprop="item"><span itemprop="name">${c} <i class="fa
 fa-angle-right"></i></span></a></li>`,
  )
  .join('\n')}
<li>${ipTitle}</li></ul><ul class="ipsList_inline ipsPos_right"><li><a href="/discover/"><i class="fa fa-newspaper-o"></i> <span>All
 Activity</span></a></li></ul></nav>`;

const ipHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><title>${ipTitle} - Planted Tanks - TankTalk Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${ipTitle}">
<link rel="stylesheet" href="/uploads/css_built_2/341e4a57816af3ba440d891ca87450ff_framework.css?v=7c1a2e4b4f1738511029" media="all">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","url":"https://forum.tanktalk.example/topic/5521-nitrate/",
"name":"${ipTitle}","text":"${texts(ipP1).join(' ')}","dateCreated":"2025-03-03T19:22:10+0000","author":{"@type":"Person","name":"mossy_ben"},
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":5}]}</script>
</head>
<body class="ipsApp ipsApp_front ipsJS_has ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums" data-pagelocation="front"
 data-pagemodule="forums" data-pagecontroller="topic" data-pageid="5521">
<a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container ipsFlex ipsFlex-ai:center ipsFlex-jc:between">
<a href="/" id="elLogo" accesskey="1"><img src="/uploads/monthly_2023_02/tanktalk-logo.png" alt="TankTalk Forum"></a>
<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="/login/" id="elUserSignIn">Existing user? Sign In
 &nbsp;<i class="fa fa-caret-down"></i></a></li><li><a href="/register/" class="ipsButton ipsButton_normal ipsButton_primary" id="elRegisterButton">Sign
 Up</a></li></ul>
</div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container
 ipsNavBar_noSubBars">
<ul data-role="primaryNavBar" class="ipsClearfix">${links(ipNav, 'ipsNavBar_active')}</ul>
<div id="elSearchWrapper"><div id="elSearch" data-controller="core.front.core.quickSearch"><form accept-charset="utf-8" action="/search/" method="post">
<input type="search" id="elSearchField" placeholder="Search..." name="q" autocomplete="off" aria-label="Search"><button class="cSearchSubmit" type="submit"
 aria-label="Search"><i class="fa fa-search"></i></button></form></div></div></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
${crumbs}
<div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap
 ipsGap:4">
<div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break
 ipsContained"><span>${ipTitle}</span></span></h1></div>
<div class="ipsFlex-flex:00 ipsType_light"><div class="ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap:3 ipsGap_row:0"><div class="ipsFollow ipsPos_middle">
<a href="/login/" title="Go to my profile" class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall">Follow</a><a
 class="ipsCommentCount ipsPos_middle ipsType_noUnderline" href="#" title="See who follows this">2</a></div></div></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11">
<div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><a href="/profile/3391-mossy_ben/" class="ipsUserPhoto ipsUserPhoto_mini"><img
 src="/uploads/monthly_2024_11/mossy_ben.thumb.jpg" alt="mossy_ben"></a><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By
 <a href="/profile/3391-mossy_ben/">mossy_ben</a>, </span><span class="ipsType_light"><time datetime="2025-03-03T19:22:10Z" title="03/03/2025 07:22  PM"
 data-short="1 yr">March 3, 2025</time> in <a href="/forum/12-planted-tanks/">Planted Tanks</a></span></p>
<ul class="ipsTags ipsList_inline"><li><a href="/tags/water%20quality/" class="ipsTag" rel="tag" data-tag-label="water quality"><span>water
 quality</span></a></li>
<li><a href="/tags/stem%20plants/" class="ipsTag" rel="tag" data-tag-label="stem plants"><span>stem plants</span></a></li></ul></div></div></div>
<div class="ipsFlex-flex:01 ipsResponsive_hidePhone"><div class="ipsShareLinks"><a href="#" class="ipsShareButton ipsButton ipsButton_verySmall ipsButton_link
 ipsButton_link--light" data-ipsmenu><span><i class="fa fa-share-alt"></i></span> &nbsp;Share</a></div></div></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both ipsResponsive_hidePhone">
<li class="ipsToolList_primaryAction"><a href="#replyForm" rel="nofollow" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth"
 data-action="replyToTopic">Reply to this topic</a></li><li><a href="/forum/12-planted-tanks/?do=add" rel="nofollow" class="ipsButton ipsButton_link
 ipsButton_medium
 ipsButton_fullWidth" title="Start a new topic in this forum">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-feedid="topic-5521">
<h2 class="ipsType_sectionTitle ipsType_reset ipsHide">Recommended Posts</h2>
<div data-role="commentFeed" data-controller="core.front.core.moderation">
${ipPosts}
</div>
<div class="ipsAreaBackground_light ipsPadding" id="replyForm" data-role="replyArea"><h2 class="ipsType_pageTitle">Create an account or sign in to comment</h2>
<p class="ipsType_light ipsType_normal ipsType_reset">You need to be a member in order to leave a comment</p>
<div class="ipsGrid ipsGrid_collapsePhone ipsSpacer_top"><div class="ipsGrid_span6 ipsAreaBackground_reset ipsPadding ipsType_center">
<h2 class="ipsType_sectionHead">Create an account</h2><p class="ipsType_normal ipsType_reset ipsType_light">Sign up for a new account in our community. It's
 easy!</p>
<a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">Register a new account</a></div>
<div class="ipsGrid_span6 ipsAreaBackground_reset ipsPadding ipsType_center"><h2 class="ipsType_sectionHead">Sign in</h2>
<p class="ipsType_normal ipsType_reset ipsType_light">Already have an account? Sign in here.</p><a href="/login/" class="ipsButton ipsButton_primary
 ipsButton_small">Sign In Now</a>
</div></div></div></div>
<div class="ipsResponsive_noFloat ipsResponsive_block"><a href="/forum/12-planted-tanks/" class="ipsButton ipsButton_veryLight ipsButton_medium
 ipsButton_fullWidth">
<i class="fa fa-arrow-left"></i> <span>Go to topic listing</span></a></div>
<div class="ipsBox ipsPadding ipsMargin_top ipsResponsive_pull" data-controller="core.front.core.onlineUsersWidget">
<h2 class="ipsType_reset ipsType_medium">Recently Browsing <span class="ipsType_light">0 members</span></h2>
<p class="ipsType_reset ipsType_medium ipsType_light">No registered users viewing this page.</p></div>
</div>
${crumbs.replace('ipsFaded_withHover', 'ipsBreadcrumb_bottom ipsFaded_withHover')}
</div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks">
${links(ipFoot)}</ul><p id="elCopyright"><span id="elCopyright_userLine">© TankTalk Forum 2009–2025</span> <a rel="nofollow" title="Invision Community"
 href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>
<div id="elGuestTerms" class="ipsPad_half ipsJS_hide" data-role="guestTermsBar" data-controller="core.front.core.guestTerms"><div class="ipsLayout_container">
<p class="ipsType_reset ipsFlex-flex:11">We have placed cookies on your device to help make this website better. You can adjust your cookie settings,
 otherwise we'll assume you're okay to continue.</p><a href="#" class="ipsButton ipsButton_veryLight ipsButton_large"
 data-action="dismissTerms">Continue</a></div></div>
<script src="/uploads/javascript_global/root_library.js?v=7c1a2e4b4f1738511029" data-ips></script>
</body></html>`;
export const invisionTopic: TestPage = {
  html: ipHtml,
  name: 'heldout62-invision-topic',
  kind: 'forum',
  // every post is body; the usernames (in each post's h3, twice: the mobile pane and the desktop aside, and in the page header's
  // "By ... in ...") and dates are bylines, and so is the "Edited ... by mossy_ben" line with its reason; group titles, post
  // counts, locations, signatures, "Popular Post", "Posted", reactions, share menus, follow/reply/start buttons, the header,
  // nav, breadcrumbs (top and bottom), tags, "All Activity", the sign-in box, "Go to topic listing", "Recently Browsing", the
  // cookie notice and footer are furniture; the quote with its "On ... said:" citation repeats the first post: in neither list;
  // the JSON-LD also repeats the first post; the follower count "2" and reaction counts are left out, and so are the tag "stem
  // plants" and the "Share" button, words of the body
  title: ipTitle,
  headings: [],
  body: [...texts(ipP1), ...texts(ipP2), ...texts(ipP3), ...texts(ipP4), ...texts(ipP5), ...texts(ipP6)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: ['mossy_ben', 'Rhiannon_W', 'AquaDoc', 'March 3, 2025', 'March 4, 2025', 'March 25, 2025', 'Edited March 25, 2025 by mossy_ben', 'added the update'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Existing user? Sign In', 'Sign Up', ...ipNav, 'Home', 'Freshwater', 'Planted Tanks', 'All Activity', 'Follow', 'water quality',
    'Reply to this topic', 'Start new topic', 'Recommended Posts', 'Members', 'Moderators', 'Posted', 'Location:', 'Bristol', 'Aberystwyth', '86', '3,412',
    '9,870', 'Popular Post', 'Share this post', 'Link to post', 'Share on other sites', sigBen, sigRhi, 'Create an account or sign in to comment',
    'You need to be a member in order to leave a comment', 'Create an account', "Sign up for a new account in our community. It's easy!",
    'Register a new account',
    'Sign in', 'Already have an account? Sign in here.', 'Sign In Now', 'Go to topic listing', 'Recently Browsing', '0 members',
    'No registered users viewing this page.', ...ipFoot, '© TankTalk Forum 2009–2025', 'Powered by Invision Community',
    "We have placed cookies on your device to help make this website better. You can adjust your cookie settings, otherwise we'll assume " +
      "you're okay to continue.",
    'Continue',
  ],
};
