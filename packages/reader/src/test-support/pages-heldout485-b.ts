import { type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout485-kit.js';

/** Held-out batch 485, file b: a community choir's spring rehearsal schedule on Google Sites (new Sites), dates as bulleted lists. */
const gTitle = 'Rehearsal schedule: spring term 2027';
const gIntro = [
  j(
    'All rehearsals are at Cranleigh Street Community Centre, 7.15pm for a 7.30pm start, finishing at 9.30pm, unless shown',
    'otherwise below. Please bring a pencil and your own copy of the music.',
  ),
];
const gH1 = 'January and February';
const gL1 = [
  'Tuesday 12 January: first rehearsal, new music handed out',
  'Tuesday 19 January: sopranos and altos only, 7.30pm to 8.30pm',
  'Tuesday 26 January: full choir',
  'Tuesday 2 February: full choir',
  'Tuesday 9 February: no rehearsal (half term)',
  'Tuesday 16 February: full choir, subs due',
];
const gH2 = 'March';
const gL2 = [
  'Tuesday 2 March: full choir',
  'Tuesday 9 March: tenors and basses only, 7.30pm to 8.30pm',
  'Saturday 13 March: workshop day at St Mary&#39;s Hall, 10am to 4pm, bring lunch',
  'Tuesday 16 March: full choir, run-through of the whole programme',
];
const gH3 = 'Concert week';
const gS3 = [
  j(
    'Final rehearsal with the band is on Friday 19 March at 7pm in the Corn Exchange. The concert is on Saturday 20 March;',
    'please arrive by 6.15pm, dressed in black with the choir scarf.',
  ),
  'If you cannot come to a rehearsal, let Nadia know by text on 07700 918 244.',
];
const gNav = ['Home', 'Rehearsal schedule', 'Music and learning tracks', 'Concerts', 'Contact'];
const gHtml = `<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<script nonce="Qx8f2AbC">var DOCS_timing={}; DOCS_timing['sl']=new Date().getTime();</script>
<script nonce="Qx8f2AbC">_docs_flag_initialData={"docs-ails":"docs_cold"};</script>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Cranleigh Street Singers - Rehearsal schedule">
<meta itemprop="name" content="Cranleigh Street Singers - Rehearsal schedule"><title>Cranleigh Street Singers - Rehearsal schedule</title>
<link href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7kgy3dlv0z1.L.F4.O/am=MBiA/d=1/rs=AGEqA5nH" data-id="_cl" nonce="Qx8f2AbC" rel="stylesheet">
<style nonce="Qx8f2AbC">.Zjiec{font-family:'Lato';font-size:22pt}.zfr3Q{font-family:'Lato';color:#212121}.duRjpb{font-size:34pt}</style></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;">
<div class="Xpil1b xgQ6eb"></div><div jsname="rtFGi" class="zDUgLc" tabindex="0"><a class="TlfmSc YSH9J" href="#h.p_first">Skip to main content</a>
<a class="TlfmSc YSH9J" href="#JzO0Vc">Skip to navigation</a></div>
<div class="LqzjUe ZSrqce" jsname="B1Hj2e"><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef">
<div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf"
href="/view/cranleighstreetsingers/home"><span class="QTKDff">Cranleigh Street Singers</span></a></div><nav class="plFg0c" id="JzO0Vc" role="navigation"
tabindex="-1"><ul class="jYxBte Fpy8Db" role="navigation">
${gNav
  .map(
    (n) => `<li jsname="ibnC6b" class="VsJjtf${n === 'Rehearsal schedule' ? ' ZmrVpf' : ''}"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf">
<div class="I35ICb"
jsaction="keydown:mPuKz(QwLHlb);">
<a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" href="/view/cranleighstreetsingers/${n.toLowerCase().replace(/ /g, '-')}"
data-url="/view/cranleighstreetsingers/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div></div></li>`,
  )
  .join('\n')}</ul></nav>
<div jsname="Vwt7r" class="Zxpgdb"><div role="button" class="U26fgb mUbCce fKz7Od iWs3gf Wdnjke M9Bg4d" aria-label="Open search bar" tabindex="0"></div></div>
</div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.p_first" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf" style="">
<div class="Nu95r"><div class="IFuOkc" style="background-image: url(https://lh4.googleusercontent.com/sitesv/AICyYdZ3c=w16383);"></div></div>
<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">
<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb
pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;">
<div class="oKdM2c ZZyype Kzv0Me"><div id="h.p_first_title" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">
<div class="jXK9ad-SmKAyb">
<div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc"><h1 id="h.ka1bd3a2k7uf" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="">
<span class="C9DxTc ">${gTitle}</span></h1>
</div></div></div></div></div></div></div></div></div></section>
<section id="h.p_body" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc">
<div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">
<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
${gIntro.map((p) => `<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc ">${p}</span></p>`).join('\n')}
<h2 id="h.jan" dir="ltr" class="zfr3Q OmQG5e CDt4Ke " style=""><span class="C9DxTc ">${gH1}</span></h2>
<ul class="n8H08c UVNKR " style="margin-left: 0; margin-right: 0; padding-left: 0;">${gL1
  .map(
    (t) => `<li class="zfr3Q TYR86d eD0Rn" dir="ltr" style="">
<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc ">${t}</span></p></li>`,
  )
  .join('\n')}</ul>
<h2 id="h.mar" dir="ltr" class="zfr3Q OmQG5e CDt4Ke " style=""><span class="C9DxTc ">${gH2}</span></h2>
<ul class="n8H08c UVNKR " style="margin-left: 0; margin-right: 0; padding-left: 0;">${gL2
  .map(
    (t) => `<li class="zfr3Q TYR86d eD0Rn" dir="ltr" style="">
<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc ">${t}</span></p></li>`,
  )
  .join('\n')}</ul>
<h2 id="h.week" dir="ltr" class="zfr3Q OmQG5e CDt4Ke " style=""><span class="C9DxTc ">${gH3}</span></h2>
${gS3.map((p) => `<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc ">${p}</span></p>`).join('\n')}
</div></div></div></div></div></div></div></div></section>
<section id="h.p_embed" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc">
<div class="JNdkSc-SmKAyb">
<div class="w536ob" data-embed-type="calendar"><div class="YMEQtf" style="width:100%;height:480px"><iframe title="Google Calendar" jsname="L5Fo6c"
class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin" frameborder="0" aria-label="Calendar, Choir dates"
src="https://calendar.google.com/calendar/embed?src=c_cranleighsingers%40group.calendar.google.com&amp;ctz=Europe%2FLondon"></iframe></div></div>
</div></div></div></div></section>
<section id="h.p_buttons" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc">
<div class="JNdkSc-SmKAyb"><div class="FL1Rbf"><div class="U26fgb O0WRkf oG5Srb C0oVfc JQKGm M9Bg4d">
<a class="FKF6mc TpQm9d" href="/view/cranleighstreetsingers/music-and-learning-tracks"
aria-label="Learning tracks"><div class="NsaAfc"><p>Learning tracks</p></div></a></div></div></div></div></div></div></section></div></div>
<div class="Xpil1b xgQ6eb"></div>
<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1765812244000"
data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" aria-label="Site actions" tabindex="0"></div>
<div class="JPdR6b hVNH5c" jscontroller="uY3Nvd" jsaction="IpSVtb:TvD9Pc;fEN2Ze:xzS4ub;frq95c:LNeFm;cFpp9e:J9oOtd;" aria-hidden="true"><div class="XvhY1d">
<div class="JAPqpe K0NPx">
<span jsname="j7LFlb" class="z80M1 FeRvI" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf">
<div class="jO7h3c">Google Sites</div>
</div></span><span class="z80M1 FeRvI" role="menuitem"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Report abuse</div></div></span>
<span class="z80M1 FeRvI" role="menuitem"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Page details</div></div></span>
<span class="z80M1 FeRvI" role="menuitem"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Page updated</div></div></span></div></div></div></div></div>
<script nonce="Qx8f2AbC">DOCS_timing['cov']=new Date().getTime();</script>
<script src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.en_GB.YDnZIz8NsJw.O/d=1/rs=AGEqA5k"
id="base-js" nonce="Qx8f2AbC"></script></body></html>`;
const googleSites: TestPage = finish({
  name: 'heldout485-google-sites-schedule',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([...gIntro, ...gL1, ...gL2, ...gS3]),
  bylines: [],
  furniture: ['Skip to main content', 'Skip to navigation', 'Cranleigh Street Singers', ...gNav, 'Learning tracks'],
});

export const HELDOUT485_B: readonly TestPage[] = [googleSites];
