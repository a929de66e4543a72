import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file b2: a master's thesis record on DSpace 7 (Angular universal markup: ds-root, the header navbar
 * with Communities & Collections and Browse, the breadcrumb trail, ds-item-page with the title field, thumbnail, files
 * section, simple-view-element fields for date, authors, advisor, abstract, URI and collections, "Show full item record",
 * the Klaro cookie notice and the footer).
 */
const sTitle = 'Night shifts and the timing of meals: a diary study of hospital nurses';
const sAbstract = [
  j(
    'Nurses who work at night often eat at times their bodies are not prepared for. Earlier studies have measured what night',
    'workers eat, but far fewer have recorded when they eat across a full rota, including the days off between blocks of shifts.',
    'This thesis reports a diary study of 64 nurses at two regional hospitals, each of whom logged every meal, snack and drink for',
    'fourteen consecutive days.',
  ),
  j(
    'Participants used a simple phone form that asked for the time, the place and a rough description of each eating occasion, with',
    "an optional photograph. Shift times were taken from the hospitals' rostering records with consent. Eating occasions were",
    'grouped into four windows relative to the shift: before, early in the shift, after 02:00, and after the shift ended.',
  ),
  j(
    'On night shifts, nurses ate a median of 5.3 times per 24 hours, compared with 3.9 times on days off. More than a third of',
    'all energy on night shifts was eaten between 02:00 and 06:00, and this share was highest among nurses in their first year',
    'of shift work. Nurses on units with a staff room that stayed open overnight ate more often at a table and less often while',
    'standing, a difference they linked in follow-up interviews to feeling less rushed.',
  ),
  j(
    'Meal timing did not return to a day pattern until the second day off, which suggests that short breaks between night blocks',
    'leave little time for eating routines to recover. The findings support practical changes, such as protected overnight meal',
    'breaks and planned food options for the early hours, rather than advice aimed only at what nurses choose to eat. The thesis',
    'closes with a proposed design for a larger study that would combine diaries with continuous glucose monitoring.',
  ),
  j(
    'The diary form, the coding frame for eating windows and the anonymised summary tables are included as appendices so that',
    'other units can repeat the study with their own staff.',
  ),
];
const sNav = ['Communities & Collections', 'Statistics'];
const sCrumbs = ['Home', 'Faculty of Health Sciences', 'School of Nursing', 'Masters Theses (Nursing)'];
const sFoot = ['Cookie settings', 'Privacy policy', 'End User Agreement', 'Send Feedback'];
const f = (label: string, value: string, cls = 'dont-break-out'): string => `<ds-generic-item-page-field _ngcontent-dsp-c211=""><div
_ngcontent-dsp-c190="" class="item-page-field"><ds-metadata-values _ngcontent-dsp-c190=""><ds-metadata-field-wrapper _ngcontent-dsp-c188="">
<div _ngcontent-dsp-c187="" class="simple-view-element"><h2 _ngcontent-dsp-c187="" class="simple-view-element-header">${label}</h2>
<div _ngcontent-dsp-c187="" class="simple-view-element-body"><span _ngcontent-dsp-c188="" class="${cls}">${value}</span></div></div>
</ds-metadata-field-wrapper></ds-metadata-values></div></ds-generic-item-page-field>`;
const sHtml = `<!DOCTYPE html><html lang="en"><head><base href="/"><meta charset="UTF-8"><title>${sTitle}</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta http-equiv="cache-control" content="no-store">
<link rel="icon" href="assets/dspace/images/favicons/favicon.ico" sizes="any"><link rel="stylesheet" href="dspace-theme.css">
<meta name="citation_title" content="${sTitle}"><meta name="citation_author" content="Brenner, Odile M.">
<meta name="citation_publication_date" content="2025-11"><meta name="citation_dissertation_institution" content="Callum University">
<meta name="citation_pdf_url" content="https://repository.callum.example.ac.uk/bitstreams/7f3c/download">
<meta name="citation_abstract_html_url" content="https://repository.callum.example.ac.uk/handle/20.500.1401/8823">
<link rel="stylesheet" href="styles.3c9a1e.css"><script src="runtime.9b2f1c.js" type="module"></script></head>
<body><ds-app ng-version="17.3.4" ng-server-context="ssr"><ds-root _nghost-dsp-c9=""><div _ngcontent-dsp-c9="" class="outer-wrapper">
<ds-skip-to-main-content><button class="sr-only" id="skip-to-main-content">Skip to main content</button></ds-skip-to-main-content>
<ds-themed-header-navbar-wrapper><div class="header-navbar-wrapper"><ds-header><header class="header"><nav role="navigation"
class="container navbar navbar-expand-md px-0" aria-label="User profile bar"><div class="d-flex flex-grow-1"><a class="d-block my-2 my-md-0"
routerlink="/home" href="/home"><img src="assets/images/callum-repository-logo.svg" alt="Repository logo"></a></div>
<div class="navbar-buttons d-flex flex-grow-1 ml-auto justify-content-end align-items-center"><ds-search-navbar><input type="text"
placeholder="Search" aria-label="Search" class="form-control search-input"></ds-search-navbar>
<ds-lang-switch><a href="#" class="dropdownToggle px-0" aria-label="Language switch" title="Language switch">English</a></ds-lang-switch>
<ds-auth-nav-menu><a href="/login" class="loginLink px-0.5">Log In</a></ds-auth-nav-menu></div></nav></header>
<ds-navbar><nav role="navigation" class="navbar navbar-light navbar-expand-md px-md-0 pt-md-0 pt-3 navbar-container" aria-label="Main navigation bar">
<div class="navbar-inner-container w-100"><div id="collapsingNav" class="w-100"><ul class="navbar-nav mr-auto shadow-none">
<ds-navbar-section><li class="nav-item"><a class="nav-link" href="/community-list">${sNav[0]?.replace('&', '&amp;')}</a></li></ds-navbar-section>
<ds-expandable-navbar-section><li class="nav-item dropdown"><a href="#" class="nav-link dropdown-toggle" role="menuitem">Browse</a>
<ul class="dropdown-menu"><li><a class="nav-item nav-link" href="/browse/dateissued">By Issue Date</a></li>
<li><a class="nav-item nav-link" href="/browse/author">By Author</a></li><li><a class="nav-item nav-link" href="/browse/title">By Title</a></li>
<li><a class="nav-item nav-link" href="/browse/subject">By Subject</a></li></ul></li></ds-expandable-navbar-section>
<ds-navbar-section><li class="nav-item"><a class="nav-link" href="/statistics">${sNav[1]}</a></li></ds-navbar-section></ul></div></div></nav></ds-navbar>
</ds-header></div></ds-themed-header-navbar-wrapper>
<main class="main-content"><ds-themed-breadcrumbs><nav aria-label="breadcrumb" class="nav-breadcrumb"><ol class="container breadcrumb my-0">
${links(sCrumbs, 'breadcrumb-item')}
<li class="breadcrumb-item active" aria-current="page"><div class="breadcrumb-item-limiter"><div class="text-truncate">${sTitle}</div></div></li>
</ol></nav></ds-themed-breadcrumbs><div id="main-content" class="container"><ds-themed-item-page><div class="container">
<div class="item-page"><ds-item-page-untyped-item><ds-item-alerts></ds-item-alerts>
<div class="d-flex flex-row"><ds-themed-item-page-title-field class="mr-auto"><h1 class="item-page-title-field"><div class="d-inline">
<span class="dont-break-out">${sTitle}</span></div></h1></ds-themed-item-page-title-field>
<div class="pl-2 space-children-mr"><ds-dso-edit-menu></ds-dso-edit-menu></div></div>
<div class="row"><div class="col-xs-12 col-md-4"><ds-metadata-field-wrapper><div class="simple-view-element"><div class="simple-view-element-body">
<ds-thumbnail><div class="thumbnail"><img class="thumbnail-content img-fluid" src="assets/images/replacement_document.svg" alt="Thumbnail Image">
</div></ds-thumbnail></div></div></ds-metadata-field-wrapper>
<ds-themed-item-page-file-section><ds-metadata-field-wrapper><div class="simple-view-element"><h2 class="simple-view-element-header">Files</h2>
<div class="simple-view-element-body"><div class="file-section"><ds-file-download-link><a class="dont-break-out" href="/bitstreams/7f3c/download">
Brenner_MSc_2025.pdf</a></ds-file-download-link><span> (1.84 MB)</span></div></div></div></ds-metadata-field-wrapper></ds-themed-item-page-file-section>
${f('Date', '2025-11')}
${f('Authors', '<a href="/browse/author?value=Brenner,%20Odile%20M.">Brenner, Odile M.</a>')}
${f('Advisors', 'Laidlaw, Hugh')}
${f('Department', 'School of Nursing')}
${f('Degree', 'Master of Science (MSc)')}
</div><div class="col-xs-12 col-md-6"><ds-item-page-abstract-field><ds-generic-item-page-field><div class="item-page-field"><ds-metadata-values>
<ds-metadata-field-wrapper><div class="simple-view-element"><h2 class="simple-view-element-header">Abstract</h2><div class="simple-view-element-body">
<span class="dont-break-out preserve-line-breaks">${sAbstract.join('\n\n')}</span></div></div></ds-metadata-field-wrapper></ds-metadata-values></div>
</ds-generic-item-page-field></ds-item-page-abstract-field>
${f('Keywords', 'shift work; chrononutrition; nursing; meal timing; diary methods')}
${f('URI', '<a href="https://hdl.handle.example/20.500.1401/8823">https://hdl.handle.example/20.500.1401/8823</a>')}
<ds-item-page-collections><ds-metadata-field-wrapper><div class="simple-view-element"><h2 class="simple-view-element-header">Collections</h2>
<div class="simple-view-element-body"><a href="/collections/51ad">Masters Theses (Nursing)</a></div></div></ds-metadata-field-wrapper>
</ds-item-page-collections>
<div><a role="button" class="btn btn-outline-primary" href="/items/0c2e/full"><i class="fas fa-info-circle"></i> Show full item record</a></div>
</div></div></ds-item-page-untyped-item></div></div></ds-themed-item-page></div></main>
<ds-themed-footer><footer class="text-lg-start"><div class="bottom-footer p-1 d-flex justify-content-center align-items-center text-white">
<div class="content-container"><p class="m-0"><a class="text-white" href="https://www.dspace.example.org/">DSpace software</a>
copyright © 2002-2026 <a class="text-white" href="https://www.lyrasis.example.org/">LYRASIS</a></p><ul class="footer-info list-unstyled d-flex">
${links(sFoot)}</ul></div></div></footer></ds-themed-footer></div></ds-root></ds-app>
<div class="klaro"><div class="cookie-notice"><div class="cn-body"><p id="id-cookie-notice">We collect and process your personal information for the
following purposes: Authentication, Preferences, Acknowledgement and Statistics.</p><div class="cn-ok"><a class="cm-link cn-learn-more"
href="#">Customize</a><div class="cn-buttons"><button class="cm-btn cm-btn-danger cn-decline" type="button">Decline</button>
<button class="cm-btn cm-btn-success" type="button">Accept all</button></div></div></div></div></div>
<script src="main.4d1e0a.js" type="module"></script></body></html>`;
export const dspace: TestPage = {
  name: 'heldout320-dspace7-thesis-record',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Abstract'],
  body: texts(sAbstract),
  bylines: ['2025-11', 'Brenner, Odile M.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'English', 'Log In', ...sNav, 'Browse', 'By Issue Date', 'By Author', 'By Title', 'By Subject', ...sCrumbs, 'Files',
    'Brenner_MSc_2025.pdf', '(1.84 MB)', 'Date', 'Authors', 'Advisors', 'Laidlaw, Hugh', 'Department', 'Degree', 'Master of Science (MSc)', 'Keywords',
    'shift work; chrononutrition; nursing; meal timing; diary methods', 'URI', 'https://hdl.handle.example/20.500.1401/8823', 'Collections',
    'Show full item record', 'DSpace software copyright © 2002-2026 LYRASIS', ...sFoot,
    'We collect and process your personal information for the following purposes: Authentication, Preferences, Acknowledgement and Statistics.',
    'Customize', 'Decline', 'Accept all',
  ],
};
