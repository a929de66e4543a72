import { type TestPage, texts } from './page-kit.js';
import { campaignMonitorWebVersion } from './pages-heldout229-e2.js';

/**
 * Held-out batch 229, file e: a university department's weekly email bulletin in its Mailchimp campaign archive (the
 * awesomebar with Subscribe / Past Issues / Translate / RSS, the hidden preheader, "View this email in your browser", the
 * header image, mcnTextContent blocks with h1, h2 section heads and h3 item heads, a divider, the mcnFollow social links and
 * the footer with copyright, "You are receiving this email because", mailing address and unsubscribe links) and, from file
 * e2, a Campaign Monitor web version of a charity newsletter.
 */
const ubTitle = 'Earth Sciences Bulletin: Week 6, Autumn Term';
const ubIntro = [
  'Welcome to week six. The department is busier than ever this term, with the largest first-year intake in a decade and ' +
    'the new core store finally open in the basement of the Mallory Building. Here is what is happening this week.',
];
const ubH1 = 'News';
const ubH1a = 'New core store opens';
const ubP1 = [
  'The core store in Mallory B04 is now open to all staff and research students. It holds the department’s collection of 2,600 ' +
    'metres of drill core, moved from the off-site warehouse over the summer. Bookings for the viewing tables are through the ' +
    'technical services calendar, and inductions run every Tuesday at 2pm.',
];
const ubH1b = 'Field teaching award for Dr Aoife Kinsella';
const ubP2 = [
  'Congratulations to Dr Aoife Kinsella, who has received the faculty’s award for excellence in field teaching for her redesign ' +
    'of the second-year mapping course on the Ardnagh peninsula. Students praised the new evening data sessions in particular.',
];
const ubH2 = 'Seminars and events';
const ubEvents = [
  'Wednesday 5 November, 4pm, Lecture Theatre 2: Dr Samuel Otieno on sediment pulses after glacial lake outbursts.',
  'Thursday 6 November, 12.30pm, Common Room: postgraduate lunch and poster swap. Food provided.',
  'Friday 7 November, 3pm, Mallory B04: open afternoon at the core store for undergraduates.',
];
const ubH3 = 'Funding and opportunities';
const ubP3 = [
  'The Hartwell Fund is accepting applications for small grants of up to £1,500 for fieldwork by research students. The deadline ' +
    'is Friday 21 November. Applications should include a one-page case and a costed plan.',
  'The outreach team is looking for volunteers to help at the city science festival on 29 November. No experience is needed, and ' +
    'you will be paired with someone who has done it before.',
];
const ubH4 = 'Reminders';
const ubP4 = [
  'Fire alarm testing in the Mallory Building is now on Mondays at 10am, not Wednesdays. Please send items for next week’s ' +
    'bulletin to the department office by noon on Thursday.',
];
const ubBar = ['Subscribe', 'Past Issues', 'Translate', 'RSS'];
const ubPre = 'New core store, a field teaching award, seminars and funding deadlines.';
const ubFollow = ['Website', 'Instagram', 'Bluesky', 'YouTube'];
const ubFoot = [
  'Copyright © 2025 Department of Earth Sciences, University of Castlereagh, All rights reserved.',
  'You are receiving this email because you are a member of staff or a student in the Department of Earth Sciences.',
  'Our mailing address is:',
  'Department of Earth Sciences, Mallory Building, Castlereagh CR2 9EJ',
  'Want to change how you receive these emails?',
  'You can update your preferences or unsubscribe from this list.',
];
const tb = (inner: string): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter">
<tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%"
class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent">${inner}</td></tr></tbody></table></td></tr></tbody></table>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ubHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Earth Sciences Bulletin: Week 6, Autumn Term</title><meta property="og:title" content="${ubTitle}">
<meta property="og:description" content="${ubPre}"><meta property="og:url" content="https://us8.campaign-archive.com/?u=7a1e&amp;id=c40b">
<style type="text/css">#awesomewrap{position:fixed;top:0}.mcnPreviewText{display:none !important}</style>
<script type="text/javascript" src="https://us8.campaign-archive.com/js/archivebar-desktop.js"></script></head>
<body><div id="awesomewrap"><div id="awesomebar"><div id="archivebar-desktop"><a href="https://us8.campaign-archive.com/home/?u=7a1e"
class="mc-logo">Mailchimp</a><ul id="awesomebar-options">${ubBar.map((b) => `<li class="awesomebar-option"><a href="#">${b}</a></li>`).join('')}</ul>
</div></div></div>
<span class="mcnPreviewText" style="display:none;font-size:0;line-height:0;max-height:0;overflow:hidden">${ubPre}</span>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center"
valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top"
id="templatePreheader">${tb('<a href="https://us8.campaign-archive.com/?u=7a1e&amp;id=c40b" target="_blank">View this email in your browser</a>')}</td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody><tr><td class="mcnImageContent">
<img align="center" alt="University of Castlereagh, Department of Earth Sciences" src="https://mcusercontent.com/7a1e/images/banner.png"
width="564" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody">${tb(`<h1>${ubTitle}</h1><p class="issue-date"><em>Monday 3 November 2025</em></p>${ps(ubIntro)}`)}
<table class="mcnDividerBlock" width="100%"><tbody><tr><td class="mcnDividerBlockInner"><table class="mcnDividerContent" width="100%"><tbody><tr><td>
<span></span></td></tr></tbody></table></td></tr></tbody></table>
${tb(`<h2>${ubH1}</h2><h3>${ubH1a}</h3>${ps(ubP1)}<h3>${ubH1b}</h3>${ps(ubP2)}`)}
${tb(`<h2>${ubH2}</h2><ul>${ubEvents.map((e) => `<li>${e}</li>`).join('\n')}</ul>`)}
${tb(`<h2>${ubH3}</h2>${ps(ubP3)}`)}${tb(`<h2>${ubH4}</h2>${ps(ubP4)}`)}</td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tbody><tr><td class="mcnFollowContent">
${ubFollow.map((f) => `<a href="https://example.org/${f.toLowerCase()}" class="mcnFollowText">${f}</a>`).join('\n')}</td></tr></tbody></table>
${tb(`<em>${ubFoot[0]}</em><br><br>${ubFoot[1]}<br><br><strong>${ubFoot[2]}</strong><br>${ubFoot[3]}<br><br>${ubFoot[4]}<br>You can
<a href="https://castlereagh.us8.list-manage.com/profile">update your preferences</a> or
<a href="https://castlereagh.us8.list-manage.com/unsubscribe">unsubscribe from this list</a>.`)}</td></tr>
</table></td></tr></table></center>
<script type="text/javascript">window.dojoRequire(["mojo/signup-forms/Loader"], function (L) { L.start({"baseUrl":"mc.us8.list-manage.com"}) })</script>
</body></html>`;
const bulletin: TestPage = {
  html: ubHtml,
  name: 'heldout229-university-bulletin-mailchimp-archive-news',
  kind: 'news',
  // the bulletin's h2 section heads and h3 item heads are the headings, in order; the events list items are body
  title: ubTitle,
  headings: [ubH1, ubH1a, ubH1b, ubH2, ubH3, ubH4],
  body: texts([...ubIntro, ...ubP1, ...ubP2, ...ubEvents, ...ubP3, ...ubP4]),
  bylines: ['Monday 3 November 2025'],
  furniture: ['Mailchimp', ...ubBar, ubPre, 'View this email in your browser', ...ubFollow, ...ubFoot],
};

export const HELDOUT229_E: readonly TestPage[] = [bulletin, campaignMonitorWebVersion];
