import { links, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout471-kit.js';

/**
 * Held-out batch 471, file e: an electrical franchise's panel-upgrade service page on Next.js (pages router, Tailwind, a price
 * table, a financing promo and related service cards), and a plumbing firm's service-area page on WordPress with the Divi theme
 * (blurbs, a promo module, Divi's stock footer).
 */
const nTitle = 'Electrical Panel Upgrades';
const nDek = 'Safer power for the way you live now, installed by licensed electricians with permits handled for you.';
const nH = ['Is it time to upgrade your panel?', 'What a panel upgrade includes', 'How much does a panel upgrade cost?'];
const nSigns = [
  'Breakers trip often, or lights dim when large appliances start',
  'Your home still has a fuse box or a 60 or 100 amp service',
  'You are adding an EV charger, a heat pump, a hot tub or a home addition',
  'The panel is warm to the touch, rusted or makes a buzzing sound',
];
const nIncl = j(
  'Every upgrade starts with a load calculation so your new panel is sized for what you have today and what you plan to add.',
  'On the day, we coordinate the disconnect with the utility, replace the panel and main breaker, and bring grounding and',
  'bonding up to the current code.',
);
const nInclList = ['Permit and inspection', 'New panel, main breaker and breakers', 'Updated grounding and bonding', 'A printed, labeled circuit directory'];
const nCost = j(
  'Prices depend on your service size, the panel location and whether the utility meter has to move. These are typical ranges',
  'for homes in our service areas in 2025:',
);
const nRows: readonly (readonly [string, string, string])[] = [
  ['100 amp panel replacement', '$1,800 to $2,600', '1 day'],
  ['200 amp service upgrade', '$3,200 to $4,800', '1 to 2 days'],
  ['Subpanel for a garage or addition', '$900 to $1,700', 'Half a day'],
];
const nCostNote = 'Your technician gives you an exact price before any work starts.';
const nNav = ['Services', 'Why Ampline', 'Financing', 'Careers', 'Locations'];
const nCrumbs = ['Home', 'Services'];
const nRel: readonly (readonly [string, string])[] = [
  ['EV Charger Installation', 'Level 2 chargers installed and permitted.'],
  ['Whole-Home Surge Protection', 'Protect every appliance at the panel.'],
  ['Generator Installation', 'Standby power that switches on by itself.'],
];
const nFoot = ['About Ampline', 'Franchise Opportunities', 'Privacy Policy', 'Terms of Service', 'Accessibility Statement', 'Do Not Sell or Share My Info'];
const tw = 'mx-auto max-w-7xl px-4 sm:px-6 lg:px-8';
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Electrical Panel Upgrades | Ampline Electric</title><meta name="description" content="${nDek}">
<link rel="canonical" href="https://www.amplineelectric.com/services/panel-upgrades"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust">
<link rel="preload" href="/_next/static/css/8f2b6e1c4d7a9053.css" as="style"><link rel="stylesheet" href="/_next/static/css/8f2b6e1c4d7a9053.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>
<script src="/_next/static/chunks/pages/services/%5Bslug%5D-3c1d2e4f5a6b7c8d.js" defer=""></script></head>
<body><div id="__next"><div class="__className_a64ecd flex min-h-screen flex-col">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:p-2">Skip to main content</a>
<div class="bg-amber-400 text-center text-sm font-semibold text-slate-900 py-2">$100 off any panel upgrade booked in November.
<a class="underline" href="/specials">See details</a></div>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white"><div class="${tw} flex h-20 items-center justify-between">
<a href="/" class="flex items-center gap-2"><img alt="Ampline Electric" loading="lazy" width="180" height="40" decoding="async" data-nimg="1"
src="/_next/static/media/ampline-logo.6f1c2d3e.svg"></a><nav aria-label="Main" class="hidden lg:flex lg:gap-8">
${nNav.map((t) => `<a class="text-sm font-medium text-slate-700 hover:text-amber-600" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('\n')}</nav>
<form class="hidden items-center gap-2 lg:flex" action="/locations"><label for="zip" class="sr-only">ZIP code</label>
<input id="zip" name="zip" placeholder="Enter ZIP" class="w-28 rounded border px-2 py-1 text-sm"><button type="submit"
class="rounded bg-slate-900 px-3 py-1 text-sm text-white">Find your local Ampline</button></form>
<a href="/schedule" class="rounded-full bg-amber-500 px-5 py-2 text-sm font-bold text-slate-900">Schedule Service</a>
<button type="button" class="lg:hidden" aria-label="Open menu"><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24"><path d="M4 6h16M4 12h16M4 18h16"></path>
</svg></button></div></header>
<main id="main" class="flex-1"><nav aria-label="Breadcrumb" class="${tw} pt-6"><ol class="flex gap-2 text-sm text-slate-500">
${links(nCrumbs, "after:content-['/'] after:ml-2 last:after:content-none")}<li aria-current="page" class="font-medium text-slate-900">Panel Upgrades</li>
</ol></nav>
<section class="${tw} grid gap-10 py-12 lg:grid-cols-2"><div><h1 class="text-4xl font-extrabold tracking-tight text-slate-900 sm:text-5xl">${nTitle}</h1>
<p class="mt-4 text-lg text-slate-600">${nDek}</p><div class="mt-8 flex gap-4"><a href="/schedule" class="rounded-full bg-amber-500 px-6 py-3
font-bold">Book an Estimate</a><a href="tel:8885550177" class="rounded-full border border-slate-300 px-6 py-3 font-bold">(888) 555-0177</a></div></div>
<div class="relative aspect-[4/3] overflow-hidden rounded-2xl"><img alt="Ampline electrician installing a new breaker panel" loading="lazy" decoding="async"
data-nimg="fill" class="object-cover" style="position:absolute;height:100%;width:100%;inset:0px" 
src="/_next/image?url=%2Fimages%2Fpanel.jpg&amp;w=1080&amp;q=75">
</div></section>
<section class="${tw} grid gap-12 pb-16 lg:grid-cols-3"><div class="prose prose-slate max-w-none lg:col-span-2">
<h2>${at(nH, 0)}</h2><ul>${lis(nSigns)}</ul><h2>${at(nH, 1)}</h2><p>${nIncl}</p><ul>${lis(nInclList)}</ul>
<h2>${at(nH, 2)}</h2><p>${nCost}</p><div class="not-prose overflow-x-auto"><table class="min-w-full divide-y divide-slate-200 text-sm">
<thead><tr><th scope="col" class="px-4 py-2 text-left">Job</th><th scope="col" class="px-4 py-2 text-left">Typical price</th>
<th scope="col" class="px-4 py-2 text-left">Time on site</th></tr></thead><tbody class="divide-y divide-slate-100">
${nRows.map((r) => `<tr>${r.map((c) => `<td class="px-4 py-2">${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div><p>${nCostNote}</p></div>
<aside class="space-y-6"><div class="rounded-2xl bg-slate-900 p-6 text-white"><h3 class="text-xl font-bold">Financing available</h3>
<p class="mt-2 text-slate-300">0% APR for 18 months on approved credit for upgrades over $2,500.</p><a href="/financing"
class="mt-4 inline-block font-semibold text-amber-400">Check your rate</a></div><div class="rounded-2xl border border-slate-200 p-6">
<h3 class="text-xl font-bold">The Ampline Promise</h3><p class="mt-2 text-slate-600">On time or your first hour is free. Licensed, background-checked
electricians. Work guaranteed for two years.</p></div></aside></section>
<section class="bg-slate-50 py-16"><div class="${tw}"><h2 class="text-2xl font-bold">Related services</h2><div class="mt-8 grid gap-6 md:grid-cols-3">
${nRel
  .map(
    ([t, d]) => `<a href="/services/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="rounded-xl bg-white p-6 shadow-sm hover:shadow-md">
<h3 class="font-semibold text-slate-900">${t}</h3><p class="mt-2 text-sm text-slate-600">${d}</p><span class="mt-4 inline-block text-sm font-semibold
text-amber-600">Learn more →</span></a>`,
  )
  .join('\n')}</div></div></section></main>
<footer class="bg-slate-900 text-slate-300"><div class="${tw} py-12"><ul class="grid gap-3 sm:grid-cols-3">${links(nFoot)}</ul>
<p class="mt-8 text-xs">Each Ampline Electric location is independently owned and operated. License numbers by location are listed on each local page.</p>
<p class="mt-2 text-xs">© 2025 Ampline Franchising LLC</p></div></footer></div>
<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert" style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;
overflow:hidden;padding:0;position:absolute;top:0;width:1px;white-space:nowrap;word-wrap:normal"></p></next-route-announcer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"panel-upgrades","service":{"title":"${nTitle}"}},"__N_SSG":true},
"page":"/services/[slug]","query":{"slug":"panel-upgrades"},"buildId":"x7Kd2mQp9VbL1nR4tY6aZ","isFallback":false,"gsp":true,"scriptLoader":[]}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout471-nextjs-panel-upgrades',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: [nDek, ...nSigns, nIncl, ...nInclList, nCost, ...nRows.map((r) => r.join(' ')), nCostNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', '$100 off any panel upgrade booked in November.', 'See details', ...nNav, 'ZIP code', 'Find your local Ampline',
    'Schedule Service', ...nCrumbs.filter((t) => t !== 'Services'), 'Book an Estimate', '(888) 555-0177', 'Financing available',
    '0% APR for 18 months on approved credit for upgrades over $2,500.', 'Check your rate', 'The Ampline Promise',
    'On time or your first hour is free. Licensed, background-checked electricians. Work guaranteed for two years.', 'Related services',
    ...nRel.flatMap(([t, d]) => [t, d]), 'Learn more →', ...nFoot,
    'Each Ampline Electric location is independently owned and operated. License numbers by location are listed on each local page.',
    '© 2025 Ampline Franchising LLC',
  ],
};

const vTitle = 'Areas We Serve';
const vIntro = j(
  'Buckeye Run Plumbing has served central Ohio since 1987 from our shop in Galloway Heights. We send plumbers to the towns',
  'below every day, with no extra trip charge anywhere on this page.',
);
const vCounties: readonly (readonly [string, readonly string[]])[] = [
  ['Franklin County', ['Galloway Heights', 'Westmoor', 'Prairie Township', 'Hilliard Crossing', 'Grove Park']],
  ['Madison County', ['London Mills', 'West Jefferson', 'Plain City South']],
  ['Pickaway County', ['Orient', 'Darbyville', 'Commercial Point']],
];
const vMiss = j(
  'If your town is not listed, call us before you call someone else. We regularly travel further for drain and sewer work,',
  'and we will tell you up front if a trip charge applies.',
);
const vBlurbs: readonly (readonly [string, string])[] = [
  ['Same-day service', 'Call before noon and we can usually be there today.'],
  ['Upfront pricing', 'You approve the price before we start. No surprises.'],
  ['Licensed & insured', 'Ohio plumbing contractor license PL.48213.'],
];
const vNav = ['Home', 'Residential', 'Commercial', 'Drain & Sewer', 'Service Areas', 'Coupons', 'Contact'];
const vSocial = ['Facebook', 'Instagram'];
const vMod = (kind: string, n: number, inner: string): string => `<div class="et_pb_module et_pb_${kind} et_pb_${kind}_${n} et_pb_text_align_left
et_pb_bg_layout_light"><div class="et_pb_${kind}_inner">${inner}</div></div>`;
const vBlurb = ([h, d]: readonly [string, string], n: number): string => `<div class="et_pb_column et_pb_column_1_3 et_pb_column_${n + 2}
et_pb_css_mix_blend_mode_passthrough"><div class="et_pb_module et_pb_blurb et_pb_blurb_${n} et_pb_text_align_center et_pb_blurb_position_top
et_pb_bg_layout_light"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><span class="et-waypoint
et_pb_animation_top et-pb-icon">&#xe0${(n + 81).toString()};</span></span></div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header">
<span>${h.replace(/&/g, '&amp;')}</span></h4><div class="et_pb_blurb_description"><p>${d}</p></div></div></div></div></div>`;
const vCountyCol = ([c, towns]: readonly [string, readonly string[]], n: number): string => `<div class="et_pb_column et_pb_column_1_3
et_pb_column_${n + 5} et_pb_css_mix_blend_mode_passthrough">${vMod('text', n + 2, `<h2>${c}</h2><ul>${lis(towns)}</ul>`)}</div>`;
const vHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="https://buckeyerunplumbing.com/xmlrpc.php"><script type="text/javascript">document.documentElement.className = 'js';</script>
<title>Areas We Serve | Buckeye Run Plumbing</title><meta name="description" content="Plumbers serving Franklin, Madison and Pickaway counties, Ohio.">
<link rel="stylesheet" id="divi-style-css" href="https://buckeyerunplumbing.com/wp-content/themes/Divi/style-static.min.css?ver=4.27.1" type="text/css" 
media="all">
<style id="et-builder-module-design-88-cached-inline-styles">.et_pb_section_0.et_pb_section{background-color:#0d3b66!important}
.et_pb_text_0 h1{font-size:48px;color:#ffffff!important}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Plumber","name":"Buckeye Run Plumbing","areaServed":["Franklin County",
"Madison County","Pickaway County"]}</script></head>
<body class="page-template-default page page-id-88 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">(614) 555-0162</span>
<a href="mailto:office@buckeyerunplumbing.com"><span id="et-info-email">office@buckeyerunplumbing.com</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper">
</span><a href="https://buckeyerunplumbing.com/"><img src="/wp-content/uploads/2022/05/buckeye-run-logo.png" width="240" height="80" alt="Buckeye Run Plumbing"
id="logo" data-height-percentage="54"></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">
<ul id="top-menu" class="nav">${links(vNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form"
action="https://buckeyerunplumbing.com/"><input type="search" class="et-search-field" placeholder="Search &hellip;" value="" name="s"
title="Search for:"></form><span class="et_close_search_field"></span></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-88" class="post-88 page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column
et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">${vMod('text', 0, `<h1>${vTitle}</h1>`)}
${vMod('text', 1, `<p>${vIntro}</p>`)}</div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">${vCounties.map(vCountyCol).join('\n')}</div>
<div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_8 et-last-child">${vMod('text', 5, `<p>${vMiss}</p>`)}</div></div>
</div>
<div class="et_pb_section et_pb_section_2 et_section_regular"><div class="et_pb_row et_pb_row_3">${vBlurbs.map(vBlurb).join('\n')}</div></div>
<div class="et_pb_section et_pb_section_3 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_4"><div class="et_pb_column
et_pb_column_4_4 et_pb_column_9 et-last-child"><div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_bg_layout_dark et_pb_text_align_center">
<div class="et_pb_promo_description"><h2 class="et_pb_module_header">Need a plumber today?</h2><div><p>Our dispatchers answer 7 days a week.</p></div></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="tel:6145550162">Call (614) 555-0162</a></div></div></div></div></div>
</div></div></div></article></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons">
${vSocial
  .map(
    (t) => `<li class="et-social-icon et-social-${t.toLowerCase()}"><a href="https://www.${t.toLowerCase()}.com/buckeyerunplumbing" class="icon">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul><div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress Themes">Elegant
Themes</a> | Powered by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div>
<script type="text/javascript" id="divi-custom-script-js-extra">var DIVI = {"item_count":"%d Item","items_count":"%d Items"};</script>
<script type="text/javascript" src="https://buckeyerunplumbing.com/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.1" id="divi-custom-script-js"></script>
</body></html>`;
const divi: TestPage = {
  name: 'heldout471-divi-service-areas',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: vCounties.map(([c]) => c),
  body: [vIntro, ...vCounties.flatMap(([, towns]) => towns), vMiss],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '(614) 555-0162', 'office@buckeyerunplumbing.com', ...vNav.filter((t) => t !== 'Commercial'), 'Select Page', ...vBlurbs.flatMap(([h, d]) => [h, d]),
    'Need a plumber today?',
    'Our dispatchers answer 7 days a week.', 'Call (614) 555-0162', ...vSocial, 'Designed by Elegant Themes | Powered by WordPress',
  ],
};

export const HELDOUT471_E: readonly TestPage[] = [nextjs, divi];
