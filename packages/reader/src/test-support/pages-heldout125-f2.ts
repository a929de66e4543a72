import { type TestPage, texts } from './page-kit.js';
import { hgBody, hgCode, hgDesc, hgH1, hgH2, hgH3, hgH4, hgH5, hgL1, hgP1, hgP2, hgP3, hgP4, hgP5, hgP6, hgP7, hgTitle } from './pages-heldout125-f3.js';

/**
 * Held-out batch 125, file f2: a Hugo post on the PaperMod theme (the theme script at the top of the body, the header with
 * logo link, theme toggle and menu, the breadcrumbs, title, description, the post meta line with date, reading time, word
 * count, author and "Suggest Changes", the collapsible table of contents, headings with hidden "#" anchors, a Chroma code block
 * with the "copy" button the theme's script adds, tags, the prev/next navigation, share buttons, the footer and the top link;
 * the JSON-LD holds the whole article body, as PaperMod writes it).
 */
const hgMenu = ['Posts', 'Archive', 'Search', 'Tags'];
const hgTags = ['Homelab', 'UPS', 'Home Assistant'];
const hgPrev = 'Moving my photo library off the cloud';
const hgNext = 'A year with a heat pump: the numbers';
const hgToc = [hgH1, hgH2, hgH3, hgH4, hgH5];
const hgSlug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '');
const hgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hgH = (t: string): string => `<h2 id="${hgSlug(t)}">${t}<a hidden class="anchor" aria-hidden="true" href="#${hgSlug(t)}">#</a></h2>`;
const hgShare = ['x', 'linkedin', 'reddit', 'facebook', 'whatsapp', 'telegram', 'ycombinator'];
const hgHtml = `<!DOCTYPE html>
<html lang="en" dir="auto">

<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Keeping a home server up through power cuts | Ilse&#39;s notes</title>
<meta name="keywords" content="homelab, ups, home assistant">
<meta name="description" content="${hgDesc}">
<meta name="author" content="Ilse Verhoef">
<link rel="canonical" href="https://ilse.example/posts/home-server-power-cuts/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.f49d66caae9ea0fd43f21f29e71a8d3e284517ed770f2aa86fa012953ad3c9ef.css"
integrity="sha256-9J1myq6eoP1D8h8p5xqNPihFF+13Dyqob6ASlTrTye8=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://ilse.example/favicon.ico">
<meta name="generator" content="Hugo 0.140.2">
<noscript>
    <style>
        #theme-toggle,
        .top-link {
            display: none;
        }
    </style>
</noscript><meta property="og:url" content="https://ilse.example/posts/home-server-power-cuts/">
  <meta property="og:site_name" content="Ilse&#39;s notes">
  <meta property="og:title" content="${hgTitle}">
  <meta property="og:description" content="${hgDesc}">
  <meta property="og:type" content="article">
    <meta property="article:section" content="posts">
    <meta property="article:published_time" content="2025-03-03T00:00:00+00:00">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "BreadcrumbList",
  "itemListElement": [
    {"@type": "ListItem", "position":  1, "name": "Posts", "item": "https://ilse.example/posts/"},
    {"@type": "ListItem", "position":  2, "name": "${hgTitle}", "item": "https://ilse.example/posts/home-server-power-cuts/"}
  ]
}
</script>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "BlogPosting",
  "headline": "${hgTitle}",
  "name": "${hgTitle}",
  "description": "${hgDesc}",
  "keywords": ["homelab", "ups", "home assistant"],
  "articleBody": ${JSON.stringify(hgBody.join('\n'))},
  "wordCount" : "468",
  "inLanguage": "en",
  "datePublished": "2025-03-03T00:00:00Z",
  "dateModified": "2025-03-03T00:00:00Z",
  "author":{"@type": "Person", "name": "Ilse Verhoef"},
  "mainEntityOfPage": {"@type": "WebPage", "@id": "https://ilse.example/posts/home-server-power-cuts/"},
  "publisher": {"@type": "Organization", "name": "Ilse&#39;s notes", "logo": {"@type": "ImageObject", "url": "https://ilse.example/favicon.ico"}}
}
</script>
</head>

<body class="" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {
        document.body.classList.add('dark');
    } else if (localStorage.getItem("pref-theme") === "light") {
        document.body.classList.remove('dark')
    } else if (window.matchMedia('(prefers-color-scheme: dark)').matches) {
        document.body.classList.add('dark');
    }

</script>

<header class="header">
    <nav class="nav">
        <div class="logo">
            <a href="https://ilse.example/" accesskey="h" title="Ilse&#39;s notes (Alt + H)">Ilse&#39;s notes</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
                    <svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor"
                        stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg>
                    <svg id="sun" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor"
                        stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="5"></circle></svg>
                </button>
            </div>
        </div>
        <ul id="menu">
${hgMenu
  .map(
    (t) => `            <li>\n                <a href="https://ilse.example/${t.toLowerCase()}/"
title="${t}">\n                    <span>${t}</span>\n                </a>\n            </li>`,
  )
  .join('\n')}
        </ul>
    </nav>
</header>
<main class="main">

<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="https://ilse.example/">Home</a>&nbsp;»&nbsp;<a href="https://ilse.example/posts/">Posts</a></div>
    <h1 class="post-title entry-hint-parent">
      ${hgTitle}
    </h1>
    <div class="post-description">
      ${hgDesc}
    </div>
    <div class="post-meta"><span title='2025-03-03 00:00:00 +0000 UTC'>March 3, 2025</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;468 words
&nbsp;·&nbsp;Ilse Verhoef&nbsp;|&nbsp;<a
href="https://github.example/ilsev/notes/tree/main/content/posts/home-server-power-cuts.md" rel="noopener noreferrer edit" target="_blank">Suggest Changes</a>

</div>
  </header> <div class="toc">
    <details >
        <summary accesskey="c" title="(Alt + C)">
            <span class="details">Table of Contents</span>
        </summary>

        <div class="inner"><ul>
${hgToc.map((t) => `                <li>\n                    <a href="#${hgSlug(t)}" aria-label="${t}">${t}</a></li>`).join('\n')}
            </ul>
        </div>
    </details>
</div>

  <div class="post-content">${hgPs(hgP1)}
${hgH(hgH1)}
${hgPs(hgP2)}
${hgH(hgH2)}
${hgPs(hgP3)}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-ini" data-lang="ini">${hgCode}</code><button
class="copy-code">copy</button></pre></div>
${hgPs(hgP4)}
${hgH(hgH3)}
${hgPs(hgP5)}
<ul>\n${hgL1.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>
${hgH(hgH4)}
${hgPs(hgP6)}
${hgH(hgH5)}
${hgPs(hgP7)}

  </div>

  <footer class="post-footer">
    <ul class="post-tags">
${hgTags.map((t) => `      <li><a href="https://ilse.example/tags/${hgSlug(t)}/">${t}</a></li>`).join('\n')}
    </ul>
<nav class="paginav">
  <a class="prev" href="https://ilse.example/posts/photo-library/">
    <span class="title">« Prev</span>
    <br>
    <span>${hgPrev}</span>
  </a>
  <a class="next" href="https://ilse.example/posts/heat-pump-year/">
    <span class="title">Next »</span>
    <br>
    <span>${hgNext}</span>
  </a>
</nav>

<ul class="share-buttons">
${hgShare
  .map(
    (s) => `    <li>
        <a target="_blank" rel="noopener noreferrer" aria-label="share ${hgTitle} on ${s}"
href="https://share.${s}.example/?u=https%3a%2f%2filse.example%2fposts">
            <svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path
d="M512 62.554v386.892"></path></svg>
        </a>
    </li>`,
  )
  .join('\n')}
</ul>

  </footer>
</article>
    </main>

<footer class="footer">
        <span>© 2025 <a href="https://ilse.example/">Ilse&#39;s notes</a></span> ·

    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor">
        <path d="M12 6H0l6-6z" />
    </svg>
</a>

<script>
    let menu = document.getElementById('menu')
    if (menu) {
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }
    }

    document.getElementById("theme-toggle").addEventListener("click", () => {
        if (document.body.className.includes("dark")) {
            document.body.classList.remove('dark');
            localStorage.setItem("pref-theme", 'light');
        } else {
            document.body.classList.add('dark');
            localStorage.setItem("pref-theme", 'dark');
        }
    })

</script>
</body>

</html>`;
export const hugoPost: TestPage = {
  html: hgHtml,
  name: 'heldout125-hugo-papermod-blog',
  kind: 'blog',
  // the description under the title is body (the dek); the meta line's date, reading time, word count and author are
  // bylines and "Suggest Changes" furniture; the table of contents repeats the headings and is left out; the headings' hidden
  // "#" anchors, the code block and its "copy" button are in neither list except "copy", which is furniture; breadcrumbs,
  // tags, the prev/next titles and the footer are furniture
  title: hgTitle,
  headings: [hgH1, hgH2, hgH3, hgH4, hgH5],
  body: [...texts([hgDesc]), ...hgBody],
  bylines: ['March 3, 2025', '3 min', '468 words', 'Ilse Verhoef'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Ilse's notes", ...hgMenu, 'Home', 'Suggest Changes', 'Table of Contents', 'copy', ...hgTags, '« Prev', hgPrev, 'Next »', hgNext, "© 2025 Ilse's notes",
    'Powered by Hugo & PaperMod',
  ],
};
