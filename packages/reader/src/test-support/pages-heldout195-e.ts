import { links, type TestPage, texts } from './page-kit.js';
import { govtrackBill } from './pages-heldout195-e2.js';

/**
 * Held-out batch 195, file e: a Local Government and Social Care Ombudsman decision page (cookie banner, the header with
 * "Make a complaint" and search, the main nav, breadcrumb "Decisions", the h1 naming the council and reference, the details
 * list (category, decision, decision date), the "Summary" line, the statement with its headings and numbered paragraphs, the
 * "Investigator's decision on behalf of the Ombudsman" sign-off, the "Print this page" tool, the "Search decisions" side box
 * and the footer) and, from file e2, a GovTrack bill page.
 */
const lgTitle = 'Harrowby Borough Council (24 011 872)';
const lgSummary =
  'Summary: Mr X complained the Council delayed dealing with damp and mould in his council home and did not respond to his complaint. ' +
  'We found fault causing injustice. The Council has agreed to apologise, pay Mr X £650 and review how it tracks repair requests.';
const lgSections: [string, string[]][] = [
  [
    'The complaint',
    [
      'Mr X complained the Council took eleven months to deal with damp and mould in the bedroom of his flat, and failed to reply to his ' +
        'formal complaint. He said his young daughter’s asthma got worse and the family had to sleep in the living room.',
    ],
  ],
  [
    'What I have and have not investigated',
    [
      'I have investigated the Council’s handling of the repairs between January and December 2024, and its complaint handling. I have not ' +
        'investigated the state of the flat before January 2024, as Mr X did not complain about it at the time.',
    ],
  ],
  [
    'How I considered this complaint',
    [
      'I considered evidence provided by Mr X and the Council as well as relevant law, policy and guidance. Mr X and the Council had an ' +
        'opportunity to comment on my draft decision. I considered their comments before making a final decision.',
    ],
  ],
  [
    'What I found',
    [
      'Mr X reported damp in the bedroom in January 2024. The Council’s repairs policy says it will inspect reports of damp within 20 ' +
        'working days. An officer did not inspect until April 2024, and recommended a new extractor fan and treatment of the wall.',
      'The Council raised the work order in April but it was closed in error in June when the contractor changed. Mr X chased the Council ' +
        'four times by telephone. The records show each call, but nobody reopened the order. The work was finally completed in December 2024.',
      'Mr X made a formal complaint in September 2024. The Council did not reply until we contacted it in January 2025.',
      'The delay of around eight months beyond the Council’s own timescale was fault. So was its failure to reply to the complaint. Mr X ' +
        'and his family lived with mould for longer than they should have, and he went to time and trouble chasing the Council.',
    ],
  ],
  [
    'Action',
    [
      'Within one month of my final decision, the Council will apologise to Mr X in writing and pay him £500 for the distress caused and ' +
        '£150 for his time and trouble.',
      'Within three months, the Council will review how closed work orders are checked when a contractor changes, and tell us what it has done.',
    ],
  ],
  ['Decision', ['I have completed my investigation. There was fault by the Council which caused injustice to Mr X.']],
];
const lgSign = 'Investigator’s decision on behalf of the Ombudsman';
const lgDetails = ['Category : Housing', 'Sub Category : Council housing - repairs', 'Decision : Upheld', 'Decision date : 14 Mar 2025'];
const lgNav = ['Make a complaint', 'Decisions', 'Reports', 'Councils', 'Care providers', 'About us', 'News'];
const lgCookie = [
  'We use necessary cookies to make our site work. We would also like to set optional analytics cookies to help us improve it.',
  'Accept cookies',
  'Reject cookies',
];
const lgSide = ['Search decisions', 'Keyword', 'Organisation', 'Search', 'Decision date from', 'Print this page', 'Back to search results'];
const lgFoot = ['Contact us', 'Accessibility', 'Privacy', 'Cookies', 'Terms and conditions', 'Welsh language', 'Jobs'];
const lgStatement = 'The Ombudsman’s final decision published on our website is an anonymised version of the statement sent to the complainant.';
const lgStarts = lgSections.map((_, i) => 1 + lgSections.slice(0, i).reduce((a, [, p]) => a + p.length, 0));
const lgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harrowby Borough Council (24 011 872) - Local Government and Social Care Ombudsman</title>
<meta name="description" content="Summary: Mr X complained the Council delayed dealing with damp and mould in his council home.">
<link rel="canonical" href="https://www.lgo.org.uk/decisions/housing/council-housing-repairs/24-011-872">
<link rel="stylesheet" href="/site/templates/styles/main.css?v=4.12"><script src="/site/templates/scripts/cookie-control.js" defer></script></head>
<body class="template-decision"><div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner"><p>${lgCookie[0]}</p>
<button class="btn">${lgCookie[1]}</button><button class="btn btn--secondary">${lgCookie[2]}</button></div>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/site/templates/img/lgsco-logo.svg" alt="Local Government and Social Care
Ombudsman"></a>
<nav class="site-nav" aria-label="Main"><ul>${links(lgNav, 'site-nav__item')}</ul></nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/decisions">Decisions</a></li>
<li><a href="/decisions/housing">Housing</a></li><li aria-current="page">24 011 872</li></ul></nav>
<main id="main" class="content"><div class="content__main"><article class="decision">
<h1 class="decision__title">${lgTitle}</h1>
<dl class="decision__meta">${lgDetails.map((d) => `<div><dt>${d.split(' : ')[0]}</dt> : <dd>${d.split(' : ')[1]}</dd></div>`).join('\n')}</dl>
<div class="decision__body"><p><strong>${lgSummary}</strong></p>
${lgSections.map(([h, ps], i) => `<h2>${h}</h2>\n<ol start="${lgStarts[i]}">${ps.map((p) => `<li>${p}</li>`).join('\n')}</ol>`).join('\n')}
<p class="decision__signoff"><em>${lgSign}</em></p></div>
<p class="decision__note">${lgStatement}</p></article></div>
<aside class="content__aside"><div class="box box--search"><h2>${lgSide[0]}</h2><form action="/decisions/search"><label>${lgSide[1]}</label><input type="text">
<label>${lgSide[2]}</label><input type="text"><label>${lgSide[4]}</label><input type="date"><button type="submit">${lgSide[3]}</button></form></div>
<ul class="tools"><li><a href="javascript:window.print()">${lgSide[5]}</a></li><li><a href="/decisions/search">${lgSide[6]}</a></li></ul></aside></main>
<footer class="site-footer"><ul>${links(lgFoot)}</ul><p>Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH</p></footer>
<script src="/site/templates/scripts/main.js"></script></body></html>`;
const ombudsman: TestPage = {
  html: lgHtml,
  name: 'heldout195-lgsco-ombudsman-decision',
  kind: 'docs',
  // the bold summary is body; the numbered paragraphs are body; the details list (category, decision, date) is in neither list
  // except the decision date (a byline); the investigator's sign-off is a byline; the anonymisation note is furniture
  title: lgTitle,
  headings: lgSections.map(([h]) => h),
  body: texts([lgSummary, ...lgSections.flatMap(([, ps]) => ps)]),
  bylines: ['14 Mar 2025', lgSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lgCookie, 'Skip to content', ...lgNav, 'Home', 'Housing', '24 011 872', 'Category', 'Sub Category', 'Council housing - repairs', 'Decision date',
    'Upheld', lgStatement, ...lgSide, ...lgFoot, 'Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH',
  ],
};

export const HELDOUT195_E: readonly TestPage[] = [ombudsman, govtrackBill];
