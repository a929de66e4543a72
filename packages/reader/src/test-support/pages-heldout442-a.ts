import { type TestPage, texts } from './page-kit.js';
import { typeform } from './pages-heldout442-a2.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file a: a Google Forms public form (account bar, "Indicates required question" note, form
 * description, three section headers with their texts, choice and text questions, Next / Clear form buttons, the "Never
 * submit passwords" line, the disclaimer and the Google Forms footer) and, from file a2, a Typeform form saved after hydration.
 */
const gTitle = 'Ferncliffe Allotment Society: 2026 Plot Holder Survey';
const gDesc = [
  j(
    'Every second spring the committee asks plot holders how the site is working for them. Your answers decide how we spend the',
    'maintenance fund, which rules we revisit at the annual meeting and whether the waiting list scheme should change.',
  ),
  j(
    'The survey takes about ten minutes. It is anonymous unless you choose to leave your plot number in the last section, and the',
    'committee will publish a summary of the results on the noticeboard by the end of May.',
  ),
];
type Q = [string, string, string[]];
const gSections: [string, string, Q[]][] = [
  [
    'About your plot',
    'These questions help us understand who is growing on the site and how long people have been with us.',
    [
      ['How long have you held a plot at Ferncliffe?', '', ['Less than a year', 'One to three years', 'Four to ten years', 'More than ten years']],
      ['What size is your plot?', 'If you share a plot, answer for the whole plot.', ['Quarter plot', 'Half plot', 'Full plot']],
      ['What do you mostly grow?', 'Tick all that apply.', ['Vegetables', 'Soft fruit', 'Fruit trees', 'Cut flowers', 'Herbs']],
    ],
  ],
  [
    'Water and facilities',
    j(
      'Last summer the two standpipes on the lower terrace ran dry for eleven days. The committee is weighing a third water trough',
      'against more rainwater butts, and we would like to know which matters more to you before we commit the money.',
    ),
    [
      ['How often did you have trouble getting water last summer?', '', ['Never', 'A few times', 'Most weeks', 'Almost every visit']],
      ['Which improvement would help you most?', 'Choose one.', ['A third water trough', 'Shared rainwater butts', 'Better paths to the troughs']],
      ['Is there anything else about the shed, toilets or car park you want us to know?', 'Long answers are welcome.', []],
    ],
  ],
  [
    'Events and volunteering',
    j('The seed swap, the open day and the autumn bonfire are run by volunteers. We want to keep them going without asking the same', 'six people every year.'),
    [
      ['Which events did you attend last year?', '', ['Seed swap', 'Open day', 'Autumn bonfire', 'None of them']],
      ['Would you give two hours a year to help with a work party?', '', ['Yes, put me down', 'Maybe, ask me nearer the time', 'Not this year']],
    ],
  ],
];
const gFoot = ['Report Abuse', 'Terms of Service', 'Privacy Policy'];
const gQ = ([title, help, opts]: Q, n: number): string => `<div class="Qr7Oae" role="listitem"><div jsmodel="CP1oW" data-params="%.@.[${n}]">
<div class="geS5n"><div class="z12JJ"><div class="M4DNQ"><div id="i${n}" class="HoXoMd D1wxyf RjsPE" role="heading" aria-level="3">
<span class="M7eMe">${title}</span></div>${help === '' ? '' : `<div class="gubaDc OIC90c RjsPE" id="i${n + 1}">${help}</div>`}</div></div>
${
  opts.length === 0
    ? '<div class="rFrNMe yqQS1 hatWr"><textarea class="KHxj8b tL9Q4c" aria-label="Your answer" rows="1"></textarea></div>'
    : `<div class="oyXaNc"><div class="lLfZXe fnxRtf" role="radiogroup">
${opts
  .map(
    (o) => `<label class="docssharedWizToggleLabeledContainer ajDOGe">
<div class="bzfPAe"><div class="YEVVod"><span dir="auto" class="aDTYNe snByac OvPDhc OIC90c">${o}</span></div></div></label>`,
  )
  .join('\n')}
</div></div>`
}</div></div></div>`;
let gN = 100;
const gHtml = `<!DOCTYPE html><html lang="en" class="freebird"><head><meta charset="utf-8">
<title>${gTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${gTitle}"><meta property="og:type" content="article">
<meta property="og:description" content="Every second spring the committee asks plot holders how the site is working for them.">
<meta property="og:image" content="https://lh7-us.googleusercontent.example/formsz/AN7BsVD2ferncliffe=w1200-h630-p">
<link rel="shortcut icon" href="https://ssl.gstatic.example/docs/spreadsheets/forms/favicon_qp2.png">
<link rel="stylesheet" href="https://www.gstatic.example/_/freebird/_/ss/k=freebird.v.-1q5hyi7p0vjdu.L.W.O/am=AAAM/d=1/rs=AGEqA5m.css">
<script nonce="x1">window.WIZ_global_data = {"Im6cmf":"/forms/u/0","TSDtV":"%.@.[[null,[[45681910,null,false]]]]","nQyAE":{}};</script>
<script nonce="x1">var FB_PUBLIC_LOAD_DATA_ = [null,["Every second spring the committee asks plot holders",null,null,null,0,null,null,"Ferncliffe 2026"],
"/forms",
"${gTitle}",1,[null,null,null,2,null,null,1],null,"e/1FAIpQLSfErN2026"];</script></head>
<body dir="ltr" class="lrKTG" jscontroller="ywUbkf"><div class="Uc2NEf"><div class="teQAzf">
<form action="https://docs.google.example/forms/u/0/d/e/1FAIpQLSfErN2026/formResponse" target="_self" method="POST" id="mG61Hd"
jsaction="submit:Bl3Rgc">
<div class="RH5hzf RLS9Fe"><div class="lrKTG"><div class="Dq4amc"><div class="rBSpVd"><div class="N0gd6 qb5Ek"></div>
<div class="ahS2Le"><div class="F9yp7e ikZYwf LgNcQe" dir="auto" role="heading" aria-level="1">${gTitle}</div></div>
<div class="cBGGJ OIC90c" dir="auto">${gDesc.join('<br><br>')}</div></div>
<div class="VNDisb"><div class="Hi5uIf"><div class="IAd4Ke">
<div class="yTaH4c">j.harwood.grows@gmail.example</div> <a class="TYUeKb" href="https://accounts.google.example/AccountChooser">Switch account</a></div>
<div class="nYYUjf"><div class="J3LrNb"><span aria-hidden="true">Not shared</span></div></div></div></div>
<div class="md0UAd" aria-hidden="true" dir="auto">* Indicates required question</div></div></div>
<div role="list" class="o3Dpx">
${gSections
  .map(
    ([
      h,
      t,
      qs,
    ]) => `<div class="OxAavc"><div class="spb5Rd"><div class="zazHb"><div class="Y4eCec">Section ${gSections.findIndex((s) => s[0] === h) + 1} of 3</div>
<div class="z12JJ"><div class="HoXoMd D1wxyf RjsPE" role="heading" aria-level="2"><span class="M7eMe">${h}</span></div>
<div class="spb5Rd OIC90c">${t}</div></div></div></div></div>
${qs.map((q) => gQ(q, (gN += 2))).join('\n')}`,
  )
  .join('\n')}
</div>
<div class="ThHDze"><div class="DE3NNc CekdCb"><div class="lRwqcd"><div role="button" class="uArJ5e UQuaGc YhQJj zo8FOc ctEux" jsname="OCpkoe">
<span class="NPEfkd RveJvd snByac">Submit</span></div></div>
<div class="uArJ5e Y5FYJe cjq2Db YhQJj" role="button" jsname="M2UYVd"><span class="NPEfkd RveJvd snByac">Clear form</span></div></div></div>
<div class="ozVtKb"><div class="z7ltTd">Never submit passwords through Google Forms.</div></div></form>
<div class="T2dutf"><div class="hSxXOd">This form was created inside of Ferncliffe Allotment Society.
<a class="Gq8Sxe" href="https://docs.google.example/forms/d/e/1FAIpQLSfErN2026/reportabuse">Report Abuse</a></div></div>
<div class="YwVk7d"><div class="I6ZIOb">This content is neither created nor endorsed by Google.</div>
<div class="qIHHZb">${gFoot.map((f) => `<a href="https://policies.google.example/${f.toLowerCase().replace(/ /g, '')}">${f}</a>`).join(' - ')}</div>
<div class="lI8bzb"><a href="//www.google.example/forms/about/"><span class="Hmtwsb">Google</span> <span class="Aiq4Qc">Forms</span></a></div></div>
</div></div><script nonce="x1">_docs_flag_initialData={"docs-fwds":"docs_sdf","info_params":{},"docs-icdmt":false};</script></body></html>`;
const googleForms: TestPage = {
  name: 'heldout442-google-forms-form',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gSections.map(([h]) => h),
  body: texts([...gDesc, ...gSections.flatMap(([, t, qs]) => [t, ...qs.flatMap(([q, help, opts]) => [q, ...(help === '' ? [] : [help]), ...opts])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'j.harwood.grows@gmail.example', 'Switch account', 'Not shared', '* Indicates required question', 'Section 1 of 3', 'Section 2 of 3', 'Section 3 of 3',
    'Submit', 'Clear form', 'Never submit passwords through Google Forms.', 'This form was created inside of Ferncliffe Allotment Society.',
    'This content is neither created nor endorsed by Google.', ...gFoot, 'Google Forms',
  ],
};

export const HELDOUT442_A: readonly TestPage[] = [googleForms, typeform];
