import { ps, texts, type TestPage } from './page-kit.js';

const mdnBody = [
  'The <code>Array.prototype.flat()</code> method creates a new array with all sub-array elements concatenated into it recursively up to the specified depth.',
  'The depth level specifies how deep a nested array structure should be flattened. It defaults to 1.',
  'The <code>flat()</code> method is a copying method. It does not alter the original array, but returns a new array that contains the same elements.',
  'The <code>flat()</code> method removes empty slots if the array being flattened is sparse. ' +
    'For example, if the depth is 1, both empty slots in the root array and in the first level ' +
    'of nested arrays are ignored.',
  'The <code>flat()</code> method is generic. It only expects the value it is called on to have a length property and integer-keyed properties.',
];
const mdn: TestPage = {
  name: 'docs-reference-sidebar',
  kind: 'docs',
  title: 'Array.prototype.flat()',
  headings: ['Syntax', 'Description'],
  body: texts(mdnBody),
  bylines: ['This page was last modified on Sep 25, 2023 by MDN contributors.'],
  furniture: [
    'Skip to main content',
    'Skip to search',
    'In this article',
    'Array.prototype.every()',
    'Array.prototype.fill()',
    'Help improve MDN',
    'Was this page helpful to you?',
    'View this page on GitHub',
    'Report a problem with this content',
  ],
  html:
    `<!DOCTYPE html><html lang="en-US"><head><title>Array.prototype.flat() - JavaScript | MDN</title></head><body>
<ul id="nav-access" class="a11y-nav"><li><a href="#content">Skip to main content</a></li><li><a href="#search">Skip to search</a>` +
    `</li></ul>
<div class="top-navigation"><a>References</a><a>Guides</a><a>Plus</a><a>Blog</a></div>
<div class="main-wrapper"><aside class="sidebar"><ol><li><a>Array.prototype.every()</a></li><li><a>Array.prototype.fill()</a></li>` +
    `<li><a>Array.prototype.filter()</a></li></ol></aside>
<aside class="toc"><h2>In this article</h2><ul><li><a>Syntax</a></li><li><a>Description</a></li></ul></aside>
<main id="content"><article class="main-page-content" lang="en-US"><header><h1>Array.prototype.flat()</h1></header>
<div class="section-content">${ps(mdnBody.slice(0, 1))}</div>
<section aria-labelledby="syntax"><h2 id="syntax">Syntax</h2><div class="code-example"><pre class="brush: js">flat()
flat(depth)</pre></div>${ps(mdnBody.slice(1, 2))}</section>
<section aria-labelledby="description"><h2 id="description">Description</h2>${ps(mdnBody.slice(2))}</section>
<aside class="metadata"><div class="metadata-content">` +
    `<p>This page was last modified on <time>Sep 25, 2023</time> by <a>MDN contributors</a>.</p>` +
    `<a>View this page on GitHub</a> • <a>Report a problem with this content</a></div></aside></article>
<section class="article-footer"><h2>Help improve MDN</h2><p>Was this page helpful to you?</p><button>Yes</button>` +
    `<button>No</button></section></main></div></body></html>`,
};

const sphinxBody = [
  'A virtual environment is a directory that contains its own Python interpreter and its own ' +
    'set of installed packages, separate from the packages installed for the whole system.',
  'Each project can then use the versions of the packages it needs, without conflicts with other projects on the same machine.',
  'To create one, run the venv module with the name of the directory to create. The directory ' +
    'is usually called <em>.venv</em> and kept at the root of the project.',
  'Activating the environment puts its interpreter first on your PATH, so that ' +
    '<code>python</code> and <code>pip</code> refer to the environment rather than to the ' +
    'system.',
  'When you are done, the deactivate command returns the shell to the system interpreter.',
];
const sphinx: TestPage = {
  name: 'docs-sphinx-rtd',
  kind: 'docs',
  title: 'Virtual environments',
  headings: ['Creating an environment', 'Activating it'],
  body: texts(sphinxBody),
  bylines: [],
  furniture: [
    'Edit on GitHub',
    'Previous',
    'Next',
    '© Copyright 2024, The Project Authors.',
    'Built with Sphinx using a theme provided by Read the Docs.',
    'Table of Contents',
    'Quick search',
  ],
  html:
    `<!DOCTYPE html><html><head><title>Virtual environments — Project 2.1 documentation</title></head>` +
    `<body class="wy-body-for-nav">
<div class="wy-grid-for-nav"><nav class="wy-nav-side"><div class="wy-side-scroll"><div role="search">` +
    `<input name="q" placeholder="Quick search"></div>
<div class="wy-menu wy-menu-vertical"><p class="caption">Table of Contents</p><ul><li><a>Installation</a></li><li class="current">` +
    `<a>Virtual environments</a></li><li><a>Packaging</a></li></ul></div></div></nav>
<section class="wy-nav-content-wrap"><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a>Docs</a> »</li><li>Virtual environments</li>` +
    `<li class="wy-breadcrumbs-aside"><a>Edit on GitHub</a></li></ul></div>
<div role="main" class="document"><div itemprop="articleBody"><section id="virtual-environments">` +
    `<h1>Virtual environments<a class="headerlink" href="#virtual-environments">¶</a></h1>
${ps(sphinxBody.slice(0, 2))}
<section id="creating"><h2>Creating an environment<a class="headerlink">¶</a>` +
    `</h2>${ps(sphinxBody.slice(2, 3))}<div class="highlight-console"><pre>$ python -m venv .venv</pre></div></section>
<section id="activating"><h2>Activating it<a class="headerlink">¶</a></h2>${ps(sphinxBody.slice(3))}</section></section></div>` +
    `</div>
<footer><div class="rst-footer-buttons" role="navigation"><a class="btn">Previous</a><a class="btn">Next</a></div><hr>` +
    `<p>© Copyright 2024, The Project Authors.</p>
<p>Built with Sphinx using a theme provided by Read the Docs.</p></footer></div></div></section></div></body></html>`,
};

const readmeBody = [
  'tinyqueue is the smallest and simplest binary heap priority queue in JavaScript.',
  'It keeps items in an array and moves each new item up or down the heap in logarithmic time. It has no dependencies and runs in browsers and Node.',
  'Items are compared with a function you pass when you create the queue. Without one, items are compared with the less-than operator.',
  'The queue does not support removing an arbitrary item. If you need that, keep a set of removed items and skip them when they come out of the queue.',
  'Run the tests with npm test. Pull requests are welcome; please add a test for any change in behaviour.',
];
const readme: TestPage = {
  name: 'docs-repository-readme',
  kind: 'docs',
  title: 'tinyqueue',
  headings: ['How it works', 'Limitations', 'Contributing'],
  body: texts(readmeBody),
  bylines: [],
  furniture: [
    'Notifications',
    'Fork 58',
    'Star 1.2k',
    'Code Issues Pull requests Actions',
    'Latest commit',
    'Releases 7',
    'Contributors 12',
    'Footer navigation',
    'Terms Privacy Security Status Docs Contact',
  ],
  html:
    `<!DOCTYPE html><html lang="en"><head>` +
    `<title>GitHub - mourner/tinyqueue: The smallest and simplest priority queue in JavaScript.</title></head><body>
<div class="position-relative js-header-wrapper"><header class="AppHeader"><a>Skip to content</a><nav><a>Product</a>` +
    `<a>Solutions</a><a>Pricing</a></nav></header></div>
<div class="repository-content"><ul class="pagehead-actions"><li><a>Notifications</a></li><li><a>Fork 58</a></li><li>` +
    `<a>Star 1.2k</a></li></ul>
<nav class="UnderlineNav"><a>Code</a> <a>Issues</a> <a>Pull requests</a> <a>Actions</a></nav>
<div class="Box"><div class="Box-header"><span>Latest commit</span> <a>a1b2c3d</a></div></div>
<div class="Layout-sidebar"><h2>Releases 7</h2><h2>Contributors 12</h2></div>
<div id="readme"><article class="markdown-body entry-content container-lg" itemprop="text"><h1>tinyqueue</h1>
${ps(readmeBody.slice(0, 1))}<pre><code>const queue = new TinyQueue([7, 5, 10]);</code></pre>
<h2>How it works</h2>${ps(readmeBody.slice(1, 3))}<h2>Limitations</h2>${ps(readmeBody.slice(3, 4))}<h2>Contributing</h2>${ps(readmeBody.slice(4))}</article>` +
    `</div></div>
<footer class="footer"><h2 class="sr-only">Footer navigation</h2>` +
    `<a>Terms</a> <a>Privacy</a> <a>Security</a> <a>Status</a> <a>Docs</a> <a>Contact</a></footer></body></html>`,
};

export const DOCS_PAGES: readonly TestPage[] = [mdn, sphinx, readme];
