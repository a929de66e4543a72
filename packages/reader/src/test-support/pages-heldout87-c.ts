import { links, type TestPage, texts } from './page-kit.js';
import { sphinxPage } from './pages-heldout87-c2.js';

/**
 * Held-out batch 87, file c: a personal Hugo blog post in the PaperMod theme (the theme script in the head, the logo with the
 * dark-mode toggle, the menu, the breadcrumbs, the h1 with its description, the post meta line with date, reading time,
 * word count, author and "Suggest Changes", the collapsible table of contents, h2s with hidden "#" anchors, code blocks with
 * the "copy" buttons the theme script adds, the post tags, the prev/next pager, the share buttons, the giscus script, the
 * footer and the "Go to Top" link) and, from file c2, a Sphinx page in the Read the Docs theme.
 */
const hgTitle = 'Moving my home server backups from rsync to restic';
const hgDesc = 'Deduplicated, encrypted and finally tested: what changed after eight years of a cron job and a USB disk.';
const hgP1 = [
  'For eight years my home server was backed up by a single line in a crontab: an <code>rsync -a --delete</code> of the data ' +
    'directory to a USB disk, every night at three. It worked, in the sense that the disk was always full of files. I had restored ' +
    'from it exactly once, and that was a single photo.',
  'Last month the disk started clicking. Rather than buy another one and keep going, I finally moved everything to ' +
    '<a href="https://restic.example">restic</a>. This is a write-up of what I did, mostly so that future me can find it.',
];
const hgH1 = 'What was wrong with the old setup';
const hgP2 = ['Apart from the clicking, there were three problems I had been ignoring:'];
const hgList1 = [
  'No history. A mirror with <code>--delete</code> faithfully copies your mistakes. If I deleted a folder by accident, it was gone ' +
    'from the backup the next night.',
  'No off-site copy. A burst pipe or a burglar would take the server and the disk together.',
  'No testing. I never checked that the files on the disk were readable.',
];
const hgH2 = 'Setting up the repositories';
const hgP3 = [
  'I now keep two restic repositories: one on a small NAS in the garage, and one in object storage at a provider that charges a few ' +
    'euros a month for what I use. Creating a repository is one command, and restic asks for a password that encrypts everything:',
];
const hgCode1 = `<span class="line"><span class="cl">restic -r sftp:backup@nas.lan:/srv/restic init
</span></span><span class="line"><span class="cl">restic -r s3:https://objects.example/halvorsen-backup init</span></span>`;
const hgP4 = [
  'The passwords live in two files readable only by root, and the environment for each repository lives in a small file that the ' +
    'systemd unit loads. I used a timer instead of cron so that missed runs catch up after the server has been off.',
];
const hgCode2 = `<span class="line"><span class="cl">[Timer]
</span></span><span class="line"><span class="cl">OnCalendar=*-*-* 03:15
</span></span><span class="line"><span class="cl">Persistent=true</span></span>`;
const hgH3 = 'Retention and pruning';
const hgP5 = [
  'Because restic deduplicates, keeping lots of snapshots is cheap. The first backup of 410 GB took most of a night to upload; ' +
    'each nightly run since then adds a few hundred megabytes. I keep seven daily, five weekly and twelve monthly snapshots, and ' +
    'prune once a week rather than every night, because pruning the remote repository is slow.',
];
const hgH4 = 'Actually testing it';
const hgP6 = [
  'This was the part I had skipped for eight years. Once a month a second timer runs <code>restic check --read-data-subset=5%</code>, ' +
    'which downloads and verifies a different slice of the data each time. Twice a year I restore a random directory to a scratch ' +
    'disk and compare it with the original.',
  'The first test restore found a real problem: the database dumps were being backed up while they were still being written, and ' +
    'two of them were truncated. The dump now runs first and the backup waits for it. That alone was worth the afternoon.',
  'If you are still on a mirror to a single disk, I would not wait for the clicking to start.',
];
const hgMenu = ['Posts', 'Notes', 'Tags', 'About'];
const hgTags = ['Backup', 'Homelab', 'Linux'];
const hgFoot = ['© 2025', 'Powered by Hugo & PaperMod'];
const hgToc = [hgH1, hgH2, hgH3, hgH4];
const hgId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const hgH = (t: string): string => `<h2 id="${hgId(t)}">${t}<a hidden class="anchor" aria-hidden="true" href="#${hgId(t)}">#</a></h2>`;
const hgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hgPre = (lang: string, code: string): string => `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-${lang}"
data-lang="${lang}">${code}</code></pre><button class="copy-code">copy</button></div>`;
const hgShare = (n: string): string => `<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hgTitle} on ${n}"
href="https://${n}.example/share?u=https%3a%2f%2fainoh.example%2fposts%2frsync-to-restic%2f"><svg viewBox="0 0 512 512" height="30px" width="30px"
fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554"/></svg></a></li>`;
const hgHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hgTitle} | Aino Halvorsen</title><meta name="keywords" content="backup, homelab, linux"><meta name="description" content="${hgDesc}">
<meta name="author" content="Aino Halvorsen"><link rel="canonical" href="https://ainoh.example/posts/rsync-to-restic/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.f49d66caaa2e.css" integrity="sha256-9J1mz" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta property="og:title" content="${hgTitle}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2025-09-14T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Posts","item":"https://ainoh.example/posts/"},
{"@type":"ListItem","position":2,"name":"${hgTitle}","item":"https://ainoh.example/posts/rsync-to-restic/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hgTitle}","description":"${hgDesc}",
"wordCount":"812","datePublished":"2025-09-14T00:00:00Z","author":[{"@type":"Person","name":"Aino Halvorsen"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add("dark")}else if(localStorage.getItem("pref-theme")
==="light"){document.body.classList.remove("dark")}else
if(window.matchMedia("(prefers-color-scheme: dark)").matches){document.body.classList.add("dark")}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://ainoh.example/" accesskey="h" title="Aino Halvorsen (Alt + H)">Aino Halvorsen</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" height="24" width="24"></svg>
<svg id="sun" height="24" width="24"></svg></button></div></div><ul id="menu">
${hgMenu.map((t) => `<li><a href="https://ainoh.example/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://ainoh.example/">Home</a>&nbsp;»&nbsp;<a
href="https://ainoh.example/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hgTitle}</h1><div class="post-description">${hgDesc}</div>
<div class="post-meta"><span title="2025-09-14 00:00:00 +0000 UTC">September 14, 2025</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;812 words&nbsp;·&nbsp;Aino
Halvorsen&nbsp;|&nbsp;<a href="https://codeberg.example/ainoh/site/src/branch/main/content/posts/rsync-to-restic.md" rel="noopener noreferrer"
target="_blank">Suggest Changes</a></div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hgToc.map((t) => `<li><a href="#${hgId(t)}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${hgPs(hgP1)}
${hgH(hgH1)}
${hgPs(hgP2)}
<ul>${hgList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hgH(hgH2)}
${hgPs(hgP3)}
${hgPre('bash', hgCode1)}
${hgPs(hgP4)}
${hgPre('ini', hgCode2)}
${hgH(hgH3)}
${hgPs(hgP5)}
${hgH(hgH4)}
${hgPs(hgP6)}
</div>
<footer class="post-footer"><ul class="post-tags">${links(hgTags)}</ul>
<nav class="paginav"><a class="prev" href="https://ainoh.example/posts/solar-monitor/"><span class="title">« Prev</span><br><span>A solar monitor from a
Raspberry Pi and two shunts</span></a><a class="next" href="https://ainoh.example/posts/dns-at-home/"><span class="title">Next »</span><br><span>Running my
own DNS
at home, two years on</span></a></nav>
<ul class="share-buttons">${['x', 'linkedin', 'reddit', 'telegram'].map(hgShare).join('\n')}</ul></footer>
<script src="https://giscus.example/client.js" data-repo="ainoh/site-comments" data-repo-id="R_kgDOJ" data-category="Comments" data-mapping="pathname"
data-reactions-enabled="1" data-theme="preferred_color_scheme" crossorigin="anonymous" async></script></article></main>
<footer class="footer"><span>© 2025 <a href="https://ainoh.example/">Aino Halvorsen</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script></body></html>`;
const hugoPost: TestPage = {
  html: hgHtml,
  name: 'heldout87-hugo-papermod-blog',
  kind: 'blog',
  // the post description under the h1 is body; the table of contents (it repeats the headings) is left out, its label is
  // furniture; code blocks and the "copy" buttons on them are in neither list / furniture
  title: hgTitle,
  headings: [hgH1, hgH2, hgH3, hgH4],
  body: [hgDesc, ...texts(hgP1), ...hgP2, ...texts(hgList1), ...hgP3, ...hgP4, ...hgP5, ...texts(hgP6)],
  bylines: ['September 14, 2025', '4 min', '812 words', 'Aino Halvorsen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hgMenu, 'Home', 'Suggest Changes', 'Table of Contents', 'copy', ...hgTags, '« Prev', 'A solar monitor from a Raspberry Pi and two shunts',
    'Next »', 'Running my own DNS at home, two years on', ...hgFoot,
  ],
};

export const HELDOUT87_C: readonly TestPage[] = [hugoPost, sphinxPage];
