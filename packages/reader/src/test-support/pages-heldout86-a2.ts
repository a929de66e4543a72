import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 86, file a2: a Microsoft Learn how-to article for an Azure service in preview ("Skip to main content",
 * the hidden unsupported-browser banner, the Learn header and the Azure category nav, breadcrumbs, the "Filter by title"
 * table of contents, the action bar with "Ask Learn", "Focus mode", "Add to plan" and the share menu, the date and
 * "Feedback" button under the h1, the "In this article" outline as an h2 inside main, the boilerplate "Important" preview
 * alert at the top of the content, a "Note" alert, a table, the CLI code block, "Was this page helpful?", the "Additional
 * resources" rail and the footer with the locale, privacy choices and theme switches).
 */
const azTitle = 'Configure dead-letter routing for Azure Event Canal subscriptions';
const azImportant =
  'Azure Event Canal dead-letter routing is currently in PREVIEW. See the Supplemental Terms of Use for Microsoft Azure Previews for ' +
  'legal terms that apply to Azure features that are in beta, preview, or otherwise not yet released into general availability.';
const azIntro = [
  'When Azure Event Canal can’t deliver an event to a subscription’s endpoint, it retries with an exponential backoff. If delivery ' +
    'still fails after the retry policy is exhausted, the event is dropped unless you configure dead-letter routing. This article ' +
    'shows how to send undeliverable events to a storage container so that you can inspect them and replay them later.',
];
const azNote = 'Dead-letter routing is configured per subscription. Existing subscriptions keep their current behavior until you update them.';
const azH = [
  'Prerequisites',
  'How dead-lettering works',
  'Configure dead-letter routing in the Azure portal',
  'Configure dead-letter routing with the Azure CLI',
  'Inspect dead-lettered events',
  'Related content',
];
const azPre = [
  'An Azure subscription. If you don’t have one, create a <a href="https://azure.microsoft.example/free/">free account</a> before you begin.',
  'An Event Canal namespace with at least one topic and one subscription.',
  'A general-purpose v2 storage account with a blob container for the dead-lettered events.',
  'The <strong>Event Canal Contributor</strong> role on the namespace, and the <strong>Storage Blob Data Contributor</strong> role on the ' +
    'storage account.',
];
const azHow = [
  'Event Canal decides whether to retry or dead-letter an event from the response that the endpoint returns. Some errors can’t be fixed ' +
    'by trying again, so those events go straight to the dead-letter container. The following table lists the cases.',
];
const azRows = [
  ['Endpoint returns 400, 403, or 413', 'Dead-lettered immediately, without retries'],
  ['Endpoint returns a 5xx status or times out', 'Retried, then dead-lettered when the retry policy is exhausted'],
  ['Event is older than its time-to-live', 'Dead-lettered on the next delivery attempt'],
];
const azHow2 = [
  'Each dead-lettered event is written as a JSON blob. The blob holds the original event, the last delivery error, and the number of ' +
    'attempts. Blobs are grouped in folders by namespace, topic, subscription, and hour.',
];
const azPortal = [
  'In the <a href="https://portal.azure.example">Azure portal</a>, go to your Event Canal namespace.',
  'Select <strong>Topics</strong>, select the topic, and then select the subscription that you want to update.',
  'Select the <strong>Additional features</strong> tab.',
  'Select <strong>Enable dead-lettering</strong>, and then select the storage account and container.',
  'Optionally, change <strong>Max delivery attempts</strong> and <strong>Event time to live</strong>.',
  'Select <strong>Save</strong>.',
];
const azCli = [
  'Use the <code>az canal subscription update</code> command with the <code>--deadletter-endpoint</code> parameter. The endpoint is the ' +
    'resource ID of the storage account, followed by the path of the container.',
  'The command returns the updated subscription. Check that <code>deadLetterDestination</code> shows the container that you set.',
];
const azInspect = [
  'Open the container in Azure Storage Explorer or the portal to see the blobs. Each file name starts with the event ID, which you can ' +
    'match against the publisher’s logs.',
  'To replay events after you fix the endpoint, read the blobs and publish the original events to the topic again. Event Canal doesn’t ' +
    'replay dead-lettered events automatically, and it doesn’t delete the blobs, so set a lifecycle management rule on the container if ' +
    'you don’t want to keep them indefinitely.',
];
const azRelated = [
  '<a href="/azure/event-canal/delivery-retry">Delivery and retry policies</a>',
  '<a href="/azure/event-canal/filter-events">Filter events for a subscription</a>',
  '<a href="/azure/storage/blobs/lifecycle-management-overview">Optimize costs by managing the data lifecycle</a>',
];
const azBrowser = [
  'This browser is no longer supported.',
  'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
  'Download Microsoft Edge',
  'More info about Internet Explorer and Microsoft Edge',
];
const azTop = ['Discover', 'Product documentation', 'Development languages', 'Topics'];
const azCat = ['Architecture', 'Develop', 'Learn Azure', 'Troubleshooting', 'Resources', 'Portal', 'Free account'];
const azToc: [string, string[]][] = [
  ['Event Canal documentation', []],
  ['Overview', ['What is Azure Event Canal?', 'Concepts']],
  ['Quickstarts', ['Create a namespace and topic', 'Publish events with the CLI']],
  ['How-to guides', ['Configure retry policies', 'Configure dead-letter routing', 'Filter events']],
  ['Reference', ['Azure CLI', 'REST API']],
];
const azActions = ['Ask Learn', 'Focus mode', 'Table of contents', 'Read in English', 'Add', 'Add to plan', 'Edit'];
const azShare = ['Share via', 'Facebook', 'x.com', 'LinkedIn', 'Email', 'Print'];
const azRes: [string, string, string][] = [
  ['Training', 'Module', 'Route and process events with Azure Event Canal'],
  ['Documentation', 'Article', 'Delivery and retry policies for Azure Event Canal'],
  ['Documentation', 'Article', 'Azure Event Canal event schema'],
];
const azFoot = ['AI Disclaimer', 'Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks'];
const azPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const azLis = (a: readonly string[]): string => a.map((p) => `<li>${p}</li>`).join('\n');
const azId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const azBtn = (t: string, icon: string): string => `<button type="button" class="button button-sm button-clear border-radius inner-focus"
data-bi-name="${azId(t)}"><span class="icon" aria-hidden="true"><span class="docon docon-${icon}"></span></span><span>${t}</span></button>`;
const azTocItem = (t: string): string =>
  `<li class="tree-item" role="none"><a class="tree-item${t.endsWith('routing') ? ' is-selected' : ''}" role="treeitem" href="/${azId(t)}">${t}</a></li>`;
const azHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr"
data-authenticated="false" data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Microsoft Learn"><meta property="og:title" content="${azTitle} - Azure Event Canal">
<meta name="description" content="Learn how to send events that can't be delivered to a storage container in Azure Event Canal.">
<meta name="author" content="ilsapardo"><meta name="ms.author" content="ilpardo"><meta name="ms.date" content="10/14/2025">
<meta name="ms.service" content="azure-event-canal"><meta name="ms.topic" content="how-to"><meta name="ms.custom" content="preview">
<meta name="schema" content="Conceptual"><meta name="feedback_system" content="Standard"><meta name="toc_rel" content="toc.json">
<meta name="breadcrumb_path" content="/azure/bread/toc.json"><meta name="uhfHeaderId" content="MSDocsHeader-Azure">
<title>${azTitle} - Azure Event Canal | Microsoft Learn</title><link rel="canonical" href="https://learn.microsoft.example/en-us/azure/event-canal/dead-letter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${azTitle}","dateModified":"2025-10-14",
"publisher":{"@type":"Organization","name":"Microsoft Learn"}}</script>
<script src="https://learn.microsoft.example/static/third-party/adobe-target/at-js/2.9.0/at.js"></script>
<script>var msDocs = {environment: {hasLocalStrings: true, supportLevel: 'production', azurePortalHostname: 'portal.azure.example'},
data: {contentLocale: 'en-us', userLocale: 'en-us', pageTemplate: 'Conceptual', brand: 'azure', context: {}, hasBinaryRating: true}};</script>
<link rel="stylesheet" href="/static/assets/0.4.03222.7262-0d8d1e1d/styles/site-ltr.css"></head>
<body lang="en-us" dir="ltr"><div class="header-holder has-default-focus">
<a href="#main" style="z-index: 1070" class="outline-color-text visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0
right-0 padding-xs text-align-center background-color-body">Skip to main content</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden>
<div style="max-width: 800px; margin: 0 auto;"><p style="font-size: 24px">${azBrowser[0]}</p><p style="font-size: 16px; margin-top: 16px;">
${azBrowser[1]}</p><div style="margin-top: 12px;"><a href="https://go.microsoft.example/fwlink/p/?LinkID=2092881">${azBrowser[2]}</a>
<a href="https://learn.microsoft.example/en-us/lifecycle/faq/internet-explorer-microsoft-edge">${azBrowser[3]}</a></div></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" class="header" itemscope itemtype="http://schema.org/Organization"
data-bi-name="learn-header"><nav class="nav-bar" aria-label="Global"><div class="nav-bar-brand"><a class="nav-bar-button" href="/en-us/"
aria-label="Microsoft"><span class="docon docon-microsoft-logo"></span></a><a class="nav-bar-brand-title" href="/en-us/"><span>Learn</span></a></div>
<ul class="nav-bar-menu">${azTop.map((t) => `<li class="nav-bar-item"><button class="nav-bar-button" aria-expanded="false">${t}</button></li>`).join('\n')}</ul>
<form class="nav-bar-search" role="search" action="/en-us/search/"><input type="search" aria-label="Search" placeholder="Search"></form>
<div class="nav-bar-profile"><a class="button button-sm border-radius" href="#" data-bi-name="sign-in">Sign in</a></div></nav>
<nav class="nav-bar nav-bar-category" aria-label="Azure"><a class="nav-bar-category-title" href="/en-us/azure/"><span>Azure</span></a><ul class="nav-bar-menu">
${azCat.map((t) => `<li class="nav-bar-item"><a class="nav-bar-button" href="/en-us/azure/${azId(t)}">${t}</a></li>`).join('\n')}</ul></nav></header></div>
<div class="content-header uhf-container has-padding has-default-focus border-bottom-none" data-bi-name="content-header">
<div class="content-header-controls margin-xxs margin-inline-sm-tablet"><button type="button" class="contents-button button button-sm margin-right-xxs"
data-bi-name="contents-expand" aria-haspopup="true" data-contents-button><span class="contents-expand-title">Table of contents</span></button>
<nav class="has-padding-none has-padding-top-none" aria-label="Breadcrumb" data-bi-name="breadcrumb"><ul class="breadcrumbs" itemscope
itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item"
href="/en-us/"><span itemprop="name">Learn</span></a></li><li itemprop="itemListElement"><a href="/en-us/azure/"><span itemprop="name">Azure</span></a>
</li><li itemprop="itemListElement"><a href="/en-us/azure/event-canal/"><span itemprop="name">Event Canal</span></a></li></ul></nav></div></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop"><nav id="affixed-left-container"
class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary"><form class="filter-form" role="search">
<label class="visually-hidden" for="ax-1">Filter by title</label><input id="ax-1" class="input" type="search" placeholder="Filter by title"></form>
<ul class="tree table-of-contents" role="tree">
${azToc
  .map(
    ([h, items]) =>
      `<li class="tree-item" role="treeitem"><span class="tree-expander">${h}</span>${
        items.length
          ? `<ul class="tree-group">
${items.map(azTocItem).join('\n')}
</ul>`
          : ''
      }</li>`,
  )
  .join('\n')}</ul>
<a class="button button-clear button-sm" href="/pdf?url=https%3A%2F%2Flearn.microsoft.example%2Fazure%2Fevent-canal%2Ftoc.json">Download PDF</a></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" role="main" class="content" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print"><div class="display-flex
align-items-center justify-content-space-between"><div id="article-header-page-actions" class="display-flex align-items-center">
${azBtn('Ask Learn', 'chat-sparkle')}${azBtn('Focus mode', 'glasses')}${azBtn('Table of contents', 'editor-list-bullet')}
<a class="button button-clear button-sm" href="/en-us/azure/event-canal/dead-letter" lang="en-us">Read in English</a>
${azBtn('Add', 'circle-addition')}${azBtn('Add to plan', 'circle-addition')}
<a class="button button-clear button-sm" href="https://github.example/MicrosoftDocs/azure-docs/blob/main/articles/event-canal/dead-letter.md"
data-bi-name="edit">Edit</a><details class="popover popover-right"><summary class="button button-clear button-sm">${azShare[0]}</summary>
<div class="popover-content">${azShare
  .slice(1)
  .map((t) => `<a class="button button-clear button-sm share-${azId(t)}" href="#">${t}</a>`)
  .join('\n')}</div>
</details></div></div></div>
<div class="content"><h1 id="configure-dead-letter-routing">${azTitle}</h1>
<div class="page-metadata-container display-flex gap-xxs justify-content-space-between align-items-center flex-wrap-wrap">
<ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr"><li class="visibility-hidden-visual-diff">
<local-time format="twoDigitNumeric" datetime="2025-10-14T08:00:00.000Z" data-article-date-source="calculated" class="is-invisible">10/14/2025</local-time>
</li></ul><div id="user-feedback" class="margin-block-xxs display-none display-inline-flex-tablet"><button type="button"
class="button button-sm button-clear border-radius" data-bi-name="user-feedback-button" data-test-id="conceptual-feedback-button">
<span class="icon" aria-hidden="true"><span class="docon docon-like"></span></span><span>Feedback</span></button></div></div>
<div id="ms--additional-resources-mobile" class="display-none-print"></div><nav id="center-doc-outline" class="doc-outline is-hidden-desktop
display-none-print margin-bottom-sm" data-bi-name="intopic toc" aria-label="In this article"><h2 id="ms--in-this-article" class="title is-6
margin-block-xs">In this article</h2><ol class="margin-block-xs">
${azH.map((t) => `<li><a class="font-size-sm" href="#${azId(t)}">${t}</a></li>`).join('\n')}</ol></nav></div>
<div class="content"><div class="IMPORTANT">
<p>Important</p>
<p>Azure Event Canal dead-letter routing is currently in PREVIEW. See the <a href="https://azure.microsoft.example/support/legal/preview-supplemental-terms/"
data-linktype="external">Supplemental Terms of Use for Microsoft Azure Previews</a> for legal terms that apply to Azure features that are in beta,
preview, or otherwise not yet released into general availability.</p>
</div>
${azPs(azIntro)}
<div class="NOTE">
<p>Note</p>
<p>${azNote}</p>
</div>
<h2 id="${azId(azH[0]!)}">${azH[0]}</h2>
<ul>${azLis(azPre)}</ul>
<h2 id="${azId(azH[1]!)}">${azH[1]}</h2>
${azPs(azHow)}
<div class="table-wrapper has-inner-focus"><table class="table table-sm margin-top-none"><thead><tr><th>Condition</th><th>Result</th></tr></thead>
<tbody>${azRows.map((r) => `<tr>\n<td>${r[0]}</td>\n<td>${r[1]}</td>\n</tr>`).join('\n')}</tbody></table></div>
${azPs(azHow2)}
<h2 id="${azId(azH[2]!)}">${azH[2]}</h2>
<ol>${azLis(azPortal)}</ol>
<p><span class="mx-imgBorder"><img src="media/dead-letter/enable-dead-lettering.png"
alt="Screenshot of the Additional features tab with Enable dead-lettering selected." data-linktype="relative-path"></span></p>
<h2 id="${azId(azH[3]!)}">${azH[3]}</h2>
<p>${azCli[0]}</p>
<pre><code class="lang-azurecli">az canal subscription update \\
  --resource-group myResourceGroup --namespace-name mynamespace \\
  --topic-name orders --name billing-webhook \\
  --deadletter-endpoint /subscriptions/&lt;sub-id&gt;/resourceGroups/myResourceGroup/providers/Microsoft.Storage/storageAccounts/mystore/containers/dlq
</code></pre>
<p>${azCli[1]}</p>
<h2 id="${azId(azH[4]!)}">${azH[4]}</h2>
${azPs(azInspect)}
<h2 id="${azId(azH[5]!)}">${azH[5]}</h2>
<ul>${azLis(azRelated)}</ul>
</div>
<div id="ms--inline-notifications" class="margin-block-xs" data-bi-name="inline-notification"></div>
<section class="feedback-section position-relative margin-top-lg border-top padding-top-sm" data-bi-name="feedback-section"><h3
class="font-size-lg margin-none">Was this page helpful?</h3><div class="buttons"><button type="button" class="thumb-rating-button like"
data-bi-name="button-rating-yes">Yes</button><button type="button" class="thumb-rating-button dislike" data-bi-name="button-rating-no">No</button></div>
<a class="button button-sm" href="https://feedback.azure.example/d365community/forum/canal">Provide product feedback</a></section>
</main></div>
<div class="right-container column is-4-desktop display-none display-block-desktop" data-bi-name="pageactions" role="complementary"
aria-label="Additional resources"><div id="affixed-right-container" class="margin-top-sm-tablet"><section id="right-rail-training-mobile"
class="" data-bi-name="learning-resources-card"><h2 class="title is-6 margin-top-md">Additional resources</h2><ul class="card-list">
${azRes
  .map(
    ([kind, type, t]) => `<li class="card-list-item"><article class="card"><p class="card-supertitle">${kind}</p><p class="card-content-super-title">${type}</p>
<a class="card-title" href="/training/${azId(t)}">${t}</a></article></li>`,
  )
  .join('\n')}</ul></section>
<nav id="side-doc-outline" class="doc-outline border-left padding-left-xs" data-bi-name="intopic toc" aria-label="In this article">
<h3 class="title is-6 margin-block-xs">In this article</h3><ol>${azH.map((t) => `<li><a href="#${azId(t)}">${t}</a></li>`).join('\n')}</ol></nav>
</div></div></div></section></div></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container"
role="contentinfo"><div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a data-mscc-ic="false"
class="locale-selector-link flex-shrink-0 button button-sm button-clear external-link-indicator" href="/en-us/locale">English (United States)</a>
<button type="button" class="button button-sm button-clear flex-shrink-0" data-bi-name="your-privacy-choices">Your Privacy Choices</button>
<div class="dropdown"><button class="dropdown-trigger button button-clear button-sm" aria-expanded="false"><span>Theme</span></button>
<div class="dropdown-menu" hidden><ul class="theme-selector">
${['Light', 'Dark', 'High contrast'].map((t) => `<li><button class="theme-selector-option">${t}</button></li>`).join('')}
</ul></div></div></div><ul class="links" data-bi-name="footerlinks">
${links(azFoot, 'footer-link')}
<li class="footer-copyright">© Microsoft 2025</li></ul></footer>
<script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script>
<script src="/static/assets/0.4.03222.7262-0d8d1e1d/scripts/en-us/index-docs.js"></script></body></html>`;

export const azureLearn: TestPage = {
  name: 'heldout86-microsoft-learn-azure-docs',
  kind: 'docs',
  // the boilerplate "Important" preview alert is furniture; the "Note" alert's text is body and its label in neither list;
  // table data cells are body; the image alt text and the code block are in neither list; "In this article" entries repeat
  // the headings and are left out
  html: azHtml,
  title: azTitle,
  headings: azH,
  body: texts([...azIntro, azNote, ...azPre, ...azHow, ...azRows.flat(), ...azHow2, ...azPortal, ...azCli, ...azInspect, ...azRelated]),
  bylines: ['10/14/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to main content', ...azBrowser, 'Learn', ...azTop, 'Sign in', 'Azure', ...azCat, 'Event Canal', 'Filter by title',
      ...azToc.flatMap(([h, items]) => [h, ...items]), 'Download PDF', ...azActions, ...azShare, 'Feedback', 'In this article', 'Important', azImportant,
      'Was this page helpful?', 'Yes', 'No', 'Provide product feedback', 'Additional resources', ...azRes.flat(), 'English (United States)',
      'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', ...azFoot, '© Microsoft 2025',
    ]),
  ],
};
