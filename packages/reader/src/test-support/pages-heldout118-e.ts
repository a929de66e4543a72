import { links, type TestPage, texts } from './page-kit.js';
import { salesforceArticle } from './pages-heldout118-e2.js';
import { oneTrust, oneTrustTexts } from './pages-heldout118-kit.js';

/**
 * Held-out batch 118, file e: a Cloudflare developer docs page (developers.cloudflare.com, the Astro Starlight build: skip
 * link, the header with search, header links and the theme select, the menu button, the product sidebar with collapsible
 * groups, the mobile and desktop "On this page" tables of contents whose first entry is "Overview", the breadcrumb, the
 * "Copy page" button, headings wrapped in sl-heading-wrapper with a screen-reader "Section titled" anchor, Starlight
 * asides, the Wrangler config tabs and Expressive Code frames, sl-steps, the "Was this helpful?" widget, "Edit page" and
 * "Last updated", the big footer and the OneTrust banner) and, from file e2, a Salesforce Help article.
 */
const cfTitle = 'Retries and dead letter queues';
const cfP1 = [
  'When Relay cannot deliver a message to a destination, it does not drop it. The message is kept and delivery is tried again, ' +
    'following the retry policy of the subscription. If every attempt fails, the message is moved to a dead letter queue, where ' +
    'you can inspect it, fix the cause, and replay it.',
];
const cfH1 = 'Default retry policy';
const cfP2 = [
  'Unless you configure otherwise, each subscription retries a failed delivery up to five times, waiting 10 seconds before the ' +
    'first retry and doubling the delay each time. A delivery counts as failed when the destination returns a status code of 500 ' +
    'or above, returns 429, or does not answer within 30 seconds.',
  'Responses in the 400 range other than 429 are not retried, because sending the same request again will not change the answer. ' +
    'These messages go straight to the dead letter queue, if one is configured.',
];
const cfH2 = 'Configure retries';
const cfP3 = ['Set the retry policy for a subscription in your Wrangler configuration file:', 'The following options are available:'];
const cfOpts = [
  '<code dir="auto">max_retries</code> — the number of retries after the first attempt, from 0 to 20.',
  '<code dir="auto">initial_delay</code> — the delay before the first retry, in seconds. The minimum is 1.',
  '<code dir="auto">backoff</code> — <code dir="auto">exponential</code> (the default) or <code dir="auto">fixed</code>.',
  '<code dir="auto">max_delay</code> — the longest delay between two attempts, in seconds. The default is 3600.',
];
const cfNote = 'Changes to the retry policy apply to new messages only. Messages that are already waiting for a retry keep the policy they were sent with.';
const cfH3 = 'Set up a dead letter queue';
const cfSteps = [
  'Create a queue to hold failed messages:',
  'Add the queue to the subscription with the <code dir="auto">dead_letter_queue</code> option, then deploy your Worker.',
  'Check the queue in the dashboard or with the Queues API. Each message keeps its original body and headers, and gains a ' +
    '<code dir="auto">relay-failure</code> header that records the last status code and the number of attempts.',
];
const cfH4 = 'Replay failed messages';
const cfP4 = [
  'After you fix the destination, replay the messages from the dashboard: go to <strong>Relay</strong> &gt; <strong>Subscriptions</strong>, ' +
    'select the subscription, then select <strong>Dead letter queue</strong> &gt; <strong>Replay all</strong>. Replayed messages go ' +
    'through the normal retry policy again.',
];
const cfCaution = 'Messages stay in a dead letter queue for four days. Replay or export them before then, or they are deleted.';
const cfHead = ['Directory', 'Help Center', 'Dashboard', 'Log in'];
const cfThemes = ['Dark', 'Light', 'Auto'];
const cfSide: [string, string[]][] = [
  ['', ['Overview', 'Get started', 'How Relay works']],
  ['Configuration', ['Subscriptions', 'Destinations', cfTitle, 'Filtering messages']],
  ['Observability', ['Metrics', 'Logs']],
  ['Platform', ['Pricing', 'Limits', 'Changelog']],
];
const cfCrumbs = ['Relay', 'Configuration'];
const cfHelpful = ['Was this helpful?', 'Yes', 'No'];
const cfFootCols: [string, string[]][] = [
  ['Resources', ['API', 'New to Cloudflare?', 'Products', 'Sponsorships', 'Open Source']],
  ['Support', ['Help Center', 'System Status', 'Compliance', 'GDPR']],
  ['Company', ['cloudflare.com', 'Our team', 'Careers']],
  ['Tools', ['Cloudflare Radar', 'Speed Test', 'Is BGP Safe Yet?', 'RPKI Toolkit', 'Certificate Transparency']],
  ['Community', ['X', 'Discord', 'YouTube', 'GitHub']],
];
const cfLegal = ['© 2025 Cloudflare, Inc.', 'Privacy Policy', 'Terms of Use', 'Report Security Issues', 'Trademark', 'Cookie Settings'];
const cfOt = {
  policy:
    'We use cookies to make our site work, to understand how you use it, and to show you relevant content. You can accept all ' +
    'cookies, reject the ones that are not strictly necessary, or choose which to allow.',
  policyLink: 'Cookie Policy',
  settings: 'Cookies Settings',
  reject: 'Reject All',
  accept: 'Accept All Cookies',
};
const cfId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const cfH = (n: 2 | 3, t: string): string => `<div class="sl-heading-wrapper level-h${n}"><h${n} id="${cfId(t)}">${t}</h${n}><a class="sl-anchor-link"
href="#${cfId(t)}"><span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24"></svg></span><span class="sr-only">Section
titled “${t}”</span></a></div>`;
const cfAside = (kind: string, label: string, text: string): string => `<aside aria-label="${label}" class="starlight-aside starlight-aside--${kind}">
<p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24" width="16" height="16" class="starlight-aside__icon"></svg>${label}</p>
<div class="starlight-aside__content"><p>${text}</p></div></aside>`;
const cfFrame = (
  title: string,
  lang: string,
  code: string,
): string => `<div class="expressive-code"><figure class="frame${title ? ' has-title' : ' is-terminal'}">
<figcaption class="header">${
  title
    ? `<span
class="title">${title}</span>`
    : '<span class="title"></span><span class="sr-only">Terminal window</span>'
}</figcaption>
<pre data-language="${lang}"><code><div class="ec-line"><div class="code">${code}</div></div></code></pre><div class="copy"><div aria-live="polite"></div>
<button title="Copy to clipboard" data-copied="Copied!" data-code="${code.replace(/"/g, '&quot;')}"><div></div></button></div></figure></div>`;
const cfConfig = (t: string, i: number, code: string): string =>
  `<div id="tab-panel-${i}" aria-labelledby="tab-${i}"
role="tabpanel"${i === 1 ? ' hidden' : ''}>${cfFrame(t, t.endsWith('toml') ? 'toml' : 'jsonc', code)}</div>`;
const cfToc = [cfH1, cfH2, cfH3, cfH4].map((t) => `<li><a href="#${cfId(t)}"><span>${t}</span></a></li>`).join('\n');
const cfSideHtml = cfSide
  .map(([g, items]) => {
    const lis = items
      .map((t) => `<li><a href="/relay/${cfId(t)}/"${t === cfTitle ? ' aria-current="page"' : ''} class="large"><span>${t}</span></a></li>`)
      .join('\n');
    if (g === '') return lis;
    return `<li><details${g === 'Configuration' ? ' open' : ''}><summary><div class="group-label"><span class="large">${g}</span></div>
<svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24"></svg></summary><ul>${lis}</ul></details></li>`;
  })
  .join('\n');
const cfHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" data-has-toc data-has-sidebar data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>Retries and dead letter queues · Cloudflare Relay docs</title>
<link rel="canonical" href="https://developers.cloudflare.com/relay/retries/">
<meta name="generator" content="Astro v5.13.2"><meta name="generator" content="Starlight v0.35.2"><meta property="og:title" content="${cfTitle}">
<meta property="og:site_name" content="Cloudflare Docs"><meta name="pcx_content_type" content="configuration"><meta name="pcx_product" content="Relay">
<meta name="pcx_last_reviewed" content="2025-10-03"><link rel="stylesheet" href="/_astro/print.BxHr6dCm.css" media="print">
<link rel="stylesheet" href="/_astro/index.D3n8yF1K.css"><script type="module" src="/_astro/page.7qqag-5g.js"></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="b1e05d49-f072-4bae-9116-bdb78af15448" type="text/javascript"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${cfTitle}","dateModified":"2025-10-03"}</script></head>
<body><a href="#_top" class="skip-link">Skip to content</a><div class="page sl-flex"><header class="header"><div class="header sl-flex">
<div class="title-wrapper
sl-flex"><a href="/" class="site-title sl-flex"><img class="light:sl-hidden print:hidden" alt="" src="/logo.svg" width="131" height="32"><span class="sr-only"
translate="no">Cloudflare Docs</span></a></div><div class="sl-flex print:hidden"><site-search class="sl-flex">
<button data-open-modal disabled aria-label="Search"
aria-keyshortcuts="Control+K"><svg aria-hidden="true" class="astro-c6vsoqas" width="16" height="16" viewBox="0 0 24 24"></svg>
<span class="sl-hidden md:sl-block"
aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button></site-search></div>
<div class="sl-hidden md:sl-flex print:hidden right-group"><div class="sl-flex social-icons">
${cfHead
  .map(
    (t) => `<a href="https://${t === 'Directory' ? 'developers.cloudflare.com/directory' : `dash.cloudflare.example/${cfId(t)}`}/"
class="header-link">${t}</a>`,
  )
  .join('\n')}
</div><starlight-theme-select><label style="--sl-select-width: 6.25em"><span class="sr-only">Select theme</span><svg aria-hidden="true" class="icon label-icon"
width="16" height="16" viewBox="0 0 24 24"></svg><select autocomplete="off">${cfThemes
  .map((t) => `<option value="${t.toLowerCase()}"${t === 'Auto' ? ' selected' : ''}>${t}</option>`)
  .join('')}</select><svg aria-hidden="true" class="icon caret" width="16" height="16" viewBox="0 0 24 24"></svg></label></starlight-theme-select></div></div>
</header><nav class="sidebar print:hidden" aria-label="Main"><starlight-menu-button class="print:hidden"><button aria-expanded="false" aria-label="Menu"
aria-controls="starlight__sidebar" class="sl-flex md:sl-hidden"><svg aria-hidden="true" class="open-menu" width="16" height="16" viewBox="0 0 24 24"></svg>
</button></starlight-menu-button><div id="starlight__sidebar" class="sidebar-pane"><div class="sidebar-content sl-flex"><sl-sidebar-state-persist
data-hash="1ckd8sf"><ul class="top-level"><li class="product-title"><a href="/relay/" class="large"><span>Relay</span></a></li>
${cfSideHtml}</ul></sl-sidebar-state-persist></div></div></nav>
<div class="main-frame"><div class="lg:sl-flex"><aside class="right-sidebar-container print:hidden"><div class="right-sidebar"><div class="sl-container"><div
class="right-sidebar-panel sl-hidden lg:sl-block"><starlight-toc data-min-h="2" data-max-h="3"><nav aria-labelledby="starlight__on-this-page"><h2
id="starlight__on-this-page">On this page</h2><ul><li><a href="#_top"><span>Overview</span></a></li>
${cfToc}</ul></nav></starlight-toc></div></div></div></aside>
<div class="main-pane"><main data-pagefind-body lang="en" dir="ltr"><div class="lg:sl-hidden"><mobile-starlight-toc>
<nav aria-labelledby="starlight__on-this-page--mobile"
class="astro-doynk5tl"><details id="starlight__mobile-toc"><summary id="starlight__on-this-page--mobile" class="sl-flex">
<div class="toggle sl-flex">On this page
<svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24"></svg></div><span class="display-current">Overview</span></summary>
<div class="dropdown"><ul><li><a href="#_top"><span>Overview</span></a></li>${cfToc}</ul></div></details></nav></mobile-starlight-toc></div>
<div class="content-panel"><div class="sl-container"><nav aria-label="Breadcrumbs" class="breadcrumbs"><ol>
${cfCrumbs.map((t) => `<li><a href="/relay/${t === 'Relay' ? '' : `${cfId(t)}/`}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="sl-flex title-row"><h1 id="_top" data-page-title>${cfTitle}</h1><copy-page-button><button class="copy-page-button" type="button"
aria-haspopup="menu"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"></svg><span>Copy page</span></button></copy-page-button></div></div>
</div>
<div class="content-panel"><div class="sl-container"><div class="sl-markdown-content">
${cfP1.map((p) => `<p>${p}</p>`).join('\n')}
${cfH(2, cfH1)}
${cfP2.map((p) => `<p>${p}</p>`).join('\n')}
${cfH(2, cfH2)}
<p>${cfP3[0]}</p>
<starlight-tabs data-sync-key="wranglerConfig"><div class="tablist-wrapper not-content"><ul role="tablist"><li role="presentation" class="tab"><a role="tab"
href="#tab-panel-0" id="tab-0" aria-selected="true" tabindex="0">wrangler.jsonc</a></li><li role="presentation" class="tab"><a role="tab" href="#tab-panel-1"
id="tab-1" aria-selected="false" tabindex="-1">wrangler.toml</a></li></ul></div>
${cfConfig('wrangler.jsonc', 0, '{ "relay": { "subscriptions": [{ "name": "orders", "retry": { "max_retries": 8, "initial_delay": 5 } }] } }')}
${cfConfig('wrangler.toml', 1, '[[relay.subscriptions]]\nname = "orders"\nretry = { max_retries = 8, initial_delay = 5 }')}</starlight-tabs>
<p>${cfP3[1]}</p>
<ul>${cfOpts.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${cfAside('note', 'Note', cfNote)}
${cfH(2, cfH3)}
<div class="sl-steps"><ol role="list">
<li><p>${cfSteps[0]}</p>${cfFrame('', 'sh', 'npx wrangler queues create orders-dlq')}</li>
${cfSteps
  .slice(1)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('\n')}</ol></div>
${cfH(2, cfH4)}
${cfP4.map((p) => `<p>${p}</p>`).join('\n')}
${cfAside('caution', 'Caution', cfCaution)}
</div>
<div class="feedback-prompt not-content"><p class="feedback-prompt__title">${cfHelpful[0]}</p><div class="feedback-prompt__buttons"><button type="button"
data-feedback="yes">Yes</button><button type="button" data-feedback="no">No</button></div></div>
<footer class="sl-flex meta"><div class="meta sl-flex">
<a href="https://github.com/cloudflare/cloudflare-docs/edit/production/src/content/docs/relay/retries.mdx"
class="edit-link sl-flex"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"></svg>Edit page</a><p class="last-updated">Last updated: <time
datetime="2025-10-03T08:12:40.000Z">Oct 3, 2025</time></p></div><div class="pagination-links print:hidden" dir="ltr"><a href="/relay/destinations/" rel="prev">
<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"></svg><span>Previous<br><span class="link-title">Destinations</span></span></a>
<a href="/relay/filtering-messages/" rel="next"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"></svg><span>Next<br><span
class="link-title">Filtering messages</span></span></a></div></footer></div></div></main></div></div></div></div>
<footer class="cf-footer not-content"><div class="cf-footer__columns">
${cfFootCols.map(([h, items]) => `<div class="cf-footer__column"><h3 class="cf-footer__heading">${h}</h3><ul>${links(items)}</ul></div>`).join('\n')}</div>
<div class="cf-footer__legal"><p>${cfLegal[0]}</p><ul>${links(cfLegal.slice(1, 5))}<li>
<a href="#" id="ot-sdk-btn" class="ot-sdk-show-settings">Cookie Settings</a></li>
</ul></div></footer>
${oneTrust(cfOt)}</body></html>`;

const cloudflare: TestPage = {
  html: cfHtml,
  name: 'heldout118-cloudflare-docs',
  kind: 'docs',
  // aside texts are body, their "Note" / "Caution" titles in neither list; the Wrangler tab labels, the code frame titles
  // and "Terminal window" are in neither list; the sidebar entry that repeats the title and the table-of-contents links
  // that repeat the headings are left out; the screen-reader "Section titled ..." anchors are furniture
  title: cfTitle,
  headings: [cfH1, cfH2, cfH3, cfH4],
  body: texts([...cfP1, ...cfP2, ...cfP3, ...cfOpts, cfNote, ...cfSteps, ...cfP4, cfCaution]),
  bylines: ['Last updated: Oct 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Cloudflare Docs', 'Search', ...cfHead.slice(0, 1), 'Dashboard', 'Log in', 'Select theme', ...cfThemes, 'Relay',
    ...cfSide.flatMap(([g, items]) => (g === '' ? items : [g, ...items.filter((t) => t !== cfTitle)])), 'On this page', 'Copy page',
    ...[cfH1, cfH2, cfH3, cfH4].map((t) => `Section titled “${t}”`), ...cfHelpful, 'Edit page', 'Previous', 'Next',
    ...cfFootCols.flatMap(([h, items]) => [h, ...items]), ...cfLegal, ...oneTrustTexts(cfOt),
  ],
};

export const HELDOUT118_E: readonly TestPage[] = [cloudflare, salesforceArticle];
