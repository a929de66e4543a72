import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file f2: a Verge comparison article on its Next.js "duet--" template (site navigation, group label,
 * dek, byline with "is a senior reviewer" bio line and date, comment count and share buttons, lead image credit, comparison
 * table, inline "Related" link, affiliate note, "Most Popular" rail, newsletter box, footer).
 */
const vTitle = 'Tessel Buds Pro vs Osterby Q7 vs Marrow Pod 3: which noise-cancelling earbuds should you buy?';
const vDek = 'Three midrange earbuds, one table, and a clear winner for most people.';
const vIntro = [
  j(
    'Noise-cancelling earbuds used to mean paying flagship prices. This year, three pairs under $150 do most of what the expensive',
    'ones do, and all three are discounted for the holidays. I wore each pair for two weeks of commuting, running and working in',
    'noisy cafés to find out where they differ.',
  ),
];
const vHs = ['The spec sheet', 'Sound and noise cancelling', 'Battery and comfort', 'Which should you buy?'];
const vTable = [
  'Tessel Buds Pro',
  '$129',
  '7 hours',
  'IPX5',
  'Yes',
  'Osterby Q7',
  '$99',
  '8 hours',
  'IPX4',
  'No',
  'Marrow Pod 3',
  '$149',
  '6 hours',
  'IP57',
  'Yes',
];
const vSound = [
  j(
    'The Marrow Pod 3 has the most convincing noise cancelling of the three; on a bus it cut the engine drone to a whisper. The Tessel',
    'Buds Pro sound the most balanced, with clear vocals and a bass that never smears. The Osterby Q7 are warmer and a little muddy',
    'at high volume, but the difference is small on a train.',
  ),
  j(
    'Call quality is the one area where none of them shines. In a windy street, callers said I sounded distant on all three, with the',
    'Tessel pair doing slightly better thanks to its longer stems.',
  ),
];
const vBattery = [
  j(
    'The Osterby Q7 last longest at eight hours with noise cancelling on, and their case adds three full charges. The Marrow Pod 3',
    'trail at six hours, though their smaller shells were the most comfortable for side sleepers.',
  ),
];
const vBuy = [
  'If you want the best all-rounder, get the Tessel Buds Pro.',
  'If you want the quietest commute, get the Marrow Pod 3.',
  'If you want the most for your money, get the Osterby Q7, especially on sale.',
];
const vNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'AI', 'Policy', 'Deals'];
const vPop = ['The best phones to buy right now', 'A new smart ring wants to replace your watch', 'Our favorite budget laptop is $200 off'];
const vFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell Or Share My Personal Info', 'Licensing FAQ', 'Accessibility', 'Platform Status'];
const row = (cells: string[]): string => `<tr>${cells.map((c) => `<td class="duet--article--table-cell">${c}</td>`).join('')}</tr>`;
const vHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Tessel Buds Pro vs Osterby Q7 vs Marrow Pod 3 | The Verge</title>
<meta name="description" content="${vDek}"><meta property="og:type" content="article"><meta name="parsely-type" content="post">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}",
"author":[{"@type":"Person","name":"Soren Adeyemi-Lund"}],
"datePublished":"2026-11-16T09:00:00-05:00"}</script><link rel="preload" as="font" href="/fonts/polysans.woff2" crossorigin="">
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"StoryLayoutQuery"}]}}},"page":"/[...slugs]"}</script></head>
<body><div id="__next"><a href="#content" class="duet--navigation--skip-link">Skip to main content</a>
<header class="duet--navigation--navigation"><a href="/" aria-label="The Verge homepage">The Verge</a><nav><ul>${links(
  vNav,
  'duet--navigation--nav-item',
)}</ul></nav>
<button aria-label="Menu">Menu</button></header>
<main id="content"><article class="duet--article--article"><div class="duet--article--lede">
<a class="duet--article--group-label" href="/headphones">Headphones</a><h1 class="duet--article--dangerously-set-cms-markup _1xwtict9">${vTitle}</h1>
<p class="duet--article--dek">${vDek}</p>
<div class="duet--article--byline"><p><span>by</span> <a href="/authors/soren-adeyemi-lund">Soren Adeyemi-Lund</a></p>
<p class="duet--article--bio">Soren Adeyemi-Lund is a senior reviewer covering audio and wearables.</p>
<time datetime="2026-11-16T14:00:00.000Z">Nov 16, 2026, 9:00 AM EST</time></div>
<div class="duet--article--share"><a href="#comments">14 Comments</a><button>Share this story</button></div>
<figure class="duet--article--lede-image"><img src="https://duet-cdn.vox-cdn.example/earbuds.jpg" alt="Three pairs of earbuds">
<figcaption><span class="duet--media--caption">The Tessel, Osterby and Marrow earbuds in their cases.</span> <cite>Photo by Ama Quist / The
Verge</cite></figcaption></figure>
<p class="duet--article--affiliate"><em>If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.</em></p></div>
<div class="duet--article--article-body-component-container">${ps(vIntro, ' class="duet--article--dangerously-set-cms-markup"')}
<h2 class="duet--article--dangerously-set-cms-markup">${vHs[0]}</h2>
<div class="duet--article--table"><table><thead><tr><th>Model</th><th>Price</th><th>Battery (ANC on)</th><th>Rating</th><th>Wireless charging</th></tr></thead>
<tbody>${row(vTable.slice(0, 5))}${row(vTable.slice(5, 10))}${row(vTable.slice(10))}</tbody></table></div>
<h2 class="duet--article--dangerously-set-cms-markup">${vHs[1]}</h2>${ps(vSound)}
<div class="duet--article--related"><p><strong>Related</strong> <a href="/reviews/osterby-q7">Osterby Q7 review: a lot of earbud for the money</a></p></div>
<h2 class="duet--article--dangerously-set-cms-markup">${vHs[2]}</h2>${ps(vBattery)}
<h2 class="duet--article--dangerously-set-cms-markup">${vHs[3]}</h2><ul>${vBuy.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="duet--article--comments-link"><a href="#comments">Comments</a></div></article>
<aside class="duet--recirculation--most-popular"><h2>Most Popular</h2><ol>${links(vPop)}</ol></aside>
<div class="duet--cta--newsletter"><h2>Installer</h2><p>A weekly newsletter about the apps and gadgets worth your time.</p><input type="email"
placeholder="Email (required)"><button>Sign Up</button></div></main>
<footer class="duet--navigation--footer"><ul>${links(vFoot)}</ul><p>© 2026 Vox Media, LLC. All Rights Reserved</p></footer></div></body></html>`;
export const verge: TestPage = {
  name: 'heldout317-verge-comparison',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: vHs,
  body: texts([vDek, ...vIntro, ...vTable, ...vSound, ...vBattery, ...vBuy]),
  bylines: ['Soren Adeyemi-Lund', 'Nov 16, 2026, 9:00 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Verge', ...vNav.filter((t) => t.length > 2), 'Menu', 'Headphones',
    'Soren Adeyemi-Lund is a senior reviewer covering audio and wearables.',
    '14 Comments', 'Share this story', 'The Tessel, Osterby and Marrow earbuds in their cases.', 'Photo by Ama Quist / The Verge',
    'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.',
    'Related Osterby Q7 review: a lot of earbud for the money', 'Comments', 'Most Popular', ...vPop, 'Installer',
    'A weekly newsletter about the apps and gadgets worth your time.', 'Sign Up', ...vFoot, '© 2026 Vox Media, LLC. All Rights Reserved',
  ],
};
