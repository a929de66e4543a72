import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file e2: a secondary school's PE department sports report on a new Google Sites page (obfuscated
 * class names, jsname and jscontroller attributes, the site header with its nav, the title banner section, text boxes
 * with zfr3Q paragraphs, an embedded image with its caption text box, a results table text box, a "Back to Sports News"
 * button, and the Google Sites footer with "Report abuse" and "Page details"), a page-builder page.
 */
const gTitle = 'Year 9 Netball Team Crowned County Champions';
const gBody = [
  j(
    'Our Year 9 netball squad are county champions for the first time in the school’s history after an unbeaten run at the',
    'Harwick County Schools Finals, held at the Glenmoor Leisure Centre on Wednesday 4th March.',
  ),
  j(
    'Eight schools qualified for the finals from the autumn leagues. Playing in Group B, the team opened with a nervy 6–5 win over',
    'St Aldric’s, with goal shooter Maya Renshaw scoring the winner in the final minute. After that they settled quickly, beating',
    'Corby Vale 11–3 and Ashgrove Academy 9–4 to top the group.',
  ),
];
const gFinal = [
  j(
    'The semi-final against last year’s winners, Kingsmere High, was the toughest match of the day. Kingsmere led 5–3 at half time,',
    'but a switch to a zonal defence and three interceptions from wing defence Ellie Brandt turned the game around, and we won 8–7.',
  ),
  j(
    'In the final we met Penhallow School, who had beaten us twice in the league. Captain Zara Kwame set the tone with two early',
    'goals, and the team never looked back, winning 10–6 to lift the trophy.',
  ),
];
const gRows: readonly (readonly [string, string])[] = [
  ['St Aldric’s', 'Won 6–5'],
  ['Corby Vale', 'Won 11–3'],
  ['Ashgrove Academy', 'Won 9–4'],
  ['Kingsmere High (semi-final)', 'Won 8–7'],
  ['Penhallow School (final)', 'Won 10–6'],
];
const gEnd = [
  j(
    'Coach Mrs Adeyemi said the win was the result of two years of early-morning training sessions. “They have worked so hard for',
    'each other,” she said. “What pleased me most was how they kept calm when we were behind against Kingsmere.”',
  ),
  j(
    'The whole squad played their part. Goalkeeper Freya Lund made a string of blocks in the group games, and centre Amira Shah',
    'covered more ground than anyone on court. Substitutes Tilly Marsh and Jo Ogunleye came on in the semi-final and both made',
    'crucial contributions when the team needed fresh legs.',
  ),
  j('The squad now go forward to the regional finals in Leicester on 25th April. Good luck, girls, from everyone at the school!'),
];
const gNav = ['Home', 'Fixtures', 'Results', 'Clubs', 'Sports News', 'Contact the PE Department'];
const t = (id: string, inner: string): string =>
  `<div class="oKdM2c ZZyype"><div id="${id}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">
<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">${inner}</div></div></div></div>`;
const gp = (paras: readonly string[]): string =>
  ps(
    paras.map((p) => `<span class="C9DxTc">${p}</span>`),
    ' dir="ltr" class="zfr3Q CDt4Ke"',
  );
const gHtml = `<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<meta property="og:title" content="Sports News - Netball County Champions"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta itemprop="name" content="Sports News - Netball County Champions"><meta property="og:type" content="website">
<title>Thornbury Park School PE - Netball County Champions</title><link href="https://fonts.googleapis.example/css?family=Lato:300,400,700" rel="stylesheet">
<script nonce="x9Pq">_at_config = [null,"AIzaSyD","SitesViewerUi",
null,null,null,null,null,null,null,null,null,"https://sites.google.example",null,"en-GB"];</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Netball County Champions"}</script></head>
<body jscontroller="pSp0zd" jsaction="rcuQ6b:JdcaS"><div jscontroller="wEnqkf" class="Xpil1b xgQ6eb"></div>
<div class="LS81yb VICjCf j5AHy" tabindex="-1"><div class="zDUgLc"></div><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc">
<a class="Q5rFfc" href="#h.p_main" jsname="bkJRdf">Skip to main content</a><a class="Q5rFfc" href="#">Skip to navigation</a>
<div class="JzO0Vc" jsname="O6nFie"><a class="GAuSPc" href="/view/thornburype/home"><span class="QTKDff">Thornbury Park School PE</span></a>
<nav class="JzO0Vc" jsname="ihoMLd" role="navigation"><ul role="navigation" class="jYxBte Fpy8Db" tabindex="-1">
${gNav
  .map(
    (n) => `<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e qV4dIc Qrrb5 YSH9J"><div class="I35ICb">
<a class="aJHbb dk90Ob hDrhEe HlqNPb" href="#" data-url="#">${n}</a></div></div></li>`,
  )
  .join('')}
</ul></nav></div></div>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.p_main" class="yaqOZd LB7kq nyKByd O13XJf KEFykf" style="">
<div class="IFuOkc" style="background-image: url(https://lh3.googleusercontent.example/banner.jpg);"></div><div class="mYVXT"><div class="LS81yb VICjCf j5AHy">
${t('h.title', `<h1 id="h.abc1" dir="ltr" class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc aw5Odc">${gTitle}</span></h1>`)}</div></div></section>
<section id="h.p_body" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5AHy">
${t('h.b1', `<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">Report by Mr D. Halloran, Head of PE · 6 March 2026</span></p>`)}
${t('h.b2', gp(gBody))}
<div class="oKdM2c"><div class="WIdY2d M1aSXe"><img src="https://lh3.googleusercontent.example/squad.jpg" class="CENy8b" alt=""></div></div>
${t('h.cap', `<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">The squad with the county trophy at Glenmoor.</span></p>`)}
${t('h.b3', `<h2 id="h.semi" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><span class="C9DxTc">Semi-final and final</span></h2>${gp(gFinal)}`)}
${t(
  'h.b4',
  `<h2 id="h.res" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><span class="C9DxTc">Match results</span></h2><table class="EmVfjc">
<tbody>${gRows.map((r) => `<tr><td class="zfr3Q">${r[0]}</td><td class="zfr3Q">${r[1]}</td></tr>`).join('')}</tbody></table>`,
)}
${t('h.b5', gp(gEnd))}
<div class="oKdM2c"><div class="FKF6mc TpQm9d QmpIrf"><a class="FKF6mc" href="/view/thornburype/sports-news"><span class="NsaAfc">
<p>Back to Sports News</p></span></a></div></div>
</div></div></section></div>
<div class="Xpil1b xgQ6eb"></div><div jscontroller="j1RDQb" class="dZA9kd ynRLnc"><div role="button" class="LgQiCc">
<span class="sqywzd">Google Sites</span></div><div class="dZA9kd-content"><a class="qyHJpf" href="#">Report abuse</a><a class="qyHJpf" href="#">Page details</a>
<div class="WTlOzd">Page updated</div></div></div></div>
<script nonce="x9Pq">DOCS_timing['sac']=new Date().getTime();</script></body></html>`;
export const googleSitesSports: TestPage = {
  name: 'heldout358-google-sites-sports-report-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: ['Semi-final and final', 'Match results'],
  body: texts([...gBody, ...gFinal, ...gRows.flat(), ...gEnd]),
  bylines: ['Report by Mr D. Halloran, Head of PE · 6 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Thornbury Park School PE', ...gNav, 'The squad with the county trophy at Glenmoor.', 'Back to Sports News',
    'Google Sites', 'Report abuse', 'Page details', 'Page updated',
  ],
};
