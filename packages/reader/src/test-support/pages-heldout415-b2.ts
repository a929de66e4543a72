import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 415, file b2: a scout troop's "About our troop" page on the new Google Sites (obfuscated class names, the
 * site header with the troop name and the top navigation, a banner section, text boxes with headings, an image with a caption
 * text box, an embedded calendar, a button, and the Google Sites footer with "Report abuse" and "Page details").
 */
const gTitle = 'About Troop 212';
const gP = (t: string): string => `<p class="zfr3Q CDt4Ke" dir="ltr" style="text-align:left;"><span class="C9DxTc">${t}</span></p>`;
const gH = (t: string): string => `<h2 id="h.${t.length}" class="zfr3Q OmQG5e CDt4Ke" dir="ltr"><span class="C9DxTc">${t}</span></h2>`;
const gIntro = [
  `Troop 212 is a scout troop for young people aged 11 to 17, chartered by the Hollow Creek Grange and meeting in the Grange Hall
since 1974. We are boy-led and girl-led in the true sense: the patrol leaders' council plans our programme, and adult leaders coach
rather than run things.`,
  `We currently have 34 scouts in five patrols and a committee of parents who handle money, transport and equipment. Each patrol
elects its own leader twice a year, and older scouts who have held a patrol office can go on to serve as senior patrol leader, quartermaster
or scribe. Every adult who works with the troop has completed youth protection training and a background check.`,
];
const gMeet = [
  `We meet every Tuesday during the school year from 7:00 to 8:30 pm at the Grange Hall, 19 Mill Race Road. Meetings follow a simple
pattern: an opening, patrol time, a skills session, a game and a closing. Once a month the meeting is replaced by an outing.`,
  `New families are welcome to visit any Tuesday. There is no need to call ahead; just introduce yourself to the scout on the door.`,
];
const gYear = [
  'Monthly weekend campouts from September to May, including our winter cabin camp in January.',
  'A week at summer camp at Camp Tamsin each July, where scouts work on merit badges and swim in the lake.',
  'Service projects, such as the spring clean-up of the Hollow Creek trail and the food drive each November.',
  'A high-adventure trip every other summer for older scouts; the last one was a canoe trek on the Greywater River.',
];
const gCost = [
  `Annual dues are $120, which covers national registration, insurance, the troop handbook and patrol food for day events.
Campouts cost between $20 and $40 each. No scout is ever turned away for money: ask the committee chair in confidence about help from
our campership fund.`,
  `Scouts need a uniform shirt, a sleeping bag and sturdy boots. The troop owns tents, stoves and cooking kit, and we keep a box of
good used uniforms that families are welcome to borrow from.`,
];
const gNav = ['Home', 'About', 'Calendar', 'Eagle Scouts', 'Photos', 'Parents', 'Contact'];
const gHtml = `<!DOCTYPE html><html lang="en-US" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<meta property="og:title" content="Troop 212 - About"><meta property="og:type" content="website">
<meta property="og:url" content="https://sites.google.example/view/troop212hollowcreek/about">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Troop 212 - About</title>
<link href="https://www.gstatic.example/_/atari/_/ss/k=atari.vw.7ztr3x9yoyt8.L.W.O/d=1/rs=AGEqA5l6.css" rel="stylesheet" nonce="wM7n">
<script nonce="wM7n">_at_config = [null,"AIzaSyChg3MFqzdi1P5J-YvEyakkSA1yU7HRcDI","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o",null,null,"v2",
null,null,null,null,null,null,null,"https://content.googleapis.example","SITES_830"];</script></head>
<body id="yDmH0d" jscontroller="pjICDe" class="ZrRuwd"><div id="Cd0zdf" class="LqzjUe"><div jscontroller="X4BaPc" class="UtePc RCETm">
<div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe">
<div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/view/troop212hollowcreek/home"><div class="QTKDff">Troop 212
Hollow Creek</div></a></div><nav jsname="ihoMLd" class="JzO0Vc" role="navigation"><ul jsname="waIgnc" class="JSKS6 BJAaTb">
${gNav
  .map(
    (n) => `<li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div
class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); clickmod:vD8Uqc(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb"
href="/view/troop212hollowcreek/${n.toLowerCase().replace(/ /g, '-')}" data-url="/${n.toLowerCase()}">${n}</a></div></div></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div>
<div role="main" tabindex="-1" class="UtePc RCETm SSFAr" dir="ltr">
<section id="h.4c1f88a7_0" class="yaqOZd LB7kq nyKByd O13XJf KEFykf"><div class="Nu95r"><div class="IFuOkc"
style="background-image: url(https://lh3.googleusercontent.example/banner-campfire=w16383);"></div></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc
db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb
LkDMRd"><div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc"><h1 id="h.p_banner" class="zfr3Q duRjpb CDt4Ke" dir="ltr" style="text-align:center;">
<span class="C9DxTc">${gTitle}</span></h1><p class="zfr3Q CDt4Ke" dir="ltr" style="text-align:center;"><span class="C9DxTc">Scouting in Hollow Creek
since 1974</span></p></div></div></div></div></div></section>
<section id="h.4c1f88a7_12" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc">
<div class="JNdkSc-SmKAyb LkDMRd"><div class="tyJCtd mGzaTb Depvyb baZpAe">
${gIntro.map(gP).join('\n')}
${gH('When and where we meet')}
${gMeet.map(gP).join('\n')}
${gH('A year in the troop')}
<ul class="n8H08c UVNKR"><li class="zfr3Q TYR86d eD0Rn" style="list-style-type:disc;">${gYear
  .map((t) => `<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">${t}</span></p>`)
  .join('</li>\n<li class="zfr3Q TYR86d eD0Rn" style="list-style-type:disc;">')}</li></ul>
</div></div></div>
<div class="hJDwNd-AhqUyc-OiUrBf JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="t3iYD"><img
src="https://lh3.googleusercontent.example/cabin-camp=w1280" class="CENy8b" role="img" alt="Scouts outside a log cabin in snow"></div>
<div class="tyJCtd mGzaTb Depvyb baZpAe"><p class="zfr3Q CDt4Ke" dir="ltr" style="text-align:center;"><span class="C9DxTc" style="font-size:9pt;">Winter
cabin camp at Pike Hollow, January 2026</span></p></div></div></div></div></div></section>
<section id="h.4c1f88a7_30" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc">
<div class="tyJCtd mGzaTb Depvyb baZpAe">
${gH('Costs and gear')}
${gCost.map(gP).join('\n')}
</div><div class="w536ob" aria-label="Upcoming events"><div class="WIdY2d M1aSXe"><iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts"
src="https://calendar.google.example/calendar/embed?src=troop212&amp;ctz=America/New_York" frameborder="0"
title="Troop 212 calendar"></iframe></div></div>
<div class="U26fgb L7IXhc" role="button"><a class="FKF6mc TpQm9d QmpIrf" href="/view/troop212hollowcreek/contact"><div class="NsaAfc"><p>Contact the
Scoutmaster</p></div></a></div></div></div></div></section></div>
<div class="Xpil1b xgQ6eb"></div><div jscontroller="j1RDQb" class="LqzjUe dhtgD"><div class="dZA9kd" role="contentinfo"><div class="cxzbxb"><div
class="Dxqg5d"><a class="dhtgD" href="https://www.google.example/sites/report">Report abuse</a></div><div class="dhtgD"><button class="aYsRFf"
jsname="c4gF7b">Page details</button></div><div class="lk7Yjd">Page updated </div></div><div class="HpnHSd">Google Sites</div></div></div>
</div></div><script nonce="wM7n">DOCS_timing['sac']=new Date().getTime();</script></body></html>`;
export const googleSites: TestPage = {
  name: 'heldout415-google-sites-scout-troop',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['When and where we meet', 'A year in the troop', 'Costs and gear'],
  body: texts([...gIntro, ...gMeet, ...gYear, ...gCost]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Troop 212 Hollow Creek', ...gNav, 'Scouting in Hollow Creek since 1974', 'Winter cabin camp at Pike Hollow, January 2026', 'Contact the Scoutmaster',
    'Report abuse', 'Page details', 'Page updated', 'Google Sites',
  ],
};
