import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout490-kit.js';

/**
 * Held-out batch 490, file b: a university hospital's patient information leaflet (flexible cystoscopy) served as a web page
 * from Umbraco 13 with the block grid, a PDF download and an Umbraco Forms feedback form.
 */
const lTitle = 'Having a flexible cystoscopy';
const lSum = 'Information for patients from the Urology Department at Brennock Bay University Hospital.';
const lS: readonly (readonly string[])[] = [
  [
    'What is a flexible cystoscopy?',
    j(
      'A flexible cystoscopy is a test that lets the doctor or nurse look inside your bladder and urethra (the tube that carries',
      'urine out of your body). It uses a thin, bendy telescope called a cystoscope, which has a light and a camera at its tip.',
    ),
    'The test usually takes about 5 minutes, although you should expect to be in the department for about an hour.',
  ],
  [
    'Why do I need one?',
    j(
      'Your doctor may suggest a cystoscopy to find the cause of blood in your urine, repeated urine infections, pain when',
      'passing urine or difficulty emptying your bladder. It is also used to check the bladder lining regularly if you have',
      'had bladder tumours removed in the past, and to remove a stent from the ureter after kidney stone treatment.',
    ),
  ],
  [
    'Are there any risks?',
    'A flexible cystoscopy is a safe test and serious problems are rare. The most common side effects are:',
    'a stinging or burning feeling when you pass urine for a day or two',
    'a small amount of blood in your urine, which usually clears within 48 hours',
    'a urine infection, which happens to about 1 in 50 people and is treated with antibiotics',
    j(
      'Very rarely the cystoscope can damage the lining of the urethra. If this happens you may need a catheter for a few days.',
      'The clinician will talk to you about the risks before you sign the consent form.',
    ),
  ],
  [
    'Preparing for your test',
    j(
      'You can eat and drink normally before the test. Please take your usual medicines, including blood thinners such as',
      'warfarin, apixaban or clopidogrel, unless you have been told otherwise.',
    ),
    j(
      'Please bring a sample of urine with you, collected on the morning of your appointment, in a clean container. If you',
      'have any symptoms of a urine infection before the test, contact us, as we may need to change your appointment.',
    ),
    'You may want to bring someone with you, but they will be asked to wait outside the procedure room.',
  ],
  [
    'What happens during the test?',
    j(
      'A nurse will check your urine sample and ask you to change into a gown. You will lie on your back on a couch. The',
      'clinician will clean the area around the opening of your urethra and put some anaesthetic gel into it. The gel numbs',
      'the urethra and makes it easier to pass the cystoscope.',
    ),
    j(
      'The cystoscope is then passed gently into your bladder, and sterile water is used to fill it so that the lining can be',
      'seen clearly. You will feel as though you need to pass urine; this is normal. You can watch the screen if you wish.',
    ),
    j(
      'If a stent is being removed, the clinician will pass small grasping forceps through the cystoscope to hold the end of',
      'the stent and draw it out. You may feel a brief pulling sensation.',
    ),
  ],
  [
    'After the test',
    j(
      'The clinician will usually tell you what they saw before you leave. You can go home as soon as you have passed urine',
      'and you can drive, go back to work and carry on with your normal activities on the same day.',
    ),
    j(
      'Drink about 2 litres (3 to 4 pints) of fluid a day for the next 48 hours to flush out your bladder. Avoid alcohol and',
      'fizzy drinks on the day of the test, as they can make the stinging worse.',
    ),
  ],
  [
    'When to get help',
    'Contact your GP or call NHS 111 if:',
    'you have a high temperature or you feel shivery and unwell',
    'the burning feeling lasts for more than three days',
    'your urine still has blood in it after 48 hours, or you pass clots',
    'you cannot pass urine at all',
  ],
  [
    'Your results',
    j(
      'If a sample of tissue (a biopsy) was taken, the results will be sent to the consultant who referred you, usually within',
      'three weeks, and we will write to you or arrange a follow-up appointment. If you have not heard from us after four',
      'weeks, please phone the urology secretaries.',
    ),
  ],
  [
    'Contact us',
    'Urology Investigations Unit, Brennock Bay University Hospital: 01632 960 472 (Monday to Friday, 8am to 5pm)',
    'Urology secretaries: 01632 960 475',
    'Out of hours, call the hospital switchboard on 01632 960 000 and ask for the on-call urology doctor.',
  ],
];
/** Blocks of the sections whose entries are list items (index of the first item, count). */
const lLists = new Map<number, [number, number]>([
  [2, [2, 3]],
  [6, [2, 4]],
  [8, [1, 2]],
]);
const lSection = (s: readonly string[], i: number): string => {
  const [at, n] = lLists.get(i) ?? [s.length, 0];
  const before = s.slice(1, at);
  const items = s.slice(at, at + n);
  const after = s.slice(at + n);
  return `<div class="umb-block-grid__layout-item" data-content-element-type-alias="leafletSection" data-col-span="12" data-row-span="1">
<section class="leaflet-section" id="section-${i + 1}"><h2 class="leaflet-section__title">${s[0]}</h2><div class="rte">
${ps(before)}${n > 0 ? `<ul>${lis(items)}</ul>` : ''}${ps(after)}</div></section></div>`;
};
const lNav = ['Patients and visitors', 'Our services', 'Work for us', 'Research and education', 'About us', 'News'];
const lCrumbs = ['Home', 'Our services', 'Urology', 'Patient information leaflets'];
const lMore = ['Having a TURBT (removal of a bladder tumour)', 'Bladder instillations with BCG', 'Living with a ureteric stent'];
const lFormats = j(
  'If you need this leaflet in large print, easy read, Braille or another language, please contact the Patient Advice and',
  'Liaison Service on 01632 960 101.',
);
const lFoot = ['Accessibility', 'Cookie settings', 'Privacy', 'Freedom of information', 'Sitemap'];
const lHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Having a flexible cystoscopy - Brennock Bay University Hospitals</title>
<meta name="description" content="${lSum}"><meta property="og:type" content="article"><meta property="og:title" content="${lTitle}">
<link rel="canonical" href="https://www.bbuh.nhs.uk/our-services/urology/patient-information-leaflets/having-a-flexible-cystoscopy/">
<link rel="stylesheet" href="/css/site.min.css?v=KcX1zV0a7qRk"><script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${lTitle}","audience":{"@type":"Patient"},
"lastReviewed":"2026-01-14","specialty":"Urologic"}</script>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5b1f0e3c-8d7a-4a3e-9c31-0f2d4b7e6a19" type="text/javascript"></script>
</head><body class="page-leaflet"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="container"><a class="site-header__logo" href="/"><img src="/media/3rjd0kfn/bbuh-logo.svg"
alt="Brennock Bay University Hospitals NHS Trust"></a>
<form class="site-search" action="/search/" method="get"><label for="q" class="site-search__label">Search</label><input type="text" id="q" name="q">
<button type="submit" class="btn btn--search">Go</button></form>
<ul class="utility-nav"><li><a href="/contact-us/">Contact us</a></li><li><a href="/a-z-of-services/">A to Z of services</a></li></ul></div>
<nav class="main-nav" aria-label="Main"><ul class="main-nav__list">${links(lNav, 'main-nav__item')}</ul></nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">${links(lCrumbs, 'breadcrumb__item')}
<li class="breadcrumb__item breadcrumb__item--current" aria-current="page">${lTitle}</li></ol></nav>
<main id="main" class="main"><div class="container"><div class="row"><div class="col-md-8">
<div class="page-header"><span class="page-header__label">Patient information</span><h1 class="page-header__title">${lTitle}</h1>
<p class="page-header__summary">${lSum}</p></div>
<div class="leaflet-download">
<a class="btn btn--download" href="/media/b2lnq4xo/uro-042-flexible-cystoscopy.pdf" download>Download this leaflet (PDF, 212KB)</a></div>
<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;"><div class="umb-block-grid__layout-container">
${lS.map(lSection).join('\n')}
</div></div>
<dl class="leaflet-meta"><dt>Leaflet number:</dt><dd>URO-042, version 4</dd><dt>Produced by:</dt><dd>Urology Nurse Specialist team</dd>
<dt>Published:</dt><dd>January 2026</dd><dt>Review date:</dt><dd>January 2029</dd></dl>
<div class="umbraco-forms-form feedback umbraco-forms-default"><form action="/our-services/urology/patient-information-leaflets/having-a-flexible-cystoscopy/"
method="post"><div class="umbraco-forms-page"><h2 class="umbraco-forms-caption">Was this leaflet helpful?</h2>
<fieldset class="umbraco-forms-fieldset"><div class="umbraco-forms-field radiobuttonlist"><div class="umbraco-forms-field-wrapper">
<label><input type="radio" name="helpful" value="Yes"> Yes</label><label><input type="radio" name="helpful" value="No"> No</label></div></div>
<div class="umbraco-forms-field longanswer"><label class="umbraco-forms-label" for="comments">Tell us how we could improve it (optional)</label>
<textarea id="comments" name="comments"></textarea></div></fieldset>
<input type="submit" class="btn primary" value="Send feedback"></div></form></div></div>
<aside class="col-md-4 sidebar"><div class="callout callout--grey"><h2 class="callout__title">Other formats</h2>
<p>${lFormats}</p>
</div><div class="related"><h2 class="related__title">More urology leaflets</h2><ul>${links(lMore)}</ul></div></aside></div></div></main>
<footer class="site-footer"><div class="container"><ul class="site-footer__links">${links(lFoot)}</ul>
<p class="site-footer__address">Brennock Bay University Hospital, Quay Road, Brennock BR2 9HX</p>
<p class="site-footer__copyright">© 2026 Brennock Bay University Hospitals NHS Trust</p></div></footer>
<script src="/scripts/site.min.js?v=KcX1zV0a7qRk"></script></body></html>`;
const umbracoLeaflet: TestPage = settle({
  name: 'heldout490-umbraco-cystoscopy-leaflet',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lS.map((s) => s[0] ?? ''),
  body: texts([lSum, ...lS.flatMap((s) => s.slice(1))]),
  bylines: ['Produced by:', 'Urology Nurse Specialist team', 'Published:', 'January 2026', 'Review date:', 'January 2029'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Go', 'Contact us', 'A to Z of services', ...lNav, ...lCrumbs, 'Patient information',
    'Download this leaflet (PDF, 212KB)', 'Leaflet number:', 'URO-042, version 4', 'Was this leaflet helpful?', 'Yes', 'No',
    'Tell us how we could improve it (optional)', 'Other formats',
    lFormats,
    'More urology leaflets', ...lMore, ...lFoot, 'Brennock Bay University Hospital, Quay Road, Brennock BR2 9HX',
    '© 2026 Brennock Bay University Hospitals NHS Trust',
  ],
});

export const HELDOUT490_B: readonly TestPage[] = [umbracoLeaflet];
