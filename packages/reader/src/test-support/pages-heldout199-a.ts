import { links, ps, type TestPage, texts } from './page-kit.js';
import { servicesAustralia } from './pages-heldout199-a2.js';

/**
 * Held-out batch 199, file a: a Canada.ca service page on the GCWeb (WET) template (skip links, language selection with
 * "Français", the signature, "Search Canada.ca", the Menu button with its ajax-replaced theme list, the "You are here:"
 * breadcrumb, the h1 with id wb-cont, an "On this page" list, an alert box inside the main content, the page feedback tool,
 * "Report a problem or mistake on this page", "Date modified", the contextual department footer, the main and sub
 * footers) and, from file a2, a Services Australia page.
 */
const caTitle = 'Rural Internet Connection Credit: How to apply';
const caIntro = [
  'The Rural Internet Connection Credit helps households in eligible rural and remote communities pay for the one-time cost of ' +
    'connecting a home to a high-speed internet service. You can receive up to $600 toward installation, equipment and activation ' +
    'fees charged by a participating provider.',
];
const caAlert =
  'Applications for connections made between April 1, 2025 and March 31, 2026 must be submitted by June 30, 2026. ' +
  'Applications received after that date will not be assessed.';
const caH1 = 'Who can apply';
const caP1 = ['You can apply if you meet all of the following conditions:'];
const caL1 = [
  'you are the owner or the tenant of the home that was connected',
  'the home is your principal residence',
  'the home is located in a community listed as eligible on the connectivity map',
  'the service was installed by a participating provider on or after April 1, 2025',
  'no one else in your household has received the credit for the same address',
];
const caP1b = [
  'Seasonal homes, cottages and businesses are not eligible, even when they are in an eligible community. ' +
    'If you operate a business from your home, you may still apply for the residential connection.',
];
const caH2 = 'Before you apply';
const caP2 = ['Have the following information ready before you start. You will not be able to save an application and return to it later.'];
const caL2 = [
  'your social insurance number',
  'the civic address of the home that was connected',
  'the name of your internet provider and your account number',
  'a copy of the final invoice showing the installation date and the amount you paid',
  'your banking information, if you want to receive the credit by direct deposit',
];
const caH3 = 'How to apply';
const caP3 = ['Most people apply online. It takes about 20 minutes.'];
const caL3 = [
  'Sign in to your account with a GCKey or with a Sign-In Partner.',
  'Select "Apply for the Rural Internet Connection Credit" from the list of services.',
  'Enter the details of your home and your internet provider.',
  'Upload a copy of your invoice in PDF, JPG or PNG format. Each file must be smaller than 10 MB.',
  'Review your answers and submit your application.',
];
const caP3b = [
  'If you cannot apply online, you can ask for a paper form by calling 1-800-555-0142. Mail the completed form with a copy of your ' +
    'invoice to the address printed on the last page of the form.',
];
const caH4 = 'After you apply';
const caP4 = [
  'You will receive a confirmation number as soon as you submit your application online. Keep it: you will need it if you contact us ' +
    'about your application.',
  'Most applications are assessed within 30 business days. If we need more information, we will contact you by email or by phone. ' +
    'Once your application is approved, the credit is paid by direct deposit or by cheque within 10 business days.',
  'The credit is not taxable and does not need to be reported on your income tax and benefit return.',
];
const caH5 = 'If you need help';
const caP5 = [
  'Call the Connectivity Programs Information Line at 1-800-555-0142, Monday to Friday, 8:30 am to 5 pm local time. ' +
    'If you use a TTY, call 1-800-555-0199.',
];
const caMenu = [
  'Jobs and the workplace',
  'Immigration and citizenship',
  'Travel and tourism',
  'Business and industry',
  'Benefits',
  'Health',
  'Taxes',
  'Environment and natural resources',
  'National security and defence',
  'Culture, history and sport',
  'Policing, justice and emergencies',
  'Transport and infrastructure',
  'Canada and the world',
  'Money and finances',
  'Science and innovation',
];
const caCrumbs = ['Canada.ca', 'Science and innovation', 'High-speed internet', 'Rural Internet Connection Credit'];
const caDept = ['Contact ISED', 'Access to information', 'Service standards', 'Open government'];
const caGoc = ['All contacts', 'Departments and agencies', 'About government'];
const caThemes = ['Jobs', 'Immigration and citizenship', 'Travel and tourism', 'Business', 'Benefits', 'Health', 'Taxes', 'Environment and natural resources'];
const caThemes2 = ['National security and defence', 'Culture, history and sport', 'Policing, justice and emergencies', 'Transport and infrastructure'];
const caThemes3 = ['Canada and the world', 'Money and finance', 'Science and innovation', 'Indigenous peoples', 'Veterans and military', 'Youth'];
const caCorp = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const caHtml = `<!DOCTYPE html>
<!--[if lt IE 9]><html class="no-js lt-ie9" lang="en" dir="ltr"><![endif]--><!--[if gt IE 8]><!-->
<html class="no-js" lang="en" dir="ltr"><!--<![endif]--><head><meta charset="utf-8">
<!-- Web Experience Toolkit (WET) / Boîte à outils de l'expérience Web (BOEW) wet-boew.github.io/wet-boew/License-en.html -->
<title>${caTitle} - Canada.ca</title><meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="description" content="How to apply for the Rural Internet Connection Credit: who can apply, documents you need and what happens next.">
<meta name="keywords" content="rural internet, connection credit, high-speed internet, rural communities">
<meta name="author" content="Innovation, Science and Economic Development Canada">
<meta name="dcterms.title" content="${caTitle}"><meta name="dcterms.creator" content="Innovation, Science and Economic Development Canada">
<meta name="dcterms.language" title="ISO639-2/T" content="eng"><meta name="dcterms.issued" title="W3CDTF" content="2025-04-01">
<meta name="dcterms.modified" title="W3CDTF" content="2025-10-14"><meta name="dcterms.subject" title="gccore" content="Telecommunications">
<meta name="dcterms.spatial" content="Canada"><meta property="dcterms:service" content="ISED-ISDE"><meta property="dcterms:accessRights" content="2">
<link href="/etc/designs/canada/wet-boew/assets/favicon.ico" rel="icon" type="image/x-icon">
<link rel="stylesheet" href="/etc/designs/canada/wet-boew/css/theme.min.css"><link href="/etc/designs/canada/wet-boew/méli-mélo/2024-09-kejimkujik.min.css"
rel="stylesheet"><noscript><link rel="stylesheet" href="/etc/designs/canada/wet-boew/css/noscript.min.css"></noscript>
<script src="//assets.adobedtm.example/be5dfd287373/0127575cd23a/launch-f7c3e6060667.min.js"></script></head>
<body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage" class="">
<div class="newpar new section"></div><div class="par iparys_inherited"><div class="global-header">
<nav><ul id="wb-tphp" class="wb-init wb-disable-inited"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
<h2 class="wb-inv">Language selection</h2><div class="row"><div class="col-md-12"><ul class="list-inline mrgn-bttm-0"><li>
<a lang="fr" href="/fr/innovation-sciences-developpement-economique/services/internet-haute-vitesse/credit-branchement-internet-rural/demande.html">
<span class="hidden-xs" translate="no">Français</span>
<abbr title="Français" translate="no" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">fr</abbr>
</a></li></ul></div></div></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" resource="#wb-publisher" typeof="GovernmentOrganization">
<a href="/en.html" property="url"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo">
<span class="wb-inv"> / <span lang="fr">Gouvernement du Canada</span></span></a><meta property="name" content="Government of Canada">
<meta property="areaServed" typeof="Country" content="Canada"><link property="logo" href="/etc/designs/canada/wet-boew/assets/wmms-blk.svg"></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="/en/sr/srb.html" method="get" name="cse-search-box" role="search"><div class="form-group wb-srch-qry">
<label for="wb-srch-q" class="wb-inv">Search Canada.ca</label><input name="cdn" value="canada" type="hidden"><input name="st" value="s" type="hidden">
<input id="wb-srch-q" list="wb-srch-q-ac" class="wb-srch-q form-control" name="q" type="search" value="" size="34" maxlength="170"
placeholder="Search Canada.ca"><datalist id="wb-srch-q-ac"></datalist></div><div class="form-group submit">
<button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span>
<span class="wb-inv">Search</span></button></div></form></section></div></div><hr>
<div class="container"><div class="row"><div class="col-md-8"><nav class="gcweb-menu" typeof="SiteNavigationElement"><h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false"><span class="wb-inv">Main </span>Menu
<span class="expicon glyphicon glyphicon-chevron-down"></span></button><ul role="menu" aria-orientation="vertical"
data-ajax-replace="/content/dam/canada/sitemenu/sitemenu-v2-en.html">
${caMenu.map((t) => `<li role="presentation"><a role="menuitem" tabindex="-1" href="/en/services/${t.length}.html">${t}</a></li>`).join('\n')}
</ul></nav></div></div></div>
<nav id="wb-bc" property="breadcrumb"><h2 class="wb-inv">You are here:</h2><div class="container"><ol class="breadcrumb">
${links(caCrumbs)}
</ol></div></nav></header></div></div>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<div class="mwstitle section"><h1 property="name" id="wb-cont" dir="ltr">${caTitle}</h1></div>
<div class="mwsgeneric-base-html parbase section">${ps(caIntro)}</div>
<div class="mwsalerts section"><section class="alert alert-warning"><h2 class="wb-inv">Important</h2><p>${caAlert}</p></section></div>
<div class="mwsgeneric-base-html parbase section"><h2 class="h3">On this page</h2><ul>
<li><a href="#who">${caH1}</a></li><li><a href="#before">${caH2}</a></li><li><a href="#how">${caH3}</a></li>
<li><a href="#after">${caH4}</a></li><li><a href="#help">${caH5}</a></li></ul></div>
<div class="mwsgeneric-base-html parbase section"><h2 id="who">${caH1}</h2>${ps(caP1)}<ul class="lst-spcd">${caL1.map((t) => `<li>${t}</li>`).join('')}</ul>
${ps(caP1b)}<h2 id="before">${caH2}</h2>${ps(caP2)}<ul class="lst-spcd">${caL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="how">${caH3}</h2>${ps(caP3)}<ol class="lst-spcd">${caL3.map((t) => `<li>${t}</li>`).join('\n')}</ol></div>
<div class="mwsbutton section"><p><a href="https://connect.ised-isde.example/s/login" class="btn btn-call-to-action">Apply online</a></p></div>
<div class="mwsgeneric-base-html parbase section">${ps(caP3b)}<h2 id="after">${caH4}</h2>${ps(caP4)}<h2 id="help">${caH5}</h2>${ps(caP5)}</div>
<div class="pagedetails container"><div class="row"><div class="col-sm-6 col-lg-4 mrgn-tp-sm"><section class="gc-pft">
<div class="wb-disable-allow" data-ajax-replace="/etc/designs/canada/wet-boew/assets/pft/pft.html"><h2 class="wb-inv">Page feedback</h2>
<p class="mrgn-bttm-0">Did you find what you were looking for?</p><button class="btn btn-primary" value="Yes">Yes</button>
<button class="btn btn-primary" value="No">No</button></div></section></div>
<div class="col-sm-6 col-lg-4 col-lg-offset-4 mrgn-tp-sm"><a class="btn btn-default btn-block" href="/en/report-problem.html"
data-bind-to="report-problem-form">Report a problem or mistake on this page</a></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2025-10-14</time></dd></dl></div></main>
<div class="newpar new section"></div><div class="par iparys_inherited"><div class="global-footer"><footer id="wb-info">
<h2 class="wb-inv">About this site</h2><div class="gc-contextual"><div class="container"><nav><h3>Innovation, Science and Economic Development Canada</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(caDept)}</ul></nav></div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3><ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(caGoc)}</ul>
<h4><span class="wb-inv">Themes and topics</span></h4><ul class="list-unstyled colcount-sm-2 colcount-md-3">
${links([...caThemes, ...caThemes2, ...caThemes3])}</ul></nav></div></div>
<div class="gc-sub-footer"><div class="container d-flex align-items-center"><nav><h3 class="wb-inv">Government of Canada Corporate</h3>
<ul>${links(caCorp)}</ul></nav><div class="wtrmrk align-self-end"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg"
alt="Symbol of the Government of Canada"></div></div></div></footer></div></div>
<script src="//ajax.googleapis.example/ajax/libs/jquery/2.2.4/jquery.min.js"></script>
<script src="/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script><script src="/etc/designs/canada/wet-boew/js/theme.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script></body></html>`;
const canada: TestPage = {
  html: caHtml,
  name: 'heldout199-canada-ca-service-page',
  kind: 'docs',
  // the warning alert in the main content is part of the service information (body); the "On this page" list repeats the
  // headings and is left out; the "Apply online" button is in neither list; "Date modified" and its date are bylines
  title: caTitle,
  headings: [caH1, caH2, caH3, caH4, caH5],
  body: texts([...caIntro, caAlert, ...caP1, ...caL1, ...caP1b, ...caP2, ...caL2, ...caP3, ...caL3, ...caP3b, ...caP4, ...caP5]),
  bylines: ['Date modified:', '2025-10-14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Gouvernement du Canada', 'Search', 'Search Canada.ca',
      'Main Menu', ...caMenu, 'You are here:', ...caCrumbs.slice(0, 3), 'Important', 'Page feedback', 'Did you find what you were looking for?', 'Yes', 'No',
      'Report a problem or mistake on this page', 'About this site', 'Innovation, Science and Economic Development Canada', ...caDept,
      'Government of Canada', ...caGoc, 'Themes and topics', ...caThemes, ...caThemes2, ...caThemes3, 'Government of Canada Corporate', ...caCorp,
    ]),
  ],
};

export const HELDOUT199_A: readonly TestPage[] = [canada, servicesAustralia];
