import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 212: a JAXA press release in English on global.jaxa.jp (the table-free 2020s template), as "Save page as" stores it. */
const title = 'Results of the Second Touchdown Rehearsal by the Asteroid Explorer “KOGANE”';
const p1 = [
  'The Japan Aerospace Exploration Agency (JAXA) conducted the second touchdown rehearsal of the asteroid explorer KOGANE at ' +
    'the asteroid (41877) Ishinomori on March 9, 2026 (Japan Standard Time). We hereby inform you that the rehearsal was ' +
    'completed as planned and that the explorer is in good condition.',
  'During the rehearsal, KOGANE descended from its home position at an altitude of 20 km to an altitude of approximately ' +
    '42 m above the surface, where it released one of its three target markers before ascending back to the home position.',
];
const h1 = 'Outline of the rehearsal';
const list = [
  'Start of descent: March 8, 2026, 13:05 (JST)',
  'Lowest altitude reached: approximately 42 m, March 9, 2026, 11:47 (JST)',
  'Target marker released: March 9, 2026, 11:49 (JST)',
  'Return to home position: March 10, 2026, 06:30 (JST)',
];
const h2 = 'Results';
const p2 = [
  'The laser range finder, which measures the distance to the surface during the final phase of descent, operated normally ' +
    'over the whole rehearsal. The navigation camera images confirmed that the released target marker came to rest within ' +
    '3 m of the planned position, inside the candidate touchdown area designated “L07”.',
  'The data obtained in this rehearsal confirm that the guidance and navigation system can place the explorer within the ' +
    'required accuracy even over the rough terrain of Ishinomori, whose surface is covered with boulders larger than ' +
    'previously estimated from ground observations.',
  'During the ascent, the thermal infrared imager (TIR) also acquired images of the target area at several local times, ' +
    'which will be used to estimate the thermal inertia of the surface material and to select the final touchdown point.',
];
const h3 = 'Future plan';
const p3 = [
  'Based on these results, the project team will examine the touchdown sequence in detail and decide on the date of the ' +
    'first touchdown and sample collection, which is currently expected in late April 2026. JAXA will announce the schedule ' +
    'once it has been determined.',
  'JAXA would like to express its sincere gratitude to all who have supported the KOGANE project, including the partner ' + 'universities and industry.',
];
const cap = 'Image of the surface of Ishinomori taken by the optical navigation camera (ONC-T) at an altitude of about 60 m.';
const credit = 'Credit: JAXA, Chiba Institute of Science, University of Hokuriku';
const gnav = ['About JAXA', 'Projects', 'Press Releases', 'Topics', 'Activity', 'Publications', 'Event'];
const rel = ['KOGANE Project Website', 'Asteroid Explorer KOGANE Arrives at Ishinomori (February 2, 2026)'];
const foot = ['Site Policy', 'Privacy Policy', 'Site Map', 'Contact', 'Links'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>JAXA | Results of the Second Touchdown Rehearsal by the Asteroid Explorer “KOGANE”</title>
<meta name="description" content="JAXA conducted the second touchdown rehearsal of the asteroid explorer KOGANE.">
<meta name="keywords" content="JAXA,KOGANE,asteroid,press release"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="JAXA | ${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="JAXA">
<link rel="stylesheet" href="/common/css/global.css"><link rel="stylesheet" href="/common/css/press.css">
<script src="/common/js/jquery.js"></script><script src="/common/js/common.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-JX2026"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-JX2026');</script></head>
<body id="press"><div id="wrapper"><p class="skip"><a href="#contents">Skip to main content</a></p>
<header id="header"><div class="header_inner"><p class="logo"><a href="/"><img src="/common/img/logo.png"
alt="JAXA | Japan Aerospace Exploration Agency"></a></p>
<ul class="header_link"><li><a href="/sitemap/">Site Map</a></li><li class="lang"><a href="https://www.jaxa.jp/">Japanese</a></li></ul>
<div class="header_search"><form action="/search/" method="get"><input type="text" name="q" placeholder="Search in JAXA">
<button type="submit">Search</button></form></div><button class="sp_menu" aria-label="menu">MENU</button></div>
<nav id="gnav"><ul>${links(gnav)}</ul></nav></header>
<div id="topicpath"><ol><li><a href="/">HOME</a></li><li><a href="/press/">Press Releases</a></li>
<li><a href="/press/2026/">2026</a></li><li>${title}</li></ol></div>
<div id="contents"><div id="main"><div class="elem_heading_lv1"><h1>${title}</h1></div>
<p class="date_posted">March 11, 2026 (JST)</p>
<p class="press_organization">National Research and Development Agency<br>Japan Aerospace Exploration Agency (JAXA)</p>
<div class="elem_text_list">${ps(p1)}</div>
<div class="elem_heading_lv2"><h2>${h1}</h2></div>
<div class="elem_list"><ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="elem_heading_lv2"><h2>${h2}</h2></div>
<div class="elem_text_list">${ps(p2)}</div>
<div class="elem_pic_caption"><figure><img src="/press/2026/03/img/20260311_kogane_fig1.jpg" alt="">
<figcaption><p>${cap}</p><p class="credit">${credit}</p></figcaption></figure></div>
<div class="elem_heading_lv2"><h2>${h3}</h2></div>
<div class="elem_text_list">${ps(p3)}</div>
<div class="elem_link_box"><p class="ttl">Related information</p><ul>${links(rel)}</ul></div>
<div class="press_index"><a href="/press/">Press Releases Index</a></div></div>
<aside id="sub"><div class="sub_box"><p class="sub_ttl">Press Releases</p><ul><li><a href="/press/2026/">2026</a></li>
<li><a href="/press/2025/">2025</a></li><li><a href="/press/2024/">2024</a></li><li><a href="/press/archive/">Archive</a></li></ul></div>
<div class="sub_banner"><a href="https://fanfun.jaxa.example/"><img src="/common/img/bnr_fanfun.png" alt="Fan! Fun! JAXA"></a></div></aside></div>
<p id="pagetop"><a href="#wrapper">Page Top</a></p>
<footer id="footer"><div class="footer_sns"><a href="#">X</a> <a href="#">YouTube</a> <a href="#">Facebook</a></div>
<ul class="footer_link">${links(foot)}</ul>
<p class="copyright"><small>Copyright 2026 Japan Aerospace Exploration Agency</small></p></footer></div></body></html>`;
export const jaxaPress: TestPage = {
  name: 'heldout212-jaxa-press-release',
  kind: 'news',
  html,
  title,
  // the issuing-organisation line under the date is in neither list
  headings: [h1, h2, h3],
  body: texts([...p1, ...list, ...p2, ...p3]),
  bylines: ['March 11, 2026 (JST)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Site Map', 'Japanese', 'Search', 'MENU', ...gnav, 'HOME', cap, credit, 'Related information', ...rel,
    'Press Releases Index', '2025', '2024', 'Archive', 'Page Top', 'YouTube', 'Facebook', ...foot.filter((t) => t !== 'Site Map'),
    'Copyright 2026 Japan Aerospace Exploration Agency',
  ],
};
