import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout280-kit.js';

/**
 * Held-out batch 280, file f2: an Outlook on the web message in its printer-friendly view (the account name and the
 * subject above rules, the From / Sent / To / Cc / Subject table, the first-contact safety tip, the body as Word HTML
 * re-classed with x_ prefixes inside an rps_ wrapper, with h2 headings, a list and a table, the sender's signature, the
 * forwarded earlier notice under its divRplyFwdMsg header, and the confidentiality footer).
 */
const oSubject = 'Library east wing closure from 16 March';
const oHeads = ['What is closing', 'Where to study instead', 'Getting books and equipment'];
const mso = (t: string): string => `<p class="x_MsoNormal">${t}<o:p></o:p></p>`;
const oIntro = [
  j(
    'Dear colleagues, as announced in January, the refurbishment of the library’s east wing will begin on Monday 16 March.',
    'This message sets out what closes, what stays open and how students can get what they need during the works, which',
    'are expected to last until the start of the summer term.',
  ),
];
const oClosing = [
  j(
    'From 16 March the east wing will be fully closed, including the ground-floor group study rooms, the silent reading',
    'room on the first floor and the east stairwell. The building will remain open through the main entrance, and the',
    'following services are not affected:',
  ),
];
const oOpen = [
  'the issue desk and self-service machines in the west wing;',
  'the twenty-four-hour computer room on the ground floor;',
  'the accessible study room, which moves to room W014 for the duration.',
];
const oStudy = [
  j(
    'To make up for the lost seats, three rooms on campus will be set aside as additional study space. Booking is not',
    'needed; all three have wireless access and power at every desk.',
  ),
];
const oTable = [
  'Hartley Building, room H2.10',
  '64 seats',
  'Mon–Fri, 8:00–21:00',
  'Student Union, first-floor lounge',
  '40 seats',
  'Daily, 9:00–23:00',
  'Engineering Annex, room E105',
  '30 seats',
  'Mon–Fri, 8:00–18:00',
];
const oBooks = [
  j(
    'About eleven thousand volumes from the east wing have been moved to the store on Quarry Lane. They can still be',
    'requested through the catalogue as usual and will be ready for collection at the issue desk within two working days.',
  ),
  j(
    'Laptop loans and the scanning service move to the west wing helpdesk. If you run a class that relies on the group',
    'study rooms, please contact the facilities team before 10 March so that we can find you an alternative room.',
  ),
  j(
    'Noise will be kept to a minimum during the revision weeks in May: the contractor has agreed not to use drills or',
    'saws between 9:00 and 17:00 from 4 May, and the weekly site update will list any work planned near the west wing.',
  ),
  'Thank you for your patience while the work is carried out.',
];
const oSig = ['Northgate Campus Facilities', 'Estates and Facilities Directorate', 'Ext. 4410 | facilities@northgate.example'];
const oFwd = j(
  'The contract for the east wing refurbishment has been awarded and the works are planned to start in the middle of March.',
  'A detailed notice for staff and students will follow closer to the date.',
);
const oFwdHead = [
  'From: Estates Projects <estates.projects@northgate.example>',
  'Sent: Monday, January 19, 2026 4:05 PM',
  'To: All Staff - Northgate Campus <allstaff@northgate.example>',
  'Subject: East wing refurbishment: works to begin in March',
];
const oTip = "You don't often get email from facilities@northgate.example. Learn why this is important";
const oDisc = j(
  'This email and any attachments are confidential and intended solely for the addressee. If you have received it in error,',
  'please notify the sender and delete it. Northgate University is a registered charity, number 1140972.',
);
const hrow = (l: string, v: string): string => `<tr><td class="owaPrintLabel"><b>${l}:</b></td>\n<td class="owaPrintValue">${v}</td></tr>`;
const esc = (s: string): string => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const oHtml = `<!DOCTYPE html><html dir="ltr" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Mail - Felix Oduya - Outlook</title>
<style>body{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;font-size:14px}
.owaPrintLabel{vertical-align:top;padding-right:8px;white-space:nowrap}.rps_3f1a p.x_MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}</style>
<script>window.print && window.addEventListener('load', function () { setTimeout(function () { window.print(); }, 500); });</script></head>
<body class="ms-Fabric" dir="ltr"><div id="owaPrintRoot" class="owaPrint">
<div class="owaPrintAccount" style="font-size:12pt;font-weight:600">Felix Oduya</div><hr tabindex="-1" style="display:inline-block;width:98%">
<div class="owaPrintSubject" style="font-size:16pt;font-weight:600">${oSubject}</div><hr tabindex="-1" style="display:inline-block;width:98%">
<table class="owaPrintHeader" cellspacing="0" cellpadding="0" border="0"><tbody>
${hrow('From', 'Northgate Campus Facilities &lt;facilities@northgate.example&gt;')}
${hrow('Sent', 'Tuesday, March 3, 2026 9:12 AM')}
${hrow('To', 'All Staff - Northgate Campus &lt;allstaff@northgate.example&gt;')}
${hrow('Cc', 'Library Services &lt;library@northgate.example&gt;')}
${hrow('Subject', oSubject)}
</tbody></table><br>
<div class="owaPrintBody allowTextSelection"><div class="rps_3f1a"><div lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<table class="x_MsoNormalTable" border="0" cellspacing="0" cellpadding="0" align="left" width="100%" style="width:100.0%"><tbody><tr>
<td width="100%" style="background:#A6A6A6;padding:5.25pt 1.5pt 5.25pt 1.5pt"><div><p class="x_MsoNormal" style="mso-line-height-alt:11.25pt">
<span style="font-size:9.0pt;color:#212121">You don't often get email from facilities@northgate.example. <a
href="https://aka.example/LearnAboutSenderIdentification">Learn
why this is important</a></span></p></div></td></tr></tbody></table>
<div class="x_WordSection1">
${oIntro.map(mso).join('\n')}
<h2 class="x_MsoHeading2">${oHeads[0]}</h2>
${oClosing.map(mso).join('\n')}
<ul style="margin-top:0cm" type="disc">
${oOpen.map((t) => `<li class="x_MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">${t}<o:p></o:p></li>`).join('\n')}
</ul>
<h2 class="x_MsoHeading2">${oHeads[1]}</h2>
${oStudy.map(mso).join('\n')}
<table class="x_MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"><tbody>
<tr><td valign="top"><p class="x_MsoNormal"><b>Room</b></p></td><td valign="top"><p class="x_MsoNormal"><b>Capacity</b></p></td>
<td valign="top"><p class="x_MsoNormal"><b>Open</b></p></td></tr>
${[0, 3, 6].map((i) => `<tr>${[0, 1, 2].map((k) => `<td valign="top"><p class="x_MsoNormal">${oTable[i + k]}</p></td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2 class="x_MsoHeading2">${oHeads[2]}</h2>
${oBooks.map(mso).join('\n')}
${mso('&nbsp;')}
${mso(`<b><span style="color:#1F3864">${oSig[0]}</span></b>`)}
${mso(oSig[1] ?? '')}
${mso(oSig[2] ?? '')}
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div id="x_divRplyFwdMsg"><p class="x_MsoNormal">
${oFwdHead.map((h) => `<b>${esc(h).replace(':', ':</b>')}`).join('<br>\n')}</p></div>
<div>${mso(oFwd)}</div></div>
${mso('&nbsp;')}
<p class="x_MsoNormal"><span style="font-size:8.0pt;color:gray">${oDisc}</span></p>
</div></div></div></div></div></body></html>`;
export const outlook: TestPage = {
  name: 'heldout280-outlook-web-print-news',
  kind: 'news',
  html: oHtml,
  title: oSubject,
  headings: oHeads,
  body: [...oIntro, ...oClosing, ...oOpen, ...oStudy, ...oTable, ...oBooks],
  bylines: ['From: Northgate Campus Facilities <facilities@northgate.example>', 'Sent: Tuesday, March 3, 2026 9:12 AM', `Subject: ${oSubject}`],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Felix Oduya', 'Cc: Library Services <library@northgate.example>', oTip,
    ...oSig, ...oFwdHead, oFwd, oDisc,
  ],
};
