import { links, type TestPage, texts } from './page-kit.js';
import { twitchPage } from './pages-heldout180-f2.js';

/**
 * Held-out batch 180, file f: a PagerDuty knowledge base article on support.pagerduty.com (a ReadMe hub with the PagerDuty
 * header links, "Log In" and "Sign Up", search, the grouped rm-Sidebar, the title with its excerpt, a "Requirements"
 * callout at the top of the text with plan and permission lines, an info and a danger callout, a table, a figure caption,
 * "Updated 2 months ago", the "Did this page help you?" rating, the "Table of Contents" rail and the footer) and, from
 * file f2, a Twitch developer documentation page.
 */
const pdTitle = 'Maintenance Windows';
const pdExcerpt = 'Temporarily disable incident creation on services while you carry out planned work.';
const pdReqH = 'Requirements';
const pdReq = [
  'Availability: Maintenance windows are available on all current plans.',
  'Required User Permissions: Users with the Manager, Admin or Account Owner role can create and edit maintenance windows.',
];
const pdH1 = 'About Maintenance Windows';
const pdP1 = [
  'A maintenance window stops a service from creating incidents for a set period. Events that arrive during the window are ' +
    'still recorded in the service’s alert log, but they do not open incidents and nobody is notified. When the window ends, ' +
    'the service returns to normal and new events create incidents again.',
  'Use maintenance windows for planned work that you know will trigger alerts, such as a database upgrade or a network change. ' +
    'For unplanned noise, consider event rules or alert grouping instead.',
];
const pdInfoH = 'Open incidents';
const pdInfo =
  'A maintenance window does not resolve or pause incidents that were already open when it started. Resolve them manually if ' +
  'they are caused by the planned work.';
const pdH2 = 'Create a Maintenance Window';
const pdSteps = [
  'In the web app, navigate to <strong>Services</strong> → <strong>Maintenance Windows</strong> and click <strong>+ New Maintenance Window</strong>.',
  'Select one or more services. You can add up to 30 services to a single window.',
  'Enter a description, such as “Eastgate warehouse network switch replacement”, so responders can see why alerts are quiet.',
  'Choose the start and end times, or select <strong>Start now</strong> and a duration.',
  'Click <strong>Create Maintenance Window</strong>.',
];
const pdCaption = 'Creating a maintenance window for two services';
const pdH3 = 'Maintenance Window States';
const pdTable = [
  ['State', 'Description'],
  ['Future', 'The window is scheduled and has not started. You can edit or delete it.'],
  ['Ongoing', 'The window is active. You can end it early or change its end time.'],
  ['Past', 'The window has ended. It is kept for reference and cannot be edited.'],
];
const pdH4 = 'End a Maintenance Window Early';
const pdP4 = [
  'If the work finishes ahead of schedule, open the ongoing window and click <strong>End Now</strong>. The services start ' +
    'creating incidents again immediately, so check the alert log for anything that still looks wrong before you end the window.',
  'When the Eastgate team replaced its core switch, the work took forty minutes instead of the two hours booked. Ending the ' +
    'window early meant a failed uplink on one rack opened an incident straight away instead of waiting until the evening.',
];
const pdDanger =
  'Deleting a service that is part of an ongoing maintenance window removes it from the window. Deleting the last service in ' + 'a window ends the window.';
const pdHead = ['Knowledge Base', 'Developer Docs', 'Community', 'Status', 'Contact Support', 'Log In', 'Sign Up'];
const pdSideH = ['Getting Started', 'Services and Integrations', 'Incidents'];
const pdSide = [
  'Quick Start Guide',
  'Account Setup',
  'Mobile App',
  'User Roles',
  'Services',
  'Event Orchestration',
  'Maintenance Windows',
  'Service Dependencies',
  'Incident Workflows',
  'Incident Priority',
  'Urgency',
  'Status Pages',
];
const pdRate = ['Did this page help you?', 'Yes', 'No'];
const pdFoot = ['Terms of Service', 'Privacy Policy', 'Cookie Settings', 'Security', '© 2009-2025 PagerDuty, Inc. All rights reserved.'];
const pdId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const pdH = (t: string): string => `<h2 class="heading heading-2 header-scroll" align=""><div class="heading-anchor anchor waypoint" id="${pdId(t)}"></div>
<div class="heading-text"><div id="section-${pdId(t)}">${t}</div></div><a aria-label="Skip link to ${t}" class="heading-anchor-icon fa fa-anchor"
href="#${pdId(t)}"></a></h2>`;
const pdCall = (kind: string, icon: string, h: string, body: string): string => `<blockquote class="callout callout_${kind}" theme="${icon}">
<h3 class="callout-heading"><span class="callout-icon">${icon}</span><p>${h}</p></h3>${body}</blockquote>`;
const pdHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="readme-deploy" content="5.335.0">
<meta name="readme-subdomain" content="pagerduty"><title>${pdTitle}</title><meta name="description" content="${pdExcerpt}">
<meta property="og:title" content="${pdTitle}"><meta property="og:site_name" content="PagerDuty Knowledge Base">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://support.pagerduty.com/main/docs/maintenance-windows">
<link rel="stylesheet" href="https://cdn.readme.io/public/hub/web/main.6c2d4a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${pdTitle}",
"dateModified":"2025-10-01T18:02:11.000Z"}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="pagerduty-kb" async></script></head>
<body class="body-none theme-light header-solid"><div id="ssr-main"><div class="App ThemeContext ThemeContext_light ThemeContext_classic"
style="--color-primary:#048a24"><div class="rm-Container rm-Container_flex"><header class="rm-Header"><div class="rm-Header-top">
<a class="rm-Logo" href="https://www.pagerduty.com/"><img alt="PagerDuty Knowledge Base" class="rm-Logo-img" src="https://files.readme.io/pd-logo.svg"></a>
<nav class="rm-Header-left"><ul>${links(pdHead, 'rm-Header-link')}</ul></nav><button aria-label="Search ⌘k" class="rm-SearchToggle" type="button">
<span class="rm-SearchToggle-placeholder">Search</span><span class="rm-SearchToggle-shortcut">⌘K</span></button></div></header></div>
<main class="rm-Guides"><div class="rm-Container rm-Container_flex"><nav aria-label="Table of Contents" class="rm-Sidebar hub-sidebar" id="hub-sidebar"
role="navigation"><div class="hub-sidebar-content">
${pdSideH
  .map(
    (h, i) => `<section class="Sidebar-listWrapper6Q9_yUrG906C rm-Sidebar-section"><h2 class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">${h}</h2>
<ul class="Sidebar-list_sfqOQuIeFZQU rm-Sidebar-list">${links(pdSide.slice(i * 4, i * 4 + 4), 'Sidebar-item23D-2Kd61_k3')}</ul></section>`,
  )
  .join('\n')}
</div></nav><article class="rm-Article" id="content"><header id="content-head"><div class="row clearfix"><div class="col-xs-9">
<h1 class="heading-title">${pdTitle}</h1></div></div><div class="excerpt"><div class="markdown-body"><p>${pdExcerpt}</p></div></div></header>
<div class="grid-100"><div class="content-body grid-100"><div class="markdown-body" style="--markdown-radius:3px">
${pdCall('success', '✅', pdReqH, pdReq.map((t) => `<p>${t.replace(/^([^:]+:)/, '<strong>$1</strong>')}</p>`).join('\n'))}
${pdH(pdH1)}
${pdP1.map((p) => `<p>${p}</p>`).join('\n')}
${pdCall('info', '📘', pdInfoH, `<p>${pdInfo}</p>`)}
${pdH(pdH2)}
<ol>${pdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<figure><img src="https://files.readme.io/maintenance-window-new.png" alt="" loading="lazy"><figcaption>${pdCaption}</figcaption></figure>
${pdH(pdH3)}
<div class="rdmd-table"><div class="rdmd-table-inner"><table><thead><tr><th>${pdTable[0]?.[0]}</th><th>${pdTable[0]?.[1]}</th></tr></thead><tbody>
${pdTable
  .slice(1)
  .map((r) => `<tr><td style="text-align:left">${r[0]}</td><td style="text-align:left">${r[1]}</td></tr>`)
  .join('\n')}</tbody></table></div></div>
${pdH(pdH4)}
${pdP4.map((p) => `<p>${p}</p>`).join('\n')}
${pdCall('danger', '❗️', 'Deleting services', `<p>${pdDanger}</p>`)}
</div></div></div>
<div class="UpdatedAt"><p>Updated 2 months ago</p></div>
<div class="rm-Rating"><p class="Rating-title">${pdRate[0]}</p><button class="Button Button_sm">${pdRate[1]}</button>
<button class="Button Button_sm">${pdRate[2]}</button></div></article>
<nav aria-label="Table of Contents" class="content-toc grid-25 rm-Toc"><h2 class="tocHeader"><i class="icon icon-text-align-left"></i>Table of Contents</h2>
<nav class="toc-children"><ul>${[pdH1, pdH2, pdH3, pdH4].map((t) => `<li><a class="tocHeader" href="#${pdId(t)}">${t}</a></li>`).join('')}</ul></nav></nav>
</div></main><footer class="rm-Footer"><ul class="pd-footer">${links(pdFoot, 'pd-footer__item')}</ul></footer></div></div>
<script src="https://cdn.readme.io/public/hub/web/main.8b21f7.js" async></script></body></html>`;
const pagerduty: TestPage = {
  name: 'heldout180-pagerduty-docs',
  kind: 'docs',
  html: pdHtml,
  // the excerpt, the "Requirements" callout at the top (a part of every article, with its plan and permission lines) and
  // the info and danger callouts are body, their callout headings too; table data cells are body; the figure caption is
  // furniture; "Updated 2 months ago" is a byline
  title: pdTitle,
  headings: [pdH1, pdH2, pdH3, pdH4],
  body: [pdExcerpt, pdReqH, ...pdReq, ...pdP1, pdInfoH, pdInfo, ...texts(pdSteps), ...pdTable.slice(1).flat(), ...texts(pdP4), 'Deleting services', pdDanger],
  bylines: ['Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...pdHead, 'Search', '⌘K',
    ...[...pdSideH, ...pdSide].filter((t) => ![pdTitle, 'Incidents', 'Services'].includes(t)), pdCaption, ...pdRate, 'Table of Contents', ...pdFoot,
    ]),
  ],
};

export const HELDOUT180_F: readonly TestPage[] = [pagerduty, twitchPage];
