import { type TestPage, texts } from './page-kit.js';
import { chirpyPost } from './pages-heldout155-c2.js';

/**
 * Held-out batch 155, file c: a Hugo post with the Ananke theme (the cover header with site nav, social links, the title
 * repeated as a div and the description, the "POSTS" section label, share links, the h1, "By" line, date, reading time and
 * word count, the post text with Chroma code blocks, the tag pills, the "What's in this posts" table of contents and
 * "Related" aside, and the black footer) and, from file c2, a Jekyll post with the Chirpy theme and giscus comments.
 */
const huTitle = 'Moving our backups from cron to systemd timers';
const huDesc = 'Two years of silent cron failures, and the afternoon it took to stop them.';
const huP1 = [
  'For about two years the nightly backup of our small office file server ran from a line in root’s crontab. It worked, mostly. ' +
    'The trouble was that when it did not work, nobody knew. Cron mailed its output to a local mailbox that nobody read, and the ' +
    'first sign of a problem was usually someone asking for a file we did not have.',
  'Last month we moved the job to a systemd timer. It took an afternoon, and I wish we had done it years ago.',
];
const huH1 = 'What was wrong with cron';
const huP2 = [
  'Nothing, really, except that it does exactly what it says and no more. It starts a command at a time. If the machine is off ' +
    'at that time, the job does not run. If the command fails, cron does not care. And if the job is still running when the next ' +
    'one starts, you get two copies fighting over the same files, which is how we lost a week of backups in 2024.',
];
const huH2 = 'The service and the timer';
const huP3 = [
  'A systemd timer is two small files. The service says what to run; the timer says when. Ours look like this:',
  'The important line is Persistent=true. If the server was off at two in the morning, the backup runs as soon as it boots. ' +
    'RandomizedDelaySec spreads the start over fifteen minutes so that it does not land at the same moment as the database dump.',
  'Because a service unit can only have one running instance, the overlapping-job problem simply went away.',
];
const huCode1 = `[Unit]
Description=Nightly restic backup

[Service]
Type=oneshot
ExecStart=/usr/local/bin/backup.sh`;
const huCode2 = `[Timer]
OnCalendar=*-*-* 02:00:00
Persistent=true
RandomizedDelaySec=15min

[Install]
WantedBy=timers.target`;
const huH3 = 'Knowing when it fails';
const huP4 = [
  'This was the real reason for the move. We added an OnFailure= line to the service that starts a tiny unit which posts a ' +
    'message to the office chat. Now a failed backup is announced the next morning, in the channel everyone already reads.',
  'The journal keeps the output of every run too, so <code>journalctl -u backup.service</code> shows what happened without ' + 'digging through log files.',
];
const huH4 = 'Would I go back?';
const huP5 = [
  'No. Cron is fine for a quick job on a laptop, but for anything we would miss if it stopped, timers are better in every way ' +
    'that matters to us: they catch up after downtime, they do not overlap, and they tell us when something breaks.',
];
const huNav = ['Posts', 'Notes', 'About'];
const huTags = ['linux', 'backups', 'systemd'];
const huRelated = ['Restic, three years on', 'Labelling cables is not optional', 'A cheap UPS for a small office'];
const pre = (lang: string, code: string): string => `<div class="highlight"><pre tabindex="0" style="color:#f8f8f2;background-color:#272822;-moz-tab-size:4;
-o-tab-size:4;tab-size:4;"><code class="language-${lang}" data-lang="${lang}">${code
  .split('\n')
  .map((l) => `<span style="display:flex;"><span>${l}\n</span></span>`)
  .join('')}</code></pre></div>`;
const social = (
  net: string,
  label: string,
): string => `<a href="https://share.example/${net}" class="ananke-social-link ${net} no-underline" aria-label="${label}">
<span class="icon"><svg style="enable-background:new 0 0 67 67;" version="1.1" viewBox="0 0 67 67"><path
d="M28.765,50.32h6.744V33.998h4.499l0.596-5.624"/></svg></span></a>`;
const huHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${huTitle} | Server Cupboard</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="${huDesc}"><meta name="generator" content="Hugo 0.139.3">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical"
href="https://servercupboard.example/posts/cron-to-systemd-timers/">
<meta property="og:url" content="https://servercupboard.example/posts/cron-to-systemd-timers/"><meta property="og:site_name" content="Server Cupboard">
<meta property="og:title" content="${huTitle}"><meta property="og:description" content="${huDesc}"><meta property="og:type" content="article">
<meta property="article:section" content="posts"><meta property="article:published_time" content="2025-11-18T20:14:00+00:00">
<meta property="article:tag" content="Linux"><meta itemprop="wordCount" content="642"><meta name="twitter:card" content="summary_large_image"></head>
<body class="ma0 avenir bg-near-white production">
<header class="cover bg-top" style="background-image: url('https://servercupboard.example/images/rack.jpg');"><div class="bg-black-60">
<nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline
white-90 dib">
Server Cupboard</a><div class="flex-l items-center"><ul class="pl0 mr3">
${huNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t}
page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials">${social('mastodon', 'follow on Mastodon——Opens in a new window')}
${social('github', 'follow on GitHub——Opens in a new window')}</div>
</div></div></nav><div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${huTitle}</div>
<p class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">${huDesc}</p></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Posts</aside><div id="sharing" class="mt3 ananke-socials">${social('email', 'share on Email')}
${social('bluesky', 'share on Bluesky')}${social('linkedin', 'share on LinkedIn')}</div>
<h1 class="f1 athelas mt3 mb1">${huTitle}</h1><p class="tracked">By <strong>Aled Morgan</strong></p>
<time class="f6 mv4 dib tracked" datetime="2025-11-18T20:14:00Z">November 18, 2025</time><span class="f6 mv4 dib tracked"> - 4 minutes read</span>
<span class="f6 mv4 dib tracked"> - 642 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${huP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="what-was-wrong-with-cron">${huH1}</h2>
${huP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="the-service-and-the-timer">${huH2}</h2>
<p>${huP3[0]}</p>
${pre('ini', huCode1)}
${pre('ini', huCode2)}
${huP3
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<h2 id="knowing-when-it-fails">${huH3}</h2>
${huP4.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="would-i-go-back">${huH4}</h2>
${huP5.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="pa0">${huTags
  .map((t) => `<li class="list di"><a href="/tags/${t}/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">${t}</a></li>`)
  .join('\n')}</ul><div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this posts</p>
<nav id="TableOfContents"><ul>${[huH1, huH2, huH3, huH4].map((h) => `<li><a href="#${h.length}">${h}</a></li>`).join('\n')}</ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">
${huRelated.map((t, i) => `<li class="mb2"><a href="/posts/related-${i}/">${t}</a></li>`).join('\n')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns
pv2 ph3"
href="https://servercupboard.example/">© Server Cupboard 2025</a><div><div
class="ananke-socials">${social('mastodon', 'follow on Mastodon——Opens in a new window')}
</div></div></div></footer></body></html>`;
const hugoAnanke: TestPage = {
  html: huHtml,
  name: 'heldout155-hugo-ananke-blog',
  kind: 'blog',
  // the description under the cover title is a dek (body); the cover repeats the title; the "By" line, date, reading time
  // and word count are bylines; the section label, tags, the table of contents label (its entries repeat the headings and
  // are left out), "Related", nav and footer are furniture; code blocks are in neither list
  title: huTitle,
  headings: [huH1, huH2, huH3, huH4],
  body: [huDesc, ...huP1, ...huP2, ...huP3, ...texts(huP4), ...huP5],
  bylines: ['By Aled Morgan', 'November 18, 2025', '- 4 minutes read', '- 642 words'],
  furniture: ['Server Cupboard', ...huNav, ...huTags, "What's in this posts", 'Related', ...huRelated, '© Server Cupboard 2025'],
};

export const HELDOUT155_C: readonly TestPage[] = [hugoAnanke, chirpyPost];
