import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout702-kit.js';

/**
 * Held-out batch 702, file b: a company engineering blog post on Hugo (custom theme: summary under the h1, date / reading time
 * meta, authors line, Hugo's TableOfContents in a sticky aside, Chroma code, a results table, tags, share links, author box,
 * hiring box, related posts, prev / next), and a post on DEV Community (Forem: reaction sidebar, cover, tags, comment tree
 * with replies, author card, "More from" rail, "Read next", long footer).
 */
const hTitle = 'How we cut our CI test stage from 41 minutes to 12';
const hDek = 'Splitting test files evenly by count left one runner doing a third of the work. Splitting them by recorded duration fixed it.';
const hHeads = [
  'Where the time went',
  'Step 1: shard by recorded duration',
  'Step 2: split the heaviest files',
  'Step 3: stop starting databases',
  'What we would do differently',
];
const hIntro = [
  j(
    'Our main monorepo has about 14,000 backend tests spread over 1,900 files. For most of last year a pull request waited 41',
    'minutes, on the median, for the test stage to go green, and engineers had stopped waiting: they pushed, switched to something',
    'else and came back an hour later to a failure whose context they had long forgotten.',
  ),
  'This post describes the three changes that brought the median down to 12 minutes, in the order we made them, with the numbers from each step.',
];
const hTime = [
  j(
    'The test stage already ran on 16 parallel runners. Each runner took every sixteenth test file from a sorted list, which gave',
    'every runner about the same number of files. It did not give them the same amount of work.',
  ),
  j(
    'When we pulled the per-file durations from a month of CI logs, the spread was dramatic. The slowest 2 percent of files',
    'accounted for 38 percent of total test time, mostly integration tests that start a database container. Whichever runner',
    'drew the two or three heaviest files set the pace for the whole build. A typical build looked like this:',
  ),
];
const hRows = [
  ['Runner', 'Files', 'Wall time'],
  ['Fastest', '119', '6 min 40 s'],
  ['Median', '119', '14 min 05 s'],
  ['Slowest', '118', '39 min 12 s'],
];
const hStep1 = j(
  'We started recording the duration of every test file on the main branch into a small JSON file that CI uploads as an artifact.',
  'At the start of each build, a 60-line script downloads the latest timings and assigns files to runners with a greedy',
  'longest-first algorithm: sort the files by duration, then give each file to the runner with the least total time so far.',
);
const hCodeLines = [
  '<span class="k">def</span> <span class="nf">assign</span>(files, timings, runners):',
  '    buckets <span class="o">=</span> [(<span class="mf">0.0</span>, i, []) <span class="k">for</span> i <span class="ow">in</span> range(runners)]',
  '    <span class="k">for</span> f <span class="ow">in</span> sorted(files, key<span class="o">=</span><span class="k">lambda</span> f: <span' +
    ' class="o">-</span>timings.get(f, DEFAULT)):',
  '        total, i, names <span class="o">=</span> heapq<span class="o">.</span>heappop(buckets)',
  '        names<span class="o">.</span>append(f)',
  '        heapq<span class="o">.</span>heappush(buckets, (total <span class="o">+</span> timings<span class="o">.</span>get(f, DEFAULT), i, names))',
  '    <span class="k">return</span> [names <span class="k">for</span> _, _, names <span class="ow">in</span> sorted(buckets, key<span' +
    ' class="o">=</span><span class="k">lambda</span> b: b[<span class="mi">1</span>])]',
];
const hCode = hCodeLines.map((l) => `<span class="line"><span class="cl">${l}\n</span></span>`).join('');
const hStep1b = j(
  'New test files that have no timing yet get the median duration, which is close enough for a single build. That change alone',
  'brought the median test stage from 41 minutes to 22.',
);
const hStep2 = j(
  'Greedy assignment cannot help when a single file takes longer than the target time per runner. Three of our integration test',
  'files ran for more than nine minutes each. We split them along the lines of the features they covered, which was overdue',
  'anyway, and the longest file now takes just under four minutes. The median went from 22 minutes to 17.',
);
const hNote = j(
  '<strong>Note:</strong> if your suite runs on pytest, the open-source <code>pytest-ledgersplit</code> plugin does the same',
  'duration-based split with less code than ours. We wrote our own because half of our tests still run under a home-grown runner.',
);
const hStep3 = [
  j(
    'The last change was the least clever and the most effective. Every integration test file started its own PostgreSQL container,',
    'which took between 6 and 11 seconds on our runners. We moved to one container per runner, with each test file getting a fresh',
    'database created from a template, which takes about 80 milliseconds.',
  ),
  j(
    'That took the median from 17 minutes to 12, and cut our monthly CI bill by about a fifth, because runners spend less time idle',
    'while containers start.',
  ),
];
const hDiff = [
  'Record timings from the start. The script was easy; the month of history we had to reconstruct from logs was not.',
  'Look at the slowest file before anything else. One file set our ceiling for a year.',
  'Track the 90th percentile as well as the median. Ours fell from 58 minutes to 19, and that is what engineers noticed.',
];
const hEnd = j(
  'The timing script and the database template helper are both in our open-source <a href="https://github.com/parcelwise/ci-kit">',
  'ci-kit</a> repository. If you try them, we would like to hear how it goes.',
);
const hNav = ['Engineering', 'Open Source', 'Careers', 'parcelwise.com'];
const hTags = ['ci', 'testing', 'performance', 'postgres'];
const hRelated = ['Moving 400 engineers to a merge queue', 'Flaky tests are a product problem', 'Our Postgres upgrade, one replica at a time'];
const hBio = j(
  'Anouk de Smedt leads the developer productivity team at Parcelwise. Before that she built routing software for a bicycle',
  'courier co-operative in Ghent.',
);
const hHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.128.0"><title>${hTitle} · Parcelwise Engineering</title>
<meta name="description" content="${hDek}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-18T08:00:00+01:00"><meta property="article:tag" content="ci">
<link rel="canonical" href="https://engineering.parcelwise.com/posts/ci-41-to-12/">
<link rel="stylesheet" href="/css/main.min.5d1c2f0e.css" integrity="sha256-XXXX" crossorigin="anonymous">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":[{"@type":"Person","name":"Anouk de Smedt"}],"datePublished":"2027-03-18T08:00:00+01:00","wordCount":1043}</script>
<script>window.plausible=window.plausible||function(){(window.plausible.q=window.plausible.q||[]).push(arguments)}</script>
<script defer data-domain="engineering.parcelwise.com" src="https://plausible.io/js/script.js"></script></head>
<body class="page-post"><a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><div class="container"><a class="site-title" href="/"><img src="/img/parcelwise-mark.svg" alt="" width="28">
<span>Parcelwise Engineering</span></a><nav class="site-nav" aria-label="Main"><ul>${links(hNav, 'site-nav__item')}</ul></nav>
<button class="theme-toggle" aria-label="Toggle dark mode"><svg aria-hidden="true"></svg></button></div></header>
<main id="content" class="container post-layout"><article class="post h-entry">
<header class="post-header"><h1 class="post-title p-name">${hTitle}</h1><p class="post-summary p-summary">${hDek}</p>
<div class="post-meta"><time class="dt-published" datetime="2027-03-18T08:00:00+01:00">March 18, 2027</time>
<span class="sep" aria-hidden="true">·</span> <span class="reading-time">7 min read</span></div>
<div class="post-authors"><img class="avatar" src="/img/authors/anouk.jpg" alt="" width="32"><span class="p-author h-card">
<a href="/authors/anouk-de-smedt/">Anouk de Smedt</a></span>, <span class="author-role">Staff Engineer, Developer Productivity</span></div>
</header>
<div class="post-body e-content">
${ps(hIntro)}
<h2 id="where-the-time-went">${at(hHeads, 0)}</h2>
${ps(hTime)}
<table><thead><tr>${hRows[0]?.map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>${hRows
  .slice(1)
  .map((r) => `<tr>${r.map((c, i) => `<td${i > 0 ? ' style="text-align:right"' : ''}>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<h2 id="step-1-shard-by-recorded-duration">${at(hHeads, 1)}</h2>
<p>${hStep1}</p>
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-python" data-lang="python">${hCode}</code></pre></div>
<p>${hStep1b}</p>
<h2 id="step-2-split-the-heaviest-files">${at(hHeads, 2)}</h2>
<p>${hStep2}</p>
<div class="callout callout--note"><p>${hNote}</p></div>
<h2 id="step-3-stop-starting-databases">${at(hHeads, 3)}</h2>
${ps(hStep3)}
<figure class="post-figure"><img src="/posts/ci-41-to-12/median.png" alt="Median test stage duration by week">
<figcaption>Median test stage duration per week, January to March 2027.</figcaption></figure>
<h2 id="what-we-would-do-differently">${at(hHeads, 4)}</h2>
<ul>${lis(hDiff)}</ul>
<p>${hEnd}</p>
</div>
<footer class="post-footer"><ul class="post-tags">${hTags.map((t) => `<li><a href="/tags/${t}/">#${t}</a></li>`).join('')}</ul>
<div class="share"><span class="share__label">Share this post</span>
<a href="https://x.com/intent/tweet?url=https%3A%2F%2Fengineering.parcelwise.com%2Fposts%2Fci-41-to-12%2F">X</a>
<a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fengineering.parcelwise.com%2Fposts%2Fci-41-to-12%2F">LinkedIn</a>
<button class="share__copy" data-url="https://engineering.parcelwise.com/posts/ci-41-to-12/">Copy link</button></div>
<section class="author-box"><img src="/img/authors/anouk.jpg" alt="" width="64"><div><h3 class="author-box__name">About Anouk de Smedt</h3>
<p>${hBio}</p></div></section>
<section class="hiring"><h3>We’re hiring</h3><p>Join the team that keeps 400 engineers shipping.</p>
<a class="button" href="https://parcelwise.com/careers/">See open roles</a></section></footer></article>
<aside class="post-toc" aria-label="Table of contents"><h2 class="post-toc__title">On this page</h2><nav id="TableOfContents"><ul>
${hHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</a></li>`).join('\n')}</ul></nav></aside>
<section class="related"><h2>Related posts</h2><ul>${links(hRelated, 'related__item')}</ul></section>
<nav class="post-nav"><a class="post-nav__prev" href="/posts/merge-queue/"><span class="post-nav__label">← Older post</span>
<span class="post-nav__title">Moving 400 engineers to a merge queue</span></a>
<a class="post-nav__next" href="/posts/feature-flags-cleanup/"><span class="post-nav__label">Newer post →</span>
<span class="post-nav__title">Deleting 2,000 feature flags without breaking anything</span></a></nav></main>
<footer class="site-footer"><div class="container"><p>© 2027 Parcelwise B.V. · <a href="https://parcelwise.com/privacy/">Privacy</a> ·
<a href="/index.xml">RSS</a></p><p class="built-with">Built with <a href="https://gohugo.io/">Hugo</a></p></div></footer>
<script src="/js/main.min.8a1f.js" defer></script></body></html>`;
const hugo: TestPage = gold({
  name: 'heldout702-hugo-ci-sharding',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hDek, ...hIntro, ...hTime, ...hRows.map((r) => r.join(' ')), hStep1, hCode, hStep1b, hStep2, hNote, ...hStep3, ...hDiff, hEnd]),
  bylines: ['March 18, 2027', '7 min read', 'Anouk de Smedt', 'Staff Engineer, Developer Productivity'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Parcelwise Engineering', ...hNav, 'Median test stage duration per week, January to March 2027.',
    ...hTags.map((t) => `#${t}`), 'Share this post', 'X', 'LinkedIn', 'Copy link', 'About Anouk de Smedt', hBio, 'We’re hiring',
    'Join the team that keeps 400 engineers shipping.', 'See open roles', 'On this page', ...hHeads, 'Related posts', ...hRelated,
    '← Older post', 'Newer post →', 'Deleting 2,000 feature flags without breaking anything', '© 2027 Parcelwise B.V. · Privacy · RSS',
    'Built with Hugo',
  ],
});

const dTitle = 'I replaced 900 lines of Bash with a 200-line Rust CLI. Here is what I learned';
const dTags = ['rust', 'cli', 'devops', 'productivity'];
const dHeads = ['Why not just clean up the Bash?', 'The shape of the new tool', 'What surprised me', 'Would I do it again?'];
const dIntro = [
  j(
    'Our team has a deploy helper. It started life in 2021 as a twelve-line shell script that tagged a Docker image and pushed it.',
    'By this January it was 900 lines of Bash spread over six files, with its own argument parser, a retry loop nobody remembered',
    'writing, and a comment at the top that said <code>DO NOT TOUCH THE QUOTING</code>.',
  ),
  j(
    'Last month I rewrote it in Rust. The new version is about 200 lines plus dependencies. This is not a “Rust is better than',
    'Bash” post: Bash was the right choice for years. It is a post about when it stopped being the right choice, and what',
    'surprised me in the rewrite.',
  ),
];
const dWhy = 'I tried. The trouble was never the length; it was three things Bash is bad at:';
const dWhyList = [
  'Parsing JSON from our registry API (we were piping through <code>jq</code> in nine places)',
  'Error handling that survives a pipeline (<code>set -o pipefail</code> only gets you so far)',
  'Running on the two laptops on the team that still had Bash 3.2',
];
const dShape = j(
  'The CLI has four subcommands: <code>build</code>, <code>push</code>, <code>promote</code> and <code>rollback</code>. I used',
  'clap for argument parsing, reqwest with the blocking feature for the registry API, and anyhow for errors. No async: the tool',
  'makes at most a dozen HTTP requests and I did not want to think about a runtime.',
);
const dCode = `<span class="nd">#[derive(Parser)]</span>
<span class="nd">#[command(name = </span><span class="s">"shipit"</span><span class="nd">, version)]</span>
<span class="k">struct</span> <span class="nc">Cli</span> {
    <span class="nd">#[command(subcommand)]</span>
    cmd: <span class="n">Cmd</span>,
}

<span class="nd">#[derive(Subcommand)]</span>
<span class="k">enum</span> <span class="nc">Cmd</span> {
    Build { <span class="nd">#[arg(long)]</span> tag: <span class="nb">Option</span>&lt;<span class="nb">String</span>&gt; },
    Push,
    Promote { env: <span class="nb">String</span> },
    Rollback { env: <span class="nb">String</span>, <span class="nd">#[arg(long, default_value_t = 1)]</span> steps: <span class="kt">u32</span> },
}`;
const dShape2 = j(
  'Having the whole interface in one enum turned out to be the biggest win. The old script accepted <code>--env</code> in some',
  'subcommands and <code>-e</code> in others, and nobody knew which. Now the help text is generated from the same definition',
  'the code uses, so the two cannot drift apart.',
);
const dSurprise = 'Three things, in order of how much time they cost me:';
const dSurpriseList = [
  j(
    '<strong>Cross-compiling</strong> for the two Intel Macs on the team took longer than writing the tool. I ended up building',
    'them in CI on a separate macOS runner rather than fighting the linker locally.',
  ),
  j(
    '<strong>Shelling out is fine.</strong> I kept calling <code>docker</code> as a subprocess instead of using a Docker API crate,',
    'and the code is simpler for it.',
  ),
  j(
    '<strong>Error messages</strong> got much better almost for free. With anyhow’s <code>.context()</code> every failure now says',
    'what it was doing, not just <code>exit code 1</code>.',
  ),
];
const dAgain = [
  j(
    'Yes, but I would do it sooner. The rule of thumb I have settled on: once a script needs a second file or parses JSON, it is',
    'a program, and it deserves a language with types and tests.',
  ),
  'The code is on our company GitHub if you want to borrow the structure. Questions welcome in the comments!',
];
type Comment = { user: string; date: string; text: string; likes: string; depth: number };
const dComments: Comment[] = [
  {
    user: 'Mira Horgan',
    date: 'Apr 3',
    text: 'The bit about shelling out to docker is underrated. Every time I have used an API client crate for Docker I regretted it within a week.',
    likes: '6',
    depth: 0,
  },
  {
    user: 'Kalindu Perera',
    date: 'Apr 3',
    text: 'Same experience! The subprocess version is also much easier to debug, you can copy the exact command from the logs.',
    likes: '2',
    depth: 1,
  },
  {
    user: 'Tobiah Renner',
    date: 'Apr 4',
    text: 'Did you consider Go for this? Cross-compiling is a lot less painful there, and the team might already know it.',
    likes: '1',
    depth: 0,
  },
];
const dComment = (c: Comment, i: number): string => `<details class="comment-wrapper js-comment-wrapper comment-wrapper--deep-${c.depth}" open>
<summary aria-label="Toggle this comment (and replies)" data-tree-nav="true"><span class="inline-block align-middle mx-4">
<img class="crayons-avatar__image" src="https://media.dev.to/cdn-cgi/image/width=50/avatar-${i}.png" alt="${c.user} profile image"></span></summary>
<div id="comment-node-${2310 + i}" class="comment single-comment-node root comment--deep-${c.depth}" data-comment-id="${2310 + i}">
<div class="comment__inner"><div class="comment__details"><div class="comment__content crayons-card"><div class="comment__header">
<a href="/u${i}" class="crayons-link crayons-link--secondary flex items-center fw-medium"><span class="js-comment-username">${c.user}</span></a>
<span class="color-base-30 px-2" role="presentation">•</span>
<a href="/kalindu/comment/2a9${i}" class="comment-date crayons-link crayons-link--secondary fs-s"><time datetime="2027-04-0${3 + i}T10:11:00Z"
class="date-no-year">${c.date}</time></a></div>
<div class="comment__body text-styles text-styles--secondary body"><p>${c.text}</p></div></div>
<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left reaction-like">
<span class="reactions-count">${c.likes}</span>&nbsp;<span class="reactions-label">${c.likes === '1' ? 'like' : 'likes'}</span></button>
<button class="crayons-btn crayons-btn--ghost crayons-btn--s comment-reply">Reply</button></footer></div></div></div></details>`;
const dMore = ['Error handling in Rust CLIs without losing your mind', 'Five clap features I wish I had known about earlier'];
const dRead = ['Why our platform team banned YAML anchors', 'Writing a tiny container runtime in 300 lines of Go'];
const dFoot = ['Home', 'Podcasts', 'Videos', 'Tags', 'DEV Help', 'Advertise on DEV', 'About', 'Contact', 'Code of Conduct', 'Privacy Policy', 'Terms of use'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - DEV Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
<meta name="description" content="Our team has a deploy helper. It started life in 2021 as a twelve-line shell script.">
<meta name="keywords" content="rust, cli, devops, productivity"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<meta property="og:site_name" content="DEV Community"><link rel="canonical"
href="https://dev.to/kalindu/i-replaced-900-lines-of-bash-with-a-200-line-rust-cli-4k2p">
<link rel="stylesheet" href="https://assets.dev.to/assets/minimal-044d8f2.css" media="all" id="main-minimal-stylesheet">
<meta name="environment" content="production"><meta name="head-cached-at" content="1806912000">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${dTitle}",
"author":{"@type":"Person","name":"Kalindu Perera"},"datePublished":"2027-04-02T06:12:44Z"}</script></head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-community-name="DEV Community">
<div id="body-styles"><style>:root{--accent-brand:#3b49df;}</style></div>
<header class="crayons-header print-hidden"><a href="#main-content" class="skip-content-link">Skip to content</a>
<div class="crayons-header__container"><span class="truncate-at-2 hidden m:block"></span>
<a href="/" class="site-logo" aria-label="DEV Community Home"><svg class="site-logo__img" aria-hidden="true"></svg></a>
<div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search">
<div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input class="crayons-header--search-input crayons-textfield"
type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term">
<button type="submit" aria-label="Search" class="crayons-header--search-icon crayons-btn crayons-btn--s crayons-btn--icon"><svg></svg></button>
<a class="crayons-header--search-brand-indicator" href="https://www.algolia.com/developers">Powered by Algolia</a></div></div></form></div>
<div class="flex items-center h-100 ml-auto"><span class="hidden m:block"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap">Log in</a></span>
<a href="/enter?state=new-user" class="c-cta c-cta--branded whitespace-nowrap mr-2">Create account</a></div></div></header>
<div id="page-content" class="wrapper stories stories-show articletag-rust" data-current-page="stories-show">
<div id="page-content-inner"><main id="main-content" class="crayons-layout crayons-layout--3-cols crayons-layout--article">
<aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden">
<div class="crayons-article-actions__inner"><button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger" class="crayons-reaction pseudo-reaction">
<span class="crayons-reaction__icon"><svg aria-hidden="true"></svg></span><span class="crayons-reaction__count" id="reaction_total_count">57</span></button>
<button id="reaction-butt-comment" aria-label="Jump to Comments" class="crayons-reaction crayons-reaction--comment">
<span class="crayons-reaction__icon"><svg aria-hidden="true"></svg></span><span class="crayons-reaction__count" id="reaction-number-comment">12</span></button>
<button id="reaction-butt-readinglist" aria-label="Add to reading list" class="crayons-reaction crayons-reaction--readinglist">
<span class="crayons-reaction__icon"><svg aria-hidden="true"></svg></span><span class="crayons-reaction__count"
id="reaction-number-readinglist">31</span></button>
<div id="mod-actions-menu-btn-area" class="print-hidden"></div><div class="align-center m:relative">
<button id="article-show-more-button" aria-controls="article-show-more-dropdown" aria-expanded="false" class="dropbtn crayons-btn crayons-btn--ghost-dimmed
crayons-btn--icon" aria-label="Share post options"><svg aria-hidden="true"></svg></button>
<div id="article-show-more-dropdown" class="crayons-dropdown side-bar left-2 right-2 m:right-auto m:left-100 s:left-auto mb-1 m:mb-0 top-unset bottom-100">
<div><button id="copy-post-url-button" class="flex justify-between crayons-link crayons-link--block w-100 bg-transparent border-0"
data-postUrl="https://dev.to/kalindu/i-replaced-4k2p"><span class="fw-bold">Copy link</span></button></div>
<div class="Desktop-only"><a target="_blank" class="crayons-link crayons-link--block" href="https://x.com/intent/tweet">Share to X</a>
<a target="_blank" class="crayons-link crayons-link--block" href="https://www.linkedin.com/shareArticle">Share to LinkedIn</a>
<a target="_blank" class="crayons-link crayons-link--block" href="https://www.facebook.com/sharer.php">Share to Facebook</a>
<a target="_blank" class="crayons-link crayons-link--block" href="https://toot.kytta.dev/">Share to Mastodon</a></div>
<a href="/report-abuse" class="crayons-link crayons-link--block">Report Abuse</a></div></div></div></div></aside>
<div class="crayons-layout__content"><article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="1893211"
data-article-slug="i-replaced-900-lines-of-bash-with-a-200-line-rust-cli-4k2p" data-published="true">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover">
<img src="https://media.dev.to/cdn-cgi/image/width=1000/cover-4k2p.png" width="1000" height="420" class="crayons-article__cover__image"
alt="Cover image for I replaced 900 lines of Bash with a 200-line Rust CLI"></div>
<div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions"></div>
<div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/kalindu"><img class="radius-full align-middle" width="40" height="40"
src="https://media.dev.to/avatar-kalindu.png" alt="Kalindu Perera"></a></div><div class="pl-3 flex-1">
<a href="/kalindu" class="crayons-link fw-bold">Kalindu Perera</a>
<p class="fs-xs color-base-60">Posted on <time datetime="2027-04-02T06:12:44Z" class="date-no-year">Apr 2</time></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dTitle}</h1>
<div class="spec__tags flex flex-wrap">${dTags
  .map((t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t}"><span class="crayons-tag__prefix">#</span>${t}</a>`)
  .join('\n')}</div></div></header>
<div class="crayons-article__main "><div class="crayons-article__body text-styles spec__body" data-article-id="1893211" id="article-body">
${ps(dIntro)}
<h2><a name="why-not-just-clean-up-the-bash" href="#why-not-just-clean-up-the-bash"></a>${at(dHeads, 0)}</h2>
<p>${dWhy}</p>
<ul>${lis(dWhyList)}</ul>
<h2><a name="the-shape-of-the-new-tool" href="#the-shape-of-the-new-tool"></a>${at(dHeads, 1)}</h2>
<p>${dShape}</p>
<div class="highlight js-code-highlight"><pre class="highlight rust"><code>${dCode}
</code></pre><div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action">
<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-on">
<title>Enter fullscreen mode</title><path d="M16 3h6v6h-2V5h-4V3z"></path></svg>
<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-off">
<title>Exit fullscreen mode</title><path d="M18 7h4v2h-6V3h2v4z"></path></svg></div></div></div>
<p>${dShape2}</p>
<h2><a name="what-surprised-me" href="#what-surprised-me"></a>${at(dHeads, 2)}</h2>
<p>${dSurprise}</p>
<ol>${lis(dSurpriseList)}</ol>
<h2><a name="would-i-do-it-again" href="#would-i-do-it-again"></a>${at(dHeads, 3)}</h2>
${ps(dAgain)}
</div></div>
<section id="comments" data-follow-button-container="true" data-updated-at="2027-04-05 09:14:02 UTC"
class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10"><header class="relative flex justify-between items-center mb-6">
<div class="flex items-center"><h2 class="crayons-subtitle-1">Top comments (12)</h2></div>
<div id="comment-subscription" class="print-hidden"><button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header>
<div id="comment-trees-container" class="comments">${dComments.map(dComment).join('\n')}</div>
<div class="align-center m:p-6 p-4"><p class="fs-s">Some comments may only be visible to logged-in visitors.
<a href="/enter" class="crayons-link crayons-link--brand fw-medium">Sign in</a> to view all comments.</p></div>
<div class="crayons-notice--info text-center p-4 fs-s"><a href="/code-of-conduct">Code of Conduct</a> • <a href="/report-abuse">Report abuse</a></div>
</section></article>
<div class="crayons-card crayons-card--secondary p-4"><h2 class="crayons-subtitle-1">Read next</h2>
<ul>${links(dRead, 'crayons-story')}</ul></div></div>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word"
id="article-show-primary-sticky-nav"><div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid">
<div class="-mt-4"><a href="/kalindu" class="flex"><span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0">
<img src="https://media.dev.to/avatar-kalindu.png" class="crayons-avatar__image" alt=""></span>
<span class="crayons-link crayons-subtitle-2 mt-5">Kalindu Perera</span></a></div>
<div class="print-hidden"><button class="crayons-btn follow-action-button whitespace-nowrap w-100">Follow</button></div>
<div class="color-base-70">Platform engineer at Helabyte. I write tools so nobody has to SSH into anything.</div>
<div class="user-metadata-details"><ul class="user-metadata-details-inner">
<li><div class="key">Location</div><div class="value">Colombo, Sri Lanka</div></li>
<li><div class="key">Work</div><div class="value">Platform Engineer at Helabyte</div></li>
<li><div class="key">Joined</div><div class="value"><time datetime="2021-08-14T09:00:00Z" class="date">Aug 14, 2021</time></div></li></ul></div></div>
<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from
<a class="crayons-link" href="/kalindu">Kalindu Perera</a></h3></header><div>${dMore
  .map(
    (t) => `<a href="/kalindu/x" class="crayons-link crayons-link--contentful"><span>${t}</span>
<div class="crayons-link--contentful__tags"><span class="crayons-tag crayons-tag--monochrome">#rust</span></div></a>`,
  )
  .join('\n')}</div></div></div></aside></main></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container">
<ul class="footer__nav-links flex flex-wrap justify-center">${links(dFoot)}</ul>
<p class="fs-s crayons-footer__description"><a class="c-link fw-medium" href="/">DEV Community</a> — A constructive and inclusive social network
for software developers. With you every step of your journey.</p>
<div class="fs-s footer__branding"><p>Built on <a class="c-link fw-medium" href="https://www.forem.com">Forem</a> — the
<a target="_blank" rel="noopener" class="c-link fw-medium" href="https://dev.to/t/opensource">open source</a> software that powers
<a class="c-link fw-medium" href="https://dev.to">DEV</a> and other inclusive communities.</p>
<p>Made with love and <a class="c-link fw-medium" href="https://dev.to/t/rails">Ruby on Rails</a>. DEV Community <span title="copyright">©</span>
2016 - 2027.</p></div></div></footer>
<script src="https://assets.dev.to/assets/base-5a2f.js" defer></script></body></html>`;
const forem: TestPage = gold({
  name: 'heldout702-devto-bash-to-rust',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dIntro, dWhy, ...dWhyList, dShape, dCode, dShape2, dSurprise, ...dSurpriseList, ...dAgain]),
  bylines: ['Kalindu Perera', 'Posted on Apr 2', ...dComments.flatMap((c) => [c.user, c.date])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Powered by Algolia', 'Log in', 'Create account', '57', '12', '31', 'Copy link', 'Share to X', 'Share to LinkedIn',
    'Share to Facebook', 'Share to Mastodon', 'Report Abuse', ...dTags.map((t) => `#${t}`), 'Enter fullscreen mode', 'Exit fullscreen mode',
    'Top comments (12)', 'Subscribe', ...dComments.flatMap((c) => [c.text, `${c.likes} ${c.likes === '1' ? 'like' : 'likes'}`]), 'Reply',
    'Some comments may only be visible to logged-in visitors. Sign in to view all comments.', 'Code of Conduct • Report abuse',
    'Read next', ...dRead, 'Follow', 'Platform engineer at Helabyte. I write tools so nobody has to SSH into anything.', 'Location',
    'Colombo, Sri Lanka', 'Work', 'Platform Engineer at Helabyte', 'Joined', 'Aug 14, 2021', 'More from Kalindu Perera', ...dMore,
    ...dFoot, 'DEV Community — A constructive and inclusive social network for software developers. With you every step of your journey.',
    'Built on Forem — the open source software that powers DEV and other inclusive communities.',
    'Made with love and Ruby on Rails. DEV Community © 2016 - 2027.',
  ],
});

export const HELDOUT702_B: readonly TestPage[] = [hugo, forem];
