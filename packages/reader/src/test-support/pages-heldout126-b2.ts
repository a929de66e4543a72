import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';

/**
 * Held-out batch 126, file b2: a Microsoft Learn how-to article (the docs template as saved: skip link, the hidden
 * unsupported-browser notice, the Microsoft header with the Learn global navigation and the product's own navigation bar,
 * breadcrumbs, the left table of contents with "Filter by title", the page actions (Ask Learn, focus mode, Save, Add to plan,
 * Share, Print), the metadata line with article date and contributors, the Feedback button, a note alert inside the article,
 * the "Was this page helpful?" section, the "Additional resources" rail and the footer with locale, privacy choices and theme).
 */
const title = 'Configure data retention for Tessera workspaces';
const h2 = (t: string): string => `<h2 id="${anchor(t)}">${t}</h2>`;
const alert = (kind: string, label: string) => (t: string) => `<div class="${kind.toUpperCase()}"><p>${label}</p>\n<p>${t}</p>\n</div>`;
const art = new Art()
  .p([
    `Retention policies decide how long a Tessera workspace keeps dataset versions, query history and exported files before they're
deleted. This article shows how to set a workspace-wide policy, how to exempt individual items, and what happens to items when their retention
period ends.`,
    `By default, a new workspace keeps everything for 365 days after it was last modified. Most organizations shorten this for query history
and lengthen it for datasets that have to be kept for audits.`,
  ])
  .p(
    [
      `Retention policies apply to items created or modified after the policy is saved. To apply a new policy to existing items, run a
<a href="reapply-retention.md">retention re-evaluation</a> after you save it.`,
    ],
    alert('note', 'Note'),
  )
  .h('Prerequisites', h2)
  .list([
    'A Tessera Standard or Enterprise subscription. Retention policies are not available on the Trial plan.',
    'The <strong>Workspace Administrator</strong> role, or a custom role that includes the <code>Workspace.Retention.Write</code> permission.',
    'If your organization uses legal holds, a member of the compliance team to confirm which items must be excluded.',
  ])
  .h('Set a workspace retention policy', h2)
  .list(
    [
      'Sign in to the <a href="https://portal.tessera.example" data-linktype="external">Tessera portal</a> and open the workspace.',
      'Select <strong>Settings</strong> &gt; <strong>Data management</strong> &gt; <strong>Retention</strong>.',
      `For each item type, enter a retention period in days. You can set different periods for <strong>Datasets</strong>, <strong>Query
history</strong> and <strong>Exports</strong>.`,
      'Under <strong>When the period ends</strong>, choose <strong>Delete</strong> or <strong>Move to archive</strong>.',
      'Select <strong>Save</strong>. The new policy appears in the workspace activity log within a few minutes.',
    ],
    '<ol>',
    '</ol>',
  )
  .p(['The following table shows the limits for each item type:'])
  .raw('<table aria-label="Table 1" class="table table-sm margin-top-none"><thead><tr><th>Item type</th><th>Minimum</th><th>Maximum</th></tr></thead><tbody>')
  .raw('<tr>')
  .p(['Datasets', '30 days', '10 years'], (t) => `<td>${t}</td>`)
  .raw('</tr><tr>')
  .p(['Query history', '7 days', '2 years'], (t) => `<td>${t}</td>`)
  .raw('</tr><tr>')
  .p(['Exports', '1 day', '1 year'], (t) => `<td>${t}</td>`)
  .raw('</tr>')
  .raw('</tbody></table>')
  .h('Exempt individual items', h2)
  .p([
    `Some items must outlive the workspace policy, for example a dataset that's under a legal hold or a report that a regulator may ask
for. To exempt an item, open it, select <strong>Properties</strong>, and turn on <strong>Keep until I remove this setting</strong>.`,
    `Exempt items show a lock icon in the workspace browser. Only users with the Workspace Administrator role can remove the exemption, and
every change is written to the audit log with the name of the user who made it.`,
  ])
  .p(
    [
      `An exemption doesn't protect an item from being deleted by a user who has permission to delete it. To prevent deletion entirely, apply a
legal hold instead.`,
    ],
    alert('important', 'Important'),
  )
  .h('What happens when an item expires', h2)
  .p([
    `Tessera checks retention once a day, shortly after midnight in the workspace's region. Items whose period has ended are deleted or
archived in that run; they don't disappear at the exact moment their period ends.`,
    `Deleted items stay in the workspace recycle bin for 14 days and can be restored by an administrator during that time. Archived items move
to the archive tier, where they can be read but not changed, and are billed at the archive storage rate.`,
  ])
  .h('Next steps', h2)
  .list(['<a href="legal-holds.md">Place a legal hold on workspace items</a>', '<a href="audit-log.md">Review the workspace audit log</a>']);
const global = ['Learn', 'Discover', 'Product documentation', 'Development languages', 'Topics', 'Sign in'];
const product = ['Tessera', 'Overview', 'Get started', 'Administration', 'Reference', 'Download Tessera'];
const unsupported = [
  'This browser is no longer supported.',
  'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
  'Download Microsoft Edge',
  'More info about Internet Explorer and Microsoft Edge',
];
const actions = ['Table of contents', 'Exit focus mode', 'Ask Learn', 'Read in English', 'Save', 'Add to Collections', 'Add to plan', 'Share via'];
const share = ['Facebook', 'x.com', 'LinkedIn', 'Email', 'Print'];
const leftToc = ['Tessera documentation', 'Manage workspaces', 'Create a workspace', 'Data retention', 'Legal holds', 'Audit log', 'Download PDF'];
const meta = ['Article', '02/18/2025', '4 contributors'];
const feedback = ['Feedback', 'Was this page helpful?', 'Yes', 'No', 'In this article'];
const resources = [
  'Additional resources',
  'Training',
  'Module',
  'Manage the data lifecycle in Tessera - Training',
  'Learn how retention, archiving and legal holds work together to keep workspace data for as long as you need it.',
  'Documentation',
  'Tessera storage tiers',
  'Compare the hot, cool and archive storage tiers and how items move between them.',
  'Restore deleted workspace items',
  'Recover datasets and exports from the workspace recycle bin.',
];
const footer = ['en-us', 'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', 'Previous Versions', 'Blog', 'Contribute', 'Privacy'];
const footer2 = ['Terms of Use', 'Trademarks', '© Microsoft 2025'];
const li = (t: string, cls = ''): string => `<li${cls}><a href="/en-us/tessera/${anchor(t)}" class="has-external-link-indicator">${t}</a></li>`;
const button = (t: string, icon: string): string => `<button class="button button-clear button-sm border-radius inner-focus" data-bi-name="${icon}">
<span class="icon" aria-hidden="true"><span class="docon docon-${icon}"></span></span><span>${t}</span></button>`;
const html = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:title" content="${title} - Tessera">
<meta property="og:type" content="website"><meta property="og:url" content="https://learn.microsoft.com/en-us/tessera/admin/configure-retention">
<meta property="og:description" content="Set a workspace-wide retention policy in Tessera, exempt individual items, and learn what happens when items expire.">
<meta name="twitter:card" content="summary_large_image"><meta name="color-scheme" content="light dark"><meta name="author" content="hkowalczyk">
<meta name="breadcrumb_path" content="/tessera/breadcrumb/toc.json"><meta name="depot_name" content="MSDN.tessera-docs"><meta name="document_id"
content="6f1c2a8e-42b0-3d7f-91c5-0e8a7b4d2f13"><meta name="ms.author" content="hkowalczyk"><meta name="ms.date" content="02/18/2025">
<meta name="ms.service" content="tessera"><meta name="ms.topic" content="how-to"><meta name="locale" content="en-us"><meta name="page_type"
content="conceptual">
<meta name="toc_rel" content="../toc.json"><meta name="updated_at" content="2025-02-19T08:14:00Z"><meta name="schema" content="Conceptual">
<title>${title} - Tessera | Microsoft Learn</title><link rel="canonical" href="https://learn.microsoft.com/en-us/tessera/admin/configure-retention">
<link rel="stylesheet" href="/static/assets/0.4.03008.7315-52436c6b/styles/site-ltr.css">
<script id="msdocs-script">var msDocs = {environment: {accessLevel: "online", azurePortalHostname: "portal.azure.com", reviewFeatures: false,
supportLevel: "production", systemContent: true, siteName: "learn", legacyHosting: false}, data: {contentLocale: "en-us", contentDir: "ltr",
userLocale: "en-us", userDir: "ltr", pageTemplate: "Conceptual", brand: "", context: {}, hasBinaryRating: true, hasGithubIssues: false,
showFeedbackReport: false, enableTutorialFeedback: false, feedbackSystem: "Standard", feedbackGitHubRepo: "", feedbackProductUrl: "",
extendBreadcrumb: false, isEditDisplayable: false, isPrivateUnauthorized: false, hideViewSource: false, isPermissioned: false, hasRecommendations: true,
contributors: [{name: "hkowalczyk", url: "https://github.com/hkowalczyk"}]}, functions: {}};</script>
<script src="https://wcpstatic.microsoft.com/mscc/lib/v2/wcp-consent.js"></script><script
src="https://js.monitor.azure.com/scripts/c/ms.jsll-4.min.js"></script>
<script src="/static/assets/0.4.03008.7315-52436c6b/scripts/en-us/index-docs.js"></script></head>
<body lang="en-us" dir="ltr"><div class="header-holder layout-body-header"><a href="#main" style="z-index: 1070" class="outline-color-text
visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0 right-0 padding-xs text-align-center background-color-body">Skip to main
content</a><div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden>
<div style="max-width: 800px; margin: 0 auto;"><p style="font-size: 24px">${unsupported[0]}</p><p style="font-size: 16px; margin-top:
16px;">${unsupported[1]}</p>
<div style="margin-top: 12px;"><a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881" style="background-color: #0078d4; color:
white;">${unsupported[2]}</a>
<a href="https://learn.microsoft.com/en-us/lifecycle/faq/internet-explorer-microsoft-edge" style="color: #0078d4;">${unsupported[3]}</a></div></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" itemscope="itemscope" itemtype="http://schema.org/Organization"><div class="nav-bar">
<div class="nav-bar-brand"><a itemprop="url" href="https://www.microsoft.com" aria-label="Microsoft" class="nav-bar-button"><div class="nav-bar-logo
has-background-image theme-display is-light" role="presentation" aria-hidden="true" itemprop="logo" itemscope="itemscope"></div></a></div></div>
<nav id="site-header" aria-label="site header" class="nav-bar-menu"><ul class="nav-bar-list">${global
  .slice(0, 5)
  .map((t) => li(t, ' class="nav-bar-item"'))
  .join('\n')}
</ul><div class="nav-bar-profile"><a class="button button-sm docs-sign-in" href="#" data-bi-name="sign-in-link">${global[5]}</a></div></nav>
<nav id="ms--content-header" class="content-header-nav" aria-label="${product[0]}"><a class="nav-bar-item font-weight-semibold"
href="/en-us/tessera/">${product[0]}</a>
<ul class="nav-bar-list">${product
  .slice(1)
  .map((t) => li(t, ' class="nav-bar-item"'))
  .join('\n')}</ul></nav></header></div>
<div class="content-header uhf-container has-padding has-default-focus border-bottom-none" data-bi-name="content-header" id="content-header">
<div class="content-header-controls margin-xxs margin-inline-sm-tablet"><button type="button" class="contents-button button button-sm margin-right-xxs"
data-bi-name="contents-expand" aria-haspopup="true" data-contents-button><span class="icon" aria-hidden="true"><span class="docon docon-menu"></span></span>
<span class="contents-expand-title">${actions[0]}</span></button><button type="button" class="ap-collapse-behavior ap-expanded button button-sm"
data-bi-name="ap-collapse"><span class="icon" aria-hidden="true"><span class="docon
docon-exit-mode"></span></span><span>${actions[1]}</span></button></div></div>
<div id="disclaimer-holder" class="has-overflow-hidden has-default-focus"></div></div>
<div class="layout-body"><aside class="layout-body-menu" id="ms--toc-container"><div class="toc-filter"><input type="search" placeholder="Filter by title"
aria-label="Filter by title"></div><nav id="affixed-left-container" class="margin-top-sm-tablet position-sticky display-flex flex-direction-column"
aria-label="Primary"><ul class="tree table-of-contents">${leftToc
  .slice(0, 6)
  .map((t) => li(t, ' class="tree-item"'))
  .join('\n')}</ul>
<a class="button button-clear button-sm" href="/en-us/tessera/opbuildpdf/toc.pdf" data-bi-name="downloadPdf">${leftToc[6]}</a></nav></aside>
<main id="main" role="main" class="layout-body-main" data-bi-name="content" lang="en-us" dir="ltr"><div id="article-header" class="background-color-body
margin-bottom-xs display-none-print"><nav id="article-header-breadcrumbs" aria-label="Breadcrumb" class="overflow-hidden flex-grow-1 margin-right-sm">
<ol class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement"><a href="/en-us/">${global[0]}</a></li>
<li itemprop="itemListElement"><a href="/en-us/tessera/">${product[0]}</a></li><li itemprop="itemListElement"><a
href="/en-us/tessera/admin/">${product[3]}</a></li></ol>
</nav><div id="article-header-page-actions" class="opacity-none margin-left-auto display-flex flex-wrap-no-wrap align-items-stretch">
${button(actions[2] ?? '', 'chat-bubbles')}<a id="lang-link-tablet" class="button button-primary button-sm" href="#">${actions[3]}</a>
${button(actions[4] ?? '', 'circle-addition')}${button(actions[5] ?? '', 'circle-addition')}${button(actions[6] ?? '', 'circle-addition')}
<div class="sharing dropdown"><button class="dropdown-trigger button button-clear button-sm" aria-expanded="false" aria-label="${actions[7]}"><span
class="docon docon-sharing"></span><span>${actions[7]}</span></button><ul class="dropdown-menu" role="menu">${share
  .slice(0, 4)
  .map((t) => `<li><a class="button button-clear button-sm share-${anchor(t)}" href="#" data-bi-name="${anchor(t)}">${t}</a></li>`)
  .join('')}</ul></div>${button(share[4] ?? '', 'print')}</div></div>
<div id="ms--content-well-notifications"></div><div class="content"><h1 id="configure-data-retention">${title}</h1>
<div class="page-metadata-container display-flex gap-xxs justify-content-space-between align-items-center flex-wrap-wrap"><div class="margin-block-xxs">
<ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr"><li>${meta[0]}</li><li class="visibility-hidden-visual-diff">
<time class="is-invisible" data-article-date aria-label="Article review date" datetime="2025-02-18T08:00:00Z"
data-article-date-source="calculated">${meta[1]}</time></li>
<li class="contributors-holder display-none-print"><button aria-label="View all contributors" class="contributors-button link-button"
data-bi-name="contributors"
title="View all contributors">${meta[2]}</button></li></ul></div><div id="user-feedback" class="margin-block-xxs
display-none-print">${button(feedback[0] ?? '', 'like')}
</div></div><nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print margin-bottom-sm" data-bi-name="intopic toc"
aria-label="In this article"><h2 class="title is-6 margin-block-xs">${feedback[4]}</h2></nav>
<!-- <content> -->
${art.html}
<!-- </content> -->
</div><div id="ms--inline-notifications" class="margin-block-xs" data-bi-name="inline-notification"></div>
<section class="feedback-section position-relative margin-top-lg border-top padding-top-lg" data-bi-name="feedback-section"><h2 id="feedback"
class="title is-3 margin-none">${feedback[0]}</h2><div class="display-flex flex-wrap-wrap align-items-center"><p class="font-weight-semibold
margin-xxs">${feedback[1]}</p>
<div class="buttons"><button class="thumb-rating-button like button button-primary button-sm" data-bi-name="button-rating-yes">${feedback[2]}</button>
<button class="thumb-rating-button dislike button button-primary button-sm" data-bi-name="button-rating-no">${feedback[3]}</button></div></div></section></main>
<aside id="layout-body-aside" class="layout-body-aside" data-bi-name="aside"><div id="ms--additional-resources" class="right-container padding-sm display-none
display-block-desktop height-full" data-bi-name="pageactions" role="complementary" aria-label="Additional resources"><h2 class="title is-6
margin-top-md">${resources[0]}</h2><section data-bi-name="learning-resource-card"><div class="card-content-super-title">${resources[1]}</div>
<p class="card-content-super-title">${resources[2]}</p><a class="card-content-title" href="/en-us/training/modules/tessera-data-lifecycle/">${resources[3]}</a>
<p class="card-content-description">${resources[4]}</p></section><section data-bi-name="recommendations"><h3 class="title is-7">${resources[5]}</h3><ul>
<li><a href="/en-us/tessera/storage-tiers">${resources[6]}</a><p>${resources[7]}</p></li><li><a href="/en-us/tessera/restore-items">${resources[8]}</a>
<p>${resources[9]}</p></li></ul></section></div><nav id="side-doc-outline" class="doc-outline border-left padding-left-xs" aria-label="In this article">
<h3>${feedback[4]}</h3><ol>${art.headings.map((t) => `<li><a href="#${anchor(t)}">${t}</a></li>`).join('')}</ol></nav></aside></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a data-mscc-ic="false" href="#" data-bi-name="select-locale"
class="locale-selector-link flex-shrink-0 button button-sm button-clear"><span class="icon" aria-hidden="true"><span class="docon docon-world"></span></span>
<span class="local-selector-link-text">${footer[0]}</span></a><div class="ccpaLink" data-bi-name="your-privacy-choices"><a
href="https://aka.ms/yourcaliforniaprivacychoices"
class="button button-sm button-clear flex-shrink-0">${footer[1]}</a></div><div class="dropdown has-caret-up"><button data-test-id="theme-selector-button"
class="dropdown-trigger button button-clear button-sm theme-dropdown-trigger" title="Theme" data-bi-name="theme"><span>${footer[2]}</span></button>
<div class="dropdown-menu" role="menu"><ul class="theme-selector padding-xxs">${footer
  .slice(3, 6)
  .map(
    (t) => `<li class="theme display-block"><button class="button button-clear button-sm theme-control" data-theme-to="${anchor(t)}"><span
role="menuitem">${t}</span>
</button></li>`,
  )
  .join('')}</ul></div></div></div><ul class="links" data-bi-name="footerlinks"><li class="manage-cookies-holder" hidden=""></li>
${[...footer.slice(6), ...footer2.slice(0, 2)].map((t) => li(t)).join('\n')}<li>${footer2[2]}</li></ul></footer></body></html>`;
export const learnPage: TestPage = {
  name: 'heldout126-microsoft-learn-docs',
  kind: 'docs',
  html,
  // the alert labels ("Note", "Important") are in neither list, their text is body; the table's data cells are body; the
  // article date and the contributors count are bylines; the in-page outlines repeat the headings and are left out
  title,
  headings: art.headings,
  body: art.body,
  bylines: [meta[1] ?? '', meta[2] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...unsupported, ...global, ...product, ...actions, ...share, ...leftToc, meta[0] ?? '', ...feedback, ...resources, ...footer,
    ...footer2,
  ],
};
