import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 68, file d2: a cloud provider's how-to guide on a DevSite-style documentation template (custom elements
 * everywhere: the cookie notification bar, devsite-header with upper tabs, search, language selector, console link and sign-in,
 * the product breadcrumb row with lower tabs and "Contact Us" / "Start free", devsite-book-nav with its filter box, the
 * article breadcrumb, the thumb rating and "Send feedback" at the head and foot, the bookmark tooltip in the h1, the
 * embedded "On this page" table of contents, a devsite-selector with Console and CLI tabs, devsite-code blocks with var
 * placeholders, note and caution asides, the "What's next" list, the licence footer with "Last updated" and the footer link
 * boxes).
 */
const clTitle = 'Schedule snapshots for persistent disks';
const clH = ['Before you begin', 'Create a snapshot schedule', 'Attach the schedule to a disk', 'Verify that snapshots are being created'];
const clIntro = [
  'This page describes how to create a snapshot schedule and attach it to a persistent disk so that Compute Engine backs up the ' +
    'disk automatically. A snapshot schedule is a resource policy that defines how often snapshots are taken, what time they ' +
    'start, and how long they are kept.',
  'Scheduled snapshots are incremental: after the first full snapshot, each new snapshot stores only the blocks that changed ' +
    'since the previous one. You pay only for the storage that the snapshots use.',
];
const clBefore = [
  'If you haven\'t already, set up authentication for the Skyline Cloud CLI by running <code translate="no" dir="ltr">skyline auth login</code>.',
  "Make sure that the disk you want to back up is in the same region as the schedule. A schedule can't be attached to disks in " + 'other regions.',
  'Make sure that you have the Compute Storage Admin role (<code translate="no" dir="ltr">roles/compute.storageAdmin</code>) on the project.',
];
const clConsole = [
  'In the Skyline Cloud console, go to the <strong>Snapshots</strong> page.',
  'Click the <strong>Snapshot schedules</strong> tab, and then click <strong>Create snapshot schedule</strong>.',
  'Enter a name and select the region where your disks are located.',
  'Under <strong>Schedule frequency</strong>, choose <strong>Daily</strong> or <strong>Hourly</strong>, and set a start time.',
  'Under <strong>Autodelete snapshots after</strong>, enter the number of days to keep each snapshot.',
  'Click <strong>Create</strong>.',
];
const clCliP = 'Use the <code translate="no" dir="ltr">skyline compute resource-policies create snapshot-schedule</code> command:';
const clReplace = 'Replace the following:';
const clVars = [
  '<code translate="no" dir="ltr"><var translate="no">SCHEDULE_NAME</var></code>: a name for the schedule.',
  '<code translate="no" dir="ltr"><var translate="no">REGION</var></code>: the region of the disks that will use the schedule.',
  '<code translate="no" dir="ltr"><var translate="no">DAYS</var></code>: how many days to keep each snapshot before it is deleted.',
];
const clAttach = 'After you create the schedule, attach it to one or more disks. A disk can have only one snapshot schedule at a time.';
const clNote =
  'The first snapshot is taken at the next start time after you attach the schedule, not immediately. To take a snapshot right ' +
  'away, <a href="/compute/docs/disks/create-snapshots">create one manually</a>.';
const clVerify = "To list the snapshots that a schedule has created, filter by the schedule's name:";
const clCaution =
  'If you delete a snapshot schedule, snapshots that it already created are not deleted. They remain in your project, and you ' +
  'continue to pay for them, until you delete them or their retention period ends.';
const clNext = ['Learn how to restore a disk from a snapshot.', 'Read about snapshot pricing.', 'Create a snapshot schedule with Terraform.'];
const v = (t: string): string => `<var translate="no">${t}</var>`;
const clCode1 = `skyline compute resource-policies create snapshot-schedule ${v('SCHEDULE_NAME')} \\
    --region=${v('REGION')} \\
    --daily-schedule \\
    --start-time=04:00 \\
    --max-retention-days=${v('DAYS')}`;
const clCode2 = `skyline compute disks add-resource-policies ${v('DISK_NAME')} \\
    --resource-policies=${v('SCHEDULE_NAME')} \\
    --zone=${v('ZONE')}`;
const clCode3 = `skyline compute snapshots list \\
    --filter="sourceSnapshotSchedulePolicy~${v('SCHEDULE_NAME')}"`;
const code = (c: string): string =>
  `<div></div><devsite-code><pre class="devsite-click-to-copy" translate="no" dir="ltr" is-upgraded syntax="Bash"><code translate="no" dir="ltr">${c}</code>` +
  `</pre><div class="devsite-code-buttons-container"><button class="gc-analytics-event material-icons devsite-icon-code-dark devsite-toggle-dark" ` +
  `aria-label="Dark code theme"></button><button class="devsite-icon-copy" aria-label="Copy code sample"></button></div></devsite-code>`;
const clUpper = ['Documentation', 'Technology areas', 'Cross-product tools', 'Related sites'];
const clLower = ['Guides', 'Reference', 'Samples', 'Resources'];
const clBook: [string, string[]][] = [
  ['Discover', ['Overview', 'Machine families']],
  ['Disks', ['About persistent disks', 'Add a disk', 'Resize a disk']],
  ['Snapshots', ['About snapshots', 'Create snapshots', clTitle, 'Restore from a snapshot', 'Delete snapshots']],
];
const clCrumbs = ['Home', 'Documentation', 'Compute', 'Compute Engine', 'Guides'];
const clRate = ['Hard to understand', 'Incorrect information or sample code', 'Missing the information/samples I need', 'Other'];
const clLicence =
  'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code ' +
  'samples are licensed under the Apache 2.0 License. For details, see the Skyline Developers Site Policies.';
const clBoxes: [string, string[]][] = [
  ['Products and pricing', ['See all products', 'Skyline Cloud pricing', 'Skyline Cloud Marketplace']],
  ['Support', ['Community forums', 'Support hub', 'Release Notes', 'System status']],
  ['Resources', ['GitHub', 'Getting Started with Skyline Cloud', 'Code samples']],
];
const clUtil = ['About Skyline', 'Privacy', 'Site terms', 'Skyline Cloud terms', 'Manage cookies'];
const clCookie = 'cloud.skyline.example uses cookies to deliver and enhance the quality of its services and to analyze traffic.';
const clHd = (tag: string, t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<${tag} id="${id}" data-text="${t}" tabindex="-1">${t}</${tag}>`;
};
const rating = (pos: string): string =>
  `<devsite-thumb-rating position="${pos}"><div class="devsite-thumb-rating" role="form"><div class="devsite-thumb-rating-label">Was this helpful?</div>` +
  `<div class="devsite-thumbs"><button class="devsite-thumb devsite-thumb-up" aria-label="Helpful"></button><button class="devsite-thumb ` +
  `devsite-thumb-down" aria-label="Not helpful"></button></div></div></devsite-thumb-rating><devsite-feedback position="${pos}" ` +
  `project-name="Compute Engine" context=""><button class="devsite-feedback-button">Send feedback</button></devsite-feedback>`;
const clHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="xsrf_token" content="iU2bq9kX">
<title>${clTitle}  |  Compute Engine  |  Skyline Cloud Documentation</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Compute Engine","item":"https://cloud.skyline.example/compute"}]}</script>
<link rel="stylesheet" href="https://www.skylinestatic.example/devrel-devsite/prod/v4f2a8/cloud/css/app.css"></head>
<body template="page" theme="cloud-theme" type="article" layout="docs" display-toc ready>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress><section class="devsite-wrapper">
<devsite-cookie-notification-bar><div class="devsite-snackbar"><div class="devsite-snackbar-message">${clCookie}</div><a class="devsite-snackbar-action"
href="/policies/technologies/cookies">Learn more</a><button class="devsite-snackbar-action">OK, got it</button></div></devsite-cookie-notification-bar>
<devsite-header role="banner"><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row">
<button type="button" id="devsite-hamburger-menu" class="devsite-header-icon-button button-flat material-icons" aria-label="Open menu"></button>
<div class="devsite-product-name-wrapper"><a href="/" class="devsite-site-logo-link"><img class="devsite-site-logo" alt="Skyline Cloud"
src="/_static/images/skyline-logo.svg"></a></div><div class="devsite-top-logo-row-middle"><devsite-tabs class="upper-tabs"><nav
class="devsite-tabs-wrapper" aria-label="Upper tabs">${clUpper
  .map(
    (t, i) => `<tab${i === 0 ? ' class="devsite-active"' : ''}><a href="/${t.toLowerCase()}"
class="devsite-tabs-content">${t}</a></tab>`,
  )
  .join('')}</nav></devsite-tabs><devsite-search><form class="devsite-search-form" action="/s/results"
method="GET"><div id="searchbox" class="devsite-searchbox"><input aria-label="Search" class="devsite-search-field devsite-search-query" name="q"
placeholder="Search" role="combobox" type="text"></div></form></devsite-search></div><devsite-language-selector><ul role="presentation"><li><a role="menuitem"
lang="en">English</a></li><li><a role="menuitem" lang="de">Deutsch</a></li><li><a role="menuitem" lang="ja">日本語</a></li></ul></devsite-language-selector>
<a class="devsite-header-link button" href="https://console.skyline.example/">Console</a><devsite-user signed-in="false"><button
class="devsite-top-button button">Sign in</button></devsite-user></div></div>
<div class="devsite-collapsible-section"><div class="devsite-product-id-row"><ul class="devsite-breadcrumb-list"><li class="devsite-breadcrumb-item"><a
href="/compute" class="devsite-breadcrumb-link">Compute Engine</a></li></ul></div><div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs">
<nav class="devsite-tabs-wrapper" aria-label="Lower tabs">${clLower
  .map(
    (t, i) => `<tab${i === 0 ? ' class="devsite-active"' : ''}><a href="/compute/docs/${t.toLowerCase()}"
class="devsite-tabs-content">${t}</a></tab>`,
  )
  .join('')}</nav></devsite-tabs><a class="button button-primary" href="/contact">Contact Us</a>
<a class="button" href="/free">Start free</a></div></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><input type="text" placeholder="Filter" aria-label="Type to filter"></div>
<nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><ul class="devsite-nav-list">${clBook
  .map(
    ([
      h,
      items,
    ]) => `<li class="devsite-nav-item devsite-nav-heading"><div class="devsite-nav-title devsite-nav-title-no-path"><span class="devsite-nav-text">${h}
</span></div></li>${items
      .map(
        (t) => `<li class="devsite-nav-item${t === clTitle ? ' devsite-nav-active' : ''}"><a href="/compute/docs/disks/${t.toLowerCase().replace(/ /g, '-')}"
class="devsite-nav-title"><span class="devsite-nav-text">${t}</span></a></li>`,
      )
      .join('')}`,
  )
  .join('\n')}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-sidebar><devsite-content><article class="devsite-article">
<div class="devsite-article-meta nocontent" role="navigation"><ul class="devsite-breadcrumb-list">${clCrumbs
  .map(
    (t) => `<li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div><a href="#"
class="devsite-breadcrumb-link">${t}</a></li>`,
  )
  .join('')}</ul>${rating('header')}</div>
<h1 class="devsite-page-title" tabindex="-1">${clTitle}<devsite-actions data-nosnippet><devsite-feature-tooltip><devsite-bookmark><button
class="devsite-bookmark-button">Stay organized with collections</button><span class="devsite-feature-tooltip-body">Save and categorize content based on
your preferences.</span></devsite-bookmark></devsite-feature-tooltip></devsite-actions></h1>
<devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded visible><ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading
devsite-toc-toggle"><span class="devsite-nav-title">On this page</span></li>${clH
  .map(
    (h) => `<li class="devsite-nav-item"><a href="#" class="devsite-nav-title">
<span class="devsite-nav-text">${h}</span></a></li>`,
  )
  .join('')}<li class="devsite-nav-item"><a href="#whats-next" class="devsite-nav-title"><span
class="devsite-nav-text">What's next</span></a></li></ul></devsite-toc>
<div class="devsite-article-body clearfix">
${clIntro.map((p) => `<p>${p}</p>`).join('\n')}
${clHd('h2', clH[0] ?? '')}
<ul>${clBefore.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${clHd('h2', clH[1] ?? '')}
<devsite-selector active="console"><devsite-tabs class="devsite-selector-tabs"><tab active><a href="#console">Console</a></tab><tab><a href="#cli">CLI</a>
</tab></devsite-tabs><section active role="tabpanel" id="console"><ol>${clConsole.map((t) => `<li>${t}</li>`).join('\n')}</ol></section>
<section role="tabpanel" id="cli"><p>${clCliP}</p>${code(clCode1)}<p>${clReplace}</p><ul>${clVars.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</section></devsite-selector>
${clHd('h2', clH[2] ?? '')}
<p>${clAttach}</p>${code(clCode2)}
<aside class="note"><strong>Note:</strong><span> ${clNote}</span></aside>
${clHd('h2', clH[3] ?? '')}
<p>${clVerify}</p>${code(clCode3)}
<aside class="caution"><strong>Caution:</strong><span> ${clCaution}</span></aside>
<h2 id="whats-next" data-text="What's next" tabindex="-1">What's next</h2>
<ul>${clNext.map((t) => `<li><a href="#">${t}</a></li>`).join('\n')}</ul>
</div>
<div class="devsite-article-meta nocontent">${rating('footer')}</div><div class="devsite-floating-action-buttons" hidden>
<div class="devsite-thumb-rating-feedback"><p>Need to tell us more?</p>
<ul>${clRate.map((t) => `<li><label><input type="radio" name="reason">${t}</label></li>`).join('')}</ul></div></div>
<devsite-content-footer class="nocontent"><p>${clLicence}</p><p>Last updated 2025-10-09 UTC.</p></devsite-content-footer></article></devsite-content>
</main><devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><nav class="devsite-footer-linkboxes-wrapper" aria-label="Footer links">${clBoxes
  .map(
    ([
      h,
      items,
    ]) => `<section class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${h}</h3><ul class="devsite-footer-linkbox-list">
${links(items, 'devsite-footer-linkbox-item')}</ul></section>`,
  )
  .join('\n')}</nav></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer-utility nocontent"><nav class="devsite-footer-utility-links" aria-label="Utility links"><ul>${links(clUtil)}
</ul></nav></devsite-footer-utility></section></section></body></html>`;
export const cloudGuide: TestPage = {
  html: clHtml,
  name: 'heldout68-cloud-howto',
  kind: 'docs',
  // the intro, the "Before you begin" list, both tab panels (the console steps and the CLI paragraphs with the placeholder
  // list: both are the guide's text, one hidden by the tabs), the note and caution texts (labels "Note:" and "Caution:" in
  // neither) are body; the code blocks are in neither; "What's next" is a see-also list: its heading and items are furniture;
  // "Last updated 2025-10-09 UTC." is the page's date line: byline; the cookie bar, header, upper and lower tabs, language
  // menu, "Contact Us", "Start free", the book nav (the title's own entry left out), breadcrumbs, thumb ratings, "Send
  // feedback", the bookmark tooltip, the "On this page" list (its entries repeat the headings: left out), the hidden "Need to
  // tell us more?" form, the licence line and the footer boxes are furniture; the selector's "Console" and "CLI" tabs and the
  // header's "Console" link are body words: left out, and so are "Compute Engine" and "Compute" (product row, breadcrumb), the
  // nav's "Disks", "Snapshots" and "Create snapshots" and the feedback form's "Other"
  title: clTitle,
  headings: clH,
  body: [
    ...clIntro,
    ...texts(clBefore),
    ...texts(clConsole),
    ...texts([clCliP, clReplace]),
    ...texts(clVars),
    clAttach,
    ...texts([clNote]),
    ...texts([clVerify]),
    clCaution,
  ],
  bylines: ['Last updated 2025-10-09 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    clCookie, 'Learn more', 'OK, got it', ...clUpper, 'English', 'Deutsch', '日本語', 'Sign in', ...clLower, 'Contact Us',
    'Start free', ...clBook.flatMap(([h, items]) => [h, ...items]).filter((t) => ![clTitle, 'Disks', 'Snapshots', 'Create snapshots', 'Resources'].includes(t)),
    'Home', 'Was this helpful?', 'Send feedback', 'Stay organized with collections',
    'Save and categorize content based on your preferences.', 'On this page', 'What\'s next', ...clNext,
    'Need to tell us more?', ...clRate.filter((t) => t !== 'Other'),
    clLicence, ...clBoxes.flatMap(([h, items]) => [h, ...items]).filter((t) => t !== 'Resources'), ...clUtil,
  ],
};
