import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout668-kit.js';

/**
 * Held-out batch 668, file e: a bootcamp newsroom's outcomes report article on Next.js (App Router, Tailwind, a flight-data
 * script) with a results table, and a community college's tutoring-centre news story on Drupal 10 (Olivero theme) with tags.
 */
const nTitle = 'Kestrel Tech Institute publishes its 2026 graduate outcomes report';
const nDek = 'Job placement rose to 74% within six months of graduation, with the strongest results in the data analytics program.';
const nParas = [
  j(
    'Kestrel Tech Institute today released its audited outcomes report for students who graduated between January and December',
    '2026. Of the 618 graduates who were seeking a job, 457 were employed in a role that used their new skills within 180 days.',
  ),
  j(
    'The report follows the reporting standard agreed by eleven regional bootcamps in 2024, which counts only full-time, part-time',
    'and contract roles of at least three months, and excludes graduates who were already employed by a partner company.',
  ),
];
const nH1 = 'Results by program';
const nRows = [
  ['Software Engineering', '284', '71%', '$68,500'],
  ['Data Analytics', '196', '81%', '$63,000'],
  ['UX Design', '138', '69%', '$58,200'],
];
const nH2 = 'What changed this year';
const nParas2 = [
  j(
    'The institute added a fourth month of career support for every graduate and doubled the number of employer partners in the',
    'Tallis Bay area, to 140 companies. "The extra month matters most for the students who need it most," said Ruth Okafor,',
    'director of career services. "Those who found work in month four would have been counted as not placed a year ago."',
  ),
  j(
    'Completion rates were flat at 88%. The report notes that UX Design graduates took longer to find work than in 2025, which the',
    'institute links to slower hiring of junior designers across the region.',
  ),
  "The full report, including the independent auditor's letter, is available as a PDF on the outcomes page.",
];
const nBody = [nDek, ...nParas, ...nRows.map(rowText), ...nParas2];
const nNav = ['Programs', 'Outcomes', 'Employers', 'Newsroom', 'Apply'];
const nRel = ['Kestrel opens a second campus in Port Avery', 'Meet the 2027 employer advisory board', 'Our reporting standard, explained'];
const nFoot = ['About', 'Careers', 'Student handbook', 'Privacy', 'Terms', 'Accessibility statement'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0388 __variable_c1e5c9"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="preload" as="font" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2"
crossorigin="" type="font/woff2"><link rel="stylesheet" href="/_next/static/css/7d1b2c4e9f0a3b21.css" data-precedence="next">
<script src="/_next/static/chunks/webpack-2b0e4c8a1d6f7e39.js" async=""></script><script src="/_next/static/chunks/main-app-9a1c3e5b7d2f4a60.js" async="">
</script><title>${nTitle} | Kestrel Tech Institute</title><meta name="description" content="${nDek}">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-02-24T13:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2027-02-24",
"author":[{"@type":"Person","name":"Tomasz Reyes"}]}</script></head>
<body class="bg-white text-slate-900 antialiased"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex max-w-7xl items-center justify-between px-6 py-4">
<a class="flex items-center gap-2 font-semibold" href="/"><img alt="" loading="lazy" width="28" height="28" src="/logo.svg">Kestrel Tech Institute</a>
<nav aria-label="Main" class="hidden gap-8 text-sm md:flex">
${nNav.map((t) => `<a class="hover:text-sky-700" href="/${t.toLowerCase()}">${t}</a>`).join('')}</nav>
<button type="button" class="md:hidden" aria-label="Open menu"><span class="sr-only">Menu</span></button></div></header>
<main id="main"><article class="mx-auto max-w-3xl px-6 py-16"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-slate-500"><ol class="flex gap-2">
<li><a href="/newsroom">Newsroom</a></li><li aria-hidden="true">/</li><li><a href="/newsroom?category=reports">Reports</a></li></ol></nav>
<h1 class="text-4xl font-bold tracking-tight">${nTitle}</h1><p class="mt-4 text-xl text-slate-600">${nDek}</p>
<div class="mt-6 flex items-center gap-3 text-sm text-slate-500"><span>By Tomasz Reyes</span><span aria-hidden="true">·</span>
<time dateTime="2027-02-24">February 24, 2027</time></div>
<div class="prose prose-slate prose-lg mt-10 max-w-none">${ps(nParas)}
<h2>${nH1}</h2><div class="not-prose overflow-x-auto"><table class="w-full text-left text-sm"><thead>
${tr(['Program', 'Graduates seeking work', 'Employed within 180 days', 'Median starting salary'], 'th')}</thead><tbody>
${nRows.map((r) => tr(r)).join('\n')}</tbody></table></div>
<h2>${nH2}</h2>${ps(nParas2)}</div>
<div class="mt-10 flex gap-3 border-t border-slate-200 pt-6"><span class="text-sm font-medium">Share</span><a href="https://www.linkedin.com/shareArticle"
class="text-sm text-sky-700">LinkedIn</a><a href="mailto:?subject=Outcomes%20report" class="text-sm text-sky-700">Email</a>
<button class="text-sm text-sky-700">Copy link</button></div>
<a href="/outcomes/report-2026.pdf" class="mt-8 inline-flex rounded-full bg-sky-700 px-5 py-3 text-white">Download the 2026 report (PDF, 2.1 MB)</a></article>
<section class="bg-slate-50 py-16"><div class="mx-auto max-w-5xl px-6"><h2 class="text-2xl font-semibold">More from the newsroom</h2>
<ul class="mt-6 grid gap-6 md:grid-cols-3">${nRel
  .map(
    (t) => `<li><a class="block rounded-xl bg-white p-6 shadow-sm" href="/newsroom/x">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></div></section>
<section class="mx-auto max-w-3xl px-6 py-16"><h2 class="text-xl font-semibold">Get Kestrel news in your inbox</h2><p class="mt-2 text-slate-600">One email a
month. No spam.</p><form class="mt-4 flex gap-2"><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email"
placeholder="you@example.com" class="flex-1 rounded-full border px-4"><button class="rounded-full bg-slate-900 px-5 py-2 text-white">Subscribe</button></form>
</section></main>
<footer class="border-t border-slate-200"><div class="mx-auto max-w-7xl px-6 py-10 text-sm text-slate-500"><ul class="flex flex-wrap gap-6">
${nFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<p class="mt-6">© 2027 Kestrel Tech Institute. Licensed by the State Board for Private Postsecondary Education.</p></div></footer>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7d1b2c4e9f0a3b21.css\\",\\"style\\"]\\n2:I[\\"(app)/newsroom/[slug]/page\\",[],\\"\\"]"])</script>
<script>self.__next_f.push([1,"3:[\\"$\\",\\"article\\",null,{\\"children\\":[\\"$\\",\\"h1\\",null,{\\"children\\":\\"${nTitle}\\"}]}]"])</script>
</body></html>`;
const nextNews: TestPage = {
  name: 'heldout668-nextjs-outcomes-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts(nBody),
  bylines: ['By Tomasz Reyes', 'February 24, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Programs', 'Employers', 'Newsroom', 'Apply', 'Reports', 'Share', 'LinkedIn', 'Email', 'Copy link',
    'Download the 2026 report (PDF, 2.1 MB)', 'More from the newsroom', ...nRel, 'Get Kestrel news in your inbox', 'One email a month. No spam.',
    'Subscribe', ...nFoot, '© 2027 Kestrel Tech Institute. Licensed by the State Board for Private Postsecondary Education.',
  ],
};

const oTitle = 'Learning Commons opens a second tutoring center at the Eastgate campus';
const oParas = [
  j(
    'Students at the Eastgate campus no longer need to take the shuttle to Main Street for help with writing, math or science.',
    'The Learning Commons opened its second drop-in tutoring center on March 1 in Room 114 of the Harmon Building.',
  ),
  j(
    'The center is open Monday to Thursday from 9 am to 7 pm and on Fridays until 3 pm. Twelve peer tutors and two professional',
    'staff will work there, and students can book 30-minute appointments or walk in.',
  ),
  j(
    '"Last year almost a third of our visits came from Eastgate students who had travelled across town," said Adaeze Brennan,',
    'coordinator of the Learning Commons. "Putting tutors where the classes are is the simplest thing we can do to help."',
  ),
  'The Eastgate center will also host the ESL conversation circle on Wednesday afternoons, starting in the summer term.',
];
const oNav = ['Home', 'Admissions', 'Academics', 'Student services', 'News', 'Events'];
const oTags = ['Tutoring', 'Eastgate campus', 'Student success'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.westbrookcc.edu/news/eastgate-tutoring-center">
<title>${oTitle} | Westbrook Community College</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8m1fWc4e2R0.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/418"},"ajaxTrustedUrl":[]}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Westbrook Community College</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<form action="/search/node" method="get" class="search-form search-block-form"><div class="js-form-item form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div>
<div class="form-actions"><input class="button--primary search-form__submit button js-form-submit form-submit" type="submit" value="Search"></div></form></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system">
<article data-history-node-id="418" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/2026-08/ines.jpg" width="100" height="100" alt="Profile picture for user ivarga">
</div></article><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Ines Varga</span></span></span>
<span>8 March, 2027</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2027-03/eastgate-center.jpg" width="1200" height="675" alt="Students working at tables in a bright room"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(oParas)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(oTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<p><a href="/user/login?destination=/comment/reply/node/418/comment">Log in</a> to post comments</p></section></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div><div class="footer-info">
<p>Westbrook Community College, 300 College Drive, Westbrook</p>
</div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const oliveroNews: TestPage = {
  name: 'heldout668-olivero-tutoring-center-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oParas),
  bylines: ['By Ines Varga', '8 March, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Westbrook Community College', 'Menu', 'Search', 'Home', 'Admissions', 'Academics', 'Student services', 'News', 'Events',
    'Tags', 'Student success', 'Comments', 'Log in to post comments', 'RSS feed', 'Powered by Drupal',
    'Westbrook Community College, 300 College Drive, Westbrook',
  ],
};

export const HELDOUT668_E: readonly TestPage[] = [nextNews, oliveroNews];
