import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout280-kit.js';
import { substack } from './pages-heldout280-d2.js';

/**
 * Held-out batch 280, file d: a Mailchimp campaign seen through its "view in browser" archive link (the archive bar with
 * Subscribe / Past Issues / Translate / RSS, the hidden preview text, the table template with preheader, logo, the body
 * text blocks with h1 and h2s, an image card with its caption and credit, a button block, the follow block and the footer
 * with copyright, the reason for receiving, the mailing address and the preference links) and, from file d2, the web view
 * of a Substack post e-mail.
 */
const cTitle = 'The March Dispatch: poetry night returns, new shelves, and what we are reading';
const cHeads = ['Poetry night is back', 'New shelves by the window', 'What we are reading'];
const cIntro = [
  j(
    'Dear readers, spring has arrived on Lantern Row a little early this year, and with it a few changes in the shop that we',
    'have been planning since the autumn. Here is the news for March.',
  ),
];
const cPoetry = [
  j(
    'After a winter break, our open poetry evening returns on Thursday 19 March at seven. As before, anyone may read for up',
    'to five minutes, their own work or someone else’s, and the kettle will be on from half past six.',
  ),
  j(
    'This time we have a theme, chosen by last year’s regulars: maps, journeys and getting lost. You do not have to stick',
    'to it, but we suspect most of you will. Seats are free, though we ask you to reserve one, as the back room holds forty.',
  ),
];
const cShelves = [
  j(
    'If you have been in since February you will have seen the new shelving under the front window. It holds our growing',
    'section of books from small presses, which used to live on a single table by the till and kept getting buried under',
    'the newspapers.',
  ),
  j(
    'The shelves were built from the old floorboards of the upstairs room, which we replaced last summer. We are very',
    'pleased with them, and so is the shop cat, who has claimed the lowest one as her own.',
  ),
];
const cReading = [
  'A Ledger of Small Weathers, by Orla Featherstone: short essays on a year of keeping a rain gauge in a city garden.',
  'The Ferryman’s Almanac, by Tomasz Wierbel: a novel set on a river crossing that closes for good in the last chapter.',
  'Salt and Lamplight, by Priya Atterbury: poems about the coast, and the book most often bought as a gift in February.',
];
const cOutro = [
  j(
    'As always, if there is a book you cannot find, ask us and we will order it in, usually within three days. Thank you',
    'for keeping a small bookshop open on a small street.',
  ),
];
const cCaption = 'The new window shelves, built from the old upstairs floorboards.';
const cCredit = 'Photo: Dara Lisk';
const cFoot = [
  'Copyright © 2026 Lantern Row Books, All rights reserved.',
  'You are receiving this email because you signed up in the shop or on our website.',
  'Our mailing address is:',
  'Add us to your address book',
  'Want to change how you receive these emails?',
  'You can update your preferences or unsubscribe from this list.',
];
const cAddr = ['14 Lantern Row', 'Castlebury', 'CB4 9TR', 'United Kingdom'];
const text = (inner: string, id = ''): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"
style="min-width:100%;"${id}><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">
<tbody><tr><td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px; line-height: 150%;">
${inner}
</td></tr></tbody></table></td></tr></tbody></table>`;
const follow = ['Facebook', 'Instagram', 'Website'];
const cHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The March Dispatch</title>
<meta property="og:title" content="The March Dispatch"><meta property="og:description" content="Poetry night returns, new shelves, and what we are reading">
<meta property="og:url" content="https://mailchi.example/lanternrowbooks/march-dispatch">
<meta property="og:image" content="https://mcusercontent.example/shelves.jpg">
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2{display:block;margin:0;padding:0;}#bodyTable{height:100%;}
.mcnPreviewText{display:none !important;}.mcnTextContent{word-break:break-word;}.mcnImage{vertical-align:bottom;}</style>
<script type="text/javascript">var w=window; if (w.performance||w.mozPerformance) { w.mc = w.mc||{}; w.mc.perf = {}; }</script>
<script src="https://us14.campaign-archive.example/js/mailchimp/campaign-archive-bar.js"></script>
</head>
<body>
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0;
overflow:hidden; visibility:hidden; mso-hide:all;">Poetry night returns, new shelves, and what we are reading</span><!--<![endif]-->
<!--*|END:IF|*-->
<div id="awesomewrap"><div id="awesomebar" class="mc-archive-bar"><div id="awesomebar-left"><a href="https://us14.campaign-archive.example/home/?u=7c1"
class="mc-archive-logo" title="Lantern Row Books">Lantern Row Books</a></div><div id="awesomebar-right"><ul>
<li><a href="http://eepurl.example/hT9xQ" class="subscribe">Subscribe</a></li><li><a href="https://us14.campaign-archive.example/home/?u=7c1"
class="past-issues">Past Issues</a></li><li><a href="#" class="translate" title="Translate">Translate</a></li>
<li><a href="https://us14.campaign-archive.example/feed?u=7c1" class="rss">RSS</a></li></ul></div></div></div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell"><!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600"
style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader">${text(
  '<a href="https://mailchi.example/lanternrowbooks/march-dispatch" target="_blank">View this email in your browser</a>',
)}</td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody class="mcnImageBlockOuter">
<tr><td valign="top" style="padding:9px" class="mcnImageBlockInner"><img align="center" alt="Lantern Row Books" src="https://mcusercontent.example/logo.png"
width="300" style="max-width:600px;" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody">${text(`<h1>${cTitle}</h1>
<p style="text-align:center"><em>Issue 14 · March 2026</em></p>\n${ps(cIntro)}`)}
${text(`<h2>${cHeads[0]}</h2>\n${ps(cPoetry)}`)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock"><tbody class="mcnButtonBlockOuter"><tr><td style="padding:0 18px 18px"
valign="top" align="center" class="mcnButtonBlockInner"><table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer"><tbody><tr>
<td align="center" valign="middle" class="mcnButtonContent"><a class="mcnButton" title="Reserve a seat" href="https://lanternrow.example/poetry"
target="_blank">Reserve a seat</a></td></tr></tbody></table></td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageCardBlock"><tbody class="mcnImageCardBlockOuter"><tr>
<td class="mcnImageCardBlockInner" valign="top" style="padding:9px 18px;"><table align="left" border="0" cellpadding="0" cellspacing="0"
class="mcnImageCardBottomContent" width="100%"><tbody><tr><td class="mcnImageCardBottomImageContent" align="left" valign="top">
<img alt="" src="https://mcusercontent.example/shelves.jpg" width="564" style="max-width:1200px;" class="mcnImage"></td></tr>
<tr><td class="mcnTextContent" valign="top" style="padding:9px 18px;color:#757575;font-size:12px;" width="546">${cCaption}<br>
<em>${cCredit}</em></td></tr></tbody></table></td></tr></tbody></table>
${text(`<h2>${cHeads[1]}</h2>\n${ps(cShelves)}`)}
${text(`<h2>${cHeads[2]}</h2>\n<ul>\n${cReading.map((r) => `<li>${r}</li>`).join('\n')}\n</ul>
${ps(cOutro)}\n<p>With best wishes,<br>\nNell and Jonah</p>`)}
</td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock">
<tbody class="mcnFollowBlockOuter">
<tr><td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner"><table class="mcnFollowContentContainer"><tbody><tr><td align="center">
${follow.map((f) => `<a href="https://${f.toLowerCase()}.example/lanternrowbooks" class="mcnFollowContentItem">${f}</a>`).join('\n')}
</td></tr></tbody></table></td></tr></tbody></table>
${text(`<em>${cFoot[0]}</em><br>
${cFoot[1]}<br><br>
<strong>${cFoot[2]}</strong><br>
<div class="vcard"><span class="org fn">Lantern Row Books</span><div class="adr"><div class="street-address">14 Lantern Row</div>
<span class="locality">Castlebury</span>
<span class="postal-code">CB4 9TR</span> <div class="country-name">United Kingdom</div></div><br><a href="https://us14.campaign-archive.example/vcard?u=7c1"
class="hcard-download">${cFoot[3]}</a></div><br><br>
${cFoot[4]}<br>
You can <a href="https://lanternrow.us14.list-manage.example/profile?u=7c1">update your preferences</a> or
<a href="https://lanternrow.us14.list-manage.example/unsubscribe?u=7c1">unsubscribe from this list</a>.<br><br>
<a href="http://www.mailchimp.example/email-referral/?utm_source=freemium_newsletter" title="Mailchimp Email Marketing"><img
src="https://cdn-images.mailchimp.example/monkey_rewards/intuit-mc-rewards-text-dark.png" border="0" alt="Email Marketing Powered by Intuit Mailchimp"
title="Intuit Mailchimp Email Marketing" width="139" height="54"></a>`)}</td></tr>
</table><!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]--></td></tr></table></center>
<script type="text/javascript">window.mc_archive_bar && window.mc_archive_bar.init({"translate":true});</script>
</body></html>`;
const mailchimp: TestPage = {
  name: 'heldout280-mailchimp-campaign-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cIntro, ...cPoetry, ...cShelves, ...cReading, ...cOutro]),
  bylines: ['Issue 14 · March 2026', 'With best wishes, Nell and Jonah'],
  furniture: [
    'Poetry night returns, new shelves, and what we are reading',
    'Lantern Row Books',
    'Subscribe',
    'Past Issues',
    'Translate',
    'RSS',
    'View this email in your browser',
    'Reserve a seat',
    cCaption,
    cCredit,
    ...follow,
    ...cFoot,
    ...cAddr,
  ],
};

export const HELDOUT280_D: readonly TestPage[] = [mailchimp, substack];
