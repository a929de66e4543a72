import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';

/**
 * Held-out batch 373, file c2: a Python PEP on peps.python.org (breadcrumbs, colour scheme toggle, the RFC 2822 header
 * field list with Author / Sponsor / Discussions-To / Status / Type / Created / Python-Version / Post-History, the collapsed
 * table of contents, a table, the Copyright section, Source and Last modified lines and the Contents sidebar).
 */
const pTitle = 'PEP 812 – Lazy Default Arguments';
const pAbstract = [
  j(
    'This PEP proposes a new marker for function parameters, <code>lazy=</code>, whose default expression is evaluated each',
    'time the function is called without that argument, instead of once when the function is defined.',
  ),
];
const pMotivation = [
  j(
    'The rule that defaults are evaluated once is one of the first surprises new Python programmers meet. A function that',
    'takes <code>items=[]</code> shares the same list between every call, and the standard advice is to write',
    '<code>items=None</code> and create the list in the body.',
  ),
  j(
    'That idiom works, but it hides the real default from the signature, from help() and from type checkers, and it cannot',
    'be used when None is itself a meaningful value. Libraries end up inventing private sentinel objects, each slightly different.',
  ),
];
const pSpec = [
  j(
    'A parameter may be written as <code>name: type lazy= expression</code>. When a call does not supply the argument, the',
    'expression is evaluated in the scope of the function at call time, after all earlier parameters have been bound, so it',
    'may refer to them.',
  ),
  'The following forms are compared below:',
];
const pRows: readonly (readonly [string, string, string])[] = [
  ['def f(x=[])', 'definition', 'shared mutable default'],
  ['def f(x=None)', 'call, by hand', 'default hidden from the signature'],
  ['def f(x lazy=[])', 'call', 'none known'],
];
const pCompat = [
  j(
    'The new syntax is currently a syntax error, so no existing code changes meaning. Tools that inspect signatures will see a',
    'new attribute on the parameter object and can fall back to showing the expression as source text.',
  ),
];
const pRejected = [
  j(
    'Changing the meaning of ordinary defaults was rejected at once: far too much code relies on the current behaviour, for',
    'example caches written as a dictionary default.',
  ),
  j(
    'A decorator that re-evaluates defaults was also considered. It can be written today, but it cannot see the original',
    'expressions without re-parsing the source, and it slows every call.',
  ),
];
const pCopy = ['This document is placed in the public domain or under the CC0-1.0-Universal license, whichever is more permissive.'];
const pToc = ['Abstract', 'Motivation', 'Specification', 'Backwards Compatibility', 'Rejected Ideas', 'Copyright'];
const sec = (id: string, t: string, inner: string): string =>
  `<section id="${id}"><h2><a class="toc-backref" href="#${id}" role="doc-backlink">${t}</a></h2>${inner}</section>`;
const field = (k: string, v: string, cls: string): string => `<dt class="field-${cls}">${k}<span class="colon">:</span></dt><dd class="field-${cls}">${v}</dd>`;
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="color-scheme" content="light dark"><title>${pTitle} | peps.python.org</title>
<link rel="shortcut icon" href="../_static/py.png"><link rel="canonical" href="https://peps.python.org/pep-0812/">
<link rel="stylesheet" href="../_static/style.css" type="text/css"><link rel="stylesheet" href="../_static/mq.css" type="text/css">
<meta property="og:title" content="${pTitle} | peps.python.org"><meta property="og:type" content="website">
<meta property="og:url" content="https://peps.python.org/pep-0812/"><meta property="og:site_name" content="Python Enhancement Proposals (PEPs)">
<meta name="description" content="Python Enhancement Proposals (PEPs)"><meta name="theme-color" content="#3776ab"></head>
<body><svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><symbol id="svg-sun-half" viewBox="0 0 24 24"></symbol></svg>
<script>document.documentElement.dataset.colour_scheme = localStorage.getItem("colour_scheme") || "auto"</script>
<section id="pep-page-section"><header><h1>Python Enhancement Proposals</h1>
<ul class="breadcrumbs"><li><a href="https://www.python.org/" title="The Python Programming Language">Python</a> &raquo; </li>
<li><a href="../pep-0000/">PEP Index</a> &raquo; </li><li>PEP 812</li></ul>
<button id="colour-scheme-cycler" onClick="setColourScheme(nextColourScheme())"><svg aria-hidden="true" class="colour-scheme-icon-when-auto">
<use href="#svg-sun-half"></use></svg><span class="visually-hidden">Toggle light / dark / auto colour theme</span></button></header>
<article><section id="pep-content"><h1 class="page-title">${pTitle}</h1>
<dl class="rfc2822 field-list simple">
${field('Author', 'Ines Calloway &lt;ines&#32;at&#32;calloway.example&gt;, Bertram Osei &lt;bosei&#32;at&#32;osei.example&gt;', 'odd')}
${field('Sponsor', 'Greta Lindqvist &lt;greta&#32;at&#32;lindqvist.example&gt;', 'even')}
${field('Discussions-To', '<a class="reference external" href="https://discuss.python.org/t/pep-812-lazy-default-arguments/80117">Discourse thread</a>', 'odd')}
${field('Status', '<abbr title="Proposal under active discussion and revision">Draft</abbr>', 'even')}
${field('Type', '<abbr title="Normative PEP with a new feature for Python">Standards Track</abbr>', 'odd')}
${field('Created', '14-Jan-2026', 'even')}
${field('Python-Version', '3.16', 'odd')}
${field('Post-History', '<a class="reference external" href="https://discuss.python.org/t/80117">20-Jan-2026</a>', 'even')}</dl>
<hr class="docutils"><section id="contents"><details><summary>Table of Contents</summary><ul class="simple">${links(pToc)}</ul></details></section>
${sec('abstract', 'Abstract', ps(pAbstract))}
${sec('motivation', 'Motivation', ps(pMotivation))}
${sec(
  'specification',
  'Specification',
  `${ps(pSpec)}<div class="pep-zero-table docutils container"><table class="docutils align-default"><thead><tr class="row-odd">
<th class="head"><p>Form</p></th><th class="head"><p>Evaluated at</p></th><th class="head"><p>Pitfall</p></th></tr></thead><tbody>
${pRows.map((r, i) => `<tr class="row-${i % 2 ? 'odd' : 'even'}">${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`,
)}
${sec('backwards-compatibility', 'Backwards Compatibility', ps(pCompat))}
${sec('rejected-ideas', 'Rejected Ideas', ps(pRejected))}
${sec('copyright', 'Copyright', ps(pCopy))}</section>
<hr class="docutils">
<p>Source: <a class="reference external"
href="https://github.com/python/peps/blob/main/peps/pep-0812.rst">https://github.com/python/peps/blob/main/peps/pep-0812.rst</a></p>
<p>Last modified: <a class="reference external" href="https://github.com/python/peps/commits/main/peps/pep-0812.rst">2026-02-10 09:12:44 GMT</a></p>
</article><nav id="pep-sidebar"><h2>Contents</h2><ul>${links(pToc)}</ul><br>
<a id="source" href="https://github.com/python/peps/blob/main/peps/pep-0812.rst">Page Source (GitHub)</a></nav></section>
<script src="../_static/colour_scheme.js"></script><script src="../_static/wrap_tables.js"></script><script src="../_static/sticky_banner.js"></script>
</body></html>`;
export const pep: TestPage = {
  name: 'heldout373-peps-python-pep',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pToc,
  body: [...texts([...pAbstract, ...pMotivation, ...pSpec]), ...pRows.flat(), ...texts([...pCompat, ...pRejected, ...pCopy])],
  bylines: [
    'Ines Calloway <ines at calloway.example>, Bertram Osei <bosei at osei.example>',
    'Greta Lindqvist <greta at lindqvist.example>',
    '14-Jan-2026',
    '20-Jan-2026',
    'Last modified:',
    '2026-02-10 09:12:44 GMT',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Python Enhancement Proposals', 'PEP Index', 'Toggle light / dark / auto colour theme', 'Author:', 'Sponsor:',
    'Discussions-To:', 'Discourse thread', 'Status:', 'Draft', 'Type:', 'Standards Track', 'Created:', 'Python-Version:', '3.16', 'Post-History:',
    'Table of Contents', 'Source:', 'https://github.com/python/peps/blob/main/peps/pep-0812.rst', 'Contents', 'Page Source (GitHub)',
  ],
};
