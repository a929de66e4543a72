import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout420-kit.js';

/**
 * Held-out batch 420, file f: an FDA-style warning letter page on Drupal (gov banner, mega menu, breadcrumbs, share and
 * print bar, the MARCS-CMS number and date line, Delivery Method / Product / Recipient / Issuing Office facts, the letter
 * with its own headings and salutation, "Content current as of" and "Regulated Product(s)" lines, sidebar menu, footer)
 * and an Ofgem-style penalty notice decision (cookie banner, header, breadcrumbs, publication date and information type
 * facts, a penalty table, attachments box, "Related links", "Sign up for updates" box, footer).
 */
const hTitle = 'Harlow Creek Botanicals LLC';
const hLetter = [
  'WARNING LETTER',
  'Dear Ms. Vale:',
  j(
    'This letter concerns your firm\u2019s marketing of products, including \u201cCalmRoot Drops\u201d and \u201cClearLung Elderberry',
    'Tincture,\u201d on your website, www.harlowcreek.example, and on your social media accounts. The claims on these sites',
    'establish that the products are drugs because they are intended for use in the cure, mitigation, treatment or prevention',
    'of disease.',
  ),
];
const hH = ['Unapproved New Drugs', 'Misbranded Drugs', 'Conclusion'];
const hClaims = [
  '\u201cCalmRoot Drops: a natural alternative to prescription medication for anxiety and panic disorder.\u201d',
  '\u201cClearLung helps your body fight off respiratory infections, including pneumonia, in as little as three days.\u201d',
  '\u201cOur customers with asthma tell us they no longer need their inhalers.\u201d',
];
const hClaimsIntro = ['Examples of claims observed on your website and social media accounts include:'];
const hUnapp = [
  j(
    'Your products are not generally recognized as safe and effective for the above referenced uses and, therefore, are',
    '\u201cnew drugs\u201d under the Federal Food, Drug, and Cosmetic Act. New drugs may not be introduced into interstate commerce',
    'without prior approval from FDA, and no approved application is in effect for these products.',
  ),
];
const hMis = [
  j(
    'Your products are also misbranded because they are intended for conditions that are not amenable to self-diagnosis and',
    'treatment by individuals who are not medical practitioners. Adequate directions for use therefore cannot be written so',
    'that a layperson can use these products safely for their intended purposes.',
  ),
];
const hConc = [
  j(
    'The violations cited in this letter are not meant to be an all-inclusive statement of violations that exist in',
    'connection with your products. You are responsible for investigating and determining the causes of any violations and',
    'for preventing their recurrence.',
  ),
  j(
    'Please notify this office in writing within 15 working days of receipt of this letter of the specific steps you have',
    'taken to address these violations. Failure to promptly correct them may result in legal action without further notice,',
    'including seizure and injunction.',
  ),
  'Sincerely,',
  '/S/ Rosalind Achterberg, Director, Office of Unapproved Drugs and Labeling Compliance, Center for Drug Evaluation and Research',
];
const hNav = ['Food', 'Drugs', 'Medical Devices', 'Radiation-Emitting Products', 'Vaccines, Blood, and Biologics', 'Animal and Veterinary', 'Cosmetics'];
const hCrumbs = ['Home', 'Inspections, Compliance, Enforcement, and Criminal Investigations', 'Compliance Actions and Activities', 'Warning Letters'];
const hShare = ['Facebook', 'LinkedIn', 'Email', 'Print'];
const hSide = ['Warning Letters', 'About Warning and Close-Out Letters', 'Tobacco Retailer Warning Letters', 'Warning Letter Responses'];
const hFoot = [
  'FDA Archive',
  'About FDA',
  'Accessibility',
  'Visitor Information',
  'Website Policies / Privacy',
  'No FEAR Act',
  'Vulnerability Disclosure Policy',
];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${hTitle} - 712455 - 03/26/2026 | FDA</title>
<meta name="description" content="Warning letter to Harlow Creek Botanicals LLC."><meta property="og:title" content="${hTitle} - 712455 - 03/26/2026">
<meta name="dcterms.publisher" content="U.S. Food and Drug Administration"><link rel="canonical"
href="https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/warning-letters/harlow-creek-botanicals-llc-712455-03262026">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${hTitle} - 712455 - 03/26/2026",
"dateModified":"2026-03-31"}</script>
<script>window.drupalSettings={"fda_gtm":{"content_type":"warning_letter"},"path":{"currentPath":"node/455127"}};</script>
<link rel="stylesheet" href="/themes/custom/preview/assets/css/main.min.css"></head>
<body class="lcds-body node-type-warning-letter"><a href="#main-content" class="sr-only sr-only-focusable">Skip to main content</a>
<section class="usa-banner lcds-gov-banner" aria-label="Official government website"><p class="usa-banner__header-text">An official website of the
United States government</p><p class="usa-banner__header-action">Here\u2019s how you know</p></section>
<header class="lcds-header" role="banner"><a class="lcds-header__logo" href="/"><img src="/themes/custom/preview/img/fda-logo.svg" alt="U.S. Food and
Drug Administration"></a><form class="lcds-search" action="/search"><label for="search-input" class="sr-only">Search FDA</label><input id="search-input"
type="search"></form>
<nav class="lcds-mega-menu" aria-label="Main"><ul class="lcds-mega-menu__list">${links(hNav, 'lcds-mega-menu__item')}</ul></nav></header>
<main id="main-content" class="main-content"><div class="container"><nav aria-label="Breadcrumb" class="lcds-breadcrumb"><ol
class="breadcrumb">${links(hCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="lcds-share-bar"><ul class="lcds-share-bar__list">${links(hShare, 'lcds-share-bar__item')}</ul></div>
<div class="row"><div class="col-md-8 col-md-push-2"><article class="main-content lcds-content">
<header class="lcds-content-header"><h1 class="content-title text-center">${hTitle}</h1><p class="lcds-description-text text-center">MARCS-CMS 712455
\u2014 March 26, 2026</p></header>
<div class="inset-column"><dl class="lcds-description-list lcds-description-list--grid"><dt>Delivery Method:</dt> <dd>VIA Electronic Mail</dd>
<dt>Product:</dt> <dd>Drugs</dd> <dt>Recipient:</dt> <dd class="recipient">Harlow Creek Botanicals LLC, Juniper Vale, Owner, 4410 Millrace Road,
Fenwick Falls, OR 97000, United States</dd> <dt>Issuing Office:</dt> <dd>Center for Drug Evaluation and Research (CDER)</dd></dl></div>
<div class="lcds-letter">
${ps(hLetter)}
${ps(hClaimsIntro)}
<ul>${lis(hClaims)}</ul>
<h3>${hH[0]}</h3>
${ps(hUnapp)}
<h3>${hH[1]}</h3>
${ps(hMis)}
<h3>${hH[2]}</h3>
${ps(hConc)}
</div>
<div class="lcds-metadata"><p class="content-current">Content current as of: <time datetime="2026-03-31">03/31/2026</time></p>
<p class="regulated-products">Regulated Product(s): <a href="/drugs">Drugs</a></p></div></article></div>
<aside class="col-md-2 col-md-pull-8"><nav class="lcds-sidenav" aria-label="Section"><ul>${links(hSide)}</ul></nav></aside></div></div></main>
<footer class="lcds-footer" role="contentinfo"><ul class="lcds-footer__links">${links(hFoot)}</ul><p class="lcds-footer__address">U.S. Food and Drug
Administration, 10903 New Hampshire Avenue, Silver Spring, MD 20993</p></footer>
<script src="/themes/custom/preview/assets/js/main.min.js"></script></body></html>`;
const fda: TestPage = {
  name: 'heldout420-fda-warning-letter',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hLetter, ...hClaimsIntro, ...hClaims, ...hUnapp, ...hMis, ...hConc]),
  bylines: ['MARCS-CMS 712455 \u2014 March 26, 2026', 'Content current as of: 03/31/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here\u2019s how you know', 'Search FDA',
    ...hNav.filter((n) => n !== 'Drugs' && n !== 'Food'),
    ...hCrumbs.filter((c) => c !== 'Warning Letters'), ...hShare, 'Delivery Method:', 'VIA Electronic Mail', 'Product:', 'Recipient:',
    'Harlow Creek Botanicals LLC, Juniper Vale, Owner, 4410 Millrace Road, Fenwick Falls, OR 97000, United States', 'Issuing Office:',
    'Regulated Product(s): Drugs', ...hSide, ...hFoot, 'U.S. Food and Drug Administration, 10903 New Hampshire Avenue, Silver Spring, MD 20993',
  ],
};

const gTitle = 'Decision to impose a financial penalty on Westerly Power Supply Ltd for failings in handling customers in payment difficulty';
const gH = ['Summary', 'What went wrong', 'The penalty and redress payments', 'Next steps'];
const gSum = [
  j(
    'Ofgem has today announced that Westerly Power Supply Ltd (Westerly) will pay \u00a36.75 million after an investigation found',
    'that it failed to treat customers in payment difficulty fairly between April 2023 and June 2025.',
  ),
  j(
    'The payment is made up of a nominal penalty of \u00a31 and redress payments of \u00a36,749,999 to customers and to the Energy',
    'Industry Voluntary Redress Scheme. Westerly agreed to settle the investigation, which reduced the overall amount by 10%.',
  ),
];
const gWrong = ['Our investigation found that Westerly:'];
const gList = [
  'set repayment plans for debts without taking proper account of customers\u2019 ability to pay;',
  'moved around 3,900 customers onto prepayment meters by warrant without adequate checks for vulnerability;',
  'failed to offer emergency credit and discretionary support in line with its licence conditions;',
  'did not keep accurate records of contact with customers who had told it they were struggling.',
];
const gWrongOutro = [
  j(
    'Some of the customers moved onto prepayment had told Westerly that they relied on electrically powered medical equipment',
    'or that they cared for young children. Several went without heating or hot water for days after their meters were',
    'changed. Westerly identified some of these problems in an internal audit in 2024 but did not act on them until our',
    'investigation began.',
  ),
];
const gPenaltyIntro = ['The table below sets out how the payment will be distributed.'];
const gCells = [
  'Direct redress to affected customers',
  '\u00a34,100,000',
  'Payment to the Energy Industry Voluntary Redress Scheme',
  '\u00a32,649,999',
  'Nominal penalty',
  '\u00a31',
];
const gNext = [
  j(
    'Affected customers do not need to take any action. Westerly will contact them by the end of September 2026 and credit',
    'their accounts, or send a cheque to former customers.',
  ),
  j(
    '\u201cSuppliers must support customers who are struggling with their bills, not push them further into hardship,\u201d said',
    'Tomasz Rydell-Owen, Ofgem\u2019s director of enforcement. \u201cWesterly has committed to fixing its processes, and we will be',
    'watching closely.\u201d',
  ),
];
const gNavO = ['Energy policy and regulation', 'Information for household consumers', 'Energy data and research', 'Press and media', 'About us'];
const gCrumbsO = ['Home', 'Energy policy and regulation', 'Policy and regulatory programmes', 'Investigations'];
const gFacts = ['Publication date', '14 April 2026', 'Information types', 'Decision', 'Policy areas', 'Enforcement', 'Licensees', 'Westerly Power Supply Ltd'];
const gRel = ['Enforcement guidelines', 'Investigations into energy companies', 'Getting help if you can\u2019t afford your energy bills'];
const gFootO = ['Contact us', 'Accessibility', 'Privacy', 'Cookies', 'Jobs', 'Cymraeg'];
const cellsRow = (a: string, b: string): string => `<tr><td>${a}</td><td>${b}</td></tr>`;
const rows: string[] = [];
for (let i = 0; i + 1 < gCells.length; i += 2) rows.push(cellsRow(gCells[i] ?? '', gCells[i + 1] ?? ''));
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${gTitle} | Ofgem</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Ofgem decision on a financial penalty for Westerly Power Supply Ltd."><meta property="og:title" content="${gTitle}">
<link rel="canonical" href="https://www.ofgem.gov.uk/decision/decision-impose-financial-penalty-westerly-power-supply-ltd">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"${gTitle}","datePublished":"2026-04-14"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"publicationType":"Decision","policyArea":"Enforcement"});</script>
<link rel="stylesheet" href="/themes/custom/ofgem/dist/css/main.css"></head>
<body class="path-node page-node-type-publication"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="cookie-banner" class="ofgem-cookie-banner" role="region" aria-label="Cookie banner"><p class="ofgem-cookie-banner__text">We use cookies to
collect information about how you use our website. Can we use analytics cookies?</p><button class="ofgem-button">Yes, accept analytics cookies</button>
<button class="ofgem-button ofgem-button--secondary">No, reject analytics cookies</button></div>
<header class="ofgem-header" role="banner"><a href="/" class="ofgem-header__logo"><img src="/themes/custom/ofgem/logo.svg" alt="Ofgem home"></a>
<nav class="ofgem-main-menu" aria-label="Main"><ul>${links(gNavO, 'ofgem-main-menu__item')}</ul></nav></header>
<nav class="ofgem-breadcrumb" aria-label="Breadcrumb"><ol>${links(gCrumbsO, 'ofgem-breadcrumb__item')}</ol></nav>
<main id="main-content" class="ofgem-main"><article class="node node--type-publication"><div class="ofgem-publication-header"><span
class="ofgem-publication-header__type">Decision</span><h1 class="ofgem-publication-header__title">${gTitle}</h1></div>
<dl class="ofgem-publication-facts">${[0, 2, 4, 6].map((i) => `<div><dt>${gFacts[i] ?? ''}</dt> <dd>${gFacts[i + 1] ?? ''}</dd></div>`).join('\n')}</dl>
<div class="field--name-body ofgem-rich-text">
<h2>${gH[0]}</h2>
${ps(gSum)}
<h2>${gH[1]}</h2>
${ps(gWrong)}
<ul>${lis(gList)}</ul>
${ps(gWrongOutro)}
<h2>${gH[2]}</h2>
${ps(gPenaltyIntro)}
<table class="ofgem-table"><thead><tr><th scope="col">Component</th><th scope="col">Amount</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>
<h2>${gH[3]}</h2>
${ps(gNext)}
</div>
<div class="ofgem-attachments"><h2 class="ofgem-attachments__title">Documents</h2><ul><li><a href="/sites/default/files/2026-04/westerly-penalty-notice.pdf">
Penalty notice: Westerly Power Supply Ltd</a> <span class="file-meta">PDF, 388.1 KB</span></li></ul></div></article>
<aside class="ofgem-related"><h2 class="ofgem-related__title">Related links</h2><ul>${links(gRel)}</ul></aside>
<section class="ofgem-signup"><h2>Sign up for updates</h2><p>Get email alerts when we publish decisions on enforcement.</p><a href="/subscribe"
class="ofgem-button">Subscribe</a></section></main>
<footer class="ofgem-footer" role="contentinfo"><ul>${links(gFootO)}</ul><p class="ofgem-footer__copy">\u00a9 Office of Gas and Electricity Markets 2026</p>
</footer><script src="/themes/custom/ofgem/dist/js/main.js"></script></body></html>`;
const ofgem: TestPage = {
  name: 'heldout420-ofgem-penalty-decision',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gSum, ...gWrong, ...gList, ...gWrongOutro, ...gPenaltyIntro, ...gCells, ...gNext]),
  bylines: ['14 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to collect information about how you use our website. Can we use analytics cookies?',
    'Yes, accept analytics cookies', 'No, reject analytics cookies', ...gNavO, ...gCrumbsO, 'Publication date', 'Information types',
    'Policy areas', 'Licensees', 'Documents', 'Penalty notice: Westerly Power Supply Ltd', 'PDF, 388.1 KB', 'Related links', ...gRel,
    'Sign up for updates', 'Get email alerts when we publish decisions on enforcement.', 'Subscribe', ...gFootO,
    '\u00a9 Office of Gas and Electricity Markets 2026',
  ],
};

export const HELDOUT420_F: readonly TestPage[] = [fda, ofgem];
