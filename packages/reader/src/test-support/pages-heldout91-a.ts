import { links, ps, type TestPage, texts } from './page-kit.js';
import { awsDocsPage } from './pages-heldout91-a2.js';

/**
 * Held-out batch 91, file a: a Microsoft Learn how-to article for an invented Azure service (skip link, the hidden cookie
 * consent holder, the site header with its product menu and "Sign in", the left table of contents with "Filter by title",
 * breadcrumbs, the page actions bar with "Ask Learn", "Save", "Add to plan", "Edit" and the share menu, the metadata line
 * with the date and contributor count, the "In this article" outline, alert boxes labelled "Note" and "Tip", code headers
 * with "Copy" and "Open Cloud Shell", a table, the feedback box, the "Additional resources" rail and the footer with the
 * theme menu) and, from file a2, an AWS documentation page.
 */
const msTitle = 'Configure retry and dead-letter policies for Azure Lattice Queues';
const msIntro = [
  'When a consumer fails to process a message, Azure Lattice Queues can try again automatically and, after a set number of attempts, ' +
    'move the message to a dead-letter queue. This article shows how to choose a retry mode, set the policy on a queue with the Azure CLI ' +
    'or the Azure portal, and watch retries in Azure Monitor.',
];
const msNote = [
  'Retry policies apply to queues created with API version 2025-03-01 or later. Queues created earlier keep the fixed three-attempt ' +
    'behavior until you update them.',
];
const msH1 = 'Prerequisites';
const msPre = [
  'An Azure subscription. If you don’t have one, create a free account before you begin.',
  'A Lattice Queues namespace on the Standard or Premium tier. Retry policies aren’t available on the Basic tier.',
  'Azure CLI version 2.64 or later with the <code>lattice</code> extension installed.',
  'The <strong>Lattice Queues Data Owner</strong> role, or another role that includes the <code>Microsoft.Lattice/namespaces/queues/write</code> action.',
];
const msH2 = 'Choose a retry mode';
const msModesIntro = ['Each queue uses one of three retry modes. The mode decides how long Lattice Queues waits before it delivers a failed message again.'];
const msModes = [
  ['Fixed', 'Waits the same interval between every attempt.', 'Short outages of a downstream service'],
  ['Exponential', 'Doubles the wait after each attempt, up to the maximum interval.', 'Rate-limited or overloaded dependencies'],
  ['Immediate', 'Redelivers at once, with no wait.', 'Transient lock conflicts'],
];
const msModesAfter = [
  'For most workloads, exponential retry with a maximum of eight attempts is a good starting point. It gives a failing dependency about ' +
    'four minutes to recover before the message is dead-lettered.',
];
const msH3 = 'Configure the policy with the Azure CLI';
const msCli = ['Run the following command to set an exponential policy on an existing queue. Replace the placeholder values with your own.'];
const msCliCode = `az lattice queue update \\
  --resource-group contoso-rg \\
  --namespace-name contoso-lattice \\
  --name orders \\
  --retry-mode Exponential \\
  --max-attempts 8 \\
  --initial-interval PT2S \\
  --max-interval PT2M \\
  --dead-letter-on-expiry true`;
const msCliAfter = [
  'The intervals use ISO 8601 duration format. <code>PT2S</code> is two seconds and <code>PT2M</code> is two minutes. To check the result, ' +
    'run <code>az lattice queue show</code> and look at the <code>retryPolicy</code> section of the output.',
];
const msTip = [
  'Set the same policy on every queue in a namespace at once by passing <code>--ids</code> with the output of <code>az lattice queue list</code>.',
];
const msH4 = 'Configure the policy in the Azure portal';
const msSteps = [
  'In the Azure portal, go to your Lattice Queues namespace.',
  'Under <strong>Entities</strong>, select <strong>Queues</strong>, and then select the queue you want to change.',
  'Select <strong>Retry policy</strong> on the left menu.',
  'Choose a retry mode, enter the maximum number of attempts, and set the initial and maximum intervals.',
  'Select <strong>Save</strong>. The new policy applies to messages that fail after the change.',
];
const msH5 = 'Monitor retries';
const msMonitor = [
  'Lattice Queues sends two metrics to Azure Monitor: <strong>Retried messages</strong> and <strong>Dead-lettered messages</strong>. A steady rise ' +
    'in retried messages usually means a consumer or a dependency is slow, while dead-lettered messages mean the policy gave up.',
  'Create an alert on dead-lettered messages so that someone looks at the dead-letter queue before it fills. Messages stay there until ' +
    'you receive them or they expire, and they count against the namespace quota.',
];
const msH6 = 'Related content';
const msRelated = ['Lattice Queues message sessions', 'Dead-letter queues in Lattice Queues', 'Lattice Queues quotas and limits'];
const msNav = ['Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Assessments', 'Shows'];
const msToc = [
  'Lattice Queues documentation',
  'Overview',
  'Quickstarts',
  'Create a namespace',
  'Send and receive messages',
  'How-to guides',
  'Configure retry policies',
  'Use message sessions',
  'Scale a namespace',
  'Reference',
  'Resources',
];
const msCrumbs = ['Learn', 'Azure', 'Lattice Queues'];
const msActions = [
  'Ask Learn',
  'Focus mode',
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
const msOutline = [msH1, msH2, msH3, msH4, msH5, msH6];
const msRail = [
  'Training',
  'Module',
  'Build resilient message consumers with Lattice Queues',
  'Learn how to handle failed messages, poison messages and retries in a queue-based application.',
  'Documentation',
  'Lattice Queues pricing tiers',
  'Azure Monitor metrics for Lattice Queues',
];
const msFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Microsoft 2025'];
const msTheme = ['Theme', 'Light', 'Dark', 'High contrast'];
const msCode = (lang: string, code: string): string => `<div class="codeHeader" id="code-try-0" data-bi-name="code-header"><span class="language">${lang}</span>
<div class="codeHeaderButtons"><button type="button" class="action position-relative" data-bi-name="copy" aria-label="Copy code">
<span class="icon margin-right-xxs" aria-hidden="true"><span class="docon docon-edit-copy"></span></span><span>Copy</span>
<div class="successful-copy-alert position-absolute right-0 top-0 left-0 bottom-0 display-flex align-items-center justify-content-center" aria-hidden="true">
<span class="icon font-size-lg"><span class="docon docon-check-mark"></span></span></div></button>
<button type="button" class="action position-relative" data-bi-name="open-cloudshell"><span class="icon margin-right-xxs" aria-hidden="true">
<span class="docon docon-terminal"></span></span><span>Open Cloud Shell</span></button></div></div>
<pre tabindex="0" class="has-inner-focus"><code class="lang-azurecli" data-author-content="${code.split('\n')[0]}"><span>${code}</span></code></pre>`;
const msAlert = (kind: 'NOTE' | 'TIP', label: string, body: readonly string[]): string => `<div class="${kind}">\n<p>${label}</p>\n${ps(body)}\n</div>`;
const msH = (t: string): string => `<h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>`;
const msHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${msTitle} - Azure Lattice Queues"><meta property="og:type" content="website">
<meta property="og:url" content="https://learn.microsoft.com/en-us/azure/lattice-queues/configure-retry-policy">
<meta name="description" content="Learn how to set retry modes, attempt limits and dead-lettering for queues in Azure Lattice Queues.">
<meta name="author" content="hmaristany"><meta name="ms.author" content="hmaristany"><meta name="ms.service" content="azure-lattice-queues">
<meta name="ms.topic" content="how-to"><meta name="ms.date" content="2025-09-23T00:00:00Z"><meta name="document_id"
content="7c1e0a52-44b1-8d3f-2c1a-6e2b9f0d3a41">
<meta name="schema" content="Conceptual"><meta name="toc_rel" content="toc.json"><meta name="breadcrumb_path" content="/azure/bread/toc.json">
<meta name="uhfHeaderId" content="azure"><meta name="page_type" content="conceptual"><meta name="updated_at" content="2025-10-02T11:40:00Z">
<title>${msTitle} - Azure Lattice Queues | Microsoft Learn</title>
<link rel="canonical" href="https://learn.microsoft.com/en-us/azure/lattice-queues/configure-retry-policy">
<link rel="stylesheet" href="/static/assets/0.4.03236.7384-7a1b2c3d/styles/site-ltr.css">
<script id="msdocs-script">var msDocs = {"environment":{"accessLevel":"online","azurePortalHostname":"portal.azure.com","reviewFeatures":false,
"supportLevel":"production","systemContent":true,"siteName":"learn","legacyHosting":false},"data":{"contentLocale":"en-us","contentDir":"ltr",
"userLocale":"en-us","userDir":"ltr","pageTemplate":"Conceptual","brand":"azure","context":{},"hasBinaryRating":true,"hasGithubIssues":true,
"showFeedbackReport":false,"enableTutorialFeedback":false,"feedbackSystem":"Standard","feedbackGitHubRepo":"","feedbackProductUrl":"",
"extendBreadcrumb":false,"isEditDisplayable":true,"isPrivateUnauthorized":false,"hideViewSource":false,"isPermissioned":false,
"hasRecommendations":true,"contributors":[{"name":"hmaristany","url":"https://github.com/hmaristany"},{"name":"okeller-ms"}]},
"functions":{}};</script>
<script src="/static/third-party/adobe-target/at-js/2.9.0/at.js"></script>
<script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script></head>
<body lang="en-us" dir="ltr"><div class="header-holder layout-body-header">
<a href="#main" class="skip-to-main-link has-outline-color-text visually-hidden-until-focused position-fixed has-inner-focus focus-visible top-0 left-0
right-0 padding-xs text-align-center background-color-body" tabindex="1">Skip to main content</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden>
<div style="max-width: 800px; margin: 0 auto;"><p style="font-size: 24px">This browser is no longer supported.</p>
<p style="font-size: 16px; margin-top: 16px;">Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.</p>
<div style="margin-top: 12px;"><a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881" style="background-color: #0078d4; color: white;">Download
Microsoft Edge</a><a href="https://learn.microsoft.com/en-us/lifecycle/faq/internet-explorer-microsoft-edge">More info about Internet Explorer and
Microsoft Edge</a></div></div></div>
<div id="ms--site-header" data-test-id="site-header-wrapper" role="banner" itemscope="itemscope" itemtype="http://schema.org/Organization">
<div id="ms--mobile-nav" class="site-header display-none-tablet padding-inline-none gap-none" data-bi-name="mobile-header"></div>
<div id="ms--primary-nav" class="site-header display-none display-flex-tablet" data-bi-name="L1-header">
<a itemprop="url" href="https://www.microsoft.com" aria-label="Microsoft" class="logo padding-xxs"><img src="/media/logos/logo-ms.svg" alt=""
itemprop="logo"></a><div class="site-header-brand"><a href="/en-us/" class="font-weight-semibold">Learn</a></div>
<nav id="ms--site-header-nav" aria-label="global" class="site-header-nav"><ul class="site-header-nav-list">${links(msNav, 'site-header-nav-item')}</ul></nav>
<form class="search-form" role="search" aria-label="Search"><input type="search" aria-label="Search" placeholder="Search" class="autosuggest-input">
<button type="submit" class="button">Search</button></form>
<div class="docs-sign-in"><button type="button" class="button button-sm button-clear docs-sign-in" data-bi-name="sign-in-link">Sign in</button></div></div>
<div id="ms--secondary-nav" class="site-header" data-bi-name="L2-header"><a class="site-header-title" href="/en-us/azure/">Azure</a>
<ul class="secondary-nav-list">${links(['Products', 'Architecture', 'Develop', 'Learn Azure', 'Troubleshooting', 'Resources', 'Portal', 'Free account'])}</ul>
</div></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body">
<div class="layout-body"><div class="layout-body-menu">
<nav id="affixed-left-container" class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary">
<div class="toc-filter"><input type="search" aria-label="Filter by title" placeholder="Filter by title" class="input input-sm"></div>
<ul class="tree table-of-contents" role="tree">${links(msToc, 'tree-item')}</ul>
<a class="button is-full-width" href="/pdf?url=https%3A%2F%2Flearn.microsoft.com%2Fen-us%2Fazure%2Flattice-queues%2Ftoc.json">Download PDF</a></nav></div>
<main id="main" role="main" class="layout-body-main" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print">
<div class="display-flex align-items-center justify-content-space-between">
<details id="article-header-breadcrumbs-overflow-popover" class="popover" data-for="article-header-breadcrumbs"><summary class="button button-clear
button-primary button-sm inner-focus" aria-label="All breadcrumbs"><span class="icon"><span class="docon docon-more"></span></span></summary></details>
<bread-crumbs id="article-header-breadcrumbs" data-test-id="article-header-breadcrumbs" class="overflow-hidden flex-grow-1 margin-right-sm">
<nav aria-label="Breadcrumb"><ol class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">${links(msCrumbs, 'breadcrumbs-item')}</ol></nav>
</bread-crumbs><div id="article-header-page-actions" class="opacity-none margin-left-auto display-flex flex-wrap-no-wrap align-items-stretch">
${msActions
  .slice(0, 7)
  .map((t) => `<button type="button" class="button button-sm border-none inner-focus" data-bi-name="${t.toLowerCase()}"><span>${t}</span></button>`)
  .join('\n')}
<details class="popover popover-right" id="article-header-page-actions-overflow"><summary class="button button-clear button-sm">
<span class="visually-hidden">More actions</span></summary><div class="popover-content"><ul>${links(msActions.slice(7))}</ul></div></details></div></div></div>
<div id="ms--content-header" class="content-header"><div class="content">
<h1 id="configure-retry-and-dead-letter-policies-for-azure-lattice-queues">${msTitle}</h1>
<div class="page-metadata-container display-flex gap-xxs justify-content-space-between align-items-center flex-wrap-wrap">
<div class="margin-none display-flex flex-wrap-wrap"><ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr">
<li class="visibility-hidden-visual-diff"><local-time format="twoDigitNumeric" datetime="2025-09-23T08:00:00.000Z"
data-article-date-source="calculated" class="is-invisible">09/23/2025</local-time></li>
<li class="readingTime">5 minutes to read</li>
<li class="contributors-holder display-none-print"><button aria-label="View all contributors" class="contributors-button link-button"
data-bi-name="contributors">4 contributors</button></li></ul></div>
<div id="user-feedback" class="margin-block-xxs display-none-print" data-hide-on-archived><button id="user-feedback-button"
data-test-id="conceptual-feedback-button"
class="button button-sm button-clear button-primary" type="button" data-bi-name="user-feedback-button" data-user-feedback-button>
<span class="icon" aria-hidden="true"><span class="docon docon-like"></span></span><span>Feedback</span></button></div></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print margin-bottom-sm" data-bi-name="intopic toc" aria-label="In this article">
<h2 id="ms--in-this-article" class="title is-6 margin-block-xs">In this article</h2><ol class="margin-block-xs">${links(msOutline)}</ol></nav>
<!-- <content> -->
${ps(msIntro)}
${msAlert('NOTE', 'Note', msNote)}
${msH(msH1)}
<ul>${msPre.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${msH(msH2)}
${ps(msModesIntro)}
<table><thead><tr><th>Mode</th><th>Behavior</th><th>Use it for</th></tr></thead>
<tbody>${msModes.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(msModesAfter)}
${msH(msH3)}
${ps(msCli)}
${msCode('Azure CLI', msCliCode)}
${ps(msCliAfter)}
${msAlert('TIP', 'Tip', msTip)}
${msH(msH4)}
<ol>${msSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${msH(msH5)}
${ps(msMonitor)}
${msH(msH6)}
<ul>${msRelated.map((t) => `<li><a href="dead-letter-queues">${t}</a></li>`).join('\n')}</ul>
<!-- </content> -->
</div></div>
<div id="ms--inline-notifications" class="margin-block-xs" data-bi-name="inline-notification"></div>
<section class="feedback-section position-relative border border-radius padding-xs margin-top-lg" data-bi-name="feedback-section">
<div class="display-flex gap-xs flex-wrap-wrap justify-content-space-between align-items-center">
<h2 class="title is-6 margin-none" id="feedback-section-title">Feedback</h2><div class="display-flex flex-wrap-wrap align-items-center gap-xxs">
<p class="font-size-sm">Was this page helpful?</p><div class="buttons"><button class="thumb-rating-button like button button-sm button-clear"
data-bi-name="button-rating-yes"><span>Yes</span></button><button class="thumb-rating-button dislike button button-sm button-clear"
data-bi-name="button-rating-no"><span>No</span></button></div></div></div></section></main>
<div class="layout-body-aside" data-bi-name="aside"><div id="ms--additional-resources" class="right-container padding-sm display-none display-block-desktop"
data-bi-name="pageactions" role="complementary" aria-label="Additional resources"><h2 class="title is-6 margin-top-md" id="ms--additional-resources-heading">
Additional resources</h2><section class="right-rail-training"><div class="card-template"><p class="card-content-super-title">${msRail[0]}</p>
<p class="card-content-type">${msRail[1]}</p><a class="card-content-title" href="/en-us/training/modules/resilient-lattice-consumers/">${msRail[2]}</a>
<p class="card-content-description">${msRail[3]}</p></div></section><section class="right-rail-documentation">
<p class="card-content-super-title">${msRail[4]}</p><ul>${links(msRail.slice(5))}</ul></section></div></div></div></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a data-mscc-ic="false" class="locale-selector-link button button-sm
button-clear flex-shrink-0" href="#" data-bi-name="select-locale"><span class="icon" aria-hidden="true"><span class="docon docon-world"></span></span>
<span class="local-selector-link-text">English (United States)</span></a><div class="ccpa-privacy-link" data-ccpa-privacy-link hidden>
<a href="https://aka.ms/yourcaliforniaprivacychoices" class="button button-sm button-clear flex-shrink-0" data-mscc-ic="false">Your Privacy Choices</a></div>
<div class="flex-shrink-0"><div class="dropdown has-caret-up"><button data-test-id="theme-selector-button" class="dropdown-trigger button button-clear
button-sm has-inner-focus theme-dropdown-trigger" aria-controls="theme-menu" aria-expanded="false"><span>${msTheme[0]}</span></button>
<div class="dropdown-menu" id="theme-menu" role="menu"><ul class="theme-selector padding-xxs" role="none">${msTheme
  .slice(1)
  .map((t) => `<li class="theme display-block" role="menuitem"><button class="button button-clear button-sm theme-control">${t}</button></li>`)
  .join('')}</ul></div></div></div></div>
<ul class="links" data-bi-name="footerlinks">${links(msFoot)}</ul></footer>
<script src="/static/assets/0.4.03236.7384-7a1b2c3d/scripts/en-us/index-docs.js"></script></body></html>`;
const msLearn: TestPage = {
  html: msHtml,
  name: 'heldout91-microsoft-learn-docs',
  kind: 'docs',
  // the alert labels ("Note", "Tip") and the code header are in neither list; the "In this article" outline repeats the
  // headings and is left out; the date and "5 minutes to read" are bylines, the contributor count furniture
  title: msTitle,
  headings: [msH1, msH2, msH3, msH4, msH5, msH6],
  body: [
    ...texts(msIntro),
    ...texts(msNote),
    ...texts(msPre),
    ...msModesIntro,
    ...msModes.flat(),
    ...msModesAfter,
    ...msCli,
    ...texts(msCliAfter),
    ...texts(msTip),
    ...texts(msSteps),
    ...texts(msMonitor),
    ...msRelated,
  ],
  bylines: ['09/23/2025', '5 minutes to read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'This browser is no longer supported.',
    'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.', 'Download Microsoft Edge',
    'More info about Internet Explorer and Microsoft Edge', ...msNav, 'Sign in', 'Products', 'Architecture', 'Develop', 'Learn Azure',
    'Troubleshooting', 'Resources', 'Portal', 'Free account', ...msToc.filter((t) => t !== 'Resources'), 'Download PDF', ...msCrumbs,
    ...msActions, 'More actions', '4 contributors', 'Feedback', 'In this article', 'Was this page helpful?', 'Yes', 'No', 'Additional resources',
    ...msRail.slice(1), 'English (United States)', 'Your Privacy Choices', ...msTheme, ...msFoot, 'Copy', 'Open Cloud Shell',
  ])],
};

export const HELDOUT91_A: readonly TestPage[] = [msLearn, awsDocsPage];
