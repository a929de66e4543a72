import { type TestPage, texts } from './page-kit.js';
import { blockBreaks } from './pages-heldout67-f3.js';

/**
 * Held-out batch 67, file b2: a post on a personal Hugo blog with the PaperMod theme (theme script before the header, the
 * logo with the theme toggle, the menu with access keys, breadcrumbs, the post title and description, the post-meta line with
 * date, reading time, word count, author and "Suggest Changes", a collapsed table of contents, h2s with hidden "#" anchors,
 * chroma code blocks, post tags, the prev/next nav, icon-only share buttons, a giscus comments mount, the "Powered by" footer
 * and the go-to-top link).
 */
const hgTitle = 'Moving my backups from cron to systemd timers';
const hgDesc = 'Three years of silent cron failures, and the twenty lines of unit files that fixed them.';
const hgIntro = [
  'For about three years the backups on my home server ran from a single line in root’s crontab. Every night at 03:15 it called a shell ' +
    'script that ran <a href="https://restic.net/">restic</a> against a USB disk and a bucket at my storage provider. It worked, as far as I ' +
    'knew, which turned out to be the problem.',
  'In August I went to restore a folder of scanned letters and found that the last successful snapshot was from April. The script had ' +
    'been failing every night since the disk was remounted under a different path, and cron had been dutifully emailing the errors to a ' +
    'local mailbox that nobody reads.',
];
const hgH = ['Why bother', 'The units', 'Getting told when it fails', 'Was it worth it?'] as const;
const hgWhy =
  'Cron is fine at starting things. What it does not do is tell you, in a place you actually look, that the thing it started went wrong. ' +
  'Systemd timers are not magic either, but they give you a few things for free:';
const hgList = [
  'Every run’s output lands in the journal, next to everything else on the machine.',
  'A failed run leaves the unit in a failed state, which shows up in <code>systemctl --failed</code> and in my monitoring.',
  '<code>Persistent=true</code> catches up on runs that were missed while the machine was off.',
  'You can trigger a run by hand with exactly the same environment as the scheduled one.',
];
const hgUnits = [
  'The service is a oneshot that runs the same script as before. I kept the script because it already handled the restic password file ' +
    'and the exclude list:',
  'The timer replaces the crontab line. <code>RandomizedDelaySec</code> spreads the start over half an hour, which matters more than you ' +
    'would think when three machines in the house all back up to the same bucket:',
  'Then <code>systemctl daemon-reload</code> and <code>systemctl enable --now backup.timer</code>, and <code>systemctl list-timers</code> ' +
    'shows when it will next fire.',
];
const hgFail = [
  'This was the part I actually cared about. <code>OnFailure=</code> in the service points at a template unit that sends me a push ' +
    'notification through ntfy, with the last twenty lines of the journal attached:',
  'I tested it the honest way, by unplugging the USB disk before the 03:15 run. The notification arrived at 03:31 and told me exactly which ' +
    'path was missing.',
];
const hgEnd = [
  'It took an evening, most of which I spent reading man pages I should have read years ago. The script is unchanged and the schedule is ' +
    'the same. The difference is that the next time it breaks, I will find out the next morning rather than five months later.',
  'If you run anything important from cron, it is worth asking where its errors go. If the answer is “a mailbox I have never opened”, ' +
    'that is probably your answer too.',
];
const code = (lang: string, lines: readonly string[]): string =>
  `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-${lang}" data-lang="${lang}">${lines
    .map((l) => `<span class="line"><span class="cl">${l}\n</span></span>`)
    .join('')}</code></pre></div>`;
const svc = [
  '<span class="k">[Unit]</span>',
  '<span class="na">Description</span><span class="o">=</span><span class="s">Nightly restic backup</span>',
  '<span class="na">OnFailure</span><span class="o">=</span><span class="s">notify-failure@%n.service</span>',
  '<span class="k">[Service]</span>',
  '<span class="na">Type</span><span class="o">=</span><span class="s">oneshot</span>',
  '<span class="na">ExecStart</span><span class="o">=</span><span class="s">/usr/local/bin/backup.sh</span>',
  '<span class="na">Nice</span><span class="o">=</span><span class="s">10</span>',
];
const tmr = [
  '<span class="k">[Timer]</span>',
  '<span class="na">OnCalendar</span><span class="o">=</span><span class="s">*-*-* 03:15:00</span>',
  '<span class="na">RandomizedDelaySec</span><span class="o">=</span><span class="s">30min</span>',
  '<span class="na">Persistent</span><span class="o">=</span><span class="s">true</span>',
  '<span class="k">[Install]</span>',
  '<span class="na">WantedBy</span><span class="o">=</span><span class="s">timers.target</span>',
];
const ntfy = [
  '<span class="c1"># /etc/systemd/system/notify-failure@.service</span>',
  '<span class="k">[Service]</span>',
  '<span class="na">Type</span><span class="o">=</span><span class="s">oneshot</span>',
  '<span class="na">ExecStart</span><span class="o">=</span><span class="s">' +
    '/bin/sh -c &#39;journalctl -u %i -n 20 --no-pager | curl -T - ntfy.sh/halvorsen-srv&#39;</span>',
];
const anchor = (h: string): string => {
  const id = h
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '');
  return `<h2 id="${id}">${h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>`;
};
const hgTags = ['systemd', 'backups', 'restic', 'homelab', 'self-hosting'];
const hgHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hgTitle} | Notes from a small server</title><meta name="keywords" content="${hgTags.join(', ')}">
<meta name="description" content="${hgDesc}"><meta name="author" content="Ingrid Halvorsen">
<link rel="canonical" href="https://ingrid.example.net/posts/cron-to-systemd-timers/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.6a98292fb8fa8cf0f3ba4042d4b75515c04267550f3ad49ff6271b5af9562443.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hgTitle}","wordCount":"812",
"datePublished":"2025-09-21T18:40:00+02:00","author":[{"@type":"Person","name":"Ingrid Halvorsen"}],"keywords":["systemd","backups"]}</script>
</head><body id="top">
<script>localStorage.getItem("pref-theme")==="dark"?document.body.classList.add("dark"):localStorage.getItem("pref-theme")==="light"?
document.body.classList.remove("dark"):window.matchMedia("(prefers-color-scheme: dark)").matches&&document.body.classList.add("dark")</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://ingrid.example.net/" accesskey="h" title="Notes from a small server (Alt + H)">Notes
from a small server</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1111.21 3 7 7 0 0021 12.79z"></path></svg>
<svg id="sun" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><circle cx="12" cy="12" r="5"></circle></svg></button></div></div>
<ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/search/" title="Search (Alt + /)" accesskey="/">
<span>Search</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li><li><a href="/about/" title="About"><span>About</span></a></li></ul>
</nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://ingrid.example.net/">Home</a>&nbsp;»&nbsp;<a href="https://ingrid.example.net/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hgTitle}</h1><div class="post-description">${hgDesc}</div>
<div class="post-meta"><span title='2025-09-21 18:40:00 +0200 CEST'>September 21, 2025</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;812 words&nbsp;·&nbsp;Ingrid
Halvorsen&nbsp;|&nbsp;<a href="https://github.com/ihalvorsen/blog/edit/main/content/posts/cron-to-systemd-timers.md" rel="noopener noreferrer edit"
target="_blank">Suggest Changes</a></div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hgH
  .map(
    (h) =>
      `<li><a href="#${h
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/-$/, '')}" aria-label="${h}">${h}</a></li>`,
  )
  .join('\n')}
</ul></div></details></div>
<div class="post-content">${hgIntro.map((p) => `<p>${p}</p>`).join('\n')}
${anchor(hgH[0])}<p>${hgWhy}</p><ul>${hgList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${anchor(hgH[1])}<p>${hgUnits[0]}</p>${code('ini', svc)}<p>${hgUnits[1]}</p>${code('ini', tmr)}<p>${hgUnits[2]}</p>
${anchor(hgH[2])}<p>${hgFail[0]}</p>${code('ini', ntfy)}<p>${hgFail[1]}</p>
${anchor(hgH[3])}${hgEnd.map((p) => `<p>${p}</p>`).join('\n')}
</div><footer class="post-footer"><ul class="post-tags">${hgTags.map((t) => `<li><a href="https://ingrid.example.net/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="https://ingrid.example.net/posts/router-mini-pc/"><span class="title">« Prev</span><br>
<span>Replacing my ISP router with a €90 mini PC</span></a><a class="next" href="https://ingrid.example.net/posts/nextcloud-one-year/">
<span class="title">Next »</span><br><span>A year of Nextcloud on a Raspberry Pi</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hgTitle} on x"
href="https://x.com/intent/tweet/?text=Moving%20my%20backups&amp;url=https%3a%2f%2fingrid.example.net%2fposts%2fcron-to-systemd-timers%2f"><svg viewBox="0 0
512 512"
height="30px" width="30px" fill="currentColor"><path d="M512 62.554v386.892"></path></svg></a></li><li><a target="_blank" rel="noopener noreferrer"
aria-label="share ${hgTitle} on mastodon" href="https://toot.kytta.dev/?text=Moving%20my%20backups"><svg viewBox="0 0 512 512"></svg></a></li></ul>
</footer><div class="giscus" data-repo="ihalvorsen/blog" data-mapping="pathname"></div>
<script src="https://giscus.app/client.js" data-repo="ihalvorsen/blog" data-category="Comments" crossorigin="anonymous" async></script>
</article></main>
<footer class="footer"><span>&#169; 2025 <a href="https://ingrid.example.net/">Notes from a small server</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/"
rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12 6"></svg></a>
<script>document.querySelectorAll("pre > code").forEach(e=>{const t=e.parentNode.parentNode,n=document.createElement("button");n.classList.add("copy-code"),
n.innerHTML="copy",t.classList.contains("highlight")&&t.appendChild(n)})</script>
</body></html>`;
export const hugoPost: TestPage = {
  html: blockBreaks(hgHtml),
  name: 'heldout67-hugo-personal-blog',
  kind: 'blog',
  // the post description under the title is body (a dek); the four h2s are the headings (their hidden "#" anchors in neither);
  // the list items are body, inline code kept in them; the three code blocks are in neither list; the date and "Ingrid
  // Halvorsen" in the post-meta line are bylines, its reading time, word count and "Suggest Changes" furniture; the table of
  // contents entries repeat the headings word for word: in neither list ("Table of Contents" is furniture); the tags
  // "systemd", "backups" and "restic" are body words (left out), the other two, prev/next, menu, breadcrumbs and footer are furniture;
  // the menu's "About", the breadcrumb "Home" and "Next »" are body words ("about three years", "my home server", "next to"): left out
  title: hgTitle,
  headings: [...hgH],
  body: [hgDesc, ...texts(hgIntro), ...texts([hgWhy]), ...texts(hgList), ...texts(hgUnits), ...texts(hgFail), ...texts(hgEnd)],
  bylines: ['September 21, 2025', 'Ingrid Halvorsen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Notes from a small server', 'Archive', 'Search', 'Tags', 'Posts', '4 min', '812 words', 'Suggest Changes', 'Table of Contents',
    'homelab', 'self-hosting', '« Prev', 'Replacing my ISP router with a €90 mini PC', 'A year of Nextcloud on a Raspberry Pi', '© 2025',
    'Powered by', 'Hugo', 'PaperMod',
  ],
};
