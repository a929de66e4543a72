import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout521-kit.js';

/**
 * Held-out batch 521, file d: a Model UN committee background guide on Google Sites (new Sites), and a school debating
 * club's events page built with Wix.
 */
const gTitle = 'UNEP: Plastic pollution in coastal waters';
const gBody = [
  j(
    'Dear delegates, welcome to the United Nations Environment Programme at Ashcombe MUN 2027. This background guide introduces the',
    'topic and suggests questions to research, but it is only a starting point.',
  ),
  'Introduction to the topic',
  j(
    'Around eleven million tonnes of plastic enter the ocean each year, most of it from land through rivers and coastal towns.',
    'Small island states receive far more plastic than they produce, carried on currents from the other side of the world.',
  ),
  'Questions a resolution should answer',
  'Who should pay for cleaning up plastic that washes up far from where it was made?',
  'Should single-use plastics be banned outright, taxed, or left to national governments?',
  'How can waste collection be improved in fast-growing coastal cities?',
  'Chairs',
  'Your chairs are Priya Hallworth and Jonah Tebbit. Write to unep@ashcombemun.org with any questions about the committee.',
];
const gNav = ['Home', 'Committees', 'UNEP', 'Security Council', 'Schedule', 'Contact'];
const gHtml = `<!DOCTYPE html><html lang="en-US" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<script nonce="sN1x">var DOCS_timing={}; DOCS_timing['sl']=new Date().getTime();</script>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta property="og:title" content="Ashcombe MUN 2027 - UNEP"><meta property="og:type" content="website">
<meta itemprop="name" content="Ashcombe MUN 2027 - UNEP">
<title>Ashcombe MUN 2027 - UNEP</title><link href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7R57rYYVGiA.L.X.O/d=1/rs=AGEqA5nH" rel="stylesheet"
nonce="sN1x">
<style nonce="sN1x">.Zjiec{font-family:'Lato'}.tyJCtd{font-size:13pt}</style></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;">
<div class="Xpil1b xgQ6eb"></div><div jscontroller="X4BaPc" class="LqzjUe">
<a class="sIKRNd" href="#h.INITIAL_GRID.6xna1pu3ohg" tabindex="0">Skip to main content</a>
<a class="sIKRNd" href="#h.navigation" tabindex="0">Skip to navigation</a></div>
<div class="zDUgLc"><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi">
<div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" href="/view/ashcombemun/home">
<span class="Zjiec">Ashcombe MUN 2027</span></a></div>
<nav id="h.navigation" class="plFg0c" aria-label="Site navigation"><ul class="jYxBte Fpy8Db" role="navigation">
${gNav
  .map(
    (t) => `<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="keydown:mPuKz">
<a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/view/ashcombemun/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div></div></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.INITIAL_GRID.6xna1pu3ohg" class="yaqOZd LB7kq nyKByd">
<div class="IFuOkc" style="background-image:url(https://lh3.googleusercontent.com/banner=w16383)"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc">
<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb">
<div class="tyJCtd mGzaTb Depvyb baZpAe">
<h1 id="h.p_title" dir="ltr" class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc">${gTitle}</span></h1></div></div></div></div></div></section>
<section id="h.53d17e2ec0e2c8a5_14" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd">
<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">${gBody[0]}</span></p>
<h2 id="h.intro" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><span class="C9DxTc">${gBody[1]}</span></h2>
<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">${gBody[2]}</span></p>
<h2 id="h.questions" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><span class="C9DxTc">${gBody[3]}</span></h2>
<ul class="n8H08c UVNKR">${lis(
  gBody.slice(4, 7).map((t) => `<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">${t}</span></p>`),
  'zfr3Q TYR86d',
)}</ul>
<h2 id="h.chairs" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><span class="C9DxTc">${gBody[7]}</span></h2>
<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">${gBody[8]}</span></p></div></div></div></div></div></section>
<section id="h.embed" class="yaqOZd"><div class="w536ob"><div class="YMEQtf">
<iframe title="Background guide (PDF)" src="https://drive.google.com/file/d/1x/preview"></iframe>
</div></div></section></div>
<div class="Xpil1b"></div><div jscontroller="j1RDQb" class="dZA9kd ynRLnc">
<div role="button" class="U26fgb JRtysb WzwrXb" aria-label="Site actions" tabindex="0">
</div><div class="JAPqpe K0NPx"><span class="z80M1 FeRvI"><div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Google Sites</div>
</div></span><span class="z80M1"><div class="jO7h3c">Report abuse</div></span><span class="z80M1"><div class="jO7h3c">Page details</div></span>
<span class="z80M1"><div class="jO7h3c">Page updated</div></span></div></div></div></div>
<script nonce="sN1x">DOCS_timing['cov']=new Date().getTime();</script></body></html>`;
const gsites: TestPage = {
  name: 'heldout521-google-sites-mun-background-guide',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[3] ?? '', gBody[7] ?? ''],
  body: texts(gBody.filter((_, i) => ![1, 3, 7].includes(i))),
  bylines: [],
  furniture: [
    'Skip to main content',
    'Skip to navigation',
    'Ashcombe MUN 2027',
    'Home',
    'Committees',
    'Security Council',
    'Schedule',
    'Contact',
    'Google Sites',
    'Report abuse',
    'Page details',
    'Page updated',
  ],
};

const xTitle = 'Inter-schools public speaking evening';
const xBody = [
  j(
    'On Thursday 5 February the St Aldric\u2019s Debating Club hosts its first public speaking evening for schools across the',
    'Wenlow valley. Six schools will each send a team of three, and every student speaks once.',
  ),
  j(
    'The evening opens with a prepared-speech round on the theme \u201cThe town in 2050\u201d, followed by an impromptu round in',
    'which speakers have two minutes to prepare. Parents and friends are welcome; entry is free and refreshments are served in the',
    'interval.',
  ),
  'Doors open at 18:30 in the school hall, and the evening finishes by 21:00.',
];
const xNav = ['Home', 'About', 'Events', 'Gallery', 'Join'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Events | St Aldric's Debating Club</title>
<meta property="og:title" content="Events | St Aldric's Debating Club"><meta property="og:site_name" content="St Aldric's Debating Club">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"WebSite","name":"St Aldric's Debating Club"}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{}}},
"requestUrl":"https://staldricsdebating.wixsite.com/club/events"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11)}.wixui-rich-text__text{font:normal normal 400 16px/1.6em madefor-text}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-lb3q1" class="KcpHeO tz5f0K comp-lb3q1 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">St Aldric's Debating Club</span></p></div>
<nav aria-label="Site" id="comp-lb3q2" class="StylableHorizontalMenu3372578893__root comp-lb3q2 wixui-horizontal-menu"><ul class="itemsContainer">
${xNav
  .map(
    (t) => `<li class="StylableHorizontalMenu3372578893__menuItem wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}">
<div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="Ez1ab" class="dBAkHi theme-vars">
<section id="comp-lc91" class="comp-lc91 wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lc92" class="comp-lc92 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lc92inlineContent" data-testid="inline-content">
<div id="comp-lc93" class="KcpHeO tz5f0K comp-lc93 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1></div>
<div id="comp-lc94" class="KcpHeO tz5f0K comp-lc94 wixui-rich-text" data-testid="richTextElement">
${xBody.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`).join('\n')}</div>
<div id="comp-lc95" class="comp-lc95 R6ex7N" aria-disabled="false">
<a data-testid="linkElement" href="mailto:debating@staldrics.sch.uk" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Email us to book a place</span></a></div>
<div id="comp-lc96" class="MW5IWV comp-lc96 wixui-image"><wow-image id="img_comp-lc96" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/a1b2c3_hall.jpg"
alt="School hall set up for debate"></wow-image></div></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-lb3q9" class="KcpHeO tz5f0K wixui-rich-text">
<p class="font_9 wixui-rich-text__text">© 2027 by St Aldric's Debating Club. Proudly created with <a href="https://www.wix.com">Wix.com</a></p></div></div>
</footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.c2b0f9d4.bundle.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout521-wix-debating-club-event',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'top of page', "St Aldric's Debating Club", ...xNav, 'Email us to book a place', "© 2027 by St Aldric's Debating Club. Proudly created with Wix.com",
    'bottom of page',
  ]),
};

export const HELDOUT521_D: readonly TestPage[] = [gsites, wix];
