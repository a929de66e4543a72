import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 183, file f2: a National Archives (archives.gov, Drupal with USWDS) milestone document page (the
 * usa.gov banner, the header with the eagle logo, utility links and mega-menu, the breadcrumb, the h1, the document image
 * with "View in National Archives Catalog", the citation box, the summary text with its sections, the transcript in a
 * "field--name-field-transcript" block, "How to cite", the "Related Resources" sidebar, the "Was this page helpful?"
 * widget and the footer with "Connect with Us" and the agency links).
 */
const naTitle = 'Petition of the Coopers of Port Anselm for a Public Wharf (1794)';
const naIntro = [
  'In February 1794, forty-six coopers, carters and dock laborers of Port Anselm signed a petition to Congress asking for the ' +
    'construction of a public wharf at the mouth of the Ellery River. The petition is one of the earliest surviving requests from ' +
    'working tradesmen for federal spending on a local harbor.',
];
const naH1 = 'Background';
const naP1 = [
  'By the early 1790s Port Anselm’s cooperage trade depended on shipping barrels to the West Indies, but the town’s only wharves ' +
    'were privately owned. Their owners charged fees that the petitioners described as “ruinous to men of small means.” A public ' +
    'wharf, they argued, would also serve the new federal customs house.',
  'The petition was presented in the House of Representatives by Representative Josiah Wendell and referred to a committee, which ' +
    'reported that Congress had no authority to build wharves for a single town. No wharf was built with federal money, but the ' +
    'state legislature authorized a town wharf four years later.',
];
const naH2 = 'Why it matters';
const naP2 = [
  'The document offers a rare view of the concerns of ordinary working people in the early republic. Many of the signers could ' +
    'not write their names and signed with a mark, which the clerk witnessed beside each one.',
  'It also shows how citizens used the right of petition to raise questions about the reach of federal power over internal ' +
    'improvements, a debate that would continue for decades.',
];
const naH3 = 'Transcript';
const naTranscript = [
  'To the Honorable the Senate and House of Representatives of the United States in Congress assembled.',
  'The Petition of the subscribers, Coopers, Carters and Laborers of the Town of Port Anselm, humbly sheweth, that your ' +
    'Petitioners are obliged to convey the produce of their labor to the water by wharves owned by private persons, who exact ' +
    'such wharfage as is ruinous to men of small means.',
  'Your Petitioners therefore pray that a public wharf may be erected at the mouth of the Ellery River, for the use of the ' +
    'public and of the customs, and as in duty bound will ever pray.',
];
const naBanner = ['An official website of the United States government', "Here's how you know"];
const naUtil = ['Contact Us', 'FAQs', 'Locations', 'Search'];
const naNav = ['Research Our Records', "Veterans' Service Records", 'Educator Resources', 'Visit Us', "America's Founding Documents"];
const naCrumb = ['Home', 'Milestone Documents'];
const naCite = [
  'Citation: Petition of the Coopers of Port Anselm for a Public Wharf, February 11, 1794; Petitions and Memorials; Records of ' +
    'the U.S. House of Representatives, Record Group 233; National Archives Building, Washington, DC.',
  'View in National Archives Catalog',
];
const naHow = ['How to cite this page', 'National Archives. “Petition of the Coopers of Port Anselm for a Public Wharf (1794).” Milestone Documents.'];
const naRelated = [
  'Related Resources',
  'Teaching with Documents: Petitions to Congress',
  'The Right of Petition in the Early Republic',
  'Center for Legislative Archives',
];
const naHelpful = ['Was this page helpful?', 'Yes', 'No'];
const naFoot = [
  'Connect with Us',
  'Facebook',
  'YouTube',
  'Instagram',
  'Blogs',
  'Accessibility',
  'Privacy Policy',
  'Freedom of Information Act',
  'No FEAR Act',
  'Inspector General',
  'USA.gov',
  'National Archives and Records Administration',
  '1-86-NARA-NARA or 1-866-272-6272',
];
const naHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${naTitle} | National Archives</title><meta name="description" content="${naIntro[0]?.slice(0, 150)}">
<link rel="canonical" href="https://www.archives.gov/milestone-documents/petition-coopers-port-anselm"><meta property="og:site_name"
content="National Archives">
<meta property="og:title" content="${naTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${naTitle}","publisher":{"@type":"GovernmentOrganization",
"name":"National Archives and Records Administration"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qw1e.css"><script src="/sites/default/files/js/js_9sXp.js" defer></script>
<script async src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=NARA"></script></head>
<body class="path-node page-node-type-milestone-document"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">${naBanner[0]}</p><button type="button" class="usa-accordion__button usa-banner__button"
aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">${naBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><p><strong>Official websites use .gov</strong></p></div></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo"><a href="/" title="Home" rel="home">
<img src="/themes/custom/nara_uswds/img/logo.svg" alt="National Archives Home"></a></div><ul class="usa-nav__secondary-links">${links(naUtil)}</ul></div>
<nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion">${links(naNav, 'usa-nav__primary-item')}</ul></nav></header>
<main class="main-content usa-layout-docs" role="main" id="main-content"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs">
<ol class="usa-breadcrumb__list">${links(naCrumb, 'usa-breadcrumb__list-item')}</ol></nav>
<div class="grid-row grid-gap"><div class="tablet:grid-col-9"><article role="article" class="node node--type-milestone-document node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${naTitle}</span></h1>
<div class="field field--name-field-image"><img src="/files/milestone-documents/images/coopers-petition-l.jpg" alt="Petition of the Coopers of Port Anselm">
<p class="image-link"><a href="https://catalog.archives.gov/id/306682">${naCite[1]}</a></p></div>
<div class="citation-box"><p>${naCite[0]}</p></div>
<div class="clearfix text-formatted field field--name-body">
${ps(naIntro)}
<h2>${naH1}</h2>
${ps(naP1)}
<h2>${naH2}</h2>
${ps(naP2)}
</div>
<div class="field field--name-field-transcript"><h2>${naH3}</h2>
${ps(naTranscript)}
<p><em>[Signatures of forty-six petitioners follow.]</em></p></div>
<div class="how-to-cite"><h3>${naHow[0]}</h3><p>${naHow[1]}</p></div>
<p class="page-updated">Page URL: https://www.archives.gov/milestone-documents/petition-coopers-port-anselm</p>
</article></div>
<aside class="tablet:grid-col-3 sidebar"><h2>${naRelated[0]}</h2><ul>${links(naRelated.slice(1))}</ul></aside></div>
<div class="page-helpful"><p>${naHelpful[0]}</p><button>${naHelpful[1]}</button><button>${naHelpful[2]}</button></div></div></main>
<footer class="usa-footer usa-footer--big"><div class="usa-footer__primary-section"><h3>${naFoot[0]}</h3><ul>${links(naFoot.slice(1, 5))}</ul>
<ul class="usa-footer__secondary-links">${links(naFoot.slice(5, 11))}</ul></div><div class="usa-footer__secondary-section"><p>${naFoot[11]}</p>
<p>${naFoot[12]}</p></div></footer></body></html>`;
export const archivesDocument: TestPage = {
  html: naHtml,
  name: 'heldout183-national-archives-document',
  kind: 'docs',
  // the transcript is part of the document page's article (its h2 a heading, its paragraphs body); the bracketed editorial
  // note on signatures is in neither list; the citation box, catalog link, "How to cite" box, page URL, related resources,
  // the helpfulness widget and the site chrome are furniture; the page has no byline
  title: naTitle,
  headings: [naH1, naH2, naH3],
  body: texts([...naIntro, ...naP1, ...naP2, ...naTranscript]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...naBanner, ...naUtil, ...naNav, ...naCrumb, ...naCite, ...naHow,
    'Page URL: https://www.archives.gov/milestone-documents/petition-coopers-port-anselm', ...naRelated, ...naHelpful, ...naFoot,
  ],
};
