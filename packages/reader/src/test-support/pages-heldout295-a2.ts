import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file a2: a Drugs.com-style drug monograph (top nav with the A-Z bar, the drug's "Generic name / Brand
 * names / Dosage form / Drug class" box, the sub-nav of tabs, medically reviewed line, "What is ...?" sections, a dosing table,
 * the "Further information" note, the sidebar's "Related/similar drugs" and "Frequently asked questions", and the footer).
 */
const dTitle = 'Velorazine';
const dHeads = ['What is Velorazine?', 'Warnings', 'Before taking this medicine', 'How should I take Velorazine?', 'Velorazine side effects'];
const dWhat = [
  j(
    'Velorazine is an antihistamine that blocks the effects of the natural chemical histamine in the body. It is used to relieve',
    'sneezing, runny nose, itchy or watery eyes, and itching of the nose or throat caused by seasonal and year-round allergies.',
  ),
  'Velorazine is also used to treat itching and hives that last longer than six weeks (chronic urticaria) in adults.',
];
const dWarn = [
  j(
    'Velorazine may cause drowsiness in some people, especially at higher doses. Avoid driving or hazardous activity until you know',
    'how this medicine will affect you. Drinking alcohol can increase this effect.',
  ),
];
const dBefore = ['You should not use Velorazine if you are allergic to it. Tell your doctor if you have ever had:'];
const dBeforeList = ['kidney disease or are on dialysis', 'liver disease', 'trouble passing urine', 'epilepsy or another seizure disorder'];
const dBefore2 = [
  j(
    'It is not known whether Velorazine will harm an unborn baby. Tell your doctor if you are pregnant or plan to become pregnant.',
    'Do not give this medicine to a child younger than 6 years old without medical advice.',
  ),
];
const dHow = [
  j(
    'Use exactly as directed on the label, or as prescribed by your doctor. You may take Velorazine with or without food.',
    'Swallow the tablet whole; do not crush or chew it.',
  ),
  'The usual doses are shown below. Your doctor may lower the dose if your kidneys do not work normally.',
];
const dRows = [
  ['Adults and children 12 years and older', '10 mg once daily', '10 mg'],
  ['Children 6 to 11 years', '5 mg once daily', '5 mg'],
  ['Adults with kidney impairment', '5 mg every other day', '5 mg'],
];
const dHow2 = [
  'Call your doctor if your symptoms do not improve after 7 days, or if you also have a fever, a headache, or a skin rash.',
  'Store at room temperature away from moisture and heat.',
];
const dSide = [
  'Get emergency medical help if you have signs of an allergic reaction: hives; difficult breathing; swelling of your face, lips, tongue, or throat.',
  'Common Velorazine side effects may include:',
];
const dSideList = ['drowsiness or tiredness', 'dry mouth', 'headache', 'sore throat'];
const dSide2 = [
  j(
    'This is not a complete list of side effects and others may occur. Call your doctor for medical advice about side effects.',
    'You may report side effects to your national medicines regulator.',
  ),
];
const dDisc = j(
  'Remember, keep this and all other medicines out of the reach of children. Pillsight provides accurate and independent information',
  'on drugs and should be used for educational purposes only.',
);
const dNav = ['Drugs A-Z', 'Pill Identifier', 'Interactions Checker', 'Compare Drugs', 'Pro Edition', 'More'];
const dAz = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const dTabs = ['Uses', 'Side Effects', 'Dosage', 'Interactions', 'Reviews', 'Pricing', 'FAQ'];
const dSimilar = ['Loratadine', 'Fexofenadine', 'Montelukast', 'Fluticasone nasal', 'Azelastine nasal'];
const dFaq = ['How long does Velorazine take to work?', 'Can you take Velorazine every day?', 'Is Velorazine safe with ibuprofen?'];
const dFoot = ['About Pillsight', 'Advertising policy', 'Attribution & citations', 'Terms & privacy', 'Editorial policy', 'Sitemap', 'Support'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Velorazine: Uses, Dosage, Side Effects, Warnings - Pillsight</title>
<meta name="description" content="Velorazine is an antihistamine used to treat allergy symptoms.
Includes Velorazine side effects, interactions and indications.">
<link rel="canonical" href="https://www.pillsight.example/velorazine.html"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Drug","name":"Velorazine","drugClass":"antihistamines",
"nonProprietaryName":"velorazine"}</script>
<script>var ddc_page = {"type":"monograph","drug":"velorazine","source":"meridia"};</script></head>
<body class="ddc-page ddc-drug-page"><div id="ddc-wrapper"><header id="header" class="ddc-header"><div class="ddc-header-main">
<a href="/" class="ddc-logo">Pillsight</a><form class="ddc-search-form" action="/search.php"><input type="search" name="searchterm"
placeholder="Search drugs, conditions and more"><button type="submit">Search</button></form></div>
<nav class="ddc-nav"><ul class="ddc-nav-list">${links(dNav, 'ddc-nav-item')}</ul></nav>
<div class="ddc-az-bar"><span>Browse A-Z</span><ul>${links(dAz)}</ul></div></header>
<div id="container" class="ddc-container"><div id="content" class="ddc-main-content">
<ul class="ddc-breadcrumb">${links(['Drugs A to Z'], 'ddc-breadcrumb-item')}<li class="ddc-breadcrumb-item ddc-breadcrumb-item-current">Velorazine</li></ul>
<div class="contentBox"><h1>${dTitle}</h1>
<p class="drug-subtitle"><b>Generic name:</b> velorazine [ vel-OR-a-zeen ]<br><b>Brand names:</b> Allerveld, Clarivo<br>
<b>Dosage form:</b> oral tablet (10 mg; 5 mg)<br><b>Drug class:</b> Antihistamines</p>
<p class="ddc-reviewed"><span class="ddc-reviewed-by">Medically reviewed by <a href="/pro/leila-marsh.html">Leila Marsh, PharmD</a>.</span>
<span class="ddc-reviewed-date">Last updated on Aug 2, 2026.</span></p>
<nav class="ddc-tabs"><ul>${links(dTabs, 'ddc-tabs-item')}</ul></nav>
<h2 id="uses">${dHeads[0]}</h2>${ps(dWhat)}
<div class="ddc-ad"><span class="ddc-ad-label">Advertisement</span></div>
<h2 id="warnings">${dHeads[1]}</h2>${ps(dWarn)}
<h2 id="before-taking">${dHeads[2]}</h2>${ps(dBefore)}<ul>${lis(dBeforeList)}</ul>${ps(dBefore2)}
<h2 id="dosage">${dHeads[3]}</h2>${ps(dHow)}
<table class="ddc-table ddc-table-sm"><thead><tr><th>Patient</th><th>Usual dose</th><th>Maximum daily dose</th></tr></thead><tbody>
${dRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(dHow2)}
<div class="ddc-related-link">Read more: <a href="/dosage/velorazine.html">Velorazine dosage information (more detail)</a></div>
<h2 id="side-effects">${dHeads[4]}</h2>${ps(dSide)}<ul>${lis(dSideList)}</ul>${ps(dSide2)}
<div class="ddc-disclaimer"><h3>Further information</h3><p>${dDisc}</p>
<p>Copyright 1996-2026 Meridia Multisource, Inc. Version: 4.01.</p></div></div></div>
<aside id="sidebar" class="ddc-sidebar"><div class="ddc-box"><h3>Related/similar drugs</h3><ul>${links(dSimilar)}</ul></div>
<div class="ddc-box"><h3>Frequently asked questions</h3><ul>${links(dFaq)}</ul></div>
<div class="ddc-box ddc-newsletter"><h3>Drug Safety Alerts</h3><p>Get the latest recall and safety news sent to your inbox.</p><button>Sign up</button></div>
</aside></div>
<footer class="ddc-footer"><ul>${links(dFoot)}</ul><p class="ddc-footer-copy">Copyright © 2000-2026 Pillsight. All rights reserved.</p></footer></div>
<div class="ddc-cookie-notice"><p>Pillsight uses cookies to deliver a better experience.</p><button>Got it</button></div></body></html>`;
export const drugsCom: TestPage = {
  name: 'heldout295-drugs-com-style-monograph-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dWhat, ...dWarn, ...dBefore, ...dBeforeList, ...dBefore2, ...dHow, ...dRows.flat(), ...dHow2, ...dSide, ...dSideList, ...dSide2]),
  bylines: ['Medically reviewed by Leila Marsh, PharmD.', 'Last updated on Aug 2, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pillsight', 'Search', ...dNav, 'Browse A-Z', 'Drugs A to Z', ...dTabs, 'Advertisement', 'Read more:', 'Velorazine dosage information (more detail)',
    'Generic name:', 'velorazine [ vel-OR-a-zeen ]', 'Brand names:', 'Allerveld, Clarivo', 'Dosage form:', 'oral tablet (10 mg; 5 mg)',
    'Drug class:', 'Antihistamines', 'Further information', dDisc,
    'Copyright 1996-2026 Meridia Multisource, Inc. Version: 4.01.', 'Related/similar drugs', ...dSimilar,
    'Frequently asked questions', ...dFaq, 'Drug Safety Alerts', 'Get the latest recall and safety news sent to your inbox.', 'Sign up', ...dFoot,
    'Copyright © 2000-2026 Pillsight. All rights reserved.', 'Pillsight uses cookies to deliver a better experience.', 'Got it',
  ],
};
