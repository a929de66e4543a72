import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';
import { webflowPipeline } from './pages-heldout437-a2.js';

/**
 * Held-out batch 437, file a: a drug maker's press release on GlobeNewswire (top nav, headline, published line and source,
 * dateline in the first paragraph, forward-looking statements, contacts block, tags, attachment, related news rail, cookie
 * banner and footer) and, from file a2, a biotech's pipeline page on Webflow.
 */
const gTitle = 'Halvorsen Therapeutics Reports Positive Topline Results from Phase 2 VESTRA Study of HLV-214 in Primary Biliary Cholangitis';
const gBody = [
  j(
    'CAMBRIDGE, Mass., March 9, 2026 (GLOBE NEWSWIRE) -- Halvorsen Therapeutics, Inc. (Nasdaq: HLVT), a clinical-stage biopharmaceutical',
    'company developing oral therapies for cholestatic liver diseases, today announced positive topline results from VESTRA, its Phase 2',
    'study of HLV-214 in adults with primary biliary cholangitis (PBC) who had an inadequate response to or could not tolerate ursodeoxycholic acid.',
  ),
  j(
    'The study met its primary endpoint. At week 24, 61 percent of patients receiving HLV-214 at 40 mg once daily achieved the composite',
    'biochemical response, compared with 9 percent of patients receiving placebo (p&lt;0.001). The 20 mg dose also separated from placebo,',
    'with a response rate of 44 percent.',
  ),
  j(
    '“These data give us real confidence that HLV-214 can change the course of treatment for people living with PBC,” said Maren Lindqvist,',
    'M.D., Chief Medical Officer of Halvorsen. “We saw fast and durable reductions in alkaline phosphatase and, importantly, a meaningful',
    'improvement in itch, which is the symptom patients tell us matters most in their daily lives.”',
  ),
  'Key findings from the VESTRA study include:',
  'Alkaline phosphatase fell by a mean of 47 percent from baseline in the 40 mg arm, against 6 percent with placebo.',
  'Normalization of alkaline phosphatase was reached by 22 percent of patients on 40 mg and by no patient on placebo.',
  'Patients on 40 mg reported a mean 3.1-point reduction in worst itch on a 10-point scale, against 1.2 points on placebo.',
  'Discontinuations due to adverse events were 3 percent on HLV-214 and 4 percent on placebo.',
  j(
    'HLV-214 was generally well tolerated. The most common adverse events were headache, nausea and mild fatigue, and no cases of',
    'drug-induced liver injury were reported. Full results will be submitted for presentation at an upcoming medical meeting.',
  ),
  j(
    'Halvorsen plans to meet with the U.S. Food and Drug Administration in the second half of 2026 to discuss the design of a Phase 3',
    'registrational program, which the company expects to begin in early 2027.',
  ),
  j(
    'VESTRA was a randomized, double-blind, placebo-controlled study that enrolled 126 patients at 38 sites in the United States, Canada',
    'and Europe. Patients were randomized 1:1:1 to HLV-214 20 mg, HLV-214 40 mg or placebo for 24 weeks, followed by an optional',
    'open-label extension in which all participants receive HLV-214.',
  ),
  j(
    'Halvorsen Therapeutics is a clinical-stage biopharmaceutical company based in Cambridge, Massachusetts, developing oral medicines',
    'for people with cholestatic and fibrotic liver diseases. Its lead candidate, HLV-214, is a selective agonist being studied in PBC and',
    'primary sclerosing cholangitis.',
  ),
  j(
    'This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995,',
    'including statements about the therapeutic potential of HLV-214, the timing of regulatory interactions and the start of a Phase 3',
    'program. Words such as “expects,” “plans,” “potential” and “will” identify such statements.',
  ),
  j(
    'These statements are based on current expectations and are subject to risks and uncertainties that could cause actual results to',
    'differ materially, including risks that later trials do not confirm earlier results, that regulators disagree with our plans, and',
    'that we are unable to raise the capital we need. Halvorsen undertakes no obligation to update these statements except as required by law.',
  ),
];
const gList = gBody.slice(4, 8);
const gNav = ['Newsroom', 'Organizations', 'Search', 'Subscribe', 'Sign In'];
const gTags = ['Hepatology', 'Biotechnology', 'Clinical Trial Results'];
const gRelated = [
  'Halvorsen Therapeutics to Present at the Spring Healthcare Investor Forum',
  'Halvorsen Therapeutics Reports Fourth Quarter and Full Year 2025 Financial Results',
  'Halvorsen Therapeutics Completes Enrollment in Phase 2 VESTRA Study',
];
const gFoot = ['Newsroom', 'Contact Us', 'Privacy Policy', 'Terms of Service', 'Cookie Policy', 'Site Map'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<meta name="description" content="Halvorsen Therapeutics announced positive topline results from VESTRA, its Phase 2 study of HLV-214.">
<meta property="og:type" content="article"><meta property="og:site_name" content="GlobeNewswire News Room">
<meta name="twitter:site" content="@globenewswire"><link rel="canonical" href="https://www.globenewswire.example/news-release/2026/03/09/3040117/0/en/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Halvorsen Therapeutics Reports Positive Topline Results",
"datePublished":"2026-03-09T07:00:00-04:00","publisher":{"@type":"Organization","name":"GlobeNewswire"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"release","orgId":"0"});</script>
<link rel="stylesheet" href="/Content/css/gnw-release.min.css"></head>
<body class="release-page"><header class="main-header"><div class="container"><a class="logo" href="/"><img src="/Content/logo/globenewswire-logo.svg"
alt="GlobeNewswire"></a>
<nav class="main-nav" aria-label="Main"><ul class="nav-list">${links(gNav, 'nav-item')}</ul></nav></div></header>
<main id="main"><div class="main-container-content container"><div class="row"><div class="col-lg-8 col-md-12">
<div class="main-header-container"><h1 class="article-headline">${gTitle}</h1>
<div class="article-published-source"><p><span class="article-published" itemprop="datePublished"><time datetime="2026-03-09T11:00:00Z">March 09, 2026
07:00 ET</time></span> | <span class="article-source">Source: <a href="/en/search/organization/Halvorsen%20Therapeutics">Halvorsen Therapeutics,
Inc.</a></span></p></div>
<div class="article-toolbar"><ul class="social-share"><li><a class="share-twitter" href="#">Share on X</a></li>
<li><a class="share-linkedin" href="#">Share on LinkedIn</a></li><li><a class="share-email" href="#">Email</a></li>
<li><a class="print" href="#" onclick="window.print()">Print</a></li></ul></div></div>
<div id="main-body-container" class="main-body-container article-body" itemprop="articleBody">
${ps(gBody.slice(0, 4))}
<ul type="disc">${gList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(gBody.slice(8, 11))}
<p><strong>About the VESTRA Study</strong></p>
${ps(gBody.slice(11, 12))}
<p><strong>About Halvorsen Therapeutics</strong></p>
${ps(gBody.slice(12, 13))}
<p><strong>Forward-Looking Statements</strong></p>
${ps(gBody.slice(13))}
<p align="center">###</p></div>
<div class="contacts-container"><h2 class="contacts-title">Contact Data</h2><div class="main-body-container contacts-body">
<p>Investor Contact:<br>Tobias Renner<br>ir@halvorsentx.example</p><p>Media Contact:<br>Ines Falk<br>media@halvorsentx.example</p></div></div>
<div class="main-tags-attachments-container"><h2>Tags</h2><ul class="tags-list">${links(gTags, 'tag')}</ul>
<h2>Attachments</h2><ul class="attachments"><li><a href="#">VESTRA topline results summary (PDF)</a></li></ul></div>
</div><aside class="col-lg-4 col-md-12 sidebar"><div class="related-news"><h2 class="sidebar-title">Related News</h2>
<ul>${links(gRelated, 'related-item')}</ul><a class="see-all" href="#">More news releases from Halvorsen Therapeutics, Inc.</a></div>
<div class="subscribe-box"><h3>Subscribe via RSS</h3><p>Get the latest releases from this organization delivered to your reader.</p></div></aside>
</div></div></main>
<footer class="main-footer"><div class="container"><ul class="footer-links">${links(gFoot)}</ul>
<p class="copyright">© 2026 GlobeNewswire, Inc. All Rights Reserved.</p></div></footer>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience on our website and to analyse traffic.</p>
<button class="btn-accept">Accept Cookies</button><button class="btn-settings">Cookie Settings</button></div>
<script src="/Scripts/release.bundle.js"></script></body></html>`;
const globeNewswire: TestPage = {
  name: 'heldout437-globenewswire-press-release',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: ['About the VESTRA Study', 'About Halvorsen Therapeutics', 'Forward-Looking Statements'],
  body: texts(gBody),
  bylines: ['March 09, 2026 07:00 ET', 'Source: Halvorsen Therapeutics, Inc.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Share on X', 'Share on LinkedIn', 'Email', 'Print', '###', 'Contact Data', 'Investor Contact:', 'Tobias Renner', 'ir@halvorsentx.example',
    'Media Contact:', 'Ines Falk', 'media@halvorsentx.example', 'Tags', ...gTags, 'Attachments', 'VESTRA topline results summary (PDF)', 'Related News',
    ...gRelated, 'More news releases from Halvorsen Therapeutics, Inc.', 'Subscribe via RSS',
    'Get the latest releases from this organization delivered to your reader.',
    ...gFoot, '© 2026 GlobeNewswire, Inc. All Rights Reserved.', 'We use cookies to improve your experience on our website and to analyse traffic.',
    'Accept Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT437_A: readonly TestPage[] = [globeNewswire, webflowPipeline];
