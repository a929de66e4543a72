import { links, type TestPage, texts } from './page-kit.js';
import { federalRegisterRule } from './pages-heldout46-b2.js';

/**
 * Held-out batch 46, file b: a ClinicalTrials.gov study record on the 2023 site (the .gov banner with its hidden "Here's how
 * you know" panel, a funding-lapse notice, NLM header and nav, status chip, title, NCT number, sponsor, "Information provided
 * by" and last-update lines, the record tabs, the "On this page" rail, the disclaimer, then Study Overview, Contacts and
 * Locations, Participation Criteria, Study Plan tables, Collaborators and Investigators, Study Record Dates, More Information
 * and the NLM footer). Angular markup with _ngcontent attributes.
 */
const ctTitle = 'Home-Based Balance Training After Hip Fracture Surgery (STEADY-HOME)';
const ctSummary = [
  'The goal of this clinical trial is to learn whether a home-based balance training program, guided by weekly video calls with ' +
    'a physical therapist, helps adults aged 70 and older walk more steadily in the first six months after surgery for a hip ' +
    'fracture. The main questions it aims to answer are:',
];
const ctQuestions = [
  'Does the home program improve balance and mobility, measured by the Short Physical Performance Battery, more than usual care at 16 weeks?',
  'Does it reduce the number of falls in the six months after surgery?',
];
const ctSummary2 = ['Researchers will compare the home program with usual care, which is a printed exercise sheet given at discharge. Participants will:'];
const ctTasks = [
  'Do 30 minutes of balance and strength exercises at home, five days a week, for 12 weeks',
  'Meet a physical therapist by video once a week',
  'Keep a falls diary and wear an activity tracker for one week at three time points',
];
const ctDesc = [
  'About one in four older adults who break a hip never regains the ability to walk independently, and many fall again within a ' +
    'year. Supervised rehabilitation helps, but most patients leave the hospital with only a printed sheet of exercises, and ' +
    'outpatient therapy is hard to reach for those who cannot drive.',
  'STEADY-HOME is a two-arm randomized trial at three hospitals in Ohio. Participants are randomized one to one within four weeks ' +
    'of surgery. The intervention group receives a tablet, a set of ankle weights and a stable chair, and follows a progressive ' +
    'program of standing balance, sit-to-stand and stepping exercises. A physical therapist reviews progress on a weekly video call ' +
    'and adjusts the difficulty.',
  'Assessors who do not know the group assignment will measure physical performance at baseline, 16 weeks and 26 weeks. Falls are ' +
    'recorded in monthly diaries and confirmed by telephone. The study will also collect the cost of delivering the program, so ' +
    'that health systems can judge whether it could be offered as routine care.',
];
const ctIncl = [
  'Aged 70 years or older',
  'Surgical repair of a hip fracture in the past 4 weeks',
  'Able to walk 10 meters before the fracture, with or without a walking aid',
  'Living at home or in a residence without on-site therapy',
];
const ctExcl = [
  'Moderate or severe dementia (Mini-Cog score below 3)',
  'A medical condition that prevents standing exercise',
  'Planned admission to a skilled nursing facility for more than 30 days',
];
const ctRail = ['Study Overview', 'Contacts and Locations', 'Participation Criteria', 'Study Plan', 'Collaborators and Investigators', 'Study Record Dates'];
const ctOverviewFields = [
  ['Official Title', 'A Randomized Trial of Telehealth-Supported Home Balance Training Versus Usual Care After Hip Fracture Surgery in Older Adults'],
  ['Conditions', 'Hip Fractures'],
  ['Intervention / Treatment', 'Behavioral: Home balance training program'],
  ['Other Study ID Numbers', 'UN-2025-0117'],
  ['Study Start (Actual)', '2025-04-07'],
  ['Primary Completion (Estimated)', '2026-12-31'],
  ['Study Completion (Estimated)', '2027-06-30'],
  ['Enrollment (Estimated)', '180'],
  ['Study Type', 'Interventional'],
  ['Phase', 'Not Applicable'],
];
const ctPartFields = [
  ['Ages Eligible for Study', '70 Years and older (Older Adult)'],
  ['Sexes Eligible for Study', 'All'],
  ['Accepts Healthy Volunteers', 'No'],
];
const ctDesign = ['Primary Purpose: Treatment', 'Allocation: Randomized', 'Interventional Model: Parallel Assignment', 'Masking: Single (Outcomes Assessor)'];
const ctArms = [
  [
    'Experimental: Home balance training',
    'Twelve weeks of progressive exercise at home with weekly video visits.',
    'Behavioral: Home balance training program',
  ],
  ['No Intervention: Usual care', 'Printed exercise sheet at discharge and routine follow-up.', ''],
];
const ctOutcomes = [
  ['Short Physical Performance Battery (SPPB) score', 'Score from 0 to 12; higher scores mean better physical function.', 'Baseline to 16 weeks'],
];
const ctDates = [
  ['First Submitted', '2025-02-11'],
  ['First Submitted that Met QC Criteria', '2025-02-14'],
  ['First Posted', '2025-02-20'],
  ['Last Update Submitted that met QC Criteria', '2025-09-26'],
  ['Last Update Posted', '2025-09-30'],
  ['Last Verified', '2025-09'],
];
const ctNav = ['Find Studies', 'Study Basics', 'Submit Studies', 'Data and API', 'Policy', 'About'];
const ctFoot = ['Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'NLM Support Center', 'Accessibility', 'Careers'];
const ng = '_ngcontent-ng-c2184773=""';
const field = ([k, v]: string[]): string => `<div ${ng} class="field"><span ${ng} class="label">${k}</span><span ${ng} class="value">${v}</span></div>`;
const ul = (items: readonly string[]): string => `<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const ctHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Study Details | NCT06874521 | ${ctTitle} | ClinicalTrials.gov</title>
<base href="/"><style ng-app-id="ng">.usa-banner__content[hidden]{display:none}.ctg-hidden{display:none!important}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalStudy","name":"${ctTitle}","identifier":"NCT06874521",
"sponsor":{"@type":"Organization","name":"University of Northfield"},"status":"Recruiting"}</script></head>
<body><ctg-root ng-version="19.2.4"><section class="usa-banner" aria-label="Official website of the United States government">
<div class="usa-banner__header"><p>An official website of the United States government</p><button class="usa-banner__button" aria-expanded="false">
Here’s how you know</button></div><div class="usa-banner__content" hidden><p><strong>Official websites use .gov</strong> A .gov website belongs to an
official government organization in the United States.</p><p><strong>Secure .gov websites use HTTPS</strong> A lock or https:// means you’ve safely
connected to the .gov website.</p></div></section>
<div class="alert-banner" role="alert"><p>Because of a lapse in government funding, the information on this website may not be up to date, and the agency
may not be able to respond to inquiries until appropriations are enacted.</p></div>
<header ${ng} class="ctg-header"><a href="https://www.nlm.nih.gov/" class="nlm-logo">National Library of Medicine</a>
<a href="/" class="ctg-logo">ClinicalTrials.gov</a>
<nav ${ng} class="ctg-nav"><ul>${links(ctNav, 'ctg-nav-item')}</ul></nav></header>
<main id="main-content"><ctg-study-details ${ng}><div ${ng} class="study-header"><span ${ng} class="status-chip recruiting">Recruiting</span>
<h1 ${ng} class="study-title">${ctTitle}</h1>
<div ${ng} class="study-ids"><span class="label">ClinicalTrials.gov ID</span> <span class="nct">NCT06874521</span></div>
<div ${ng} class="sponsor"><span class="label">Sponsor</span> <span>University of Northfield</span></div>
<div ${ng} class="info-provided"><span class="label">Information provided by</span> <span>Helena Marsh, University of Northfield</span>
<span class="responsible">(Responsible Party)</span></div>
<div ${ng} class="last-update"><span class="label">Last Update Posted</span> <time>2025-09-30</time></div></div>
<nav ${ng} class="study-tabs" role="tablist"><a role="tab" aria-selected="true" href="#">Study Details</a><a role="tab" href="#">Researcher View</a>
<a role="tab" href="#">No Results Posted</a><a role="tab" href="#">Record History</a></nav>
<div ${ng} class="study-layout"><aside ${ng} class="on-this-page"><h2 class="ctg-hidden">On this page</h2><ul>${links(ctRail)}</ul>
<button class="print-btn">Print</button><button class="save-btn">Save</button></aside><div ${ng} class="study-content">
<ctg-disclaimer ${ng}><p class="disclaimer">The sponsor and investigators are responsible for the safety and scientific validity of this study.
Listing a study does not mean it has been evaluated by the U.S. Federal Government. <a href="/about-site/disclaimer">Read our disclaimer for details.</a></p>
</ctg-disclaimer>
<section ${ng} id="study-overview"><h2 ${ng}>Study Overview</h2>
<h3 ${ng}>Brief Summary</h3><ctg-long-text ${ng}><div class="text-block">${ctSummary.map((p) => `<p>${p}</p>`).join('')}${ul(ctQuestions)}
${ctSummary2.map((p) => `<p>${p}</p>`).join('')}${ul(ctTasks)}</div></ctg-long-text>
<h3 ${ng}>Detailed Description</h3><ctg-long-text ${ng}><div class="text-block">${ctDesc.map((p) => `<p>${p}</p>`).join('\n')}</div></ctg-long-text>
${ctOverviewFields.map(field).join('\n')}</section>
<section ${ng} id="contacts-and-locations"><h2 ${ng}>Contacts and Locations</h2><p class="section-intro">This section provides the contact details
for those conducting the study, and information on where this study is being conducted.</p>
<h3>Study Contact</h3><p><span>Helena Marsh, PhD</span><br><span>Phone Number: 555-0143</span><br><span>Email: steadyhome@northfield.example</span></p>
<h3>Study Locations</h3><div class="location"><span class="facility">Northfield Medical Center</span><span class="status">Recruiting</span>
<span class="city">Northfield, Ohio, United States, 44067</span></div><div class="location"><span class="facility">Lakeview Orthopedic Hospital</span>
<span class="status">Not yet recruiting</span><span class="city">Sandusky, Ohio, United States, 44870</span></div></section>
<section ${ng} id="participation-criteria"><h2 ${ng}>Participation Criteria</h2><p class="section-intro">Researchers look for people who fit a
certain description, called eligibility criteria. Some examples of these criteria are a person’s general health condition or prior treatments.</p>
<h3 ${ng}>Eligibility Criteria</h3><ctg-long-text ${ng}><div class="text-block"><p>Inclusion Criteria:</p>${ul(ctIncl)}<p>Exclusion Criteria:</p>${ul(ctExcl)}
</div></ctg-long-text>${ctPartFields.map(field).join('\n')}</section>
<section ${ng} id="study-plan"><h2 ${ng}>Study Plan</h2><h3>How is the study designed?</h3><h4>Design Details</h4>${ul(ctDesign)}
<h4>Arms and Interventions</h4><table class="arms"><thead><tr><th>Participant Group/Arm</th><th>Intervention/Treatment</th></tr></thead><tbody>
${ctArms.map(([a, d, i]) => `<tr><td><strong>${a}</strong><p>${d}</p></td><td>${i}</td></tr>`).join('')}</tbody></table>
<h3>What is the study measuring?</h3><h4>Primary Outcome Measures</h4><table class="outcomes"><thead><tr><th>Outcome Measure</th><th>Measure Description</th>
<th>Time Frame</th></tr></thead><tbody>${ctOutcomes.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></section>
<section ${ng} id="collaborators-and-investigators"><h2 ${ng}>Collaborators and Investigators</h2><h3>Sponsor</h3><p>University of Northfield</p>
<h3>Collaborators</h3><p>Ohio Department of Aging</p><h3>Investigators</h3><p>Principal Investigator: Helena Marsh, PhD, University of Northfield</p></section>
<section ${ng} id="study-record-dates"><h2 ${ng}>Study Record Dates</h2><p class="section-intro">These dates track the progress of study record
submissions to ClinicalTrials.gov.</p>${ctDates.map(field).join('\n')}</section>
<section ${ng} id="more-information"><h2 ${ng}>More Information</h2><h3>Terms related to this study</h3><p class="label">Keywords Provided by University
of Northfield</p><ul class="keywords">${links(['hip fracture', 'telerehabilitation', 'accidental falls'])}</ul></section>
</div></div></ctg-study-details></main>
<footer class="ctg-footer"><p>National Library of Medicine, 8600 Rockville Pike, Bethesda, MD 20894</p><ul>${links(ctFoot)}</ul>
<ul class="agency-links">${links(['NLM', 'NIH', 'HHS', 'USA.gov'])}</ul></footer></ctg-root></body></html>`;
const clinicalTrial: TestPage = {
  html: ctHtml,
  name: 'heldout46-clinicaltrials-study-record',
  kind: 'docs',
  // the brief summary (with its two lists), the detailed description and the eligibility criteria (the sponsor's own
  // "Inclusion Criteria:" and "Exclusion Criteria:" lead-ins with them) are body; "Study Overview" and "Participation
  // Criteria" (the two section heads over that text) and "Brief Summary", "Detailed Description", "Eligibility Criteria" are
  // the headings; "Information provided by" names the record's author (the responsible party): byline, with the record's two
  // posting dates (First Posted, Last Update Posted); the form fields (official title, conditions, dates of the study itself,
  // ages, design, arms and outcomes tables), contacts, locations, investigators, the record's submission dates, keywords,
  // section intros, disclaimer, tabs, rail, banners, header and footer are furniture; the rail repeats two headings (kept as
  // headings); "Recruiting" is both the chip and a location status (once); the bare "Sponsor" label (also an h3) is furniture
  title: ctTitle,
  headings: ['Study Overview', 'Brief Summary', 'Detailed Description', 'Participation Criteria', 'Eligibility Criteria'],
  body: [
    ...texts(ctSummary),
    ...ctQuestions,
    ...texts(ctSummary2),
    ...ctTasks,
    ...texts(ctDesc),
    'Inclusion Criteria:',
    ...ctIncl,
    'Exclusion Criteria:',
    ...ctExcl,
  ],
  bylines: ['Helena Marsh, University of Northfield', '2025-02-20', '2025-09-30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Here’s how you know',
    'A .gov website belongs to an official government organization in the United States.',
    'A lock or https:// means you’ve safely connected to the .gov website.',
    'Because of a lapse in government funding, the information on this website may not be up to date, and the agency ' +
      'may not be able to respond to inquiries until appropriations are enacted.',
    'National Library of Medicine', 'ClinicalTrials.gov', ...ctNav, 'Recruiting', 'ClinicalTrials.gov ID', 'NCT06874521', 'Sponsor', 'University of Northfield',
    'Information provided by', '(Responsible Party)', 'Last Update Posted', 'Study Details', 'Researcher View', 'No Results Posted', 'Record History',
    'On this page', ...ctRail.filter((t) => t !== 'Study Overview' && t !== 'Participation Criteria'), 'Print', 'Save',
    'Listing a study does not mean it has been evaluated by the U.S. Federal Government.', 'Read our disclaimer for details.',
    ...ctOverviewFields.flat(),
    'This section provides the contact details for those conducting the study, and information on where this study is being conducted.',
    'Study Contact', 'Helena Marsh, PhD', 'Phone Number: 555-0143', 'Study Locations', 'Northfield Medical Center', 'Not yet recruiting',
    'Sandusky, Ohio, United States, 44870', 'Researchers look for people who fit a certain description, called eligibility criteria.',
    ...ctPartFields.flat(), 'How is the study designed?', 'Design Details', ...ctDesign, 'Arms and Interventions', 'Participant Group/Arm',
    ...ctArms.flat().filter((t) => t !== '' && t !== 'Behavioral: Home balance training program'),
    'What is the study measuring?', 'Primary Outcome Measures', 'Outcome Measure', 'Measure Description', 'Time Frame', ...ctOutcomes.flat(), 'Collaborators',
    'Ohio Department of Aging', 'Investigators', 'Principal Investigator: Helena Marsh, PhD, University of Northfield',
    'These dates track the progress of study record submissions to ClinicalTrials.gov.',
    ...ctDates.flat().filter((t) => !['2025-02-20', '2025-09-30', 'Last Update Posted'].includes(t)),
    'More Information', 'Terms related to this study', 'Keywords Provided by University of Northfield', 'hip fracture', 'telerehabilitation',
    'accidental falls',
    'National Library of Medicine, 8600 Rockville Pike, Bethesda, MD 20894', ...ctFoot, 'NLM', 'NIH', 'HHS', 'USA.gov',
  ],
};

export const HELDOUT46_B: readonly TestPage[] = [clinicalTrial, federalRegisterRule];
