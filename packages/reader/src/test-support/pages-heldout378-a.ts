import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout378-kit.js';

/**
 * Held-out batch 378, file a: a call for papers page built with Elementor on a WordPress conference site (Astra header,
 * Elementor sections, icon list of dates, Complianz cookie banner, footer widgets) and a Conf (researchr) track page
 * listing accepted papers (navbar, track tabs, the accepted papers table, the committee sidebar, footer).
 */
const eTitle = 'Call for Papers: SDLS 2026';
const eIntro = [
  j(
    'The Symposium on Data Drift in Learning Systems (SDLS 2026) invites original research papers on how deployed machine learning',
    'systems behave when the data they meet in use moves away from the data they were trained on. The symposium will be held in',
    'Varneholm from 14 to 16 October 2026, with remote presentation possible for authors who cannot travel.',
  ),
  j(
    'We welcome work from industry and academia alike. Papers describing negative results, failed deployments and careful',
    'replications are explicitly in scope, as are shorter position papers that argue for a change in how drift is measured.',
  ),
];
const eTopicsIntro = ['Topics of interest include, but are not limited to:'];
const eTopics = [
  'Detection of covariate, label and concept drift in streaming data',
  'Benchmarks and datasets with documented temporal shift',
  'Monitoring and alerting for models in production',
  'Retraining schedules, continual learning and their costs',
  'Drift in language models, recommender systems and sensor networks',
  'Human factors: how operators notice, trust and act on drift alarms',
];
const eDates = [
  'Abstract registration: 12 May 2026',
  'Full paper submission: 19 May 2026',
  'Author notification: 7 July 2026',
  'Camera-ready version: 28 July 2026',
  'Symposium: 14 to 16 October 2026',
];
const eDatesNote = ['All deadlines are at 23:59 Anywhere on Earth (AoE). There will be no extensions.'];
const eSub = [
  j(
    'Full papers may be up to 10 pages and short papers up to 5 pages, excluding references and appendices, in the two-column',
    'format of the symposium template. Submissions are double-blind: remove author names and affiliations, and refer to your own',
    'earlier work in the third person.',
  ),
  j(
    'Papers must be submitted as PDF through the submission system by the deadline above. Each paper will be reviewed by at least',
    'three members of the programme committee, and authors will have a short rebuttal period in late June.',
  ),
];
const ePub = [
  j(
    'Full and short papers that pass review will appear in the open-access SDLS proceedings. At least one author of each accepted paper',
    'must register for the symposium and present the work, in person or remotely. A best paper award and a best student paper',
    'award will be announced at the closing session.',
  ),
  'Questions about the call can be sent to the programme chairs at chairs@sdls-symposium.example.',
];
const eNav = ['Home', 'Call for Papers', 'Committees', 'Programme', 'Registration', 'Venue', 'Contact'];
const eFoot = ['Privacy Policy', 'Code of Conduct', 'Imprint'];
const eRecent = ['Keynote speakers announced', 'Travel grants for students now open', 'SDLS 2025 proceedings online'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Call for Papers &#8211; SDLS 2026</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://sdls-symposium.example/call-for-papers/"><meta property="og:locale" content="en_GB">
<meta property="og:type" content="article"><meta property="og:title" content="Call for Papers - SDLS 2026">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://sdls-symposium.example/call-for-papers/","name":"Call for Papers - SDLS 2026","datePublished":"2026-01-20T09:12:44+00:00",
"dateModified":"2026-03-02T16:05:10+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://sdls-symposium.example/wp-content/plugins/elementor/assets/css/frontend.min.css"
media="all"><link rel="stylesheet" id="astra-theme-css-css" href="https://sdls-symposium.example/wp-content/themes/astra/assets/css/minified/main.min.css">
<script src="https://sdls-symposium.example/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-118 wp-custom-logo ast-page-builder-template elementor-default elementor-kit-6 elementor-page
elementor-page-118">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://sdls-symposium.example/" class="custom-logo-link" rel="home"><img width="180" height="48"
src="https://sdls-symposium.example/wp-content/uploads/2026/01/sdls-logo.png" class="custom-logo" alt="SDLS 2026"></a></span></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-118 page type-page status-publish ast-article-single" id="post-118">
<div data-elementor-type="wp-page" data-elementor-id="118" class="elementor elementor-118">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f1a2c0 elementor-section-boxed" data-id="3f1a2c0"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;gradient&quot;}">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-7d0e" data-id="7d0e" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-1b2a elementor-widget elementor-widget-heading" data-id="1b2a" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-9c1e elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container">${ps(eIntro)}</div></div>
<div class="elementor-element elementor-element-44aa elementor-align-center elementor-widget elementor-widget-button" data-widget_type="button.default">
<div class="elementor-widget-container"><div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="https://easychair.example/conferences/?conf=sdls2026"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Submit
your paper</span></span></a></div></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-51c0 elementor-section-boxed" data-id="51c0">
<div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element-a1" data-id="a1">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Topics</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eTopicsIntro)}
<ul>${lis(eTopics)}</ul></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element-a2" data-id="a2">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Important Dates</h2></div></div>
<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default">
<div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${eDates
  .map(
    (d) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-calendar-alt"></i></span>
<span class="elementor-icon-list-text">${d}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eDatesNote)}</div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-77b3 elementor-section-boxed" data-id="77b3">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Submission Guidelines</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eSub)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Publication and Presentation</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(ePub)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-share-buttons" data-widget_type="share-buttons.default"><div class="elementor-widget-container">
<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_linkedin" role="button" tabindex="0">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">LinkedIn</span></span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_mastodon" role="button" tabindex="0">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Mastodon</span></span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_email" role="button" tabindex="0">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Email</span></span></div></div></div></div></div>
</div></div></div></section></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-primary-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area">
<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Latest news</h2><ul>${links(eRecent)}</ul></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area"><section id="text-2" class="widget widget_text">
<h2 class="widget-title">Organised by</h2><div class="textwidget"><p>Department of Computing, Varneholm Institute of Technology</p></div></section></aside>
</div></div></div>
<div class="site-below-footer-wrap"><div class="ast-builder-grid-row"><div class="ast-footer-copyright"><p>Copyright © 2026 SDLS Symposium | Powered by
SDLS Organising Committee</p></div><ul class="ast-footer-menu">${links(eFoot, 'menu-item')}</ul></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4"};</script>
<script src="https://sdls-symposium.example/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
const elementorCfp: TestPage = {
  name: 'heldout378-wordpress-elementor-cfp',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Topics', 'Important Dates', 'Submission Guidelines', 'Publication and Presentation'],
  body: texts([...eIntro, ...eTopicsIntro, ...eTopics, ...eDates, ...eDatesNote, ...eSub, ...ePub]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Submit your paper', 'LinkedIn', 'Mastodon', 'Email', 'Latest news', ...eRecent, 'Organised by',
    'Department of Computing, Varneholm Institute of Technology', 'Copyright © 2026 SDLS Symposium | Powered by SDLS Organising Committee', ...eFoot,
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

const rTitle = 'Research Papers';
const rIntro = [
  j(
    'The research track of FORGE 2026 received 214 submissions, of which the programme committee accepted 41 after two rounds of',
    'review and an author response period. The list below gives the accepted papers in alphabetical order of title; the slot of',
    'each paper in the programme will be published in August.',
  ),
  j(
    'As in previous years, the committee paid particular attention to empirical papers that release their data and tools. Almost',
    'two thirds of the accepted papers come with a replication package, and eleven of them went through the optional artifact',
    'evaluation, in which a separate committee tried to rerun the main experiments from the package alone.',
  ),
  j(
    'The acceptance rate of 19 per cent is slightly lower than last year, mainly because the number of submissions rose by a',
    'quarter while the size of the programme stayed the same. Several papers that narrowly missed the cut were invited to the',
    'new ideas track, whose own list will appear on its track page.',
  ),
  'Authors of accepted papers must upload the camera-ready version and the copyright form by 3 July 2026.',
];
const rPapers: [string, string][] = [
  ['A Field Study of Build Breakages in Monorepos', 'Halvard Quist, Imogen Ter Braak, Sunniva Adeyemi'],
  ['Beyond Flaky: Classifying Nondeterministic Test Failures at Scale', 'Oriane Paszek, Tomasz Erlend'],
  ['Cheap Mutants: Test Adequacy with a Hundredth of the Budget', 'Leontine Vauquelin, Baraka Oduya, Ferdi Castelo'],
  ['Dependency Pinning Habits of Scientific Python Projects', 'Marit Hollowell'],
  ['Do Code Review Bots Change Who Reviews?', 'Ishaan Murthwaite, Clodagh Venn'],
  ['Incremental Type Checking for Gradually Typed Notebooks', 'Yusuf Brandvold, Eszter Kalman, Pim Aldersey'],
  ['Learning to Rank Pull Requests for Triage', 'Solveig Marchetti, Aurelio Nkemelu'],
  ['Reproducing Performance Regressions from Issue Reports', 'Wendeline Oyarzun, Katrin Fairlie'],
];
const rNote = [
  j(
    'Papers marked as artifact-evaluated will carry the Available and Reusable badges in the proceedings. Questions about the track',
    'may be sent to the research track chairs.',
  ),
];
const rNav = ['Attending', 'Tracks', 'Organization', 'Search', 'Series', 'Sign in', 'Sign up'];
const rTabs = ['Accepted Papers', 'Call for Papers', 'Important Dates', 'Program Committee'];
const rCommittee = ['Agnieszka Rundqvist', 'Faramarz Delacroix-Obi', 'Henrike Stoel'];
const rHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FORGE 2026 - Research Papers - FORGE 2026</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Accepted research papers of FORGE 2026.">
<link href="https://conf.researchr.example/favicon.ico" rel="shortcut icon" type="image/x-icon">
<link href="https://conf.researchr.example/stylesheets/common_.css?1712345678" rel="stylesheet" type="text/css">
<script src="https://conf.researchr.example/javascript/jquery.js?1712345678" type="text/javascript"></script>
<script type="text/javascript">var show_webdsl_debug=false;var contextpath="https://conf.researchr.example";</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-XYZ"></script></head>
<body id="track"><div class="frame"><div class="logobar"><div class="container"><a href="https://conf.researchr.example" class="navbar-brand"
title="conf.researchr.org">conf.researchr.org</a></div></div>
<div class="navbar navbar-default"><div class="container"><div class="navbar-header"><a href="https://conf.researchr.example/home/forge-2026"
class="navbar-brand navigate">FORGE 2026</a></div>
<div id="navigationbar" class="navigationbar collapse navbar-collapse"><ul class="block nav navbar-nav">${links(rNav, 'dropdown')}</ul></div></div></div>
<div id="content" class="container"><div class="page-header"><span class="text-muted small"><span class="glyphicon glyphicon-home"></span>
FORGE 2026 (series) / </span><div class="row"><div class="col-md-8"><h1>${rTitle} <small>FORGE 2026</small></h1></div></div></div>
<div class="row"><div class="col-sm-9"><ul class="nav nav-tabs">${links(rTabs)}</ul>
<div class="tab-content"><div id="Call-for-Papers" class="tab-pane active"><div class="page-header"><h3>Accepted Papers</h3></div>
${ps(rIntro)}
<table class="table table-condensed"><tr><th>Title</th></tr>
${rPapers
  .map(
    ([t, a]) => `<tr><td><a href="#" data-event-modal="${t.length}" class="navigate">${t}</a><div class="performers">${a}</div>
<div class="prog-track">Research Papers</div></td></tr>`,
  )
  .join('\n')}
</table>
${ps(rNote)}</div></div></div>
<div class="col-sm-3"><div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Track chairs</h3></div>
<ul class="list-group">${links(rCommittee, 'list-group-item')}</ul></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Submission link</h3></div><div class="panel-body">
<a href="https://forge26.hotcrp.example" class="btn btn-primary btn-block">Submit a paper</a></div></div></div></div></div>
<div id="messages-placeholder" class="alert alert-warning" style="display:none;">Loading…</div>
<div class="footer"><div class="container"><div class="row"><div class="col-sm-4"><h4>Attending</h4><ul>${links(['Venue', 'Registration', 'Hotels'])}</ul></div>
<div class="col-sm-4"><h4>Contact</h4><p>Use the contact form to reach the organisers of FORGE 2026.</p></div></div>
<p class="small text-muted">Powered by <a href="https://conf.researchr.example">Conf Researchr</a> - Conference Publishing 4.0 |
<a href="https://conf.researchr.example/signup">Sign up</a> for a free account</p></div></div></div>
<script type="text/javascript">$(document).ready(function(){ajaxLinksInit();});</script></body></html>`;
const researchr: TestPage = {
  name: 'heldout378-conf-researchr-accepted-papers',
  kind: 'docs',
  html: rHtml,
  title: 'Research Papers FORGE 2026',
  headings: ['Accepted Papers'],
  body: texts([...rIntro, ...rPapers.flat(), ...rNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'conf.researchr.org', ...rNav, 'FORGE 2026 (series) /', 'Call for Papers', 'Important Dates', 'Program Committee', 'Track chairs', ...rCommittee,
    'Submission link', 'Submit a paper', 'Venue', 'Registration', 'Hotels', 'Use the contact form to reach the organisers of FORGE 2026.',
    'Powered by Conf Researchr - Conference Publishing 4.0 |', 'for a free account',
  ],
};

export const HELDOUT378_A: readonly TestPage[] = [elementorCfp, researchr];
