import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout658-kit.js';

/**
 * Held-out batch 658, file d: an insulation contractor's blog post on HubSpot CMS (theme partials, CTA image, tags, related
 * posts, HubSpot cookie banner), and a national installer network's grant checker page on Next.js (App Router, Tailwind, a
 * checker form beside the explanation).
 */
const hTitle = 'Spray foam in your loft? What to do before you sell or remortgage';
const hIntro = [
  j(
    'Over the last few years we have had more calls about spray foam than about any other kind of insulation. Almost all of them',
    'start the same way: a buyer has pulled out, or a lender has refused a mortgage, because the survey found foam sprayed onto the',
    'underside of the roof.',
  ),
  'Here is what we tell every homeowner who rings us, in the order we tell it.',
];
const hH = ['Find out what type of foam you have', 'Get an independent roof inspection', 'Removal: what it involves', 'Frequently asked'];
const hOpen = j(
  'Open-cell foam is soft and spongy, and it lets moisture pass through. Closed-cell foam is rigid and was often sprayed to',
  'hold slipped tiles in place. Lenders treat both with caution, but closed-cell foam glued to the tiles and battens causes the most concern.',
);
const hInsp = j(
  'Most lenders now ask for a report from an inspector who has no link to the company that would remove the foam. The report',
  'looks for rot, condensation and trapped moisture in the timbers, and it is what the lender will base its decision on.',
);
const hRem = [
  'scaffolding is not usually needed; the work is done from inside the loft',
  'the foam is cut and scraped from the rafters by hand, then bagged and taken away',
  'the timbers are checked and treated, and a breathable membrane is fitted if needed',
  'new mineral wool insulation is laid at ceiling level to 270mm',
];
const hCost = j(
  'For a typical three-bedroom semi, removal takes two to three days and costs between £3,500 and £6,000. We provide the paperwork',
  'that surveyors and lenders ask for once the work is complete.',
);
const hFaq = j(
  'Can I just leave it? If you are not selling or remortgaging and the inspection shows dry, healthy timbers, you may decide to.',
  'Keep the report, because a future buyer will ask to see it.',
);
const hNav = ['Services', 'Spray Foam Removal', 'About', 'Blog', 'Contact'];
const hTags = ['Spray Foam', 'Selling Your Home'];
const hRel = ['Is loft boarding safe over 270mm insulation?', 'Room-in-roof insulation: the hidden heat loss'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our',
  'website and allow us to remember you.',
);
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="What to do about spray foam insulation before a sale.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.redwellinsulation.example/blog/spray-foam-before-you-sell">
<link rel="stylesheet" href="https://www.redwellinsulation.example/hubfs/hub_generated/template_assets/1/69874512/1709888123456/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Owen Treharne"}}</script>
</head><body><div class="body-wrapper   hs-content-id-153877201234 hs-blog-post hs-blog-id-98123456701">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget">
<img src="/hubfs/redwell-logo.png" class="hs-image-widget" alt="Redwell Insulation" width="180" height="54"></a></span></div></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field"><div
class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr" for="site_search-input">Search</label><div
class="hs-search-field__input-wrapper">
<input type="text" id="site_search-input" class="hs-search-field__input" name="term" autocomplete="off"
placeholder="Search"></div></form></div></div></div></div>
<div class="header__row-2"><div class="header__menu header--element"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/owen-treharne">Owen Treharne</a><time datetime="2026-01-22 09:15:00" class="blog-post__timestamp">Jan 22,
2026 9:15:00 AM</time>
</div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}
<!--more--><h2>${at(hH, 0)}</h2>${ps([hOpen])}<h2>${at(hH, 1)}</h2>${ps([hInsp])}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7e1b2c3d-4f5a-6b7c-8d9e-0f1a2b3c4d5e"><span
class="hs-cta-node hs-cta-7e1b2c3d"
id="hs-cta-7e1b2c3d"><a href="https://cta-redirect.hubspot.com/cta/redirect/98123456/7e1b2c3d"><img class="hs-cta-img" id="hs-cta-img-7e1b2c3d"
style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/98123456/7e1b2c3d.png" alt="Book an independent roof inspection"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta.load(98123456, '7e1b2c3d',
{"useNewLoader":"true","region":"na1"});</script>
</span><!-- end HubSpot Call-to-Action Code --></p>
<h2>${at(hH, 2)}</h2><p>A standard removal has four stages:</p><ul>${lis(hRem)}</ul>${ps([hCost])}<h3>${at(hH, 3)}</h3>${ps([hFaq])}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path
d="M0 252.118V48C0"></path></g></svg>
${hTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div></article></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link"
href="/blog/${t.length}"><img class="blog-related-posts__image" src="/hubfs/related-${t.length}.jpg" loading="lazy" alt=""></a><h3
class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/${t.length}">${t}</a></h3></article>`,
  )
  .join('\n')}
</div></div></section></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div
class="container-fluid footer__container content-wrapper">
<div class="row-fluid-wrapper row-depth-1 row-number-1"><div class="row-fluid"><div class="span12 widget-span widget-type-cell" data-widget-type="cell">
<div class="dnd-section"><p>Redwell Insulation Ltd · Llantrisant Business Park, CF72 8LF · 01443 496 330</p>
<p>© 2026 Redwell Insulation Ltd. Registered in Wales.</p></div></div></div></div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-region="" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>${hCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/98123456.js"></script></body></html>`;
const hubspotFoam: TestPage = {
  name: 'heldout658-hubspot-spray-foam-post',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, hOpen, hInsp, 'A standard removal has four stages:', ...hRem, hCost, hFaq]),
  bylines: ['Owen Treharne', 'Jan 22, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav, 'Selling Your Home', 'Related posts',
    ...hRel, 'Redwell Insulation Ltd · Llantrisant Business Park, CF72 8LF · 01443 496 330',
    '© 2026 Redwell Insulation Ltd. Registered in Wales.', hCookie, 'Accept', 'Decline',
  ],
};

const nTitle = 'Who can get the Home Warmth Uplift grant?';
const nLead = 'Check in two minutes whether your home qualifies for free loft or cavity wall insulation.';
const nH = ['The three tests', 'If you rent your home', 'What we check at the survey'];
const nTests = [
  '<strong>The home:</strong> it has an EPC rating of D or below, or no EPC at all.',
  '<strong>The household:</strong> someone receives a qualifying benefit, or the household income is under the local limit.',
  '<strong>The work:</strong> the insulation you need is on the scheme list and has not been paid for by an earlier grant.',
];
const nRent = j(
  'Tenants can apply, but the landlord has to agree in writing and will be asked for a small contribution if the property is in',
  'band E or below. Social housing tenants should contact their housing association first.',
);
const nSurvey = [
  j(
    'A surveyor from one of our member installers visits, measures the loft and walls and takes photographs. They confirm the',
    'EPC rating and check for damp, blocked vents or old insulation that would need removing.',
  ),
  'The visit takes about an hour and you do not need to prepare anything beyond clearing the loft hatch.',
];
const nForm = [
  'Check your eligibility',
  'Your postcode',
  'Do you own or rent your home?',
  'I own it',
  'I rent privately',
  'I rent from a council or housing association',
  'Continue',
];
const nNav = ['How it works', 'Eligibility', 'Find an installer', 'For installers'];
const nFoot = ['Privacy notice', 'Accessibility', 'Complaints', 'Contact'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__className_3a0388"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/6f1b0a8e2c3d4e5f.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low"
href="/_next/static/chunks/webpack-4a1e2b3c.js"/>
<script src="/_next/static/chunks/fd9d1056-2f3e4a5b.js" async=""></script><script src="/_next/static/chunks/main-app-9c8b7a6d.js" async=""></script>
<title>Eligibility | WarmHomes Installer Network</title><meta name="description" content="${nLead}"/><link rel="canonical"
href="https://warmhomesnetwork.example/eligibility"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"${nTitle}"}</script></head>
<body class="min-h-screen bg-white text-slate-900 antialiased"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main
content</a>
<header class="border-b border-slate-200"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-4"><a
class="text-lg font-bold text-emerald-700" href="/">WarmHomes
Installer Network</a><nav aria-label="Main" class="hidden gap-6 md:flex">${nNav
  .map(
    (t) => `<a class="text-sm font-medium hover:text-emerald-700"
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}</nav>
<button type="button" class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24"></svg></button></div></header>
<main id="main" class="mx-auto grid max-w-6xl gap-10 px-4 py-10 lg:grid-cols-3"><div class="lg:col-span-2"><nav aria-label="Breadcrumb"
class="mb-4 text-sm text-slate-500">
<ol class="flex gap-2"><li><a href="/">Home</a></li><li aria-hidden="true">/</li><li aria-current="page">Eligibility</li></ol></nav>
<h1 class="text-3xl font-bold tracking-tight sm:text-4xl">${nTitle}</h1><p class="mt-4 text-lg text-slate-600">${nLead}</p>
<div class="prose prose-slate mt-8 max-w-none"><h2>${at(nH, 0)}</h2><p>You can get the grant if all three of these are true:</p><ol>${lis(nTests)}</ol>
<h2>${at(nH, 1)}</h2>${ps([nRent])}<h2>${at(nH, 2)}</h2>${ps(nSurvey)}</div>
<p class="mt-10 text-xs text-slate-500">Page last updated 12 February 2026</p></div>
<aside class="rounded-2xl bg-emerald-50 p-6 lg:sticky lg:top-6 lg:self-start"><h2 class="text-xl font-semibold">${at(nForm, 0)}</h2><form
class="mt-4 space-y-4">
<label class="block text-sm font-medium" for="postcode">${at(nForm, 1)}</label><input id="postcode" name="postcode"
class="w-full rounded-md border px-3 py-2" autoComplete="postal-code"/>
<fieldset><legend class="text-sm font-medium">${at(nForm, 2)}</legend>${[3, 4, 5]
  .map(
    (i) => `<label class="mt-2 flex items-center gap-2 text-sm"><input
type="radio" name="tenure" value="${i}"/>${at(nForm, i)}</label>`,
  )
  .join('')}
</fieldset><button type="submit" class="w-full rounded-md bg-emerald-700 px-4 py-2 font-semibold text-white">${at(nForm, 6)}</button></form></aside></main>
<footer class="mt-16 border-t border-slate-200 bg-slate-50"><div class="mx-auto max-w-6xl px-4 py-8 text-sm text-slate-600"><ul
class="flex flex-wrap gap-4">${links(nFoot)}</ul>
<p class="mt-4">WarmHomes Installer Network is a trading name of WHIN Services Ltd, company number 14203977.</p></div></footer>
<script src="/_next/static/chunks/webpack-4a1e2b3c.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>
self.__next_f.push([1,"1:HL[\\"/_next/static/css/6f1b0a8e2c3d4e5f.css\\"]\\n0:[\\"$\\",\\"$L2\\",null,{\\"buildId\\":\\"xK3p9_QvR2\\"}]\\n"])</script>
</body></html>`;
const nextEligibility: TestPage = {
  name: 'heldout658-nextjs-grant-checker',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nLead, 'You can get the grant if all three of these are true:', ...nTests, nRent, ...nSurvey]),
  bylines: ['Page last updated 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'WarmHomes Installer Network', ...nNav, ...nForm, ...nFoot,
    'WarmHomes Installer Network is a trading name of WHIN Services Ltd, company number 14203977.',
  ],
};

export const HELDOUT658_D: readonly TestPage[] = [hubspotFoam, nextEligibility];
