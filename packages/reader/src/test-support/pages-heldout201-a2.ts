import { links, type TestPage, texts } from './page-kit.js';
import { liLines, paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file a2: a QRZ.com callsign page with the operator's biography, as a signed-out visitor saves it
 * (the top bar with log-in and register links, the menu bar, the leaderboard ad, the callsign block with name and address,
 * the "Login is required" notice, the tabs, the detail table, the biography with its own h2s and station list, the lookup
 * counter and last-update line, the right-hand forum rail and the footer).
 */
const qzCall = 'W7FJL';
const qzH0 = 'Welcome to the Alder Creek shack';
const qzP0 = paras(`
Thanks for looking me up, and thanks for the contact if that is why you are here. I am Hal, and I operate from a small farm at
the end of Alder Creek Road, about eleven miles south of Hood River. On a clear day I can see Mount Hood from the shack window,
which is a good excuse for a slow QSO.

I was first licensed in 1979 as WN7QAB while I was still in high school, upgraded to General the next year, and held on to
Extra-class ambitions for far too long before finally sitting the exam in 2016. The W7FJL call came through the vanity program
in 2018. The letters belonged to my grandfather, who ran a spark station out of a grain elevator in the 1920s.`);
const qzH1 = 'The station';
const qzP1 = paras(`
Most of my operating is CW on 40, 30 and 20 metres, with some FT8 in the evenings when the bands are poor. The station is modest
and most of it was bought used at the Rickreall swap meet:`);
const qzList = [
  'Transceiver: a 15-year-old Kestrel K-880 with the narrow CW filter.',
  'Amplifier: none. 100 watts has been plenty so far.',
  'Antennas: an 80-metre doublet at 45 feet fed with ladder line, and a 20-metre vertical with eight radials on the barn roof.',
  'Keys: a Wellbrook straight key my father gave me, and a single-lever paddle I built from a kit during the winter of 2021.',
  'Logging: everything goes to the logbook here and to LoTW within a day or two.',
];
const qzH2 = 'What I am working on';
const qzP2 = paras(`
This year I am chasing Worked All States on 30 metres, which is harder than it sounds from a valley in the Columbia Gorge. I need
Delaware, Rhode Island and Hawaii. If you are in one of those and hear me calling, please stop for a minute.

I also run the Thursday-night slow-speed CW net for the Gorge Amateur Radio Club at 0300Z on 7.112 MHz. It runs at about 10 words
per minute and newcomers are always welcome. Nobody minds mistakes; we all make plenty.`);
const qzH3 = 'QSL information';
const qzP3 = paras(`
I confirm every contact through LoTW and eQSL. Paper cards are fine too: send yours direct with a self-addressed envelope and I
will answer within a month. I do not use a bureau. Please do not send money; a stamp is enough.

73, and I hope to hear you on the air.

Hal`);
const qzTop = ['Login', 'Register', 'Forgot Password'];
const qzMenu = ['Home', 'Forums', 'Callsign Database', 'Logbook', 'Swapmeet', 'Store', 'Subscriptions', 'Help'];
const qzNotice = 'Login is required for additional detail.';
const qzTabs = ['Detail', 'Biography', 'QSL', 'Awards', 'Photos'];
const qzRail = [
  'Latest Forum Posts',
  'Best portable antenna for POTA on a budget?',
  'Ladder line through a brick wall',
  'Gorge ARC field day plans',
  'Antenna tuner advice for an 80 m doublet',
];
const qzFoot = ['Site Map', 'Site Help', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Contact Us'];
const qzHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>W7FJL - Callsign Lookup by QRZ Ham Radio</title>
<meta name="description" content="W7FJL Callsign Page. Harold J Penner, Hood River, OR. QRZ.com Callsign Lookup.">
<meta name="keywords" content="W7FJL, callsign, ham radio, amateur radio"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://s3.amazonaws.example/files.qrz.com/css/qrzcom-20250115.css">
<script src="https://s3.amazonaws.example/files.qrz.com/js/jquery-3.6.0.min.js"></script>
<script>var qrz_callsign = "W7FJL"; var qrz_loggedin = 0;</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="topbar" class="topbar"><div class="topbar-inner"><a href="https://www.qrz.com/" class="logo"><img src="/i/qrz-logo.png" alt="QRZ.COM"></a>
<div id="loginbox" class="loginbox"><a href="https://www.qrz.com/login">${qzTop[0]}</a> | <a href="https://www.qrz.com/register">${qzTop[1]}</a> |
<a href="https://www.qrz.com/lostpass">${qzTop[2]}</a></div></div></div>
<div id="menubar" class="menubar"><ul class="sf-menu">${links(qzMenu, 'sf-item')}</ul>
<form id="fmcsearch" action="https://www.qrz.com/lookup" method="post"><input type="text" name="tquery" id="tquery" placeholder="callsign">
<input type="submit" value="Search"></form></div>
<div id="ad-leaderboard" class="adwrap"><div class="adlabel">Advertisement</div><div id="div-gpt-ad-1404228221391-0" style="min-height:90px"></div></div>
<div id="page"><table id="layout" cellpadding="0" cellspacing="0"><tr><td id="qrzcenter">
<table id="csdata" class="csdata"><tr><td class="csleft"><img id="mypic" src="https://cdn-xml.qrz.example/l/w7fjl/shack.jpg" alt="W7FJL">
</td><td class="csright"><p class="m0"><span class="csignm hamcall">${qzCall}</span></p>
<p class="m0" style="color:#666"><img src="/i/flags/us.png" alt="USA"> USA</p>
<p class="m0"><span style="color: black; font-weight: bold">Harold J Penner</span><br>1422 Alder Creek Rd<br>Hood River, OR 97031<br>USA</p>
<p class="m0 notice" style="color:#900">${qzNotice}</p></td></tr></table>
<ul id="tabs" class="tabs">${qzTabs.map((t) => `<li><a id="t_${t.toLowerCase()}" href="#t_${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>
<div id="detail" class="tabContent" style="display:none"><table id="detbox" class="detbox">
<tr><td class="dh">Country</td><td class="di">United States</td></tr><tr><td class="dh">Grid Square</td><td class="di">CN85vp</td></tr>
<tr><td class="dh">County</td><td class="di">Hood River</td></tr><tr><td class="dh">Class</td><td class="di">E</td></tr>
<tr><td class="dh">Aliases</td><td class="di">WN7QAB</td></tr></table></div>
<div id="biodata" class="biodata tabContent">
<h1 style="text-align:center">${qzH0}</h1>
${pLines(qzP0)}
<h2>${qzH1}</h2>
${pLines(qzP1)}
<ul>${liLines(qzList)}</ul>
<h2>${qzH2}</h2>
${pLines(qzP2)}
<h2>${qzH3}</h2>
${pLines(qzP3)}
<p style="text-align:center"><img src="https://cdn-bio.qrz.example/l/w7fjl/key.jpg" alt="" width="400"></p>
</div>
<div id="biostats" class="biostats"><span>Lookups: 14,207</span> <span>Last Update: 2025-02-11 18:04:22</span></div>
</td><td id="qrzright" class="qrzright"><div class="adwrap"><div class="adlabel">Advertisement</div><div id="div-gpt-ad-1404228221391-1"></div></div>
<div class="rbox"><h3>${qzRail[0]}</h3><ul>${links(qzRail.slice(1))}</ul></div></td></tr></table></div>
<div id="footer" class="footer"><ul class="footlinks">${links(qzFoot)}</ul>
<p>Copyright © 1992-2025 by QRZ LLC. All Rights Reserved.</p></div>
<script>$(function(){ $('#tabs a').on('click', function(e){ e.preventDefault(); }); });</script></body></html>`;
export const qrzPage: TestPage = {
  html: qzHtml,
  name: 'heldout201-qrz-callsign-bio',
  kind: 'wiki',
  // the callsign is the page's headline and the biography (with its own h1, taken as its first heading) is the article; the
  // name is the byline, the address block and detail table are in neither list; "Hal" (the sign-off) is body; the "QSL" tab is
  // left out (a word of a heading)
  title: qzCall,
  headings: [qzH0, qzH1, qzH2, qzH3],
  body: texts([...qzP0, ...qzP1, ...qzList, ...qzP2, ...qzP3]),
  bylines: ['Harold J Penner', 'Last Update: 2025-02-11 18:04:22'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qzTop, ...qzMenu, 'Advertisement', qzNotice, ...qzTabs.filter((t) => t !== 'QSL'), 'Lookups: 14,207', ...qzRail, ...qzFoot,
    'Copyright © 1992-2025 by QRZ LLC. All Rights Reserved.',
  ],
};
