import { links, ps, type TestPage, texts } from './page-kit.js';
import { recipePage } from './pages-heldout112-c2.js';

/**
 * Held-out batch 112, file c: a personal blog post on Hugo with the PaperMod theme (the header with the site name, the
 * theme toggle and menu, the breadcrumbs, the post meta with date, reading time, word count and author, the collapsed
 * "Table of Contents" details box, the heading anchors, a code block, the post tags, the prev/next nav, the share buttons,
 * the footer with "Powered by Hugo & PaperMod" and the scroll-to-top link) and, from file c2, a WordPress recipe post.
 */
const title = 'Moving my homelab backups from cron to systemd timers';
const p1 = [
  'For about six years my backups have been a single line in root’s crontab that ran restic every night at 3am. It worked, ' +
    'until it quietly stopped working for eleven days last month and I only noticed when I went looking for a file I had deleted.',
  'The cause was boring: a password file moved during an OS upgrade, restic failed, and cron mailed the error to a local mailbox ' +
    'nobody reads. So I finally moved the job to a systemd timer, which I had been meaning to do for years.',
];
const h1 = 'Why timers instead of cron';
const p2 = [
  'The big win for me is that a timer runs a normal service unit, so every run gets logged to the journal with its exit status. ' +
    'I can see at a glance whether the last run failed, and I can hook failures into something I actually look at.',
  'Timers also handle missed runs. With Persistent=true, if the machine was off at 3am, the job runs as soon as it boots. My ' +
    'old cron setup simply skipped the night.',
];
const h2 = 'The units';
const p3 = [
  'There are two files. The service describes what to run, and the timer describes when. I keep the restic environment in a ' +
    'separate file readable only by root.',
  'The OnFailure line is the part that matters. It starts a tiny unit that sends me a push notification through my self-hosted ' +
    'ntfy server, so a failed backup now reaches my phone within a minute.',
];
const code = `[Unit]
Description=Nightly restic backup
OnFailure=notify-failure@%n.service

[Service]
Type=oneshot
EnvironmentFile=/etc/restic/env
ExecStart=/usr/bin/restic backup /srv /home --exclude-caches`;
const h3 = 'A few things that tripped me up';
const list = [
  'Timers need to be enabled and started themselves; enabling only the service does nothing.',
  'RandomizedDelaySec is worth adding if several machines back up to the same server.',
  'systemctl list-timers shows the next and last run, which is the first thing I check now.',
];
const p4 = [
  'It has been running for three weeks without a problem, and for the first time I actually know that, rather than assuming it. ' +
    'If you still have important jobs in cron with no one reading the mail, this is a cheap weekend fix.',
];
const menu = ['Posts', 'Archive', 'Tags', 'Now', 'Uses', 'Search', 'About', 'RSS'];
const crumbs = ['Home', '\u00bb', 'Posts'];
const tags = ['Homelab', 'Systemd', 'Backups', 'Linux'];
const share = ['share Moving my homelab backups from cron to systemd timers on x', 'share on linkedin', 'share on reddit', 'share on email'];
const nav = ['\u00ab Prev', 'Self-hosting ntfy for push alerts', 'Next \u00bb', 'What I learned replacing my NAS drives'];
const toc = ['Table of Contents'];
const footer = ['\u00a9 2025 Tomasz Wierzbicki\u2019s notes', 'Powered by', 'Hugo', '&', 'PaperMod'];
const html = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${title} | Tomasz Wierzbicki’s notes</title><meta name="keywords" content="homelab, systemd, backups, linux">
<meta name="description" content="Why I finally moved restic off cron."><meta name="author" content="Tomasz Wierzbicki">
<meta name="generator" content="Hugo 0.139.3">
<link rel="canonical" href="https://notes.wierzbicki.example/posts/systemd-timers-backups/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.f49d66ca.css" rel="preload stylesheet" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","wordCount":"512",
"datePublished":"2025-03-22T10:00:00+01:00","author":[{"@type":"Person","name":"Tomasz Wierzbicki"}]}</script>
<script>localStorage.getItem("pref-theme") === "dark" ? document.body.classList.add("dark") : "";</script></head>
<body id="top"><header class="header"><nav class="nav"><div class="logo">
<a href="/" accesskey="h" title="Tomasz Wierzbicki’s notes (Alt + H)">Tomasz Wierzbicki’s notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon"></svg></button></div></div>
<ul id="menu">${menu.map((m) => `<li><a href="/${m.toLowerCase()}/" title="${m}"><span>${m}</span></a></li>`).join('')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="/">${crumbs[0]}</a>&nbsp;${crumbs[1]}&nbsp;<a href="/posts/">${crumbs[2]}</a></div>
<h1 class="post-title entry-hint-parent">${title}</h1><div class="post-meta">
<span title="2025-03-22 10:00:00 +0100 +0100">March 22, 2025</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;512 words&nbsp;·&nbsp;Tomasz Wierzbicki</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">${toc[0]}</span></summary><div class="inner"><ul>
<li><a href="#why-timers-instead-of-cron" aria-label="${h1}">${h1}</a></li><li><a href="#the-units" aria-label="${h2}">${h2}</a></li>
<li><a href="#a-few-things-that-tripped-me-up" aria-label="${h3}">${h3}</a></li></ul></div></details></div>
<div class="post-content">${ps(p1)}
<h2 id="why-timers-instead-of-cron">${h1}<a hidden class="anchor" aria-hidden="true" href="#why-timers-instead-of-cron">#</a></h2>${ps(p2)}
<h2 id="the-units">${h2}<a hidden class="anchor" aria-hidden="true" href="#the-units">#</a></h2>${ps(p3.slice(0, 1))}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-ini" data-lang="ini">${code}</code></pre></div>${ps(p3.slice(1))}
<h2 id="a-few-things-that-tripped-me-up">${h3}<a hidden class="anchor" aria-hidden="true" href="#a-few-things-that-tripped-me-up">#</a></h2>
<ul>${list.map((l) => `<li>${l}</li>`).join('\n')}</ul>${ps(p4)}</div>
<footer class="post-footer"><ul class="post-tags">${links(tags)}</ul>
<nav class="paginav"><a class="prev" href="/posts/ntfy/"><span class="title">${nav[0]}</span><br><span>${nav[1]}</span></a>
<a class="next" href="/posts/nas-drives/"><span class="title">${nav[2]}</span><br><span>${nav[3]}</span></a></nav>
<ul class="share-buttons">${share
  .map(
    (s) => `<li><a target="_blank" rel="noopener noreferrer" aria-label="${s}" href="#">
<span class="sr-only">${s}</span><svg></svg></a></li>`,
  )
  .join('')}</ul>
</footer></article></main>
<footer class="footer"><span>${footer[0]}</span> · <span>${footer[1]} <a href="https://gohugo.io/">${footer[2]}</a> ${footer[3]}
<a href="https://github.com/adityatelange/hugo-PaperMod/">${footer[4]}</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click", () => { document.body.classList.toggle("dark"); });</script></body></html>`;

export const hugoPage: TestPage = {
  name: 'heldout112-hugo-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['March 22, 2025', '3 min', '512 words', 'Tomasz Wierzbicki'],
  furniture: ['Tomasz Wierzbicki\u2019s notes', ...menu, ...crumbs, ...toc, ...tags, ...share, ...nav, ...footer],
};

export const HELDOUT112_C: readonly TestPage[] = [hugoPage, recipePage];
