import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file b2: a ClinicalTrials.gov-style study record rendered by an Angular app (the official-site banner,
 * `_ngcontent` attributes and `<!---->` markers, the record header with its NCT id, status chip and record dates, the section
 * nav, the "Study Overview" fields, eligibility, study plan with an arms table, outcome measures, contacts and locations, and
 * the footer with the feedback widget).
 */
const cTitle = 'Morning Light Therapy for Sleep and Mood in Night-Shift Nurses';
const cHeads = ['Study Overview', 'Brief Summary', 'Detailed Description', 'Participation Criteria', 'Study Plan', 'Primary Outcome Measures'];
const cSummary = [
  j(
    'The purpose of this study is to learn whether 30 minutes of bright light each morning, after a run of night shifts, helps nurses',
    'sleep longer during the day and feel less low in mood than a dim-light comparison.',
  ),
];
const cDetail = [
  j(
    'Night-shift work disrupts the body clock, and nurses who work rotating nights often report short daytime sleep and low mood.',
    'Light is the strongest signal that sets the body clock, but most studies have given light during the night shift itself, which',
    'is hard to fit into a busy ward.',
  ),
  j(
    'In this study, participants will use a light box at home for 30 minutes within an hour of waking after their last night shift of',
    'each block. Half will receive a bright light box and half a dim red light box that looks similar. Sleep will be measured with a',
    'wrist-worn activity monitor for 8 weeks, and mood with short questionnaires completed on a phone.',
  ),
  'Neither participants nor the staff who score the sleep data will know which light box each person received.',
];
const cFields: [string, string][] = [
  ['Conditions', 'Shift-Work Sleep Disorder; Depressive Symptoms'],
  ['Intervention / Treatment', 'Device: Bright light box; Device: Dim red light box'],
  ['Study Type', 'Interventional'],
  ['Enrollment (Estimated)', '180'],
  ['Phase', 'Not Applicable'],
];
const cInclude = [
  'Registered nurse aged 21 to 60 years',
  'Works at least four night shifts per month in a hospital',
  'Able to use a light box at home each morning',
];
const cExclude = [
  'Diagnosed bipolar disorder or a current major depressive episode',
  'Eye disease affecting the retina',
  'Taking medicines that make the skin or eyes sensitive to light',
];
const cArms: [string, string, string][] = [
  ['Experimental: Bright light', 'Bright white light box, 10,000 lux, 30 minutes after waking', 'Device: Bright light box'],
  ['Sham Comparator: Dim red light', 'Red light box of similar size, under 50 lux, 30 minutes after waking', 'Device: Dim red light box'],
];
const cOutcome = [j('Total daytime sleep time, measured by wrist actigraphy. Time frame: averaged over weeks 5 to 8.')];
const cNav = ['Find Studies', 'Study Basics', 'Submit Studies', 'Data and API', 'About'];
const cSecNav = ['Study Details', 'Researcher View', 'No Results Posted', 'Record History'];
const cFoot = ['Accessibility', 'Viewers and Players', 'Freedom of Information Act', 'Disclaimers', 'Site Map'];
const ng = '_ngcontent-ng-c2871455701=""';
const field = ([k, v]: [string, string]): string => `<div ${ng} class="field-row"><dt ${ng} class="label">${k}</dt><dd ${ng} class="value">${v}</dd></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Study Details | ${cTitle} | TrialsRegistry</title><base href="/">
<meta name="description" content="Morning bright light after night shifts for sleep and mood in nurses: a randomized sham-controlled trial.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="styles.9f2c1a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalStudy","name":"${cTitle}","status":"Recruiting"}</script>
<style ng-app-id="ng">.field-row[_ngcontent-ng-c2871455701]{display:flex}</style></head>
<body><ctg-root _nghost-ng-c1093224891="" ng-version="17.3.4"><section class="usa-banner" aria-label="Official website banner">
<div class="usa-banner__header"><p class="usa-banner__header-text">An official website of the Norland Health Agency</p>
<button class="usa-banner__button"><span class="usa-banner__button-text">Here's how you know</span></button></div></section>
<ctg-header><header class="usa-header"><a class="ct-logo" href="/">TrialsRegistry</a>
<nav class="usa-nav"><ul class="usa-nav__primary">${links(cNav, 'usa-nav__primary-item')}</ul></nav></header></ctg-header><!---->
<main id="main-content"><ctg-study-details _nghost-ng-c2871455701=""><div ${ng} class="study-header">
<div ${ng} class="nct-id">NCT07211584</div><span ${ng} class="status-chip recruiting">Recruiting</span>
<h1 ${ng} class="study-title">${cTitle}</h1><!---->
<div ${ng} class="record-dates"><span ${ng}>First Posted: 2026-02-10</span><span ${ng}>Last Update Posted: 2026-08-30</span></div>
<div ${ng} class="study-actions"><button ${ng} class="usa-button usa-button--outline">Save</button>
<button ${ng} class="usa-button usa-button--outline">Send</button><button ${ng} class="usa-button">Download</button></div></div>
<nav ${ng} class="section-nav"><ul ${ng}>${links(cSecNav, 'section-nav-item')}</ul></nav>
<div ${ng} class="study-body"><section ${ng} id="overview"><h2 ${ng}>${cHeads[0]}</h2>
<h3 ${ng}>${cHeads[1]}</h3><div ${ng} class="text-block">${ps(cSummary)}</div>
<h3 ${ng}>${cHeads[2]}</h3><div ${ng} class="text-block">${ps(cDetail)}</div>
<dl ${ng} class="overview-fields">${cFields.map(field).join('\n')}</dl><!----></section>
<section ${ng} id="participation-criteria"><h2 ${ng}>${cHeads[3]}</h2><p ${ng} class="criteria-label">Inclusion Criteria:</p><ul ${ng}>${lis(cInclude)}</ul>
<p ${ng} class="criteria-label">Exclusion Criteria:</p><ul ${ng}>${lis(cExclude)}</ul><!----></section>
<section ${ng} id="study-plan"><h2 ${ng}>${cHeads[4]}</h2><table ${ng} class="usa-table arms-table"><thead><tr><th>Participant Group/Arm</th>
<th>Description</th><th>Intervention</th></tr></thead><tbody>
${cArms.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h3 ${ng}>${cHeads[5]}</h3>${ps(cOutcome)}</section>
<section ${ng} id="contacts"><h2 ${ng}>Contacts and Locations</h2><p ${ng}>Contact: Study Coordinator, sleepnurse@hollinsworth.example</p>
<p ${ng}>Hollinsworth University Hospital, Brennick, Norland</p></section>
<section ${ng} id="more-info"><h2 ${ng}>Collaborators and Investigators</h2><p ${ng}>Sponsor: Hollinsworth University Hospital</p></section></div>
</ctg-study-details><!----></main>
<ctg-footer><footer class="usa-footer"><ul>${links(cFoot, 'usa-footer__secondary-link')}</ul>
<p class="usa-footer__agency">Norland Health Agency, National Library of Clinical Research</p></footer></ctg-footer>
<ctg-feedback><button class="feedback-tab">Give us feedback</button></ctg-feedback></ctg-root>
<script src="runtime.4c1b.js" type="module"></script><script src="main.a81e.js" type="module"></script></body></html>`;
export const ctGov: TestPage = {
  name: 'heldout295-clinicaltrials-gov-style-study-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cSummary, ...cDetail, ...cFields.map((f) => f[1]), ...cInclude, ...cExclude, ...cArms.flat(), ...cOutcome]),
  bylines: ['First Posted: 2026-02-10', 'Last Update Posted: 2026-08-30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the Norland Health Agency', "Here's how you know", 'TrialsRegistry', ...cNav, 'NCT07211584', 'Recruiting', 'Save', 'Send',
    'Download', ...cSecNav, ...cFields.map((f) => f[0]), 'Inclusion Criteria:', 'Exclusion Criteria:', 'Contacts and Locations',
    'Contact: Study Coordinator, sleepnurse@hollinsworth.example', 'Hollinsworth University Hospital, Brennick, Norland', 'Collaborators and Investigators',
    'Sponsor: Hollinsworth University Hospital', ...cFoot, 'Norland Health Agency, National Library of Clinical Research', 'Give us feedback',
  ],
};
