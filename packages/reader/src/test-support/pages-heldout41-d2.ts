import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 41, file d2: a Hugo blog post on the PaperMod theme (the theme's head with its noscript style and the
 * pref-theme script, the header with logo, theme toggle and menu, breadcrumbs, post title, description, the post-meta line
 * with date, reading time, word count, author and "Suggest Changes", the collapsible table of contents, post content with
 * hidden heading anchors, Chroma code blocks, a list and a blockquote, the tags, prev/next navigation, icon-only share
 * buttons, the footer and the go-to-top link and scripts).
 */
const pmTitle = 'Backing up Postgres to a Raspberry Pi with pgBackRest';
const pmDesc = 'How I moved nightly database backups off a paid service and onto a Pi 5 in the cupboard, and what broke along the way.';
const pmBody1 = [
  'For three years the database behind my small side project — a booking tool for a couple of climbing gyms — was backed up by ' +
    'a managed service that cost more each year than the server it was backing up. This autumn I finally moved the backups onto ' +
    'hardware I already owned: a Raspberry Pi 5 with an external SSD, sitting in a cupboard at home.',
  'This post walks through the setup, because the pieces are well documented separately but I couldn’t find one place that ' + 'put them together.',
];
const pmH1 = 'The setup';
const pmBody2 = [
  'The database runs on a small VPS. The Pi sits behind my home router and is reachable over a WireGuard tunnel, so nothing on ' +
    'it is exposed to the internet. <code>pgBackRest</code> runs on the Pi as the repository host and pulls backups from the ' +
    'database server over SSH. The schedule is simple:',
];
const pmList = [
  'A full backup every Sunday night.',
  'A differential backup on the other six nights.',
  'Continuous WAL archiving, so I can restore to any point in time.',
];
const pmBody3 = ['The repository configuration on the Pi is short:'];
const pmBody4 = [
  'On the database server, <code>archive_command</code> pushes each WAL segment to the Pi as soon as it is written. I turned on ' +
    '<code>archive-async</code> so that a slow link does not hold up the database:',
];
const pmH2 = 'What broke';
const pmBody5 = [
  'Two things. First, the SSD went to sleep. The drive’s enclosure spun down after ten minutes of idle time, and the first ' +
    'archive push after a quiet spell would time out. A udev rule that disables the enclosure’s power management fixed it.',
  'Second, I forgot that a backup you have never restored is only a hope. When I tried a test restore into a scratch ' +
    'container, it failed because the Pi’s pgBackRest was a minor version behind the server’s. I now pin both to the same ' +
    'package version and run a restore test on the first of every month.',
];
const pmQuote = 'If you only take one thing from this post: schedule the restore test, not just the backup.';
const pmH3 = 'Was it worth it?';
const pmBody6 = [
  'The Pi and SSD cost about as much as eight months of the old service, and the setup took two evenings. The backups are ' +
    'faster, because the Pi is only a few milliseconds away over the tunnel, and I understand exactly where my data is. I still ' +
    'keep a weekly encrypted copy in object storage, because a cupboard is not a second region.',
];
const pmMenu = ['Posts', 'Archive', 'Tags', 'Search', 'About'];
const pmTags = ['homelab', 'self-hosting', 'databases'];
const line = (s: string): string => `<span class="line"><span class="cl">${s}\n</span></span>`;
const pmIni = [
  '<span class="k">[global]</span>',
  '<span class="na">repo1-path</span><span class="o">=</span><span class="s">/mnt/ssd/pgbackrest</span>',
  '<span class="na">repo1-retention-full</span><span class="o">=</span><span class="s">4</span>',
  '<span class="na">process-max</span><span class="o">=</span><span class="s">2</span>',
  '<span class="k">[booking]</span>',
  '<span class="na">pg1-host</span><span class="o">=</span><span class="s">10.8.0.1</span>',
  '<span class="na">pg1-path</span><span class="o">=</span><span class="s">/var/lib/postgresql/16/main</span>',
];
const pmBash = [
  '<span class="c1"># postgresql.conf on the VPS</span>',
  'archive_mode <span class="o">=</span> on',
  'archive_command <span class="o">=</span> <span class="s1">\'pgbackrest --stanza=booking archive-push %p\'</span>',
];
const code = (lang: string, ls: readonly string[]): string =>
  `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-${lang}" data-lang="${lang}">${ls.map(line).join('')}</code></pre></div>`;
const anchor = (id: string, h: string): string => `<h2 id="${id}">${h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>`;
const pmP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const pmHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${pmTitle} | Fen Notes</title><meta name="keywords" content="homelab, self-hosting, databases"><meta name="description" content="${pmDesc}">
<meta name="author" content="Tomasz Wilk"><link rel="canonical" href="https://fennotes.example.net/posts/pgbackrest-raspberry-pi/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.8f3e2c.css" integrity="sha256-jz4sP" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none;}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pmTitle}","description":"${pmDesc}",
"wordCount":"1187","datePublished":"2025-11-20T08:00:00+00:00","author":[{"@type":"Person","name":"Tomasz Wilk"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}else if(localStorage.getItem("pref-theme")
==="light"){document.body.classList.remove('dark')}else
if(window.matchMedia('(prefers-color-scheme: dark)').matches){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://fennotes.example.net/" accesskey="h" title="Fen Notes (Alt + H)">Fen Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon"></svg><svg
id="sun"></svg></button>
</div></div><ul id="menu">${pmMenu.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://fennotes.example.net/">Home</a>&nbsp;»&nbsp;<a href="https://fennotes.example.net/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${pmTitle}</h1><div class="post-description">${pmDesc}</div>
<div class="post-meta"><span title='2025-11-20 08:00:00 +0000
UTC'>November 20, 2025</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;1187 words&nbsp;·&nbsp;Tomasz Wilk&nbsp;|&nbsp;<a
href="https://github.com/twilk/fennotes/tree/main/content/posts/pgbackrest-raspberry-pi.md" rel="noopener noreferrer"
target="_blank">Suggest Changes</a></div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
<li><a href="#the-setup" aria-label="The setup">The setup</a></li><li><a href="#what-broke" aria-label="What broke">What broke</a></li>
<li><a href="#was-it-worth-it" aria-label="Was it worth it?">Was it worth it?</a></li></ul></div></details></div>
<div class="post-content">${pmP(pmBody1)}
${anchor('the-setup', pmH1)}
${pmP(pmBody2)}
<ul>${pmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${pmP(pmBody3)}
${code('ini', pmIni)}
${pmP(pmBody4)}
${code('bash', pmBash)}
${anchor('what-broke', pmH2)}
${pmP(pmBody5)}
<blockquote><p>${pmQuote}</p></blockquote>
${anchor('was-it-worth-it', pmH3)}
${pmP(pmBody6)}
</div>
<footer class="post-footer"><ul class="post-tags">${pmTags.map((t) => `<li><a href="/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="/posts/notes-from-a-week-without-slack/"><span
class="title">« Prev</span><br><span>Notes from a week without Slack</span></a>
<a class="next" href="/posts/dotfiles-chezmoi/"><span class="title">Next »</span><br><span>Moving my dotfiles to chezmoi</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pmTitle} on x" href="https://x.com/intent/tweet/?text=pg"><svg
viewBox="0 0 512 512"></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pmTitle} on linkedin"
href="https://www.linkedin.com/shareArticle?mini=true"><svg viewBox="0 0 512 512"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://fennotes.example.net/">Fen Notes</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12 6"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script>
<script>document.querySelectorAll('pre > code').forEach((codeblock)=>{const container=codeblock.parentNode.parentNode;
const copybutton=document.createElement('button');
copybutton.classList.add('copy-code');copybutton.innerHTML='copy';container.appendChild(copybutton);});</script></body></html>`;
export const paperMod: TestPage = {
  html: pmHtml,
  name: 'heldout41-hugo-papermod',
  kind: 'blog',
  // the post-description under the title is the post's dek: body; the three h2s are the headings (their hidden "#" anchors
  // in neither), list items and the blockquote body, the two code blocks in neither list. The date and the author's name in
  // the post-meta line are bylines; the reading time, word count, "Suggest Changes", "Table of Contents", tags, prev/next
  // labels and titles, header, menu, breadcrumbs and footer are furniture. The table-of-contents entries repeat the headings
  // word for word: in neither list. The menu's "About" and "Archive" and the breadcrumb's "Home" are body words ("about as
  // much", "archive push", "at home"): left out; the logo's "Fen Notes" is the footer's too (listed once)
  title: pmTitle,
  headings: [pmH1, pmH2, pmH3],
  body: [pmDesc, ...texts(pmBody1), ...texts(pmBody2), ...pmList, ...texts(pmBody3), ...texts(pmBody4), ...texts(pmBody5), pmQuote, ...texts(pmBody6)],
  bylines: ['November 20, 2025', 'Tomasz Wilk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fen Notes', 'Posts', 'Tags', 'Search', '6 min', '1187 words', 'Suggest Changes', 'Table of Contents', ...pmTags, '« Prev',
    'Notes from a week without Slack', 'Next »', 'Moving my dotfiles to chezmoi', 'Powered by Hugo & PaperMod',
  ],
};
