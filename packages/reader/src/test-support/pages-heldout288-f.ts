import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';
import { nextdoor } from './pages-heldout288-f2.js';

/**
 * Held-out batch 288, file f: an allotment society's newsletter as a Mailchimp campaign archive page (the archive's
 * "awesomebar" with Subscribe / Past Issues / Translate / RSS, the preheader with "View this email in your browser", the logo
 * header, mcnText blocks with the h1, h2 headings, a list and a table, an image with caption, the social follow block and the
 * template footer with the mailing address and unsubscribe lines) and, from file f2, a Nextdoor-style public post with replies.
 */
const aTitle = 'Sowing Notes – March 2026';
const aHeads = ['From the chair', 'Work party dates', 'Water is back on', 'Seed swap results', 'Plot inspections'];
const aChair = [
  j(
    'Spring has finally arrived at Cobb Lane, and with it the first broad beans poking through on the lower field. Thank you to',
    'everyone who turned out in February to clear the brambles along the railway fence: it looks better than it has in years.',
  ),
  j(
    'We have four new tenants this month, on plots 12a, 27, 31b and 40. Please say hello if you see them, and do point them towards',
    'the shed for the shared tools. Our waiting list now stands at nineteen names.',
  ),
];
const aWork = [
  'Work parties start at 10am at the main gate. Bring gloves; tea and biscuits are provided.',
  'Saturday 21 March: rebuilding the compost bays by the car park',
  'Sunday 12 April: path edging on the upper field',
  'Saturday 9 May: painting the trading shed',
];
const aWater = [
  j(
    'The mains water was turned back on on 1 March. The leaking trough on the upper field has been repaired, but please remember to',
    'turn taps off fully and not to leave hoses running unattended. Sprinklers are not allowed under the tenancy agreement.',
  ),
];
const aSwap = ['Over sixty members came to the seed swap in the church hall, and we raised £148 for the society. The most popular swaps were:'];
const aRows = [
  ['Tomato ‘Gardener’s Delight’', '41 packets'],
  ['Runner bean ‘Scarlet Emperor’', '33 packets'],
  ['Squash ‘Crown Prince’', '27 packets'],
];
const aInsp = [
  j(
    'The committee will carry out the first plot inspection of the year on Sunday 26 April. We are looking for plots where at least',
    'three quarters of the ground is cultivated or clearly being prepared. If you are struggling because of health or other',
    'commitments, please talk to us before then: we would much rather help than send a letter.',
  ),
  'Happy growing, Maureen Ibbotson, Chair',
];
const aHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle}</title><meta property="og:title" content="${aTitle}"><meta property="og:description" content="Spring has finally arrived at Cobb Lane.">
<meta property="og:url" content="https://us14.campaign-archive.example/?u=a1b2c3&amp;id=7f8e9d"><meta name="twitter:card" content="summary">
<style type="text/css">p{margin:10px 0;padding:0;} table{border-collapse:collapse;} #bodyCell{padding:10px;} .mcnTextContent{word-break:break-word;}</style>
<script src="https://us14.campaign-archive.example/js/archive-bar.js"></script></head>
<body><div id="awesomewrap"><div id="awesomebar" class="archive-bar"><div class="wrap"><div id="awesomebar-logo"><a href="/home/?u=a1b2c3"
title="Cobb Lane Allotment Society">Cobb Lane Allotment Society</a></div><ul class="awesomebar-nav"><li><a
href="/?u=a1b2c3&amp;id=7f8e9d#subscribe">Subscribe</a></li>
<li><a href="/home/?u=a1b2c3">Past Issues</a></li><li class="more-li"><a href="#" id="translate-btn">Translate</a></li>
<li class="rss-li"><a href="https://us14.campaign-archive.example/feed?u=a1b2c3" title="RSS">RSS</a></li></ul></div></div></div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top"
id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">
<table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextBlockInner"><table class="mcnTextContentContainer"><tr>
<td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">
<a href="https://us14.campaign-archive.example/?e=[UNIQID]&amp;u=a1b2c3&amp;id=7f8e9d" target="_blank">View this email in your browser</a></td></tr></table>
</td></tr>
</tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody class="mcnImageBlockOuter"><tr><td class="mcnImageContent"
valign="top"><img align="center" alt="Cobb Lane Allotment Society logo" src="https://mcusercontent.example/a1b2c3/images/logo.png" width="300" class="mcnImage">
</td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody"><table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner">
<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding:0px 18px 9px; line-height:150%;">
<h1>${aTitle}</h1>
<h2>${aHeads[0]}</h2>
${aChair.map((t) => `<p style="line-height:150%;">${t}</p>`).join('\n')}
<h2>${aHeads[1]}</h2>
<p style="line-height:150%;">${aWork[0]}</p>
<ul>${aWork
  .slice(1)
  .map((t) => `<li style="line-height:150%;">${t}</li>`)
  .join('\n')}</ul>
<h2>${aHeads[2]}</h2>
${aWater.map((t) => `<p style="line-height:150%;">${t}</p>`).join('\n')}
</td></tr></tbody></table></td></tr></tbody></table>
<table class="mcnCaptionBlock" width="100%"><tbody class="mcnCaptionBlockOuter"><tr><td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">
<table class="mcnCaptionBottomContent" width="100%"><tbody><tr><td class="mcnCaptionBottomImageContent" align="center" valign="top">
<img alt="" src="https://mcusercontent.example/a1b2c3/images/workparty.jpg" width="564" class="mcnImage"></td></tr>
<tr><td class="mcnTextContent" valign="top" width="564">The February work party by the railway fence. Photo: Gareth Nuttall</td></tr></tbody></table>
</td></tr></tbody></table>
<table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table
class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding:0px 18px 9px; line-height:150%;">
<h2>${aHeads[3]}</h2>
<p style="line-height:150%;">${aSwap[0]}</p>
<table border="1" cellpadding="4" width="100%"><tr><th>Variety</th> <th>Swapped</th></tr>
${aRows.map((r) => `<tr><td>${r[0]}</td> <td>${r[1]}</td></tr>`).join('\n')}</table>
<h2>${aHeads[4]}</h2>
${aInsp.map((t) => `<p style="line-height:150%;">${t}</p>`).join('\n')}
</td></tr></tbody></table></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tbody class="mcnFollowBlockOuter"><tr><td class="mcnFollowContent"
align="center"><a href="https://facebook.example/cobblaneallotments">Facebook</a> <a href="https://cobblane.org.uk">Website</a> <a
href="mailto:secretary@cobblane.org.uk">Email</a>
</td></tr></tbody></table>
<table class="mcnTextBlock" width="100%"><tbody><tr><td valign="top" class="mcnTextContent"
style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">
<em>Copyright © 2026 Cobb Lane Allotment Society, All rights reserved.</em><br>
You are receiving this email because you are a member of Cobb Lane Allotment Society.<br><br>
<strong>Our mailing address is:</strong><br>Cobb Lane Allotment Society, 4 Cobb Lane, Hollinford HF2 9JT<br><br>
Want to change how you receive these emails?<br>You can <a href="#update">update your preferences</a> or <a href="#unsub">unsubscribe from this list</a>.<br>
</td></tr></tbody></table></td></tr></table></td></tr></table></center>
<script>window.archiveBar && archiveBar.init();</script></body></html>`;
const mailchimp: TestPage = {
  name: 'heldout288-mailchimp-allotment-newsletter',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: [...texts([...aChair, ...aWork, ...aWater, ...aSwap]), ...aRows.map((r) => r.join(' ')), ...texts(aInsp)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cobb Lane Allotment Society', 'Subscribe', 'Past Issues', 'Translate', 'RSS', 'View this email in your browser',
    'The February work party by the railway fence. Photo: Gareth Nuttall', 'Facebook', 'Website', 'Email',
    'Copyright © 2026 Cobb Lane Allotment Society, All rights reserved.',
    'You are receiving this email because you are a member of Cobb Lane Allotment Society.', 'Our mailing address is:',
    'Cobb Lane Allotment Society, 4 Cobb Lane, Hollinford HF2 9JT', 'Want to change how you receive these emails?',
    'You can update your preferences or unsubscribe from this list.',
  ],
};

export const HELDOUT288_F: readonly TestPage[] = [mailchimp, nextdoor];
