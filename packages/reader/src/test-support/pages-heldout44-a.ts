import { type TestPage, texts } from './page-kit.js';
import { phpbbTopic } from './pages-heldout44-a2.js';

/**
 * Held-out batch 44, file a: a thread on an English-language Discuz! X3.5 forum (the toptb bar with "Set as homepage" and the
 * accessibility switch, the header login form, the nav, hot searches, the breadcrumb, "View | Reply" counts, the thread type
 * prefix, the post table with the user's credits block, group and rank, the hidden user card, "Posted on" lines, "Show only this
 * author", the "last edited" status line inside the message, a quote box, tags, a rating log, signatures, the post buttons, the
 * fast-reply box for guests, the cookie notice and the footer with the query count).
 */
const dzTitle = 'Toaster-oven reflow: dull joints and tombstoned 0402s on every batch';
const dzOp = [
  'I converted a second-hand 1500 W toaster oven into a reflow oven over Chinese New Year, using a solid-state relay, a K-type ' +
    'thermocouple and the open controller board that was passed around here last year. It reaches 245 °C without trouble, but my ' +
    'first three batches of boards all came out with dull, grainy joints and about one in ten 0402 resistors standing on end.',
  'The paste is a lead-free SAC305 type, bought from a local distributor in a 50 g syringe. I store it in the fridge and let it warm ' +
    'up for two hours before use. Stencil is 0.12 mm stainless steel from the usual board house.',
  'My profile is: ramp to 150 °C in 90 seconds, soak until 180 °C over another 90 seconds, then peak at 245 °C and open the door. ' +
    'Total time above 217 °C is around 40 seconds according to the log. Is that too short, or is the problem the oven itself?',
];
const dzR1 = [
  'Forty seconds above liquidus is at the short end but should still wet properly. Dull joints with SAC305 are partly normal, it ' +
    'never looks as shiny as the old tin-lead. Grainy is another story though, that usually means the flux burned off before the ' +
    'solder melted, so your soak is too long or too hot.',
  'Where is your thermocouple? If it is hanging in the air the board is probably 15 to 20 degrees behind what the controller ' +
    'thinks. Tape it to a scrap board of the same thickness with Kapton and you will see a very different curve.',
];
const dzR2 = [
  'You were right, it was hanging about 2 cm above the rack. With the probe taped to a scrap board the real peak was only 228 °C ' +
    'and time above liquidus was barely 20 seconds. I have moved the probe and lengthened the reflow stage, and the last batch ' +
    'looks much better.',
  'Still a few tombstones on the 0402 parts near the edge of the board though. Any ideas for those?',
];
const dzR3 = [
  'Tombstoning near the edges is almost always uneven heating. Toaster ovens have the elements top and bottom, and the edges of ' +
    'the rack see much more radiant heat than the middle. Two things helped me: put the board in the centre on a thin aluminium ' +
    'plate, and add a small fan inside to move the air around. Some people also line the walls with foil tape.',
  'Also check the pad design. If one pad of the 0402 connects to a big copper pour and the other to a thin trace, the thin side ' +
    'melts first and pulls the part up. A thermal relief on the pour side fixes most of it.',
];
const dzR4 = [
  'Plate and fan it is. The aluminium plate alone cut the tombstones from eleven to two on a panel of sixty parts. I will redo ' +
    'the footprint with thermal reliefs on the next revision. Thanks all, marking this solved.',
];
const dzQuoteHead = 'Sandpiper_HK posted on 2025-3-14 22:31';
const dzQuote = 'Where is your thermocouple? If it is hanging in the air the board is probably 15 to 20 degrees behind what th ...';
const dzEdited = 'This post was last edited by kwokfai_lab at 2025-3-15 10:20';
const dzNav = ['Forum', 'Guide', 'Groups', 'Space', 'Ranking'];
const dzHot = ['ESP32', 'stencil', 'hot air station', 'oscilloscope'];
const dzCrumbs = ['MakerBay', 'Tools & Workshop', 'View thread'];
const dzTags = ['reflow', 'SAC305', 'toaster oven'];
const dzFoot = ['Archiver', 'Mobile version', 'Privacy', 'Contact us'];

interface DzUser {
  uid: number;
  name: string;
  group: string;
  rank: string;
  threads: string;
  posts: string;
  credits: string;
  reg: string;
}
const kwok: DzUser = { uid: 4521, name: 'kwokfai_lab', group: 'Member', rank: 'Rank: 3', threads: '9', posts: '121', credits: '402', reg: '2021-8-19' };
const sand: DzUser = {
  uid: 318,
  name: 'Sandpiper_HK',
  group: 'Senior Member',
  rank: 'Rank: 5',
  threads: '64',
  posts: '2904',
  credits: '8811',
  reg: '2016-2-3',
};
const drdip: DzUser = { uid: 2207, name: 'drdip', group: 'Gold Member', rank: 'Rank: 6', threads: '31', posts: '1577', credits: '5230', reg: '2018-11-30' };

const dzSide = (pid: number, u: DzUser): string => `<td class="pls" rowspan="2"><div id="favatar${pid}" class="pls favatar">
<div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=${u.uid}" target="_blank" class="xw1">${u.name}</a></div></div>
<div class="p_pop blk bui card_gender_0" id="userinfo${pid}" style="display: none; margin-top: -11px;"><div class="m z"><div id="userinfo${pid}_ma"></div></div>
<div class="i y"><div><strong><a href="home.php?mod=space&amp;uid=${u.uid}" target="_blank" class="xi2">${u.name}</a></strong></div>
<dl class="cl"><dt>UID</dt><dd>${u.uid}</dd><dt>Posts</dt><dd>${u.posts}</dd><dt>Credits</dt><dd>${u.credits}</dd><dt>Registered</dt><dd>${u.reg}</dd></dl>
<div class="imicn"><a href="home.php?mod=space&amp;uid=${u.uid}&amp;do=profile" target="_blank" title="View profile">View profile</a></div>
<div id="avatarfeed"><span id="threadsortswait"></span></div></div></div>
<div><div class="avatar" onmouseover="showauthor(this, 'userinfo${pid}')"><a href="home.php?mod=space&amp;uid=${u.uid}" class="avtm" target="_blank">
<img src="https://bbs.makerbay.example/uc_server/avatar.php?uid=${u.uid}&amp;size=middle" loading="lazy"></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid=${u.uid}&amp;do=thread&amp;type=thread&amp;view=me"
class="xi2">${u.threads}</a></p>Threads</th><th><p><a href="home.php?mod=space&amp;uid=${u.uid}&amp;do=thread&amp;type=reply&amp;view=me"
class="xi2">${u.posts}</a></p>Posts</th><td><p><a href="home.php?mod=space&amp;uid=${u.uid}&amp;do=profile"
class="xi2">${u.credits}</a></p>Credits</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">${u.group}</a></em></p>
<p><span id="g_up${pid}"><img src="static/image/common/star_level3.gif" alt="${u.rank}" /></span></p>
<dl class="pil cl"></dl><ul class="xl xl2 o cl"><li class="pm2"><a href="home.php?mod=spacecp&amp;ac=pm&amp;op=showmsg&amp;touid=${u.uid}"
onclick="showWindow('sendpm', this.href);" title="Send message" class="xi2">Send message</a></li></ul></div></td>`;

const dzPost = (pid: number, num: string, u: DzUser, time: string, message: string, extra = '', sign = ''): string => `<div id="post_${pid}">
<table id="pid${pid}" class="plhin" summary="pid${pid}" cellspacing="0" cellpadding="0"><tr>${dzSide(pid, u)}
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=88214&amp;pid=${pid}" id="postnum${pid}"
onclick="setCopy(this.href, 'Post link copied to clipboard');return false;">${num}</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon${pid}" src="static/image/common/online_member.gif" />
<em id="authorposton${pid}">Posted on ${time}</em><span class="pipe">|</span>
<a href="forum.php?mod=viewthread&amp;tid=88214&amp;page=1&amp;authorid=${u.uid}" rel="nofollow">Show only this author</a></div></div></div>
<div class="pct"><style type="text/css">.pcb{margin-right:0}</style><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${pid}">
${message}</td></tr></table>${extra}</div><div id="comment_${pid}" class="cm"></div><div id="post_rate_div_${pid}"></div></div></div></td></tr>
<tr><td class="plc plm">${sign === '' ? '' : `<div class="sign" style="max-height:100px;maxHeightIE:100px;">${sign}</div>`}</td></tr>
<tr id="_postposition${pid}"></tr><tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em>
<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=41&amp;tid=88214&amp;repquote=${pid}" onclick="showWindow('reply', this.href)">Reply</a>
<a class="replyadd" href="forum.php?mod=misc&amp;action=postreview&amp;do=support&amp;tid=88214&amp;pid=${pid}" onclick="ajaxget(this.href)">Support
<span id="review_support_${pid}">0</span></a><a class="replysubtract"
href="forum.php?mod=misc&amp;action=postreview&amp;do=against&amp;pid=${pid}">Oppose</a></em>
<p><a href="javascript:;" id="mgc_post_${pid}" onmouseover="showMenu(this.id)" class="showmenu">Use props</a>
<a href="javascript:;"
onclick="showWindow('miscreport${pid}', 'misc.php?mod=report&amp;rtype=post&amp;rid=${pid}&amp;tid=88214&amp;fid=41', 'get', -1);return false;">Report</a></p>
</div></div></td></tr><tr class="ad"><td class="pls"></td><td class="plc"></td></tr></table></div>`;

const brs = (ps: readonly string[]): string => ps.join('<br />\r\n<br />\r\n');
const dzQuoteBox = `<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=1310442&amp;ptid=88214"
target="_blank">
<font color="#999999">${dzQuoteHead}</font></a></font><br />\r\n${dzQuote}</blockquote></div><br />\r\n`;
const dzRate = `<dl id="ratelog_1310507_" class="rate"><dd style="margin:0"><div id="post_rate_1310507"></div><table class="ratl"><tr>
<th class="xw1" width="120"><a href="forum.php?mod=misc&amp;action=viewratings&amp;tid=88214&amp;pid=1310507" onclick="showWindow('viewratings', this.href)"
title="View all ratings"> Participants <span class="xi1">2</span></a></th><th class="xw1" width="80">Credits <i><span class="xi1">+4</span></i></th>
<th><a href="javascript:;" onclick="toggleRatelogCollapse('ratelog_1310507_', this);" class="y xi2 op">Collapse</a><i class="txt_h">Reason</i></th></tr>
<tbody class="ratl_l"><tr id="rate_1310507_4521"><td><a href="home.php?mod=space&amp;uid=4521" target="_blank">kwokfai_lab</a></td>
<td class="xi1"> + 2</td><td class="xg1">Very helpful, thank you</td></tr><tr id="rate_1310507_90"><td>
<a href="home.php?mod=space&amp;uid=90">yuenlong_ee</a></td>
<td class="xi1"> + 2</td><td class="xg1">Good tip on the pads</td></tr></tbody></table></dd></dl>`;
const dzTagBox = `<div class="ptg mbm mtn">${dzTags
  .map(
    (t) => `<a title="${t}" href="misc.php?mod=tag&amp;name=${t}"
target="_blank">${t}</a>`,
  )
  .join(',')}</div>`;

const dzHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${dzTitle} - Tools &amp; Workshop - MakerBay Forum - Powered by Discuz!</title>
<meta name="keywords" content="${dzTitle}" /><meta name="description" content="${dzOp[0]!.slice(0, 120)} ... " />
<meta name="generator" content="Discuz! X3.5" /><meta name="copyright" content="2001-2025 Discuz! Team." /><base href="https://bbs.makerbay.example/" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?v5Q" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'v5Q', charset = 'utf-8',
discuz_uid = '0', cookiepre = 'mkb_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread',
creditnotice = '1|Prestige|,2|Gold|,3|Contribution|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMubWFrZXJiYXk=', SITEURL = 'https://bbs.makerbay.example/',
JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?v5Q" type="text/javascript"></script></head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('https://bbs.makerbay.example/');">Set as homepage</a>
<a href="https://bbs.makerbay.example/" onclick="addFavorite(this.href, 'MakerBay Forum');return false;">Bookmark this site</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="Enable accessibility mode"
class="switchblind">Enable accessibility mode</a>
<a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="Switch to widescreen" class="switchwidth">Switch to widescreen</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="MakerBay Forum"><img src="static/image/common/logo.png" alt="MakerBay Forum"
border="0" /></a></h2>
<script src="static/js/logging.js?v5Q" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes">
<div class="fastlg cl"><span id="return_ls" style="display:none"></span><div class="y pns"><table cellspacing="0" cellpadding="0"><tr>
<td><label for="ls_username">Username</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" tabindex="901" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000"
tabindex="903" />Auto login</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&amp;action=login&amp;viewlostpw=1')">Forgot password</a></td></tr>
<tr><td><label for="ls_password">Password</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off"
tabindex="902" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" tabindex="904" style="width: 75px;"><em>Login</em></button></td>
<td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">Register</a></td></tr></table></div></div></form></div>
<div id="nv"><a href="javascript:;" id="qmenu"
onmouseover="delayShow(this, function () {showMenu({'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2});})">Quick</a>
<ul>${dzNav
  .map(
    (t, i) => `<li${i === 0 ? ' class="a" id="mn_forum"' : ''}><a href="${t.toLowerCase()}.php"
hidefocus="true">${t}</a></li>`,
  )
  .join('')}</ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" action="search.php?searchsubmit=yes" target="_blank">
<table cellspacing="0" cellpadding="0"><tr><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt"
placeholder="Please enter search content" /></td>
<td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1 showmenu" hidefocus="true">Thread</a></td>
<td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc"
value="true"><strong class="xi2">Search</strong></button></td>
<td class="scbar_hot_td"><div id="scbar_hot"><strong class="xw1">Hot Searches: </strong>
${dzHot
  .map(
    (t) => `<a href="search.php?mod=forum&amp;srchtxt=${t}&amp;formhash=8b1c2d7e&amp;searchsubmit=true" target="_blank" class="xi2"
sc="1">${t}</a>`,
  )
  .join('\n')}
</div></td></tr></table></form></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="Home">${dzCrumbs[0]}</a> <em>›</em>
<a href="forum.php">Forum</a> <em>›</em> <a href="forum.php?mod=forumdisplay&amp;fid=41">${dzCrumbs[1]!.replace('&', '&amp;')}</a> <em>›</em>
<a href="forum.php?mod=viewthread&amp;tid=88214">${dzCrumbs[2]}</a></div></div>
<div id="ct" class="wp cl"><div id="pgt"
class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum.php?mod=forumdisplay&amp;fid=41">Back to list</a></span>
<a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({'ctrlid':this.id})" href="javascript:;"
title="Post new thread">
<img src="static/image/common/pn_post.png" alt="Post new thread" /></a><a id="post_reply"
onclick="showWindow('reply', 'forum.php?mod=post&amp;action=reply&amp;tid=88214')"
href="javascript:;" title="Reply"><img src="static/image/common/pn_reply.png" alt="Reply" /></a></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">View:</span>
<span class="xi1">2841</span><span class="pipe">|</span><span class="xg1">Reply:</span> <span class="xi1">4</span></div></td>
<td class="plc ptm pbn vwthd"><div class="y"><a href="forum.php?mod=redirect&amp;goto=nextoldset&amp;tid=88214" title="Previous thread">
<img src="static/image/common/thread-prev.png" alt="Previous thread" class="vm" /></a></div><h1 class="ts">
<a href="forum.php?mod=forumdisplay&amp;fid=41&amp;filter=typeid&amp;typeid=7">[Help]</a> <span id="thread_subject">${dzTitle}</span></h1>
<span class="xg1"><a href="forum.php?mod=viewthread&amp;tid=88214"
onclick="return copyThreadUrl(this, 'MakerBay Forum')">[Copy link]</a></span></td></tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
${dzPost(1310388, 'Thread starter', kwok, '2025-3-14 21:06:52', brs(dzOp), dzTagBox)}
${dzPost(1310442, '<em>2</em><sup>#</sup>', sand, '2025-3-14 22:31:07', brs(dzR1), '', 'Measure twice, reflow once.')}
${dzPost(1310480, '<em>3</em><sup>#</sup>', kwok, '2025-3-15 10:12:44', `<i class="pstatus"> ${dzEdited} </i><br />\r\n<br />\r\n${dzQuoteBox}${brs(dzR2)}`)}
${dzPost(1310507, '<em>4</em><sup>#</sup>', drdip, '2025-3-15 13:47:19', brs(dzR3), dzRate, 'Repairs, reworks and the occasional new board. Kowloon Tong.')}
${dzPost(1310693, '<em>5</em><sup>#</sup>', kwok, '2025-3-16 19:05:31', brs(dzR4))}
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div></div>
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum.php?mod=forumdisplay&amp;fid=41">Back to list</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform"
action="forum.php?mod=post&amp;action=reply&amp;fid=41&amp;tid=88214">
<table cellspacing="0"
cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="cl"><div id="fastposteditor"><div class="tedt mtn"><div class="area">
<div class="pt hm">You need to log in before you can reply <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)"
class="xi2">Login</a> |
<a href="member.php?mod=register" class="xi2">Register</a></div></div></div></div></div>
<p class="ptm pnpost"><a href="home.php?mod=spacecp&amp;ac=credit&amp;op=rule&amp;fid=41" class="y" target="_blank">Credit rules</a>
<button type="button" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit"
tabindex="5"><strong>Post reply</strong></button></p></td></tr></table>
</form></div></div></div>
<div id="cookie_notice" class="cl" style="position:fixed;bottom:0;left:0;right:0;z-index:300;background:#fffbe6;padding:8px;text-align:center">
This forum uses cookies to keep you logged in and to count page views. <a href="misc.php?mod=faq&amp;action=faq&amp;id=12" class="xi2">Read more</a>
<button type="button" class="pn" onclick="setcookie('cookie_ok', 1, 31536000);$('cookie_notice').style.display='none';"><em>OK</em></button></div>
<div id="ft" class="wp cl"><div id="flk"
class="y"><p>${dzFoot.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '-')}.php">${t}</a>`).join('<span class="pipe">|</span>')}
<span class="pipe">|</span><strong><a href="https://bbs.makerbay.example" target="_blank">MakerBay Forum</a></strong></p>
<p class="xs0">GMT+8, 2025-3-20 14:05<span id="debuginfo">, Processed in 0.058311 second(s), 24 queries .</span></p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> <em>X3.5</em></p>
<p class="xs0">© 2001-2025 <a href="https://code.dz-x.net/" target="_blank">Discuz! Team</a>.</p></div></div>
<div id="scrolltop"><span hidefocus="true"><a title="Back to top" onclick="window.scrollTo('0','0')" class="scrolltopa"><b>Back to top</b></a></span>
<span><a href="forum.php?mod=forumdisplay&amp;fid=41" hidefocus="true" class="returnlist" title="Back to list"><b>Back to list</b></a></span></div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();</script></body></html>`;

export const discuzThread: TestPage = {
  html: dzHtml,
  name: 'heldout44-discuz-thread',
  kind: 'forum',
  // every post is body, the three replies by the starter included; the quote box inside post 3 (its "posted on" head is an
  // author line: byline; the cut-off quoted sentence is in neither list) and the "last edited" status line in the same post
  // (byline: an "edited" line); poster names and post times are bylines ("Posted on" in neither); the thread type "[Help]",
  // "View: 2841 | Reply: 4", the user blocks (threads, posts, credits, group, rank, the hidden card with UID and registration
  // date), tags, the rating log with its raters' reasons, signatures, post buttons, the guest reply box, toptb, login form, nav,
  // hot searches, breadcrumb, cookie notice and footer are furniture; a rater's name is furniture with its rating (a reaction),
  // but one rater is the starter (a byline); the breadcrumb's "Forum" is the nav's; the post buttons' "Reply" is the same word
  // as the count's label "Reply:" (kept once); the post numbers ("2#") are in neither list; the hot search "stencil" and the
  // three tags are body words: left out
  title: dzTitle,
  headings: [],
  body: [...texts(dzOp), ...texts(dzR1), ...texts(dzR2), ...texts(dzR3), ...texts(dzR4)],
  bylines: [
    'kwokfai_lab',
    'Sandpiper_HK',
    'drdip',
    '2025-3-14 21:06:52',
    '2025-3-14 22:31:07',
    '2025-3-15 10:12:44',
    '2025-3-15 13:47:19',
    '2025-3-16 19:05:31',
    dzQuoteHead,
    dzEdited,
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Set as homepage', 'Bookmark this site', 'Enable accessibility mode', 'Switch to widescreen', 'Username', 'Auto login', 'Forgot password', 'Password',
    'Login', 'Register', 'Quick', ...dzNav, 'Thread', 'Search', 'Hot Searches:', ...dzHot.filter((t) => t !== 'stencil'), ...dzCrumbs, 'Back to list',
    'View:', '2841', 'Reply:', '[Help]', '[Copy link]', 'Thread starter', 'Show only this author', 'UID', 'Registered', 'View profile', 'Threads', 'Posts',
    'Credits', 'Member', 'Senior Member', 'Gold Member', 'Send message', 'Support', 'Oppose', 'Use props', 'Report', 'Participants', '+4', 'Collapse',
    'Reason', 'yuenlong_ee', 'Very helpful, thank you', 'Good tip on the pads', 'Measure twice, reflow once.',
    'Repairs, reworks and the occasional new board. Kowloon Tong.', 'You need to log in before you can reply', 'Credit rules', 'Post reply',
    'This forum uses cookies to keep you logged in and to count page views.', 'Read more', 'OK', ...dzFoot, 'MakerBay Forum', 'GMT+8, 2025-3-20 14:05',
    'Processed in 0.058311 second(s), 24 queries .', 'Powered by Discuz! X3.5', '© 2001-2025 Discuz! Team.', 'Back to top',
  ],
};

export const HELDOUT44_A: readonly TestPage[] = [discuzThread, phpbbTopic];
