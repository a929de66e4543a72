import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 186, file e2: an Observable notebook page as saved from observablehq.com (the app header with search,
 * "Sign in" and "Sign up", the notebook header with the author, "Edited" date, like and fork counts and the licence, the
 * cells with rendered markdown, an Inputs range control, a Plot chart with its axis and tick texts, a pinned code cell,
 * an Inputs.table, the "Importers" list, the hidden cell menu, the sign-up prompt and the footer).
 */
const obTitle = 'Are the trams getting later? Velden tram punctuality, 2019–2025';
const obP0 = [
  'The Velden transport authority publishes the scheduled and actual departure time of every tram at every stop. This notebook ' +
    'uses seven years of those records, about 41 million departures, to ask a question riders have been asking loudly: are the ' +
    'trams really less punctual than they used to be?',
  'A departure counts as <strong>punctual</strong> if it leaves no more than one minute early and no more than three minutes late, ' +
    'which is the authority’s own definition.',
];
const obH1 = 'The overall picture';
const obP1 = [
  'Across the whole network, punctuality fell from 88.4 percent in 2019 to 81.9 percent in 2025. Most of the drop happened in two ' +
    'steps: in 2021, when the city centre roadworks began, and in 2024, when the new Line 9 opened and shared tracks with Lines 3 and 4.',
  'The chart below shows the monthly figure. Use the slider to change how many minutes late still counts as punctual and see how ' +
    'sensitive the result is to the definition.',
];
const obH2 = 'Which lines changed most?';
const obP2 = [
  'Not all lines declined equally. Lines 3 and 4, which run through the centre and now share the Marktbrücke junction with Line 9, ' +
    'lost more than ten points each. Line 7, which runs entirely on its own tracks in the eastern suburbs, is almost unchanged.',
  'The table lists every line with its punctuality in 2019 and 2025. Click a column header to sort.',
];
const obH3 = 'What this does not tell us';
const obList = [
  'Punctuality is measured at departure, so a tram that waits at a stop to get back on schedule counts as punctual.',
  'Cancelled trips are not in the departure records at all, so a line that cancels more trips can look more punctual.',
  'The 2020 figures are flattered by low ridership during the pandemic and should not be used as a baseline.',
];
const obP3 = [
  'A follow-up will look at individual stops, where the records suggest a handful of busy interchanges account for much of the decline. ' +
    'If you build on this, please cite the authority’s open data portal as the source. Corrections and forks are welcome.',
];
const obHeader = ['Tomasz Wierzbicki', 'Edited Feb 3, 2026'];
const obMeta = ['ISC', 'Like', '27', 'Fork', '5 forks', 'Importers'];
const obControls = ['Minutes late still punctual', '3'];
const obAxis = ['Punctual departures (%) ↑', 'Month →', '2019', '2021', '2023', '2025'];
const obImporters = ['Velden transit dashboard', 'Punctuality by stop'];
const obNav = ['Platform', 'Notebooks', 'Pricing', 'Docs', 'Search', 'Sign in', 'Sign up'];
const obPrompt = 'Create a free account to fork this notebook, leave comments and get notified of changes.';
const obFoot = ['Resources', 'Forum', 'Releases', 'Company', 'About', 'Jobs', 'Contact', 'Legal', 'Terms of Service', 'Privacy Policy'];
const obCell = (inner: string, cls = 'observablehq--block'): string =>
  `<div class="observablehq ${cls}"><div class="mw-100 relative cell-hover-target">${inner}</div></div>`;
const obHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Are the trams getting later? Velden tram punctuality, 2019–2025 / Tomasz Wierzbicki | Observable</title>
<meta name="description" content="Seven years of departure records from the Velden transport authority."><meta property="og:title" content="${obTitle}">
<meta property="og:site_name" content="Observable"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://observablehq.com/@twierzbicki/velden-tram-punctuality">
<link rel="stylesheet" href="https://static.observableusercontent.example/next/static/css/6d1e2b.css">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"notebook":{"slug":"velden-tram-punctuality","likes":27,"forks":5}}}}</script>
</head><body><div id="__next"><div class="flex flex-column min-vh-100">
<header class="site-header flex items-center justify-between ph3 bb b--light-gray"><a href="/" class="site-header__logo" aria-label="Observable home">
<svg width="25" height="28" viewBox="0 0 25 28"></svg></a><nav class="site-header__nav">
<ul class="flex">${links(obNav.slice(0, 4), 'site-header__item')}</ul></nav>
<button class="site-header__search" aria-label="Search">${obNav[4]}</button><a class="btn btn-secondary" href="/login">${obNav[5]}</a>
<a class="btn btn-primary" href="/signup">${obNav[6]}</a></header>
<main class="notebook-page flex-auto"><div class="notebook-header flex items-center justify-between mw-notebook center">
<div class="flex items-center"><img class="avatar" src="https://avatars.observableusercontent.example/avatar/3f1a" alt="" width="24" height="24">
<a class="notebook-author" href="/@twierzbicki">${obHeader[0]}</a><span class="notebook-edited mid-gray ml2">
<time datetime="2026-02-03">${obHeader[1]}</time></span></div>
<div class="notebook-header-actions flex items-center"><a class="license-link" href="/@twierzbicki/velden-tram-punctuality#license">${obMeta[0]}</a>
<button class="like-button"><span>${obMeta[1]}</span><span class="like-count">${obMeta[2]}</span></button><button class="fork-button">${obMeta[3]}</button>
<a class="fork-count" href="/@twierzbicki/velden-tram-punctuality/forks">${obMeta[4]}</a></div></div>
<div class="notebook mw-notebook center" data-notebook-id="4a91c2e07d3b1f55">
${obCell(`<h1>${obTitle}</h1>`)}
${obCell(obP0.map((p) => `<p>${p}</p>`).join('\n'))}
${obCell(`<h2>${obH1}</h2>\n${obP1.map((p) => `<p>${p}</p>`).join('\n')}`)}
${obCell(`<form class="oi-3a86ea oi-ec050e" style="--label-width:180px"><label for="oi-3a86ea-1">${obControls[0]}</label>
<div class="oi-3a86ea-input"><input type="number" min="1" max="10" step="1" name="number" value="3">
<input type="range" min="1" max="10" step="1" value="3" id="oi-3a86ea-1">
</div></form>`)}
${obCell(`<svg class="plot-d6a7b5" fill="currentColor" font-family="system-ui, sans-serif" font-size="10" text-anchor="middle" width="640" height="400"
viewBox="0 0 640 400"><g aria-label="y-axis label" transform="translate(-40.5,-16.5)"><text y="0.71em" transform="translate(40,20)">${obAxis[0]}</text></g>
<g aria-label="x-axis tick label" transform="translate(0,9.5)">${obAxis
  .slice(2)
  .map((y, i) => `<text y="0.71em" transform="translate(${80 + i * 160},370)">${y}</text>`)
  .join('')}</g><g aria-label="x-axis label"><text transform="translate(620,395)">${obAxis[1]}</text></g>
<g aria-label="line"><path fill="none" stroke="currentColor" d="M40,60L600,142"></path></g></svg>`)}
${obCell(`<h2>${obH2}</h2>\n${obP2.map((p) => `<p>${p}</p>`).join('\n')}`)}
${obCell(
  `<pre class="observablehq--cell-source">
<code class="language-js">byLine = d3.rollups(departures, (v) => d3.mean(v, (d) => d.punctual), (d) => d.line, (d) => d.year)</code></pre>
<span class="observablehq--inspect"><span class="observablehq--cellname">byLine = </span>Array(9)</span>`,
  'observablehq--block pinned',
)}
${obCell(`<form class="oi-3a86ea oi-75a3a9"><div class="oi-75a3a9-table"><table><thead><tr><th><input type="checkbox"></th><th><span>line</span></th>
<th><span>2019</span></th><th><span>2025</span></th></tr></thead><tbody><tr><td><input type="checkbox"></td><td>3</td><td>87.2</td><td>75.9</td></tr>
<tr><td><input type="checkbox"></td><td>4</td><td>86.8</td><td>76.1</td></tr><tr><td><input type="checkbox"></td><td>7</td><td>91.4</td><td>90.8</td></tr>
</tbody></table></div></form>`)}
${obCell(`<h2>${obH3}</h2>\n<ul>\n${obList.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>\n${obP3.map((p) => `<p>${p}</p>`).join('\n')}`)}
${obCell('<span class="observablehq--inspect"><span class="observablehq--cellname">import </span>{Plot} from "@observablehq/plot"</span>')}
<div class="cell-menu" role="menu" hidden><button role="menuitem">Copy link</button><button role="menuitem">Embed</button>
<button role="menuitem">Download PNG</button></div></div>
<section class="notebook-importers mw-notebook center"><h3 class="f6 ttu">${obMeta[5]}</h3><ul>${links(obImporters)}</ul></section>
<section class="signup-prompt mw-notebook center"><p>${obPrompt}</p><a class="btn btn-primary" href="/signup">Get started</a></section></main>
<footer class="site-footer"><div class="site-footer__columns"><ul>${links(obFoot)}</ul></div><p class="site-footer__copyright">© 2026 Observable, Inc.</p>
</footer></div></div>
<script src="https://static.observableusercontent.example/next/static/chunks/main-8f2c.js" defer></script></body></html>`;
export const observableNotebook: TestPage = {
  html: obHtml,
  name: 'heldout186-observable-notebook',
  kind: 'docs',
  // the markdown cells are the article; the author and the "Edited" date are bylines; the pinned code cell, the
  // inspector output and the table's data are in neither list; the input label, the chart texts, licence, like and fork
  // counts, importers, the hidden cell menu, sign-up prompt, header and footer are furniture
  title: obTitle,
  headings: [obH1, obH2, obH3],
  body: [...texts(obP0), ...obP1, ...obP2, ...obList, ...obP3],
  bylines: obHeader,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...obNav, ...obMeta, obControls[0] as string, obAxis[0] as string, obAxis[1] as string, 'Copy link', 'Embed', 'Download PNG', ...obImporters,
    obPrompt, 'Get started', ...obFoot, '© 2026 Observable, Inc.',
  ],
};
