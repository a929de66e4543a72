import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file c2: a JotForm page (form header group with title and subheader, name / email / phone fields with
 * their sublabels, a date field, a long terms text element with numbered h3 sections, the agreement checkbox, signature
 * pad, Submit button, the JotForm badge and the "Create your own Jotform" footer).
 */
const jTitle = 'Equipment Hire Agreement';
const jSub = 'Loch Ardain Paddlesports, Boathouse Road, Strathcarran. Please complete this form before you collect your boat or board.';
const jTerms: [string, string[]][] = [
  [
    '1. The hire period',
    [
      j(
        'Hire starts when equipment leaves the boathouse and ends when it is checked back in by a member of staff. Half-day hires run',
        'from 9am to 1pm or from 1.30pm to 5.30pm. Full-day hires must be back by 5.30pm; after that we charge £15 for every',
        'half hour, because staff stay on the water to look for late boats.',
      ),
    ],
  ],
  [
    '2. Your responsibilities on the water',
    [
      j(
        'You must wear the buoyancy aid we give you at all times while afloat, and so must everyone in your party. You agree to stay',
        'inside the marked hire area between the boathouse and the Crannog buoy, and not to paddle when the red flag is flying at the',
        'jetty.',
      ),
      j(
        'You confirm that everyone in your party can swim 50 metres in light clothing, or that a non-swimmer will be in a double kayak',
        'or canoe with a confident swimmer aged 18 or over.',
      ),
    ],
  ],
  [
    '3. Damage and loss',
    [
      j(
        'Equipment is inspected before and after every hire. You are responsible for damage caused by misuse, such as dragging a boat',
        'over shingle or using a paddle to push off rocks. Normal wear is our responsibility, not yours. Lost paddles are charged at',
        '£45 and lost buoyancy aids at £60.',
      ),
    ],
  ],
  [
    '4. Cancellations and weather',
    [
      j(
        'If we cancel because of wind or weather, you get a full refund or a free rebooking. If you cancel with more than 48 hours',
        'notice, we refund everything except a £5 administration fee. Cancellations with less notice are not refunded, though we will',
        'always try to move your booking to another day.',
      ),
    ],
  ],
  [
    '5. Your information',
    [
      j(
        'We keep this form for three years, as our insurer requires, and use your phone number only to contact you during the hire.',
        'We never pass your details to anyone else for marketing.',
      ),
    ],
  ],
];
const jAgree = 'I have read the hire agreement and accept it on behalf of everyone in my party.';
const jFields: [string, string[]][] = [
  ['Full Name', ['First Name', 'Last Name']],
  ['Email', ['example@example.com']],
  ['Phone Number', ['Please enter a valid phone number.']],
  ['Date of Hire', ['Date']],
];
const jField = ([label, subs]: [string, string[]], n: number): string => `<li class="form-line jf-required" data-type="control_textbox" id="id_${n}">
<label class="form-label form-label-top form-label-auto" id="label_${n}" for="input_${n}">${label}<span class="form-required">*</span></label>
<div id="cid_${n}" class="form-input-wide jf-required"><div data-wrapper-react="true">${subs
  .map(
    (s, i) => `<span class="form-sub-label-container" style="vertical-align:top"><input type="text" id="input_${n}_${i}" class="form-textbox"
data-component="textbox" aria-labelledby="label_${n} sublabel_${n}_${i}"><label class="form-sub-label" for="input_${n}_${i}" id="sublabel_${n}_${i}"
style="min-height:13px">${s}</label></span>`,
  )
  .join('\n')}</div></div></li>`;
const jHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html lang="en" class="supernova"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="alternate" type="application/json+oembed" href="https://www.jotform.example/oembed/?format=json&amp;url=https%3A%2F%2Fform.jotform.example%2F260117">
<meta property="og:title" content="${jTitle}"><meta property="og:url" content="https://form.jotform.example/260117754321049">
<meta property="og:description" content="Please click the link to complete this form."><meta name="slack-app-id" content="AHNMASS8M">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=2.0, user-scalable=1"><meta name="HandheldFriendly" content="true">
<title>${jTitle}</title><link type="text/css" rel="stylesheet" href="https://cdn01.jotfor.example/themes/CSS/5e6b428acc8c4e222d1beb91.css?v=3.3.61"/>
<link type="text/css" rel="stylesheet" href="https://cdn02.jotfor.example/css/styles/payment/payment_styleSheet.css?3.3.61">
<script src="https://cdn01.jotfor.example/static/prototype.forms.js?v=3.3.61" type="text/javascript"></script>
<script type="text/javascript">JotForm.newDefaultTheme = true; JotForm.isFormViewTrackingAllowed = true; JotForm.enableEventObserver = true;
JotForm.init(function(){ JotForm.alterTexts(undefined); JotForm.clearFieldOnHide="disable"; JotForm.submitError="jumpToFirstError"; });
JotForm.prepareCalculationsOnTheFly([null,{"name":"heading","qid":"1","text":"${jTitle}","type":"control_head"}]);</script></head>
<body><form class="jotform-form" onsubmit="return typeof testSubmitFunction !== 'undefined' &amp;&amp; testSubmitFunction();"
action="https://submit.jotform.example/submit/260117754321049" method="post" name="form_260117754321049" id="260117754321049"
accept-charset="utf-8" autocomplete="on"><input type="hidden" name="formID" value="260117754321049">
<div role="main" class="form-all"><ul class="form-section page-section" role="presentation">
<li id="cid_1" class="form-input-wide" data-type="control_head"><div class="form-header-group header-large"><div class="header-text httal htvam">
<h1 id="header_1" class="form-header" data-component="header">${jTitle}</h1><div id="subHeader_1" class="form-subHeader">${jSub}</div></div></div></li>
${jFields.map((f, i) => jField(f, i + 3)).join('\n')}
<li class="form-line" data-type="control_text" id="id_9"><div id="cid_9" class="form-input-wide"><div id="text_9" class="form-html" data-component="text"
tabindex="0" style="max-height:320px;overflow-y:auto">
${jTerms.map(([h, paras]) => `<h3>${h}</h3>\n${ps(paras)}`).join('\n')}
</div></div></li>
<li class="form-line jf-required" data-type="control_checkbox" id="id_10"><label class="form-label form-label-top" id="label_10">Agreement
<span class="form-required">*</span></label><div id="cid_10" class="form-input-wide"><div class="form-single-column" role="group">
<span class="form-checkbox-item"><input type="checkbox" class="form-checkbox validate[required]" id="input_10_0"><label id="label_input_10_0"
for="input_10_0">${jAgree}</label></span></div></div></li>
<li class="form-line jf-required" data-type="control_signature" id="id_11"><label class="form-label form-label-top" id="label_11">Signature
<span class="form-required">*</span></label><div id="cid_11" class="form-input-wide"><div class="jotform-signature-pad"><canvas></canvas>
<span class="clear-pad-btn clear-pad">Clear</span></div></div></li>
<li class="form-line" data-type="control_button" id="id_2"><div id="cid_2" class="form-input-wide"><div class="form-buttons-wrapper form-buttons-center">
<button id="input_2" type="submit" class="form-submit-button submit-button jf-form-buttons jsTest-submitField" data-component="button">Submit</button>
</div></div></li>
<li style="display:none">Should be Empty: <input type="text" name="website" value=""></li></ul></div>
<script>JotForm.showJotFormPowered = "new_footer";</script><script>JotForm.poweredByText = "Powered by Jotform";</script>
<div class="formFooter-heightMask"></div><div class="formFooter f6 branding21"><div class="formFooter-wrapper formFooter-leftSide">
<a href="https://www.jotform.example/?utm_source=formfooter&amp;utm_medium=banner" class="formFooter-logoLink"><img class="formFooter-logo"
src="https://cdn.jotfor.example/assets/img/logo2021/jotform-logo-white.svg" alt="Jotform Logo"></a></div>
<div class="formFooter-wrapper formFooter-rightSide"><span class="formFooter-text">Now create your own Jotform - It’s free!</span>
<a class="formFooter-button" href="https://www.jotform.example/?utm_source=formfooter&amp;utm_medium=banner">Create your own Jotform</a></div></div>
</form></body></html>`;
export const jotform: TestPage = {
  name: 'heldout442-jotform-terms',
  kind: 'docs',
  html: jHtml,
  title: jTitle,
  headings: jTerms.map(([h]) => h),
  body: texts([jSub, ...jFields.map(([l]) => l), ...jTerms.flatMap(([, p]) => p), 'Agreement', jAgree, 'Signature']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'First Name', 'Last Name', 'example@example.com', 'Please enter a valid phone number.', 'Clear', 'Submit',
    'Should be Empty:', 'Now create your own Jotform - It’s free!', 'Create your own Jotform',
  ],
};
