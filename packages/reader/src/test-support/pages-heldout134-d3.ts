import { links } from './page-kit.js';

/**
 * Held-out batch 134, file d3: a Steam Community discussion in a game's General Discussions as a signed-out visitor saves it:
 * the global header (store, community, about, support, "Install Steam", "login", "language"), the app hub header with its
 * tabs and "Store Page", the forum breadcrumbs, the original post whose title is a div (the page has no h1), its author line
 * and audit ("Last edited by") line, "Showing 1-7 of 7 comments", comments with timestamps, permalinks and a quote with
 * "Originally posted by", a developer's comment with its badge, the right column (date posted, posts count, "Start a New
 * Discussion", rules and guidelines), the hidden report dialog and the Valve footer.
 */
export const stTitle = 'Save stuck on “Loading world” after the 1.4 patch (co-op host)';
export interface StComment {
  id: string;
  user: string;
  time: string;
  text: readonly string[];
  quote?: readonly [string, string];
  dev?: boolean;
}
export const stOp = {
  user: 'Brannagh',
  time: 'Mar 6 @ 9:41pm',
  edited: 'Last edited by Brannagh; Mar 6 @ 9:58pm',
  text: [
    `Since the 1.4 patch went live tonight my co-op world will not load. It sits on "Loading world" with the lantern spinning for as long
as I leave it, the longest was twenty minutes. Single player worlds load fine, and my friends can load their own co-op worlds.`,
    `The world is about 140 hours in, hosted by me, with three other players. We were in the middle of the Saltmarsh region when we stopped
last weekend. I verified the game files and it did not help. Please tell me this save is not gone.`,
  ],
};
export const stComments: readonly StComment[] = [
  {
    id: '4291',
    user: 'Oakvane',
    time: 'Mar 6 @ 10:02pm',
    text: [
      `Same here, 90 hour co-op world, also stuck on the lantern. Did you have a boat docked at one of the Saltmarsh jetties? Someone on the
Discord thinks it is the boats.`,
    ],
  },
  {
    id: '4294',
    user: 'Brannagh',
    time: 'Mar 6 @ 10:09pm',
    quote: ['Oakvane', 'Did you have a boat docked at one of the Saltmarsh jetties?'],
    text: ['Yes, two of them. We left both at the east jetty by the smokehouse.'],
  },
  {
    id: '4302',
    user: 'Hollowmere Dev - Sunniva',
    time: 'Mar 6 @ 11:30pm',
    dev: true,
    text: [
      `Hi all, thanks for the reports, and sorry about this. We have reproduced it: worlds that were saved with a boat docked at a jetty in
the Saltmarsh region fail to load after 1.4 because of a change to how docked boats are stored. Your saves are not damaged.`,
      `We are testing a hotfix now and hope to release it tomorrow morning, European time. Please do not delete or edit your save files in
the meantime. If you have already tried editing them, restore the backup the game keeps in the saves folder before updating.`,
    ],
  },
  {
    id: '4310',
    user: 'kettle_of_fish',
    time: 'Mar 7 @ 12:14am',
    text: ['Quick response, appreciated. Nice to see a dev actually reply on the forums instead of only on social media.'],
  },
  {
    id: '4335',
    user: 'marrow_cat',
    time: 'Mar 7 @ 8:05am',
    text: [
      `For anyone who already edited their save like I did: the backup is in the same folder with .bak on the end. Rename it back to the
original name before you update and it loads normally.`,
    ],
  },
  {
    id: '4388',
    user: 'Brannagh',
    time: 'Mar 7 @ 10:52am',
    text: [
      `Hotfix 1.4.1 is out and the world loads again. Both boats are still at the jetty and nothing seems to be missing from the chests.
Thanks Sunniva and the team.`,
    ],
  },
  {
    id: '4391',
    user: 'Oakvane',
    time: 'Mar 7 @ 11:20am',
    text: ['Confirmed here too, loaded first try after the update.'],
  },
];
export const stGlobalNav = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT', 'Install Steam', 'login', 'language'];
export const stHubTabs = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'Workshop', 'News', 'Guides', 'Reviews'];
export const stCrumbs = ['Hollowmere', 'General Discussions', 'Topic Details'];
export const stRight = ['Date Posted:', 'Mar 6 @ 9:41pm', 'Posts:', '8', 'Start a New Discussion', 'Discussions Rules and Guidelines'];
export const stReport = [
  'Report this post',
  'Note: This is ONLY to be used to report spam, advertising, and problematic (harassment, fighting, or rude) posts.',
  'Report',
];
export const stFooter = [
  '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.',
  'Privacy Policy',
  'Legal',
  'Accessibility',
  'Steam Subscriber Agreement',
  'Cookies',
  'About Valve',
  'Jobs',
  'Steamworks',
  'Steam Distribution',
  'Support',
  'Gift Cards',
];
const stQuote = (q: readonly [string, string]): string => `<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by <b><a
href="https://steamcommunity.com/app/2210450/discussions/0/601298765432100/#c4291">${q[0]}</a></b>:</div>${q[1]}</blockquote>`;
const stComment = (
  c: StComment,
  i: number,
): string => `<div class="commentthread_comment responsive_body_text${c.dev ? ' commentthread_comment_developer' : ''}" id="comment_${c.id}"
style=""><div class="commentthread_comment_avatar playerAvatar offline"><a href="https://steamcommunity.com/id/${c.user.toLowerCase().replace(/[^a-z]/g, '')}"
data-miniprofile="${c.id}1"><img src="https://avatars.steamstatic.example/${c.id}.jpg" srcset="https://avatars.steamstatic.example/${c.id}.jpg 1x"
alt=""></a></div>
<div class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link"
href="https://steamcommunity.com/id/${c.id}"
data-miniprofile="${c.id}1"><bdi>${c.user}</bdi></a>${
  c.dev
    ? `<span class="commentthread_comment_author_developer_badge" title="Developer"><img
src="https://community.steamstatic.example/public/images/skin_1/developer_badge.png" alt="Developer"> Developer</span>`
    : ''
}
<span class="commentthread_comment_timestamp" title="${c.time}" data-timestamp="17412${c.id}">${c.time}</span>&nbsp;<div class="forum_comment_permlink">
<a class="hoverunderline" href="#c${c.id}">#${i + 1}</a></div></div>
<div class="commentthread_comment_text" id="comment_content_${c.id}">${c.quote ? stQuote(c.quote) : ''}${c.text.join('<br><br>')}</div>
</div></div>`;
export const stHtml = `<!DOCTYPE html>
<html class=" responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#171a21"><title>${stTitle} :: Hollowmere General Discussions</title><link rel="shortcut icon" href="/favicon.ico"
type="image/x-icon">
<link href="https://community.steamstatic.example/public/shared/css/motiva_sans.css?v=GfSjbGKcNYaQ" rel="stylesheet" type="text/css">
<link href="https://community.steamstatic.example/public/css/skin_1/forums.css?v=3o_4Pp8pRnfq" rel="stylesheet" type="text/css">
<script type="text/javascript" src="https://community.steamstatic.example/public/shared/javascript/jquery-1.8.3.min.js?v=.TZ2NKhB-nliU"></script>
<script type="text/javascript">VALVE_PUBLIC_PATH = "https:\\/\\/community.steamstatic.example\\/public\\/";</script>
<meta property="og:title" content="${stTitle} :: Hollowmere General Discussions"><meta property="twitter:card" content="summary">
<meta property="og:description" content="Since the 1.4 patch went live tonight my co-op world will not load."><meta name="description"
content="Since the 1.4 patch went live tonight my co-op world will not load.">
<link rel="canonical" href="https://steamcommunity.com/app/2210450/discussions/0/601298765432100/"></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header"><div class="responsive_page_menu_ctn mainmenu" aria-hidden="true"></div>
<div class="responsive_page_content"><div id="global_header" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}"><div class="content"><div
class="logo"><span id="logo_holder">
<a href="https://store.steampowered.com/?snr=1_5_9__global-header" aria-label="Link to the Steam Homepage"><img
src="https://store.steamstatic.example/public/shared/images/header/logo_steam.svg"
width="176" height="44" alt="Link to the Steam Homepage"></a></span></div><div class="supernav_container" role="navigation" aria-label="Global Menu">
<a class="menuitem supernav" href="https://store.steampowered.com/" data-tooltip-type="selector">${stGlobalNav[0]}</a><a
class="menuitem supernav supernav_active" href="/">${stGlobalNav[1]}</a>
<a class="menuitem " href="https://store.steampowered.com/about/">${stGlobalNav[2]}</a><a class="menuitem "
href="https://help.steampowered.com/en/">${stGlobalNav[3]}</a></div>
<div id="global_actions" role="navigation" aria-label="Account Menu"><div id="global_action_menu"><a
class="header_installsteam_btn header_installsteam_btn_green"
href="https://store.steampowered.com/about/"><div class="header_installsteam_btn_content">${stGlobalNav[4]}</div></a><a class="global_action_link"
href="https://steamcommunity.com/login/home/?goto=app%2F2210450%2Fdiscussions%2F0%2F601298765432100%2F">${stGlobalNav[5]}</a> &nbsp;|&nbsp;
<span class="pulldown global_action_link" id="language_pulldown">${stGlobalNav[6]}</span></div></div></div></div>
<div class="responsive_page_template_content" id="responsive_page_template_content" data-panel="{&quot;autoFocus&quot;:true}"><div class="apphub_background">
<div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop"><div class="apphub_OtherSiteInfo responsive_hidden"><a
class="btnv6_blue_hoverfade btn_medium"
href="https://store.steampowered.com/app/2210450"><span>Store Page</span></a></div><div class="apphub_AppIcon"><img
src="https://cdn.steamstatic.example/steamcommunity/public/images/apps/2210450/icon.jpg"><div
class="overlay"></div></div><div class="apphub_AppName ellipsis">Hollowmere</div><div style="clear: left"></div></div>
<div class="apphub_sectionTabs">${stHubTabs
  .map(
    (t, i) => `<a class="apphub_sectionTab${i === 1 ? ' active' : ''}"
href="https://steamcommunity.com/app/2210450/${t.toLowerCase()}/"><span>${t}</span></a>`,
  )
  .join('\n')}
</div></div></div>
<div class="forum_topic_page apphub_background"><div class="forum_breadcrumbs"><a
href="https://steamcommunity.com/app/2210450">${stCrumbs[0]}</a>&nbsp;&gt;&nbsp;<a
href="https://steamcommunity.com/app/2210450/discussions/">${stCrumbs[1]}</a>&nbsp;&gt;&nbsp;<span class="breadcrumb_separator"></span>${stCrumbs[2]}</div>
<div class="maincontent"><div class="leftcol"><div class="forum_op" id="forum_op_601298765432100"><div class="forum_op_avatar playerAvatar offline"><a
href="https://steamcommunity.com/id/brannagh" data-miniprofile="71622011"><img src="https://avatars.steamstatic.example/op.jpg" alt=""></a></div>
<div class="authorline"><a class="hoverunderline forum_op_author" href="https://steamcommunity.com/id/brannagh"
data-miniprofile="71622011">${stOp.user}</a>&nbsp;
<span class="date" data-timestamp="1741297260">${stOp.time}</span></div><div class="topic">${stTitle}</div>
<div class="content">${stOp.text.join('<br><br>')}</div><div class="forum_audit">${stOp.edited}</div>
<div class="forum_op_actions"><a class="forum_report_btn btn_darkblue_white_innerfade btn_small_thin" href="javascript:void(0)" title="Report this post"><span>
<i class="ico16 reportPost"></i></span></a></div></div>
<div class="commentthread_area" id="commentthread_ForumTopic_601298765432100_area"><div class="commentthread_header"><div class="commentthread_paging">
<span class="commentthread_pagelinks_ctn"></span></div><div class="commentthread_count"><span class="commentthread_count_label">Showing <span
id="commentthread_start">1</span>-<span
id="commentthread_end">${stComments.length}</span> of <span id="commentthread_total">${stComments.length}</span> comments</span></div></div>
<div class="commentthread_comments" id="commentthread_ForumTopic_601298765432100_posts">
${stComments.map(stComment).join('\n')}
</div><div class="commentthread_footer"><div class="commentthread_count"><span class="commentthread_count_label">Showing 1-${stComments.length} of
${stComments.length} comments</span>
</div><div class="forum_paging_controls"><span class="forum_paging_summary">Per page:</span> <a class="forum_paging_pagesize active">15</a> <a
class="forum_paging_pagesize">30</a>
<a class="forum_paging_pagesize">50</a></div></div></div></div>
<div class="rightcol"><div class="rightbox"><div class="content"><div class="topic_stats"><div class="label">${stRight[0]}</div><div
class="value">${stRight[1]}</div>
<div class="label">${stRight[2]}</div><div class="value">${stRight[3]}</div></div></div></div>
<div class="rightbox forum_start_topic_ctn"><a class="btn_darkblue_white_innerfade btn_medium"
href="https://steamcommunity.com/login/"><span>${stRight[4]}</span></a></div>
<div class="rightbox"><a class="whiteLink" href="https://help.steampowered.com/faqs/view/6862-8119-C23E-EA7B">${stRight[5]}</a></div></div><div
style="clear: both;"></div></div></div>
</div></div>
<div id="forum_report_dialog" class="forum_report_dialog" style="display: none;"><div class="newmodal_header"><div class="title_text">${stReport[0]}</div></div>
<div class="newmodal_content"><p>${stReport[1]}</p><textarea name="reason" maxlength="512"></textarea><button
class="btn_green_steamui btn_medium"><span>${stReport[2]}</span></button></div></div>
<div id="footer"><div class="footer_content"><div class="rule"></div><div id="footer_logo_steam"><img
src="https://store.steamstatic.example/public/images/v6/logo_steam_footer.png" alt="Valve Software"
></div><div id="footer_logo"><a href="http://www.valvesoftware.com" target="_blank" rel="noreferrer"><img
src="https://community.steamstatic.example/public/images/footerLogo_valve_new.png" alt="Valve Software"
width="96" height="26"></a></div><div id="footer_text" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}"><div>${stFooter[0]}</div>
<div class="valve_links"><ul>${links(stFooter.slice(1))}</ul></div></div><div style="clear: left;"></div></div></div></div></div>
<script type="text/javascript">$J( function() { InitializeCommentThread( "ForumTopic", "ForumTopic_601298765432100",
{"feature":"601298765432100","pagesize":15,"total_count":6}, "https:\\/\\/steamcommunity.com\\/comment\\/ForumTopic\\/", 40 ); } );</script>
</body></html>`;
