import { links, type TestPage, texts } from './page-kit.js';
import { wikipediaEvent } from './pages-heldout100-d2.js';

/**
 * Held-out batch 100, file d: a Microsoft Learn how-to page (the unsupported-browser banner, skip link, the Learn header with
 * "Sign in", the product-level nav, breadcrumbs, the left TOC with "Filter by title", the article metadata with the date,
 * "contributors" and "Feedback", the "In this article" list, Note and Important alerts, numbered steps, code blocks with
 * "Copy", the "Was this page helpful?" rating, the "Additional resources" rail, and the footer with the locale, theme and
 * legal links) and, from file d2, a Wikipedia article about an event.
 */
const msTitle = 'Configure scheduled snapshots for a Tessera Storage volume';
const msIntro = [
  'This article shows you how to create a snapshot policy for an Azure Tessera Storage volume, assign it to the volume, and ' +
    'confirm that snapshots are being taken on schedule. Snapshot policies let you keep point-in-time copies of a volume without ' +
    'running a separate backup job.',
];
const msH1 = 'Prerequisites';
const msPre = [
  'An Azure subscription. If you don’t have one, create a free account before you begin.',
  'A Tessera Storage account with at least one volume in the Available state.',
  'The Tessera Storage Contributor role, or a role with the same permissions, on the storage account.',
];
const msH2 = 'Create a snapshot policy';
const msP2 = ['A policy defines how often snapshots are taken and how many of each kind are kept.'];
const msSteps = [
  'In the Azure portal, go to your Tessera Storage account.',
  'Under Data protection, select Snapshot policies, and then select + Add policy.',
  'Enter a name for the policy, such as daily-7.',
  'Under Schedule, choose Daily, set the time to 01:00 UTC, and set Keep to 7.',
  'Select Create.',
];
const msNote = 'Snapshot times are always in UTC. The portal shows the equivalent local time next to the field as a reminder.';
const msH3 = 'Assign the policy to a volume';
const msP3 = [
  'A volume can have one snapshot policy at a time. Assigning a new policy replaces the previous one but does not delete ' +
    'snapshots that the old policy already created.',
  'To assign the policy with the Azure CLI, run the following command:',
];
const msImportant =
  'If you remove a policy from a volume, existing snapshots are kept until you delete them manually. They continue to count toward your storage capacity.';
const msH4 = 'Verify the schedule';
const msP4 = [
  'After the first scheduled time has passed, list the volume’s snapshots to confirm that the policy is working:',
  'The output should include a snapshot whose name starts with the policy name followed by the date. If no snapshot appears ' +
    'within an hour of the scheduled time, check the Activity log for the storage account for a failed snapshot operation.',
];
const msH5 = 'Next steps';
const msNext = ['Restore a volume from a snapshot', 'Monitor snapshot capacity with alerts'];
const msTop = ['Learn', 'Discover', 'Product documentation', 'Development languages', 'Topics'];
const msProd = ['Azure', 'Products', 'Architecture', 'Develop', 'Learn Azure', 'Troubleshooting', 'Resources', 'Portal', 'Free account'];
const msCrumbs = ['Learn', 'Azure', 'Tessera Storage'];
const msToc = [
  'Tessera Storage documentation',
  'Overview',
  'Quickstarts',
  'Create a storage account',
  'How-to guides',
  'Configure scheduled snapshots',
  'Restore from a snapshot',
  'Reference',
  'Azure CLI',
  'REST API',
];
const msIn = ['Prerequisites', 'Create a snapshot policy', 'Assign the policy to a volume', 'Verify the schedule', 'Next steps'];
const msRes = [
  'Training',
  'Module',
  'Protect your data with Tessera Storage snapshots',
  'Certification',
  'Microsoft Certified: Azure Administrator Associate - Certifications',
];
const msFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Microsoft 2025'];
const msCopy =
  '<button class="action position-relative display-none-print" data-bi-name="copy" aria-label="Copy code"><span class="icon ' +
  'margin-right-xxs"></span><span>Copy</span></button>';
const msCode = (lang: string, label: string, body: string): string => `<div class="codeHeader" id="code-try-${lang}" data-bi-name="code-header">
<span class="language">${label}</span>${msCopy}</div><pre tabindex="0" class="has-inner-focus"><code class="lang-${lang}"
data-author-content="${body}">${body}</code></pre>`;
const msHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${msTitle} - Azure Tessera Storage"><meta name="description" content="Learn how to create and assign a snapshot policy.">
<meta name="ms.service" content="azure-tessera-storage"><meta name="ms.topic" content="how-to"><meta name="ms.date" content="11/04/2025"><meta
name="author" content="kdlamini">
<meta name="ms.author" content="kdlamini"><meta name="page_type" content="conceptual"><meta name="toc_rel" content="toc.json"><meta
name="feedback_system" content="Standard">
<title>${msTitle} - Azure Tessera Storage | Microsoft Learn</title><link rel="stylesheet" href="/static/assets/0.4.03129.7266-4a5e5f29/styles/site-ltr.css">
<script src="https://js.monitor.azure.example/scripts/c/ms.jsll-4.min.js"></script><script
src="/static/assets/0.4.03129.7266-4a5e5f29/scripts/en-us/index-docs.js"></script></head>
<body lang="en-us" dir="ltr"><div class="header-holder layout-body-header"><a href="#main" class="skip-to-main-link has-outline-color-text
visually-hidden-until-focused
button button-sm button-primary">Skip to main content</a><div hidden id="unsupported-browser" class="background-color-body-medium"
data-bi-name="unsupported-browser-banner">
<p>This browser is no longer supported.</p><p>Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.</p>
<a href="https://go.microsoft.example/fwlink/p/?LinkID=2092881">Download Microsoft Edge</a><a
href="/lifecycle/faq/internet-explorer-microsoft-edge">More info about Internet Explorer and Microsoft Edge</a>
</div><div id="ms--site-header" data-test-id="site-header-wrapper" role="banner" itemscope itemtype="http://schema.org/Organization"><nav
id="site-header" class="header-nav">
<ul class="nav-bar-menu">${links(msTop, 'nav-bar-item')}</ul><div class="nav-bar-search"><form role="search"><input type="search" aria-label="Search"
placeholder="Search"></form></div>
<button class="button button-primary button-sm docs-sign-in" data-bi-name="sign-in">Sign in</button></nav>
<nav id="product-header" aria-label="Azure"><ul class="nav-bar-menu">${links(msProd, 'nav-bar-item')}</ul></nav></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop"><nav id="affixed-left-container"
role="navigation"
aria-label="Primary"><form class="filter-toc"><input type="search" placeholder="Filter by title" aria-label="Filter by title"></form><ul class="tree
table-of-contents">
${links(msToc, 'tree-item')}</ul><a class="pdf-download" href="/pdf?url=tessera">Download PDF</a></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" role="main" class="content" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print"><div class="display-flex align-items-center">
<nav id="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs">${msCrumbs
  .map(
    (t) => `<li class="breadcrumbs-item"><a
href="/">${t}</a></li>`,
  )
  .join('')}</ol></nav></div>
<div class="margin-left-xxs"><button class="button button-clear button-sm" data-bi-name="ask-learn-assistant-entry"><span>Ask Learn</span></button>
<button class="button button-clear button-sm" data-bi-name="focus-mode-entry"><span>Focus mode</span></button></div></div>
<div class="content"><h1 id="configure-scheduled-snapshots-for-a-tessera-storage-volume">${msTitle}</h1><div class="page-metadata-container display-flex">
<ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr"><li class="visibility-hidden-visual-diff"><time class="is-invisible"
data-article-date aria-label="Article review date" datetime="2025-11-04T08:00:00Z">11/04/2025</time></li><li class="contributors-holder display-none-print">
<button aria-label="View all contributors" class="contributors-button link-button" data-bi-name="contributors">4 contributors</button></li></ul>
<button class="button button-sm button-clear" data-bi-name="feedback">Feedback</button></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print" aria-label="In this article"><h2 id="ms--in-this-article"
class="title is-6">In this article</h2>
<ol class="margin-bottom-xs">${msIn.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ol></nav>
<p>${msIntro[0]}</p>
<h2 id="prerequisites">${msH1}</h2>
<ul>${msPre.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="create-a-snapshot-policy">${msH2}</h2>
<p>${msP2[0]}</p>
<ol>${msSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<div class="NOTE"><p>Note</p><p>${msNote}</p></div>
<h2 id="assign-the-policy-to-a-volume">${msH3}</h2>
${msP3.map((t) => `<p>${t}</p>`).join('\n')}
${msCode('azurecli', 'Azure CLI', 'az tessera volume update --resource-group my-rg --account-name mytessera --name vol1 --snapshot-policy daily-7')}
<div class="IMPORTANT"><p>Important</p><p>${msImportant}</p></div>
<h2 id="verify-the-schedule">${msH4}</h2>
<p>${msP4[0]}</p>
${msCode('azurecli', 'Azure CLI', 'az tessera snapshot list --resource-group my-rg --account-name mytessera --volume vol1 --output table')}
<p>${msP4[1]}</p>
<h2 id="next-steps">${msH5}</h2>
<ul>${msNext.map((t) => `<li><a href="/next">${t}</a></li>`).join('\n')}</ul></div>
<div class="feedback-verbatim display-none-print" data-bi-name="rating"><h3 class="font-size-sm">Was this page helpful?</h3>
<button class="thumb-rating" data-bi-name="button-rating-yes">Yes</button><button class="thumb-rating"
data-bi-name="button-rating-no">No</button></div></main></div>
<div id="ms--additional-resources" class="right-container column is-4-desktop display-none display-block-desktop" data-bi-name="pageactions"
role="complementary">
<h2 id="ms--additional-resources-heading">Additional resources</h2>${msRes
  .map(
    (t) => `<div
class="card-content-super-title">${t}</div>`,
  )
  .join('\n')}</div></div></section></div></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a data-mscc-ic="false" class="locale-selector-link button button-sm
button-clear flex-shrink-0" href="#" data-bi-name="select-locale"><span class="icon"></span><span class="local-selector-link-text">English (United
States)</span></a>
<div class="ccpa-privacy-link"><a href="https://aka.ms/yourcaliforniaprivacychoices" class="button button-sm button-clear flex-shrink-0">Your Privacy
Choices</a></div>
<div class="flex-shrink-0"><div class="dropdown has-caret-up"><button class="dropdown-trigger button button-clear button-sm" data-bi-name="theme">Theme</button>
<div class="dropdown-menu" role="menu"><ul class="theme-selector
padding-xxs"><li><button>Light</button></li><li><button>Dark</button></li><li><button>High contrast</button></li>
</ul></div></div></div></div><ul class="links" data-bi-name="footerlinks">${links(msFoot)}</ul></footer>
<div id="action-panel" role="region" aria-label="Action Panel" class="action-panel" tabindex="-1"></div></body></html>`;
const msLearn: TestPage = {
  html: msHtml,
  name: 'heldout100-microsoft-learn-docs',
  kind: 'docs',
  // Note / Important alert texts are body, their labels in neither list; the "Next steps" link list is body; code blocks
  // and their headers are in neither; the "In this article" list repeats the headings and is left out
  title: msTitle,
  headings: [msH1, msH2, msH3, msH4, msH5],
  body: texts([...msIntro, ...msPre, ...msP2, ...msSteps, msNote, ...msP3, msImportant, ...msP4, ...msNext]),
  bylines: ['11/04/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'This browser is no longer supported.',
    'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.', 'Download Microsoft Edge',
    'More info about Internet Explorer and Microsoft Edge', ...msTop, 'Sign in', ...msProd, 'Tessera Storage', ...msToc, 'Download PDF', 'Ask ' +
  'Learn', 'Focus mode',
    '4 contributors', 'Feedback', 'In this article', 'Copy', 'Was this page helpful?', 'Yes', 'No', 'Additional resources', ...msRes, 'English (United States)',
    'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', ...msFoot,
  ],
};

export const HELDOUT100_D: readonly TestPage[] = [msLearn, wikipediaEvent];
