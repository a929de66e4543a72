import { ps, type TestPage, texts } from './page-kit.js';
import { esc, j, rowText, tr } from './pages-heldout575-kit.js';

/**
 * Held-out batch 575, file e: a small label's album page on Bandcamp with its track table, credits and the buy and fan
 * boxes around them, and a mail-order dealer's "new arrivals" list from an old table layout (HTML 4, font tags, no h1).
 */
const bTitle = 'Weatherglass';
const bAbout = [
  j(
    'Weatherglass is the third album from the Leeds duo Fenna Roe and Caspar Idle, and the first to be made outside their',
    'spare room. It was recorded over a week in February at a shuttered seaside arcade in Filey, with the coin machines',
    'switched off and the wind doing most of the percussion.',
  ),
  j(
    'The vinyl edition is cut at 45rpm across two discs and comes with a fold-out map of the arcade drawn by Caspar’s sister,',
    'Moll. Sunday Tapes will donate £1 from every copy to the Filey lifeboat station.',
  ),
];
const bTracks = [
  ['1.', 'Barometer', '04:12'],
  ['2.', 'Penny Falls', '05:37'],
  ['3.', 'The Arcade in Winter', '06:48'],
  ['4.', 'Coastguard', '03:26'],
  ['5.', 'Weatherglass', '07:55'],
  ['6.', 'Brigg End', '04:40'],
];
const bCredits = j(
  'Fenna Roe: voice, synthesisers, field recordings. Caspar Idle: guitar, tape loops, piano.',
  'Recorded by Juno Akers at the Seafront Arcade, Filey. Mastered by Dov Aarsen.',
);
const bTags = ['electronic', 'ambient', 'folk', 'field recordings', 'Leeds'];
const bFans = [
  ['tidewrack', 'the sound of a wet afternoon by the sea, in the best possible way'],
  ['nightbus', 'Penny Falls on repeat since Thursday'],
] as const;
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bTitle} | Fenna Roe &amp; Caspar Idle | Sunday Tapes</title>
<meta name="title" content="Weatherglass, by Fenna Roe &amp; Caspar Idle"><meta name="description" content="6 track album">
<meta property="og:title" content="Weatherglass, by Fenna Roe &amp; Caspar Idle"><meta property="og:type" content="album">
<meta property="og:site_name" content="Sunday Tapes">
<link rel="canonical" href="https://sundaytapes.bandcamp.com/album/weatherglass">
<script type="application/ld+json">{"@type":"MusicAlbum","name":"Weatherglass","byArtist":{"@type":"MusicGroup","name":"Fenna Roe & Caspar Idle"},
"datePublished":"03 Mar 2027 00:00:00 GMT","numTracks":6,"@context":"https://schema.org"}</script>
<script type="text/javascript" data-tralbum="{&quot;current&quot;:{&quot;title&quot;:&quot;Weatherglass&quot;,
&quot;release_date&quot;:&quot;03 Mar 2027&quot;}}"
src="https://s4.bcbits.com/bundle/bundle/1/tralbum_head-4c1e.js"></script>
<link rel="stylesheet" type="text/css" href="https://s4.bcbits.com/client-bundle/1/trackpipe/global-d9f1.css"></head>
<body class="has-menubar-autocomplete" lang="en"><div id="menubar-wrapper" class=" header-rework-2018 "><div id="menubar" class="menubar"><div class="bc-logo">
<a href="https://bandcamp.com" aria-label="Bandcamp home">bandcamp</a></div><div class="menubar-item"><form class="search" action="https://bandcamp.com/search">
<input type="text" placeholder="Search and discover music" name="q" aria-label="Search and discover music"></form></div><ul class="menubar-items">
<li class="menubar-item hoverable log-in-link"><a href="https://bandcamp.com/login">log in</a></li></ul></div></div>
<div id="pgBd" class="yui-skin-sam"><div id="propOpenWrapper"><div id="centerWrapper"><div id="customHeaderWrapper"><div id="customHeader">
<a href="https://sundaytapes.bandcamp.com">
<img src="https://f4.bcbits.com/img/0031_1.jpg" width="975" height="120" alt=""></a></div></div><div class="leftMiddleColumns"><div id="trackInfo">
<div id="name-section"><h2 class="trackTitle">${bTitle}</h2><h3 style="margin:0px;">by <span>
<a href="https://fennaroe.bandcamp.com">Fenna Roe &amp; Caspar Idle</a></span></h3></div>
<div id="trackInfoInner"><ul class="tralbumCommands"><li class="buyItem digital"><h4 class="ft compound-button main-button">
<button class="download-link buy-link">
Buy Digital Album</button> <span class="nobreak"><span class="base-text-color">£8</span> <span class="buyItemExtra secondaryText">GBP</span>
<span class="buyItemExtra buyItemNyp secondaryText">or more</span></span></h4></li><li class="buyItem"><h3 class="hd">Record/Vinyl + Digital Album</h3>
<div class="bd"><span class="merchtype secondaryText">Double Vinyl LP</span><p>2 x 12" 45rpm, heavyweight black vinyl, with a fold-out map.</p>
<p class="notable">Includes unlimited streaming of <i>Weatherglass</i> via the free Bandcamp app, plus high-quality download in MP3, FLAC and more.</p>
<div class="ships-out-by secondaryText">ships out within 5 days</div><div class="remaining"><span class="limited-edition">edition of 300</span></div>
<h4 class="ft compound-button main-button"><button class="download-link buy-link">Buy Record/Vinyl</button> <span class="base-text-color">£24</span>
<span class="buyItemExtra secondaryText">GBP</span> <span class="buyItemExtra buyItemNyp secondaryText">or more</span></h4></div></li>
<li class="buyFullDiscography"><h4 class="ft compound-button"><button class="download-link buy-link">Buy Full Digital Discography</button></h4></li></ul>
<div class="share-collect-controls"><ul class="tralbumCollectControls"><li id="collect-item"><button class="follow-unfollow wishlist">
<span class="wishlist-msg">Wishlist</span>
</button></li></ul><ul class="tralbumCommands"><li><button class="share-embed">Share / Embed</button></li></ul></div></div>
<div id="track_table_wrapper" class="track_table_wrapper"><table class="track_list track_table" id="track_table">
${bTracks
  .map(
    (
      [n, t, d],
      i,
    ) => `<tr class="track_row_view linked" rel="tracknum=${i + 1}"><td class="play-col"><a role="button" aria-label="Play ${t}"><div class="play_status">
</div></a></td>
<td class="track-number-col"><div class="track_number secondaryText">${n}</div></td><td class="title-col"><div class="title"><a href="/track/${i}">
<span class="track-title">${t}</span></a>
<span class="time secondaryText">${d}</span></div></td><td class="info-col"></td><td class="download-col"><div class="dl_link"></div></td></tr>`,
  )
  .join('\n')}</table></div>
<div class="tralbumData tralbum-about">${bAbout.join('<br><br>')}</div>
<div class="tralbumData tralbum-credits">released March 3, 2027 <br><br>${bCredits}</div><div class="tralbumData tralbum-credits">
<span class="secondaryText">all rights reserved</span></div>
<div class="tralbumData tralbum-tags tralbum-tags-nu"><span class="tags-inline-label">tags</span>
${bTags.map((t) => `<a class="tag" href="https://bandcamp.com/discover/${t}">${t}</a>`).join('\n')}</div></div>
<div class="collected-by"><div class="collected-by-header"><h4>supported by</h4></div><div class="deets populated"><div class="writing">
${bFans.map(([u, q]) => `<div class="writing"><a class="pic" href="https://bandcamp.com/${u}">${u}</a><div class="text">${q}</div></div>`).join('\n')}
</div><a class="more-thumbs">more...</a></div></div></div>
<div id="rightColumn" class="rightColumn"><div id="bio-container"><p id="band-name-location"><span class="title">Fenna Roe &amp; Caspar Idle</span>
<span class="location secondaryText">Leeds, UK</span></p><div class="follow-unfollow-wrapper"><button class="follow-unfollow">Follow</button></div>
<p id="bio-text">Synths, tape loops and the occasional guitar from two friends who met working at a record shop.</p></div>
<ol id="band-links"><li><a href="https://fennaroe.example">fennaroe.example</a></li></ol><p><a href="/contact">Contact Fenna Roe &amp; Caspar Idle</a></p>
<p><a href="https://get.bandcamp.help">Streaming and<br>Download help</a></p><p id="report-account"><a href="/report">Report this album or account</a></p></div>
</div></div></div><div id="pgFt" class="footer"><ul class="footer-links"><li><a href="https://bandcamp.com/terms_of_use">Terms of Use</a></li>
<li><a href="https://bandcamp.com/privacy">Privacy</a></li><li><a href="https://bandcamp.com/copyright">Copyright Policy</a></li>
<li><a href="https://bandcamp.com/help">Help</a></li></ul></div></div>
<script src="https://s4.bcbits.com/bundle/bundle/1/tralbum_page-b1a2.js"></script></body></html>`;
const bandcamp: TestPage = {
  name: 'heldout575-bandcamp-album',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([...bTracks.map(rowText), ...bAbout, bCredits]),
  bylines: ['by Fenna Roe & Caspar Idle', 'released March 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'bandcamp', 'log in', 'Buy Digital Album', '£8', 'GBP', 'or more', 'Record/Vinyl + Digital Album', 'Double Vinyl LP',
    '2 x 12" 45rpm, heavyweight black vinyl, with a fold-out map.',
    'Includes unlimited streaming of Weatherglass via the free Bandcamp app, plus high-quality download in MP3, FLAC and more.', 'ships out within 5 days',
    'edition of 300', 'Buy Record/Vinyl', '£24', 'Buy Full Digital Discography', 'Wishlist', 'Share / Embed', 'all rights reserved', 'tags', 'electronic',
    'ambient', 'folk', 'supported by', ...bFans.flat(), 'more...', 'Leeds, UK', 'Follow',
    'Synths, tape loops and the occasional guitar from two friends who met working at a record shop.', 'fennaroe.example',
    'Contact Fenna Roe & Caspar Idle', 'Streaming and Download help', 'Report this album or account', 'Terms of Use', 'Privacy', 'Copyright Policy', 'Help',
  ],
};

const oTitle = 'New Arrivals List No. 47';
const oIntro = [
  j(
    'Welcome to list 47. Around 120 new records this month, most of them from a large soul and jazz collection bought in',
    'Norwich in May. All records are play-graded and sent in new inner and outer sleeves.',
  ),
  j(
    'To order, e-mail us with the list number and the titles you want. We will hold records for 7 days while you send a',
    'cheque or postal order. First come, first served: the early e-mails always get the rarities.',
  ),
];
const oSections: { h: string; rows: string[][] }[] = [
  {
    h: 'JAZZ',
    rows: [
      ['Amara Fell', 'Sunward', 'Corvid CRV 112', 'VG+/VG', '£35.00'],
      ['Ilse Marrow Trio', 'Salt Roads', 'Kestrel KS 9', 'EX/VG+', '£70.00'],
      ['Royston Pike Sextet', 'Whin Sill', 'Kestrel KS 14', 'VG/VG', '£28.00'],
    ],
  },
  {
    h: 'SOUL & FUNK',
    rows: [
      ['The Gatehouse Four', 'Keep Me Waiting', 'Oriel OR 301 (7")', 'VG+', '£18.00'],
      ['Loretta Vane', 'Second Chance Lady', 'Oriel ORL 12', 'EX/EX', '£22.00'],
      ['Marsh Street Soul Club', 'Sampler No. 1', 'MSSC 001', 'M-/M-', '£9.00'],
    ],
  },
];
const oPost = j(
  'Postage: UK £3.50 for the first LP and 75p for each one after. Europe £7.00 first LP. Rest of the world: please ask.',
  'All records are sent by recorded delivery.',
);
const oNav = ['HOME', 'CURRENT LIST', 'WANTS LIST', 'GRADING', 'ORDERING', 'LINKS', 'CONTACT'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Hedgerow Vinyl - Rare Soul, Jazz &amp; Funk Records by Mail Order - List 47</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="rare soul, jazz, funk, records, vinyl, LP, mail order, Norfolk">
<meta name="description" content="Hedgerow Vinyl mail order record dealer. Monthly lists of rare soul, jazz and funk vinyl.">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- .nav { font-family: Verdana, Arial; font-size: 11px; color: #FF9900; text-decoration: none } --></style></head>
<body bgcolor="#1A1A1A" text="#FFFFCC" link="#FF9900" vlink="#CC6600" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/header_hedgerow.gif" width="760" height="110" alt="Hedgerow Vinyl" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#333333"><marquee scrollamount="3">
<font face="Verdana, Arial" size="1" color="#FFCC00">*** List 48 out 10th July - join the mailing list ***</font>
</marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#262626"><img src="images/spacer.gif" width="150" height="10"><br>
${oNav
  .map(
    (t) => `&nbsp;&nbsp;<a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a><br><img src="images/spacer.gif" width="1" height="8">
<br>`,
  )
  .join('\n')}
<br><font face="Verdana, Arial" size="1">Hedgerow Vinyl<br>PO Box 77<br>Aylsham, Norfolk</font><br><br>
<center><font face="Verdana, Arial" size="1" color="#999999">Mailing list:</font><form action="/cgi-bin/list.pl" method="post">
<input type="text" name="email" size="14"><br>
<input type="submit" value="Join"></form></center></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<font face="Verdana, Arial" size="5" color="#FF9900"><b>${oTitle}</b></font><br>
<font face="Verdana, Arial" size="1" color="#999999">Last updated 12 June 2004</font>
${ps(oIntro.map((p) => `<font face="Verdana, Arial" size="2">${p}</font>`))}
${oSections
  .map(
    (s) => `<h3><font face="Verdana, Arial" color="#FFCC00">${esc(s.h)}</font></h3>
<table width="100%" border="1" cellpadding="3" cellspacing="0" bordercolor="#444444"><tr bgcolor="#333333"><th><font size="1">ARTIST</font></th><th>
<font size="1">TITLE</font></th>
<th><font size="1">LABEL / CAT</font></th><th><font size="1">GRADE</font></th><th><font size="1">PRICE</font></th></tr>
${s.rows.map((r) => tr(r)).join('\n')}</table>`,
  )
  .join('\n')}
<p><font face="Verdana, Arial" size="2">${oPost}</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#262626" align="center">
<font face="Verdana, Arial" size="1" color="#999999">&copy; 1999-2004 Hedgerow Vinyl. All rights reserved.<br>
You are visitor number <img src="/cgi-bin/counter.pl?df=list.dat"
alt="004312"> since March 1999<br>Best viewed at 800x600 in Internet Explorer 5 or Netscape 4.7</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout575-table-layout-dealer-list',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oSections.map((s) => s.h),
  body: texts([...oIntro, ...oSections.flatMap((s) => s.rows.map(rowText)), oPost]),
  bylines: ['Last updated 12 June 2004'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '*** List 48 out 10th July - join the mailing list ***', 'HOME', 'CURRENT LIST', 'WANTS LIST', 'GRADING', 'ORDERING', 'LINKS', 'CONTACT',
    'Hedgerow Vinyl', 'PO Box 77', 'Aylsham, Norfolk', 'Mailing list:', '© 1999-2004 Hedgerow Vinyl. All rights reserved.', 'You are visitor number',
    'since March 1999', 'Best viewed at 800x600 in Internet Explorer 5 or Netscape 4.7',
  ],
};

export const HELDOUT575_E: readonly TestPage[] = [bandcamp, tableLayout];
