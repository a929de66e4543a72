import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, rowTexts, trs } from './pages-heldout454-kit.js';

/**
 * Held-out batch 454, file e: a school board meeting on Simbli (eBOARDsolutions) with item summaries, recommended actions and
 * votes, and a parish council's minutes on a Community Voice (e-voice.org.uk) site with a payments table.
 */
const sTitle = 'Regular Board Meeting';
const sWhen = ['Thursday, March 11, 2027 6:30 PM', 'Board Room, Crestwater Unified School District Office, 1500 Larkspur Way'];
type SItem = { t: string; sum?: string; rec?: string; vote?: string[] };
const sVote = (a: string, b: string, no = ''): string[] => [
  `Motion made by: ${a}`,
  `Motion seconded by: ${b}`,
  ...['Trustee Arvizu', 'Trustee Blackwood-Sims', 'Trustee Chen-Ortega', 'Trustee Delacroix', 'Trustee Engström'].map(
    (t) => `${t} - ${t === no ? 'No' : 'Yes'}`,
  ),
];
const sSecs: [string, SItem[]][] = [
  ['1. Opening', [{ t: '1.01 Call to Order' }, { t: '1.02 Pledge of Allegiance' }]],
  [
    '2. Recognitions',
    [
      {
        t: '2.01 Crestwater High School Robotics Team, State Finalists',
        sum: j(
          'The Board will recognize the twelve',
          'students and two advisors of Team 4471, who placed second at the state robotics championship in February.',
        ),
      },
    ],
  ],
  [
    '3. Consent Agenda',
    [{ t: '3.01 Approval of Consent Agenda Items', rec: 'Approve the consent agenda items as presented.', vote: sVote('Trustee Delacroix', 'Trustee Arvizu') }],
  ],
  [
    '4. Action Items',
    [
      {
        t: '4.01 Adoption of the 2027-28 Instructional Calendar',
        sum: j(
          'The calendar committee of teachers, classified staff and parents',
          'recommends a first day of school of August 16, 2027, a full week of Thanksgiving break and a last day of June 2, 2028. The',
          'calendar keeps 180 instructional days and adds two professional development days in October and January.',
        ),
        rec: 'Adopt the 2027-28 instructional calendar as recommended by the calendar committee.',
        vote: sVote('Trustee Chen-Ortega', 'Trustee Engström', 'Trustee Blackwood-Sims'),
      },
      {
        t: '4.02 Purchase of Chromebooks for Grades 3 and 6',
        sum: j(
          'Under the device replacement cycle, 1,240 Chromebooks are due',
          'to be replaced this summer. The purchase through the state cooperative contract totals $386,420, paid from the technology bond.',
        ),
        rec: 'Approve the purchase of 1,240 Chromebooks and licenses in the amount of $386,420.',
        vote: sVote('Trustee Arvizu', 'Trustee Delacroix'),
      },
    ],
  ],
  ['5. Adjournment', [{ t: '5.01 Adjourn Meeting' }]],
];
const sLabels = ['Quick Summary / Abstract:', 'Recommended Action:', 'Motion & Voting'];
const sItem = (i: SItem): string => `<div class="AgendaItem"><div class="ItemTitle"><a href="#" class="lnkItem">${i.t}</a></div>
${i.sum === undefined ? '' : `<div class="SectionLabel">${sLabels[0]}</div><div class="ItemDetail">${ps([i.sum])}</div>`}
${i.rec === undefined ? '' : `<div class="SectionLabel">${sLabels[1]}</div><div class="ItemDetail">${ps([i.rec])}</div>`}
${i.vote === undefined ? '' : `<div class="SectionLabel">${esc(sLabels[2] ?? '')}</div><div class="MotionVoting">${ps(i.vote)}</div>`}</div>`;
const sTop = ['Meetings', 'Policies', 'Board', 'Goals', 'Sign In'];
const sItems = sSecs.flatMap(([, is]) => is);
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Simbli - Meeting</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"><link href="/SB_Meetings/css/ViewMeeting.css?v=5.4" rel="stylesheet">
<script src="/Scripts/jquery-3.6.0.min.js"></script><script>var sSchoolID="36030", sMeetingID="18892";</script></head>
<body><form method="post" action="./ViewMeeting.aspx?S=36030&amp;MID=18892" id="form1"><input type="hidden" name="__VIEWSTATE" value="/wEPDwULLTE5MjE2">
<div id="divHeader" class="navbar navbar-default"><div class="container-fluid"><a class="navbar-brand" href="/Index.aspx?S=36030">
<img src="/Images/simbli-logo.svg" alt="Simbli"></a><span class="OrgName">Crestwater Unified School District</span>
<ul class="nav navbar-nav navbar-right">${sTop.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div></div>
<div id="divMain" class="container"><div class="MeetingHeader"><div class="MeetingType"><h1 id="lblMeetingType">${sTitle}</h1></div>
<div id="divMeetingDate">${sWhen[0]}</div><div id="divLocation">${sWhen[1]}</div>
<div class="MeetingButtons"><a class="btn btn-default" href="#">Agenda (PDF)</a><a class="btn btn-default" href="#">Minutes</a>
<a class="btn btn-default" href="#">Print</a></div></div>
<div id="divAgenda" class="Agenda">
${sSecs
  .map(
    ([s, is]) => `<div class="AgendaSection"><div class="SectionTitle"><span class="ItemNumber">${s.replace(/ .*/, '')}</span> ${s.replace(/^\S+ /, '')}</div>
${is.map(sItem).join('\n')}</div>`,
  )
  .join('\n')}
</div></div><div id="divFooter" class="footer"><p>Powered by eBOARDsolutions · Simbli</p><p>© 2027 eBOARDsolutions</p></div></form></body></html>`;
const simbli: TestPage = {
  name: 'heldout454-simbli-school-board',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([s]) => s),
  body: [...sWhen, ...sItems.flatMap((i) => [i.t, ...(i.sum === undefined ? [] : [i.sum]), ...(i.rec === undefined ? [] : [i.rec]), ...(i.vote ?? [])])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Crestwater Unified School District', ...sTop.filter((t) => t !== 'Board'), 'Agenda (PDF)', 'Minutes', 'Print', ...sLabels,
    'Powered by eBOARDsolutions · Simbli',
    '© 2027 eBOARDsolutions',
  ],
};

const vTitle = 'Minutes of the Parish Council Meeting, 9th March 2027';
const vIntro = [
  'Held on Tuesday 9th March 2027 at 7.30pm in Ashcombe Parva Village Hall.',
  'Present: Cllr J Penhallow (Chairman), Cllr M Trethewey, Cllr S Abiodun, Cllr R Lanyon-Hicks, Cllr P Vosper.',
  'In attendance: Mrs K Daubeney (Clerk), Cllr A Rowse (Cornwall Council) and 4 members of the public.',
];
const vMins: [string, string[]][] = [
  ['27/031 Apologies for absence', ['Apologies were received and accepted from Cllr T Nancarrow (work commitments).']],
  ['27/032 Declarations of interest', ['Cllr Trethewey declared a personal interest in item 27/036 as a neighbour of the applicant.']],
  [
    '27/033 Public participation',
    [
      j(
        'A resident of Chapel Row raised the condition of the footpath from the churchyard to Polglaze Lane, which',
        'is very muddy after the winter. The Clerk will report it to the Cornwall Council rights of way team.',
      ),
    ],
  ],
  ['27/034 Minutes of the previous meeting', ['The minutes of the meeting held on 9th February 2027 were approved and signed by the Chairman.']],
  [
    '27/035 Cornwall Councillor’s report',
    [
      j(
        'Cllr Rowse reported that the resurfacing of the B3294 through the village is now planned',
        'for the week of 19th April and that the road will be closed overnight for three nights. Diversion signs will be in place.',
      ),
    ],
  ],
  [
    '27/036 Planning',
    [
      j('PA27/01188 – Two storey extension to the rear, Trewartha Cottage, Chapel Row. Resolved to support the application. Cllr Trethewey', 'did not vote.'),
      'PA27/01240 – Replacement agricultural building, Higher Polglaze Farm. Resolved to support the application.',
    ],
  ],
  [
    '27/037 Playing field',
    [
      j(
        'The annual inspection report was received. Two items were rated medium risk: worn chains on the toddler',
        'swings and a loose board on the bridge of the climbing frame. Resolved that the Clerk obtain quotes for both repairs and that Cllr',
        'Vosper close the bridge until it is repaired.',
      ),
    ],
  ],
  ['27/038 Finance', ['The following payments were approved:']],
  ['27/039 Date of next meeting', ['Tuesday 13th April 2027 at 7.30pm (Annual Parish Meeting at 7.00pm).', 'The meeting closed at 9.05pm.']],
];
const vPay = [
  ['K Daubeney', 'Clerk’s salary, March', '£412.50'],
  ['Ashcombe Parva Village Hall', 'Room hire, February and March', '£36.00'],
  ['Kernow Play Inspections Ltd', 'Annual playground inspection', '£118.80'],
];
const vMenu = ['Home', 'Councillors', 'Meetings', 'Agendas', 'Minutes', 'Planning', 'Finance', 'Village Hall', 'Contact the Clerk'];
const vHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Minutes March 2027 - Ashcombe Parva Parish Council</title><link rel="stylesheet" href="/themes/heritage/style.css" type="text/css" />
<link rel="stylesheet" href="/themes/heritage/print.css" type="text/css" media="print" /></head>
<body id="page-minutes-march-2027"><div id="skip"><a href="#content">Skip to content</a></div><div id="container">
<div id="header"><div id="siteTitle"><a href="/ashcombeparvapc/">Ashcombe Parva Parish Council</a></div><div id="strapline">Serving the parish of Ashcombe Parva
and Polglaze</div></div>
<div id="navigation"><ul id="menu">${links(vMenu)}</ul></div>
<div id="content"><div id="pageTools"><a href="javascript:window.print()">Print this page</a></div>
<h1>${vTitle}</h1>
${ps(vIntro)}
${vMins
  .map(
    ([h, b]) =>
      `<h3>${h}</h3>\n${ps(b)}${
        h.endsWith('Finance')
          ? `\n<table border="1" cellpadding="4"><tr><th>Payee</th><th>Details</th>
<th>Amount</th></tr>${trs(vPay)}</table>`
          : ''
      }`,
  )
  .join('\n')}
<p class="lastUpdated">Page last updated: 15 Mar 2027</p></div>
<div id="footer"><p>Ashcombe Parva Parish Council, c/o The Clerk, 3 Glebe Close, Ashcombe Parva, Cornwall</p>
<p><a href="/ashcombeparvapc/cookies/">Cookies</a> | <a
href="/ashcombeparvapc/accessibility/">Accessibility</a> | <a href="/ashcombeparvapc/sitemap/">Sitemap</a></p>
<p class="cv-credit">This website is hosted free of charge by <a href="https://www.communityvoice.org.uk">Community Voice</a></p></div></div></body></html>`;
const eVoice: TestPage = {
  name: 'heldout454-evoice-parish-minutes',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vMins.map(([h]) => h),
  body: texts([...vIntro, ...vMins.flatMap(([h, b]) => (h.endsWith('Finance') ? [...b, ...rowTexts(vPay)] : b))]),
  bylines: ['Page last updated: 15 Mar 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ashcombe Parva Parish Council', 'Serving the parish of Ashcombe Parva and Polglaze', ...vMenu.filter((m) => !['Minutes',
    'Planning', 'Finance', 'Village Hall'].includes(m)), 'Print this page',
    'Ashcombe Parva Parish Council, c/o The Clerk, 3 Glebe Close, Ashcombe Parva, Cornwall', 'Cookies', 'Accessibility', 'Sitemap',
    'This website is hosted free of charge by Community Voice',
  ],
};

export const HELDOUT454_E: readonly TestPage[] = [simbli, eVoice];
