import { links, ps, type TestPage, texts } from './page-kit.js';
import { edgar } from './pages-heldout291-d2.js';
import { lis, rows, rowText } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file d: a consumer-product recall on Health Canada's Recalls and safety alerts site in the Canada.ca
 * (GCWeb) template (skip links, language toggle, search, the "Menu" button, breadcrumbs, the h1, a labelled summary, h2
 * sections with an affected-products table, a details list with identification number and dates, "Share this page", "Report
 * a problem" and "Date modified", and the Government of Canada footer) and, from file d2, an SEC EDGAR 8-K filing.
 */
const rTitle = 'Pemberly Nest infant loungers recalled due to suffocation hazard';
const rSum = [
  '<strong>Product:</strong> Pemberly Nest infant loungers',
  '<strong>Issue:</strong> Consumer products - Suffocation hazard',
  '<strong>What to do:</strong> Immediately stop using the recalled product and contact Pemberly Home for a full refund.',
];
const rH1 = 'Affected products';
const rTHead = ['Product', 'Model number', 'Colour', 'Batch codes'];
const rT = [
  ['Pemberly Nest lounger', 'PN-100', 'Oat', '2407 to 2511'],
  ['Pemberly Nest lounger', 'PN-100', 'Sage', '2407 to 2511'],
  ['Pemberly Nest Travel lounger', 'PN-140', 'Oat', '2502 to 2511'],
];
const rH2 = 'Issue';
const rP2 = [
  `The recalled loungers have raised, padded sides and a soft base. If an infant is placed to sleep in the lounger, or rolls onto
its side, the infant's face can press into the padding, posing a suffocation hazard.`,
  `As of March 2, 2026, the company has received two reports in Canada of infants found face-down in the lounger. Both infants
recovered. No injuries have been reported in Canada.`,
];
const rH3 = 'What you should do';
const rP3 = ['Consumers should immediately stop using the recalled loungers and take the following steps:'];
const rList = [
  'remove the cover and cut the lounger base in half so it cannot be used again;',
  'take a photograph of the cut product showing the model number label;',
  'send the photograph to Pemberly Home to receive a full refund, including taxes and shipping.',
];
const rP3b = [
  `Health Canada reminds parents and caregivers that the safest place for a baby to sleep is on their back, in a crib, cradle or
bassinet that meets current Canadian regulations, with a firm, flat mattress and no pillows, bumper pads or soft bedding.`,
  `Please note that the Canada Consumer Product Safety Act prohibits recalled products from being redistributed, sold or even given
away in Canada. Health Canada would like to remind Canadians to report any health or safety incidents related to the use of this
product or any other consumer product or cosmetic by filling out the Consumer Product Incident Report Form.`,
  'This recall is also posted on the OECD Global Portal on Product Recalls website.',
];
const rH4 = 'Details';
const rSkip = ['Skip to main content', 'Skip to "About government"', 'Switch to basic HTML version'];
const rBc = ['Canada.ca', 'Recalls, advisories and safety alerts'];
const rFoot1 = ['All contacts', 'Departments and agencies', 'About government'];
const rFoot2 = ['Jobs', 'Taxes', 'Environment and natural resources', 'National security and defence', 'Culture, history and sport'];
const rFoot3 = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const rHtml = `<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>${rTitle} - Recalls and safety alerts</title>
<meta content="width=device-width,initial-scale=1" name="viewport"><meta name="description" content="Pemberly Nest infant loungers recalled.">
<meta name="dcterms.title" content="${rTitle}"><meta name="dcterms.issued" title="W3CDTF" content="2026-03-03">
<meta name="dcterms.modified" title="W3CDTF" content="2026-03-05"><meta name="dcterms.creator" content="Health Canada">
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css">
<script src="https://assets.adobedtm.example/be5dfd287373/launch-EN.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${rTitle}","datePublished":"2026-03-03"}</script></head>
<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp">${links(rSkip, 'wb-slc')}</ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right"><h2 class="wb-inv">Language selection</h2>
<ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="/fr/1234567"><span class="hidden-xs">Français</span></a></li></ul></section>
<div class="row"><div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="https://www.canada.ca/en.html"
property="url"><img src="/themes-dist/GCWeb/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="https://www.canada.ca/en/sr/srb.html" method="get" role="search"><label for="wb-srch-q" class="wb-inv">Search Canada.ca</label>
<input id="wb-srch-q" class="form-control" name="q" type="search" placeholder="Search Canada.ca"></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2><button type="button" aria-haspopup="true"
aria-expanded="false"><span class="wb-inv">Main </span>Menu <span class="expicon glyphicon glyphicon-chevron-down"></span></button></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(rBc)}</ol></div></nav></header>
<main property="mainContentOfPage" class="container" typeof="WebPageElement"><h1 property="name" id="wb-cont">${rTitle}</h1>
<div class="well well-sm"><h2 class="h4 mrgn-tp-0">Summary</h2>
${ps(rSum)}
</div>
<h2>${rH1}</h2><table class="table table-bordered table-striped"><thead><tr>
${rTHead.map((h) => `<th scope="col">${h}</th>`).join('\n')}
</tr></thead><tbody>
${rows(rT, 'td')}
</tbody></table>
<h2>${rH2}</h2>
${ps(rP2)}
<h2>${rH3}</h2>
${ps(rP3)}
<ul>${lis(rList)}</ul>
${ps(rP3b)}
<h2>${rH4}</h2><dl class="dl-horizontal">
<dt>Original published date:</dt>
<dd>2026-03-03</dd>
<dt>Alert / recall type:</dt>
<dd>Consumer products</dd>
<dt>Category:</dt>
<dd>Babies and children - Sleep products</dd>
<dt>Companies:</dt>
<dd>Pemberly Home Inc.</dd>
<dt>Published by:</dt>
<dd>Health Canada</dd>
<dt>Audience:</dt>
<dd>General public</dd>
<dt>Identification number:</dt>
<dd>RA-000482</dd></dl>
<div class="row pagedetails"><div class="col-sm-6 col-lg-4 mrgn-tp-sm">
<a href="https://www.canada.ca/en/report-problem.html" class="btn btn-default btn-block">Report
a problem or mistake on this page</a></div><div class="col-sm-3 mrgn-tp-sm pull-right">
<div class="wb-share" data-wb-share='{"lnkClass": "btn btn-default btn-block"}'>
<a href="#shr-pg0" class="shr-opn wb-lbx btn btn-default btn-block"><span class="glyphicon glyphicon-share"></span>Share this page</a></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt>
<dd><time property="dateModified">2026-03-05</time></dd></dl></div></main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><h3>Health Canada</h3><ul>${links(['Contact Health Canada'])}</ul></div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3><ul>${links(rFoot1)}</ul><ul>${links(rFoot2)}</ul></nav></div></div>
<div class="gc-sub-footer"><div class="container"><nav><h3 class="wb-inv">Government of Canada Corporate</h3><ul>${links(rFoot3)}</ul></nav>
<div class="wtrmrk"><img src="/themes-dist/GCWeb/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div></div></div></footer>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script><script>_satellite.pageBottom();</script></body></html>`;
const hcRecall: TestPage = {
  name: 'heldout291-health-canada-recall-notice',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Summary', rH1, rH2, rH3],
  body: texts([...rSum, ...rT.map(rowText), ...rP2, ...rP3, ...rList, ...rP3b]),
  bylines: ['Original published date:', '2026-03-03', 'Date modified:', '2026-03-05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rSkip, 'Language selection', 'Français', 'Search Canada.ca', 'You are here:', ...rBc, rH4, 'Alert / recall type:',
    'Category:', 'Babies and children - Sleep products', 'Companies:', 'Pemberly Home Inc.', 'Published by:', 'Audience:', 'General public',
    'Identification number:', 'RA-000482', 'Report a problem or mistake on this page', 'Share this page', 'Contact Health Canada', 'Government of Canada',
    ...rFoot1, ...rFoot2, ...rFoot3,
  ],
};

export const HELDOUT291_D: readonly TestPage[] = [hcRecall, edgar];
