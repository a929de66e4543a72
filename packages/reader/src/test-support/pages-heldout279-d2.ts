import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file d2: an Invision Community 4.7 topic (site header, primary nav bar, breadcrumbs top and bottom,
 * page header with "By ... in ..." meta and tags, the topic tool list, three posts with author panes, group and post count,
 * a quote with its citation, reactions, signatures, the "Create an account or sign in to comment" box, the online-users
 * block, the footer and the cookie notice).
 */
const iTitle = 'Weathering plastic wagons without an airbrush';
const iPosts: [string, string, string, string, string[]][] = [
  [
    'Holm_Veitch',
    'Members',
    '212',
    'February 11',
    [
      j(
        'I have a rake of twelve plastic open wagons for the branch line layout and they look far too clean. I do not own an airbrush',
        'and do not have space for a spray booth in the flat. What are people using to get a convincing grime with brushes only?',
      ),
      'I have tried thinned acrylic washes but they pool in the corners and dry with hard rings.',
    ],
  ],
  [
    'Ada Pennick',
    'Moderators',
    '4,806',
    'February 11',
    [
      j(
        'Rings usually mean the wash is too wet and the surface too smooth. Give the wagons a coat of matt varnish first; the',
        'slightly rough surface holds the wash evenly and it dries without a tide line.',
      ),
      j(
        'The other trick is to work on one side of one wagon at a time and lay it flat, so gravity does not pull the wash into the',
        'corners while it dries. Real grime collects low down and along the bottom of the planks, so that is where you want it.',
      ),
      'My order of work, brushes only:',
    ],
  ],
  [
    'Holm_Veitch',
    'Members',
    '212',
    'February 14',
    [
      j(
        'Tried this on four wagons over the weekend and the difference is huge. Matt varnish first was the missing step. I went lighter',
        'with the pigment on two of them so the rake does not look uniform, which I think helps more than anything.',
      ),
      j(
        'One thing I would add for anyone finding this later: do the powders outside or over a sheet of newspaper, and use an old',
        'soft brush you do not mind ruining. The powders get everywhere, and a brush that has been used for them never paints cleanly',
        'again. Photos to follow once the rest are done.',
      ),
    ],
  ],
];
const iSteps = [
  'Matt varnish, left to cure overnight.',
  'A thin wash of dark brown with a drop of washing-up liquid, wiped downwards with a tissue.',
  'Weathering powders dry-brushed on the lower sides and running gear, heavier towards the wheels.',
  'A final light coat of matt varnish to fix the powders, otherwise they rub off on your fingers.',
];
const iQuote = 'they pool in the corners and dry with hard rings';
const iNav = ['Browse', 'Activity', 'Gallery', 'Events', 'Leaderboard', 'Store'];
const iCrumbs = ['Home', 'Forums', 'Modelling', 'Wagons & Coaches'];
const iTags = ['weathering', 'wagons', 'brush painting'];
const iSigs = ['Slow progress on Lower Fenwick, a 1950s branch terminus in OO.', 'Layout blog: Kettering Road shed, updated on Sundays.'];
const author = (name: string, group: string, posts: string) => `<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="/profile/${name.length}-x/"
class="ipsType_break">${name}</a></strong></h3><ul class="cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo"><div
class="cAuthorPane_photoWrap"><a href="#" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/av-${name.length}.jpg" alt="${name}"></a></div></li>
<li data-role="group">${group}</li><li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex cAuthorPane_stats"><li><a
href="#" title="${posts} posts" class="ipsType_blendLinks"><i class="fa fa-comment"></i> ${posts}</a></li></ul></li></ul></aside>`;
const post = ([name, group, count, date, paras]: [string, string, string, string, string[]], i: number) => `<article id="elComment_${4410 + i}"
class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
${author(name, group, count)}<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-${4410 + i}_wrap" data-controller="core.front.core.comment"
class="ipsComment_content ipsType_medium"><div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between"><div
class="ipsType_reset ipsType_light"><a href="#" class="ipsType_blendLinks">Posted <time datetime="2026-02-${date.slice(-2)}T21:14:00Z">${date}</time></a></div>
<a href="#" class="ipsType_blendLinks">Share</a></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained">
${
  i === 1
    ? `<blockquote class="ipsQuote" data-ipsquote=""><div class="ipsQuote_citation">On 2/11/2026 at 9:14 PM, Holm_Veitch said:</div><div
class="ipsQuote_contents"><p>${iQuote}</p></div></blockquote>`
    : ''
}
${ps(paras)}
${i === 1 ? `<ol>${iSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>` : ''}
</div><div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact
ipsPos_right"><div class="ipsReact_blurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><img src="/reactions/react_like.png" alt="Like">
<span>${[3, 9, 5][i]}</span></li></ul></div></div></div><ul class="ipsComment_controls ipsClearfix"><li><a href="#" class="ipsButton ipsButton_link
ipsButton_verySmall">Quote</a></li></ul></div>
${
  i < 2
    ? `<div class="cSignature ipsBorder_top ipsPadding_vertical"><div data-ipslazyload class="ipsType_richText ipsType_normal">${iSigs[i]}</div>
</div>`
    : ''
}
</div></div></div></article>`;
const iHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><title>${iTitle} - Wagons &amp; Coaches - Tinplate &amp; Track Forum</title><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${iTitle}"><meta property="og:type" content="website">
<meta property="og:site_name" content="Tinplate &amp; Track Forum"><meta name="keywords" content="weathering, wagons, brush painting">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${iTitle}",
"datePublished":"2026-02-11T21:14:00+0000",
"author":{"@type":"Person","name":"Holm_Veitch"},"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":2}]}</script>
<script>var ipsDebug=false;var ipsSettings={cookie_path:"/",cookie_prefix:"ips4_",upload_imgURL:"",message_imgURL:"",notification_imgURL:""};</script>
<link rel="stylesheet" href="/uploads/css_built_1/framework.css?v=8f2a" media="all"></head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums" data-pagemodule="forums"
data-pagecontroller="topic"><a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container"><a href="/" id="elLogo" accesskey="1"><img src="/uploads/logo.png"
alt="Tinplate &amp; Track Forum"></a><ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li><a href="/login/"
id="elUserSignIn">Existing user? Sign In</a></li><li><a href="/register/" class="ipsButton ipsButton_normal ipsButton_primary">Sign Up</a></li></ul>
</div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container
ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix">${links(iNav)}</ul><div id="elSearchWrapper"><div id="elSearch"><form
action="/search/"><input type="search" id="elSearchField" placeholder="Search..." name="q"></form></div></div></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">${links(iCrumbs)}</ul></nav>
<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex
ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break
ipsContained"><span>${iTitle}</span></span></h1></div><div class="ipsFlex-flex:00"><a href="#" class="ipsFollow ipsButton ipsButton_light
ipsButton_verySmall">Follow</a></div></div><hr class="ipsHr"><div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between"><div
class="ipsPhotoPanel ipsPhotoPanel_tiny"><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By <strong><a
href="/profile/11-holm_veitch/">Holm_Veitch</a></strong>,</span><br><span class="ipsType_light"><time datetime="2026-02-11T21:14:00Z">February 11</time> in <a
href="/forum/14-wagons-coaches/">Wagons &amp; Coaches</a></span></p></div></div>
<ul class="ipsTags ipsList_inline">${iTags.map((t) => `<li><a href="/tags/${t}/" class="ipsTag" rel="tag"><span>${t}</span></a></li>`).join('')}</ul>
</div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><a href="#reply"
class="ipsButton ipsButton_link ipsButton_medium">Reply to this topic</a></li><li><a href="/forum/14-wagons-coaches/?do=add" class="ipsButton
ipsButton_important ipsButton_medium">Start new topic</a></li></ul></div>
<div data-controller="core.front.core.commentFeed,forums.front.topic.view" data-feedid="topic-881" class="cTopic ipsClear ipsSpacer_top">
${iPosts.map(post).join('\n')}</div>
<div id="replyForm" class="ipsBox ipsPadding ipsResponsive_pull"><h2 class="ipsType_sectionHead">Create an account or sign in to comment</h2><p>You need to be
a member in order to leave a comment</p><a href="/register/" class="ipsButton ipsButton_primary">Register a new account</a> <a href="/login/"
class="ipsButton ipsButton_primary">Sign in</a></div>
<nav class="ipsBreadcrumb ipsBreadcrumb_bottom"><ul data-role="breadcrumbList">${links(iCrumbs.slice(0, 2))}</ul><ul class="ipsList_inline
ipsPos_right"><li><a href="/discover/">All Activity</a></li></ul></nav>
<div class="ipsWidget ipsWidget_horizontal ipsBox"><h3 class="ipsType_reset ipsWidget_title">Recently Browsing</h3><p class="ipsType_reset
ipsType_medium ipsType_light">1 member and 14 guests</p></div></div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top"
id="elFooterLinks"><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/contact/">Contact Us</a></li><li><a href="/cookies/">Cookies</a></li></ul>
<p id="elCopyright"><span id="elCopyright_userLine">Tinplate &amp; Track Forum, for railway modellers since 2004</span> <a rel="nofollow"
href="https://invisioncommunity.example">Powered by Invision Community</a></p></div></footer>
<div class="ipsfocus-cookie" id="elGuestTerms" data-role="guestTermsBar"><div class="ipsLayout_container"><p class="ipsType_reset">We have placed cookies on
your device to help make this website better. You can adjust your cookie settings, otherwise we'll assume you're okay to continue.</p><a href="#"
class="ipsButton ipsButton_veryLight" data-action="dismissTerms">Accept</a></div></div>
<script src="/uploads/javascript_global/root_library.js"></script></body></html>`;
export const invision: TestPage = {
  name: 'heldout279-invision-community-topic',
  kind: 'forum',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([...(iPosts[0]?.[4] ?? []), ...(iPosts[1]?.[4] ?? []), ...iSteps, ...(iPosts[2]?.[4] ?? [])]),
  bylines: ['Holm_Veitch', 'Ada Pennick', 'February 11', 'February 14', 'Posted February 11', 'Posted February 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Existing user? Sign In', 'Sign Up', ...iNav, ...iCrumbs, 'Follow', ...iTags.filter((t) => t !== 'wagons'),
    'Reply to this topic', 'Start new topic',
    'Members', 'Moderators', '212', '4,806', 'Share', 'On 2/11/2026 at 9:14 PM, Holm_Veitch said:', 'Quote', ...iSigs,
    'Create an account or sign in to comment', 'You need to be a member in order to leave a comment', 'Register a new account', 'Sign in',
    'All Activity', 'Recently Browsing', '1 member and 14 guests', 'Privacy Policy', 'Contact Us', 'Cookies',
    'Tinplate & Track Forum, for railway modellers since 2004', 'Powered by Invision Community',
    j(
      "We have placed cookies on your device to help make this website better. You can adjust your",
      "cookie settings, otherwise we'll assume you're okay to continue.",
    ),
    'Accept',
  ],
};
