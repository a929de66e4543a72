import { links, ps, type TestPage, texts } from './page-kit.js';
import { hubspotDevice } from './pages-heldout437-b2.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file b: a product information page for U.S. healthcare professionals on Adobe Experience Manager core
 * components (HCP gate modal, utility bar with Prescribing Information links, cmp-navigation, cmp-breadcrumb, the page's text
 * components, an "Important Safety Information" box in the page and a sticky ISI tray, a sign-up teaser, footer with job code)
 * and, from file b2, a medical device maker's product page on HubSpot CMS.
 */
const aTitle = 'VELUNOR® (ratrelimab-qvtz) for moderate-to-severe hidradenitis suppurativa';
const aInd = [
  j(
    'VELUNOR is an interleukin-17A and interleukin-17F antagonist indicated for the treatment of moderate-to-severe hidradenitis',
    'suppurativa (HS) in adults and pediatric patients 12 years of age and older weighing at least 40 kg.',
  ),
];
const aMoa = [
  j(
    'Ratrelimab-qvtz is a humanized IgG1 monoclonal antibody that binds both IL-17A and IL-17F, two cytokines found at high levels in',
    'HS lesions. By neutralizing both, VELUNOR reduces the recruitment of neutrophils and the production of inflammatory mediators that',
    'lead to nodules, abscesses and draining tunnels.',
  ),
];
const aDose = [
  'The recommended dosage is 320 mg given by subcutaneous injection at Weeks 0, 2, 4, 6, 8, 10, 12 and 14, then every 4 weeks.',
  'Each 320 mg dose is given as two 160 mg injections using the prefilled autoinjector.',
  'Evaluate patients for tuberculosis infection before starting treatment.',
  'Patients may self-inject after proper training in subcutaneous injection technique.',
];
const aEff = [
  j(
    'In ORBIT-1, a randomized, double-blind, placebo-controlled trial in 612 adults with moderate-to-severe HS, 52% of patients treated',
    'with VELUNOR achieved HiSCR75 at Week 16, compared with 24% of patients who received placebo. Responses were maintained through',
    'Week 52 in most patients who continued treatment.',
  ),
  j(
    'Patients treated with VELUNOR also reported less skin pain: 38% reached a clinically meaningful reduction in the worst skin pain',
    'score at Week 16, compared with 17% on placebo.',
  ),
];
const aIsiIntro = ['VELUNOR is contraindicated in patients with a history of serious hypersensitivity reaction to ratrelimab or any of its excipients.'];
const aWarn = [
  j(
    'Infections: VELUNOR may increase the risk of infections, including serious infections. Do not start treatment in patients with any',
    'clinically important active infection until it resolves or is adequately treated.',
  ),
  'Tuberculosis: Do not administer to patients with active TB infection. Consider anti-TB therapy before starting VELUNOR in patients with latent TB.',
  'Inflammatory Bowel Disease: Cases of new or worsening inflammatory bowel disease have occurred. Monitor patients for signs and symptoms.',
  'Immunizations: Avoid the use of live vaccines in patients treated with VELUNOR.',
];
const aAdv = [
  j(
    'The most common adverse reactions (≥2%) were upper respiratory tract infections, oral candidiasis, headache, injection site',
    'reactions and folliculitis.',
  ),
  'Refer to the full labeling for complete dosing, safety and storage details before prescribing.',
];
const aNav = ['About HS', 'Efficacy', 'Safety', 'Dosing', 'Access & Support', 'Resources'];
const aCrumbs = ['Home', 'VELUNOR for HCPs', 'Product Information'];
const aFoot = ['Contact Us', 'Privacy Notice', 'Terms of Use', 'Consumer Health Privacy', 'Your Privacy Choices', 'Site Map'];
const txt = (id: string, inner: string): string => `<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-${id}" class="cmp-text">
${inner}</div></div>`;
const ttl = (id: string, h: string): string => `<div class="title aem-GridColumn aem-GridColumn--default--12"><div id="title-${id}" class="cmp-title">
<h2 class="cmp-title__text">${h}</h2></div></div>`;
const ul = (items: readonly string[]): string => `<ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const aHtml = `<!DOCTYPE HTML><html lang="en-US"><head><meta charset="UTF-8"><title>VELUNOR® (ratrelimab-qvtz) | HCP Product Information</title>
<meta name="description" content="Product information for healthcare professionals on VELUNOR for moderate-to-severe hidradenitis suppurativa.">
<meta name="template" content="hcp-content-page"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="VELUNOR® HCP Product Information"><link rel="canonical" href="https://www.velunorhcp.example/product-information">
<link rel="stylesheet" href="/etc.clientlibs/velunor/clientlibs/clientlib-site.lc-8f2c1d-lc.min.css" type="text/css">
<script src="https://assets.adobedtm.example/launch-EN4f2a.min.js" async></script>
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"audience":"hcp","brand":"velunor"}});</script></head>
<body class="page basicpage" id="page-7c1e"><div class="root container responsivegrid"><div id="container-root" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment hcp-gate aem-GridColumn"><div class="cmp-modal" role="dialog" aria-modal="true"><p class="cmp-modal__title">This site is
intended for U.S. healthcare professionals only.</p><a class="cmp-button" href="#">I am a healthcare professional</a>
<a class="cmp-button cmp-button--secondary" href="/patients">I am a patient or caregiver</a></div></div>
<header class="experiencefragment header aem-GridColumn"><div class="utility-bar"><ul><li><a href="#">Prescribing Information</a></li>
<li><a href="#">Medication Guide</a></li><li><a href="#isi">Important Safety Information</a></li><li><a href="/patients">Visit Patient Site</a></li></ul></div>
<div class="navigation"><nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">
<ul class="cmp-navigation__group">${links(aNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav></div></header>
<div class="breadcrumb aem-GridColumn"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(aCrumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<main class="container responsivegrid aem-GridColumn"><div class="cmp-container"><div class="aem-Grid aem-Grid--12">
<div class="title aem-GridColumn aem-GridColumn--default--12"><div id="title-main" class="cmp-title"><h1 class="cmp-title__text">${aTitle}</h1></div></div>
${ttl('ind', 'Indication')}${txt('ind', ps(aInd))}
${ttl('moa', 'Mechanism of Action')}${txt('moa', ps(aMoa))}
<div class="image aem-GridColumn"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/velunor/moa-diagram.png" alt="">
<span class="cmp-image__title">Illustration of IL-17A and IL-17F neutralization. For illustrative purposes only.</span></div></div>
${ttl('dose', 'Dosing and Administration')}${txt('dose', ul(aDose))}
${ttl('eff', 'Efficacy in the ORBIT-1 Trial')}${txt('eff', ps(aEff))}
<div class="teaser aem-GridColumn"><div class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__title">Stay up to date on VELUNOR</p>
<div class="cmp-teaser__description"><p>Sign up for clinical updates and resources for your practice.</p></div>
<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/sign-up">Sign Up</a></div></div></div></div>
<div id="isi" class="container isi-box aem-GridColumn"><div class="cmp-container">
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Important Safety Information</h2></div></div>
${txt('isi1', `<h3>Contraindications</h3>${ps(aIsiIntro)}`)}
${txt('isi2', `<h3>Warnings and Precautions</h3>${ul(aWarn)}`)}
${txt('isi3', `<h3>Adverse Reactions</h3>${ps(aAdv)}`)}</div></div>
</div></div></main>
<div class="experiencefragment isi-tray aem-GridColumn"><div class="isi-tray__bar"><span class="isi-tray__label">INDICATION &amp; SAFETY INFORMATION</span>
<button class="isi-tray__toggle" aria-expanded="false">Expand</button></div><div class="isi-tray__peek">
<p>VELUNOR may increase the risk of serious infections and is not for patients with active TB. See full safety details below.</p></div></div>
<footer class="experiencefragment footer aem-GridColumn"><div class="cmp-container"><ul class="footer__links">${links(aFoot)}</ul>
<p>This site is intended for U.S. healthcare professionals only.</p>
<p>VELUNOR is a registered trademark of Carrow Biopharma, Inc. © 2026 Carrow Biopharma, Inc. All rights reserved.</p>
<p class="job-code">US-VEL-2600118 02/26</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies and similar technologies to personalize content and measure the performance of our website.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Cookie Preferences</button></div></div></div>
</div></div></div><script src="/etc.clientlibs/velunor/clientlibs/clientlib-site.lc-91ab-lc.min.js"></script></body></html>`;
const aemHcp: TestPage = {
  name: 'heldout437-aem-hcp-product',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [
    'Indication',
    'Mechanism of Action',
    'Dosing and Administration',
    'Efficacy in the ORBIT-1 Trial',
    'Important Safety Information',
    'Contraindications',
    'Warnings and Precautions',
    'Adverse Reactions',
  ],
  body: texts([...aInd, ...aMoa, ...aDose, ...aEff, ...aIsiIntro, ...aWarn, ...aAdv]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site is intended for U.S. healthcare professionals only.', 'I am a healthcare professional', 'I am a patient or caregiver',
    'Prescribing Information', 'Medication Guide', 'Visit Patient Site', ...aNav, ...aCrumbs,
    'Illustration of IL-17A and IL-17F neutralization. For illustrative purposes only.', 'Stay up to date on VELUNOR',
    'Sign up for clinical updates and resources for your practice.', 'Sign Up', 'INDICATION & SAFETY INFORMATION', 'Expand',
    'VELUNOR may increase the risk of serious infections and is not for patients with active TB. See full safety details below.', ...aFoot,
    'VELUNOR is a registered trademark of Carrow Biopharma, Inc. © 2026 Carrow Biopharma, Inc. All rights reserved.', 'US-VEL-2600118 02/26',
    'We use cookies and similar technologies to personalize content and measure the performance of our website.', 'Accept All', 'Reject All',
    'Cookie Preferences',
  ],
};

export const HELDOUT437_B: readonly TestPage[] = [aemHcp, hubspotDevice];
