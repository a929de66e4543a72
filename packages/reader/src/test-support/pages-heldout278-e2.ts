import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';

/**
 * Held-out batch 278, file e2: a research lab's blog post on the Jekyll al-folio theme (Bootstrap navbar, post header with
 * date and authors, year and tag links, table of contents, body with code, a table and a list, figure with caption,
 * "Enjoy Reading This Article?" related posts, giscus comments mount, footer with the theme credit).
 */
const title = 'What we learned from a year of automated light-sheet imaging';
const secs: [string, string[]][] = [
  [
    'Why automate?',
    [
      j(
        'When we set up our light-sheet microscope in early 2025, every fish larva was mounted, aligned and imaged by hand.',
        'A good day produced eight samples. By the end of the year the same instrument was imaging up to 60 larvae overnight',
        'with nobody in the room. This post collects what worked, what did not, and what we would tell another lab starting out.',
      ),
      j(
        'The main bottleneck was not the microscope but the humans operating it. Manual mounting in agarose is slow, and each of us did it a',
        'little differently, which showed up as variation in the data that had nothing to do with biology.',
      ),
    ],
  ],
  [
    'The pipeline',
    [
      j(
        'Larvae are now loaded into fluorinated ethylene propylene tubes by a syringe pump, and a small Python service drives',
        'the stage, detects the head of each larva in a low-resolution preview and then triggers the full acquisition. The core',
        'loop is short:',
      ),
      j('Everything is logged to a SQLite file so that a failed night can be resumed from the last good sample instead of', 'starting over.'),
    ],
  ],
  ['Numbers after twelve months', [j('The table compares the last three months of manual imaging with the last three months of automated runs.')]],
  [
    'Lessons',
    [
      'A few things we would do again, and a few we would not:',
      j(
        'The code and the tube holder designs are on our repository, and we are happy to help anyone who wants to adapt them.',
        'Drop us a line if you try it.',
      ),
    ],
  ],
];
const lessons = [
  'Spend the first month on sample loading, not on software. A reliable mount fixes more problems than clever code.',
  'Keep a human check of the first sample every night; one bad alignment can waste a whole run.',
  'Do not trust autofocus on the first frame. We now average three preview stacks before choosing the focal plane.',
  'Budget for storage early. We went from 2 to 38 terabytes in a year.',
];
const code = `for larva in queue:
    preview = stage.scan(larva.position, resolution="low")
    head = detect_head(preview)
    stage.move_to(head.offset)
    acquire_stack(larva.id, planes=400, exposure_ms=15)`;
const furn = [
  'Toggle navigation',
  'about',
  'blog',
  'publications',
  'people',
  'repositories',
  'Contents',
  'Figure 1. A larva in its tube holder; the preview outline (red) is used to find the head.',
  'Enjoy Reading This Article?',
  'Here are some more articles you might like to read next:',
  'Our first preprint is out: lateral line regeneration in 3D',
  'Building a cheap incubator for imaging days',
  'Welcome, new students of 2025',
  '© Copyright 2026 Vasquez-Lindholm Lab.',
  'Powered by Jekyll with al-folio theme.',
  'Hosted by GitHub Pages.',
  'Last updated: March 02, 2026.',
];
const tags = ['microscopy', 'automation', 'zebrafish', 'lab-notes'];
const bylines = ['March 2, 2026', 'Rosa Vasquez-Lindholm and Tobiah Mwangi'];
const lessonsTail = secs[3]?.[1][1] ?? '';
const html = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${title} | Vasquez-Lindholm Lab</title><meta name="author" content="Rosa Vasquez-Lindholm"><meta name="description"
content="A year of light-sheet automation.">
<meta name="keywords" content="zebrafish, microscopy, imaging"><link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet"
href="/assets/css/main.css">
<link rel="canonical" href="https://vasquezlindholm-lab.example.io/blog/2026/light-sheet-year/"><script src="/assets/js/theme.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}",
"datePublished":"2026-03-02T00:00:00+00:00"}</script>
</head><body class="fixed-top-nav"><header><nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top" role="navigation"><div class="container">
<a class="navbar-brand title font-weight-lighter" href="/"><span class="font-weight-bold">Vasquez-Lindholm</span> Lab</a><button
class="navbar-toggler collapsed ml-auto"
type="button" data-toggle="collapse" data-target="#navbarNav"><span class="sr-only">Toggle navigation</span></button>
<div class="collapse navbar-collapse text-right" id="navbarNav"><ul class="navbar-nav ml-auto flex-nowrap">
${links(['about', 'blog', 'publications', 'people', 'repositories'], 'nav-item')}</ul></div></div></nav>
<progress id="progress" value="0"><div class="progress-container"><span class="progress-bar"></span></div></progress></header>
<div class="container mt-5" role="main"><div class="row"><div class="col-sm-3"><nav id="toc-sidebar" class="sticky-top"><h6>Contents</h6><ul class="toc">
${secs.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`).join('\n')}</ul></nav></div><div class="col-sm-9">
<div class="post"><header class="post-header"><h1 class="post-title">${title}</h1><p class="post-meta">March 2, 2026 • Rosa Vasquez-Lindholm and Tobiah
Mwangi</p>
<p class="post-tags"><a href="/blog/2026"><i class="fa-solid fa-calendar fa-sm"></i> 2026 </a> &nbsp; &middot; &nbsp;
${tags.map((t) => `<a href="/blog/tag/${t}"><i class="fa-solid fa-hashtag fa-sm"></i> ${t}</a>`).join(' &nbsp; ')}</p></header>
<article class="post-content"><div id="markdown-content">
<h2 id="why-automate-">${secs[0]?.[0]}</h2>
${ps(secs[0]?.[1] ?? [])}
<figure><picture><img src="/assets/img/blog/tube-holder.png" class="img-fluid rounded z-depth-1" width="100%" alt="tube holder" loading="eager"></picture>
<figcaption class="caption">Figure 1. A larva in its tube holder; the preview outline (red) is used to find the head.</figcaption></figure>
<h2 id="the-pipeline">${secs[1]?.[0]}</h2>
<p>${secs[1]?.[1][0]}</p>
<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${code}</code></pre></div></div>
<p>${secs[1]?.[1][1]}</p>
<h2 id="numbers-after-twelve-months">${secs[2]?.[0]}</h2>
${ps(secs[2]?.[1] ?? [])}
<table><thead><tr><th>Measure</th><th>Manual</th><th>Automated</th></tr></thead><tbody><tr><td>Larvae per week</td><td>31</td><td>274</td></tr>
<tr><td>Usable stacks</td><td>82%</td><td>91%</td></tr><tr><td>Staff hours per larva</td><td>1.4</td><td>0.1</td></tr></tbody></table>
<h2 id="lessons">${secs[3]?.[0]}</h2>
<p>${secs[3]?.[1][0]}</p>
<ul>${lessons.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<p>${lessonsTail}</p>
</div></article>
<div class="related-posts mt-5"><h2 class="text-3xl font-semibold mb-4 mt-12">Enjoy Reading This Article?</h2><p class="mb-2">Here are some more articles you
might like to read next:</p><ul>${links([
  'Our first preprint is out: lateral line regeneration in 3D',
  'Building a cheap incubator for imaging days',
  'Welcome, new students of 2025',
])}
</ul></div><div id="giscus_thread" style="max-width: 800px; margin: 0 auto;"><script>let giscusTheme = determineComputedTheme();
let giscusAttributes = {"src":"https://giscus.app/client.js","data-repo":"vlindholm-lab/vlindholm-lab.github.io","data-mapping":"title"};</script>
<noscript>Please enable JavaScript to view the <a href="http://giscus.app/?ref_noscript">comments powered by
giscus.</a></noscript></div></div></div></div></div>
<footer class="fixed-bottom" role="contentinfo"><div class="container mt-0">© Copyright 2026 Vasquez-Lindholm Lab. Powered by <a href="https://jekyllrb.com/"
target="_blank" rel="external nofollow noopener">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio" rel="external nofollow noopener"
target="_blank">al-folio</a> theme. Hosted by <a href="https://pages.github.com/" target="_blank" rel="external nofollow noopener">GitHub Pages</a>. Last
updated:
March 02, 2026.</div></footer><script src="/assets/js/bootstrap.bundle.min.js"></script></body></html>`;

export const alFolioPage: TestPage = {
  name: 'heldout278-alfolio-lab-blog',
  kind: 'blog',
  html,
  title,
  headings: secs.map(([h]) => h),
  body: texts([...(secs[0]?.[1] ?? []), ...(secs[1]?.[1] ?? []), ...(secs[2]?.[1] ?? []), secs[3]?.[1][0] ?? '', ...lessons, lessonsTail]),
  bylines,
  furniture: [...furn, ...tags, 'Please enable JavaScript to view the comments powered by giscus.'],
};
