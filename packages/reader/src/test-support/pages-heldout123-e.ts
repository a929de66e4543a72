import { type TestPage, texts } from './page-kit.js';
import { tomsGuideThread } from './pages-heldout123-e2.js';

/**
 * Held-out batch 123, file e: a Steam Community discussion thread in a game's hub as a signed-out visitor saves it (the
 * global header with the STORE / COMMUNITY / ABOUT / SUPPORT supernav and its hidden submenus, "Install Steam", "login",
 * the hidden language menu, the app hub header with "Store Page" and the section tabs, the breadcrumbs, the opening post
 * in a div (no heading; paragraphs split by <br>), the comment thread with author links, a "Developer" badge, timestamps,
 * "#n" permalinks, a quote block with "Originally posted by", a "Last edited by" audit line, the paging summary and
 * per-page picker, the right column with "Date Posted" / "Posts" and the rules link, the hidden report dialog and the
 * Valve footer) and, from file e2, a Tom's Guide forum thread on XenForo.
 */
const stTitle = "Co-op save won't load for the second player since patch 1.4";
const stOp = [
  "Since the 1.4 patch my friend can't load into our co-op save. I host, he joins, the loading bar gets to about 80% and then he's " +
    "dropped back to the main menu with \u201cHost world version mismatch\u201d. We're both on the same build according to Steam, and verifying " +
    "files on both PCs didn't change anything.",
  "A new co-op world works fine, so it seems to be something about saves made before the patch. We're 40 hours into that world, so " +
    "starting over isn't really an option. Anyone else seeing this?",
];
type StComment = { id: string; user: string; time: string; dev?: boolean; quote?: [string, string]; text: string[]; edit?: string };
const stComments: StComment[] = [
  {
    id: '1',
    user: 'pellwright',
    time: 'Nov 2 @ 9:40pm',
    text: ['Same here, exactly the same error. Our save is from the early access launch, if that matters.'],
  },
  {
    id: '2',
    user: 'Kestrel_77',
    time: 'Nov 3 @ 3:02am',
    text: [
      'If either of you has mods installed, disable them on both sides. The version check compares the mod list too, and it gives ' +
        "that generic message if anything differs. That fixed it for me after I removed an old UI mod my friend didn't have.",
    ],
  },
  {
    id: '3',
    user: 'GreyHeron',
    time: 'Nov 3 @ 10:18am',
    quote: ['Kestrel_77', 'If either of you has mods installed, disable them on both sides.'],
    text: ['No mods on either PC, sadly. Thanks though.', 'We also tried swapping who hosts. Then I get the same error joining his game.'],
    edit: 'Last edited by GreyHeron; Nov 3 @ 10:20am',
  },
  {
    id: '4',
    user: 'Lanternfall Dev Team',
    time: 'Nov 3 @ 4:55pm',
    dev: true,
    text: [
      "Thanks for the reports, everyone. We've reproduced this: worlds created before 1.3 store the seed for the northern islands in " +
        "an older format, and 1.4 reads it incorrectly when a second player joins. Single-player loading isn't affected.",
      'A fix is in hotfix 1.4.2, which we plan to release tomorrow. Your saves are safe: nothing is written to the world file when ' +
        "the join fails, so once the hotfix is out they'll load normally. Please don't delete or convert them in the meantime.",
    ],
  },
  { id: '5', user: 'pellwright', time: 'Nov 5 @ 8:30pm', text: ['1.4.2 is out and our old save loads for both of us again. Thanks for the quick turnaround.'] },
  { id: '6', user: 'GreyHeron', time: 'Nov 5 @ 9:02pm', text: ['Same, working here too. Marking this as answered.'] },
];
const stStore = ['Home', 'Discovery Queue', 'Wishlist', 'Points Shop', 'News', 'Charts'];
const stCommunity = ['Home', 'Discussions', 'Workshop', 'Market', 'Broadcasts'];
const stLangs = [
  '\u7b80\u4f53\u4e2d\u6587 (Simplified Chinese)',
  'Deutsch (German)',
  'Espa\u00f1ol - Espa\u00f1a (Spanish - Spain)',
  'Fran\u00e7ais (French)',
  'Polski (Polish)',
];
const stTabs = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'News', 'Guides', 'Reviews'];
const stReport = [
  'Report this post',
  'Note: This is ONLY to be used to report spam, advertising, and problematic (harassment, fighting, or rude) posts.',
  'Cancel',
];
const stFoot = [
  '\u00a9 Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.',
  'Some geospatial data on this website is provided by geonames.org.',
];
const stLegal = ['Privacy Policy', 'Legal', 'Accessibility', 'Steam Subscriber Agreement', 'Cookies'];
const stBr = (a: readonly string[]): string => a.join('<br><br>');
const stComment = (c: StComment): string => `<div class="commentthread_comment responsive_body_text" id="comment_6039471852${c.id}">
<div class="commentthread_comment_avatar playerAvatar offline"><a href="https://steamcommunity.com/id/${c.user.replace(/ /g, '')}" data-miniprofile="41${c.id}">
<img src="https://avatars.fastly.steamstatic.com/${c.id}fe3a_medium.jpg" srcset="https://avatars.fastly.steamstatic.com/${c.id}fe3a_medium.jpg 1x"></a></div>
<div class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link${
  c.dev ? ' commentthread_author_developer' : ''
}"
href="https://steamcommunity.com/id/${c.user.replace(/ /g, '')}" data-miniprofile="41${c.id}"><bdi>${c.user}</bdi></a>${
  c.dev ? '<span class="commentthread_developer_badge">Developer</span>' : ''
}
<span class="commentthread_comment_timestamp" title="${c.time}" data-timestamp="17621${c.id}">${c.time}</span>
<div class="forum_comment_permlink"><a class="hoverunderline" href="#c6039471852${c.id}">#${c.id}</a></div></div>
<div class="commentthread_comment_text" id="comment_content_6039471852${c.id}">
${
  c.quote
    ? `<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by <b><a
href="#c2">${c.quote[0]}</a></b>:</div>${c.quote[1]}</blockquote>`
    : ''
}${stBr(c.text)}
</div>${c.edit ? `<div class="forum_audit">${c.edit}</div>` : ''}</div></div>`;
const stHtml = `<!DOCTYPE html>
<html class=" responsive DesktopUI" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="#171a21">
<title>${stTitle} :: Lanternfall General Discussions</title><link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<link href="https://community.fastly.steamstatic.com/public/shared/css/motiva_sans.css?v=GfSjbGKcNYaQ" rel="stylesheet" type="text/css">
<link href="https://community.fastly.steamstatic.com/public/css/skin_1/forums.css?v=ss9a2O0mmY5d" rel="stylesheet" type="text/css">
<script type="text/javascript" src="https://community.fastly.steamstatic.com/public/javascript/forums.js?v=1WGh8UQ3xAyk&amp;l=english"></script>
<meta property="og:title" content="${stTitle} :: Lanternfall General Discussions"><meta name="twitter:card" content="summary">
<meta property="og:description" content="Since the 1.4 patch my friend can't load into our co-op save.">
<link rel="canonical" href="https://steamcommunity.com/app/2291840/discussions/0/603947185200000001/">
<script type="text/javascript">$J( function() { InitializeForumTopic( 'General_2291840_0', {"comments_per_page":15} ); } );</script></head>
<body class="apphub_blue responsive_page "><div class="responsive_page_frame with_header"><div class="responsive_page_menu_ctn mainmenu"></div>
<div class="responsive_page_content"><div id="global_header" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}"><div class="content">
<div class="logo"><span id="logo_holder"><a href="https://store.steampowered.com/" aria-label="Link to the Steam Homepage"><img
src="https://store.fastly.steamstatic.com/public/shared/images/header/logo_steam.svg?t=962016" width="176" height="44"
alt="Link to the Steam Homepage"></a></span></div>
<div role="navigation" class="supernav_container" aria-label="Global Menu"><a class="menuitem supernav" href="https://store.steampowered.com/"
data-tooltip-type="selector" data-tooltip-content=".submenu_Store">STORE</a><div class="submenu_Store" style="display: none;" data-submenuid="Store">
${stStore.map((t) => `<a class="submenuitem" href="https://store.steampowered.com/${t.toLowerCase().replace(/ /g, '')}/">${t}</a>`).join('\n')}</div>
<a class="menuitem supernav supernav_active" href="https://steamcommunity.com/" data-tooltip-type="selector"
data-tooltip-content=".submenu_Community">COMMUNITY</a>
<div class="submenu_Community" style="display: none;" data-submenuid="Community">
${stCommunity.map((t) => `<a class="submenuitem" href="https://steamcommunity.com/${t.toLowerCase()}/">${t}</a>`).join('\n')}</div>
<a class="menuitem " href="https://store.steampowered.com/about/">About</a><a class="menuitem " href="https://help.steampowered.com/en/">SUPPORT</a></div>
<div id="global_actions"><div role="navigation" id="global_action_menu" aria-label="Account Menu"><a
class="header_installsteam_btn header_installsteam_btn_green"
href="https://store.steampowered.com/about/"><div class="header_installsteam_btn_content">Install Steam</div></a>
<a class="global_action_link" href="https://steamcommunity.com/login/home/?goto=app%2F2291840%2Fdiscussions">login</a> &nbsp;|&nbsp;
<span class="pulldown global_action_link" id="language_pulldown" onclick="ShowMenu( this, 'language_dropdown', 'right' );">language</span>
<div class="popup_block_new" id="language_dropdown" style="display: none;"><div class="popup_body popup_menu">
${stLangs.map((t) => `<a class="popup_menu_item tight" href="?l=x">${t}</a>`).join('\n')}</div></div></div></div></div></div>
<div class="responsive_page_template_content" id="responsive_page_template_content" data-panel="{&quot;autoFocus&quot;:true}">
<div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop"><div class="apphub_AppDetails"><div class="apphub_AppIcon"><img
src="https://cdn.fastly.steamstatic.com/steamcommunity/public/images/apps/2291840/icon.jpg"><div class="overlay"></div></div>
<div class="apphub_AppName ellipsis">Lanternfall</div><div class="apphub_OtherSiteInfo"><a class="btnv6_blue_hoverfade btn_medium"
href="https://store.steampowered.com/app/2291840"><span>Store Page</span></a></div></div></div><div class="apphub_sectionTabs">
${stTabs
  .map(
    (t) => `<a class="apphub_sectionTab${t === 'Discussions' ? ' active' : ''}"
href="https://steamcommunity.com/app/2291840/${t.toLowerCase()}/"><span>${t}</span></a>`,
  )
  .join('\n')}
</div></div>
<div id="AppHubContent"><div class="maincontent"><div class="forum_topic_page"><div class="breadcrumbs"><a
href="https://steamcommunity.com/app/2291840">Lanternfall</a> &gt;
<a href="https://steamcommunity.com/app/2291840/discussions/0/">General Discussions</a> &gt; <a href="#">Topic Details</a></div>
<div class="leftcol"><div id="forum_op_603947185200000001" class="forum_op"><div class="forum_op_avatar playerAvatar offline"><a
href="https://steamcommunity.com/id/GreyHeron" data-miniprofile="4103"><img src="https://avatars.fastly.steamstatic.com/3fe3a_medium.jpg"></a></div>
<div class="authorline"><a class="hoverunderline forum_op_author" href="https://steamcommunity.com/id/GreyHeron" data-miniprofile="4103">GreyHeron</a>
<span class="date" data-timestamp="1762117440">Nov 2 @ 9:14pm</span></div><div class="topic">${stTitle}</div>
<div class="content">${stBr(stOp)}</div><div class="forum_report_link"><a class="forum_report" href="#" onclick="Forum_ReportPost(); return false;">Report this
post</a></div></div>
<div class="commentthread_area" id="commentthread_ForumTopic_2291840_603947185200000001_area"><div class="commentthread_header"><div class="forum_paging">
<div class="forum_paging_summary ellipsis">Showing <span>1</span>-<span>6</span> of <span>6</span> comments</div></div></div>
<div class="commentthread_comments" id="commentthread_ForumTopic_2291840_603947185200000001_posts">
${stComments.map(stComment).join('\n')}
</div><div class="commentthread_footer"><div class="forum_paging"><div class="forum_paging_summary ellipsis">Showing <span>1</span>-<span>6</span> of
<span>6</span>
comments</div><div class="forum_paging_controls"><span class="commentthread_pagesize_label">Per page:</span> <a class="forum_paging_pagesize active">15</a>
<a class="forum_paging_pagesize">30</a> <a class="forum_paging_pagesize">50</a></div></div></div></div></div>
<div class="rightcol"><div class="rightbox"><div class="content"><div class="discussion_info"><div>Date Posted: <span class="date">Nov 2 @ 9:14pm</span></div>
<div>Posts: 7</div></div></div></div><div class="rightbox"><div class="content"><a class="forum_rules_link"
href="https://help.steampowered.com/faqs/view/6862">Discussions
Rules and Guidelines</a></div></div></div></div></div></div>
<div id="forum_report_dialog" class="newmodal" style="display: none;"><div class="newmodal_header"><div class="title_text">${stReport[0]}</div></div>
<div class="newmodal_content"><p>${stReport[1]}</p><div class="btn_grey_steamui btn_medium"><span>${stReport[2]}</span></div></div></div>
<div id="footer_spacer"></div><div id="footer_responsive_optin_spacer"></div><div id="footer"><div class="footer_content"><div id="footer_logo"><a
href="http://www.valvesoftware.com"><img src="https://community.fastly.steamstatic.com/public/images/skin_1/footerLogo_valve_new.png"
alt="Valve Software"></a></div>
<div id="footer_text"><div>${stFoot[0]}</div><div>${stFoot[1]}</div><span class="valve_links">${stLegal
  .map(
    (t) => `<a
href="/legal/${t.length}">${t}</a>`,
  )
  .join(' | ')}</span></div>
</div></div></div></div></div></body></html>`;
const steamDiscussion: TestPage = {
  html: stHtml,
  name: 'heldout123-steam-community-forum',
  kind: 'forum',
  // the opening post's subject (a div, not a heading) is the title; every post and comment is body, a comment's <br>-split
  // paragraphs each on their own; the quote in comment 3 (with "Originally posted by ...:") is in neither list; names,
  // timestamps, "Date Posted" and the "Last edited by" audit line are bylines; the "Developer" badge, "#n" links, paging
  // and the game name are furniture
  title: stTitle,
  headings: [],
  body: texts([...stOp, ...stComments.flatMap((c) => c.text)]),
  bylines: [...new Set(['GreyHeron', 'Nov 2 @ 9:14pm', ...stComments.flatMap((c) => [c.user, c.time, ...(c.edit ? [c.edit] : [])])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'STORE', ...stStore, 'COMMUNITY', ...stCommunity, 'About', 'SUPPORT', 'Install Steam', 'login', 'language', ...stLangs, 'Lanternfall', 'Store Page',
    ...stTabs, 'General Discussions', 'Topic Details', ...stReport, 'Showing 1-6 of 6 comments', 'Developer', ...stComments.map((c) => `#${c.id}`),
    'Per page:', '15', '30', '50', 'Posts: 7', 'Date Posted:', 'Discussions Rules and Guidelines', ...stFoot, ...stLegal,
  ])],
};

export const HELDOUT123_E: readonly TestPage[] = [steamDiscussion, tomsGuideThread];
