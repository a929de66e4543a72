import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';
import { docusaurusPage } from './pages-heldout126-d2.js';
import { gcFooter, gcFurniture, gcHead, gcHeader } from './pages-heldout126-d3.js';

/**
 * Held-out batch 126, file d: a Google Cloud documentation page (the devsite template as saved: skip link, cookie notification
 * bar, the header with upper tabs and their dropdowns, search, language selector, "Contact Us", "Start free" and "Sign in",
 * the product row with lower tabs, the book navigation, breadcrumbs with the thumb rating, the hidden "Stay organized with
 * collections" tooltip, "Send feedback" buttons, the "Try it for yourself" promo inside the article, a devsite tab selector,
 * "Go to" console buttons, a note aside, the licence and "Last updated" footer of the article and the link-box footer; chrome
 * in file d3) and, from file d2, a Docusaurus documentation page.
 */
const title = 'Configure dead-letter topics';
const h2 = (t: string): string => `<h2 id="${anchor(t)}" data-text="${t}" tabindex="-1">${t}</h2>`;
const h3 = (t: string): string => `<h3 id="${anchor(t)}" data-text="${t}" tabindex="-1">${t}</h3>`;
const goBtn = (t: string): string =>
  `<p><a class="button button-primary" href="https://console.cloud.google.com/relay-queues/subscriptions" target="console"
track-type="commonIncludes">${t}</a></p>`;
const code = (s: string): string => `<div></div><devsite-code><pre class="devsite-click-to-copy" translate="no" dir="ltr" is-upgraded
syntax="Bash"><code translate="no" dir="ltr">${s}</code></pre></devsite-code>`;
export const gcTry = [
  'Try it for yourself',
  `Create a Google Cloud account to see how Relay Queues performs with your own workloads. New customers get $300 in free credits to run,
test, and deploy.`,
  'Try Relay Queues free',
];
export const gcButtons = ['Enable the API', 'Go to Subscriptions', 'Console', 'gcloud'];
const art = new Art()
  .p([
    `This page explains how to forward messages that can't be delivered to a <em>dead-letter topic</em>, so that a subscriber that keeps
failing doesn't hold up the rest of the queue.`,
    `When a subscriber fails to acknowledge a message, Relay Queues redelivers it. After the number of delivery attempts that you set, the
message is forwarded to the dead-letter topic together with its original attributes and a record of the failed attempts.`,
  ])
  .raw(`<section class="gc-try-it-for-yourself"><div class="try-it-content"><h3 class="no-link hide-from-toc" id="try-it" data-text="${gcTry[0]}"
tabindex="-1">${gcTry[0]}</h3><p>${gcTry[1]}</p><a class="button button-primary" href="https://console.cloud.google.com/freetrial?redirectPath=/relay-queues"
track-type="tryItForYourself">${gcTry[2]}</a></div></section>`)
  .h('Before you begin', h2)
  .list(
    [
      'Make sure that the Relay Queues API is enabled for your project.',
      'Create the topic that you want to use as the dead-letter topic. It must be in the same project as the subscription.',
      'Grant the Relay Queues service agent the Publisher role (<code translate="no" dir="ltr">roles/relayqueues.publisher</code>) on the dead-letter topic.',
    ],
    '<ol>',
    '</ol>',
    (t) => (t.startsWith('Make sure') ? `<li><p>${t}</p>${goBtn(gcButtons[0] ?? '')}</li>` : `<li><p>${t}</p></li>`),
  )
  .h('Required roles', h3)
  .p([
    `To get the permissions that you need to configure dead-letter topics, ask your administrator to grant you the Relay Queues Editor
(<code translate="no" dir="ltr">roles/relayqueues.editor</code>) IAM role on your project. For more information about granting roles, see
<a href="/iam/docs/granting-changing-revoking-access">Manage access to projects, folders, and organizations</a>.`,
  ])
  .h('Set a dead-letter topic on a subscription', h2)
  .raw(`<div class="ds-selector-tabs"><devsite-selector active="console"><devsite-tabs class="ds-selector-tabs-nav"><nav class="devsite-tabs-wrapper"
aria-label="Tabs"><tab active><a href="#console" role="tab" aria-selected="true">${gcButtons[2]}</a></tab><tab><a href="#gcloud" role="tab"
aria-selected="false">${gcButtons[3]}</a></tab></nav></devsite-tabs><section role="tabpanel" aria-labelledby="console" active>`)
  .list(
    [
      'In the Google Cloud console, go to the <b>Subscriptions</b> page.',
      'Click the subscription that you want to update, and then click <b>Edit</b>.',
      'Select <b>Enable dead lettering</b>.',
      'In the <b>Dead-letter topic</b> list, select the topic that you created.',
      'In <b>Maximum delivery attempts</b>, enter a value from 5 to 100. The default is 5.',
      'Click <b>Update</b>.',
    ],
    '<ol>',
    '</ol></section><section role="tabpanel" aria-labelledby="gcloud">',
    (t) => (t.includes('Subscriptions</b> page') ? `<li><p>${t}</p>${goBtn(gcButtons[1] ?? '')}</li>` : `<li><p>${t}</p></li>`),
  )
  .p(['Run the <code translate="no" dir="ltr">relay-queues subscriptions update</code> command:'])
  .raw(
    code(`gcloud relay-queues subscriptions update <var translate="no">SUBSCRIPTION_ID</var> \\
    --dead-letter-topic=<var translate="no">DEAD_LETTER_TOPIC</var> \\
    --max-delivery-attempts=<var translate="no">MAX_ATTEMPTS</var>`),
  )
  .p(['Replace the following:'])
  .list(
    [
      '<code translate="no" dir="ltr"><var translate="no">SUBSCRIPTION_ID</var></code>: the ID of the subscription.',
      '<code translate="no" dir="ltr"><var translate="no">DEAD_LETTER_TOPIC</var></code>: the full resource name of the dead-letter topic.',
      '<code translate="no" dir="ltr"><var translate="no">MAX_ATTEMPTS</var></code>: a number from 5 to 100.',
    ],
    '<ul>',
    '</ul></section></devsite-selector></div>',
  )
  .h('Inspect dead-lettered messages', h2)
  .p(['Each forwarded message keeps its original data and attributes, and gains three attributes that describe its delivery history:'])
  .list([
    '<code translate="no" dir="ltr">relayq_source_subscription</code>: the subscription that the message failed on.',
    '<code translate="no" dir="ltr">relayq_delivery_attempts</code>: how many times delivery was attempted.',
    '<code translate="no" dir="ltr">relayq_last_error</code>: the last error that the subscriber returned, truncated to 1 KB.',
  ])
  .p([
    `Because the dead-letter topic is an ordinary topic, you can attach a subscription to it and inspect, fix and republish the messages with
the same tools that you use for the rest of your queues.`,
  ])
  .p(
    ['<strong>Note:</strong> Dead-lettered messages are billed as ordinary publishes to the dead-letter topic.'],
    (t) => `<aside class="note">${t.replace('</strong> ', '</strong><span> ')}</span></aside>`,
  )
  .h('What\u2019s next', h2)
  .list([
    'Learn how to <a href="/relay-queues/docs/replay">replay messages from a dead-letter topic</a>.',
    'Read about <a href="/relay-queues/docs/retry-policy">delivery retry policies</a>.',
    '<a href="/relay-queues/docs/monitoring">Monitor dead-letter topics with Cloud Monitoring</a>.',
  ]);
const html = `<!doctype html>
<html lang="en" dir="ltr">${gcHead(title)}
<body class="color-scheme--light" template="page" theme="cloud-theme" type="article" appearance layout="docs" display-toc pending>
${gcHeader}
<section id="gc-wrapper"><main role="main" id="main-content" class="devsite-main-content" has-book-nav has-sidebar><div class="devsite-sidebar">
<div class="devsite-sidebar-content"><devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2" scrollbars visible>
<nav class="devsite-section-nav devsite-nav nocontent" aria-label="On this page"><div class="devsite-nav-title"><span
class="devsite-nav-text">On this page</span></div>
<ul class="devsite-nav-list">${art.headings
  .map((t) => `<li class="devsite-nav-item"><a href="#${anchor(t)}" class="devsite-nav-title"><span class="devsite-nav-text">${t}</span></a></li>`)
  .join('')}</ul></nav></devsite-toc></div></div><devsite-content><article class="devsite-article">
<div class="devsite-article-meta nocontent" role="navigation"><ul class="devsite-breadcrumb-list">${gcFurniture.crumbs
  .map((t) => `<li class="devsite-breadcrumb-item"><a href="/${anchor(t)}" class="devsite-breadcrumb-link gc-analytics-event">${t}</a></li>`)
  .join('\n')}</ul><devsite-thumb-rating position="header"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-header">
<div class="devsite-thumb-label" id="devsite-thumb-label-header">${gcFurniture.helpful}</div></div></devsite-thumb-rating></div>
<devsite-feedback position="header" project-name="Relay Queues" context="" version="t-devsite-webserver-20250311" data-label="Send Feedback Button"
track-type="feedback" track-name="sendFeedbackLink" track-metadata-position="header"
class="nocontent"><button>${gcFurniture.feedback}</button></devsite-feedback>
<h1 class="devsite-page-title" tabindex="-1">${title}</h1><div class="devsite-page-title-meta"><devsite-view-release-notes></devsite-view-release-notes></div>
<devsite-actions hidden data-nosnippet><devsite-feature-tooltip ack-key="AckCollectionsBookmarkTooltipDismiss" analytics-category="Site-Wide Custom Events"
close-button-text="Got it" dismiss-button="true" id="devsite-collections-dropdown"><devsite-bookmark></devsite-bookmark>
<span slot="popout-heading">${gcFurniture.tooltip[0]}</span><span
slot="popout-contents">${gcFurniture.tooltip[1]}</span></devsite-feature-tooltip></devsite-actions>
<div class="devsite-article-body clearfix">
${art.html}
</div><devsite-thumb-rating position="footer"><div class="devsite-thumb-label">${gcFurniture.helpful}</div></devsite-thumb-rating>
<devsite-feedback position="footer" project-name="Relay Queues" class="nocontent"><button>${gcFurniture.feedback}</button></devsite-feedback>
<devsite-hats-survey class="nocontent" hats-id="mwETRvWii0eU5NUYprb0Y9z5GVbc" listnr-id="83405"></devsite-hats-survey></article>
<devsite-content-footer class="nocontent"><p>${gcFurniture.licence}</p><p>${gcFurniture.updated}</p></devsite-content-footer></devsite-content></main>
${gcFooter}
</section></section></body></html>`;
const gcloudPage: TestPage = {
  name: 'heldout126-google-cloud-docs',
  kind: 'docs',
  html,
  // the "Try it for yourself" promo, the console buttons and the tab labels are furniture; both tab panels (console steps
  // and gcloud command) are body; the note aside is body; the "On this page" entries repeat the headings and are left out
  title,
  headings: art.headings,
  body: art.body,
  bylines: [gcFurniture.updated],
  furniture: [...gcFurniture.all, ...gcTry, ...gcButtons],
};
export const HELDOUT126_D: readonly TestPage[] = [gcloudPage, docusaurusPage];
