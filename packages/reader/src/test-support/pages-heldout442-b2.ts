import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file b2: a Microsoft Forms page (the form header with its banner image, title and description, the
 * signed-in notice, a section header with its subtitle, numbered questions with required markers, choice and Likert items,
 * the Submit button, the owner-content disclaimer, and the Microsoft Forms footer).
 */
const mTitle = 'Staff Wellbeing Check-in: Spring Term';
const mDesc = [
  j(
    'This short check-in goes to everyone who works at Hollins Vale Community School, teaching and support staff alike. The',
    'wellbeing group reads every response, and the headteacher sees only the totals.',
  ),
  j(
    'Last term you told us that marking deadlines and duty rotas were the biggest pressures. We changed the rota in January and',
    'moved the mock exam marking window. This check-in asks whether those changes made any difference.',
  ),
  j(
    'Please answer for yourself rather than for your department. The form closes at 5pm on Friday 27 March, and a summary of what we',
    'heard, together with the actions the senior team has agreed, will be shared at the staff briefing after the Easter holiday.',
    'If you would rather talk to someone in person, any member of the wellbeing group will make time for you.',
  ),
];
type MQ = [string, string, string[]];
const mSections: [string, string, MQ[]][] = [
  [
    'Workload',
    'Think about a typical week since the February half-term.',
    [
      ['On average, how many hours a week do you work outside your contracted time?', '', ['None', 'Up to 3 hours', '4 to 8 hours', 'More than 8 hours']],
      [
        'Did the new duty rota reduce the number of break times you lose?',
        'The rota now gives every member of staff at least three free break times a week.',
        ['Yes, noticeably', 'A little', 'No change', 'It made things worse'],
      ],
    ],
  ],
  [
    'Support and communication',
    j(
      'The wellbeing group meets on the first Tuesday of each month. If you would like something raised there without your name on it,',
      'use the last question on this form.',
    ),
    [
      [
        'How well do you feel informed about decisions that affect your work?',
        '',
        ['Always informed in good time', 'Usually informed', 'Often find out late', 'Rarely informed'],
      ],
      ['Do you know how to reach the employee assistance helpline?', '', ['Yes', 'No', 'Not sure']],
      ['What one change would most improve your working week?', 'Your answer goes to the wellbeing group without your name.', []],
    ],
  ],
];
const mQ = ([q, sub, opts]: MQ, n: number): string => `<div class="-d-50" data-automation-id="questionItem"><div class="-e-51" role="group"
aria-labelledby="QuestionId_r${n}"><div class="-f-52" data-automation-id="questionTitle" id="QuestionId_r${n}">
<span class="-g-53"><span class="-h-54" aria-hidden="true">${n}.</span><span class="text-format-content">${q}</span></span>
<span class="-i-55" aria-hidden="true" aria-label="Required">*</span></div>
${sub === '' ? '' : `<div class="-j-56" data-automation-id="questionSubtitle"><span class="text-format-content">${sub}</span></div>`}
<div class="-k-57" role="radiogroup">${
  opts.length === 0
    ? '<span class="-l-58"><input class="-m-59" aria-label="Single line text" placeholder="Enter your answer" maxlength="4000"></span>'
    : opts
        .map(
          (o) => `<div class="-n-60" data-automation-id="choiceItem"><label class="-o-61"><input type="radio" class="-p-62" value="${o}">
<span class="text-format-content">${o}</span></label></div>`,
        )
        .join('\n')
}</div></div></div>`;
let mN = 0;
const mHtml = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>${mTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="noindex,nofollow">
<meta property="og:title" content="${mTitle}"><meta property="og:site_name" content="Microsoft Forms">
<meta property="og:description" content="This short check-in goes to everyone who works at Hollins Vale Community School.">
<link rel="icon" href="https://cdn.forms.office.example/images/favicon.ico">
<link rel="stylesheet" href="https://lists.office.example/forms/client/static/css/main.9c1f3d2e.css">
<script>window.OfficeFormServerInfo = {"serverInfoFromPageHeaders":{"formId":"Hv7xQ2kLsWb","tenantId":"a1f0-hv","isAnonymous":false},
"resourceId":"Hv7xQ2kLsWb","featureFlags":{"formsResponsePageV3":true}};</script></head>
<body><div id="form-main-content1"><div class="office-form-theme-page" data-automation-id="formBackground">
<div class="office-form" role="main"><div class="-a-40" data-automation-id="formHeaderBanner">
<img alt="" src="https://forms.office.example/images/hv-banner.jpg">
</div><div class="office-form-title-content -b-41" data-automation-id="formTitle"><h1 class="-c-42"><span class="text-format-content">${mTitle}</span></h1>
</div><div class="office-form-description-content -d-43" data-automation-id="formDescription">${mDesc
  .map((d) => `<span class="text-format-content">${d}</span><br><br>`)
  .join('\n')}</div>
<div class="-q-70" data-automation-id="personalNotice"><span>Hi, Marisol. When you submit this form, the owner will see your name and email address.</span>
</div><div class="-r-71" data-automation-id="requiredNotice"><span aria-hidden="true">*</span> Required</div>
<div class="office-form-question-body" data-automation-id="questionList">
${mSections
  .map(
    ([h, sub, qs]) => `<div class="-s-72" data-automation-id="sectionItem"><h2 class="-t-73" data-automation-id="sectionTitle">
<span class="text-format-content">${h}</span></h2><div class="-u-74" data-automation-id="sectionSubtitle"><span class="text-format-content">${sub}</span></div>
</div>
${qs.map((q) => mQ(q, ++mN)).join('\n')}`,
  )
  .join('\n')}
</div><div class="-v-75" data-automation-id="submitButtonContainer"><button class="-w-76" data-automation-id="submitButton" type="button">Submit</button>
</div></div>
<div class="-x-77" data-automation-id="formDisclaimer">This content is created by the owner of the form. The data you submit will be sent to the form owner.
Microsoft is not responsible for the privacy or security practices of its customers, including those of this form owner. Never give out your password.</div>
<div class="-y-78" data-automation-id="footerLogo">Powered by Microsoft Forms |
<a href="https://go.microsoft.example/fwlink/?linkid=2109999">Privacy and cookies</a> |
<a href="https://go.microsoft.example/fwlink/?linkid=2110000">Terms of use</a></div>
<div class="-z-79" data-automation-id="reportAbuse"><a href="#">Report abuse</a></div></div></div>
<script src="https://lists.office.example/forms/client/static/js/main.9c1f3d2e.js"></script></body></html>`;
export const msForms: TestPage = {
  name: 'heldout442-microsoft-forms-form',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mSections.map(([h]) => h),
  body: texts([...mDesc, ...mSections.flatMap(([, sub, qs]) => [sub, ...qs.flatMap(([q, s, o]) => [q, ...(s === '' ? [] : [s]), ...o])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hi, Marisol. When you submit this form, the owner will see your name and email address.', 'Required', 'Submit',
    'This content is created by the owner of the form. The data you submit will be sent to the form owner.',
    'Microsoft is not responsible for the privacy or security practices of its customers, including those of this form owner. Never give out your password.',
    'Powered by Microsoft Forms', 'Privacy and cookies', 'Terms of use', 'Report abuse',
  ],
};
