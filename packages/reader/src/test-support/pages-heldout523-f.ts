import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, tidy, trs } from './pages-heldout523-kit.js';

/**
 * Held-out batch 523, file f: a village hire firm's furniture price list in an old table layout (spacer GIFs, font tags, a
 * visitor counter) and a help centre article on Zendesk Guide (Copenhagen theme) about changing or cancelling a booking.
 */
const tTitle = 'Tables, Chairs & Crockery Hire';
const tIntro = j(
  'All prices are for hire from Friday to Monday and include VAT. Crockery and glasses are supplied clean in crates and may be',
  'returned unwashed for a small charge. Orders can be collected from the yard or delivered locally.',
);
const tRows = [
  ['6ft trestle table (seats 6-8)', '£6.00'],
  ['5ft round table (seats 8-10)', '£9.50'],
  ['White folding chair', '£1.60'],
  ['Dinner plate, side plate or bowl (per dozen)', '£3.00'],
  ['Wine glass or pint glass (per dozen)', '£3.50'],
];
const tNotes = [
  'Delivery within 5 miles of Pebsworth: £15. Further afield by arrangement.',
  'Breakages are charged at replacement cost.',
  'Returned unwashed crockery: £1 per crate.',
];
const tSide = ['Home', 'Marquees', 'Tables & Chairs', 'Bouncy Castles', 'How to Book', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pebsworth Party Hire - Tables, Chairs &amp; Crockery</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="table hire, chair hire, crockery hire, Pebsworth">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="3"><img src="images/banner.jpg" width="780" height="120"
 alt="Pebsworth Party Hire - Marquees, Tables, Chairs and Bouncy Castles"></td></tr>
<tr><td width="160" valign="top" bgcolor="#336633"><img src="images/spacer.gif" width="160" height="10"><br>
<table width="150" border="0" cellspacing="2" cellpadding="4" align="center">${tSide
  .map(
    (t) => `<tr><td class="navlink"><a href="${t.length}.htm"><font
 face="Verdana" size="2" color="#FFFFFF"><b>${t.replace(/&/g, '&amp;')}</b></font></a></td></tr>`,
  )
  .join('\n')}</table><br>
<p align="center"><font face="Verdana" size="1" color="#FFFFFF">Call Ken or Mary<br>01632 960 604</font></p></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="610" valign="top"><br><font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<h1><font color="#336633">Tables, Chairs &amp; Crockery Hire</font></h1>
${ps([tIntro])}
<table width="95%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC"><tr bgcolor="#DDEEDD"><td><b>Item</b></td><td><b>Price each</b></td></tr>
${trs(tRows)}</table>
<p><b>Please note:</b></p><ul>${lis(tNotes)}</ul>
<p>To book, ring us or fill in our <a href="booking.htm">booking form</a>. A deposit of 25% secures your order.</p>
<p align="center"><a href="booking.htm"><img src="images/book-now.gif" border="0" alt="Book Now"></a></p>
<hr noshade size="1"><p align="center"><font size="1">Pebsworth Party Hire, The Old Forge, Mill Lane, Pebsworth<br>
Page last updated 12/03/2019<br>You are visitor number <img src="/cgi-bin/counter.pl?df=hire.dat" alt="counter"> since 2004<br>
&copy; Pebsworth Party Hire 2004-2019</font></p></font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout523-table-layout-price-list',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...texts(rowTexts(tRows)), 'Please note:', ...tNotes, 'To book, ring us or fill in our booking form. A deposit of 25% secures your order.'],
  bylines: ['Page last updated 12/03/2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSide, 'Call Ken or Mary', '01632 960 604', 'Pebsworth Party Hire, The Old Forge, Mill Lane, Pebsworth', 'You are visitor number since 2004',
    '© Pebsworth Party Hire 2004-2019',
  ],
};

const zTitle = 'How do I change or cancel my booking?';
const zBody = [
  'You can change most bookings online up to 7 days before your event. Within 7 days, please call us so we can check stock and crew.',
  'Changing your booking',
  'Sign in to your account and open <strong>My bookings</strong>.',
  'Select the booking and choose <strong>Edit items</strong> or <strong>Change date</strong>.',
  'Review the new total and confirm. We will email you an updated confirmation.',
  j(
    'If the new date is not available for everything on your order, we will suggest similar items. A date change is free once;',
    'after that we charge a £20 admin fee.',
  ),
  'Cancelling your booking',
  j(
    'Choose <strong>Cancel booking</strong> on the booking page. Refunds follow our hire terms: deposits are refunded in full',
    'more than 60 days before the event, and are kept within 60 days.',
  ),
];
const zSteps = zBody.slice(2, 5);
const zCrumbs = ['Partyhaus Help Centre', 'Bookings', 'Changes and cancellations'];
const zRel = ['What is your weather policy?', 'When will my deposit be refunded?', 'Can I add items after booking?'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><!-- v26831 --><title>${zTitle} &ndash; Partyhaus Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><link rel="canonical"
 href="https://help.partyhaus.co.uk/hc/en-gb/articles/4410728391057-How-do-I-change-or-cancel-my-booking">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><link rel="stylesheet" media="all"
 href="//static.zdassets.com/hc/assets/application-6a3e0c.css"><link rel="stylesheet" type="text/css"
 href="https://theme.zdassets.com/theme_assets/1290/style.css">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"partyhaus"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="https://theme.zdassets.com/theme_assets/1290/logo.png"
 alt="Partyhaus Help Centre
 home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin"
 role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
${links(zCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query"
 id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-gb/articles/1" class="sidenav-item current-article" aria-current="page">${zTitle}</a></li>${links(zRel.slice(1), '')}</ul></div></div>
</aside><article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://partyhaus.zendesk.com/system/photos/agent.png" alt=""
 class="user-avatar"></div>
<div class="article-meta"><span>Jess Marlowe</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-01-20T11:02:33Z" title="2026-01-20 11:02"
 data-datetime="relative">20 January 2026 11:02</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button-secondary" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
 href="/hc/en-gb/articles/4410728391057/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps([zBody[0] ?? ''])}
<h2>${zBody[1]}</h2><ol>${lis(zSteps)}</ol>${ps([zBody[5] ?? ''])}
<h2>${zBody[6]}</h2>${ps([zBody[7] ?? ''])}</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=x" class="share-facebook"
 aria-label="Facebook"></a></li></ul></div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up"
 aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down" aria-label="This
 article was not helpful" aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">4 out of 5 found this
 helpful</span></small></div><div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div></div>
</footer><div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRel)}</ul>
</section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Partyhaus Event Hire</a><div class="footer-language-selector"></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.co.uk/service/help-center/" target="_blank" rel="nofollow">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.com/hc/assets/en-gb.2e1c3f.js"></script>
<script src="https://theme.zdassets.com/theme_assets/1290/script.js"></script></body></html>`;
const zendeskHelp: TestPage = {
  name: 'heldout523-zendesk-change-booking',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zBody[1] ?? '', zBody[6] ?? ''],
  body: texts(zBody.filter((_, i) => i !== 1 && i !== 6)),
  bylines: ['Jess Marlowe', '20 January 2026 11:02', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zRel, 'Follow', 'Was this article helpful?', 'Yes',
    'No', '4 out of 5 found this helpful', 'Have more questions? Submit a request', 'Related articles', 'Partyhaus Event Hire', 'Powered by Zendesk',
  ],
};

export const HELDOUT523_F: readonly TestPage[] = [tableLayout, zendeskHelp].map(tidy);
