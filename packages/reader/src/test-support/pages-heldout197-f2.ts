import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 197, file f2: a Drupal 10 page on a university research centre's site, used as documentation (the
 * university's global header with its utility links, the centre's site name and main menu block with a visually hidden
 * heading, the system breadcrumb, the status messages region, the node with a body field holding headings, lists, a table
 * and code blocks, a "Last updated" field, the "In this section" sidebar menu, a contact block, the centre footer, the
 * university footer with its acknowledgement and legal links, and the drupal-settings-json script).
 */
const uTitle = 'Storing and sharing research data';
const uIntro =
  'This guide explains where Centre for Coastal Systems staff and students should keep research data, how it is backed up, and ' +
  'how to share it with collaborators outside the university. It applies to all projects hosted by the centre.';
const uH1 = 'Where to store data';
const uP1 = [
  'Choose the storage according to how sensitive the data is and how much of it there is. Do not keep the only copy of any ' +
    'research data on a laptop, an external drive or a personal cloud account.',
];
const uRows: [string, string, string][] = [
  ['Project share (R: drive)', 'Working files up to 2 TB per project', 'Nightly, kept for 90 days'],
  ['Research Data Store', 'Large datasets and model output', 'Weekly, replicated off site'],
  ['Secure enclave', 'Personal or commercially confidential data', 'Nightly, encrypted'],
];
const uH2 = 'Requesting a project share';
const uP2 = [
  'Project shares are created by the centre’s research computing officer. Send the request from the principal investigator’s ' +
    'university account and include:',
];
const uList = [
  'the project title and funder reference;',
  'the names and usernames of everyone who needs access;',
  'an estimate of the storage needed over the life of the project;',
  'the date after which the data can be archived.',
];
const uP3 = ['Once the share exists, you can map it on a centre workstation from the terminal:'];
const uCode = 'sudo mount -t cifs //rds.ccs.ashcombe.example/projects/PRJ-0421 /mnt/prj-0421 -o username=$USER,domain=ASHCOMBE';
const uH3 = 'Sharing data with external collaborators';
const uP4 = [
  'Use the university’s file transfer service for one-off transfers of up to 50 GB. Links expire after fourteen days. For ' +
    'ongoing collaboration, ask for an external guest account, which gives read-only access to a single folder on the project share.',
  'Data collected under a data sharing agreement may only be shared on the terms of that agreement. If you are unsure, ask the ' +
    'research data team before sending anything.',
];
const uH4 = 'At the end of a project';
const uP5 = [
  'Funders usually require data to be kept for at least ten years after publication. Deposit the final dataset in the university ' +
    'repository, which assigns a DOI, and delete working copies from the project share once the deposit is confirmed.',
];
const uCode2 = 'rsync -av --checksum /mnt/prj-0421/final/ depositor@repo.ashcombe.example:/incoming/PRJ-0421/';
const uUtil = ['Study', 'Research', 'Partner', 'About', 'Staff portal', 'Give'];
const uNav = ['Home', 'Our research', 'People', 'Facilities', 'Resources', 'News and events', 'Contact'];
const uCrumb = ['Home', 'Resources', 'Research computing'];
const uSide = ['Research computing', 'Getting an account', 'High-performance cluster', 'Storing and sharing research data', 'Software licences', 'Training'];
const uContact = ['Research computing officer', 'Dr Faye Okonjo', 'ccs-computing@ashcombe.example', 'Room 2.14, Tidewater Building'];
const uFootC = ['Centre for Coastal Systems', 'Tidewater Building, Harbour Campus', 'Follow us on Bluesky'];
const uFootU = ['Accessibility', 'Privacy', 'Copyright', 'Freedom of information', 'Modern slavery statement'];
const uAck = 'Ashcombe University acknowledges the communities of the estuary, on whose lands and waters our campuses stand.';
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><link rel="canonical"
href="https://ccs.ashcombe.example/resources/research-computing/data">
<meta name="description" content="${uIntro}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${uTitle} | Centre for Coastal Systems | Ashcombe University</title>
<link rel="stylesheet" media="all" href="/sites/ccs/files/css/css_Xq2nL8v4.css?delta=0&amp;language=en&amp;theme=ashcombe&amp;include=eJxLzs8pLUlNzkjMS8">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/412",
"currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","ajaxTrustedUrl":[],"user":{"uid":0,
"permissionsHash":"8f2"}}</script>
<script src="/sites/ccs/files/js/js_a9Pq1.js?scope=header&amp;delta=0&amp;language=en&amp;theme=ashcombe"></script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-global-header"><div id="block-ashcombe-globalheader" class="block block-block-content"><div class="global-header">
<a class="global-header__logo" href="https://www.ashcombe.example/"><img src="/themes/custom/ashcombe/logo.svg" alt="Ashcombe University"></a>
<nav aria-label="University"><ul class="global-header__links">${links(uUtil)}</ul></nav></div></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-ashcombe-branding"
class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-branding__name">Centre for Coastal Systems</a></div>
<nav role="navigation" aria-labelledby="block-ashcombe-main-menu-menu" id="block-ashcombe-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-ashcombe-main-menu-menu">Main navigation</h2><ul class="menu">${links(uNav, 'menu-item')}</ul></nav>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-ashcombe-search" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys"
class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys"
name="keys" size="15" maxlength="128" class="form-search"></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper">
<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"
class="button js-form-submit form-submit"></div></form></div></div></header>
<div class="region region-breadcrumb"><div id="block-ashcombe-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>
${links(uCrumb)}</ol></nav></div></div>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<main role="main" class="layout-main-wrapper"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-ashcombe-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${uTitle}</span></h1></div>
<div id="block-ashcombe-content" class="block block-system block-system-main-block"><article data-history-node-id="412" class="node node--type-page
node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden
field__item"><p class="lead">${uIntro}</p>
<h2 id="where-to-store-data">${uH1}</h2>
${uP1.map((t) => `<p>${t}</p>`).join('\n')}
<table class="table"><caption>Storage options</caption>
<thead><tr><th scope="col">Storage</th><th scope="col">Use it for</th><th scope="col">Backup</th></tr></thead>
<tbody>${uRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="requesting-a-project-share">${uH2}</h2>
<p>${uP2[0]}</p><ul>${uList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${uP3[0]}</p><pre><code class="language-bash">${uCode}</code></pre>
<div class="callout callout--warning" role="note"><p><strong>Note:</strong> the secure enclave is not reachable from a mapped drive. Request enclave
access separately through the research data team.</p></div>
<h2 id="sharing-data">${uH3}</h2>
${uP4.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="end-of-project">${uH4}</h2>
<p>${uP5[0]}</p><pre><code class="language-bash">${uCode2}</code></pre></div>
<div class="field field--name-field-last-updated field--type-datetime field--label-inline clearfix"><div class="field__label">Last updated</div>
<div class="field__item"><time datetime="2025-09-08T12:00:00Z" class="datetime">8 September 2025</time></div></div></div></article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<nav role="navigation" aria-labelledby="block-ashcombe-section-menu-menu" id="block-ashcombe-section-menu" class="block block-menu-block navigation">
<h2 id="block-ashcombe-section-menu-menu">In this section</h2><ul class="menu">${uSide
  .map(
    (t) => `<li class="menu-item${t === uTitle ? ' menu-item--active-trail' : ''}">
<a href="/resources/research-computing/${t.length}"${t === uTitle ? ' class="is-active" aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div id="block-ashcombe-computingcontact" class="block block-block-content"><h2>Need help?</h2><div class="clearfix text-formatted field field--name-body">
<p><strong>${uContact[0]}</strong><br>${uContact[1]}<br><a href="mailto:${uContact[2]}">${uContact[2]}</a><br>${uContact[3]}</p></div></div>
</div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div id="block-ashcombe-centrefooter" class="block block-block-content">
<p><strong>${uFootC[0]}</strong><br>${uFootC[1]}</p><p><a href="https://bsky.example/profile/ccs.ashcombe.example">${uFootC[2]}</a></p></div>
<div id="block-ashcombe-universityfooter" class="block block-block-content"><p class="acknowledgement">${uAck}</p>
<ul class="menu">${links(uFootU)}</ul><p>© 2025 Ashcombe University</p></div></div></footer></div></div>
<script src="/sites/ccs/files/js/js_Zp4xK.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=ashcombe"></script></body></html>`;
const uNote = 'Note: the secure enclave is not reachable from a mapped drive. Request enclave access separately through the research data team.';
export const drupalDocs: TestPage = {
  html: uHtml,
  name: 'heldout197-drupal-university-docs',
  kind: 'docs',
  // the lead paragraph, the table's data cells and the note callout are body (its header cells and caption are in neither
  // list, the code blocks neither); "Last updated" is furniture and its date a byline; the global header, menus (with
  // the visually hidden headings), breadcrumbs, the section menu, the help block and both footers are furniture; the centre's
  // name (it is in the lead paragraph) and "Research" (a word of a table cell) are left out
  title: uTitle,
  headings: [uH1, uH2, uH3, uH4],
  body: texts([uIntro, ...uP1, ...uRows.flat(), ...uP2, ...uList, ...uP3, uNote, ...uP4, ...uP5]),
  bylines: ['8 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...uUtil.filter((t) => t !== 'Research'), 'Main navigation', ...uNav, 'Search', 'Breadcrumb', 'Research computing',
    'Last updated', 'In this section', ...uSide.filter((t) => t !== uTitle && t !== 'Research computing'), 'Need help?', ...uContact, ...uFootC.slice(1),
    uAck, ...uFootU, '© 2025 Ashcombe University',
  ],
};
