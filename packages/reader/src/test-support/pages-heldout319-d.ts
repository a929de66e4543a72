import { links, type TestPage, texts } from './page-kit.js';
import { brs, j } from './pages-heldout319-kit.js';

/**
 * Held-out batch 319, file d: a VK community wall post on its own page (the logged-out top bar, the left menu, the post header
 * with community name and relative date, like / comment / share / view counts, the replies block with its "Show next comments",
 * the sign-up box and the footer) and a Weibo post on the Vue web client (top nav, the author head with time and source, the
 * topic tags, the toolbar counts, the comment list with its sort tabs, the hot search rail and the footer lines).
 */
const vkTitle = 'Ferry to Sorvik island returns on 1 April, with a new timetable';
const vkBody = [
  j(
    'The regional transport office confirmed on Tuesday that the passenger ferry between Lintava pier and Sorvik island will',
    'restart on 1 April, two weeks earlier than last year. The ice on the strait cleared in the first week of March, and the',
    'inspection of the landing stage on the island found no winter damage.',
  ),
  'The timetable changes from this season:',
  '— Four crossings a day on weekdays instead of three, with a new 07:10 departure from Sorvik for people working in town.',
  '— Weekend crossings at 09:00, 12:30 and 17:00 from Lintava, and 10:00, 13:30 and 18:00 from Sorvik.',
  '— The last crossing on Friday evenings moves from 19:00 to 20:30 from May to September.',
  j(
    'Fares stay at 180 roubles for adults and 90 for children and pensioners. Island residents with a registration stamp travel',
    'free, as before. Bicycles are carried for 50 roubles; cars are still only taken on the Wednesday cargo crossing, which must',
    'be booked two days ahead at the pier office.',
  ),
  j(
    'The ferry itself, the Veta, spent the winter at the yard in Kemskoye. The engine was overhauled and the passenger cabin now',
    'has a heated section for twenty people, which islanders have been asking for since the old stove was removed in 2019.',
  ),
  j(
    'One request from the crew: please arrive ten minutes before departure. Last summer the 17:00 crossing regularly left late',
    'because of queues for tickets on board. Tickets can now be bought in advance at the pier office or from the driver of the',
    'number 4 bus.',
  ),
];
const vkMenu = ['News', 'Messenger', 'Communities', 'Photos', 'Music', 'Videos', 'Clips', 'Games', 'Stickers', 'Market'];
const vkReplies = [
  ['Nadezhda Orlik', 'Finally the morning crossing! My daughter will not have to stay in town on Monday nights any more.', 'today at 10:02'],
  ['Ilmar Tuovinen', 'Is the heated cabin open to cyclists too or only in the front part?', 'today at 11:47'],
];
const vkFoot = ['About VK', 'Rules', 'For business', 'Developers', 'VK © 2006–2026', 'Language: English'];
const vkHtml = `<!DOCTYPE html><html prefix="og: http://ogp.me/ns#" lang="en"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>Lintava District News | VK</title><meta name="description" content="${vkTitle}">
<meta property="og:title" content="Lintava District News"><meta property="og:description" content="${vkTitle}"><meta property="og:site_name" content="VK">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary"><link rel="canonical" href="https://vk.com/wall-80912334_5521">
<link type="text/css" rel="stylesheet" href="/css/al/common.css?7302"><script>var vk = {"id":0,"lang":3,"loc":"wall-80912334_5521"};</script>
</head><body onresize="onBodyResize()" class="is_rtl0 is_2x VK UILayout vk_ui_layout"><div id="page_wrap" class="scroll_fix_wrap">
<div id="page_header_cont" class="page_header_cont"><div id="page_header" class="p_head p_head_l0"><div class="back"><a class="TopHomeLink" href="/"
aria-label="VK"></a><div id="ts_wrap" class="ts_wrap"><input type="text" class="text ts_input" placeholder="Search"></div>
<div id="top_nav" class="head_nav"><a class="top_nav_btn" href="/login">Sign in</a><a class="top_nav_btn FlatButton" href="/join">Sign up</a></div></div>
</div></div>
<div id="page_layout"><div id="side_bar" class="side_bar fl_l"><nav><ol>
${vkMenu
  .map(
    (m) => `<li><a href="/${m.toLowerCase()}" class="left_row"><span class="left_fixer"><span class="left_label inl_bl">${m}</span></span></a>
</li>`,
  )
  .join('\n')}
</ol></nav></div><div id="page_body" class="fl_r"><div id="wrap_between"></div><div id="wrap3"><div id="wrap2"><div id="wrap1"><div id="content">
<div id="wl_post" class="wl_post"><div id="post-80912334_5521" class="_post post page_block all own post--with-likes" data-post-id="-80912334_5521">
<div class="_post_content"><div class="post_header"><a class="post_image" href="/lintavanews"><img src="https://sun9-12.userapi.example/c.jpg"
class="post_img" alt="Lintava District News"></a><div class="post_header_info"><h5 class="post_author"><a class="author" href="/lintavanews"
data-post-id="-80912334_5521">Lintava District News</a></h5><div class="post_date"><a class="post_link" href="/wall-80912334_5521"><span class="rel_date"
time="1772614500">today at 9:15 am</span></a></div></div></div>
<div class="post_content"><div class="post_info"><div class="wall_text"><div id="wpt-80912334_5521" class="wall_post_cont _wall_post_cont">
<h1 class="wall_post_title">${vkTitle}</h1><div class="wall_post_text zoom_text">${brs(vkBody)}</div>
<div class="page_post_sized_thumbs clear_fix"><a class="page_post_thumb_wrap" aria-label="Photo"><img src="/ferry.jpg" alt=""></a></div>
<div class="wall_signed"><a class="wall_signed_by" href="/id4471">Arseny Volkhov</a></div></div></div>
<div class="like_wrap _like_wall-80912334_5521"><div class="like_cont"><div class="like_btns"><div class="PostButtonReactions"><span
class="PostButtonReactions__title">248</span></div><a class="like_btn comment _comment"><div class="like_button_count">31</div><span
class="like_button_label">Comment</span></a><a class="like_btn share _share"><div class="like_button_count">17</div>
<span class="like_button_label">Share</span></a>
</div><div class="like_views like_views--inActionPanel" title="6,904 views">6.9K</div></div></div></div>
<div class="replies"><div class="replies_wrap_deep"><div id="replies-80912334_5521" class="replies_list">
${vkReplies
  .map(
    ([n, c, t]) => `<div class="reply reply_dived clear _post"><div class="reply_wrap _reply_content"><a class="reply_image" href="/id1"></a><div
class="reply_content"><div class="reply_author"><a class="author" href="/id1">${n}</a></div><div class="reply_text"><div class="wall_reply_text">${c}</div>
</div>
<div class="reply_footer"><div class="reply_date"><a class="wd_lnk"><span class="rel_date">${t}</span></a></div><div class="like_wrap"><a
class="reply_link">Reply</a></div></div></div></div></div>`,
  )
  .join('\n')}
</div><a class="replies_next replies_next_main" href="#">Show next comments</a></div></div></div></div></div></div></div></div></div></div></div>
<div id="narrow_column" class="page_block"><div class="join_box"><h4>Sign up for VK</h4><p>Sign up to keep up with Lintava District News and other
communities.</p><a class="FlatButton" href="/join">Sign up</a></div></div>
<div id="footer_wrap" class="footer_wrap fl_r"><div class="footer_nav" id="bottom_nav">${links(vkFoot.slice(0, 4), 'bnav_a')}
<div class="footer_copy fl_l">${vkFoot[4]}</div><div class="footer_lang"><a class="footer_lang_link">${vkFoot[5]}</a></div></div></div></div></div>
<script>Wall.init({"owner_id":-80912334,"post_id":5521});</script></body></html>`;
const vk: TestPage = {
  name: 'heldout319-vk-wall-post-news',
  kind: 'news',
  html: vkHtml,
  title: vkTitle,
  headings: [],
  body: texts(vkBody),
  bylines: ['Lintava District News', 'today at 9:15 am', 'Arseny Volkhov'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Sign up', ...vkMenu, '248', 'Comment', 'Share', '6.9K', ...vkReplies.flat(), 'Reply', 'Show next comments', 'Sign up for VK',
    'Sign up to keep up with Lintava District News and other communities.', ...vkFoot,
  ],
};

const wbTitle = '【Lantern restoration diary】The Qinghe workshop finishes its hundredth lantern';
const wbBody = [
  j(
    'This week our conservation workshop finished restoring its hundredth paper lantern since the project began in 2023. Number',
    'one hundred is a six-sided palace lantern from a tea house on Willow Bridge Street, donated by the owner’s granddaughter.',
  ),
  j(
    'When it arrived, the silk panels were split along every fold and the painted scenes, the four seasons of the river, had',
    'faded to brown. Our conservator Ms Tang spent eleven weeks on it. The old silk was too fragile to clean, so each panel was',
    'supported from behind with a new silk dyed to match, then the tears were closed with wheat-starch paste.',
  ),
  'A few numbers from the first hundred lanterns:',
  '1. 64 were paper and 36 silk; the oldest dates from about 1890.',
  '2. 41 came from families in Qinghe, the rest from temples, shops and two theatres.',
  '3. The longest repair took seven months, a dragon lantern with 212 separate parts.',
  j(
    'We have also learned what not to do. Several lanterns had been repaired with sticky tape in the 1980s, and the adhesive had',
    'stained the paper yellow. Removing it took longer than any other step. If you have an old lantern at home, please keep',
    'it away from tape, direct sun and damp cellars, and store it flat in acid-free paper if you can.',
  ),
  j(
    'All one hundred lanterns will be shown together for the first time at the Spring Lantern Hall from 20 March to 30 April.',
    'Entry is free on Wednesdays. Our restorers will be in the hall every Saturday afternoon to answer questions.',
  ),
];
const wbTopics = ['#Qinghe Lantern Museum#', '#Intangible heritage#'];
const wbNav = ['首页', '热门', '视频', '消息', '登录/注册'];
const wbComments = [
  ['river_and_willow', 'That palace lantern hung above our table when I was a child. So happy to see it saved.', '26-3-5 10:02 来自江苏'],
  ['ink_cat_77', 'Will the dragon lantern be lit during the exhibition?', '26-3-5 11:40 来自上海'],
];
const wbHot = ['Spring tea harvest starts early in the south', 'City libraries extend opening hours', 'New metro line opens to the airport'];
const wbFoot = ['关于微博', '微博客服', '网站备案号', 'Copyright © 2009-2026 WEIBO'];
const wbHtml = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>清河灯笼博物馆的微博 - 微博</title><meta name="keywords" content="清河灯笼博物馆,微博"><meta name="description" content="${wbTitle}">
<link rel="icon" href="//weibo.com/favicon.ico"><link href="https://h5.sinaimg.example/weibo-pc/js/app.b3f2.css" rel="stylesheet">
<script>window.$CONFIG = {"user":null,"lang":"zh-cn","version":"2f2f9b4"};</script></head>
<body><div id="app" class="woo-theme-light"><div class="Frame_wrap_16as0"><div class="woo-box-flex Nav_main_36qgR"><div class="woo-box-flex Nav_inner_1QCVO">
<a href="/" class="Nav_logoWrap_2fPbO" aria-label="微博"></a><div class="woo-input-wrap Search_wrap_2gAvy"><input class="woo-input-main" placeholder="搜索微博"></div>
<div class="woo-box-flex Nav_mid_2CKmy">${wbNav
  .map(
    (n) => `<a class="woo-box-flex Ctrls_item_3KzNH" href="#"><span class="Ctrls_text_1-yUM">${n}</span>
</a>`,
  )
  .join('')}</div>
</div></div><div class="woo-box-flex Frame_content_3XrxZ"><main class="Main_full_1dfQX"><div class="Main_wrap_2GRrG">
<article class="woo-panel-main woo-panel-top woo-panel-right woo-panel-bottom woo-panel-left Card_wrap_2ibWe Detail_detail_3typT">
<div class="Feed_body_3R0rO"><header class="woo-box-flex head_main_3DRDm"><a class="ALink_default_2ibt1" href="/u/7611203381"><div
class="woo-avatar-main" style="width:48px"><img class="woo-avatar-img" src="https://tvax1.sinaimg.example/crop.jpg"></div></a>
<div class="woo-box-item-flex head_content_wrap_27749"><div class="woo-box-flex head_nick_1yix2"><a class="ALink_default_2ibt1 head_cut_2Zcft head_name_24eEB"
href="/u/7611203381"><span title="清河灯笼博物馆">清河灯笼博物馆</span></a><span class="woo-font woo-font--vblue">Verified</span></div>
<div class="woo-box-flex head-info_info_2AspQ"><a class="head-info_time_6sFQg" title="2026-03-05 09:12" href="/7611203381/P9xKq2L">26-3-5 09:12</a>
<div class="head-info_cut_1tPQI head-info_source_2zcEX">来自 微博网页版</div></div></div></header>
<div class="wbpro-feed-content"><div class="detail_text_1U10O detail_ogText_2Z1Q8 wbpro-feed-ogText"><div class="detail_wbtext_4CRf9">
<h1 class="detail_title_3bNHm">${wbTitle}</h1>${brs(wbBody)}<br>
${wbTopics.map((t) => `<a href="//s.weibo.com/weibo?q=${encodeURIComponent(t)}" target="_blank"><span class="expand">${t}</span></a>`).join(' ')}</div></div>
<div class="woo-box-wrap picture_inlineNum3_3P7k1"><div class="woo-picture-main picture_pic_eLDxR"><img class="woo-picture-img" src="/lantern.jpg"></div>
<div class="picture-viewer_tag_1t5Qm">Photo: Qinghe Lantern Museum conservation workshop</div></div></div></div>
<footer class="woo-box-flex woo-box-alignCenter toolbar_main_3Mxwo"><div class="toolbar_item_1ky_D"><span class="toolbar_num_JXZul">1,206</span></div>
<div class="toolbar_item_1ky_D"><span class="toolbar_num_JXZul">384</span></div><div class="toolbar_item_1ky_D"><span class="woo-like-count">5,930</span>
</div></footer>
<div class="Detail_box_3Jeom"><div class="woo-tab-nav"><div class="woo-tab-item-main"><span>按热度</span></div><div class="woo-tab-item-main"><span>按时间</span>
</div></div>
<div class="wbpro-list">
${wbComments
  .map(
    ([n, c, t]) => `<div class="item1"><div class="woo-box-flex"><div class="con1 woo-box-item-flex"><div class="text"><a class="ALink_default_2ibt1"
href="/n/${n}">${n}</a>:<span>${c}</span></div><div class="info woo-box-flex woo-box-alignCenter woo-box-justifyBetween"><div>${t}</div>
<div class="woo-box-flex"><span class="woo-like-count">回复</span></div></div></div></div></div>`,
  )
  .join('\n')}
</div><a class="Detail_more_1oFGG" href="#">查看全部384条评论</a></div></article></div></main>
<div class="Main_side_i7Vti"><div class="wbpro-side woo-panel-main Card_wrap_2ibWe"><div class="wbpro-side-tit woo-box-flex"><div class="f16 fm cla">微博热搜</div>
<a class="cla" href="//s.weibo.com/top/summary">点击刷新</a></div><div class="wbpro-side-card7">${links(wbHot, 'wbpro-side-card7 woo-box-flex')}</div></div>
<div class="wbpro-side-copy"><div class="wbpro-side-copy-inner">${wbFoot.map((f) => `<span>${f}</span>`).join(' ')}</div></div></div></div></div></div>
<script src="https://h5.sinaimg.example/weibo-pc/js/chunk-vendors.7c1e.js"></script><script src="https://h5.sinaimg.example/weibo-pc/js/app.b3f2.js"></script>
</body></html>`;
const weibo: TestPage = {
  name: 'heldout319-weibo-post-news',
  kind: 'news',
  html: wbHtml,
  title: wbTitle,
  headings: [],
  body: texts(wbBody),
  bylines: ['清河灯笼博物馆', '26-3-5 09:12', '来自 微博网页版'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wbNav.filter((n) => n.length > 2), 'Verified', ...wbTopics, 'Photo: Qinghe Lantern Museum conservation workshop', '1,206', '384', '5,930', '按热度', '按时间',
    ...wbComments.flat(), '查看全部384条评论', '微博热搜', '点击刷新', ...wbHot, ...wbFoot,
  ],
};

export const HELDOUT319_D: readonly TestPage[] = [vk, weibo];
