import { type TestPage, texts } from './page-kit.js';
import { modelCard } from './pages-heldout24-c2.js';

/**
 * Held-out batch 24, file c: a repository summary page on SourceHut's git service (the sourcehut service bar with "Log in —
 * Register", the tabbed repo header with owner, repo name and description, the summary/tree/log/refs tabs, the recent
 * commits list, refs and clone URLs, the rendered README with its headings, lists and code blocks, and the SourceHut footer).
 */
const shTitle = 'tidemark';
const shIntro = [
  'tidemark is a small command-line tool that turns tide-gauge readings into daily high and low water tables. It reads the CSV ' +
    'files published by most national gauge networks, fits the harmonic constituents, and prints a table for any date you ask for.',
  'It is written in Go, has no runtime dependencies, and runs happily on a Raspberry Pi at the end of a pier.',
  'tidemark does not replace official predictions for navigation. Use it for planning walks, fishing trips and sensor ' +
    'deployments, and check the official tables before you take a boat out.',
];
const shH = ['Installing', 'Usage', 'Supported gauge formats', 'Contributing', 'License'] as const;
const shInstall = ['Build from source with Go 1.22 or newer:'] as const;
const shInstallCode = 'git clone https://git.sr.ht/~mkrause/tidemark\ncd tidemark\nmake install';
const shInstall2 = ['Packages exist for Alpine Linux (<code>apk add tidemark</code>) and for FreeBSD ports.'] as const;
const shUsage = ['Fit constituents from a year of readings, then print next week’s tides:'] as const;
const shUsageCode = 'tidemark fit --station 8443970 readings-2024.csv > boston.tm\ntidemark table boston.tm --from 2025-06-01 --days 7';
const shUsage2 = ['The fitted file is plain text, so you can keep it in version control and diff it when you refit with a new year of data.'] as const;
const shFormats = [
  'NOAA CO-OPS six-minute CSV',
  'UK National Tide Gauge Network (BODC) processed files',
  'GESLA-3 station files',
  'Any CSV with a timestamp column and a height column, with <code>--time-col</code> and <code>--height-col</code>',
];
const shContrib = [
  'Send patches to the mailing list, <a href="https://lists.sr.ht/~mkrause/tidemark-devel">~mkrause/tidemark-devel@lists.sr.ht</a>, ' +
    'with <code>git send-email</code>. Bug reports go to the <a href="https://todo.sr.ht/~mkrause/tidemark">ticket tracker</a>.',
  'Please run <code>make check</code> before sending; the test suite compares predictions against two years of published tables.',
];
const shLicense = ['ISC. See the LICENSE file.'] as const;
const shNav = ['hub', 'git', 'todo', 'lists', 'builds', 'man', 'meta', 'paste', 'pages', 'chat'];
const shDesc = 'Harmonic tide tables from gauge readings';
const shCommits: [string, string, string, string][] = [
  ['e41b0c2', 'Mira Krause', '3 days ago', 'table: print times in the station’s local zone'],
  ['9a7d15f', 'Olu Adeyemi', '12 days ago', 'fit: accept GESLA-3 files with a missing flag column'],
  ['0c3e8b9', 'Mira Krause', '4 weeks ago', 'Release 0.6.0'],
];
const shHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>~mkrause/tidemark - sourcehut git</title><link rel="stylesheet" href="/static/main.min.4c1d7e.css">
<meta name="vcs:clone" content="https://git.sr.ht/~mkrause/tidemark"><meta name="forge:summary" content="https://git.sr.ht/~mkrause/tidemark">
</head><body><nav class="container-fluid navbar navbar-light navbar-expand-sm"><span class="navbar-brand">
<span class="icon icon-circle" aria-hidden="true"><svg viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248"></path></svg></span>
sourcehut <span class="text-muted">git</span></span>
<ul class="navbar-nav">${shNav
  .map(
    (t) => `<li class="nav-item"><a
 class="nav-link${t === 'git' ? ' active' : ''}" href="https://${t}.sr.ht">${t}</a></li>`,
  )
  .join('')}</ul>
<div class="login"><span class="navbar-text"><a href="https://meta.sr.ht/login?return_to=https%3A%2F%2Fgit.sr.ht%2F~mkrause%2Ftidemark">Log in</a>
— <a href="https://meta.sr.ht">Register</a></span></div></nav>
<div class="header-tabbed"><div class="container-fluid"><h2><a href="/~mkrause/">~mkrause</a>/<wbr>tidemark</h2>
<ul class="nav nav-tabs"><li class="nav-item nav-text vis-public"><span title="This repository is visible to everyone.">public</span></li>
<li class="nav-item"><a class="nav-link active" href="/~mkrause/tidemark">summary</a></li><li class="nav-item"><a class="nav-link"
 href="/~mkrause/tidemark/tree">tree</a></li>
<li class="nav-item"><a class="nav-link" href="/~mkrause/tidemark/log">log</a></li><li class="nav-item"><a class="nav-link"
 href="/~mkrause/tidemark/refs">refs</a></li>
</ul></div></div>
<div class="header-extension"><div class="container-fluid"><div class="row"><div class="col-md-6"><p class="description">${shDesc}</p></div></div></div></div>
<div class="container"><div class="row" style="margin-bottom: 1rem"><div class="col-md-6"><div class="event-list" style="margin-bottom: 0.5rem">
${shCommits
  .map(
    ([h, who, when, msg]) => `<div class="event"><div><a href="/~mkrause/tidemark/commit/${h}" title="${h}">${h}</a> —
<a href="/~mkrause">${who}</a> <span class="text-muted"><span title="2025-11-0${h.length} 10:14:03 UTC">${when}</span></span></div>
<pre class="commit">${msg}</pre></div>`,
  )
  .join('\n')}</div></div>
<div class="col-md-6"><div class="row"><div class="col-md-6"><h3>refs</h3><dl><dt>main</dt>
<dd><a href="/~mkrause/tidemark/tree/main">browse</a> <a href="/~mkrause/tidemark/log/main">log</a></dd>
<dt>0.6.0</dt><dd><a href="/~mkrause/tidemark/refs/0.6.0">release notes</a></dd></dl></div>
<div class="col-md-6"><h3>clone</h3><dl><dt>read-only</dt><dd><a href="https://git.sr.ht/~mkrause/tidemark">https://git.sr.ht/~mkrause/tidemark</a></dd>
<dt>read/write</dt><dd>git@git.sr.ht:~mkrause/tidemark</dd></dl>
<a href="/~mkrause/tidemark/send-email" class="btn btn-primary btn-block">Prepare a patchset <span class="icon icon-caret-right"></span></a>
</div></div></div></div>
<div class="row"><div class="col-md-10"><div style="margin-bottom: 1rem" class="readme">
<h1 id="tidemark">${shTitle}</h1>
${shIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="installing">${shH[0]}</h2><p>${shInstall[0]}</p><pre>${shInstallCode}</pre><p>${shInstall2[0]}</p>
<h2 id="usage">${shH[1]}</h2><p>${shUsage[0]}</p><pre>${shUsageCode}</pre><p>${shUsage2[0]}</p>
<h2 id="supported-gauge-formats">${shH[2]}</h2><ul>${shFormats.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="contributing">${shH[3]}</h2>${shContrib.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="license">${shH[4]}</h2><p>${shLicense[0]}</p>
</div></div></div></div>
<footer class="footer"><div class="container"><p class="text-center"><a href="https://sr.ht">
<span class="icon icon-circle" aria-hidden="true"></span></a> Copyright © 2018-2025 The SourceHut contributors. Source code licensed under the AGPL.</p>
<p class="text-center"><a href="https://man.sr.ht/privacy.md">Privacy policy</a> — <a href="https://man.sr.ht/terms.md">Terms of service</a>
— <a href="mailto:sir@cmpwn.com">Contact</a> — <a href="https://man.sr.ht">Documentation</a></p></div></footer></body></html>`;
const sourcehut: TestPage = {
  html: shHtml,
  name: 'heldout24-sourcehut-repo-readme',
  kind: 'docs',
  // the article is the rendered README: its h1 is the title, its h2s the headings, its paragraphs, list items and the two
  // shell blocks the body (the commands are the "Installing" and "Usage" text); the repo header ("~mkrause/tidemark", the
  // description), the tabs, the recent-commits list (hashes, authors, ages, messages), refs, clone URLs and "Prepare a
  // patchset" are furniture, as are the service bar and the footer; the README names no author, so no bylines (the commit
  // authors are furniture); the two shell blocks are code: in neither list, as every batch from 21 on sets code (a gold change
  // of session 15, after measuring); "tidemark", "git", "~mkrause", "clone" and the read-only clone URL are words of the install commands: left out
  title: shTitle,
  headings: [...shH],
  body: [...texts(shIntro), shInstall[0], ...texts(shInstall2), shUsage[0], shUsage2[0], ...texts(shFormats), ...texts(shContrib), shLicense[0]],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'sourcehut', ...shNav.filter((t) => t !== 'git'), 'Log in', 'Register', 'public', 'summary', 'tree', 'refs', shDesc,
    ...shCommits.flat(), 'main', 'browse', '0.6.0', 'release notes', 'read-only', 'read/write',
    'git@git.sr.ht:~mkrause/tidemark', 'Prepare a patchset',
    'Copyright © 2018-2025 The SourceHut contributors. Source code licensed under the AGPL.', 'Privacy policy', 'Terms of service', 'Contact',
    'Documentation',
  ],
};

export const HELDOUT24_C: readonly TestPage[] = [sourcehut, modelCard];
