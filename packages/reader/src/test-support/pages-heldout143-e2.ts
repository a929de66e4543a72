import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 143, file e2: a blog post on a Hugo site with the Docsy theme, an open-source project's release post
 * (the dark navbar with brand, menu, "Releases" dropdown and offline search box, the left blog section nav with years and
 * short post link titles, the right column with "Edit this page" / "Create documentation issue" / "Create project issue"
 * / "Print entire section" and the table of contents, the title, the lead paragraph, the "By ... |" byline with the date,
 * a "pageinfo" update note at the top of the text, headings with empty self-links, a table, code blocks with the
 * click-to-copy button, an alert, the "Last modified" line, the Previous / Next pager and the footer with its icons,
 * copyright, licence and "All Rights Reserved").
 */
const title = 'Incremental snapshots in Tidewater 2.4';
const lead = 'Snapshots no longer copy the whole store every time. Here is how the new format works and what it means for your backups.';
const note = 'This post was updated on October 15, 2025 to correct the default value of snapshot.full_every.';
const p1 = [
  'Until now, every snapshot Tidewater took was a full copy of the store. For small deployments that was fine, but operators ' +
    'running multi-terabyte clusters told us, loudly and often, that nightly snapshots were eating their network and their ' +
    'object storage bill.',
  'Tidewater 2.4, released today, makes snapshots incremental by default. A new snapshot uploads only the segments that have ' +
    'changed since the previous one, and restores stitch the chain back together automatically.',
];
const h1 = 'How it works';
const p2 = [
  'Tidewater already stores data in immutable segment files. Once a segment is sealed it never changes, so a snapshot only ' +
    'needs to record which segments make up the store and upload the ones the bucket has not seen before.',
  'Each snapshot now writes a small manifest listing every segment it depends on, along with a checksum. Segments are ' +
    'stored once and shared between snapshots. Deleting an old snapshot removes its manifest, and a background sweep deletes ' +
    'segments that no manifest refers to any more.',
];
const h2 = 'What we measured';
const p3 = ['We ran nightly snapshots for two weeks on three of our own test clusters. The results:'];
const rows = [
  ['Small (80 GB)', '80 GB', '3.1 GB'],
  ['Medium (1.2 TB)', '1.2 TB', '41 GB'],
  ['Large (6.5 TB)', '6.5 TB', '188 GB'],
];
const p4 = [
  'Restore times are about the same as before, because a restore still has to download every segment. We have some ideas for ' +
    'making restores incremental too, and would like to hear from anyone who needs that.',
];
const h3 = 'Configuring it';
const p5 = [
  'Incremental snapshots are on by default for new clusters. Existing clusters keep taking full snapshots until you opt in, ' +
    'so that nobody’s backup scripts change behaviour during an upgrade:',
];
const code1 = `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml"><span class="line"><span
class="cl"><span class="nt">snapshot</span><span class="p">:</span>
</span></span><span class="line"><span class="cl">  <span class="nt">mode</span><span class="p">:</span> <span class="l">incremental</span>
</span></span><span class="line"><span class="cl">  <span class="nt">full_every</span><span class="p">:</span> <span class="m">14</span>
</span></span></code></pre></div>`;
const p6 = [
  'The <code>full_every</code> setting forces a full snapshot after that many incremental ones. Long chains are safe, but a ' +
    'periodic full snapshot makes it cheaper to expire old data, and it gives you a clean starting point if a segment in the ' +
    'bucket is ever damaged.',
];
const alert = 'Snapshots taken in incremental mode cannot be restored by Tidewater 2.3 or earlier. Upgrade every node before you opt in.';
const h4 = 'Thanks';
const p7 = [
  'This work was led by Ilse Brandauer, with a great deal of testing from the operators in the #storage channel. Full details are ' +
    'in the <a href="/docs/operations/snapshots/">snapshot documentation</a> and the <a href="/blog/2025/10/release-notes-2.4/">release notes</a>.',
];
const nav = ['About', 'Documentation', 'Blog', 'Community', 'GitHub'];
const releases = ['v2.4 (latest)', 'v2.3', 'v2.2'];
const side = ['Blog', 'Releases', '2025', 'Incremental snapshots', 'Tidewater 2.4 release notes', 'Community survey results', '2024'];
const meta = ['Edit this page', 'Create documentation issue', 'Create project issue', 'Print entire section'];
const footIcons = ['User mailing list', 'Mastodon', 'GitHub', 'Slack'];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const h = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<h2 id="${id}">${t}<a class="td-heading-self-link" href="#${id}" aria-label="Heading self-link"></a></h2>`;
};
const copy = '<div class="click-to-copy"><button type="button" class="btn-clipboard" data-bs-original-title="Copy to clipboard"></button></div>';
const table = `<table><thead><tr><th>Cluster</th><th style="text-align:right">Full snapshot</th><th style="text-align:right">Average incremental</th>
</tr></thead><tbody>
${rows.map((r) => `<tr>\n${r.map((c, i) => `<td${i ? ' style="text-align:right"' : ''}>${c}</td>`).join('\n')}\n</tr>`).join('\n')}
</tbody></table>`;
const html = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.151.0">
<link rel="canonical" type="text/html" href="https://tidewater.example/blog/2025/10/14/incremental-snapshots/">
<link rel="alternate" type="application/rss&#43;xml" href="https://tidewater.example/blog/2025/10/14/incremental-snapshots/index.xml">
<title>${title} | Tidewater</title><meta name="description" content="${lead}"><meta property="og:url"
content="https://tidewater.example/blog/2025/10/14/incremental-snapshots/">
<meta property="og:site_name" content="Tidewater"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta property="article:section" content="blog"><meta property="article:published_time" content="2025-10-14T00:00:00+00:00">
<meta itemprop="name" content="${title}"><meta itemprop="datePublished" content="2025-10-14T00:00:00+00:00"><meta itemprop="wordCount" content="612">
<link rel="preload" href="/scss/main.min.8d5e0c7b4a.css" as="style"><link href="/scss/main.min.8d5e0c7b4a.css" rel="stylesheet">
<script src="https://code.jquery.example/jquery-3.7.1.min.js" crossorigin="anonymous"></script>
<script defer src="https://unpkg.example/lunr@2.3.9/lunr.min.js" crossorigin="anonymous"></script></head>
<body class="td-page td-blog"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path
d="M4 40c8-6 16-6 24 0s16 6 24 0"/></svg></span><span class="navbar-brand__name">Tidewater</span></a><div class="td-navbar-nav-scroll ms-md-auto"
id="main_navbar"><ul class="navbar-nav">
${nav
  .map(
    (t) =>
      `<li class="nav-item"><a class="nav-link${t === 'Blog' ? ' active' : ''}" href="/${t.toLowerCase()}/">${
        t === 'GitHub' ? '<i class="fa-brands fa-github"></i>' : ''
      }<span>${t}</span></a></li>`,
  )
  .join('\n')}
<li class="nav-item dropdown d-none d-lg-block"><div class="dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">Releases</a><ul class="dropdown-menu">
${releases.map((r) => `<li><a class="dropdown-item" href="https://${r.slice(0, 4).replace('.', '-')}.tidewater.example">${r}</a></li>`).join('\n')}
</ul></div></li></ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.4f2a.json" data-offline-search-base-href="/" data-offline-search-max-results="10"></div></div>
</div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><form class="td-sidebar__search d-flex align-items-center"><div class="td-search td-search--offline">
<div class="td-search__icon"></div><input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…"
autocomplete="off"></div><button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3 fas fa-bars" type="button" data-bs-toggle="collapse"
data-bs-target="#td-section-nav" aria-controls="td-section-nav" aria-expanded="false" aria-label="Toggle section navigation"></button></form>
<nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title
td-sidebar-nav__section with-child active-path" id="m-blog-li"><a href="/blog/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root"
id="m-blog"><span>${side[0]}</span></a><ul class="ul-1"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child" id="m-blogreleases-li">
<input type="checkbox" id="m-blogreleases-check"><label for="m-blogreleases-check"><a href="/blog/releases/" class="align-left ps-0 td-sidebar-link
td-sidebar-link__section" id="m-blogreleases"><span>${side[1]}</span></a></label></li><li class="td-sidebar-nav__section-title td-sidebar-nav__section
with-child active-path" id="m-blog2025-li"><input type="checkbox" id="m-blog2025-check" checked><label for="m-blog2025-check"><a href="/blog/2025/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__section" id="m-blog2025"><span>${side[2]}</span></a></label><ul class="ul-2 foldable">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child active-path" id="m-blog20251014-li"><a
href="/blog/2025/10/14/incremental-snapshots/" class="align-left ps-0 active td-sidebar-link td-sidebar-link__page" id="m-blog20251014"><span
class="td-sidebar-nav-active-item">${side[3]}</span></a></li>
${side
  .slice(4, 6)
  .map(
    (t, i) =>
      `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child" id="m-blog2025${i}-li"><a href="/blog/2025/${i}/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__page" id="m-blog2025${i}"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></li><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child" id="m-blog2024-li"><input type="checkbox" id="m-blog2024-check"><label
for="m-blog2024-check"><a href="/blog/2024/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section" id="m-blog2024"><span>${side[6]}</span></a>
</label></li></ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.example/tidewater/website/edit/main/content/en/blog/2025/incremental-snapshots.md" class="td-page-meta--edit td-page-meta__edit"
target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> ${meta[0]}</a><a
href="https://github.example/tidewater/website/issues/new?title=${encodeURIComponent(title)}"
class="td-page-meta--issue td-page-meta__issue" target="_blank" rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> ${meta[1]}</a><a
href="https://github.example/tidewater/tidewater/issues/new" class="td-page-meta--project td-page-meta__project-issue" target="_blank" rel="noopener"><i
class="fa-solid fa-list-check fa-fw"></i> ${meta[2]}</a><a id="print" href="/blog/_print/"><i class="fa-solid fa-print fa-fw"></i> ${meta[3]}</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${[h1, h2, h3, h4]
  .map(
    (t) => `<li><a
href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul>
</nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5 pe-md-4" role="main"><div class="td-content"><h1>${title}</h1><div class="lead">${lead}</div>
<div class="td-byline mb-4">By <b>Ilse Brandauer and Marco Sheridan</b> | <time datetime="2025-10-14" class="text-body-secondary">Tuesday, October 14,
2025</time>
</div><header class="article-meta"></header>
<div class="pageinfo pageinfo-primary"><p>${note}</p></div>
${ps(p1)}
${h(h1)}
${ps(p2)}
${h(h2)}
${ps(p3)}
${table}
${ps(p4)}
${h(h3)}
${ps(p5)}
${code1}${copy}
${ps(p6)}
<div class="alert alert-warning" role="alert"><p>${alert}</p></div>
${h(h4)}
${ps(p7)}
<div class="td-page-meta__lastmod">Last modified October 15, 2025: <a href="https://github.example/tidewater/website/commit/9e1c2d4">Fix full_every default
in snapshots post (9e1c2d4)</a></div><ul class="list-unstyled d-flex justify-content-between align-items-center mb-0 pt-5"><li><a
href="/blog/2025/10/14/release-notes-2.4/" aria-label="Previous - Tidewater 2.4 release notes" class="btn btn-primary"><span class="me-1">←</span>
Previous</a></li><li><a href="/blog/2025/09/30/community-survey/" aria-label="Next - Community survey results" class="btn btn-primary">Next<span
class="ms-1">→</span></a></li></ul></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list">
${footIcons
  .map(
    (t) => `<li class="td-footer__links-item" data-bs-toggle="tooltip" title="${t}" aria-label="${t}"><a target="_blank" rel="noopener"
href="https://${t.toLowerCase().replace(' ', '')}.example/tidewater" aria-label="${t}"><i class="fa fa-link"></i></a></li>`,
  )
  .join('\n')}
</ul></div><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">© 2025 <span class="td-footer__authors">The
Tidewater Authors</span> | <span class="td-footer__license">Documentation Distributed under <a href="https://creativecommons.example/licenses/by/4.0">CC BY
4.0</a></span></span><span class="td-footer__all_rights_reserved">All Rights Reserved</span></div></div></div></footer></div>
<script src="https://cdn.jsdelivr.example/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" crossorigin="anonymous"></script>
<script src="/js/main.min.2a1c0f.js" crossorigin="anonymous"></script><script src="/js/click-to-copy.min.1b7e3d.js" crossorigin="anonymous"></script>
</body></html>`;
export const docsyPost: TestPage = {
  html,
  name: 'heldout143-hugo-docsy-blog',
  kind: 'blog',
  // the lead is body (as a dek); the "pageinfo" update note is a correction notice, not part of the story: furniture;
  // the alert is part of the post: body; table data cells are body (one entry a cell), header cells and code in neither
  // list; the table of contents repeats the headings and is left out; "By ..." and the date are bylines
  title,
  headings: [h1, h2, h3, h4],
  body: texts([lead, ...p1, ...p2, ...p3, ...rows.flat(), ...p4, ...p5, ...p6, alert, ...p7]),
  bylines: ['By Ilse Brandauer and Marco Sheridan', 'Tuesday, October 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewater', ...nav, ...releases, ...side.slice(1), ...meta, note, 'Last modified October 15, 2025: Fix full_every default in snapshots post (9e1c2d4)',
    '← Previous', 'Next→', '© 2025 The Tidewater Authors', 'Documentation Distributed under CC BY 4.0', 'All Rights Reserved',
  ],
};
