import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 121, file a2: a Hugo blog post in the PaperMod theme (the header with the logo link, the theme toggle and the
 * menu, breadcrumbs, the post title and its description, the one-line post meta with date, reading time, word count, author
 * and "Suggest Changes", the collapsible table of contents, headings with hidden anchor links, code blocks with the "copy"
 * buttons PaperMod's script adds, the tag list, the prev/next post navigation, the icon-only share buttons, the footer and the
 * "go to top" link).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const pmTitle = 'The goroutine leak that only happened on Fridays';
const pmDesc = 'A ticker, a context that was never cancelled, and a weekly batch job that made the two of them meet.';
const pmP1 = paras(`
For about two months, one of our Go services at Brisk Ledger would slowly climb in memory every Friday afternoon, level off over
the weekend and reset when we deployed on Monday morning. Nobody deploys on a Friday, so nobody had ever seen what happened if the
climb went on. This is the story of how we found out, and of the one line that fixed it.
`);
const pmH1 = 'The symptom';
const pmP2 = paras(`
The service reconciles card payments against the bank’s settlement files. It is not busy: a few hundred requests a minute for most
of the week. On Fridays, though, our finance team runs the weekly close, which asks the service to reconcile every merchant at once.

Our dashboards showed resident memory going from 180 MB to just over 2 GB between two and six in the afternoon. The number of
goroutines told the same story: from roughly 400 to more than 90,000. Latency stayed fine, which is why it took us so long to care.
`);
const pmH2 = 'Finding the leak';
const pmP3 = paras(`
Go makes this kind of hunt pleasant. We exposed the standard profiling endpoint on the internal port and took a goroutine profile
during the next Friday close:
`);
const pmCode1 = `curl -s http://localhost:6060/debug/pprof/goroutine?debug=1 | head -n 20`;
const pmP4 = paras(`
Almost every one of those 90,000 goroutines was parked in the same place: a <code>select</code> inside our retry helper, waiting on a
ticker channel and a context’s <code>Done</code> channel. The helper looked roughly like this:
`);
const pmCode2 = `<span class="kd">func</span> <span class="nf">retry</span>(<span class="nx">ctx</span> <span class="nx">context</span>.<span
class="nx">Context</span>,
<span class="nx">f</span> <span class="kd">func</span>() <span class="kt">error</span>) {
    <span class="nx">t</span> <span class="o">:=</span> <span class="nx">time</span>.<span class="nf">NewTicker</span>(<span class="mi">5</span> <span
class="o">*</span> <span class="nx">time</span>.<span class="nx">Second</span>)
    <span class="k">go</span> <span class="kd">func</span>() {
        <span class="k">for</span> { <span class="k">select</span> { <span class="k">case</span> <span class="o">&lt;-</span><span
class="nx">t</span>.<span class="nx">C</span>: <span class="nf">f</span>()
        <span class="k">case</span> <span class="o">&lt;-</span><span class="nx">ctx</span>.<span class="nf">Done</span>(): <span class="k">return</span> } }
    }()
}`;
const pmP5 = paras(`
The goroutine only stops when the context is cancelled. For ordinary requests that happens when the HTTP request finishes. The
weekly close, however, was started from a scheduled job that passed <code>context.Background()</code>, which is never cancelled.
Every merchant in the close started a retry loop that would run until the process died.
`);
const pmH3 = 'The fix';
const pmP6 = paras(`
The one-line fix was to give the close its own context with a deadline, and to cancel it when the job returns. We also stopped the
ticker inside the goroutine, which we should have done from the start, and added a test that counts goroutines before and after a
simulated close.

The more useful change was in how we look at the service. Goroutine count is now on the main dashboard next to memory, with an
alert if it stays above 5,000 for more than ten minutes.
`);
const pmH4 = 'Takeaways';
const pmList = [
  'Any goroutine you start needs a way to stop, and you should be able to point at it.',
  'Be suspicious of <code>context.Background()</code> anywhere outside <code>main</code> and tests.',
  'Weekly jobs hide weekly bugs. If something only runs once a week, run it on a staging copy on a Wednesday.',
];
const pmP7 = paras(`
If you have a story like this, I would love to hear it. I am collecting them for a talk at the Tarnmouth Go meetup in the spring.
`);
const pmMenu = ['Archive', 'Search', 'Tags', 'About'];
const pmTags = ['Go', 'Debugging', 'Production'];
const pmPrev = 'Reading settlement files without losing your mind';
const pmNext = 'What a year of on-call taught our team about alerts';
const pmToc = [pmH1, pmH2, pmH3, pmH4];
const anchor = (h: string): string => h.toLowerCase().replace(/[^a-z]+/g, '-');
const pmH = (h: string): string => `<h2 id="${anchor(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${anchor(h)}">#</a></h2>`;
const pmPre = (code: string, lang: string): string => `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-${lang}"
data-lang="${lang}"><span class="line"><span class="cl">${code}</span></span></code></pre><button class="copy-code">copy</button></div>`;
const pmShare = ['x', 'linkedin', 'reddit', 'facebook', 'whatsapp', 'telegram', 'ycombinator'];
const pmHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${pmTitle} | Tomás Reyes-Hart</title><meta name="keywords" content="Go, Debugging, Production"><meta name="description" content="${pmDesc}">
<meta name="author" content="Tomás Reyes-Hart"><link rel="canonical" href="https://treyeshart.example/posts/friday-goroutine-leak/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.45e028aa8ce0961349adf411b013ee39406be2c0bc80d4ea3fc04555f7f4611a.css"
rel="preload stylesheet" as="style">
<link rel="icon" href="https://treyeshart.example/favicon.ico"><meta name="generator" content="Hugo 0.136.5">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta property="og:title" content="${pmTitle}"><meta property="og:description" content="${pmDesc}"><meta property="og:type" content="article">
<meta property="article:section" content="posts"><meta property="article:published_time" content="2024-09-06T09:00:00+01:00">
<meta name="twitter:card" content="summary"><script type="application/ld+json">{"@context": "https://schema.org","@type": "BreadcrumbList","itemListElement":
[{"@type": "ListItem","position":  1 ,"name": "Posts","item": "https://treyeshart.example/posts/"},{"@type": "ListItem","position":  2 ,
"name": "${pmTitle}","item": "https://treyeshart.example/posts/friday-goroutine-leak/"}]}</script>
<script type="application/ld+json">{"@context": "https://schema.org","@type": "BlogPosting","headline": "${pmTitle}","name": "${pmTitle}",
"description": "${pmDesc}","wordCount" : "512","datePublished": "2024-09-06T09:00:00+01:00","author":[{"@type": "Person","name": "Tomás Reyes-Hart"}],
"publisher": {"@type": "Organization","name": "Tomás Reyes-Hart"}}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://treyeshart.example/" accesskey="h"
title="Tomás Reyes-Hart (Alt + H)">Tomás Reyes-Hart</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${pmMenu
  .map(
    (t) => `<li><a href="https://treyeshart.example/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://treyeshart.example/">Home</a>&nbsp;»&nbsp;
<a href="https://treyeshart.example/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${pmTitle}</h1><div class="post-description">${pmDesc}</div>
<div class="post-meta"><span title='2024-09-06 09:00:00 +0100 +0100'>September 6, 2024</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;512 words&nbsp;·&nbsp;Tomás
Reyes-Hart&nbsp;|&nbsp;<a href="https://github.example/treyeshart/blog/tree/main/content/posts/friday-goroutine-leak.md" rel="noopener noreferrer edit"
target="_blank">Suggest Changes</a></div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${pmToc.map((h) => `<li><a href="#${anchor(h)}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${ps(pmP1)}
${pmH(pmH1)}
${ps(pmP2)}
${pmH(pmH2)}
${ps(pmP3)}
${pmPre(pmCode1, 'sh')}
${ps(pmP4)}
${pmPre(pmCode2, 'go')}
${ps(pmP5)}
${pmH(pmH3)}
${ps(pmP6)}
${pmH(pmH4)}
<ul>${pmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(pmP7)}
</div>
<footer class="post-footer"><ul class="post-tags">${pmTags
  .map(
    (t) => `<li><a
href="https://treyeshart.example/tags/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}</ul>
<nav class="paginav"><a class="prev" href="https://treyeshart.example/posts/settlement-files/"><span class="title">« Prev</span><br><span>${pmPrev}</span></a>
<a class="next" href="https://treyeshart.example/posts/on-call-alerts/"><span class="title">Next »</span><br><span>${pmNext}</span></a></nav>
<ul class="share-buttons">${pmShare
  .map(
    (s) => `<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pmTitle} on ${s}" href="https://${s}.example/share?url=treyeshart.example">
<svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03"></path>
</svg></a></li>`,
  )
  .join('\n')}</ul></footer></article></main>
<footer class="footer"><span>© 2024 <a href="https://treyeshart.example/">Tomás Reyes-Hart</a></span> · <span>Powered by
<a href="https://gohugo.example/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.example/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script>
<script>document.querySelectorAll('pre > code').forEach((codeblock) => { const container = codeblock.parentNode.parentNode;
const copybutton = document.createElement('button'); copybutton.classList.add('copy-code'); copybutton.innerHTML = 'copy'; });</script>
</body></html>`;
export const paperModPost: TestPage = {
  html: pmHtml,
  name: 'heldout121-hugo-papermod-blog',
  kind: 'blog',
  // the post description under the title is the post's dek: body; the table of contents repeats the headings and is left
  // out (its "Table of Contents" label is furniture); the date, reading time, word count and author in the meta line are
  // bylines; the site title in the header is the author's name too, so it is a byline text already
  title: pmTitle,
  headings: [pmH1, pmH2, pmH3, pmH4],
  body: texts([pmDesc, ...pmP1, ...pmP2, ...pmP3, ...pmP4, ...pmP5, ...pmP6, ...pmList, ...pmP7]),
  bylines: ['September 6, 2024', '3 min', '512 words', 'Tomás Reyes-Hart'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pmMenu, 'Home', 'Posts', 'Suggest Changes', 'Table of Contents', 'copy', ...pmTags, '« Prev', pmPrev, 'Next »', pmNext,
    '© 2024 Tomás Reyes-Hart', 'Powered by Hugo & PaperMod',
  ],
};
