import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout713-kit.js';

/**
 * Held-out batch 713, file f: a "solved" question topic on a family history forum run on Invision Community 4.7 (cookie
 * message, "Recommended Posts", author panes with member title, post count and location, the mobile author strip, "Author"
 * and "Solution" badges, a quoted post, "Thanks" reactions, signatures), and an AskHistorians thread on old.reddit.com
 * (subreddit bar, tab menu, link flair, the self post, the AutoModerator sticky, removed comments, a long answer with its
 * sources, nested replies, "load more comments", the sidebar and the old footer).
 */
const iTitle = 'Johanna Rask, born Orrin Magna c.1862 – no baptism anywhere';
type IPost = {
  id: number;
  user: string;
  title: string;
  posts: string;
  loc: string;
  when: string;
  iso: string;
  paras: string[];
  list?: string[];
  after?: string[];
  quote?: [string, string];
  thanks: string;
  sig?: string;
  op?: boolean;
  solution?: boolean;
};
const iPosts: IPost[] = [
  {
    id: 88410,
    user: 'KinSeeker_Maud',
    title: 'Member',
    posts: '47',
    loc: 'Lanford',
    when: 'March 3',
    iso: '2027-03-03T20:11:40Z',
    op: true,
    paras: [
      j(
        'I’m stuck on my great-great-grandmother, Johanna Rask. Every census from 1871 onwards says she was born in Orrin Magna about',
        '1862, and her marriage in 1883 gives her father as “Peder Rask, labourer”. But there is no baptism for her in the Orrin Magna',
        'registers between 1858 and 1866. I’ve been through the transcripts and the images twice.',
      ),
      'What I have so far:',
    ],
    list: [
      '1871 census: Johanna, 9, daughter, born Orrin Magna',
      '1881 census: servant in Cullen, 19, born Orrin Magna',
      'Married Thomas Hale at Cullen parish church, 14 May 1883, father Peder Rask',
    ],
    after: [
      j('Peder doesn’t appear in the Orrin Magna registers at all, which makes me wonder if the family were nonconformists. Any ideas', 'where to look next?'),
    ],
    thanks: '2',
  },
  {
    id: 88416,
    user: 'Ellery_in_Harnholm',
    title: 'Forum Regular',
    posts: '2,418',
    loc: 'Harnholm',
    when: 'March 3',
    iso: '2027-03-03T21:40:02Z',
    solution: true,
    paras: [
      j(
        'Rask is a Scandinavian name, and Orrin Magna had a small Norwegian community around the timber wharf in the 1850s and 60s. A lot',
        'of those families used the seamen’s church in Harnholm rather than the parish church, for baptisms as well as services.',
      ),
      j(
        'The seamen’s church registers were never deposited with the county. They went to the mission society’s archive and were only',
        'filmed in 2019. They’re not on the big sites yet, but the Harnholm Family History Society has an index. Worth a try, and look',
        'for Rasch and Rasck as well.',
      ),
    ],
    thanks: '9',
    sig: 'Researching: Hale, Rask/Rasch, Penfold and Wrenn (Orrin Valley and Harnholm)',
  },
  {
    id: 88431,
    user: 'Helen T',
    title: 'Moderator',
    posts: '9,107',
    loc: 'Brenford',
    when: 'March 4',
    iso: '2027-03-04T07:58:19Z',
    quote: ['On 03/03/2027 at 20:11, KinSeeker_Maud said:', 'Peder doesn’t appear in the Orrin Magna registers at all'],
    paras: [
      j(
        'Also check the burial registers. If Peder died before 1871 (he isn’t on the census with them?), his burial might give you an age',
        'and a clue to where he came from. Nonconformists were usually still buried in the parish churchyard before 1880, so he may be in',
        'the Orrin Magna burials even if nobody was baptised there.',
      ),
    ],
    thanks: '4',
  },
  {
    id: 88502,
    user: 'KinSeeker_Maud',
    title: 'Member',
    posts: '47',
    loc: 'Lanford',
    when: 'March 6',
    iso: '2027-03-06T18:25:51Z',
    op: true,
    paras: [
      j(
        'Found her!! Ellery was spot on. The Harnholm FHS index has “Johanne Rasch”, daughter of Peder Rasch, ship’s carpenter, and',
        'Marthe, baptised at the seamen’s church on 2 March 1862. No wonder I couldn’t find her, with a different spelling and a different',
        'church.',
      ),
      j(
        'Helen, you’re right too: Peder isn’t on the 1871 census. Burials are the next job. Thank you both so much, I’ve been stuck on',
        'this for three years.',
      ),
    ],
    thanks: '6',
  },
];
const iBadges = (p: IPost): string =>
  p.op || p.solution
    ? `<div class="ipsComment_badges"><ul class="ipsList_reset ipsFlex ipsFlex-jc:end ipsFlex-fw:wrap ipsGap:2 ipsGap_row:1">${
        p.op ? '<li><strong class="ipsBadge ipsBadge_large ipsComment_authorBadge">Author</strong></li>' : ''
      }${p.solution ? '<li><strong class="ipsBadge ipsBadge_large ipsBadge_positive"><i class="fa fa-check"></i> Solution</strong></li>' : ''}</ul></div>`
    : '';
const iPost = (p: IPost): string => `<article id="elComment_${p.id}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear
ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone${p.solution ? ' ipsComment_solved' : ''}">
<div class="cAuthorPane_mobile ipsResponsive_showPhone"><div class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="/profile/${p.id}-x/"
class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/set_resources_2/default_photo.png" alt="${p.user}" loading="lazy"></a></div></div>
<div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a
href="/profile/${p.id}-x/" class="ipsType_break">${p.user}</a></h3><div class="ipsType_light ipsType_reset"><a
href="/topic/20914-x/?do=findComment&amp;comment=${p.id}" rel="nofollow" class="ipsType_blendLinks">Posted <time datetime="${p.iso}"
title="${p.iso}" data-short="9 d">${p.when}</time></a></div></div></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3 class="ipsType_sectionHead cAuthorPane_author
ipsType_blendLinks ipsType_break"><strong><a href="/profile/${p.id}-x/" class="ipsType_break">${p.user}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset"><li data-role="group-title" class="ipsType_break">${p.title}</li><li data-role="photo" class="cAuthorPane_photo"><div
class="cAuthorPane_photoWrap"><a href="/profile/${p.id}-x/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/set_resources_2/default_photo.png"
alt="${p.user}" loading="lazy"></a></div></li><li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center
ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats"><li><a href="/profile/${p.id}-x/content/" title="${p.posts} posts" class="ipsType_blendLinks"><i
class="fa fa-comment"></i> ${p.posts}</a></li></ul></li><li data-role="custom-field" class="ipsResponsive_hidePhone ipsType_break"><span
class="ft">Location:</span> <span class="fc">${p.loc}</span></li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-${p.id}_wrap" data-controller="core.front.core.comment" data-commentapp="forums"
data-commenttype="forums" data-commentid="${p.id}" class="ipsComment_content ipsType_medium">${iBadges(p)}
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class="ipsType_light ipsType_reset
ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_reset ipsComment_tools"><li><a href="/topic/20914-x/?do=findComment&amp;comment=${p.id}"
class="ipsType_blendLinks" data-ipstooltip title="Share this post" data-ipsmenu><i class="fa fa-share-alt"></i></a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone"><a href="/topic/20914-x/?do=findComment&amp;comment=${p.id}" rel="nofollow" class="ipsType_blendLinks">Posted
<time datetime="${p.iso}" title="${p.iso}" data-short="9 d">${p.when}</time></a></div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained"
data-controller="core.front.core.lightboxedImages">${
  p.quote
    ? `<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-username="KinSeeker_Maud"><div
class="ipsQuote_citation">${p.quote[0]}</div><div class="ipsQuote_contents ipsClearfix"><p>${p.quote[1]}</p></div></blockquote>`
    : ''
}
${ps(p.paras)}${p.list ? `\n<ul>${lis(p.list)}</ul>` : ''}${p.after ? `\n${ps(p.after)}` : ''}
</div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact ipsPos_right"><div
class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span data-ipstooltip title="Thanks"><span><img
src="/uploads/reactions/react_thanks.png" alt="Thanks"></span><span>${p.thanks}</span></span></li></ul></div></div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li class="ipsJS_show"><a href="#"
data-action="quoteComment">Quote</a></li></ul></div>${
  p.sig
    ? `\n<div data-role="memberSignature" class="ipsResponsive_hidePhone ipsSpacer_top ipsType_richText ipsType_normal ipsType_light"><hr class="ipsHr
ipsResponsive_hidePhone"><div class="ipsType_richText ipsType_normal" data-controller="core.front.core.lightboxedImages"><p>${p.sig}</p></div></div>`
    : ''
}</div></div></div></article>`;
const iNav = ['Browse', 'Forums', 'Record Finder', 'Gallery', 'Activity', 'Leaderboard'];
const iCrumbs = ['Home', 'Parish Registers', 'Church Records & Parish Registers'];
const iTags = ['baptisms', 'norwegian', 'seamen’s church'];
const iSimilar = ['Seamen’s mission registers – where are they now?', 'Harnholm nonconformist baptisms 1840–1870'];
const iHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta
charset="utf-8"><title>${iTitle} - Church Records &amp; Parish Registers - Hearth &amp; Kin Family History Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${iTitle}"><meta property="og:type" content="website">
<meta property="og:site_name" content="Hearth &amp; Kin Family History Forum"><meta name="description" content="I’m stuck on my great-great-grandmother,
Johanna Rask.">
<link rel="canonical" href="https://forum.hearthandkin.org.uk/topic/20914-johanna-rask-born-orrin-magna-c1862-no-baptism-anywhere/">
<link rel="stylesheet" href="https://forum.hearthandkin.org.uk/uploads/css_built_2/341e4a57816af3ba440d891ca87450ff_framework.css?v=b1c7a45170" media="all">
<script>var ipsDebug = false; var ipsSettings = {"cookie_path":"\\/","cookie_prefix":"ips4_","cookie_ssl":true,"baseURL":"\\/\\/forum.hearthandkin.org.uk\\/",
"lazyLoadEnabled":true,"upload_imgURL":""};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${iTitle}","author":{"@type":"Person",
"name":"KinSeeker_Maud"},"dateCreated":"2027-03-03T20:11:40+0000","interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"http://schema.org/CommentAction","userInteractionCount":3}]}</script></head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums" data-pagelocation="front"
data-pagemodule="forums" data-pagecontroller="topic" data-pageid="20914">
<div class="ipsCookieMessage ipsPad_half ipsAreaBackground_dark" data-role="cookieMessage"><div class="ipsLayout_container"><h3 class="ipsType_reset
ipsType_large">Important Information</h3><p class="ipsType_reset">We have placed cookies on your device to help make this website better. You can <a
href="/cookies/">adjust your cookie settings</a>, otherwise we'll assume you're okay to continue.</p><a href="#" class="ipsButton ipsButton_verySmall
ipsButton_veryLight" data-action="dismissCookieMessage">I accept</a></div></div>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container ipsFlex ipsFlex-ai:center ipsFlex-jc:between"><a href="/"
id="elLogo" accesskey="1"><img src="/uploads/monthly_2024_09/hearthandkin-logo.png" alt="Hearth &amp; Kin Family History Forum"></a>
<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="/login/" id="elUserSignIn">Existing user? Sign
In</a></li><li><a href="/register/" class="ipsButton ipsButton_normal ipsButton_primary" id="elRegisterButton">Sign Up</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container
ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix">${links(iNav)}</ul><div id="elSearchWrapper"><div id="elSearch"
data-controller="core.front.core.quickSearch"><form accept-charset="utf-8" action="/search/?do=quicksearch" method="post"><input type="search"
id="elSearchField" placeholder="Search..." name="q" autocomplete="off" aria-label="Search"><button class="cSearchSubmit" type="submit"
aria-label="Search"><i class="fa fa-search"></i></button></form></div></div></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">${iCrumbs
  .map(
    (c) => `<li itemprop="itemListElement"><a href="/forum/x/" itemprop="item"><span itemprop="name">${c.replace(/&/g, '&amp;')} <i
class="fa fa-angle-right"></i></span></a></li>`,
  )
  .join('\n')}<li aria-current="location">${iTitle}</li></ul></nav>
<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex
ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span><span
class="ipsBadge ipsBadge_icon ipsBadge_positive" data-ipstooltip title="Solved"><i class="fa fa-check"></i></span></span> <span class="ipsType_break
ipsContained"><span>${iTitle}</span></span></h1></div><div class="ipsFlex-flex:00"><ul class="ipsTags ipsList_inline">${iTags
  .map((t) => `<li><a href="/tags/${encodeURIComponent(t)}/" class="ipsTag" rel="tag"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><div
class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By <a
href="/profile/88410-x/" class="ipsType_break">KinSeeker_Maud</a>,</span> <span class="ipsType_light"><time datetime="2027-03-03T20:11:40Z"
title="03/03/2027 08:11  PM">March 3</time> in <a
href="/forum/31-church-records-parish-registers/">Church Records &amp; Parish Registers</a></span></p></div></div></div>
<div class="ipsFlex-flex:01 ipsResponsive_hidePhone"><div class="ipsShareLinks"><a href="#elShareItem_menu" class="ipsShareButton ipsButton
ipsButton_verySmall ipsButton_light" data-ipsmenu><span><i class="fa fa-share-alt"></i></span> &nbsp;Share</a></div><div class="ipsFollow"><a
href="/login/" class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall" data-role="followButton">Followers</a><a class="ipsCommentCount
ipsPos_middle ipsType_noBreak" href="#">3</a></div></div></div></div>
<div class="ipsBox ipsResponsive_pull ipsPadding ipsMargin_bottom cTopicSolution"><div class="ipsType_reset ipsType_medium"><i class="fa fa-check-circle"></i>
<strong>Solved</strong> by <a href="/profile/88416-x/">Ellery_in_Harnholm</a> in <a href="#elComment_88416">this post</a></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><a
href="#replyForm" rel="nofollow" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></li><li><a
href="/forum/31-x/?do=add" rel="nofollow" class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view" data-autopoll data-baseurl="/topic/20914-x/" data-lastpage
data-feedid="topic-20914" class="cTopic ipsClear ipsSpacer_top"><h2 class="ipsType_sectionTitle ipsType_reset ipsType_medium">Recommended Posts</h2>
<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_light ipsPad">
${iPosts.map(iPost).join('\n')}
</div></div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showDesktop ipsMargin_top"><div class="ipsAreaBackground_light ipsPad"><h2
class="ipsType_pageTitle">Create an account or sign in to comment</h2><p class="ipsType_light ipsType_normal ipsType_reset">You need to be a member in order
to leave a comment</p><div class="ipsGrid ipsGrid_collapsePhone ipsSpacer_top"><div class="ipsGrid_span6 cLogin_register"><h2
class="ipsType_sectionHead">Create an account</h2><p class="ipsType_normal ipsType_reset ipsType_light">Sign up for a new account in our community. It's
easy!</p><a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">Register a new account</a></div><div class="ipsGrid_span6 cLogin_signIn"><h2
class="ipsType_sectionHead">Sign in</h2><p class="ipsType_normal ipsType_reset ipsType_light">Already have an account? Sign in here.</p><a href="/login/"
class="ipsButton ipsButton_primary ipsButton_small">Sign In Now</a></div></div></div></div>
<div class="ipsGrid ipsGrid_collapsePhone ipsPager ipsClearfix ipsSpacer_top ipsContained"><div class="ipsGrid_span6 ipsType_left ipsPager_prev"><a
href="/forum/31-x/" title="Go to Church Records &amp; Parish Registers" rel="parent"><span class="ipsPager_type">Go to topic listing</span></a></div></div>
<div class="ipsWidget ipsWidget_horizontal ipsBox ipsMargin_top"><h3 class="ipsType_reset ipsWidget_title">Similar Content</h3><div class="ipsWidget_inner"><ul
class="ipsDataList">${iSimilar
  .map((t) => `<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="/topic/x/">${t}</a></div></li>`)
  .join('')}</ul></div></div>
</div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top"
id="elFooterLinks">${links(['Theme', 'Privacy Policy', 'Contact Us', 'Cookies'])}</ul><p id="elCopyright"><span id="elCopyright_userLine">Hearth &amp; Kin is
run by volunteers. Registered charity no. 1182047.</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by
Invision Community</a></p></div></footer>
<script src="/applications/core/interface/js/js_lang_1.js?v=b1c7a45170"></script></body></html>`;
const invision: TestPage = gold({
  name: 'heldout713-invision-genealogy-baptism',
  kind: 'forum',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts(iPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras, ...(p.list ?? []), ...(p.after ?? [])])),
  bylines: ['By KinSeeker_Maud,', 'March 3', ...iPosts.flatMap((p) => [p.user, `Posted ${p.when}`, ...(p.quote ? [p.quote[0]] : [])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Important Information',
    'We have placed cookies on your device to help make this website better. You can adjust your cookie settings, otherwise we\'ll assume you\'re okay to '
      + 'continue.',
    'I accept', 'Existing user? Sign In', 'Sign Up', ...iNav, ...iCrumbs, ...iTags, 'in Church Records & Parish Registers', 'Share', 'Followers', '3',
    'Solved by Ellery_in_Harnholm in this post', 'Reply to this topic', 'Start new topic', 'Recommended Posts',
    ...iPosts.flatMap((p) => [p.title, p.posts, p.thanks]), 'Location:', 'Lanford', 'Harnholm', 'Brenford', 'Author', 'Solution', 'Quote',
    ...(iPosts[1]?.sig ? [iPosts[1].sig] : []), 'Create an account or sign in to comment', 'You need to be a member in order to leave a comment',
    'Create an account', 'Sign up for a new account in our community. It\'s easy!', 'Register a new account', 'Sign in',
    'Already have an account? Sign in here.', 'Sign In Now', 'Go to topic listing', 'Similar Content', ...iSimilar, 'Theme', 'Privacy Policy',
    'Contact Us', 'Cookies', 'Hearth & Kin is run by volunteers. Registered charity no. 1182047.', 'Powered by Invision Community',
  ],
});

const rTitle = 'In 17th-century Varnholt, how did parishes know who skipped church, and what actually happened to people who did?';
const rPost = [
  j(
    'I’ve read that attendance at Sunday service was compulsory in Varnholt after the church ordinance of 1614, with fines for',
    'absence. But how would a parish of several hundred people actually know who wasn’t there? Was there a register? And were people',
    'really fined, or was it a rule nobody enforced?',
  ),
];
const rAnswer = [
  j(
    'Short answer: many parishes in Varnholt did keep track, though not quite in the way you might imagine, and yes, people were',
    'fined, though far less often than the ordinance says they should have been.',
  ),
  j(
    'The 1614 ordinance required every household to send at least one adult to the morning service on Sundays and feast days, and',
    'made the churchwardens (in Varnholt, the <em>kirkmeisters</em>, two elected farmers in each parish) responsible for reporting',
    'absences to the pastor. The fine was two skillings for a first absence, rising to eight for a third, with the money going to the',
    'poor chest.',
  ),
  '<strong>How did they know?</strong>',
  j(
    'Varnholt’s churches had fixed, assigned seating, and that is the key to the whole system. From the 1620s, most parishes drew up a',
    'pew book that listed which farm or household sat where, usually with men on the south side and women on the north, in order of the',
    'value of their farm. A kirkmeister standing at the back of the church did not need to count heads. He only needed to look for',
    'empty places.',
  ),
  j(
    'We can see this working in the records of the parish of Hessel, which are unusually complete. The pew book of 1638 lists 74',
    'places, and the kirkmeisters’ notes, scribbled in the margins of the pew book itself, record absences by farm name rather than by',
    'person:',
  ),
];
const rQuote = 'Nordre Lia empty the 3rd and 4th Sunday after Trinity. The wife says the child was sick.';
const rAnswer2 = [
  'That last sentence is typical. Most recorded absences come with an excuse attached, and most excuses were accepted.',
  '<strong>Were people actually fined?</strong>',
  j(
    'Teodor Brask’s study of six parishes between 1620 and 1700 is the best guide here. He found 1,812 recorded absences, and fines',
    'imposed in only 214 of them, a little under 12 per cent. The people who were fined fall into a few clear groups:',
  ),
];
const rList = [
  'Households with repeated absences and no excuse, usually over several months.',
  'Servants and lodgers, who had no seat of their own and were easier to punish than farm owners.',
  'People already in trouble with the pastor for something else, for whom absence was added to the list.',
];
const rAnswer3 = [
  j(
    'Brask argues, convincingly in my view, that the fines mattered less as punishment than as a record. A household fined for',
    'absence was a household the pastor had noticed, and that could matter later, when it came to confirmation, marriage banns or',
    'poor relief.',
  ),
  '<strong>The limits of the system</strong>',
  j(
    'The whole system depended on the kirkmeisters, who were neighbours of the people they were reporting. In Hessel, the number of',
    'recorded absences drops sharply in the years when one farmer, Ola Brynd, served as kirkmeister, and rises again when he stepped',
    'down. Either his neighbours became unusually devout, or he was unwilling to write them down.',
  ),
  j(
    'So the honest answer to your question is that parishes knew who was missing because everyone had a seat, but what happened next',
    'depended very much on who was standing at the back with the pew book.',
  ),
  '<strong>Sources</strong>',
];
const rSources = [
  'Teodor Brask, <em>Pews and Penalties: Church Discipline in Varnholt, 1590–1720</em> (Lindau: Harrow Press, 1998).',
  'Ingrid Sæle, “Empty Seats: Absence and Excuse in the Hessel Pew Book”, <em>Varnholt Historical Review</em> 41 (2011), pp. 77–102.',
];
const rAuto = [
  j(
    'Welcome to /r/AskHistorians. <strong>Please read our rules before you comment in this community.</strong> Understand that comments',
    'breaking the rules will be removed.',
  ),
  j(
    'We thank you for your interest in this question, and your patience in waiting for an in-depth and comprehensive answer to show',
    'up. In the meantime, our weekly roundup and the FAQ feature excellent content that has already been written.',
  ),
  j(
    '<em>I am a bot, and this action was performed automatically. Please <a href="/message/compose/?to=/r/AskHistorians">contact the',
    'moderators of this subreddit</a> if you have any questions or concerns.</em>',
  ),
];
type RComment = {
  id: string;
  user: string;
  flair?: string;
  score: number;
  ago: string;
  paras: string[];
  op?: boolean;
  edited?: boolean;
  replies?: RComment[];
  more?: string;
};
const rComments: RComment[] = [
  {
    id: 'kq81zd2',
    user: 'quietvellum',
    flair: 'Early Modern Northern Europe | Church Discipline',
    score: 1204,
    ago: '8 days ago',
    edited: true,
    paras: [],
    replies: [
      {
        id: 'kq8c2v1',
        user: 'lanternwick',
        op: true,
        score: 212,
        ago: '8 days ago',
        paras: [
          j(
            'This is fantastic, thank you. Do we know if women were ever the ones reported? You mention the wife giving the excuse, but',
            'were the fines charged to the husband as head of household?',
          ),
        ],
        replies: [
          {
            id: 'kq8f0aa',
            user: 'quietvellum',
            flair: 'Early Modern Northern Europe | Church Discipline',
            score: 187,
            ago: '8 days ago',
            paras: [
              j(
                'Almost always to the head of household, yes, which in practice meant the husband or a widow. Brask found only nine cases',
                'where a married woman was fined in her own name, and all but one of them involved absences while her husband was away at sea.',
              ),
            ],
          },
        ],
      },
      {
        id: 'kq8hh31',
        user: 'fjordlines',
        score: 64,
        ago: '7 days ago',
        paras: ['Is the Hessel pew book digitised anywhere? I would love to see the margin notes.'],
        replies: [
          {
            id: 'kq8kq02',
            user: 'quietvellum',
            flair: 'Early Modern Northern Europe | Church Discipline',
            score: 71,
            ago: '7 days ago',
            paras: [j('Parts of it are reproduced in Sæle’s article, including the page I quoted. As far as I know the whole book has not been', 'digitised.')],
          },
        ],
        more: '(3 replies)',
      },
    ],
  },
];
const rTags = (c: RComment): string => `<p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a
href="https://old.reddit.com/user/${c.user}" class="author may-blank id-t2_${c.id}${c.op ? ' submitter' : ''}">${c.user}</a>${
  c.flair ? `&#32;<span class="flair" title="${c.flair}">${c.flair}</span>` : ''
}<span class="userattrs">${c.op ? '[<a class="submitter" title="submitter" href="#">S</a>]' : ''}</span>&#32;<span class="score dislikes"
title="${c.score - 1}">${c.score - 1} points</span><span class="score unvoted" title="${c.score}">${c.score} points</span><span class="score likes"
title="${c.score + 1}">${c.score + 1} points</span>&#32;<time title="Fri Mar 5 10:14:22 2027 UTC" datetime="2027-03-05T10:14:22+00:00"
class="live-timestamp">${c.ago}</time>${
  c.edited ? '&#32;<time title="last edited 8 days ago" datetime="2027-03-05T12:01:40+00:00" class="edited-timestamp">*</time>' : ''
}</p>`;
const rButtons = `<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink" rel="nofollow">permalink</a></li><li><a
href="javascript:void(0)" class="embed-comment">embed</a></li><li class="comment-save-button save-button login-required"><a
href="javascript:void(0)">save</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn
access-required">report</a></li><li class="reply-button login-required"><a class="access-required" href="javascript:void(0)">reply</a></li></ul>`;
const rMid = `<div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote"
tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote"
tabindex="0"></div></div>`;
const rAnswerHtml = `${ps(rAnswer)}
<blockquote><p>${rQuote}</p></blockquote>
${ps(rAnswer2)}
<ul>${lis(rList)}</ul>
${ps(rAnswer3)}
<ul>${lis(rSources)}</ul>`;
const rComment = (c: RComment, depth: number): string => `<div class=" thing id-t1_${c.id} noncollapsed comment ${depth % 2 ? 'odd' : 'even'}"
id="thing_t1_${c.id}" data-fullname="t1_${c.id}" data-type="comment" data-author="${c.user}" data-subreddit="AskHistorians"><p class="parent"><a
name="${c.id}"></a></p>${rMid}<div class="entry unvoted">${rTags(c)}<form action="#" class="usertext warn-on-unload" id="form-t1_${c.id}"><input type="hidden"
name="thing_id" value="t1_${c.id}"><div class="usertext-body may-blank-within md-container "><div class="md">${
  c.paras.length === 0 ? rAnswerHtml : ps(c.paras)
}</div></div></form>${rButtons}</div><div class="child">${
  c.replies || c.more
    ? `<div id="siteTable_t1_${c.id}" class="sitetable listing">${(c.replies ?? []).map((r) => rComment(r, depth + 1)).join('\n')}${
        c.more
          ? `<div class=" thing id-t1_more morechildren"><div class="entry unvoted"><span class="morecomments"><a class="button" href="javascript:void(0)"
id="more_t1_${c.id}">load more comments</a>&#32;<span class="gray">${c.more}</span></span></div></div>`
          : ''
      }</div>`
    : ''
}</div><div class="clearleft"></div></div>`;
const rRemoved = (id: string, ago: string): string => `<div class=" thing id-t1_${id} noncollapsed comment deleted" id="thing_t1_${id}"
data-fullname="t1_${id}" data-type="comment"><p class="parent"><a name="${id}"></a></p>${rMid}<div class="entry unvoted"><p class="tagline"><a
href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><span>[deleted]</span>&#32;<time class="live-timestamp"
datetime="2027-03-04T15:02:11+00:00">${ago}</time></p><form action="#" class="usertext"><div class="usertext-body may-blank-within md-container "><div
class="md"><p>[removed]</p></div></div></form><ul class="flat-list buttons"><li class="first"><a href="#" class="bylink" rel="nofollow">permalink</a></li><li><a
href="javascript:void(0)" class="embed-comment">embed</a></li></ul></div><div class="child"></div><div class="clearleft"></div></div>`;
const rBar = ['AskReddit', 'worldnews', 'todayilearned', 'history', 'AskHistorians', 'books', 'science', 'explainlikeimfive'];
const rRules = ['Rules', 'FAQ', 'Weekly roundup', 'Flair', 'Book list', 'Podcast'];
const rMods = ['AutoModerator', 'quietvellum', 'ledgerlines', 'Nuncheon'];
const rFoot: [string, string[]][] = [
  ['about', ['blog', 'about', 'advertising', 'careers']],
  ['help', ['site rules', 'Reddit help center', 'reddiquette', 'mod guidelines', 'contact us']],
  ['apps & tools', ['Reddit for iPhone', 'Reddit for Android', 'mobile website']],
  ['<3', ['reddit premium']],
];
const rHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>In 17th-century Varnholt, how did parishes know who skipped church, and what
actually happened to people who did? : AskHistorians</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit ">
<meta name="description" content="I’ve read that attendance at Sunday service was compulsory in Varnholt after the church ordinance of 1614">
<meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta property="og:title" content="${rTitle}">
<meta property="og:site_name" content="reddit"><meta property="og:ttl" content="600"><meta name="twitter:site" content="reddit">
<link rel="canonical" href="https://www.reddit.com/r/AskHistorians/comments/1b4xq7k/in_17thcentury_varnholt_how_did_parishes_know_who/">
<link rel="stylesheet" href="//www.redditstatic.com/reddit.wxM4OGMsFXc.css" media="all"><link rel="stylesheet" title="applied_subreddit_stylesheet"
href="//b.thumbs.redditmedia.com/askhistorians-stylesheet.css" media="all">
<script type="text/javascript" id="config">r.setup({"ajax_domain": "old.reddit.com", "post_site": "AskHistorians", "cur_domain": "reddit.com",
"logged": false, "server_time": 1804325601.0, "cur_listing": "AskHistorians", "is_fake": false, "renderstyle": "html", "stats_domain":
"https://stats.redditmedia.com"});</script></head>
<body class="listing-page comments-page single-page loggedout hot-page">
<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a><div id="sr-header-area"><div
class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)"><span class="selected title">my subreddits</span></div><div class="sr-list"><ul
class="flat-list sr-bar hover"><li><a href="https://old.reddit.com/r/popular/" class="choice">popular</a></li><li><span class="separator">-</span><a
href="https://old.reddit.com/r/all/" class="choice">all</a></li><li><span class="separator">-</span><a href="https://old.reddit.com/r/random/"
class="choice">random</a></li><li><span class="separator">-</span><a href="https://old.reddit.com/users/" class="choice">users</a></li></ul><span
class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover" id="sr-bar">${rBar
  .map((s, i) => `<li>${i ? '<span class="separator">-</span>' : ''}<a href="https://old.reddit.com/r/${s}/" class="choice">${s}</a></li>`)
  .join('')}</ul></div><a href="https://old.reddit.com/subreddits/" id="sr-more-link">more &raquo;</a></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname"><a
href="https://old.reddit.com/r/AskHistorians/">AskHistorians</a></span>&nbsp;<ul class="tabmenu "><li class="selected"><a
href="https://old.reddit.com/r/AskHistorians/comments/1b4xq7k/" class="choice">comments</a></li><li><a href="https://old.reddit.com/r/AskHistorians/wiki/index"
class="choice">wiki</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join?&#32;<a href="https://old.reddit.com/login"
class="login-required login-link">Log in</a>&#32;or&#32;<a
href="https://old.reddit.com/login" class="login-required">sign up</a>&#32;in seconds.</span><span class="separator">|</span><ul class="flat-list
hover"><li><a href="javascript:void(0)" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/AskHistorians/search" id="search" role="search"><input type="text"
name="q" placeholder="search" tabindex="20"><input type="submit" value="" tabindex="22"><div id="searchexpando" class="infobar"
style="display:none"><label><input
type="checkbox" name="restrict_sr" checked>limit my search to r/AskHistorians</label></div></form></div>
<div class="spacer"><div class="linkinfo"><div class="date"><span class="word">this post was submitted on &#32;</span><time
datetime="2027-03-04T14:22:07+00:00">04 Mar 2027</time></div><div class="score"><span class="number">2,481</span>&#32;<span class="word">points</span>&#32;(96%
upvoted)</div><div class="shortlink">shortlink: <input type="text" value="https://redd.it/1b4xq7k" readonly="readonly" id="shortlink-text"></div></div></div>
<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/AskHistorians/"
class="hover">AskHistorians</a></h1><span
class="fancy-toggle-button subscribe-button toggle" style=""><a class="option active add login-required" href="#">join</a><a class="option remove"
href="#">leave</a></span><span class="subscribers"><span class="number">2,104,220</span>&#32;<span class="word">historians</span></span><p
class="users-online"><span class="number">1,847</span>&#32;<span class="word">readers here now</span></p><form action="#" class="usertext"><div
class="usertext-body may-blank-within md-container"><div class="md"><p>AskHistorians is a place for questions about history, answered by people who
know the sources. Answers are expected to be in-depth and comprehensive, and to draw on good scholarship.</p><ul>${links(rRules)}</ul></div></div></form><div
class="bottom">created by&#32;<a href="https://old.reddit.com/user/ledgerlines" class="author may-blank">ledgerlines</a>&#32;<span
class="age">a community for 14
years</span></div></div></div>
<div class="spacer"><div class="sidecontentbox"><div class="title"><h1>MODERATORS</h1></div><ul class="content">${rMods
  .map((m) => `<li><a href="https://old.reddit.com/user/${m}" class="author may-blank">${m}</a></li>`)
  .join('')}<li class="more"><a href="https://old.reddit.com/r/AskHistorians/about/moderators">...and 41 more »</a></li></ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_1b4xq7k odd link self"
data-author="lanternwick" data-subreddit="AskHistorians" data-type="link" data-fullname="t3_1b4xq7k" data-comments-count="63" data-score="2481"><p
class="parent"></p><span class="rank"></span><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote"
role="button" aria-label="upvote" tabindex="0"></div><div class="score dislikes" title="2480">2480</div><div class="score unvoted" title="2481">2481</div><div
class="score likes" title="2482">2482</div><div class="arrow down login-required access-required" data-event-action="downvote" role="button"
aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title"
href="/r/AskHistorians/comments/1b4xq7k/in_17thcentury_varnholt_how_did_parishes_know_who/" tabindex="1" rel="nofollow ugc">${rTitle}</a>&#32;<span
class="linkflairlabel " title="Early Modern">Early Modern</span>&#32;<span class="domain">(<a href="/r/AskHistorians/">self.AskHistorians</a>)</span></p>
<div class="expando-button expanded selftext"></div><p class="tagline ">submitted&#32;<time title="Thu Mar 4 14:22:07 2027 UTC"
datetime="2027-03-04T14:22:07+00:00" class="live-timestamp">9 days ago</time>&#32;by&#32;<a href="https://old.reddit.com/user/lanternwick" class="author
may-blank id-t2_9xq1a">lanternwick</a><span class="userattrs"></span></p><ul class="flat-list buttons"><li class="first"><a
href="https://old.reddit.com/r/AskHistorians/comments/1b4xq7k/" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">63
comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button
login-required"><a href="#">save</a></li><li><form action="/post/hide" method="post" class="state-button hide-button"><input type="hidden" name="executed"
value="hidden"><span><a href="javascript:void(0)" data-event-action="hide" onclick="change_state(this, 'hide', hide_thing);">hide</a></span></form></li><li
class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="crosspost-button"><a
class="post-crosspost-button" href="javascript: void 0;">crosspost</a></li></ul></div>
<div class="expando "><form action="#" class="usertext warn-on-unload" id="form-t3_1b4xq7k"><input type="hidden" name="thing_id" value="t3_1b4xq7k"><div
class="usertext-body may-blank-within md-container "><div class="md">${ps(rPost)}</div></div></form></div></div><div class="child"></div><div
class="clearleft"></div></div><div class="clearleft"><!--IE6fix--></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">&#32;all 63 comments</span></div><div class="menuarea"><div class="spacer"><span
class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop" onclick="open_menu(this)"><span
class="selected">best</span></div></div></div>
<div class="sitetable nestedlisting" id="siteTable_t3_1b4xq7k">
<div class=" thing id-t1_kq7xv01 stickied noncollapsed comment " id="thing_t1_kq7xv01" data-fullname="t1_kq7xv01" data-type="comment"
data-author="AutoModerator"><p class="parent"><a name="kq7xv01"></a></p>${rMid}<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)"
class="expand" onclick="return togglecomment(this)">[–]</a><a href="https://old.reddit.com/user/AutoModerator" class="author may-blank
moderator">AutoModerator</a><span class="userattrs">[<a class="moderator" title="moderator of /r/AskHistorians, speaking officially"
href="/r/AskHistorians/about/moderators">M</a>]</span>&#32;<span class="score unvoted" title="1">1 point</span>&#32;<time class="live-timestamp"
datetime="2027-03-04T14:22:08+00:00">9 days ago</time>&#32;<span class="stickied-tagline" title="selected by this subreddit's moderators">stickied
comment</span></p><form action="#" class="usertext"><div class="usertext-body may-blank-within md-container "><div
class="md">${ps(rAuto)}</div></div></form>${rButtons}</div><div
class="child"></div><div class="clearleft"></div></div>
${rRemoved('kq7y2m4', '9 days ago')}
${rComments.map((c) => rComment(c, 1)).join('\n')}
${rRemoved('kq8q3b7', '6 days ago')}
</div></div></div>
<div class="footer-parent"><div class="footer rounded">${rFoot
  .map(
    ([h, items]) =>
      `<div class="col"><ul class="flat-vert hover"><li
class="flat-vert title">${h.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</li>${links(items)}</ul></div>`,
  )
  .join('')}</div><p class="bottommenu">Use of this site constitutes acceptance of our&#32;<a href="https://www.reddit.com/help/useragreement">User
Agreement</a>&#32;and&#32;<a href="https://www.reddit.com/help/privacypolicy">Privacy Policy</a>. &copy; 2027 reddit inc. All rights reserved.</p><p
class="bottommenu">REDDIT and the ALIEN Logo are registered trademarks of reddit inc.</p></div>
<p class="debuginfo"><span class="icon">π</span>&nbsp;<span class="content">Rendered by PID 48213 on reddit-service-r2-loggedout-5d8c9b7f4-qk2mx at
2027-03-13 09:12:44.117205+00:00 running 7f3c1e2 country code: GB.</span></p></body></html>`;
const rFlat = (cs: RComment[]): RComment[] => cs.flatMap((c) => [c, ...rFlat(c.replies ?? [])]);
const oldreddit: TestPage = gold({
  name: 'heldout713-oldreddit-askhistorians-attendance',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rPost, ...rAnswer, rQuote, ...rAnswer2, ...rList, ...rAnswer3, ...rSources, ...rFlat(rComments).flatMap((c) => c.paras)]),
  bylines: ['submitted 9 days ago by lanternwick', ...rFlat(rComments).flatMap((c) => [c.user, c.ago]), '9 days ago', '6 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jump to content', 'my subreddits', 'popular', 'all', 'random', 'users', ...rBar, 'more »', 'reddit.com', 'AskHistorians', 'comments', 'wiki',
    'Want to join? Log in or sign up in seconds.', 'English', 'this post was submitted on', '04 Mar 2027', '2,481 points (96% upvoted)', 'shortlink:',
    'join', 'leave', '2,104,220 historians', '1,847 readers here now',
    'AskHistorians is a place for questions about history, answered by people who know the sources. Answers are expected to be in-depth and '
      + 'comprehensive, and to draw on good scholarship.',
    ...rRules, 'created by', 'ledgerlines', 'a community for 14 years', 'MODERATORS', ...rMods, '...and 41 more »', '2480', '2481', '2482', 'Early Modern',
    '(self.AskHistorians)', '63 comments', 'share', 'save', 'hide', 'report', 'crosspost', 'all 63 comments', 'sorted by:', 'best', 'AutoModerator', '[M]',
    '1 point', 'stickied comment', ...texts(rAuto), 'permalink', 'embed', 'reply', '[deleted]', '[removed]',
    ...rFlat(rComments).flatMap((c) => [...(c.flair ? [c.flair] : []), `${c.score - 1} points`, `${c.score} points`, `${c.score + 1} points`]), '[S]',
    'load more comments', '(3 replies)', 'about', 'blog', 'advertising', 'careers', 'help', 'site rules', 'Reddit help center', 'reddiquette',
    'mod guidelines', 'contact us', 'apps & tools', 'Reddit for iPhone', 'Reddit for Android', 'mobile website', '<3', 'reddit premium',
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2027 reddit inc. All rights reserved.',
    'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.',
    'Rendered by PID 48213 on reddit-service-r2-loggedout-5d8c9b7f4-qk2mx at 2027-03-13 09:12:44.117205+00:00 running 7f3c1e2 country code: GB.',
  ],
});

export const HELDOUT713_F: readonly TestPage[] = [invision, oldreddit];
