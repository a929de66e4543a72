import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout462-kit.js';

/**
 * Held-out batch 462, file e: a developer's public consultation site on Squarespace (7.1, Fluid Engine sections), and a
 * council's rezoning project page on Granicus EngagementHQ (Bang the Table) with its Q&A and key dates widgets.
 */
const sTitle = 'Have your say on our plans for Millbrook Yard';
const sIntro = [
  j(
    "Hartwell Homes is preparing a planning application for the former Millbrook Yard builders' merchant on Station Road,",
    'Ashcombe. Before we submit it, we want to hear from people who live and work nearby.',
  ),
  'This consultation runs from 2 November to 30 November 2026.',
];
const sH = ['Our proposals', 'Public exhibition', 'Frequently asked questions', 'Next steps'];
const sProps = [
  '48 new homes, including 17 affordable homes for social rent and shared ownership',
  'A new pedestrian link between Station Road and the riverside path',
  'A small public square with space for a weekly market',
  'Parking for 52 cars and 120 bicycles, with electric vehicle charging at every space',
];
const sExhib = j(
  'Come and see the plans and meet the project team at Ashcombe Methodist Hall, Church Street, on Saturday 14 November from 10am to',
  '2pm and Tuesday 17 November from 4pm to 8pm. The exhibition boards will also be available to download from this page.',
);
const sFaq: readonly (readonly [string, string])[] = [
  ['How tall will the buildings be?', 'The tallest building, facing the railway, will be four storeys. Homes facing Station Road will be three storeys.'],
  ['Will the riverside path stay open during building work?', 'Yes. The path will stay open, with a short diversion for about six weeks.'],
  ['When will the application be submitted?', 'We expect to submit it to Ashcombe Borough Council in early 2027.'],
];
const sNext = j(
  'We will read every comment and publish a summary of what we heard, and how we have changed the plans, in the Statement of',
  'Community Involvement that goes with the application. The council will then run its own consultation.',
);
const sNav = ['Home', 'The proposals', 'Exhibition boards', 'FAQs', 'Contact'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><title>Millbrook Yard Consultation</title>
<meta property="og:site_name" content="Millbrook Yard Consultation"><meta property="og:title" content="Millbrook Yard Consultation">
<script type="application/ld+json">{"url":"https://www.millbrookyard-consultation.co.uk","name":"Millbrook Yard Consultation",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6510e1/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"6510e1c4","templateId":"5c5a519771c10ba3470d8101"};</script></head>
<body id="collection-6510e1c4" class="primary-button-style-solid header-width-full tweak-fixed-header collection-type-page">
<div class="gdpr-cookie-banner"><p>This website uses cookies to give you the best experience.</p><button class="accept">Accept</button>
<button class="decline">Decline</button></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title-text">
<a href="/">Millbrook Yard</a></div>
<div class="header-nav"><nav class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/">${n}</a>
</div>`,
  )
  .join('')}</nav></div>
<div class="header-actions"><a href="#feedback" class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary">Give feedback</a></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6510e1c4">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--large">
<div class="content-wrapper"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>${ps(sIntro, ' class="sqsrte-large"')}</div></div></div>
<div class="fe-block"><div class="sqs-block image-block sqs-block-image"><figure class="sqs-block-image-figure">
<img src="https://images.squarespace-cdn.com/content/v1/aerial.jpg" alt="Aerial view of the site">
<figcaption class="image-caption-wrapper"><p>An early sketch of the square, looking towards Station Road</p></figcaption></figure></div></div></div></div>
</section>
<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="fluid-engine"><div class="fe-block">
<div class="sqs-block html-block">
<div class="sqs-block-content"><h2>${sH[0]}</h2><ul data-rte-list="default">${lis(sProps.map((p) => `<p>${p}</p>`))}</ul>
<h2>${sH[1]}</h2>${ps([sExhib])}</div></div></div>
<div class="fe-block"><div class="sqs-block button-block">
<a href="/s/Millbrook-exhibition-boards.pdf"
class="sqs-block-button-element--medium sqs-button-element--secondary">Download the exhibition boards (PDF, 6MB)</a></div></div></div></div></section>
<section class="page-section"><div class="content-wrapper"><div class="sqs-block accordion-block"><h2>${sH[2]}</h2><ul class="accordion-items-container">
${sFaq
  .map(
    ([q, a]) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper"><button class="accordion-item__click-target">
<span class="accordion-item__title">${q}</span></button></h4>
<div class="accordion-item__dropdown accordion-item__dropdown--open"><div class="accordion-item__description"><p>${a}</p></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="sqs-block html-block"><h2>${sH[3]}</h2>${ps([sNext])}</div></div></section>
<section class="page-section" id="feedback"><div class="content-wrapper"><div class="sqs-block form-block"><h2>Tell us what you think</h2>
<form class="react-form-contents"><div class="field"><label>Name</label><input type="text"></div><div class="field"><label>Postcode</label><input type="text">
</div>
<div class="field"><label>Your comments</label><textarea></textarea></div><button type="submit" class="button sqs-system-button">Submit</button></form></div>
</div></section>
</article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-block html-block">
<p>Consultation run by Clearwater Engagement on behalf of Hartwell Homes.</p>
<p>Freephone 0800 555 0192 · hello@millbrookyard-consultation.co.uk</p><p><a href="/privacy">Privacy policy</a></p></div></section></footer></div>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout462-squarespace-consultation',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH[0] ?? '', sH[1] ?? '', sH[2] ?? '', ...sFaq.map(([q]) => q), sH[3] ?? ''],
  body: texts([...sIntro, ...sProps, sExhib, ...sFaq.map(([, a]) => a), sNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to give you the best experience.', 'Accept', 'Decline', ...sNav.filter((n) => n !== 'Exhibition boards'), 'Give feedback',
    'An early sketch of the square, looking towards Station Road', 'Download the exhibition boards (PDF, 6MB)', 'Tell us what you think',
    'Name', 'Postcode', 'Your comments', 'Consultation run by Clearwater Engagement on behalf of Hartwell Homes.',
    'Freephone 0800 555 0192 · hello@millbrookyard-consultation.co.uk', 'Privacy policy',
  ],
};

const gTitle = 'Rezoning of Pallister Road Industrial Lands';
const gParas = [
  j(
    'Council is considering a proposal to rezone 14 hectares of industrial land along Pallister Road to allow a mix of light',
    'industry, employment and housing. The area has lost most of its manufacturing tenants since 2015 and several sites are vacant.',
  ),
  j(
    'The draft proposal would keep a strip of Light Industrial zoning next to the rail corridor and rezone the rest to Mixed Use,',
    'with buildings of up to six storeys near the station and three storeys next to the existing homes on Finch Street.',
  ),
  'We would like your feedback on the draft proposal before it is reported to Council in March.',
];
const gH = ['What is being proposed?', 'How can I have my say?'];
const gSay = [
  'Complete the online survey below',
  'Ask the project team a question in the Q&amp;A tab',
  'Drop in to a community session at Pallister Road Community Hall on Wednesday 3 February, 5pm to 7pm',
];
const gDates = [
  'Consultation opens – 11 January 2027',
  'Community drop-in session – 3 February 2027',
  'Consultation closes – 14 February 2027',
  'Report to Council – March 2027',
];
const gDocs = ['Draft zoning map (PDF 2.1MB)', 'Discussion paper (PDF 4.7MB)', 'Traffic study summary (PDF 880KB)'];
const gNav = ['Home', 'All projects', 'Register', 'Sign In'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} | Have Your Say Kellerton</title>
<meta name="description" content="Council is considering a proposal to rezone 14 hectares of industrial land along Pallister Road.">
<meta property="og:type" content="website"><link rel="stylesheet" media="all" href="https://d2k3jxl.cloudfront.net/assets/ehq/application-f3a1.css">
<script>window.EngagementHQ = {siteId: 2210, projectId: 41882, locale: "en"};</script></head>
<body class="projects show"><a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-consent-banner" role="dialog"><p>We use cookies to help us improve this site.</p><button>I agree</button><button>Learn more</button></div>
<header class="site-header"><div class="container"><a href="/" class="site-logo"><img src="/logo.png" alt="City of Kellerton"></a>
<nav class="site-nav"><ul>${links(gNav)}</ul></nav></div></header>
<main id="main"><div class="project-banner"><div class="container"><h1 class="project-title">${gTitle}</h1></div></div>
<div class="container"><div class="row"><div class="col-md-8 project-main"><div class="project-description truncated-description">${ps(gParas.slice(0, 1))}
<h2>${gH[0]}</h2>${ps(gParas.slice(1))}<h2>${gH[1]}</h2><ul>${lis(gSay)}</ul></div>
<div class="share-widget"><span>Share</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<ul class="nav nav-tabs tool-tabs"><li class="active"><a href="#survey">Survey</a></li><li><a href="#qa">Q&amp;A</a></li></ul>
<div class="tab-content"><div id="survey" class="tab-pane active"><p class="tool-intro">Consultation has concluded</p></div>
<div id="qa" class="tab-pane" style="display:none"><p>Q: Will the bus depot stay?</p></div></div>
<div class="project-footer"><span class="page-published">Page last updated: 15 Feb 2027, 09:12 AM</span></div></div>
<aside class="col-md-4 project-sidebar"><div class="widget widget_key_dates"><h2 class="widget-title">Key Dates</h2><ul>${lis(gDates)}</ul></div>
<div class="widget widget_documents"><h2 class="widget-title">Documents</h2><ul>${links(gDocs)}</ul></div>
<div class="widget widget_contact"><h2 class="widget-title">Who's Listening</h2><p>Priya Nandakumar</p><p>Senior Strategic Planner</p>
<p>Phone 03 5555 7710</p></div>
<div class="widget widget_lifecycle"><h2 class="widget-title">Lifecycle</h2><ul><li class="complete">Open</li><li class="current">Under review</li>
<li>Final report</li></ul></div>
</aside></div></div></main>
<footer class="site-footer"><ul>${links(['Privacy', 'Moderation', 'Accessibility', 'Technical Support'])}</ul><p>Powered by Granicus EngagementHQ</p></footer>
<script src="https://d2k3jxl.cloudfront.net/assets/ehq/application-9be2.js"></script></body></html>`;
const engagementhq: TestPage = {
  name: 'heldout462-engagementhq-rezoning',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gParas, ...gSay]),
  bylines: ['Page last updated: 15 Feb 2027, 09:12 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to help us improve this site.', 'I agree', 'Learn more', ...gNav, 'Share', 'Facebook', 'Twitter',
    'Email', 'Consultation has concluded', 'Key Dates', ...gDates, 'Documents', ...gDocs, 'Who\'s Listening', 'Priya Nandakumar',
    'Senior Strategic Planner', 'Phone 03 5555 7710', 'Lifecycle', 'Open', 'Under review', 'Final report', 'Privacy', 'Moderation', 'Accessibility',
    'Technical Support', 'Powered by Granicus EngagementHQ',
  ],
};

export const HELDOUT462_E: readonly TestPage[] = [squarespace, engagementhq];
