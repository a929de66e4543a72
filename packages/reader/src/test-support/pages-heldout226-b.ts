import { links, type TestPage, texts } from './page-kit.js';
import { vscodeNotes } from './pages-heldout226-b2.js';

/**
 * Held-out batch 226, file b: a formulae.brew.sh formula page (the Jekyll site's header with the site title, the
 * search box, the formula's name, description, homepage, license, JSON API and source links, the bottle, versions and
 * dependency tables, the caveats block, the analytics tables and the footer) and, from file b2, a Visual Studio Code
 * monthly release notes page.
 */
const hbTitle = 'marlinspike';
const hbDesc = 'Terminal dashboard for watching log files, with live filtering, highlighting and bookmarks';
const hbLines = [
  'https://marlinspike.example.org/',
  'License: BSD-2-Clause',
  'Bottle (binary package) installation support provided for:',
  'Current versions:',
  'Depends on:',
  'Depends on when building from source:',
];
const hbBottles = [
  ['Apple Silicon', 'sequoia', '✅'],
  ['', 'sonoma', '✅'],
  ['', 'ventura', '✅'],
  ['Intel', 'sonoma', '✅'],
  ['64-bit linux', '', '✅'],
];
const hbVersions = [['stable', '✅', '3.7.1']];
const hbDeps = [
  ['pcre2', '10.45', 'Perl compatible regular expressions library with a new API'],
  ['libarchive', '3.8.1', 'Multi-format archive and compression library'],
  ['sqlite', '3.50.4', 'Command-line interface for SQLite'],
  ['curl', '8.16.0', 'Get a file from an HTTP, HTTPS or FTP server'],
  ['readline', '8.3.1', 'Library for command-line editing'],
];
const hbBuildDeps = [
  ['cmake', '4.1.2', 'Cross-platform make'],
  ['pkgconf', '2.5.1', 'Package compiler and linker metadata toolkit'],
];
const hbCaveats = `marlinspike keeps its bookmarks and saved filters in:
  ~/.config/marlinspike

To read the system log on macOS you may need to grant your terminal Full Disk Access.`;
const hbAnalytics = [
  [
    'Installs (30 days)',
    [
      ['marlinspike', '1,204'],
      ['marlinspike --HEAD', '17'],
    ],
  ],
  [
    'Installs on Request (30 days)',
    [
      ['marlinspike', '1,199'],
      ['marlinspike --HEAD', '17'],
    ],
  ],
  ['Build Errors (30 days)', [['marlinspike', '3']]],
  [
    'Installs (90 days)',
    [
      ['marlinspike', '3,861'],
      ['marlinspike --HEAD', '52'],
    ],
  ],
  [
    'Installs (365 days)',
    [
      ['marlinspike', '12,940'],
      ['marlinspike --HEAD', '188'],
    ],
  ],
] as const;
const hbNav = ['Homebrew Formulae', 'Homebrew', 'Analytics', 'Documentation', 'Blog'];
const hbFurn = [
  'Install command:',
  'brew install marlinspike',
  'Also known as:',
  'marlin',
  'Formula JSON API:',
  '/api/formula/marlinspike.json',
  'Formula code:',
  'marlinspike.rb',
  'on GitHub',
  'Caveats',
  'Analytics',
];
const hbFoot = ['Fork me on GitHub', 'Homebrew was created by Max Howell. Website by Rémi Prévost, Mike McQuaid and Danielle Lalonde.'];
const row = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const depRow = (d: readonly string[]): string => `<tr><td><a href="/formula/${d[0]}#default">${d[0]}</a></td><td>${d[1]}</td><td>${d[2]}</td></tr>`;
const hbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>marlinspike — Homebrew Formulae</title>
<meta name="description" content="Homebrew’s package index"><meta property="og:title" content="marlinspike">
<meta property="og:site_name" content="Homebrew Formulae"><link rel="canonical" href="https://formulae.brew.sh/formula/marlinspike">
<link rel="stylesheet" href="/assets/css/main.css"><link rel="alternate" type="application/json" href="/api/formula/marlinspike.json">
<script src="https://cdn.jsdelivr.net/npm/@docsearch/js@3" defer></script><script src="/assets/js/search.js" defer></script></head>
<body><div class="container"><header id="header"><div class="row">
<h1 id="title"><a href="/"><img src="/assets/img/homebrew-256x256.png" alt="Homebrew logo">${hbNav[0]}</a></h1>
<nav id="navigation"><ul>${links(hbNav.slice(1))}</ul></nav>
<div id="search-form"><div id="docsearch"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search">
<span class="DocSearch-Button-Placeholder">Search</span></button></div></div></div></header>
<div class="row"><div class="col-12" id="formula">
<h2 class="forced-wrap">${hbTitle}</h2>
<p><strong>${hbFurn[0]}</strong> <br><code>${hbFurn[1]}</code></p>
<p>${hbFurn[2]} <strong>${hbFurn[3]}</strong></p>
<p>${hbDesc}</p>
<p><a href="${hbLines[0]}">${hbLines[0]}</a></p>
<p>License: <strong>BSD-2-Clause</strong></p>
<p>${hbFurn[4]} <a href="/api/formula/marlinspike.json"><code>${hbFurn[5]}</code></a> (with the bottle manifest)</p>
<p>${hbFurn[6]} <a href="https://github.com/Homebrew/homebrew-core/blob/main/Formula/m/marlinspike.rb"><code>${hbFurn[7]}</code></a> ${hbFurn[8]}</p>
<p>${hbLines[2]}</p>
<table class="full-width"><tbody>${hbBottles.map(row).join('\n')}</tbody></table>
<p>${hbLines[3]}</p>
<table><tbody>${hbVersions.map(row).join('\n')}</tbody></table>
<p>${hbLines[4]}</p>
<table><tbody>${hbDeps.map(depRow).join('\n')}</tbody></table>
<p>${hbLines[5]}</p>
<table><tbody>${hbBuildDeps.map(depRow).join('\n')}</tbody></table>
<h3 id="caveats">${hbFurn[9]}</h3>
<pre>${hbCaveats}</pre>
<h3 id="analytics">${hbFurn[10]}</h3>
${hbAnalytics
  .map(
    ([label, rows]) => `<table><thead><tr><th colspan="2">${label}</th></tr></thead><tbody>
${rows
  .map(
    (r) => `<tr><td><a href="/formula/marlinspike"><code>${r[0]}</code></a></td><td
class="text-right">${r[1]}</td></tr>`,
  )
  .join('\n')}</tbody></table>`,
  )
  .join('\n')}
</div></div>
<footer class="row"><p class="fork"><a href="https://github.com/Homebrew/formulae.brew.sh">${hbFoot[0]}</a></p>
<p>Homebrew was created by <a href="https://mxcl.dev">Max Howell</a>. Website by <a href="https://github.com/remiprev">Rémi Prévost</a>,
<a href="https://github.com/MikeMcQuaid">Mike McQuaid</a> and <a href="https://github.com/dnlll">Danielle Lalonde</a>.</p></footer></div></body></html>`;
const homebrew: TestPage = {
  html: hbHtml,
  name: 'heldout226-homebrew-formula',
  kind: 'docs',
  // conventions for this short, table-shaped page: the formula's own data (description, homepage, license, the lead-in lines
  // of its tables and the table data cells) is body; the install command, alias line, API and formula-code links, the caveats
  // (a <pre>, in neither list) and the analytics section with its tables are furniture; the page has no byline
  title: hbTitle,
  headings: [],
  body: texts([
    hbDesc,
    hbLines[0] ?? '',
    hbLines[1] ?? '',
    hbLines[2] ?? '',
    ...hbBottles.flat().filter((c) => c !== ''),
    hbLines[3] ?? '',
    ...hbVersions.flat(),
    hbLines[4] ?? '',
    ...hbDeps.flat(),
    hbLines[5] ?? '',
    ...hbBuildDeps.flat(),
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hbNav, 'Search', ...hbFurn, ...hbAnalytics.map(([l]) => l), '1,204', '1,199', '3,861', '12,940', ...hbFoot,
  ],
};

export const HELDOUT226_B: readonly TestPage[] = [homebrew, vscodeNotes];
