import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file e2: a Formstack registration form (the fsBody wrapper, the form heading, an intro section with a
 * fees table, sections with their headings and section text, field rows with labels, required markers and supporting
 * sub-labels, checkbox and radio choices with prices, the callout text, the pagination and submit area, the "Powered by
 * Formstack" footer and the "Report abuse" link).
 */
const fTitle = 'Eastmoor Community Nursing Conference 2026: Registration';
const fIntro = [
  j(
    'The Eastmoor Community Nursing Conference returns to the Tennant Hall in Marlow Cross on Thursday 14 and Friday 15 May. Two',
    'days of talks, workshops and case reviews for district nurses, practice nurses, health visitors and the students who will',
    'join them.',
  ),
  'Fees cover both days, lunch and refreshments, and the printed programme. Places on workshops are limited and allocated in the order registrations arrive.',
];
const fFees: [string, string, string][] = [
  ['Registered nurse or health visitor', '£140', '£165'],
  ['Healthcare assistant or nursing associate', '£90', '£105'],
  ['Student (with a valid student card)', '£35', '£35'],
];
type F = [string, string[], string[]];
const fSections: [string, string, F[]][] = [
  [
    'Your details',
    'We use these details for your badge and your certificate of attendance. Please give the name you are registered under.',
    [
      ['Name', ['First', 'Last'], []],
      ['Job title and employer', [], []],
      ['Registration type', [], fFees.map(([t]) => t)],
    ],
  ],
  [
    'Workshops',
    j(
      'Each workshop runs twice, once on each afternoon. Choose up to two; we will tell you which day you have been given when we',
      'confirm your place. The wound care workshop is hands-on and has twelve places per session.',
    ),
    [
      [
        'Which workshops would you like to attend?',
        [],
        ['Compression therapy in practice', 'Talking about frailty with families', 'Wound care: assessment to dressing', 'Safeguarding at the front door'],
      ],
    ],
  ],
  [
    'Access and dietary needs',
    'The Tennant Hall has step-free access throughout and a hearing loop in the main room. Tell us if there is anything else we can do.',
    [
      ['Do you have any dietary requirements?', [], ['None', 'Vegetarian', 'Vegan', 'Gluten free', 'Other (please tell us below)']],
      ['Anything else we should know?', [], []],
    ],
  ],
];
const fCallout = j(
  'Cancellations received by 17 April are refunded in full, less a £10 administration charge. After that date we cannot refund your',
  'fee, but you are welcome to send a colleague in your place.',
);
let fId = 151000;
const fField = ([label, subs, opts]: F): string => {
  fId += 1;
  return `<div class="fsRow fsFieldRow fsLastRow"><div class="fsRowBody fsCell fsFieldCell fsFirst fsLast fsLabelVertical fsSpan100"
id="fsCell${fId}" lang="en" fs-field-type="${opts.length === 0 ? 'text' : 'checkbox'}" fs-field-validation-name="${label}">
${
  opts.length === 0
    ? `<label id="label${fId}" class="fsLabel fsRequiredLabel" for="field${fId}">${label}<span class="fsRequiredMarker">*</span></label>`
    : `<fieldset id="label${fId}"><legend class="fsLabel fsLabelVertical fsRequiredLabel"><span>${label}<span class="fsRequiredMarker">*</span></span>
</legend>`
}
<div class="fsSubFieldGroup">${subs
    .map(
      (s, i) => `<div class="fsSubField"><input type="text" id="field${fId}-${i}" class="fsField fsFieldName fsRequired" aria-required="true">
<label class="fsSupporting" for="field${fId}-${i}">${s}</label></div>`,
    )
    .join('\n')}${subs.length === 0 && opts.length === 0 ? `<input type="text" id="field${fId}" class="fsField fsRequired">` : ''}${opts
    .map(
      (o, i) => `<label class="fsOptionLabel vertical" for="field${fId}_${i}"><input type="checkbox" id="field${fId}_${i}" class="fsField vertical">
<span>${o}</span></label>`,
    )
    .join('\n')}</div>${opts.length === 0 ? '' : '</fieldset>'}</div></div>`;
};
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Formstack</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="noindex,nofollow">
<meta property="og:title" content="${fTitle}"><meta property="og:site_name" content="Formstack">
<meta name="description" content="The Eastmoor Community Nursing Conference returns to the Tennant Hall in Marlow Cross.">
<link rel="stylesheet" type="text/css" href="https://eastmoorcnc.formstack.example/forms/css/3/default-v4.css?20260211">
<script>var FF_OnAfterRender = function () {}; window.FSForm = window.FSForm || {}; FSForm.config = {"formId":"5120448","multiPage":false};</script>
<script src="https://static.formstack.example/forms/js/3/jquery.min.js"></script></head>
<body class="fsBody fsEmbed"><div class="fsBody fsEmbed"><form method="post" novalidate enctype="multipart/form-data"
action="https://eastmoorcnc.formstack.example/forms/index.php" class="fsForm fsSingleColumn fsMaxCol1" id="fsForm5120448">
<input type="hidden" name="form" value="5120448">
<div class="fsFormHeader"><img src="https://eastmoorcnc.formstack.example/forms/images/uploads/logo-ecnc.png" alt="Eastmoor Community Nursing Conference">
</div><div class="fsPage" id="fsPage5120448-1">
<div class="fsSection fs1Col" id="fsSection151000"><div class="fsSectionHeader"><h1 class="fsSectionHeading">${fTitle}</h1></div>
<div class="fsSectionText">${ps(fIntro)}
<table class="fsFeeTable"><thead><tr><th>Registration type</th><th>Early bird (to 31 March)</th><th>Standard</th></tr></thead><tbody>
${fFees.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
${fSections
  .map(
    ([h, t, fs]) => `<div class="fsSection fs1Col"><div class="fsSectionHeader"><h2 class="fsSectionHeading">${h}</h2></div>
<div class="fsSectionText"><p>${t}</p></div>
${fs.map(fField).join('\n')}</div>`,
  )
  .join('\n')}
<div class="fsSection fs1Col"><div class="fsCallout fsRow"><div class="fsSectionText"><p>${fCallout}</p></div></div></div></div>
<div id="fsSubmit5120448" class="fsSubmit fsPagination"><button type="button" id="fsPreviousButton5120448" class="fsPreviousButton"
style="display:none" value="Previous Page"><span class="fsFull">Previous</span></button>
<input id="fsSubmitButton5120448" class="fsSubmitButton" style="display:block" type="submit" value="Submit Form">
<div class="fsClear"></div></div>
<div class="fsFooter"><div class="fsFooterPowered"><a href="https://www.formstack.example/?utm_source=formfooter" target="_blank">Powered by
Formstack</a></div><div class="fsReportAbuse"><a href="https://www.formstack.example/forms/report-abuse?form=5120448">Report abuse</a></div></div>
</form></div><script src="https://static.formstack.example/forms/js/3/scripts.js?20260211"></script></body></html>`;
export const formstack: TestPage = {
  name: 'heldout442-formstack-registration',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fSections.map(([h]) => h),
  body: texts([...fIntro, ...fFees.flat(), ...fSections.flatMap(([, t, fs]) => [t, ...fs.flatMap(([l, , o]) => [l, ...o])]), fCallout]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['First', 'Last', 'Previous', 'Powered by Formstack', 'Report abuse'],
};
