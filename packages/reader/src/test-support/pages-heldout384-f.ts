import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file f: a Home Assistant integration documentation page (the Jekyll site of home-assistant.io: site
 * header with Overview / Installation / Documentation / Integrations / Blog / Need help?, the article with its h1, h2
 * sections, a configuration-variables list, a note block and a table, the aside with "Integration information", "On this
 * page" and "Categories", the "Help us improve our documentation" box, and the footer).
 */
const hTitle = 'Norrvind Air';
const hIntro = [
  j(
    'The <strong>Norrvind Air</strong> integration lets you control Norrvind heat-recovery ventilation units from Home Assistant.',
    'It talks to the unit over your local network, so it keeps working when the internet connection is down, and it updates every',
    '30 seconds.',
  ),
];
const hPre = [
  'The unit must run firmware 3.4 or later. You can check the version in the Norrvind app under Unit settings.',
  'Local access must be switched on in the Norrvind app, and the unit needs a fixed IP address or a DHCP reservation on your router.',
];
const hCfg = [
  j(
    'Devices are discovered automatically when they announce themselves on the network. If discovery does not find your unit, go to',
    '<strong>Settings</strong> &gt; <strong>Devices &amp; services</strong>, select <strong>Add integration</strong> and search for',
    'Norrvind Air.',
  ),
];
const hVars: readonly (readonly [string, string])[] = [
  ['Host', 'The IP address or host name of the ventilation unit.'],
  ['Access code', 'The six-digit code shown in the Norrvind app after local access is switched on.'],
];
const hEnt: readonly (readonly [string, string])[] = [
  ['Fan', 'Sets the ventilation level from 1 to 4, or boost for 30 minutes.'],
  ['Supply air temperature', 'Temperature of the air blown into the rooms.'],
  ['Filter remaining', 'Days left before the filters should be replaced.'],
  ['Summer bypass', 'A switch that sends outdoor air past the heat exchanger on warm nights.'],
];
const hNote = 'Changing the fan level from Home Assistant overrides the weekly schedule on the unit until the next scheduled step.';
const hTrouble = [
  j(
    'If the entities show as unavailable, check that the unit still has the same IP address and that local access has not been',
    'switched off by a firmware update. Units that are restarted take about two minutes before they answer again.',
  ),
  'To collect debug logs, enable debug logging on the integration card, reproduce the problem and then disable it again to download the log.',
];
const hRemove = ['This integration follows standard integration removal. No extra steps are required.'];
const hHead = ['Prerequisites', 'Configuration', 'Supported entities', 'Troubleshooting', 'Removing the integration'];
const hNav = ['Overview', 'Installation', 'Documentation', 'Integrations', 'Blog', 'Need help?'];
const hFoot = [
  'Home Assistant is open source home automation that puts local control and privacy first.',
  'System Status',
  'Code of Conduct',
  'Credits',
  'Privacy',
  'Security',
  'Terms of Service',
];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle} - Home Assistant</title>
<meta name="description" content="Instructions on how to integrate Norrvind ventilation units into Home Assistant.">
<meta property="og:title" content="${hTitle}"><meta property="og:site_name" content="Home Assistant">
<link rel="canonical" href="https://www.home-assistant.io/integrations/norrvind/"><link rel="stylesheet" href="/stylesheets/screen.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${hTitle}","publisher":{"@type":"Organization",
"name":"Home Assistant"}}</script></head>
<body><header class="site-header"><div class="grid-wrapper"><div class="grid"><div class="grid__item three-tenths"><a href="/" class="site-title">
Home Assistant</a></div><div class="grid__item seven-tenths"><nav><ul class="site-header__nav">${links(hNav)}</ul></nav></div></div></div></header>
<div class="grid-wrapper"><div class="grid grid-center"><div class="grid__item two-thirds lap-one-whole palm-one-whole">
<article class="page"><div class="edit-github">
<a href="https://github.example/home-assistant/home-assistant.io/tree/current/source/_integrations/norrvind.markdown">Edit</a></div>
<div class="integration-header"><h1 class="title indent">${hTitle}</h1>
<div class="brand-logo-container"><img src="https://brands.home-assistant.example/norrvind/logo.png" alt=""></div></div>
${ps(hIntro)}
<p><a class="my badge" href="https://my.home-assistant.example/redirect/config_flow_start?domain=norrvind" target="_blank">Add integration to my Home
Assistant</a></p>
<h2 id="prerequisites"><a class="title-link" name="prerequisites" href="#prerequisites"></a> Prerequisites</h2>
<ul>${hPre.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="configuration"><a class="title-link" name="configuration" href="#configuration"></a> Configuration</h2>
${ps(hCfg)}
<div class="config-vars"><dl>${hVars.map(([k, d]) => `<dt>${k}</dt><dd>${d}</dd>`).join('\n')}</dl></div>
<h2 id="supported-entities"><a class="title-link" name="supported-entities" href="#supported-entities"></a> Supported entities</h2>
<table><thead><tr><th>Entity</th><th>Description</th></tr></thead><tbody>
${hEnt.map(([k, d]) => `<tr><td>${k}</td><td>${d}</td></tr>`).join('\n')}</tbody></table>
<div class="note"><p class="note-title">Note</p><p>${hNote}</p></div>
<h2 id="troubleshooting"><a class="title-link" name="troubleshooting" href="#troubleshooting"></a> Troubleshooting</h2>
${ps(hTrouble)}
<h2 id="removing-the-integration"><a class="title-link" name="removing-the-integration" href="#removing-the-integration"></a> Removing the integration</h2>
${ps(hRemove)}
<div class="feedback"><h3>Help us improve our documentation</h3><p>Suggest an edit to this page, or provide feedback or report a problem with the
documentation.</p><a class="button" href="/feedback">Provide feedback</a></div>
<p class="note">The Norrvind Air integration was introduced in Home Assistant 2025.9, and it's used by <a href="/analytics">412 active installations</a>. Its
IoT class is Local Polling.</p></article></div>
<aside id="sidebar" class="grid__item one-third lap-one-whole palm-one-whole"><div class="section"><h1 class="title epsilon">On this page</h1>
<ul class="toc">${links(hHead)}</ul></div>
<div class="section"><h1 class="title epsilon">Integration information</h1><div class="integration-info"><p>Quality scale: Silver</p>
<p>Source: <a href="https://github.example/home-assistant/core/tree/dev/homeassistant/components/norrvind">norrvind</a></p>
<p>Code owners: <a href="https://github.example/elinmork">@elinmork</a></p>
<p><a href="https://github.example/home-assistant/core/issues?q=label%3A%22integration%3A+norrvind%22">Known issues</a></p></div></div>
<div class="section"><h1 class="title epsilon">Categories</h1><ul class="divided sidebar-menu">${links(['Climate', 'Fan', 'Sensor', 'Switch'])}</ul></div>
</aside></div></div>
<footer><div class="grid-wrapper"><p>${hFoot[0]}</p><ul>${links(hFoot.slice(1))}</ul><p>Website powered by Jekyll and the Oscailte theme. Hosted by
Netlify.</p></div></footer>
<script src="/javascripts/site.js"></script></body></html>`;
export const homeAssistant: TestPage = {
  name: 'heldout384-home-assistant-integration',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHead,
  body: texts([...hIntro, ...hPre, ...hCfg, ...hVars.flatMap((r) => [...r]), ...hEnt.flatMap((r) => [...r]), hNote, ...hTrouble, ...hRemove]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Edit', 'Add integration to my Home Assistant', 'Note', 'Help us improve our documentation',
    'Suggest an edit to this page, or provide feedback or report a problem with the documentation.', 'Provide feedback',
    "The Norrvind Air integration was introduced in Home Assistant 2025.9, and it's used by 412 active installations. Its IoT class is Local Polling.",
    'On this page', 'Integration information', 'Quality scale: Silver', 'Source:', 'Code owners:', '@elinmork', 'Known issues', 'Categories', 'Climate',
    'Sensor', 'Switch', ...hFoot, 'Website powered by Jekyll and the Oscailte theme. Hosted by Netlify.',
  ],
};
