import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file a2: a webinar registration page built with Unbounce (absolutely placed lp-pom-block, lp-pom-text,
 * lp-pom-image and lp-pom-form elements, a countdown widget, the agenda, three speaker cards and the registration form).
 */
const uTitle = 'Pricing Without Guesswork: a live teardown of three SaaS pricing pages';
const uIntro = [
  j(
    'Most SaaS teams change their pricing page once a year, in a hurry, and then wonder why trials stall. In this 45-minute live',
    'session, two pricing consultants and one founder pull apart three real pricing pages and rebuild them on screen.',
  ),
  j(
    'Join us live on Thursday, March 26 at 11:00 am Eastern. Everyone who registers gets the recording and the worksheet we use',
    'in the session, even if you cannot attend live.',
  ),
];
const uH2 = ['What we will cover', 'Your speakers'];
const uAgenda = [
  '11:00 Why plan names and plan order matter more than the price itself',
  '11:10 Teardown one: a usage-based analytics tool with four plans and no anchor',
  '11:20 Teardown two: a per-seat HR product that hides its best feature',
  '11:30 Teardown three: a developer tool moving from free to paid',
  '11:40 Live questions from the audience',
];
const uSpeakers = ['Hollis Mbeki', 'Rosalind Achterberg', 'Kenji Varro'];
const uBios = [
  'Partner at Tierwise Advisory, where she has reworked the packaging of more than sixty subscription products.',
  'Founder of Lumenpath, a scheduling tool that doubled its paid conversion after dropping its cheapest plan.',
  'Growth lead at Tierwise Advisory and the author of the monthly Pricing Ledger benchmark.',
];
const uForm = ['First name *', 'Last name *', 'Work email *', 'Company *', 'Company size'];
const block = (id: number, inner: string): string =>
  `<div class="lp-element lp-pom-block" id="lp-pom-block-${id}"><div class="lp-pom-block-content">${inner}</div></div>`;
const text = (id: number, inner: string): string => `<div class="lp-element lp-pom-text nlh" id="lp-pom-text-${id}">${inner}</div>`;
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Webinar: Pricing Without Guesswork | Tierwise</title><meta name="keywords" content=""><meta name="description"
content="A live teardown of three SaaS pricing pages with Tierwise Advisory.">
<meta property="og:title" content="Pricing Without Guesswork - live webinar"><meta name="robots" content="noindex">
<meta name="lp-version" content="v6.24.127"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="//builder-assets.unbounce.example/published-css/main-7b99c1a.z.css" rel="stylesheet" type="text/css">
<style title="page-styles" type="text/css" data-page-type="main" data-page-variant="a">
#lp-pom-root{display:block;background:rgba(255,255,255,1);margin:auto}#lp-pom-block-8{top:0;height:120px}
#lp-pom-text-12{left:40px;top:180px;width:560px}#lp-pom-form-44{left:660px;top:180px;width:380px}</style>
<script src="//builder-assets.unbounce.example/published-js/main.bundle-6a1d7c1.z.js"></script>
<script>window.ub = {"page":{"id":"3c1f9a0e-77b2-4e0d-b2a8-4f3f95a62d11","variantId":"a","name":"Webinar March 26",
"url":"https://go.tierwise.example/pricing-webinar"},"visitorId":"9e7b"};</script></head>
<body class="lp-pom-body "><div class="lp-element lp-pom-root" id="lp-pom-root"><div id="lp-pom-root-color-overlay"></div>
<div class="lp-positioned-content">
${block(
  8,
  `<div class="lp-element lp-pom-image" id="lp-pom-image-9"><div class="lp-pom-image-container"><img src="//d9hhrg4mnvzow.cloudfront.example/tierwise-logo.png"
alt="Tierwise"></div></div>${text(10, '<p style="line-height: 20px;"><span style="font-size: 13px; color: #6b7280;">FREE LIVE WEBINAR</span></p>')}`,
)}
${text(
  12,
  `<h1 style="line-height: 48px;"><span style="font-size: 40px; color: #111827;">${uTitle}</span></h1>
${uIntro.map((p) => `<p style="line-height: 26px;"><span style="font-size: 17px;">${p}</span></p>`).join('\n')}`,
)}
<div class="lp-element lp-code" id="lp-code-31"><div class="countdown" data-deadline="2026-03-26T15:00:00Z"><span class="cd-label">Starts in</span>
<span class="cd-days">12</span> days <span class="cd-hours">04</span> hours</div></div>
${text(
  14,
  `<h2 style="line-height: 34px;"><span style="font-size: 28px;">${uH2[0]}</span></h2>
<ul style="line-height: 26px;">${uAgenda.map((a) => `<li><span style="font-size: 16px;">${a}</span></li>`).join('\n')}</ul>`,
)}
${text(16, `<h2 style="line-height: 34px;"><span style="font-size: 28px;">${uH2[1]}</span></h2>`)}
${uSpeakers
  .map(
    (s, i) => `<div class="lp-element lp-pom-box" id="lp-pom-box-${20 + i}"><div class="lp-element lp-pom-image" id="lp-pom-image-${24 + i}">
<div class="lp-pom-image-container"><img src="//d9hhrg4mnvzow.cloudfront.example/speaker-${i}.jpg" alt="${s}"></div></div>
${text(28 + i * 2, `<h3 style="line-height: 26px;"><span style="font-size: 20px;">${s}</span></h3>`)}
${text(29 + i * 2, `<p style="line-height: 22px;"><span style="font-size: 15px;">${uBios[i]}</span></p>`)}</div>`,
  )
  .join('\n')}
<div class="lp-element lp-pom-form has-axis" id="lp-pom-form-44"><form action="" method="POST" id="lp-pom-form-44-form" novalidate>
${text(45, '<p><span style="font-size: 20px;"><strong>Save your seat</strong></span></p>')}
<fieldset class="clearfix" style="width: 380px; height: 360px;">
${uForm
  .map(
    (f, i) => `<div class="lp-pom-form-field clearfix" id="container_field_${i}"><label for="field_${i}" class="main lp-form-label"
id="label_field_${i}">${f}</label><input type="text" id="field_${i}" name="field_${i}" class="text form_elem_field_${i}"></div>`,
  )
  .join('\n')}
</fieldset><a class="lp-element lp-pom-button" id="lp-pom-button-46" href="#"><span class="label">Register now</span></a>
${text(
  47,
  `<p style="line-height: 16px;"><span style="font-size: 11px;">By registering you agree to receive emails from Tierwise. You can unsubscribe at
any time. Read our <a href="https://tierwise.example/privacy">Privacy Policy</a>.</span></p>`,
)}
</form></div>
${block(
  50,
  text(
    51,
    `<p style="text-align: center;">
<span style="font-size: 12px;">© 2026 Tierwise Advisory LLC · 88 Calder Street, Portland, OR</span></p>`,
  ),
)}
</div></div>
<script>lp.jQuery(function($){window.module.lp.form.data = {"url":"","validationRules":{"field_0":{"required":true}},"errorLabels":{},
"confirmMessage":"Thanks! Check your inbox for the calendar invite."};});</script>
<script type="text/javascript">window.ub.hooks.afterFormSubmit.push(function(){ window.dataLayer.push({event:"webinar_registration"}); });</script>
</body></html>`;
export const unbounce: TestPage = {
  name: 'heldout250-unbounce-webinar-registration',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [...uH2, ...uSpeakers],
  body: texts([...uIntro, ...uAgenda, ...uBios]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FREE LIVE WEBINAR', 'Starts in', 'Save your seat', ...uForm, 'Register now',
    'By registering you agree to receive emails from Tierwise. You can unsubscribe at any time. Read our Privacy Policy.',
    '© 2026 Tierwise Advisory LLC · 88 Calder Street, Portland, OR',
  ],
};
