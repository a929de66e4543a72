import { links, type TestPage, texts } from './page-kit.js';
import { redisPage } from './pages-heldout156-e2.js';

/**
 * Held-out batch 156, file e: a MongoDB Manual page (the Snooty docs site) as saved (the unified MongoDB navigation with
 * "Sign In" and "Try Free", the docs bar with "Ask MongoDB AI", the sidebar with its version picker, breadcrumbs, the
 * "Definition" and "Compatibility" sections, admonitions with their titles, code blocks with "copy" buttons, the "On this
 * page" rail, the "Rate this page" and feedback widgets, the "Back" / "Next" links and the footer) and, from file e2, a
 * Redis documentation page.
 */
const mgTitle = 'Rolling Retention Windows';
const mgLead = [
  'A rolling retention window removes documents from a time series collection once they fall outside a period you define, ' +
    'measured back from the newest document rather than from the current clock time.',
];
const mgH1 = 'Definition';
const mgP1 = [
  'When you set a retention window on a time series collection, MongoDB tracks the highest value of the collection’s time ' +
    'field and deletes buckets whose latest measurement is older than that value minus the window. Because the window moves ' +
    'with your data, a sensor that stops reporting for a week does not lose its history while it is offline.',
];
const mgH2 = 'Compatibility';
const mgP2 = ['You can use rolling retention windows for deployments hosted in the following environments:'];
const mgCompat = [
  'MongoDB Atlas: The fully managed service for MongoDB deployments in the cloud',
  'MongoDB Enterprise: The subscription-based, self-managed version of MongoDB',
  'MongoDB Community: The source-available, free-to-use, and self-managed version of MongoDB',
];
const mgH3 = 'Set a Retention Window';
const mgP3 = ['To set a window when you create a collection, pass the <code>retentionWindow</code> option with a duration in seconds:'];
const mgCode1 = `db.createCollection( "readings", {
   timeseries: { timeField: "ts", metaField: "sensor", granularity: "minutes" },
   retentionWindow: 2592000
} )`;
const mgP3b = ['To change the window on an existing collection, use <code>collMod</code>. The new window applies the next time the background cleanup runs.'];
const mgCode2 = `db.runCommand( { collMod: "readings", retentionWindow: 1209600 } )`;
const mgH4 = 'Behavior';
const mgP4 = [
  'The cleanup task runs on the primary every 60 seconds and removes whole buckets, not single documents. A bucket is only ' +
    'removed when every measurement in it is outside the window, so a collection can briefly hold documents slightly older ' +
    'than the window.',
  'Deletions made by the cleanup task replicate to secondaries in the same way as other deletes, and they appear in the ' +
    'oplog and in change streams with an <code>operationType</code> of <code>delete</code>.',
];
const mgNote =
  'A collection can have either a rolling retention window or an <code>expireAfterSeconds</code> setting, not both. If you ' +
  'set one, MongoDB returns an error when you try to set the other.';
const mgH5 = 'Restrictions';
const mgList = [
  'Rolling retention windows are only supported on time series collections.',
  'The window must be between one hour and ten years.',
  'If the time field of a document is far in the future, the window moves forward with it. Validate incoming timestamps ' +
    'to avoid removing recent data by mistake.',
];
const mgNav = ['Products', 'Resources', 'Solutions', 'Company', 'Pricing'];
const mgSide = ['Introduction', 'Installation', 'Databases and Collections', 'Time Series', 'Indexes', 'Aggregation', 'Data Modeling', 'Replication'];
const mgCrumbs = ['Docs Home', 'Development', 'Time Series'];
const mgFoot = ['About', 'Careers', 'Investor Relations', 'Legal', 'GitHub', 'Security Information', 'Trust Center', 'Support Hub'];
const mgH = (t: string, id: string): string => `<section><h2 id="${id}" class="css-1h3d2 e1ubk8d0">${t}<a class="headerlink" href="#${id}"
title="Permalink to this heading">¶</a></h2>`;
const mgPre = (c: string): string => `<div class="leafygreen-ui-1l4j8"><pre class="lg-ui-code"><code class="lang-javascript">${c}</code></pre>
<button class="lg-ui-copy-button" aria-label="Copy">copy</button></div>`;
const mgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mgTitle} - Database Manual - MongoDB Docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Remove old time series data with a rolling window.">
<meta property="og:title" content="${mgTitle} - Database Manual - MongoDB Docs"><meta name="robots" content="index">
<meta name="docsearch:version" content="v8.0"><link rel="canonical" href="https://www.mongodb.com/docs/manual/core/timeseries/rolling-retention/">
<link rel="stylesheet" href="/docs/styles-4a1f.css"><script async src="https://www.googletagmanager.example/gtm.js?id=GTM-GDFN"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${mgTitle}",
"author":{"@type":"Organization","name":"MongoDB"}}</script>
</head><body><div id="___gatsby"><div id="gatsby-focus-wrapper"><a class="skip-link" href="#main-column">Skip to main content</a>
<header class="unified-nav" role="banner"><a class="unified-nav__logo" href="https://www.mongodb.com/" aria-label="MongoDB logo"></a>
<nav aria-label="Primary"><ul class="unified-nav__menu">${links(mgNav, 'unified-nav__item')}</ul></nav>
<a class="unified-nav__signin" href="https://account.mongodb.com/account/login">Sign In</a>
<a class="unified-nav__cta" href="https://www.mongodb.com/cloud/atlas/register">Try Free</a></header>
<div class="docs-nav-bar"><a href="/docs/">MongoDB Docs</a><button class="docs-search">Search</button><button class="docs-ai">Ask MongoDB AI</button></div>
<div class="template-document"><aside class="sidenav" aria-label="Side navigation"><p class="sidenav__title">Database Manual</p>
<button class="version-dropdown" aria-haspopup="listbox">v8.0 (Current)</button><ul>${links(mgSide, 'sidenav__item')}</ul></aside>
<main id="main-column" class="document-main"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
${mgCrumbs.map((t, i) => `<li><a href="/docs/${i}">${t}</a></li>`).join('<span> / </span>')}</ol></nav>
<div class="body" data-pagenav="true"><section><h1 id="rolling-retention-windows" class="css-y7a9">${mgTitle}
<a class="headerlink" href="#rolling-retention-windows" title="Permalink to this heading">¶</a></h1>
<p>${mgLead[0]}</p>
${mgH(mgH1, 'definition')}<p>${mgP1[0]}</p></section>
${mgH(mgH2, 'compatibility')}<p>${mgP2[0]}</p><ul>
${mgCompat.map((t) => `<li><p>${t.replace(/^([^:]+):/, '<a href="/docs/atlas/">$1</a>:')}</p></li>`).join('\n')}</ul></section>
${mgH(mgH3, 'set-a-retention-window')}<p>${mgP3[0]}</p>${mgPre(mgCode1)}<p>${mgP3b[0]}</p>${mgPre(mgCode2)}</section>
${mgH(mgH4, 'behavior')}<p>${mgP4[0]}</p><p>${mgP4[1]}</p>
<div class="admonition admonition-note" role="note"><p class="admonition-title">Note</p><p>${mgNote}</p></div></section>
${mgH(mgH5, 'restrictions')}<ul>${mgList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></section>
</section></div>
<div class="rating-widget"><p>Rate this page</p><div class="stars">${[1, 2, 3, 4, 5].map((n) => `<button aria-label="${n} stars">★</button>`).join('')}</div>
<button class="feedback-btn">Share Feedback</button></div>
<nav class="internal-page-nav" aria-label="Pagination"><a class="prev" href="/docs/manual/core/timeseries/timeseries-automatic-removal/">
<span class="label">Back</span><span class="title">Set up Automatic Removal for Time Series Collections</span></a>
<a class="next" href="/docs/manual/core/timeseries/timeseries-granularity/"><span class="label">Next</span>
<span class="title">Set Granularity for Time Series Data</span></a></nav></main>
<aside class="right-column"><div class="contents"><p class="contents__title">On this page</p><ul>
${[mgH1, mgH2, mgH3, mgH4, mgH5].map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div></aside></div>
<footer class="unified-footer" role="contentinfo"><ul>${links(mgFoot, 'unified-footer__item')}</ul>
<p class="unified-footer__copy">© 2025 MongoDB, Inc.</p></footer></div></div>
<script src="/docs/app-7b9c2e.js" async></script></body></html>`;
const mongodbPage: TestPage = {
  html: mgHtml,
  name: 'heldout156-mongodb-manual-docs',
  kind: 'docs',
  // the lead paragraph under the h1 is body; the admonition title "Note", the heading permalinks (¶), the copy buttons, the
  // rating and feedback widgets and the Back / Next links are furniture; "Time Series" (sidebar and crumb) is furniture
  title: mgTitle,
  headings: [mgH1, mgH2, mgH3, mgH4, mgH5],
  body: texts([...mgLead, ...mgP1, ...mgP2, ...mgCompat, ...mgP3, ...mgP3b, ...mgP4, mgNote, ...mgList]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mgNav, 'Sign In', 'Try Free', 'MongoDB Docs', 'Search', 'Ask MongoDB AI', 'Database Manual', 'v8.0 (Current)',
    ...mgSide, 'Docs Home', 'Development', '¶', 'copy', 'Note', 'Rate this page', 'Share Feedback', 'Back',
    'Set up Automatic Removal for Time Series Collections', 'Next', 'Set Granularity for Time Series Data', 'On this page', ...mgFoot,
    '© 2025 MongoDB, Inc.',
  ],
};

export const HELDOUT156_E: readonly TestPage[] = [mongodbPage, redisPage];
