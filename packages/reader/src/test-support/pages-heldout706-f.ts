import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout706-kit.js';

/**
 * Held-out batch 706, file f: a topic on a legal advice forum run on Invision Community 4.7 (author panes with group,
 * post count and reputation, the mobile author strip, an edited notice, a quoted post, reactions and a signature), and a
 * Reddit thread in the shreddit markup (post, nested comments with flair and an OP badge, a deleted comment, the
 * AutoModerator sticky and the community sidebar).
 */
const iTitle = 'Summoned for jury service – employer says I can’t go';
type IPost = {
  user: string;
  group: string;
  posts: string;
  rep: string;
  when: string;
  iso: string;
  paras: string[];
  quote?: [string, string];
  edited?: string;
  likes: string;
  sig?: string;
};
const iPosts: IPost[] = [
  {
    user: 'dawnpatrol_88',
    group: 'Members',
    posts: '12',
    rep: '3',
    when: 'March 3',
    iso: '2027-03-03T19:41:02Z',
    paras: [
      j(
        'I’ve been summoned for jury service starting 14 April at Westmark Crown Court. It’s for two weeks. I work for a small',
        'logistics company (about 20 staff) as a transport planner, and when I showed my manager the summons he said they can’t',
        'spare me in April because two other people are on holiday, and that if I go I’ll be “letting the team down” and he’d have',
        'to “think about whether the role is right for me”.',
      ),
      j(
        'I’ve only been there 9 months so I know I don’t have full unfair dismissal rights yet. Can they actually sack me for doing',
        'jury service? And can I just defer it to a quieter month?',
      ),
    ],
    edited: 'Edited March 3 by dawnpatrol_88',
    likes: '1',
  },
  {
    user: 'Ex-Clerk Mags',
    group: 'Advanced Member',
    posts: '3.4k',
    rep: '1,204',
    when: 'March 3',
    iso: '2027-03-03T20:15:47Z',
    paras: [
      j(
        'Short answer: no, they can’t lawfully dismiss you for it, and the usual qualifying period doesn’t apply. Dismissal because',
        'you have been summoned for jury service is automatically unfair from day one, so the nine months doesn’t matter.',
      ),
      j(
        'On deferral, you can ask the jury summoning office to defer once, to a date within 12 months. The easiest route is the',
        'online reply form that came with your summons. Put the real reason (work pressures, staff on holiday) and suggest two or',
        'three dates that suit. They are usually reasonable about a first deferral.',
      ),
      j(
        'What your employer can’t do is make the request for you, or refuse to let you go. If they are genuinely struggling, the',
        'court does accept a letter from the employer explaining the business impact, but that supports a deferral, not an excusal.',
      ),
    ],
    likes: '6',
    sig: 'Former court clerk, not a solicitor. Nothing I post is legal advice – check the facts with someone who can see your paperwork.',
  },
  {
    user: 'Kestrel_Legal',
    group: 'Moderators',
    posts: '12.1k',
    rep: '9,877',
    when: 'March 4',
    iso: '2027-03-04T08:02:19Z',
    quote: ['On 03/03/2027 at 19:41, dawnpatrol_88 said:', 'he’d have to “think about whether the role is right for me”'],
    paras: [
      j(
        'That comment is worth writing down word for word, with the date and who was present. If anything happens to your job',
        'between now and April, it could be important evidence.',
      ),
      j(
        'I’d also suggest replying to your manager by email, politely, to confirm what was said and that you intend to comply with',
        'the summons or seek a deferral through the proper channel. Keep it factual.',
      ),
      j('Mags is right on the law. If they do dismiss you, you’d have three months less a day to start early conciliation, so don’t', 'sit on it.'),
    ],
    likes: '4',
  },
  {
    user: 'dawnpatrol_88',
    group: 'Members',
    posts: '12',
    rep: '3',
    when: 'March 6',
    iso: '2027-03-06T17:30:55Z',
    paras: [
      j(
        'Update for anyone who finds this later: I applied online to defer to July and it was granted the next day. Sent my manager',
        'a short email confirming the new dates and he replied “thanks, that works”. Saving this thread just in case. Thanks both.',
      ),
    ],
    likes: '3',
  },
];
const iPost = (p: IPost, i: number): string => {
  const id = 301122 + i * 7;
  return `<article id="elComment_${id}" class="cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix ipsClear ipsColumns
ipsColumns_noSpacing
ipsColumns_collapsePhone  ${p.group === 'Moderators' ? 'ipsComment_highlighted' : ''}">
<div class="cAuthorPane_mobile ipsResponsive_showPhone"><div class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="/profile/${id}-x/"
class="ipsUserPhoto
ipsUserPhoto_large"><img src="/uploads/set_resources_3/84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png" alt="${p.user}" loading="lazy"></a></div></div>
<div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a
href="/profile/${id}-x/"
class="ipsType_break">${p.user}</a></h3><div class="ipsType_light ipsType_reset"><a href="/topic/48211-x/?do=findComment&amp;comment=${id}" rel="nofollow"
class="ipsType_blendLinks">Posted <time datetime="${p.iso}" title="${p.iso}" data-short="3 d">${p.when}</time></a></div></div></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3 class="ipsType_sectionHead cAuthorPane_author
ipsType_blendLinks
ipsType_break"><strong><a href="/profile/${id}-x/" class="ipsType_break">${p.user}</a></strong></h3><ul class="cAuthorPane_info ipsList_reset">
<li data-role="photo" class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="/profile/${id}-x/" class="ipsUserPhoto ipsUserPhoto_large"><img
src="/uploads/set_resources_3/84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png" alt="${p.user}" loading="lazy"></a></div></li>
<li data-role="group">${p.group}</li><li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center
ipsFlex-jc:center
ipsGap_row:2 cAuthorPane_stats"><li><a href="/profile/${id}-x/content/" title="${p.posts} posts" class="ipsType_blendLinks"><i class="fa fa-comment"></i>
${p.posts}</a></li>
<li><span title="Member's total reputation" data-ipstooltip class="ipsRepBadge ipsRepBadge_positive"><i class="fa fa-plus-circle"></i>
${p.rep}</span></li></ul></li>
</ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-${id}_wrap" data-controller="core.front.core.comment" data-commentapp="forums"
data-commenttype="forums" data-commentid="${id}" data-quotedata="{&quot;userid&quot;:${id},&quot;username&quot;:&quot;${p.user}&quot;}"
class="ipsComment_content
ipsType_medium"><div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
<div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_reset ipsComment_tools"><li><a href="#elControls_${id}_menu"
class="ipsComment_ellipsis" id="elControls_${id}" title="More options..." data-ipsmenu><i class="fa fa-ellipsis-h"></i></a></li><li><a
href="/topic/48211-x/?do=findComment"
class="ipsType_blendLinks" data-ipstooltip title="Share this post" data-ipsmenu><i class="fa fa-share-alt"></i></a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone"><a href="/topic/48211-x/?do=findComment&amp;comment=${id}" class="ipsType_blendLinks"
rel="nofollow">Posted <time
datetime="${p.iso}" title="${p.iso}" data-short="3
d">${p.when}</time></a>${p.edited ? ' <span class="ipsResponsive_hidePhone">(edited)</span>' : ''}</div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained"
data-controller="core.front.core.lightboxedImages">${
    p.quote
      ? `<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-username="dawnpatrol_88"><div
class="ipsQuote_citation">${p.quote[0]}</div>
<div class="ipsQuote_contents ipsClearfix"><p>${p.quote[1]}</p></div></blockquote>`
      : ''
  }
${ps(p.paras)}
</div>${
    p.edited
      ? `<span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote><strong>Edited <time datetime="${p.iso}"
title="${p.iso}">${p.when}</time> by
${p.user}</strong></span>`
      : ''
  }
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact ipsPos_right">
<div class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span data-ipstooltip
title="Like"><span><img
src="/uploads/reactions/react_like.png" alt="Like"></span><span>${p.likes}</span></span></li></ul></div></div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li class="ipsJS_show"><a href="#" data-action="quoteComment"
data-ipsquote-singlequote>Quote</a></li></ul></div>${
    p.sig
      ? `\n<div data-role="memberSignature" class="ipsResponsive_hidePhone ipsSpacer_top ipsType_richText ipsType_normal ipsType_light"><hr class="ipsHr
ipsResponsive_hidePhone">
<div class="ipsType_richText ipsType_normal" data-controller="core.front.core.lightboxedImages"><p>${p.sig}</p></div></div>`
      : ''
  }</div></div></div></article>`;
};
const iNav = ['Browse', 'Forums', 'Guides', 'Find a Solicitor', 'Leaderboard', 'Online Users'];
const iCrumbs = ['Home', 'Employment Law'];
const iTags = ['jury service', 'dismissal'];
const iSimilar = ['Dismissed while on jury service – what are my options?', 'Employer won’t pay me for jury service days'];
const iFoot = ['Theme', 'Privacy Policy', 'Contact Us', 'Cookies'];
const iHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>Summoned for jury service – employer says I can’t go - Employment Law - Legal Lantern
Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${iTitle}"><meta property="og:type" content="website">
<meta property="og:site_name" content="Legal Lantern Forums"><meta name="description" content="I’ve been summoned for jury service starting 14 April at
Westmark Crown Court.">
<link rel="canonical" href="https://forums.legallantern.co.uk/topic/48211-summoned-for-jury-service-employer-says-i-cant-go/">
<link rel="stylesheet" href="https://forums.legallantern.co.uk/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=8f2b1c7a451709112233"
media="all">
<script type="text/javascript">var ipsDebug = false; var CKEDITOR_BASEPATH = '//forums.legallantern.co.uk/applications/core/interface/ckeditor/ckeditor/';
var ipsSettings = {"cookie_path":"\\/","cookie_prefix":"ips4_","cookie_ssl":true,
"baseURL":"\\/\\/forums.legallantern.co.uk\\/","lazyLoadEnabled":true};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${iTitle}","author":{"@type":"Person",
"name":"dawnpatrol_88"},"dateCreated":"2027-03-03T19:41:02+0000",
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":3}]}</script></head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums" data-pagelocation="front"
data-pagemodule="forums"
data-pagecontroller="topic" data-pageid="48211">
<div id="elGuestTerms" class="ipsPad_half ipsJS_hide" data-role="guestTermsBar"><div class="ipsLayout_container cGuestTerms"><div class="ipsFlex
ipsFlex-ai:center">
<p class="ipsType_reset">By using this site, you agree to our <a href="/terms/">Terms of Use</a> and <a href="/privacy/">Privacy Policy</a>. We have placed
cookies on your
device to help make this website better.</p><a href="/index.php?app=core&amp;module=system&amp;controller=terms&amp;do=dismiss" class="ipsButton
ipsButton_veryLight
ipsButton_small" data-action="dismissTerms">Accept</a></div></div></div>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container ipsFlex ipsFlex-ai:center ipsFlex-jc:between"><a href="/" id="elLogo"
accesskey="1"><img src="/uploads/monthly_2025_01/lantern-logo.png" alt="Legal Lantern Forums"></a>
<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="/login/" id="elUserSignIn">Existing user?
Sign In</a></li>
<li><a href="/register/" class="ipsButton ipsButton_normal ipsButton_primary" id="elRegisterButton">Sign Up</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container
ipsNavBar_noSubBars">
<ul data-role="primaryNavBar" class="ipsClearfix">${links(iNav, 'ipsNavBar_active')}</ul>
<div id="elSearchWrapper"><div id="elSearch" data-controller="core.front.core.quickSearch"><form accept-charset="utf-8" action="/search/?do=quicksearch"
method="post">
<input type="search" id="elSearchField" placeholder="Search..." name="q" autocomplete="off" aria-label="Search"><button class="cSearchSubmit" type="submit"
aria-label="Search"><i class="fa fa-search"></i></button></form></div></div></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">${iCrumbs
  .map((c) => `<li itemprop="itemListElement"><a href="/x/" itemprop="item"><span itemprop="name">${c} <i class="fa fa-angle-right"></i></span></a></li>`)
  .join('\n')}<li aria-current="location">${iTitle}</li></ul></nav>
<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span
class="ipsType_break ipsContained"><span>${iTitle}</span></span></h1></div><div class="ipsFlex-flex:00"><ul class="ipsTags ipsList_inline">${iTags
  .map(
    (t) => `<li><a href="/tags/${t.replace(/ /g, '%20')}/" class="ipsTag" title="Find other content tagged with '${t}'" rel="tag"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><div class="ipsPhotoPanel
ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By <a
href="/profile/301122-x/"
class="ipsType_break">dawnpatrol_88</a>,</span> <span class="ipsType_light"><time datetime="2027-03-03T19:41:02Z" title="03/03/2027 07:41  PM">March 3</time> in
<a href="/forum/12-employment-law/">Employment Law</a></span></p></div></div></div>
<div class="ipsFlex-flex:01 ipsResponsive_hidePhone"><div class="ipsShareLinks"><a href="#elShareItem_menu" class="ipsShareButton ipsButton ipsButton_verySmall
ipsButton_light" data-ipsmenu><span><i class="fa fa-share-alt"></i></span> &nbsp;Share</a></div><div class="ipsFollow"><a href="/login/" class="ipsFollow
ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall" data-role="followButton">Follow</a><a class="ipsCommentCount ipsPos_middle ipsType_noBreak"
href="#">2</a></div></div></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><a
href="#replyForm" rel="nofollow"
class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></li><li><a href="/forum/12-employment-law/?do=add"
rel="nofollow"
class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view,core.front.core.ignoredComments" data-autopoll
data-baseurl="/topic/48211-x/"
data-lastpage data-feedid="topic-48211" class="cTopic ipsClear ipsSpacer_top"><div data-role="commentFeed" data-controller="core.front.core.moderation"
class="ipsAreaBackground_light ipsPad">
${iPosts.map(iPost).join('\n')}
</div></div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showDesktop ipsMargin_top"><div class="ipsAreaBackground_light ipsPad"><h2
class="ipsType_pageTitle">Create
an account or sign in to comment</h2><p class="ipsType_light ipsType_normal ipsType_reset">You need to be a member in order to leave a comment</p>
<div class="ipsGrid ipsGrid_collapsePhone ipsSpacer_top"><div class="ipsGrid_span6 cLogin_register"><h2 class="ipsType_sectionHead">Create an account</h2><p
class="ipsType_normal ipsType_reset ipsType_light">Sign up for a new account in our community. It's easy!</p><a href="/register/" class="ipsButton
ipsButton_primary
ipsButton_small">Register a new account</a></div><div class="ipsGrid_span6 cLogin_signIn"><h2 class="ipsType_sectionHead">Sign in</h2><p class="ipsType_normal
ipsType_reset ipsType_light">Already have an account? Sign in here.</p><a href="/login/" class="ipsButton ipsButton_primary ipsButton_small">Sign In
Now</a></div></div>
</div></div>
<div class="ipsGrid ipsGrid_collapsePhone ipsPager ipsClearfix ipsSpacer_top ipsContained"><div class="ipsGrid_span6 ipsType_left ipsPager_prev"><a
href="/forum/12-employment-law/" title="Go to Employment Law" rel="parent"><span class="ipsPager_type">Go to topic listing</span></a></div></div>
<div class="ipsWidget ipsWidget_horizontal ipsBox ipsMargin_top"><h3 class="ipsType_reset ipsWidget_title">Similar Content</h3><div class="ipsWidget_inner">
<ul class="ipsDataList">${iSimilar.map((t) => `<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="/topic/x/">${t}</a></div></li>`).join('')}</ul>
</div></div></div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul id="elFooterLinks" class="ipsList_inline ipsType_center
ipsSpacer_top">${links(
  iFoot,
)}</ul><p id="elCopyright"><span id="elCopyright_userLine">Legal Lantern Forums. Information only, not legal advice.</span> <a rel="nofollow" title="Invision
Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>
<script type="text/javascript" src="/uploads/javascript_global/root_library.js?v=8f2b1c7a451709112233" data-ips></script></body></html>`;
const invision: TestPage = gold({
  name: 'heldout706-invision-jury-service',
  kind: 'forum',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts(iPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras])),
  bylines: [
    'By dawnpatrol_88,',
    'March 3',
    ...iPosts.flatMap((p) => [p.user, `Posted ${p.when}`, ...(p.edited ? [p.edited] : []), ...(p.quote ? [p.quote[0]] : [])]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By using this site, you agree to our Terms of Use and Privacy Policy. We have placed cookies on your device to help make this website better.',
    'Accept', 'Existing user? Sign In', 'Sign Up', ...iNav, ...iCrumbs, ...iTags, 'in Employment Law', 'Share', 'Follow', '2', 'Reply to this topic',
    'Start new topic', ...iPosts.flatMap((p) => [p.group, p.posts, p.rep, p.likes]), '(edited)', 'Quote', ...(iPosts[1]?.sig ? [iPosts[1].sig] : []),
    'Create an account or sign in to comment', 'You need to be a member in order to leave a comment', 'Create an account',
    'Sign up for a new account in our community. It\'s easy!', 'Register a new account', 'Sign in', 'Already have an account? Sign in here.', 'Sign In Now',
    'Go to topic listing', 'Similar Content', ...iSimilar, ...iFoot,
    'Legal Lantern Forums. Information only, not legal advice.', 'Powered by Invision Community',
  ],
});

const rTitle = 'Newly elected town councillor – do I really have to put my home address on the register of interests?';
const rPost = [
  j(
    'I was elected to our town council in a by-election last month (first time doing anything like this, I’m 29 and mostly stood',
    'because nobody else would). The clerk has sent me the register of interests form and it asks for the address of any land or',
    'property I have a beneficial interest in, which obviously includes my flat.',
  ),
  j(
    'The register is published on the council website. I had a pretty unpleasant experience with someone from a local Facebook',
    'group turning up at my work during the campaign and I really don’t want my home address online.',
  ),
  'Is there any way round this? Do I have to declare it? Would appreciate answers from anyone who has been through this.',
];
type RComment = { user: string; ago: string; score: string; flair?: string; op?: boolean; paras: string[]; kids: RComment[]; deleted?: boolean };
const rComments: RComment[] = [
  {
    user: 'OldClerkKath',
    ago: '5d ago',
    score: '87',
    flair: 'Parish clerk',
    paras: [
      j(
        'Clerk of 14 years here. You do have to declare it, but you can ask for it to be treated as a <strong>sensitive interest</strong>.',
        'If the monitoring officer agrees that disclosure could lead to you or someone living with you being subjected to violence or',
        'intimidation, the published register just says that you have an interest whose details are withheld.',
      ),
      j(
        'Write to the monitoring officer at the district council (not your town clerk, although tell them too) and describe what',
        'happened during the campaign. Keep copies of anything you reported at the time.',
      ),
    ],
    kids: [
      {
        user: 'ferngully_cllr',
        ago: '5d ago',
        score: '21',
        op: true,
        paras: ['Thank you, this is exactly what I needed. I didn’t know the monitoring officer was at the district, not the town council.'],
        kids: [
          {
            user: 'OldClerkKath',
            ago: '5d ago',
            score: '15',
            flair: 'Parish clerk',
            paras: ['Easy mistake, it catches most new councillors. Good luck, and welcome aboard.'],
            kids: [],
          },
        ],
      },
    ],
  },
  {
    user: 'brackenbeck',
    ago: '5d ago',
    score: '34',
    paras: [
      j(
        'Also worth checking your electoral register entry. If your address is on the open register anyone can buy it anyway. You',
        'can opt out of the open register at any time by contacting the council’s electoral services team.',
      ),
    ],
    kids: [],
  },
  { user: '[deleted]', ago: '4d ago', score: '2', paras: ['Comment deleted by user'], kids: [], deleted: true },
  {
    user: 'Maud_Quillfeather',
    ago: '4d ago',
    score: '12',
    flair: 'District councillor',
    paras: [
      j(
        'Same thing happened to me in 2023. The MO agreed within a week. The only slightly awkward bit is that you still have to',
        'declare the interest out loud at meetings if an item comes up that affects it, you just don’t have to say where it is.',
      ),
    ],
    kids: [],
  },
];
const rAuto = j(
  'Welcome to r/TownHallTalk. Please remember that this subreddit is not a substitute for legal advice, and check our wiki before',
  'posting about standards complaints.',
);
const rAutoBot = j(
  '<em>I am a bot, and this action was performed automatically. Please <a href="/message/compose/?to=/r/TownHallTalk">contact the',
  'moderators of this subreddit</a> if you have any questions or concerns.</em>',
);
let rN = 0;
const rComment = (c: RComment, depth: number): string => {
  const id = `t1_l${(0x4a1c0 + rN++ * 131).toString(36)}`;
  const meta = c.deleted
    ? `<div slot="commentMeta" class="flex flex-row items-center overflow-hidden"><span class="text-neutral-content-weak text-12">[deleted]</span>
<span class="inline-block my-0 mx-2xs text-neutral-content-weak" aria-hidden="true">•</span><faceplate-timeago ts="2027-05-12T10:04:00.000Z"
format="short"><time
datetime="2027-05-12T10:04:00.000Z" title="Sunday, 12 May 2027 at 11:04:00 BST">${c.ago}</time></faceplate-timeago></div>`
    : `<div slot="commentMeta" class="flex flex-row items-center overflow-hidden"><faceplate-hovercard position="bottom-start" label="${c.user} details"><a
href="/user/${c.user}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.user}</a></faceplate-hovercard>${
        c.op ? ' <span class="text-12 font-semibold text-secondary-weak ml-2xs" aria-label="Original Poster">OP</span>' : ''
      }<span class="inline-block my-0 mx-2xs text-neutral-content-weak" aria-hidden="true">•</span><faceplate-timeago ts="2027-05-11T19:10:00.000Z"
format="short"><time
datetime="2027-05-11T19:10:00.000Z" title="Saturday, 11 May 2027 at 20:10:00 BST">${c.ago}</time></faceplate-timeago>${
        c.flair ? `<author-flair-event-handler><span class="flair-content max-w-full">${c.flair}</span></author-flair-event-handler>` : ''
      }</div>`;
  return `<shreddit-comment author="${c.user}" thingid="${id}" depth="${depth}" permalink="/r/TownHallTalk/comments/1cq7x2a/comment/${id.slice(3)}/"
postid="t3_1cq7x2a" score="${c.score}" collapsed="false" ${c.deleted ? 'is-comment-deleted' : ''} class="block relative">
${meta}
<div slot="comment"><div class="md text-14 rounded-[8px] pb-2xs overflow-hidden" id="${id}-comment-rtjson-content">${
    c.deleted ? `<p class="text-neutral-content-weak">${c.paras[0] ?? ''}</p>` : ps(c.paras)
  }</div></div>
<shreddit-comment-action-row slot="actionRow" comment-id="${id}" score="${c.score}"><span slot="vote-count" class="text-12">${c.score}</span><button
slot="reply-button"
class="button button-plain-weak inline-flex"><span class="flex items-center">Reply</span></button><button slot="share-button" class="button button-plain-weak
inline-flex"><span class="flex items-center">Share</span></button></shreddit-comment-action-row>
${c.kids.map((k) => rComment(k, depth + 1)).join('\n')}</shreddit-comment>`;
};
const rLeft = ['Home', 'Popular', 'Explore', 'All'];
const rRes = ['About Reddit', 'Advertise', 'Help', 'Blog', 'Careers', 'Press'];
const rRules = ['Be civil', 'No personal attacks on named councillors', 'This is not legal advice', 'No campaigning'];
const rAllComments = (cs: RComment[]): RComment[] => cs.flatMap((c) => [c, ...rAllComments(c.kids)]);
const rLive = rAllComments(rComments).filter((c) => !c.deleted);
const rHtml = `<!DOCTYPE html>
<html lang="en-GB" class="theme-beta"><head><meta charset="utf-8">
<title>Newly elected town councillor – do I really have to put my home address on the register of interests? : r/TownHallTalk</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Reddit"><meta property="og:title"
content="${rTitle}">
<meta property="og:description" content="I was elected to our town council in a by-election last month"><meta name="robots" content="noarchive">
<link rel="canonical" href="https://www.reddit.com/r/TownHallTalk/comments/1cq7x2a/newly_elected_town_councillor_do_i_really_have_to/">
<link rel="stylesheet" href="https://www.redditstatic.com/shreddit/en-GB/shell-7c2f0a3b.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rTitle}","author":{"@type":"Person",
"name":"ferngully_cllr"},"datePublished":"2027-05-11T18:22:41.311000+0000","commentCount":23}</script>
<script>window.___r = {"config":{"experiments":{"shreddit_comment_tree_v2":"enabled"}},"user":{"loggedIn":false}};</script></head>
<body class="v2 theme-beta"><shreddit-app app-name="shreddit" pagetype="post_detail" routename="post_page" locale="en-GB" class="block">
<a href="#main-content" class="sr-only focus:not-sr-only">Skip to main content</a>
<reddit-header-large class="sticky top-0 z-[3]"><header class="v2 flex items-center h-header-large px-md"><nav class="flex items-center justify-between w-full">
<a href="/" aria-label="Home" id="reddit-logo"><span class="sr-only">Reddit Logo</span></a><div id="search-bar-container"><reddit-search-large><span
class="sr-only">Search in r/TownHallTalk</span></reddit-search-large></div><div class="flex items-center"><a href="https://reddit.app.link/x" class="button
button-medium button-secondary">Get App</a><a href="/login/" id="login-button" class="button button-medium button-brand">Log In</a></div></nav></header>
</reddit-header-large>
<div class="grid-container grid"><flex-left-nav-container id="left-sidebar-container" class="theme-beta"><nav id="left-sidebar" aria-label="Primary">
<ul>${links(rLeft, 'left-nav-item')}</ul><faceplate-expandable-section-helper><h2 class="text-12
uppercase">Resources</h2><ul>${links(rRes, 'left-nav-item')}</ul>
</faceplate-expandable-section-helper></nav></flex-left-nav-container>
<div class="main-container"><main id="main-content" class="main w-full"><shreddit-post author="ferngully_cllr" author-id="t2_9x1kq7" comment-count="23"
created-timestamp="2027-05-11T18:22:41.311000+0000" domain="self.TownHallTalk" id="t3_1cq7x2a" permalink="/r/TownHallTalk/comments/1cq7x2a/newly_elected/"
post-title="${rTitle}" post-type="text" score="142" subreddit-id="t5_2ab3cd" subreddit-prefixed-name="r/TownHallTalk" class="block xs:mt-xs xs:-mx-xs">
<div slot="credit-bar" class="flex items-center text-12"><span class="avatar text-16"><faceplate-img src="https://styles.redditmedia.com/x/communityIcon.png"
alt="r/TownHallTalk icon"></faceplate-img></span><a href="/r/TownHallTalk/" class="subreddit-name text-12 font-bold">r/TownHallTalk</a><span
class="created-separator" aria-hidden="true">•</span><faceplate-timeago ts="2027-05-11T18:22:41.311Z" format="short"><time datetime="2027-05-11T18:22:41.311Z"
title="Saturday, 11 May 2027 at 19:22:41 BST">5 days ago</time></faceplate-timeago><div class="flex flex-row"><span class="author-name"><a
href="/user/ferngully_cllr/"
class="author-name">ferngully_cllr</a></span></div></div>
<h1 slot="title" id="post-title-t3_1cq7x2a" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0 xs:mb-md">${rTitle}</h1>
<shreddit-post-flair slot="post-flair" class="inline-block"><a href="/r/TownHallTalk/?f=flair_name%3A%22Question%22" class="no-underline"><span
class="flair-content
max-w-full">Question</span></a></shreddit-post-flair>
<div slot="text-body" class="mb-sm mb-xs px-md xs:px-0 overflow-hidden"><div class="text-neutral-content" id="t3_1cq7x2a-post-rtjson-content"
property="schema:articleBody"><div class="md max-h-[253px] overflow-hidden s:max-h-[318px] m:max-h-[337px] l:max-h-[352px]
xl:max-h-[452px]">${ps(rPost)}</div></div></div>
<span slot="vote-count" class="text-12">142</span><span slot="comment-count" class="text-12">23</span><button slot="share-button" class="button
button-secondary"><span>Share</span></button></shreddit-post>
<div class="flex items-center justify-between"><shreddit-sort-dropdown><span class="text-12">Sort by:</span> <span class="text-12 font-semibold">Best</span>
</shreddit-sort-dropdown><faceplate-search-input name="q" placeholder="Search Comments" label="Search Comments"></faceplate-search-input></div>
<shreddit-comment-tree id="comment-tree" post-id="t3_1cq7x2a" totalcomments="23" class="block">
<shreddit-comment author="AutoModerator" thingid="t1_l3xa0aa" depth="0" stickied="true" score="1" class="block relative"><div slot="commentMeta"
class="flex flex-row
items-center"><a href="/user/AutoModerator/" class="truncate font-bold text-12">AutoModerator</a><span class="text-12 text-category-moderator">MOD</span><span
aria-hidden="true">•</span><faceplate-timeago ts="2027-05-11T18:22:44.000Z" format="short"><time datetime="2027-05-11T18:22:44.000Z">5d
ago</time></faceplate-timeago>
<span class="text-12 text-positive">Stickied comment</span></div><div slot="comment"><div class="md text-14"
id="t1_l3xa0aa-comment-rtjson-content"><p>${rAuto}</p>
<p>${rAutoBot}</p></div></div></shreddit-comment>
${rComments.map((c) => rComment(c, 0)).join('\n')}
</shreddit-comment-tree><div class="text-center"><faceplate-partial loading="action" src="/svc/shreddit/more-comments/TownHallTalk/t3_1cq7x2a"><button
class="button
button-plain-weak"><span>View more comments</span></button></faceplate-partial></div></main>
<div id="right-sidebar-container" class="right-sidebar"><aside aria-label="Community information" class="community-details"><shreddit-subreddit-header
prefixed-name="r/TownHallTalk" subscribers="21044"><h2 class="text-16 font-bold">r/TownHallTalk</h2><p class="text-14">A place for councillors, clerks and
anyone
interested in how local government works.</p><div class="flex"><faceplate-number number="21044">21K</faceplate-number> <span>Members</span>
<faceplate-number number="48">48</faceplate-number> <span>Online</span></div><p class="text-12">Created 2 Mar 2019</p><span class="text-12">Public</span>
</shreddit-subreddit-header><div class="community-rules"><h2 class="text-12 uppercase">r/TownHallTalk Rules</h2><ol>${rRules
  .map((t, i) => `<li><span class="rule-number">${i + 1}</span> <span class="rule-title">${t}</span></li>`)
  .join('')}</ol></div><div class="moderators"><h2 class="text-12 uppercase">Moderators</h2><a href="/message/compose?to=r/TownHallTalk" class="button">Message
Mods</a></div></aside><div class="legal-links"><a href="https://www.redditinc.com/policies/content-policy">Reddit Rules</a> <a
href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a> <a href="https://www.redditinc.com/policies/user-agreement">User Agreement</a>
<p>Reddit, Inc. © 2027. All rights reserved.</p></div></div></div></div></shreddit-app>
<script src="https://www.redditstatic.com/shreddit/en-GB/shell-7c2f0a3b.js" type="module"></script></body></html>`;
const reddit: TestPage = gold({
  name: 'heldout706-reddit-register-of-interests',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rPost, ...rLive.flatMap((c) => c.paras)]),
  bylines: ['ferngully_cllr', '5 days ago', ...rLive.flatMap((c) => [c.user, c.ago]), '4d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Reddit Logo', 'Search in r/TownHallTalk', 'Get App', 'Log In', ...rLeft, 'Resources', ...rRes, 'r/TownHallTalk', 'Question',
    '142', '23', 'Share', 'Sort by:', 'Best', 'AutoModerator', 'MOD', 'Stickied comment', rAuto,
    'I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit if you have any questions or concerns.',
    'OP', ...rLive.flatMap((c) => [c.score, ...(c.flair ? [c.flair] : [])]), 'Reply', '[deleted]', 'Comment deleted by user', '2', 'View more comments',
    'A place for councillors, clerks and anyone interested in how local government works.', '21K', 'Members', '48', 'Online', 'Created 2 Mar 2019', 'Public',
    'r/TownHallTalk Rules', ...rRules.map((t, i) => `${i + 1} ${t}`), 'Moderators', 'Message Mods', 'Reddit Rules', 'Privacy Policy', 'User Agreement',
    'Reddit, Inc. © 2027. All rights reserved.',
  ],
});

export const HELDOUT706_F: readonly TestPage[] = [invision, reddit];
