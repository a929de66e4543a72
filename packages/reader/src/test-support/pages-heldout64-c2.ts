/**
 * Held-out batch 64, file c2: the five floors of the Discuz! X3.4 thread of file c and the viewthread_node template that prints
 * them (user card popup, avatar, the threads/posts/credits strip, user group and stars, credits pairs, "发消息", the floor label,
 * "发表于" line with "只看该作者", the post text with the "本帖最后由 … 编辑" status, a quote, a rating table, a 点评 (comment)
 * block, the signature and the 回复/使用道具/举报 bar).
 */
export const dzTitle = '老房翻新，卫生间防水到底要刷多高才够？';
interface DzPost {
  pid: number;
  floor: string;
  user: string;
  uid: number;
  group: string;
  stars: number;
  stats: [string, string, string];
  posted: string;
  paras: string[];
  edited?: string;
  quote?: [string, string, string];
  rate?: boolean;
  comment?: [string, string, string];
  sig?: string;
}
const dzOp = { user: '青石巷的猫', uid: 60417, group: '注册会员', stars: 2, stats: ['3', '41', '186'] as [string, string, string] };
export const dzPosts: DzPost[] = [
  {
    ...{ pid: 2218840, floor: '楼主', ...dzOp, posted: '发表于 2025-3-8 21:14:06', edited: '本帖最后由 青石巷的猫 于 2025-3-8 21:30 编辑' },
    paras: [
      '家里是九十年代的老房子，卫生间不到四平米，这次准备全部砸掉重做。师傅说地面刷防水，墙面刷三十公分就够了，淋浴区刷到一米八。',
      '可是我在网上看到有人说整面墙都要刷到顶，不然墙里的水汽会让隔壁卧室的墙皮发霉。我家卫生间隔壁正好是儿童房，所以有点担心。',
      '想问问大家：防水到底刷多高才合适？用柔性的还是刚性的？预算不算紧，但也不想花冤枉钱。',
    ],
  },
  {
    ...{ pid: 2218857, floor: '沙发', user: '老周做水电', uid: 18822, group: '金牌会员', stars: 5, stats: ['56', '2317', '8904'] },
    ...{ posted: '发表于 2025-3-8 21:40:52', rate: true, sig: '专注老房水电改造十五年，只在本论坛答疑，不接私单。' },
    comment: ['青石巷的猫', '记下了，明天就拿给师傅看。', '发表于 2025-3-9 08:11'],
    paras: [
      '干了十几年水电，说说我的做法。淋浴区那面墙至少刷到一米八，最好刷到顶；其他墙面刷三十公分是规范的最低要求，不是最好的做法。',
      '如果隔壁是卧室，我建议和卫生间共用的那面墙整面刷到顶，多花不了几百块钱。材料上，地面和墙角用柔性防水，墙面可以用刚性的，两种配合效果最好。',
      '还有一点很多人忽略：刷完一定要做闭水试验，至少放水四十八小时，去楼下看天花板有没有渗水，再让瓦工进场。',
    ],
  },
  {
    ...{ pid: 2218901, floor: '板凳', user: 'Lily_装修日记', uid: 52210, group: '中级会员', stars: 3, stats: ['12', '389', '1021'] },
    ...{ posted: '发表于 2025-3-9 10:26:17', quote: ['老周做水电', '2025-3-8 21:40', '刷完一定要做闭水试验，至少放水四十八小时'] },
    paras: [
      '同意楼上。我家去年做的时候闭水只放了二十四小时，结果入住半年后楼下邻居找上门，说天花板有水渍，最后只能把地砖全部撬开重做，前前后后多花了一万多。',
      '另外提醒楼主，墙角和管道根部要先做加强层，贴一层网格布再刷，这几个地方最容易漏。',
    ],
  },
  {
    ...{ pid: 2218975, floor: '地板', ...dzOp, posted: '发表于 2025-3-9 22:03:45' },
    paras: [
      '谢谢两位！已经和师傅商量好了：淋浴区和靠儿童房的那面墙刷到顶，其他墙面刷到一米二，地面和墙角用柔性防水加网格布，闭水试验做满四十八小时。',
      '等做完了再来更新进度，到时候附上闭水试验的照片。',
    ],
  },
  {
    ...{ pid: 2219032, floor: '5<sup>#</sup>', user: '灰色的砖', uid: 70133, group: '新手上路', stars: 1, stats: ['0', '7', '12'] },
    ...{ posted: '发表于 <span title="2025-3-10 09:02:33">前天&nbsp;09:02</span>' },
    paras: ['马克一下，我家下个月也要改卫生间，正愁不知道防水该刷多高，这个帖子太有用了，谢谢楼主和各位师傅。'],
  },
];
const dzQuote = ([u, d, q]: [string, string, string]): string => `<div class="quote"><blockquote><font size="2"><a
	href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=2218857&amp;ptid=391204" target="_blank"><font color="#999999">${u} 发表于 ${d}</font></a></font><br />
${q}</blockquote></div><br />
`;
const dzRate = `<dl id="ratelog_2218857" class="rate"><dd style="margin:0"><div id="post_rate_2218857"></div>
	<table class="ratl"><tr><th class="xw1" width="120"><a href="forum.php?mod=misc&amp;action=viewratings&amp;tid=391204&amp;pid=2218857" title="查看全部评分"
		onclick="showWindow('viewratings', this.href)"> 参与人数 <span class="xi1">2</span></a></th><th class="xw1" width="80">金币 <i><span class="xi1">+8</span></i></th>
		<th><a href="javascript:;" onclick="toggleRatelogCollapse('ratelog_2218857', this);" class="y xi2 op">收起</a><i class="txt_h">理由</i></th></tr>
	<tbody class="ratl_l"><tr id="rate_2218857_1"><td><a href="home.php?mod=space&amp;uid=1" target="_blank">筑家小编</a></td><td class="xi1"> + 5</td>
		<td class="xg1">很有帮助，加分鼓励！</td></tr>
	<tr id="rate_2218857_60417"><td><a href="home.php?mod=space&amp;uid=60417" target="_blank">青石巷的猫</a></td><td class="xi1"> + 3</td>
		<td class="xg1">感谢分享</td></tr>
	</tbody></table><p class="ratc">总评分:&nbsp;金币 <span class="xi1">+8</span>&nbsp;<a
		href="forum.php?mod=misc&amp;action=viewratings&amp;tid=391204&amp;pid=2218857"
		title="查看全部评分" onclick="showWindow('viewratings', this.href)">查看全部评分</a></p></dd></dl>`;
const dzComment = ([u, t, d]: [
  string,
  string,
  string,
]): string => `<div id="comment_2218857" class="cm"><h3 class="psth xs1"><span class="icon_ring vm"></span>点评</h3>
	<div class="pstl xs1 cl"><div class="psta vm"><a href="home.php?mod=space&amp;uid=60417" c="1"><img src="uc_server/avatar.php?uid=60417&amp;size=small" /></a>
		<a href="home.php?mod=space&amp;uid=60417" class="xi2 xw1">${u}</a></div>
	<div class="psti">${t}&nbsp;<span class="xg1">${d}</span></div></div></div>`;
const dzStats = (p: DzPost): string => `<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&uid=${p.uid}&do=thread"
	class="xi2">${p.stats[0]}</a></p>主题</th><th><p><a href="home.php?mod=space&uid=${p.uid}&do=thread&type=reply" class="xi2">${p.stats[1]}</a></p>帖子</th><td><p><a
	href="home.php?mod=space&uid=${p.uid}&do=profile" class="xi2">${p.stats[2]}</a></p>积分</td></table></div>`;
export const dzPost = (
  p: DzPost,
): string => `<div id="post_${p.pid}" ><table id="pid${p.pid}" class="plhin" summary="pid${p.pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2">
<div id="favatar${p.pid}" class="pls favatar">
<div class="pi"><div class="authi"><a href="space-uid-${p.uid}.html" target="_blank" class="xw1">${p.user}</a></div></div>
<div class="p_pop blk bui card_gender_0" id="userinfo${p.pid}" style="display: none; margin-top: -11px;">
<div class="m z"><div id="userinfo${p.pid}_ma"></div></div>
<div class="i y"><div><strong><a href="space-uid-${p.uid}.html" target="_blank" class="xi2">${p.user}</a></strong><em>当前离线</em></div>
<dl class="cl"><dt>积分</dt><dd><a href="home.php?mod=space&uid=${p.uid}&do=profile" target="_blank" class="xi2">${p.stats[2]}</a></dd></dl>
<div class="mtw"><a href="home.php?mod=spacecp&ac=pm&op=showmsg&touid=${p.uid}" onclick="showWindow('sendpm', this.href);" title="发消息" class="xi2">发消息</a></div>
</div></div>
<div><div class="avatar" onmouseover="showauthor(this, 'userinfo${p.pid}')"><a href="space-uid-${p.uid}.html" class="avtm" target="_blank"><img
	src="https://bbs.zhujia.example/uc_server/avatar.php?uid=${p.uid}&size=middle" /></a></div></div>
${dzStats(p)}
<p><em><a href="home.php?mod=spacecp&ac=usergroup&gid=1${p.stars}" target="_blank">${p.group}</a></em></p>
<p><span id="g_up${p.pid}">${'<img src="static/image/common/star_level1.gif" alt="Rank: 1" />'.repeat(p.stars)}</span></p>
<dl class="pil cl"><dt>积分</dt><dd><a href="home.php?mod=space&uid=${p.uid}&do=profile" target="_blank" class="xi2">${p.stats[2]}</a></dd></dl>
<ul class="xl xl2 o cl"><li class="pm2"><a href="home.php?mod=spacecp&ac=pm&op=showmsg&touid=${p.uid}&pid=${p.pid}&tid=391204"
	onclick="showWindow('sendpm', this.href);" title="发消息" class="xi2">发消息</a></li></ul>
</div>
</td>
<td class="plc">
<div class="pi">
<strong><a href="forum.php?mod=redirect&goto=findpost&ptid=391204&pid=${p.pid}" id="postnum${p.pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">
${p.floor}</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi">
<img class="authicn vm" id="authicon${p.pid}" src="static/image/common/online_member.gif" />
<em id="authorposton${p.pid}">${p.posted}</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&tid=391204&page=1&authorid=${p.uid}" rel="nofollow">只看该作者</a>
${
  p.floor === '楼主'
    ? `<span class="pipe show">|</span><a href="forum.php?mod=viewthread&tid=391204&extra=&ordertype=1" class="show">倒序浏览</a>
<span class="pipe show">|</span><a href="javascript:;" onclick="readmode($('thread_subject').innerHTML, ${p.pid});" class="show">阅读模式</a>`
    : ''
}
</div></div>
</div><div class="pct"><style type="text/css">.pcb{margin-right:0}</style><div class="pcb">
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${p.pid}">
${p.edited === undefined ? '' : `<i class="pstatus"> ${p.edited} </i><br />\n<br />\n`}
${p.quote === undefined ? '' : dzQuote(p.quote)}${p.paras.join('<br />\n<br />\n')}</td></tr></table>
</div>
${p.comment === undefined ? `<div id="comment_${p.pid}" class="cm"></div>` : dzComment(p.comment)}
<div id="post_rate_div_${p.pid}"></div>
${p.rate === true ? dzRate : ''}
</div>
</div>
</td></tr>
<tr><td class="plc plm">
${p.sig === undefined ? '' : `<div class="sign" style="max-height:100px;maxHeightIE:100px;">${p.sig}</div>`}
</td>
</tr>
<tr id="_postposition${p.pid}"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin">
<div class="pob cl">
<em>
<a class="fastre" href="forum.php?mod=post&action=reply&fid=38&tid=391204&repquote=${p.pid}&extra=&page=1" onclick="showWindow('reply', this.href)">回复</a>
</em>
<p>
<a href="javascript:;" id="mgc_post_${p.pid}" onmouseover="showMenu(this.id)" class="showmenu">使用道具</a>
<a href="javascript:;" onclick="showWindow('miscreport${p.pid}', 'misc.php?mod=report&rtype=post&rid=${p.pid}&tid=391204&fid=38', 'get', -1);return false;">
举报</a>
</p>
</div>
</div>
</td>
</tr>
<tr class="ad"><td class="pls"></td><td class="plc"></td></tr>
</table></div>`;
