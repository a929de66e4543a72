import { links, type TestPage, texts } from './page-kit.js';
import { orphanetDisease } from './pages-heldout181-c2.js';

/**
 * Held-out batch 181, file c: a Cancer.gov PDQ patient summary (the .gov banner, the NCI header with search and the mega
 * menu, the breadcrumb, the h1 with the share and print tools, the "On This Page" list, the Key Points box before each
 * section's h3s, the boilerplate "About This PDQ Summary" section with its h3s, "Updated", the citation line, the
 * "Need Help?" box, the email sign-up and the footer) and, from file c2, an Orphanet disease page.
 */
const pdqTitle = 'Merkel Cell Carcinoma Treatment (PDQ®)–Patient Version';
const pdqKp = [
  'Merkel cell carcinoma is a very rare disease in which malignant (cancer) cells form in the skin.',
  'Sun exposure and having a weak immune system can affect the risk of Merkel cell carcinoma.',
  'Merkel cell carcinoma usually appears as a single painless lump on sun-exposed skin.',
  'Tests and procedures that examine the skin are used to diagnose Merkel cell carcinoma.',
];
const pdqH = ['General Information About Merkel Cell Carcinoma', 'Key Points', ...pdqKp, 'Treatment Option Overview'];
const pdqS1 = [
  'Merkel cells are found in the top layer of the skin. These cells are very close to the nerve endings that receive the ' +
    'sensation of touch. Merkel cell carcinoma, also called neuroendocrine carcinoma of the skin, is a very rare type of ' +
    'skin cancer that forms when Merkel cells grow out of control. It often grows quickly and can spread to other parts of ' +
    'the body, such as the lymph nodes, lungs, bone and brain.',
];
const pdqS2 = [
  'Anything that increases your chance of getting a disease is called a risk factor. Having a risk factor does not mean ' +
    'that you will get cancer; not having risk factors does not mean that you will not get cancer. Talk with your doctor if ' +
    'you think you may be at risk. Risk factors for Merkel cell carcinoma include the following:',
];
const pdqRisk = [
  'Being exposed to a lot of natural sunlight.',
  'Being exposed to artificial sunlight, such as from tanning beds.',
  'Having an immune system weakened by disease or by medicines taken after an organ transplant.',
  'Being older than 50 years, male, or white.',
];
const pdqS3 = [
  'Merkel cell carcinoma usually appears on areas of skin exposed to the sun, most often the face, head and neck. The lump ' +
    'is usually flesh-colored or bluish-red, firm, and grows fast. Check with your doctor if you notice a change in your skin.',
];
const pdqS4 = ['The following tests and procedures may be used:'];
const pdqTests = [
  'Physical exam and health history: An exam of the body to check general signs of health, including checking the skin for lumps.',
  'Full-body skin exam: A doctor or nurse checks the skin for bumps or spots that look abnormal in color, size, shape, or texture.',
  'Skin biopsy: The removal of skin cells or tissues so they can be viewed under a microscope by a pathologist.',
];
const pdqS5 = [
  'Different types of treatment are available for patients with Merkel cell carcinoma. Three types of standard treatment ' +
    'are used: surgery, radiation therapy and immunotherapy. New types of treatment are being tested in clinical trials, ' +
    'and patients may want to think about taking part in one.',
];
const pdqAboutH = ['About This PDQ Summary', 'About PDQ', 'Purpose of This Summary', 'Reviewers and Updates', 'Permission to Use This Summary', 'Disclaimer'];
const pdqAbout = [
  'Physician Data Query (PDQ) is the National Cancer Institute’s (NCI’s) comprehensive cancer information database.',
  'This PDQ cancer information summary has current information about the treatment of Merkel cell carcinoma.',
  'Editorial Boards write the PDQ cancer information summaries and keep them up to date.',
  'PDQ is a registered trademark. The content of PDQ documents can be used freely as text.',
  'The information in these summaries should not be used to make decisions about insurance reimbursement.',
];
const pdqBanner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
];
const pdqNav = ['About Cancer', 'Cancer Types', 'Research', 'Grants & Training', 'News & Events', 'About NCI'];
const pdqCrumbs = ['Home', 'Cancer Types', 'Skin Cancer'];
const pdqShare = ['Print', 'Email', 'Facebook', 'X', 'Pinterest'];
const pdqCite = 'PDQ® Adult Treatment Editorial Board. PDQ Merkel Cell Carcinoma Treatment. Bethesda, MD: National Cancer Institute. Updated 03/14/2025.';
const pdqHelp = ['Need Help?', 'Contact Us', 'Live Chat', '1-800-4-CANCER', 'NCIinfo@nih.gov'];
const pdqSignup = ['Sign up for email updates', 'Enter your email address', 'Sign up'];
const pdqFoot = ['Accessibility', 'FOIA', 'Privacy & Security', 'Disclaimers', 'Vulnerability Disclosure', 'Site Feedback', 'Follow Us'];
const pdqAgencies = ['U.S. Department of Health and Human Services', 'National Institutes of Health', 'National Cancer Institute', 'USA.gov'];
const pdqPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pdqUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const pdqHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Merkel Cell Carcinoma Treatment (PDQ®) - NCI</title><meta name="description"
content="Merkel cell carcinoma treatment options include surgery, radiation therapy and immunotherapy.">
<meta name="dcterms.subject" content="Patients"><meta name="dcterms.type" content="pdqCancerInfoSummary"><meta name="dcterms.modified" content="2025-03-14">
<meta property="og:title" content="Merkel Cell Carcinoma Treatment (PDQ®)"><meta property="og:site_name" content="National Cancer Institute">
<link rel="canonical" href="https://www.cancer.gov/types/skin/patient/merkel-cell-treatment-pdq">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Merkel Cell Carcinoma Treatment (PDQ®)–Patient Version",
"dateModified":"2025-03-14","audience":"https://schema.org/Patient","publisher":{"@type":"GovernmentOrganization","name":"National Cancer Institute"}}</script>
<link rel="stylesheet" href="/profiles/custom/cgov_site/themes/custom/cgov/static/css/Common.css">
<script src="https://assets.adobedtm.example/f1bfa9f7170c81b1a9a9ecdcc6c5215ee0b03c84/satelliteLib.js"></script></head>
<body class="cgdp-field-landing-page pdqcancerinfosummary"><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official government website"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">${pdqBanner[0]}</p><button type="button" class="usa-accordion__button usa-banner__button"
aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">${pdqBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="usa-banner__guidance"><p><strong>${pdqBanner[2]}</strong>
<br>${pdqBanner[3]}</p></div><div class="usa-banner__guidance"><p><strong>${pdqBanner[4]}</strong><br>A <strong>lock</strong> or <strong>https://</strong>
means you’ve safely connected to the .gov website.</p></div></div></div></section>
<header class="nci-header"><div class="nci-header__navbar"><div class="nci-logo"><a href="/"><img src="/images/logos/nci-logo-full.svg"
alt="National Cancer Institute"></a></div>
<form class="nci-header-search" action="/search/results" role="search"><label class="usa-sr-only" for="nci-header-search__field">Search</label>
<input class="usa-input" id="nci-header-search__field" type="search" name="swKeyword"><button class="usa-button" type="submit">Search</button></form></div>
<nav aria-label="Primary navigation" class="nci-header-nav"><ul class="nci-header-nav__primary">${links(pdqNav, 'nci-header-nav__primary-item')}</ul>
</nav></header>
<main id="main-content" class="main-content"><div class="usa-breadcrumb">
<ol class="usa-breadcrumb__list">${links(pdqCrumbs, 'usa-breadcrumb__list-item')}</ol></div>
<article class="cgdp-article"><div class="cgdp-article__header"><h1>${pdqTitle}</h1>
<div class="page-options"><ul>${links(pdqShare, 'page-options__item')}</ul></div></div>
<nav class="on-this-page" role="navigation"><h2>On This Page</h2><ul>${links([
  'General Information About Merkel Cell Carcinoma',
  'Treatment Option Overview',
  'About This PDQ Summary',
])}</ul></nav>
<div class="pdq-sections"><section id="_1" class="pdq-section"><h2 id="_1_toc">${pdqH[0]}</h2>
<div class="key-points"><h3>${pdqH[1]}</h3><ul>${pdqKp.map((k, i) => `<li><a href="#_${10 + i}">${k}</a></li>`).join('\n')}</ul></div>
<h3 id="_10">${pdqKp[0]}</h3>${pdqPs(pdqS1)}
<h3 id="_11">${pdqKp[1]}</h3>${pdqPs(pdqS2)}${pdqUl(pdqRisk)}
<h3 id="_12">${pdqKp[2]}</h3>${pdqPs(pdqS3)}
<h3 id="_13">${pdqKp[3]}</h3>${pdqPs(pdqS4)}${pdqUl(pdqTests)}</section>
<section id="_2" class="pdq-section"><h2 id="_2_toc">${pdqH[6]}</h2>${pdqPs(pdqS5)}</section>
<section id="_AboutThis_1" class="pdq-section pdq-about"><h2>${pdqAboutH[0]}</h2>
${pdqAbout.map((t, i) => `<h3>${pdqAboutH[i + 1]}</h3><p>${t}</p>`).join('\n')}</section></div>
<div class="document-dates"><ul><li><strong>Updated</strong>: <time datetime="2025-03-14">March 14, 2025</time></li></ul></div>
<div class="pdq-citation"><p>If you want to use an image from this summary, ask us. Cite this summary as:</p><p>${pdqCite}</p></div></article>
<aside class="need-help"><h2>${pdqHelp[0]}</h2><ul>${links(pdqHelp.slice(1))}</ul></aside></main>
<div class="usa-footer__primary-section"><div class="nci-footer-signup"><h3>${pdqSignup[0]}</h3><form><label for="email-signup">${pdqSignup[1]}</label>
<input id="email-signup" type="email"><button type="submit">${pdqSignup[2]}</button></form></div></div>
<footer class="usa-footer usa-footer--nci-big"><ul class="usa-footer__links">${links(pdqFoot)}</ul>
<div class="usa-identifier"><p class="usa-identifier__identity">An official website of the National Cancer Institute</p>
<ul class="usa-identifier__agencies">${links(pdqAgencies)}</ul></div><a class="usa-footer__return-to-top" href="#top">Back to Top</a></footer>
<script src="/profiles/custom/cgov_site/themes/custom/cgov/static/js/Common.js"></script></body></html>`;
const pdq: TestPage = {
  html: pdqHtml,
  name: 'heldout181-cancergov-pdq-patient-summary',
  kind: 'wiki',
  // the Key Points box is body (its items are also the section's h3s, which are headings); "Updated" is the byline; the
  // boilerplate "About This PDQ Summary" section (its h2, h3s and text), the citation, "On This Page" and help boxes are furniture
  title: pdqTitle,
  headings: pdqH,
  body: texts([...pdqKp, ...pdqS1, ...pdqS2, ...pdqRisk, ...pdqS3, ...pdqS4, ...pdqTests, ...pdqS5]),
  bylines: ['Updated: March 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...pdqBanner, 'A lock or https:// means you’ve safely connected to the .gov website.', 'Search', ...pdqNav,
    ...pdqCrumbs.filter((c) => c !== 'Cancer Types'), ...pdqShare, 'On This Page', ...pdqAboutH, ...pdqAbout,
    'If you want to use an image from this summary, ask us. Cite this summary as:', pdqCite, ...pdqHelp, ...pdqSignup, ...pdqFoot,
    'An official website of the National Cancer Institute', ...pdqAgencies, 'Back to Top',
  ],
};

export const HELDOUT181_C: readonly TestPage[] = [pdq, orphanetDisease];
