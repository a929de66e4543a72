import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 180, file c2: a Fastly documentation guide on docs.fastly.com (the header with "Guides", "Developer",
 * "Support", "Status", "Fastly.com" and "Log in", the guides sidebar, breadcrumbs, the translation link, the third-party
 * infrastructure disclaimer and an IMPORTANT note in the text, a NOTE and a WARNING, the "Last updated" line, the "Was this
 * guide helpful?" form with its sensitive-information warning, the "Related content" links, the "Need some help?" box, the
 * footer and the cookie consent bar).
 */
const fsTitle = 'Purging content with surrogate keys';
const fsIntro = [
  'Surrogate keys let you purge a group of related objects from the Fastly cache with a single request, instead of purging ' +
    'every URL one by one. You attach one or more keys to each response from your origin, and later purge everything that ' +
    'carries a given key.',
];
const fsImportant = 'Purging by surrogate key is available on all accounts. The batch purge endpoint described below is limited to 256 keys ' + 'per request.';
const fsH1 = 'Adding surrogate keys to responses';
const fsP1 = [
  'Your origin adds keys with the <code>Surrogate-Key</code> response header. The header holds a space-separated list of keys, ' +
    'and each key can be up to 1024 bytes long. Fastly reads the header, stores the keys with the cached object and removes ' +
    'the header before the response reaches the client.',
  'A product page on the Copperline Outfitters store, for example, might be tagged with the product, its category and the ' + 'template that rendered it:',
];
const fsNote =
  'If you cannot change the origin, you can set the <code>Surrogate-Key</code> header in VCL or in a Compute service instead. ' +
  'Keys set this way behave exactly like keys sent by the origin.';
const fsH2 = 'Purging a single key';
const fsP2 = [
  'To purge every object tagged with a key, send a <code>POST</code> request to the purge endpoint for your service, with the key ' +
    'at the end of the path and your API token in the <code>Fastly-Key</code> header.',
  'The purge takes effect across the whole network in about 150 milliseconds. When the Copperline team changes the price of a ' +
    'product, purging its product key refreshes the product page, the category listings and the search results that show it.',
];
const fsH3 = 'Soft purges';
const fsP3 = [
  'Add the <code>Fastly-Soft-Purge: 1</code> header to mark the objects as stale rather than removing them. Stale objects can ' +
    'still be served while Fastly fetches a fresh copy from the origin, which protects the origin from a sudden surge of requests ' +
    'after a large purge.',
  'Soft purges are the better choice for most content updates. Use a hard purge when content must stop being served ' +
    'immediately, for example after removing a page for legal reasons.',
];
const fsWarning =
  'Purging a key that is attached to a large share of your cached objects has the same effect on your origin as purging ' +
  'everything. Keep keys specific enough that one purge only touches the content that changed.';
const fsH4 = 'Purging several keys at once';
const fsP4 = [
  'To purge up to 256 keys in one request, send them in the <code>Surrogate-Key</code> request header of a batch purge. The ' +
    'response lists each key with the ID of the purge that was issued for it, which you can use to trace the purge in your logs.',
];
const fsDisclaimer = 'This article describes a product that may use third-party cloud infrastructure to process or store content or requests ' + 'for content.';
const fsNav = ['Guides', 'Developer', 'Support', 'Status', 'Fastly.com', 'Log in'];
const fsSide = [
  'Getting started',
  'Account management',
  'Caching',
  'Purging',
  'Configuration',
  'Security',
  'Performance',
  'Integrations',
  'Compute',
  'Observability',
  'Changes',
];
const fsCrumbs = ['Guides', 'Full-Site Delivery', 'Purging'];
const fsFeedback = [
  'Was this guide helpful?',
  'Yes',
  'No',
  'Do not use this form to send sensitive information. If you need assistance, contact support.',
  'Submit',
];
const fsRelated = ['Related content', 'Working with surrogate keys', 'Soft purges', 'Purging API cache with surrogate keys'];
const fsHelp = ['Need some help?', 'Support portal', 'Community forum', 'Contact sales'];
const fsFoot = ['Fastly', 'Blog', 'Careers', 'Trust center', 'Privacy', 'Terms of service', 'Cookie settings', '© 2025 Fastly, Inc.'];
const fsCookie =
  'We use cookies and similar technologies to run this site, understand how it is used and improve your experience. You can ' +
  'change your choices at any time.';
const fsPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const fsId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const fsH = (t: string): string => `<h2 id="${fsId(t)}"><a class="anchor" href="#${fsId(t)}" aria-label="${t} permalink"></a>${t}</h2>`;
const fsBox = (kind: string, t: string): string => `<div class="box-${kind.toLowerCase()}" role="note">
<p><strong>${kind}:</strong> ${t}</p></div>`;
const fsHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${fsTitle} | Fastly Documentation</title><meta name="description" content="Surrogate keys let you purge a group of related objects.">
<meta property="og:title" content="${fsTitle}"><meta property="og:site_name" content="Fastly Documentation">
<link rel="canonical" href="https://docs.fastly.com/en/guides/purging-content-with-surrogate-keys">
<link rel="alternate" hreflang="ja" href="https://docs.fastly.com/ja/guides/purging-content-with-surrogate-keys">
<link rel="stylesheet" href="/styles.5d2e19a4.css"><script async src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"
data-domain-script="fastly-docs"></script><script>window.___gatsby={"path":"/en/guides/purging-content-with-surrogate-keys"}</script>
</head><body><div id="___gatsby"><div id="gatsby-focus-wrapper" tabindex="-1" style="outline:none">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><a href="/" class="site-header__logo"><span class="site-header__title">Fastly Documentation</span></a>
<nav class="site-header__nav" aria-label="Main"><ul>${links(fsNav, 'site-header__item')}</ul></nav>
<form class="site-search" action="/search" role="search"><input type="search" name="q" placeholder="Search docs" aria-label="Search docs"></form></header>
<div class="page-layout"><nav class="guides-nav" aria-label="Guides"><ul>${links(fsSide, 'guides-nav__item')}</ul></nav>
<main id="main-content" class="guide"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
${fsCrumbs.map((t) => `<li><a href="/en/guides/${fsId(t)}">${t}</a></li>`).join('')}</ol></nav>
<div class="translations">Translations: <a href="/ja/guides/purging-content-with-surrogate-keys" lang="ja">日本語</a></div>
<article class="guide-article"><h1>${fsTitle}</h1>
<div class="guide-body">
${fsPs(fsIntro)}
${fsBox('IMPORTANT', fsImportant)}
${fsH(fsH1)}
${fsPs(fsP1)}
<pre class="language-http"><code>Surrogate-Key: product-8841 category-tents template-product</code></pre>
${fsBox('NOTE', fsNote)}
${fsH(fsH2)}
${fsPs(fsP2.slice(0, 1))}
<pre class="language-term"><code>$ curl -X POST -H "Fastly-Key: YOUR_FASTLY_TOKEN" \\
  https://api.fastly.com/service/SU1Z0isxPaozGVKXdv0eY/purge/product-8841</code></pre>
${fsPs(fsP2.slice(1))}
${fsH(fsH3)}
${fsPs(fsP3)}
${fsBox('WARNING', fsWarning)}
${fsH(fsH4)}
${fsPs(fsP4)}
<p class="disclaimer"><em>${fsDisclaimer}</em></p>
</div><p class="last-updated">Last updated 2025-07-09</p></article>
<section class="guide-feedback"><form><h2 class="guide-feedback__title">${fsFeedback[0]}</h2><button type="button">${fsFeedback[1]}</button>
<button type="button">${fsFeedback[2]}</button><p class="guide-feedback__warning">${fsFeedback[3]}</p><textarea aria-label="Comments"></textarea>
<button type="submit">${fsFeedback[4]}</button></form></section>
<aside class="related"><h2>${fsRelated[0]}</h2><ul>${links(fsRelated.slice(1), 'related__item')}</ul></aside>
<aside class="need-help"><h2>${fsHelp[0]}</h2><ul>${links(fsHelp.slice(1), 'need-help__item')}</ul></aside></main></div>
<footer class="site-footer"><ul>${links(fsFoot, 'site-footer__item')}</ul></footer></div></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${fsCookie}</p>
<button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-reject-all-handler">Reject all</button>
<button id="onetrust-pc-btn-handler">Manage preferences</button></div>
<script src="/app-8c1d52.js" async></script></body></html>`;
export const fastlyGuide: TestPage = {
  name: 'heldout180-fastly-docs',
  kind: 'docs',
  html: fsHtml,
  // the IMPORTANT, NOTE and WARNING boxes are part of the guide (body, with their labels); the third-party infrastructure
  // disclaimer at the end of the text is boilerplate the platform puts on many guides: furniture; "Last updated" is a byline
  title: fsTitle,
  headings: [fsH1, fsH2, fsH3, fsH4],
  body: [
    ...texts(fsIntro),
    `IMPORTANT: ${fsImportant}`,
    ...texts(fsP1),
    ...texts([`NOTE: ${fsNote}`]),
    ...texts(fsP2),
    ...texts(fsP3),
    `WARNING: ${fsWarning}`,
    ...texts(fsP4),
  ],
  bylines: ['Last updated 2025-07-09'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to main content', 'Fastly Documentation', ...fsNav, ...[...fsSide, ...fsCrumbs].filter((t) => t !== 'Purging'), 'Translations:', '日本語',
    fsDisclaimer, ...fsFeedback, ...fsRelated.filter((t) => t !== 'Soft purges'), ...fsHelp, ...fsFoot, fsCookie, 'Accept all', 'Reject all',
    'Manage preferences',
    ]),
  ],
};
