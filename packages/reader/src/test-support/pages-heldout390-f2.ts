import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file f2: a personal coding blog on Jekyll with the minima theme (site header with page links, post
 * header with the date and author, post content with a table and a footnote, "Related posts" list, Disqus comment
 * placeholder, previous / next post links, the h-card site footer with contact list, social links and site description).
 */
const kTitle = 'Rewriting my static site generator in Rust taught me about lifetimes';
const kIntro = [
  j(
    'Last winter I rewrote the little tool that builds this site. The old version was four hundred lines of Python that read Markdown',
    'files, rendered them with a template, and wrote HTML. The new version does the same in Rust. I did it mostly to learn the language,',
    'and the part that taught me the most was the one I expected to be trivial: passing pages around.',
  ),
];
const kH = ['The first attempt', 'Borrowing instead of cloning', 'Numbers', 'Would I do it again?'];
const k1 = [
  j(
    'My first design had a <code>Page</code> struct that owned its title, body and tags as <code>String</code> values. The index page',
    'needed a list of all pages, and every tag page needed the pages with that tag. I cloned pages into each list, and it compiled',
    'on the first try, which felt like a win.',
  ),
  j(
    'Then I noticed that building the site used three times as much memory as the Python version. Each page body was copied into',
    'every tag list it belonged to.',
  ),
];
const k2 = [
  j(
    'The fix was to keep all pages in one <code>Vec&lt;Page&gt;</code> that lives for the whole build, and to make the index and tag',
    'lists hold references, <code>Vec&lt;&amp;Page&gt;</code>. The compiler then asked the question I had been avoiding: how long do',
    'those references stay valid?',
  ),
  j(
    'The answer was "as long as the vector", and writing that down as a lifetime parameter on the struct that holds the lists',
    'was two lines of code. Getting there took me an evening of reading error messages, which were, to be fair, very polite.',
  ),
];
const k3 = ['Building the 212 posts on this site, measured on my old laptop:'];
const kTable = ['Python', '2.9 s', '61 MB', 'Rust, cloning', '0.31 s', '188 MB', 'Rust, borrowing', '0.24 s', '23 MB'];
const k3b = ['The speedup was expected. The memory numbers were the real lesson.'];
const k4 = [
  j(
    'Yes, but not for speed. A build that takes three seconds was never a problem. What I got out of it was a feel for ownership',
    'that reading the book had not given me, because I had to decide who owns a page before the program would compile.',
  ),
  'The source is on my Git server if you want to laugh at my first lifetime annotations.',
];
const kRelated = ['Notes on moving this blog off a CMS', 'A year of writing one post a month'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 --><title>${kTitle} | Fenwick Ashgrove</title>
<meta name="generator" content="Jekyll v4.3.3"><meta property="og:title" content="${kTitle}"><meta name="author" content="Fenwick Ashgrove">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-21T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Fenwick Ashgrove"},
"datePublished":"2026-02-21T00:00:00+00:00","headline":"${kTitle}","url":"https://fenwick.example/2026/02/21/rust-ssg.html"}</script>
<!-- End Jekyll SEO tag --><link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="/feed.xml"
title="Fenwick Ashgrove"></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Fenwick Ashgrove</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon"></span></label>
<div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/projects/">Projects</a><a class="page-link"
href="/uses/">Uses</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header">
<h1 class="post-title p-name" itemprop="name headline">${kTitle}</h1>
<p class="post-meta"><time class="dt-published" datetime="2026-02-21T00:00:00+00:00" itemprop="datePublished">Feb 21, 2026</time> •
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Fenwick Ashgrove</span></span></p>
</header>
<div class="post-content e-content" itemprop="articleBody">
${ps(kIntro)}
<h2 id="the-first-attempt">${kH[0]}</h2>${ps(k1)}
<div class="language-rust highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="k">struct</span> <span class="n">Index</span>
&lt;'a&gt; {\n    pages: Vec&lt;&amp;'a Page&gt;,\n}</code></pre></div></div>
<h2 id="borrowing-instead-of-cloning">${kH[1]}</h2>${ps(k2)}
<h2 id="numbers">${kH[2]}</h2>${ps(k3)}
<table><thead><tr><th>Version</th><th>Build time</th><th>Peak memory</th></tr></thead><tbody>
<tr><td>${kTable[0]}</td><td>${kTable[1]}</td><td>${kTable[2]}</td></tr><tr><td>${kTable[3]}</td><td>${kTable[4]}</td><td>${kTable[5]}</td></tr>
<tr><td>${kTable[6]}</td><td>${kTable[7]}</td><td>${kTable[8]}</td></tr></tbody></table>
${ps(k3b)}
<h2 id="would-i-do-it-again">${kH[3]}</h2>${ps(k4)}
</div>
<div class="related"><h3>Related posts</h3><ul>${kRelated.map((t, i) => `<li><a href="/2025/0${i + 3}/post.html">${t}</a></li>`).join('\n')}</ul></div>
<div class="post-nav"><a class="prev" href="/2026/01/30/make.html">« Why I keep a TIL file</a>
<a class="next" href="/2026/03/09/sqlite.html">SQLite is enough for my side projects »</a></div>
<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.url = 'https://fenwick.example/2026/02/21/rust-ssg.html'; };</script>
<noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>
<a class="u-url" href="/2026/02/21/rust-ssg.html" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Fenwick Ashgrove</h2>
<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Fenwick Ashgrove</li>
<li><a class="u-email" href="mailto:hello@fenwick.example">hello@fenwick.example</a></li></ul></div>
<div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://git.fenwick.example/fenwick">fenwick on Git</a></li>
<li><a href="https://social.example/@fenwick">@fenwick on Mastodon</a></li></ul></div>
<div class="footer-col footer-col-3"><p>Notes on small programs, build tools, and the occasional bicycle repair.</p></div></div></div></footer>
</body></html>`;
export const jekyll: TestPage = {
  name: 'heldout390-jekyll-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kIntro, ...k1, ...k2, ...k3, ...kTable, ...k3b, ...k4]),
  bylines: ['Feb 21, 2026', 'Fenwick Ashgrove'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'About', 'Projects', 'Uses', 'Related posts', ...kRelated, '« Why I keep a TIL file', 'SQLite is enough for my side projects »',
    'Please enable JavaScript to view the comments powered by Disqus.', 'hello@fenwick.example', 'fenwick on Git', '@fenwick on Mastodon',
    'Notes on small programs, build tools, and the occasional bicycle repair.',
  ],
};
