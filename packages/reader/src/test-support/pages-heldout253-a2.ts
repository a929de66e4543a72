import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file a2: a government pension service page on the Canada.ca web template (GCWeb / WET: skip links,
 * language toggle, the site header with the theme menu, breadcrumbs, an "On this page" list, the "Report a problem" box, the
 * "Date modified" page details and the contextual and main footer bands), for an invented country's retirement pension.
 */
const title = 'Norland Retirement Pension: How to apply';
const lead = [
  j(
    'You can apply for the Norland Retirement Pension up to 12 months before you want your payments to start. Most people apply',
    'online through My Service Account, but you can also apply by mail.',
  ),
];
const h1 = 'Before you apply';
const s1 = [
  'You may be eligible if you are at least 60 years old and you have made at least one valid contribution to the plan.',
  j(
    'If you worked outside Norland, time spent in a country that has a social security agreement with Norland may help you qualify.',
    'You do not need to stop working to receive your pension.',
  ),
];
const h2 = 'What you need';
const s2 = ['Have the following information ready before you start:'];
const l2 = [
  'your Social Insurance Number',
  'your banking information for direct deposit',
  'the date you want your pension to start',
  'the names and dates of birth of any children you raised while you had low or no earnings',
];
const h3 = 'Apply online';
const s3 = [
  j(
    'Sign in to My Service Account and select \u201CApply for the Norland Retirement Pension\u201D. The online application takes about',
    '20 minutes. You can save it and come back to it within 30 days.',
  ),
  j('Once you submit, you will get a confirmation number. Keep it: you will need it if you call us about your application.'),
];
const h4 = 'Apply by mail';
const s4 = [
  j(
    'Fill out form NRP-100, Application for a Norland Retirement Pension, and mail it with certified copies of your documents to the',
    'Service Norland office nearest you. Do not send original documents unless we ask for them.',
  ),
];
const h5 = 'After you apply';
const s5 = [
  j(
    'We aim to send you a decision within 120 days of receiving your complete application. If you are approved, the letter will tell',
    'you the amount of your monthly payment and the date of your first payment.',
  ),
  j('If you do not agree with the decision, you can ask us to reconsider it in writing within 90 days of the date on the letter.'),
];
const toc = [h1, h2, h3, h4, h5];
const themes = ['Jobs and the workplace', 'Immigration and citizenship', 'Travel and tourism', 'Business and industry', 'Benefits', 'Health', 'Taxes'];
const crumbs = ['Norland.gov', 'Benefits', 'Public pensions', 'Retirement benefits'];
const related = ['Norland Retirement Pension: Overview', 'How much you could receive', 'When to start your pension', 'Old Age Supplement'];
const ctx = ['Contact Service Norland', 'Find a Service Norland office'];
const main = ['All contacts', 'Departments and agencies', 'About government', 'News', 'Open government'];
const sub = ['Social media', 'Mobile applications', 'About Norland.gov', 'Terms and conditions', 'Privacy'];
const html = `<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} - Norland.gov</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="description" content="How to apply for the Norland Retirement Pension online or by mail, and what happens after you apply.">
<meta name="dcterms.title" content="${title}"><meta name="dcterms.creator" content="Department of Social Services">
<meta name="dcterms.issued" title="W3CDTF" content="2019-05-02"><meta name="dcterms.modified" title="W3CDTF" content="2026-01-12">
<link rel="stylesheet" href="https://www.norland.example/etc/designs/norland/wet-boew/css/theme.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"Norland Retirement Pension",
"provider":{"@type":"GovernmentOrganization","name":"Service Norland"}}</script>
<script>dataLayer = [{"event":"pageLoad","page":{"lang":"en","section":"benefits"}}];</script></head>
<body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
<h2 class="wb-inv">Language selection</h2><ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="/fr/prestations/pension.html">
<span class="hidden-xs">Français</span></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="/en.html" property="url">
<img src="/etc/designs/norland/wet-boew/assets/sig-blk-en.svg" alt="Government of Norland" property="logo"></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="/en/sr/srb.html" method="get" role="search" class="form-inline"><input id="wb-srch-q" type="search" name="q"
placeholder="Search Norland.gov" aria-label="Search Norland.gov"><button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small">
<span class="wb-inv">Search</span></button></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false">Main <span class="wb-inv">Menu</span></button>
<ul role="menu" aria-orientation="vertical">${links(themes)}</ul></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(crumbs)}</ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<h1 property="name" id="wb-cont">${title}</h1>
<div class="mwsgeneric-base-html parbase section"><p class="gc-byline"><strong>From: <a href="/en/social-services.html">Department of Social
Services</a></strong></p></div>
<div class="row"><div class="col-md-8">${ps(lead)}
<section class="gc-srvinfo"><h2 class="h3">On this page</h2><ul>${toc.map((t, i) => `<li><a href="#s${i + 1}">${t}</a></li>`).join('\n')}</ul></section>
<h2 id="s1">${h1}</h2>${ps(s1)}<h2 id="s2">${h2}</h2>${ps(s2)}<ul class="lst-spcd">${lis(l2)}</ul>
<h2 id="s3">${h3}</h2>${ps(s3)}<p><a class="btn btn-call-to-action" href="https://msa.norland.example/login">Go to My Service Account</a></p>
<h2 id="s4">${h4}</h2>${ps(s4)}<h2 id="s5">${h5}</h2>${ps(s5)}</div>
<section class="col-md-4"><div class="well"><h3 class="h4 mrgn-tp-0">Related links</h3><ul class="list-unstyled">${links(related)}</ul></div></section></div>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-8 col-md-9 col-lg-9">
<div class="wb-disable-allow"><details class="brdr-0"><summary class="btn btn-default text-center">Report a problem on this page</summary>
<div class="well row"><p>Please select all that apply:</p><button type="submit" class="btn btn-primary">Submit</button></div></details></div></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-01-12</time></dd></dl></section></main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><nav><h3>Contact information</h3><ul class="list-col-xs-1">${links(ctx)}</ul></nav>
</div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Norland</h3><ul class="list-col-xs-1">${links(main)}</ul></nav></div></div>
<div class="gc-sub-footer"><div class="container"><nav><h3 class="wb-inv">Government of Norland Corporate</h3><ul>${links(sub)}</ul></nav>
<div class="wtrmrk"><img src="/etc/designs/norland/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Norland"></div></div></div></footer>
<script src="/etc/designs/norland/wet-boew/js/wet-boew.min.js"></script><script src="/etc/designs/norland/wet-boew/js/theme.min.js"></script></body></html>`;
export const norlandPension: TestPage = {
  name: 'heldout253-gcweb-government-pension-service',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4, h5],
  body: texts([...lead, ...s1, ...s2, ...l2, ...s3, ...s4, ...s5]),
  bylines: ['From: Department of Social Services', 'Date modified:', '2026-01-12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Search', 'Menu', ...themes, 'You are here:',
    ...crumbs.filter((c) => c !== 'Benefits'),
    'On this page', 'Go to My Service Account', 'Related links', ...related, 'Page details',
    'Report a problem on this page', 'Please select all that apply:', 'Submit', 'Contact information', ...ctx, 'Government of Norland', ...main, ...sub,
  ],
};
