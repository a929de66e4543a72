import { type TestPage, texts } from './page-kit.js';
import { appleDevForumsThread } from './pages-heldout35-a2.js';

/**
 * Held-out batch 35, file a: a Steam Community discussion thread as saved logged out (the global header with its hidden
 * sub-menus, the app hub header and tabs, breadcrumb, the opening post with its "answered" note, "Showing 1-6 of 6 comments"
 * paging, comments with permalink numbers, award counts, a developer badge, a quoted post and an edit line, the right column
 * with date and post count, the hidden report dialog, the cookie prompt and Valve's footer).
 */
const stTitle = 'Cloud save conflict wipes my Deck progress every time';
const stOp = [
  'Every time I go from my Steam Deck back to my desktop the game says there is a cloud conflict, and whichever side I pick I lose ' +
    'the evening on the Deck. Tonight it was the whole lighthouse chapter, about three hours.',
  'Both machines are on the current build (1.0.7). The Deck is on the stable branch of SteamOS, the PC is Windows 11. I always let ' +
    'the Deck finish syncing before I put it to sleep, or at least the little cloud icon says it has.',
  'Is anyone else getting this, or is there a known fix? I tried verifying files on both and it made no difference.',
];
const stC1 = [
  'Same here on the Deck. The game writes its saves to two places, the Steam Cloud folder and a local backup in the Proton prefix, ' +
    'and I think it reads the backup first on launch. If you suspend the Deck instead of quitting to the main menu, the cloud copy ' +
    'never gets the final autosave.',
  'Quitting properly from the main menu before sleeping fixed it for me, though obviously that is a workaround and not a fix.',
];
const stQuote = 'If you suspend the Deck instead of quitting to the main menu, the cloud copy never gets the final autosave.';
const stC2 = [
  'That would explain it, I never quit, I just press the power button. Tried it your way tonight and the PC picked up the Deck save ' +
    'with no conflict prompt at all. Thanks!',
];
const stC3 = [
  'Can confirm the suspend thing. Also worth knowing: if you do get the conflict screen, the local side on the Deck is the one with ' +
    'the newer timestamp even though the dialog lists it second. I lost a save before I noticed the dates were in UTC.',
];
const stC4 = [
  'Hi everyone, Harriet from Lanternfish here. Thanks for the detailed reports, they helped us reproduce this on our own Deck in ' + 'about ten minutes.',
  'The cause is what Mossgiel described: when the Deck suspends during an autosave, we finish writing the file on resume, but by then ' +
    'Steam has already uploaded the older copy. Patch 1.0.8, which is in testing on the beta branch now, moves the autosave out of ' +
    'the suspend window and flushes it to the cloud folder straight away.',
  'If you want to try it, right-click the game in your library, choose Properties, then Betas, and pick public-beta. Please post ' +
    'here if you still see a conflict after updating.',
];
const stC5 = [
  'Switched to the beta yesterday, played on the Deck on the train, suspended it twice mid-chapter on purpose, then opened it on the ' +
    'PC when I got back. No conflict and my progress was there. Looks fixed to me.',
];
const stC6 = ['Same result here after two evenings. Marking this as answered. Thanks Harriet and everyone.'];
const br = (p: readonly string[]): string => `\n\t\t\t\t\t${p.join('<br>\n<br>\n')}\t\t\t\t`;
const stComment = (id: string, name: string, when: string, n: number, text: string, extra = '', awards = ''): string => `
<div class="commentthread_comment responsive_body_text   " id="comment_${id}" style="">
<div class="commentthread_comment_avatar playerAvatar offline"><a href="https://steamcommunity.com/profiles/7656119${id.slice(0, 10)}" \
data-miniprofile="${id.slice(3, 12)}"><img src="https://avatars.fastly.steamstatic.com/${id}_medium.jpg" alt=""></a></div>
<div class="commentthread_comment_content"><div class="commentthread_comment_author">
<a class="hoverunderline commentthread_author_link ${extra === '' ? '' : 'commentthread_author_dev'}" \
href="https://steamcommunity.com/profiles/7656119${id.slice(0, 10)}" data-miniprofile="${id.slice(3, 12)}"><bdi>${name}</bdi></a>${extra}
<span class="commentthread_comment_timestamp" title="${when} PST" data-timestamp="17688${id.slice(0, 5)}">&nbsp;${when}&nbsp;</span>
<div class="forum_comment_permlink"><a class="hoverunderline" href="#c${id}">&nbsp;#${n}</a></div></div>
<div class="commentthread_comment_text" id="comment_content_${id}">${text}</div>${awards}
</div></div>`;
const award = (n: number): string =>
  `<div class="review_award_ctn"><div class="review_award tooltip" data-reaction="2" data-tooltip-html="Wholesome">` +
  `<img class="review_award_icon" src="https://store.fastly.steamstatic.com/public/images/loyalty/reactions/still/2.png" alt="">` +
  `<span class="review_award_count">${n}</span></div></div>`;
const stSub = (cls: string, items: readonly string[]): string =>
  `<div class="submenu_${cls}" style="display: none;" data-submenuid="${cls}">${items.map((t) => `<a class="submenuitem" href="#">${t}</a>`).join('')}</div>`;
const stTabs = ['Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'Workshop', 'News', 'Guides', 'Reviews'];
const stStore = ['Discovery Queue', 'Wishlist', 'Points Shop', 'Charts'];
const stComm = ['Discussions', 'Workshop', 'Market', 'Broadcasts'];
const stHtml = `<!DOCTYPE html>
<html class=" responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="#171a21">
<title>${stTitle} :: Saltmarsh Ferry General Discussions</title><link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<link href="https://community.fastly.steamstatic.com/public/css/skin_1/forums.css?v=Kx2n_4mZt1aQ&amp;l=english" rel="stylesheet" type="text/css">
<script type="text/javascript">var g_sessionID = "3f9c0e1d7a2b84c6e5d10a9f"; var g_steamID = false; var g_strLanguage = "english";</script>
<meta property="og:title" content="${stTitle} :: Saltmarsh Ferry General Discussions">
<meta property="og:description" content="Every time I go from my Steam Deck back to my desktop the game says there is a cloud conflict">
<meta property="og:image" content="https://shared.fastly.steamstatic.com/store_item_assets/steam/apps/2871230/capsule_231x87.jpg"></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header">
<div class="responsive_page_content"><div id="global_header" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}"><div class="content">
<div class="logo"><span id="logo_holder"><a href="https://store.steampowered.com/" aria-label="Link to the Steam Homepage">
<img src="https://store.fastly.steamstatic.com/public/shared/images/header/logo_steam.svg" width="176" height="44" alt="Link to the Steam Homepage"></a>
</span></div><div class="supernav_container" role="navigation" aria-label="Global Menu">
<a class="menuitem supernav" href="https://store.steampowered.com/" data-tooltip-content=".submenu_Store">STORE</a>${stSub('Store', stStore)}
<a class="menuitem supernav supernav_active" href="https://steamcommunity.com/" data-tooltip-content=".submenu_Community">\
COMMUNITY</a>${stSub('Community', stComm)}
<a class="menuitem" href="https://store.steampowered.com/about/">ABOUT</a><a class="menuitem" href="https://help.steampowered.com/en/">SUPPORT</a></div>
<div id="global_actions"><div role="navigation" id="global_action_menu" aria-label="Account Menu">
<a class="header_installsteam_btn header_installsteam_btn_gray" href="https://store.steampowered.com/about/"><div class="header_installsteam_btn_content">
Install Steam</div></a><a class="global_action_link" href="https://steamcommunity.com/login/home/?goto=app%2F2871230%2Fdiscussions">login</a>
&nbsp;|&nbsp;<span class="pulldown global_action_link" id="language_pulldown">language</span></div></div></div></div>
<div class="responsive_page_template_content" id="responsive_page_template_content" data-panel="{&quot;autoFocus&quot;:true}">
<div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop"><div class="apphub_AppIcon"><img src="https://cdn.fastly.steamstatic.com/icon.jpg" alt="">
<div class="overlay"></div></div><div class="apphub_AppName ellipsis">Saltmarsh Ferry</div><div class="apphub_OtherSiteInfo responsive_hidden">
<a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.com/app/2871230"><span>Store Page</span></a></div></div>
<div class="apphub_sectionTabs">${stTabs.map((t) => `<a class="apphub_sectionTab" href="#"><span>${t}</span></a>`).join('')}</div></div>
<div class="forum_topic_page"><div class="breadcrumbs"><a href="https://steamcommunity.com/app/2871230/discussions/">Saltmarsh Ferry</a>&nbsp;&gt;&nbsp;
<a href="https://steamcommunity.com/app/2871230/discussions/0/">General Discussions</a>&nbsp;&gt;&nbsp;<span>Topic Details</span></div>
<div class="leftcol"><div id="forum_op_6140887452230918201" class="forum_op">
<div class="forum_op_avatar playerAvatar offline" data-miniprofile="1188240517"><a href="https://steamcommunity.com/id/brackwater_jo">
<img src="https://avatars.fastly.steamstatic.com/b1e2_medium.jpg" alt=""></a></div>
<div class="authorline"><a class="hoverunderline forum_op_author" href="https://steamcommunity.com/id/brackwater_jo" data-miniprofile="1188240517">\
brackwater_jo</a>
<span class="date" data-timestamp="1768803240">Jan 18 @ 10:14pm</span></div>
<div class="topic">&nbsp;${stTitle}</div><div class="content">${br(stOp)}</div>
<div class="forum_topic_answer"><span class="forum_topic_answer_icon"></span>This topic has been answered. <a href="#c4298861130455190274">Jump to the \
answer</a></div>
</div><div class="commentthread_area" id="commentthread_ForumTopic_6140887452230918201_area">
<div class="forum_paging"><div class="forum_paging_summary ellipsis">Showing <span>1</span>-<span>6</span> of <span>6</span> comments</div></div>
<div class="commentthread_comments" id="commentthread_ForumTopic_6140887452230918201_posts">
${stComment('4298861130455190001', 'Mossgiel', 'Jan 19 @ 12:41am', 1, br(stC1), '', award(6))}
${stComment(
  '4298861130455190088',
  'brackwater_jo',
  'Jan 19 @ 9:20pm',
  2,
  `<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by <b>Mossgiel</b>:</div>${stQuote}</blockquote>${br(stC2)}`,
)}
${stComment('4298861130455190131', 'tern.', 'Jan 19 @ 11:02pm', 3, br(stC3))}
${stComment(
  '4298861130455190274',
  'Harriet (Lanternfish)',
  'Jan 20 @ 8:47am',
  4,
  `${br(stC4)}<div class="commentthread_comment_edits">Last edited by Harriet (Lanternfish); Jan 20 @ 9:03am</div>`,
  '<span class="commentthread_comment_authorbadge developer">Developer</span>',
  award(14),
)}
${stComment('4298861130455190392', '[NL] Anouk', 'Jan 21 @ 6:15pm', 5, br(stC5))}
${stComment('4298861130455190455', 'brackwater_jo', 'Jan 22 @ 10:58pm', 6, br(stC6))}
</div><div class="forum_paging"><div class="forum_paging_summary ellipsis">Showing <span>1</span>-<span>6</span> of <span>6</span> comments</div>
<div class="forum_paging_controls"><span class="pagebtn disabled">&lt;</span><span class="commentthread_pagelinks"><span class="commentthread_pagelink active">\
1</span>
</span><span class="pagebtn disabled">&gt;</span></div></div>
<div class="commentthread_footer"><div class="commentthread_entry_quotebox">You must be logged in to post a reply.</div></div></div></div>
<div class="rightcol"><div class="rightbox"><div class="content"><a href="https://steamcommunity.com/app/2871230/discussions/0/">Saltmarsh Ferry &gt; General \
Discussions</a>
<div class="topicstats"><div class="topicstats_label">Date Posted:</div><div>Jan 18 @ 10:14pm</div><div class="topicstats_label">Posts:</div><div>7</div></div>
<div class="forum_rules"><a href="https://steamcommunity.com/discussions/forum/0/rules">Discussions Rules and Guidelines</a></div>
<div class="forum_perpage">Per page: <a class="active">15</a> <a>30</a> <a>50</a></div></div></div></div></div>
<div id="forum_topic_report_dialog" style="display: none;"><div class="newmodal_header">Report this post</div>
<div>Note: This is ONLY to be used to report spam, advertising, and problematic (harassment, fighting, or rude) posts.</div>
<button class="btn_green_steamui">Report</button></div></div>
<div id="cookiePrefPopup" class="cookiepreferences_popup" style="display: block"><div class="cookiepreferences_popup_content">
<p>Valve uses cookies and similar technologies to make our sites work, to personalize your experience and to measure traffic.</p>
<div class="cookiepreferences_popup_buttons"><div class="btn_grey_steamui"><span>Reject All</span></div><div class="btn_green_steamui"><span>Accept All</span>\
</div>
<a href="https://store.steampowered.com/account/cookiepreferences/">Cookie Preferences</a></div></div></div>
<div id="footer"><div class="footer_content"><div id="footer_logo"><img src="https://store.fastly.steamstatic.com/public/images/footerLogo_valve_new.png" \
alt="Valve Software">
</div><div id="footer_text"><div>© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other \
countries.</div>
<div>Some geospatial data on this website is provided by <a href="https://www.geonames.org">geonames.org</a>.</div>
<div class="valve_links"><a href="https://store.steampowered.com/privacy_agreement/">Privacy Policy</a> &nbsp; | &nbsp; <a href="#">Legal</a> &nbsp;| &nbsp;
<a href="#">Steam Subscriber Agreement</a> &nbsp;| &nbsp;<a href="#">Refunds</a> &nbsp;| &nbsp;<a href="#">Cookies</a></div></div></div></div></div></div>
<script type="text/javascript">InitializeCommentThread( "ForumTopic", "ForumTopic_6140887452230918201", {"start":0,"pagesize":15,"total_count":6}, \
'https://steamcommunity.com/comment/ForumTopic/', 40 );</script></body></html>`;
const steamDiscussion: TestPage = {
  html: stHtml,
  name: 'heldout35-steam-discussion',
  kind: 'forum',
  // the opening post and the six comments are body; the quoted sentence in the second comment repeats the first comment (in
  // neither list); posters' names and the post times, and the developer's "Last edited by" line, are bylines; the developer
  // badge, the "answered" note, paging, the right column (date posted, count, rules), the hidden sub-menus and report dialog,
  // the cookie prompt and the footer are furniture; "ABOUT" is left out (a word of the body: "about three hours"), and so are the
  // permalink numbers ("#4") and award counts, bare numbers that are also words of the body ("1.0.7")
  title: stTitle,
  headings: [],
  body: texts([...stOp, ...stC1, ...stC2, ...stC3, ...stC4, ...stC5, ...stC6]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'brackwater_jo', 'Jan 18 @ 10:14pm', 'Mossgiel', 'Jan 19 @ 12:41am', 'Jan 19 @ 9:20pm', 'tern.', 'Jan 19 @ 11:02pm', 'Harriet (Lanternfish)',
    'Jan 20 @ 8:47am', 'Last edited by Harriet (Lanternfish); Jan 20 @ 9:03am', '[NL] Anouk', 'Jan 21 @ 6:15pm', 'Jan 22 @ 10:58pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'STORE', ...stStore, 'COMMUNITY', 'Market', 'SUPPORT', 'Install Steam', 'login', 'language', 'Saltmarsh Ferry', 'Store Page', ...stTabs,
    'General Discussions', 'Topic Details', 'This topic has been answered.', 'Jump to the answer', 'Showing 1-6 of 6 comments', 'Originally posted by',
    'Developer', 'You must be logged in to post a reply.', 'Saltmarsh Ferry > General Discussions', 'Date Posted:', 'Posts:',
    'Discussions Rules and Guidelines', 'Per page:', 'Report this post',
    'Note: This is ONLY to be used to report spam, advertising, and problematic (harassment, fighting, or rude) posts.',
    'Valve uses cookies and similar technologies to make our sites work, to personalize your experience and to measure traffic.', 'Reject All',
    'Accept All', 'Cookie Preferences',
    '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.',
    'Some geospatial data on this website is provided by geonames.org.', 'Privacy Policy', 'Legal', 'Steam Subscriber Agreement', 'Refunds', 'Cookies',
  ],
};

export const HELDOUT35_A: readonly TestPage[] = [steamDiscussion, appleDevForumsThread];
