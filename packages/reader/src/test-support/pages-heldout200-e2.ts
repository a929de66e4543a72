import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 200, file e2: a Springshare LibGuides v2 research guide page (the library's custom banner and menu,
 * the LibGuides breadcrumbs, the guide header with name and description, "Search this Guide", the side tabs with the
 * guide's pages, the content boxes, the librarian profile box with contact links and subjects, the LibChat widget box,
 * the footer with "Last Updated", URL, "Print Page", "Login to LibApps", subjects and tags, and the library footer).
 */
const lgTitle = 'Nursing Research: Finding the Evidence';
const lgDesc = ['A guide to finding, evaluating and citing research for evidence-based nursing practice assignments.'];
const lgH1 = 'Start with a PICO question';
const lgP1 = [
  'Before you open a database, turn your topic into a focused clinical question. Most nursing faculty at Marlowe College ask ' +
    'students to use the PICO format, which breaks a question into four parts you can search for separately:',
];
const lgPico = [
  '<strong>P</strong>atient, population or problem: Who are the patients, and what is their condition?',
  '<strong>I</strong>ntervention: What treatment, test or exposure are you considering?',
  '<strong>C</strong>omparison: What is the alternative, such as standard care or no treatment?',
  '<strong>O</strong>utcome: What result are you hoping to measure or improve?',
];
const lgP2 = [
  'For example: “In older adults after hip surgery (P), does early mobilization within 24 hours (I), compared with ' +
    'mobilization after 48 hours (C), reduce the length of hospital stay (O)?” Each part becomes a line in your search.',
];
const lgH2 = 'Recommended databases';
const lgDbs = [
  'CINAHL Complete',
  'The most complete index of nursing and allied health journals. Use the CINAHL Headings to find articles on your topic ' +
    'even when authors use different words.',
  'PubMed',
  'Free database from the National Library of Medicine covering medicine, nursing and the life sciences. Use the Marlowe ' +
    'link so that full text from our subscriptions appears.',
  'Cochrane Library',
  'Systematic reviews that combine the results of many studies. A good place to check whether a question has already been answered.',
  'Joanna Briggs Institute EBP Database',
  'Evidence summaries and best-practice information sheets written for clinicians at the point of care.',
];
const lgH3 = 'Levels of evidence';
const lgP3 = [
  'Not all studies carry the same weight. Your assignment may ask you to find evidence from a particular level. From ' +
    'strongest to weakest, the levels most often used in our program are:',
];
const lgLevels = [
  'Systematic reviews and meta-analyses of randomized controlled trials',
  'Randomized controlled trials',
  'Controlled trials without randomization',
  'Cohort and case-control studies',
  'Systematic reviews of descriptive and qualitative studies',
  'Single descriptive or qualitative studies',
  'Expert opinion and reports of committees',
];
const lgH4 = 'Search tips';
const lgTips = [
  'Combine the parts of your PICO question with AND; combine synonyms for the same idea with OR.',
  'Use quotation marks around phrases, such as "hip fracture", to search for the words together.',
  'Limit your results to the last five years and to peer-reviewed or academic journals.',
  'If you find too few results, drop the comparison or outcome terms and search again.',
];
const lgBanner = ['Marlowe College Library', 'Search', 'Research Help', 'Services', 'About', 'My Account'];
const lgCrumbs = ['Marlowe College Library', 'LibGuides', 'Nursing Research'];
const lgTabs = ['Home', 'Finding the Evidence', 'Evaluating Sources', 'APA Citation Style', 'Writing Support'];
const lgProfile = ['Librarian', 'Email Me', 'Schedule Appointment', 'Contact:', 'Ruth Pemberton Library, Room 114', '555-016-2280', 'Subjects:', 'Nursing'];
const lgChat = ['Ask a Librarian', 'Chat with us', 'Chat is offline. Email us at ask@marlowe.example or leave a message.', 'Leave a message'];
const lgFoot = ['Print Page', 'Login to LibApps', 'Report a problem.'];
const lgTags = ['evidence-based practice', 'PICO', 'CINAHL'];
const lgTagsListed = ['evidence-based practice'];
const lgLibFoot = ['Marlowe College Library', '480 Quarry Road, Ashby, PA 19020', 'Hours', 'Accessibility', 'Staff Directory'];
const lgBox = (id: number, title: string, inner: string): string => `<div id="s-lg-box-wrapper-${id}" class="s-lg-box-wrapper-${id}">
<div id="s-lg-box-${id}" class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">${title}</h2>
<div id="s-lg-box-collapse-${id}"><div class="s-lib-box-content"><div id="s-lg-content-${id + 7}" class="  clearfix">${inner}</div></div></div></div></div>`;
const lgDb = (title: string, desc: string): string => `<li><div class="s-lg-database-title"><a href="https://marlowe.idm.example/login?url=${title}"
>${title}</a></div><div class="s-lg-database-description">${desc}</div></li>`;
const lgDbList = lgDbs.filter((_, i) => i % 2 === 0).map((t, i) => lgDb(t, lgDbs[2 * i + 1] ?? ''));
const lgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>Finding the Evidence - Nursing Research: Finding the Evidence - LibGuides at Marlowe College</title>
<meta name="description" content="${lgDesc[0]}"><meta name="keywords" content="evidence-based practice, PICO, CINAHL">
<meta name="robots" content="noarchive"><meta property="og:title" content="Research Guides: Nursing Research: Finding the Evidence">
<link rel="stylesheet" href="https://libapps.s3.amazonaws.example/web/css2.19.4/lib/bootstrap.min.css">
<script src="https://libapps.s3.amazonaws.example/web/jquery/js/jquery-2.2.4.min.js"></script>
<script>var springSpace = springSpace || {}; springSpace.la = {"site_id":1744,"guide_id":1022518,"page_id":7391204};</script></head>
<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="s-lib-banner" class="container"><header class="marlowe-header"><a href="https://library.marlowe.example">${lgBanner[0]}</a>
<ul class="marlowe-nav">${links(lgBanner.slice(1))}</ul></header></div>
<div id="s-lib-bc" class="container s-lib-side-borders"><ol id="s-lib-bc-list" class="breadcrumb">${links(lgCrumbs)}
<li id="s-lib-bc-page" class="active">Finding the Evidence</li></ol></div>
<div id="s-lg-guide-header" class="container s-lib-side-borders"><div class="row"><div id="s-lg-guide-header-info" class="col-md-9">
<h1 id="s-lg-guide-name">${lgTitle}</h1><div id="s-lg-guide-desc-container"><span id="s-lg-guide-desc">${lgDesc[0]}</span></div></div>
<div id="s-lg-guide-header-search" class="col-md-3"><form role="search"><label for="s-lg-srch-cntrl" class="sr-only">Search this Guide</label>
<input id="s-lg-srch-cntrl" placeholder="Search this Guide"><button type="submit" class="btn">Search</button></form></div></div></div>
<div id="s-lg-guide-main" class="container s-lib-side-borders pad-top-med"><div class="row"><div id="s-lg-tabs-container" class="col-md-2">
<nav id="s-lg-guide-tabs" aria-label="Guide Pages"><ul class="nav nav-pills nav-stacked split-button-nav">
${lgTabs.map((t) => `<li${t === 'Finding the Evidence' ? ' class="active"' : ''}><a href="#">${t}</a></li>`).join('\n')}</ul></nav></div>
<div id="s-lg-col-1" class="col-md-7"><div class="s-lg-col-boxes">
${lgBox(28001, lgH1, `${ps(lgP1)}<ul>${lgPico.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(lgP2)}`)}
${lgBox(28002, lgH2, `<ul class="s-lg-link-list">${lgDbList.join('\n')}</ul>`)}
${lgBox(28003, lgH3, `${ps(lgP3)}<ol>${lgLevels.map((t) => `<li>${t}</li>`).join('\n')}</ol>`)}
${lgBox(28004, lgH4, `<ul>${lgTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
</div></div><div id="s-lg-col-2" class="col-md-3"><div class="s-lg-col-boxes">
<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">${lgProfile[0]}</h2><div class="s-lib-box-content"><div class="s-lib-profile-container">
<div class="s-lib-profile-name">Hannah Oyelaran</div><div class="s-lib-profile-email"><a href="mailto:hoyelaran@marlowe.example">${lgProfile[1]}</a></div>
<div class="s-lib-profile-appointment"><a href="https://marlowe.libcal.example/appointments/hoyelaran">${lgProfile[2]}</a></div>
<div class="s-lib-profile-contact"><strong>${lgProfile[3]}</strong><br>${lgProfile[4]}<br>${lgProfile[5]}</div>
<div class="s-lib-profile-subjects"><strong>${lgProfile[6]}</strong> <a href="#">${lgProfile[7]}</a></div></div></div></div>
<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">${lgChat[0]}</h2><div class="s-lib-box-content"><div id="libchat_1f0e3"
class="s-lc-chat-widget"><button class="libchat_online" hidden>${lgChat[1]}</button><p class="libchat_offline">${lgChat[2]}</p>
<a href="https://marlowe.libanswers.example/ask">${lgChat[3]}</a></div></div></div></div></div></div></div>
<div id="s-lib-footer-public" class="container s-lib-side-borders"><div class="pull-left"><div id="s-lg-guide-header-updated">
<span class="s-lg-text-greyout">Last Updated:</span> Oct 22, 2025 11:08 AM</div><div id="s-lg-guide-header-url"><span class="s-lg-text-greyout">URL:</span>
https://guides.marlowe.example/nursing-evidence</div><div id="s-lg-print-page"><a href="javascript:window.print()">${lgFoot[0]}</a></div></div>
<div class="pull-right"><a href="https://marlowe.libapps.example/libapps/login.php">${lgFoot[1]}</a> <a href="mailto:web@marlowe.example">${lgFoot[2]}</a>
</div><div id="s-lg-guide-subjects"><span class="s-lg-text-greyout">Subjects:</span> <a href="#">Nursing</a></div>
<div id="s-lg-guide-tags"><span class="s-lg-text-greyout">Tags:</span> ${lgTags.map((t) => `<a href="#">${t}</a>`).join(', ')}</div></div>
<footer class="marlowe-footer">${lgLibFoot.map((t) => `<p>${t}</p>`).join('')}</footer>
<script src="https://libapps.s3.amazonaws.example/web/js2.19.4/LibGuides.min.js"></script></body></html>`;
export const libGuide: TestPage = {
  html: lgHtml,
  name: 'heldout200-libguides-research-guide-docs',
  kind: 'docs',
  // the guide description is body; the content boxes' titles are the headings, each database's title and description
  // are body; the librarian's name and "Last Updated" are bylines; the profile and chat boxes, tabs, breadcrumbs, guide
  // search, URL line, subjects, tags and the library banner and footer are furniture (less the short texts that are
  // words of the title or a heading: "Nursing", "Nursing Research", "Search", "PICO", "CINAHL")
  title: lgTitle,
  headings: [lgH1, lgH2, lgH3, lgH4],
  body: [...lgDesc, ...lgP1, ...texts(lgPico), ...lgP2, ...lgDbs, ...lgP3, ...lgLevels, ...lgTips],
  bylines: ['Hannah Oyelaran', 'Last Updated: Oct 22, 2025 11:08 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...lgBanner.filter((t) => t !== 'Search'), 'LibGuides', 'Search this Guide', ...lgTabs.filter((t) => t !== 'Finding the Evidence'),
    ...lgProfile.filter((t) => t !== 'Nursing'), ...lgChat, 'URL: https://guides.marlowe.example/nursing-evidence',
    ...lgFoot, 'Tags:', ...lgTagsListed, ...lgLibFoot.slice(1),
  ],
};
