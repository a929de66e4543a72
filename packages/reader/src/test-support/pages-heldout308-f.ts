import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout308-kit.js';

/**
 * Held-out batch 308, file f: a device maker's knowledge-base article on Salesforce Experience Cloud (Aura/LWC markup with
 * slds classes, article number and field labels, "Was this article helpful?", related articles, community footer) and a
 * printer troubleshooting topic in MadCap Flare HTML5 Top Navigation output (top menu, side navigation, breadcrumbs,
 * drop-down sections, mini-TOC, topic toolbar, footer).
 */
const cTitle = 'Watch will not pair with your phone after a software update';
const cSummary = 'If your Corvane watch stopped pairing after updating to WearOS-C 6.1, reset the Bluetooth link on both devices.';
const cCause = [
  j(
    'The 6.1 update changes the way the watch stores the security keys it shares with your phone. On a small number of watches',
    'the old keys are kept, so the phone rejects the connection and the Corvane Companion app shows "Watch not found".',
  ),
];
const cSteps = [
  'On your phone, open Bluetooth settings, find your Corvane watch and choose Forget or Unpair.',
  'On the watch, go to Settings > Connections > Bluetooth and tap Reset connections. Your data and watch faces are kept.',
  'Restart both the phone and the watch.',
  'Open the Corvane Companion app, tap Add a device and follow the pairing steps.',
];
const cAfter = [
  j(
    'Pairing usually takes under two minutes. Health data recorded while the watch was disconnected is stored on the watch for up',
    'to seven days and syncs automatically once the connection is back.',
  ),
  j(
    'If pairing still fails, make sure the Companion app is version 6.1.2 or later, as older versions cannot read the new keys. As',
    'a last resort, a factory reset from Settings > System > Reset will fix the problem, but you will need to restore your watch',
    'from a backup.',
  ),
];
const cHeadings = ['Summary', 'Cause', 'Resolution', 'Additional information'];
const cRelated = ['Back up and restore your Corvane watch', 'Update the Corvane Companion app', 'Notifications stop after the watch sleeps'];
const cField = (label: string, value: string): string => `<div class="slds-form-element slds-form-element_readonly slds-form-element_stacked">
<span class="slds-form-element__label">${label}</span><div class="slds-form-element__control"><div class="slds-form-element__static">
<lightning-formatted-text>${value}</lightning-formatted-text></div></div></div>`;
const cRich = (heading: string, inner: string): string => `<div class="slds-form-element slds-form-element_readonly slds-form-element_stacked">
<h2 class="slds-form-element__label slds-text-heading_small">${heading}</h2><div class="slds-form-element__control"><div class="slds-form-element__static">
<lightning-formatted-rich-text class="slds-rich-text-editor__output"><span>${inner}</span></lightning-formatted-rich-text></div></div></div>`;
const cHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${cTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${cSummary}">
<link rel="canonical" href="https://support.corvane.example/s/article/watch-will-not-pair-after-update?language=en_US">
<script>window.Aura || (window.Aura = {}); window.Aura.bootstrap = {"execBootstrapJs":1773400000000}; window.Aura.inlineJsReady = true;</script>
<script src="/s/sfsites/auraFW/javascript/MzRqX0ZvYl9hT1VHdkF2/aura_prod.js"></script></head>
<body class=""><div class="siteforceThemeLayoutStarter"><div class="themeLayoutStarterWrapper">
<div class="cCorvaneThemeLayout" data-aura-class="cCorvaneThemeLayout">
<header class="themeHeader"><div class="themeLogo"><a href="/s/">Corvane Support</a></div><nav class="comm-navigation" aria-label="Global">
<ul class="comm-navigation__list">${links(['Home', 'Products', 'Downloads', 'Community', 'Contact Support'], 'comm-navigation__item')}</ul></nav>
<div class="forceCommunityGlobalSearchInput"><input class="slds-input" type="search" placeholder="Search Corvane Support..."></div>
<a class="comm-user-profile-menu__trigger" href="/s/login/">Log In</a></header>
<div class="body cCenterPanel" role="main"><div class="forceCommunityBreadcrumbs"><nav role="navigation" aria-label="Breadcrumbs"><ol class="slds-breadcrumb
slds-list_horizontal">${links(['Home', 'Smartwatches', 'Knowledge'], 'slds-breadcrumb__item')}</ol></nav></div>
<div class="forceCommunityArticleView"><article class="slds-card selfServiceArticleLayout"><div class="slds-card__header slds-grid">
<h1 class="slds-page-header__title article-head">${cTitle}</h1></div>
<div class="slds-card__body slds-card__body_inner"><div class="selfServiceArticleHeaderDetail"><span class="uiOutputDate">Mar 4, 2026</span>
<span class="slds-text-body_small">•</span> <span class="articleNumber">Article Number 000041877</span></div>
<div class="test-id__section slds-section slds-is-open full forcePageBlockSection"><div class="slds-section__content">
${cRich(cHeadings[0] ?? '', cSummary)}
${cRich(cHeadings[1] ?? '', ps(cCause))}
${cRich(cHeadings[2] ?? '', `<ol>${lis(cSteps)}</ol>`)}
${cRich(cHeadings[3] ?? '', ps(cAfter))}
${cField('Applies To', 'Corvane Pulse 3, Corvane Pulse 3 Pro, Corvane Trail')}
${cField('Article Type', 'Troubleshooting')}</div></div></div>
<div class="forceCommunityArticleFeedback"><div class="selfServiceArticleFeedback"><h3 class="slds-text-heading_small">Was this article helpful?</h3>
<button class="slds-button slds-button_neutral">Yes</button><button class="slds-button slds-button_neutral">No</button>
<span class="voteCount">1,204 people found this helpful</span></div></div></article>
<aside class="forceCommunityRelatedArticles"><h2 class="slds-card__header-title">Related Articles</h2><ul class="slds-has-dividers_bottom-space">
${links(cRelated, 'slds-item')}</ul></aside>
<div class="cContactCta"><p>Still need help? Our team is available every day from 8am to 8pm.</p>
<a class="slds-button slds-button_brand" href="/s/contact">Contact
us</a></div></div></div>
<footer class="cCorvaneFooter"><ul>${links(['Privacy Statement', 'Terms of Use', 'Cookie Preferences', 'Recycling'])}</ul>
<p>© 2026 Corvane Technologies Oy. All rights reserved.</p></footer></div></div></div>
<script>$A.getCallback(function(){ window.$A.getRoot(); });</script></body></html>`;
const salesforce: TestPage = {
  name: 'heldout308-salesforce-experience-kb',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeadings,
  body: texts([cSummary, ...cCause, ...cSteps, ...cAfter, 'Corvane Pulse 3, Corvane Pulse 3 Pro, Corvane Trail']),
  bylines: ['Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corvane Support', 'Home', 'Products', 'Downloads', 'Community', 'Contact Support', 'Log In', 'Smartwatches', 'Knowledge', 'Article Number 000041877',
    'Applies To', 'Article Type', 'Troubleshooting', 'Was this article helpful?', '1,204 people found this helpful', 'Related Articles', ...cRelated,
    'Still need help? Our team is available every day from 8am to 8pm.', 'Contact us', 'Privacy Statement', 'Terms of Use', 'Cookie Preferences',
    'Recycling', '© 2026 Corvane Technologies Oy. All rights reserved.',
  ],
};

const pTitle = 'Streaks, faded prints and missing lines';
const pIntro = [
  j(
    'Most print quality problems on the Tessaly Inkline 480 are caused by dried ink in the print head nozzles, especially if the',
    'printer has not been used for a week or more. Work through the checks below in order, and print a test page after each one.',
  ),
];
const pHeadings = ['Check the ink levels', 'Run a nozzle check', 'Clean the print head', 'Align the print head'];
const pInk = [
  j(
    'On the printer control panel, tap Ink to see the estimated level of each cartridge. Replace any cartridge shown in red. Only',
    'genuine Tessaly ink is guaranteed to work with the head cleaning cycle.',
  ),
];
const pNozzle = [
  'Load plain A4 paper into the rear tray.',
  'On the control panel, tap Settings > Maintenance > Nozzle Check.',
  'Compare the printed pattern with the example on screen. Gaps in the lines mean some nozzles are blocked.',
];
const pClean = [
  j(
    'If the nozzle check shows gaps, run Head Cleaning from the same Maintenance menu. Each cycle uses a small amount of ink and',
    'takes about a minute. Print another nozzle check afterwards.',
  ),
  j(
    'Do not run more than three cleaning cycles in a row. If the lines are still broken, switch the printer off, leave it for at',
    'least six hours so the ink can soak into dried nozzles, then try one more cycle.',
  ),
];
const pAlign = [
  j(
    'If text looks blurred or vertical lines are jagged rather than faded, the head is out of alignment. Tap Maintenance > Print Head',
    'Alignment and follow the on-screen steps. The printer prints a sheet of patterns and asks you to pick the most even one.',
  ),
];
const pNote = 'Leaving the printer plugged in lets it run a short automatic cleaning cycle once a week, which prevents most blockages.';
const pMenu = ['Get started', 'Printing', 'Scanning', 'Care and cleaning', 'Troubleshooting', 'Specifications'];
const pSide = ['Paper jams', 'Streaks, faded prints and missing lines', 'Printer is offline', 'Error codes'];
const pHtml = `<!DOCTYPE html><html xmlns:MadCap="http://www.madcapsoftware.com/Schemas/MadCap.xsd" lang="en-us" xml:lang="en-us"
class="_Skins_HTML5___Top_Navigation" data-mc-search-type="Stem" data-mc-help-system-file-name="Default.xml" data-mc-path-to-help-system="../../"
data-mc-has-content-body="True" data-mc-toc-path="Troubleshooting" data-mc-target-type="WebHelp2" data-mc-runtime-file-type="Topic;Default">
<head><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta charset="utf-8"><meta name="description" content="${pIntro[0]}">
<title>${pTitle}</title><link href="../../Skins/Default/Stylesheets/Slideshow.css" rel="stylesheet" data-mc-generated="True">
<link href="../Resources/Stylesheets/Inkline.css" rel="stylesheet"><script src="../../Resources/Scripts/require.min.js"></script>
<script src="../../Resources/Scripts/MadCapAll.js"></script></head>
<body><div class="foundation-wrap off-canvas-wrapper"><div class="off-canvas-wrapper-inner" data-off-canvas-wrapper="">
<div class="title-bar-layout outer-row"><div class="logo-wrapper"><a class="logo" href="../Home.htm" alt="Logo"></a></div>
<div class="navigation-wrapper nocontent"><ul class="navigation clearfix" role="navigation" data-mc-css-tree-node-has-children="has-children"
data-mc-css-sub-menu="sub-menu" data-mc-expand-event="mouseenter" data-mc-top-nav-menu="True" data-mc-max-depth="3" data-mc-include-icon="False"
data-mc-linked-toc="Data/Tocs/Inkline480.js" data-mc-toc="True">${links(pMenu, 'tree-node')}</ul></div>
<div class="nav-search-wrapper"><div class="nav-search row"><form class="search" action="#"><div class="search-bar search-bar-container needs-pie">
<input class="search-field needs-pie" type="search" aria-label="Search Field" placeholder="Search"></div></form></div></div></div>
<div class="main-section"><div class="row outer-row sidenav-layout"><nav class="sidenav-wrapper"><div class="sidenav-container">
<ul class="off-canvas-accordion vertical menu sidenav" data-mc-css-tree-node-expanded="is-accordion-submenu-parent" data-mc-toc="True">
${links(pSide, 'is-accordion-submenu-parent')}</ul></div></nav>
<div class="body-container"><div data-mc-content-body="True"><div class="MCBreadcrumbsBox_0 breadcrumbs" role="navigation" aria-label="Breadcrumbs"
data-mc-breadcrumbs-divider=" &gt; " data-mc-breadcrumbs-count="3" data-mc-toc="True"><span class="MCBreadcrumbsPrefix">You are here: </span>
<a class="MCBreadcrumbsLink" href="../Home.htm">Inkline 480 Help</a><span class="MCBreadcrumbsDivider"> &gt; </span><a class="MCBreadcrumbsLink"
href="Troubleshooting.htm">Troubleshooting</a><span class="MCBreadcrumbsDivider"> &gt; </span><span class="MCBreadcrumbs">${pTitle}</span></div>
<div class="buttons popup-container clearfix topicToolbarProxy _Skins_TopicToolbar mc-component nocontent"><div class="button-group-container-left">
<button class="button needs-pie print-button" title="Print">Print this topic</button>
<button class="button needs-pie expand-all-button" title="Expand all">Expand
all</button></div></div>
<div role="main" id="mc-main-content"><h1>${pTitle}</h1>${ps(pIntro)}
<div class="MCMiniTocBox_0"><p class="MiniTOC1_0"><a class="MiniTOC1" href="#check-ink">${pHeadings[0]}</a></p><p class="MiniTOC1_0"><a class="MiniTOC1"
href="#nozzle">${pHeadings[1]}</a></p></div>
<h2 id="check-ink">${pHeadings[0]}</h2>${ps(pInk)}
<h2 id="nozzle">${pHeadings[1]}</h2><ol>${lis(pNozzle)}</ol>
<div class="MCDropDown MCDropDown_Open dropDown"><span class="MCDropDownHead dropDownHead"><a class="MCDropDownHotSpot dropDownHotspot
MCDropDownHotSpot_" href="javascript:void(0)"><img class="MCDropDown_Image_Icon" src="../../Skins/Default/Stylesheets/Images/transparent.gif"
alt="Open">What a good nozzle check looks like</a></span><div class="MCDropDownBody dropDownBody"><p>A good pattern shows every line unbroken, in all
four colours.</p></div></div>
<h2>${pHeadings[2]}</h2>${ps(pClean)}
<div class="note"><p><span class="noteLabel">Tip: </span>${pNote}</p></div>
<h2>${pHeadings[3]}</h2>${ps(pAlign)}</div></div>
<div class="topic-footer"><p class="feedback">Was this topic helpful? <a href="mailto:docs@tessaly.example">Send us feedback</a></p></div></div></div></div>
<footer class="footer-layout"><p>© 2026 Tessaly Imaging AG. Inkline is a trademark of Tessaly Imaging AG.</p></footer></div></div>
<script>MadCap.Utilities.LoadHandlers.MadCapDropDown = function(){};</script></body></html>`;
const flare: TestPage = {
  name: 'heldout308-madcap-flare-troubleshooting',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeadings,
  body: texts([...pIntro, ...pInk, ...pNozzle, 'A good pattern shows every line unbroken, in all four colours.', ...pClean, pNote, ...pAlign]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pMenu.filter((t) => t !== 'Troubleshooting'), 'Troubleshooting', 'Paper jams', 'Printer is offline', 'Error codes', 'You are here:',
    'Inkline 480 Help', 'Print this topic', 'Expand all', 'What a good nozzle check looks like', 'Tip:', 'Was this topic helpful?', 'Send us feedback',
    '© 2026 Tessaly Imaging AG. Inkline is a trademark of Tessaly Imaging AG.',
  ],
};

export const HELDOUT308_F: readonly TestPage[] = [salesforce, flare];
