import { type TestPage, texts } from './page-kit.js';
import { dcBottom, dcFooter, dcNavLinks, dcTop } from './pages-heldout37-e3.js';

/**
 * Held-out batch 37, file e2: a release post on an open-source project's Docusaurus site, from the blog plugin (chrome in file
 * e3): the "Recent posts" sidebar grouped by year, the post header with date, reading time and two authors with titles and
 * social icons, MDX content with hash-linked headings, two titled code blocks with copy buttons, "tip" and "warning"
 * admonitions and a list, the tags and "Edit this page" footer, newer/older pagination and the table of contents column).
 */
const dcTitle = 'Tidewater 3.0: Incremental Snapshots and a New Plugin API';
const dcP1 = [
  'Today we are releasing Tidewater 3.0, the biggest release since the project moved to its own organisation two years ago. It brings ' +
    'incremental snapshots, a rewritten plugin API and a long list of smaller fixes from 41 contributors, 17 of them first-timers.',
];
const dcH1 = 'Incremental snapshots';
const dcP2 = [
  'Until now, every snapshot copied the full state of each table, even if only a handful of rows had changed since the last one. For ' +
    'small deployments that was fine. For the teams syncing tens of millions of rows every hour, it meant snapshots that took longer ' +
    'than the interval between them.',
  'In 3.0 a snapshot records only the pages that changed since its parent, and a background job compacts chains of incremental ' +
    'snapshots once they pass a configurable length. In our benchmark on a 40 GB dataset with 2% of rows changing per hour, snapshot ' +
    'time fell from 11 minutes to 38 seconds.',
];
const dcTip =
  'If you restore from snapshots often, set <code>compaction.max_chain</code> to a lower value. Longer chains save disk space but make ' +
  'restores slower, because each link has to be replayed.';
const dcH2 = 'A new plugin API';
const dcP3 = [
  'The old plugin interface grew one hook at a time over five years, and it showed. Plugins could only run on the write path, ' +
    'received rows one at a time, and had no way to report progress or fail cleanly.',
  'The new API is built around batches. A plugin receives a batch of changes, returns a batch, and can declare which tables it cares ' +
    'about so that Tidewater can skip it for everything else. Plugins can also now run on the read path, which makes masking ' +
    'sensitive columns for downstream consumers a few lines of code.',
];
const dcH3 = 'Migrating existing plugins';
const dcP4 = [
  'Plugins written for 2.x keep working through a compatibility shim, which will stay in place for the whole 3.x series. The shim ' +
    'logs a deprecation warning once per plugin at startup. The <a href="/docs/migrating-to-3">migration guide</a> walks through the ' +
    'changes for the four most common plugin patterns.',
];
const dcWarn =
  'The compatibility shim does not support plugins that modify primary keys. If your plugin does this, it must be migrated before ' + 'you upgrade.';
const dcH4 = 'Other changes';
const dcList = [
  'The CLI now shows a live progress bar for long-running syncs.',
  'Connection pools are shared between pipelines that target the same database.',
  'Support for PostgreSQL 12 has been dropped, following its end of life.',
];
const dcH5 = 'Thank you';
const dcP5 = [
  'This release would not exist without the people who tested the betas, filed careful bug reports and reviewed each other’s pull ' +
    'requests. Special thanks to the team at a regional rail operator who ran 3.0 in production for two months before we felt brave ' +
    'enough to tag it.',
];
const dcRecent = [dcTitle, 'Tidewater at PGConf Europe 2025', 'How We Test Against Twelve Database Versions', '2.9: Faster Initial Loads'];
const dcRecent24 = ['Tidewater 2.8 and the Road to 3.0'];
const dcTags = ['release', 'snapshots', 'plugins'];
const hd = (n: number, id: string, t: string): string =>
  `<h${n} class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${t}<a href="#${id}" class="hash-link" aria-label="Direct link to ` +
  `${t}" title="Direct link to ${t}">\u200b</a></h${n}>`;
const tok = (cls: string, t: string, color: string): string => `<span class="token ${cls}" style="color:${color}">${t}</span>`;
const line = (parts: string): string => `<span class="token-line" style="color:#393A34">${parts}<br></span>`;
const code = (lang: string, title: string, lines: string[]): string =>
  `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34;--prism-background-color:#f6f8fa">` +
  `<div class="codeBlockTitle_OeMC">${title}</div><div class="codeBlockContent_QJqH"><pre tabindex="0" class="prism-code language-${lang} ` +
  `codeBlock_bY9V thin-scrollbar" style="color:#393A34;background-color:#f6f8fa"><code class="codeBlockLines_e6Vv">${lines.map(line).join('')}` +
  '</code></pre><div class="buttonGroup_M5ko"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">' +
  '<span class="copyButtonIcons_IEyt" aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_TrPX"><path fill="currentColor" ' +
  'd="M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21"></path></svg></span></button></div></div></div>';
const adm = (kind: string, cls: string, body: string): string =>
  `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert alert--${cls}"><div class="admonitionHeading_Gvgb"><span ` +
  `class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5"></path></svg></span>${kind}` +
  `</div><div class="admonitionContent_BuS1"><p>${body}</p></div></div>`;
const author = (name: string, gh: string, title: string): string =>
  `<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="https://github.com/${gh}" target="_blank" ` +
  `rel="noopener noreferrer" class="avatar__photo-link"><img class="avatar__photo authorImage_XqGP" src="https://github.com/${gh}.png" ` +
  `alt="${name}"></a><div class="avatar__intro authorDetails_lV9A"><div class="avatar__name"><a href="https://github.com/${gh}" ` +
  `target="_blank" rel="noopener noreferrer"><span class="authorName_yefp" translate="no">${name}</span></a></div><small class=` +
  `"authorTitle_nd0D" title="${title}">${title}</small><div class="authorSocials_rSDt"><a href="https://github.com/${gh}" target="_blank" ` +
  `rel="noopener noreferrer" class="authorSocialLink_owbf" title="GitHub"><svg viewBox="0 0 256 250" width="1em" height="1em" ` +
  `class="authorSocialLink_owbf githubSvg_Uu4N"><path d="M128.001 0C57.317 0 0 57.307 0 128.001"></path></svg></a></div></div></div></div>`;
const recent = (items: string[], year: string): string =>
  `<div role="group"><h3 class="yearGroupHeading_rMGB">${year}</h3><ul class="sidebarItemList_Yudw clean-list">` +
  items
    .map((t, i) =>
      year === '2025' && i === 0
        ? `<li class="sidebarItem__DBe"><a aria-current="page" class="sidebarItemLink_mo7H sidebarItemLinkActive_I1ZP" href="/blog/tidewater-3-0">${t}</a></li>`
        : `<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="/blog/${t.length}">${t}</a></li>`,
    )
    .join('') +
  '</ul></div>';
const tocLi = (id: string, t: string, sub = ''): string => `<li><a href="#${id}" class="table-of-contents__link toc-highlight">${t}</a>${sub}</li>`;
const dcHtml = [
  dcTop(dcTitle, 'Incremental snapshots, a batch-based plugin API and 41 contributors.'),
  '<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts navigation"><div class="sidebarItemTitle_pO2u ',
  'margin-bottom--md">Recent posts</div>',
  recent(dcRecent, '2025'),
  recent(dcRecent24, '2024'),
  '</nav></aside><main class="col col--7"><article class=""><header><h1 class="title_f1Hy">',
  dcTitle,
  '</h1><div class="container_mt6G margin-vert--md"><time datetime="2025-05-20T00:00:00.000Z">May 20, 2025</time> · <!-- -->8 min read</div>',
  '<div class="margin-top--md margin-bottom--sm row">',
  author('Lena Vogt', 'lvogt', 'Maintainer'),
  author('Arjun Mehta', 'arjunm', 'Core team'),
  '</div></header><div id="__blog-post-container" class="markdown">',
  `<p>${dcP1[0]}</p>${hd(2, 'incremental-snapshots', dcH1)}<p>${dcP2[0]}</p><p>${dcP2[1]}</p>`,
  code('yaml', 'tidewater.yaml', [
    `${tok('key atrule', 'snapshots', '#00a4db')}${tok('punctuation', ':', '#393A34')}`,
    `  ${tok('key atrule', 'mode', '#00a4db')}${tok('punctuation', ':', '#393A34')} incremental`,
    `  ${tok('key atrule', 'compaction', '#00a4db')}${tok('punctuation', ':', '#393A34')}`,
    `    ${tok('key atrule', 'max_chain', '#00a4db')}${tok('punctuation', ':', '#393A34')} ${tok('number', '24', '#36acaa')}`,
  ]),
  adm('tip', 'success', dcTip),
  `${hd(2, 'a-new-plugin-api', dcH2)}<p>${dcP3[0]}</p><p>${dcP3[1]}</p>`,
  code('ts', 'plugins/mask-email.ts', [
    `${tok('keyword', 'export', '#00009f')} ${tok('keyword', 'default', '#00009f')} ${tok('function', 'definePlugin', '#d73a49')}({`,
    `  tables${tok('operator', ':', '#393A34')} [${tok('string', "'customers'", '#e3116c')}],`,
    `  ${tok('function', 'onRead', '#d73a49')}(batch) { ${tok('keyword', 'return', '#00009f')} batch.${tok('function', 'mask', '#d73a49')}(` +
      `${tok('string', "'email'", '#e3116c')}); },`,
    '});',
  ]),
  `${hd(3, 'migrating-existing-plugins', dcH3)}<p>${dcP4[0]}</p>`,
  adm('warning', 'warning', dcWarn),
  `${hd(2, 'other-changes', dcH4)}<ul>${dcList.map((t) => `<li>${t}</li>`).join('')}</ul>${hd(2, 'thank-you', dcH5)}<p>${dcP5[0]}</p>`,
  '</div><footer class="docusaurus-mt-lg"><div class="row margin-top--sm theme-blog-footer-edit-meta-row"><div class="col"><b>Tags:</b><ul ',
  'class="tags_jXut padding--none margin-left--sm">',
  ...dcTags.map((t) => `<li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/blog/tags/${t}">${t}</a></li>`),
  '</ul></div></div><div class="margin-top--sm theme-blog-footer-edit-meta-row row"><div class="col"><a href="https://github.com/tidewater-',
  'sync/tidewater/edit/main/website/blog/2025-05-20-tidewater-3-0.mdx" target="_blank" rel="noopener noreferrer" class="theme-edit-this-',
  'page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 ',
  '11.7l-3 3.1"></path></g></svg>Edit this page</a></div></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label=',
  '"Blog post page navigation"><a class="pagination-nav__link pagination-nav__link--next" href="/blog/pgconf-europe-2025"><div class="',
  `pagination-nav__sublabel">Older post</div><div class="pagination-nav__label">${dcRecent[1]}</div></a></nav></main><div class="col col--2">`,
  '<div class="tableOfContents_bqdL thin-scrollbar"><ul class="table-of-contents table-of-contents__left-border">',
  tocLi('incremental-snapshots', dcH1),
  tocLi('a-new-plugin-api', dcH2, `<ul>${tocLi('migrating-existing-plugins', dcH3)}</ul>`),
  tocLi('other-changes', dcH4),
  tocLi('thank-you', dcH5),
  '</ul></div></div>',
  dcBottom,
].join('');
export const docusaurusPost: TestPage = {
  html: dcHtml,
  name: 'heldout37-docusaurus-blog',
  kind: 'blog',
  // the post's MDX content is the article: paragraphs, the list and both admonitions (body; their "tip" / "warning" labels in
  // neither); the code blocks and their file-name titles are in neither; the date and both author names are bylines, the
  // authors' titles furniture; reading time, "Tags:", "Edit this page", the older-post link, "Recent posts" with its year
  // headings, the TOC column (entries are the headings again: in neither), announcement bar, skip link, navbar and footer are
  // furniture; the sidebar's first entry is the title again (in neither); the brand "Tidewater", the version menu's "3.0" and
  // "2.x", the three tags and the footer's "Migration guide" are words of the title or body: left out
  title: dcTitle,
  headings: [dcH1, dcH2, dcH3, dcH4, dcH5],
  body: [...texts(dcP1), ...texts(dcP2), ...texts([dcTip]), ...texts(dcP3), ...texts(dcP4), dcWarn, ...dcList, ...texts(dcP5)],
  bylines: ['May 20, 2025', 'Lena Vogt', 'Arjun Mehta'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'If you like Tidewater, give it a star on GitHub!', ...dcNavLinks, 'GitHub', 'Search', 'Recent posts', '2025',
    ...dcRecent.slice(1), '2024', ...dcRecent24, '8 min read', 'Maintainer', 'Core team', 'Tags:', 'Edit this page', 'Older post',
    ...dcFooter.flatMap(([h, items]) => [h, ...items]).filter((t) => t !== 'Migration guide'),
    'Copyright © 2025 The Tidewater Authors. Built with Docusaurus.',
  ],
};
