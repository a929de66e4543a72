import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file f2: a seniors' community centre newsletter as a Mailchimp campaign archive page (the archive's
 * awesomebar with Subscribe / Past Issues / Translate / RSS, the classic template's bodyTable and templateContainer,
 * preheader with "View this email in your browser", header image, mcnTextContent blocks, an mcnCaptionBlock, an mcnButton,
 * the follow block and the footer with the mailing address, preferences and "unsubscribe" lines and the Mailchimp badge).
 */
const title = 'March at the Ashgrove Centre';
const intro = [
  j(
    'Spring is nearly here, and the garden volunteers have already planted the first seed trays in the greenhouse. Thank you to',
    'everyone who came to the February tea dance: we raised \u00A3412 for the new minibus fund.',
  ),
];
const h1 = 'New: Tuesday tech caf\u00E9';
const s1 = [
  j(
    'From 10 March, the library corner becomes a tech caf\u00E9 every Tuesday from 10am to noon. Bring your phone, tablet or laptop',
    'and our volunteers from Ashgrove Sixth Form will help you with video calls, online banking, photos or anything else that is',
    'puzzling you. There is no need to book, and the tea is free.',
  ),
  j('If you do not have a device, we now have four tablets to borrow during the session, thanks to a grant from the Kestrel Lane', 'Community Trust.'),
];
const h2 = 'Chair yoga moves to the main hall';
const s2 = [
  j(
    'Chair yoga has become so popular that we have run out of room in the lounge. From this month the Thursday class will be in the',
    'main hall, which has step-free access from the car park and a hearing loop. The class still starts at 2pm and costs \u00A32.',
  ),
];
const h3 = 'Dates for your diary';
const diary = [
  '<strong>Wednesday 11 March</strong>: Talk on avoiding phone and doorstep scams, with PC Dana Whitlow',
  '<strong>Friday 20 March</strong>: Spring lunch club special, roast chicken and rhubarb crumble (book by 16 March)',
  '<strong>Tuesday 24 March</strong>: Coach trip to Fenmoor Gardens, leaving at 9.30am',
  '<strong>Saturday 28 March</strong>: Quiz night in aid of the minibus fund',
];
const h4 = 'Volunteers wanted';
const s4 = [
  j(
    'We are looking for two more drivers for our Friday shopping trips. You will need a full licence and a couple of hours a week.',
    'Volunteer drivers are covered by the centre\u2019s insurance and we pay mileage. Please speak to Bernadette at reception or',
    'call the office on 01632 960 771.',
  ),
  'As always, thank you for being part of the Ashgrove family. We look forward to seeing you this month.',
];
const text = (inner: string): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;"><tbody
class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0"
style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent"
style="padding: 0px 18px 9px; line-height: 150%;">${inner}</td></tr></tbody></table></td></tr></tbody></table>`;
const html = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Ashgrove News: March 2026"><meta property="og:description" content="Tech caf\u00E9, chair yoga and dates for your diary">
<meta property="og:url" content="https://mailchi.mp/ashgrovecentre/march-2026"><title>Ashgrove News: March 2026</title>
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}#bodyCell{padding:10px;}.templateContainer{max-width:600px !important;}
.mcnTextContent{word-break:break-word;}</style>
<script>var w=window; if (w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){var d=document;AKSB=w.AKSB||{},AKSB.q=AKSB.q||[];}</script>
</head><body><div id="awesomewrap"><div id="awesomebar"><ul id="awesomebar-links"><li><a href="http://eepurl.example/hK3sQ" title="Subscribe">Subscribe</a></li>
<li><a href="https://us14.campaign-archive.example/home/?u=8d1c&amp;id=52f1" title="Past Issues">Past Issues</a></li>
<li class="more-links-a"><a href="#" title="Translate" class="more-links-item">Translate</a></li></ul>
<a href="https://us14.campaign-archive.example/feed?u=8d1c&amp;id=52f1" title="RSS" class="rss">RSS</a></div></div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top"
id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader">${text('<p>Tech caf\u00E9, chair yoga and dates for your diary</p>')}
${text('<a href="https://mailchi.mp/ashgrovecentre/march-2026" target="_blank">View this email in your browser</a>')}</td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock">
<tbody class="mcnImageBlockOuter"><tr>
<td valign="top" class="mcnImageBlockInner">
<img align="center" alt="Ashgrove Seniors Centre" src="https://mcusercontent.example/8d1c/images/logo.png" width="564"
class="mcnImage"></td></tr></tbody></table>${text('<p style="text-align:center;">Issue 34 \u00B7 March 2026</p>')}</td></tr>
<tr><td valign="top" id="templateBody">${text(`<h1>${title}</h1>${ps(intro)}`)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock"><tbody class="mcnCaptionBlockOuter"><tr><td class="mcnCaptionBlockInner"
valign="top" style="padding:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" class="mcnCaptionBottomContent"><tbody><tr><td
class="mcnCaptionBottomImageContent" align="center" valign="top"><img alt="" src="https://mcusercontent.example/8d1c/images/teadance.jpg" width="564"
class="mcnImage"></td></tr><tr><td class="mcnTextContent" valign="top" width="564"><em>Doreen and Frank showing us how the foxtrot is done at the February
tea dance.</em></td></tr></tbody></table></td></tr></tbody></table>
${text(`<h2>${h1}</h2>${ps(s1)}`)}${text(`<h2>${h2}</h2>${ps(s2)}`)}${text(`<h2>${h3}</h2><ul>${lis(diary)}</ul>`)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock"><tbody class="mcnButtonBlockOuter"><tr><td align="center" valign="top"
class="mcnButtonBlockInner"><table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer"><tbody><tr><td align="center" valign="middle"
class="mcnButtonContent"><a class="mcnButton " title="Book lunch club online" href="https://ashgrovecentre.example/lunch" target="_blank">Book lunch club
online</a></td></tr></tbody></table></td></tr></tbody></table>
${text(`<h2>${h4}</h2>${ps(s4)}`)}</td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock">
<tbody class="mcnFollowBlockOuter">
<tr><td align="center" valign="top" class="mcnFollowBlockInner"><a href="https://facebook.example/ashgrovecentre" target="_blank">Facebook</a> <a
href="https://ashgrovecentre.example" target="_blank">Website</a></td></tr></tbody></table>
${text(`<em>Copyright \u00A9 2026 Ashgrove Seniors Centre, All rights reserved.</em><br><br>You are receiving this email because you joined our mailing list at
the centre.<br><br><strong>Our mailing address is:</strong><br><div class="vcard"><span class="org fn">Ashgrove Seniors Centre</span><div class="adr"><div
class="street-address">18 Orchard Road</div><span class="locality">Ashgrove</span> <span class="postal-code">AG4 9TT</span></div></div><br><a
href="https://ashgrovecentre.us14.list-manage.example/vcard?u=8d1c" class="hcard-download">Add us to your address book</a><br><br>Want to change how you
receive these emails?<br>You can <a href="https://ashgrovecentre.us14.list-manage.example/profile?u=8d1c">update your preferences</a> or <a
href="https://ashgrovecentre.us14.list-manage.example/unsubscribe?u=8d1c">unsubscribe from this list</a>.`)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td align="center">
<a href="http://www.mailchimp.example/monkey-rewards/?u=8d1c"
title="Mailchimp Email Marketing" target="_blank"><img src="https://cdn-images.mailchimp.example/monkey_rewards/intuit-mc-rewards-text-dark.svg"
alt="Email Marketing Powered by Intuit Mailchimp" height="40"></a></td></tr></table></td></tr></table></td></tr></table></center>
<script src="https://us14.campaign-archive.example/js/archivebar-desktop.js" type="text/javascript"></script></body></html>`;
export const ashgroveNews: TestPage = {
  name: 'heldout253-mailchimp-seniors-centre-newsletter',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...s1, ...s2, ...diary, ...s4]),
  bylines: ['Issue 34 · March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Past Issues', 'Translate', 'RSS', 'Tech café, chair yoga and dates for your diary', 'View this email in your browser',
    'Doreen and Frank showing us how the foxtrot is done at the February tea dance.', 'Book lunch club online', 'Facebook', 'Website',
    'Copyright © 2026 Ashgrove Seniors Centre, All rights reserved.', 'You are receiving this email because you joined our mailing list at the centre.',
    'Our mailing address is:', 'Ashgrove Seniors Centre', '18 Orchard Road', 'AG4 9TT', 'Add us to your address book',
    'Want to change how you receive these emails?',
    'update your preferences', 'unsubscribe from this list',
  ],
};
