import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout350-kit.js';

/**
 * Held-out batch 350, file a: a ClinicalTrials.gov study record (Angular markup with _ngcontent attributes, the .gov banner,
 * the study tabs, the record-date bylines, the disclaimer, the "Share" and "Send to" menus and the NLM footer) and an EU Clinical
 * Trials Register protocol page (EMA header, the search box, the numbered field table and the legal footer).
 */
const cTitle = 'Oral Vexalimod in Adults With Moderate to Severe Chronic Plaque Psoriasis (VEXA-2)';
const cSummary = [
  j(
    'The goal of this clinical trial is to learn if vexalimod, a once-daily tablet, works to clear the skin of adults with moderate to',
    'severe plaque psoriasis. It will also learn about the safety of vexalimod. The main questions it aims to answer are:',
  ),
];
const cQuestions = [
  'Does vexalimod lower the psoriasis area and severity score by at least 75 percent after 16 weeks?',
  'What medical problems do participants have when taking vexalimod for up to 52 weeks?',
];
const cSummary2 = [
  j(
    'Researchers will compare vexalimod to a placebo (a look-alike tablet that contains no drug) to see if vexalimod works to treat',
    'plaque psoriasis. Participants will take one tablet every morning, visit the clinic every four weeks for skin checks and blood',
    'tests, and keep a short diary of itching and sleep.',
  ),
];
const cDescription = [
  j(
    'VEXA-2 is a multicentre, randomised, double-blind, placebo-controlled study in three parts. In Part A, participants are',
    'randomised 2:2:1 to vexalimod 20 mg, vexalimod 40 mg or placebo for 16 weeks. In Part B, participants on placebo switch to',
    'vexalimod 40 mg, and all participants continue to week 52. Part C is an optional 12-week follow-up without study drug.',
  ),
  j(
    'Randomisation is stratified by body weight (under or over 100 kg) and by previous use of a biologic treatment. An independent',
    'data monitoring committee reviews unblinded safety data every six months.',
  ),
];
const cInclusion = [
  'Adults aged 18 to 75 years with chronic plaque psoriasis for at least 6 months',
  'Psoriasis covering at least 10 percent of the body surface area at screening and at baseline',
  'Candidate for systemic therapy or phototherapy in the opinion of the investigator',
  'Willing to use an effective method of contraception during the study and for 30 days after the last dose',
];
const cExclusion = [
  'Guttate, erythrodermic or pustular psoriasis as the main form of disease',
  'Active or latent tuberculosis that has not been fully treated',
  'Use of a biologic treatment within 12 weeks before the first dose',
  'Pregnancy or breastfeeding',
];
const cArms = [
  'Experimental: Vexalimod 20 mg',
  'Vexalimod 20 mg tablet taken orally once daily for 52 weeks',
  'Experimental: Vexalimod 40 mg',
  'Vexalimod 40 mg tablet taken orally once daily for 52 weeks',
  'Placebo Comparator: Placebo, then vexalimod 40 mg',
  'Placebo tablet once daily for 16 weeks, then vexalimod 40 mg once daily to week 52',
];
const cOutcomes = [
  j('Percentage of participants achieving a 75 percent or greater improvement from baseline in Psoriasis Area and Severity Index', '(PASI 75) at week 16'),
  'Percentage of participants with a static Physician Global Assessment of clear or almost clear at week 16',
];
const cHeadings = [
  'Study Overview',
  'Brief Summary',
  'Detailed Description',
  'Participation Criteria',
  'Study Plan',
  'Arms and Interventions',
  'Outcome Measures',
];
const cNav = ['Find Studies', 'Study Basics', 'Submit Studies', 'Data and API', 'Policy', 'About'];
const cTabs = ['Study Details', 'Researcher View', 'No Results Posted', 'Record History'];
const cSide = ['Study Overview', 'Contacts and Locations', 'Participation Criteria', 'Study Plan', 'Collaborators and Investigators', 'Study Record Dates'];
const cFoot = ['Accessibility', 'Viewers and Players', 'Freedom of Information Act', 'HHS Vulnerability Disclosure', 'Contact NLM'];
const ng = '_ngcontent-ng-c3941870';
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Study Details | NCT06711842 | ${cTitle} | ClinicalTrials.gov</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The goal of this clinical trial is to learn if vexalimod works to clear the skin of adults with plaque psoriasis.">
<link rel="canonical" href="https://clinicaltrials.gov/study/NCT06711842"><link rel="stylesheet" href="styles.8c1f0a2e.css">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-CTGOV1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-CTGOV1');</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalStudy","name":"${cTitle}","status":"Recruiting",
"sponsor":{"@type":"Organization","name":"Halvern Therapeutics"},"healthCondition":"Plaque Psoriasis"}</script></head>
<body><ctg-root ng-version="17.3.4"><ctg-gov-banner><section class="usa-banner" aria-label="Official website of the United States government">
<div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of
the United States government</p><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false">
<span class="usa-banner__button-text">Here’s how you know</span></button></div></header></div></section></ctg-gov-banner>
<ctg-header><header class="ctg-header usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><a href="/"
title="ClinicalTrials.gov"><img src="assets/images/ctg-logo.svg" alt="ClinicalTrials.gov"></a></div></div>
<nav class="usa-nav" aria-label="Primary navigation"><ul class="usa-nav__primary usa-accordion">${links(cNav, 'usa-nav__primary-item')}</ul></nav>
<div class="usa-nav__secondary"><a class="usa-button usa-button--outline" href="/search">Search ClinicalTrials.gov</a></div></header></ctg-header>
<main id="main-content"><ctg-study-details ${ng}><div ${ng} class="study-header"><div ${ng} class="nct-id-row"><span ${ng}
class="nct-id">NCT06711842</span> <span ${ng} class="usa-tag recruiting">Recruiting</span></div>
<h1 ${ng} class="text-balance ctg-study-title" id="study-title">${cTitle}</h1>
<div ${ng} class="study-actions"><button ${ng} class="usa-button usa-button--unstyled">Save</button>
<ctg-share-menu ${ng}><button class="usa-button usa-button--unstyled" aria-haspopup="true">Share</button><ul class="share-options" hidden>
<li><a href="#">Email</a></li><li><a href="#">Copy link</a></li></ul></ctg-share-menu>
<button ${ng} class="usa-button usa-button--unstyled">Send to</button></div>
<div ${ng} class="sponsor-row"><span ${ng} class="label">Sponsor</span> <span ${ng} class="sponsor-name">Halvern Therapeutics</span></div>
<div ${ng} class="dates-row"><span ${ng} class="label">Last Update Posted</span> <span ${ng}>2026-02-11</span></div></div>
<nav ${ng} class="study-tabs" aria-label="Study record tabs"><ul ${ng} class="ctg-tabs">${links(cTabs, 'ctg-tab')}</ul></nav>
<div ${ng} class="study-layout grid-row"><aside ${ng} class="study-side-nav tablet:grid-col-3"><p ${ng} class="side-nav-label">On this page</p>
<ul ${ng} class="usa-sidenav">${links(cSide, 'usa-sidenav__item')}</ul></aside>
<div ${ng} class="study-content tablet:grid-col-9"><section ${ng} id="study-overview" class="ctg-section">
<h2 ${ng} class="ctg-section-title">Study Overview</h2>
<h3 ${ng} class="ctg-subsection-title">Brief Summary</h3><div ${ng} class="ctg-markdown">${ps(cSummary)}
<ul>${cQuestions.map((q) => `<li>${q}</li>`).join('\n')}</ul>
${ps(cSummary2)}</div>
<h3 ${ng} class="ctg-subsection-title">Detailed Description</h3><div ${ng} class="ctg-markdown">${ps(cDescription)}</div>
<div ${ng} class="overview-fields"><dl ${ng}><dt>Official Title</dt><dd>A Phase 3 Study of Oral Vexalimod in Adult Participants With Plaque Psoriasis</dd>
<dt>Conditions</dt><dd><a href="/search?cond=Plaque%20Psoriasis">Plaque Psoriasis</a></dd><dt>Study Start (Actual)</dt><dd>2025-09-02</dd>
<dt>Enrollment (Estimated)</dt><dd>640</dd><dt>Phase</dt><dd>Phase 3</dd></dl></div></section>
<section ${ng} id="contacts-and-locations" class="ctg-section"><h2 ${ng} class="ctg-section-title">Contacts and Locations</h2>
<p ${ng} class="ctg-helper">This section provides the contact details for those conducting the study, and information on where this study is being
conducted.</p><p ${ng} class="ctg-helper">Study Locations: 48 sites in 6 countries</p><button ${ng} class="usa-button">Show all locations</button></section>
<section ${ng} id="participation-criteria" class="ctg-section"><h2 ${ng} class="ctg-section-title">Participation Criteria</h2>
<p ${ng} class="ctg-helper">Researchers look for people who fit a certain description, called eligibility criteria.</p>
<div ${ng} class="ctg-markdown"><p>Inclusion Criteria:</p><ul>${cInclusion.map((q) => `<li>${q}</li>`).join('\n')}</ul>
<p>Exclusion Criteria:</p><ul>${cExclusion.map((q) => `<li>${q}</li>`).join('\n')}</ul></div></section>
<section ${ng} id="study-plan" class="ctg-section"><h2 ${ng} class="ctg-section-title">Study Plan</h2>
<h3 ${ng} class="ctg-subsection-title">Arms and Interventions</h3><table ${ng} class="usa-table"><thead><tr><th>Participant Group/Arm</th>
<th>Intervention/Treatment</th></tr></thead><tbody><tr><td>${cArms[0] ?? ''}</td><td>${cArms[1] ?? ''}</td></tr>
<tr><td>${cArms[2] ?? ''}</td><td>${cArms[3] ?? ''}</td></tr><tr><td>${cArms[4] ?? ''}</td><td>${cArms[5] ?? ''}</td></tr></tbody></table>
<h3 ${ng} class="ctg-subsection-title">Outcome Measures</h3><ul ${ng}>${cOutcomes.map((q) => `<li>${q}</li>`).join('\n')}</ul></section>
<section ${ng} id="collaborators-and-investigators" class="ctg-section"><h2 ${ng} class="ctg-section-title">Collaborators and Investigators</h2>
<p ${ng}>Study Director: Oriane Castellow, MD, Halvern Therapeutics</p></section>
<section ${ng} id="study-record-dates" class="ctg-section"><h2 ${ng} class="ctg-section-title">Study Record Dates</h2>
<dl ${ng}><dt>First Submitted</dt><dd>2025-06-19</dd><dt>First Posted</dt><dd>2025-07-01</dd></dl></section>
<div ${ng} class="usa-alert usa-alert--info usa-alert--slim ctg-disclaimer"><div class="usa-alert__body"><p class="usa-alert__text">The safety and scientific
validity of this study is the responsibility of the study sponsor and investigators. Listing a study does not mean it has been evaluated by the U.S.
Federal Government.</p></div></div></div></div></ctg-study-details></main>
<ctg-footer><footer class="usa-footer"><div class="usa-footer__primary-section"><ul class="usa-list--unstyled">${links(cFoot, 'usa-footer__item')}</ul>
</div><div class="usa-footer__secondary-section"><p>National Library of Medicine, 8600 Rockville Pike, Bethesda, MD 20894</p>
<p>U.S. Department of Health and Human Services</p></div></footer></ctg-footer></ctg-root>
<script src="runtime.4e1d.js" type="module"></script><script src="main.a9c3b7.js" type="module"></script></body></html>`;
const ctGov: TestPage = {
  name: 'heldout350-clinicaltrials-gov-study-record',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeadings,
  body: texts([
    ...cSummary,
    ...cQuestions,
    ...cSummary2,
    ...cDescription,
    'Inclusion Criteria:',
    ...cInclusion,
    'Exclusion Criteria:',
    ...cExclusion,
    ...cArms,
    ...cOutcomes,
  ]),
  bylines: ['Halvern Therapeutics', '2026-02-11', 'Study Director: Oriane Castellow, MD, Halvern Therapeutics', '2025-06-19', '2025-07-01'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Here’s how you know', ...cNav, 'Search ClinicalTrials.gov', 'NCT06711842', 'Recruiting',
    'Save', 'Share', 'Email', 'Copy link', 'Send to', 'Sponsor', 'Last Update Posted', ...cTabs, 'On this page', 'Contacts and Locations',
    'Collaborators and Investigators', 'Study Record Dates',
    'This section provides the contact details for those conducting the study, and information on where this study is being conducted.',
    'Study Locations: 48 sites in 6 countries', 'Show all locations', 'Researchers look for people who fit a certain description, called eligibility criteria.',
    'First Submitted', 'First Posted',
    j(
      'The safety and scientific validity of this study is the responsibility of the study sponsor and',
      'investigators. Listing a study does not mean it has been evaluated by the U.S. Federal Government.',
    ),
    ...cFoot, 'National Library of Medicine, 8600 Rockville Pike, Bethesda, MD 20894', 'U.S. Department of Health and Human Services',
  ],
};

const eTitle = 'A randomised, open-label trial of early versus delayed tranexamic acid after hip fracture surgery in older adults (TRAX-HIP)';
type Row = readonly [string, string, string];
const eRows: readonly Row[] = [
  ['E.1.1', 'Medical condition(s) being investigated', 'Blood loss and transfusion after surgical repair of a fragility hip fracture'],
  [
    'E.1.1.1',
    'Medical condition in easily understood language',
    'A broken hip in older people, and the bleeding that happens during and after the operation to repair it.',
  ],
  [
    'E.2.1',
    'Main objective of the trial',
    j(
      'To determine whether a first dose of tranexamic acid given in the emergency department, before surgery, reduces the',
      'proportion of patients who need a red cell transfusion within seven days, compared with a first dose given at induction of anaesthesia.',
    ),
  ],
  [
    'E.2.2',
    'Secondary objectives of the trial',
    j(
      'To compare the two strategies for total calculated blood loss, venous thromboembolism within 90 days, delirium during the',
      'hospital stay, length of stay and mortality at 30 and 90 days.',
    ),
  ],
  [
    'E.3',
    'Principal inclusion criteria',
    j(
      'Patients aged 65 years or older admitted with a radiologically confirmed intracapsular or extracapsular fracture of the',
      'proximal femur who are expected to undergo surgery within 48 hours of admission.',
    ),
  ],
  [
    'E.4',
    'Principal exclusion criteria',
    j(
      'Arterial or venous thrombosis within the past 12 months; estimated glomerular filtration rate below 30 mL/min; a history',
      'of seizures; current use of a direct oral anticoagulant taken within the previous 24 hours; periprosthetic or pathological fracture.',
    ),
  ],
  ['E.5.1', 'Primary end point(s)', 'Red cell transfusion of one unit or more between randomisation and day 7 after surgery, or discharge if earlier.'],
  ['E.5.1.1', 'Timepoint(s) of evaluation of this end point', 'Day 7 after surgery, or the day of discharge from the orthopaedic ward if this comes first.'],
  [
    'E.5.2',
    'Secondary end point(s)',
    j(
      'Calculated blood loss from haemoglobin values on days 1 and 3; symptomatic deep vein thrombosis or pulmonary embolism',
      'confirmed by imaging within 90 days; delirium assessed daily with the 4AT tool; length of acute hospital stay; death from any cause.',
    ),
  ],
  [
    'E.8.1',
    'Controlled',
    'Yes. The comparator is the same medicinal product given at a later time point; no placebo is used and the outcome assessors are blinded.',
  ],
];
const eBody = eRows.map((r) => r[2]);
const eMenu = ['Home', 'Clinical trials', 'Search', 'Results', 'Help', 'Contacts', 'Links'];
const eFoot = ['Legal notice', 'Privacy statement', 'Cookies', 'Accessibility'];
const eHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>EU Clinical Trials Register - Clinical trial 2024-003318-27</title><meta name="description" content="EU Clinical Trials Register protocol" />
<link rel="stylesheet" type="text/css" href="/ctr-search/resources/css/ctr.css" /><script type="text/javascript" src="/ctr-search/resources/js/jquery.js">
</script><script type="text/javascript">var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);_paq.push(['setSiteId','14']);</script></head>
<body><div id="wrapper"><div id="header"><div id="logo"><a href="http://www.ema.europa.eu"><img src="/ctr-search/resources/images/ema-logo.gif"
alt="European Medicines Agency" /></a></div><div id="banner-title"><span class="ctr-name">EU Clinical Trials Register</span>
<span class="ema-tagline">Science Medicines Health</span></div></div>
<div id="menu"><ul class="menu">${links(eMenu, 'menuItem')}</ul></div>
<div id="ctisNotice" class="notice"><p>From 31 January 2025 all clinical trials in the EU/EEA are submitted through the Clinical Trials Information System.
Trials transitioned to CTIS are listed in its public portal.</p></div>
<div id="content"><div id="searchBox"><form action="/ctr-search/search" method="get"><label for="query">Search term</label>
<input type="text" name="query" id="query" /><input type="submit" value="Search" class="button" /></form></div>
<div id="breadcrumb"><a href="/ctr-search/search">Search results</a> &gt; <span>Clinical trial 2024-003318-27</span></div>
<div class="detail"><h1 class="cellBlue">${eTitle}</h1>
<table class="summary" width="100%"><tr><td class="labelColumn">EudraCT Number:</td><td class="valueColumn">2024-003318-27</td></tr>
<tr><td class="labelColumn">Sponsor's Protocol Code Number:</td><td class="valueColumn">TRAX-HIP-01</td></tr>
<tr><td class="labelColumn">National Competent Authority:</td><td class="valueColumn">Ireland - HPRA</td></tr>
<tr><td class="labelColumn">Clinical Trial Type:</td><td class="valueColumn">EEA CTA</td></tr>
<tr><td class="labelColumn">Trial Status:</td><td class="valueColumn">Ongoing</td></tr>
<tr><td class="labelColumn">Date on which this record was first entered in the EudraCT database:</td><td class="valueColumn">2024-10-08</td></tr></table>
<h2 class="cellGrey">B. Sponsor Information</h2><table class="detailTable" width="100%"><tr><td class="first">B.1.1</td><td class="second">Name of Sponsor</td>
<td class="third">Western Lakes University Hospital Group</td></tr></table>
<h2 class="cellGrey">E. General Information on the Trial</h2><table class="detailTable" width="100%">
${eRows.map((r) => `<tr><td class="first">${r[0]}</td><td class="second">${r[1]}</td><td class="third">${r[2]}</td></tr>`).join('\n')}
</table><div class="printLinks"><a href="javascript:window.print()">Print</a> <a href="/ctr-search/rest/download/full?query=2024-003318-27">Download</a></div>
</div></div>
<div id="footer"><ul class="footerLinks">${links(eFoot)}</ul><p class="copyright">European Medicines Agency © 1995-2026 | Domenico Scarlattilaan 6,
1083 HS Amsterdam, The Netherlands</p></div></div></body></html>`;
const euCtr: TestPage = {
  name: 'heldout350-eu-clinical-trials-register-protocol',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['E. General Information on the Trial'],
  body: texts(eBody),
  bylines: ['2024-10-08', 'Western Lakes University Hospital Group'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'EU Clinical Trials Register', 'Science Medicines Health', ...eMenu,
    j(
      'From 31 January 2025 all clinical trials in the EU/EEA are submitted through the Clinical Trials',
      'Information System. Trials transitioned to CTIS are listed in its public portal.',
    ),
    'Search term', 'Search results', 'Clinical trial 2024-003318-27', 'EudraCT Number:', "Sponsor's Protocol Code Number:", 'National Competent Authority:',
    'Ireland - HPRA', 'Clinical Trial Type:', 'EEA CTA', 'Trial Status:', 'Ongoing', 'Date on which this record was first entered in the EudraCT database:',
    'B. Sponsor Information', 'Name of Sponsor', 'Print', 'Download', ...eFoot,
    'European Medicines Agency © 1995-2026 | Domenico Scarlattilaan 6, 1083 HS Amsterdam, The Netherlands',
  ],
};

export const HELDOUT350_A: readonly TestPage[] = [ctGov, euCtr];
