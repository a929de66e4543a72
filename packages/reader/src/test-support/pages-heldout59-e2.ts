import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 59, file e2: a Docsify site page as saved from the browser (Docsify renders in the client, so the saved DOM
 * holds what it built: the GitHub corner, the app nav, the sidebar toggle, the search plugin's box, the app name, the sidebar
 * from _sidebar.md with the current page's sub-sidebar, the article with anchor-wrapped headings, "?>" tip and "!>" warn
 * paragraphs, code blocks carrying the copy-code plugin's button labels, a "Last modified" footer added by a hook, the
 * pagination plugin's links, and the $docsify config and plugin scripts).
 */
const dsyTitle = 'Writing plugins';
const dsyIntro =
  'Pebblebed plugins are small JavaScript modules that hook into the build. A plugin can add new content types, rewrite pages before they ' +
  'are rendered, or generate extra files such as feeds and sitemaps. Most of the features in the core distribution are themselves written as ' +
  'plugins, so anything they do, yours can do too.';
const dsyH = ['The plugin lifecycle', 'A first plugin', 'Sharing plugins'];
const dsyLife =
  'A build runs in four phases: load, transform, render and emit. Each plugin exports an object whose keys are the names of the phases it cares ' +
  'about, and Pebblebed calls those functions in the order the plugins are listed in <code>pebble.config.js</code>.';
const dsyHooks = [
  '<code>load</code> receives the raw files and may add or remove entries.',
  '<code>transform</code> receives one parsed page at a time and returns the page, changed or not.',
  '<code>render</code> can wrap or replace the HTML produced for a page.',
  '<code>emit</code> runs once at the end and may write additional files to the output directory.',
];
const dsyTip =
  'Keep each hook fast. The transform hook runs once for every page, so a plugin that takes ten milliseconds per page adds more than a minute ' +
  'to a site with seven thousand pages.';
const dsyFirst = [
  'The plugin below adds an estimated reading time to the front matter of every page. It counts the words in the page body during the ' +
    'transform phase and stores the result where templates can reach it.',
  'Register it by adding the file to the <code>plugins</code> array in your configuration. Plugins listed earlier run first, which matters ' +
    'when two of them change the same field.',
];
const dsyShare =
  'If you publish a plugin to npm, name the package with the <code>pebblebed-plugin-</code> prefix so that other users can find it. Declare ' +
  'Pebblebed as a peer dependency rather than a regular one; otherwise a site may end up with two copies of the core, and plugins will ' +
  'register against the wrong one.';
const dsyWarn =
  'Plugins run with the same permissions as the build itself. Read the source of any plugin before you install it, especially ones that ' +
  'download files during the emit phase.';
const dsySide: [string, string[]][] = [
  ['Getting started', ['Quick start', 'Writing content', 'Front matter']],
  ['Customising', ['Themes', dsyTitle, 'Shortcodes']],
  ['Deploying', ['Static hosts', 'Docker']],
];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const hd = (n: number, t: string): string =>
  `<h${n} id="${slug(t)}"><a href="#/plugins?id=${slug(t)}" data-id="${slug(t)}" class="anchor"><span>${t}</span></a></h${n}>`;
const copyBtn =
  '<button class="docsify-copy-code-button"><span class="label">Copy to clipboard</span><span class="error" aria-hidden="hidden">Copy failed!' +
  '</span><span class="success" aria-hidden="hidden">Copied!</span></button>';
const t = (c: string, s: string): string => `<span class="token ${c}">${s}</span>`;
const js = [
  `${t('keyword', 'export')} ${t('keyword', 'default')} ${t('punctuation', '{')}`,
  `  name${t('operator', ':')} ${t('string', '&#39;reading-time&#39;')}${t('punctuation', ',')}`,
  `  ${t('function', 'transform')}${t('punctuation', '(')}page${t('punctuation', ')')} ${t('punctuation', '{')}`,
  `    ${t('keyword', 'const')} words ${t('operator', '=')} page${t('punctuation', '.')}body${t('punctuation', '.')}${t('function', 'split')}\
${t('punctuation', '(')}${t('regex', '/\\s+/')}${t('punctuation', ')')}${t('punctuation', '.')}length${t('punctuation', ';')}`,
  `    page${t('punctuation', '.')}data${t('punctuation', '.')}readingMinutes ${t('operator', '=')} Math${t('punctuation', '.')}\
${t('function', 'ceil')}${t('punctuation', '(')}words ${t('operator', '/')} ${t('number', '220')}${t('punctuation', ');')}`,
  `    ${t('keyword', 'return')} page${t('punctuation', ';')}`,
  `  ${t('punctuation', '},')}`,
  `${t('punctuation', '};')}`,
];
const dsyHtml = `<!DOCTYPE html><html lang="en"><head>
  <meta charset="UTF-8">
  <title>${dsyTitle} - Pebblebed</title>
  <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
  <meta name="description" content="Pebblebed: a static site builder for people who like plain files">
  <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
  <link rel="stylesheet" href="//cdn.jsdelivr.net/npm/docsify@4/lib/themes/vue.css">
  <style>:root { --theme-color: #3f7d5a; } .page-footer { color: #888; font-size: .85em; }</style>
<style>.sidebar .search .input-wrap{display:flex;align-items:center}.sidebar .search .results-panel{display:none}\
.sidebar .search .results-panel.show{display:block}.sidebar .search input{outline:none;border:none;width:100%;padding:0.6em 7px;font-size:inherit}</style>
</head>
<body class="ready sticky"><a href="https://github.com/pebblebed/pebblebed" class="github-corner" aria-label="View source on Github"><svg \
viewBox="0 0 250 250" aria-hidden="true"><path d="M0,0 L115,115 L130,115 L142,142 L250,250 L250,0 Z"></path><path class="octo-arm" \
d="M128.3,109.0 C113.8,99.7 119.0,89.6 119.0,89.6"></path></svg></a><nav class="app-nav no-badge"><ul>
<li><a href="#/changelog" title="Changelog">Changelog</a></li>
<li><a href="https://github.com/pebblebed/pebblebed/discussions" target="_blank" rel="noopener">Discussions</a></li>
</ul></nav>
  <main><button class="sidebar-toggle" aria-label="Menu"><div class="sidebar-toggle-button"><span></span><span></span><span></span></div></button>\
<aside class="sidebar"><div class="search"><div class="input-wrap"><input type="search" value="" placeholder="Search" aria-label="Search text">\
<div class="clear-button"><svg width="26" height="24"><circle cx="12" cy="12" r="11" fill="#ccc"></circle><path stroke="white" stroke-width="2" \
d="M8.25,8.25,15.75,15.75"></path></svg></div></div><div class="results-panel"></div></div><h1 class="app-name"><a class="app-name-link" data-nosearch="" \
href="#/">Pebblebed</a></h1><div class="sidebar-nav"><ul><li><a href="#/" title="Introduction">Introduction</a></li>
${dsySide
  .map(
    ([g, items]) =>
      `<li><p>${g}</p><ul>${items
        .map((i) =>
          i === dsyTitle
            ? `<li class="active"><a href="#/plugins" title="${i}">${i}</a><ul class="app-sub-sidebar">${dsyH
                .map((h) => `<li><a class="section-link" href="#/plugins?id=${slug(h)}" title="${h}">${h}</a></li>`)
                .join('')}</ul></li>`
            : `<li><a href="#/${slug(i)}" title="${i}">${i}</a></li>`,
        )
        .join('')}</ul></li>`,
  )
  .join('\n')}
</ul></div></aside><section class="content"><article class="markdown-section" id="main">${hd(1, dsyTitle)}<p>${dsyIntro}</p>
${hd(2, dsyH[0]!)}<p>${dsyLife}</p>
<ul>
${dsyHooks.map((h) => `<li>${h}</li>`).join('\n')}
</ul>
<p class="tip">${dsyTip}</p>
${hd(2, dsyH[1]!)}<p>${dsyFirst[0]!}</p>
<pre v-pre="" data-lang="js" class="language-js"><code class="lang-js language-js">${js.join('\n')}</code>${copyBtn}</pre>
<p>${dsyFirst[1]!}</p>
${hd(2, dsyH[2]!)}<p>${dsyShare}</p>
<p class="warn">${dsyWarn}</p>
<hr><footer class="page-footer"><span>Last modified 2025-09-02</span> · <a href="https://github.com/pebblebed/pebblebed/blob/main/docs/plugins.md" \
target="_blank" rel="noopener">Edit on GitHub</a></footer><div class="docsify-pagination-container"><div class="pagination-item \
pagination-item--previous"><a href="#/themes"><div class="pagination-item-label"><svg class="icon" width="10" height="16" viewBox="0 0 10 16" \
xmlns="http://www.w3.org/2000/svg"><polyline fill="none" vector-effect="non-scaling-stroke" points="8,2 2,8 8,14"></polyline></svg><span>Previous\
</span></div><div class="pagination-item-title">Themes</div></a></div><div class="pagination-item pagination-item--next"><a href="#/shortcodes">\
<div class="pagination-item-label"><span>Next</span><svg width="10" height="16" viewBox="0 0 10 16" xmlns="http://www.w3.org/2000/svg" \
class="icon"><polyline fill="none" vector-effect="non-scaling-stroke" points="2,2 8,8 2,14"></polyline></svg></div><div \
class="pagination-item-title">Shortcodes</div></a></div></div></article></section></main>
  <script>
    window.$docsify = {
      name: 'Pebblebed',
      repo: 'pebblebed/pebblebed',
      loadSidebar: true,
      loadNavbar: true,
      subMaxLevel: 2,
      auto2top: true,
      formatUpdated: '{YYYY}-{MM}-{DD}',
      search: { placeholder: 'Search', noData: 'No results', depth: 2 },
      pagination: { previousText: 'Previous', nextText: 'Next', crossChapter: true },
      plugins: [
        function (hook) {
          hook.afterEach(function (html) {
            return html + '<hr><footer class="page-footer"><span>Last modified {docsify-updated}</span></footer>';
          });
        },
      ],
    };
  </script>
  <script src="//cdn.jsdelivr.net/npm/docsify@4"></script>
  <script src="//cdn.jsdelivr.net/npm/docsify@4/lib/plugins/search.min.js"></script>
  <script src="//cdn.jsdelivr.net/npm/docsify-copy-code@3"></script>
  <script src="//cdn.jsdelivr.net/npm/docsify-pagination@2/dist/docsify-pagination.min.js"></script>
  <script src="//cdn.jsdelivr.net/npm/prismjs@1/components/prism-bash.min.js"></script>

</body></html>`;
export const docsifyPage: TestPage = {
  html: dsyHtml,
  name: 'heldout59-docsify',
  kind: 'docs',
  // body: the paragraphs, the list items, the tip and warn paragraphs (no label word: the theme draws a "!" badge in CSS); the
  // code block is in neither list, the copy-code button's three labels inside it are furniture; "Last modified 2025-09-02" is
  // the byline; the GitHub corner's label is an attribute only; the app nav, sidebar with its group titles and the current
  // page's sub-sidebar (repeating the headings: left out), the app name, the footer's "Edit on GitHub" and the pagination are
  // furniture; the sidebar's current item repeats the title; the app name "Pebblebed" and the sidebar's "Front matter" are
  // words of the body: left out
  title: dsyTitle,
  headings: dsyH,
  body: texts([dsyIntro, dsyLife, ...dsyHooks, dsyTip, ...dsyFirst, dsyShare, dsyWarn]),
  bylines: ['Last modified 2025-09-02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Changelog', 'Discussions', 'Introduction', ...dsySide.flatMap(([g, items]) => [g, ...items.filter((i) => i !== dsyTitle && i !== 'Front matter')]),
    'Copy to clipboard', 'Copy failed!', 'Copied!', 'Edit on GitHub', 'Previous', 'Next',
  ],
};
