import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file d2: a Homebrew formula page on formulae.brew.sh (Jekyll template: the site header with search,
 * the formula heading, install command, description, homepage, licence, JSON API and code links, the bottle support table,
 * current versions, dependencies, the caveats, the analytics tables and the footer).
 */
const hTitle = 'wavelet';
const hDesc = ['Terminal audio waveform viewer and trimmer'];
const hCaveats = [
  j(
    'wavelet reads its colour theme from the terminal. If the waveform looks washed out, set a theme explicitly in',
    '~/.config/wavelet/config.toml, or run wavelet with --theme dark.',
  ),
  j(
    'To trim files in place without a confirmation prompt, you must enable the "unsafe_overwrite" setting. Keep backups:',
    'trimmed audio cannot be recovered.',
  ),
  j(
    'Playback uses the system audio device through ffmpeg. On macOS, the first run asks for microphone permission only if',
    'you use the record command; playing and trimming need no permission.',
  ),
];
type Row = readonly [string, string, string];
const hBottles: readonly Row[] = [
  ['Apple Silicon', 'tahoe', '✅'],
  ['', 'sequoia', '✅'],
  ['', 'sonoma', '✅'],
  ['Intel', 'sonoma', '✅'],
  ['64-bit linux', '', '✅'],
];
const hDeps = [
  ['ffmpeg', '8.0', 'Play, record, convert, and stream audio and video'],
  ['ncurses', '6.5', 'Text-based UI library'],
];
const hNav = ['Homebrew', 'Blog', 'Documentation', 'Formulae and Casks'];
const hFoot = ['Homebrew Documentation', 'Homebrew Blog', 'Analytics data', 'JSON API', 'Fork me on GitHub'];
const an = (label: string, rows: readonly (readonly [string, string])[]): string => `<h4>${label}</h4>
<table class="full-width"><tbody>${rows.map(([k, v]) => `<tr><td><a href="/formula/${k}">${k}</a></td><td class="number-data">${v}</td></tr>`).join('\n')}
</tbody></table>`;
const hHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>wavelet — Homebrew Formulae</title>
<meta name="generator" content="Jekyll v4.3.4" /><meta property="og:title" content="wavelet" /><meta property="og:locale" content="en_US" />
<meta name="description" content="Homebrew’s package index" /><link rel="canonical" href="https://formulae.brew.sh/formula/wavelet" />
<meta property="og:site_name" content="Homebrew Formulae" /><meta name="twitter:card" content="summary" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","headline":"wavelet"}</script>
<link rel="stylesheet" href="/assets/css/main.css"><link rel="alternate" type="application/json" href="/api/formula/wavelet.json">
<script src="https://cdn.jsdelivr.example/npm/@docsearch/js@3" defer></script>
</head>
<body>
<header class="site-header"><div class="wrapper"><a class="site-title" rel="author" href="/">Homebrew Formulae</a>
<nav class="site-nav"><ul>${links(hNav, 'page-link')}</ul></nav><div id="search-bar" class="docsearch"><button type="button"
class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Placeholder">Search</span></button></div></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<h1>${hTitle}</h1>
<p class="install-command">Install command: </p><pre><code>brew install wavelet</code></pre>
<p class="desc">${hDesc[0] ?? ''}</p>
<p><a href="https://wavelet.example.org/">https://wavelet.example.org/</a></p>
<p>License: <a href="https://spdx.org/licenses/BSD-2-Clause">BSD-2-Clause</a></p>
<p>Development: <a href="https://github.example/Homebrew/homebrew-core/pulls?q=wavelet">Pull requests</a></p>
<p>Formula JSON API: <a href="/api/formula/wavelet.json"><code>/api/formula/wavelet.json</code></a></p>
<p>Formula code: <a href="https://github.example/Homebrew/homebrew-core/blob/HEAD/Formula/w/wavelet.rb"><code>wavelet.rb</code></a> on GitHub</p>
<p>Bottle (binary package) installation support provided for:</p>
<table><tbody>${hBottles.map(([a, b, c]) => `<tr><td>${a}</td><td>${b}</td><td>${c}</td></tr>`).join('\n')}</tbody></table>
<p>Current versions:</p><table><tbody><tr><td>stable</td><td>✅</td><td>3.0.4</td></tr><tr><td>head</td><td>⚡️</td><td>HEAD</td></tr></tbody></table>
<p>Revision: <strong>1</strong></p>
<p>Depends on:</p><table><tbody>${hDeps.map(([a, b, c]) => `<tr><td><a href="/formula/${a}">${a}</a></td><td>${b}</td><td>${c}</td></tr>`).join('\n')}
</tbody></table>
<p>Depends on when building from source:</p><table><tbody><tr><td><a href="/formula/pkgconf">pkgconf</a></td><td>2.5.1</td>
<td>Package compiler and linker metadata toolkit</td></tr><tr><td><a href="/formula/rust">rust</a></td><td>1.90.0</td>
<td>Safe, concurrent, practical language</td></tr></tbody></table>
<h3 id="caveats">Caveats</h3>
${ps(hCaveats)}
<h3>Analytics</h3>
${an('Installs (30 days)', [
  ['wavelet', '1,377'],
  ['wavelet --HEAD', '12'],
])}
${an('Installs on Request (30 days)', [['wavelet', '1,359']])}
${an('Build Errors (30 days)', [['wavelet', '3']])}
<p>Installs (90 days) <strong>3,914</strong></p><p>Installs (365 days) <strong>11,602</strong></p>
<p class="meta">Last updated: <time datetime="2026-11-28T06:11:03Z">2026-11-28 06:11:03 UTC</time></p>
</div></main>
<footer class="site-footer h-card"><div class="wrapper"><ul class="footer-links">${links(hFoot)}</ul>
<p>Homebrew was created by a community of volunteers. Donations keep the project running.</p></div></footer>
</body>
</html>`;
export const homebrew: TestPage = {
  name: 'heldout394-homebrew-formula',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Caveats'],
  body: texts([...hDesc, ...hCaveats]),
  bylines: ['Last updated: 2026-11-28 06:11:03 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Homebrew Formulae', ...hNav, 'Search', 'Install command:', 'brew install wavelet', 'https://wavelet.example.org/', 'License: BSD-2-Clause',
    'Development: Pull requests', 'Formula JSON API: /api/formula/wavelet.json', 'Formula code: wavelet.rb on GitHub',
    'Bottle (binary package) installation support provided for:', 'Apple Silicon', 'tahoe', 'sequoia', 'sonoma', 'Intel', '64-bit linux',
    'Current versions:', 'stable', '3.0.4', 'head', 'Revision: 1', 'Depends on:', 'ncurses', ...hDeps.map((d) => d[2] ?? ''),
    'Depends on when building from source:', 'pkgconf', 'Package compiler and linker metadata toolkit', 'rust', 'Safe, concurrent, practical language',
    'Analytics', 'Installs (30 days)', 'wavelet --HEAD', 'Installs on Request (30 days)', 'Build Errors (30 days)', '1,377', '1,359',
    'Installs (90 days) 3,914', 'Installs (365 days) 11,602', ...hFoot,
    'Homebrew was created by a community of volunteers. Donations keep the project running.',
  ],
};
