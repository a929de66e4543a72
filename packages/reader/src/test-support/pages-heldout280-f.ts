import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout280-kit.js';
import { outlook } from './pages-heldout280-f2.js';

/**
 * Held-out batch 280, file f: a Thunderbird message saved as HTML (the moz-header-part1 / part2 tables with Subject, From,
 * Date and To, the message body with h3 headings, a table and a list, the signature, the quoted agenda under its
 * "wrote:" line and the attachment box) and, from file f2, an Outlook on the web printer-friendly message.
 */
const tSubject = 'Minutes: Ashgrove allotments committee, 2 March';
const tHeads = ['Water troughs', 'Plot allocations', 'Spring open day'];
const tIntro = [
  j(
    'Dear all, here are the minutes of Monday’s meeting in the pavilion. Present: Dennis, Harriet, Kofi, Lorna and Wyn.',
    'Apologies from Beatrix. Please send corrections by Friday, after which I will put a copy on the noticeboard.',
  ),
];
const tWater = [
  j(
    'Kofi reported that the two troughs on the lower path leaked all winter and the meter reading for the quarter was almost',
    'double last year’s. The committee agreed to replace the float valves on both before the water is turned on for the',
    'season on 1 April. Kofi will buy the parts; the cost should be under sixty pounds.',
  ),
  j(
    'Lorna asked whether the top troughs could be fed from the new water butts on the shed roof. Wyn will measure the',
    'gutter run and bring a proposal to the April meeting.',
  ),
];
const tPlots = ['Four plots have become free since the autumn. The waiting list was reviewed and the offers below were agreed:'];
const tTable = [
  'Plot 7 (half)',
  'Sandra Mwangi',
  'Offered 3 March',
  'Plot 12',
  'Ivo and Petra Lindqvist',
  'Offered 3 March',
  'Plot 19 (half)',
  'Colm Ahearne',
  'Offered 3 March',
  'Plot 23',
  'Held for the school garden club',
  'To be confirmed',
];
const tPlots2 = [
  j(
    'Offers stay open for two weeks. If a plot is declined it goes to the next name on the list, and Harriet will write to',
    'everyone still waiting to let them know where they are.',
  ),
];
const tOpen = ['The open day will be on Saturday 25 April, from ten until two. Jobs agreed at the meeting:'];
const tJobs = [
  'Dennis to book the gazebo and ask the parish council for the trestle tables.',
  'Lorna to run the seedling stall and collect spare plants from members in the week before.',
  'Harriet to print the posters and put one in the library, the surgery and the Red Lion.',
  'Kofi and Wyn to clear the path to the pond so visitors can get round safely.',
];
const tOutro = ['The next meeting is on Monday 6 April at 7 pm in the pavilion.'];
const tQuoteAttr = 'On 24/02/2026 18:10, Dennis Argyle wrote:';
const tQuote = j(
  'Agenda for Monday 2 March, 7 pm in the pavilion: 1. Minutes of the January meeting. 2. Water troughs. 3. Plot allocations',
  'from the waiting list. 4. Spring open day. 5. Any other business.',
);
const tSig = ['Harriet Olowe', 'Secretary, Ashgrove Allotments Association', '07700 900 418'];
const row = (label: string, value: string): string =>
  `<tr><th valign="BASELINE" nowrap="nowrap" class="moz-header-display-name"><div class="headerdisplayname">${label}: </div></th><td>${value}</td></tr>`;
const tHtml = `<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>${tSubject}</title>
</head>
<body>
<table class="moz-header-part1 moz-main-header" border="0" cellspacing="0" cellpadding="0" width="100%"><tbody>
${row('Subject', tSubject)}
${row('From', 'Harriet Olowe &lt;harriet.olowe@ashgrove-allotments.example&gt;')}
${row('Date', '03/03/2026, 19:45')}
</tbody></table>
<table class="moz-header-part2 moz-main-header" border="0" cellspacing="0" cellpadding="0" width="100%"><tbody>
${row('To', 'Ashgrove Committee &lt;committee@ashgrove-allotments.example&gt;')}
</tbody></table><br>
<div class="moz-text-html" lang="x-unicode">
${ps(tIntro)}
<h3>${tHeads[0]}</h3>
${ps(tWater)}
<h3>${tHeads[1]}</h3>
${ps(tPlots)}
<table border="1" cellspacing="2" cellpadding="2" width="100%"><tbody>
<tr><td><b>Plot</b></td><td><b>Offered to</b></td><td><b>Status</b></td></tr>
${[0, 3, 6, 9].map((i) => `<tr><td>${tTable[i]}</td><td>${tTable[i + 1]}</td><td>${tTable[i + 2]}</td></tr>`).join('\n')}
</tbody></table>
${ps(tPlots2)}
<h3>${tHeads[2]}</h3>
${ps(tOpen)}
<ul>
${tJobs.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(tOutro)}
<p>Best wishes,<br>
Harriet</p>
<div class="moz-signature">-- <br>
${tSig.join('<br>\n')}</div>
<div class="moz-cite-prefix">${tQuoteAttr}<br>
</div>
<blockquote type="cite" cite="mid:5f2c81a0-3b1e-4d7a@ashgrove-allotments.example">${tQuote}</blockquote>
<br>
</div>
<div class="moz-attachment-box"><fieldset class="moz-mime-attachment-header"><legend class="moz-mime-attachment-header-name">Attachments:</legend>
</fieldset><div class="moz-mime-attachment-wrap"><table class="moz-mime-attachment-table"><tbody><tr><td class="moz-mime-attachment-file">
ashgrove-minutes-2026-03.pdf</td><td class="moz-mime-attachment-size">84.2 KB</td></tr></tbody></table></div></div>
</body>
</html>`;
const thunderbird: TestPage = {
  name: 'heldout280-thunderbird-saved-message-news',
  kind: 'news',
  html: tHtml,
  title: tSubject,
  headings: tHeads,
  body: texts([...tIntro, ...tWater, ...tPlots, ...tTable, ...tPlots2, ...tOpen, ...tJobs, ...tOutro]),
  bylines: ['From: Harriet Olowe <harriet.olowe@ashgrove-allotments.example>', 'Date: 03/03/2026, 19:45', 'Best wishes, Harriet'],
  furniture: [
    'To: Ashgrove Committee <committee@ashgrove-allotments.example>',
    `-- ${tSig.join(' ')}`,
    tQuoteAttr,
    tQuote,
    'Attachments:',
    'ashgrove-minutes-2026-03.pdf',
    '84.2 KB',
  ],
};

export const HELDOUT280_F: readonly TestPage[] = [thunderbird, outlook];
