import { type TestPage, texts } from './page-kit.js';
import { stackPost } from './pages-heldout131-f2.js';

/**
 * Held-out batch 131, file f: a Jekyll Chirpy 7 post (the left sidebar with avatar, site title, subtitle, upper-case nav
 * and the bottom icon links, the top bar with breadcrumb, "Post" title and search with "Cancel", the post header with
 * description, "Posted" and "Updated" times, "By" author and reading time, the hidden TOC bar and dialog, h2s with anchor
 * icons, a prompt-tip blockquote, a table in a .table-wrapper, Rouge code blocks with copy buttons, the post tail with
 * categories, tags, licence and share icons, the right panel with "Recently Updated", "Trending Tags" and "Contents",
 * "Further Reading" cards, older/newer navigation, the footer, the hidden search results and the PWA update toast) and,
 * from file f2, a Hugo post on the Stack theme.
 */
const chTitle = 'A tiny uptime checker for my home server, in forty lines of shell';
const chDesc = 'No dashboards, no agents: a shell script, a cron entry and a text message when something goes down.';
const chP1 = [
  'I run a handful of services on an old desktop in the cupboard under the stairs: a photo library, a recipe wiki and a shared ' +
    'calendar for the family. For two years my monitoring system was my partner asking why the calendar wasn’t loading. This post ' +
    'is about the small script that replaced her.',
  'I looked at the usual monitoring stacks first, and every one of them wanted a database, a web interface and more memory than the ' +
    'services it was watching. I wanted something I could read in one sitting.',
];
const chTip = 'The full script is in my <a href="https://git.cupboardnotes.example/tomas/lab-scripts">lab-scripts</a> repository if you just want to copy it.';
const chH1 = 'What it checks';
const chP2 = [
  'Every five minutes the script asks each service for a page and looks at two things: the HTTP status code and how long the answer ' +
    'took. A service is down if it returns anything other than 200, or takes longer than its timeout.',
];
const chHead = ['Service', 'Address', 'Timeout'];
const chRows = [
  ['Photos', 'http://cupboard:2342/', '5 s'],
  ['Recipes', 'http://cupboard:8080/', '5 s'],
  ['Calendar', 'http://cupboard:5232/', '10 s'],
];
const chP3 = [
  'The calendar gets a longer timeout because it is slow to wake up after a quiet night, and I got tired of being told it was down ' +
    'at seven every morning.',
];
const chH2 = 'The script';
const chP4 = [
  'The heart of it is a loop over a small list of services. <code class="language-plaintext highlighter-rouge">curl</code> does all the real work:',
];
const chCode1 = [
  'while read -r name url timeout; do',
  '  code=$(curl -s -o /dev/null -m "$timeout" -w \'%{http_code}\' "$url")',
  '  if [ "$code" != "200" ]; then',
  '    mark_down "$name" "$code"',
  '  else',
  '    mark_up "$name"',
  '  fi',
  'done &lt; "$HOME/.config/uptime/services"',
];
const chP5 = [
  'If a check fails, the script writes the name to a state file and sends a message. If the service was already in the state file, ' +
    'it stays quiet, so I get one message when something breaks and one when it recovers, rather than one every five minutes.',
];
const chH3 = 'Running it';
const chP6 = ['A single cron entry runs the script every five minutes:'];
const chCode2 = ['*/5 * * * * $HOME/bin/uptime-check &gt;&gt; $HOME/.local/state/uptime.log 2&gt;&amp;1'];
const chP7 = [
  'Messages go out through a small SMS gateway our broadband provider offers for free. Any service that accepts a web request would ' + 'do the same job.',
];
const chH4 = 'Three months later';
const chP8 = [
  'It has caught eleven real problems, most of them the photo library running out of memory during its nightly scan. It has sent me ' +
    'two false alarms, both during a power cut when the router rebooted. And my partner has not had to ask about the calendar once.',
];
const chNav = ['HOME', 'CATEGORIES', 'TAGS', 'ARCHIVES', 'ABOUT'];
const chSub = 'A homelab under the stairs, written down so I remember how it works.';
const chRecent = ['Replacing a dead drive in a two-disk mirror', 'Labelling every cable in a very small rack', 'Notes on a quieter fan for the cupboard'];
const chTrending = ['homelab', 'shell', 'backup', 'networking', 'hardware'];
const chCats = ['Homelab', 'Monitoring'];
const chTags = ['cron', 'curl', 'uptime'];
const chFurther = [
  { date: 'Jan 19, 2025', title: 'Replacing a dead drive in a two-disk mirror', ex: 'The drive clicked, the mirror held, and I learned to label my disks.' },
  { date: 'Nov 30, 2024', title: 'A nightly backup I actually trust', ex: 'Three copies, two places, one script, and a restore test every month.' },
  { date: 'Oct 2, 2024', title: 'Notes on a quieter fan for the cupboard', ex: 'The server used to hum through the wall. Now it whispers.' },
];
const chOlder = 'A nightly backup I actually trust';
const chNewer = 'Labelling every cable in a very small rack';
const chLicense = 'This post is licensed under CC BY 4.0 by the author.';
const chFoot = ['© 2025 Tomás Ferreira. Some rights reserved.', 'Using the Chirpy theme for Jekyll.'];
const chToast = 'A new version of content is available.';
const fa = (c: string): string => `<i class="${c}"></i>`;
const chCodeBlock = (
  lang: string,
  label: string,
  lines: readonly string[],
): string => `<div class="language-${lang} highlighter-rouge"><div class="code-header">
<span data-label-text="${label}">${fa('fas fa-code fa-fw small')}</span><button aria-label="copy"
data-title-succeed="Copied!">${fa('far fa-clipboard')}</button></div>
<div class="highlight"><code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">${lines.map((_, n) => n + 1).join('\n')}
</pre></td><td class="rouge-code"><pre>${lines.join('\n')}
</pre></td></tr></tbody></table></code></div></div>`;
const chH = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<h2 id="${id}"><span class="me-2">${t}</span><a href="#${id}" class="anchor text-muted">${fa('fas fa-hashtag')}</a></h2>`;
};
const chHtml = `<!doctype html>
<html lang="en" ><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="theme-color" media="(prefers-color-scheme: light)"
content="#f7f7f7">
<meta name="viewport" content="width=device-width, user-scalable=no initial-scale=1, shrink-to-fit=no, viewport-fit=cover">
<meta name="generator" content="Jekyll v4.3.4" /><meta property="og:title" content="${chTitle}" /><meta name="author" content="Tomás Ferreira" />
<meta property="og:locale" content="en" /><meta name="description" content="${chDesc}" /><link rel="canonical"
href="https://cupboardnotes.example/posts/tiny-uptime-checker/" />
<meta property="og:site_name" content="cupboard notes" /><meta property="og:type" content="article" /><meta property="article:published_time"
content="2025-03-08T10:20:00+00:00" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Tomás Ferreira"},
"dateModified":"2025-03-10T18:02:51+00:00","datePublished":"2025-03-08T10:20:00+00:00","description":"${chDesc}","headline":"${chTitle}",
"url":"https://cupboardnotes.example/posts/tiny-uptime-checker/"}</script>
<title>A tiny uptime checker for my home server, in forty lines of shell | cupboard notes</title>
<link rel="manifest" href="/assets/img/favicons/site.webmanifest"><link rel="stylesheet" href="/assets/css/jekyll-theme-chirpy.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.example/npm/@fortawesome/fontawesome-free@6.7.1/css/all.min.css">
<script src="/assets/js/dist/theme.min.js"></script></head>
<body><aside aria-label="Sidebar" id="sidebar" class="d-flex flex-column align-items-end"><header class="profile-wrapper">
<a href="/" id="avatar" class="rounded-circle"><img src="/assets/img/avatar.png" width="112" height="112" alt="avatar" onerror="this.style.display='none'"></a>
<a class="site-title d-block" href="/">cupboard notes</a><p class="site-subtitle fst-italic mb-0">${chSub}</p></header>
<nav class="flex-column flex-grow-1 w-100 ps-0"><ul class="nav">${chNav
  .map(
    (t) => `<li class="nav-item"><a href="/${t === 'HOME' ? '' : `${t.toLowerCase()}/`}" class="nav-link">${fa('fa-fw fas fa-home')}<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="sidebar-bottom d-flex flex-wrap align-items-center w-100"><button type="button" class="btn btn-link nav-link" aria-label="Switch Mode"
id="mode-toggle">
${fa('fas fa-adjust')}</button><span class="icon-border"></span><a href="https://git.cupboardnotes.example/tomas" aria-label="git" target="_blank"
rel="noopener noreferrer">${fa('fab fa-git-alt')}</a><a href="javascript:location.href = 'mailto:' + ['tomas','cupboardnotes.example'].join('@')"
aria-label="email">
${fa('fas fa-envelope')}</a><a href="/feed.xml" aria-label="rss">${fa('fas fa-rss')}</a></div></aside>
<div id="main-wrapper" class="d-flex justify-content-center"><div class="container d-flex flex-column px-xxl-5">
<header id="topbar-wrapper" aria-label="Top Bar"><div id="topbar" class="d-flex align-items-center justify-content-between px-lg-3 h-100">
<nav id="breadcrumb" aria-label="Breadcrumb"><span><a href="/">Home</a></span><span>${chTitle}</span></nav>
<button type="button" id="sidebar-trigger" class="btn btn-link" aria-label="Sidebar">${fa('fas fa-bars fa-fw')}</button><div id="topbar-title">Post</div>
<button type="button" id="search-trigger" class="btn btn-link" aria-label="Search">${fa('fas fa-search fa-fw')}</button>
<search id="search" class="align-items-center ms-3 ms-lg-0">${fa('fas fa-search fa-fw')}<input class="form-control" id="search-input" type="search"
aria-label="search" autocomplete="off" placeholder="Search..."></search><button type="button" class="btn btn-link text-decoration-none"
id="search-cancel">Cancel</button>
</div></header>
<div class="row flex-grow-1"><main aria-label="Main Content" class="col-12 col-lg-11 col-xl-9 px-md-4"><article class="px-1" data-toc="true">
<header><h1 data-toc-skip>${chTitle}</h1><p class="post-desc fw-light mb-4">${chDesc}</p><div class="post-meta text-muted">
<span>Posted <time data-ts="1741429200" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">Mar 8, 2025</time></span>
<span>Updated <time data-ts="1741629771" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">Mar 10, 2025</time></span>
<div class="d-flex justify-content-between"><span>By <em><a href="https://git.cupboardnotes.example/tomas">Tomás Ferreira</a></em></span><div>
<span class="readtime" data-bs-toggle="tooltip" data-bs-placement="bottom" title="912 words"><em>4 min</em> read</span></div></div></div></header>
<div id="toc-bar" class="d-flex align-items-center justify-content-between invisible"><span class="label text-truncate">${chTitle}</span>
<button type="button" class="toc-trigger btn me-1">${fa('fa-solid fa-list-ul fa-fw')}</button></div>
<button id="toc-solo-trigger" type="button" class="toc-trigger btn btn-outline-secondary btn-sm"><span class="label ps-2 pe-1">Contents</span>
${fa('fa-solid fa-angle-right fa-fw')}</button><dialog id="toc-popup" class="p-0"><div class="header d-flex flex-row align-items-center
justify-content-between">
<div class="label text-truncate py-2 ms-4">${chTitle}</div><button id="toc-popup-close" type="button" class="btn mx-1 my-1 opacity-75">${fa('fas fa-close')}
</button></div><div id="toc-popup-content" class="px-4 py-3 pb-4"></div></dialog>
<div class="content">
${chP1.map((t) => `<p>${t}</p>`).join('\n')}
<blockquote class="prompt-tip"><p>${chTip}</p></blockquote>
${chH(chH1)}
${chP2.map((t) => `<p>${t}</p>`).join('\n')}
<div class="table-wrapper"><table><thead><tr>${chHead.map((h) => `<th style="text-align: left">${h}</th>`).join('')}</tr></thead><tbody>
${chRows.map((r) => `<tr>${r.map((c) => `<td style="text-align: left">${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${chP3.map((t) => `<p>${t}</p>`).join('\n')}
${chH(chH2)}
${chP4.map((t) => `<p>${t}</p>`).join('\n')}
${chCodeBlock('bash', 'Shell', chCode1)}
${chP5.map((t) => `<p>${t}</p>`).join('\n')}
${chH(chH3)}
${chP6.map((t) => `<p>${t}</p>`).join('\n')}
${chCodeBlock('plaintext', 'Plaintext', chCode2)}
${chP7.map((t) => `<p>${t}</p>`).join('\n')}
${chH(chH4)}
${chP8.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div class="post-tail-wrapper text-muted"><div class="post-meta mb-3">${fa('far fa-folder-open fa-fw me-1')}${chCats
  .map((c) => `<a href="/categories/${c.toLowerCase()}/">${c}</a>`)
  .join(',\n')}</div><div class="post-tags">${fa('fa fa-tags fa-fw me-1')}${chTags
  .map((t) => `<a href="/tags/${t}/" class="post-tag no-text-decoration">${t}</a>`)
  .join('\n')}</div><div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2"><div class="license-wrapper">
This post is licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> by the author.</div>
<div class="share-wrapper d-flex align-items-center"><span class="share-label text-muted">Share</span><span class="share-icons">
<a href="https://twitter.example/intent/tweet?text=A%20tiny%20uptime%20checker" target="_blank" rel="noopener" data-bs-toggle="tooltip" data-bs-placement="top"
aria-label="Twitter">${fa('fa-fw fa-brands fa-square-x-twitter')}</a><a href="https://www.facebook.example/sharer/sharer.php?u=x" target="_blank" rel="noopener"
data-bs-toggle="tooltip" data-bs-placement="top" aria-label="Facebook">${fa('fa-fw fab fa-facebook-square')}</a><button id="copy-link" aria-label="Copy link"
class="btn small" data-bs-toggle="tooltip" data-bs-placement="top" title="Copy link" data-title-succeed="Link copied
successfully!">${fa('fa-fw fas fa-link pe-none fs-6')}
</button></span></div></div></div></article></main>
<aside aria-label="Panel" id="panel-wrapper" class="col-xl-3 ps-2 mb-5 text-muted"><div class="access"><section id="access-lastmod">
<h2 class="panel-heading">Recently Updated</h2><ul class="content list-unstyled ps-0 pb-1 ms-1 mt-2">${chRecent
  .map((t) => `<li class="text-truncate lh-lg"><a href="/posts/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a></li>`)
  .join('\n')}</ul></section><section><h2 class="panel-heading">Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3">${chTrending
  .map((t) => `<a class="post-tag btn btn-outline-primary" href="/tags/${t}/">${t}</a>`)
  .join('\n')}</div></section></div><div class="toc-border-cover z-3"></div><section id="toc-wrapper" class="invisible position-sticky ps-0 pe-4 pb-4">
<h2 class="panel-heading ps-3 pb-2 mb-0">Contents</h2><nav id="toc"></nav></section></aside></div>
<div class="row"><div id="tail-wrapper" class="col-12 col-lg-11 col-xl-9 px-md-4"><aside id="related-posts" aria-labelledby="related-label">
<h3 class="mb-4" id="related-label">Further Reading</h3><nav class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4 mb-4">${chFurther
  .map(
    (c) => `<article class="col"><a href="/posts/${c.title.toLowerCase().replace(/[^a-z]+/g, '-')}/" class="post-preview card h-100"><div class="card-body">
<time data-ts="1737280800" data-df="ll">${c.date}</time><h4 class="pt-0 my-2">${c.title}</h4><div class="text-muted"><p>${c.ex}</p></div></div></a></article>`,
  )
  .join('\n')}</nav></aside>
<nav class="post-navigation d-flex justify-content-between" aria-label="Post Navigation"><a href="/posts/nightly-backup/" class="btn btn-outline-primary"
aria-label="Older"><p>${chOlder}</p></a><a href="/posts/labelling-cables/" class="btn btn-outline-primary" aria-label="Newer"><p>${chNewer}</p></a></nav>
<footer aria-label="Site Info" class="d-flex flex-column justify-content-center text-muted flex-lg-row justify-content-lg-between align-items-lg-center
pb-lg-3">
<p>© <time>2025</time> <a href="https://git.cupboardnotes.example/tomas">Tomás Ferreira</a>. <span data-bs-toggle="tooltip" data-bs-placement="top"
title="Except where otherwise noted, the blog posts on this site are licensed under the Creative Commons Attribution 4.0 International (CC BY 4.0) License by
the author.">
Some rights reserved.</span></p><p>Using the <a data-bs-toggle="tooltip" data-bs-placement="top" title="v7.2.4"
href="https://github.example/cotes2020/jekyll-theme-chirpy"
target="_blank" rel="noopener">Chirpy</a> theme for <a href="https://jekyllrb.example" target="_blank" rel="noopener">Jekyll</a>.</p></footer></div></div>
<div id="search-result-wrapper" class="d-flex justify-content-center d-none"><div class="col-11 content"><div id="search-hints"><section>
<h2 class="panel-heading">Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3">${chTrending
  .map((t) => `<a class="post-tag btn btn-outline-primary" href="/tags/${t}/">${t}</a>`)
  .join('\n')}</div></section></div><div id="search-results" class="d-flex flex-wrap justify-content-center text-muted mt-3"></div></div></div></div>
<aside aria-label="Scroll to Top"><button id="back-to-top" type="button" class="btn btn-lg btn-box-shadow">${fa('fas fa-angle-up')}</button></aside></div>
<div id="mask" class="d-none position-fixed w-100 h-100 z-1"></div>
<aside id="notification" class="toast" role="alert" aria-live="assertive" aria-atomic="true" data-bs-animation="true" data-bs-autohide="false">
<div class="toast-header"><button type="button" class="btn-close ms-auto" data-bs-dismiss="toast" aria-label="Close"></button></div>
<div class="toast-body text-center pt-0"><p class="px-2 mb-3">${chToast}</p><button type="button" class="btn btn-primary"
aria-label="Update">Update</button></div></aside>
<script src="https://cdn.jsdelivr.example/combine/npm/simple-jekyll-search@1.10.0/dest/simple-jekyll-search.min.js,npm/dayjs@1.11.13/dayjs.min.js"></script>
<script defer src="/assets/js/dist/post.min.js"></script>
<script>SimpleJekyllSearch({ searchInput: document.getElementById('search-input'), resultsContainer: document.getElementById('search-results'),
json: '/assets/js/data/search.json',
searchResultTemplate: '<article class="px-1 px-sm-2 px-lg-4 px-xl-0"><header><h2><a href="{url}">{title}</a></h2></header></article>',
noResultsText: '<p class="mt-5">Oops! No results found.</p>' });</script>
</body></html>`;
const chirpy: TestPage = {
  name: 'heldout131-jekyll-chirpy-blog',
  kind: 'blog',
  html: chHtml,
  // the description under the h1 is the dek (body); the prompt-tip blockquote is the author's own note (body); table data
  // cells are body and header cells in neither list; code blocks are in neither list; the breadcrumb's current item and
  // the TOC bar and dialog labels repeat the title and are left out
  title: chTitle,
  headings: [chH1, chH2, chH3, chH4],
  body: texts([chDesc, ...chP1, chTip, ...chP2, ...chRows.flat(), ...chP3, ...chP4, ...chP5, ...chP6, ...chP7, ...chP8]),
  bylines: ['Posted Mar 8, 2025', 'Updated Mar 10, 2025', 'Tomás Ferreira', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'cupboard notes', chSub, ...chNav, 'Home', 'Post', 'Cancel', 'Contents', ...chCats, ...chTags, chLicense, 'Share', 'Recently Updated', chRecent[1]!,
    'Trending Tags', ...chTrending, 'Further Reading', ...chFurther.flatMap((c) => [c.date, c.title, c.ex]), ...chFoot, chToast, 'Update',
  ],
};

export const HELDOUT131_F: readonly TestPage[] = [chirpy, stackPost];
