import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout667-kit.js';

/**
 * Held-out batch 667, file e: a nursery group's "what to pack" blog post on HubSpot CMS (blog-post template, author card,
 * subscribe form, related posts), and a nursery chain's funded-hours explainer on a Next.js site (app router, a table,
 * an on-page contents list and a sticky enquiry box).
 */
const hTitle = 'What to pack for your child’s first day at nursery';
const hBody = [
  j(
    'Packing the nursery bag for the first time can feel like preparing for an expedition. The good news is that you need less',
    'than you think, and our rooms already keep plenty of spares. Here is the short list our room leaders recommend.',
  ),
  'The essentials',
  'Two full changes of clothes, including socks and pants or vests',
  'A named water bottle or beaker your child already knows',
  'Their comforter or dummy, if they use one',
  'Any medicines, handed to a member of staff with the signed medicine form',
  'For babies',
  j(
    'If your baby has formula, bring unopened cartons or pre-measured powder in a labelled dispenser. Breast milk should be in',
    'labelled bottles and will go straight in the fridge. We provide nappies, wipes and cream, but let us know if you prefer a brand.',
  ),
  'What to leave at home',
  j(
    'Please leave toys from home behind unless they are a comforter: they get lost, and sharing a favourite toy is hard when you',
    'are two. Jewellery, hair clips with small parts and sweets also stay at home.',
  ),
  j('Label absolutely everything. Our lost property box currently holds eleven identical grey hoodies.'),
];
const hHeads = [1, 6, 8];
const hNav = ['Our Nurseries', 'Fees', 'Parents', 'Careers', 'Blog'];
const hRel = ['Five ways to make mornings calmer', 'Understanding your child’s learning journal', 'Nursery lunches: our spring menu'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.meadowlarknurseries.example/hubfs/favicon.png">
<meta name="description" content="The short list our room leaders recommend for the nursery bag.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.meadowlarknurseries.example/blog/what-to-pack">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Hannah Lyle"}}</script>
<link rel="stylesheet" href="https://www.meadowlarknurseries.example/hubfs/hub_generated/template_assets/1/121/1712345/template_main.min.css">
<style>#hs_cos_wrapper_blog_subscribe .hs-form-field{margin-bottom:8px}</style></head>
<body><div class="body-wrapper hs-content-id-152338711 hs-blog-post hs-blog-id-88213"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/meadowlark-logo.svg"
alt="Meadowlark Nurseries" class="hs-image-widget"></a></span></div><div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__button"><a class="button" href="/book-a-tour">Book a tour</a></div></div></header>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/hannah-lyle">Hannah
Lyle</a><time datetime="2027-08-21 08:00:00" class="blog-post__timestamp">Aug 21, 2027 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([hBody[0] ?? ''])}<!--more-->
<h2>${hBody[1]}</h2><ul>${lis(hBody.slice(2, 6))}</ul><h2>${hBody[6]}</h2>${ps([hBody[7] ?? ''])}
<h2>${hBody[8]}</h2>${ps(hBody.slice(9))}</span></div>
<div class="blog-post__tags"><svg></svg><a class="blog-post__tag-link" href="/blog/tag/starting-nursery">Starting nursery</a></div></article>
<div class="blog-author"><div class="blog-author__image"><img src="/hubfs/hannah.jpg" alt="Hannah Lyle"></div><div class="blog-author__content"><h3
class="blog-author__name">Hannah Lyle</h3><p class="blog-author__bio">Hannah is Head of Early Years Practice at Meadowlark and has worked in nurseries for
eighteen years.</p></div></div>
<div class="blog-subscribe"><h3>Subscribe to the Meadowlark blog</h3><div id="hs_form_target_blog_subscribe"><form class="hs-form stacked"><div
class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-b1"><span>Email</span><span class="hs-form-required">*</span></label>
<input id="email-b1" name="email" type="email" class="hs-input"></div><div class="hs_submit hs-submit"><input type="submit" value="Subscribe"
class="hs-button primary large"></div></form></div></div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>${hRel
  .map(
    (r) => `<article class="blog-related-posts__post"><a
class="blog-related-posts__title-link" href="#"><h3 class="blog-related-posts__title">${r}</h3></a></article>`,
  )
  .join('\n')}</div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Meadowlark Nurseries Ltd, registered in England no. 09917204</p>
<ul>${links(['Privacy notice', 'Cookie policy', 'Contact us'])}</ul><p>© 2027 Meadowlark Nurseries</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/_hcms/analytics/js/embed.js" async></script><script id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/88213.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout667-hubspot-what-to-pack',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['Hannah Lyle', 'Aug 21, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book a tour', 'Starting nursery',
    'Hannah is Head of Early Years Practice at Meadowlark and has worked in nurseries for eighteen years.', 'Subscribe to the Meadowlark blog',
    'Email', '*', 'Related posts', ...hRel, 'Meadowlark Nurseries Ltd, registered in England no. 09917204', 'Privacy notice', 'Cookie policy',
    'Contact us', '© 2027 Meadowlark Nurseries', 'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

const nTitle = 'Funded childcare hours explained';
const nDek = 'Who can get free hours, how many, and how they work at a Bramblewood nursery.';
const nBody = [
  j(
    'Most families with a child under five can get some help with childcare costs through government funded hours. The rules have',
    'changed several times in the last few years, so this guide sets out how the scheme works from September 2027 and how we apply',
    'it at our eleven nurseries.',
  ),
  'Who is eligible',
  j(
    'There are two kinds of funded hours. <strong>Universal hours</strong> are open to every three and four year old, whatever',
    'their parents earn. <strong>Working parent hours</strong> depend on each parent earning at least the equivalent of sixteen',
    'hours a week at the national minimum wage, and less than £100,000 a year.',
  ),
  'How many hours',
  'Hours are counted over 38 weeks a year. If your child attends all year round, we stretch the same total over 51 weeks.',
  'Getting your code',
  j(
    'Working parents apply online for an eligibility code, usually once the child is a few months old. You must reconfirm the',
    'code every three months; if you miss the reminder, your funding stops at the end of the following term.',
  ),
  j(
    'Give us your code and your National Insurance number at least four weeks before the term starts: by 1 August for the',
    'autumn term, 1 December for spring and 1 March for summer.',
  ),
  'What funding covers',
  j(
    'Funding pays for the hours of care and education themselves. It does not cover meals, nappies or trips, so we charge a',
    'daily consumables fee of £6.00 on funded days. You can choose not to pay it and bring your own food and nappies instead;',
    'just tell your nursery manager.',
  ),
  'Any hours beyond your funded hours are charged at our normal session rates.',
];
const nRows = [
  ['9 months to 2 years', 'Working parents', '15 hours', '30 hours'],
  ['2 years', 'Working parents, or families on some benefits', '15 hours', '30 hours'],
  ['3 and 4 years', 'All families', '15 hours', '15 hours'],
  ['3 and 4 years', 'Working parents', '30 hours', '30 hours'],
];
const nHeads = [1, 3, 5, 8];
const nNav = ['Find a nursery', 'Fees & funding', 'Our approach', 'Parents', 'Careers'];
const nCrumbs = ['Home', 'Fees & funding'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a0388"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/8e2f4a1c9d7b6e30.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5f1d2c8a3b9e7a41.js"/>
<script src="/_next/static/chunks/main-app-0a2b4c6d8e1f3a5b.js" async=""></script><title>${nTitle} | Bramblewood Nurseries</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://www.bramblewood.example/fees-and-funding/funded-hours"/>
<meta property="og:title" content="${nTitle}"/><meta name="next-size-adjust"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"${nTitle}","publisher":{"@type":"Organization",
"name":"Bramblewood Nurseries"}}</script>
</head><body class="min-h-screen bg-cream text-ink antialiased">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-sage-100 bg-white/95 backdrop-blur"><div class="mx-auto flex max-w-7xl items-center justify-between px-6 py-4">
<a class="flex items-center gap-2" href="/">
<img alt="Bramblewood Nurseries" loading="lazy" width="160" height="40" decoding="async" src="/_next/static/media/logo.4f1e.svg"/>
</a><nav aria-label="Main" class="hidden lg:block"><ul class="flex gap-8 text-sm font-medium">${links(nNav, 'hover:text-sage-700')}</ul></nav><div
class="flex items-center gap-3"><a class="rounded-full bg-berry-600 px-5 py-2 text-sm font-semibold text-white" href="/enquire">Enquire now</a><button
class="lg:hidden" aria-label="Open menu"><svg class="h-6 w-6"></svg></button></div></div></header>
<main id="main" class="mx-auto max-w-7xl px-6 pb-24 pt-10"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-ink/70"><ol class="flex gap-2">
${links(nCrumbs, "after:content-['/'] after:ml-2")}<li aria-current="page">Funded hours</li></ol></nav>
<div class="grid gap-12 lg:grid-cols-[220px_1fr_300px]"><aside class="hidden lg:block"><div class="sticky top-28"><p class="mb-3 text-xs font-semibold uppercase
tracking-wide text-ink/60">On this page</p><ul class="space-y-2 text-sm">${nHeads
  .map(
    (i) => `<li><a class="hover:underline" href="#h-${i}">${nBody[i]}</a>
</li>`,
  )
  .join('')}
</ul></div></aside><article class="prose prose-lg max-w-none prose-headings:font-serif"><h1 class="font-serif text-4xl">${nTitle}</h1>
<p class="lead text-xl text-ink/80">${nDek}</p><p class="not-prose text-sm text-ink/60">Last reviewed <time dateTime="2027-06-30">30 June 2027</time></p>
${ps([nBody[0] ?? ''])}<h2 id="h-1">${nBody[1]}</h2>${ps([nBody[2] ?? ''])}<h2 id="h-3">${nBody[3]}</h2>
<div class="not-prose overflow-x-auto rounded-xl border border-sage-100"><table class="w-full text-left text-sm"><thead class="bg-sage-50"><tr>
<th class="p-3">Child's
age</th><th class="p-3">Who qualifies</th><th class="p-3">Until Aug 2027</th><th class="p-3">From Sept 2027</th></tr></thead><tbody class="divide-y">
${nRows.map((r) => `<tr>${r.map((c) => `<td class="p-3">${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${ps([nBody[4] ?? ''])}<h2 id="h-5">${nBody[5]}</h2>${ps(nBody.slice(6, 8))}<h2 id="h-8">${nBody[8]}</h2>${ps(nBody.slice(9))}
</article><aside class="lg:block"><div class="sticky top-28 rounded-2xl bg-sage-700 p-6 text-white"><h2 class="font-serif text-2xl">Talk to our team</h2><p
class="mt-2 text-sm">Not sure what you can claim? Our family advisers can check for you.</p><a class="mt-4 inline-block rounded-full bg-white px-5 py-2
text-sage-800" href="/enquire">Book a call</a><p class="mt-4 text-sm">Or call 0330 088 2461</p></div></aside></div></main>
<footer class="bg-ink text-cream"><div class="mx-auto max-w-7xl px-6 py-12"><p class="font-serif text-xl">Bramblewood Nurseries</p>
<ul class="mt-4 flex gap-6 text-sm">
${links(['Privacy', 'Terms', 'Modern slavery statement', 'Sitemap'])}</ul><p class="mt-6 text-xs">© 2027 Bramblewood Nurseries Ltd. All rights reserved.</p>
</div></footer><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/8e2f4a1c9d7b6e30.css\\",\\"style\\"]\\n"])</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout667-nextjs-funded-hours',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads.map((i) => nBody[i] ?? ''),
  body: [
    nDek,
    ...texts(nBody.slice(0, 4).filter((_, i) => !nHeads.includes(i))),
    ...nRows.map((r) => r.join(' ')),
    ...texts(nBody.slice(4).filter((_, i) => !nHeads.includes(i + 4))),
  ],
  bylines: ['Last reviewed 30 June 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Find a nursery', 'Fees & funding', 'Our approach', 'Careers', 'Enquire now', 'Home', 'On this page',
    'Talk to our team', 'Not sure what you can claim? Our family advisers can check for you.', 'Book a call', 'Or call 0330 088 2461', 'Bramblewood Nurseries',
    'Privacy', 'Terms', 'Modern slavery statement', 'Sitemap', '© 2027 Bramblewood Nurseries Ltd. All rights reserved.',
  ],
};

export const HELDOUT667_E: readonly TestPage[] = [hubspot, nextjs];
