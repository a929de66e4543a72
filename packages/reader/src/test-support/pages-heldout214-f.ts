import { type TestPage, texts } from './page-kit.js';
import { restaurantStory } from './pages-heldout214-f2.js';

/**
 * Held-out batch 214, file f: a farmers' market newsletter as Mailchimp's campaign archive page shows it (the "awesomebar"
 * with Subscribe, Past Issues, Translate and RSS, the hidden preview text, the "View this email in your browser" preheader,
 * the logo, the issue line, text blocks with headings and a list, an image with its caption block, a button block, the
 * sign-off, the social follow block and the standard footer with copyright, the reason for receiving, the mailing address,
 * preference and unsubscribe links and the Mailchimp badge) and, from file f2, a restaurant's own story-and-menu page.
 */
const fmTitle = 'Spring is here (nearly): what’s new at the market this Saturday';
const fmIntro = [
  'Hello market friends,',
  'The first purple sprouting broccoli has arrived, the daffodils are out along the river path, and after a very muddy February ' +
    'the car park has finally been resurfaced. This Saturday is also the first market of the year with our full line-up of 34 ' +
    'stalls, so come hungry and bring a big bag.',
];
const fmH1 = 'New this week';
const fmNew = [
  'Hollin Bank Dairy joins us for the first time with raw-milk cheddar, a washed-rind cheese called Little Hollin and fresh ' +
    'yoghurt in returnable glass jars.',
  'Two Spoons Bakery is back from its winter break with hot cross buns (from 7 March, not a day earlier, they insist) and the ' +
    'seeded spelt loaf that sold out in an hour last October.',
  'Wild garlic, foraged under licence by Moss & Fern, will be available for the next four to six weeks, depending on the weather.',
];
const fmH2 = 'Grower spotlight: Teasel Farm';
const fmSpot = [
  'Anya and Joe Lindqvist took on three acres at Teasel Farm in 2021 with no tractor, no polytunnel and, in Joe’s words, “a lot ' +
    'of enthusiasm and not much else”. Five years on they grow more than forty crops using no-dig methods, supply two restaurants ' +
    'in town and have one of the busiest stalls at the market.',
  'This month they have the last of their stored squash and beetroot, the first forced rhubarb and a small amount of new-season ' +
    'salad leaves from the polytunnel they finally built last summer. Anya recommends roasting the rhubarb with orange and ' +
    'serving it with Hollin Bank’s yoghurt, which seems like a very good idea to us.',
];
const fmH3 = 'Market notes';
const fmNotes = [
  'Opening hours are 9am to 1pm. Please do not arrive before 8.45am, as stallholders are still setting up.',
  'Dogs on short leads are welcome. There is a water bowl at the information tent.',
  'Bring your own bags and containers where you can. Several stalls now offer a discount for refills.',
  'The cash machine by the bandstand is out of action, but all but two stalls now take cards.',
];
const fmOutro = [
  'Finally, we are looking for two volunteers to help at the information tent on the first Saturday of each month. It is two ' +
    'hours of chatting, handing out maps and drinking free coffee from the Brew Cart. Reply to this email if you are interested.',
  'See you on Saturday,',
];
const fmSign = 'Nora Whitcombe, Market Manager';
const fmIssue = 'Issue 211 · Saturday 14 March 2026';
const fmBar = ['Subscribe', 'Past Issues', 'Translate', 'RSS'];
const fmPreview = 'Hollin Bank Dairy joins us, wild garlic is back, and a spotlight on Teasel Farm.';
const fmCaption = 'Early rhubarb and the last of the squash at the Teasel Farm stall.';
const fmButton = 'See the full stall list';
const fmSocial = ['Facebook', 'Instagram', 'Website'];
const fmFoot = [
  'Copyright © 2026 Riverside Farmers’ Market CIC, All rights reserved.',
  'You are receiving this email because you signed up at the market or on our website.',
  'Our mailing address is:',
  'Riverside Farmers’ Market CIC',
  'The Old Boathouse, Quay Road',
  'Bewdley, Worcestershire DY12 2AQ',
  'United Kingdom',
  'Add us to your address book',
  'Want to change how you receive these emails?',
  'You can update your preferences or unsubscribe from this list.',
];
const fmAmp = (t: string): string => t.replace(/&/g, '&amp;');
const fmBlock = (inner: string): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0"
cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">
${inner}
</td></tr></tbody></table></td></tr></tbody></table>`;
const fmPs = (a: readonly string[]): string => a.map((p) => `<p>${fmAmp(p)}</p>`).join('\n');
const fmHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<!-- NAME: 1 COLUMN --><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1">
<title>Spring is here (nearly): what's new at the market this Saturday</title><meta property="og:title" content="Spring is here (nearly)">
<meta property="og:description" content="${fmPreview}"><meta property="og:url" content="https://mailchi.mp/riversidemarket/spring-is-here-nearly">
<style type="text/css">p{margin:10px
0;padding:0;}table{border-collapse:collapse;}h1,h2,h3{display:block;margin:0;padding:0;}#awesomewrap{position:fixed;}</style>
<script type="text/javascript">var SHARE_CONFIG = {"campaign_id":"e7a2c1b904","list_id":"4d81f0a2c3"};</script></head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA;">
<div id="awesomewrap"><div id="awesomebar"><a href="https://mailchimp.com/?utm_source=freemium_newsletter" id="awesomebar-logo" title="Mailchimp">
<img src="https://cdn-images.mailchimp.example/awesomebar-sprite.png" alt="Mailchimp"></a><ul class="awesomebar-nav">
<li class="first"><a href="http://eepurl.example/iQx8Tz" title="Subscribe to email updates">${fmBar[0]}</a></li>
<li class="more"><a href="https://us14.campaign-archive.example/home/?u=8c2f&amp;id=4d81f0a2c3" title="View past issues">${fmBar[1]}</a></li>
<li class="translate"><a href="#" title="Translate this email">${fmBar[2]}</a></li>
<li class="rss"><a href="https://us14.campaign-archive.example/feed?u=8c2f&amp;id=4d81f0a2c3" title="RSS Feed">${fmBar[3]}</a></li></ul></div></div>
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0;
overflow:hidden; visibility:hidden; mso-hide:all;">${fmPreview}</span><!--<![endif]-->
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top"
id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">
${fmBlock(`<p style="text-align:right;"><a href="https://mailchi.mp/riversidemarket/spring-is-here-nearly"
target="_blank">View this email in your browser</a></p>`)}
</td></tr><tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody
class="mcnImageBlockOuter">
<tr><td valign="top" style="padding:9px" class="mcnImageBlockInner"><img align="center" alt="Riverside Farmers' Market"
src="https://mcusercontent.example/8c2f/images/market-logo.png" width="300" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody">
${fmBlock(`<p style="text-align:center;"><span style="font-size:12px"><em>${fmIssue}</em></span></p>\n<h1>${fmTitle}</h1>\n${fmPs(fmIntro)}`)}
${fmBlock(`<h2>${fmH1}</h2>\n<ul>\n${fmNew.map((t) => `<li>${fmAmp(t)}</li>`).join('\n')}\n</ul>`)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock"><tbody class="mcnCaptionBlockOuter"><tr>
<td class="mcnCaptionBlockInner" valign="top" style="padding:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0"
class="mcnCaptionBottomContent">
<tbody><tr><td class="mcnCaptionBottomImageContent" align="center" valign="top" style="padding:0 9px 9px 9px;"><img alt=""
src="https://mcusercontent.example/8c2f/images/teasel.jpg"
width="564" class="mcnImage"></td></tr><tr><td class="mcnTextContent" valign="top" style="padding:0 9px 0 9px;"
width="564">${fmCaption}</td></tr></tbody></table>
</td></tr></tbody></table>
${fmBlock(`<h2>${fmH2}</h2>\n${fmPs(fmSpot)}`)}
${fmBlock(`<h3>${fmH3}</h3>\n<ul>\n${fmNotes.map((t) => `<li>${fmAmp(t)}</li>`).join('\n')}\n</ul>`)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock"><tbody class="mcnButtonBlockOuter"><tr><td style="padding:0 18px
18px 18px;"
valign="top" align="center" class="mcnButtonBlockInner"><table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer"><tbody><tr>
<td align="center" valign="middle" class="mcnButtonContent"><a class="mcnButton" title="${fmButton}" href="https://riversidemarket.example/stalls"
target="_blank">${fmButton}</a></td></tr></tbody></table></td></tr></tbody></table>
${fmBlock(`${fmPs(fmOutro)}\n<p><strong>${fmSign}</strong></p>`)}
</td></tr><tr><td valign="top" id="templateFooter">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock"><tbody class="mcnFollowBlockOuter"><tr><td align="center" valign="top"
class="mcnFollowBlockInner"><table class="mcnFollowContentContainer"><tbody><tr>
${fmSocial
  .map(
    (s) => `<td class="mcnFollowContentItem"><a href="#" target="_blank"><img src="https://cdn-images.mailchimp.example/icons/${s}.png"
alt="${s}"></a>
<a href="#" target="_blank" class="mcnFollowText">${s}</a></td>`,
  )
  .join('\n')}</tr></tbody></table></td></tr></tbody></table>
${fmBlock(`<em>${fmFoot[0]}</em><br>${fmFoot[1]}<br><br><strong>${fmFoot[2]}</strong><br><div class="vcard"><span class="org fn">${fmFoot[3]}</span>
<div class="adr"><div class="street-address">${fmFoot[4]}</div><span class="locality">${fmFoot[5]}</span><div class="country-name">${fmFoot[6]}</div></div><br>
<a href="https://riversidemarket.us14.list-manage.example/vcard?u=8c2f" class="hcard-download">${fmFoot[7]}</a></div><br><br>${fmFoot[8]}<br>You can
<a href="https://riversidemarket.us14.list-manage.example/profile?u=8c2f">update your preferences</a> or <a
href="https://riversidemarket.us14.list-manage.example/unsubscribe">
unsubscribe from this list</a>.<br><br><a href="http://www.mailchimp.example/email-referral/" title="Mailchimp Email Marketing"><img
src="https://cdn-images.mailchimp.example/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit Mailchimp"></a>`)}
</td></tr></table></td></tr></table></center>
<script src="https://us14.campaign-archive.example/js/archivebar-desktop-plugins.js" type="text/javascript"></script></body></html>`;

const market: TestPage = {
  html: fmHtml,
  name: 'heldout214-mailchimp-market-newsletter',
  kind: 'news',
  // the greeting and closing lines are body; the issue line and the signed-off name are bylines; the hidden preview text, the
  // image caption, the button and the footer are furniture
  title: fmTitle,
  headings: [fmH1, fmH2, fmH3],
  body: texts([...fmIntro, ...fmNew, ...fmSpot, ...fmNotes, ...fmOutro]),
  bylines: [fmIssue, fmSign],
  furniture: [...fmBar, fmPreview, 'View this email in your browser', fmCaption, fmButton, ...fmSocial, ...fmFoot],
};

export const HELDOUT214_F: readonly TestPage[] = [market, restaurantStory];
