import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 197, file a2: a new Google Sites page used as a club's blog post (skip buttons, the site title and the
 * navigation list with a "More" overflow, the search button, headings that carry the "Copy heading link" tooltip inside
 * the heading element, text boxes as separate grid tiles, an image tile with its caption box, an embedded Google Form tile,
 * the site's own footer section, the Google cookie notice and the floating "Site actions" menu with "Google Sites",
 * "Report abuse", "Page details" and "Page updated").
 */
const gsTitle = 'Winter work on the plots: what the committee learned from the big dig';
const gsByline = 'Posted by Ingrid Solberg, Plot 14 · 12 February 2025';
const gsP1 = [
  'On the last Saturday of January, thirty-one of us turned up at Mill Lane in the rain to clear the overgrown strip behind the ' +
    'water trough. It had been left since the fence came down in the storm two years ago, and the brambles had reached the ' +
    'shed roof. By three o’clock we had cleared it, burned what could be burned and stacked the rest for the council collection.',
  'A few people asked afterwards how we organised it, and whether we would do the same for the east field. Here is a short ' +
    'account, partly so we remember next time.',
];
const gsH1 = 'Splitting the work';
const gsP2 = [
  'We divided the strip into six sections with string and pegs the week before and gave each section a captain. The captains ' +
    'were people who knew the ground: where the old water pipe runs, where the rubble was buried when the pavilion was rebuilt. ' +
    'That saved at least one broken spade.',
  'Tools came from the shared shed and from members’ own plots. We labelled everything with tape at the start, and still lost ' +
    'two forks and a pair of loppers. If they are in your shed, please bring them back.',
];
const gsH2 = 'What we would change';
const gsList = [
  'Start at nine, not ten. The light was going by half past three.',
  'Order the skip before the day, not on it. The council could only bring one on the Monday.',
  'Have a proper tea rota. Maureen did it alone for six hours and deserves better.',
  'Photograph the strip before and after. We forgot the before.',
];
const gsH3 = 'The east field';
const gsP3 = [
  'The committee agreed at the February meeting to tackle the east field in the autumn, once the new plot holders have settled in. ' +
    'It is a bigger job and will need two days. If you can lend a trailer or a strimmer, or if you can give a morning, please ' +
    'add your name to the form below.',
  'Thank you again to everyone who came out in the rain. The strip is going to become four new half plots, and the waiting list ' + 'is already down by three.',
];
const gsCaption = 'Clearing the last of the brambles by the trough';
const gsNav = ['Home', 'News', 'Plots and waiting list', 'Rules', 'Shop hut', 'Contact'];
const gsFooter = ['Harrowgate Allotment Society · Mill Lane, Harrowgate', 'Affiliated to the National Allotment Federation. Shop hut open Sundays 10–12.'];
const gsCookie =
  'This site uses cookies from Google to deliver its services and to analyze traffic. Information about your use of this site is ' +
  'shared with Google. By using this site, you agree to its use of cookies.';
const gsTooltip = `<div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb mUbCce fKz7Od LRAOtb Znu9nd M9Bg4d"
jscontroller="mxS5xb" jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e;" jsname="LgbsSe" aria-label="Copy heading link" aria-disabled="false"
data-tooltip="Copy heading link" data-tooltip-position="top" data-tooltip-vertical-offset="12" data-tooltip-horizontal-offset="0">
<div class="VTBa7b MbhUzd" jsname="ksKsZd"></div><span jsslot="" class="xjKiLb"><span class="Ce1Y1c" style="top: -12px">
<svg class="OUGEr QdAdhf" width="24px" height="24px" viewBox="0 0 24 24"><path d="M0 0h24v24H0z" fill="none"></path></svg></span></span></div>
<div class="B6SJBe"><div class="ZCbKmd" aria-hidden="true"><div class="SGKDbc">Copy heading link</div><div class="TMOp4d">Copied heading link</div>
</div></div></div>`;
const gsHead = (lvl: 1 | 2, id: string, t: string): string => `<h${lvl} id="h.${id}" dir="ltr" class="zfr3Q ${lvl === 1 ? 'duRjpb' : 'JYVBee'} CDt4Ke"
style=""><div jscontroller="Ae65rd" jsaction="touchstart:UrsOsc; click:KjsqPd; focusout:QZoaZ; mouseover:y0pDld; mouseout:dq0hvd;">
<div class="GV3q8e aP9Z7e"></div><div class="GV3q8e aP9Z7e"></div><div class="GV3q8e aP9Z7e"></div><div class="CjVfdc"></div>${gsTooltip}</div>
<span class="C9DxTc" style="">${t}</span></h${lvl}>`;
const gsPs = (a: readonly string[]): string =>
  a.map((p) => `<p dir="ltr" class="zfr3Q CDt4Ke" style=""><span class="C9DxTc" style="">${p}</span></p>`).join('\n');
const gsTile = (id: string, inner: string): string => `<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb
ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d"
jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.${id}" class="hJDwNd-AhqUyc-uQSCkd
Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
${inner}</div></div></div></div></div></div></div>`;
const gsSection = (id: string, tiles: string): string => `<section id="h.${id}" class="yaqOZd LB7kq nyKByd" style=""><div class="IFuOkc"></div>
<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">${tiles}</div></div></section>`;
const gsHtml = `<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<script nonce="r8b1aQ">var DOCS_timing={}; DOCS_timing['sl']=new Date().getTime();</script>
<script nonce="r8b1aQ">_docs_flag_initialData={"docs-ails":"docs_cold","docs-fwds":"docs_sdf","docs-crs":"docs_crs_nfd"};</script>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="referrer" content="strict-origin-when-cross-origin"><link rel="icon" href="https://ssl.gstatic.example/atari/images/public/favicon.ico">
<meta property="og:title" content="Harrowgate Allotment Society - Winter work on the plots"><meta property="og:type" content="website">
<meta property="og:url" content="https://sites.google.example/view/harrowgate-allotments/news/winter-work">
<meta itemprop="name" content="Harrowgate Allotment Society - Winter work on the plots">
<title>Harrowgate Allotment Society - Winter work on the plots</title>
<link href="https://fonts.googleapis.example/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic&display=swap" rel="stylesheet">
<link href="https://www.gstatic.example/_/atari/_/ss/k=atari.vw.7tvzrkba4ogw.L.X.O/am=MBiA/d=1/rs=AGEqA5m.css" data-id="_cl" rel="stylesheet">
<script nonce="r8b1aQ" src="https://www.gstatic.example/_/atari/_/js/k=atari.vw.en_GB.1a2b3c.O/am=MBiA/d=1/rs=AGEqA5k/m=view" async></script>
</head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d">
<div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;">
<div id="docs-banner-container"><div id="docs-banners"><div class="docs-cookie-banner" role="alert"><span class="docs-cookie-banner-text">
${gsCookie}</span><a href="https://policies.google.example/technologies/cookies" target="_blank">Learn more</a>
<div class="docs-cookie-banner-button" role="button" tabindex="0">Got it</div></div></div></div>
<div jsname="tnWfbd" class="DXsoRd YTv4We oNsfjf" role="button" tabindex="0" jsaction="click:mNCnsd">Skip to main content</div>
<div jsname="sKGrVd" class="DXsoRd YTv4We oNsfjf" role="button" tabindex="0" jsaction="click:d6ZeVe">Skip to navigation</div>
<div class="Xpil1b xgQ6eb"></div><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef"
jsaction="rcuQ6b:JdcaS;MxH79b:JdcaS;VbOlFf:ywL4Jf;FaOgy:ywL4Jf" data-top-navigation="true"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi">
<div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/view/harrowgate-allotments/home">
<img src="https://lh3.googleusercontent.example/sitesv/logo=w16383" class="lzy1Td" role="img" aria-label="Site home">
<span class="QTKDff">Harrowgate Allotment Society</span></a></div><nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;"
role="presentation"><ul class="jYxBte Fpy8Db" role="navigation" tabindex="-1">
${gsNav
  .map(
    (t) => `<li jsname="ibnC6b" class="VsJjtf${t === 'News' ? ' ZmrVpf' : ''}" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf">
<div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link"
tabindex="0" data-navtype="1" ${t === 'News' ? 'aria-selected="true" ' : ''}href="/view/harrowgate-allotments/${t.toLowerCase().replace(/ /g, '-')}"
data-url="/view/harrowgate-allotments/${t.toLowerCase()}" data-type="1" data-level="1">${t}</a></div></div></li>`,
  )
  .join('\n')}
<li jsname="ibnC6b" class="VsJjtf oXRNzb" data-nav-level="1" hidden><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf">
<div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" role="button" tabindex="0">More</a></div></div></li></ul></nav>
<div jsname="mADGA" class="zDUgLc"></div></div><div class="TxnWlb" jsname="BDdyze"></div>
<div class="RBEWZc"><div class="U26fgb mUbCce fKz7Od iWs3gf Wdnjke M9Bg4d" jsname="R9oOZd" role="button" aria-label="Search" tabindex="0"
data-tooltip="Search" data-tooltip-vertical-offset="-12" data-tooltip-horizontal-offset="0"><span class="xjKiLb"><svg class="vu8Pwe tCHXDc YSH9J"
viewBox="0 0 24 24"><path d="M15.5 14h-.79l-.28-.27"></path></svg></span></div></div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">
${gsSection('p_7TqL3c', gsTile('p_7TqL3c_4', gsHead(1, 'k3u7w2t1h0b', gsTitle)) + gsTile('p_7TqL3c_8', gsPs([gsByline])))}
${gsSection('p_Q1mZ0a', gsTile('p_Q1mZ0a_2', gsPs(gsP1) + gsHead(2, 'q9n1z8a2c4d', gsH1) + gsPs(gsP2)))}
${gsSection(
  'p_Q1mZ0b',
  gsTile(
    'p_Q1mZ0b_6',
    `<div class="t3iYD"><img src="https://lh6.googleusercontent.example/brambles=w1280" class="CENy8b" role="img" style="width: 100%;"></div>`,
  ) + gsTile('p_Q1mZ0b_9', `<p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: center;"><span class="C9DxTc aw5Odc">${gsCaption}</span></p>`),
)}
${gsSection(
  'p_Q1mZ0c',
  gsTile(
    'p_Q1mZ0c_1',
    `${gsHead(2, 'x7e5r3w1q2a', gsH2)}<ul class="n8H08c UVNKR" style="margin-left: 0;">
${gsList.map((t) => `<li class="zfr3Q TYR86d eD0Rn" dir="ltr"><p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">${t}</span></p></li>`).join('\n')}
</ul>${gsHead(2, 'v2b4n6m8l0k', gsH3)}${gsPs(gsP3)}`,
  ),
)}
${gsSection(
  'p_Q1mZ0d',
  gsTile(
    'p_Q1mZ0d_3',
    `<div class="w536ob" jscontroller="Uxv3n"><iframe title="East field volunteers" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms"
src="https://docs.google.example/forms/d/e/1FAIpQLSe/viewform?embedded=true" frameborder="0"></iframe></div>`,
  ),
)}
<section id="h.p_footer1" class="yaqOZd O13XJf" style=""><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">
${gsTile('p_footer1_2', gsPs(gsFooter))}</div></div></section></div>
<div jsname="GHAFcd" class="dZA9kd ynRLnc" data-last-updated-at-time="1739351640000" data-is-preview="false">
<div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" aria-label="Site actions" aria-disabled="false"
tabindex="0" aria-haspopup="true" aria-expanded="false" data-menu-corner="bottom-start" data-anchor-corner="top-start">
<div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot="" class="MhXXcc oJeWuf"><span class="Lw7GHd snByac">
<svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class="hFEqNb"><path d="M11 17h2v-6h-2v6z"></path></svg></span></span>
<div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" jscontroller="uY3Nvd" jsshadow role="menu" tabindex="0">
<div class="XvhY1d" jsaction="mousedown:p8EH2c; touchstart:p8EH2c;"><div class="JAPqpe K0NPx"><span jsslot class="z80M1 FeRvI" role="menuitem" tabindex="-1">
<div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Google Sites</div></div></span>
<span jsslot class="z80M1 FeRvI" role="menuitem" tabindex="-1"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Report abuse</div></div></span>
<span jsslot class="z80M1 FeRvI" role="menuitem" tabindex="-1"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Page details</div></div></span>
<span jsslot class="z80M1 FeRvI" role="menuitem" tabindex="-1" aria-disabled="true"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Page updated
</div><div class="wHgbKe">12 Feb 2025, 09:14</div></div></span></div></div></div></div></div></div></div>
<script nonce="r8b1aQ">DOCS_timing['cov']=new Date().getTime();</script></body></html>`;
export const googleSitesPost: TestPage = {
  html: gsHtml,
  name: 'heldout197-google-sites-blog',
  kind: 'blog',
  // the "Posted by" text box is a byline though it is an ordinary text tile; the tooltip text inside each heading, the
  // caption tile, the footer section tiles, the site-actions menu (hidden) and the cookie notice are furniture
  title: gsTitle,
  headings: [gsH1, gsH2, gsH3],
  body: texts([...gsP1, ...gsP2, ...gsList, ...gsP3]),
  bylines: [gsByline, '12 Feb 2025, 09:14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    gsCookie, 'Learn more', 'Got it', 'Skip to main content', 'Skip to navigation', 'Harrowgate Allotment Society', ...gsNav, 'More',
    'Copy heading link', 'Copied heading link', gsCaption, ...gsFooter, 'Google Sites', 'Report abuse', 'Page details', 'Page updated',
  ],
};
