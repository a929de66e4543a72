import { type TestPage, texts } from './page-kit.js';
import { tripadvisorThread } from './pages-heldout81-f2.js';

/**
 * Held-out batch 81, file f: a Steam Community discussion thread on a game's hub (the global header with STORE, COMMUNITY,
 * ABOUT, SUPPORT, hidden submenus, "Install Steam", "login" and the language pulldown, the app hub header with its section
 * tabs, breadcrumbs, the original post as a "forum_op" block whose title is a div, posts written with <br><br> between
 * paragraphs, a quote with "Originally posted by", a developer badge, "#n" permalinks, a "Last edited by" audit line, the
 * comment paging, the right column with the topic details and rules link, the cookie pop-up and the Valve footer), and a
 * Tripadvisor forum thread (file f2).
 */
const stTitle = 'Co-op save lost three days after a friend hosted?';
const stOp = [
  'Me and two friends have been playing co-op since launch with me hosting. We were on day 41 of our harbour, with the second lighthouse ' +
    'finished and the fish market just about paying for itself.',
  'Last night my friend Jonno hosted for the first time because I had to leave early. When I loaded the world today as host, it started ' +
    'at day 38. Three days of progress gone, including the trawler we spent most of Sunday building.',
  'Is there any way to get it back? I checked the save folder and there is only one slot file, with today’s date on it.',
];
interface StPost {
  id: string;
  user: string;
  date: string;
  dev?: boolean;
  edited?: string;
  quote?: string;
  ps: string[];
}
const stPosts: StPost[] = [
  {
    id: '4234567890123456790',
    user: 'Marrow_Tide',
    date: '3 Mar @ 10:01am',
    ps: [
      'Co-op progress is saved on whoever hosted the session. Your three days are on Jonno’s PC, not yours. He needs to find the world in ' +
        'his save folder and send it to you, then you replace yours with it.',
    ],
  },
  {
    id: '4234567890123456811',
    user: 'Halvard',
    date: '3 Mar @ 10:24am',
    quote: 'Marrow_Tide',
    ps: ['Oh, that makes sense. Where would it be on his machine though? He says he can’t see a folder for the game in Documents.'],
  },
  {
    id: '4234567890123456902',
    user: 'Jonno',
    date: '3 Mar @ 7:48pm',
    ps: [
      'Found it. It was under AppData\\LocalLow\\Tidewright Games\\Drift Harbor\\Saves, not in Documents. There were two worlds with our ' +
        'name, one from my old single player game. The newer one is day 41.',
      'Sent it over on Discord, Hal.',
    ],
  },
  {
    id: '4234567890123456955',
    user: 'Marrow_Tide',
    date: '3 Mar @ 8:15pm',
    ps: [
      'Before you copy it in, back up your own day 38 save just in case. And make sure Steam Cloud doesn’t put the old one back: start ' +
        'the game once with Steam in offline mode after copying, let it load, then go back online.',
    ],
  },
  {
    id: '4234567890123457040',
    user: 'Halvard',
    date: '4 Mar @ 6:12pm',
    edited: 'Last edited by Halvard; 4 Mar @ 6:20pm',
    ps: [
      'Worked perfectly. Day 41, lighthouse and trawler all there. Thanks both.',
      'Would be nice if the game warned you about this when someone else hosts. We only found out because the trawler was missing.',
    ],
  },
  {
    id: '4234567890123457101',
    user: 'Tidewright_Ellen',
    date: '5 Mar @ 11:30am',
    dev: true,
    ps: [
      'Thanks for the report, and sorry about the scare. A host-change warning is coming in the next patch: when a friend hosts your ' +
        'world, the game will ask at the end of the session whether to send the newest save to everyone who played.',
    ],
  },
];
const stQuote = (who: string): string => `<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by
<b><a href="https://steamcommunity.com/app/2231450/discussions/0/4234567890123456789/#c4234567890123456790">${who}</a></b>:</div>Co-op progress is saved on
whoever hosted the session.</blockquote>`;
const stPost = (p: StPost, i: number): string => `<div class="commentthread_comment responsive_body_text" id="comment_${p.id}">
<div class="commentthread_comment_avatar playerAvatar offline"><a href="https://steamcommunity.com/id/${p.user.toLowerCase()}" data-miniprofile="${90210 + i}">
<img src="https://avatars.akamai.steamstatic.com/${p.id.slice(-6)}_medium.jpg" srcset="https://avatars.akamai.steamstatic.com/${p.id.slice(-6)}_medium.jpg
1x"></a></div>
<div class="commentthread_comment_content"><div class="commentthread_comment_author">
<a class="hoverunderline commentthread_author_link" href="https://steamcommunity.com/id/${p.user.toLowerCase()}" data-miniprofile="${90210 + i}">
<bdi>${p.user}</bdi></a>${p.dev ? '<span class="commentthread_workshop_authorbadge forum_developer_badge">Developer</span>' : ''}
<span class="commentthread_comment_timestamp" title="${p.date}" data-timestamp="${1740996072 + i * 3600}">${p.date}</span>
<div class="forum_comment_permlink"><a class="hoverunderline" href="#c${p.id}">#${i + 1}</a></div></div>
<div class="commentthread_comment_text" id="comment_content_${p.id}">
${p.quote ? stQuote(p.quote) : ''}${p.ps.join('<br><br>')}
</div>
${p.edited ? `<div class="forum_audit">${p.edited}</div>` : ''}
</div></div>`;
const stStore = ['Home', 'Discovery Queue', 'Wishlist', 'Points Shop', 'News', 'Stats'];
const stCommunity = ['Discussions', 'Workshop', 'Market', 'Broadcasts'];
const stTabs = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'Workshop', 'News', 'Guides', 'Reviews'];
const stLangs = ['简体中文 (Simplified Chinese)', 'Deutsch (German)', 'Español - España (Spanish - Spain)', 'Français (French)'];
const stCookie = 'We use cookies to keep you signed in, remember your settings and understand how the site is used.';
const stLegal = 'Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.';
const stHtml = `<!DOCTYPE html>
<html class=" responsive" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#171a21">
<title>Steam Community :: Drift Harbor :: ${stTitle}</title>
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<link href="https://community.akamai.steamstatic.com/public/shared/css/motiva_sans.css?v=GfSjbGKcNYaQ&amp;l=english" rel="stylesheet" type="text/css">
<link href="https://community.akamai.steamstatic.com/public/css/skin_1/forums.css?v=3pVgVbGzmC6T&amp;l=english" rel="stylesheet" type="text/css">
<script type="text/javascript" src="https://community.akamai.steamstatic.com/public/javascript/prototype-1.7.js?v=.55t44gwuwgvw&amp;l=english"></script>
<script type="text/javascript">VALVE_PUBLIC_PATH = "https:\\/\\/community.akamai.steamstatic.com\\/public\\/";</script>
<meta property="og:title" content="Steam Community :: Drift Harbor :: ${stTitle}">
<meta property="og:description" content="Me and two friends have been playing co-op since launch with me hosting.">
<meta property="twitter:card" content="summary_large_image">
</head>
<body class="flat_page responsive_page">
<div class="responsive_page_frame with_header"><div class="responsive_page_content">
<div id="global_header" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}"><div class="content">
<div class="logo"><span id="logo_holder"><a href="https://store.steampowered.com/" aria-label="Link to the Steam Homepage">
<img src="https://store.akamai.steamstatic.com/public/shared/images/header/logo_steam.svg?t=962016" width="176" height="44" alt="Link to the Steam
Homepage"></a></span></div>
<div class="supernav_container" role="navigation" aria-label="Global Menu">
<a class="menuitem supernav" href="https://store.steampowered.com/" data-tooltip-content=".submenu_Store">STORE</a>
<div class="submenu_Store" style="display: none;" data-submenuid="Store">${stStore
  .map(
    (t) => `<a class="submenuitem"
href="https://store.steampowered.com/">${t}</a>`,
  )
  .join('\n')}</div>
<a class="menuitem supernav supernav_active" href="https://steamcommunity.com/" data-tooltip-content=".submenu_Community">COMMUNITY</a>
<div class="submenu_Community" style="display: none;" data-submenuid="Community">${stCommunity
  .map(
    (t) => `<a class="submenuitem"
href="https://steamcommunity.com/">${t}</a>`,
  )
  .join('\n')}</div>
<a class="menuitem" href="https://store.steampowered.com/about/">ABOUT</a>
<a class="menuitem" href="https://help.steampowered.com/en/">SUPPORT</a></div>
<div id="global_actions"><div role="navigation" id="global_action_menu" aria-label="Account Menu">
<a class="header_installsteam_btn header_installsteam_btn_green" href="https://store.steampowered.com/about/"><div
class="header_installsteam_btn_content">Install Steam</div></a>
<a class="global_action_link" href="https://steamcommunity.com/login/home/?goto=app%2F2231450%2Fdiscussions%2F0%2F4234567890123456789%2F">login</a>
&nbsp;|&nbsp;<span class="pulldown global_action_link" id="language_pulldown">language</span>
<div class="popup_block_new" id="language_dropdown" style="display: none;"><div class="popup_body popup_menu">
${stLangs.map((t) => `<a class="popup_menu_item tight" href="?l=x">${t}</a>`).join('\n')}</div></div></div></div>
</div></div>
<div class="responsive_page_template_content" id="responsive_page_template_content" data-panel="{&quot;autoFocus&quot;:true}">
<div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop"><div class="apphub_AppIcon"><img
src="https://cdn.akamai.steamstatic.com/steamcommunity/public/images/apps/2231450/icon.jpg"><div class="overlay"></div></div>
<div class="apphub_AppName ellipsis">Drift Harbor</div>
<div class="apphub_OtherSiteInfo responsive_hidden"><a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.com/app/2231450"><span>Store
Page</span></a></div></div>
<div class="apphub_sectionTabs">${stTabs
  .map(
    (t) => `<a class="apphub_sectionTab${t === 'Discussions' ? ' active' : ''}"
href="https://steamcommunity.com/app/2231450/${t.toLowerCase()}/"><span>${t}</span></a>`,
  )
  .join('\n')}</div></div>
<div class="forum_topic_page"><div class="maincontent"><div class="leftcol">
<div class="breadcrumbs"><a href="https://steamcommunity.com/app/2231450">Drift Harbor</a> &gt; <a
href="https://steamcommunity.com/app/2231450/discussions/">General Discussions</a>
&gt; <a href="https://steamcommunity.com/app/2231450/discussions/0/4234567890123456789/">Topic Details</a></div>
<div class="forum_op"><div class="forum_op_avatar playerAvatar offline"><a href="https://steamcommunity.com/id/halvard"><img
src="https://avatars.akamai.steamstatic.com/op_medium.jpg"></a></div>
<div class="authorline"><a class="hoverunderline forum_op_author" href="https://steamcommunity.com/id/halvard" data-miniprofile="90209">Halvard</a>&nbsp;
<span class="date" data-timestamp="1740994321">3 Mar @ 9:32am</span></div>
<div class="topic">${stTitle}</div>
<div class="content">${stOp.join('<br><br>')}</div></div>
<div class="commentthread_area" id="commentthread_ForumTopic_4234567890123456789_area"><div class="commentthread_paging"><div
class="commentthread_count">Showing
<span id="commentthread_ForumTopic_pagestart">1</span>-<span id="commentthread_ForumTopic_pageend">6</span> of
<span id="commentthread_ForumTopic_totalcount">6</span> comments</div></div>
<div class="commentthread_comments" id="commentthread_ForumTopic_posts">
${stPosts.map(stPost).join('\n')}
</div>
<div class="commentthread_paging"><div class="commentthread_count">Per page: <a class="commentthread_pagesize active" href="#">15</a>
<a class="commentthread_pagesize" href="#">30</a> <a class="commentthread_pagesize" href="#">50</a></div></div></div>
</div>
<div class="rightcol"><div class="rightbox"><div class="content"><a href="https://steamcommunity.com/app/2231450/discussions/"
class="forum_general_link">General Discussions</a>
<div class="topic_details"><div class="topic_detail">Date Posted: <span class="date">3 Mar @ 9:32am</span></div><div class="topic_detail">Posts: 7</div></div>
<a class="btn_darkblue_white_innerfade btn_medium" href="https://steamcommunity.com/login/home/"><span>Sign in to reply</span></a>
<a href="https://steamcommunity.com/discussions/forum/0/" class="whiteLink">Discussions Rules and Guidelines</a></div></div></div>
</div></div></div>
<div id="footer_spacer"></div>
<div id="footer" class="responsive_footer"><div class="footer_content"><div class="rule"></div>
<div id="footer_logo"><a href="http://www.valvesoftware.com"><img src="https://store.akamai.steamstatic.com/public/images/footerLogo_valve_new.png" alt="Valve
Software"></a></div>
<div id="footer_text"><div>© ${stLegal}</div><div class="valve_links"><a href="https://store.steampowered.com/privacy_agreement/">Privacy Policy</a>&nbsp; |
&nbsp;
<a href="https://store.steampowered.com/legal/">Legal</a>&nbsp; | &nbsp;<a href="https://store.steampowered.com/subscriber_agreement/">Steam Subscriber
Agreement</a>&nbsp;
| &nbsp;<a href="https://store.steampowered.com/account/cookiepreferences/">Cookies</a></div></div></div></div>
</div></div>
<div id="cookiePrefPopup" class="cookiepreferences_popup" style="display: block;"><div class="cookiepreferences_popup_content">
<div class="cookiepreferences_desc">${stCookie}</div><div class="cookiepreferences_popup_buttons"><div class="btn_green_steamui btn_medium"
id="acceptAllButton">
<span>Accept All</span></div><div class="btn_grey_steamui btn_medium" id="rejectAllButton"><span>Reject All</span></div>
<a class="btn_grey_steamui btn_medium" href="https://store.steampowered.com/account/cookiepreferences/"><span>Cookie Preferences</span></a></div></div></div>
</body>
</html>`;
const steam: TestPage = {
  html: stHtml,
  name: 'heldout81-steam-community-discussion',
  kind: 'forum',
  // the topic's title is a div ("topic"), not a heading; the opening post and every reply are body, split at <br><br>; the quote
  // in the second reply ("Originally posted by" and the quoted line) is in neither list; names, post times and the "Last edited
  // by" line are bylines; the developer badge, "#n" links, paging, tabs, header menus (hidden submenus too), the right column,
  // footer and cookie pop-up are furniture
  title: stTitle,
  headings: [],
  body: texts([...stOp, ...stPosts.flatMap((p) => p.ps)]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Halvard', 'Marrow_Tide', 'Jonno', 'Tidewright_Ellen', '3 Mar @ 9:32am', ...stPosts.map((p) => p.date), 'Last edited by Halvard; 4 Mar @ 6:20pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'STORE', ...stStore, 'COMMUNITY', ...stCommunity.filter((t) => t !== 'Discussions' && t !== 'Workshop' && t !== 'Broadcasts'), 'ABOUT', 'SUPPORT',
    'Install Steam', 'login', 'language', ...stLangs, 'Drift Harbor', 'Store Page', ...stTabs.filter((t) => t !== 'News'), 'General Discussions',
    'Topic Details', 'Showing 1-6 of 6 comments', 'Developer', '#1', '#2', '#3', '#4', '#5', '#6', 'Per page:', '15', '30', '50',
    'Date Posted:', 'Posts: 7', 'Sign in to reply', 'Discussions Rules and Guidelines', `© ${stLegal}`, 'Privacy Policy', 'Legal',
    'Steam Subscriber Agreement', 'Cookies', stCookie, 'Accept All', 'Reject All', 'Cookie Preferences',
  ],
};

export const HELDOUT81_F: readonly TestPage[] = [steam, tripadvisorThread];
