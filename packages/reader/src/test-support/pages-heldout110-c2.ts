import { type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file c2: a newsletter issue as its Mailchimp campaign archive page shows it (the archive's top bar
 * with "Subscribe", "Past Issues", "Translate" and "RSS", the email's preheader with "View this email in your browser" and
 * "Forwarded this email?", the header image, social follow icons, a sponsor block, the footer with the mailing address,
 * "update your preferences or unsubscribe from this list" and the "Email Marketing Powered by Mailchimp" badge).
 */
const title = 'Issue 84: Garlic goes in, and what the frost taught me';
const intro = paras(`
Hello from a very muddy plot 14. The first proper frost arrived on Tuesday night, two weeks earlier than last year, and it has
sorted out which of my autumn crops were worth the bother.

This week: planting garlic, what the frost did to my late beans, and a reader question about leaf mould.`);
const h1 = 'Garlic goes in';
const p1 = paras(`
I planted two varieties this year: a softneck called Cordelle, which keeps well into spring, and a hardneck, Purple Moss, which
has the better flavour but only lasts until about February.

Split the bulbs into cloves the day you plant, not before, and push each one in with the pointed end up so the tip sits about
two centimetres below the surface. I space them fifteen centimetres apart in rows thirty centimetres apart. On our heavy clay
I add a handful of grit under each clove, which stops them sitting in water over winter.`);
const h2 = 'What the frost taught me';
const p2 = paras(`
I sowed a late row of French beans in August, hoping for a last picking in October. I got about six beans before the frost
blackened the lot. Lesson learned: anything tender sown after midsummer is a gamble on our site, which sits in a frost pocket
at the bottom of the slope.

The winners were the things I almost didn't bother with:`);
const wins = ['Kale, which tastes sweeter after a frost', 'Leeks, which don’t mind it at all', 'Parsnips, which I’ll start lifting at Christmas'];
const h3 = 'Reader question: is leaf mould worth it?';
const p3 = paras(`
Amira from plot 31 asked whether it's worth making leaf mould when the council collects leaves anyway. My answer is yes, if you
have the space. Pack wet leaves into a bin bag, poke a few holes in it and leave it behind the shed. In two years you'll have
the best seed-sowing mix you can get, for free.

That's all for this week. Reply to this email if you have a question for the next issue. I read every one.

Happy digging,<br>
Polly`);
const sponsor = 'This issue is supported by Thornfield Seeds. Allotment Letter readers get 15% off with the code PLOT84.';
const top = ['Subscribe', 'Past Issues', 'Translate', 'RSS'];
const pre = ['Garlic, frost and leaf mould', 'View this email in your browser', 'Forwarded this email? Subscribe here for more'];
const social = ['Instagram', 'Website', 'Email'];
const foot = [
  'Copyright © 2026 The Allotment Letter, All rights reserved.',
  'You are receiving this email because you signed up at allotmentletter.example.',
  'Our mailing address is:',
  'The Allotment Letter, 4 Kiln Row, Ashby Parva, LE17 5QT, United Kingdom',
  'Add us to your address book',
  'Want to change how you receive these emails?',
  'You can update your preferences or unsubscribe from this list.',
];
const txt = (inner: string): string => `<tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
<table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding:0px 18px 9px;color:#333333;font-family:Georgia,serif;font-size:16px;line-height:150%;">
${inner}</td></tr></tbody></table></td></tr>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p style="margin:10px 0;">${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta property="og:title" content="${title}"><meta property="og:description" content="Garlic, frost and leaf mould">
<meta property="og:url" content="https://mailchi.mp/allotmentletter/issue-84"><meta property="og:image" content="https://mcusercontent.example/header.png">
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}
.mcnPreviewText{display:none !important;}</style>
<script>var $mcGlobals={"uid":"a91b2c","aid":"77e0d3","fid":"1440"};</script>
<script src="https://us21.list-manage.com/js/archive-bar.js"></script></head>
<body style="height:100%;margin:0;padding:0;width:100%;">
<div id="awesomewrap"><div id="awesomebar"><a class="archive-bar__logo" href="https://mailchimp.com/?utm_source=campaign_archive" title="Mailchimp"></a>
<ul id="awesomebar-links">${top.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div></div>
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;
overflow:hidden;visibility:hidden;mso-hide:all;">${pre[0]}</span><!--<![endif]-->
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter"><tr>
<td class="mcnTextContent" style="text-align:center;font-size:11px;"><a href="https://mailchi.mp/allotmentletter/issue-84" target="_blank">${pre[1]}</a><br>
<a href="https://allotmentletter.example/subscribe">${pre[2]}</a></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody><tr><td class="mcnImageContent">
<img align="center" alt="The Allotment Letter" src="https://mcusercontent.example/header.png" width="564" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody"><table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter">
${txt(`<h1 style="font-size:26px;">${title}</h1>\n${ps(intro)}`)}
${txt(`<h2>${h1}</h2>\n${ps(p1)}`)}
${txt(`<h2>${h2}</h2>\n${ps(p2)}\n<ul>${lis(wins)}</ul>`)}
<tr><td class="mcnBoxedTextBlockInner"><table class="mcnBoxedTextContentContainer" style="background-color:#EEF4E6;"><tbody><tr>
<td class="mcnTextContent" style="padding:18px;"><p style="font-size:12px;text-transform:uppercase;">Sponsor</p><p>${sponsor}</p>
<a class="mcnButton" href="https://thornfieldseeds.example/?code=PLOT84">Shop the winter range</a></td></tr></tbody></table></td></tr>
${txt(`<h2>${h3}</h2>\n${ps(p3)}`)}
</tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tbody><tr><td class="mcnFollowContent">
${social
  .map(
    (t) => `<a href="#" class="mcnFollowIcon"><img alt="${t}" src="https://cdn-images.mailchimp.com/icons/social-block-v2/${t}.png"></a>
<a href="#" class="mcnFollowText">${t}</a>`,
  )
  .join('\n')}</td></tr></tbody></table>
<table class="mcnTextBlock" width="100%"><tbody><tr><td class="mcnTextContent" style="font-size:12px;text-align:center;">
<em>${foot[0]}</em><br>${foot[1]}<br><br><strong>${foot[2]}</strong><br>${foot[3]}<br><br><a href="#">${foot[4]}</a><br><br>${foot[5]}<br>
You can <a href="https://allotmentletter.us21.list-manage.com/profile">update your preferences</a> or
<a href="https://allotmentletter.us21.list-manage.com/unsubscribe">unsubscribe from this list</a>.<br><br>
<a href="http://www.mailchimp.com/email-referral/" title="Mailchimp - email marketing made easy and fun">
<img alt="Email Marketing Powered by Mailchimp" src="https://eep.io/mc-cdn-images/template_images/gallery/intuit-mc-rewards-text-dark.svg"></a>
</td></tr></tbody></table></td></tr></table></td></tr></table></center>
<script>archiveBar.init();</script></body></html>`;
export const newsletterPage: TestPage = {
  html,
  name: 'heldout110-mailchimp-newsletter-archive',
  kind: 'blog',
  // the issue's h1 in the email body is the title; the sign-off ("Happy digging, Polly") is a body paragraph; the hidden
  // preview text, the sponsor block and its label, the follow links and the whole email footer are furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...p1, ...p2, ...wins, ...p3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...top, ...pre, 'Sponsor', sponsor, 'Shop the winter range', ...social, ...foot],
};
