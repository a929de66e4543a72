import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 86, file c2: a Vue 2 guide page on the Hexo-built v2 docs site (the end-of-life banner above everything,
 * the mobile bar, the header with its Learn / Ecosystem / Support Vue / Translations dropdowns, the sidebar with the
 * version select and the guide menu, the Carbon ad slot at the top of the content, the Vue School promo link under the h1,
 * highlight tables for code, header anchor links, the previous / next guide links and the "Edit this on GitHub!" footer).
 */
const vuTitle = 'Filters';
const vuBanner = [
  'You’re browsing the documentation for Vue 2, which reached End of Life on December 31, 2023. It no longer receives updates ' + 'or fixes.',
  'Go to the Vue 3 docs',
  'Learn more about Vue 2 EOL',
];
const vuPromo = 'Learn how to use filters with a free lesson on Vue School';
const vuIntro = [
  'Vue.js lets you define filters for common text formatting. A filter is a plain function that takes a value and returns a new ' +
    'one, and you can use it in two places: inside mustache interpolations and in <code>v-bind</code> expressions. A filter is ' +
    'added to the end of the JavaScript expression, after the “pipe” symbol:',
  'Filters are a presentation tool. They shouldn’t change your data or keep any state of their own, and formatting that you also ' +
    'need in methods or watchers is usually better written as a computed property.',
];
const vuH = ['Local and Global Filters', 'Arguments and Chaining', 'Moving Away from Filters'];
const vuLocal = [
  'You can register a filter locally, in a component’s options:',
  'or register it globally, before you create the root Vue instance:',
  'When a global filter and a local filter have the same name, the component uses the local one.',
  'The input below runs what you type through a <code>capitalize</code> filter that upper-cases the first letter and leaves the ' +
    'rest alone. An empty value, <code>null</code> or <code>undefined</code> becomes an empty string, so the filter is safe to ' +
    'use on data that hasn’t loaded yet.',
];
const vuArgs = [
  'A filter function always receives the value of the expression in front of it as its first argument. In ' +
    '<code>{{ message | capitalize }}</code>, <code>capitalize</code> is called with the current value of <code>message</code>.',
  'You can chain filters:',
  'Here <code>filterA</code> is called with <code>message</code>, and <code>filterB</code> is called with whatever ' +
    '<code>filterA</code> returned. The last result is what gets rendered.',
  'Because filters are ordinary functions, they can also take more arguments:',
  'In this case <code>filterA</code> is defined with three parameters. The value of <code>message</code> is the first, the string ' +
    "<code>'arg1'</code> is the second, and the expression <code>arg2</code> is evaluated and passed as the third.",
];
const vuMove = [
  'Filters were removed in Vue 3. If you plan to upgrade, you can replace most of them now with methods, which work the same way ' +
    'in both versions: write <code>{{ formatDate(createdAt) }}</code> instead of <code>{{ createdAt | formatDate }}</code>.',
  'For filters that many components share, move the functions into a module of their own and import them where they’re needed, ' +
    'or expose them through a global mixin while the migration is under way.',
];
const vuLearn = ['Guide', 'API', 'Style Guide', 'Examples', 'Cookbook'];
const vuCourses = ['Vue Mastery', 'Vue School'];
const vuEco: [string, string[]][] = [
  ['Help', ['Forum', 'Chat', 'Meetups']],
  ['Tooling', ['Devtools', 'Vue CLI', 'Vue Loader']],
  ['Core Libraries', ['Vue Router', 'Vuex', 'Vue Server Renderer']],
  ['News', ['Weekly News', 'Events', 'Blog', 'Jobs']],
];
const vuSupport = ['One-time Donations', 'Recurring Pledges', 'T-Shirt Shop'];
const vuLangs = ['中文', '日本語', 'Русский', '한국어', 'Português', 'Français', 'Tiếng Việt', 'Español', 'Bahasa Indonesia'];
const vuVersions = ['2.x', '1.0', '0.12', '0.11', '0.10'];
const vuMenu: [string, string[]][] = [
  ['Essentials', ['Installation', 'Introduction', 'The Vue Instance', 'Template Syntax', 'Computed Properties and Watchers']],
  ['Components In-Depth', ['Component Registration', 'Props', 'Custom Events', 'Slots']],
  ['Reusability &amp; Composition', ['Mixins', 'Custom Directives', 'Render Functions &amp; JSX', 'Plugins']],
  ['Tooling', ['Single File Components', 'Testing', 'TypeScript Support', 'Production Deployment']],
];
const vuAd = 'Tidewater Cloud: deploy Vue apps from Git in under a minute. Free for open source.';
const vuFooter = 'Caught a mistake or want to contribute to the documentation?';
const vuCode = (lines: string[]): string => `<figure class="highlight html"><table><tr><td class="gutter"><pre>
${lines.map((_, i) => `<span class="line">${i + 1}</span><br>`).join('')}</pre></td><td class="code"><pre>
${lines.map((l) => `<span class="line">${l}</span><br>`).join('')}</pre></td></tr></table></figure>`;
const vuH2 = (t: string): string => {
  const id = t.replace(/ /g, '-');
  return `<h2 id="${id}"><a href="#${id}" class="headerlink" title="${t}" data-scroll=""></a>${t}</h2>`;
};
const vuDrop = (cls: string, label: string, inner: string): string => `<li class="nav-dropdown-container ${cls}"><a class="nav-link">${label}</a><span
class="arrow"></span><ul class="nav-dropdown">${inner}</ul></li>`;
const vuLinks = (a: readonly string[]): string => a.map((t) => `<li><a href="#" class="nav-link" target="_blank">${t}</a></li>`).join('');
const vuMenuPart = ([h, items]: [string, string[]]): string => `<li><h3>${h}</h3></li>
${items.map((t) => `<li><a href="/v2/guide/${t.length}.html" class="sidebar-link">${t}</a></li>`).join('\n')}`;
const vuHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${vuTitle} — Vue.js</title><meta charset="utf-8">
<meta name="description" content="Vue.js - The Progressive JavaScript Framework">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta property="og:title" content="${vuTitle} — Vue.js"><meta property="og:image" content="https://v2.vuejs.example/images/logo.png">
<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@vuejs"><link rel="icon" href="/images/icons/favicon.ico" type="image/x-icon">
<link href="https://fonts.googleapis.example/css?family=Source+Sans+Pro:300,400,600|Roboto Mono" rel="stylesheet" type="text/css">
<link rel="stylesheet" href="/css/page.css"><link rel="stylesheet" href="/css/search.css">
<script async src="https://www.googletagmanager.example/gtag/js?id=UA-46852172-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'UA-46852172-1');</script>
<script src="/js/smooth-scroll.min.js"></script></head>
<body class="docs"><div id="v2-eol-banner" class="banner"><p class="banner-text">${vuBanner[0]}</p><a class="banner-link"
href="https://vuejs.example/">${vuBanner[1]}</a><a class="banner-link" href="https://v2.vuejs.example/eol/">${vuBanner[2]}</a></div>
<div id="mobile-bar"><a class="menu-button"></a><a class="logo" href="/"></a></div>
<div id="header"><a id="logo" href="/"><img src="/images/logo.svg" alt="vue logo"><span>Vue.js</span></a><ul id="nav">
<li><form id="search-form"><input type="text" id="search-query-nav" class="search-query st-default-search-input" aria-label="Search"></form></li>
${vuDrop(
  'learn',
  'Learn',
  `<li><h4>Documentation</h4></li><li><ul>${vuLinks(vuLearn)}</ul></li><li><h4>Video Courses</h4></li>
<li><ul>${vuLinks(vuCourses)}</ul></li>`,
)}
${vuDrop('ecosystem', 'Ecosystem', vuEco.map(([h, items]) => `<li><h4>${h}</h4></li><li><ul>${vuLinks(items)}</ul></li>`).join('\n'))}
<li><a href="/v2/guide/team.html" class="nav-link team">Team</a></li>
${vuDrop('support-vue', 'Support Vue', vuLinks(vuSupport))}
${vuDrop('language', 'Translations', vuLinks(vuLangs))}</ul></div>
<div id="main" class="fix-sidebar"><div class="sidebar"><div class="sidebar-inner"><ul class="main-menu">
<li><a href="/v2/guide/" class="nav-link current">Learn</a></li><li><a href="/v2/guide/team.html" class="nav-link">Team</a></li></ul>
<div class="list"><h2>Guide<select class="version-select">
${vuVersions.map((t, i) => `<option value="${t}"${i === 0 ? ' selected' : ''}>${t}</option>`).join('\n')}</select></h2><ul class="menu-root">
${vuMenu.map(vuMenuPart).join('\n')}</ul></div></div></div>
<div class="content guide with-sidebar filters-guide"><div id="ad"><div id="carbonads"><span><span class="carbon-wrap"><a
href="https://srv.carbonads.example/ads/click/x/GTND42" class="carbon-img" target="_blank" rel="noopener sponsored"><img
src="https://cdn4.buysellads.example/uu/1/127419/tidewater.png" alt="ads via Carbon" border="0" height="100" width="130"></a><a
href="https://srv.carbonads.example/ads/click/x/GTND42" class="carbon-text" target="_blank" rel="noopener sponsored">${vuAd}</a></span><a
href="http://carbonads.example/?utm_source=vuejsorg&amp;utm_medium=ad_via_link&amp;utm_campaign=in_unit&amp;utm_term=carbon" class="carbon-poweredby"
target="_blank" rel="noopener sponsored">ads via Carbon</a></span></div></div>
<h1>${vuTitle}</h1>
<div class="vueschool"><a href="https://vueschool.example/lessons/vuejs-filters?friend=vuejs" target="_blank" rel="sponsored noopener"
title="Free Vue.js Filters lesson">${vuPromo}</a></div>
<p>${vuIntro[0]}</p>
${vuCode([
  '<span class="comment">&lt;!-- in mustaches --&gt;</span>',
  '{{ message | capitalize }}',
  '',
  '<span class="comment">&lt;!-- in v-bind --&gt;</span>',
  '<span class="tag">&lt;div</span> v-bind:id="rawId | formatId"<span class="tag">&gt;&lt;/div&gt;</span>',
])}
<p>${vuIntro[1]}</p>
${vuH2(vuH[0]!)}
<p>${vuLocal[0]}</p>
${vuCode([
  'filters: {',
  '  capitalize: <span class="function">function</span> (value) {',
  '    <span class="keyword">if</span> (!value) return \'\'',
  '    value = value.toString()',
  '    <span class="keyword">return</span> value.charAt(0).toUpperCase() + value.slice(1)',
  '  }',
  '}',
])}
<p>${vuLocal[1]}</p>
${vuCode([
  'Vue.filter(<span class="string">\'capitalize\'</span>, <span class="function">function</span> (value) {',
  '  <span class="comment">// ...</span>',
  '})',
  '',
  '<span class="keyword">new</span> Vue({',
  '  <span class="comment">// ...</span>',
  '})',
])}
<p>${vuLocal[2]}</p>
<p>${vuLocal[3]}</p>
<div id="example_1" class="demo"><input type="text" value="lantern"><p>Lantern</p></div>
<script>new Vue({ el: '#example_1', data: { message: 'lantern' },
  filters: { capitalize: function (v) { return v ? v.charAt(0).toUpperCase() + v.slice(1) : '' } } })</script>
${vuH2(vuH[1]!)}
<p>${vuArgs[0]}</p>
<p>${vuArgs[1]}</p>
${vuCode(['{{ message | filterA | filterB }}'])}
<p>${vuArgs[2]}</p>
<p>${vuArgs[3]}</p>
${vuCode(['{{ message | filterA(<span class="string">\'arg1\'</span>, arg2) }}'])}
<p>${vuArgs[4]}</p>
${vuH2(vuH[2]!)}
${vuMove.map((p) => `<p>${p}</p>`).join('\n')}
<div class="guide-links"><span>← <a href="/v2/guide/mixins.html">Mixins</a></span><span style="float: right;"><a
href="/v2/guide/plugins.html">Plugins</a> →</span></div>
<div class="footer">${vuFooter} <a href="https://github.example/vuejs/v2.vuejs.org/blob/master/src/v2/guide/filters.md" target="_blank">Edit this on
GitHub!</a> Deployed on <a href="https://url.netlify.example/HJ8X2mxP8" target="_blank">Netlify</a> .</div></div></div>
<script src="/js/css.escape.js"></script><script src="/js/common.js"></script>
<script src="https://cdn.jsdelivr.example/npm/vue@2.7.16/dist/vue.min.js"></script></body></html>`;

export const vueDocs: TestPage = {
  name: 'heldout86-vue2-guide-docs',
  kind: 'docs',
  // the end-of-life banner, the Carbon ad and the Vue School promo link under the h1 are furniture; code tables (with their
  // line-number gutters) and the live demo's input and output are in neither list; the menu items "Mixins" and "Plugins"
  // are also the previous / next links
  html: vuHtml,
  title: vuTitle,
  headings: vuH,
  body: texts([...vuIntro, ...vuLocal, ...vuArgs, ...vuMove]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      ...vuBanner, 'Vue.js', 'Learn', 'Documentation', ...vuLearn, 'Video Courses', ...vuCourses, 'Ecosystem', ...vuEco.flatMap(([h, items]) => [h, ...items]),
      'Team', 'Support Vue', ...vuSupport, 'Translations', ...vuLangs, ...vuVersions,
      ...vuMenu.flatMap(([h, items]) => [h, ...items]).map((t) => t.replace(/&amp;/g, '&')), vuAd, 'ads via Carbon', vuPromo, vuFooter,
      'Edit this on GitHub!', 'Deployed on', 'Netlify',
    ]),
  ],
};
