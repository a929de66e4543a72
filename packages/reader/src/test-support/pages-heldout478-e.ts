import { type TestPage, texts } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout478-kit.js';

/**
 * Held-out batch 478, file e: a pastor's letter on an old table-layout parish site (FrontPage era, font tags, no h1), and a
 * homily on a Hugo site (Ananke theme) with the title in the cover and again in the article, a reading-time line and a TOC aside.
 */
const tTitle = 'Forty Days, One Step at a Time';
const tParas = [
  'Dear Members and Friends of First Lutheran,',
  j(
    'Lent begins this Wednesday, and with it our Ash Wednesday services at 12:10 and 7:00 in the evening. Every year someone asks',
    'me what they ought to "give up". My answer is the same as Pastor Engstrom’s was before me: give up whatever keeps you from',
    'showing up. For some of us that is an hour of television. For others it is the grudge we have carried since the last',
    'church council meeting.',
  ),
  j(
    'This year the midweek soup suppers return on Wednesdays at 5:45 in Fellowship Hall, followed by Holden Evening Prayer at',
    '6:30. The Ladies Aid will host the first supper, and the confirmation class has promised to wash dishes (parents, please',
    'hold them to it).',
  ),
  j(
    'Our Lenten offering this year goes to the Sandhill Lake Bible Camp dining hall roof. Envelopes are in the narthex. Last year',
    'you gave $3,412 for the food shelf, and I have no doubt you will surprise me again.',
  ),
  'See you on Wednesday, with ashes and with hope.',
];
const tSide = ['Home', 'Worship Times', "Pastor's Corner", 'Newsletter', 'Calendar', 'Sunday School', 'Photo Album', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<title>First Lutheran Church - Pastor's Corner</title><meta name="keywords" content="Lutheran, ELCA, church, Halvorsen, Lent">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style><!-- a:link { color: #660000 } a:visited { color: #663333 } .side { font-family: Verdana; font-size: 8pt } --></style></head>
<body bgcolor="#F5F0E1" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_home_on.gif')">
<table border="0" cellpadding="0" cellspacing="0" width="760" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img border="0" src="images/header.jpg" width="760" height="120" alt="First Lutheran Church, Halvorsen, Minnesota"></td></tr>
<tr><td colspan="2" bgcolor="#660000" height="22" align="center"><font face="Verdana" size="1" color="#FFFFFF"><b>412 Main Street North &nbsp;|&nbsp;
Halvorsen, MN
&nbsp;|&nbsp; (507) 555-0142</b></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E8DFC8"><table border="0" cellpadding="4" cellspacing="0" width="100%">
${tSide
  .map(
    (t) => `<tr><td class="side"><font face="Verdana" size="1"><a
href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${t}</a></font></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20"></td></tr>
<tr><td class="side" align="center"><font face="Verdana" size="1">Sunday Worship<br>9:00 a.m.<br><br>Sunday School<br>10:15 a.m.</font></td></tr>
</table></td>
<td width="610" valign="top"><table border="0" cellpadding="12" cellspacing="0" width="100%"><tr><td>
<p align="center"><font face="Georgia" size="5" color="#660000"><b><i>Pastor's Corner</i></b></font></p>
<hr color="#660000" size="1">
<p><font face="Georgia" size="4" color="#333333"><b>${tTitle}</b></font><br>
<font face="Verdana" size="1" color="#666666">February 14, 2027</font></p>
${tParas.map((t) => `<p><font face="Verdana" size="2">${t}</font></p>`).join('\n')}
<p><font face="Verdana" size="2">In Christ,</font></p>
<p><font face="Verdana" size="2"><i>Pastor Ray Holmgren</i></font></p>
<p align="center"><font face="Verdana" size="1"><a href="pastor_archive.htm">Read past letters from Pastor Ray</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#660000" align="center"><font face="Verdana" size="1" color="#FFFFFF">Copyright &copy; 2002-2027 First Lutheran Church of
Halvorsen.
All rights reserved.<br>This page was last updated on 02/14/2027.</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1">You are visitor number <img src="/cgi-bin/Count.cgi?df=pastor.dat&amp;dd=B" align="absmiddle"
alt="004821">
since March 2002</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout478-table-layout-pastor-letter',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tParas),
  bylines: ['February 14, 2027', 'In Christ,', 'Pastor Ray Holmgren', 'This page was last updated on 02/14/2027.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '412 Main Street North | Halvorsen, MN | (507) 555-0142', ...tSide.filter((t) => t !== 'Pastor\'s Corner'), "Pastor's Corner", 'Sunday Worship',
    '9:00 a.m.', '10:15 a.m.', 'Read past letters from Pastor Ray', 'Copyright © 2002-2027 First Lutheran Church of Halvorsen. All rights reserved.',
    'You are visitor number since March 2002',
  ],
};

const hTitle = 'Homily for the Third Sunday of Easter: Breakfast on the Beach';
const hDesc = 'John 21:1–19. Peter goes back to the boats, and Jesus meets him with a charcoal fire.';
const hBlocks: Block[] = [
  j(
    'There is a detail in today’s Gospel that is easy to miss. When the disciples come ashore, Jesus is already there, and he has',
    'made a charcoal fire. John uses a very particular word for it, and he uses it only one other time in his whole Gospel: in the',
    'courtyard of the high priest, on the night Peter warmed his hands and said three times, “I do not know the man.”',
  ),
  j(
    'So the last time Peter stood by a charcoal fire, he denied his Lord. And now, on a beach in Galilee, in the grey early morning,',
    'the smell of that fire is the first thing that greets him. I do not think that is an accident.',
  ),
  { h: 'Going back to the boats' },
  j(
    '“I am going fishing,” Peter says. It sounds ordinary, but it is not. Peter has seen the empty tomb. He has seen the risen',
    'Jesus twice in a locked room. And still he goes back to the one thing he knew how to do before any of this began. The others',
    'go with him. They fish all night and catch nothing.',
  ),
  j(
    'Most of us know that night. It is the night after a funeral when we go back to work because we do not know what else to do.',
    'It is the week after a failure, when we retreat to what is safe and familiar. There is no shame in going back to the boats.',
    'But the Gospel does not leave Peter there, and it does not leave us there either.',
  ),
  { h: 'Cast the net on the right side' },
  j(
    'A stranger on the shore calls out to them: “Children, have you caught anything?” It is a tender word, the word a father',
    'might use. They have not. Cast the net on the right side, he says, and they do, and the net is so full they cannot haul it in.',
  ),
  j(
    'It is the beloved disciple who sees first: “It is the Lord.” And it is Peter who moves first. He puts on his clothes, which',
    'is a strange thing to do before jumping into the sea, and swims for shore. Love sees; love also runs. We need both in a parish.',
    'We need the ones who notice, and we need the ones who jump.',
  ),
  { h: 'Three questions' },
  j(
    'After breakfast, Jesus asks Peter three times, “Do you love me?” Three denials, three questions. Peter is hurt the third time,',
    'the Gospel tells us. Of course he is. Jesus is not humiliating him; he is undoing something. Every denial gets an answer, and',
    'every answer gets a task: feed my lambs, tend my sheep, feed my sheep.',
  ),
  j(
    'Notice what Jesus does not say. He does not say, “Do you promise never to fail me again?” He does not ask for a plan or a',
    'guarantee. He asks only about love, and then he gives Peter work to do. Forgiveness in the Gospel is never just a clean slate;',
    'it is a commission.',
  ),
  { h: 'For us at St. Mary’s' },
  j(
    'In a few weeks, twenty-three of our young people will be confirmed by Bishop Alvarado. They have spent the year learning the',
    'creed, the sacraments and the works of mercy. But the question that will matter most for them is the one Jesus asks Peter.',
    'Not “Do you know the answers?” but “Do you love me?”',
  ),
  j(
    'The same question is asked of the rest of us. Some of you have been away from the Church for a long time, and you are here',
    'this Easter season a little unsure of your welcome. Hear this: the Lord has already lit the fire and the fish is already on',
    'the coals. You do not have to earn your place at this breakfast.',
  ),
  j(
    'And to those of us who never left, the Gospel asks something harder: who are the lambs we have been told to feed? The parish',
    'food pantry served 212 families last month. The St. Vincent de Paul conference needs four more volunteers for home visits.',
    'Those are not extra duties for the especially pious. They are how Peter’s answer becomes ours.',
  ),
  j('Come and have breakfast, Jesus says. Then follow me. May we do both, this week and every week. Amen.'),
];
const hNav = ['Mass Times', 'Homilies', 'Sacraments', 'Bulletin', 'Contact'];
const hToc = headingsOf(hBlocks);
const hHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | St. Mary of the Lake
Parish</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="${hDesc}"><meta name="generator" content="Hugo 0.125.4">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical"
href="https://stmarylakeparish.org/homilies/third-sunday-easter-2027/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="homilies">
<meta property="article:published_time" content="2027-04-18T07:00:00-05:00"><meta itemprop="wordCount" content="1012"></head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top"
style="background-image: url('https://stmarylakeparish.org/images/lake-shore.jpg');">
<div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">St. Mary of the Lake Parish</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://facebook.example/stmarylake" target="_blank"
class="facebook ananke-social-link link-transition stackoverflow link dib z-999 pt3 pt0-l mr1"
title="Facebook link" rel="noopener" aria-label="follow on Facebook——Opens in a new window"><span class="icon"><svg style="enable-background:new 0 0 67 67"
viewBox="0 0 67 67"></svg></span></a></div>
</div></div></nav><div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${hTitle}</div>
<p class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">${hDesc}</p></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Homilies</aside><div id="sharing" class="mt3 ananke-socials">
<a href="https://www.facebook.com/sharer.php?u=https://stmarylakeparish.org/homilies/third-sunday-easter-2027/"
class="ananke-social-link facebook no-underline" title="Share on Facebook"
aria-label="Share on Facebook"><span class="icon"><svg viewBox="0 0 67 67"></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Fr. Declan Moravec</strong></p>
<time class="f6 mv4 dib tracked" datetime="2027-04-18T07:00:00-05:00">April 18, 2027</time><span class="f6 mv4 dib tracked"> - 5 minutes read</span>
<span class="f6 mv4 dib tracked"> - 1012 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${render(hBlocks, { h: (t) => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>` })}
<ul class="pa0"><li class="list di"><a href="/tags/easter/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">Easter</a></li>
<li class="list di"><a href="/tags/gospel-of-john/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">Gospel of John</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this homily</p>
<nav id="TableOfContents"><ul>${hToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`).join('\n')}</ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">
<li class="mb2"><a href="/homilies/second-sunday-easter-2027/">Homily for the Second Sunday of Easter: Peace Be With You</a></li>
<li class="mb2"><a href="/homilies/easter-vigil-2027/">Homily for the Easter Vigil: The Stone Was Rolled Back</a></li></ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://stmarylakeparish.org/">
&copy; 2027 St. Mary of the Lake Parish</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hugo: TestPage = {
  name: 'heldout478-hugo-ananke-homily',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hToc,
  body: [hDesc, ...bodyOf(hBlocks)],
  bylines: ['By Fr. Declan Moravec', 'April 18, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'St. Mary of the Lake Parish', ...hNav.filter((t) => t !== 'Sacraments'), '- 5 minutes read', '- 1012 words', 'Gospel of John',
"What's in this homily", 'Related',
    'Homily for the Second Sunday of Easter: Peace Be With You',
    'Homily for the Easter Vigil: The Stone Was Rolled Back', '© 2027 St. Mary of the Lake Parish',
  ],
};

export const HELDOUT478_E: readonly TestPage[] = [tableLayout, hugo];
