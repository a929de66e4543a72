import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lips } from './pages-heldout341-kit.js';

/**
 * Held-out batch 341, file a: a MadCap Flare HTML5 side-navigation topic (skin header with search, the TOC accordion,
 * breadcrumbs, mini-TOC, topic toolbar, feedback widget and footer) and a RoboHelp Frameless topic (toolbar, TOC and
 * index panes, browse sequence links, Related Topics, glossary pane and footer).
 */
const fTitle = 'Calibrating the Dosing Pump';
const fIntro = [
  j(
    'The AquaDose 300 meters chemical into the process line by counting pump strokes, so the volume it reports is only as',
    'accurate as its last calibration. Calibrate the pump when you first commission the controller, whenever you change the',
    'injection tubing, and at least once every three months in normal service.',
  ),
  j(
    'Calibration takes about fifteen minutes. You need the graduated calibration column supplied in the accessory kit, a stopwatch',
    'or the controller timer, and protective gloves suited to the chemical you are dosing.',
  ),
];
const fBefore = [
  'Make sure the suction line is fully primed and free of air bubbles.',
  'Set the controller to Manual mode so that no automatic dosing starts during the test.',
  'Fill the calibration column above the 500 mL mark with the chemical you normally dose.',
  'Close the valve between the day tank and the pump suction.',
];
const fSteps = [
  'On the controller, press <b>Menu</b> and select <b>Dosing &gt; Calibrate</b>.',
  'Enter the stroke rate you use in normal operation, usually between 60 and 120 strokes per minute.',
  'Note the level in the calibration column, then press <b>Start</b>. The pump runs for exactly 60 seconds.',
  'When the pump stops, read the new level and enter the volume drawn, in millilitres.',
  'Press <b>Save</b>. The controller shows the new output per stroke and stores it with the date.',
  'Open the day tank valve again and return the controller to Automatic mode.',
];
const fCheck = [
  j(
    'A healthy pump on the standard 6 mm head delivers between 0.9 and 1.1 mL per stroke. A reading well below that range usually',
    'means a worn check valve or air in the suction line; a reading above it can point to siphoning through a missing',
    'back-pressure valve.',
  ),
  j(
    'If the figure changes by more than ten percent between two calibrations, inspect the foot valve and the injection point before',
    'you trust the new value. The controller keeps the last eight results under <b>Dosing &gt; History</b>, which makes drift',
    'easy to spot.',
  ),
];
const fNote = j(
  'Calibration figures are stored per pump head. If you fit the optional 10 mm head, calibrate again: the controller does not',
  'convert the old value.',
);
const fToc = [
  'Getting Started',
  'Installation',
  'Controller Basics',
  'Pump Setup',
  'Priming the Pump',
  'Alarms and Interlocks',
  'Maintenance',
  'Troubleshooting',
];
const fCrumbs = ['AquaDose 300 Help', 'Pump Setup'];
const fMini = ['Before you start', 'Running the calibration', 'Checking the result'];
const fFoot = ['Halvern Fluid Systems', 'Privacy Notice', 'Terms of Use', 'Contact Support'];
const fHtml = `<!DOCTYPE html>
<html xmlns:MadCap="http://www.madcapsoftware.com/Schemas/MadCap.xsd" lang="en-us" xml:lang="en-us" class="_Skins_HTML5___Side_Navigation"
data-mc-search-type="Stem" data-mc-help-system-file-name="Default.xml" data-mc-path-to-help-system="../../" data-mc-has-content-body="True"
data-mc-toc-path="Pump Setup" data-mc-target-type="WebHelp2" data-mc-runtime-file-type="Topic;Default" data-mc-preload-images="false"
data-mc-in-preview-mode="false">
<head><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta charset="utf-8">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="description" content="How to calibrate the AquaDose 300 dosing pump.">
<link href="../../Skins/Default/Stylesheets/Slideshow.css" rel="stylesheet" type="text/css" data-mc-generated="True">
<link href="../../Skins/Default/Stylesheets/Styles.css" rel="stylesheet" type="text/css" data-mc-generated="True">
<link href="../../Skins/Fluid/Stylesheets/foundation.6.2.3.css" rel="stylesheet" type="text/css" data-mc-generated="True">
<link href="../../Skins/Fluid/Stylesheets/Styles.css" rel="stylesheet" type="text/css" data-mc-generated="True">
<title>Calibrating the Dosing Pump</title>
<link href="../Resources/Stylesheets/Main.css" rel="stylesheet" type="text/css">
<script src="../../Resources/Scripts/jquery.min.js" type="text/javascript"></script>
<script src="../../Resources/Scripts/require.min.js" type="text/javascript"></script>
<script src="../../Resources/Scripts/require.config.js" type="text/javascript"></script>
<script src="../../Resources/Scripts/foundation.6.2.3_custom.js" type="text/javascript"></script>
<script src="../../Resources/Scripts/plugins.min.js" type="text/javascript"></script>
<script src="../../Resources/Scripts/MadCapAll.js" type="text/javascript"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-HLV300');</script>
</head>
<body><div class="foundation-wrap off-canvas-wrapper"><div class="off-canvas-wrapper-inner" data-off-canvas-wrapper="">
<aside class="off-canvas position-right" role="navigation" id="offCanvas" data-off-canvas="" data-position="right" data-mc-ignore="true">
<ul class="off-canvas-accordion vertical menu off-canvas-list" data-accordion-menu="" data-mc-back-link="Back"
data-mc-css-tree-node-expanded="is-accordion-submenu-parent" data-mc-css-tree-node-collapsed="is-accordion-submenu-parent"
data-mc-css-sub-menu="vertical menu is-accordion-submenu nested" data-mc-include-indicator="False" data-mc-include-icon="False"
data-mc-include-parent-link="True" data-mc-include-back="False" data-mc-defer-expand-event="True" data-mc-expand-event="click.zf.accordionMenu"
data-mc-toc="True"></ul></aside>
<div class="off-canvas-content inner-wrap" data-off-canvas-content="">
<div data-sticky-container="" class="title-bar-container"><nav class="title-bar tab-bar sticky" role="banner" data-sticky="" data-options="marginTop:0"
style="width:100%" data-sticky-on="only screen and (max-width: 1279px)" data-mc-ignore="true">
<div class="middle title-bar-section outer-row clearfix"><div class="menu-icon-container relative clearfix"><div class="central-account-wrapper">
</div><button class="menu-icon" aria-label="Show Navigation Panel" data-toggle="offCanvas"><span></span></button></div></div>
<div class="title-bar-layout outer-row"><div class="logo-wrapper"><a class="logo" href="../../Default.htm" alt="Logo"></a></div>
<div class="navigation-wrapper nocontent"><ul class="navigation clearfix" role="navigation" data-mc-css-tree-node-has-children="has-children"
data-mc-css-sub-menu="sub-menu" data-mc-expand-event="mouseenter" data-mc-top-nav-menu="True" data-mc-max-depth="1" data-mc-include-icon="False"
data-mc-include-indicator="False" data-mc-include-children="False" data-mc-include-siblings="False" data-mc-include-parent="False"
data-mc-toc="True"></ul></div>
<div class="nav-search-wrapper"><div class="nav-search row"><form class="search" action="#"><div class="search-bar search-bar-container needs-pie">
<input class="search-field needs-pie" type="search" aria-label="Search Field" placeholder="Search the AquaDose help">
<div class="search-filter-wrapper"><span class="invisible-label" id="search-filters-label">Filter:</span><div class="search-filter"
aria-haspopup="true" aria-controls="sf-content" aria-expanded="false" aria-label="Search Filter" title="All Files" role="button" tabindex="0"></div>
</div><div class="search-submit-wrapper" dir="ltr"><div class="search-submit" title="Search" role="button" tabindex="0"><span class="invisible-label">
Submit Search</span></div></div></div></form></div></div></div></nav></div>
<div class="main-section"><div class="row outer-row sidenav-layout"><nav class="sidenav-wrapper"><div class="sidenav-container">
<ul class="off-canvas-accordion vertical menu sidenav" data-accordion-menu="" data-mc-css-tree-node-expanded="is-accordion-submenu-parent"
data-mc-css-tree-node-collapsed="is-accordion-submenu-parent" data-mc-css-sub-menu="vertical menu accordion-menu is-accordion-submenu nested"
data-mc-include-indicator="False" data-mc-include-icon="False" data-mc-include-parent-link="False" data-mc-include-back="False"
data-mc-defer-expand-event="True" data-mc-expand-event="click.zf.accordionMenu" data-mc-toc="True" data-mc-side-nav-menu="True">
${links(fToc, 'tree-node tree-node-collapsed')}
<li class="tree-node tree-node-expanded is-accordion-submenu-parent"><a href="Pump_Setup.htm">Pump Setup</a><ul class="vertical menu nested">
<li class="tree-node tree-node-leaf tree-node-selected"><a href="Calibrating_the_Pump.htm">Calibrating the Dosing Pump</a></li></ul></li></ul>
</div></nav>
<div class="body-container"><div data-mc-content-body="True"><div role="main" id="mc-main-content">
<div class="nocontent"><div class="MCBreadcrumbsBox_0 breadcrumbs" role="navigation" aria-label="Breadcrumbs" data-mc-breadcrumbs-divider=" &gt; "
data-mc-breadcrumbs-count="3" data-mc-toc="True"><span class="MCBreadcrumbsPrefix">You are here: </span>
<a class="MCBreadcrumbsLink" href="../../Default.htm">AquaDose 300 Help</a><span class="MCBreadcrumbsDivider"> &gt; </span>
<a class="MCBreadcrumbsLink" href="Pump_Setup.htm">Pump Setup</a><span class="MCBreadcrumbsDivider"> &gt; </span>
<span class="MCBreadcrumbs">Calibrating the Dosing Pump</span></div></div>
<div class="buttons popup-container clearfix topicToolbarProxy _Skins_TopicToolbar mc-component nocontent"
style="mc-topic-toolbar-items: PreviousTopic NextTopic ExpandAll Print;"><div class="button-group-container-left">
<button class="button needs-pie previous-topic-button" type="button" title="Navigate previous"><span>Previous</span></button>
<button class="button needs-pie next-topic-button" type="button" title="Navigate next"><span>Next</span></button>
<button class="button needs-pie print-button" type="button" title="Print"><span>Print</span></button></div></div>
<h1>${fTitle}</h1>
<div class="MCMiniTocBox_0"><p class="MiniTocHeading">In this topic</p>
${fMini.map((m, i) => `<p class="MiniTOC1_0"><a href="#step${i}" class="MiniTOC1">${m}</a></p>`).join('\n')}</div>
${ps(fIntro)}
<h2><a name="step0"></a>Before you start</h2>
<ul>${lips(fBefore)}</ul>
<h2><a name="step1"></a>Running the calibration</h2>
<ol>${lips(fSteps)}</ol>
<p class="figure"><img src="../Resources/Images/calibration_column.png" alt="Calibration column fitted to the suction line" style="width: 420px;"></p>
<p class="figure-caption">Figure 4: The calibration column fitted between the day tank and the pump suction.</p>
<h2><a name="step2"></a>Checking the result</h2>
${ps(fCheck)}
<div class="note"><p><span class="noteLabel">Note:</span> ${fNote}</p></div>
<div class="feedback nocontent" data-mc-ignore="true"><p class="feedback-question">Was this topic helpful?</p>
<button class="feedback-yes">Yes</button><button class="feedback-no">No</button></div>
</div></div></div></div></div>
<footer class="footer nocontent"><p class="footer-copyright">© 2026 Halvern Fluid Systems Ltd. AquaDose is a trademark of Halvern Fluid Systems.</p>
<ul class="footer-links">${links(fFoot)}</ul><p class="footer-version">Help version 3.4 for controller firmware 2.11</p></footer>
</div></div></div>
<script type="text/javascript">require(["MadCapAll"],function(){MadCap.TopicHelpers.Init();});</script></body></html>`;
const flare: TestPage = {
  name: 'heldout341-madcap-flare-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fMini,
  body: texts([...fIntro, ...fBefore, ...fSteps, ...fCheck, `Note: ${fNote}`]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Filter:', 'Submit Search', ...fToc, 'You are here:', ...fCrumbs, 'Previous', 'Next', 'Print', 'In this topic',
    'Figure 4: The calibration column fitted between the day tank and the pump suction.', 'Was this topic helpful?', 'Yes',
    '© 2026 Halvern Fluid Systems Ltd. AquaDose is a trademark of Halvern Fluid Systems.', 'Privacy Notice', 'Terms of Use', 'Contact Support',
    'Help version 3.4 for controller firmware 2.11', 'Halvern Fluid Systems',
  ],
};

const rTitle = 'Setting up recurring invoices';
const rIntro = [
  j(
    'A recurring invoice is a template that Ledgerline Desk turns into a real invoice on a schedule you choose. Use it for retainers,',
    'rent, maintenance contracts and any other charge that repeats with the same lines each time.',
  ),
  j(
    'Each invoice created from the template gets the next number in your invoice sequence and the exchange rate of its own issue',
    'date, so you never have to copy an old invoice by hand.',
  ),
];
const rCreate = [
  'Choose <b>Billing &gt; Recurring</b> and click <b>New template</b>.',
  'Pick the customer. The template takes the customer&#39;s payment terms, currency and tax settings, which you can change.',
  'Add the invoice lines exactly as they should appear on every invoice.',
  'Under <b>Schedule</b>, set the frequency, the first issue date and, if the agreement has one, an end date.',
  'Choose whether new invoices are saved as drafts for review or approved and emailed at once.',
  'Click <b>Save template</b>.',
];
const rSchedule = [
  j(
    'Frequencies can be weekly, every two weeks, monthly, quarterly or yearly. A monthly invoice set for the 31st is issued on the',
    'last day of shorter months rather than skipped.',
  ),
  j(
    'Templates run at 02:00 in the company&#39;s time zone. If the program was closed at that time on a desktop installation, the',
    'missed invoices are created the next time any user signs in, each with its original issue date.',
  ),
];
const rChanges = [
  j(
    'Editing a template changes only the invoices it creates from then on. Any invoice that already exists keeps its lines and amounts;',
    'edit them one by one if the change must apply to them too.',
  ),
  j(
    'To pause a contract, open the template and click <b>Suspend</b>. Nothing is created while it is suspended, and when you resume it',
    'you can choose whether the skipped periods are invoiced or ignored.',
  ),
];
const rTip = j(
  'Add the placeholder [Period] to a line description and Ledgerline Desk replaces it with the month or quarter being invoiced,',
  'for example "Support retainer, April 2026".',
);
const rRelated = ['Invoice numbering', 'Sending invoices by email', 'Approving draft invoices'];
const rToc = ['Welcome', 'Customers', 'Sales', 'Quotes', 'Invoices', 'Credit notes', 'Purchases', 'Banking', 'Reports'];
const rTabs = ['Contents', 'Index', 'Glossary', 'Filter'];
const rHtml = `<!DOCTYPE html>
<html lang="en-US" data-rh-version="2022.3.93"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="generator" content="Adobe RoboHelp 2022">
<meta name="topic-breadcrumbs" content="Sales &gt; Invoices"><meta name="rh-index-keywords" content="recurring invoices;templates;schedules">
<title>Setting up recurring invoices</title>
<link rel="stylesheet" type="text/css" href="../../template/styles/topics.min.css"><link rel="stylesheet" href="../../assets/css/ledgerline.css">
<script type="text/javascript" src="../../template/scripts/rh.min.js"></script>
<script type="text/javascript" src="../../template/scripts/common.min.js"></script>
<script type="text/javascript" src="../../template/scripts/topic.min.js"></script>
<script type="text/javascript">gRootRelPath="../..";gCommonRootRelPath="../..";gTopicId="4.2_3";</script>
</head>
<body class="rh-body" data-rhwidget="Basic" data-class="rh-hide-toc:@l.toc_hidden;rh-mobile:@.l.mobile"><div class="rh-layout">
<header class="rh-header">
<div class="rh-logo"><a href="../../index.htm"><img src="../../assets/images/ledgerline-logo.svg" alt="Ledgerline Desk Help"></a></div>
<div class="rh-header-title">Ledgerline Desk Help</div>
<div class="rh-searchbar" data-rhwidget="Basic"><input class="rh-search-input" type="search" placeholder="Search help" aria-label="Search help"
data-rhwidget="SearchInputBox"><button class="rh-search-btn" aria-label="Search"></button></div>
<nav class="rh-function-bar"><a href="#" class="rh-toolbar-btn" data-click="@l.toc_hidden(!@l.toc_hidden)">Hide navigation</a>
<a href="https://ledgerline.example/support" class="rh-toolbar-btn">Contact support</a></nav></header>
<div class="rh-main"><aside class="rh-layout-left" data-rhwidget="Basic" data-class="rh-hide:@l.toc_hidden">
<ul class="rh-tabs" role="tablist">${rTabs
  .map((t) => `<li role="tab"><a href="#" data-click="@l.active_tab('${t.toLowerCase()}')">${t}</a></li>`)
  .join('')}</ul>
<div class="toc-holder" data-rhwidget="List" data-rhtags="toc" data-itemname="item" data-config="{type:'toc'}"><ul class="rh-toc">
${links(rToc, 'book')}
<li class="page active"><a href="Recurring_invoices.htm">Recurring invoices</a></li></ul></div></aside>
<div class="rh-layout-right"><div class="topic-container"><div class="brs_breadcrumbs" data-rhwidget="Breadcrumbs">
<a href="../../index.htm">Home</a> &gt; <a href="../Sales.htm">Sales</a> &gt; <a href="Invoices.htm">Invoices</a></div>
<div class="brs_navigation"><div class="brs_previous"><a data-rhwidget="Basic" data-attr="href:.l.brsBack" href="Invoice_numbering.htm"
class="rh-btn-prev">Previous topic</a></div>
<div class="brs_next"><a data-rhwidget="Basic" data-attr="href:.l.brsNext" href="Credit_notes.htm" class="rh-btn-next">Next topic</a></div></div>
<div class="topic" id="rh-topic"><div class="topic-content">
<h1>${rTitle}</h1>
${ps(rIntro)}
<h2>Create a recurring template</h2>
<ol class="rh-steps">${lips(rCreate)}</ol>
<h2>How the schedule works</h2>
${ps(rSchedule)}
<h2>Changing or pausing a template</h2>
${ps(rChanges)}
<p class="Tip"><span class="TipLabel">Tip:</span> ${rTip}</p>
<div class="related-topics"><p class="RelatedTopicsHeading">Related Topics</p><ul>${links(rRelated)}</ul></div>
<div class="rh-feedback"><p>Did this topic help you?</p><a href="#" class="rh-fb-yes">Yes</a> <a href="#" class="rh-fb-no">No</a></div>
</div></div></div></div></div>
<footer class="rh-footer"><p>Ledgerline Desk 9 Help. Copyright © 2026 Ledgerline Software Ltd. All rights reserved.</p>
<p>Last built: 14 February 2026</p></footer></div>
<script type="text/javascript">rh._.exports({sync:true});rh.model.publish(rh.consts('KEY_TOPIC_TITLE'),"Setting up recurring invoices");</script>
</body></html>`;
const robohelp: TestPage = {
  name: 'heldout341-robohelp-frameless-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Create a recurring template', 'How the schedule works', 'Changing or pausing a template'],
  body: texts([...rIntro, ...rCreate, ...rSchedule, ...rChanges, `Tip: ${rTip}`]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ledgerline Desk Help', 'Hide navigation', 'Contact support', ...rTabs, ...rToc, 'Recurring invoices', 'Home', 'Previous topic', 'Next topic',
    'Related Topics', ...rRelated, 'Did this topic help you?', 'Yes', 'Ledgerline Desk 9 Help. Copyright © 2026 Ledgerline Software Ltd. All rights reserved.',
    'Last built: 14 February 2026',
  ],
};

export const HELDOUT341_A: readonly TestPage[] = [flare, robohelp];
