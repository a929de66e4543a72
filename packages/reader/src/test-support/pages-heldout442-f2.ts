import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file f2: a research study's consent form on a REDCap survey page (the font-size and "Returning?" bar,
 * the survey logo and h1 title, the survey instructions, the question table with section-header rows, descriptive text
 * fields, the consent statements as checkbox fields with "* must provide value" notes, the e-signature field, Submit and
 * "Reset" controls, the REDCap footer and the Vanderbilt credit).
 */
const rTitle = 'STEPWISE Study: Participant Information and Consent';
const rInstr = [
  j(
    'You are being invited to take part in a research study. Before you decide, it is important that you understand why the',
    'research is being done and what it will involve. Please take time to read the following information carefully, and talk',
    'to others about it if you wish.',
  ),
];
const rSections: [string, string[]][] = [
  [
    'What is the purpose of the study?',
    [
      j(
        'STEPWISE is testing whether a simple daily walking plan, sent by text message, helps people recover faster after a knee',
        'replacement. About 240 patients at Halbury General and St Ninian’s hospitals will take part over eighteen months.',
      ),
    ],
  ],
  [
    'What will happen to me if I take part?',
    [
      j(
        'Half of the participants will receive a text message each morning suggesting a walking goal for the day, and half will',
        'receive the usual physiotherapy leaflet. A computer decides which group you join; neither you nor the research team can',
        'choose.',
      ),
      j(
        'Everyone wears a small step counter on the ankle for the first twelve weeks after surgery and fills in a short online',
        'questionnaire at two, six and twelve weeks. Each questionnaire takes about ten minutes.',
      ),
    ],
  ],
  [
    'What are the possible risks and benefits?',
    [
      j(
        'Walking after a knee replacement is already recommended, so we do not expect the text messages to cause harm. Some people',
        'find daily messages annoying, and you can stop them at any time by replying STOP. You may not benefit directly, but the',
        'results will help future patients.',
      ),
    ],
  ],
  [
    'What will happen to my information?',
    [
      j(
        'Your answers and step counts are stored on secure university servers and identified only by a study number. Your name and',
        'phone number are kept separately and are deleted when the study ends. Anonymous data may be shared with other researchers',
        'after publication.',
      ),
    ],
  ],
];
const rConsent = [
  'I confirm that I have read the information above and have had the opportunity to ask questions.',
  j(
    'I understand that my participation is voluntary and that I am free to withdraw at any time without giving a reason, and',
    'without my medical care being affected.',
  ),
  'I agree to receive daily text messages if I am placed in the walking plan group.',
  'I agree to take part in the STEPWISE study.',
];
const rSig = 'Please type your full name as your electronic signature';
const rRow = (id: string, inner: string): string => `<tr id="${id}-tr" sq_id="${id}"><td class="labelrc col-12" colspan="2">${inner}</td></tr>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${rTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<meta name="googlebot" content="noindex, noarchive, nofollow, nosnippet"><link rel="shortcut icon" href="/redcap/redcap_v14.5.11/Resources/images/favicon.ico">
<link rel="stylesheet" type="text/css" href="/redcap/redcap_v14.5.11/Resources/webpack/css/bundle.css"><link rel="stylesheet" type="text/css"
href="/redcap/redcap_v14.5.11/Resources/css/survey.css">
<script type="text/javascript">var app_path_webroot = '/redcap/redcap_v14.5.11/'; var page = 'surveys/index.php'; var survey_auto_numbering = 0;
var isMobileDevice = false; var require_change_reason = 0; var fontSizeDefault = 1;</script>
<script src="/redcap/redcap_v14.5.11/Resources/webpack/js/bundle.js"></script></head>
<body class="survey-body"><div id="pagecontainer" class="container-fluid"><div id="container"><div id="pagecontent">
<div id="changeFont" aria-hidden="true"><span>Resize font:</span> <a href="#" onclick="changeFont(1)">A</a> <a href="#" onclick="changeFont(2)">A</a></div>
<div id="return_corner" class="trigger"><a href="javascript:;" onclick="$('#dpop').toggle()">Returning?</a></div>
<div id="dpop" class="popup" style="display:none">Returning? If you have already partially completed this survey, use your return code to continue.</div>
<table id="surveytitlelogo" class="survey-title-logo"><tr><td><img src="/redcap/surveys/index.php?__passthru=DataEntry%2Fimage_view.php&amp;doc_id_hash=a7c2"
alt="Halbury University Hospitals logo" title="image"></td></tr><tr><td><h1 id="surveytitle">${rTitle}</h1></td></tr></table>
<div id="surveyinstructions"><div>${rInstr.map((p) => `<p>${p}</p>`).join('')}</div></div>
<form action="/redcap/surveys/?s=KR8EY3WNHT" method="post" name="form" id="form" enctype="multipart/form-data">
<div id="questiontable_loading">Loading...</div><table class="form_border" id="questiontable" role="presentation"><tbody>
${rSections
  .map(
    (
      [h, paras],
      i,
    ) => `<tr id="info_${i}-sh-tr" class="surveysubmit"><td class="header" colspan="2"><div class="rich-text-field-label"><h2>${h}</h2></div></td></tr>
${paras.map((p, k) => rRow(`info_${i}_${k}`, `<div class="rich-text-field-label"><p>${p}</p></div>`)).join('\n')}`,
  )
  .join('\n')}
<tr id="consent-sh-tr" class="surveysubmit"><td class="header" colspan="2"><div class="rich-text-field-label"><h2>Consent</h2></div></td></tr>
${rConsent
  .map((c, i) =>
    rRow(
      `consent_${i + 1}`,
      `<label class="fl" id="label-consent_${i + 1}"><div class="rich-text-field-label"><p>${c}</p></div></label>
<div class="requiredlabel" aria-hidden="true">* must provide value</div><div class="choicevert"><input type="checkbox" id="id-__chk__consent_${i + 1}">
<label class="mc" for="id-__chk__consent_${i + 1}">Yes, I agree</label></div>`,
    ),
  )
  .join('\n')}
${rRow(
  'signature',
  `<label class="fl" id="label-signature"><div class="rich-text-field-label"><p>${rSig}</p></div></label>
<div class="requiredlabel" aria-hidden="true">* must provide value</div><input class="x-form-text x-form-field" type="text" name="signature">`,
)}
<tr class="surveysubmit"><td class="labelrc col-12" colspan="2" style="text-align:center"><button class="btn btn-primaryrc" name="submit-btn-saverecord"
onclick="$(this).button('disable');dataEntrySubmit(this);return false;">Submit</button></td></tr>
<tr><td colspan="2" style="text-align:right"><a href="javascript:;" class="smalllink" onclick="resetSurveyForm()">Reset</a></td></tr></tbody></table></form>
</div></div>
<div id="footer" class="d-print-none"><a href="https://projectredcap.example" target="_blank">
<img src="/redcap/redcap_v14.5.11/Resources/images/redcap-logo-small.png"
alt="REDCap"></a><div class="survey-powered-by">Powered by REDCap</div></div>
<div class="vanderbilt-credit">REDCap is developed at Vanderbilt University Medical Center.</div></div>
<script type="text/javascript">$(function(){ initSurvey(); enableDataEntryRowHighlight(); });</script></body></html>`;
export const redcap: TestPage = {
  name: 'heldout442-redcap-consent-form',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [...rSections.map(([h]) => h), 'Consent'],
  body: texts([...rInstr, ...rSections.flatMap(([, p]) => p), ...rConsent, rSig]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Resize font:', 'Returning?', 'Returning? If you have already partially completed this survey, use your return code to continue.', 'Loading...',
    '* must provide value', 'Yes, I agree', 'Submit', 'Reset', 'Powered by REDCap', 'REDCap is developed at Vanderbilt University Medical Center.',
  ],
};
