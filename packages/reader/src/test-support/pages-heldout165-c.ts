import { links, type TestPage, texts } from './page-kit.js';
import { hacksPost } from './pages-heldout165-c2.js';

/**
 * Held-out batch 165, file c: a GitHub blog post on github.blog (skip link, the site header with the category nav and
 * "Search" / "Sign up" / "Contact sales", breadcrumbs, the h1 with author and date line and reading time, the featured
 * image, the share bar with hidden labels, a "Tip" callout inside the post, tags, the "Written by" author card, the
 * "Related posts" and "Explore more from GitHub" rails, the newsletter block, the "We do newsletters, too" text, the
 * footer columns and the cookie consent banner) and, from file c2, a Mozilla Hacks post.
 */
const ghTitle = 'How the Lanternfish team cut flaky test reruns by 70% with GitHub Actions';
const ghDek = 'A look at how one open source team used job summaries, matrix retries and a little data to find the tests that kept failing.';
const ghP1 = [
  'Flaky tests are the background noise of every large project. A test fails, someone clicks re-run, it passes, and everyone ' +
    'moves on. For the maintainers of Lanternfish, an open source image processing library with about 400 contributors, that ' +
    'noise had become a problem: one in five pull requests needed at least one rerun before it could merge.',
  'We spoke to two of the project’s maintainers about how they tracked the flaky tests down and what changed once they did.',
];
const ghH1 = 'Start by counting';
const ghP2 = [
  'The first step was simply to know which tests were flaky. The team added a small step to every workflow that wrote the ' +
    'names of failed tests, along with the runner image and the commit, to the job summary and to an artifact. A scheduled ' +
    'workflow collected those artifacts every night into a single CSV file.',
  '“We had opinions about which tests were flaky,” said maintainer Rosalind Achebe. “Most of our opinions were wrong. Two ' +
    'thirds of the reruns came from just eleven tests, and only three of those were on our list.”',
];
const ghH2 = 'Fix the worst ones, quarantine the rest';
const ghP3 = [
  'With the list in hand, the team sorted the eleven tests by how often they failed and fixed the top five in a single ' +
    'sprint. Most came down to timing: tests that waited a fixed number of milliseconds for a thread pool, or that compared ' +
    'floating point output from two different CPUs without a tolerance.',
  'The other six went into a quarantine job that runs on a schedule rather than on every pull request. A quarantined test ' +
    'still runs and still reports, but it cannot block a merge while someone works on it.',
];
const ghTip = 'Tip: job summaries support Markdown, so a table of failed tests with links to the logs is only a few lines of shell.';
const ghH3 = 'The results';
const ghList = [
  'Pull requests needing a rerun fell from 21% to 6% in two months.',
  'Median time from opening a pull request to merging dropped by about half a day.',
  'The quarantine job has released nine tests back into the main suite after fixes.',
];
const ghP4 = [
  'The team has published its collection workflow as a reusable action so other projects can try the same approach. As ' +
    'maintainer Kenji Varga put it: “The fix was never clever. We just had to stop guessing.”',
];
const ghNav = ['AI & ML', 'Developer skills', 'Engineering', 'Enterprise software', 'News & insights', 'Open Source', 'Security'];
const ghCrumbs = ['Home', 'Open Source', 'Maintainers'];
const ghTags = ['CI/CD', 'GitHub Actions', 'maintainers', 'testing'];
const ghBio = 'Maya is a senior developer advocate at GitHub who writes about open source maintainers and the tools they build.';
const ghRelated = [
  { c: 'Open Source', t: 'Five ways maintainers are using issue forms to cut triage time' },
  { c: 'Engineering', t: 'Inside the queue that schedules a billion Actions jobs a month' },
  { c: 'Developer skills', t: 'A beginner’s guide to writing your first reusable workflow' },
];
const ghExplore = [
  { t: 'Docs', d: 'Everything you need to master GitHub, all in one place.', l: 'Go to Docs' },
  { t: 'GitHub', d: 'Build what’s next on GitHub, the place for anyone from anywhere to build anything.', l: 'Start building' },
  { t: 'Customer stories', d: 'Meet the companies and engineering teams that build with GitHub.', l: 'Learn more' },
];
const ghNews = ['We do newsletters, too', 'Discover tips, technical guides, and best practices in our biweekly newsletter just for devs.'];
const ghFoot: Record<string, string[]> = {
  Product: ['Features', 'Security', 'Enterprise', 'Customer Stories', 'Pricing', 'Resources'],
  Platform: ['Developer API', 'Partners', 'Atom', 'Electron', 'GitHub Desktop'],
  Support: ['Docs', 'Community Forum', 'Training', 'Status', 'Contact'],
  Company: ['About', 'Blog', 'Careers', 'Press', 'Shop'],
};
const ghLegal = ['© 2025 GitHub, Inc.', 'Terms', 'Privacy', 'Manage Cookies', 'Do not share my personal information'];
const ghCookie = 'We use optional cookies to improve your experience on our websites and to display personalized advertising based on your online activity.';
const ghPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ghShare = (
  n: string,
): string => `<li class="mb-2"><a href="https://${n.toLowerCase()}.example/share?url=https%3A%2F%2Fgithub.blog%2Flanternfish" target="_blank"
class="d-flex flex-items-center color-fg-muted" rel="noopener"><svg class="octicon" width="16" height="16" aria-hidden="true"><use href="#${n}"></use></svg>
<span class="sr-only">Share on ${n}</span></a></li>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ghTitle} - The GitHub Blog</title><meta name="description" content="${ghDek}"><link rel="canonical"
href="https://github.blog/open-source/maintainers/lanternfish-flaky-tests/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}">
<meta property="article:published_time" content="2025-06-03T16:00:00+00:00"><meta name="author" content="Maya Castellanos">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Maya Castellanos"><meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="5 minutes"><script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"${ghTitle}","datePublished":"2025-06-03T16:00:00+00:00","author":{"name":"Maya Castellanos"},"wordCount":780,"articleSection":["Maintainers",
"Open Source"]},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Open Source"}]}]}</script>
<link rel="stylesheet" id="github-blog-css" href="https://github.blog/wp-content/themes/github-2021-child/dist/main.css?ver=3f1e" media="all">
<script src="https://github.blog/wp-content/themes/github-2021/dist/main.js?ver=3f1e" id="github-blog-js" defer></script></head>
<body class="post-template-default single single-post postid-81234 single-format-standard">
<a class="skip-link screen-reader-text" href="#start-of-content">Skip to content</a><a class="skip-link screen-reader-text"
href="#start-of-footer">Skip to footer</a>
<header class="Header-module js-header d-flex flex-items-center"
role="banner"><div class="container-xl d-flex flex-items-center flex-justify-between width-full">
<a href="https://github.blog/" class="d-flex flex-items-center" aria-label="The GitHub Blog home"><svg height="32"
aria-hidden="true"><use href="#mark-github"></use></svg>
<span class="f4-mktg text-semibold ml-2">The GitHub Blog</span></a><nav class="d-none d-lg-flex" aria-label="Categories"><ul class="d-flex list-style-none">
${links(ghNav, 'mx-2 f5-mktg')}</ul></nav><div class="d-flex flex-items-center"><button class="btn-mktg-muted mr-3 js-search-toggle" aria-expanded="false">
<span>Search</span></button><a href="https://github.com/signup" class="btn-mktg btn-small-mktg mr-2">Sign up</a>
<a href="https://github.com/enterprise/contact" class="btn-mktg btn-muted-mktg btn-small-mktg">Contact sales</a></div></div></header>
<main id="start-of-content"><article class="post-81234 post type-post status-publish"><div class="container-xl mx-auto px-3 pt-6">
<nav aria-label="Breadcrumb" class="breadcrumbs mb-4"><ol class="d-flex list-style-none f6-mktg">${ghCrumbs
  .map(
    (c) =>
      `<li class="breadcrumb-item mr-2"><a href="/${c.toLowerCase().replace(/ /g, '-')}/" class="Link--secondary">${c}</a><span class="ml-2">/</span></li>`,
  )
  .join('\n')}</ol></nav>
<header class="post-header col-lg-10"><h1 class="h3-mktg mb-3">${ghTitle}</h1><p class="f3-mktg color-fg-muted mb-4">${ghDek}</p>
<div class="d-flex flex-items-center f5-mktg"><img class="circle mr-2" width="48" src="https://github.blog/wp-content/uploads/maya.png" alt="Maya Castellanos">
<div><a class="author-name text-bold Link--primary" href="https://github.blog/author/mcastellanos/">Maya Castellanos</a>
<span class="color-fg-muted">·</span> <span class="color-fg-muted">@mcastellanos</span><div class="color-fg-muted">
<time datetime="2025-06-03T16:00:00+00:00"
class="post-date">June 3, 2025</time> <span>|</span> <span class="reading-time">5 minutes</span></div></div></div></header>
<figure class="post-hero my-6"><img src="https://github.blog/wp-content/uploads/2025/06/lanternfish-header.png" alt="" width="1600" height="840"></figure>
<div class="d-flex flex-wrap"><aside class="col-lg-2 post-share"><p class="f6-mktg text-mono color-fg-muted mb-2">Share:</p><ul class="list-style-none">
${['X', 'Facebook', 'LinkedIn'].map(ghShare).join('\n')}</ul></aside>
<section class="post__content col-lg-8 f4-mktg">
${ghPs(ghP1)}
<h2 class="wp-block-heading" id="start-by-counting">${ghH1}</h2>
${ghPs(ghP2)}
<h2 class="wp-block-heading" id="fix-the-worst-ones-quarantine-the-rest">${ghH2}</h2>
${ghPs(ghP3)}
<div class="post-callout border rounded-2 p-4 my-5 color-bg-subtle"><p class="mb-0">${ghTip}</p></div>
<h2 class="wp-block-heading" id="the-results">${ghH3}</h2>
<ul class="wp-block-list">${ghList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ghPs(ghP4)}
<div class="post-tags mt-6"><span class="f6-mktg text-mono color-fg-muted mr-2">Tags:</span>${ghTags
  .map((t) => `<a href="/tag/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/" class="topic-tag topic-tag-link f6 mr-1">${t}</a>`)
  .join('\n')}</div></section></div>
<section class="post-author border-top mt-6 pt-6 col-lg-8"><h2 class="h6-mktg mb-3">Written by</h2><div class="d-flex">
<img class="circle mr-3" width="64" src="https://github.blog/wp-content/uploads/maya.png" alt="Maya Castellanos"><div>
<h3 class="f4-mktg text-bold"><a href="https://github.blog/author/mcastellanos/" class="Link--primary">Maya Castellanos</a></h3>
<p class="f5-mktg color-fg-muted">${ghBio}</p></div></div></section></div></article>
<section class="related-posts border-top py-6"><div class="container-xl mx-auto px-3"><h2 class="h5-mktg mb-4">Related posts</h2><div class="d-flex flex-wrap">
${ghRelated
  .map(
    (
      r,
    ) => `<article class="col-12 col-md-4 pr-md-4 mb-4"><a class="f6-mktg text-mono Link--secondary" href="/${r.c.toLowerCase().replace(/ /g, '-')}/">${r.c}</a>
<h3 class="h6-mktg mt-1"><a class="Link--primary" href="/x/">${r.t}</a></h3></article>`,
  )
  .join('\n')}</div></div></section>
<section class="explore-more border-top py-6"><div class="container-xl mx-auto px-3"><h2 class="h5-mktg mb-4">Explore more from GitHub</h2><div class="d-flex
flex-wrap">
${ghExplore
  .map(
    (e) => `<div class="col-12 col-md-4 pr-md-4 mb-4"><h3 class="h6-mktg">${e.t}</h3><p class="f5-mktg color-fg-muted">${e.d}</p>
<a class="link-mktg arrow-target-mktg text-semibold" href="https://github.com/">${e.l}</a></div>`,
  )
  .join('\n')}</div></div></section>
<section class="newsletter color-bg-subtle py-6"><div class="container-xl mx-auto px-3 d-md-flex"><div class="col-md-6"><h2 class="h5-mktg">${ghNews[0]}</h2>
<p class="f5-mktg color-fg-muted">${ghNews[1]}</p></div><form class="col-md-6 d-flex" action="https://github.blog/newsletter/"><label class="sr-only"
for="nl-email">Your email address</label><input id="nl-email" type="email" class="form-control" placeholder="Your email address"><button
class="btn-mktg" type="submit">Subscribe</button></form></div></section></main>
<footer id="start-of-footer" class="footer-mktg py-6 color-bg-default" role="contentinfo"><div class="container-xl mx-auto px-3 d-flex flex-wrap">
${Object.entries(ghFoot)
  .map(
    ([h, items]) => `<div class="col-6 col-md-3 mb-4"><h2 class="h6-mktg mb-2">${h}</h2><ul class="list-style-none f5-mktg">${links(items, 'mb-1')}</ul></div>`,
  )
  .join('\n')}</div><div class="container-xl mx-auto px-3 f6 color-fg-muted d-flex flex-wrap"><ul class="list-style-none d-flex flex-wrap">
<li class="mr-3">${ghLegal[0]}</li>${links(ghLegal.slice(1), 'mr-3')}</ul></div></footer>
<div id="ghcc" class="cookie-consent-banner position-fixed bottom-0 width-full color-bg-default border-top p-4" role="region" aria-label="Cookie consent">
<p class="f6">${ghCookie}</p><div class="d-flex"><button class="btn btn-sm mr-2">Accept</button><button class="btn btn-sm mr-2">Reject</button>
<button class="btn btn-sm">Manage cookies</button></div></div></body></html>`;
const github: TestPage = {
  html: ghHtml,
  name: 'heldout165-github-blog',
  kind: 'blog',
  // the dek is body; the author's name, handle, date and reading time are bylines; the "Tip" callout inside the post is
  // body; the "Written by" card's bio, share labels, tags and the rails are furniture
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: texts([ghDek, ...ghP1, ...ghP2, ...ghP3, ghTip, ...ghList, ...ghP4]),
  bylines: ['Maya Castellanos', '@mcastellanos', 'June 3, 2025', '5 minutes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to footer', 'The GitHub Blog', ...ghNav, 'Search', 'Sign up', 'Contact sales', 'Home', 'Maintainers', 'Share:', 'Share on X',
    'Share on Facebook', 'Share on LinkedIn', 'Tags:', ...ghTags, 'Written by', ghBio, 'Related posts', ...ghRelated.map((r) => r.t),
    'Explore more from GitHub', ...ghExplore.flatMap((e) => [e.t, e.d, e.l]), ...ghNews, 'Your email address', 'Subscribe',
    ...Object.entries(ghFoot).flat(2).filter((t) => !['Docs', 'Security', 'Open Source'].includes(t)), ...ghLegal, ghCookie, 'Accept',
    'Reject', 'Manage cookies',
  ],
};

export const HELDOUT165_C: readonly TestPage[] = [github, hacksPost];
