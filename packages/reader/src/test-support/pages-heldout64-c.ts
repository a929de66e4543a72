import { type TestPage, texts } from './page-kit.js';
import { dzPost, dzPosts, dzTitle } from './pages-heldout64-c2.js';
import { vbTopic } from './pages-heldout64-c3.js';

/**
 * Held-out batch 64, file c: a Discuz! X3.4 thread on a Chinese home-renovation forum, default template, as a guest saves it
 * (top bar with 设为首页/收藏本站 and the accessibility and width switches, the quick-login form, the 快捷导航 nav with its
 * Chinese/English labels, the search bar with 热搜 words, the crumbs, 返回列表 and the post buttons, the 查看/回复 counts, the
 * subject with its type label and [复制链接], 电梯直达, five floors (file c2), the 收藏/支持/反对 buttons, 相关帖子, the guest fast-reply
 * box, the scroll-top links and the footer with the ICP number, the GMT+8 clock and the "Powered by Discuz!" credit).
 */
const dzNav = ['门户Portal', '论坛BBS', '群组Group', '动态Space', '排行榜Ranklist'];
const dzHot = ['全屋定制', '瓷砖', '吊顶', '美缝'];
const dzCrumbs = ['筑家论坛', '论坛', '厨卫装修'];
const dzRelated = ['卫生间闭水试验做了48小时，楼下还是渗水怎么办', '老房改造水电全部重走，大概要花多少钱？', '淋浴房挡水条和下沉式哪个好'];
const dzHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${dzTitle} - 厨卫装修 -  筑家论坛 -  Powered by Discuz!</title>
<link href="https://bbs.zhujia.example/thread-391204-1-1.html" rel="canonical" />
<meta name="keywords" content="${dzTitle}" />
<meta name="description" content="家里是九十年代的老房子，卫生间不到四平米，这次准备全部砸掉重做。 ,筑家论坛" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="https://bbs.zhujia.example/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xk9" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Xk9" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xk9', charset = 'utf-8',
discuz_uid = '0', cookiepre = 'Zj3c_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread',
creditnotice = '1|威望|,2|金币|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMuemh1amlhLmV4YW1wbGUvdGhyZWFkLTM5MTIwNC0xLTEuaHRtbA==',
SITEURL = 'https://bbs.zhujia.example/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Xk9" type="text/javascript"></script>
<meta name="application-name" content="筑家论坛" />
<script src="data/cache/forum.js?Xk9" type="text/javascript"></script>
</head>

<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('https://bbs.zhujia.example/');">设为首页</a><a href="https://bbs.zhujia.example/"
	onclick="addFavorite(this.href, '筑家论坛');return false;">收藏本站</a></div>
<div class="y">
<a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a>
<a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a>
</div>
</div>
</div>

<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="筑家论坛"><img src="static/image/common/logo.png" alt="筑家论坛" border="0" /></a></h2>
<script src="static/js/logging.js?Xk9" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes"
	onsubmit="return lsSubmit();">
<div class="fastlg cl">
<span id="return_ls" style="display:none"></span>
<div class="y pns">
<table cellspacing="0" cellpadding="0">
<tr>
<td><label for="ls_username">用户名</label></td>
<td><input type="text" name="username" id="ls_username" class="px vm" autocomplete="off" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td>
</tr>
<tr>
<td><label for="ls_password" class="z psw_w">密码</label></td>
<td><input type="password" name="password" id="ls_password" class="px vm" size="10" autocomplete="off" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td>
<td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td>
</tr>
</table>
<input type="hidden" name="quickforward" value="yes" />
<input type="hidden" name="handlekey" value="ls" />
</div>
</div>
</form>
</div>

<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {showMenu({'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2});})">快捷导航</a>
<ul>${dzNav
  .map((t, i) => {
    const zh = t.replace(/[A-Za-z]+$/, '');
    const en = t.slice(zh.length);
    return `<li ${i === 1 ? 'class="a" ' : ''}id="mn_${i}" ><a href="nav-${i}.php" hidefocus="true" title="${en}"  >${zh}<span>${en}</span></a></li>`;
  })
  .join('')}</ul>
</div>
<div class="p_pop h_pop" id="mn_userapp_menu" style="display: none"></div>
<div id="mu" class="cl"></div>
<div id="scbar" class="cl">
<form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="scbar_icon_td"></td>
<td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td>
<td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">帖子</a></td>
<td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc"
	value="true"><strong class="xi2">搜索</strong></button></td>
<td class="scbar_hot_td">
<div id="scbar_hot">
<strong class="xw1">热搜: </strong>
${dzHot
  .map(
    (t) => `<a href="search.php?mod=forum&amp;srchtxt=${encodeURIComponent(t)}&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2"
	sc="1">${t}</a>`,
  )
  .join('\n')}
</div>
</td>
</tr>
</table>
</form>
</div>
</div>
</div>

<div id="wp" class="wp">
<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">筑家论坛</a> <em>&rsaquo;</em>
<a href="forum.php">论坛</a> <em>&rsaquo;</em>
<a href="forum-38-1.html">厨卫装修</a> <em>&rsaquo;</em>
<a href="thread-391204-1-1.html">${dzTitle}</a>
</div>
</div>

<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl ">
<div class="pgt"></div>
<span class="y pgb"><a href="forum-38-1.html">返回列表</a></span>
<a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({'ctrlid':this.id})" onclick="showWindow('newthread',
	'forum.php?mod=post&action=newthread&fid=38')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>
<a id="post_reply" onclick="showWindow('reply', 'forum.php?mod=post&action=reply&fid=38&tid=391204')" href="javascript:;" title="回复"><img
	src="static/image/common/pn_reply.png" alt="回复" /></a>
</div>

<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn">
<div class="hm ptn">
<span class="xg1">查看:</span> <span class="xi1">1286</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">4</span>
</div>
</td>
<td class="plc ptm pbn vwthd">
<div class="y">
<a href="forum.php?mod=viewthread&action=printable&tid=391204" title="打印" target="_blank"><img src="static/image/common/print.png" alt="打印" class="vm" /></a>
<a href="forum.php?mod=redirect&action=newthread&tid=391204&goto=nextoldset" title="上一主题"><img src="static/image/common/thread-prev.png" alt="上一主题"
	class="vm" /></a>
<a href="forum.php?mod=redirect&action=newthread&tid=391204&goto=nextnewset" title="下一主题"><img src="static/image/common/thread-next.png" alt="下一主题"
	class="vm" /></a>
</div>
<h1 class="ts">
<a href="forum.php?mod=forumdisplay&fid=38&filter=typeid&typeid=112">[求助]</a>
<span id="thread_subject">${dzTitle}</span>
</h1>
<span class="xg1">
<a href="thread-391204-1-1.html" onclick="return copyThreadUrl(this, '筑家论坛')" >[复制链接]</a>
</span>
</td>
</tr>
</table>

<table cellspacing="0" cellpadding="0" class="ad">
<tr>
<td class="pls">
</td>
<td class="plc"><div id="fj" class="y"><label class="z">电梯直达</label><input type="text" class="px p_fre z" size="2"
	onkeyup="$('fj_btn').href='forum.php?mod=redirect&ptid=391204&authorid=0&postno='+this.value" title="跳转到指定楼层" /><a href="javascript:;" id="fj_btn"
	class="z" title="跳转到指定楼层"><img src="static/image/common/fj_btn.png" alt="跳转到指定楼层" class="vm" /></a></div>
</td>
</tr>
</table>
${dzPosts[0] === undefined ? '' : dzPost(dzPosts[0])}
<div id="p_btn" class="mtw mbm hm cl">
<a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=thread&amp;id=391204&amp;formhash=" id="k_favorite" onclick="showWindow(this.id, this.href, 'get', 0);"
	title="收藏本帖"><i><img src="static/image/common/fav.gif" alt="收藏" />收藏<span id="favoritenumber">23</span></i></a>
<a id="recommend_add" href="forum.php?mod=misc&amp;action=recommend&amp;do=add&amp;tid=391204&amp;hash=" onclick="ajaxmenu(this, 3000, 1, 0, '43',
	'recommendupdate({recommendc})',
	0);return false;" title="顶一下"><i><img src="static/image/common/rec_add.gif" alt="支持" />支持<span id="recommendv_add">9</span></i></a>
<a id="recommend_subtract" href="forum.php?mod=misc&amp;action=recommend&amp;do=subtract&amp;tid=391204&amp;hash=" onclick="ajaxmenu(this, 3000, 1, 0, '43',
	'recommendupdate(-{recommendc})', 0);return false;" title="踩一下"><i><img src="static/image/common/rec_subtract.gif" alt="反对" />反对<span
	id="recommendv_subtract">0</span></i></a>
</div>
${dzPosts.slice(1).map(dzPost).join('\n')}
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>

<div class="mtw mbw">
<h3 class="pbm mbm bbda">相关帖子</h3>
<ul class="xl xl2 cl">${dzRelated.map((t, i) => `<li>&bull; <a href="thread-${388000 + i * 731}-1-1.html" title="${t}">${t}</a></li>`).join('')}</ul>
</div>

<div class="pgs mtm mbm cl">
<span class="pgb y"><a href="forum-38-1.html">返回列表</a></span>
</div>

<div id="f_pst" class="pl bm bmw">
<form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid=391204&amp;extra=&amp;replysubmit=yes">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls"></td>
<td class="plc">
<div class="cl">
<div class="hasfsl" id="fastposteditor">
<div class="tedt mtn">
<div class="bar">
<span class="y"><a href="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid=391204" onclick="return switchAdvanceMode(this.href)">高级模式</a></span>
</div>
<div class="area">
<div class="pt hm">
您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">登录</a> | <a
	href="member.php?mod=register" class="xi2">立即注册</a>
</div>
</div>
</div>
</div>
</div>
<p class="ptm pnpost">
<a href="home.php?mod=spacecp&amp;ac=credit&amp;op=rule&amp;fid=38" class="y" target="_blank">本版积分规则</a>
<button type="button" onclick="showWindow('login', 'member.php?mod=logging&action=login&guestmessage=yes')" name="replysubmit" id="fastpostsubmit"
	class="pn pnc vm" value="replysubmit" tabindex="5"><strong>发表回复</strong></button>
</p>
</td>
</tr>
</table>
</form>
</div>
</div>
</div>
<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a
	href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="https://bbs.zhujia.example/"
	target="_blank">筑家论坛</a></strong>
( <a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备2021012345号-1</a> )
</p>
<p class="xs0">
GMT+8, 2025-3-12 10:22<span id="debuginfo">
, Processed in 0.061232 second(s), 27 queries
.
</span>
</p>
</div>
<div id="frt">
<p>Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> <em>X3.4</em></p>
<p class="xs0">&copy; 2001-2021 <a href="https://www.tencentcloud.example/" target="_blank">Tencent Cloud</a>.</p>
</div>
</div>
<div id="scrolltop">
<span><a href="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid=391204&amp;extra=&amp;page=1" onclick="showWindow('reply', this.href)" class="replyfast"
	title="快速回复"><b>快速回复</b></a></span>
<span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span>
<span><a href="forum-38-1.html" hidefocus="true" class="returnlist" title="返回列表"><b>返回列表</b></a></span>
</div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();</script>
</body>
</html>`;
const discuz: TestPage = {
  html: dzHtml,
  name: 'heldout64-discuz-thread',
  kind: 'forum',
  // the five floors and the 点评 (a comment under the second floor, "记下了…") are body; the quote on the third floor ("老周做水电
  // 发表于 …" with a sentence of the second) is in neither list; posters' names, the "发表于 …" lines (the last one relative,
  // "前天 09:02"), the comment's author and time and the "本帖最后由 … 编辑" status are bylines; the [求助] type label, floor labels
  // (沙发/板凳/地板/5#), the user cards and stats strips (主题/帖子/积分), user groups, "发消息", "只看该作者"/"倒序浏览"/"阅读模式",
  // the rating table (its raters, amounts and reasons), the signature, 回复/使用道具/举报, 收藏/支持/反对, 相关帖子, the top bar,
  // login form, nav, search bar, crumbs, counts, fast-reply box, scroll-top links and footer are furniture; left off as body words:
  // the floor label 楼主 ("提醒楼主", "谢谢楼主") and the search-type label 帖子 ("这个帖子"); "回复" (the count's label and the reply
  // link) and "返回列表" are kept once each; the Latin nav labels are written as they print, run into the Chinese ("论坛BBS")
  title: dzTitle,
  headings: [],
  body: dzPosts.flatMap((p, i) => (i === 1 ? [...texts(p.paras), '记下了，明天就拿给师傅看。'] : texts(p.paras))),
  bylines: [
    ...['青石巷的猫', '老周做水电', 'Lily_装修日记', '灰色的砖', '发表于 2025-3-8 21:14:06', '发表于 2025-3-8 21:40:52', '发表于 2025-3-9 10:26:17'],
    ...['发表于 2025-3-9 22:03:45', '发表于 前天 09:02', '发表于 2025-3-9 08:11', '本帖最后由 青石巷的猫 于 2025-3-8 21:30 编辑'],
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '设为首页', '收藏本站', '开启辅助访问', '切换到宽版', '用户名', '自动登录', '找回密码', '密码', '登录', '立即注册', '快捷导航', ...dzNav, '搜索',
    '热搜:', ...dzHot, ...dzCrumbs, '返回列表', '查看:', '1286', '回复:', '[求助]', '[复制链接]', '电梯直达', '沙发', '板凳', '地板', '5#', '当前离线',
    '主题', '积分', '发消息', '注册会员', '金牌会员', '中级会员', '新手上路', '只看该作者', '倒序浏览', '阅读模式', '点评', '参与人数', '金币', '收起', '理由',
    '筑家小编', '很有帮助，加分鼓励！', '感谢分享', '总评分:', '查看全部评分', '专注老房水电改造十五年，只在本论坛答疑，不接私单。', '回复', '使用道具', '举报',
    '收藏', '支持', '反对', '相关帖子', ...dzRelated, '高级模式', '您需要登录后才可以回帖', '本版积分规则', '发表回复', 'Archiver', '手机版', '小黑屋',
    '沪ICP备2021012345号-1', 'GMT+8, 2025-3-12 10:22', ', Processed in 0.061232 second(s), 27 queries', 'Powered by', 'Discuz!', 'X3.4',
    '2001-2021', 'Tencent Cloud', '快速回复', '返回顶部',
  ],
};

export const HELDOUT64_C: readonly TestPage[] = [discuz, vbTopic];
