import { links, ps, type TestPage, texts } from './page-kit.js';
import { federalRegisterRule } from './pages-heldout183-a2.js';

/**
 * Held-out batch 183, file a: a CourtListener opinion page (the Free Law Project header and nav, the case caption with
 * court, date filed, docket and citations, the tabs, the "Download Original" and donation rail, the opinion text with its
 * author line and numbered parts, the "Authorities" and "Cited By" rails and the footer) and, from file a2, a Federal
 * Register rule document.
 */
const clTitle = 'Delia Vance v. Corrow County Water Authority';
const clIntro = [
  'Delia Vance appeals the district court’s grant of summary judgment to the Corrow County Water Authority on her claim that the ' +
    'Authority shut off water service to her home without the notice required by the Due Process Clause. We affirm in part, reverse ' +
    'in part, and remand.',
];
const clH1 = 'I. BACKGROUND';
const clP1 = [
  'Vance has owned a small house on Tannery Road in the village of Oslow since 2009. The Authority supplies her water and bills ' +
    'her every two months. In the spring of 2021, after a meter reader recorded an unusually high reading, the Authority sent her ' +
    'a bill for $1,412, roughly ten times her usual charge.',
  'Vance disputed the bill by telephone and, on the Authority’s advice, in a letter to its billing office. She paid the amount she ' +
    'believed she owed. The Authority never answered the letter. Eleven weeks later a crew arrived and turned off her water at the ' +
    'curb. Service was not restored for nine days, during which Vance and her two children stayed with a neighbour.',
  'She sued under 42 U.S.C. § 1983. The district court held that the shutoff notice printed on the back of the bill was enough and ' +
    'granted summary judgment to the Authority.',
];
const clH2 = 'II. DISCUSSION';
const clP2 = [
  'We review a grant of summary judgment de novo, viewing the record in the light most favorable to Vance. A customer of a public ' +
    'utility who may be cut off only for cause has a property interest in continued service, and the utility must give notice ' +
    'reasonably calculated to tell her of the availability of a procedure for protesting a proposed termination.',
  'The Authority’s standard bill says that unpaid accounts “may be subject to discontinuance.” It says nothing about how a ' +
    'customer may dispute a charge, to whom, or by when. Nor did the Authority tell Vance, once she had disputed the bill, that her ' +
    'dispute had been rejected or that a shutoff was scheduled. A warning in small print that service may end is not notice of a ' +
    'procedure for contesting that outcome.',
  'The Authority argues that Vance in fact knew how to complain, because she did. But the question is not whether she found the ' +
    'billing office; it is whether the Authority offered her a meaningful chance to be heard before it acted. On this record a ' +
    'reasonable jury could find that it did not.',
  'We reach a different conclusion on Vance’s claim against the Authority’s director, Martin Oyelaran, in his personal capacity. ' +
    'Vance points to no evidence that Oyelaran knew of her dispute or took part in the decision to end her service, and the district ' +
    'court was right to grant him summary judgment.',
];
const clH3 = 'III. CONCLUSION';
const clP3 = [
  'The judgment is AFFIRMED as to Oyelaran and REVERSED as to the Authority, and the case is REMANDED for further proceedings ' +
    'consistent with this opinion.',
];
const clNav = ['Search', 'RECAP Archive', 'Oral Arguments', 'Judges', 'Citation Lookup', 'APIs', 'About', 'Donate'];
const clTabs = ['Opinion', 'Authorities (6)', 'Cited By (2)', 'Summaries (1)', 'Similar Cases', 'View Case'];
const clAuth = [
  'Mathews v. Eldridge, 424 U.S. 319 (1976)',
  'Memphis Light, Gas & Water Div. v. Craft, 436 U.S. 1 (1978)',
  'Pellham v. Township of Arva, 88 F.4th 402 (12th Cir. 2023)',
];
const clCited = ['Osei v. Harlan Valley Utilities District', 'In re Marsh Creek Sewer Assessments'];
const clFoot = ['About', 'FAQ', 'Coverage', 'Contact', 'Terms & Privacy', 'Release Notes', 'Blog', 'Donate', 'Get Alerts'];
const clDonate = ['Support Free Law Project', 'CourtListener is a project of Free Law Project, a non-profit that depends on donations from people like you.'];
const clHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Delia Vance v. Corrow County Water Authority, 12th Cir. 2025 – CourtListener.com</title>
<meta name="description" content="Opinion for Delia Vance v. Corrow County Water Authority — Brought to you by Free Law Project, a non-profit.">
<meta property="og:type" content="website"><meta property="og:title" content="${clTitle}"><meta property="og:site_name" content="CourtListener">
<meta name="citation_case_name" content="${clTitle}"><link rel="canonical"
href="https://www.courtlistener.com/opinion/10288317/delia-vance-v-corrow-county-water-authority/">
<link rel="stylesheet" href="/static/css/font-awesome.css"><link rel="stylesheet" href="/static/css/bootstrap.css"><link rel="stylesheet"
href="/static/css/override.css">
<script defer src="/static/js/jquery/jquery-3.4.1.min.js"></script><script defer src="/static/js/base.js"></script>
<script defer data-domain="courtlistener.com" src="https://plausible.example/js/script.js"></script>
</head><body class="">
<div class="sr-only" id="skip-to-content"><a href="#main-content">Skip to main content</a></div>
<div id="app" class="container round-bottom"><header class="row base-page-header"><div class="col-xs-12">
<div id="donate-banner" class="alert alert-info hidden-print"><p>Free Law Project is running its end of year campaign.
<a href="/donate/?referrer=banner" class="btn btn-primary btn-xs">Donate Now</a></p></div>
<nav class="navbar navbar-default" role="navigation"><div class="navbar-header"><a class="navbar-brand" href="/"><img src="/static/png/logo.png"
alt="CourtListener logo" height="45"></a></div><div class="collapse navbar-collapse" id="main-nav"><ul class="nav navbar-nav">${links(clNav)}</ul>
<ul class="nav navbar-nav navbar-right"><li><a href="/sign-in/">Sign in</a></li><li><a href="/register/">Register</a></li></ul></div></nav>
</div></header>
<div class="row content"><div class="col-sm-3" id="sidebar">
<div class="sidebar-section"><h3><span>Download Original</span></h3><p><a href="/pdf/2025/03/04/vance.pdf" class="btn btn-default">Download PDF</a></p></div>
<div class="sidebar-section"><h3><span>Authorities <span class="badge">6</span></span></h3><ul>${links(clAuth)}</ul>
<p><a href="authorities/">View All Authorities</a></p></div>
<div class="sidebar-section"><h3><span>Cited By <span class="badge">2</span></span></h3><ul>${links(clCited)}</ul></div>
<div class="sidebar-section" id="donate"><h3><span>${clDonate[0]}</span></h3><p>${clDonate[1]}</p>
<a href="/donate/?referrer=sidebar" class="btn btn-danger btn-lg">Donate Now</a></div>
</div>
<div class="col-sm-9" id="main-content">
<div id="caption-square"><ul class="list-inline"><li><a href="/?q=&court=ca12">Court of Appeals for the Twelfth Circuit</a></li></ul>
<h1 class="case-caption jump-link" id="caption">${clTitle}</h1>
<ul class="case-details list-unstyled"><li><strong>Court:</strong> Court of Appeals for the Twelfth Circuit</li>
<li><strong>Date Filed:</strong> March 4, 2025</li><li><strong>Status:</strong> Published</li>
<li><strong>Citations:</strong> 131 F.4th 877</li><li><strong>Docket Number:</strong> 24-1190</li>
<li><strong>Judges:</strong> Ferrand, Quist, and Abboud, Circuit Judges</li></ul></div>
<ul class="nav nav-tabs" role="tablist">${links(clTabs)}</ul>
<article class="col-sm-9" id="opinion-content"><div class="subopinion-content"><div id="author">
<p class="bottom">Opinion by Judge <a href="/person/9041/adaeze-ferrand/">Adaeze Ferrand</a></p></div>
<div class="serif-text" id="opinion-text"><div class="html-with-citations">
<p class="indent">FERRAND, Circuit Judge.</p>
${ps(clIntro, ' class="indent"')}
<h3 class="text-center">${clH1}</h3>
${ps(clP1, ' class="indent"')}
<h3 class="text-center">${clH2}</h3>
${ps(clP2, ' class="indent"')}
<h3 class="text-center">${clH3}</h3>
${ps(clP3, ' class="indent"')}
</div></div></div></article>
</div></div>
<footer class="row base-page-footer hidden-print"><div class="col-xs-12"><ul class="list-inline">${links(clFoot)}</ul>
<p class="copyright">CourtListener is sponsored by the non-profit Free Law Project.</p></div></footer>
</div></body></html>`;
const courtListener: TestPage = {
  html: clHtml,
  name: 'heldout183-courtlistener-opinion',
  kind: 'docs',
  // the author line, the "FERRAND, Circuit Judge." line and the date filed are bylines; the caption's court, details
  // list, tabs, rails, donation banner and footer are furniture
  title: clTitle,
  headings: [clH1, clH2, clH3],
  body: texts([...clIntro, ...clP1, ...clP2, ...clP3]),
  bylines: ['Opinion by Judge Adaeze Ferrand', 'FERRAND, Circuit Judge.', 'Date Filed: March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Free Law Project is running its end of year campaign.', 'Donate Now', ...clNav, 'Sign in', 'Register',
    'Download Original', 'Download PDF', ...clAuth, 'View All Authorities', ...clCited, ...clDonate,
    'Court of Appeals for the Twelfth Circuit', 'Status: Published', 'Citations: 131 F.4th 877', 'Docket Number: 24-1190',
    'Judges: Ferrand, Quist, and Abboud, Circuit Judges', ...clTabs, ...clFoot, 'CourtListener is sponsored by the non-profit Free Law Project.',
  ],
};

export const HELDOUT183_A: readonly TestPage[] = [courtListener, federalRegisterRule];
