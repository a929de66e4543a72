import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file f1: a select committee report chapter on the Parliament publications site (the UK Parliament
 * header with the global menu, the long "You are here" trail, the "Previous / Contents / Next" navigation above and below
 * the chapter, the committee and session lines with the publication date, numbered paragraphs with the number in its own
 * span, a bold conclusion paragraph, footnote references and the footnote list, and the footer links).
 */
const title = 'Delays in the county court: Fourth Report of Session 2024–25';
const h = ['1 Introduction', 'Our inquiry', 'The scale of the backlog', 'Conclusions'];
const para = [
  'The county court deals with more than 1.6 million civil claims a year, from unpaid debts and disputes between landlords and ' +
    'tenants to personal injury claims. For most people who go to law, it is the only civil court they will ever encounter.',
  'In the last five years the time taken to reach a trial in the county court has risen sharply. Witnesses told us of litigants ' +
    'waiting more than a year for a hearing in claims worth a few thousand pounds, and of hearings cancelled on the morning they were ' +
    'due to take place because no judge was available.',
  'We launched this inquiry in October 2024 to examine the causes of these delays, the effect on court users and the steps being ' +
    'taken by HM Courts and Tribunals Service and the Ministry of Justice to reduce them. We received 64 written submissions and held ' +
    'four oral evidence sessions, including with the Minister for Courts.',
  'We are grateful to everyone who gave evidence, and in particular to the court users who described their experiences to us at ' +
    'an informal roundtable in Wrexley in January 2025.',
  'Official statistics show that the mean time from a small claim being issued to its trial was 52 weeks in the third quarter of ' +
    '2024, compared with 37 weeks in 2019. For fast track and multi-track claims the increase was larger still, from 59 weeks to 80 weeks.',
  'The picture varies greatly between hearing centres. In the best-performing centres a small claim reaches trial in about six months; ' +
    'in the worst, users wait nearly two years. The Law Society told us that these differences are now so wide that “where you live ' +
    'decides whether you get justice in time to matter”.',
  'The Ministry of Justice attributed the backlog mainly to the pandemic and to the introduction of a new online case management ' +
    'system, which it said had caused temporary disruption. Several witnesses questioned that account, pointing out that delays had ' +
    'begun to grow before 2020 and have continued to rise since the new system was fully rolled out.',
];
const concl = [
  'Delays in the county court are causing real harm to the people and businesses who depend on it. The Government should publish, ' +
    'within six months, a plan to bring the time to trial for small claims back to pre-2019 levels, with milestones for each ' +
    'hearing centre against which progress can be measured.',
  'We recommend that HM Courts and Tribunals Service publish quarterly data on listing and cancelled hearings for every hearing ' +
    'centre, so that users and their advisers can see where the problems are most acute.',
];
const util = ['Home', 'Parliamentary business', 'MPs, Lords & offices', 'About Parliament', 'Get involved', 'Visiting', 'Education'];
const trail =
  'You are here: Parliament home page > Parliamentary business > Publications and records > Committee publications > All Select ' +
  'Committee Publications > Commons Select Committees > Justice Committee > Delays in the county court';
const pager = ['Previous', 'Contents', 'Next'];
const notes = ['Ministry of Justice, Civil Justice Statistics Quarterly: July to September 2024, table 1.3', 'Q112 [Ruth Anand, The Law Society]'];
const foot = ['A-Z index', 'Glossary', 'Contact us', 'Freedom of Information', 'Jobs', 'Using this website', 'Cookies', 'Accessibility statement'];
const copy = '© Parliamentary copyright 2025';
const pagerHtml = `<div class="pageNav"><ul>${pager
  .map((t) => `<li class="${t.toLowerCase()}"><a href="/pa/cm5805/cmselect/cmjust/412/${t.toLowerCase()}.htm">${t}</a></li>`)
  .join('')}</ul></div>`;
const np = (n: number, t: string, fn = ''): string => `<p class="ParaNumber" id="para${n}"><span class="paraNo">${n}.</span> ${t}${fn}</p>`;
const fn = (n: number): string => `<sup><a class="FootnoteRef" href="#fn${n}" id="fnref${n}">${n}</a></sup>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>House of Commons - ${title} - Justice Committee</title>
<meta name="Date" content="2025-03-11"><meta name="Committee" content="Justice Committee"><meta name="Session" content="2024-25">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/pa/css/cmselect.css" type="text/css">
<script src="https://www.parliament.example/assets/global-header.js"></script></head>
<body><div id="wrapper">
<div id="header"><div class="logo"><a href="https://www.parliament.example/"><img src="/pa/images/uk-parliament-logo.gif" alt="UK Parliament"></a></div>
<ul class="globalNav">${links(util)}</ul></div>
<div id="breadcrumb"><p>${trail.replace(/>/g, '&gt;')}</p></div>
<div id="content-small">
<p class="committee">House of Commons</p><p class="committee">Justice Committee</p>
<h1>${title}</h1>
<p class="date">Date Published: 11 March 2025</p>
${pagerHtml}
<div class="report">
<h2 class="ChapterTitle">${h[0]}</h2>
${np(1, para[0]!)}
${np(2, para[1]!)}
<h3 class="CrossHeading">${h[1]}</h3>
${np(3, para[2]!)}
${np(4, para[3]!)}
<h3 class="CrossHeading">${h[2]}</h3>
${np(5, para[4]!, fn(1))}
${np(6, para[5]!, fn(2))}
${np(7, para[6]!)}
<h3 class="CrossHeading">${h[3]}</h3>
<p class="ParaNumber" id="para8"><span class="paraNo">8.</span> <b>${concl[0]}</b></p>
<p class="ParaNumber" id="para9"><span class="paraNo">9.</span> <b>${concl[1]}</b></p>
<div class="footnotes"><hr>${notes.map((t, i) => `<p class="Footnote" id="fn${i + 1}"><a href="#fnref${i + 1}">${i + 1}</a> ${t}</p>`).join('\n')}</div>
</div>
${pagerHtml}
</div>
<div id="footer"><ul>${links(foot)}</ul><p>${copy}</p></div></div></body></html>`;

export const committeeReport: TestPage = {
  html,
  name: 'heldout217-parliament-committee-report',
  kind: 'docs',
  // the paragraph numbers are part of their paragraphs (body), the footnote marks are not; the footnotes are in neither list; the "House of Commons"
  // and committee lines are furniture and the publication date a byline
  title,
  headings: h,
  body: texts([
    np(1, para[0]!),
    np(2, para[1]!),
    np(3, para[2]!),
    np(4, para[3]!),
    np(5, para[4]!),
    np(6, para[5]!),
    np(7, para[6]!),
    `8. ${concl[0]}`,
    `9. ${concl[1]}`,
  ]),
  bylines: ['Date Published: 11 March 2025'],
  furniture: [...util, trail, 'House of Commons', 'Justice Committee', ...pager, ...foot, copy],
};
