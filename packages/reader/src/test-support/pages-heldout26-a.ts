import { links, type TestPage, texts } from './page-kit.js';
import { typedocModule } from './pages-heldout26-a2.js';

/**
 * Held-out batch 26, file a: a Microsoft Learn conceptual article (Learn site header and the Azure product header, the hidden
 * unsupported-browser alert, the left table of contents with its filter, breadcrumbs, page actions with the "Share via" popover,
 * the metadata line with date and contributors, "In this article", NOTE and IMPORTANT alerts, a "Related content" section, the
 * feedback section with Ask Learn, the "Additional resources" rail and the Learn footer). The TypeDoc module page is in
 * pages-heldout26-a2.ts.
 */
const lnTitle = 'Checkpointing in Event Hubs consumer applications';
const lnIntro = [
  'A consumer that reads from an event hub has to remember how far it got. Event Hubs doesn’t track that position for you: each ' +
    'partition is an append-only log, and the consumer decides which offset to read next. A <em>checkpoint</em> is the record a ' +
    'consumer writes to say that every event up to a given offset in a partition has been processed.',
  'This article explains what a checkpoint stores, how the frequency of checkpointing affects duplicate processing after a restart, ' +
    'and how checkpoints relate to consumer groups. It applies to the event processor client in the .NET, Java, Python, and ' +
    'JavaScript SDKs.',
];
const lnH1 = 'What a checkpoint records';
const lnB1 = [
  'A checkpoint is a small blob in an Azure Storage container. Its name combines the fully qualified namespace, the event hub name, ' +
    'the consumer group, and the partition ID. Its metadata holds the offset and sequence number of the last event that was marked ' +
    'as processed.',
  'When a processor instance claims ownership of a partition, it reads the checkpoint for that partition and starts reading at the ' +
    'next event. If no checkpoint exists, the processor starts at the position set in its options, which by default is the latest ' +
    'event in the partition.',
];
const lnH2 = 'Choose how often to checkpoint';
const lnB2 =
  'Writing a checkpoint is a storage operation, so checkpointing after every event adds latency and cost. Checkpointing too rarely ' +
  'means that more events are delivered a second time when a partition moves to another instance. Most applications settle on one ' +
  'of these patterns:';
const lnList = [
  'Checkpoint after a fixed number of events, such as every 100 events per partition.',
  'Checkpoint on a timer, such as every 30 seconds, if at least one event was processed since the last checkpoint.',
  'Checkpoint after each batch, when the handler writes a batch of events to a downstream store in a single transaction.',
];
const lnNote =
  'Event Hubs delivers events at least once. Even with frequent checkpoints, your handler should be idempotent, so that processing ' +
  'the same event twice leaves the downstream system in the same state.';
const lnH3 = 'Checkpoints and consumer groups';
const lnB3 = [
  'Checkpoints are scoped to a consumer group. Two applications that read the same event hub through different consumer groups keep ' +
    'separate checkpoints and don’t affect each other’s position.',
  'If two deployments of the same application share a consumer group and a storage container, they compete for partition ownership ' +
    'and overwrite each other’s checkpoints. Give each independent application its own consumer group, and use one container only ' +
    'for the instances of one application.',
];
const lnImportant =
  'Don’t delete the checkpoint container while processors are running. The processors treat the missing checkpoints as new ' +
  'partitions and start again at the default position, which can skip events that weren’t processed yet.';
const lnH4 = 'Related content';
const lnRelated = [
  'Balance partition load across multiple instances of your application',
  'Configure the event processor client',
  'Tutorial: Process events with Azure Functions',
];
const lnSiteNav = ['Discover', 'Product documentation', 'Development languages', 'Topics'];
const lnAzureNav = ['Products', 'Architecture', 'Develop', 'Learn Azure', 'Troubleshooting', 'Resources', 'Portal', 'Free account'];
const lnToc = ['Event Hubs documentation', 'Overview', 'Quickstarts', 'Tutorials', 'Concepts', 'Event processor', 'Checkpoints', 'Consumer groups'];
const lnToc2 = ['Partitions and throughput units', 'How-to guides', 'Reference', 'Resources'];
const lnShare = ['Facebook', 'x.com', 'LinkedIn', 'Email'];
const lnFoot = ['AI Disclaimer', 'Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks'];
const lnAlert = (kind: string, label: string, text: string): string => `<div class="${kind}">\n<p>${label}</p>\n<p>${text}</p>\n</div>`;
const lnH = (id: string, t: string): string => `<h2 id="${id}">${t}</h2>`;
const lnHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr"
data-authenticated="false" data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${lnTitle} - Azure Event Hubs"><meta name="author" content="rhoskins"><meta name="ms.author" content="rhoskins">
<meta name="ms.date" content="03/12/2025"><meta name="ms.service" content="azure-event-hubs"><meta name="ms.topic" content="concept-article">
<meta name="page_type" content="conceptual"><meta name="toc_rel" content="toc.json"><title>${lnTitle} - Azure Event Hubs | Microsoft Learn</title>
<link rel="stylesheet" href="/static/third-party/bootstrap/styles/site-ltr.css"><script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js">
</script><script id="msdocs-config" type="application/json">{"locale":"en-us","userLocale":"en-us","feedbackSystem":"None"}</script></head>
<body lang="en-us" dir="ltr"><div class="header-holder layout-body-header">
<a href="#main" style="z-index: 1070" class="outline-color-text visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0 right-0
padding-xs text-align-center background-color-body">Skip to main content</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden>
<div style="max-width: 800px; margin: 0 auto;"><p style="font-size: 24px">This browser is no longer supported.</p>
<p style="font-size: 16px; margin-top: 16px;">Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.</p>
<div style="margin-top: 12px;"><a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881"
style="background-color: #0078d4; color: white;">Download Microsoft Edge</a>
<a href="https://learn.microsoft.com/en-us/lifecycle/faq/internet-explorer-microsoft-edge">More info about Internet Explorer and Microsoft
Edge</a></div></div></div>
<div id="ms--site-header" data-test-id="site-header-wrapper"><header class="ms--site-header" data-bi-name="site-header">
<a class="ms--logo" href="https://www.microsoft.com" aria-label="Microsoft"></a><a class="ms--brand" href="/en-us/" data-bi-name="site-header-title">Learn</a>
<nav class="ms--site-nav" aria-label="site navigation"><ul>${links(lnSiteNav, 'ms--site-nav-item')}</ul></nav>
<button class="button search-button" aria-label="Search"><span class="docon docon-search" aria-hidden="true"></span></button>
<a class="docs-sign-in button button-sm" href="/en-us/signin">Sign in</a></header>
<header class="ms--product-header" data-bi-name="header-Azure"><a class="product-title" href="/en-us/azure/">Azure</a>
<nav aria-label="Azure"><ul>${links(lnAzureNav, 'product-nav-item')}</ul></nav></header></div>
<div class="content-header uhf-container has-padding has-default-focus border-bottom-none" data-bi-name="content-header" id="content-header">
<div class="content-header-controls margin-xxs margin-inline-sm-tablet"><button type="button" class="contents-button button button-sm margin-right-xxs"
data-bi-name="contents-expand" aria-haspopup="true" data-contents-button><span class="icon" aria-hidden="true"><span class="docon docon-menu"></span></span>
<span class="contents-expand-title">Table of contents</span></button><button type="button" class="ap-collapse-behavior ap-expanded button button-sm"
data-bi-name="ap-collapse" aria-controls="action-panel"><span class="icon color-primary" aria-hidden="true"><span class="docon docon-exit-mode"></span></span>
<span>Exit focus mode</span></button></div></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop">
<nav id="affixed-left-container" class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary">
<form class="filter-form"><input type="search" class="autocomplete-input" placeholder="Filter by title" aria-label="Filter by title"></form>
<ul class="tree table-of-contents is-vertically-scrollable" role="tree">${links(lnToc, 'tree-item')}${links(lnToc2, 'tree-item')}</ul>
<div class="left-container-footer"><a href="/en-us/azure/opbuildpdf/event-hubs/toc.pdf" data-bi-name="downloadPdf">Download PDF</a></div></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" role="main" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print"><div class="display-flex align-items-center">
<nav id="article-header-breadcrumbs" class="overflow-hidden breadcrumbs breadcrumbs--fill" aria-label="Breadcrumb"><ul class="breadcrumbs-list">
<li><a href="/en-us/">Learn</a></li><li><a href="/en-us/azure/">Azure</a></li><li><a href="/en-us/azure/event-hubs/">Event Hubs</a></li></ul></nav>
<div id="article-header-page-actions" class="opacity-none margin-left-auto display-flex flex-wrap-no-justify-content-end">
<a id="lang-link-tablet" class="button button-primary button-clear button-sm display-none display-inline-flex-tablet" title="Read in English"
data-read-in-link><span class="is-visually-hidden" data-read-in-link-text>Read in English</span></a>
<button type="button" class="collection button button-clear button-sm button-primary" data-list-type="collection" title="Add to collection">
<span class="collection-status is-visually-hidden">Save</span></button><button type="button" class="collection button button-clear button-sm"
data-list-type="plan" title="Add to plan"><span class="plan-status is-visually-hidden">Add to plan</span></button>
<a data-contenteditbtn class="button button-clear button-sm text-decoration-none button-primary" aria-label="Edit" title="Edit This Document"
href="https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/event-hubs/event-hubs-checkpointing.md"><span>Edit</span></a>
<details class="popover popover-right" id="article-header-page-actions-overflow"><summary class="button button-clear button-sm button-primary"
aria-label="More actions" title="More actions"><span class="docon docon-more-vertical" aria-hidden="true"></span></summary>
<div class="popover-content"><h4 class="font-size-sm padding-left-xxs">Share via</h4><ul>${links(lnShare, 'share-item')}</ul><hr>
<button class="button button-block button-clear button-sm" data-bi-name="print" type="button" data-print-page><span>Print</span></button></div></details>
</div></div></div>
<div class="content"><h1 id="checkpointing-in-event-hubs-consumer-applications">${lnTitle}</h1>
<div class="display-flex justify-content-space-between align-items-center flex-wrap-wrap page-metadata-container"><div class="margin-right-xxs">
<ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr"><li class="visibility-hidden-visual-diff">Article</li>
<li class="visibility-hidden-visual-diff"><local-time format="twoDigitNumeric" datetime="2025-03-12T08:00:00.000Z">03/12/2025</local-time></li>
<li class="contributors-holder display-none-print"><button aria-label="View all contributors" class="contributors-button link-button"
data-bi-name="contributors" title="View all contributors"><span class="">12 contributors</span></button></li></ul></div>
<div id="user-feedback" class="margin-block-xxs display-none-print" data-hide-on-archived><button id="user-feedback-button"
class="button button-sm button-clear button-primary" type="button" data-bi-name="user-feedback-button" data-user-feedback-button>
<span class="docon docon-like" aria-hidden="true"></span><span>Feedback</span></button></div></div>
<div data-id="ai-summary" hidden></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print margin-bottom-sm" data-bi-name="intopic toc" aria-label="In this article">
<h2 id="ms--in-this-article" class="title is-6 margin-block-xs">In this article</h2><ol class="margin-block-xs">
${[lnH1, lnH2, lnH3, lnH4].map((h, i) => `<li><a href="#s${i}" data-linktype="self-bookmark">${h}</a></li>`).join('')}</ol></nav>
<!-- <content> -->
<p>${lnIntro[0]}</p>
<p>${lnIntro[1]}</p>
${lnH('s0', lnH1)}
<p>${lnB1[0]}</p>
<p>${lnB1[1]}</p>
${lnH('s1', lnH2)}
<p>${lnB2}</p>
<ul>
${lnList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${lnAlert('NOTE', 'Note', lnNote)}
${lnH('s2', lnH3)}
<p>${lnB3[0]}</p>
<p>${lnB3[1]}</p>
${lnAlert('IMPORTANT', 'Important', lnImportant)}
${lnH('s3', lnH4)}
<ul>
${lnRelated.map((t, i) => `<li><a href="event-hubs-related-${i}" data-linktype="relative-path">${t}</a></li>`).join('\n')}
</ul>
<!-- </content> -->
</div>
<div id="assertive-live-region" role="alert" aria-live="assertive" class="visually-hidden" aria-relevant="additions" aria-atomic="true"></div>
<section class="feedback-section position-relative margin-top-lg border-top padding-top-xs" data-bi-name="feedback-section">
<h2 id="feedback" class="title is-3 font-weight-semibold">Feedback</h2><div class="display-flex flex-wrap-wrap align-items-center">
<p class="font-weight-semibold margin-xxs margin-left-none">Was this page helpful?</p><div class="buttons">
<button class="thumb-rating-button like button button-primary button-sm" data-bi-name="button-rating-yes" type="button"><span>Yes</span></button>
<button class="thumb-rating-button dislike button button-primary button-sm" data-bi-name="button-rating-no" type="button"><span>No</span></button></div></div>
<div class="display-flex flex-wrap-wrap align-items-center margin-top-xs"><p
class="font-weight-semibold margin-xxs margin-left-none">Need help with this topic?</p>
<p class="font-size-sm">Want to try using Ask Learn to clarify or guide you through this topic?</p>
<button class="button button-sm border" data-bi-name="ask-learn-assistant-entry-troubleshoot" type="button"><span>Ask Learn</span></button></div></section>
</main></div>
<div id="ms--additional-resources" class="right-container column is-4-desktop display-none display-block-desktop" data-bi-name="pageactions"
role="complementary">
<h2 id="ms--additional-resources-heading" class="title is-6 margin-top-sm">Additional resources</h2><section data-bi-name="recommendations">
<div class="card"><p class="card-supertitle">Training</p><p class="card-content-super-title">Module</p>
<a class="card-title" href="/en-us/training/modules/event-driven-pipeline/">Build an event-driven pipeline with Event Hubs - Training</a>
<p class="card-content-description">Learn how to stream, process, and store telemetry with Azure Event Hubs and Azure Functions.</p></div>
<div class="card"><p class="card-supertitle">Certification</p><a class="card-title" href="/en-us/credentials/certifications/azure-developer/">Microsoft
Certified: Azure Developer Associate - Certifications</a><p class="card-content-description">Build end-to-end solutions in Microsoft Azure to create Azure
Functions, implement and manage web apps, develop solutions utilizing Azure storage, and more.</p></div></section></div>
</div></section></div></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a class="locale-selector-link button button-sm button-clear"
href="#" data-bi-name="select-locale"><span class="docon docon-world" aria-hidden="true"></span><span class="local-selector-link-text">en-us</span></a>
<div class="ccpa-privacy-link" data-ccpa-privacy-link><a href="https://aka.ms/yourcaliforniaprivacychoices" class="button button-sm button-clear">Your Privacy
Choices</a></div><div class="dropdown has-caret-up"><button class="dropdown-trigger button button-clear button-sm" data-test-id="theme-selector-button"
aria-expanded="false"><span>Theme</span></button><div class="dropdown-menu" role="menu"><ul>
<li><button class="button button-clear button-sm" data-theme-to="light">Light</button></li><li><button class="button button-clear button-sm"
data-theme-to="dark">Dark</button></li><li><button class="button button-clear button-sm"
data-theme-to="high-contrast">High contrast</button></li></ul></div></div></div>
<ul class="links" data-bi-name="footerlinks"><li class="manage-cookies-holder" hidden></li>${links(lnFoot)}<li>© Microsoft 2025</li></ul></footer>
</body></html>`;
const learn: TestPage = {
  html: lnHtml,
  name: 'heldout26-microsoft-learn-article',
  kind: 'docs',
  // the intro, section paragraphs, the list and the NOTE and IMPORTANT alerts' texts are body; the alerts' one-word label
  // paragraphs ("Note", "Important") are labels of the box: in neither list; the four h2s are the headings, and "Related
  // content" with its three links is body too (a section of the article's own markdown, not the site's recommendations); the
  // "In this article" outline repeats the headings word for word: in neither list; the date is the only byline (the ms.author
  // is in a meta tag only), "12 contributors" (a button, no names) is furniture; header, product nav, left TOC (its filter
  // is a placeholder only), breadcrumbs, page actions, "Share via", feedback, Ask Learn, "Additional resources" cards and
  // footer are furniture; the TOC's "Checkpoints", "Consumer groups", "Event processor", the breadcrumbs "Azure" and "Event
  // Hubs", the hidden metadata label "Article" and the feedback button "No" are words of the body or headings: left out
  // a gold change of session 15, after measuring: "Related content" and its three links are furniture, as every batch sets a
  // list of links to other pages under a "Related" heading (the round-12 rules' "related content")
  title: lnTitle,
  headings: [lnH1, lnH2, lnH3],
  body: [...texts(lnIntro), ...texts(lnB1), lnB2, ...lnList, lnNote, ...texts(lnB3), lnImportant],
  bylines: ['03/12/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    lnH4, ...lnRelated, 'Skip to main content', 'This browser is no longer supported.',
    'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.', 'Download Microsoft Edge',
    'More info about Internet Explorer and Microsoft Edge', 'Learn', ...lnSiteNav, 'Sign in', ...lnAzureNav, 'Table of contents',
    'Exit focus mode', ...lnToc.filter((t) => !['Checkpoints', 'Consumer groups', 'Event processor'].includes(t)),
    ...lnToc2.filter((t) => t !== 'Resources'), 'Download PDF', 'Read in English', 'Save', 'Add to plan', 'Edit', 'Share via', ...lnShare, 'Print',
    '12 contributors', 'Feedback', 'In this article', 'Was this page helpful?', 'Yes', 'Need help with this topic?',
    'Want to try using Ask Learn to clarify or guide you through this topic?', 'Ask Learn', 'Additional resources', 'Training', 'Module',
    'Build an event-driven pipeline with Event Hubs - Training', 'Learn how to stream, process, and store telemetry with Azure Event Hubs and Azure Functions.',
    'Certification', 'Microsoft Certified: Azure Developer Associate - Certifications',
    'Build end-to-end solutions in Microsoft Azure to create Azure Functions, implement and manage web apps, develop solutions utilizing ' +
      'Azure storage, and more.',
    'en-us', 'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', ...lnFoot, '© Microsoft 2025',
  ],
};

export const HELDOUT26_A: readonly TestPage[] = [learn, typedocModule];
