import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 168, file a2: a Puppet documentation page in the MadCap Flare "help.puppet.com" template (the top nav with
 * product menu and search, the version drop-down, the side navigation tree, the "You are here" breadcrumb, a note box and a
 * table in the topic, "Related information" links, the "Was this page helpful?" widget, the hidden print header and the
 * OneTrust cookie banner).
 */
const ppTitle = 'Tuning the agent run interval';
const ppP0 = [
  'By default, the Puppet agent service requests a catalog from the primary server every 30 minutes. On large estates that can ' +
    'mean thousands of catalog compilations an hour, and changing the interval is one of the simplest ways to take load off ' +
    'your compilers.',
  'This topic explains how the interval and splay settings work together, and how to change them safely across a fleet.',
];
const ppH1 = 'How runinterval and splay interact';
const ppP1 = [
  'The <code>runinterval</code> setting controls how long the agent waits after one run finishes before starting the next. ' +
    'If a run takes four minutes and the interval is 30 minutes, runs begin roughly every 34 minutes, not every 30.',
  'When many agents start at the same moment, for example after a data centre power event, they all ask for catalogs at once. ' +
    'Enabling <code>splay</code> makes each agent wait a random amount of time, up to <code>splaylimit</code>, before its first run, ' +
    'which spreads those requests out.',
];
const ppNote =
  'Note: The splay delay is calculated once when the agent service starts, so a restarted agent keeps the same offset until its ' + 'next restart.';
const ppH2 = 'Recommended values';
const ppP2 = ['The following starting points suit most installations. Measure compiler load for a week after any change.'];
const ppRows = [
  ['Fewer than 1,000 nodes', '30m', 'false'],
  ['1,000 to 5,000 nodes', '45m', 'true, splaylimit 15m'],
  ['More than 5,000 nodes', '60m', 'true, splaylimit 30m'],
];
const ppH3 = 'Change the interval with a class';
const ppP3 = ['Rather than editing <code>puppet.conf</code> by hand, manage the setting with an <code>ini_setting</code> resource so it stays consistent:'];
const ppSteps = [
  'Add the <code>puppetlabs-inifile</code> module to your Puppetfile and deploy your code.',
  'Create a profile class that sets <code>runinterval</code> in the <code>[agent]</code> section of <code>puppet.conf</code>.',
  'Classify a small test group of agents with the profile and wait for two runs to complete.',
  'Check the run timestamps in the console to confirm the new interval, then classify the rest of the fleet.',
];
const ppCode = `ini_setting { 'agent runinterval':
  ensure  => present,
  path    => "\${settings::confdir}/puppet.conf",
  section => 'agent',
  setting => 'runinterval',
  value   => '45m',
}`;
const ppP4 = [
  'The agent reads the new value on its next run and applies it from the run after that, so there is no need to restart the service.',
  'If you also enable splay, restart the agent service once on each node so that the random delay is recalculated.',
];
const ppTop = ['Products', 'Puppet Core', 'Puppet Enterprise', 'Continuous Delivery', 'Security Compliance Enforcement', 'Forge', 'Support'];
const ppSide = [
  'Puppet Core 8',
  'Release notes',
  'Installing and upgrading',
  'Configuration',
  'Configuring agents',
  'Agent run behaviour',
  'Settings reference',
  'Language',
  'Modules',
  'Troubleshooting',
];
const ppCrumbs = ['You are here:', 'Puppet Core', 'Configuration', 'Configuring agents'];
const ppRelated = ['Settings reference: runinterval', 'Triggering agent runs on demand', 'Sizing compilers for large installations'];
const ppHelpful = ['Was this page helpful?', 'Yes', 'No', 'Thanks for your feedback!'];
const ppFoot = ['Contact us', 'Legal', 'Privacy', 'Cookie settings', 'Accessibility', '© 2025 Perforce Software, Inc.'];
const ppCookie = [
  'We use cookies and similar technologies to make our site work, to analyse traffic and to personalise content. You can change your ' + 'choices at any time.',
  'Cookies Settings',
  'Reject All',
  'Accept All Cookies',
];
const ppHtml = `<!DOCTYPE html>
<html xmlns:MadCap="http://www.madcapsoftware.com/Schemas/MadCap.xsd" lang="en-us" xml:lang="en-us" class="_Skins_SideNav" data-mc-search-type="Stem"
data-mc-help-system-file-name="Default.xml"
data-mc-path-to-help-system="../../" data-mc-has-content-body="True" data-mc-toc-path="Configuration|Configuring agents"
data-mc-target-type="WebHelp2" data-mc-runtime-file-type="Topic;Default"><head><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="description" content="How runinterval and splay work together.">
<title>Tuning the agent run interval</title><link href="../../Skins/Default/Stylesheets/Slideshow.css" rel="stylesheet" data-mc-generated="True">
<link href="../../Skins/Default/Stylesheets/Components/Styles.css" rel="stylesheet" data-mc-generated="True">
<link href="../Resources/Stylesheets/Puppet.css" rel="stylesheet"><script src="../../Resources/Scripts/jquery.min.js"></script>
<script src="../../Resources/Scripts/require.min.js"></script><script src="../../Resources/Scripts/MadCapAll.js"></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0193-puppet"></script></head>
<body><div class="foundation-wrap off-canvas-wrapper"><div class="off-canvas-content inner-wrap" data-off-canvas-content>
<div class="title-bar-container vertical" data-sticky-container><nav class="title-bar tab-bar" role="banner" data-sticky data-options="marginTop:0">
<div class="title-bar-layout outer-row"><div class="logo-wrapper"><a class="logo" href="../../Default.htm" alt="Logo"><span
class="sr-only">Puppet Docs</span></a></div>
<div class="navigation-wrapper nocontent"><ul class="navigation clearfix" role="navigation" data-mc-css-tree-node-has-children="has-children">
${links(ppTop, 'tree-node')}</ul></div><div class="nav-search-wrapper"><div class="nav-search row"><form class="search" action="#">
<div class="search-bar search-bar-container needs-pie"><input class="search-field needs-pie" type="search" placeholder="Search">
<div class="search-submit-wrapper" dir="ltr"><div class="search-submit" title="Search"><span>Search</span></div></div></div></form></div></div></div></nav>
<div class="print-header" style="display:none">Puppet Core 8 documentation - printed copy</div></div>
<div class="main-section"><div class="row outer-row sidenav-layout"><nav class="sidenav-wrapper"><div class="sidenav-container">
<div class="version-select"><label for="ver">Version</label><select id="ver"><option>8.x (latest)</option><option>7.x</option></select></div>
<ul class="off-canvas-accordion vertical menu sidenav" data-mc-css-tree-node-expanded="is-accordion-submenu-parent" data-mc-toc="True">
${links(ppSide, 'tree-node')}</ul></div></nav>
<div class="body-container"><div data-mc-content-body="True"><div class="MCBreadcrumbsBox_0 breadcrumbs" role="navigation" aria-label="Breadcrumbs">
<span class="MCBreadcrumbsPrefix">${ppCrumbs[0]} </span><a class="MCBreadcrumbsLink" href="../puppet_core.htm">${ppCrumbs[1]}</a>
<span class="MCBreadcrumbsDivider"> &gt; </span><a class="MCBreadcrumbsLink" href="../config.htm">${ppCrumbs[2]}</a>
<span class="MCBreadcrumbsDivider"> &gt; </span><a class="MCBreadcrumbsLink" href="config_agents.htm">${ppCrumbs[3]}</a>
<span class="MCBreadcrumbsDivider"> &gt; </span><span class="MCBreadcrumbs">${ppTitle}</span></div>
<div role="main" id="mc-main-content"><h1>${ppTitle}</h1>
${ppP0.map((p) => `<p class="shortdesc">${p}</p>`).join('\n')}
<h2>${ppH1}</h2>
${ppP1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="note"><p><span class="note-label">Note:</span> ${ppNote.slice(6)}</p></div>
<h2>${ppH2}</h2>
<p>${ppP2[0]}</p>
<table class="TableStyle-Puppet" cellspacing="0"><thead><tr><th>Estate size</th><th>runinterval</th><th>splay</th></tr></thead><tbody>
${ppRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${ppH3}</h2>
<p>${ppP3[0]}</p>
<ol>${ppSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<pre class="codeblock"><code>${ppCode.replace(/>/g, '&gt;')}</code></pre>
${ppP4.map((p) => `<p>${p}</p>`).join('\n')}
<div class="related-links"><p class="related-title">Related information</p><ul>${links(ppRelated)}</ul></div>
</div></div>
<div class="feedback-widget"><p>${ppHelpful[0]}</p><button class="fb-yes">${ppHelpful[1]}</button><button class="fb-no">${ppHelpful[2]}</button>
<p class="fb-thanks" hidden>${ppHelpful[3]}</p></div></div></div></div>
<footer class="footer"><ul class="footer-links">${links(ppFoot.slice(0, 5))}</ul><p>${ppFoot[5]}</p></footer></div></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p
id="onetrust-policy-text">${ppCookie[0]}</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${ppCookie[1]}</button><button id="onetrust-reject-all-handler">${ppCookie[2]}</button>
<button id="onetrust-accept-btn-handler">${ppCookie[3]}</button></div></div></body></html>`;
export const puppetPage: TestPage = {
  name: 'heldout168-puppet-docs',
  kind: 'docs',
  html: ppHtml,
  // the note box is part of the topic (body); table data cells are body, the header cells in neither list; the last
  // breadcrumb repeats the title and is left out
  title: ppTitle,
  headings: [ppH1, ppH2, ppH3],
  body: texts([...ppP0, ...ppP1, ppNote, ...ppP2, ...ppRows.flat(), ...ppP3, ...ppSteps, ...ppP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Puppet Docs', ...ppTop, 'Search', 'Puppet Core 8 documentation - printed copy', 'Version', '8.x (latest)', '7.x', ...ppSide, ...ppCrumbs,
    'Related information', ...ppRelated, ...ppHelpful, ...ppFoot, ...ppCookie,
  ],
};
