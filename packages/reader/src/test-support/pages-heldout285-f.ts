import { type TestPage, texts } from './page-kit.js';
import { shopify } from './pages-heldout285-f2.js';
import { j } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file f: an allotment society's season notice on a new Google Sites page (the site header with its
 * navigation, a banner section with the page title, text-box tiles of zfr3Q paragraphs and headings, an embedded fees table,
 * an image tile with caption, the "Page updated" info and the Google Sites footer links) and, from file f2, a coffee
 * roaster's Shopify blog article with product cards.
 */
const gTitle = '2026 season: plot fees, water and the new rules';
const gH = ['Plot fees for 2026', 'Water', 'Changes to the rules'];
const gIntro = [
  j(
    'The committee met on 22 February to set fees and agree the rules for the coming season. Thank you to the 41 plot holders who',
    'came to the general meeting or sent in comments beforehand. This page sets out what was decided.',
  ),
];
const gFees: string[][] = [
  ['Full plot (250 m²)', '£68', '£72'],
  ['Half plot (125 m²)', '£38', '£40'],
  ['Raised bed (accessible)', '£15', '£15'],
  ['Concession, full plot', '£34', '£36'],
];
const gS1 = [
  j(
    'Fees are due by 31 March and can be paid by bank transfer or in cash at the trading hut on Saturday mornings. Plot holders who',
    'have not paid by 30 April will receive a reminder, and plots still unpaid at the end of May will be offered to the waiting list.',
  ),
];
const gS2 = [
  j(
    'The mains water will be turned on on 1 April, provided there is no hard frost forecast, and turned off again at the end of',
    'October. Last year the site used almost twice as much water as in 2024, most of it through hoses left running. Hoses may now',
    'only be used to fill water butts and troughs, never for watering beds directly.',
  ),
  j(
    'The society has bought twelve more water butts, which will be fitted to the communal sheds in March. Volunteers for the fitting',
    'day on 14 March would be very welcome.',
  ),
];
const gS3 = [
  j(
    'Bonfires are no longer allowed on any part of the site, following complaints from houses on Glebe Lane. Green waste should go',
    'on the communal compost bays or be taken home. At least two thirds of every plot must be under cultivation by the end of June;',
    'plots that fall short will receive a letter, and a second letter if nothing changes within a month.',
  ),
  j(
    'Dogs remain welcome on the main paths but must be kept on a lead at all times, and cats belonging to plot holders should not be',
    'brought onto the site.',
  ),
];
const gNav = ['About us', 'Season notices', 'Join the society', 'Shop hours', 'Contact the committee'];
const tile = (inner: string): string => `<div class="tyJCtd mGzaTb Depvyb baZpAe">${inner}</div>`;
const gp = (x: string): string => `<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">${x}</span></p>`;
const gh = (x: string, id: string): string => `<h2 id="h.${id}" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><div class="GV3q8e aP9Z7e"></div>
<span class="C9DxTc">${x}</span></h2>`;
const gHtml = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8">
<meta property="og:title" content="Westbrook Allotment Society - Season notices">
<meta property="og:type" content="website"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Westbrook Allotment Society - Season notices</title>
<link rel="stylesheet" href="https://www.gstatic.example/_/atari/_/ss/k=atari.vw.7h1e2c3.L.W.O/am=AAQAIA/d=1/rs=AGEqA5n.css" data-id="_cl">
<script nonce="a1b2c3">_at_config = [null,"AIzaSyC0AbcDefGhi","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.example",null,null,
"v2",null,null,
null,null,null,null,null,"https://sites.google.example","SITES_%s",null,null,null,null,null,null,null,null,null,["AHKXmL3"],null,null,null];</script></head>
<body jscontroller="pSyQzd" jsaction="rcuQ6b:rcuQ6b;"><div jscontroller="YV8yqd" class="LqzjUe"><div class="zDUgLc"></div>
<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef"><div class="VLoccc K5Zlne QDWEj U8eYrb">
<div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/view/westbrookallotments/home">
<span class="QTKDff">Westbrook
Allotment Society</span></a></div><nav class="plFg0c"><ul class="jYxBte Fpy8Db" role="navigation">${gNav
  .map(
    (t) => `<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb"
href="/view/westbrookallotments/${t.toLowerCase().replace(/ /g, '-')}" data-level="1">${t}</a></div></div></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.7a1b2c3d_0" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf">
<div class="Nu95r"><div class="IFuOkc" style="background-size: cover; background-image: url(https://lh3.googleusercontent.example/banner=w16383);"></div></div>
<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">
<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">
<div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Rc:Qxe3nd;" jsname="F57UId">
${tile(`<div class="iwQgFb" role="presentation"></div><div class="qCyqF"></div><h1 id="h.p_title" dir="ltr" class="zfr3Q duRjpb CDt4Ke">
<span class="C9DxTc">${gTitle}</span>
</h1>`)}</div></div></div></div></div></section>
<section id="h.7a1b2c3d_1" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">
<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb">
<div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d">
${tile(`${gIntro.map(gp).join('')}${gh(gH[0] ?? '', 'fees26')}`)}
<div class="w536ob" data-code="embed"><table class="fees"><tr><th>Plot type</th><th>2025</th><th>2026</th></tr>
${gFees.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table></div>
${tile(`${gS1.map(gp).join('')}${gh(gH[1] ?? '', 'water26')}${gS2.map(gp).join('\n')}`)}
<div class="t3iYD"><img src="https://lh3.googleusercontent.example/sites-image=w1280" class="CENy8b" role="img" alt="Water butts by the communal shed">
<div class="M4lWMe"><p class="zfr3Q CDt4Ke"><span class="C9DxTc">The new water butts by the north shed.</span></p></div></div>
${tile(`${gh(gH[2] ?? '', 'rules26')}${gS3.map(gp).join('\n')}<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">Committee secretary: Ros
Whitcombe</span></p>`)}</div></div></div></div></div></section></div>
<div jscontroller="IFyZ9e" class="dZA9kd ynRLnc" data-last-updated-at-time="1741020311000"><div role="button" class="Fe7rX">Page details</div>
<div class="rbYMc"><span class="YyCsSd">Page updated</span><span class="MgJBxf">3 March 2026</span></div></div>
<div jsname="tjbl7c" class="MvR9dc" role="contentinfo"><div class="JkyLtd"><a href="https://sites.google.example/new" class="KKaXTc">Google Sites</a><span
class="dhGNJd">Report abuse</span></div></div></div>
<script nonce="a1b2c3">DOCS_timing['cov']=new Date().getTime();</script></body></html>`;
const googleSites: TestPage = {
  name: 'heldout285-google-sites-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gIntro, ...gFees.flat(), ...gS1, ...gS2, ...gS3]),
  bylines: ['Committee secretary: Ros Whitcombe', '3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Westbrook Allotment Society', ...gNav, 'The new water butts by the north shed.', 'Page details', 'Page updated', 'Google Sites', 'Report abuse',
  ],
};

export const HELDOUT285_F: readonly TestPage[] = [googleSites, shopify];
