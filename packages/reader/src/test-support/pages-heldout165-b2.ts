import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 165, file b2: a Cloudflare blog post (the site header with the category nav and the "Subscribe to receive
 * notifications" form, the date above the h1, the reading time, the "also available in" notice, the author list, the post
 * body with a table and a code block, the company boilerplate paragraphs appended to every post inside the post content,
 * the tag list, the "Follow on X" handles, the related-posts cards, the OneTrust cookie banner and the big footer).
 */
const cfTitle = 'Making Relay Tables reads 40% faster with a smarter edge cache';
const cfP1 = [
  'Relay Tables is the key-value store we launched last spring for data that is written rarely and read everywhere. Since ' +
    'launch, median read latency from a Worker has been about 11 milliseconds. Today we are rolling out a new cache layer ' +
    'that brings that down to 6.5 milliseconds for most accounts, without any change to your code.',
  'This post explains where the time was going, why the obvious fix did not work, and what we built instead.',
];
const cfH1 = 'Where the time went';
const cfP2 = [
  'A read from Relay Tables used to take one of two paths. If the key was in the local data center’s cache, the Worker got ' +
    'it in well under a millisecond. If not, the request went to one of seven regional replicas, which added anything from ' +
    '8 to 60 milliseconds depending on distance.',
  'When we looked at a week of traces, only 58% of reads were served locally. The rest were misses, and most of those misses ' +
    'were for keys that had been read in the same data center within the last few minutes, just on a different machine.',
];
const cfH2 = 'Why a bigger cache did not help';
const cfP3 = [
  'The first thing we tried was simply giving each machine more memory for the cache. It barely moved the hit rate. The ' +
    'problem was not the size of each cache but the number of them: a data center with 120 machines was keeping 120 separate ' +
    'copies of the hot keys and still missing on the cold ones.',
];
const cfH3 = 'A shared cache per data center';
const cfP4 = [
  'The new design treats every machine in a data center as one cache. Keys are assigned to machines by consistent hashing, ' +
    'so a read that misses locally asks the one machine that owns the key before it ever leaves the building. That hop costs ' +
    'around 300 microseconds on our internal network.',
  'Here is what the change did in the three data centers where we tested it first:',
];
const cfTable = [
  ['Data center', 'Hit rate before', 'Hit rate after', 'Median read'],
  ['Lisbon', '61%', '93%', '5.9 ms'],
  ['Nairobi', '49%', '90%', '7.2 ms'],
  ['Osaka', '57%', '94%', '6.1 ms'],
];
const cfP5 = ['Nothing changes in the API. The same get call in your Worker now simply finds the key more often:'];
const cfCode = `const value = await env.SETTINGS.get("feature-flags", { type: "json" });`;
const cfH4 = 'What comes next';
const cfP6 = [
  'The shared cache is enabled today for all accounts on paid plans and will reach free plans over the next two weeks. Next ' +
    'we want to use the same approach for writes, so that a key written in one data center is pushed to the machines that own ' +
    'it everywhere else instead of waiting to be read.',
  'If you have workloads that are sensitive to read latency, we would like to hear how the change affects them on our ' + 'developer forum.',
];
const cfBoiler = [
  'Cloudflare runs one of the largest networks in the world, helping millions of sites and applications stay fast, available ' +
    'and secure while cutting the cost and complexity of running them.',
  'Want to know more about how we work? Read about our mission, or browse the teams that are hiring.',
];
const cfNav = ['Product News', 'Speed & Reliability', 'Security', 'Zero Trust', 'Developers', 'AI', 'Policy', 'Partners', 'Life at Cloudflare'];
const cfTags = ['Developer Platform', 'Cloudflare Workers', 'Relay Tables', 'Performance', 'Deep Dive'];
const cfAuthors = ['Tamsin Okafor', 'Joaquín Ferrante'];
const cfRelated = [
  { d: '2025-05-02', t: 'Relay Tables now supports bulk imports of up to one million keys', a: 'Nikhil Desai' },
  { d: '2025-04-17', t: 'How we test a storage engine across 330 cities before it ships', a: 'Greta Holm' },
  { d: '2025-03-30', t: 'Durable cursors: paginating large result sets inside a Worker', a: 'Ade Bankole' },
];
const cfCookie = [
  'We use cookies to make our site work, to understand how it is used and to support our marketing. You can accept all cookies, ' +
    'reject the optional ones or choose which ones we may use.',
];
const cfFootCols: Record<string, string[]> = {
  'Getting Started': ['Free plans', 'For enterprises', 'Compare plans', 'Request a demo', 'Contact Sales'],
  Resources: ['Learning Center', 'Analyst reports', 'Cloudflare Radar', 'Case studies', 'Webinars'],
  Community: ['Community Hub', 'Project Galileo', 'Athenian Project', 'Cloudflare TV'],
  Support: ['Help center', 'Cloudflare Status', 'Compliance', 'GDPR'],
};
const cfLegal = ['Privacy Policy', 'Terms of Use', 'Report Security Issues', 'Trademark'];
const cfPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cfHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cfTitle}</title><meta name="description" content="A shared cache per data center brings median read latency down to 6.5 ms.">
<meta property="og:site_name" content="The Cloudflare Blog"><meta property="og:type" content="article"><meta property="og:title" content="${cfTitle}">
<meta property="article:published_time" content="2025-05-20T13:00:00.000+01:00"><meta property="article:tag" content="Developer Platform">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tamsin Okafor"><meta name="twitter:label2" content="Filed under">
<meta name="twitter:data2" content="Developer Platform, Cloudflare Workers, Performance"><link rel="canonical"
href="https://blog.cloudflare.com/relay-tables-shared-cache/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Cloudflare Blog"},
"author":[{"@type":"Person","name":"Tamsin Okafor"},{"@type":"Person","name":"Joaquín Ferrante"}],"headline":"${cfTitle}",
"datePublished":"2025-05-20T13:00:00.000+01:00","keywords":"Developer Platform, Cloudflare Workers, Relay Tables, Performance, Deep Dive"}</script>
<link rel="stylesheet" href="/_astro/index.Dq3kP7.css"><script type="module" src="/_astro/hoisted.BX2m9.js"></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="b1e05d49-f072-4bae-9116-bdb78af15448"></script></head>
<body class="bg-white"><div id="__blog">
<header class="w-100 bg-white bb b--gray8"><div class="mw9 center flex items-center justify-between ph3 pv3"><a href="/" class="flex items-center">
<img src="/images/logo-cloudflare-dark.svg" alt="The Cloudflare Blog" height="40"></a>
<div class="flex items-center"><form class="dn flex-l items-center" action="/subscribe/"><label class="f2 gray4 mr2" for="subscribe-email">Subscribe to receive
notifications of new posts:</label><input id="subscribe-email" type="email" placeholder="Email Address"><button type="submit"
class="btn bg-orange white f2">Subscribe</button>
</form><button class="ml3 bn bg-transparent" aria-label="Search"><svg width="20" height="20"><use href="#search"></use></svg></button></div></div>
<nav class="mw9 center ph3 pb2" aria-label="Categories"><ul class="flex flex-wrap list pl0 mv0 f3 fw5">${links(cfNav, 'mr4 pv2')}</ul></nav></header>
<main class="mw9 center ph3 pt4"><article class="mw7 center">
<p class="f3 fw5 gray5 mv0"><time datetime="2025-05-20T13:00:00.000+01:00">2025-05-20</time></p>
<h1 class="fw4 gray1 mt2 mb2 f6 f7-l">${cfTitle}</h1>
<div class="flex items-center mb3"><img class="mr2" src="/images/clock.svg" alt="" width="16"><span class="f3 fw5 gray5">6 min read</span></div>
<p class="f2 gray4 i mb3">This post is also available in <a href="/ja-jp/relay-tables-shared-cache/">日本語</a> and
<a href="/de-de/relay-tables-shared-cache/">Deutsch</a>.</p>
<ul class="author-lists flex flex-wrap list pl0 mb4">${cfAuthors
  .map(
    (a) => `<li class="flex items-center mr4 mb2"><img class="br-100 mr2" width="40"
src="/images/${a.split(' ')[0]?.toLowerCase()}.png" alt="${a}"><a class="fw5 f3 no-underline gray1"
href="/author/${a.split(' ')[0]?.toLowerCase()}/">${a}</a></li>`,
  )
  .join('\n')}
</ul><figure class="mb4"><img src="/images/relay-tables-cache-hero.png" alt="" class="w-100"></figure>
<section class="post-full-content"><div class="post-content lh-copy gray1 f4">
${cfPs(cfP1)}
<h2 id="where-the-time-went">${cfH1}</h2>
${cfPs(cfP2)}
<h2 id="why-a-bigger-cache-did-not-help">${cfH2}</h2>
${cfPs(cfP3)}
<h2 id="a-shared-cache-per-data-center">${cfH3}</h2>
${cfPs(cfP4)}
<div class="table-wrapper"><table><thead><tr>${cfTable[0]?.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${cfTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></div>
${cfPs(cfP5)}
<pre class="language-javascript"><code class="language-javascript">${cfCode}</code></pre>
<h2 id="what-comes-next">${cfH4}</h2>
${cfPs(cfP6)}
<hr><p class="f3 gray4"><i>${cfBoiler[0]}</i></p><p class="f3 gray4"><i>${cfBoiler[1]}</i></p>
</div></section>
<div class="flex flex-wrap mt4 mb4">${cfTags
  .map(
    (t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/" class="tag-link f2 fw5 br2 ba b--gray7 ph2 pv1 mr2
mb2 no-underline gray3">${t}</a>`,
  )
  .join('\n')}</div>
<div class="follow-on-x mb5"><p class="f2 fw6 gray3 mb2">Follow on X</p><ul class="list pl0">
<li><a href="https://x.example/tamsinok" class="f2 gray3">Tamsin Okafor|@tamsinok</a></li><li><a href="https://x.example/cloudflare"
class="f2 gray3">Cloudflare|@cloudflare</a></li>
</ul></div></article>
<section class="mw9 center bt b--gray8 pt4 mb5"><h2 class="f5 fw6 gray1 mb3">Related posts</h2><div class="flex flex-wrap">
${cfRelated
  .map(
    (r) => `<article class="w-100 w-third-l pr3 mb4"><p class="f3 fw5 gray5 mb1">${r.d}</p><h3 class="f4 fw6 mv1"><a href="/${r.d}/" class="gray1
no-underline">${r.t}</a></h3><ul class="author-lists list pl0"><li><a class="f2 gray4" href="/author/x/">${r.a}</a></li></ul></article>`,
  )
  .join('\n')}
</div></section></main>
<footer class="bg-gray1 white pv5"><div class="mw9 center ph3 flex flex-wrap">
${Object.entries(cfFootCols)
  .map(([h, items]) => `<div class="w-50 w-20-l mb4"><h3 class="f3 fw6 white mb2">${h}</h3><ul class="list pl0 f2">${links(items, 'mb1')}</ul></div>`)
  .join('\n')}</div><div class="mw9 center ph3 f2 gray6 flex flex-wrap justify-between"><p>© 2025 Cloudflare, Inc.</p><ul class="list pl0 flex">
${links(cfLegal, 'ml3')}</ul></div></footer></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><div id="onetrust-policy-text">${cfCookie[0]}
<a class="ot-cookie-policy-link" href="https://www.cloudflare.com/cookie-policy/" aria-label="More information about your privacy, opens in a new tab"
rel="noopener"
target="_blank">Cookie Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div></div></body></html>`;
export const cloudflarePost: TestPage = {
  html: cfHtml,
  name: 'heldout165-cloudflare-blog',
  kind: 'blog',
  // the date, reading time and author names are bylines; the "also available in" notice and the company boilerplate
  // paragraphs after the rule at the end of the post content are furniture; table header cells and the code are in neither
  // list, data cells are body
  title: cfTitle,
  headings: [cfH1, cfH2, cfH3, cfH4],
  body: texts([...cfP1, ...cfP2, ...cfP3, ...cfP4, ...cfTable.slice(1).flat(), ...cfP5, ...cfP6]),
  bylines: ['2025-05-20', '6 min read', ...cfAuthors],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe to receive notifications of new posts:', 'Subscribe', ...cfNav, 'This post is also available in 日本語 and Deutsch.', ...cfBoiler,
    ...cfTags, 'Follow on X', 'Tamsin Okafor|@tamsinok', 'Cloudflare|@cloudflare', 'Related posts', ...cfRelated.flatMap((r) => [r.d, r.t, r.a]),
    ...Object.entries(cfFootCols).flat(2), '© 2025 Cloudflare, Inc.', ...cfLegal, ...cfCookie, 'Cookie Policy', 'Cookie Settings', 'Reject All',
    'Accept All Cookies',
  ],
};
