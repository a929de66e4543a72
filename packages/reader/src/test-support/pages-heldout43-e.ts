import { type TestPage, texts } from './page-kit.js';
import { legislationSection } from './pages-heldout43-e2.js';

/**
 * Held-out batch 43, file e: a Keep a Changelog CHANGELOG.md rendered by Jekyll on GitHub Pages with the Just the Docs theme
 * (the hidden SVG symbol sprite with its titles, the side bar with site title, menu button, nested nav with expanders and
 * the theme credit, the search box and aux link, the anchor-linked headings with version links, inline code, a code block
 * with its copy button inside a list item, and the footer with "Back to top", copyright, "Edit this page" and last modified).
 */
const clIntro = [
  'All notable changes to this project will be documented in this file.',
  'The format is based on <a href="https://keepachangelog.com/en/1.1.0/">Keep a Changelog</a>, and this project adheres to ' +
    '<a href="https://semver.org/spec/v2.0.0.html">Semantic Versioning</a>.',
];
const c = (t: string): string => `<code class="language-plaintext highlighter-rouge">${t}</code>`;
/** Versions: heading (with the compare link target), then [section, items] pairs. */
const clVersions: [string, string, [string, string[]][]][] = [
  [
    'Unreleased',
    'v2.4.0...HEAD',
    [
      ['Added', [`${c('tidepool tail --since')} accepts relative times such as ${c('15m')} and ${c('2h')}.`]],
      ['Changed', ['The default batch size for the HTTP sink is now 500 events, up from 200.']],
    ],
  ],
  [
    '2.4.0',
    'v2.3.1...v2.4.0',
    [
      [
        'Added',
        [
          `A Loki sink, with labels taken from event fields by a ${c('labels')} template.`,
          `${c('--dry-run')} flag for ${c('tidepool ship')}, which prints the batches it would send without sending them.`,
          'Retries now back off with jitter, so many agents restarting at once no longer hit a collector in step.',
        ],
      ],
      [
        'Changed',
        [
          `Timestamps without a time zone are read as UTC instead of local time. Set ${c('assume_local_time: true')} to keep the old behaviour.`,
          'Minimum supported Rust version is now 1.80.',
        ],
      ],
      ['Deprecated', [`The ${c('file_glob')} option of the file source. Use ${c('include')}, which takes a list of patterns:`]],
      [
        'Fixed',
        [
          'The file source no longer reads a rotated file twice when it is renamed and recreated within the same second (#412).',
          `${c('tidepool check')} reported a valid config as broken when a sink name contained a dot (#398).`,
          'Memory use of the disk buffer grew without limit when a sink was unreachable for more than an hour.',
        ],
      ],
    ],
  ],
  [
    '2.3.1',
    'v2.3.0...v2.3.1',
    [
      ['Fixed', ['A crash on start-up when the state directory was on a read-only mount, even with checkpoints turned off.']],
      ['Security', [`Upgraded ${c('rustls')} to 0.23.18 to pick up the fix for a denial-of-service issue in TLS handshake handling.`]],
    ],
  ],
  [
    '2.3.0',
    'v2.2.2...v2.3.0',
    [
      ['Added', [`JSON Lines output for ${c('tidepool tail')}.`, `Environment variables can be used in any string option with ${c(`\${VAR}`)} syntax.`]],
      ['Removed', [`The ${c('legacy_syslog')} source, deprecated since 2.0.0.`]],
      ['Fixed', ['Multiline events longer than 64 KiB were split in two.']],
    ],
  ],
];
const clDates: Record<string, string> = { '2.4.0': '2026-01-14', '2.3.1': '2025-11-02', '2.3.0': '2025-09-18' };
const clCode = `<div class="language-yaml highlighter-rouge"><div
class="highlight"><pre class="highlight"><code><span class="na">sources</span><span class="pi">:</span>
  <span class="na">app</span><span class="pi">:</span>
    <span class="na">type</span><span class="pi">:</span> <span class="s">file</span>
    <span class="na">include</span><span class="pi">:</span> <span class="pi">[</span><span class="s2">"</span><span class="s">/var/log/app/*.log"</span><span
class="pi">,</span> <span class="s2">"</span><span class="s">/var/log/app/*.log.1"</span><span class="pi">]</span>
</code></pre></div><button type="button" aria-label="Copy code to clipboard"><svg viewBox="0 0 24 24" class="copy-icon"><use
xlink:href="#svg-copy"></use></svg></button></div>`;
const anchor = (id: string): string =>
  `<a href="#${id}" class="anchor-heading" aria-labelledby="${id}"><svg viewBox="0 0 16 16" aria-hidden="true"><use xlink:href="#svg-link"></use></svg></a>`;
const seen = new Map<string, number>();
/** kramdown's header ids: the text made a slug, a number added on repeats. */
const idOf = (t: string): string => {
  const base = t
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
};
const clBody = clVersions
  .map(([v, cmp, sections]) => {
    const head = v in clDates ? `${v} - ${clDates[v]}` : v;
    const id = idOf(head);
    const link = `<a href="https://github.com/tidepool-dev/tidepool/compare/${cmp}">${v}</a>${v in clDates ? ` - ${clDates[v]}` : ''}`;
    return (
      `<h2 id="${id}">\n  ${anchor(id)}\n  \n  \n    ${link}\n  \n  \n</h2>\n` +
      sections
        .map(([s, items]) => {
          const sid = idOf(s);
          const lis = items.map((t) => (s === 'Deprecated' ? `<li>\n    <p>${t}</p>\n\n    ${clCode}\n  </li>` : `<li>${t}</li>`));
          return `<h3 id="${sid}">\n  ${anchor(sid)}\n  \n  \n    ${s}\n  \n  \n</h3>\n<ul>\n  ${lis.join('\n  ')}\n</ul>\n`;
        })
        .join('\n')
    );
  })
  .join('\n');
const clHeadings = clVersions.flatMap(([v, , sections]) => [v in clDates ? `${v} - ${clDates[v]}` : v, ...sections.map(([s]) => s)]);
const clNav = ['Home', 'Getting started', 'Installation', 'Quick start', 'Configuration', 'Sources', 'Sinks', 'Buffers', 'CLI reference', 'Contributing'];
const navItem = (t: string, kids: string[] = []): string =>
  `<li class="nav-list-item">${
    kids.length > 0
      ? `<button class="nav-list-expander btn-reset" aria-label="toggle items in ${t} category"
aria-pressed="false"><svg viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#svg-arrow-right"></use></svg></button>`
      : ''
  }` +
  `<a href="/tidepool/${t === 'Home' ? '' : `${t.toLowerCase().replace(/ /g, '-')}/`}" class="nav-list-link">${t}</a>` +
  `${kids.length > 0 ? `<ul class="nav-list">${kids.map((k) => navItem(k)).join('')}</ul>` : ''}</li>`;
const symbol = (id: string, title: string): string =>
  `<symbol id="svg-${id}" viewBox="0 0 24 24"><title${id === 'external-link' ? ' id="svg-external-link-title"' : ''}>${title}</title><svg
xmlns="http://www.w3.org/2000/svg" width="24" height="24" ` +
  `viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3
12h18"></path></svg></symbol>`;
const clHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<link rel="stylesheet" href="/tidepool/assets/css/just-the-docs-default.css"><link rel="stylesheet" href="/tidepool/assets/css/just-the-docs-head-nav.css"
id="jtd-head-nav-stylesheet">
<style id="jtd-nav-activation">.site-nav > ul.nav-list:first-child > li:not(:nth-child(6)) > a { background-image: none; }
.site-nav > ul.nav-list:first-child > li:nth-child(6) > a { font-weight: 600; text-decoration: none; }</style>
<script src="/tidepool/assets/js/vendor/lunr.min.js"></script><script src="/tidepool/assets/js/just-the-docs.js"></script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 --><title>Changelog | tidepool</title><meta name="generator" content="Jekyll v3.10.0">
<meta property="og:title" content="Changelog"><meta property="og:locale" content="en_US"><meta name="description" content="A small, fast log shipper.">
<link rel="canonical" href="https://tidepool-dev.github.io/tidepool/changelog/"><meta property="og:site_name" content="tidepool">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","description":"A small, fast log shipper.","headline":"Changelog",
"url":"https://tidepool-dev.github.io/tidepool/changelog/"}</script><!-- End Jekyll SEO tag --></head>
<body><a class="skip-to-main" href="#main-content">Skip to main content</a>
<svg xmlns="http://www.w3.org/2000/svg" class="d-none">${[
  ['link', 'Link'],
  ['menu', 'Menu'],
  ['arrow-right', 'Expand'],
  ['external-link', '(external link)'],
  ['doc', 'Document'],
  ['search', 'Search'],
  ['copy', 'Copy'],
  ['copied', 'Copied'],
]
  .map(([i, t]) => symbol(i!, t!))
  .join('\n')}</svg>
<div class="side-bar"><div class="site-header" role="banner"><a href="/tidepool/" class="site-title lh-tight">tidepool</a>
<button id="menu-button" class="site-button btn-reset" aria-label="Toggle menu" aria-pressed="false"><svg viewBox="0 0 24 24" class="icon" aria-hidden="true">
<use xlink:href="#svg-menu"></use></svg></button></div>
<nav aria-label="Main" id="site-nav" class="site-nav"><ul class="nav-list">${navItem('Home')}${navItem('Getting started', ['Installation', 'Quick start'])}
${navItem('Configuration', ['Sources', 'Sinks', 'Buffers'])}${navItem('CLI reference')}${navItem('Changelog')}${navItem('Contributing')}</ul>
<ul class="nav-list"><li class="nav-list-item external"><a href="https://github.com/tidepool-dev/tidepool" class="nav-list-link external">tidepool on GitHub
<svg viewBox="0 0 24 24" aria-labelledby="svg-external-link-title"><use xlink:href="#svg-external-link"></use></svg></a></li></ul></nav>
<footer class="site-footer">This site uses <a href="https://github.com/just-the-docs/just-the-docs">Just the Docs</a>, a documentation theme for
Jekyll.</footer></div>
<div class="main" id="top"><div id="main-header" class="main-header"><div class="search" role="search"><div class="search-input-wrap">
<input type="text" id="search-input" class="search-input" tabindex="0" placeholder="Search tidepool" aria-label="Search tidepool" autocomplete="off">
<label for="search-input" class="search-label"><svg viewBox="0 0 24 24" class="search-icon"><use xlink:href="#svg-search"></use></svg></label></div>
<div id="search-results" class="search-results"></div></div>
<nav aria-label="Auxiliary" class="aux-nav"><ul class="aux-nav-list"><li class="aux-nav-list-item"><a href="https://github.com/tidepool-dev/tidepool/releases"
class="site-button">Releases</a></li>
</ul></nav></div>
<div class="main-content-wrap"><div id="main-content" class="main-content"><main>
<h1 id="changelog">\n  ${anchor('changelog')}\n  \n  \n    Changelog\n  \n  \n</h1>
${clIntro.map((p) => `<p>${p}</p>`).join('\n\n')}

${clBody}
</main><hr><footer><p><a href="#top" id="back-to-top">Back to top</a></p>
<p class="text-small text-grey-dk-100 mb-0">Copyright © 2022–2026 the tidepool authors. Distributed under the
<a href="https://github.com/tidepool-dev/tidepool/blob/main/LICENSE">Apache-2.0 license</a>.</p>
<div class="d-flex mt-2"><p class="text-small text-grey-dk-000 mb-0"><a href="https://github.com/tidepool-dev/tidepool/tree/main/docs/changelog.md"
id="edit-this-page">Edit this page on GitHub</a></p></div>
<div class="d-flex mt-2"><p class="text-small text-grey-dk-000 mb-0 mr-2">Page last modified: <span class="d-inline-block">Jan 14 2026 at 09:41
PM</span>.</p></div>
</footer></div></div><div class="search-overlay"></div></div></body></html>`;
const changelog: TestPage = {
  html: clHtml,
  name: 'heldout43-keep-a-changelog-page',
  kind: 'docs',
  // the two intro lines and every entry (inline code kept: it is part of the sentence) are the body; the version headings
  // (the version a compare link, its date beside it) and the "Added"/"Fixed"... group headings are the headings, in order,
  // repeats included; the YAML block in the deprecation entry is code (in neither); the "Page last modified" date is the
  // byline; the nav, the hidden SVG symbol titles, search, "Releases", theme credit, "Back to top", copyright and "Edit this
  // page" are furniture; the nav's "Changelog" is the title (in neither); the site title "tidepool" is a word of the body
  // (the inline code "tidepool tail"): left out
  title: 'Changelog',
  headings: clHeadings,
  body: [...texts(clIntro), ...clVersions.flatMap(([, , sections]) => sections.flatMap(([, items]) => texts(items)))],
  bylines: ['Jan 14 2026 at 09:41 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Link', 'Menu', 'Expand', '(external link)', 'Document', 'Search', 'Copy', 'Copied', ...clNav, 'tidepool on GitHub',
    'This site uses Just the Docs, a documentation theme for Jekyll.', 'Releases', 'Back to top',
    'Copyright © 2022–2026 the tidepool authors. Distributed under the Apache-2.0 license.', 'Edit this page on GitHub', 'Page last modified:',
  ],
};

export const HELDOUT43_E: readonly TestPage[] = [changelog, legislationSection];
