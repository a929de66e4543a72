import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file b2: an agricultural co-op's member newsletter as a Mailchimp campaign archive page (the archive's
 * top bar with Subscribe / Past Issues / Translate / RSS, the preheader with "View this email in your browser", the table
 * layout with mcnTextContent blocks, a captioned image block, a button block, the social follow block and the standard footer).
 */
const cTitle = 'Patronage Checks, a New Grain Leg and Your Annual Meeting Recap';
const cHello = [
  j(
    'Dear members, thank you to everyone who braved the ice to join us at the Grange Hall on February 12 for our 74th annual meeting.',
    'More than 180 member households were represented, the largest turnout since 2019. Here is a summary of what was decided and',
    'what is coming up this spring.',
  ),
];
const cH = ['Patronage dividend', 'Board election results', 'Elm Bend grain leg', 'Spring agronomy dates'];
const cPat = [
  j(
    'The board approved a patronage refund of $1.46 million on the 2025 fiscal year, based on your purchases of feed, fuel, seed and',
    'agronomy services and on grain delivered. Forty percent will be paid in cash and sixty percent retained as equity in your name.',
  ),
  j(
    'Checks will be mailed during the week of March 16. If you have moved or changed your farm entity, please update your details with',
    'the member services office before March 6 so your check goes to the right place.',
  ),
];
const cBoard = [
  j(
    'Members re-elected Arlo Penhallow to a second three-year term in District 2 and elected Rosalind Vey, a dairy producer from',
    'Kettle Prairie, to the District 4 seat vacated by the retirement of Hugh Ansley. The board thanks Hugh for twelve years of',
    'service, including four as chair.',
  ),
];
const cLeg = [
  j(
    'Construction of the new 20,000-bushel-per-hour receiving leg at our Elm Bend elevator will begin in April and is scheduled to be',
    'running by harvest. During construction, Elm Bend will take grain through the old pit only, so expect longer lines in late',
    'April and May. Our Cobb Crossing location will extend its hours on weekdays to help.',
  ),
  j(
    '"The new leg roughly doubles our unloading speed at Elm Bend," said general manager Tobias Reinholt. "When it is done, nobody',
    'should be waiting two hours in a truck line at harvest again."',
  ),
];
const cDates = [
  'March 10: Pre-plant agronomy meeting and lunch, Cobb Crossing office, 11:30 a.m.',
  'March 24: Sprayer calibration clinic at the Elm Bend shop, 9:00 a.m.',
  'April 1: Spring prepay discounts on seed and crop protection end.',
  'April 15: Custom application booking opens for the 2026 season.',
];
const cClose = [
  j(
    'As always, call member services at 555-0142 with questions about your account, equity statement or patronage check. We look',
    'forward to a safe and productive spring.',
  ),
];
const cHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Member News: March 2026</title>
<meta property="og:title" content="Member News: March 2026"><meta property="og:description" content="Patronage checks, board results and spring dates.">
<meta property="og:url" content="https://us12.campaign-archive.example/?u=7ac1&amp;id=39fe">
<meta property="og:image" content="https://mcusercontent.example/logo.png">
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}.mcnTextContent{word-break:break-word;}</style>
<script type="text/javascript">var $mcGoal={"settings":{"uuid":"7ac1","dc":"us12"}};</script></head>
<body><div id="awesomewrap"><div id="awesomebar"><ul id="awesomebar-links"><li><a href="https://eepurl.example/h3Kq">Subscribe</a></li>
<li><a href="https://us12.campaign-archive.example/home/?u=7ac1">Past Issues</a></li><li class="translate"><a href="#">Translate</a></li>
<li><a href="https://us12.campaign-archive.example/feed?u=7ac1" title="RSS">RSS</a></li></ul></div></div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr>
<td valign="top" class="mcnTextBlockInner"><table align="left" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent">
<span class="preheader-text">Patronage checks mail March 16</span></td><td class="mcnTextContent" style="text-align:right;">
<a href="https://us12.campaign-archive.example/?u=7ac1&amp;id=39fe" target="_blank">View this email in your browser</a></td></tr></tbody></table>
</td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock"><tbody class="mcnImageBlockOuter"><tr><td class="mcnImageContent">
<img align="center" alt="Ridgeline Farmers Cooperative" src="https://mcusercontent.example/ridgeline-header.png" width="564" class="mcnImage">
</td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody"><table class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextBlockInner">
<table class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding-top:9px;">
<h4 style="text-align:center;">MEMBER NEWS · MARCH 2026</h4>
<h1>${cTitle}</h1>
${ps(cHello)}
<h2>${cH[0]}</h2>
${ps(cPat)}
</td></tr></tbody></table></td></tr></tbody></table>
<table class="mcnCaptionBlock"><tbody class="mcnCaptionBlockOuter"><tr><td class="mcnCaptionBlockInner">
<table class="mcnCaptionBottomContent"><tbody><tr><td class="mcnCaptionBottomImageContent">
<img alt="" src="https://mcusercontent.example/annual-meeting.jpg" width="564" class="mcnImage"></td></tr>
<tr><td class="mcnTextContent" valign="top">Members vote on the board slate at the 74th annual meeting in Lorne.</td></tr></tbody></table>
</td></tr></tbody></table>
<table class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextBlockInner"><table class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent">
<h2>${cH[1]}</h2>
${ps(cBoard)}
<h2>${cH[2]}</h2>
${ps(cLeg)}
<h2>${cH[3]}</h2>
<ul>${cDates.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(cClose)}
</td></tr></tbody></table></td></tr></tbody></table>
<table class="mcnButtonBlock"><tbody class="mcnButtonBlockOuter"><tr><td class="mcnButtonBlockInner" align="center">
<table class="mcnButtonContentContainer"><tbody><tr><td class="mcnButtonContent"><a class="mcnButton" href="https://ridgelinecoop.example/agronomy">
Register for the agronomy meeting</a></td></tr></tbody></table></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock"><tbody class="mcnFollowBlockOuter"><tr><td class="mcnFollowContent">
<a href="https://www.facebook.example/ridgelinecoop">Facebook</a> <a href="https://ridgelinecoop.example">Website</a></td></tr></tbody></table>
<table class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextBlockInner"><table class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent"><em>Copyright © 2026 Ridgeline Farmers Cooperative, All rights reserved.</em><br>
You are receiving this email because you are a member or patron of Ridgeline Farmers Cooperative.<br><br>
<strong>Our mailing address is:</strong><br>Ridgeline Farmers Cooperative, 400 Depot Street, Lorne, MN 56000<br><br>
Want to change how you receive these emails?<br>You can <a href="https://ridgelinecoop.us12.list-manage.example/profile">update your preferences</a>
or <a href="https://ridgelinecoop.us12.list-manage.example/unsubscribe">unsubscribe from this list</a>.</td></tr></tbody></table>
</td></tr></tbody></table>
<table class="mcnImageBlock"><tbody><tr><td class="mcnImageContent"><a href="http://eepurl.example/monkey-rewards">
<img src="https://cdn-images.mailchimp.example/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit Mailchimp"></a></td></tr></tbody>
</table></td></tr></table></td></tr></table></center>
<script src="https://us12.campaign-archive.example/js/archive.js"></script></body></html>`;
export const coopNews: TestPage = {
  name: 'heldout240-mailchimp-coop-newsletter',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cHello, ...cPat, ...cBoard, ...cLeg, ...cDates, ...cClose]),
  bylines: ['MEMBER NEWS · MARCH 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Past Issues', 'Translate', 'RSS', 'Patronage checks mail March 16', 'View this email in your browser',
    'Members vote on the board slate at the 74th annual meeting in Lorne.', 'Register for the agronomy meeting', 'Facebook', 'Website',
    'Copyright © 2026 Ridgeline Farmers Cooperative, All rights reserved.',
    'You are receiving this email because you are a member or patron of Ridgeline Farmers Cooperative.', 'Our mailing address is:',
    'Ridgeline Farmers Cooperative, 400 Depot Street, Lorne, MN 56000', 'Want to change how you receive these emails?', 'update your preferences',
    'unsubscribe from this list',
  ],
};
