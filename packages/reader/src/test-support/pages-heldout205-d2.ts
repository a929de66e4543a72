import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 205, file d2: a blog post on a PhD student's Hugo Blox (Wowchemy 5) academic site (the hidden search
 * modal, the navbar with the light / dark / automatic theme menu, the article header with subtitle, authors, "Last updated
 * on" date, reading time and category, the featured image with "Image credit:", tags, the share box, the author card with
 * role and bio, the "Related" list, the hidden "Cite" modal and the licence / "Published with Hugo Blox Builder" footer).
 */
const title = 'Three weeks of piezometers: notes from my first field season';
const subtitle = 'Installing groundwater wells on the Yesilova delta, and everything the manuals did not mention.';
const h = ['Getting the wells in', 'Loggers and their surprises', 'What comes next'];
const p1 = [
  'In September I spent three weeks on the Yesilova delta with my co-supervisor and two master’s students, installing the ' +
    'first twelve of the shallow wells my thesis depends on. I had read every field guide I could find before we left. Here ' +
    'is what they did not tell me.',
];
const p2 = [
  'The plan was to hand-auger each hole to three metres, drop in a slotted PVC pipe, pack the gap with filter sand and seal ' +
    'the top with bentonite. On sandy ground that takes about two hours a well. On the old channel deposits near the coast, ' +
    'where the auger hit a layer of shells at about 1.8 metres, it took most of a day.',
  'Two things saved us. The first was a local farmer, Hüseyin, who lent us a motorised auger and showed us how to use it ' +
    'without breaking our wrists. The second was deciding early to accept shallower wells in the shell layer rather than ' +
    'forcing every one to three metres. We lost a little depth and gained a week.',
];
const p3 = [
  'Each well has a pressure logger hanging on a steel cable, recording water level and temperature every fifteen minutes. ' +
    'A separate barometric logger sits in the shade of the field station so we can correct for air pressure.',
  'The surprises, in order of how much they cost us:',
];
const list = [
  'Two loggers had the wrong clock, set to UTC instead of local time. Check the clock on every logger before it goes down the well.',
  'Cable stretch. Over the first week the steel cables lengthened by up to 4 millimetres, which is small but shows up in the data.',
  'Ants. One well cap had a nest inside it by the second week, and the vent hole was completely blocked.',
];
const p4 = [
  'The first download in November will tell us whether the tidal signal reaches as far inland as we think it does. The ' +
    'early data from the two wells nearest the lagoon already show a clear twice-daily rise and fall of a few centimetres.',
  'The remaining eight wells go in next spring, further up the delta where the irrigation canals are. If you have worked ' +
    'with loggers in canal-fed farmland and have advice, I would love to hear it.',
];
const nav = ['Home', 'Posts', 'Publications', 'Talks', 'Projects', 'CV'];
const theme = ['Light', 'Dark', 'Automatic'];
const tags = ['groundwater', 'piezometers', 'data loggers', 'Yesilova'];
const related = ['Choosing a pressure logger on a student budget', 'My thesis in one diagram', 'Reading list: coastal aquifers for beginners'];
const bio = 'Aylin studies how tides and irrigation shape shallow groundwater in river deltas.';
const role = 'PhD candidate in Hydrology';
const foot = [
  '© 2025 Aylin Demir. This work is licensed under CC BY NC ND 4.0',
  'Published with Hugo Blox Builder — the free, open source website builder that empowers creators.',
];
const search = ['Search', 'Search...', 'Enter search query', 'Type to search'];
const navItem = (t: string): string =>
  `<li class="nav-item"><a class="nav-link${t === 'Posts' ? ' active' : ''}" href="/${t === 'Home' ? '' : `${t.toLowerCase()}/`}"><span>${t}</span></a></li>`;
const P = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const H2 = (t: string): string => `<h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>`;
const html = `<!DOCTYPE html>
<html lang="en-us" dir="ltr" data-wc-theme-default="system">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="generator" content="Hugo Blox Builder 5.9.7" />
<link rel="preload" as="style" href="https://fonts.googleapis.com/css2?family=Montserrat:wght@400;700&family=Roboto:wght@400;700&display=swap">
<meta name="author" content="Aylin Demir" />
<meta name="description" content="${subtitle}" />
<link rel="alternate" hreflang="en-us" href="https://aylindemir.example/post/first-field-season/" />
<link rel="canonical" href="https://aylindemir.example/post/first-field-season/" />
<meta property="twitter:card" content="summary_large_image" />
<meta property="og:site_name" content="Aylin Demir" />
<meta property="og:title" content="${title} | Aylin Demir" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-09-28T00:00:00&#43;00:00" />
<meta property="article:modified_time" content="2025-10-02T00:00:00&#43;00:00" />
<script type="application/ld+json">
{"@context": "https://schema.org","@type": "BlogPosting","mainEntityOfPage": {"@type": "WebPage","@id": "https://aylindemir.example/post/first-field-season/"},
"headline": "${title}","image": ["https://aylindemir.example/post/first-field-season/featured.jpg"],"datePublished": "2025-09-28T00:00:00Z",
"dateModified": "2025-10-02T00:00:00Z","author": {"@type": "Person","name": "Aylin Demir"},"publisher": {"@type": "Organization","name": "Aylin Demir"},
"description": "${subtitle}"}
</script>
<title>${title} | Aylin Demir</title>
<link rel="stylesheet" href="/css/wowchemy.2f6b8a4c1e.css" />
</head>
<body id="top" data-spy="scroll" data-offset="70" data-target="#TableOfContents" class="page-wrapper   " data-wc-page-id="5b1d7b2e">
<script src="/js/wowchemy-init.min.613040fe4f2c0f007b4dcb64404201cb.js"></script>
<aside class="search-modal" id="search"><div class="container"><section class="search-header">
<div class="row no-gutters justify-content-between mb-3"><div class="col-6"><h1>${search[0]}</h1></div>
<div class="col-6 col-search-close"><a class="js-search" href="#" aria-label="Close"><i class="fas fa-times-circle text-muted" aria-hidden="true"></i></a></div>
</div><div id="search-box"><input name="q" id="search-query" placeholder="${search[1]}" autocapitalize="off" autocomplete="off" autocorrect="off"
spellcheck="false" type="search" class="form-control" aria-label="${search[1]}"></div></section>
<section class="section-search-results"><div id="search-hits"><div class="search-hit"><p>${search[2]}</p></div></div>
<div id="search-common-queries" style="display: none"><p>${search[3]}</p></div></section></div></aside>
<div class="page-header header--fixed"><header>
<nav class="navbar navbar-expand-lg navbar-light compensate-for-scrollbar" id="navbar-main"><div class="container-xl">
<div class="d-none d-lg-inline-flex"><a class="navbar-brand" href="/">Aylin Demir</a></div>
<button type="button" class="navbar-toggler" data-toggle="collapse" data-target="#navbar-content" aria-controls="navbar-content" aria-expanded="false"
aria-label="Toggle navigation"><span><i class="fas fa-bars"></i></span></button>
<div class="navbar-collapse main-menu-item collapse justify-content-start" id="navbar-content"><ul class="navbar-nav d-md-inline-flex">
${nav.map(navItem).join('\n')}
</ul></div>
<ul class="nav-icons navbar-nav flex-row ml-auto d-flex pl-md-2">
<li class="nav-item"><a class="nav-link js-search" href="#" aria-label="Search"><i class="fas fa-search" aria-hidden="true"></i></a></li>
<li class="nav-item dropdown theme-dropdown"><a href="#" class="nav-link" data-toggle="dropdown" aria-haspopup="true" aria-label="Display preferences">
<i class="fas fa-moon" aria-hidden="true"></i></a><div class="dropdown-menu">
${theme.map((t) => `<a href="#" class="dropdown-item js-set-theme-${t.toLowerCase()}"><span>${t}</span></a>`).join('\n')}
</div></li></ul></div></nav></header></div>
<div class="page-body">
<article class="article">
<div class="article-container pt-3">
<h1>${title}</h1>
<p class="page-subtitle">${subtitle}</p>
<div class="article-metadata">
<div><span class="author-highlighted"><a href="/author/aylin-demir/">Aylin Demir</a></span>, <span><a href="/author/tomas-reyes/">Tomás Reyes</a></span></div>
<span class="article-date">Last updated on Oct 2, 2025</span>
<span class="middot-divider"></span>
<span class="article-reading-time">6 min read</span>
<span class="middot-divider"></span>
<span class="article-categories"><i class="fas fa-folder mr-1"></i><a href="/category/fieldwork/">Fieldwork</a></span>
</div>
</div>
<div class="article-header article-container featured-image-wrapper mt-4 mb-4" style="max-width: 720px; max-height: 405px;">
<div style="position: relative"><img src="/post/first-field-season/featured_hu3d03a0.webp" width="720" height="405" alt=""
class="featured-image"><span class="article-header-caption">Image credit: <a href="https://tomasreyes.example">Tomás Reyes</a></span></div></div>
<div class="article-container">
<div class="article-style">
${P(p1)}
${H2(h[0] ?? '')}
${P(p2)}
${H2(h[1] ?? '')}
${P(p3)}
<ol>
${list.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
${H2(h[2] ?? '')}
${P(p4)}
</div>
<div class="article-tags">
${tags.map((t) => `<a class="badge badge-light" href="/tag/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join('\n')}
</div>
<div class="share-box"><ul class="share">
<li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Faylindemir.example%2Fpost%2Ffirst-field-season%2F" target="_blank" rel="noopener"
class="share-btn-twitter" aria-label="twitter"><i class="fab fa-twitter"></i></a></li>
<li><a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Faylindemir.example%2Fpost%2Ffirst-field-season%2F" target="_blank" rel="noopener"
class="share-btn-facebook" aria-label="facebook"><i class="fab fa-facebook"></i></a></li>
<li><a href="mailto:?subject=Three%20weeks%20of%20piezometers" target="_blank" rel="noopener" class="share-btn-email" aria-label="envelope">
<i class="fas fa-envelope"></i></a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true" target="_blank" rel="noopener" class="share-btn-linkedin" aria-label="linkedin-in">
<i class="fab fa-linkedin-in"></i></a></li></ul></div>
<div class="media author-card content-widget-hr">
<a href="https://aylindemir.example/"><img class="avatar mr-3 avatar-circle" src="/author/aylin-demir/avatar_hu5b1d.jpg" alt="Aylin Demir"></a>
<div class="media-body"><h5 class="card-title"><a href="https://aylindemir.example/">Aylin Demir</a></h5>
<h6 class="card-subtitle">${role}</h6><p class="card-text">${bio}</p>
<ul class="network-icon" aria-hidden="true"><li><a href="mailto:aylin@example.edu"><i class="fas fa-envelope"></i></a></li>
<li><a href="https://scholar.google.example/citations?user=aydem" target="_blank" rel="noopener"><i class="ai ai-google-scholar"></i></a></li>
<li><a href="https://github.com/aylindemir" target="_blank" rel="noopener"><i class="fab fa-github"></i></a></li></ul></div></div>
<div class="article-widget content-widget-hr"><h3>Related</h3><ul>
${links(related)}
</ul></div>
</div>
</article>
</div>
<div class="page-footer"><div class="container"><footer class="site-footer">
<p class="powered-by">© 2025 Aylin Demir. This work is licensed under <a href="https://creativecommons.org/licenses/by-nc-nd/4.0" rel="noopener noreferrer"
target="_blank">CC BY NC ND 4.0</a></p>
<p class="powered-by footer-license-icons"><a href="https://creativecommons.org/licenses/by-nc-nd/4.0" rel="noopener noreferrer" target="_blank"
aria-label="Creative Commons"><i class="fab fa-creative-commons fa-2x" aria-hidden="true"></i></a></p>
<p class="powered-by">Published with <a href="https://hugoblox.com/?utm_campaign=poweredby" target="_blank" rel="noopener">Hugo Blox Builder</a> — the free,
<a href="https://github.com/HugoBlox/hugo-blox-builder" target="_blank" rel="noopener">open source</a> website builder that empowers creators.</p>
</footer></div></div>
<div id="modal" class="modal fade" role="dialog"><div class="modal-dialog"><div class="modal-content"><div class="modal-header">
<h5 class="modal-title">Cite</h5><button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">×</span></button>
</div><div class="modal-body"><pre><code></code></pre></div><div class="modal-footer">
<a class="btn btn-outline-primary my-1 js-copy-cite" href="#" target="_blank"><i class="fas fa-copy"></i> Copy</a>
<a class="btn btn-outline-primary my-1 js-download-cite" href="#" target="_blank"><i class="fas fa-download"></i> Download</a>
<div id="modal-error"></div></div></div></div></div>
<script src="/js/vendor-bundle.min.f1ecf783c14edc00c9320c205831ad8e.js"></script>
<script src="/en/js/wowchemy.min.e8ee06ba8371980ffde659871dd593b0.js"></script>
</body>
</html>`;
export const wowchemyPost: TestPage = {
  html,
  name: 'heldout205-hugo-wowchemy-blog',
  kind: 'blog',
  // the page subtitle is body (a dek); the author names, the "Last updated on" date and the reading time are bylines (the
  // site title in the navbar is the author's name too); category, image credit, tags, the author card's role and bio,
  // "Related", the search modal, theme menu, cite modal and footer are furniture; the search input's placeholder is an
  // attribute and left out, and the tag "piezometers" is a word of the title and left out
  title,
  headings: [...h],
  body: [subtitle, ...p1, ...p2, ...p3, ...list, ...texts(p4)],
  bylines: ['Aylin Demir', 'Tomás Reyes', 'Last updated on Oct 2, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    search[0] ?? '', search[2] ?? '', search[3] ?? '', ...nav, ...theme, 'Fieldwork', 'Image credit: Tomás Reyes',
    ...tags.filter((t) => t !== 'piezometers'), role, bio, 'Related',
    ...related, ...foot, 'Cite', '×', 'Copy', 'Download',
  ],
};
