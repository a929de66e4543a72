import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 53, file d2: a MongoDB Database Manual page (the Snooty/Gatsby build with emotion class names: the unified
 * MongoDB header, the docs bar with search and "Ask MongoDB AI", the side nav with the version picker, breadcrumbs, "Copy page",
 * "On this page", the definition list with syntax and a field table, the Compatibility boilerplate, behaviour notes with a
 * note box, examples with output blocks and "copy" buttons, Back/Next links, the "Rate this page" widget, the footer and the
 * consent banner).
 */
const mgTitle = '$sortArray (aggregation)';
const mgDef = [
  'Returns an array that holds the elements of an input array in sorted order. You decide whether the elements are compared as ' +
    'whole values or by one or more fields of the embedded documents they contain.',
  '<code>$sortArray</code> has the following syntax:',
];
const mgFields: [string, string, string][] = [
  [
    'input',
    'expression',
    'The array to sort. If it resolves to <code>null</code> or to a missing field, the result is <code>null</code>. ' +
      'Any other value that is not an array makes the operation fail with an error.',
  ],
  [
    'sortBy',
    'document or boolean',
    'The sort order. Pass <code>1</code> or <code>-1</code> to sort whole elements in ascending or ' +
      'descending order, or a document such as <code>{ age: -1, name: 1 }</code> to sort embedded documents by their fields.',
  ],
];
const mgCompatP = 'You can use <code>$sortArray</code> for deployments hosted in the following environments:';
const mgCompat = [
  '<a href="https://www.mongodb.com/atlas"><strong>MongoDB Atlas</strong></a>: The fully managed service for MongoDB deployments in the cloud',
  '<a href="https://www.mongodb.com/try/download/enterprise"><strong>MongoDB Enterprise</strong></a>: The subscription-based, self-managed version of MongoDB',
  '<a href="https://www.mongodb.com/try/download/community"><strong>MongoDB Community</strong></a>: The source-available, free-to-use, self-managed ' +
    'version of MongoDB',
];
const mgBehavior = [
  '<code>$sortArray</code> compares values in the same order as the <a ' +
    'href="/docs/manual/reference/operator/aggregation/sort/#mongodb-pipeline-pipe.-sort"><code>$sort</code></a> ' +
    'stage, so an array that mixes types is sorted by BSON type first and then by value within each type.',
  'Sorting on a field that some elements lack is allowed. Those elements are treated as if the field held <code>null</code> and ' +
    'come first in an ascending sort.',
];
const mgNote =
  '<code>$sortArray</code> reorders an array inside a single document. To sort the documents that flow through a pipeline, use ' +
  'the <code>$sort</code> stage instead.';
const mgEx = ['Create a <code>crews</code> collection with one document per lifeboat crew and an array of its members:'];
const mgH3a = 'Sort on a Field';
const mgExA = ['The following pipeline sorts each crew’s members by age, youngest first:', 'The operation returns:'];
const mgH3b = 'Sort Whole Values';
const mgExB = ['With a <code>sortBy</code> of <code>-1</code>, an array of numbers is sorted from largest to smallest:', 'The operation returns:'];
const mgTop = ['Products', 'Resources', 'Solutions', 'Company', 'Pricing'];
const mgNav = [
  'Introduction',
  'Getting Started',
  'CRUD Operations',
  'Aggregation Operations',
  'Indexes',
  'Data Modeling',
  'Replication',
  'Sharding',
  'Reference',
  'Operators',
  'Aggregation Stages',
  'Aggregation Operators',
  '$setUnion',
  '$size',
  '$slice',
  '$sortArray',
  '$split',
];
const mgFoot = ['About', 'Careers', 'Investor Relations', 'Legal', 'GitHub', 'Security Information', 'Trust Center', 'Privacy Notice', 'Cookie Settings'];
const mgConsent =
  'We use cookies to improve your experience, analyze how our sites are used, and help with our marketing. You can accept all ' +
  'cookies or choose which ones we may use.';
const c = (n: string): string => `css-${n} e${n.slice(0, 4)}0`;
const pre = (src: string, lang = 'javascript'): string =>
  `<div class="${c('1k3sdd9')}"><div class="lg-ui-code-1k3s"><pre class="${c('m3hvw1')}" data-lang="${lang}"><code
class="lg-highlight-hljs-light">${src}</code></pre>` +
  `<button aria-label="copy" class="${c('9ct3xz')}" data-lgid="lg-code-copy_button">copy</button></div></div>`;
const mgHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.14.1"/>
<title>$sortArray (aggregation) - Database Manual - MongoDB Docs</title>
<meta name="description" content="Sort array elements by value or by fields of embedded documents with $sortArray."/>
<link rel="canonical" href="https://www.mongodb.com/docs/manual/reference/operator/aggregation/sortArray/"/>
<style data-emotion="css 1ejc0ht m3hvw1 9ct3xz">.css-1ejc0ht{display:grid;grid-template-areas:"header header" "sidenav contents";}
.css-m3hvw1{overflow-x:auto;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"$sortArray (aggregation)",
"mainEntity":{"@type":"SoftwareSourceCode","programmingLanguage":"javascript"}}</script>
</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="${c('1ejc0ht')}">
<div class="header-container ${c('ukc9dk')}"><nav class="${c('1bqgxk5')}" data-testid="consistent-nav">
<a href="https://www.mongodb.com/" aria-label="MongoDB logo"><svg></svg></a>
<ul class="${c('t2hmd')}">${mgTop.map((t) => `<li><button class="${c('1pqy0vm')}" aria-expanded="false">${t}</button></li>`).join('')}</ul>
<div class="${c('4lq7z7')}"><a href="https://support.mongodb.com/">Support</a><a href="https://account.mongodb.com/account/login">Sign In</a>
<a class="${c('hh4wt2')}" href="https://www.mongodb.com/cloud/atlas/register">Get Started</a></div></nav>
<div class="${c('1d8y8u5')}" data-testid="docs-bar"><a href="/docs/" class="${c('2r9nfl')}">MongoDB Docs</a><form role="search" class="${c('12vkn8p')}">
<input aria-label="Search MongoDB Documentation" placeholder="Search MongoDB Documentation" type="search"/></form>
<button class="${c('1x2l8w1')}" data-testid="chatbot-entry">Ask MongoDB AI</button></div></div>
<aside class="${c('1o6cvcu')}" id="sidenav"><div class="${c('1w2k0tc')}"><a href="/docs/manual/" class="${c('1w2k0tc')}">Database Manual</a>
<div role="listbox" class="${c('b7f1mi')}" data-testid="version-selector"><span>v8.0 (Current)</span></div></div>
<ul class="${c('1e4ghzk')}">${mgNav
  .map(
    (t) => `<li>
<a href="/docs/manual/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/" class="${c('1ppmixp')}"${
      t === '$sortArray' ? ' ' + 'aria-current="page"' : ''
    }>${t}</a></li>`,
  )
  .join('\n')}</ul></aside>
<div class="${c('14rgwak')}"><main class="${c('1mu8ov4')}"><div class="body" data-pagefind-body="true">
<nav aria-label="Breadcrumbs" class="${c('1jlr1no')}"><a href="/docs/">Docs Home</a><span> / </span><a href="/docs/manual/">Database Manual</a><span> / </span>
<a href="/docs/manual/reference/">Reference</a><span> / </span><a href="/docs/manual/reference/operator/">Operators</a><span> / </span>
<a href="/docs/manual/reference/operator/aggregation/">Aggregation Operators</a></nav>
<div class="${c('6yohvz')}"><button class="${c('lf4vp3')}" data-testid="copy-page-button">Copy page</button>
<button aria-label="More page actions" class="${c('lf4vp3')}"></button></div>
<section><h1 class="${c('1c2p8u3')}" id="-sortarray--aggregation-">${mgTitle}<a class="headerlink" href="#-sortarray--aggregation-" title="Permalink
to this heading">¶</a></h1>
<div class="${c('k1v3wb')}"><h2 class="${c('1b98k6e')}">On this page</h2><ul><li><a href="#definition">Definition</a></li><li>
<a href="#compatibility">Compatibility</a></li>
<li><a href="#behavior">Behavior</a></li><li><a href="#examples">Examples</a></li></ul></div>
<section><h2 class="${c('1b98k6e')}" id="definition">Definition<a class="headerlink" href="#definition" title="Permalink to this heading">¶</a></h2>
<dl class="${c('1tl0vnh')}"><dt id="mongodb-expression-exp.-sortArray"><code>$sortArray</code>
<a class="headerlink" href="#mongodb-expression-exp.-sortArray">¶</a></dt>
<dd><div class="${c('ro9yi0')}"><em>New in version 5.2</em>.</div>
<p>${mgDef[0]}</p><p>${mgDef[1]}</p>
${pre(`$sortArray: {
   input: &lt;array&gt;,
   sortBy: &lt;sort spec&gt;
}`)}
<p>The <code>$sortArray</code> expression has these fields:</p>
<table class="${c('12g1ta8')}"><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>
${mgFields.map(([f, t, d]) => `<tr><td><p><code>${f}</code></p></td>\n<td><p>${t}</p></td>\n<td><p>${d}</p></td></tr>`).join('\n')}
</tbody></table></dd></dl></section>
<section><h2 class="${c('1b98k6e')}" id="compatibility">Compatibility<a class="headerlink" href="#compatibility">¶</a></h2><p>${mgCompatP}</p>
<ul class="${c('1byo6kf')}">${mgCompat.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></section>
<section><h2 class="${c('1b98k6e')}" id="behavior">Behavior<a class="headerlink" href="#behavior">¶</a></h2>
${mgBehavior.map((p) => `<p>${p}</p>`).join('\n')}
<div role="note" class="${c('14ak9kv')}"><svg aria-label="Info With Circle Icon"></svg><h5 class="${c('1ky5rmb')}">Note</h5>
<div class="${c('1x6bfbw')}"><p>${mgNote}</p></div></div></section>
<section><h2 class="${c('1b98k6e')}" id="examples">Examples<a class="headerlink" href="#examples">¶</a></h2><p>${mgEx[0]}</p>
${pre(`db.crews.insertMany( [
   { _id: 1, station: "Porthkerris", members: [
      { name: "Tamsin", age: 41 }, { name: "Jory", age: 23 }, { name: "Kenver", age: 35 } ] },
   { _id: 2, station: "Gwithian Bay", members: [
      { name: "Elowen", age: 29 }, { name: "Perran", age: 52 } ] }
] )`)}
<section><h3 class="${c('xgfyjl')}" id="sort-on-a-field">${mgH3a}<a class="headerlink" href="#sort-on-a-field">¶</a></h3><p>${mgExA[0]}</p>
${pre(`db.crews.aggregate( [
   { $project: { _id: 0, station: 1,
        byAge: { $sortArray: { input: "$members", sortBy: { age: 1 } } } } }
] )`)}
<p>${mgExA[1]}</p>
${pre(
  `{ station: 'Porthkerris', byAge: [ { name: 'Jory', age: 23 }, { name: 'Kenver', age: 35 }, { name: 'Tamsin', age: 41 } ] }
{ station: 'Gwithian Bay', byAge: [ { name: 'Elowen', age: 29 }, { name: 'Perran', age: 52 } ] }`,
  'json',
)}</section>
<section><h3 class="${c('xgfyjl')}" id="sort-whole-values">${mgH3b}<a class="headerlink" href="#sort-whole-values">¶</a></h3><p>${mgExB[0]}</p>
${pre(`db.crews.aggregate( [ { $project: { _id: 0, result: { $sortArray: { input: [ 20, 4, 15, 8 ], sortBy: -1 } } } } ] )`)}
<p>${mgExB[1]}</p>
${pre(`{ result: [ 20, 15, 8, 4 ] }`, 'json')}</section></section></section>
<div class="${c('1q0vh8i')}"><a href="/docs/manual/reference/operator/aggregation/slice/" class="${c('19bkx4u')}"><span>Back</span><span>$slice</span></a>
<a href="/docs/manual/reference/operator/aggregation/split/" class="${c('19bkx4u')}"><span>Next</span><span>$split</span></a></div>
</div></main>
<div class="${c('1t5d9t3')}" data-testid="feedback-card"><p>Rate this page</p>
<div role="radiogroup">${[1, 2, 3, 4, 5].map((n) => `<button role="radio" aria-label="${n} star">★</button>`).join('')}</div></div></div>
<footer class="${c('1xjmh8r')}"><ul>${mgFoot
  .map(
    (t) => `<li><a href="https://www.mongodb.com/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('')}</ul><p>© 2025 MongoDB, Inc.</p></footer>
</div></div></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">${mgConsent}</div>
<button id="onetrust-pc-btn-handler">Manage Cookies</button><button id="onetrust-accept-btn-handler">Accept All</button></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/reference/operator/aggregation/sortArray/";/*]]>*/</script>
</body></html>`;
export const mongodbManual: TestPage = {
  html: mgHtml,
  name: 'heldout53-mongodb-manual',
  kind: 'docs',
  // body: the "New in version 5.2." line, the definition paragraphs, the field table's cells (field, type and description each; the
  // "Field/Type/Description" column labels in neither), the Compatibility lead-in and list (boilerplate repeated on every operator
  // page, but it is the section's text), the behaviour paragraphs, the note (its "Note" label in neither) and the examples' lead-in
  // lines ("The operation returns:" twice, listed once); headings are the h2s and h3s. The syntax, shell commands and outputs are
  // code (neither). The dt "$sortArray" repeats the title: in neither. Furniture: header, docs bar, side nav, breadcrumbs, "Copy
  // page", the in-page "On this page" box (its entries repeat the headings: left out), copy buttons, Back/Next, "Rate this page",
  // footer and consent banner. No author or date line. The side nav's "$sortArray" (the title's word) is left out
  title: mgTitle,
  headings: ['Definition', 'Compatibility', 'Behavior', 'Examples', mgH3a, mgH3b],
  body: [
    'New in version 5.2.',
    ...texts(mgDef),
    'The $sortArray expression has these fields:',
    ...mgFields.flatMap(([f, t, d]) => [f, t, ...texts([d])]),
    ...texts([mgCompatP, ...mgCompat]),
    ...texts(mgBehavior),
    ...texts([mgNote]),
    ...texts(mgEx),
    ...texts(mgExA),
    ...texts(mgExB.slice(0, 1)),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mgTop, 'Support', 'Sign In', 'Get Started', 'MongoDB Docs', 'Ask MongoDB AI', 'Database Manual', 'v8.0 (Current)',
    ...mgNav.filter((t) => t !== '$sortArray'), 'Docs Home', 'Copy page', 'On this page', 'copy', 'Back', 'Next', 'Rate this page', ...mgFoot,
    '© 2025 MongoDB, Inc.', mgConsent, 'Manage Cookies', 'Accept All',
  ],
};
