import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 60, file c2: a Microsoft Learn conceptual article (learn.microsoft.com: skip links, the hidden old-browser
 * notice, the Learn header and the Azure product header, the "Table of contents" and focus-mode buttons, breadcrumbs, the
 * action bar with "Ask Learn", "Add to plan", "Edit" and the share menu, the hidden sign-in notices, the metadata row with
 * date and contributors, the "In this article" list, Note and Important alerts, a C# code block, "Next steps", the feedback
 * box, the "Additional resources" rail and the footer with theme and privacy links).
 */
const msTitle = 'Dead-letter queues in Azure Service Bus';
const msIntro = [
  'Every Service Bus queue and topic subscription has a secondary subqueue called the dead-letter queue (DLQ). It holds messages ' +
    'that can’t be delivered to any receiver or that can’t be processed, so that they neither block the main queue nor get lost.',
  'You don’t create or delete the dead-letter queue separately. It exists for as long as its parent entity exists, and you can’t ' +
    'send messages to it directly. Messages arrive there either because Service Bus moved them or because your application ' +
    'explicitly dead-lettered them.',
];
const msH1 = 'Why messages are dead-lettered';
const msWhy =
  'Service Bus moves a message to the dead-letter queue in the following situations. In each case, it adds the ' +
  '<code>DeadLetterReason</code> and <code>DeadLetterErrorDescription</code> properties to the message so that you can see what happened.';
const msH2 = 'Maximum delivery count exceeded';
const msMax =
  'Each time a receiver locks a message and then abandons it, or lets its lock expire, the message’s delivery count goes up by ' +
  'one. When the count passes the entity’s <code>MaxDeliveryCount</code> setting, which is 10 by default, the message is moved ' +
  'with the reason <code>MaxDeliveryCountExceeded</code>.';
const msH3 = 'Time to live expired';
const msTtl =
  'If dead-lettering on expiration is turned on for the queue or subscription, a message whose time to live passes before anyone ' +
  'receives it is moved with the reason <code>TTLExpiredException</code>. If the setting is off, expired messages are simply removed.';
const msImportant =
  'Expired messages are moved only while a receiver is actively pulling from the entity. If no receiver is connected, expired ' +
  'messages can stay in the main queue until the next receive attempt.';
const msH4 = 'Application-level dead-lettering';
const msApp =
  'A receiver can decide that a message can never be processed, for example because its body doesn’t match the expected schema. ' +
  'Calling <code>DeadLetterMessageAsync</code> moves the message at once and lets you supply your own reason and description.';
const msH5 = 'Process messages in the dead-letter queue';
const msProc = [
  'You read from the dead-letter queue the same way as from any other queue, by appending <code>/$deadletterqueue</code> to the ' +
    'entity path, or by setting the sub-queue option on the receiver as shown here:',
  'Dead-lettered messages keep their original properties and sequence numbers, which makes it easier to match them with your own ' +
    'logs. They don’t expire, and they count toward the entity’s storage quota.',
  'Plan for a process that reviews them regularly: fix the cause, then resubmit the messages to the main queue, or complete them to remove them.',
];
const msNote = 'Service Bus Explorer in the Azure portal lets you peek at, resubmit and purge dead-lettered messages without writing code.';
const msNext = ['Enable dead-lettering on message expiration', 'Get message counts for a queue or subscription', 'Service Bus quotas and limits'];
const msTop = ['Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Assessments', 'Shows'];
const msAzure = ['Product documentation', 'Architecture', 'Learn Azure', 'Develop', 'Resources', 'Portal', 'Free account'];
const msShare = ['Facebook', 'x.com', 'LinkedIn', 'Email'];
const msFoot = ['English (United States)', 'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', 'AI Disclaimer', 'Previous Versions'];
const msFoot2 = ['Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Microsoft 2025'];
const msCode = `<span class="hljs-keyword">await</span> <span class="hljs-keyword">using</span> <span class="hljs-keyword">var</span> client = <span
class="hljs-keyword">new</span> ServiceBusClient(connectionString);
ServiceBusReceiver receiver = client.CreateReceiver(<span class="hljs-string">"orders"</span>, <span class="hljs-keyword">new</span> ServiceBusReceiverOptions
{
    SubQueue = SubQueue.DeadLetter
});
ServiceBusReceivedMessage message = <span class="hljs-keyword">await</span> receiver.ReceiveMessageAsync();
Console.WriteLine(message.DeadLetterReason);`;
const alert = (kind: string, label: string, text: string): string =>
  `<div class="alert is-${kind}"><p class="alert-title"><span class="docon docon-status-info-outline" aria-hidden="true"></span> ${label}</p>` +
  `<p>${text}</p></div>`;
const msHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr"
data-authenticated="false" data-target="docs" x-ms-format-detection="none"><head><meta charset="utf-8">
<meta name="ms.topic" content="concept-article"><meta name="ms.service" content="azure-service-bus"><meta name="ms.date" content="10/08/2025">
<meta name="author" content="hbenedikt"><title>${msTitle} - Azure Service Bus | Microsoft Learn</title>
<script type="application/json" id="msdocs-config">{"locale":"en-us","features":{"askLearn":true,"plans":true}}</script>
<link rel="stylesheet" href="/static/third-party/bootstrap/site-ltr.css"></head>
<body lang="en-us" dir="ltr"><div class="header-holder has-default-focus">
<a href="#main" class="outline-color-text visually-hidden-until-focused position-fixed inner-focus" data-skip-to-main-link>Skip to main content</a>
<a href="#" data-skip-to-ask-learn class="visually-hidden-until-focused">Skip to Ask Learn chat experience</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" hidden><div class="uhf-container"><p>This browser is no longer supported.</p>
<p>Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.</p>
<a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881">Download Microsoft Edge</a></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" itemscope itemtype="http://schema.org/Organization">
<a class="uhf-logo" href="https://www.microsoft.com" aria-label="Microsoft"><span>Microsoft</span></a><a class="docs-brand" href="/en-us/">Learn</a>
<nav aria-label="Global"><ul>${links(msTop, 'nav-bar-item')}</ul></nav><button class="docs-sign-in">Sign in</button></header>
<div class="product-header" data-bi-name="product-header"><a class="product-title" href="/en-us/azure/">Azure</a>
<ul>${links(msAzure, 'product-header-item')}</ul></div></div>
<div class="content-header uhf-container has-padding has-default-focus" data-bi-name="content-header">
<button class="contents-button button button-sm" aria-controls="left-container">Table of contents</button>
<button class="button button-sm" data-bi-name="exit-focus-mode" hidden>Exit focus mode</button>
<nav class="breadcrumbs" aria-label="Breadcrumb" data-bi-name="breadcrumb"><ol><li><a href="/en-us/">Learn</a></li><li><a href="/en-us/azure/">Azure</a></li>
<li><a href="/en-us/azure/service-bus-messaging/">Service Bus Messaging</a></li></ol></nav>
<div class="content-header-controls"><button data-bi-name="ask-learn">Ask Learn</button><button data-bi-name="focus-mode">Focus mode</button>
<button data-bi-name="collection">Add</button><button data-bi-name="plan">Add to plan</button>
<a data-bi-name="edit"
href="https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/service-bus-messaging/service-bus-dead-letter-queues.md">Edit</a>
<details class="popover"><summary>Share via</summary><ul>${links(msShare, 'share-link')}</ul></details>
<button data-bi-name="print">Print</button></div></div></div>
<div id="disclaimer-holder" class="has-default-focus" hidden><div class="alert is-warning"><p class="alert-title">Note</p>
<p>Access to this page requires authorization. You can try signing in or changing directories.</p></div></div>
<div class="mainContainer uhf-container has-default-focus"><div id="left-container" class="left-container" aria-label="Table of contents">
<nav id="affixed-left-container" role="navigation" aria-label="Table of contents">
<form><input placeholder="Filter by title" aria-label="Filter by title"></form>
<ul class="tree">${links(['Service Bus Messaging documentation', 'Overview', 'Queues, topics, and subscriptions', 'Message sessions'], 'tree-item')}
<li class="tree-item is-selected"><a href="#" aria-current="page">Dead-letter queues</a></li>
${links(['Message deferral', 'Duplicate detection', 'Geo-replication'], 'tree-item')}</ul>
<a class="pdf-link" href="/pdf?url=https://learn.microsoft.com/en-us/azure/service-bus-messaging/toc.json">Download PDF</a></nav></div>
<main id="main" role="main" class="content" data-bi-name="content" lang="en-us" dir="ltr">
<h1 id="dead-letter-queues">${msTitle}</h1>
<div class="page-metadata-container"><ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr">
<li><button class="feedback-button">Feedback</button></li><li><button class="summarize-button">Summarize this article for me</button></li></ul>
<div class="page-metadata-row"><local-time format="twoDigitNumeric" datetime="2025-10-08T08:00:00.000Z">10/08/2025</local-time>
<button aria-label="View all contributors" class="contributors-button link-button" title="View all contributors">Contributors</button></div></div>
<nav id="center-doc-outline" class="doc-outline" aria-label="In this article"><h2 id="ms--in-this-article" class="title">In this article</h2>
<ol>${[msH1, msH5].map((h, i) => `<li><a href="#h${i}">${h}</a></li>`).join('')}<li><a href="#next-steps">Next steps</a></li></ol></nav>
${msIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="h0">${msH1}</h2><p>${msWhy}</p>
<h3 id="maximum-delivery-count">${msH2}</h3><p>${msMax}</p>
<h3 id="time-to-live">${msH3}</h3><p>${msTtl}</p>
${alert('warning', 'Important', msImportant)}
<h3 id="application-level">${msH4}</h3><p>${msApp}</p>
<h2 id="h1">${msH5}</h2><p>${msProc[0]}</p>
<pre><code class="lang-csharp" data-author-content="true">${msCode}</code></pre>
<p>${msProc[1]}</p><p>${msProc[2]}</p>${alert('primary', 'Note', msNote)}
<h2 id="next-steps">Next steps</h2><ul>${links(msNext)}</ul>
<section class="feedback-section" data-bi-name="feedback-section"><h3 class="title">Feedback</h3><p>Was this page helpful?</p>
<button class="thumb-rating-button" data-bi-name="button-rating-yes">Yes</button><button data-bi-name="button-rating-no">No</button>
<a class="provide-feedback" href="https://feedback.azure.com">Provide product feedback</a></section></main>
<aside class="right-rail" data-bi-name="right-rail" aria-label="Additional resources"><h2>Additional resources</h2>
<div class="card"><p class="card-supertitle">Training</p><p class="card-title"><a href="/training/modules/handle-failed-messages/">Module</a></p>
<p class="card-content">Handle failed messages in Azure Service Bus - Training</p>
<p>Learn how to find, inspect and resubmit messages that could not be processed by your application.</p></div>
<div class="card"><p class="card-supertitle">Certification</p>
<p class="card-content">Microsoft Certified: Azure Developer Associate - Certifications</p></div></aside></div>
<footer id="footer" data-bi-name="footer" class="footer-layout"><div class="footer-links">${links(msFoot)}</div>
<div class="footer-links">${links(msFoot2)}</div></footer></body></html>`;
export const microsoftLearnArticle: TestPage = {
  html: msHtml,
  name: 'heldout60-microsoft-learn-article',
  kind: 'docs',
  // the Important and Note alerts are body ("Important", "Note" in neither); the h3 subsections are headings; the C# block is
  // in neither list; "Next steps" and its links are a see-also list: furniture; the date "10/08/2025" is the byline, the
  // "Contributors" button (no names on the page) furniture; the hidden old-browser and sign-in notices, the action bar,
  // metadata buttons, "In this article" (its entries repeat headings: in neither), the left tree (its current entry "Dead-letter
  // queues" left out as words of the title), feedback, "Additional resources" and the footer are furniture; the product
  // header's "Azure" is a word of the title: left out
  title: msTitle,
  headings: [msH1, msH2, msH3, msH4, msH5],
  body: [...texts(msIntro), ...texts([msWhy, msMax, msTtl, msImportant, msApp]), ...texts(msProc), msNote],
  bylines: ['10/08/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to Ask Learn chat experience', 'This browser is no longer supported.',
    'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.', 'Download Microsoft Edge',
    'Microsoft', 'Learn', ...msTop, 'Sign in', ...msAzure, 'Table of contents', 'Exit focus mode', 'Service Bus Messaging', 'Ask Learn',
    'Focus mode', 'Add to plan', 'Edit', 'Share via', ...msShare, 'Print',
    'Access to this page requires authorization. You can try signing in or changing directories.',
    'Service Bus Messaging documentation', 'Overview', 'Queues, topics, and subscriptions', 'Message sessions', 'Message deferral',
    'Duplicate detection', 'Geo-replication', 'Download PDF', 'Feedback', 'Summarize this article for me', 'Contributors', 'In this article',
    'Next steps', ...msNext, 'Was this page helpful?', 'Yes', 'No', 'Provide product feedback', 'Additional resources', 'Module',
    'Handle failed messages in Azure Service Bus - Training',
    'Learn how to find, inspect and resubmit messages that could not be processed by your application.', 'Certification',
    'Microsoft Certified: Azure Developer Associate - Certifications', ...msFoot, ...msFoot2,
  ],
};
