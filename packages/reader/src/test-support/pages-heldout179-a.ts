import { links, type TestPage, texts } from './page-kit.js';
import { whoRelease } from './pages-heldout179-a2.js';

/**
 * Held-out batch 179, file a: a CDC MMWR report page (the .gov banner with its hidden "Here's how you know" panel, the CDC
 * header with search, the MMWR section nav, breadcrumbs, the "On This Page" list, the issue line, the author list, the
 * Summary box, the report sections with a table, the acknowledgments, affiliations, corresponding author, references,
 * the suggested citation, the PDF and "Article Metrics" boxes, the page rating widget and the CDC footer) and, from file
 * a2, a WHO news release.
 */
const mmTitle = 'Carbon Monoxide Poisonings Associated with Portable Generator Use After a Winter Storm — Three Counties, Ohanna, January 2025';
const mmAuthors = 'Delphine R. Achterberg, MPH; Tomasz Wielgus, PhD; Keziah M. Oduya, MD; Ravi Pennell, MS; Harriet L. Quist, DVM';
const mmSumQ = ['What is already known about this topic?', 'What is added by this report?', 'What are the implications for public health practice?'];
const mmSumA = [
  'Carbon monoxide (CO) poisoning is a preventable cause of illness and death after power outages, when households use generators and other ' +
    'fuel-burning devices indoors.',
  'After a January 2025 ice storm in Ohanna, 61 persons from 27 households sought care for CO poisoning; 85% of exposures occurred when a ' +
    'generator ran inside a garage or basement.',
  'Warnings issued before storms, delivered in the languages spoken in affected communities, and wider use of CO alarms could prevent ' +
    'poisonings during prolonged outages.',
];
const mmAbstract =
  'On January 14, 2025, an ice storm left approximately 190,000 customers in three counties in Ohanna without electricity for up to 9 days. During the ' +
  'outage, the Ohanna Department of Health identified 61 persons with carbon monoxide poisoning treated at emergency departments, including two who ' +
  'died. Most exposures were linked to portable generators operated in enclosed or partially enclosed spaces. Public health messaging before and ' +
  'during extended outages should stress safe generator placement and the installation of working CO alarms.';
const mmH = [
  'Introduction',
  'Investigation and Findings',
  'Public Health Response',
  'Discussion',
  'Limitations',
  'Implications for Public Health Practice',
] as const;
const mmP1 = [
  'Carbon monoxide is a colorless, odorless gas produced by the incomplete burning of fuel. Each year in the United States, unintentional, ' +
    'non–fire-related CO poisoning results in thousands of emergency department visits. Poisonings increase sharply after storms that cause power ' +
    'outages, when households turn to portable generators, charcoal grills, and other fuel-burning devices for heat and electricity.',
  'On January 16, 2025, two days after the storm, the Ohanna Department of Health (ODH) was notified by a regional poison center of a cluster of CO ' +
    'exposures in Marrow, Tillet, and Bexley counties. ODH began an investigation to characterize the cases and guide prevention messaging.',
];
const mmP2 = [
  'A case was defined as an emergency department visit or hospitalization during January 14–25, 2025, by a resident of the three counties with a ' +
    'diagnosis code for CO poisoning or a carboxyhemoglobin level of at least 10% (at least 12% for persons who smoke). Investigators reviewed medical ' +
    'records and interviewed patients or household members by telephone using a standard questionnaire.',
  'Sixty-one cases from 27 households were identified (Table). The median patient age was 34 years (range = 2–81 years); 15 patients (25%) were ' +
    'children aged under 18 years. Eleven patients were treated with hyperbaric oxygen, and two adults from the same household died.',
  'Among the 27 households, 23 (85%) had operated a generator in an attached garage, basement, or enclosed porch. Nineteen households reported having ' +
    'no working CO alarm. Eight of the 23 households had received no generator safety information in a language their members read.',
];
const mmRows = [
  ['Generator in attached garage', '14', '31'],
  ['Generator in basement', '6', '16'],
  ['Generator on enclosed porch', '3', '7'],
  ['Charcoal grill indoors', '2', '4'],
  ['Other or unknown source', '2', '3'],
];
const mmP3 = [
  'Beginning January 17, ODH and county health departments issued CO warnings through radio, text alerts, and door-to-door outreach by volunteers. ' +
    'Messages were translated into Spanish, Haitian Creole, and Vietnamese. A local hardware retailer and a community foundation distributed 3,400 ' +
    'battery-operated CO alarms at warming centers.',
];
const mmP4 = [
  'Most poisonings in this investigation followed the use of a generator inside or near the home, consistent with previous reports. Placing a ' +
    'generator in a garage with the door open does not prevent dangerous CO accumulation in adjoining living spaces.',
  'Households without written information in a language they read were overrepresented among cases, suggesting that warnings issued only in English ' +
    'did not reach some residents at highest risk.',
];
const mmP5 = [
  'The findings in this report are subject to at least two limitations. First, persons with mild symptoms who did not seek care were not ' +
    'identified, so the number of poisonings is likely underestimated. Second, exposure information relied on recall by patients and family members.',
];
const mmP6 = [
  'Health departments can prepare translated CO warnings before winter storms and distribute them as soon as outages begin. Clinicians should ' +
    'consider CO poisoning in patients with headache, dizziness, or nausea during power outages.',
];
const mmNav = ['Health Topics', 'Data & Research', 'Outbreaks', 'Travelers’ Health', 'Vaccines', 'About CDC'];
const mmSide = ['MMWR', 'Weekly Report', 'Recommendations and Reports', 'Surveillance Summaries', 'Supplements', 'Notes from the Field', 'Publications'];
const mmOnPage = ['Summary', 'Abstract', ...mmH, 'References'];
const mmRefs = [
  'Achterberg DR, Lindqvist P. Carbon monoxide exposures after storms, 2015–2022. Inj Prev Rev 2023;9:112–9.',
  'Wielgus T, Okonjo A. Generator placement and indoor carbon monoxide concentrations. Environ Health Bull 2024;31:45–52.',
];
const mmAffil = '1Ohanna Department of Health; 2Epidemic Intelligence Service, CDC; 3National Center for Environmental Health, CDC.';
const mmCite =
  'Achterberg DR, Wielgus T, Oduya KM, et al. Carbon Monoxide Poisonings Associated with Portable Generator Use After a Winter Storm — Three Counties, ' +
  'Ohanna, January 2025. MMWR Morb Mortal Wkly Rep 2025;74:188–192.';
const mmFoot = [
  'About CDC',
  'Contact Us',
  '800-232-4636',
  'Accessibility',
  'Privacy',
  'FOIA',
  'No Fear Act',
  'OIG',
  'Nondiscrimination',
  'Vulnerability Disclosure Policy',
];
const h2 = (id: string, t: string): string => `<h2 id="${id}">${t}</h2>`;
const mmHtml = `<!DOCTYPE html>
<html lang="en-us" class="theme-mmwr"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><title>${mmTitle} | MMWR</title>
<meta name="description" content="This report describes carbon monoxide poisonings after a January 2025 ice storm in three Ohanna counties.">
<meta name="citation_title" content="${mmTitle}"><meta name="citation_journal_title" content="MMWR. Morbidity and Mortality Weekly Report">
<meta name="citation_volume" content="74"><meta name="citation_issue" content="12"><meta name="citation_publication_date" content="2025/03/27">
<meta name="citation_doi" content="10.15585/mmwr.mm7412a3"><meta property="og:type" content="article"><meta name="cdc:content_source" content="MMWR">
<link rel="stylesheet" href="/TemplatePackage/5.0/css/app.min.css"><link rel="stylesheet" href="/mmwr/css/mmwr.css">
<script>window.CDC = window.CDC || {}; CDC.Policy = { External: { init: function () {} } };</script>
<script src="https://www.cdc.gov/JScript/metrics/adobe/launch/launch-2f3b.min.js" async></script></head>
<body class="mmwr-report"><a href="#content" class="skippy sr-only-focusable">Skip directly to site content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">Here's how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="usa-banner__guidance">
<p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p>
<p><strong>Secure .gov websites use HTTPS</strong>
<br>A <strong>lock</strong> or <strong>https://</strong> means you’ve safely connected to the .gov website.</p>
</div></div></div></section>
<header class="cdc-header noindex" role="banner"><div class="container"><a class="cdc-logo" href="/"><span class="sr-only">Centers for Disease Control and
Prevention. CDC twenty four seven. Saving Lives, Protecting People</span></a><form class="cdc-header-search-form" role="search"><label for="search"
class="sr-only">Search</label><input id="search" type="search" placeholder="Search"><button type="submit">Submit</button></form>
<nav class="cdc-header-nav" aria-label="Main"><ul>${links(mmNav, 'nav-item')}</ul></nav></div></header>
<div class="page-title-bar"><div class="container"><p class="h1 page-title-bar__title">Morbidity and Mortality Weekly Report (MMWR)</p></div></div>
<main id="content" class="container"><div class="row"><nav class="col-lg-3 d-none d-lg-block cdc-leftnav" aria-label="Left Navigation">
<ul class="tp-nav-main">${links(mmSide, 'nav-item')}</ul></nav>
<div class="col content content-fullwidth"><nav aria-label="breadcrumb" class="breadcrumbs-container"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/">CDC</a></li><li class="breadcrumb-item"><a href="/mmwr/">MMWR</a></li>
<li class="breadcrumb-item active" aria-current="page">Volume 74, Number 12</li></ol></nav>
<div class="syndicate"><div class="mmwr-issue-line"><span>Weekly</span> / <span>March 27, 2025</span> / <span>74(12);188–192</span></div>
<h1 id="mmwr_title">${mmTitle}</h1><p class="mmwr-authors">${mmAuthors} (<a href="#contribAff">View author affiliations</a>)</p>
<div class="cdc-open-alert mmwr-onthispage"><h3 class="h4">On This Page</h3><ul>${links(mmOnPage)}</ul></div>
<div class="bg-quaternary mmwr-summary card"><div class="card-body"><h3 id="Summary">Summary</h3>
${mmSumQ.map((q, i) => `<p><strong>${q}</strong></p><p>${mmSumA[i]}</p>`).join('\n')}</div></div>
<div class="mmwr-report-alts"><a class="file-pdf" href="/mmwr/volumes/74/wr/pdfs/mm7412a3-H.pdf">PDF of this article</a></div>
<h2 id="abstract">Abstract</h2><p>${mmAbstract}</p>
${h2('introduction', mmH[0])}${mmP1.map((p) => `<p>${p}</p>`).join('\n')}
${h2('findings', mmH[1])}${mmP2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="table-responsive"><table class="table table-bordered"><caption>TABLE. Source of carbon monoxide exposure among households and patients — three
counties, Ohanna, January 2025</caption><thead><tr><th scope="col">Exposure source</th><th scope="col">Households</th><th scope="col">Patients</th></tr></thead>
<tbody>${mmRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<p class="tbl-footnote">Abbreviation: CO = carbon monoxide.</p>
<a class="tbl-link" href="/mmwr/volumes/74/wr/mm7412a3.htm#T1_down">Return to your place in the text</a></div>
${h2('response', mmH[2])}${mmP3.map((p) => `<p>${p}</p>`).join('\n')}
${h2('discussion', mmH[3])}${mmP4.map((p) => `<p>${p}</p>`).join('\n')}
<h3 id="limitations">${mmH[4]}</h3><p>${mmP5[0]}</p><h3 id="implications">${mmH[5]}</h3><p>${mmP6[0]}</p>
<h3 class="ack">Acknowledgments</h3><p class="ack">Poison center staff members; Marrow, Tillet, and Bexley county health departments.</p>
<p class="corresponding">Corresponding author: Delphine R. Achterberg, dachterberg@odh.ohanna.example.</p>
<div id="contribAff"><hr><p class="aff">${mmAffil}</p></div>
<p class="coi">All authors have completed and submitted the International Committee of Medical Journal Editors form for disclosure of potential conflicts of
interest. No potential conflicts of interest were disclosed.</p>
<h3 id="references">References</h3><ol class="references">${mmRefs.map((r) => `<li>${r}</li>`).join('')}</ol>
<div class="card citation"><h4>Suggested citation for this article:</h4><p>${mmCite}</p><p>DOI: http://dx.doi.org/10.15585/mmwr.mm7412a3</p></div>
<p class="disclaimer">MMWR and Morbidity and Mortality Weekly Report are service marks of the U.S. Department of Health and Human Services. Use of trade names
and commercial sources is for identification only and does not imply endorsement by the U.S. Department of Health and Human Services.</p></div>
<div class="card article-metrics"><h4>Article Metrics</h4><p>Altmetric:</p><p>Views equals page views plus PDF downloads</p></div>
<div class="page-rating" id="pageRating"><p>Was this page helpful?</p><button>Yes</button><button>Partly</button><button>No</button></div>
<div class="last-reviewed-date">Page last reviewed: March 27, 2025</div></div></div></main>
<footer class="footer" role="contentinfo"><div class="container"><ul class="footer-links">${links(mmFoot)}</ul>
<p class="footer-hhs">U.S. Department of Health &amp; Human Services</p><p>USA.gov</p></div></footer>
<script src="/TemplatePackage/5.0/js/app.min.js"></script></body></html>`;
const cdcMmwr: TestPage = {
  html: mmHtml,
  name: 'heldout179-cdc-mmwr-news',
  kind: 'news',
  // the Summary box (questions and answers) and the abstract are body, "Summary" and "Abstract" headings; table data cells
  // are body, the caption, footnote and header cells not; acknowledgments, affiliations, corresponding author, conflict
  // statement, references, citation and disclaimer are furniture; the author list and the issue line are bylines
  title: mmTitle,
  headings: ['Summary', 'Abstract', ...mmH],
  body: [...mmSumQ.flatMap((q, i) => [q, mmSumA[i] ?? '']), mmAbstract, ...texts(mmP1), ...mmP2, ...mmRows.flat(), ...mmP3, ...mmP4, ...mmP5, ...mmP6],
  bylines: [mmAuthors, 'March 27, 2025', '74(12);188–192', 'Weekly'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip directly to site content', 'An official website of the United States government', 'Here\'s how you know', 'Official websites use .gov',
    'Secure .gov websites use HTTPS', 'Search', 'Submit', ...mmNav, 'Morbidity and Mortality Weekly Report (MMWR)', ...mmSide, 'CDC', 'Volume 74, Number 12',
    'View author affiliations', 'On This Page', 'References', 'PDF of this article', 'TABLE. Source of carbon monoxide exposure among households and patients',
    'Abbreviation: CO = carbon monoxide.', 'Return to your place in the text', 'Acknowledgments',
    'Poison center staff members; Marrow, Tillet, and Bexley county health departments.',
    'Corresponding author: Delphine R. Achterberg, dachterberg@odh.ohanna.example.', mmAffil, 'No potential conflicts of interest were disclosed.', ...mmRefs,
    'Suggested citation for this article:', mmCite, 'DOI: http://dx.doi.org/10.15585/mmwr.mm7412a3',
    'MMWR and Morbidity and Mortality Weekly Report are service marks of the U.S. Department of Health and Human Services.', 'Article Metrics', 'Altmetric:',
    'Views equals page views plus PDF downloads', 'Was this page helpful?', 'Yes', 'Partly', 'No', 'Page last reviewed: March 27, 2025', ...mmFoot,
    'U.S. Department of Health & Human Services', 'USA.gov',
  ],
};

export const HELDOUT179_A: readonly TestPage[] = [cdcMmwr, whoRelease];
