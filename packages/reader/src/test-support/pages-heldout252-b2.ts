import { links, type TestPage, texts } from './page-kit.js';
import { jc, long } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file b2: a Simplified-Chinese national news site article on a People's Daily Online-style template
 * (top bar, channel navigation, the "当前位置" breadcrumb, h1 with a kicker h3 and subtitle h4, the date / source line, the
 * body with text-indent paragraphs and a centred photo caption, the "(责编：...)" editor line, the share row, "相关新闻",
 * the right column's hot list and the copyright footer).
 */
const cTitle = '青禾县试点"共享农机"，小农户秋收成本降了三成';
const cKicker = '乡村振兴一线观察';
const cSub = '全县已建成农机服务站14个，覆盖耕地面积超过20万亩';
const cP = [
  jc(
    '时值春耕备耕，青禾县南塘镇农机服务站的院子里，十几台拖拉机和播种机排成一排，技术员正在逐台检修。',
    '"去年秋收，我们站一共服务了两千三百多户小农户。"站长周立新说，"今年预约的已经比去年同期多了四成。"',
  ),
  jc('前年起，青禾县在全县推行"共享农机"试点：由县里统一建设农机服务站，农户通过手机小程序预约耕地、播种、收割等服务，', '按亩付费，不用再自己购买大型机械。'),
  jc(
    '南塘镇村民刘桂芳家有八亩地。她算了一笔账：以前秋收要雇人割稻、再租车运输，每亩成本将近三百元；',
    '现在预约服务站的联合收割机，每亩只要一百九十元，"省下的钱够给孙子交一学期的伙食费"。',
  ),
  jc('据县农业农村局统计，试点两年来，全县小农户的机耕、机收成本平均下降了约三成，粮食机收损失率从过去的百分之五左右降到百分之二以下。'),
  jc(
    '"共享农机"也在改变农机手的收入结构。过去，农机手大多自己买车、自己找活，忙时忙死、闲时闲死。',
    '现在服务站统一派单，农机手按作业量结算，全年收入更稳定。三十二岁的农机手陈浩告诉记者，去年他一年作业了将近九个月。',
  ),
  jc(
    '试点也暴露出一些问题。一是丘陵地区地块零散，大型机械进不去，服务站正在引进小型收割机；',
    '二是农忙时预约集中，部分村组反映"排不上号"。对此，县里计划今年再新建五个服务站，并试行"错峰作业"补贴。',
  ),
  jc(
    '记者在采访中了解到，服务站的收费标准由县里统一公示，耕地、播种、收割分别按亩计价，农户在小程序上可以看到农机位置和预计到达时间。',
    '对不会用手机的老年农户，村里的"网格员"会帮忙代为预约，费用在作业完成后再结算。',
  ),
  jc('县农业农村局负责人表示，下一步将把服务站与粮食烘干、仓储结合起来，让小农户"种得省心、收得放心、卖得顺心"。'),
];
const cNav = ['首页', '时政', '国际', '财经', '社会', '观点', '地方', '科技', '文化', '健康', '教育', '图片', '视频', '三农频道'];
const cRel = ['多地推进农机社会化服务 助力春耕生产', '丘陵山区农机化短板如何补齐', '小农户与现代农业如何有机衔接'];
const cHot = ['今年一季度全国粮食播种意向面积稳中有增', '春季森林防火形势严峻 多地启动应急响应', '高校毕业生就业服务专项行动启动'];
const cHtml = `<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8">
<title>${cTitle}--三农频道--华闻网</title><meta name="keywords" content="共享农机 小农户 秋收 青禾县">
<meta name="description" content="时值春耕备耕，青禾县南塘镇农机服务站的院子里，十几台拖拉机和播种机排成一排">
<meta name="publishid" content="40112233.11.2203"><meta name="source" content="来源：华闻网－华闻日报">
<meta name="author" content="宋佳宁"><meta name="filetype" content="0"><meta name="publishdate" content="2026-03-04">
<script>var _hmt = _hmt || []; (function(){var hm=document.createElement("script");hm.src="//stat.huawen.example/hm.js";})();</script></head>
<body><div class="w1000 top_bar cf"><div class="fl">华闻网 >> 三农频道</div><div class="fr"><a href="/login">登录</a><a href="/register">注册</a></div></div>
<div class="header cf"><div class="logo fl"><a href="/"><img src="/img/logo.png" alt="华闻网"></a></div>
<div class="nav fr"><ul>${links(cNav)}</ul></div></div>
<div class="layout rm_txt cf"><div class="col col-1 fl">
<div class="route cf">当前位置：<a href="/">华闻网</a>&gt;&gt;<a href="/nong/">三农频道</a>&gt;&gt;<a
href="/nong/GB/xiangcun.html">乡村振兴</a></div>
<div class="rm_txt_title"><h3 class="pre">${cKicker}</h3><h1>${cTitle}</h1><h4 class="sub">${cSub}</h4>
<div class="col-1-1 fl">2026年03月04日08:31 | 来源：<a href="http://paper.huawen.example/" target="_blank">华闻网－华闻日报</a></div>
<div class="col-1-1 fr">小字号 <a href="#" class="font_a">大字号</a></div>
<div class="author">本报记者 宋佳宁 通讯员 何晓</div></div>
<div class="rm_txt_con cf">
<p style="text-indent: 2em;">${cP[0]}</p><p style="text-indent: 2em;">${cP[1]}</p>
<p style="text-align: center;"><img src="/NMediaFile/2026/0304/MAIN202603040831000123456.jpg" width="600"></p>
<p class="pictext" style="text-align: center;">青禾县南塘镇农机服务站技术员正在检修播种机。宋佳宁摄</p>
${cP
  .slice(2)
  .map((p) => `<p style="text-indent: 2em;">${p}</p>`)
  .join('\n')}
<p style="text-indent: 2em;">《 华闻日报 》（ 2026年03月04日 第 10 版）</p>
<div class="edit cf">(责编：吴敏、赵一航)</div></div>
<div class="box_share cf"><span>分享让更多人看到</span><a href="#" class="share_wx">微信</a><a href="#" class="share_wb">微博</a></div>
<div class="box_news"><h2>相关新闻</h2><ul>${links(cRel)}</ul></div></div>
<div class="col col-2 fr"><div class="ph_list"><h2>热点推荐</h2><ul>${links(cHot)}</ul></div>
<div class="ad_box"><span class="ad_tag">广告</span><img src="/ad/300x250.jpg" alt=""></div></div></div>
<div class="footer"><p>华闻网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2026 by www.huawen.example. all rights reserved</p>
<p><a href="/about.html">关于华闻网</a> | <a href="/contact.html">联系我们</a> | <a href="/jobs.html">招聘英才</a></p></div>
<script src="/img/2020wbc/js/share.js"></script></body></html>`;
export const cnNews: TestPage = {
  name: 'heldout252-people-cn-style-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([cSub, ...cP]),
  bylines: ['2026年03月04日08:31 | 来源：华闻网－华闻日报', '本报记者 宋佳宁 通讯员 何晓', '(责编：吴敏、赵一航)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '华闻网 >> 三农频道', ...long(cNav), '当前位置：华闻网>>三农频道>>乡村振兴', cKicker, '小字号 大字号',
    '青禾县南塘镇农机服务站技术员正在检修播种机。宋佳宁摄', '《 华闻日报 》（ 2026年03月04日 第 10 版）', '分享让更多人看到', '相关新闻', ...cRel,
    '热点推荐', ...cHot, '华闻网版权所有，未经书面授权禁止使用', 'Copyright © 1997-2026 by www.huawen.example. all rights reserved',
    '关于华闻网 | 联系我们 | 招聘英才',
  ],
};
