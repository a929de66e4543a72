import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout476-kit.js';

/**
 * Held-out batch 476, file b: a dishwasher troubleshooting knowledge article on a Salesforce Experience Cloud help site
 * (Aura template, Knowledge article fields), and an espresso machine troubleshooting page on a MediaWiki repair wiki (Vector 2022).
 */
const sTitle = 'Dishwasher does not drain at the end of the cycle';
const sSummary = 'Water left in the bottom of the tub after a cycle on DW-400 and DW-500 series dishwashers, with error F24 or without a code.';
const sSymptom = [
  'There is clear or dirty water in the sump when you open the door after the programme has finished.',
  'The display shows F24, or the programme stops with the tap light flashing.',
  'You hear the drain pump hum, but the water level does not go down.',
];
const sCause = [
  j(
    'In nine cases out of ten the filter assembly is blocked by food waste, or the drain hose is kinked behind the machine. Less often a',
    'piece of glass or a fruit stone is caught in the pump impeller, or the sink waste spigot still has its blanking plug after a new sink was fitted.',
  ),
];
const sSteps = [
  'Switch the dishwasher off at the wall socket.',
  'Take out the lower basket and turn the filter cylinder anticlockwise a quarter turn. Lift it out with the flat fine filter.',
  'Rinse both filters under the tap. Use a soft brush on the fine mesh; do not use a knife.',
  'Scoop or sponge out the water in the sump, then press the white pump cover down with a spoon until it clicks and springs back.',
  'Check the drain hose behind the machine for kinks. Where it joins the sink waste, the loop must rise at least 40 cm above the floor.',
  'Refit the filters, turn the cylinder clockwise until the arrows line up, and run the Rinse programme to test.',
];
const sResolution = [
  'Clean the filters and check the pump before you book a repair; most drain faults are fixed in ten minutes.',
  ...sSteps,
  j(
    'If the water still does not drain after these steps, or the pump cover does not move, book a visit from an engineer. Repairs caused',
    'by blocked filters are not covered by the manufacturer warranty.',
  ),
];
const sNav = ['Home', 'Product Support', 'Register a Product', 'Spare Parts', 'Contact Us'];
const sAttach = ['DW-400 filter cleaning.pdf'];
const sRelated = ['F15 error: water leak detected', 'Dishes are not dry at the end of the cycle', 'How to descale your dishwasher'];
const sField = (label: string, inner: string): string => `<div class="slds-form-element slds-form-element_readonly slds-form-element_stacked">
<span class="slds-form-element__label test-id__field-label-container"><span class="test-id__field-label">${label}</span></span>
<div class="slds-form-element__control"><span class="test-id__field-value slds-form-element__static"><lightning-formatted-rich-text
class="slds-rich-text-editor__output"><span part="formatted-rich-text">${inner}</span></lightning-formatted-rich-text></span></div></div>`;
const sHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Dishwasher does not drain at the end of the cycle</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${sSummary}">
<link rel="stylesheet" href="/support/s/sfsites/c/resource/1722855553000/FjordlineTheme/styles.css">
<script>window.Aura || (window.Aura = {}); window.Aura.bootstrap = {"execBootstrapJs":{"t":1764921100123}};
window.Aura.inlineJsLocker = []; window.Aura.appBootstrapStatus = "loaded";</script>
<script src="/support/s/sfsites/auraFW/javascript/eGx3MHlRT1p/aura_prod.js"></script>
<script src="/support/s/sfsites/l/%7B%22mode%22%3A%22PROD%22%7D/bootstrap.js?aura.attributes=%7B%7D"></script></head>
<body class="comm-body"><div class="siteforceSldsOneColLayout siteforceContentArea"><div class="cb-section_row slds-grid slds-wrap">
<div class="themeLayoutStarterWrapper isHeroUnderHeader-false"><div class="themeHeader"><div class="themeBgImage"></div>
<div class="themeHeaderInner"><div class="themeLogoContainer"><a href="/support/s/" class="comm-navigation__home-link"><img src="/support/s/logo.svg"
alt="Fjordline Appliances"></a></div><div class="themeNav"><nav class="forceCommunityThemeNav" aria-label="Navigation Menu"><ul class="mainNavItems">
${links(sNav, 'comm-navigation__list-item')}</ul></nav></div><div class="themeProfileMenu"><a class="slds-button" href="/support/s/login/">Log in</a></div>
<div class="themeSearch"><div class="forceSearchDesktopHeader" role="search"><input type="search" class="slds-input" placeholder="Search articles..."
aria-label="Search articles"></div></div></div></div>
<div class="body isPageWidthFixed-true"><div class="contentRegion comm-layout-column"><div class="forceCommunityArticleView">
<nav role="navigation" aria-label="Breadcrumbs" class="forceCommunityTopicsBreadcrumb"><ol class="slds-breadcrumb slds-list_horizontal">
<li class="slds-breadcrumb__item"><a href="/support/s/">Home</a></li><li class="slds-breadcrumb__item"><a
href="/support/s/topic/0TO5g000/dishwashers">Dishwashers</a></li>
</ol></nav>
<div class="forceCommunityArticleHeader"><div class="selfServiceArticleHeaderDetail"><h1 class="article-head slds-text-heading_large">${sTitle}</h1>
<div class="slds-text-body_small article-meta"><span class="uiOutputText">Article Number</span> <span class="uiOutputText">000014276</span>
<span class="uiOutputText">Last Published Date</span> <span class="uiOutputDateTime">10/14/2026</span></div></div></div>
<div class="forceCommunityArticleDetail"><div class="slds-form" role="list">
${sField('Summary', sSummary)}
${sField('Symptoms', `<ul>${lis(sSymptom)}</ul>`)}
${sField('Cause', ps(sCause))}
${sField('Resolution', `<p>${sResolution[0]}</p><ol>${lis(sSteps)}</ol><p>${sResolution[sResolution.length - 1]}</p>`)}
${sField('Applies To', 'DW-410, DW-420, DW-450, DW-510, DW-520')}
</div></div>
<div class="forceCommunityArticleAttachments"><h2 class="slds-text-heading_small">Attachments</h2><ul>${links(sAttach)}</ul></div>
<div class="selfServiceArticleVote"><h2 class="slds-text-heading_small">Was this article helpful?</h2><div class="slds-button-group" role="group">
<button class="slds-button slds-button_neutral">Yes</button><button class="slds-button slds-button_neutral">No</button></div></div>
</div></div><div class="sidebarRegion comm-layout-column"><div class="forceCommunityRelatedArticles"><h2 class="slds-card__header-title">Related Articles</h2>
<ul class="slds-has-dividers_bottom-space">${links(sRelated, 'slds-item')}</ul></div>
<div class="forceCommunityCaseDeflection"><h2 class="slds-card__header-title">Still need help?</h2>
<a class="slds-button slds-button_brand" href="/support/s/contactsupport">Book a repair</a></div></div></div>
<div class="themeFooter"><p>© 2026 Fjordline Appliances AS</p><ul class="footer-links">${links(['Privacy', 'Terms of Use', 'Cookie Preferences'])}</ul></div>
</div></div></div>
<div class="cookie-consent slds-docked-form-footer" role="dialog" aria-label="Cookie consent"><p>This site uses cookies to give you the best support
experience.</p>
<button class="slds-button slds-button_brand">Accept</button><button class="slds-button slds-button_neutral">Manage cookies</button></div>
<script>$A.getCallback(function(){ window.__SFDCIDP__ = "community"; })();</script></body></html>`;
const salesforce: TestPage = {
  name: 'heldout476-salesforce-dishwasher-drain',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Summary', 'Symptoms', 'Cause', 'Resolution', 'Applies To'],
  body: [sSummary, ...sSymptom, ...sCause, ...sResolution, 'DW-410, DW-420, DW-450, DW-510, DW-520'],
  bylines: ['Last Published Date', '10/14/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Log in', 'Article Number', '000014276', 'Attachments', ...sAttach,
    'Was this article helpful?', 'Yes', 'No', 'Related Articles', ...sRelated, 'Still need help?', '© 2026 Fjordline Appliances AS',
    'Privacy', 'Terms of Use', 'Cookie Preferences', 'This site uses cookies to give you the best support experience.', 'Accept', 'Manage cookies',
  ],
};

const mTitle = 'Espresso machine: pump runs but no water comes out';
const mLead = [
  j(
    'This page covers single-boiler espresso machines with a vibration pump, such as the Corvetto Uno and the Brenna Classic, where the',
    'pump makes its usual buzz but little or no water reaches the group head or the steam wand.',
  ),
  'Work through the causes in order. The first two need no tools and fix most machines.',
];
const mSections: { h: string; paras: string[] }[] = [
  {
    h: 'Air lock in the pump',
    paras: [
      j(
        'If the tank ran dry, the pump draws air and cannot push water against the boiler. Fill the tank, put a cup under the steam wand,',
        'open the steam knob and switch the pump on for 20 seconds. When water spits from the wand, close it and try the group head again.',
      ),
    ],
  },
  {
    h: 'Blocked tank inlet filter',
    paras: ['The white mesh filter at the end of the intake tube collects scale flakes. Pull it off, rinse it and soak it in descaler for ten minutes.'],
  },
  {
    h: 'Scaled solenoid valve',
    paras: [
      j(
        'Machines with a three-way solenoid valve can fail to open it when scale builds up on the plunger. You will hear a click when the',
        'brew switch is pressed but no flow. Descale the machine twice in a row; if that does not help, the valve must be taken apart.',
      ),
      'Unplug the machine and let it cool for at least an hour before you remove the top cover. The boiler holds water at about 120 °C.',
    ],
  },
  {
    h: 'Worn pump',
    paras: [
      j(
        'A vibration pump that has done more than 15,000 shots can lose pressure. A pump that sounds weaker or higher in pitch than usual is',
        'a sign of this. Replacement pumps are sold by wattage and flow; match the numbers on the old pump label.',
      ),
    ],
  },
];
const mSee = ['Descaling a single-boiler machine', 'Replacing a vibration pump'];
const mInfo = [
  ['Applies to', 'Vibration pump machines'],
  ['Difficulty', 'Easy to moderate'],
  ['Time', '10 to 60 minutes'],
  ['Tools', 'PH2 screwdriver, descaler'],
];
const mToc = ['(Top)', ...mSections.map((s) => s.h), 'See also'];
const mHead = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Espresso_machine:_pump_runs_but_no_water_comes_out&amp;action=edit" title="Edit section">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - BrewFix Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());RLCONF={"wgPageName":
"Espresso_machine:_pump_runs_but_no_water_comes_out","wgTitle":"${mTitle}","wgCurRevisionId":18823,"wgCategories":["Espresso machines","Troubleshooting"]};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><link rel="edit" title="Edit" href="/index.php?title=Espresso&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Espresso rootpage-Espresso skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown"><label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span
class="mw-logo-wordmark">BrewFix Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue"><form action="/index.php" id="searchform"><input type="search"
name="search" placeholder="Search BrewFix Wiki" aria-label="Search BrewFix Wiki" id="searchInput"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">Create
account</a></li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel"
class="vector-main-menu-landmark"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'], 'mw-list-item')}</ul></div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-hide-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
${mToc
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${i === 0 ? '' : t.replace(/ /g, '_')}">
<div class="vector-toc-text">${i === 0 ? '' : `<span class="vector-toc-numb">${i}</span>`}${t}</div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Page tools"><span class="vector-dropdown-label-text">Tools</span></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From BrewFix Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Repair guide</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSections.map((s) => `${mHead(s.h)}\n${ps(s.paras)}`).join('\n')}
${mHead('See also')}<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('')}</ul>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Espresso_machines">Espresso machines</a></li><li><a
href="/wiki/Category:Troubleshooting">Troubleshooting</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited
on 3 March 2026, at 14:02.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">
${links(['Privacy policy', 'About BrewFix Wiki', 'Disclaimers'])}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout476-mediawiki-espresso-no-water',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSections.map((s) => s.h), 'See also'],
  body: texts([...mLead, ...mSections.flatMap((s) => s.paras), ...mSee]),
  bylines: ['This page was last edited on 3 March 2026, at 14:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'BrewFix Wiki', 'Search', 'Create account', 'Log in', 'Main page', 'Recent changes', 'Random page',
    'Help about MediaWiki', 'Contents', 'hide', '(Top)', 'Discussion', 'Read', 'Edit', 'View history', 'From BrewFix Wiki', 'Repair guide',
    ...mInfo.flat().filter((t) => t !== 'Tools'), 'edit', 'Categories', 'Troubleshooting',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About BrewFix Wiki', 'Disclaimers',
  ],
};

export const HELDOUT476_B: readonly TestPage[] = [salesforce, wiki];
