import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 144, file a2: a Cloudflare developer documentation page on the Starlight docs site (skip link, the
 * header with search, "Ctrl K", the theme select and the directory and log-in links, the left sidebar with its groups, the
 * mobile "On this page" toggle, breadcrumbs, the "Copy page" menu, headings with "Section titled" anchor texts, asides
 * with their titles, config tabs and Expressive Code frames with copy buttons, the "Was this helpful?" box, "Edit page",
 * "Last updated" and the pager, the right "On this page" rail, the large site footer and the cookie banner).
 */
const cfTitle = 'Batching, retries and delays';
const cfLead = [
  `When a consumer Worker reads from a queue, it receives messages in batches rather than one at a time. You can control how
large a batch gets and how long the queue waits to fill it, how many times a failed message is tried again, and how long a
message waits before it is delivered.`,
];
const cfH1 = 'Batching';
const cfP1 = [
  `A batch is delivered to your consumer as soon as either limit is reached: the batch holds <code>max_batch_size</code>
messages, or <code>max_batch_timeout</code> seconds have passed since the first message arrived. The default batch size is
10 messages and the default timeout is 5 seconds.`,
  `Larger batches mean fewer invocations of your Worker, which usually lowers cost. Shorter timeouts mean lower latency for
each message. For a queue that feeds a dashboard, a batch size of 10 and a timeout of 1 second is a reasonable start. For a
queue that writes to a data warehouse, a batch of 100 and a timeout of 30 seconds keeps writes efficient.`,
];
const cfNote = `Batches can be smaller than <code>max_batch_size</code> when the timeout is reached first, so do not assume
a batch is full.`;
const cfH2 = 'Retries';
const cfP2 = [
  `If your <code>queue()</code> handler throws an exception, every message in the batch is retried. To retry only the
messages that failed, call <code>retry()</code> on each failed message and <code>ack()</code> on each message you
processed. A message that is acknowledged is never delivered again, even if a later message in the same batch fails.`,
  'The number of attempts is set with <code>max_retries</code>. The default is 3 and the maximum is 100.',
];
const cfList = [
  'A message that still fails after the last retry is deleted, unless you have configured a dead letter queue.',
  'Retries count against the operations included in your plan in the same way as first deliveries.',
  'Retried messages are not guaranteed to be delivered in the order they were first sent.',
];
const cfH3 = 'Delay messages';
const cfP3 = [
  `You can delay a message when you send it by passing <code>delaySeconds</code> to <code>send()</code> or
<code>sendBatch()</code>. A delayed message is stored by the queue but is not delivered until the delay has passed. The
longest delay is 12 hours.`,
  `You can also delay a retry. Passing <code>delaySeconds</code> to <code>retry()</code> gives a downstream service time to
recover before the message is tried again, which is useful when the failure was caused by a rate limit.`,
];
const cfH4 = 'Send failed messages to a dead letter queue';
const cfP4 = [
  `A dead letter queue receives the messages that failed every retry. It is an ordinary queue, so you can attach a consumer
to it, inspect the messages with the dashboard, or leave them to expire after four days.`,
];
const cfCaution = `A dead letter queue must exist before you reference it in a consumer. If it does not, deployment of the
consumer fails with an error.`;
const cfToml = `[[queues.consumers]]
queue = "order-events"
max_batch_size = 25
max_batch_timeout = 2
max_retries = 5
dead_letter_queue = "order-events-dlq"`;
const cfJson = `{ "queues": { "consumers": [ { "queue": "order-events", "max_batch_size": 25, "max_batch_timeout": 2,
  "max_retries": 5, "dead_letter_queue": "order-events-dlq" } ] } }`;
const cfJs = `export default {
  async queue(batch, env) {
    for (const msg of batch.messages) {
      try { await env.ORDERS.write(msg.body); msg.ack(); }
      catch { msg.retry({ delaySeconds: 60 }); }
    }
  },
};`;
const cfTop = ['Directory', 'Help', 'Log in'];
const cfSide1 = ['Overview', 'Get started', 'How Queues works'];
const cfSide2 = ['Consumer concurrency', 'Dead Letter Queues', 'JavaScript APIs', 'Local development', 'Pause and purge', 'R2 event notifications'];
const cfSide3 = ['Examples', 'Observability', 'Platform', 'Reference', 'Tutorials', 'Queues REST API'];
const cfFootCols: [string, string[]][] = [
  ['Resources', ['API', 'New to Cloudflare?', 'Directory', 'Sponsorships', 'Open Source']],
  ['Support', ['Help Center', 'System Status', 'Compliance', 'GDPR']],
  ['Company', ['cloudflare.com', 'Our team', 'Careers']],
  ['Tools', ['Cloudflare Radar', 'Speed Test', 'Is BGP Safe Yet?', 'RPKI Toolkit', 'Certificate Transparency']],
  ['Community', ['X', 'Discord', 'YouTube', 'GitHub']],
];
const cfLegal = ['Privacy Policy', 'Terms of Use', 'Report Security Issues', 'Trademark', 'Cookie Settings'];
const cfCookie = `We and our partners use cookies to make this site work, to measure how it is used and to personalise content. You can
change your choices at any time.`;
const cfH = (id: string, t: string): string => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${t}</h2><a class="sl-anchor-link"
href="#${id}"><span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24"><path fill="currentcolor"
d="m12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88"></path></svg></span><span class="sr-only">Section titled “${t}”</span>
</a></div>`;
const cfAside = (kind: string, title: string, text: string): string => `<aside aria-label="${title}" class="starlight-aside starlight-aside--${kind}">
<p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24" width="16" height="16" class="starlight-aside__icon"></svg>${title}</p>
<div class="starlight-aside__content"><p>${text}</p></div></aside>`;
const cfCode = (lang: string, title: string, code: string): string => `<div class="expressive-code"><figure class="frame${title ? ' has-title' : ''}">
<figcaption class="header">${title ? `<span class="title">${title}</span>` : ''}</figcaption><pre data-language="${lang}"><code>${code
  .split('\n')
  .map((l) => `<div class="ec-line"><div class="code">${l.replace(/</g, '&lt;')}</div></div>`)
  .join('')}</code></pre><div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!"
data-code="${code.replace(/"/g, '&quot;').replace(/\n/g, '\u007f')}"><div></div></button></div></figure></div>`;
const cfToc = [
  ['_top', 'Overview'],
  ['batching', cfH1],
  ['retries', cfH2],
  ['delay-messages', cfH3],
  ['dead-letter-queues', cfH4],
];
const cfTocHtml = `<ul class="isMobile">${cfToc.map(([id, t]) => `<li><a href="#${id}" aria-current="false"><span>${t}</span></a></li>`).join('')}</ul>`;
const cfHtml = `<!doctype html>
<html lang="en" dir="ltr" data-theme="light" data-has-toc data-has-sidebar class="astro-bguv2lll"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Batching, retries and delays · Cloudflare Queues docs</title>
<link rel="canonical" href="https://developers.cloudflare.com/queues/configuration/batching-retries/">
<meta name="generator" content="Astro v5.13.7"><meta name="generator" content="Starlight v0.35.2">
<meta property="og:title" content="Batching, retries and delays"><meta property="og:type" content="article">
<meta property="og:site_name" content="Cloudflare Docs">
<meta name="description" content="Control batch size, retries and delivery delays for Cloudflare Queues consumers.">
<meta name="pcx_content_type" content="concept"><meta name="pcx_product" content="Queues"><meta name="pcx_last_reviewed" content="2025-10-03">
<link rel="stylesheet" href="/_astro/print.DNXP8c50.css" media="print"><link rel="stylesheet" href="/_astro/index.C2l7ja0o.css">
<script type="module" src="/_astro/page.D0Rj3J-S.js"></script>
<script>window.StarlightThemeProvider=(()=>{const t=localStorage.getItem('starlight-theme');return{updatePickers(){}}})();</script>
<script src="https://ot.www.cloudflare.com/public/vendor/onetrust/scripttemplates/otSDKStub.js" data-domain-script="b1e05d49-f072-4bae-9116-bdb78af15448"
async></script></head>
<body class="astro-bguv2lll"><a href="#_top" class="astro-7q3lir66">Skip to content</a>
<div class="page sl-flex astro-vrdttmbt"><header class="header astro-vrdttmbt"><div class="header sl-flex astro-kmkmnagf"><div class="title-wrapper sl-flex">
<a href="/" class="site-title sl-flex"><img class="light:sl-hidden print:hidden" alt="" src="/_astro/logo.BU9hiExz.svg" width="32" height="32">
<span translate="no">Cloudflare Docs</span></a></div><div class="sl-flex print:hidden"><site-search class="astro-v37mnknz">
<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K"><svg aria-hidden="true" width="16" height="16"></svg>
<span class="sl-hidden md:sl-block" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd>
</button></site-search></div><div class="sl-hidden md:sl-flex print:hidden right-group"><div class="sl-flex social-icons">
${cfTop.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}/" class="header-link">${t}</a>`).join('\n')}</div>
<starlight-theme-select><label style="--sl-select-width: 6.25em" class="astro-4yphtoen"><span class="sr-only">Select theme</span>
<select value="auto"><option value="dark">Dark</option><option value="light">Light</option><option value="auto" selected>Auto</option></select></label>
</starlight-theme-select></div></div></header>
<nav class="sidebar print:hidden astro-vrdttmbt" aria-label="Main"><starlight-menu-button class="print:hidden astro-jif73yzw"><button aria-expanded="false"
aria-label="Menu" aria-controls="starlight__sidebar" class="sl-flex md:sl-hidden astro-jif73yzw"><svg aria-hidden="true"></svg></button></starlight-menu-button>
<div id="starlight__sidebar" class="sidebar-pane astro-vrdttmbt"><div class="sidebar-content sl-flex astro-vrdttmbt"><sl-sidebar-state-persist data-hash="1a9x">
<ul class="top-level astro-3ii7xxms"><li class="astro-3ii7xxms"><a href="/queues/" class="large astro-3ii7xxms"><span class="astro-3ii7xxms">Queues</span></a>
</li>
${links(cfSide1, 'astro-3ii7xxms')}
<li class="astro-3ii7xxms"><details open class="astro-3ii7xxms"><summary class="astro-3ii7xxms"><span class="group-label astro-3ii7xxms">
<span class="large astro-3ii7xxms">Configuration</span></span></summary><ul class="astro-3ii7xxms">
<li class="astro-3ii7xxms"><a href="/queues/configuration/batching-retries/" aria-current="page" class="astro-3ii7xxms"><span>${cfTitle}</span></a></li>
${links(cfSide2, 'astro-3ii7xxms')}</ul></details></li>
${cfSide3.map((t) => `<li><details><summary><span class="large">${t}</span></summary><ul></ul></details></li>`).join('\n')}</ul>
</sl-sidebar-state-persist></div></div></nav>
<div class="main-frame astro-vrdttmbt"><div class="lg:sl-flex astro-67yu43on"><aside class="right-sidebar-container print:hidden astro-67yu43on">
<div class="right-sidebar astro-67yu43on"><div class="sl-hidden lg:sl-block astro-67yu43on"><starlight-toc data-min-h="2" data-max-h="3">
<nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2>${cfTocHtml.replace(' class="isMobile"', '')}</nav>
</starlight-toc></div></div></aside>
<div class="main-pane astro-67yu43on"><main data-pagefind-body lang="en" dir="ltr" class="astro-bguv2lll"><div class="content-panel astro-7nkwcw3z">
<div class="sl-container astro-7nkwcw3z"><nav aria-label="Breadcrumbs" class="breadcrumbs"><ol><li><a href="/directory/">Directory</a></li>
<li><a href="/queues/">Queues</a></li><li><a href="/queues/configuration/">Configuration</a></li></ol></nav>
<div class="sl-flex title-row"><h1 id="_top" class="astro-j6tvhyss">${cfTitle}</h1><div class="copy-page-wrapper">
<button class="copy-page-button" aria-haspopup="menu">Copy page</button><div role="menu" hidden><a role="menuitem" href="index.md">View as Markdown</a>
<button role="menuitem">Copy as Markdown</button></div></div></div></div></div>
<mobile-starlight-toc data-min-h="2" data-max-h="3" class="astro-doynk5tl"><nav aria-labelledby="starlight__on-this-page--mobile" class="lg:sl-hidden">
<details id="starlight__mobile-toc"><summary id="starlight__on-this-page--mobile" class="sl-flex"><div class="toggle sl-flex">On this page
<svg aria-hidden="true" class="caret"></svg></div><span class="display-current">Overview</span></summary><div class="dropdown">${cfTocHtml}</div></details>
</nav></mobile-starlight-toc>
<div class="content-panel astro-7nkwcw3z"><div class="sl-container astro-7nkwcw3z"><div class="sl-markdown-content astro-cedpceuv">
${ps(cfLead)}
${cfH('batching', cfH1)}
${ps(cfP1)}
${cfAside('note', 'Note', cfNote)}
<starlight-tabs data-sync-key="wrangler"><div class="tablist-wrapper not-content"><ul role="tablist"><li role="presentation" class="tab">
<a role="tab" href="#tab-panel-7" id="tab-7" aria-selected="true" tabindex="0">wrangler.jsonc</a></li><li role="presentation" class="tab">
<a role="tab" href="#tab-panel-8" id="tab-8" aria-selected="false" tabindex="-1">wrangler.toml</a></li></ul></div>
<div id="tab-panel-7" aria-labelledby="tab-7" role="tabpanel">${cfCode('jsonc', 'wrangler.jsonc', cfJson)}</div>
<div id="tab-panel-8" aria-labelledby="tab-8" role="tabpanel" hidden>${cfCode('toml', 'wrangler.toml', cfToml)}</div></starlight-tabs>
${cfH('retries', cfH2)}
${ps(cfP2)}
<ul>${cfList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${cfCode('js', 'src/index.js', cfJs)}
${cfH('delay-messages', cfH3)}
${ps(cfP3)}
${cfH('dead-letter-queues', cfH4)}
${ps(cfP4)}
${cfAside('caution', 'Caution', cfCaution)}
</div>
<div class="feedback-prompt not-content"><p class="feedback-title">Was this helpful?</p><div class="feedback-buttons"><button data-feedback="yes">Yes</button>
<button data-feedback="no">No</button></div></div>
<footer class="sl-flex astro-3yyafb3n"><div class="meta sl-flex astro-3yyafb3n">
<a href="https://github.com/cloudflare/cloudflare-docs/edit/production/src/content/docs/queues/configuration/batching-retries.mdx"
class="sl-flex astro-eez2twj6"><svg aria-hidden="true"></svg>Edit page</a><p class="astro-wfgqkdht">Last updated: <time datetime="2025-10-03T09:18:55.000Z">
Oct 3, 2025</time></p></div><div class="pagination-links print:hidden astro-u2l5gyhi" dir="ltr"><a href="/queues/configuration/" rel="prev"
class="astro-u2l5gyhi"><svg aria-hidden="true"></svg><span class="astro-u2l5gyhi">Previous<br><span class="link-title astro-u2l5gyhi">Configuration</span>
</span></a><a href="/queues/configuration/consumer-concurrency/" rel="next" class="astro-u2l5gyhi"><svg aria-hidden="true"></svg><span class="astro-u2l5gyhi">
Next<br><span class="link-title astro-u2l5gyhi">Consumer concurrency</span></span></a></div></footer></div></div></main></div></div></div></div>
<footer class="cf-footer not-content"><div class="cf-footer-columns">${cfFootCols
  .map(([h, items]) => `<div class="cf-footer-column"><p class="cf-footer-heading">${h}</p><ul>${links(items)}</ul></div>`)
  .join('\n')}</div><div class="cf-footer-legal"><p>© 2025 Cloudflare, Inc.</p><ul>${links(cfLegal)}</ul></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">Cookie notice</h2><p id="onetrust-policy-text">${cfCookie}</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler" class="cookie-setting-link">Manage preferences</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all</button></div></div></div>
</body></html>`;
export const cloudflareDocs: TestPage = {
  html: cfHtml,
  name: 'heldout144-cloudflare-docs',
  kind: 'docs',
  // the aside titles ("Note", "Caution"), the tab labels and code frame titles are in neither list; the sidebar entry
  // repeating the title and the "On this page" links repeating the headings are left out ("Overview" is furniture)
  title: cfTitle,
  headings: [cfH1, cfH2, cfH3, cfH4],
  body: texts([...cfLead, ...cfP1, cfNote, ...cfP2, ...cfList, ...cfP3, ...cfP4, cfCaution]),
  bylines: ['Last updated: Oct 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Cloudflare Docs', 'Search', 'Ctrl', ...cfTop, 'Select theme', 'Dark', 'Light', 'Auto', 'Queues', ...cfSide1,
    'Configuration', ...cfSide2, ...cfSide3, 'On this page', 'Copy page', 'View as Markdown', 'Copy as Markdown',
    ...[cfH1, cfH2, cfH3, cfH4].map((h) => `Section titled “${h}”`), 'Was this helpful?', 'Yes', 'No', 'Edit page', 'Previous', 'Next',
    ...cfFootCols.flatMap(([h, items]) => [h, ...items.filter((t) => t !== 'Directory')]), '© 2025 Cloudflare, Inc.',
    ...cfLegal, 'Cookie notice', cfCookie, 'Manage preferences', 'Reject all', 'Accept all',
  ],
};
