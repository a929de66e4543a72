import { ps, type TestPage, texts } from './page-kit.js';
import { canvas } from './pages-heldout320-d2.js';
import { j } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file d: a LibGuides research guide page (Springshare: the library header, s-lib-bc breadcrumb, guide
 * header with its description, side tabs, s-lib-box boxes with rich text and a database link list with descriptions, the
 * librarian profile box, the guide footer with URL / Last Updated / Print Page / Subjects / Tags and the LibApps footer)
 * and, from file d2, a course syllabus on Canvas LMS.
 */
const lTitle = 'Public Health: Finding Evidence';
const lBox1 = [
  j(
    'Public health questions rarely sit inside one discipline. A question about school meals and obesity might need evidence from',
    'medicine, nutrition, education and economics. This guide walks you through the steps of a structured search, from framing',
    'your question to recording what you found, so that someone else could repeat it.',
  ),
  j(
    'Start by turning your topic into a question. The PICO model (population, intervention, comparison, outcome) works well',
    'for questions about interventions; for questions about experiences or policies, try SPICE (setting, perspective,',
    'intervention, comparison, evaluation).',
  ),
];
const lBox2 = [
  j(
    'For each part of your question, write down the words an author might use. Include synonyms, British and American spellings,',
    'and older terms: a paper from the 1990s may say "overweight" where a newer one says "obesity". Combine synonyms with OR and',
    'combine the parts of your question with AND.',
  ),
  j(
    'Use truncation to pick up word endings (nutrition* finds nutrition, nutritional and nutritionist) and quotation marks for',
    'phrases ("school meals"). Most databases also have subject headings, such as MeSH in MEDLINE; searching with both keywords',
    'and subject headings gives the most complete results.',
  ),
];
const lDbs = [
  ['MEDLINE (via Ovid)', 'The main database for biomedical and health research, indexed with MeSH subject headings.'],
  ['Global Health', 'International public health research, with good coverage of low- and middle-income countries.'],
  ['Cochrane Library', 'Systematic reviews of health interventions, and a register of controlled trials.'],
  ['Social Policy and Practice', 'Evidence on social care, public health policy and community services, including grey literature.'],
];
const lBox4 = [
  j(
    'Keep a search log as you go: the database, the date, the exact search string and the number of results. If you are writing a',
    "systematic or scoping review, you will need this for your methods section and your PRISMA flow diagram. The library's search",
    'log template is a simple spreadsheet you can copy and fill in.',
  ),
  'Need help? Book a one-to-one appointment with your subject librarian, or drop in to the Research Support desk on weekday afternoons.',
];
const lCrumbs = ['Halden University Library', 'LibGuides', 'Public Health', 'Finding Evidence'];
const lTabs = ['Home', 'Finding Evidence', 'Grey Literature', 'Statistics and Data', 'Referencing'];
const box = (id: number, title: string, inner: string): string => `<div class="s-lib-box-container"><div id="s-lg-box-${id}"
class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">${title}</h2><div id="s-lg-box-collapse-${id}"><div class="s-lib-box-content">
<div id="s-lg-content-${id + 100}" class="  clearfix"><div class="s-lg-rich-text">${inner}</div></div></div></div></div></div>`;
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Finding Evidence - ${lTitle.replace(': Finding Evidence', '')} - LibGuides at
Halden University</title><meta name="description" content="A step-by-step guide to searching for public health evidence.">
<meta name="DC.Title" content="Public Health: Finding Evidence"><meta name="DC.Creator" content="Priya Kettering">
<meta name="DC.Date.Modified" content="2026-02-27 09:41:10"><link rel="canonical" href="https://libguides.halden.example.ac.uk/publichealth/evidence">
<link rel="stylesheet" href="https://static-assets-eu.libguides.example/web/bs3/css/bootstrap.min.css">
<link rel="stylesheet" href="https://static-assets-eu.libguides.example/web/css3.21.4/lg-public.min.css">
<script src="https://static-assets-eu.libguides.example/web/jquery/js/jquery.min.js"></script>
<script>var springSpace = springSpace || {}; springSpace.Common = springSpace.Common || {}; springSpace.Common.Constant = {PROCESSING: {ACTION_DISPLAY: 1}};
springSpace.Common.baseURL = 'https://libguides.halden.example.ac.uk/';</script></head>
<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="s-lib-banner"><a href="https://library.halden.example.ac.uk"><img src="https://libapps-eu.s3.example.com/accounts/1123/banner.png"
alt="Halden University Library"></a></div>
<div id="s-lib-bc"><ol id="s-lib-bc-list" class="breadcrumb">${lCrumbs
  .map((c, i) => `<li id="s-lib-bc-${i}"${i === 3 ? ' class="active"' : ''}><a href="#">${c}</a></li>`)
  .join('\n')}</ol></div>
<div id="s-lg-tabs-container" class="container s-lib-side-borders pad-top-med"><div id="s-lg-guide-header" class="row">
<div id="s-lg-guide-header-info" class="col-md-10"><h1 id="s-lg-guide-name">${lTitle}</h1><div id="s-lg-guide-desc-container">
<span id="s-lg-guide-description">Search strategies and key databases for public health and health policy.</span></div></div>
<div id="s-lg-guide-header-search" class="col-md-2"><form role="search"><input class="form-control" name="q" type="text" placeholder="Search this Guide"
aria-label="Search this Guide"><button class="btn btn-default" type="submit">Search</button></form></div></div></div>
<div id="s-lg-guide-main" class="container s-lib-main s-lib-side-borders"><div class="row"><div id="s-lg-guide-tabs" class="col-md-3"
role="navigation" aria-label="Guide Pages"><ul class="nav nav-pills nav-stacked split-button-nav">
${lTabs.map((t, i) => `<li${i === 1 ? ' class="active"' : ''}><a title="" href="/publichealth/p${i}">${t}</a></li>`).join('\n')}</ul></div>
<div id="s-lg-page-col" class="col-md-9"><div id="s-lg-col-1" class="s-lg-col"><div class="s-lg-col-boxes">
${box(1, 'Framing your question', ps(lBox1))}
${box(2, 'Building a search', ps(lBox2))}
<div class="s-lib-box-container"><div id="s-lg-box-3" class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Key databases</h2>
<div class="s-lib-box-content"><ul class="s-lg-link-list">
${lDbs
  .map(
    ([n, d], i) => `<li><div class="s-lg-database-title"><a href="https://libguides.halden.example.ac.uk/go.php?c=${4100 + i}">${n}</a></div>
<div class="s-lg-database-description">${d}</div></li>`,
  )
  .join('\n')}</ul></div></div></div>
${box(4, 'Recording your search', ps(lBox4))}
</div></div><div id="s-lg-col-2" class="s-lg-col"><div class="s-lib-box-container"><div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">
Subject Librarian</h2><div class="s-lib-box-content"><div class="s-lib-profile-container"><div class="s-lib-profile-image"><img
src="https://libapps-eu.s3.example.com/accounts/profiles/81277.jpg" alt="Priya Kettering's picture"></div>
<div class="s-lib-profile-name">Priya Kettering</div><div class="s-lib-profile-email"><a href="mailto:p.kettering@halden.example.ac.uk">Email Me</a></div>
<div class="s-lib-profile-widget"><a class="btn btn-info" href="https://halden.libcal.example.com/appointments/priya">Schedule Appointment</a></div>
<div class="s-lib-profile-contact"><span class="s-lib-profile-title">Contact:</span> Library, Level 2, Room 2.14</div></div></div></div></div></div>
</div></div></div>
<div id="s-lib-footer-public" class="s-lib-footer footer container-fluid"><div id="s-lg-guide-info" class="pull-left">
<div id="s-lg-guide-header-url"><span class="s-lg-text-greyout">URL:</span> https://libguides.halden.example.ac.uk/publichealth</div>
<div id="s-lg-guide-header-updated"><span class="s-lg-text-greyout">Last Updated:</span> Feb 27, 2026 9:41 AM</div>
<div id="s-lg-guide-print-url"><a href="javascript: window.print();"><i class="fa fa-print"></i> Print Page</a></div></div>
<div id="s-lib-footer-login-link" class="pull-right"><a href="https://halden.libapps.example.com/libapps/login.php">Login to LibApps</a></div>
<div id="s-lib-footer-rights" class="pull-right"><a href="https://libguides.halden.example.ac.uk/srch.php?q=">Report a problem</a></div>
<div id="s-lg-guide-tags" class="clearfix"><span class="s-lg-text-greyout">Subjects:</span> <a href="/sb.php?subject_id=88">Health Sciences</a>,
<a href="/sb.php?subject_id=91">Public Health</a></div>
<div><span class="s-lg-text-greyout">Tags:</span> <a href="/srch.php?tag=evidence-synthesis">evidence synthesis</a>,
<a href="/srch.php?tag=literature-searching">literature searching</a></div>
</div><script src="https://static-assets-eu.libguides.example/web/js3.21.4/lg-public.min.js"></script></body></html>`;
const libguides: TestPage = {
  name: 'heldout320-libguides-research-guide',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Framing your question', 'Building a search', 'Key databases', 'Recording your search'],
  body: texts([...lBox1, ...lBox2, ...lDbs.flat(), ...lBox4]),
  bylines: ['Last Updated:', 'Feb 27, 2026 9:41 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...lCrumbs, 'Search strategies and key databases for public health and health policy.', 'Search', ...lTabs,
    'Subject Librarian', 'Priya Kettering', 'Email Me', 'Schedule Appointment', 'Contact:', 'Library, Level 2, Room 2.14', 'URL:',
    'https://libguides.halden.example.ac.uk/publichealth', 'Print Page', 'Login to LibApps', 'Report a problem', 'Subjects:', 'Health Sciences',
    'Tags:', 'evidence synthesis', 'literature searching',
  ],
};

export const HELDOUT320_D: readonly TestPage[] = [libguides, canvas];
