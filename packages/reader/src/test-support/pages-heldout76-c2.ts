import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 76, file c2: a company engineering blog post on its own site (Cloudflare / Stripe blog shape): the site
 * header with the "Subscribe to receive notifications of new posts" form, the category nav, the date and read time above
 * and below the headline, the author list with handles, the feature image, headings with anchor links, code blocks with
 * a "Copy" button, a figure with caption, a results table, the tags, "Follow on X" author lines, "Related posts" cards,
 * the company boilerplate and footer, and a consent manager banner.
 */
const enTitle = 'How we replaced our rate limiter without dropping a single request';
const enP1 = [
  'Every request that reaches the Quillgate edge passes through our rate limiter. It decides, in well under a millisecond, ' +
    'whether a client has exceeded the limits its owner configured. Until this summer it ran on a fixed-window counter design we ' +
    'built in 2019. This post is about why we replaced it, how the new design works, and how we moved 38 million requests per ' +
    'second onto it without anyone noticing.',
];
const enH1 = 'The trouble with fixed windows';
const enP2 = [
  'A fixed-window limiter counts requests in buckets that reset on the minute. It is cheap and easy to reason about, but it has a ' +
    'well-known flaw: a client can send its full allowance at 12:00:59 and again at 12:01:00, doubling its rate for a moment ' +
    'without ever breaking a rule. For most customers that burst was harmless. For customers protecting login pages, it was ' +
    'exactly the gap an attacker needed.',
  'The old design had a second problem. Each data centre kept its own counters, so a client spreading requests across several ' +
    'locations could exceed a limit many times over.',
];
const enH2 = 'Sliding windows, approximately';
const enP3 = [
  'The new limiter uses a sliding-window approximation. Instead of one counter per window, it keeps two: the count for the current ' +
    'window and the count for the previous one. The estimated rate is the current count plus the previous count weighted by how ' +
    'much of the previous window still overlaps the last sixty seconds.',
];
const enCode1 = `func (w *Window) Estimate(now time.Time) float64 {
    elapsed := now.Sub(w.start).Seconds() / w.size.Seconds()
    return float64(w.current) + float64(w.previous)*(1-elapsed)
}`;
const enP4 = [
  'This needs only two integers per key, and in our tests it was within 0.4 percent of an exact sliding log while using a fraction ' + 'of the memory.',
];
const enH3 = 'Sharing counts between data centres';
const enP5 = [
  'To close the second gap, each location now sends compact deltas of its counters to the other locations in the same region every ' +
    '250 milliseconds. We chose regions rather than a global mesh because the traffic for a single key almost always lands in one ' +
    'region, and keeping the gossip local keeps its cost predictable.',
];
const enCaption = 'Counter deltas gossip within a region every 250 ms; each location merges them into its local estimate.';
const enH4 = 'Moving traffic without a flag day';
const enP6 = [
  'We ran both limiters side by side for six weeks. The old limiter made every decision, while the new one ran in shadow mode, ' +
    'computing its own answer and logging every disagreement. Most disagreements turned out to be the burst at the window edge ' +
    'that the new design was meant to catch.',
  'Once the disagreement rate was stable, we moved customers over in groups, starting with our own internal zones. The results:',
];
const enTableHead = ['Metric', 'Fixed window', 'Sliding window'];
const enTable = [
  ['p50 decision latency', '41 µs', '38 µs'],
  ['p99 decision latency', '310 µs', '190 µs'],
  ['Memory per location', '9.2 GB', '6.1 GB'],
];
const enP7 = [
  'The latency improvement was a pleasant surprise. It came from dropping a lock we no longer needed once counters were merged ' + 'asynchronously.',
];
const enH5 = 'What is next';
const enP8 = [
  'The regional gossip protocol is general enough to share other counters, and we are already using it for our bot score ' +
    'thresholds. If problems like this sound interesting, we are hiring engineers for the edge platform team.',
];
const enNav = ['Product News', 'Speed & Reliability', 'Security', 'Developers', 'AI', 'Policy', 'Life at Quillgate'];
const enTags = ['Rate Limiting', 'Edge', 'Deep Dive', 'Go'];
const enAuthors = [
  ['Anneke Vos', '@annekevos'],
  ['Tomasz Wierzbicki', '@twierz'],
];
const enRelated = [
  ['September 30, 2025', 'Bringing bot scores to every plan', 'Our machine learning bot scores are now available to all customers.'],
  ['August 12, 2025', 'A year of running Go at the edge', 'What we learned from rewriting our request pipeline in Go.'],
];
const enBoiler = 'Quillgate protects websites, apps and APIs for millions of customers, and speeds them up with one of the largest networks in ' + 'the world.';
const enFoot = ['Getting Started', 'Community', 'Developers', 'Support', 'Company', 'About Quillgate', 'Careers', 'Press', 'Privacy Policy', 'Terms of Use'];
const enConsent = 'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic.';
const enPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const enSlug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const enH = (t: string): string =>
  `<h2 id="${enSlug(t)}"><a href="#${enSlug(t)}" class="anchor-link" aria-hidden="true"><span class="anchor-icon">#</span></a>${t}</h2>`;
const enPre = (code: string, lang: string): string => `<div class="code-block relative"><button class="copy-btn absolute top-0 right-0" type="button"
data-copy="true">Copy</button><pre class="language-${lang}" tabindex="0"><code class="language-${lang}">${code}</code></pre></div>`;
const enHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How we replaced our rate limiter without dropping a single request</title>
<meta name="description" content="We moved 38 million requests per second to a new sliding-window rate limiter. Here is how.">
<meta property="og:site_name" content="The Quillgate Blog"><meta property="og:type" content="article"><meta property="og:title" content="${enTitle}">
<meta property="article:published_time" content="2025-10-21T14:00:00.000+01:00"><meta name="twitter:creator" content="@annekevos">
<link rel="canonical" href="https://blog.quillgate.example/sliding-window-rate-limiter/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${enTitle}",
"author":[{"@type":"Person","name":"Anneke Vos"},{"@type":"Person","name":"Tomasz Wierzbicki"}],"datePublished":"2025-10-21T14:00:00.000+01:00",
"keywords":"Rate Limiting, Edge, Deep Dive, Go","publisher":{"@type":"Organization","name":"Quillgate"}}</script>
<link rel="stylesheet" href="/_astro/_slug_.C3n8f1aQ.css"><script type="module" src="/_astro/hoisted.D91kPz2b.js"></script></head>
<body class="bg-white"><header class="bg-white sticky top-0 z-10"><div class="container mx-auto flex items-center justify-between py-3">
<a href="/" class="flex items-center" aria-label="The Quillgate Blog home"><img src="/images/quillgate-logo.svg" alt="Quillgate" width="150" height="32">
<span class="ml-2 text-lg font-medium">The Quillgate Blog</span></a>
<form class="subscribe-form hidden lg:flex items-center gap-2" action="/subscribe" method="post"><span class="text-sm">Subscribe to receive notifications
of new posts:</span><input type="email" name="email" placeholder="Email Address" aria-label="Email Address"><button type="submit" class="btn">Subscribe</button>
</form></div><nav class="border-t" aria-label="Categories"><ul class="container mx-auto flex gap-6 py-2 text-sm">${links(enNav, 'nav-item')}</ul></nav></header>
<main class="container mx-auto"><article class="mx-auto max-w-3xl py-8">
<p class="f3 fw5 gray5 my-0"><time datetime="2025-10-21">2025-10-21</time></p>
<h1 class="f5 f6-l fw4 gray1 mb-2 mt-1">${enTitle}</h1>
<p class="f3 fw5 gray5 mb-4"><span class="reading-time">9 min read</span></p>
<img class="mr2 feature-image w-full" src="/content/images/2025/10/rate-limiter-hero.png" alt="" width="1600" height="900" loading="eager">
<ul class="author-lists flex gap-4 list-none p-0 my-4">${enAuthors
  .map(
    ([n]) => `<li class="author-name-tooltip flex items-center"><img class="rounded-full w-8 h-8" src="/authors/${enSlug(n!)}.jpg" alt="">
<a href="/author/${enSlug(n!)}/" class="fw5 author-name">${n}</a></li>`,
  )
  .join('\n')}</ul>
<div class="post-full-content mt-4 lh-copy">
${enPs(enP1)}
${enH(enH1)}
${enPs(enP2)}
${enH(enH2)}
${enPs(enP3)}
${enPre(enCode1, 'go')}
${enPs(enP4)}
${enH(enH3)}
${enPs(enP5)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/10/gossip-diagram.png" class="kg-image" alt="Diagram of regional gossip"
loading="lazy" width="1600" height="1000"><figcaption>${enCaption}</figcaption></figure>
${enH(enH4)}
${enPs(enP6)}
<figure class="kg-card kg-html-card"><table><thead><tr>${enTableHead.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>
${enTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
${enPs(enP7)}
${enH(enH5)}
${enPs(enP8)}
</div>
<ul class="tags flex flex-wrap gap-2 list-none p-0 mt-6">${enTags.map((t) => `<li><a class="tag" href="/tag/${enSlug(t)}/">${t}</a></li>`).join('')}</ul>
<div class="follow-authors mt-6"><p class="text-sm font-medium">Follow on X</p>${enAuthors
  .map(([n, h]) => `<p class="text-sm">${n}|<a href="https://x.example/${h!.slice(1)}">${h}</a></p>`)
  .join('\n')}<p class="text-sm">Quillgate|<a href="https://x.example/quillgate">@quillgate</a></p></div>
<div class="bg-gray-50 p-6 mt-8 rounded"><p class="text-sm">${enBoiler}</p><p class="text-sm">To learn more about our mission, visit
<a href="https://www.quillgate.example/about">our about page</a>. If you are looking for a new career direction, check out
<a href="https://www.quillgate.example/careers">our open positions</a>.</p></div></article>
<section class="related-posts max-w-5xl mx-auto py-8"><h2 class="text-2xl mb-4">Related posts</h2><div class="grid md:grid-cols-2 gap-6">
${enRelated
  .map(
    ([d, t, s]) => `<article class="related-card"><p class="text-xs text-gray-500"><time>${d}</time></p>
<h3 class="text-lg font-medium"><a href="/${enSlug(t!)}/">${t}</a>
</h3><p class="text-sm">${s}</p></article>`,
  )
  .join('\n')}</div></section></main>
<footer class="bg-gray-900 text-white mt-12"><div class="container mx-auto grid grid-cols-2 md:grid-cols-5 gap-6 py-10"><ul>${links(enFoot)}</ul></div>
<p class="container mx-auto text-xs py-4">© 2025 Quillgate, Inc.</p></footer>
<div id="consent-manager" class="fixed bottom-0 inset-x-0 bg-white shadow-lg p-4" role="dialog" aria-label="Cookie consent"><p class="text-sm">${enConsent}</p>
<button class="btn">Accept All Cookies</button><button class="btn btn-secondary">Cookie Settings</button></div></body></html>`;
export const engineeringPost: TestPage = {
  html: enHtml,
  name: 'heldout76-engineering-blog-post',
  kind: 'blog',
  // the Go block and the table header are in neither list, the table's data cells are body; the date above the headline,
  // the read time and the author names are bylines, the "Follow on X" lines with handles, the tags, the caption, the "Copy"
  // button, the anchor "#" marks, related posts, the company boilerplate, header form, nav, footer and consent banner are
  // furniture ("Developers", in both nav and footer, is listed once)
  title: enTitle,
  headings: [enH1, enH2, enH3, enH4, enH5],
  body: [...enP1, ...enP2, ...enP3, ...enP4, ...enP5, ...enP6, ...enTable.flat(), ...enP7, ...enP8],
  bylines: ['2025-10-21', '9 min read', 'Anneke Vos', 'Tomasz Wierzbicki'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Quillgate Blog', 'Subscribe to receive notifications of new posts:', 'Subscribe', ...enNav, 'Copy', enCaption, ...enTags,
    'Follow on X', ...enAuthors.map(([n, h]) => `${n}|${h}`), 'Quillgate|@quillgate', enBoiler,
    'To learn more about our mission, visit our about page. If you are looking for a new career direction, check out our open positions.',
    'Related posts', ...enRelated.flat(), ...enFoot.filter((t) => t !== 'Developers'), '© 2025 Quillgate, Inc.', enConsent, 'Accept All Cookies',
    'Cookie Settings',
  ],
};
