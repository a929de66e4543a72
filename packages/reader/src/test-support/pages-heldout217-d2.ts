import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file d2: an employment tribunal decision page in the Workplace Relations Commission's template
 * (Civic cookie-control banner, bilingual header with "Gaeilge", main menu and search, breadcrumb, the "ADJUDICATION
 * OFFICER DECISION" h1 with the reference, the parties and complaints tables, and the decision text as a table whose rows
 * hold bold section labels ("Summary of Complainant's Case:") followed by rows of paragraphs, the "Dated" and adjudication
 * officer lines, "Key Words", a print link and the footer).
 */
const title = 'ADJUDICATION OFFICER DECISION';
const h = ['Background:', 'Summary of Complainant’s Case:', 'Summary of Respondent’s Case:', 'Findings and Conclusions:', 'Decision:'];
const bg = [
  'The complainant worked as a delivery driver for the respondent, a regional wholesale bakery, from 3 April 2019 until his dismissal ' +
    'on 18 June 2024. He was paid €612 gross per week. He referred a complaint under section 8 of the Unfair Dismissals Act, 1977 on ' +
    '2 August 2024.',
];
const cc = [
  'The complainant said that on 6 June 2024 he was told to attend a meeting with the transport manager, at which he was accused of ' +
    'leaving his van unlocked at a customer’s premises. He was not told in advance what the meeting was about and was not offered ' +
    'the chance to bring a colleague or a union representative.',
  'He accepted that he had left the van unlocked for about ten minutes while making a delivery, but said that other drivers did the ' +
    'same every day and that no stock was lost. He was dismissed by letter twelve days later. The letter did not mention any right ' +
    'of appeal.',
];
const rc = [
  'The respondent said that vehicle security was a core part of the driver’s role and was set out in the driver handbook, which ' +
    'the complainant had signed. A previous written warning for a similar incident was on his file from March 2024.',
  'The respondent accepted that the meeting of 6 June was not described as a disciplinary meeting but said that the complainant knew ' +
    'why he had been called in. It said an appeal would have been heard had he asked for one.',
];
const fc = [
  'Under section 6(1) of the Act, the dismissal of an employee is deemed to be unfair unless there were substantial grounds ' +
    'justifying it. Section 6(7) allows me to have regard to the reasonableness of the employer’s conduct in relation to the dismissal.',
  'I am satisfied that leaving the van unlocked was a breach of the respondent’s rules and that the respondent was entitled to ' +
    'treat it seriously. However, the procedure it followed fell well short of what fair procedures and the Code of Practice on ' +
    'Grievance and Disciplinary Procedures (S.I. No. 146 of 2000) require. The complainant was not told the allegation in advance, ' +
    'was not offered representation, was not given the evidence against him and was not informed of a right of appeal.',
  'I also note that the earlier written warning was issued without any meeting at all. I cannot give it weight.',
  'I find that the dismissal was procedurally unfair. I also find that the complainant contributed to his dismissal to a significant ' +
    'extent, and I have taken that into account in deciding on redress. He found new employment on 2 September 2024 at a slightly ' +
    'lower rate of pay, and I am satisfied he made reasonable efforts to mitigate his loss.',
];
const dec = [
  'Section 8 of the Unfair Dismissals Acts, 1977 – 2015 requires that I make a decision in relation to the complaint in accordance ' +
    'with the relevant redress provisions under section 7 of the Acts.',
  'I decide that the complaint is well founded. I direct the respondent to pay the complainant compensation of €4,900.',
];
const cookie = ['This site uses cookies to store information on your computer.', 'Accept Recommended Settings', 'Cookie Preferences'];
const nav = [
  'Home',
  'Employment Rights',
  'Complaints & Disputes',
  'Inspections',
  'Decisions & Determinations',
  'Publications & Forms',
  'News & Media',
  'About Us',
];
const foot = ['Contact Us', 'Accessibility', 'Privacy Statement', 'Cookie Policy', 'Disclaimer', 'Freedom of Information', 'Sitemap'];
const row = (label: string, paras: readonly string[]): string =>
  `<tr><td colspan="2"><b>${label}</b></td></tr>\n<tr><td colspan="2">${paras.map((t) => `<p>${t}</p>`).join('\n')}</td></tr>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ADJ-00052417 - Workplace Relations Commission</title>
<meta name="description" content="Adjudication Officer Decision ADJ-00052417, Unfair Dismissals Act, 1977.">
<link rel="stylesheet" href="/en/assets/css/wrc.min.css"><script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script>
<script>var config = { apiKey: 'wrc', product: 'PRO_MULTISITE', initialState: 'notify' }; CookieControl.load(config);</script></head>
<body><div id="ccc" class="ccc-notify" role="region"><div id="ccc-notify"><p class="ccc-notify-text">${cookie[0]}</p>
<button class="ccc-notify-button ccc-accept-button">${cookie[1]}</button><button class="ccc-notify-button ccc-link">${cookie[2]}</button></div></div>
<div class="wrapper"><header class="header"><div class="header-top"><a class="logo" href="/en/"><img src="/en/assets/img/wrc-logo.png"
alt="An Coimisiún um Chaidreamh san Áit Oibre | Workplace Relations Commission"></a>
<ul class="header-links"><li><a href="/ga/">Gaeilge</a></li><li><a href="/en/contact_us/">Contact Us</a></li></ul>
<form class="search" action="/en/search/"><input type="text" name="q" placeholder="Search..." aria-label="Search"><input type="submit" value="Go"></form></div>
<nav class="main-menu"><ul>${links(nav)}</ul></nav></header>
<div class="breadcrumbs"><a href="/en/">Home</a> &gt; <a href="/en/cases/">Decisions &amp; Determinations</a> &gt; <span>ADJ-00052417</span></div>
<div class="content"><div class="print-link"><a href="javascript:window.print()">Print</a></div>
<h1>${title}</h1>
<p>Adjudication Reference: ADJ-00052417</p>
<table class="parties" border="1"><tr><th></th><th>Complainant</th><th>Respondent</th></tr>
<tr><td>Parties</td><td>A Delivery Driver</td><td>A Wholesale Bakery</td></tr>
<tr><td>Representatives</td><td>Self-represented</td><td>Niamh Farrelly, Farrelly Staunton Solicitors</td></tr></table>
<p>Complaint(s):</p>
<table class="complaints" border="1"><tr><th>Act</th><th>Complaint/Dispute Reference No.</th><th>Date of Receipt</th></tr>
<tr><td>Complaint seeking adjudication by the Workplace Relations Commission under section 8 of the Unfair Dismissals Act, 1977</td>
<td>CA-00064190-001</td><td>02/08/2024</td></tr></table>
<p>Date of Adjudication Hearing: 21/01/2025</p>
<p>Workplace Relations Commission Adjudication Officer: Siobhán Keville</p>
<p><b>Procedure:</b></p><p>In accordance with Section 41 of the Workplace Relations Act, 2015 following the referral of the complaint to me by the
Director General, I inquired into the complaint and gave the parties an opportunity to be heard by me and to present evidence.</p>
<table class="decision" border="1">
${row(h[0]!, bg)}
${row(h[1]!, cc)}
${row(h[2]!, rc)}
${row(h[3]!, fc)}
${row(h[4]!, dec)}
</table>
<p>Dated: 4th March 2025</p>
<p>Workplace Relations Commission Adjudication Officer: Siobhán Keville</p>
<p><b>Key Words:</b></p><p>Unfair dismissal – fair procedures – contribution – redress</p>
</div>
<footer class="footer"><ul>${links(foot)}</ul>
<p class="footer-address">Workplace Relations Commission, O’Brien Road, Carlow, R93 E920</p>
<p class="copyright">© Workplace Relations Commission 2025</p></footer></div></body></html>`;

export const tribunalDecision: TestPage = {
  html,
  name: 'heldout217-wrc-employment-decision',
  kind: 'docs',
  // the h1 is the page's title; the bold labels of the decision table are the headings; the parties and complaints
  // tables, the reference lines and the standard "Procedure" paragraph are in neither list; the hearing date, the "Dated"
  // line and the adjudication officer lines are bylines; "Key Words" and its line are furniture
  title,
  headings: h,
  body: texts([...bg, ...cc, ...rc, ...fc, ...dec]),
  bylines: ['Date of Adjudication Hearing: 21/01/2025', 'Workplace Relations Commission Adjudication Officer: Siobhán Keville', 'Dated: 4th March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, 'Gaeilge', ...nav, 'Print', 'Key Words:', 'Unfair dismissal – fair procedures – contribution – redress', ...foot,
    'Workplace Relations Commission, O’Brien Road, Carlow, R93 E920', '© Workplace Relations Commission 2025',
  ],
};
