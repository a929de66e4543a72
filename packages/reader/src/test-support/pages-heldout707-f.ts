import { links, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout707-kit.js';

/**
 * Held-out batch 707, file f: a stutter report in a game's Steam Community discussions (global header, app hub tabs, the
 * opening post with its "Last edited by" line, comments with a quote, a developer reply with a code block, paging and the
 * topic's side box), and a graphics-card question thread on a hardware site's XenForo 2 forum in the style of Tom's Hardware
 * (question prefix, solution highlight, user cards, signatures, reactions, a quote with "Click to expand...", similar threads).
 */
type Post = [author: string, date: string, paras: string[]];
const sTitle = 'Stutter every few seconds since patch 1.3.2';
const sOp: Post = [
  'Threnody',
  'Mar 1 @ 7:42pm',
  [
    j(
      'Since the 1.3.2 patch the game hitches for about half a second every few seconds, mostly when I walk through Karrow or the',
      'camps on the Salt Road. Before the patch it was perfectly smooth on the same settings.',
    ),
    j(
      'Specs: 6-core CPU, 16 GB RAM, game installed on an SSD. I have already verified the game files and updated my graphics',
      'driver. Anyone else seeing this?',
    ),
  ],
];
const sQuote = 'It is the shader cache.';
const sComments: Post[] = [
  [
    'Kettleburn',
    'Mar 1 @ 8:03pm',
    [
      j(
        'Same here. It is the shader cache. The patch changed the lighting in the towns, and the game now seems to compile shaders',
        'while you play instead of on the loading screen.',
      ),
    ],
  ],
  ['moss.and.iron', 'Mar 1 @ 8:20pm', ['Does it go away after a while? I had something like this in the mill on day one and after an hour or so it was fine.']],
  ['Threnody', 'Mar 1 @ 8:31pm', ['Is there anything I can do about it, or do I just wait for a fix?']],
  [
    'Sigrun [Emberline]',
    'Mar 2 @ 10:15am',
    [
      j(
        'Thanks for the reports, everyone. We have reproduced this: 1.3.2 skipped the shader precompile step for the new town',
        'lighting. A hotfix, 1.3.3, is in testing and should be out this week.',
      ),
      j(
        'Until then you can turn the precompile back on by hand. Open Engine.ini in your saved games folder (Documents\\Ashgrove\\Config)',
        'and add these lines under [Rendering]:',
      ),
      'The first launch after the change will take a few minutes longer while the shaders build.',
    ],
  ],
  ['Threnody', 'Mar 2 @ 12:48pm', ['That fixed it. First launch took about four minutes, and Karrow is smooth again. Thanks!']],
  [
    'Pellworth',
    'Mar 2 @ 3:05pm',
    [
      j(
        'Can confirm the Engine.ini lines work on the Halden Deck as well. The file is inside the compatibility folder for the game,',
        'not in Documents, so use the search in desktop mode to find it.',
      ),
    ],
  ],
];
const sCode = ['[Rendering]', 'ShaderPrecache=1', 'MaxFrameQueue=2'];
const sTabs = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'Workshop', 'News', 'Guides', 'Reviews'];
const sFoot = ['Privacy Policy', 'Legal', 'Steam Subscriber Agreement', 'Cookies'];
const sPostText = (p: string[], i: number): string =>
  i === 3
    ? `${p[0]}<br><br>\n${p[1]}<br><br>\n<div class="bb_code">${sCode.join('<br>\n')}</div><br>\n${p[2]}`
    : i === 2
      ? `<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by <b><a
href="https://steamcommunity.com/discussions/forum/0/4/#c1"
>Kettleburn</a></b>:</div>${sQuote}</blockquote>${p[0]}`
      : p.join('<br><br>\n');
const sHtml = `<!DOCTYPE html>
<html class=" responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#171a21"><title>Steam Community :: Ashgrove :: ${sTitle}</title>
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<link href="https://community.akamai.steamstatic.com/public/shared/css/motiva_sans.css?v=GfSjbGKcNYaQ&amp;l=english" rel="stylesheet" type="text/css">
<link href="https://community.akamai.steamstatic.com/public/css/skin_1/forum.css?v=Z3nq1AbC9xY&amp;l=english" rel="stylesheet" type="text/css">
<script type="text/javascript">VALVE_PUBLIC_PATH = "https:\\/\\/community.akamai.steamstatic.com\\/public\\/";</script>
<script type="text/javascript">g_sessionID = "3f9a1c7e5b2d4a6f8e0c1b3d"; g_steamID = false; g_strLanguage = "english";
$J( function() { InitializeForumTopic( "4", "0", "4183002717465092113", {"bSubscribed":false,"nCommentCount":6} ); } );</script>
<meta property="og:title" content="Steam Community :: Ashgrove :: ${sTitle}"><meta property="og:description" content="Since the 1.3.2 patch the game hitches">
<meta property="twitter:card" content="summary"></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header"><div class="responsive_page_content">
<div id="global_header" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}"><div class="content"><div class="logo"><span id="logo_holder"><a
href="https://store.steampowered.com/?snr=1_5_9__global-header" aria-label="Link to the Steam Homepage"><img
src="https://store.akamai.steamstatic.com/public/shared/images/header/logo_steam.svg"
width="176" height="44" alt="Link to the Steam Homepage"></a></span></div>
<div class="supernav_container" role="menubar"><a class="menuitem supernav" href="https://store.steampowered.com/">STORE</a><a class="menuitem supernav
supernav_active" href="https://steamcommunity.com/">COMMUNITY</a><a class="menuitem" href="https://store.steampowered.com/about/">ABOUT</a><a class="menuitem"
href="https://help.steampowered.com/en/">SUPPORT</a></div>
<div id="global_actions"><div role="navigation" id="global_action_menu" aria-label="Account Menu"><a class="header_installsteam_btn
header_installsteam_btn_green"
href="https://store.steampowered.com/about/"><div class="header_installsteam_btn_content">Install Steam</div></a><a class="global_action_link"
href="https://steamcommunity.com/login/home/?goto=app%2F2214470%2Fdiscussions">login</a>&nbsp;|&nbsp;<span class="pulldown global_action_link"
id="language_pulldown">language</span></div></div></div></div>
<div class="responsive_page_template_content" id="responsive_page_template_content" data-panel="{&quot;autoFocus&quot;:true}">
<div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop"><div class="apphub_OtherSiteInfo"><a class="btnv6_blue_hoverfade btn_medium"
href="https://store.steampowered.com/app/2214470"><span>Store Page</span></a></div><div class="apphub_AppIcon"><img
src="https://cdn.akamai.steamstatic.com/steamcommunity/public/images/apps/2214470/icon.jpg"><div class="overlay"></div></div>
<div class="apphub_AppName ellipsis">Ashgrove</div><div style="clear: left;"></div></div>
<div class="apphub_sectionTabs">${sTabs
  .map(
    (t) =>
      `<a class="apphub_sectionTab${t === 'Discussions' ? ' active' : ''}"
href="https://steamcommunity.com/app/2214470/${t.toLowerCase()}/"><span>${t}</span></a>`,
  )
  .join('\n')}</div></div>
<div class="forum_area"><div class="forum_topic_breadcrumbs"><div class="breadcrumbs"><a href="https://steamcommunity.com/app/2214470">Ashgrove</a> &gt;
<a href="https://steamcommunity.com/app/2214470/discussions/0/">General Discussions</a> &gt; <span>Topic Details</span></div></div>
<div class="forum_topic_area"><div class="leftcol"><div id="forum_op_4183002717465092113" class="forum_op ">
<div class="forum_op_avatar playerAvatar offline"><a href="https://steamcommunity.com/id/threnody"><img
src="https://avatars.akamai.steamstatic.com/7a_medium.jpg"></a></div>
<div class="authorline"><a class="hoverunderline forum_op_author  " href="https://steamcommunity.com/id/threnody" data-miniprofile="48213377">${sOp[0]}</a>
<span class="date" data-timestamp="1772423220">${sOp[1]}</span></div>
<div class="topic">${sTitle}</div>
<div class="content">${sOp[2].join('<br><br>\n')}</div>
<div class="forum_op_modified_notice"><span>Last edited by Threnody; Mar 1 @ 7:51pm</span></div>
<div class="forum_op_footer"><span class="btn_grey_grey btn_small_thin ico_hover"><span>Share</span></span> <span class="btn_grey_grey btn_small_thin
ico_hover"><span>Report</span></span></div></div>
<div class="commentthread_area" id="commentthread_ForumTopic_4"><div class="forum_paging"><div class="forum_paging_summary ellipsis">Showing
<span>1</span>-<span>6</span>
of <span>6</span> comments</div></div>
<div class="commentthread_comments">${sComments
  .map(
    (
      [a, d, p],
      i,
    ) => `<div class="commentthread_comment responsive_body_text${a.includes('[') ? ' commentthread_comment_developer' : ''}" id="comment_41830027174651${i}">
<div class="commentthread_comment_avatar playerAvatar online"><a href="https://steamcommunity.com/id/u${i}"><img
src="https://avatars.akamai.steamstatic.com/${i}_medium.jpg"></a></div>
<div class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link"
href="https://steamcommunity.com/id/u${i}"><bdi>${a}</bdi></a>${a.includes('[') ? ' <span class="commentthread_developer_badge">Developer</span>' : ''}
<span class="commentthread_comment_timestamp" title="${d}">${d}</span>&nbsp;<div class="forum_comment_permlink"><a class="hoverunderline"
href="#c${i}">#${i + 1}</a></div></div>
<div class="commentthread_comment_text" id="comment_content_${i}">${sPostText(p, i)}</div></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="rightcol"><div class="rightbox"><div class="content"><div class="topicstats"><div class="topicstats_label">Date Posted: <span class="date">Mar 1 @
7:42pm</span>
</div><div class="topicstats_label">Posts: 7</div></div></div></div>
<div class="rightbox"><div class="content"><a href="https://steamcommunity.com/app/2214470/discussions/0/rules/">Discussions Rules and
Guidelines</a></div></div>
</div></div></div></div>
<div id="footer"><div class="footer_content"><div id="footer_logo"><img
src="https://community.akamai.steamstatic.com/public/images/skin_1/footerLogo_valve_new.png"
alt="Valve Software" width="96" height="26"></div><div id="footer_text"><div>&copy; Valve Corporation. All rights reserved. All trademarks are property of their
respective owners in the US and other countries.</div><div class="valve_links">${sFoot
  .map(
    (t) => `<a
href="https://store.steampowered.com/${t.toLowerCase().replace(/ /g, '_')}/">${t}</a>`,
  )
  .join(' &nbsp;| &nbsp;')}</div></div></div></div>
</div></div></body></html>`;
const steam: TestPage = gold({
  name: 'heldout707-steam-stutter',
  kind: 'forum',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([
    ...sOp[2],
    ...sComments.slice(0, 2).flatMap(([, , p]) => p),
    sQuote,
    ...(sComments[2]?.[2] ?? []),
    ...(sComments[3]?.[2] ?? []).slice(0, 2),
    sCode.join(' '),
    ...(sComments[3]?.[2] ?? []).slice(2),
    ...(sComments[4]?.[2] ?? []),
    ...(sComments[5]?.[2] ?? []),
  ]),
  bylines: [sOp[0], sOp[1], 'Last edited by Threnody; Mar 1 @ 7:51pm', ...sComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT', 'Install Steam', 'login', 'language', 'Store Page', 'Ashgrove', ...sTabs, 'General Discussions',
    'Topic Details', 'Share', 'Report', 'Showing 1-6 of 6 comments', '#1', '#2', '#3', '#4', '#5', '#6', 'Originally posted by Kettleburn:', 'Developer',
    'Date Posted:', 'Posts: 7', 'Discussions Rules and Guidelines',
    '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.', ...sFoot,
  ],
});

type XPost = {
  id: number;
  user: string;
  title: string;
  joined: string;
  msgs: string;
  score: string;
  points: string;
  date: string;
  time: string;
  html: string;
  sig?: string;
  react?: string;
  solution?: boolean;
  edited?: string;
};
const xTitle = 'GPU fans jump to 100% for a second every few minutes';
const xOp = [
  j(
    'I built a new PC last month and the graphics card fans keep spinning up to full speed for about a second, then dropping back',
    'to silent. It happens every three or four minutes at the desktop, even with nothing open. In games it is fine.',
  ),
  j(
    'Temperatures look normal, 38 to 41°C at idle according to Aurel Tune. The card is an Aurel AX 760 Ti, on the latest driver',
    'from last week. Is this a faulty fan controller or something in software? The card is three weeks old, so I can still',
    'return it.',
  ),
];
const xReply1 = j(
  'What does the fan speed graph in Aurel Tune show right before it happens? And is the “Zero RPM” switch on? A lot of cards',
  'stop the fans completely below about 50°C and then kick them on at full duty for a moment to get them turning.',
);
const xOp2 = [
  'Zero RPM is on, yes. The graph shows the temperature touching 50°C, the fans jumping to 100% for one sample, then back to 0 RPM.',
  'I have it on video if that helps.',
];
const xQuote = 'A lot of cards stop the fans completely below about 50°C and then kick them on at full duty for a moment to get them turning.';
const xSol = [
  j(
    'That is your answer then, and it is normal behaviour for this card, not a fault. The AX 760 Ti has a fairly small heatsink, so',
    'at the desktop it drifts up to the 50°C Zero RPM threshold, starts the fans with a full-power kick, cools down and stops them',
    'again. Round and round.',
  ),
  'Two ways to fix it:',
];
const xSolList = [
  'Turn off Zero RPM in Aurel Tune, Tuning, Fan. The fans will then idle at about 30% and you should not hear them.',
  'Or keep Zero RPM and raise the start temperature to 60°C, so the card never reaches it at the desktop.',
];
const xSol2 = 'I would do the first. Constant low speed is easier on the fans than a kick every few minutes.';
const xThanks = 'Turned Zero RPM off and it has been quiet all evening. Marking this as the solution, thank you both!';
const xPosts: XPost[] = [
  {
    id: 2431001,
    user: 'quillon_7',
    title: 'Prominent',
    joined: 'Aug 14, 2022',
    msgs: '38',
    score: '4',
    points: '540',
    date: 'Feb 27, 2027',
    time: '9:14 PM',
    html: xOp.join('<br />\n<br />\n'),
    edited: 'Last edited: Feb 27, 2027',
  },
  {
    id: 2431007,
    user: 'Kettleburn',
    title: 'Titan',
    joined: 'Mar 3, 2015',
    msgs: '21,406',
    score: '3,112',
    points: '60,940',
    date: 'Feb 27, 2027',
    time: '9:40 PM',
    html: xReply1,
    sig: 'Forum volunteer. Please post your full specs, including the PSU make and model.',
    react: 'quillon_7 and Marrowby',
  },
  {
    id: 2431019,
    user: 'quillon_7',
    title: 'Prominent',
    joined: 'Aug 14, 2022',
    msgs: '38',
    score: '4',
    points: '540',
    date: 'Feb 27, 2027',
    time: '10:02 PM',
    html: xOp2.join(' '),
  },
  {
    id: 2431044,
    user: 'NullPointer',
    title: 'Distinguished',
    joined: 'Nov 2, 2019',
    msgs: '2,871',
    score: '612',
    points: '8,730',
    date: 'Feb 28, 2027',
    time: '7:55 AM',
    html: `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch" data-attributes="member: 55102" data-quote="Kettleburn"
data-source="post: 2431007"><div class="bbCodeBlock-title"><a href="/goto/post?id=2431007" class="bbCodeBlock-sourceJump" rel="nofollow"
data-xf-click="attribution" data-content-selector="#post-2431007">Kettleburn said:</a></div><div class="bbCodeBlock-content"><div
class="bbCodeBlock-expandContent js-expandContent ">${xQuote}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to
expand...</a></div></div></blockquote>${xSol.join('<br />\n<br />\n')}<br />\n<ol>${xSolList.map((t) => `<li data-xf-list-type="ol">${t}</li>`).join('\n')}</ol>
${xSol2}`,
    sig: 'Aurel AX 760 Ti | Ryzel 7 9700 | 32 GB | Oren 750 W Gold',
    react: 'quillon_7, Kettleburn and 2 others',
    solution: true,
  },
  {
    id: 2431102,
    user: 'quillon_7',
    title: 'Prominent',
    joined: 'Aug 14, 2022',
    msgs: '38',
    score: '4',
    points: '540',
    date: 'Feb 28, 2027',
    time: '6:31 PM',
    html: xThanks,
  },
];
const xNav = ["What's new", 'Forums', 'Members', 'News', 'Reviews'];
const xCrumbs = ['Forums', 'Hardware', 'Graphics Cards'];
const xSimilar: [string, string, string, string][] = [
  ['GPU fan clicking at idle', 'Marrowby', 'Replies: 4', 'Jan 9, 2027'],
  ['Aurel AX 760 Ti coil whine under load', 'tessa.b', 'Replies: 11', 'Dec 18, 2026'],
];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xPost = (p: XPost, n: number): string => `<article class="message message--post js-post js-inlineModContainer${p.solution ? ' is-solution' : ''} "
data-author="${p.user}" data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment"
itemid="https://forums.hardwarebench.com/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"
itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar "><div class="message-avatar-wrapper"><a
href="/members/${p.user}.${p.id % 997}/"
class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="${p.id % 997}" style="background-color: #5c7a29; color: #c2e085"><span
class="avatar-u${p.id % 997}-m" role="img" aria-label="${p.user}">${p.user.charAt(0).toUpperCase()}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user}.${p.id % 997}/" class="username " dir="auto" data-user-id="${p.id % 997}"
itemprop="name">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>
<dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl><dl class="pairs pairs--justified"><dt>Points</dt>
<dd>${p.points}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/gpu-fans-jump-to-100.3812456/post-${p.id}" rel="nofollow"><time
class="u-dt" dir="auto" datetime="2027-02-27T21:14:03-0500" data-date-string="${p.date}" data-time-string="${p.time}" title="${p.date} at ${p.time}"
itemprop="datePublished">${p.date}</time></a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list ">${
  p.solution ? '<li><span class="label label--green">Solution</span></li>' : ''
}<li><a href="/threads/gpu-fans-jump-to-100.3812456/post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share"
rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/gpu-fans-jump-to-100.3812456/post-${p.id}"
rel="nofollow">#${n + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-${p.id}"
data-lb-caption-desc="${p.user} · ${p.date} at ${p.time}"><article class="message-body js-selectToQuote"><div itemprop="text">
<div class="bbWrapper">${p.html}</div><div class="js-selectToQuoteEnd">&nbsp;</div></div></article></div>
${p.edited ? `<div class="message-lastEdit">${p.edited}</div>` : ''}${
  p.sig
    ? `<aside class="message-signature"><div
class="bbWrapper">${p.sig}</div></aside>`
    : ''
}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a
href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a></div></div>
${
  p.react
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link"
href="/posts/${p.id}/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow">${p.react}</a></div>`
    : ''
}</footer></div></div></div></article>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-12" data-content-key="thread-3812456"
data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1772406843,4b1e9f0c2d7a" class="has-no-js template-thread_view"><head>
<meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=Edge" /><meta name="viewport" content="width=device-width, initial-scale=1,
viewport-fit=cover">
<title>Question - ${xTitle} | Hardware Bench Forums</title><link rel="canonical" href="https://forums.hardwarebench.com/threads/gpu-fans-jump-to-100.3812456/"
/>
<meta name="description" content="I built a new PC last month and the graphics card fans keep spinning up to full speed for about a second" />
<meta property="og:site_name" content="Hardware Bench Forums" /><meta property="og:type" content="website" /><meta property="og:title" content="Question -
${xTitle}" />
<link rel="stylesheet"
href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=7&amp;l=1&amp;d=1771950312&amp;k=9c2b" />
<link rel="stylesheet"
href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Ashare_controls.less&amp;s=7&amp;l=1&amp;d=1771950312&amp;k=1a7f" />
<script src="/js/xf/preamble.min.js?_v=6b1e2c4d"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://forums.hardwarebench.com/threads/gpu-fans-jump-to-100.3812456/",
"headline":"${xTitle}","articleSection":"Graphics Cards","author":{"@type":"Person","name":"quillon_7"},"datePublished":"2027-02-28T02:14:03+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<div class="hb-sitebar"><a href="https://www.hardwarebench.com/">Hardware Bench</a><span class="hb-sitebar-tagline">The hardware experts</span></div>
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/hb/logo-forums.png" srcset="/styles/hb/logo-forums-2x.png 2x" alt="Hardware Bench Forums" width="260" height="48"
/></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><button type="button"
class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="Toggle navigation"
title="Toggle navigation"><span class="button-text"><i aria-hidden="true"></i><span class="p-nav-menuText">Menu</span></span></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
${xNav
  .map(
    (t) => `<li><div class="p-navEl${t === 'Forums' ? ' is-selected' : ''}"><a href="/${t.toLowerCase().replace(/[^a-z]/g, '')}/"
class="p-navEl-link">${t}</a></div></li>`,
  )
  .join('\n')}
</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link
p-navgroup-link--textual
p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link
p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu"
aria-label="Search"
title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list"><li><div class="p-navEl
"><a
href="/whats-new/posts/" class="p-navEl-link">New posts</a></div></li><li><div class="p-navEl "><a href="/search/?type=post" class="p-navEl-link">Search
forums</a></div></li></ul></div></div></div>
<div class="p-body"><div class="p-body-inner"><div class="hb-ad hb-ad--leaderboard"><div class="hb-ad-label">Advertisement</div><div
id="div-gpt-ad-top"></div></div>
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">${xCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a
href="/${i === 0 ? '' : `forums/${t.toLowerCase().replace(/ /g, '-')}/`}"
itemprop="item"><span itemprop="name">${t}</span></a><meta itemprop="position" content="${i + 1}" /></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--blue" dir="auto">Question</span><span
class="label-append">&nbsp;</span>${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span
class="u-srOnly">Thread starter</span><a href="/members/quillon_7.811/" class="username  u-concealed" dir="auto" data-user-id="811">quillon_7</a></li><li><i
class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="/threads/gpu-fans-jump-to-100.3812456/"
class="u-concealed"><time class="u-dt" dir="auto" datetime="2027-02-27T21:14:03-0500" title="Feb 27, 2027 at 9:14 PM">Feb 27, 2027</time></a></li><li><i
class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span><span class="js-tagList"><a href="/tags/fan-noise/"
class="tagItem tagItem--tag_fan-noise" dir="auto">fan noise</a><a href="/tags/aurel/" class="tagItem tagItem--tag_aurel"
dir="auto">aurel</a></span></li></ul></div></div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--solution js-solutionHighlightBlock"><div class="block-container block-container--solutionHighlight"><h3 class="block-minorHeader">
Solution</h3><div class="block-body"><div class="message message--solution"><div class="message-inner"><div class="message-cell message-cell--main">
<div class="message-attribution"><a href="/members/nullpointer.91/" class="username">NullPointer</a> said:</div><div class="message-content"><div
class="bbWrapper">
That is your answer then, and it is normal behaviour for this card, not a fault.</div></div><div class="message-solution-link"><a
href="/threads/gpu-fans-jump-to-100.3812456/post-2431044">Jump to solution</a></div></div></div></div></div></div></div>
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-outer"><div
class="block-outer-opposite"><div class="buttonGroup"><a href="/threads/gpu-fans-jump-to-100.3812456/" class="button--link button">Sort by date</a><a
href="/threads/gpu-fans-jump-to-100.3812456/?order=vote_score" class="button--link button">Sort by votes</a></div></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts.map(xPost).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="block-outer-hint">You must log in or register to reply
here.</div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span
class="shareButtons-label">Share:</span>
<div class="shareButtons-buttons"><a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook"
data-href="https://www.facebook.com/sharer.php?u={url}"><i
aria-hidden="true"></i><span>Facebook</span></a><a class="shareButtons-button shareButtons-button--brand shareButtons-button--twitter"
data-href="https://twitter.com/intent/tweet?url={url}"><i aria-hidden="true"></i><span>X</span></a><a class="shareButtons-button shareButtons-button--email"
data-href="mailto:?subject={title}"><i aria-hidden="true"></i><span>Email</span></a><a class="shareButtons-button shareButtons-button--link is-hidden"
data-clipboard="{url}"><i aria-hidden="true"></i><span>Link</span></a></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">${xSimilar
  .map(
    ([t, u, r, d]) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><span
class="label label--blue">Question</span> <a href="/threads/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></div><div class="structItem-minor"><ul
class="structItem-parts"><li><a href="/members/${u}/" class="username">${u}</a></li><li class="structItem-startDate"><time>${d}</time></li><li>Graphics
Cards</li></ul>
</div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs
pairs--justified"><dt>${r.split(': ')[0]}</dt><dd>${r.split(': ')[1]}</dd></dl></div></div>`,
  )
  .join('\n')}</div></div></div></div>
</div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(xCrumbs)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul
class="p-footer-linkList">${links(xFoot)}</ul>
</div></div><div class="p-footer-copyright">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></div>
<div class="hb-footer-publisher">Hardware Bench is part of Larchmere Publishing Group. © Larchmere Publishing Group Ltd, Brookfield House, Alderton.</div>
</div></footer></div>
<script src="/js/xf/core-compiled.js?_v=6b1e2c4d"></script>
<script>jQuery.extend(XF.config, {"visitorCounts":{"conversations_unread":"0"},"time":{"now":1772406843}});</script>
</body></html>`;
const xenforo: TestPage = gold({
  name: 'heldout707-xenforo-gpu-fans',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts([...xOp, xReply1, xOp2.join(' '), xQuote, ...xSol, ...xSolList, xSol2, xThanks]),
  bylines: [...new Set(xPosts.flatMap((p) => [p.user, p.date])), 'Last edited: Feb 27, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hardware Bench', 'The hardware experts', 'Menu', ...xNav, 'Log in', 'Register', 'Search', 'New posts', 'Search forums', 'Advertisement', ...xCrumbs,
    'Question', 'Thread starter', 'Start date', 'Tags', 'fan noise', 'aurel', 'Solution', 'said:', 'Jump to solution', 'Sort by date',
    'Sort by votes', 'Q', 'K', 'N',
    ...xPosts.flatMap((p) => [p.title, 'Joined', p.joined, 'Messages', p.msgs, 'Reaction score', p.score, 'Points', p.points]),
    ...xPosts.map((_, i) => `#${i + 1}`), 'Kettleburn said:', 'Click to expand...', ...xPosts.flatMap((p) => (p.sig ? [p.sig] : [])), 'Report',
    'Reactions:', ...xPosts.flatMap((p) => (p.react ? [p.react] : [])), 'You must log in or register to reply here.', 'Share:', 'Facebook', 'X', 'Email',
    'Similar threads', ...xSimilar.flatMap(([t, u, , d]) => [t, u, d]), 'Replies', '4', '11', ...xFoot,
    'Community platform by XenForo® © 2010-2024 XenForo Ltd.',
    'Hardware Bench is part of Larchmere Publishing Group. © Larchmere Publishing Group Ltd, Brookfield House, Alderton.',
  ],
});

export const HELDOUT707_F: readonly TestPage[] = [steam, xenforo];
