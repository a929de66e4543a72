import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout369-kit.js';

/**
 * Held-out batch 369, file b: a PCMag-style (Ziff Davis, Tailwind markup) laptop review with the rating, pros / cons /
 * bottom line verdict box, a spec table, affiliate price buttons and an "Editors' Note", and a Geekbench Browser-style
 * benchmark database result page (a data page whose text is the result tables).
 */
const lTitle = 'Tamsin Ledger 14 Pro (2026) Review';
const lDek = 'A sharp OLED panel and all-day battery life make this 3-pound laptop an easy pick for travelers';
const lIntro = [
  j(
    'Tamsin’s Ledger line has always been the sensible choice: solid keyboards, honest battery life, and not much flair. The 2026',
    'Ledger 14 Pro ($1,399 as tested) keeps the sensible parts and adds a 2.8K OLED display that is among the best we have seen on',
    'a 14-inch machine at this price.',
  ),
];
const lH1 = 'Design: Magnesium and Modest';
const lP1 = [
  j(
    'The chassis is a single piece of magnesium alloy in a dark slate finish, measuring 0.62 by 12.3 by 8.7 inches and weighing 2.9',
    'pounds. It flexes slightly if you press the middle of the keyboard deck, but the lid barely twists.',
  ),
  j(
    'Ports include two USB-C 4 ports (one on each side, a welcome touch), a USB-A port, HDMI 2.1, and a headphone jack. There is no',
    'SD card slot, which photographers will miss.',
  ),
];
const lH2 = 'Testing the Ledger 14 Pro: Battery Life to Spare';
const lP2 = [
  j(
    'Our review unit pairs an Arvelle Zenith 7 H-series processor with 32GB of memory and a 1TB SSD. In our Cinebench multi-core',
    'test it scored 14,820 points, within 5% of larger 16-inch rivals, and it finished our HandBrake video conversion in 4 minutes',
    'and 51 seconds.',
  ),
  j(
    'Battery life is the headline. Playing a locally stored 720p video at 50% brightness, the Ledger lasted 19 hours and 12 minutes,',
    'nearly four hours longer than the next-best laptop in its class.',
  ),
  j(
    'The OLED panel covers 100% of the DCI-P3 color gamut in our tests and reached 412 nits in SDR mode. The 120Hz refresh rate',
    'makes scrolling smooth, and a matte-effect coating keeps reflections in check better than most glossy OLED laptops.',
  ),
  j(
    'The keyboard remains a highlight, with 1.5mm of travel and a firm bottom, and the 1080p webcam with an IR sensor for face',
    'login produced a clean image in our dim office.',
  ),
];
const lSpec: readonly (readonly string[])[] = [
  ['Processor', 'Arvelle Zenith 7 H 475'],
  ['RAM (as Tested)', '32 GB'],
  ['Screen Size', '14 inches'],
  ['Native Display Resolution', '2880 by 1800'],
  ['Storage Capacity (as Tested)', '1 TB'],
  ['Weight', '2.9 lbs'],
  ['Tested Battery Life (Hours)', '19:12'],
];
const lH3 = 'Verdict: The Safe Bet Gets a Better Screen';
const lP3 = [
  j(
    'The Tamsin Ledger 14 Pro is not the lightest or the fastest 14-inch laptop, but it is the one we would hand to most people',
    'without hesitation. Its OLED screen and long battery life earn it our Editors’ Choice award for premium ultraportables.',
  ),
];
const lPros = ['Gorgeous 2.8K OLED display', 'Outstanding battery life', 'USB-C port on each side'];
const lCons = ['No SD card reader', 'Some keyboard deck flex'];
const lNav = ['Best Products', 'Reviews', 'News', 'How-To', 'Deals', 'Newsletters'];
const lCrumbs = ['Home', 'Reviews', 'Computers', 'Laptops'];
const lMore = ['The Best Ultraportable Laptops for 2026', 'Halvard Strix 14 Review', 'The Best Laptops for College Students'];
const lFoot = ['About Us', 'Editorial Principles', 'How We Test', 'Accessibility Statement', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Personal Info'];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${lTitle} | TechGauge</title>
<meta name="description" content="${lDek}"><meta property="og:type" content="article">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Review","name":"${lTitle}","author":{"@type":"Person",
"name":"Dorian Achebe-Lund"},"reviewRating":{"@type":"Rating","ratingValue":"4.5","bestRating":"5"},"datePublished":"2026-10-29"}]</script>
<script>window.zdconsent={run:[],analytics:[]};window.zdPage={type:'review',pid:'tamsin-ledger-14-pro-2026'};</script></head>
<body class="font-stratos bg-white"><div id="onetrust-banner-sdk" class="otCenterRounded"><div id="onetrust-policy-text">We and our partners use
cookies to personalize content and ads. You can manage your choices at any time.</div><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="sticky top-0 z-50 bg-black"><a href="/" class="block w-24">TechGauge</a><nav class="hidden lg:flex"><ul class="flex gap-4">${links(
  lNav,
  'px-2 text-white',
)}</ul></nav><button class="text-white" aria-label="Search">Search</button></header>
<main id="main" class="container mx-auto"><nav class="breadcrumbs text-sm"
aria-label="breadcrumbs"><ol class="flex">${links(lCrumbs, 'inline-block')}</ol></nav>
<article class="review"><header class="mb-8"><h1 class="font-brand text-4xl font-bold" id="id_title">${lTitle}</h1>
<p class="mb-4 text-lg" id="id_deck">${lDek}</p>
<div class="flex items-center gap-2 text-sm"><span>By</span><a href="/authors/dorian-achebe-lund" class="font-bold" data-element="author-name">Dorian
Achebe-Lund</a><span class="text-gray-400">&nbsp;</span><span class="text-gray-500">Updated October 29, 2026</span></div>
<div class="flex gap-2 my-4 share-bar">${['Facebook', 'X', 'Flipboard', 'Copy Link']
  .map(
    (s) => `<button aria-label="${s}"
class="share-btn">${s}</button>`,
  )
  .join('')}</div>
<p class="text-xs italic">Our expert team tests and reviews products independently. We may earn affiliate commissions when you buy through our
links.</p></header>
<div id="review-verdict" class="my-8 rounded border p-4"><div class="flex items-center"><span class="rating text-3xl font-bold">4.5</span>
<span class="ml-2 uppercase">Outstanding</span><img src="/images/editors-choice.svg" alt="Editors' Choice"></div>
<h3 class="font-bold uppercase">The Bottom Line</h3><p class="text-base">The Tamsin Ledger 14 Pro pairs an excellent OLED display with the longest
battery life in its class, making it the ultraportable to beat for most buyers.</p>
<div class="grid grid-cols-2"><div><h4 class="font-bold">Pros</h4><ul class="list-disc">${lPros.map((p) => `<li>${p}</li>`).join('')}</ul></div>
<div><h4 class="font-bold">Cons</h4><ul class="list-disc">${lCons.map((p) => `<li>${p}</li>`).join('')}</ul></div></div>
<div class="price-buttons"><a class="btn btn-primary" rel="nofollow sponsored" href="https://go.example/tamsin">$1,399.99 at Tamsin</a>
<a class="btn btn-primary" rel="nofollow sponsored" href="https://go.example/voltmart">$1,349.00 at Voltmart</a></div></div>
<div id="article" class="article-content">
${ps(lIntro)}
<div class="editors-note rounded bg-gray-100 p-4"><p><strong>Editors' Note:</strong> This review has been updated with battery results from a
second unit.</p></div>
<h2 id="design">${lH1}</h2>
${ps(lP1)}
<figure class="my-8"><img src="https://i.techgauge.example/ledger14-ports.jpg" alt="Tamsin Ledger 14 Pro ports"><figcaption class="text-sm">The
left side has a USB-C port, HDMI, and a USB-A port <small class="credit">(Credit: Jorun Mbeki)</small></figcaption></figure>
<h2 id="testing">${lH2}</h2>
${ps(lP2)}
<div class="my-8"><h3 class="font-bold">Tamsin Ledger 14 Pro (2026) Specs</h3><table class="w-full specs-table"><tbody>
${rows(lSpec)}</tbody></table><a href="#" class="text-sm underline">All Specs</a></div>
<h2 id="verdict">${lH3}</h2>
${ps(lP3)}
</div>
<section class="newsletter my-8 bg-blue-50"><h3>Get Our Best Stories!</h3><p>Sign up for What's New Now to get our top stories delivered to your inbox
every morning.</p><form><input type="email" placeholder="Enter your email"><button>Sign Up</button></form><p class="text-xs">This newsletter may contain
advertising, deals, or affiliate links.</p></section>
<section class="author-bio"><a href="/authors/dorian-achebe-lund">About Dorian Achebe-Lund</a><p>Dorian has reviewed laptops for nine years.</p>
</section></article>
<aside class="related"><h3>More From TechGauge</h3><ul>${links(lMore, 'my-2')}</ul></aside></main>
<footer class="bg-black text-white"><ul>${links(lFoot, 'inline-block')}</ul><p>© 2026 Greyfield Digital Inc. All Rights Reserved.</p></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview'});</script></body></html>`;
const pcmag: TestPage = {
  name: 'heldout369-pcmag-laptop-review',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [lH1, lH2, lH3],
  body: [lDek, ...texts([...lIntro, ...lP1, ...lP2]), ...rowTexts(lSpec), ...texts(lP3)],
  bylines: ['Dorian Achebe-Lund', 'Updated October 29, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to personalize content and ads. You can manage your choices at any time.', 'I Accept', 'Cookie Settings',
    'TechGauge', ...lNav, ...lCrumbs, 'Facebook', 'Flipboard', 'Copy Link',
    'Our expert team tests and reviews products independently. We may earn affiliate commissions when you buy through our links.', 'Outstanding',
    'The Bottom Line',
    'The Tamsin Ledger 14 Pro pairs an excellent OLED display with the longest battery life in its class, making it the ultraportable to beat for most buyers.',
    'Pros', 'Cons', ...lPros, ...lCons, '$1,399.99 at Tamsin', '$1,349.00 at Voltmart', "Editors' Note:",
    'This review has been updated with battery results from a second unit.', 'The left side has a USB-C port, HDMI, and a USB-A port',
    '(Credit: Jorun Mbeki)', 'Tamsin Ledger 14 Pro (2026) Specs', 'All Specs', 'Get Our Best Stories!',
    "Sign up for What's New Now to get our top stories delivered to your inbox every morning.", 'Sign Up',
    'This newsletter may contain advertising, deals, or affiliate links.', 'About Dorian Achebe-Lund', 'Dorian has reviewed laptops for nine years.',
    'More From TechGauge', ...lMore, ...lFoot, '© 2026 Greyfield Digital Inc. All Rights Reserved.',
  ],
};

const gTitle = 'Halvard X870 Aurum (Korvane Strata 9 7950K)';
const gScores: readonly (readonly string[])[] = [
  ['Single-Core Score', '3,412'],
  ['Multi-Core Score', '21,906'],
];
const gInfo: readonly (readonly string[])[] = [
  ['Upload Date', 'November 18 2026 07:42 AM'],
  ['Views', '1,284'],
];
const gSys: readonly (readonly string[])[] = [
  ['Operating System', 'Windows 11 Pro (64-bit)'],
  ['Model', 'Halvard X870 Aurum'],
  ['Motherboard', 'Halvard X870 AURUM WIFI'],
  ['Power Plan', 'Balanced'],
];
const gCpu: readonly (readonly string[])[] = [
  ['Name', 'Korvane Strata 9 7950K'],
  ['Topology', '1 Processor, 12 Cores, 24 Threads'],
  ['Base Frequency', '4.30 GHz'],
  ['L2 Cache', '1.00 MB x 12'],
  ['L3 Cache', '96.0 MB x 1'],
];
const gMem: readonly (readonly string[])[] = [
  ['Size', '64.00 GB'],
  ['Type', 'DDR5 SDRAM 6400MT/s'],
];
const gSingle: readonly (readonly string[])[] = [
  ['File Compression', '3,021', '433.8 MB/sec'],
  ['Navigation', '3,655', '22.0 routes/sec'],
  ['HTML5 Browser', '3,902', '79.9 pages/sec'],
  ['PDF Renderer', '3,288', '75.8 Mpixels/sec'],
  ['Photo Library', '3,140', '42.7 images/sec'],
  ['Clang', '3,570', '17.6 Klines/sec'],
];
const gMulti: readonly (readonly string[])[] = [
  ['File Compression', '15,204', '2.18 GB/sec'],
  ['Navigation', '24,880', '149.9 routes/sec'],
  ['HTML5 Browser', '22,413', '458.8 pages/sec'],
  ['PDF Renderer', '23,977', '552.7 Mpixels/sec'],
  ['Photo Library', '19,850', '269.8 images/sec'],
  ['Clang', '27,310', '134.5 Klines/sec'],
];
const gNote = j(
  'This result was run with the Unleashed power preset. Scores with the default Balanced preset are about 3% lower in the multi-core',
  'workloads.',
);
const gNav = ['Benchmark Charts', 'Search', 'Download', 'Buy', 'Sign Up', 'Log In'];
const tbl = (cap: string, data: readonly (readonly string[])[], head = ''): string =>
  `<div class="table-wrapper"><table class="table system-table"><thead><tr><th class="name" colspan="${data[0]?.length ?? 2}">${cap}</th></tr>${head}</thead>
<tbody>${rows(data)}</tbody></table></div>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Cortexmark Browser</title><meta name="description" content="Benchmark results for a Halvard X870 Aurum with a Korvane Strata 9 7950K
processor."><link rel="stylesheet" href="/assets/application.css">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-7Q2KX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script></head>
<body class="results show"><nav class="navbar navbar-expand-lg navbar-dark fixed-top"><div class="container"><a class="navbar-brand" href="/">Cortexmark
Browser</a><ul class="navbar-nav mr-auto">${links(gNav, 'nav-item')}</ul><form class="form-inline" action="/search"><input class="form-control"
type="search" name="q" placeholder="Search Benchmarks"></form></div></nav>
<div class="container"><div class="row"><div class="primary col-lg-9">
<div class="page-header"><h1>${gTitle}</h1></div>
<div class="table-wrapper"><table class="table score-container"><tbody>
${rows(gScores).replace(/<td>(\d)/g, '<td class="score">$1')}</tbody></table></div>
<div class="description"><p>${gNote}</p></div>
${tbl('Result Information', gInfo)}
${tbl('System Information', gSys)}
${tbl('CPU Information', gCpu)}
${tbl('Memory Information', gMem)}
<h2>Single-Core Performance</h2>
${tbl('Single-Core Score', gSingle)}
<h2>Multi-Core Performance</h2>
${tbl('Multi-Core Score', gMulti)}
</div><div class="sidebar col-lg-3"><div class="card"><div class="card-header">Result Owner</div><div class="card-body"><a href="/user/74012">tessaract_lab</a>
</div></div><div class="card"><div class="card-header">Compare</div><div class="card-body"><a href="/compare?baseline=4419920">Set as Baseline</a>
<a href="/v6/cpu/4419920.gb6">Download</a></div></div><div class="ad-slot"><span>Advertisement</span></div></div></div></div>
<footer class="footer"><div class="container"><p>Cortexmark Browser is a Lindqvist Software product. © 2026 Lindqvist Software Inc.</p>
<ul class="list-inline">${links(['Contact', 'Privacy', 'Terms of Use'], 'list-inline-item')}</ul></div></footer>
<div class="cookie-notice" id="cookie-notice">This site uses cookies to analyze traffic. <a href="/privacy">Learn more</a>
<button class="btn btn-sm">Got it</button></div></body></html>`;
const geekbench: TestPage = {
  name: 'heldout369-geekbench-browser-result',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Single-Core Performance', 'Multi-Core Performance'],
  body: [
    ...rowTexts(gScores),
    gNote,
    ...['System Information', 'CPU Information', 'Memory Information'],
    ...rowTexts([...gSys, ...gCpu, ...gMem]),
    'Single-Core Score',
    ...rowTexts(gSingle),
    'Multi-Core Score',
    ...rowTexts(gMulti),
  ],
  bylines: ['November 18 2026 07:42 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cortexmark Browser', 'Benchmark Charts', 'Search', 'Download', 'Buy', 'Sign Up', 'Log In', 'Result Information', 'Upload Date', 'Views', '1,284',
    'Result Owner', 'tessaract_lab', 'Compare', 'Set as Baseline', 'Advertisement',
    'Cortexmark Browser is a Lindqvist Software product. © 2026 Lindqvist Software Inc.', 'Contact', 'Privacy', 'Terms of Use',
    'This site uses cookies to analyze traffic.', 'Learn more', 'Got it',
  ],
};

export const HELDOUT369_B: readonly TestPage[] = [pcmag, geekbench];
