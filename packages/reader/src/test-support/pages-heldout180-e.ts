import { links, type TestPage, texts } from './page-kit.js';
import { datadogPage } from './pages-heldout180-e2.js';

/**
 * Held-out batch 180, file e: a Sentry documentation page on docs.sentry.io (the header with "Docs", search with its
 * shortcut, "Ask AI", "API", "Changelog", "Sandbox", "Go to Sentry" and "Get Started", the platform picker and sidebar, the
 * breadcrumbs, the description under the h1, an alert, code tabs for the SDK, the "Was this helpful?" thumbs, the "Help
 * improve this content" box with its edit links, the previous/next pager, the right toc and the trademark footer) and,
 * from file e2, a Datadog documentation page.
 */
const snTitle = 'Filtering';
const snIntro = ['Learn more about how to configure your SDK to filter events reported to Sentry.'];
const snP0 = [
  'When you add Sentry to your app, you get a lot of valuable information about errors and performance. Some of it, though, is ' +
    'noise: errors from browser extensions, health-check requests, or exceptions you already handle and don’t want to be alerted ' +
    'about. The SDK gives you several ways to drop these events before they are sent, which also keeps them out of your quota.',
];
const snH1 = 'Filtering Error Events';
const snP1 = [
  'Configure your SDK to filter error events by using the <code>before_send</code> callback option and the ' +
    '<code>ignore_errors</code> option. Both run on the client, so filtered events never leave your servers.',
];
const snH2 = 'Using before_send';
const snP2 = [
  'All Sentry SDKs support the <code>before_send</code> callback. It is called immediately before an event is sent, receives ' +
    'the event and a hint, and must return either the event (possibly modified) or <code>None</code> to drop it.',
  'The Marlow Tickets backend, for example, drops <code>TicketSoldOut</code> exceptions, which are expected whenever a popular ' +
    'show sells out and are already reported to the box-office dashboard:',
];
const snAlert =
  'The <code>before_send</code> callback is not called for transactions. Use <code>before_send_transaction</code> to filter ' + 'performance data instead.';
const snH3 = 'Using ignore_errors';
const snP3 = [
  'For simple cases, pass a list of exception class names or types to <code>ignore_errors</code>. Matching is done by exact ' +
    'class name, including subclasses, so listing a base class also ignores every exception derived from it.',
];
const snH4 = 'Filtering Transaction Events';
const snP4 = [
  'To avoid sending transactions you don’t care about, such as requests to <code>/healthz</code>, use the ' +
    '<code>traces_sampler</code> option and return <code>0</code> for those requests. A sampler can also lower the rate for ' +
    'busy endpoints while keeping full sampling for rare ones.',
  'Transactions can also be dropped after they finish. The <code>before_send_transaction</code> callback works like ' +
    '<code>before_send</code>, but runs for transactions only, which is useful when the decision depends on the result, such as ' +
    'dropping successful checkout transactions that took less than a second.',
  'Sampling decisions are made when the transaction starts and are passed on to downstream services, so a dropped transaction ' +
    'stays dropped across your whole trace.',
];
const snTop = ['Ask AI', 'API', 'Changelog', 'Sandbox', 'Go to Sentry', 'Get Started'];
const snSide = [
  'Python',
  'Integrations',
  'Configuration',
  'Options',
  'Filtering',
  'Sampling',
  'Releases & Health',
  'Environments',
  'Enriching Events',
  'Data Management',
  'Tracing',
  'Profiling',
  'Crons',
  'Troubleshooting',
];
const snCrumbs = ['Platforms', 'Python', 'Configuration'];
const snHelp = [
  'Help improve this content',
  'Our documentation is open source and available on GitHub. Your contributions are welcome, whether fixing a typo (drat!) or ' +
    'suggesting an update ("yeah, this would be better").',
  'How to contribute',
  'Edit this page',
  'Create a docs issue',
  'Get support',
];
const snFoot = ['Terms', 'Security & Compliance', 'Privacy Policy', 'Status', '© 2025 • Sentry is a registered Trademark of Functional Software, Inc.'];
const snPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const snId = (t: string): string => t.toLowerCase().replace(/[^a-z_]+/g, '-');
const snH = (t: string, n = 2): string => `<h${n} id="${snId(t)}"><a href="#${snId(t)}"><span>${t}</span><svg class="anchor-link" width="16"
aria-hidden="true"></svg></a></h${n}>`;
const snCode = (c: string): string => `<div class="code-tabs-wrapper"><div class="code-tabs-header"><button class="tab-selected">Python</button></div>
<div class="code-block"><button class="copy-button" aria-label="Copy code">Copy</button><pre class="language-python"><code>${c}</code></pre></div></div>`;
const snHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${snTitle} | Sentry for Python</title><meta name="description" content="${snIntro[0]}">
<meta property="og:title" content="${snTitle} | Sentry for Python"><meta property="og:site_name" content="Sentry Docs">
<link rel="canonical" href="https://docs.sentry.io/platforms/python/configuration/filtering/">
<link rel="stylesheet" href="/_next/static/css/3f8e2a61d0c4.css" data-precedence="next">
<script src="/_next/static/chunks/main-app-7a1c.js" async></script></head>
<body><div class="tw-app"><header class="bg-[var(--gray-1)] h-[var(--header-height)] w-full z-50 border-b fixed top-0">
<nav class="mx-auto px-6 h-full flex items-center"><a href="/" title="Sentry error monitoring" class="flex flex-shrink-0 items-center text-lg font-medium">
<svg aria-hidden="true" class="h-6 w-6"></svg><span>Docs</span></a>
<div class="hidden md:flex justify-center lg:justify-start w-full px-6"><div class="search"><input type="text" placeholder="Search Docs"
aria-label="Search"><kbd class="search-shortcut">⌘K</kbd></div></div>
<div class="hidden lg:flex justify-end flex-1 space-x-2 items-center"><ul class="flex">${links(snTop, 'top-nav-link')}</ul></div></nav></header>
<main class="main-grid"><aside class="sidebar" id="sidebar"><div class="platform-selector"><button type="button" role="combobox"
aria-expanded="false" class="platform-selector-trigger"><span>Python</span></button></div><nav class="sidebar-nav" aria-label="Docs">
<ul>${links(snSide.slice(1), 'toc-item')}</ul></nav></aside>
<div class="main-content"><div class="breadcrumbs not-prose"><ul>
${snCrumbs.map((t) => `<li class="breadcrumb-item"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></div>
<div id="doc-content" class="prose"><hgroup><h1>${snTitle}</h1><h2 class="text-gray-500 font-normal text-xl">${snIntro[0]}</h2></hgroup>
<div id="main">
${snPs(snP0)}
${snH(snH1)}
${snPs(snP1)}
${snH(snH2, 3)}
${snPs(snP2)}
${snCode(
  'def before_send(event, hint):\n    if "exc_info" in hint:\n        exc_type, exc_value, tb = hint["exc_info"]\n' +
    '        if isinstance(exc_value, TicketSoldOut):\n            return None\n    return event\n\n' +
    'sentry_sdk.init(dsn="___PUBLIC_DSN___", before_send=before_send)',
)}
<div class="alert alert-info" role="alert"><div class="alert-content"><p>${snAlert}</p></div></div>
${snH(snH3, 3)}
${snPs(snP3)}
${snCode('sentry_sdk.init(dsn="___PUBLIC_DSN___", ignore_errors=[KeyboardInterrupt, TicketSoldOut])')}
${snH(snH4)}
${snPs(snP4)}
</div></div>
<div class="py-4 page-rating"><span>Was this helpful?</span><button aria-label="Yes, this was helpful">👍</button>
<button aria-label="No, this was not helpful">👎</button></div>
<div class="help-improve"><h3>${snHelp[0]}</h3><p>${snHelp[1]}</p><ul class="help-improve__links">
<li><a href="/contributing/">${snHelp[2]}</a></li>
<li><a href="https://github.com/getsentry/sentry-docs/edit/master/platform-includes/configuration/filtering.mdx"
>${snHelp[3]}</a></li><li><a href="https://github.com/getsentry/sentry-docs/issues/new/choose">${snHelp[4]}</a></li>
<li><a href="https://sentry.io/support/">${snHelp[5]}</a></li></ul></div>
<div class="paginationGrid"><a href="/platforms/python/configuration/options/" class="pagination-link"><span class="pagination-label">Previous</span>
<span>Options</span></a><a href="/platforms/python/configuration/sampling/" class="pagination-link"><span class="pagination-label">Next</span>
<span>Sampling</span></a></div></div>
<aside class="toc-sidebar"><div class="sidebar"><div class="doc-toc"><div class="doc-toc-title"><h6>On this page</h6></div><ul>
${[snH1, snH2, snH3, snH4].map((t) => `<li class="toc-entry"><a href="#${snId(t)}">${t}</a></li>`).join('\n')}</ul></div></div></aside></main>
<footer class="tw-footer"><ul>${links(snFoot, 'footer-link')}</ul></footer></div>
<script>self.__next_f.push([1,"0:[\\"$\\",\\"$L1\\",null,{\\"buildId\\":\\"sDq7Wk\\"}]"])</script></body></html>`;
const sentry: TestPage = {
  name: 'heldout180-sentry-docs',
  kind: 'docs',
  html: snHtml,
  // the description (an h2 inside the page hgroup) is body; the h3 subsections are headings; the alert is body; the
  // code-tab label is in neither list; "Filtering" in the sidebar is the title; "Python" (picker, sidebar and breadcrumb)
  // is furniture; the help box, pager, rating and toc are furniture
  title: snTitle,
  headings: [snH1, snH2, snH3, snH4],
  body: [...snIntro, ...texts(snP0), ...texts(snP1), ...texts(snP2), ...texts([snAlert]), ...texts(snP3), ...texts(snP4)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Docs', '⌘K', 'Copy', ...snTop, ...snSide.filter((t) => t !== snTitle), ...snCrumbs, 'Was this helpful?', ...snHelp, 'Previous', 'Next', 'On this page',
    ...snFoot,
    ]),
  ],
};

export const HELDOUT180_E: readonly TestPage[] = [sentry, datadogPage];
