import { links, type TestPage, texts } from './page-kit.js';
import { ngoReport } from './pages-heldout28-d2.js';

/**
 * Held-out batch 28, file d: an Australian government (gov.au) information page on a GovCMS Drupal site with Australian
 * Government Design System classes (skip links, the crest and department name, search, main menu, breadcrumbs with the current
 * page, the h1 and introduction, "On this page" jump links, h2 sections with lists, a callout box, page tools, "Date last
 * updated", tags, a "Related topics" rail and resources list, the feedback prompt, the interpreter line, the Acknowledgement of
 * Country and the footer). The NGO report landing page of this file is in pages-heldout28-d2.ts.
 */
const auTitle = 'Extreme heat and your health';
const auIntro =
  'Extreme heat can affect anyone, but some people are at higher risk of heat-related illness. Heatwaves cause more deaths in ' +
  'Australia than any other natural hazard. Knowing how to prepare, and what signs to look for, can help you keep yourself and others safe.';
const auH = ['Who is most at risk', 'How to prepare for extreme heat', 'Signs of heat-related illness'];
const auRiskP = 'People at higher risk during extreme heat include:';
const auRisk = [
  'adults over 65, especially those who live alone',
  'babies and young children',
  'pregnant and breastfeeding women',
  'people with chronic health conditions such as heart, lung or kidney disease',
  'people who take medicines that affect how the body controls its temperature',
  'people who work or exercise outdoors',
];
const auPrepP = [
  'Before summer, check that fans and air conditioners work and that you have enough medicines and supplies for a few days at home. ' +
    'Talk to your doctor about how the heat may affect your health conditions or the medicines you take.',
  'During a heatwave:',
];
const auPrep = [
  'drink water regularly, even if you do not feel thirsty',
  'stay indoors in the coolest part of your home, or go to a cool public place such as a library or shopping centre',
  'close curtains and blinds during the day',
  'avoid strenuous activity in the hottest part of the day',
  'check on older neighbours, friends and relatives who live alone',
];
const auSigns = [
  'Heat exhaustion can cause heavy sweating, paleness, muscle cramps, tiredness, dizziness, headache, nausea and fainting. If you ' +
    'notice these signs, move to a cool place, lie down, sip water and put cool wet cloths on the skin.',
  'Heatstroke is a medical emergency. Signs include a body temperature above 40°C, confusion, slurred speech, and hot, dry skin. ' +
    '<strong>Call Triple Zero (000) immediately</strong> and try to cool the person down while you wait for help.',
];
const auCallout =
  'If you are unsure whether you or someone else needs medical help, call healthdirect on 1800 022 222 for free health advice ' +
  '24 hours a day, 7 days a week.';
const auNav = ['Topics', 'Our work', 'Resources', 'News', 'Contacts', 'About us'];
const auCrumbs = ['Home', 'Health topics', 'Environmental health'];
const auTools = ['Print this page', 'Share'];
const auTags = ['Heatwaves', 'Environmental health', 'Older people', 'Emergency health management'];
const auRelTopics = ['Bushfire smoke', 'Air quality', 'Climate change and health'];
const auResources = [
  'Extreme heat – fact sheet for older people',
  'Publication',
  'Keeping babies and children safe in hot weather',
  'Publication',
  'Heat and medicines – advice for pharmacists',
  'Guideline',
] as const;
const auAck =
  'We acknowledge the Traditional Custodians of Australia and their continuing connection to land, sea and community. We pay our ' +
  'respects to them and their cultures, and to Elders past and present.';
const auFoot = ['Accessibility', 'Copyright', 'Disclaimer', 'Privacy', 'Freedom of information', 'Social media', 'Website feedback'];
const auHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${auTitle} | Australian Government Department of Health,
Disability and Ageing</title><meta name="description" content="${auIntro.slice(0, 120)}"><meta name="dcterms.modified" content="2025-11-14">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node/41872","currentLanguage":"en"},
"gtag":{"tagId":"G-XXXX"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-health-topic"><nav class="au-skip-link"><a class="au-skip-link__link" href="#content">Skip to main content</a>
<a class="au-skip-link__link" href="#main-nav">Skip to main navigation</a></nav>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="au-header health-header" role="banner">
<div class="container"><a href="/" class="au-header__brand" title="Home"><img class="au-header__brand-image" src="/themes/custom/health/logo.svg"
alt="Australian Government Department of Health, Disability and Ageing"><span class="visually-hidden">Australian Government Department of Health,
Disability and Ageing</span></a><form class="health-search" role="search"><label for="search-input" class="au-sronly">Search this site</label>
<input id="search-input" type="search" class="au-text-input"><button class="au-btn" type="submit">Search</button></form></div></header>
<nav id="main-nav" class="au-main-nav" aria-label="main navigation"><ul class="au-link-list">${links(auNav)}</ul></nav>
<main id="content" class="main-content" role="main"><div class="container"><nav class="au-breadcrumbs" aria-label="breadcrumb">
<ul class="au-link-list au-link-list--inline">
${links(auCrumbs)}<li>${auTitle}</li></ul></nav><div class="row"><div class="col-md-8">
<article class="node node--type-health-topic au-body"><h1 class="health-title">${auTitle}</h1>
<div class="au-introduction field--name-field-summary"><p>${auIntro}</p></div>
<nav class="health-toc" aria-labelledby="toc-heading"><h2 id="toc-heading" class="health-toc__title">On this page</h2><ul class="health-toc__list">
${auH.map((h, i) => `<li><a href="#s${i}">${h}</a></li>`).join('')}</ul></nav>
<div class="field field--name-body">
<h2 id="s0">${auH[0]}</h2><p>${auRiskP}</p><ul>${auRisk.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="s1">${auH[1]}</h2>${auPrepP.map((p) => `<p>${p}</p>`).join('\n')}<ul>${auPrep.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="s2">${auH[2]}</h2>${auSigns.map((p) => `<p>${p}</p>`).join('\n')}
<section class="au-callout au-callout--info health-callout" aria-label="Get help"><p>${auCallout}</p></section></div>
<div class="health-page-tools"><ul class="au-link-list au-link-list--inline"><li>
<button class="au-btn au-btn--tertiary" onclick="window.print()">${auTools[0]}</button></li>
<li><button class="au-btn au-btn--tertiary" aria-haspopup="true">${auTools[1]}</button></li></ul></div>
<div class="health-metadata"><dl><dt>Date last updated:</dt><dd><time datetime="2025-11-14T10:12:00+11:00">14 November 2025</time></dd></dl></div>
<div class="au-tags"><span class="au-tags__label">Tags:</span><ul class="au-tags__list">${links(auTags, 'au-tags__item')}</ul></div>
<section class="health-resources"><h2 class="health-resources__title">Resources</h2><ul>${[0, 2, 4]
  .map((i) => `<li class="health-listing"><a href="#">${auResources[i]}</a> <span class="health-listing__type">${auResources[i + 1]}</span></li>`)
  .join('\n')}</ul></section></article></div>
<aside class="col-md-4 health-sidebar"><section class="health-related"><h2>Related topics</h2><ul>${links(auRelTopics)}</ul></section>
<section class="health-contact"><h2>Contact</h2><p>Office of Health Protection and Response</p><p><a href="/contacts/ohpr">Contact details</a></p></section>
</aside>
</div><section class="health-feedback"><h2>Help us improve health.gov.au</h2><p>If you would like a response please use the enquiries form instead.</p>
<button class="au-btn">Give feedback</button></section></div></main>
<footer class="au-footer health-footer" role="contentinfo"><div class="container"><p class="health-footer__tis">Help in your language: call the Translating and
Interpreting Service (TIS National) on 131 450.</p><p class="health-footer__ack">${auAck}</p><nav class="au-footer__navigation">
<ul class="au-link-list">${links(auFoot)}</ul>
</nav><p class="health-footer__copyright">© Commonwealth of Australia</p></div></footer></div></body></html>`;
const govau: TestPage = {
  html: auHtml,
  name: 'heldout28-gov-au-information-page',
  kind: 'docs',
  // the introduction, the paragraphs, the two lists' items and the callout (the page's own advice, in its body field) are body;
  // the three h2s are the headings ("On this page" repeats them word for word: in neither list, its title furniture; the
  // breadcrumb's last item repeats the title: in neither list); the "Date last updated" date is the only byline (its label in
  // neither); page tools, tags ("Environmental health" also a crumb, once), "Resources" (also a menu item, once) with its items
  // and their types ("Publication" twice, once), related topics, the contact box, feedback prompt, skip links, the department
  // name (hidden text), search, menu, breadcrumb, the interpreter line, the Acknowledgement of Country and the footer are furniture
  title: auTitle,
  headings: auH,
  body: [auIntro, auRiskP, ...auRisk, ...texts(auPrepP), ...auPrep, ...texts(auSigns), auCallout],
  bylines: ['14 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to main navigation', 'Australian Government Department of Health, Disability and Ageing', 'Search this site',
    'Search', ...auNav, ...auCrumbs, 'On this page', ...auTools, 'Tags:', ...auTags.filter((t) => t !== 'Environmental health'),
    auResources[0], 'Publication', auResources[2], auResources[4], 'Guideline', 'Related topics', ...auRelTopics, 'Contact',
    'Office of Health Protection and Response', 'Contact details',
    'Help us improve health.gov.au', 'If you would like a response please use the enquiries form instead.', 'Give feedback',
    'Help in your language: call the Translating and Interpreting Service (TIS National) on 131 450.', auAck, ...auFoot, '© Commonwealth of Australia',
  ],
};

export const HELDOUT28_D: readonly TestPage[] = [govau, ngoReport];
