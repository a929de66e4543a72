import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout355-kit.js';

/**
 * Held-out batch 355, file f: a trademark opposition decision summary on an IP office's Drupal site (Olivero theme: site header and
 * primary menu, breadcrumb, node meta, decision fields, body with a goods comparison table, tags, "Was this page helpful?", footer
 * menus, EU Cookie Compliance banner) and a university tech-transfer office's technology listing on an Inteum-style technology
 * publisher (a product page: site menu, search, Tech ID, inventors, categories, patent-information table, licensing-contact box,
 * "Direct Link", share and print tools, similar technologies, footer).
 */
const dTitle = 'Opposition O/0187/26: KESTRELINE v KESTREL LINE – partially successful';
const dSecs: [string, string[]][] = [
  [
    'Background',
    [
      j(
        'Kestrel Line Outdoor Ltd applied to register KESTREL LINE for clothing, footwear and rucksacks in classes 18 and 25.',
        'The application was opposed by Halvard Textiles AS, owner of an earlier registration for the word mark KESTRELINE for',
        'waterproof clothing and technical fabrics.',
      ),
      'The opponent relied on likelihood of confusion only. No evidence of reputation was filed.',
    ],
  ],
  [
    'Comparison of the goods',
    [
      j(
        'The hearing officer found that the applied-for clothing and outerwear was identical to the opponent’s waterproof',
        'clothing, and that footwear was similar to a low degree. Rucksacks were found to be dissimilar.',
      ),
    ],
  ],
  [
    'Comparison of the marks',
    [
      j(
        'The marks were held to be visually and aurally highly similar. The space in KESTREL LINE would go unnoticed by many',
        'consumers when the mark is spoken, and the additional letter E in the earlier mark is not striking.',
      ),
      j('Conceptually, both marks evoke the kestrel, a bird of prey. The word LINE adds the idea of a product range, which', 'does not distinguish the marks.'),
      j(
        'Taking into account the identity of most of the goods and the average degree of attention paid by',
        'the public when buying clothing, the hearing officer concluded that there was a likelihood of confusion, including the risk that',
        'consumers would see KESTREL LINE as a sub-brand of the opponent.',
      ),
    ],
  ],
  [
    'Outcome',
    [
      'The opposition succeeds for clothing and outerwear in class 25.',
      'The opposition succeeds for footwear, given the high similarity of the marks.',
      'The opposition fails for rucksacks in class 18, which may proceed to registration.',
      'Each party has been ordered to bear its own costs.',
    ],
  ],
];
const dTable = [
  ['Applied-for goods', 'Finding'],
  ['Clothing; outerwear', 'Identical'],
  ['Footwear', 'Similar to a low degree'],
  ['Rucksacks', 'Dissimilar'],
];
const dFields: [string, string][] = [
  ['Decision number', 'O/0187/26'],
  ['Hearing officer', 'Rosalind Mbeki-Farr'],
  ['Date of decision', '24 February 2026'],
  ['Classes', '18, 25'],
];
const dMenu = ['Patents', 'Trade marks', 'Designs', 'Copyright', 'Decisions', 'News'];
const dCrumbs = ['Home', 'Decisions', 'Trade mark oppositions'];
const dTags = ['Likelihood of confusion', 'Class 25', 'Word marks'];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${dTitle} | Northmere Intellectual Property Office</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<link rel="canonical" href="https://www.nipo.example/decisions/o-0187-26"><link rel="stylesheet" media="all"
href="/core/themes/olivero/css/base/base.css?s9x1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4471"},
"eu_cookie_compliance":{"popup_enabled":true}}</script>
</head><body class="path-node page-node-type-decision"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Northmere Intellectual Property
Office</a></div></div></div><div class="site-header__inner__container"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation">
<h2 class="visually-hidden">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(
  dMenu,
  'primary-nav__menu-item',
)}</ul></nav>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol
class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<article data-history-node-id="4471" class="node node--type-decision node--promoted node--view-mode-full"><div class="node__meta"><span
class="node__author">Published
by <span class="field field--name-uid"><span>Decisions Team</span></span></span> on <span class="field field--name-created">3 March 2026</span></div>
<div class="node__content"><div class="decision-fields">
${dFields.map(([k, v]) => `<div class="field field--label-inline"><div class="field__label">${k}</div><div class="field__item">${v}</div></div>`).join('\n')}
</div><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${dSecs
  .map(([h, p], i) => {
    if (i === 3) return `<h2>${h}</h2>\n<ul>\n${lis(p)}\n</ul>`;
    const table =
      i === 1
        ? `\n<table><thead><tr>${dTable[0]?.map((c) => `<th>${c}</th>`).join('') ?? ''}</tr></thead><tbody>
${dTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>`
        : '';
    return `<h2>${h}</h2>\n${ps(p)}${table}`;
  })
  .join('\n')}
<p><a href="/sites/default/files/decisions/o-0187-26.pdf">Read the full decision (PDF, 310 KB)</a></p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><h3 class="field__label">Topics</h3><ul class="links field__items">
${links(dTags, 'field__item')}</ul></div></div></article></div></div>
<div class="region region--content-below"><div class="block block-feedback"><h2>Was this page helpful?</h2><button class="button">Yes</button>
<button class="button">No</button></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav class="block block-menu"><ul
class="menu">
${links(['Contact the office', 'Fees', 'Accessibility', 'Privacy notice'], 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><p>© 2026 Northmere Intellectual Property Office</p></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No,
thanks</button></div></div></div><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout355-drupal-opposition-decision',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map(([h]) => h),
  body: texts([...dSecs.flatMap(([, p]) => p), ...dTable.slice(1).flat()]),
  bylines: ['Published by Decisions Team', '3 March 2026', '24 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northmere Intellectual Property Office', ...dMenu, ...dCrumbs, 'Decision number', 'Hearing officer', 'Rosalind Mbeki-Farr',
    'Date of decision', 'Classes', '18, 25', 'Read the full decision (PDF, 310 KB)', 'Topics', ...dTags, 'Was this page helpful?', 'Yes',
    'Contact the office', 'Fees',
    'Accessibility', 'Privacy notice', '© 2026 Northmere Intellectual Property Office', 'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};

const iTitle = 'Low-Power Frost Sensor for Orchard Irrigation Control';
const iSecs: [string, string[]][] = [
  [
    'Background',
    [
      j(
        'Orchard growers protect blossoms from spring frost by running overhead sprinklers, because the ice that forms releases',
        'heat as it freezes. Sprinklers are usually started by a grower watching an air thermometer, which can lag the temperature',
        'of the buds by two degrees or more and wastes water on nights when no damage would occur.',
      ),
    ],
  ],
  [
    'Technology Overview',
    [
      j(
        'Researchers at the University of Lunemark have developed a sensor that measures the temperature of an artificial bud',
        'rather than the air. A small ceramic bead with the thermal mass of an apple blossom is mounted on a branch-like arm and',
        'read by a low-power radio module that runs for two seasons on a coin cell.',
      ),
      j(
        'A controller compares readings from several beads with a frost-damage model for the crop stage and starts the sprinklers',
        'only when the bud temperature approaches the critical value.',
      ),
    ],
  ],
  [
    'Advantages',
    [
      'Measures bud temperature directly instead of air temperature',
      'Reduced water use: 31 percent less in two seasons of field trials',
      'Battery life of two seasons without maintenance',
      'Works with existing irrigation valves and controllers',
    ],
  ],
  ['Applications', ['Frost protection in apple, pear and cherry orchards', 'Vineyard frost alarms', 'Nursery and greenhouse monitoring']],
  ['Stage of Development', [j('Prototype tested in two commercial orchards over the 2024 and 2025 seasons. A provisional patent application has been filed.')]],
];
const iMenu = ['Available Technologies', 'For Inventors', 'For Industry', 'Startups', 'About Us'];
const iSimilar = ['Soil Moisture Probe with Self-Calibrating Reference', 'Drone-Based Blossom Counting for Yield Forecasts'];
const iHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${iTitle} | University of Lunemark Technology Transfer</title>
<meta name="description" content="Researchers have developed a sensor that measures the temperature of an artificial bud rather than the air." />
<link href="/App_Themes/Default/techpub.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/scripts/jquery-3.6.0.min.js"></script>
</head><body><form method="post" action="./24-017" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE"
value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg==" />
<div id="header"><div id="logo"><a href="/"><img src="/images/lunemark-tto.png" alt="University of Lunemark Technology Transfer" /></a></div>
<ul id="topnav">${links(iMenu)}</ul><div id="searchbox"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" />
<input type="submit" name="ctl00$btnSearch" value="Search" id="ctl00_btnSearch" /></div></div>
<div id="content"><div id="formTechPub1"><div class="toolbar"><a href="/technologies">« Back to technologies</a> <a href="#"
onclick="window.print()">Print</a>
<a href="/email?tech=24-017">Email this page</a> <a href="https://www.linkedin.example/shareArticle?url=x">Share on LinkedIn</a></div>
<h1 id="ctl00_ContentPlaceHolder1_lblTitle">${iTitle}</h1>
<table class="c_tp_header"><tr><td class="label">Tech ID:</td><td>24-017</td></tr>
<tr><td class="label">Inventors:</td><td><a href="/inventors/hale">Dorothea Hale</a>, <a href="/inventors/okonkwo">Emeka Okonkwo-Dunn</a></td></tr>
<tr><td class="label">Categories:</td><td><a href="/cat/agtech">Agriculture</a>, <a href="/cat/sensors">Sensors &amp; Instrumentation</a></td></tr></table>
<div class="c_tp_description">
${iSecs.map(([h, p], i) => (i === 2 || i === 3 ? `<p><strong>${h}</strong></p>\n<ul>\n${lis(p)}\n</ul>` : `<p><strong>${h}</strong></p>\n${ps(p)}`)).join('\n')}
</div>
<h3>Patent Information:</h3><table class="c_tp_patent"><tr><th>App Type</th><th>Country</th><th>Serial No.</th><th>File Date</th><th>Patent Status</th></tr>
<tr><td>Provisional</td><td>United States</td><td>63/604,118</td><td>11/14/2025</td><td>Filed</td></tr></table>
<div class="c_tp_contact"><h3>For Information, Contact:</h3><p>Ingrid Salvesen-Roe<br />Senior Licensing Manager<br />University of Lunemark<br />
isalvesen@lunemark.example</p></div>
<p class="c_tp_link">Direct Link: https://lunemark.technologypublisher.example/tech/24-017</p>
<div class="c_tp_similar"><h3>Similar Technologies</h3><ul>${links(iSimilar)}</ul></div></div></div>
<div id="footer"><p>© 2026 University of Lunemark Office of Technology Transfer</p><p><a href="http://www.inteum.example">Powered by Inteum</a></p></div>
</form></body></html>`;
const inteum: TestPage = {
  name: 'heldout355-inteum-tech-transfer-listing',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: iSecs.map(([h]) => h),
  body: texts(iSecs.flatMap(([, p]) => p)),
  bylines: ['Dorothea Hale', 'Emeka Okonkwo-Dunn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...iMenu, '« Back to technologies', 'Print', 'Email this page', 'Share on LinkedIn', 'Tech ID:', '24-017', 'Inventors:', 'Categories:',
    'Agriculture', 'Sensors & Instrumentation', 'Patent Information:', 'App Type', 'Country', 'Serial No.', 'File Date', 'Patent Status', 'Provisional',
    'United States', '63/604,118', '11/14/2025', 'Filed', 'For Information, Contact:', 'Ingrid Salvesen-Roe', 'Senior Licensing Manager',
    'isalvesen@lunemark.example', 'Direct Link: https://lunemark.technologypublisher.example/tech/24-017', 'Similar Technologies', ...iSimilar,
    '© 2026 University of Lunemark Office of Technology Transfer', 'Powered by Inteum',
  ],
};

export const HELDOUT355_F: readonly TestPage[] = [drupal, inteum];
