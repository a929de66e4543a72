import { links, ps, type TestPage, texts } from './page-kit.js';
import { msForms } from './pages-heldout442-b2.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file b: a SurveyMonkey survey page (survey header with logo, page title and description, numbered
 * questions in fieldsets with their choices, a matrix question, the progress bar, Next button, the "Powered by SurveyMonkey"
 * footer with its promo, and the privacy links) and, from file b2, a Microsoft Forms page.
 */
const sTitle = 'Westmarch Libraries: How Do You Read Now?';
const sPageTitle = 'Your reading and your library';
const sIntro = [
  j(
    'Westmarch Libraries is planning its services for the next four years, and we want to start with the people who use them and the',
    'people who have stopped. Whether you borrow every week or have not been inside a branch since the pandemic, your answers count.',
  ),
  j(
    'The survey has ten questions on this page and a short second page about opening hours. Nothing you write will be linked to your',
    'library card. A paper copy is available at every branch counter and from the mobile library.',
  ),
  j(
    'The survey closes on 14 April. Everyone who completes it can enter a draw for one of twenty book tokens, and the results will be',
    'presented to the council’s communities committee in June alongside the draft library strategy.',
  ),
];
type SQ = [string, string, string[]];
const sQs: SQ[] = [
  ['How often do you visit a Westmarch library branch?', '', ['Every week', 'Once or twice a month', 'A few times a year', 'Not in the last year']],
  [
    'Which of these have you used in the last twelve months?',
    'Select all that apply.',
    ['Borrowing printed books', 'E-books and e-audiobooks through the app', 'Public computers and printing', 'Children’s rhyme time or homework club'],
  ],
  [
    'If you read e-books, where do you get most of them?',
    '',
    ['From the library app', 'Bought from an online shop', 'Free classics from other websites', 'I do not read e-books'],
  ],
  [
    'What would make you visit more often?',
    j(
      'We have heard requests for later opening, a quiet study room, more large-print titles and a café. We cannot afford all of them,',
      'so please choose the two that would matter most to you.',
    ),
    ['Later opening on weekdays', 'A bookable quiet study room', 'More large-print and audio titles', 'A café or drinks machine', 'Better parking'],
  ],
  ['Is there a book, service or event you wish we offered?', 'Tell us in your own words.', []],
];
const sMatrixQ = 'How satisfied are you with each of the following?';
const sMatrixRows = ['The choice of books at your branch', 'Reservation waiting times', 'Helpfulness of staff', 'The library app'];
const sMatrixCols = ['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied', 'Very dissatisfied'];
const sFoot = ['Privacy & Cookie Notice', 'Terms of Use'];
const sQ = ([q, help, opts]: SQ, n: number): string => `<div class="question-row clearfix"><div data-question-id="71832${n}"
class="question-container question-multiple-choice-radio"><fieldset class="question-fieldset"><legend class="question-legend">
<h4 class="question-title-container"><span class="question-number notranslate">${n}<span class="question-dot">.</span></span>
<span class="user-generated notranslate">${q}</span></h4></legend>
${help === '' ? '' : `<div class="question-description user-generated">${help}</div>`}
<div class="question-body clearfix notranslate">${
  opts.length === 0
    ? '<textarea class="textarea wds-input" rows="3" aria-label="Comment"></textarea>'
    : `<div class="answer-option-col">${opts
        .map(
          (o, i) => `<div class="answer-option-cell"><div class="radio-button-container"><input type="radio" id="o${n}${i}" class="radio-button-input">
<label for="o${n}${i}" class="answer-label radio-button-label"><span class="radio-button-label-text question-body-font-theme user-generated">${o}</span>
</label></div></div>`,
        )
        .join('\n')}</div>`
}</div></fieldset></div></div>`;
const sHtml = `<!DOCTYPE html><html lang="en" class="sm-html"><head><meta charset="utf-8"><title>${sTitle} Survey</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="SurveyMonkey">
<meta property="og:description" content="Take this survey powered by surveymonkey.com. Create your own surveys for free.">
<meta property="og:image" content="https://prod.smassets.example/assets/responseweb/smlib.globaltemplates/static/images/og-survey.png">
<link rel="stylesheet" href="https://prod.smassets.example/assets/responseweb/responseweb/1.211.0/respweb.css">
<script>window.SM = window.SM || {}; SM.survey = {"surveyId":"9K3QW7X","pageId":"1","lang":"en","collectorType":"weblink"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${sTitle}","publisher":{"@type":"Organization",
"name":"SurveyMonkey"}}</script></head>
<body class="survey-page-body translated"><div id="livePreview" class="livePreview"><main id="survey-body" class="survey-container">
<div class="survey-header"><div class="logo-container"><img src="https://surveymonkey-assets.example/survey/9K3QW7X/logo.png"
alt="Westmarch Libraries logo" class="logo"></div>
<h1 class="survey-title user-generated notranslate"><span class="title-text">${sTitle}</span></h1></div>
<form name="surveyForm" action="" method="post" class="survey-page-form" novalidate>
<div class="page-title-container"><h2 class="page-title user-generated notranslate"><span class="title-text">${sPageTitle}</span></h2></div>
<div class="page-description user-generated notranslate">${ps(sIntro)}</div>
<div class="questions clearfix" role="presentation">
${sQs.map((q, i) => sQ(q, i + 1)).join('\n')}
<div class="question-row clearfix"><div class="question-container question-matrix"><fieldset class="question-fieldset">
<legend class="question-legend"><h4 class="question-title-container"><span class="question-number notranslate">6<span class="question-dot">.</span></span>
<span class="user-generated notranslate">${sMatrixQ}</span></h4></legend><div class="question-body clearfix notranslate">
<table class="table question-matrix-table"><thead><tr><td></td>${sMatrixCols.map((c) => `<th class="matrix-col-label user-generated">${c}</th>`).join('')}</tr>
</thead><tbody>${sMatrixRows
  .map((r) => `<tr><th scope="row" class="matrix-row-label user-generated">${r}</th>${sMatrixCols.map(() => '<td><input type="radio"></td>').join('')}</tr>`)
  .join('\n')}</tbody></table></div></fieldset></div></div></div>
<div class="survey-submit-actions center-text clearfix"><button type="submit" class="btn small next-button survey-page-button user-generated notranslate">
Next</button></div>
<div class="progress-bar-container"><span class="progress-text">0 of 6 answered</span><div class="progress-bar" role="progressbar" aria-valuenow="0"></div>
<span class="progress-percent">0%</span></div></form></main>
<footer class="survey-footer"><div class="footer-brand-container"><a href="https://www.surveymonkey.example/?ut_source=survey_pb" class="footer-brand">
<span class="footer-powered-by">Powered by</span> <span class="footer-sm-logo">SurveyMonkey</span></a></div>
<p class="footer-promo">See how easy it is to <a href="https://www.surveymonkey.example/mp/take-a-tour/">create a survey</a>.</p>
<ul class="footer-links">${links(sFoot)}</ul></footer>
<div id="cookie-banner" class="sm-cookie-banner" role="region" aria-label="cookie banner"><p>We use cookies to improve functionality and performance,
and to provide you with a better survey experience.</p><button class="wds-button">Accept</button><button class="wds-button wds-button--ghost">Reject</button>
</div></div><script src="https://prod.smassets.example/assets/responseweb/responseweb/1.211.0/respweb.js"></script></body></html>`;
const surveyMonkey: TestPage = {
  name: 'heldout442-surveymonkey-survey',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sPageTitle],
  body: texts([...sIntro, ...sQs.flatMap(([q, h, o]) => [q, ...(h === '' ? [] : [h]), ...o]), sMatrixQ, ...sMatrixRows]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Next', '0 of 6 answered', 'Powered by SurveyMonkey', 'See how easy it is to create a survey.', ...sFoot,
    'We use cookies to improve functionality and performance, and to provide you with a better survey experience.', 'Accept', 'Reject',
  ],
};

export const HELDOUT442_B: readonly TestPage[] = [surveyMonkey, msForms];
