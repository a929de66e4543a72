import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file a1: a BAILII judgment page (the old table header with the logo and the database name, the
 * "You are here" trail, the URL and "Cite as" lines, the [New search] / [Printable PDF version] / [Help] links, the
 * neutral citation block with the parties table, the numbered paragraphs as `<ol>` items with underlined bold headings,
 * and the BAILII footer with its copyright and donation links).
 */
const title = 'Harwood v Penmarric Estates Ltd [2025] EWHC 611 (Ch) (14 March 2025)';
const h = ['Introduction', 'Background', 'The issues', 'Discussion', 'Conclusion'];
const p1 = [
  'This is a claim for a declaration that the Claimant, Mrs Harwood, is entitled to a right of way on foot and with vehicles over a ' +
    'private track running from Tollgate Lane to the rear of her cottage at 3 Quarry Row, Saltash Vale. The Defendant, which owns the ' +
    'land over which the track runs, accepts that a footpath right exists but denies any vehicular right.',
  'I heard the trial over two days. I had evidence from Mrs Harwood, from two of her neighbours and from Mr Gideon Penmarric, a ' +
    'director of the Defendant. I am grateful to counsel on both sides for their clear and economical submissions.',
];
const p2 = [
  'Mrs Harwood bought 3 Quarry Row in 2004. The conveyance by which her predecessors acquired it in 1961 granted a right "to pass ' +
    'and repass over the track coloured brown on the plan". It did not say whether that right was limited to pedestrians.',
  'It is common ground that from at least 1975 the occupiers of the cottage drove cars along the track to park in a yard behind the ' +
    'house. In 2022 the Defendant installed a locked barrier at the Tollgate Lane end and gave Mrs Harwood a key that opens only the ' +
    'pedestrian gate beside it.',
];
const p3 = ['Three issues arise:'];
const issues = [
  'whether, on its true construction, the 1961 grant extends to vehicles;',
  'if it does not, whether a vehicular right has been acquired by prescription under the Prescription Act 1832 or the doctrine of ' + 'lost modern grant; and',
  'whether the barrier amounts to a substantial interference with any right that exists.',
];
const p4 = [
  'The words "to pass and repass" are, on their own, apt to include passage by any means. Counsel for the Defendant argued that the ' +
    'track was only four feet wide in 1961 and could not then have taken a car. The evidence did not bear that out. The 1961 plan ' +
    'shows a width of nine feet, and the aerial photograph from 1963 shows what appears to be a vehicle standing in the yard.',
  'Construing the grant against the background known to the parties at the time, I am satisfied that it was intended to give ' +
    'access to the yard for all ordinary purposes, including with vehicles. That conclusion makes it unnecessary to decide the ' +
    'prescription argument, though I should say that on the evidence of the neighbours I would have found at least twenty years of ' +
    'open vehicular use as of right before the barrier went up.',
  'As to the barrier, the Defendant is entitled to protect its land from trespassers, and a gate is not of itself an unlawful ' +
    'interference. But a gate which the dominant owner cannot open is a different matter. Mr Penmarric accepted in cross-examination ' +
    'that the company had decided not to give Mrs Harwood a key to the vehicle barrier because it wished to "regularise" her use.',
];
const p5 = [
  'I will make a declaration that the Claimant has a right of way with or without vehicles over the whole of the track. The ' +
    'Defendant must either remove the barrier or supply the Claimant with a means of opening it within 28 days.',
  'I will hear the parties on costs and on the form of the order if they cannot agree them.',
];
const nav = ['Home', 'Databases', 'World Law', 'Multidatabase Search', 'Help', 'Feedback'];
const trail = `You are here: BAILII >> Databases >> England and Wales High Court (Chancery Division) Decisions >> ${title}`;
const foot = ['Copyright Policy', 'Disclaimers', 'Privacy Policy', 'Feedback', 'Donate to BAILII'];
const para = (n: number, t: string): string => `<li value="${n}"><p style="text-align:justify">${t}</p></li>`;
const hd = (t: string): string => `<p style="text-align:left"><b><u>${t}</u></b></p>`;
const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${title}</title>
<meta name="citation" content="[2025] EWHC 611 (Ch)"><meta name="date" content="2025-03-14">
<meta name="robots" content="noindex,nofollow"><link rel="stylesheet" href="/bailii.css" type="text/css">
<script type="text/javascript" src="/bailii.js"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-BAILII01"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-BAILII01');</script>
</head>
<body>
<table width="100%" cellspacing="0" cellpadding="0" border="0" class="masthead"><tr>
<td align="left" width="200"><a href="/"><img src="/images/bailii-logo.png" alt="BAILII" width="180" height="68" border="0"></a></td>
<td align="center"><font size="+1"><b>England and Wales High Court (Chancery Division) Decisions</b></font></td>
<td align="right" class="bailii-nav">${nav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join(' | ')}</td>
</tr></table>
<hr>
<small>${trail.replace(/>>/g, '&gt;&gt;')}</small>
<br><small>URL: <i>https://www.bailii.org/ew/cases/EWHC/Ch/2025/611.html</i></small>
<br><small>Cite as: <a href="/cgi-bin/lucy_search_1.cgi?query=%5B2025%5D+EWHC+611+%28Ch%29">[2025] EWHC 611 (Ch)</a></small>
<hr><small>[<a href="/form/search_multidatabase.html">New search</a>] [<a href="/ew/cases/EWHC/Ch/2025/611.pdf">Printable PDF version</a>]
[<a href="/bailii/help/">Help</a>]</small><hr>
<h1>${title}</h1>
<div class="judgment">
<table border="0" width="100%"><tr><td>Neutral Citation Number: [2025] EWHC 611 (Ch)</td></tr>
<tr><td>Case No: PT-2023-000418</td></tr>
<tr><td>IN THE HIGH COURT OF JUSTICE<br>BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES<br>PROPERTY, TRUSTS AND PROBATE LIST (ChD)</td></tr>
<tr><td align="right">Rolls Building, Fetter Lane<br>London, EC4A 1NL</td></tr>
<tr><td align="right">14 March 2025</td></tr></table>
<p align="center">B e f o r e :</p>
<p align="center"><b>MR JUSTICE TREVELYAN</b></p>
<hr width="30%">
<table border="0" width="100%" class="parties"><tr><td align="center">Between:</td></tr>
<tr><td align="center"><b>ALICE HARWOOD</b></td><td align="right"><b>Claimant</b></td></tr>
<tr><td align="center">- and -</td></tr>
<tr><td align="center"><b>PENMARRIC ESTATES LIMITED</b></td><td align="right"><b>Defendant</b></td></tr></table>
<hr width="30%">
<p align="center">Owen Castellan (instructed by Bracewell Tamsin LLP) for the Claimant<br>
Priya Dunmore (instructed by Lytton &amp; Vane) for the Defendant</p>
<p align="center">Hearing dates: 4 and 5 February 2025</p>
<hr>
<p align="center"><b>HTML VERSION OF APPROVED JUDGMENT</b></p>
<hr>
<p align="center"><b>Crown Copyright ©</b></p>
<p>Mr Justice Trevelyan:</p>
${hd(h[0]!)}
<ol>
${para(1, p1[0]!)}
${para(2, p1[1]!)}
</ol>
${hd(h[1]!)}
<ol>
${para(3, p2[0]!)}
${para(4, p2[1]!)}
</ol>
${hd(h[2]!)}
<ol>
<li value="5"><p style="text-align:justify">${p3[0]}</p>
<ol type="i">${issues.map((t) => `<li><p style="text-align:justify">${t}</p></li>`).join('\n')}</ol></li>
</ol>
${hd(h[3]!)}
<ol>
${p4.map((t, i) => para(6 + i, t)).join('\n')}
</ol>
${hd(h[4]!)}
<ol>
${p5.map((t, i) => para(9 + i, t)).join('\n')}
</ol>
</div>
<hr>
<p><small>BAILII: ${foot.map((t) => `<a href="/bailii/${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join(' | ')}</small><br>
<small>URL: <i>https://www.bailii.org/ew/cases/EWHC/Ch/2025/611.html</i></small></p>
</body></html>`;

export const bailiiJudgment: TestPage = {
  html,
  name: 'heldout217-bailii-judgment',
  kind: 'docs',
  // the court header block (citation, case number, court, date, judge), the parties table, counsel and hearing dates, the
  // "APPROVED JUDGMENT" and Crown Copyright lines and the judge's "Mr Justice Trevelyan:" are in neither list except the
  // date and judge lines, which are bylines
  title,
  headings: h,
  body: texts([...p1, ...p2, ...p3, ...issues, ...p4, ...p5]),
  bylines: ['14 March 2025', 'MR JUSTICE TREVELYAN', 'Hearing dates: 4 and 5 February 2025'],
  furniture: [
    ...nav,
    'England and Wales High Court (Chancery Division) Decisions',
    trail,
    'URL: https://www.bailii.org/ew/cases/EWHC/Ch/2025/611.html',
    'Cite as: [2025] EWHC 611 (Ch)',
    '[New search]',
    '[Printable PDF version]',
    '[Help]',
    ...foot.filter((t) => t !== 'Feedback'),
    'Crown Copyright ©',
  ],
};
