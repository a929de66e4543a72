import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 28, file f2: a news post on a personal academic homepage built with Hugo Blox Builder (the former Wowchemy
 * academic theme: the search modal, the navbar with the owner's name as site title, section links and the light/dark theme
 * menu, the post title, article metadata with author, date, reading time and category, the featured image with caption, the
 * post body with h2s and a list, tag badges, the icon-only share box, the author card with role and bio, the "Related" widget,
 * the previous/next post nav and the footer with licence and "Published with" lines).
 */
const acTitle = 'ERC Starting Grant for RIVERPLAST: how microplastics settle and resurface in river sediments';
const acBody1 = [
  'I am delighted to share that our lab has been awarded an ERC Starting Grant for RIVERPLAST, a five-year project on how ' +
    'microplastic particles settle, get buried and are released again in river sediments. The project starts in January 2026 and ' +
    'will fund two PhD students and a postdoc.',
  'Most of what we know about microplastics in rivers comes from samples of surface water. But a large share of the particles that ' +
    'enter a river never reach the sea: they sink, mix into the bed and can stay there for years until a flood stirs them up again. ' +
    'We know very little about how long they stay, or how they change while they are buried.',
] as const;
const acH1 = 'What we will do';
const acBody2 = 'RIVERPLAST combines flume experiments in our lab with field work on rivers with very different flow regimes. We will:';
const acList = [
  'track labelled particles through sediment columns under controlled flow and temperature,',
  'take sediment cores along the Oder and two of its tributaries before and after the flood season, and',
  'build a model of particle burial and release that water managers can use.',
];
const acH2 = 'Open positions';
const acBody3 = [
  'We are looking for two PhD students with a background in environmental chemistry, hydrology or a related field, and a postdoc ' +
    'with experience in sediment transport or particle analysis. Experience with Raman or FTIR spectroscopy is a plus but not required.',
  'To apply, send a CV, a one-page letter of motivation and the names of two referees to the address on my ' +
    '<a href="/#contact">contact page</a> by <strong>November 30, 2025</strong>. Informal questions are very welcome.',
  'Many thanks to everyone who read drafts of the proposal, and especially to Piotr and Amara, whose pilot data made the case.',
];
const acCaption = 'Sediment cores from the Oder, taken during our pilot campaign in 2024.';
const acName = 'Hannah Ostrowski';
const acNav = ['Home', 'News', 'Publications', 'Projects', 'Teaching', 'Group', 'CV'];
const acTheme = ['Light', 'Dark', 'Automatic'];
const acTags = ['Funding', 'Microplastics', 'Sediments', 'Jobs'];
const acRole = 'Associate Professor of Environmental Chemistry';
const acBio = 'I study how plastics and other pollutants move through rivers, soils and sediments.';
const acRelated = [
  'Back from the Oder: our first sediment-core campaign',
  'New paper in Water Research on tyre particles in urban streams',
  'Welcome to Amara, our new postdoc',
];
const acPager = ['Previous', 'Welcome to Amara, our new postdoc', 'Next', 'Talk at the European Geosciences Union General Assembly'] as const;
const acLicence = '© 2025 Hannah Ostrowski. This work is licensed under CC BY NC ND 4.0';
const acPowered = 'Published with Hugo Blox Builder — the free, open source website builder that empowers creators.';
const icon = (n: string): string =>
  `<li><a href="https://${n}.example/share?url=https%3A%2F%2Fhostrowski.example%2Fpost%2Ferc-riverplast%2F" target="_blank" rel="noopener"
class="share-btn-${n}" aria-label="${n}"><i class="fab fa-${n}" aria-hidden="true"></i></a></li>`;
const acHtml = `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><meta name="generator" content="Hugo Blox Builder 5.9.7">
<title>${acTitle} | ${acName}</title><meta name="description" content="${acBody1[0].slice(0, 140)}">
<script>const isSiteThemeDark = false;</script><link rel="stylesheet" href="/css/wowchemy.8f2c4e6b1d.css">
<script src="/js/wowchemy-init.min.1d3b9a.js"></script></head>
<body id="top" data-spy="scroll" data-offset="70" data-target="#TableOfContents" class="page-wrapper" data-wc-page-id="9c41e0f5b7a2">
<aside class="search-modal" id="search"><div class="container"><section class="search-header"><div class="row no-gutters justify-content-between mb-3">
<div class="col-6"><h1>Search</h1></div><div class="col-6 col-search-close">
<a class="js-search" href="#" aria-label="Close"><i class="fas fa-times-circle text-muted"
aria-hidden="true"></i></a></div></div><div id="search-box"><input name="q" id="search-query" placeholder="Search..." autocapitalize="off" type="search"></div>
</section><section class="section-search-results"><div id="search-hits"></div></section></div></aside>
<div class="page-header header--fixed"><header><nav class="navbar navbar-expand-lg navbar-light compensate-for-scrollbar" id="navbar-main">
<div class="container-xl"><div class="d-none d-lg-inline-flex"><a class="navbar-brand" href="/">${acName}</a></div>
<button type="button" class="navbar-toggler" data-toggle="collapse" data-target="#navbar-content" aria-label="Toggle navigation">
<span><i class="fas fa-bars"></i></span></button>
<div class="navbar-collapse main-menu-item collapse justify-content-start" id="navbar-content"><ul class="navbar-nav d-md-inline-flex">${acNav
  .map(
    (t) =>
      `<li class="nav-item"><a class="nav-link${t === 'News' ? ' active' : ''}" href="/${t === 'Home' ? '' : `#${t.toLowerCase()}`}">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<ul class="nav-icons navbar-nav flex-row ml-auto d-flex pl-md-2"><li class="nav-item">
<a class="nav-link js-search" href="#" aria-label="Search"><i class="fas fa-search"
aria-hidden="true"></i></a></li><li class="nav-item dropdown theme-dropdown"><a href="#" class="nav-link" data-toggle="dropdown" aria-haspopup="true"
aria-label="Display preferences"><i class="fas fa-moon" aria-hidden="true"></i></a><div class="dropdown-menu">${acTheme
  .map((t) => `<a href="#" class="dropdown-item js-set-theme-${t.toLowerCase()}"><span>${t}</span></a>`)
  .join('')}</div></li></ul></div></nav></header></div>
<div class="page-body"><article class="article"><div class="article-container pt-3"><h1>${acTitle}</h1>
<div class="article-metadata"><div><span class="author-highlighted"><a href="/author/hannah-ostrowski/">${acName}</a></span></div>
<span class="article-date">Sep 15, 2025</span><span class="middot-divider"></span>
<span class="article-reading-time">2 min read</span><span class="middot-divider"></span>
<span class="article-categories"><i class="fas fa-folder mr-1"></i><a href="/category/news/">News</a></span></div></div>
<div class="article-header article-container featured-image-wrapper mt-4 mb-4" style="max-width: 720px; max-height: 405px;"><div style="position: relative">
<img src="/post/erc-riverplast/featured_hu3d03a01dcc18bc5be0e67db3d8d209a6_412876_720x2500_fit_q75_h2_lanczos.webp" width="720" height="405" alt=""
class="featured-image">
<span class="article-header-caption">${acCaption}</span></div></div>
<div class="article-container"><div class="article-style">${acBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="what-we-will-do">${acH1}</h2><p>${acBody2}</p><ul>${acList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="open-positions">${acH2}</h2>${acBody3.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="article-tags">${acTags.map((t) => `<a class="badge badge-light" href="/tag/${t.toLowerCase()}/">${t}</a>`).join('\n')}</div>
<div class="share-box"><ul class="share">${['twitter', 'facebook', 'envelope', 'linkedin', 'whatsapp'].map(icon).join('\n')}</ul></div>
<div class="media author-card content-widget-hr"><a href="/">
<img class="avatar mr-3 avatar-circle" src="/author/hannah-ostrowski/avatar_hu.jpg" alt="${acName}"></a>
<div class="media-body"><h5 class="card-title"><a href="/">${acName}</a></h5><h6 class="card-subtitle">${acRole}</h6><p class="card-text">${acBio}</p>
<ul class="network-icon" aria-hidden="true"><li><a href="mailto:h.ostrowski@lakeside-uni.example"><i class="fas fa-envelope"></i></a></li>
<li><a href="https://scholar.google.example/citations?user=x1"><i class="ai ai-google-scholar"></i></a></li></ul></div></div>
<div class="article-widget content-widget-hr"><h3>Related</h3><ul>${links(acRelated)}</ul></div>
<div class="article-widget"><div class="post-nav"><div class="post-nav-item"><div class="meta-nav">${acPager[0]}</div>
<a href="/post/welcome-amara/" rel="prev">${acPager[1]}</a></div><div class="post-nav-item"><div class="meta-nav">${acPager[2]}</div>
<a href="/post/egu-2025/" rel="next">${acPager[3]}</a></div></div></div></div></article></div>
<div class="page-footer"><div class="container"><footer class="site-footer">
<p class="powered-by copyright-license-text">© 2025 ${acName}. This work is licensed under
<a href="https://creativecommons.org/licenses/by-nc-nd/4.0" rel="noopener noreferrer" target="_blank">CC BY NC ND 4.0</a></p>
<p class="powered-by">Published with <a href="https://hugoblox.example/?utm_campaign=poweredby" target="_blank" rel="noopener">Hugo Blox Builder</a> — the free,
<a href="https://github.com/HugoBlox/hugo-blox-builder" target="_blank" rel="noopener">open source</a> website builder that empowers creators.</p></footer>
</div></div>
<script src="/js/wowchemy.min.5e1a6b.js"></script></body></html>`;
export const academicNews: TestPage = {
  html: acHtml,
  name: 'heldout28-academic-homepage-news-post',
  kind: 'blog',
  // the post's paragraphs and list items are body (the thanks paragraph too: the owner's own closing words), under the two h2s;
  // the owner's name (navbar site title, metadata and author card, once) and the date are bylines; the reading time, the "News"
  // category (also a menu item, once), the featured image caption, tags, the author card's role and bio (a profile box, not the
  // post's author line), "Related" with its items (one also the previous post in the pager, once), the pager labels, the search
  // modal, the theme menu, navbar and footer lines are furniture; the share box has icons only
  title: acTitle,
  headings: [acH1, acH2],
  body: [...texts(acBody1), acBody2, ...acList, ...texts(acBody3)],
  bylines: [acName, 'Sep 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', ...acNav, ...acTheme, '2 min read', acCaption, ...acTags, acRole, acBio, 'Related', ...acRelated, acPager[0], acPager[2], acPager[3],
    acLicence, acPowered,
  ],
};
