import { ps, type TestPage, texts } from './page-kit.js';
import { substack } from './pages-heldout250-c2.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file c: a gated whitepaper landing page on a Marketo guided landing-page template (mktoContainer and
 * mktoText blocks, the report summary and "inside the report" list, a mktoForm with labels and consent text, trust logos and
 * a short footer) and, from file c2, a product-led-growth newsletter post on Substack.
 */
const mTitle = 'The 2026 Revenue Operations Benchmark';
const mSub = 'Free report: how 412 B2B software companies staff, tool and measure their revenue teams';
const mH2 = ['What you will learn', 'Key findings at a glance'];
const mSummary = [
  j(
    'Revenue operations has grown from a single spreadsheet owner into a team that sits between sales, marketing and customer',
    'success. But how big should that team be, what does it own, and which numbers does it report to the board?',
  ),
  j(
    "For this year's benchmark we surveyed 412 B2B software companies between $5 million and $250 million in annual recurring",
    'revenue, and interviewed twenty-two revenue leaders about what changed after they set up a dedicated team.',
  ),
];
const mLearn = [
  'How many revenue operations people companies employ at each revenue stage',
  'Which forecasting methods the most accurate teams rely on',
  'The four metrics that appear on nearly every board deck',
  'Where teams are cutting tools, and where they are still adding them',
];
const mFindings = [
  j(
    'The median company runs one revenue operations hire for every 21 quota-carrying sellers, but the top quartile for forecast',
    'accuracy runs one for every 14.',
  ),
  j('Teams that own the full customer lifecycle, not only the sales pipeline, report net revenue retention six points higher than', 'those that do not.'),
];
const mForm = ['*First Name:', '*Last Name:', '*Business Email:', '*Company:', '*Job Title:', 'Country:'];
const mField = (id: string, label: string): string => `<div class="mktoFormRow"><div class="mktoFieldDescriptor mktoFormCol" style="margin-bottom: 10px;">
<div class="mktoOffset" style="width: 10px;"></div><div class="mktoFieldWrap mktoRequiredField"><label for="${id}" id="Lbl${id}" class="mktoLabel mktoHasWidth"
style="width: 100px;">${label.startsWith('*') ? '<div class="mktoAsterix">*</div>' : ''}${label.replace('*', '')}</label><div class="mktoGutter mktoHasWidth"
style="width: 10px;"></div><input id="${id}" name="${id}" maxlength="255" type="text" class="mktoField mktoTextField mktoHasWidth mktoRequired"
style="width: 260px;"><div class="mktoClear"></div></div><div class="mktoClear"></div></div><div class="mktoClear"></div></div>`;
const mHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>2026 Revenue Operations Benchmark | Forecastry</title><meta name="description" content="${mSub}">
<meta name="robots" content="index, nofollow"><meta property="og:image" content="https://go.forecastry.example/rs/771-QKD-204/images/benchmark-cover.png">
<meta class="mktoString" id="heroTitle" mktoname="Hero Title" default="Report title"><meta class="mktoColor" id="accentColor" mktoname="Accent"
default="#0f62fe"><link rel="stylesheet" href="https://go.forecastry.example/rs/771-QKD-204/images/lp-guided.css">
<script src="//munchkin.marketo.example/munchkin.js"></script><script>Munchkin.init('771-QKD-204');</script>
<script src="//app-ab13.marketo.example/js/forms2/js/forms2.min.js"></script></head>
<body id="bodyId"><div id="mktoStyleLoaded" style="display:none"></div>
<header class="lp-header"><div class="wrap"><img class="lp-logo" src="https://go.forecastry.example/rs/771-QKD-204/images/logo.svg" alt="Forecastry">
<a class="lp-header__link" href="https://forecastry.example">Back to forecastry.example</a></div></header>
<div class="mktoContainer" id="mainContainer" mktoname="Main"><div class="mktoModule" id="heroModule" mktoname="Hero">
<section class="hero"><div class="wrap hero__grid"><div class="hero__copy"><div class="eyebrow">Research report</div>
<div class="mktoText" id="heroHeading" mktoname="Hero Heading"><h1>${mTitle}</h1><p class="hero__sub">${mSub}</p></div>
<div class="mktoText" id="heroBody" mktoname="Hero Body">${ps(mSummary)}
<h2>${mH2[0]}</h2><ul>${mLearn.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2>${mH2[1]}</h2>${ps(mFindings)}</div>
<div class="mktoImg" id="coverImg" mktoname="Cover"><img src="https://go.forecastry.example/rs/771-QKD-204/images/benchmark-cover.png" alt="Report cover">
<p class="img-note">38 pages · PDF · Updated March 2026</p></div></div>
<div class="hero__form"><div class="form-card"><div class="mktoText" id="formIntro" mktoname="Form Intro"><h3>Get your free copy</h3>
<p>Fill in the form and we will email you the report.</p></div>
<div class="mktoForm" id="formModule" mktoname="Form"><form id="mktoForm_1042" novalidate class="mktoForm mktoHasWidth mktoLayoutLeft"
style="font-family: Inter, Helvetica, Arial, sans-serif; width: 381px;">
<style type="text/css">.mktoForm .mktoButtonWrap.mktoSimple .mktoButton{color:#fff;border:1px solid #0f62fe;background:#0f62fe}</style>
${mForm.map((l, i) => mField(`Field${i}`, l)).join('\n')}
<div class="mktoFormRow"><div class="mktoFieldDescriptor mktoFormCol"><div class="mktoHtmlText mktoHasWidth" style="width: 370px;"><span
style="font-size: 11px;">By submitting this form you agree that Forecastry may contact you about its products. You can opt out at any time. See our
<a href="https://forecastry.example/privacy" target="_blank">privacy policy</a>.</span></div></div></div>
<div class="mktoButtonRow"><span class="mktoButtonWrap mktoSimple" style="margin-left: 120px;"><button type="submit" class="mktoButton">Download the
report</button></span></div><input type="hidden" name="formid" class="mktoField mktoFieldDescriptor" value="1042">
<input type="hidden" name="munchkinId" class="mktoField mktoFieldDescriptor" value="771-QKD-204"></form></div></div></div></div></section></div>
<div class="mktoModule" id="logosModule" mktoname="Logos"><section class="logos"><div class="wrap"><p class="logos__title">Trusted by revenue teams
at</p><ul class="logos__list"><li><img src="/rs/771-QKD-204/images/l1.svg" alt="Halcyon Data"></li><li><img src="/rs/771-QKD-204/images/l2.svg"
alt="Pinewire"></li></ul></div></section></div></div>
<footer class="lp-footer"><div class="wrap"><p>© 2026 Forecastry, Inc.</p><a href="https://forecastry.example/privacy">Privacy</a>
<a href="https://forecastry.example/legal">Legal</a><a href="#" class="optanon-toggle-display">Cookie settings</a></div></footer>
<script>MktoForms2.loadForm("//app-ab13.marketo.example", "771-QKD-204", 1042, function(form){ form.onSuccess(function(values, followUpUrl){
location.href = "/benchmark-thank-you"; return false; }); });</script>
<script type="text/javascript" src="//go.forecastry.example/js/forms2/js/forms2.min.js"></script></body></html>`;
const marketo: TestPage = {
  name: 'heldout250-marketo-gated-whitepaper',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mH2,
  body: texts([mSub, ...mSummary, ...mLearn, ...mFindings]),
  bylines: ['38 pages · PDF · Updated March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Back to forecastry.example', 'Research report', 'Get your free copy',
    'Fill in the form and we will email you the report.', 'First Name:', 'Last Name:', 'Business Email:', 'Company:', 'Job Title:', 'Country:',
    'By submitting this form you agree that Forecastry may contact you about its products. You can opt out at any time. See our privacy policy.',
    'Download the report', 'Trusted by revenue teams at', '© 2026 Forecastry, Inc.', 'Privacy', 'Legal', 'Cookie settings',
  ],
};

export const HELDOUT250_C: readonly TestPage[] = [marketo, substack];
