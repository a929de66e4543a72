import { links, type TestPage, texts } from './page-kit.js';
import { writeasPage } from './pages-heldout101-f2.js';

/**
 * Held-out batch 101, file f: a company engineering blog post on its own site (the product site's header with "Sign in"
 * and "Get started", the blog sub-nav, the category label, title, author card with role, date and read time, the share
 * links, a table of contents, a code block and a figure with caption in the body, an in-article hiring callout, the
 * author bio, the "Related posts" cards, the newsletter form and the footer with its link columns) and, from file f2, a
 * long post on Write.as.
 */
const enTitle = 'How we cut our CI queue time from 14 minutes to 90 seconds';
const enP1 = [
  'At the start of this year, the median pull request at Tallyworks waited 14 minutes before its first test even started. By June it ' +
    'was down to 90 seconds. None of the changes involved buying faster machines. This post walks through what we found and what we ' +
    'changed, in the order we did it.',
];
const enH1 = 'Measuring the right thing';
const enP2 = [
  'Our dashboards showed build duration, which looked fine at around seven minutes. What they did not show was the time a job spent ' +
    'waiting for a runner. Once we started recording queue time separately, it was obvious that waiting, not building, was where ' +
    'engineers were losing their afternoons.',
  'We added one metric to every job: the gap between the moment the job was created and the moment a runner picked it up. We exported ' +
    'it with the rest of our CI telemetry and looked at it by hour of day.',
];
const enH2 = 'The autoscaler was too polite';
const enP3 = [
  'Our runner autoscaler added capacity in steps of two machines, and waited five minutes between steps to avoid overshooting. That ' +
    'made sense when it was written, back when we had 30 engineers. With 180, a Monday morning burst of pushes could leave 60 jobs ' +
    'queued while the autoscaler crept up two runners at a time.',
  'We changed it to scale on queue depth instead of CPU, and to add as many runners as there were queued jobs, up to a ceiling. The ' +
    'relevant part of the configuration now looks like this:',
];
const enCode = `scaling:
  metric: queue_depth
  step: match_queue
  max_runners: 120
  cooldown_seconds: 60`;
const enP4 = ['That change alone took the median queue time from 14 minutes to about four.'];
const enH3 = 'Warm pools and smaller images';
const enP5 = [
  'The remaining wait was mostly runners booting. We now keep a small pool of warm runners during working hours, sized from the previous ' +
    'four weeks of traffic, and we cut our base image from 9 GB to 2.3 GB by moving rarely used toolchains into on-demand layers.',
  'Together those brought a cold start from three minutes to 40 seconds, and most jobs now land on a warm runner and start immediately.',
];
const enH4 = 'What we would tell another team';
const enList = [
  'Measure queue time separately from build time. They have different causes.',
  'Revisit autoscaler settings whenever the team doubles in size.',
  'Keep base images small; every gigabyte is boot time on every cold start.',
];
const enNav = ['Product', 'Solutions', 'Pricing', 'Customers', 'Docs', 'Blog'];
const enBlogNav = ['All posts', 'Engineering', 'Product', 'Company', 'Customers'];
const enToc = ['On this page'];
const enCaption = 'Figure 1. Median queue time per week, January to June.';
const enHiring = ['We’re hiring', 'Like working on problems like this? Our infrastructure team is growing.', 'See open roles'];
const enBio = 'Kofi Mensah is a staff engineer on the Tallyworks infrastructure team, where he looks after CI and developer tooling.';
const enRelated = ['Related posts', 'Flaky tests are a product problem', 'Moving 400 services to a new build system without a freeze', 'Read more'];
const enNews = ['Get engineering posts in your inbox', 'One email a month. No marketing.', 'Work email', 'Subscribe'];
const enFootCols = ['Company', 'About', 'Careers', 'Press', 'Security', 'Status', 'Privacy', 'Terms'];
const enCopy = '© 2025 Tallyworks, Inc.';
const enP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const enH = (t: string): string => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><a class="anchor" href="#" aria-hidden="true">#</a>${t}</h2>`;
const enHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How we cut our CI queue time from 14 minutes to 90 seconds | Tallyworks Engineering</title>
<meta name="description" content="${enP1[0]?.slice(0, 120)}"><meta property="og:title" content="${enTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://tallyworks.example/blog/ci-queue-time"><link rel="alternate" type="application/rss+xml" href="/blog/rss.xml">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${enTitle}","datePublished":"2025-11-12",
"author":{"@type":"Person","name":"Kofi Mensah"},"publisher":{"@type":"Organization","name":"Tallyworks"}}</script>
<script async src="https://plausible.example/js/script.js" data-domain="tallyworks.example"></script>
<link rel="stylesheet" href="/_astro/blog.Cx81a.css"></head>
<body><a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><div class="container"><a class="logo" href="/" aria-label="Tallyworks home"></a>
<nav class="main-nav" aria-label="Main"><ul>${links(enNav, 'main-nav__item')}</ul></nav>
<div class="header-actions"><a href="https://app.tallyworks.example/login">Sign in</a><a class="btn btn-primary"
href="/signup">Get started</a></div></div></header>
<div class="blog-subnav"><ul>${links(enBlogNav)}</ul></div>
<main id="content"><article class="post"><header class="post-header"><a class="post-category" href="/blog/category/engineering">Engineering</a>
<h1 class="post-title">${enTitle}</h1><div class="post-meta"><div class="author-card"><img src="/images/authors/kofi.jpg" alt="">
<div><span class="author-name">Kofi Mensah</span><span class="author-role">Staff Engineer, Infrastructure</span></div></div>
<time datetime="2025-11-12">November 12, 2025</time><span class="read-time">7 min read</span></div>
<div class="share-links"><a href="#">Share on X</a><a href="#">Share on LinkedIn</a><button class="copy-link">Copy link</button></div></header>
<div class="post-layout"><aside class="toc"><p class="toc-title">${enToc[0]}</p><ul>${links([enH1, enH2, enH3, enH4])}</ul></aside>
<div class="post-body prose">
${enP(enP1)}
${enH(enH1)}
${enP(enP2)}
<figure><img src="/images/blog/ci-queue-chart.png" alt="Line chart of median queue time falling"><figcaption>${enCaption}</figcaption></figure>
${enH(enH2)}
${enP(enP3)}
<pre class="astro-code github-dark" tabindex="0"><code>${enCode}</code></pre>
${enP(enP4)}
<div class="callout callout-hiring"><p class="callout-title">${enHiring[0]}</p><p>${enHiring[1]}</p><a class="btn" href="/careers">${enHiring[2]}</a></div>
${enH(enH3)}
${enP(enP5)}
${enH(enH4)}
<ul>${enList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
</div></div>
<footer class="post-footer"><div class="author-bio"><img src="/images/authors/kofi.jpg" alt=""><p>${enBio}</p></div></footer></article>
<section class="related-posts"><h2>${enRelated[0]}</h2><div class="cards">${enRelated
  .slice(1, 3)
  .map((t) => `<a class="card" href="#"><span class="card-category">Engineering</span><h3>${t}</h3><span class="card-more">${enRelated[3]}</span></a>`)
  .join('')}</div></section>
<section class="newsletter"><h2>${enNews[0]}</h2><p>${enNews[1]}</p><form><label for="nl-email">${enNews[2]}</label><input id="nl-email" type="email">
<button type="submit">${enNews[3]}</button></form></section></main>
<footer class="site-footer"><div class="footer-columns"><div><h4>${enFootCols[0]}</h4><ul>${links(enFootCols.slice(1))}</ul></div></div>
<p class="copyright">${enCopy}</p></footer></body></html>`;
const engPage: TestPage = {
  html: enHtml,
  name: 'heldout101-company-engineering-blog',
  kind: 'blog',
  // the code block is in neither list; the "#" heading anchors, the figure caption, the table of contents (which repeats
  // the headings, so only its title is listed) and the hiring callout inside the body are furniture
  title: enTitle,
  headings: [enH1, enH2, enH3, enH4],
  body: texts([...enP1, ...enP2, ...enP3, ...enP4, ...enP5, ...enList]),
  bylines: ['Kofi Mensah', 'Staff Engineer, Infrastructure', 'November 12, 2025', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...enNav, 'Sign in', 'Get started', 'All posts', 'Engineering', 'Company', 'Share on X', 'Share on LinkedIn', 'Copy link',
    ...enToc, enCaption, ...enHiring, enBio, ...enRelated, ...enNews, ...enFootCols.slice(1), enCopy,
  ],
};
export const HELDOUT101_F: readonly TestPage[] = [engPage, writeasPage];
