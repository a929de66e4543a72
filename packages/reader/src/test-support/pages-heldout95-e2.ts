import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 95, file e2: a Microsoft Learn conceptual article as learn.microsoft.com serves it (the skip links, the
 * hidden cookie holder and unsupported-browser notice, the site header with "Learn", the global nav and "Sign in", the
 * product sub-header, "Table of contents" and "Exit editor mode", the left TOC with its filter, the breadcrumbs and page
 * actions, the h1 with the "Article" / date / contributors metadata, "Feedback", the hidden AI-summary button, the mobile
 * "In this article" outline, the content with NOTE and IMPORTANT alerts, a table and "Next steps", the feedback box,
 * "Additional resources" with training cards, the right-hand outline and the footer with locale, privacy and theme menus).
 */
const lnTitle = 'What is Azure Lattice Sync?';
const lnIntro = [
  'Azure Lattice Sync is a managed service that keeps copies of structured data consistent across regions, databases and edge devices. You ' +
    'describe which tables or collections should stay in step, and the service handles change capture, conflict resolution and retries.',
  'This article explains the main concepts behind Lattice Sync and helps you decide whether it fits your scenario.',
];
const lnH1 = 'How Lattice Sync works';
const lnP1 = [
  'Every Lattice Sync deployment is organized around a <em>sync group</em>. A sync group contains one hub and one or more members. The hub is ' +
    'the copy that other members exchange changes with; members never sync directly with each other.',
  'When a row changes on any member, Lattice Sync records the change in a local change log. On each sync cycle, the member uploads its changes ' +
    'to the hub and downloads changes made elsewhere since its last cycle. The default interval is five minutes, and you can lower it to 30 seconds.',
];
const lnNote = 'Lattice Sync copies data, not schema. Create matching tables on every member before you add the member to a sync group.';
const lnH2 = 'Conflict resolution';
const lnP2 = [
  'A conflict happens when the same row changes on two members between sync cycles. Each sync group has one conflict policy, which you choose ' +
    'when you create the group:',
];
const lnList = [
  '<strong>Hub wins</strong>: the value at the hub is kept and the member’s change is discarded.',
  '<strong>Member wins</strong>: the latest change uploaded by a member overwrites the hub.',
  '<strong>Custom</strong>: Lattice Sync calls an Azure Function that you provide and keeps the value it returns.',
];
const lnImportant =
  'You can’t change the conflict policy of an existing sync group. To use a different policy, create a new group and move the members ' + 'to it.';
const lnH3 = 'Supported data sources';
const lnP3 = ['The following table lists the data sources that can take part in a sync group and the role each can play.'];
const lnRows = [
  ['Azure SQL Database', 'Hub or member', 'Generally available'],
  ['SQL Server 2019 and later', 'Member', 'Generally available'],
  ['Azure Cosmos DB for NoSQL', 'Hub or member', 'Preview'],
  ['SQLite on IoT Edge devices', 'Member', 'Preview'],
];
const lnH4 = 'When to use Lattice Sync';
const lnP4 = [
  'Lattice Sync is a good fit when applications in several places need to read and write the same reference data, such as product catalogs, ' +
    'price lists or device settings, and can tolerate a delay of a few minutes between copies.',
  'It isn’t designed for high-volume transactional replication or for keeping copies identical at every moment. For those scenarios, use the ' +
    'geo-replication features of the database itself.',
];
const lnH5 = 'Next steps';
const lnNext = ['Quickstart: Create a sync group in the Azure portal', 'Choose a conflict policy', 'Monitor sync health with Azure Monitor'];
const lnNav = ['Discover', 'Product documentation', 'Development languages', 'Topics'];
const lnProd = ['Azure', 'Product documentation', 'Architecture', 'Learn Azure', 'Develop', 'Resources', 'Portal', 'Free account'];
const lnToc = ['Lattice Sync documentation', 'Overview', 'What is Azure Lattice Sync?', 'Quickstarts', 'Concepts', 'How-to guides', 'Reference'];
const lnCrumbs = ['Learn', 'Azure', 'Lattice Sync'] as const;
const lnActions = ['Ask Learn', 'Focus mode', 'Read in English', 'Add to Collections', 'Add to plan', 'Edit', 'Print'];
const lnBrowser = [
  'This browser is no longer supported.',
  'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
  'Download Microsoft Edge',
  'More info about Internet Explorer and Microsoft Edge',
];
const lnFeedback = ['Feedback', 'Was this page helpful?', 'Yes', 'No', 'Provide product feedback'];
// biome-ignore format: packed
const lnRes = [
  'Additional resources', 'Training', 'Module', 'Keep data consistent across regions with Azure Lattice Sync', 'Certification',
  'Microsoft Certified: Azure Data Engineer Associate', 'Documentation', 'Troubleshoot sync failures in Azure Lattice Sync',
] as const;
// biome-ignore format: packed
const lnFoot = [
  'en-us', 'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', 'Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use',
  'Trademarks', '© Microsoft 2025',
];
const vis = 'visually-hidden';
const lnP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const alert = (kind: string, label: string, t: string): string => `<div class="${kind}"><p>${label}</p><p>${t}</p></div>`;
const li = (a: readonly string[], href = '#'): string => a.map((t) => `<li><a href="${href}">${t}</a></li>`).join('');
const outline = (cls: string, tag: string): string => `<nav id="${cls}-doc-outline" class="doc-outline" data-bi-name="intopic toc" aria-label="In this article">
<${tag} id="ms--${cls}-in-this-article" class="title is-6 margin-block-xs">In this article</${tag}><ol class="doc-outline-list">${[lnH1, lnH2, lnH3, lnH4, lnH5]
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`)
  .join('')}</ol></nav>`;
const lnHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1.0"><title>What is Azure Lattice Sync? - Azure Lattice Sync | Microsoft Learn</title>
<meta property="og:title" content="${lnTitle} - Azure Lattice Sync"><meta name="description" content="Learn the main concepts of Azure Lattice Sync.">
<meta name="ms.topic" content="concept-article"><meta name="ms.service" content="azure-lattice-sync"><meta name="ms.date" content="06/18/2025">
<meta name="author" content="okonkwo-ada"><meta name="ms.author" content="adaokonkwo"><meta name="page_type" content="conceptual">
<meta name="toc_rel" content="toc.json"><meta name="breadcrumb_path" content="/azure/bread/toc.json"><link rel="canonical"
href="https://learn.microsoft.com/en-us/azure/lattice-sync/overview"><script>var msDocs = {"environment":{"supportLevel":"production","reviewFeatures":false},
"data":{"contentLocale":"en-us","userLocale":"en-us","pageTemplate":"Conceptual","brand":"azure","hideFeedback":false}};</script>
<link rel="stylesheet" href="/static/third-party/site-ltr.6c3f1e22.css"></head>
<body lang="en-us" dir="ltr"><div class="header-holder has-default-focus"><a href="#main" class="outline-color-text ${vis}-until-focused position-fixed
inner-focus focus-visible top-0 left-0 right-0 padding-xs text-align-center background-color-body">Skip to main content</a><a href="#"
data-skip-to-ask-learn class="${vis}-until-focused position-fixed">Skip to Ask Learn chat experience</a><div hidden id="cookie-consent-holder"
data-test-id="cookie-consent-container"></div><div id="unsupported-browser" hidden><div style="max-width: 800px; margin: 0 auto;"><p style="font-size: 24px">
${lnBrowser[0]}</p><p style="font-size: 16px; margin-top: 16px;">${lnBrowser[1]}</p><div style="margin-top: 12px;"><a
href="https://go.microsoft.com/fwlink/p/?LinkID=2092881">${lnBrowser[2]}</a><a
href="https://learn.microsoft.com/en-us/lifecycle/faq/internet-explorer-microsoft-edge">
${lnBrowser[3]}</a></div></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" itemscope="itemscope" itemtype="http://schema.org/Organization"><div
data-test-id="site-header-wrapper" class="uhf-container"><div class="site-header"><button aria-label="Global navigation" class="site-header-button"></button>
<a href="https://www.microsoft.com" class="site-header-logo" aria-label="Microsoft"><svg viewBox="0 0 23 23"></svg></a><a class="site-header-title"
href="/en-us/"><span>Learn</span></a><nav id="site-header-nav" aria-label="Global"><ul>${li(lnNav)}</ul></nav><div class="site-header-search"><form
role="search"><label for="site-search" class="${vis}">Search</label><input id="site-search" type="search" placeholder="Search"></form></div><a
class="docs-sign-in" href="/en-us/signin">Sign in</a></div></div><div class="content-header-product uhf-container"><a href="/en-us/azure/"
class="product-title">${lnProd[0]}</a><nav aria-label="Azure"><ul>${li(lnProd.slice(1))}</ul></nav></div></header></div>
<div class="content-header uhf-container has-padding has-default-focus border-bottom-none" data-bi-name="content-header" id="content-header"><div
class="content-header-controls margin-xxs margin-inline-sm-tablet"><button type="button" class="contents-button button button-sm margin-right-xxs"
data-bi-name="contents-expand" aria-haspopup="true" data-contents-button><span class="icon" aria-hidden="true"><span class="docon docon-menu"></span>
</span><span class="contents-expand-title">Table of contents</span></button><button type="button" class="ap-collapse-behavior ap-expanded button
button-sm" data-bi-name="ap-collapse" aria-controls="action-panel"><span class="icon" aria-hidden="true"><span class="docon docon-exit-mode"></span>
</span><span>Exit editor mode</span></button></div></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile "><div id="left-container"
class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop"><nav id="affixed-left-container" class="margin-top-sm-tablet
position-sticky display-flex flex-direction-column" aria-label="Primary"><form class="filter-form"><label for="toc-filter" class="${vis}">Filter by title
</label><input id="toc-filter" type="search" placeholder="Filter by title"></form><ul class="table-of-contents">${lnToc
  .map(
    (t, i) =>
      `<li class="tree-item${i === 2 ? ' is-selected' : ''}"><a href="/en-us/azure/lattice-sync/${i}"${i === 2 ? ' aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('')}</ul><a class="pdf-download" href="/pdf?url=https://learn.microsoft.com/en-us/azure/lattice-sync/toc.json">Download PDF</a></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps"><div
id="main-column" class="column is-full is-8-desktop"><main id="main" class="" role="main" data-bi-name="content" lang="en-us" dir="ltr"><div
id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print"><div class="display-flex align-items-center ">
<bread-crumbs id="article-header-breadcrumbs" data-test-id="article-header-breadcrumbs" class="overflow-hidden flex-grow-1"><ol
class="breadcrumbs">${li(lnCrumbs)}</ol>
</bread-crumbs><div id="article-header-page-actions" class="opacity-none margin-left-auto display-flex flex-wrap-no-wrap align-items-stretch">${lnActions
  .map((t) => `<button class="button button-sm button-clear button-primary" data-bi-name="${t.toLowerCase().replace(/ /g, '-')}"><span>${t}</span></button>`)
  .join('')}<details class="popover"><summary class="button button-sm">Share via</summary><ul>${li(['Facebook', 'x.com', 'LinkedIn', 'Email'])}</ul></details>
</div></div></div><div class="content "><h1 id="what-is-azure-lattice-sync">${lnTitle}</h1><div class="page-metadata-container display-flex gap-xs
justify-content-space-between align-items-center flex-wrap-wrap"><div class="margin-block-xxs"><ul class="metadata page-metadata align-items-center"
data-bi-name="page info"><li>Article</li><li class="visibility-hidden-visual-diff"><local-time format="twoDigitNumeric" datetime="2025-06-18T08:00:00.000Z"
data-article-date-source="calculated">06/18/2025</local-time></li><li class="contributors-holder display-none-print"><button aria-label="View all
contributors" class="contributors-button link-button" data-bi-name="contributors">4 contributors</button></li></ul></div><div id="user-feedback"
class="margin-block-xxs display-none-print" data-hide-on-archived><button id="user-feedback-button" class="button button-sm button-clear button-primary"
type="button" data-bi-name="user-feedback-button"><span class="icon" aria-hidden="true"><span class="docon docon-like"></span></span><span>Feedback</span>
</button></div></div><div data-id="ai-summary" hidden><div id="ms--ai-summary-cta" class="margin-top-xs display-flex align-items-center"><button
id="ms--ai-summary" type="button" class="tag tag-sm tag-suggestion margin-left-xxs"><span class="ai-summary-cta-text">Summarize this article for me</span>
</button></div></div>${outline('center', 'h2')}
<!-- <content> -->
${lnP(lnIntro)}
<h2 id="how-lattice-sync-works">${lnH1}</h2>
${lnP(lnP1)}
${alert('NOTE', 'Note', lnNote)}
<h2 id="conflict-resolution">${lnH2}</h2>
${lnP(lnP2)}
<ul>${lnList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${alert('IMPORTANT', 'Important', lnImportant)}
<h2 id="supported-data-sources">${lnH3}</h2>
${lnP(lnP3)}
<table class="table table-sm margin-top-none"><thead><tr><th>Data source</th><th>Role</th><th>Status</th></tr></thead><tbody>
${lnRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="when-to-use-lattice-sync">${lnH4}</h2>
${lnP(lnP4)}
<h2 id="next-steps">${lnH5}</h2>
<ul>${lnNext.map((t, i) => `<li><a href="/en-us/azure/lattice-sync/next-${i}" data-linktype="relative-path">${t}</a></li>`).join('\n')}</ul>
<!-- </content> --></div><div id="assertive-live-region" role="alert" aria-live="assertive" class="${vis}" aria-relevant="additions"
aria-atomic="true"></div></main>
<div class="feedback-section margin-top-xl" data-bi-name="feedback-section"><h2 class="title is-5">${lnFeedback[0]}</h2><p>${lnFeedback[1]}</p><div
class="buttons"><button class="thumb-rating-button like" data-bi-name="button-rating-yes">${lnFeedback[2]}</button><button class="thumb-rating-button
dislike" data-bi-name="button-rating-no">${lnFeedback[3]}</button></div><a class="button button-sm" href="https://feedback.azure.com/lattice-sync"
data-bi-name="product-feedback">${lnFeedback[4]}</a></div>
<div id="ms--additional-resources-mobile" class="display-none-desktop"></div></div><div id="ms--additional-resources" class="is-hidden-mobile column
is-4-desktop" data-bi-name="pageactions"><div class="right-container"><h2 id="ms--additional-resources-heading">${lnRes[0]}</h2><section
class="additional-resources-training"><h3>${lnRes[1]}</h3><article class="card"><p class="card-supertitle">${lnRes[2]}</p><a class="card-title"
href="/en-us/training/modules/lattice-sync-consistency/">${lnRes[3]}</a></article><article class="card"><p class="card-supertitle">${lnRes[4]}</p><a
class="card-title" href="/en-us/credentials/certifications/azure-data-engineer/">${lnRes[5]}</a></article></section><section><h3>${lnRes[6]}</h3><ul>
${li([lnRes[7]])}</ul></section>${outline('side', 'h3')}</div></div></div></section></div></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container"
role="contentinfo"><div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a class="locale-selector-link button button-sm
button-clear" href="#" data-bi-name="select-locale"><span class="icon" aria-hidden="true"><span class="docon docon-world"></span></span><span
class="local-selector-link-text">${lnFoot[0]}</span></a><div class="ccpa-privacy-link" data-ccpa-privacy-link><a
href="https://aka.ms/yourcaliforniaprivacychoices"
class="button button-sm button-clear"><span>${lnFoot[1]}</span></a></div><div class="dropdown has-caret-up"><button data-test-id="theming-button"
class="dropdown-trigger button button-clear button-sm theming-button" title="Theme" data-bi-name="theme"><span>${lnFoot[2]}</span></button><div
class="dropdown-menu" role="menu"><ul class="theme-selector padding-xxs">${lnFoot
  .slice(3, 6)
  .map((t) => `<li class="theme display-block"><button class="button button-clear button-sm theme-control"><span role="menuitem">${t}</span></button></li>`)
  .join('')}</ul></div></div></div><ul class="links" data-bi-name="footerlinks"><li class="manage-cookies-holder" hidden=""></li>${lnFoot
  .slice(6, 12)
  .map((t) => `<li><a class="external-link-indicator" href="https://learn.microsoft.com/en-us/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}<li>${lnFoot[12]}</li></ul></footer>
<script src="/static/third-party/docs.8e2b1c4f.js" defer></script></body></html>`;
export const learnArticle: TestPage = {
  html: lnHtml,
  name: 'heldout95-mslearn-docs',
  kind: 'docs',
  // the NOTE and IMPORTANT alerts' texts are body and their one-word labels are in neither list; table data cells are body
  // and header cells in neither list; the "Next steps" links are body list items; the two "In this article" outlines repeat
  // the headings and are left out (their own heading is furniture), and so is the left TOC entry that repeats the title;
  // "Article", the date and the contributors count are bylines; "Azure" and "Lattice Sync" (product title, breadcrumbs) are words
  // of short gold lines (table cells) and left out of the list
  title: lnTitle,
  headings: [lnH1, lnH2, lnH3, lnH4, lnH5],
  body: texts([...lnIntro, ...lnP1, lnNote, ...lnP2, ...lnList, lnImportant, ...lnP3, ...lnRows.flat(), ...lnP4, ...lnNext]),
  bylines: ['Article', '06/18/2025', '4 contributors'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Skip to Ask Learn chat experience', ...lnBrowser, 'Learn', ...lnNav, 'Search', 'Sign in', ...lnProd.slice(1), 'Table of contents',
    'Exit editor mode', 'Filter by title', ...lnToc.filter((t) => t !== lnTitle), 'Download PDF', lnCrumbs[0], ...lnActions, 'Share via', 'Facebook',
    'x.com', 'LinkedIn', 'Email', 'Summarize this article for me', 'In this article', ...lnFeedback, ...lnRes, ...lnFoot,
  ])],
};
