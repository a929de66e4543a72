import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 73, page 10: a Microsoft Learn article on a retired product, with the archived-content disclaimer, for file e. */
const mlTitle = 'Configure data retention in Stratus Analytics (classic)';
const mlDisclaimer = 'This article is archived and is no longer updated. Check the product lifecycle page to see how Stratus Analytics (classic) is supported.';
const mlImportant = [
  'Stratus Analytics (classic) was retired on March 31, 2025. Existing workspaces remain readable until September 30, 2025. To ' +
    'keep your data, <a href="/en-us/stratus/migrate">migrate to Stratus Data Platform</a>.',
];
const mlIntro = [
  'Data retention controls how long Stratus Analytics (classic) keeps ingested events before deleting them. You can set a default ' +
    'retention period for a whole workspace and override it for individual tables that need to be kept longer or deleted sooner.',
  'Retention applies to raw events only. Saved reports, dashboards and scheduled exports keep working after the events they were ' +
    'built from are deleted, but they can no longer be refreshed.',
];
const mlPrereq = [
  'A workspace in Stratus Analytics (classic) with at least one data source connected.',
  'The Workspace Owner or Data Steward role on that workspace.',
  'For retention longer than two years, a workspace on the Extended storage tier.',
];
const mlDefaultIntro = ['To change the retention period for the whole workspace:'];
const mlSteps = [
  'Open your workspace from the portal home page.',
  'Select <strong>Settings</strong> &gt; <strong>Data management</strong>.',
  'Under <strong>Default retention</strong>, enter a value between 30 and 730 days.',
  'Select <strong>Save</strong>. The new period applies to existing and future events within 24 hours.',
];
const mlOverride = [
  'Tables that hold audit or billing events often need to be kept longer than the workspace default. You can set a retention ' +
    'period per table with the <code>Set-StratusTableRetention</code> cmdlet:',
];
const mlOverride2 = [
  'A table-level value always wins over the workspace default. To go back to the default, run the same cmdlet with ' + '<code>-RetentionDays 0</code>.',
  'Table-level settings are copied when you migrate a workspace, so set them before you start a migration.',
];
const mlRanges = [
  ['Standard', '30 to 730 days', '90 days'],
  ['Extended', '30 to 2,555 days', '365 days'],
];
const mlExports = [
  'Shortening retention deletes older events in the next nightly cleanup. Scheduled exports that read a date range which no ' +
    'longer exists will run, but return no rows. Check your exports before you shorten the period, and export any history you ' +
    'still need first.',
];
const mlNext = ['Migrate a workspace to Stratus Data Platform', 'Export data from Stratus Analytics (classic)'];
const mlHeads = [
  'Prerequisites',
  'Set the default retention period',
  'Override retention for a table',
  'Retention limits by tier',
  'How retention affects exports',
  'Next steps',
];
const mlTop = ['Learn', 'Discover', 'Product documentation', 'Development languages', 'Topics'];
const mlCrumbs = ['Learn', 'Stratus', 'Analytics (classic)'];
const mlToc = ['Stratus Analytics (classic) documentation', 'Overview', 'Workspaces', 'Data sources', 'Scheduled exports', 'Migrate to Stratus Data Platform'];
const mlActions = [
  'Ask Learn',
  'Read in English',
  'Save',
  'Add to Collections',
  'Add to plan',
  'Edit',
  'Share via',
  'Facebook',
  'x.com',
  'LinkedIn',
  'Email',
  'Print',
];
const mlRes = [
  { k: 'Module', t: 'Plan a move from Stratus Analytics (classic) - Training', d: 'Assess your workspaces and plan the move to Stratus Data Platform.' },
  { k: 'Documentation', t: 'What is Stratus Data Platform? - Stratus', d: 'An overview of the service that replaces Stratus Analytics (classic).' },
];
const mlFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks'];
const mlBrowser = [
  'This browser is no longer supported.',
  'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
  'Download Microsoft Edge',
  'More info about Internet Explorer and Microsoft Edge',
];
const mlId = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');
const mlContent = `<div class="content"><h1 id="${mlId(mlTitle)}">${mlTitle}</h1>
<div class="page-metadata-container display-flex gap-xxs justify-content-space-between align-items-center flex-wrap-wrap"><div class="margin-block-xxs"><ul
class="metadata page-metadata align-items-center" data-bi-name="page info" lang="en-us" dir="ltr"><li class="visibility-hidden-visual-diff"><span class="badge
badge-sm text-wrap-pretty"><span>Retired</span></span></li><li class="visibility-hidden-visual-diff"><local-time format="twoDigitNumeric"
datetime="2024-06-14T08:00:00.000Z" data-article-date-source="calculated" class="is-invisible">06/14/2024</local-time></li><li class="contributors-holder
display-none-print"><button aria-label="View all contributors" class="contributors-button link-button" data-bi-name="contributors" title="View all
contributors">6 contributors</button></li></ul></div><div id="user-feedback" class="margin-block-xxs display-none-print" data-hide-on-archived><button
id="user-feedback-button" data-test-id="conceptual-feedback-button" class="button button-sm button-clear button-primary" type="button"
data-bi-name="user-feedback-button" data-user-feedback-button><span class="icon" aria-hidden="true"><span class="docon docon-like"></span></span>
<span>Feedback</span></button></div></div>
<div data-id="ai-summary" hidden></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print margin-bottom-sm" data-bi-name="intopic toc" aria-label="In this article">
<h2 id="ms--in-this-article" class="title is-6 margin-block-xs">In this article</h2><ol class="margin-left-xs">${mlHeads
  .map((h) => `<li><a class="font-size-sm" href="#${mlId(h)}">${h}</a></li>`)
  .join('')}</ol></nav>
<!-- <content> -->
<div class="IMPORTANT alert is-primary"><p class="alert-title"><span class="docon docon-status-warning-outline" aria-hidden="true"></span> Important</p>
${ps(mlImportant)}</div>
${ps(mlIntro)}
<h2 id="${mlId(mlHeads[0]!)}">${mlHeads[0]}</h2>
<ul>${mlPrereq.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="${mlId(mlHeads[1]!)}">${mlHeads[1]}</h2>
${ps(mlDefaultIntro)}
<ol>${mlSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<h2 id="${mlId(mlHeads[2]!)}">${mlHeads[2]}</h2>
${ps(mlOverride)}
<pre><code class="lang-powershell">Set-StratusTableRetention -Workspace "contoso-prod" -Table "AuditEvents" -RetentionDays 730
</code></pre>
${ps(mlOverride2)}
<h2 id="${mlId(mlHeads[3]!)}">${mlHeads[3]}</h2>
<table><thead><tr><th>Storage tier</th><th>Allowed range</th><th>Default</th></tr></thead><tbody>
${mlRanges.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('\n')}
</tbody></table>
<h2 id="${mlId(mlHeads[4]!)}">${mlHeads[4]}</h2>
${ps(mlExports)}
<h2 id="${mlId(mlHeads[5]!)}">${mlHeads[5]}</h2>
<ul>${mlNext.map((t) => `<li><a href="/en-us/stratus/${mlId(t)}">${t}</a></li>`).join('\n')}</ul>
<!-- </content> -->
</div>`;
const mlHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none">
<head>
<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:title" content="${mlTitle} - Stratus" /><meta property="og:type" content="website" />
<meta name="author" content="rkellerman" /><meta name="breadcrumb_path" content="/stratus/bread/toc.json" /><meta name="feedback_system" content="Standard" />
<meta name="is_archived" content="true" /><meta name="is_retired" content="true" /><meta name="locale" content="en-us" /><meta name="ms.date"
content="06/14/2024" />
<meta name="ms.topic" content="how-to" /><meta name="ms.service" content="stratus-analytics-classic" /><meta name="schema" content="Conceptual" />
<meta name="uhfHeaderId" content="MSDocsHeader-Stratus" /><meta name="page_type" content="conceptual" />
<title>${mlTitle} - Stratus | Microsoft Learn</title>
<link rel="stylesheet" href="/static/assets/0.4.030/styles/site-ltr.css" />
<script id="msdocs-script">var msDocs = { environment: { supportLevel: 'production', accessLevel: 'online', reviewFeatures: false, systemContent: true },
data: { contentLocale: 'en-us', contentDir: 'ltr', pageTemplate: 'Conceptual', brand: '', context: {} } };</script>
<script src="/static/assets/0.4.030/global/deprecation.js"></script><script src="/static/assets/0.4.030/scripts/en-us/index-docs.js"></script>
</head>
<body lang="en-us" dir="ltr">
<div class="header-holder has-default-focus">
<a href="#main" style="z-index: 1070" class="outline-color-text visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0 right-0
padding-xs text-align-center background-color-body">Skip to main content</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden><div style="max-width: 800px;
margin: 0 auto;"><p style="font-size: 24px">${mlBrowser[0]}</p><p style="font-size: 16px; margin-top: 16px;">${mlBrowser[1]}</p><div style="margin-top:
12px;"><a
href="https://go.microsoft.com/fwlink/p/?LinkID=2092881" style="background-color: #0078d4; color: white; padding: 6px 12px;">${mlBrowser[2]}</a><a
href="/en-us/lifecycle/faq/internet-explorer-microsoft-edge" style="color: #0078d4; padding: 6px 12px;">${mlBrowser[3]}</a></div></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" itemscope="itemscope" itemtype="http://schema.org/Organization"><div
data-test-id="site-header-wrapper" class="position-relative background-color-body-accent"><nav id="site-header" class="display-flex" aria-label="Global">
<a itemprop="url" href="https://www.microsoft.com" aria-label="Microsoft" class="logo padding-xs"></a><ul
class="site-header-nav">${links(mlTop, 'nav-bar-item')}</ul>
<form class="search-form" role="search" aria-label="Search"><input type="search" placeholder="Search" aria-label="Search"></form><button type="button"
class="button button-sm docs-sign-in" data-bi-name="sign-in">Sign in</button></nav></div></header></div>
<div class="content-header uhf-container has-padding has-default-focus border-bottom-none" data-bi-name="content-header" id="content-header">
<div class="content-header-controls margin-xxs margin-inline-sm-tablet"><button type="button" class="contents-button button button-sm margin-right-xxs"
data-bi-name="contents-expand" aria-haspopup="true" data-contents-button><span class="icon" aria-hidden="true"><span class="docon
docon-menu"></span></span><span
class="contents-expand-title">Table of contents</span></button><button type="button" class="ap-collapse-behavior ap-expanded button button-sm"
data-bi-name="ap-collapse" aria-controls="action-panel"><span class="icon" aria-hidden="true"><span class="docon docon-exit-mode"></span></span><span>Exit focus
mode</span></button></div></div>
<div id="disclaimer-holder" class="has-overflow-hidden has-default-focus"><div class="alert is-primary is-loaded margin-top-xs"
data-bi-name="archived-disclaimer"
role="status"><p><span class="docon docon-status-info-outline" aria-hidden="true"></span> ${mlDisclaimer.replace(
  'product lifecycle page',
  '<a href="/en-us/lifecycle/products/stratus-analytics-classic">product lifecycle page</a>',
)}</p></div></div>
</div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop"><nav id="affixed-left-container"
class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary"><div class="margin-bottom-xxs"><input type="search"
placeholder="Filter by title" aria-label="Filter by title" class="input input-sm"></div><ul class="tree table-of-contents"
role="tree">${links(mlToc, 'tree-item')}
<li class="tree-item is-leaf" aria-current="page"><a href="#" class="is-selected">Data retention</a></li></ul><div class="margin-top-xs"><a
href="/pdf?url=https://learn.microsoft.com/en-us/stratus/toc.json" class="button button-clear button-sm">Download PDF</a></div></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" role="main" class="content" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print"><div class="display-flex align-items-center">
<bread-crumbs id="article-header-breadcrumbs" data-test-id="article-header-breadcrumbs" class="overflow-hidden flex-grow-1 margin-right-sm"><nav
aria-label="Breadcrumb"><ol class="breadcrumbs-list" itemscope itemtype="http://schema.org/BreadcrumbList">${mlCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="breadcrumbs-item"><a itemprop="item"
href="/en-us/${i ? mlId(c) : ''}"><span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ol></nav></bread-crumbs>
<div id="article-header-page-actions" class="opacity-none margin-left-auto display-flex flex-wrap-no-wrap align-items-stretch"><button class="button button-sm
border-none inner-focus" data-bi-name="ask-learn-assistant-entry"><span>${mlActions[0]}</span></button><details class="popover popover-right"
id="article-header-page-actions-overflow"><summary class="justify-content-flex-start button button-clear button-sm button-primary inner-focus" aria-label="More
actions" title="More actions"><span class="icon" aria-hidden="true"><span class="docon docon-more-vertical"></span></span></summary><div
class="popover-content">
${mlActions
  .slice(1)
  .map((a) =>
    a === 'Share via'
      ? `<span class="margin-none font-size-sm padding-xxs text-subtle">${a}</span>`
      : `<button type="button" class="button-block
button-sm inner-focus button button-clear justify-content-flex-start text-align-left" data-bi-name="${mlId(a)}"><span>${a}</span></button>`,
  )
  .join('\n')}</div></details></div></div></div>
${mlContent}
<div id="ms--inline-notifications" class="margin-block-xs"></div>
<section class="feedback-section position-relative margin-top-lg border-top padding-top-xs" data-bi-name="feedback-section"><h2 class="title is-3
font-weight-semibold">Feedback</h2><div class="display-flex flex-wrap-wrap align-items-center"><p class="font-weight-semibold margin-xxs margin-left-none">Was
this
page helpful?</p><div class="buttons"><button class="thumb-rating-button like button button-primary button-sm" data-test-id="footer-rating-yes" type="button"
title="This article is helpful"><span class="icon" aria-hidden="true"><span class="docon docon-like"></span></span><span>Yes</span></button><button
class="thumb-rating-button dislike button button-primary button-sm" data-test-id="footer-rating-no" type="button" title="This article is not helpful"><span
class="icon" aria-hidden="true"><span class="docon docon-dislike"></span></span><span>No</span></button></div></div></section>
</main></div>
<div id="ms--additional-resources" class="right-container column is-4-desktop display-none display-block-desktop" data-bi-name="pageactions"
role="complementary"
aria-label="Additional resources"><div class="margin-top-sm-tablet"><h2 class="title is-6 margin-top-md">Additional resources</h2>${mlRes
  .map(
    (r) => `<article class="card margin-bottom-xs"><div class="card-content"><p class="card-supertitle">${r.k}</p><a class="card-title"
href="/en-us/training/${mlId(r.t)}">${r.t}</a><p class="card-content-description">${r.d}</p></div></article>`,
  )
  .join('\n')}<nav id="side-doc-outline" class="doc-outline border-left padding-left-xs" data-bi-name="intopic toc" aria-label="In this article"><h3>In this
article</h3></nav></div></div>
</div></section></div></div>
<div class="footer-layout uhf-container has-padding has-default-focus"><footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout
has-padding has-default-focus border-top uhf-container" role="contentinfo"><div class="display-flex gap-xs flex-wrap-wrap is-full-height
padding-right-lg-desktop"><a
data-mscc-ic="false" class="locale-selector-link flex-shrink-0 button button-sm button-clear external-link-indicator" data-bi-name="select-locale"><span
class="icon" aria-hidden="true"><span class="docon docon-world"></span></span><span class="local-selector-link-text">en-us</span></a><div
class="ccpa-privacy-link"
data-ccpa-privacy-link><a href="https://aka.ms/yourcaliforniaprivacychoices" class="button button-sm button-clear flex-shrink-0 external-link-indicator"
data-bi-name="your-privacy-choices"><span>Your Privacy Choices</span></a></div><div class="flex-shrink-0"><div class="dropdown has-caret-up"><button
data-test-id="theme-selector-button" class="dropdown-trigger button button-clear button-sm inner-focus theme-dropdown-trigger" aria-expanded="false"
title="Theme"
data-bi-name="theme"><span class="icon"><span class="docon docon-sun" aria-hidden="true"></span></span><span>Theme</span></button><div class="dropdown-menu"
role="menu"><ul class="theme-selector padding-xxs">${['Light', 'Dark', 'High contrast']
  .map(
    (t) => `<li class="theme display-block"><button class="button button-clear button-sm theme-control button-block" data-theme-to="${mlId(t)}"><span
role="menuitem">${t}</span></button></li>`,
  )
  .join(
    '',
  )}</ul></div></div></div></div><ul class="links" data-bi-name="footerlinks"><li class="manage-cookies-holder" hidden=""><button class="button button-clear
button-sm external-link-indicator" data-bi-name="manage-cookies" type="button">Manage cookies</button></li>${links(mlFoot)}<li>© Microsoft
2025</li></ul></footer>
</div>
</body></html>`;

export const msLearnRetired: TestPage = {
  html: mlHtml,
  name: 'heldout73-microsoft-learn-retired-docs',
  kind: 'docs',
  // the archived-content disclaimer above the article is furniture (the platform's), the "Important" alert at the top of the
  // content is the article's own retirement note and is body (its "Important" title furniture); the "Retired" badge,
  // "6 contributors", "Feedback", "In this article" and its links (which repeat the headings: left out), page actions,
  // the feedback section, "Additional resources", the table of contents and the footer are furniture; the date is a byline;
  // table data cells are body, header cells and the PowerShell line in neither list; the breadcrumbs "Stratus" and "Analytics
  // (classic)" and the table of contents' "Data retention" and "Migrate to Stratus Data Platform" repeat words of the title
  // and the text: left out
  title: mlTitle,
  headings: mlHeads,
  body: [
    ...texts(mlImportant),
    ...mlIntro,
    ...mlPrereq,
    ...mlDefaultIntro,
    ...texts(mlSteps),
    ...texts(mlOverride),
    ...texts(mlOverride2),
    ...mlRanges.flat(),
    ...mlExports,
    ...mlNext,
  ],
  bylines: ['06/14/2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mlBrowser, ...mlTop, 'Sign in', 'Table of contents', 'Exit focus mode', mlDisclaimer, 'Download PDF',
    ...mlToc.filter((t) => !t.startsWith('Migrate')), ...mlActions, 'Retired', '6 contributors', 'Feedback', 'In this article', 'Important',
    'Was this page helpful?', 'Yes', 'No',
    'Additional resources', ...mlRes.flatMap((r) => [r.k, r.t, r.d]), 'en-us', 'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast',
    'Manage cookies', ...mlFoot, '© Microsoft 2025',
  ],
};
