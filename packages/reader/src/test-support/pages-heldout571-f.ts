import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout571-kit.js';

/**
 * Held-out batch 571, file f: a returner's advice article on a job board built with Next.js (with its __NEXT_DATA__
 * payload and a job-alert box), and a warehouse and logistics sector page of a staffing firm built with Elementor.
 */
const nTitle = 'Going back to work after a career break: a practical plan';
const nDek = 'Whether you have been away for one year or ten, the gap matters less than how you explain it.';
const nH1 = 'Name the gap on your CV';
const nGap = [
  j(
    'Put the break on your CV as a single line with dates, like any other role: "Career break – caring for family, 2021 to 2026".',
    'Leaving a blank makes an employer guess; a line closes the question before it is asked.',
  ),
  'If you did anything during the break – volunteering, a course, running the school PTA accounts – list it under that line.',
];
const nH2 = 'Refresh one skill, not all of them';
const nSkill = [
  j(
    'Pick the one thing that has changed most in your field and spend four to six weeks on it. For office roles that is usually',
    'shared documents and video calls; for accounts it may be cloud bookkeeping software.',
  ),
];
const nH3 = 'Consider a returnship or temp role';
const nRet = [
  j(
    'Temporary assignments through an agency are one of the quickest ways back. They give you a recent reference, and many of the',
    'roles on Brightpath Jobs marked "temp to perm" are offered permanently after twelve weeks.',
  ),
];
const nList = [
  'Ask for a phased start of three or four days a week.',
  'Tell the agency the hours you can work honestly from the start.',
  'Keep a note of what you achieve in your first month – it becomes your next CV line.',
];
const nNav = ['Find jobs', 'Companies', 'Salaries', 'Career advice'];
const nRelated = ['How to explain a gap in an interview', 'Flexible jobs: what employers mean by "hybrid"'];
const nFoot = ['About Brightpath', 'Post a job', 'Help', 'Privacy', 'Terms'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/8f2c1a7b3d4e5f60.css" data-precedence="next"/>
<title>${nTitle} | Brightpath Jobs</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.brightpathjobs.co.uk/career-advice/going-back-to-work-after-a-career-break"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","author":{"@type":"Person","name":"Sarah Lomax"},
"datePublished":"2026-05-12"}</script>
<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>
<body class="__className_d65c78"><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
<a class="text-xl font-bold text-indigo-700" href="/">Brightpath<span class="text-slate-900">Jobs</span></a>
<nav class="hidden md:flex gap-6 text-sm font-medium">${nNav
  .map(
    (t) => `<a class="hover:text-indigo-700"
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}</nav>
<div class="flex items-center gap-3"><a class="text-sm" href="/login">Sign in</a>
<a class="rounded-md bg-indigo-700 px-3 py-2 text-sm text-white" href="/employers">For employers</a></div></div></header>
<main id="main" class="mx-auto max-w-7xl px-4 py-10"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-slate-500"><ol class="flex gap-2">
<li><a href="/">Home</a></li><li aria-hidden="true">/</li><li><a href="/career-advice">Career advice</a></li><li aria-hidden="true">/</li>
<li aria-current="page">Returning to work</li></ol></nav>
<div class="grid gap-10 lg:grid-cols-[1fr_320px]"><article class="prose prose-slate max-w-none">
<p class="not-prose text-xs font-semibold uppercase tracking-wide text-indigo-700">Returning to work</p>
<h1>${nTitle}</h1><p class="lead">${nDek}</p>
<div class="not-prose flex items-center gap-3 text-sm text-slate-500">
<img alt="" loading="lazy" width="32" height="32" decoding="async" class="rounded-full" src="/_next/image?url=%2Fauthors%2Fsarah.jpg&amp;w=64&amp;q=75"/>
<span>Sarah Lomax</span><span aria-hidden="true">·</span><time dateTime="2026-05-12">12 May 2026</time><span aria-hidden="true">·</span>
<span>4 min read</span></div>
<h2 id="name-the-gap">${nH1}</h2>${ps(nGap)}<h2 id="refresh-one-skill">${nH2}</h2>${ps(nSkill)}<h2 id="returnship">${nH3}</h2>${ps(nRet)}<ul>${lis(nList)}</ul>
<div class="not-prose mt-8 flex gap-3 border-t pt-4 text-sm"><span>Share:</span><button type="button">LinkedIn</button><button type="button">Email</button>
<button type="button">Copy link</button></div></article>
<aside class="space-y-6"><div class="rounded-xl border p-5"><h2 class="text-lg font-semibold">Get job alerts</h2>
<p class="mt-1 text-sm text-slate-600">New temp and part-time roles near you, every morning.</p>
<form class="mt-3 space-y-2"><label class="sr-only" for="alert-email">Email address</label>
<input id="alert-email" type="email" placeholder="you@example.com" class="w-full rounded-md border px-3 py-2"/>
<button class="w-full rounded-md bg-indigo-700 py-2 text-white">Create alert</button></form></div>
<div class="rounded-xl border p-5"><h2 class="text-lg font-semibold">Related articles</h2><ul class="mt-2 space-y-2 text-sm">${links(nRelated)}</ul></div>
</aside></div></main>
<footer class="border-t bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-8 text-sm"><ul class="flex flex-wrap gap-4">${links(nFoot)}</ul>
<p class="mt-4 text-slate-500">© 2026 Brightpath Jobs Ltd</p></div></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"article":{"title":"${nTitle}","slug":"going-back-to-work-after-a-career-break","excerpt":"${nDek}",
"author":"Sarah Lomax"}},"__N_SSG":true},"page":"/career-advice/[slug]","query":{"slug":"going-back-to-work-after-a-career-break"},"buildId":"k2Yp9xQm1",
"isFallback":false,"gsp":true,"scriptLoader":[]}</script>
<script src="/_next/static/chunks/main-app-6f3a2b1c.js" async=""></script></body></html>`;
const next: TestPage = {
  name: 'heldout571-nextjs-career-break',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3],
  body: texts([nDek, ...nGap, ...nSkill, ...nRet, ...nList]),
  bylines: ['Sarah Lomax', '12 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'BrightpathJobs', ...nNav, 'Sign in', 'For employers', 'Home', 'Returning to work', '4 min read', 'Share:', 'LinkedIn',
    'Email', 'Copy link', 'Get job alerts', 'New temp and part-time roles near you, every morning.', 'Create alert', 'Related articles', ...nRelated,
    ...nFoot, '© 2026 Brightpath Jobs Ltd',
  ],
};

const eTitle = 'Warehouse & Logistics Staffing';
const eIntro = [
  j(
    'Peak season, a new contract or a sudden run of sickness: Ashdown Workforce supplies trained warehouse operatives, forklift',
    'drivers and shift leaders to distribution centres across the M1 and A14 corridors, often within 24 hours.',
  ),
];
const eH1 = 'What we supply';
const eRoles = ['Pickers and packers', 'Counterbalance, reach and VNA forklift drivers', 'Goods-in and despatch operatives', 'Shift leaders and team leaders'];
const eH2 = 'How we keep sites safe';
const eSafe = [
  j(
    'Every forklift driver is assessed on a truck at our Kettering training yard before we send them to you, whatever their',
    'certificate says. Operatives receive a site-specific induction on their first morning, and an on-site coordinator stays with',
    'any booking of 20 people or more.',
  ),
];
const eNav = ['Home', 'Find Work', 'Employers', 'Sectors', 'About', 'Contact'];
const eCounters = ['850', 'Workers on shift each week', '97%', 'Fill rate'];
const eTesti = j(
  '"Ashdown filled 60 extra shifts for us in the week before Black Friday without a single no-show."',
  '– Operations Manager, a Northamptonshire 3PL',
);
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Warehouse &amp; Logistics Staffing - Ashdown Workforce</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1725011820" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<script type="application/ld+json"
class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Warehouse &amp; Logistics Staffing"}]}</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 elementor-default elementor-template-full-width elementor-kit-6
elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f2a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('5a1b', 'theme-site-logo', `<a href="/"><img width="180" height="48" src="/wp-content/uploads/2024/01/ashdown-logo.svg" alt="Ashdown Workforce"></a>`)}
${el(
  '6c2d',
  'nav-menu',
  `<nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-6c2d" class="elementor-nav-menu">${eNav
    .map(
      (t) => `<li class="menu-item">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`,
    )
    .join('')}</ul></nav>`,
)}
${el(
  '7e3f',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01536496220">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">01536 496 220</span></span></a></div>`,
)}
</div></div></div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<div class="elementor-element elementor-element-a11 e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${el('b21', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle.replace('&', '&amp;')}</h1>`)}
${el('b22', 'text-editor', ps(eIntro))}
${el(
  'b23',
  'button',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="/employers/request-staff/">
<span class="elementor-button-text">Request workers</span></a></div>`,
)}
</div></div>
<div class="elementor-element elementor-element-c31 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-c32 e-con-full e-flex e-con e-child" data-element_type="container">
${el('c33', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eH1}</h2>`)}
${el(
  'c34',
  'icon-list',
  `<ul class="elementor-icon-list-items">${eRoles
    .map(
      (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>
</li>`,
    )
    .join('')}</ul>`,
)}</div>
<div class="elementor-element elementor-element-c35 e-con-full e-flex e-con e-child" data-element_type="container">
${el(
  'c36',
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number" data-duration="2000" data-to-value="850">0</span></div><div class="elementor-counter-title">${eCounters[1]}</div>
</div>`,
)}
${el(
  'c37',
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number" data-to-value="97">0</span><span class="elementor-counter-number-suffix">%</span></div>
<div class="elementor-counter-title">${eCounters[3]}</div></div>`,
)}</div>
</div></div>
<div class="elementor-element elementor-element-d41 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('d42', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eH2}</h2>`)}
${el('d43', 'text-editor', ps(eSafe))}
${el('d44', 'testimonial', `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eTesti}</div></div>`)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-f51 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('f52', 'heading', `<h4 class="elementor-heading-title elementor-size-default">Ready to start work this week?</h4>`)}
${el('f53', 'text-editor', `<p>Register online or visit us at 7 Dryden Court, Kettering NN16 8PT.</p>`)}
${el('f54', 'text-editor', `<p>© 2026 Ashdown Workforce Ltd · Company no. 10456712 · <a href="/privacy-policy/">Privacy Policy</a></p>`)}
</div></div></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice">
<p>We are using cookies to give you the best experience on our website.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept" role="button">Accept</button>
<button class="mgbutton moove-gdpr-infobar-reject-btn gdpr-fbo-1" aria-label="Reject" role="button">Reject</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.23.4",
"is_static":false};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout571-elementor-warehouse-sector',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2],
  body: texts([...eIntro, ...eRoles, ...eSafe]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, '01536 496 220', 'Request workers', '0', ...eCounters.filter((t) => !/^\d/.test(t)), '0%', eTesti,
    'Ready to start work this week?',
    'Register online or visit us at 7 Dryden Court, Kettering NN16 8PT.', '© 2026 Ashdown Workforce Ltd · Company no. 10456712 · Privacy Policy',
    'We are using cookies to give you the best experience on our website.', 'Accept', 'Reject',
  ],
};

export const HELDOUT571_F: readonly TestPage[] = [next, elementor];
