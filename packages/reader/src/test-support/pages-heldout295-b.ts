import { links, ps, type TestPage, texts } from './page-kit.js';
import { ctGov } from './pages-heldout295-b2.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file b: an EMC-style patient information leaflet (site header, product header with the company box and the
 * SmPC / leaflet tabs, "Last updated" line, table of contents, print and download links, the numbered leaflet sections, the
 * "Company contact details" panel and the footer) and, from file b2, a ClinicalTrials.gov-style study record.
 */
const eTitle = 'Dovamet 500 mg Film-coated Tablets - Patient Information Leaflet (PIL)';
const eHeads = [
  '1. What Dovamet is and what it is used for',
  '2. What you need to know before you take Dovamet',
  '3. How to take Dovamet',
  '4. Possible side effects',
  '5. How to store Dovamet',
  '6. Contents of the pack and other information',
];
const eIntro = ['Read all of this leaflet carefully before you start taking this medicine because it contains important information for you.'];
const eIntroList = [
  'Keep this leaflet. You may need to read it again.',
  'If you have any further questions, ask your doctor or pharmacist.',
  'This medicine has been prescribed for you only. Do not pass it on to others. It may harm them, even if their signs of illness are the same as yours.',
];
const e1 = [
  j(
    'Dovamet contains the active substance dovafloxin, which belongs to a group of medicines called antibiotics. It works by killing',
    'the bacteria that cause infections.',
  ),
  'Dovamet is used in adults to treat infections of the urinary tract and of the sinuses when other antibiotics cannot be used.',
];
const e2 = ['Do not take Dovamet:'];
const e2List = [
  'if you are allergic to dovafloxin or any of the other ingredients of this medicine (listed in section 6)',
  'if you have ever had a tendon problem such as inflammation or rupture after taking an antibiotic of this kind',
  'if you are pregnant or breast-feeding',
];
const e2b = [
  j(
    'Talk to your doctor or pharmacist before taking Dovamet if you have kidney problems, a heart rhythm disorder, or myasthenia',
    'gravis. Stop taking Dovamet and contact your doctor straight away if you feel pain or swelling in a tendon, most often the Achilles tendon.',
  ),
  j(
    'Other medicines and Dovamet: tell your doctor if you are taking antacids, iron or zinc supplements, because they can stop the',
    'tablets working. Take these at least 2 hours after Dovamet.',
  ),
];
const e3 = [
  'Always take this medicine exactly as your doctor has told you. Check with your doctor or pharmacist if you are not sure.',
  j(
    'The recommended dose is one 500 mg tablet once a day for 5 to 10 days. Swallow the tablet whole with a glass of water, at about',
    'the same time each day. You can take it with or without food.',
  ),
  j(
    'If you forget to take Dovamet, take it as soon as you remember, unless it is nearly time for your next dose. Do not take a double',
    'dose to make up for a forgotten tablet.',
  ),
];
const e4 = ['Like all medicines, this medicine can cause side effects, although not everybody gets them.'];
const e4List = [
  'Common (may affect up to 1 in 10 people): feeling sick, diarrhoea, headache, dizziness.',
  'Uncommon (may affect up to 1 in 100 people): trouble sleeping, itching, changes in taste.',
  'Rare (may affect up to 1 in 1,000 people): tendon pain or swelling, fast or irregular heartbeat.',
];
const e4b = [
  j(
    'If you get any side effects, talk to your doctor, pharmacist or nurse. This includes any possible side effects not listed in this',
    'leaflet. You can also report side effects directly via the Yellow Leaf Scheme.',
  ),
];
const e5 = [
  'Keep this medicine out of the sight and reach of children.',
  'Do not use this medicine after the expiry date which is stated on the carton after EXP. Store below 25°C.',
];
const e6 = [
  'The active substance is dovafloxin. Each tablet contains 500 mg dovafloxin (as hemihydrate).',
  'Dovamet tablets are white, oblong and marked "DV5" on one side. They come in blister packs of 5, 7 or 10 tablets.',
  'This leaflet was last revised in 01/2026.',
];
const eNav = ['Medicines A-Z', 'Companies', 'Latest updates', 'Risk minimisation materials', 'Help'];
const eTabs = ['SmPC', 'Patient Leaflet', 'Risk Materials', 'Ingredients'];
const eFoot = ['About emc', 'Accessibility', 'Contact us', 'Legal and privacy policy', 'Cookie policy', 'Glossary'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${eTitle} - (emc)</title>
<meta name="description" content="Patient Information Leaflet for Dovamet 500 mg Film-coated Tablets from Halden Pharma Ltd.">
<link rel="canonical" href="https://www.medileaflets.example/emc/product/48122/pil">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Drug","name":"Dovamet 500 mg Film-coated Tablets","manufacturer":
{"@type":"Organization","name":"Halden Pharma Ltd"}}</script>
<script>dataLayer=[{"pageType":"PIL","productId":"48122"}];</script></head>
<body class="emc-body"><a class="skip-link" href="#main">Skip to main content</a>
<header class="emc-header"><div class="container"><a class="emc-logo" href="/emc/">emc</a>
<nav class="emc-nav"><ul class="nav">${links(eNav, 'nav-item')}</ul></nav>
<form class="emc-search"><input type="search" placeholder="Enter medicine name or company"><button class="btn">Search</button></form></div></header>
<main id="main" class="container"><div class="row product-header"><div class="col-md-8"><h1 class="title">${eTitle}</h1>
<div class="company-details"><span class="company-label">Company:</span> <a href="/emc/company/771">Halden Pharma Ltd</a>
<p class="status-tag">Status: Updated</p></div>
<p class="last-updated"><span class="updated-label">Last updated on emc:</span> <span class="updated-date">12 Mar 2026</span></p></div>
<div class="col-md-4 product-actions"><a class="btn btn-print" href="#">Print patient leaflet</a><a class="btn btn-download" href="#">Download PDF</a>
<a class="btn btn-alert" href="#">Set alert</a></div></div>
<ul class="nav nav-tabs product-tabs">${links(eTabs, 'nav-item')}</ul>
<div class="row"><div class="col-md-3"><nav class="toc-sidebar"><p class="toc-title">Table of contents</p><ol class="toc">${links(eHeads)}</ol></nav></div>
<div class="col-md-9"><div class="leaflet-content" id="pil-content">
<h2 class="pil-top">Package leaflet: Information for the user</h2>${ps(eIntro)}<ul>${lis(eIntroList)}</ul>
<h2 id="S1">${eHeads[0]}</h2>${ps(e1)}
<h2 id="S2">${eHeads[1]}</h2>${ps(e2)}<ul>${lis(e2List)}</ul>${ps(e2b)}
<h2 id="S3">${eHeads[2]}</h2>${ps(e3)}
<h2 id="S4">${eHeads[3]}</h2>${ps(e4)}<ul>${lis(e4List)}</ul>${ps(e4b)}
<h2 id="S5">${eHeads[4]}</h2>${ps(e5)}
<h2 id="S6">${eHeads[5]}</h2>${ps(e6)}</div>
<div class="back-to-top"><a href="#main">Back to top</a></div>
<div class="company-contact panel"><h3>Company contact details</h3><p class="company-name">Halden Pharma Ltd</p>
<p>Unit 4, Carrow Business Park, Norbridge, NR7 0QT</p><p>Medical Information: 0800 555 0199</p></div></div></div></main>
<footer class="emc-footer"><div class="container"><ul>${links(eFoot)}</ul><p>© Datapharm Lumen Ltd 2026</p></div></footer>
<div class="cookie-banner" role="dialog"><p>We use essential cookies to make this site work, and optional cookies to understand how you use it.</p>
<button>Accept optional cookies</button><button>Reject optional cookies</button></div></body></html>`;
export const emc: TestPage = {
  name: 'heldout295-emc-style-leaflet-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Package leaflet: Information for the user', ...eHeads],
  body: texts([...eIntro, ...eIntroList, ...e1, ...e2, ...e2List, ...e2b, ...e3, ...e4, ...e4List, ...e4b, ...e5, ...e6]),
  bylines: ['Last updated on emc:', '12 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...eNav, 'Search', 'Company:', 'Halden Pharma Ltd', 'Status: Updated',
    'Print patient leaflet', 'Download PDF', 'Set alert', ...eTabs,
    'Table of contents', 'Back to top', 'Company contact details', 'Unit 4, Carrow Business Park, Norbridge, NR7 0QT', 'Medical Information: 0800 555 0199',
    ...eFoot, '© Datapharm Lumen Ltd 2026', 'We use essential cookies to make this site work, and optional cookies to understand how you use it.',
    'Accept optional cookies', 'Reject optional cookies',
  ],
};

export const HELDOUT295_B: readonly TestPage[] = [emc, ctGov];
