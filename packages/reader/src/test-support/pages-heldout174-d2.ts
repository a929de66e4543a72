import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file d2: a docs.scala-lang.org Scala 3 Book page (Jekyll theme: top nav, book TOC, version tabs, contributors). */
const scTitle = 'Context Bounds';
const scNotice = 'This doc page is specific to features shipped in Scala 2, which have either been removed in Scala 3 or replaced by an alternative.';
const scLead = [
  'In many situations the name of a context parameter does not have to be mentioned explicitly, since it is only used by ' +
    'the compiler in synthesized arguments for other context parameters. In that case you don’t have to define a parameter ' +
    'name, and can just provide the parameter type.',
];
const scH1 = 'Background';
const scP1 = [
  'Consider a method <code>maxOf</code> that returns the larger of two values of any type that can be ordered. It needs an ' +
    '<code>Ord[A]</code> instance, but only to pass it on to the comparison it calls inside.',
  'Written with an explicit <code>using</code> clause, the parameter is given a name that the body never uses:',
];
const scH2 = 'Context bounds';
const scP2 = [
  'A context bound is a shorthand syntax for expressing the pattern of “a context parameter applied to a type parameter”. ' +
    'Using a context bound, the <code>maxOf</code> method can be written like this:',
  'A bound like <code>: Ord</code> on a type parameter <code>A</code> of a method or class indicates a context parameter ' +
    'with type <code>Ord[A]</code>. Under the hood, the compiler transforms this syntax into the one shown in the Background ' +
    'section.',
];
const scH3 = 'Naming a context bound';
const scP3 = [
  'From version 3.6 a context bound may be given a name with <code>as</code>, which lets the body refer to the instance ' +
    'without writing the longer <code>using</code> form:',
  'Named bounds are most useful when a method needs to call a member of the instance directly, for example to read a ' + 'default value or a description.',
  'A type parameter can carry several context bounds at once, written either as <code>A: Ord: Show</code> or, from 3.6, ' +
    'as <code>A: {Ord, Show}</code>. Each bound adds one context parameter, in the order the bounds are written.',
  'Context bounds can also be used on the type parameters of classes and traits. The resulting context parameters become ' +
    'parameters of the primary constructor, so every instance carries the given instance it was created with.',
];
const scNav = ['Learn', 'Install', 'Playground', 'Find A Library', 'Community', 'Blog'];
const scToc = [
  'Introduction',
  'Scala Features',
  'A Taste of Scala',
  'Contextual Abstractions',
  'Extension Methods',
  'Context Parameters',
  'Context Bounds',
  'Given Imports',
  'Type Classes',
  'Multiversal Equality',
  'Implicit Conversions',
  'Summary',
];
const scContrib = ['Mirela Oduya', 'Torvald Esk', 'Ines Paracha'];
const scFoot = {
  Documentation: ['Getting Started', 'API', 'Overviews/Guides', 'Language Specification'],
  Download: ['Current Version', 'All versions'],
  Community: ['Community', 'Scala Ambassadors', 'Forums', 'Chat', 'Libraries and Tools'],
  Contribute: ['How to help', 'Report an Issue'],
  Scala: ['Blog', 'Code of Conduct', 'License'],
};
const scFootAll = Object.values(scFoot).flat();
const scCode2 = 'def maxOf[A](a: A, b: A)(implicit ord: Ord[A]): A = ...';
const scCode3 = 'def maxOf[A](a: A, b: A)(using ord: Ord[A]): A =\n  if ord.compare(a, b) &gt; 0 then a else b';
const scTabs = (s2: string, s3: string): string => `<div class="tabsection"><div class="tabs" role="tablist"><button class="tab" role="tab"
aria-selected="false">Scala 2</button><button class="tab active" role="tab" aria-selected="true">Scala 3</button></div>
<div class="tabcontent" hidden><pre><code class="language-scala">${s2}</code></pre></div><div class="tabcontent"><pre><code class="language-scala">${s3}</code>
</pre></div></div>`;
const scHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Context Bounds | Scala 3 — Book | Scala Documentation</title><meta name="description" content="This page demonstrates Context Bounds in Scala 3.">
<meta property="og:title" content="Context Bounds"><meta property="og:site_name" content="Scala Documentation"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://docs.scala-lang.org/scala3/book/ca-context-bounds.html"><link rel="stylesheet" href="/resources/css/style.css">
<script src="/resources/js/vendor/jquery.min.js"></script><script src="/resources/js/functions.js"></script></head>
<body><header id="site-header"><div class="wrap"><div class="navigation-panel"><a href="https://www.scala-lang.org" class="navigation-logo">
<img src="/resources/img/frontpage/scala-spiral.png" alt="Scala"></a><nav class="navigation-menu"><ul>${links(scNav, 'navigation-menu-item')}</ul></nav>
<div class="navigation-dropdown"><span>Scala 3</span><ul class="dropdown-menu"><li><a href="/scala3/book/ca-context-bounds.html">Scala 3</a></li>
<li><a href="/overviews/scala-book/introduction.html">Scala 2</a></li></ul></div></div></div></header>
<section class="title-page"><div class="wrap"><div class="content-title-documentation"><h1>Scala 3 — Book</h1>
<div class="titles"><h2>Contextual Abstractions</h2>
</div></div></div></section>
<section class="content"><div class="wrap"><div class="inner-box"><div class="toc-context"><div class="inner-toc book" id="sidebar-toc">
<div class="table-of-content"><h4>Table of Contents</h4><ul>${links(scToc.filter((t) => t !== scTitle))}<li class="active"><a href="#">${scTitle}</a>
</li></ul></div></div></div>
<div class="inner-text-documentation"><div class="version-notice"><span class="tag tag-scala3">Scala 3 Only</span></div>
<div class="content-primary documentation"><div class="tag-nav"><a class="tag-inline" href="/scala3/">Scala 3</a><a class="tag-inline"
href="/scala3/book/">Book</a><a class="tag-inline" href="/scala3/book/ca-contextual-abstractions-intro.html">Contextual Abstractions</a></div>
<div class="documentation-contents"><h1>${scTitle}</h1>
<p class="version-notice-old hidden" aria-hidden="true">${scNotice}</p>
<div class="language-switch"><span class="language-label">Language</span><a href="/ja/scala3/book/ca-context-bounds.html">日本語</a>
<a href="/zh-cn/scala3/book/ca-context-bounds.html">中文 (简体)</a></div>
${scLead.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="background">${scH1}</h2>${scP1.map((p) => `<p>${p}</p>`).join('\n')}
${scTabs(scCode2, scCode3)}
<h2 id="context-bounds">${scH2}</h2><p>${scP2[0]}</p>
${scTabs('def maxOf[A: Ord](a: A, b: A): A = ...', 'def maxOf[A: Ord](a: A, b: A): A =\n  if summon[Ord[A]].compare(a, b) &gt; 0 then a else b')}
<p>${scP2[1]}</p><h2 id="naming-a-context-bound">${scH3}</h2><p>${scP3[0]}</p>
<pre><code class="language-scala">def largest[A: Ord as ord](xs: List[A]): A =
  xs.reduce((a, b) =&gt; if ord.compare(a, b) &gt; 0 then a else b)</code></pre>${scP3
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</div>
<div class="nav-pagination"><a class="previous" href="ca-context-parameters.html">Previous</a><a class="next" href="ca-given-imports.html">Next</a></div>
<div class="content-contributors"><h3>Contributors to this page:</h3><div id="contributors" class="contributors-container">
${scContrib
  .map(
    (c) => `<div><img src="https://avatars.githubusercontent.com/u/0?v=4" alt="" width="32">
<a href="https://github.com/${c}">${c}</a></div>`,
  )
  .join('')}
</div><a class="edit-page" href="https://github.com/scala/docs.scala-lang/edit/main/_overviews/scala3-book/ca-context-bounds.md">Edit this page on GitHub</a>
</div></div></div></div></div></section>
<footer id="site-footer"><div class="wrap"><div class="footer-top">${Object.entries(scFoot)
  .map(([h, items]) => `<div class="footer-col"><h3>${h}</h3><ul>${links(items)}</ul></div>`)
  .join('\n')}</div><div class="footer-bottom"><div class="social"><a href="https://github.com/scala/scala">GitHub</a>
<a href="https://mastodon.example/@scala_lang">Mastodon</a><a href="https://discord.com/invite/scala">Discord</a></div>
<p class="copyright">Copyright © 2002-2026 Ardenne Institute of Programming. Scala is a language of the open-source community.</p></div></div></footer>
<div id="cookie-banner" class="cookie-banner hide"><p>We use cookies to count visits and to remember your Scala 2 or Scala 3 preference.</p>
<a href="/privacy" class="button">Privacy policy</a><button class="button accept">Accept</button></div>
<script src="/resources/js/vendor/highlight.pack.js"></script><script>hljs.initHighlightingOnLoad();</script></body></html>`;
export const scalaPage: TestPage = {
  name: 'heldout174-scala-docs-book',
  kind: 'docs',
  html: scHtml,
  // the hidden Scala 2 notice, the "Scala 3 Only" tag, the code tabs and the contributors box are furniture
  title: scTitle,
  headings: [scH1, scH2, scH3],
  body: texts([...scLead, ...scP1, ...scP2, ...scP3]),
  bylines: [],
  furniture: [
    ...scNav,
    'Scala 3 — Book',
    ...scToc.filter((t) => t !== scTitle && t !== 'Community'),
    'Table of Contents',
    'Scala 3 Only',
    'Scala 3',
    'Book',
    scNotice,
    'Language',
    '日本語',
    '中文 (简体)',
    'Scala 2',
    'Previous',
    'Next',
    'Contributors to this page:',
    ...scContrib,
    'Edit this page on GitHub',
    ...Object.keys(scFoot).filter((k) => k !== 'Community'),
    ...scFootAll.filter((t) => !scNav.includes(t)),
    'GitHub',
    'Mastodon',
    'Discord',
    'Copyright © 2002-2026 Ardenne Institute of Programming. Scala is a language of the open-source community.',
    'We use cookies to count visits and to remember your Scala 2 or Scala 3 preference.',
    'Privacy policy',
    'Accept',
  ],
};
