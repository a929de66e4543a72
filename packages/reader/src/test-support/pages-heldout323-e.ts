import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout323-kit.js';

/**
 * Held-out batch 323, file e: a prison inspectorate's report summary on Joomla 4 with the Cassiopeia template (header,
 * mod-menu, breadcrumbs module, article info block with author, category and dates, healthy prison test table, download link,
 * tags, page navigation, sidebar modules, footer, back-to-top) and a legal-aid charity's know-your-rights explainer on Webflow
 * (w-nav navbar, hero, rich text body, "Need advice now?" callout, donate band, newsletter form with its success and error
 * messages, footer).
 */
const jTitle = 'Ashcombe Moor: violence down, but most men still locked up for 22 hours a day';
const jBody1 = paras(`
Inspectors who visited Ashcombe Moor, a category C training prison holding 640 men, found that the prison had made real progress in
reducing violence since the last inspection, but that a severe shortage of staff meant most prisoners spent almost all day in their
cells.

The unannounced inspection took place over two weeks in November 2025. Inspectors spoke to more than 200 prisoners and carried out a
confidential survey, to which 71% of the population responded.`);
const jH1 = 'Key findings';
const jList = [
  'Assaults on staff had fallen by 40% in a year, helped by a new approach to managing debt on the wings.',
  'Only 28% of prisoners were in full-time work or education; on a typical weekday, inspectors found 61% of men locked in their cells.',
  'Healthcare was reasonably good, but men waited up to eleven weeks to see a mental health nurse.',
  'Cells on two wings had broken windows and no working call bells, and some had been in that state for months.',
];
const jH2 = 'Healthy prison test outcomes';
const jBody2 = paras(`
Inspectors assess prisons against four healthy prison tests. The table shows this inspection's outcomes beside those of the last
full inspection in 2022.`);
type Row = readonly [string, string, string];
const jRows: readonly Row[] = [
  ['Safety', 'Reasonably good', 'Poor'],
  ['Respect', 'Not sufficiently good', 'Not sufficiently good'],
  ['Purposeful activity', 'Poor', 'Poor'],
  ['Preparation for release', 'Not sufficiently good', 'Reasonably good'],
];
const jCells = [...new Set(jRows.flat())];
const jH3 = 'Chief Inspector’s comment';
const jBody3 = paras(`
The Chief Inspector, Rosalind Achterberg, said: “The governor and her team deserve credit for making Ashcombe Moor safer. But a
training prison that cannot get men out of their cells to train is not doing its job. Until the staffing problem is fixed, the gains
in safety will be fragile.”

The report makes 14 recommendations, including that the prison service set a date by which every man will have at least five hours
out of his cell each weekday.

The prison service has 60 days to publish an action plan setting out how it will respond to each recommendation. Inspectors will
return to Ashcombe Moor within a year to check on progress.`);
const jMenu = ['Home', 'Inspections', 'Reports', 'Expectations', 'About us', 'Contact'];
const jLatest = ['Thornfield Youth Custody Centre', 'Holloway Vale immigration removal centre', 'Annual report 2024–25'];
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>${jTitle} - Inspectorate of Custodial Services</title><meta name="author" content="Inspection team">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.3" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":""}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${jTitle}","datePublished":"2026-03-10"}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Inspectorate of Custodial Services">Inspectorate of Custodial Services</span></a>
<div class="site-description">Independent scrutiny of places of detention</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">${links(jMenu, 'nav-item')}</ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search">
<label for="mod-finder-searchword" class="finder">Search</label><input type="text" name="q" id="mod-finder-searchword"></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList"
class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__divider float-start"><span class="divider icon-location"
aria-hidden="true"></span></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">Home</a></li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/reports" class="pathway">Reports</a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active"><span>Adult prisons</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true">
</span>Written by: <span itemprop="name">Inspection team</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/reports/adult-prisons"
itemprop="genre">Adult prisons</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-03-10T09:00:00+00:00"
itemprop="datePublished">Published: 10 March 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1877">Hits:
1877</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jBody1)}
<h2>${jH1}</h2>
<ul>
${lis(jList)}
</ul>
<h2>${jH2}</h2>
${ps(jBody2)}
<table class="table table-striped"><thead><tr><th scope="col">Healthy prison test</th><th scope="col">2025</th><th scope="col">2022</th></tr></thead>
<tbody>${jRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${jH3}</h2>
${ps(jBody3)}
<p class="download-box"><a class="btn btn-primary" href="/images/reports/ashcombe-moor-2026.pdf">Download the full report (PDF, 1.8 MB)</a></p>
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-14 tag-list0"><a href="/tags/category-c" class="btn btn-sm btn-info">Category C</a></li>
<li class="list-inline-item tag-9 tag-list1"><a href="/tags/unannounced" class="btn btn-sm btn-info">Unannounced inspection</a></li></ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous"
href="/reports/adult-prisons/thornfield" rel="prev"><span class="visually-hidden">Previous article: Thornfield Youth Custody
Centre</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Latest reports</h3>
<div class="card-body"><ul class="mod-articleslatest latestnews mod-list">${links(jLatest)}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Get inspection alerts</h3><div class="card-body"><p>Be the first to hear when we
publish a new report.</p><a href="/alerts" class="btn btn-secondary">Sign up for alerts</a></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer"><div class="footer1">Copyright © 2026
Inspectorate of Custodial Services. All Rights Reserved.</div></div><ul class="mod-menu mod-list nav">${links(['Privacy', 'Accessibility', 'Cookies'])}</ul>
</div></footer><a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true">
</span></a>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.3" type="module"></script></body></html>`;
const joomla: TestPage = {
  name: 'heldout323-joomla-prison-inspection-summary-docs',
  kind: 'docs',
  html: jHtml,
  title: jTitle,
  headings: [jH1, jH2, jH3],
  body: texts([...jBody1, ...jList, ...jBody2, ...jCells, ...jBody3]),
  bylines: ['Written by: Inspection team', 'Published: 10 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Inspectorate of Custodial Services', 'Independent scrutiny of places of detention', ...jMenu, 'Search', 'Adult prisons', 'Details',
    'Category: Adult prisons', 'Hits: 1877', 'Healthy prison test', 'Download the full report (PDF, 1.8 MB)', 'Category C', 'Unannounced inspection',
    'Previous article: Thornfield Youth Custody Centre', 'Prev', 'Latest reports', ...jLatest, 'Get inspection alerts',
    'Be the first to hear when we publish a new report.', 'Sign up for alerts',
    'Copyright © 2026 Inspectorate of Custodial Services. All Rights Reserved.', 'Privacy', 'Accessibility', 'Cookies',
  ],
};

const fTitle = 'Stopped and searched by the police: know your rights';
const fIntro = paras(`
Being stopped and searched can be frightening, especially if it happens in front of friends or family. This guide explains when the
police can search you, what they have to tell you, and what you can do afterwards if you think the search was unfair.`);
const fH1 = 'When can the police search you?';
const fBody1 = paras(`
In most cases an officer needs <strong>reasonable grounds</strong> to suspect that you are carrying something illegal, such as drugs,
a weapon, stolen property or something that could be used to commit a crime. The suspicion must be based on facts or intelligence
about you, not on your age, race, religion or the way you dress.

In a few situations a senior officer can authorise searches in a particular area for a limited time without individual suspicion,
for example after serious violence. The officer should tell you if this kind of authorisation is in place.`);
const fH2 = 'What the officer must tell you';
const fBody2 = paras(`Before the search starts, the officer should tell you:`);
const fList1 = [
  'their name or warrant number, and the police station they work from',
  'the law they are using to search you',
  'what they are looking for and why they suspect you have it',
  'that you are entitled to a record of the search',
];
const fH3 = 'During the search';
const fBody3 = paras(`
In public, an officer can only ask you to take off your coat or jacket, your gloves and any hat, unless it is worn for religious
reasons. A more thorough search must take place out of public view, by an officer of the same sex.

Stay calm and polite, even if you think the search is wrong. You do not have to give your name or address unless you are being
arrested or reported for an offence, but refusing to be searched can lead to arrest.`);
const fH4 = 'After the search';
const fBody4 = paras(`
Ask for the receipt or reference number so that you can get a copy of the record later. Write down what happened as soon as you can,
including the time, the place and anything the officers said. If anyone filmed the search, ask them to keep the footage.

If you want to complain, you can do so to the police force directly or through our advice line. Complaints should normally be made
within twelve months.`);
const fNav = ['Get help', 'Know your rights', 'Our work', 'Volunteer', 'About'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.openbenchlaw.example" data-wf-page="65a9c8f1e2d4b0012a3c4d5e" data-wf-site="65a9c8f1e2d4b0012a3c4d50" lang="en">
<head><meta charset="utf-8"><title>${fTitle} | Open Bench Law Centre</title><meta content="${fTitle}" property="og:title">
<meta content="Webflow" name="generator"><link href="/css/openbench.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body class="body-explainer"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">Open Bench Law Centre</a>
<nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/donate" class="button-donate w-button">Donate</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="hero-explainer"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Know your rights · Police</div>
<h1 class="heading-explainer">${fTitle}</h1><div class="reviewed-line">Last reviewed: February 2026 by our criminal justice team</div></div></section>
<section class="section-body"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-explainer">
<div id="w-node-_8e2a" class="explainer-rich w-richtext">
${ps(fIntro)}
<h2>${fH1}</h2>
${ps(fBody1)}
<h2>${fH2}</h2>
${ps(fBody2)}
<ul role="list">
${lis(fList1)}
</ul>
<h2>${fH3}</h2>
${ps(fBody3)}
<h2>${fH4}</h2>
${ps(fBody4)}
</div>
<div id="w-node-_8e2b" class="callout-card"><h3 class="callout-heading">Need advice now?</h3><p class="callout-text">Our free advice line is
open Monday to Friday, 10am to 4pm.</p><a href="tel:03305550142" class="button w-button">Call 0330 555 0142</a></div></div></div></section>
<section class="donate-band"><div class="w-container"><h2 class="donate-heading">Free legal help depends on you</h2>
<p>£10 a month keeps our advice line open for one hour.</p><a href="/donate" class="button-white w-button">Give monthly</a></div></section>
<section class="newsletter"><div class="w-container"><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form">
<label for="email">Get our rights guides by email</label><input class="w-input" maxlength="256" name="email" type="email" id="email">
<input type="submit" data-wait="Please wait..." class="w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-text">Open Bench Law Centre is a registered charity (no. 1187342) and is
authorised by the Solicitors Regulation Authority.</div><div class="footer-text">This guide is general information, not legal advice.</div>
<div class="footer-links"><a href="/privacy">Privacy</a><a href="/accessibility">Accessibility</a><a href="/contact">Contact us</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout323-webflow-legal-charity-rights-explainer-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2, fH3, fH4],
  body: texts([...fIntro, ...fBody1, ...fBody2, ...fList1, ...fBody3, ...fBody4]),
  bylines: ['Last reviewed: February 2026 by our criminal justice team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open Bench Law Centre', ...fNav, 'Donate', 'Know your rights · Police', 'Need advice now?', 'Our free advice line is open Monday to Friday, 10am to 4pm.',
    'Call 0330 555 0142', 'Free legal help depends on you', '£10 a month keeps our advice line open for one hour.', 'Give monthly',
    'Get our rights guides by email', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    'Open Bench Law Centre is a registered charity (no. 1187342) and is authorised by the Solicitors Regulation Authority.',
    'This guide is general information, not legal advice.', 'Privacy', 'Accessibility', 'Contact us',
  ],
};

export const HELDOUT323_E: readonly TestPage[] = [joomla, webflow];
