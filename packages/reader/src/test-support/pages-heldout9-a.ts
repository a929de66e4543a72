import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 9, file a: a bookshop's e-mail newsletter in a Mailchimp-style campaign archive (nested
 * tables, inline styles, hidden preheader, "View this email in your browser", footer address) and a
 * 2000s model railway club page laid out with tables, `<font>` tags and `<br><br>` between paragraphs.
 */
const intro = [
  'Dear readers, the days are getting longer and the shop is finally warm enough that we have stopped selling ' +
    'fingerless gloves at the till. March is a busy month for us, so this letter is a little longer than usual.',
  'Thank you to everyone who came to the winter quiz. We raised £412 for the Kelling library’s mobile van, and the ' +
    'team from the allotments won for the third year running, which is starting to look suspicious.',
];
const reading = [
  'Odile Fraser will read from her new novel, <em>The Salt Clerk</em>, on Friday 28 March at 7 p.m. It follows a customs ' +
    'officer in a Norfolk port in 1790 who slowly realises the smugglers he is meant to catch are paying his landlady.',
  'Tickets are £5 and can be redeemed against a copy of the book on the night. We have forty chairs, and the last ' +
    'evening like this sold out in two days, so please book early at the counter or by replying to this email.',
];
const move = [
  'From 7 to 20 April the ground floor will be closed while the landlord replaces the shop window and the rotten ' +
    'frame behind it. We will not be closing: the whole shop, or as much of it as will fit, moves up to the first floor.',
  'Access is by the side door on Wendle Lane and the stairs are steep. If you cannot manage them, ring the bell ' +
    'or phone us and one of us will bring books down to you, as we did during the flood in 2019.',
];
const books = [
  '<strong>Nell:</strong> <em>A Field Guide to Lost Railways</em> by Hugh Amberley, which has made every Sunday walk ' +
    'longer than planned. Each chapter follows one closed line from end to end, with what is left of it now.',
  '<strong>Amos:</strong> <em>Nine Rooms in Lisbon</em> by Clara Peixoto, translated by Joan Wyck. A house told one room ' +
    'at a time across a century. Quiet, funny and sad in the right proportions.',
  'We now have a whole shelf of translated fiction by the poetry corner, and we would like it to grow. Tell us what ' + 'we are missing.',
];
const signOff = 'See you in the shop, upstairs or down.';
const mcHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spring at Marginalia: a move, a reading and a shelf of translations</title>
<meta property="og:title" content="Spring at Marginalia: a move, a reading and a shelf of translations">
<meta property="og:url" content="https://us14.campaign-archive.example/?u=8f2c1d&amp;id=a71b9e04c2">
<style type="text/css">p{margin:10px 0;padding:0}table{border-collapse:collapse}h1,h2,h3{display:block;margin:0;padding:0}
#awesomewrap{font-family:Helvetica,Arial,sans-serif}.mcnPreviewText{display:none !important}
@media only screen and (max-width:480px){.mcnTextContent{font-size:16px !important}}</style>
<script type="text/javascript">var $mcGoal = {'settings':{'uuid':'8f2c1d','dc':'us14'}};</script>
</head>
<body>
<div id="awesomewrap"><div id="awesomebar" style="background:#f2f2f2;padding:8px 12px;font-size:12px">
<div class="awesomebar-logo"><a href="https://mailchimp.example/?utm_source=freemium_newsletter" title="Mailchimp"></a></div>
<ul class="awesomebar-links" style="list-style:none;margin:0"><li><a href="https://marginalia.us14.list-manage.example/subscribe?u=8f2c1d">Subscribe</a></li>
<li><a href="https://us14.campaign-archive.example/home/?u=8f2c1d&amp;id=55e0c">Past Issues</a></li>
<li class="translate"><a href="#" onclick="return false;">Translate</a><select id="translate-select" aria-label="Translate">
<option value="">English</option><option value="fr">Français</option><option value="de">Deutsch</option></select></li>
<li><a href="https://us14.campaign-archive.example/feed?u=8f2c1d&amp;id=55e0c" title="RSS">RSS</a></li></ul></div></div>
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none;font-size:0;line-height:0;max-height:0;max-width:0;opacity:0;overflow:hidden">
Odile Fraser on 28 March, two weeks upstairs in April, and what Nell and Amos are reading</span><!--<![endif]-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#FAF6EE">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px">
<tr><td valign="top" id="templatePreheader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding:9px 18px;font-size:11px;color:#777777;text-align:right">
<a href="https://us14.campaign-archive.example/?u=8f2c1d&amp;id=a71b9e04c2" target="_blank">View this email in your browser</a></td>
</tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody><tr>
<td class="mcnImageContent" valign="top" style="padding:9px;text-align:center">
<img align="center" alt="Marginalia Books, Kelling" src="https://mcusercontent.example/8f2c1d/images/logo.png" width="564" style="max-width:600px">
</td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px">
<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%" width="100%" class="mcnTextContentContainer">
<tbody><tr><td valign="top" class="mcnTextContent" style="padding:0 18px 9px;color:#333333;font-family:Georgia,serif;font-size:16px;line-height:150%">
<h1 style="font-size:26px;color:#5B3A29">Spring at Marginalia: a move, a reading and a shelf of translations</h1>
${ps(intro)}
<h2 style="font-size:20px;color:#5B3A29">A reading with Odile Fraser on 28 March</h2>
${ps(reading)}
</td></tr></tbody></table></td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%"><tbody><tr>
<td style="padding:0 18px 18px" valign="top" align="center"><table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer"
 style="border-radius:4px;background-color:#5B3A29"><tbody><tr><td align="center" valign="middle" class="mcnButtonContent" style="padding:15px">
<a class="mcnButton" title="Reserve a seat" href="mailto:hello@marginalia.example?subject=Reading%2028%20March" target="_blank"
 style="font-weight:bold;color:#FFFFFF;text-decoration:none">Reserve a seat</a></td></tr></tbody></table></td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageCaptionBlock"><tbody><tr><td valign="top" style="padding:9px 18px">
<img alt="" src="https://mcusercontent.example/8f2c1d/images/window.jpg" width="564" class="mcnImage">
<div class="mcnTextContent" style="font-size:12px;color:#777777;text-align:center">Our shop window, which will not survive April.</div>
</td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody><tr><td valign="top" class="mcnTextContent"
 style="padding:0 18px 9px;color:#333333;font-family:Georgia,serif;font-size:16px;line-height:150%">
<h2 style="font-size:20px;color:#5B3A29">The shop goes upstairs for two weeks</h2>
${ps(move)}
<h2 style="font-size:20px;color:#5B3A29">What we have been reading</h2>
${ps(books)}
<p>${signOff}</p>
<p><em>Nell Carver &amp; Amos Little</em></p>
</td></tr></tbody></table>
</td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock"><tbody><tr>
<td align="center" valign="top" style="padding:9px">
<a href="https://www.facebook.example/marginaliakelling" target="_blank">Facebook</a>&nbsp;&nbsp;
<a href="https://www.instagram.example/marginaliabooks" target="_blank">Instagram</a>&nbsp;&nbsp;
<a href="https://marginalia.example" target="_blank">Website</a></td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding:9px 18px;color:#777777;font-size:12px;line-height:150%;text-align:center">
<em>Copyright © 2025 Marginalia Books, All rights reserved.</em><br>
You are receiving this email because you signed up at the till or on our website.<br><br>
<strong>Our mailing address is:</strong><br>
<div class="vcard"><span class="org fn">Marginalia Books</span><div class="adr"><div class="street-address">14 Wendle Lane</div>
<span class="locality">Kelling</span>, <span class="postal-code">NR25 7EX</span> <div class="country-name">United Kingdom</div></div><br>
<a href="https://marginalia.us14.list-manage.example/vcard?u=8f2c1d" class="hcard-download">Add us to your address book</a></div><br><br>
Want to change how you receive these emails?<br>
You can <a href="https://marginalia.us14.list-manage.example/profile?u=8f2c1d">update your preferences</a> or
<a href="https://marginalia.us14.list-manage.example/unsubscribe?u=8f2c1d">unsubscribe from this list</a>.<br><br>
<a href="https://mailchimp.example/monkey-rewards/?u=8f2c1d" title="Mailchimp Email Marketing">
<img src="https://eep.example/mc-cdn-images/template_images/gallery/rewards-dark.svg"
 alt="Intuit Mailchimp" width="139" height="54"></a>
</td></tr></tbody></table></td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr></table></center>
<script src="https://us14.campaign-archive.example/js/archive-bar.js"></script>
</body></html>`;
const newsletter: TestPage = {
  html: mcHtml,
  name: 'heldout9-mailchimp-newsletter',
  kind: 'blog',
  // hard calls: the newsletter's own letter (h1, its h2 sections, paragraphs, the sign-off line) is the article; the
  // signature names are the byline; the hidden preheader, the archive bar (Subscribe / Past Issues / Translate / RSS),
  // "View this email in your browser", the button, the image caption, the follow links and the whole legal footer
  // (copyright, why you got this, mailing address, preferences / unsubscribe) are furniture
  title: 'Spring at Marginalia: a move, a reading and a shelf of translations',
  headings: ['A reading with Odile Fraser on 28 March', 'The shop goes upstairs for two weeks', 'What we have been reading'],
  body: [...texts(intro), ...texts(reading), ...texts(move), ...texts(books), signOff],
  bylines: ['Nell Carver & Amos Little'],
  furniture: [
    'Subscribe',
    'Past Issues',
    'Translate',
    'RSS',
    'Odile Fraser on 28 March, two weeks upstairs in April, and what Nell and Amos are reading',
    'View this email in your browser',
    'Reserve a seat',
    'Our shop window, which will not survive April.',
    'Facebook',
    'Instagram',
    'Website',
    'Copyright © 2025 Marginalia Books, All rights reserved.',
    'You are receiving this email because you signed up at the till or on our website.',
    'Our mailing address is:',
    '14 Wendle Lane',
    'Add us to your address book',
    'Want to change how you receive these emails?',
    'update your preferences',
    'unsubscribe from this list',
  ],
};

const saturday = [
  'Eleven of us went up to the Harwick Narrow Gauge Gala this year, our biggest party yet, in two cars and Ken’s van ' +
    'with the club layout in the back. We left the church hall at six on the Friday evening and got to the campsite ' +
    'just before the rain did.',
  'The Saturday was the main running day. We had been given a pitch in the old goods shed next to the Pendle 009 group, ' +
    'who were very friendly and lent us a spare controller when ours packed up after twenty minutes.',
  'Bryn ran the Ffestiniog train on the layout all morning and kept a small crowd of children happy by letting them ' +
    'press the whistle button. We must have heard that whistle four hundred times. By two o’clock even Bryn was tired of it.',
  'In the afternoon most of us went out to ride behind the real engines. The line climbs nearly three hundred feet in ' +
    'four miles and the double-Fairlie was working very hard on the last bank. Well worth the £7 fare.',
];
const sunday = [
  'On the Sunday the weather cleared and we packed up early so we could visit the works at Pen-y-bryn, which is only ' +
    'open to the public on gala weekends. The restoration of the little Hunslet is coming on well but the boiler is still ' +
    'at the insurers.',
  'Ken has now promised to build a working turntable for our layout before next year. We will hold him to it. The ' +
    'photos from the weekend are on the <a href="photos2004.htm">photo page</a>, and more will go up when Alan gets his film developed.',
  'Many thanks to Margaret for the sandwiches and to the Harwick volunteers for putting up with us again.',
];
const nav = ['Home', 'About the Club', 'Our Layouts', 'Meetings', 'News', 'Photo Gallery', 'Links', 'Guestbook', 'Contact Us'];
const navLine = (t: string): string =>
  `&nbsp;<img src="images/bullet.gif" width="8" height="8"> <a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFCC">${t}</font></a><br>`;
const oldHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Dunmore Valley Model Railway Club - Harwick Gala 2004</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="model railway, narrow gauge, 009, club, Dunmore, Harwick gala">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
</head>
<body bgcolor="#FFFFCC" text="#000000" link="#003300" vlink="#663300" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#336633"><img src="images/banner.gif" width="760" height="90" alt="Dunmore Valley Model Railway Club"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC66"><marquee scrollamount="3"><font face="Verdana" size="2" color="#660000">
<b>Welcome to the DVMRC website!!! Club night every Tuesday 7.30pm at St Cuthbert's Hall</b></font></marquee></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#336633">
<font face="Verdana, Arial, Helvetica" size="2" color="#FFFFFF"><br>&nbsp;<b>MENU</b><br><br>
${nav.map(navLine).join('\n')}
<br><br>&nbsp;<a href="http://www.webring.example/hub?ring=modelrail"><img src="images/webring.gif" border="0" alt="Model Railway Webring"></a><br>
&nbsp;<font size="1">[<a href="http://www.webring.example/go?ring=modelrail;id=42;prev"><font color="#FFFFCC">Prev</font></a>]
[<a href="http://www.webring.example/go?ring=modelrail;id=42;random"><font color="#FFFFCC">Random</font></a>]
[<a href="http://www.webring.example/go?ring=modelrail;id=42;next"><font color="#FFFFCC">Next</font></a>]</font><br><br>
</font></td>
<td width="610" valign="top" bgcolor="#FFFFFF">
<table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica" size="5" color="#336633"><b>Club Trip to the Harwick Narrow Gauge Gala</b></font><br>
<font face="Verdana, Arial, Helvetica" size="1" color="#666666">Written by Derek Holloway, 14th September 2004</font><br><br>
<table align="right" border="1" cellpadding="4" cellspacing="0" bordercolor="#336633"><tr><td align="center">
<a href="images/gala04_big.jpg"><img src="images/gala04_small.jpg" width="200" height="150" border="0" alt="Our layout at Harwick"></a><br>
<font face="Verdana" size="1">Our layout in the goods shed<br>(click for bigger picture)</font></td></tr></table>
<font face="Verdana, Arial, Helvetica" size="2">
<font size="3" color="#336633"><b>The Saturday running day</b></font><br><br>
${saturday.join('<br><br>\n')}<br><br>
<font size="3" color="#336633"><b>Sunday and the works visit</b></font><br><br>
${sunday.join('<br><br>\n')}<br><br>
</font>
<hr size="1" noshade color="#336633">
<font face="Verdana" size="1"><a href="news.htm">&lt;&lt; Back to News</a> | <a href="#top">Top of page</a></font>
</td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF"><br>
You are visitor number <img src="http://counter.example/cgi-bin/count.cgi?df=dvmrc.dat" alt="004217"> 004217 since March 2001<br>
Last updated: 20/09/2004<br>
Best viewed at 800x600 with Internet Explorer 5 or above<br>
© Dunmore Valley Model Railway Club 2001-2004. Webmaster: <a href="mailto:webmaster@dvmrc.example"><font color="#FFFFCC">Alan Pike</font></a>
<br><br></font></td></tr>
</table>
</body></html>`;
const oldSite: TestPage = {
  html: oldHtml,
  name: 'heldout9-table-layout-club',
  kind: 'blog',
  // hard calls: no <p> and no <h1> at all: the big bold <font> line is the title, the two size-3 bold lines are the
  // section headings and the <br><br>-separated runs inside one <font> are the body paragraphs; the marquee, the left
  // menu, the webring, the photo box caption, "Back to News", the hit counter and the footer lines are furniture;
  // "Written by ..." and "Last updated" are bylines (dates of the page)
  title: 'Club Trip to the Harwick Narrow Gauge Gala',
  headings: ['The Saturday running day', 'Sunday and the works visit'],
  body: [...texts(saturday), ...texts(sunday)],
  bylines: ['Written by Derek Holloway, 14th September 2004', 'Last updated: 20/09/2004'],
  furniture: [
    "Welcome to the DVMRC website!!! Club night every Tuesday 7.30pm at St Cuthbert's Hall",
    'MENU',
    ...nav,
    'Prev',
    'Random',
    'Next',
    'Our layout in the goods shed',
    '(click for bigger picture)',
    '<< Back to News',
    'Top of page',
    'You are visitor number',
    '004217 since March 2001',
    'Best viewed at 800x600 with Internet Explorer 5 or above',
    '© Dunmore Valley Model Railway Club 2001-2004. Webmaster:',
    'Alan Pike',
  ],
};

export const HELDOUT9_A: readonly TestPage[] = [newsletter, oldSite];
