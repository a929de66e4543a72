import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout570-kit.js';

/**
 * Held-out batch 570, file e: a pharmacy chain's health hub article on a free blood pressure check, served by Next.js (app
 * router, Tailwind classes, streamed RSC payload), and an online pharmacy's emergency contraception explainer built with Webflow.
 */
const bTitle = 'Free blood pressure checks: what happens at your appointment';
const bBody = [
  j(
    'One in three adults has high blood pressure, and many do not know it because it rarely causes symptoms. If you are 40 or over,',
    'you can have a free check at any Orchard Health pharmacy without an appointment.',
  ),
  'Before you come in',
  'Avoid caffeine, smoking and exercise for 30 minutes before your check.',
  'Wear a short-sleeved or loose top so the cuff can go on your upper arm.',
  'Bring a list of any medicines you take.',
  'During the check',
  j(
    'The pharmacist will take you into a private consultation room and ask you to sit quietly for five minutes. They then take two',
    'or three readings with an automatic cuff and use the lowest one. The whole check takes about 15 minutes.',
  ),
  'Understanding your result',
  j(
    'A reading of 140/90 or higher in the pharmacy may mean you have high blood pressure. If your reading is high, we may offer you',
    'a home monitor for a week, which gives a more reliable picture than a single reading, and send the results to your GP.',
  ),
  j(
    'If your reading is 180/120 or higher, we will advise you to see a doctor on the same day. Low readings are usually nothing',
    'to worry about unless you feel dizzy or faint.',
  ),
];
const bHeadIdx = [1, 5, 7];
const bNav = ['Shop', 'Prescriptions', 'Health services', 'Health hub', 'Store finder'];
const bCrumbs = ['Home', 'Health hub', 'Heart health'];
const bRel = ['How to use a home blood pressure monitor', 'Cholesterol: what the numbers mean', 'Five small changes for a healthier heart'];
const bFoot = [
  'Help & contact',
  'Delivery information',
  'Accessibility',
  'Privacy notice',
  'Cookie settings',
  '© 2025 Orchard Health Pharmacies Ltd. Registered in England No. 09123456. GPhC registered pharmacies.',
];
const bHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a0388"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/8e4f22a1c7b0d913.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low"
href="/_next/static/chunks/webpack-5d1c1b0a3e2f.js"/><script src="/_next/static/chunks/main-app-91f0aa.js" async=""></script>
<title>${bTitle} | Orchard Health</title><meta name="description" content="What to expect at a free pharmacy blood pressure check."/>
<link rel="canonical" href="https://www.orchardhealth.co.uk/health-hub/heart-health/blood-pressure-check"/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${bTitle}","lastReviewed":"2025-02-11",
"reviewedBy":{"@type":"Person","name":"Sunita Varghese"}}</script></head>
<body class="bg-white font-sans text-slate-900 antialiased"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-4">Skip to main content</a>
<div class="bg-emerald-800 py-2 text-center text-sm text-white"><p>Free delivery on prescriptions. <a class="underline"
href="/prescriptions">Find out more</a></p></div>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a href="/" aria-label="Orchard Health home"><svg class="h-8 w-auto" viewBox="0 0 120 32" aria-hidden="true"><path d="M0 0h10v32H0z"></path></svg></a>
<nav aria-label="Main" class="hidden lg:block"><ul class="flex gap-6 text-sm font-medium">${links(bNav, 'hover:text-emerald-700')}</ul></nav>
<form role="search" action="/search" class="relative"><label for="site-search" class="sr-only">Search Orchard Health</label>
<input id="site-search" name="q" placeholder="Search products and advice" class="w-64 rounded-full border px-4 py-2"/></form>
<a href="/basket" class="relative"><span class="sr-only">Basket</span>
<span class="absolute -right-2 -top-2 rounded-full bg-emerald-700 px-1.5 text-xs text-white">0</span></a>
</div></header>
<main id="main" class="mx-auto max-w-7xl px-4 pb-16"><nav aria-label="Breadcrumb" class="py-4 text-sm"><ol class="flex flex-wrap gap-2 text-slate-600">
${links(bCrumbs, "after:content-['/'] after:ml-2")}</ol></nav><div class="grid gap-12 lg:grid-cols-[1fr_320px]"><article class="prose prose-slate max-w-none">
<p class="not-prose mb-2 text-sm font-semibold uppercase tracking-wide text-emerald-700">Heart health</p><h1 class="not-prose text-4xl font-bold">${bTitle}</h1>
<div class="not-prose mt-4 flex items-center gap-3 border-y border-slate-200 py-3 text-sm text-slate-600"><img alt=""
src="/_next/image?url=%2Fpeople%2Fsv.jpg&amp;w=64&amp;q=75"
width="32" height="32" class="rounded-full"/><p>Medically reviewed by <a href="/our-pharmacists/sunita-varghese"
class="font-medium">Sunita Varghese, MPharm</a></p>
<p>Last reviewed: <time dateTime="2025-02-11">11 February 2025</time></p><p>Next review due: February 2027</p></div>
${ps(bBody.slice(0, 1))}
<h2>${bBody[1]}</h2><ul>${lis(bBody.slice(2, 5))}</ul>
<h2>${bBody[5]}</h2>${ps(bBody.slice(6, 7))}
<h2>${bBody[7]}</h2>${ps(bBody.slice(8))}
<div class="not-prose my-8 rounded-lg bg-emerald-50 p-6"><p class="text-lg font-semibold">Check your blood pressure today</p>
<p class="mt-1 text-sm">No appointment
needed at most stores.</p><a href="/store-finder?service=bp" class="mt-4 inline-block rounded-full bg-emerald-700 px-5 py-2 text-white">Find a store</a></div>
</article><aside class="space-y-6"><section class="rounded-lg border p-5"><h2 class="text-base font-semibold">Related articles</h2>
<ul class="mt-3 space-y-3 text-sm">
${links(bRel)}</ul></section></aside></div></main>
<footer class="bg-slate-900 text-slate-300"><div class="mx-auto max-w-7xl px-4 py-10">
<ul class="grid grid-cols-2 gap-3 text-sm md:grid-cols-5">${links(bFoot.slice(0, 5))}</ul>
<p class="mt-8 text-xs">${bFoot[5]}</p></div></footer>
<div role="dialog" aria-live="polite" aria-label="Cookie consent"
class="fixed bottom-0 z-50 w-full bg-white p-4 shadow-2xl"><p class="text-sm">We use cookies to make our
site work and, with your consent, to personalise content and measure how it is used.</p><div class="mt-3 flex gap-3">
<button class="rounded-full border px-4 py-2">Manage
preferences</button><button class="rounded-full bg-emerald-700 px-4 py-2 text-white">Accept all</button></div></div>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/8e4f22a1c7b0d913.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"5:[\\"$\\",\\"article\\",null,{\\"className\\":\\"prose prose-slate max-w-none\\",
\\"children\\":\\"${bTitle}\\"}]\\n"])</script></body></html>`;
const nextBp: TestPage = {
  name: 'heldout570-nextjs-blood-pressure',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bHeadIdx.map((i) => bBody[i] ?? ''),
  body: texts(bBody.filter((_, i) => !bHeadIdx.includes(i))),
  bylines: ['Medically reviewed by Sunita Varghese, MPharm', 'Last reviewed: 11 February 2025', 'Next review due: February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Free delivery on prescriptions. Find out more', ...bNav, 'Search Orchard Health', 'Basket', '0', ...bCrumbs, 'Heart health',
    'Check your blood pressure today', 'No appointment needed at most stores.', 'Find a store', 'Related articles', ...bRel, ...bFoot,
    'We use cookies to make our site work and, with your consent, to personalise content and measure how it is used.', 'Manage preferences', 'Accept all',
  ],
};

const eTitle = 'Emergency contraception: your options explained';
const eDek = 'There are two kinds of emergency contraception. Both work best the sooner you use them.';
const eBody = [
  j(
    'Emergency contraception can prevent pregnancy after sex without contraception, or when your usual method has failed, for',
    'example a split condom or a missed pill. It is not an abortion pill and it will not harm an existing pregnancy.',
  ),
  'The morning-after pill',
  j(
    'There are two types of pill. Levonorgestrel can be taken up to 3 days (72 hours) after sex, and ulipristal acetate up to',
    '5 days (120 hours) after. Ulipristal is slightly more effective, but it can be less effective if you have taken a hormonal',
    'contraceptive in the week before.',
  ),
  'The copper IUD',
  j(
    'A copper intrauterine device (IUD) fitted by a nurse or doctor within 5 days of sex is the most effective emergency',
    'contraception. It can then be left in as your regular contraception for up to ten years.',
  ),
  'Ordering from Larkspur',
  'Answer a short confidential questionnaire.',
  'A pharmacist checks your answers, usually within an hour between 8am and 8pm.',
  'Your pill is sent by tracked next-day delivery in plain packaging, or can be collected from a partner pharmacy the same day.',
];
const eHeadIdx = [1, 3, 5];
const eNav = ['Conditions', 'How it works', 'Pricing', 'Pharmacists', 'Sign in', 'Start consultation'];
const eFoot = [
  'Larkspur Online Pharmacy',
  'Company',
  'About',
  'Careers',
  'Legal',
  'Terms',
  'Privacy',
  'Complaints',
  'Larkspur Health Ltd, Unit 4, Calder Works, Halbridge HX7 2LT. GPhC registration 9014662.',
  '© 2025 Larkspur Health Ltd',
];
const wfCol = (head: string, items: readonly string[]): string =>
  `<div class="footer-col"><div class="footer-heading">${head}</div>${items
    .map(
      (t) => `<a href="#"
class="footer-link w-inline-block"><div>${t}</div></a>`,
    )
    .join('')}</div>`;
const eHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Mar 11 2025 10:22:41 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.larkspur.health" data-wf-page="65e0a1f2c3d4e5f6a7b8c9d0" data-wf-site="65e0a1f2c3d4e5f6a7b8c9a1"
lang="en"><head><meta charset="utf-8"/>
<title>Emergency contraception | Larkspur Online Pharmacy</title><meta content="How the morning-after pill and the copper IUD work, and how to order."
name="description"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.com/65e0a1f2c3d4e5f6a7b8c9a1/css/larkspur.webflow.shared.4b1e2c.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${eTitle}","about":{"@type":"MedicalTherapy",
"name":"Emergency contraception"}}</script>
</head><body class="body">
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://cdn.prod.website-files.com/65e0a1f2/larkspur-logo.svg" loading="lazy"
alt="Larkspur"
class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">${eNav
  .map((t, i) => `<a href="/${i}" class="${i === 5 ? 'button nav-button w-button' : 'nav-link w-nav-link'}">${t}</a>`)
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container w-container"><div class="breadcrumb-wrap"><a href="/conditions" class="breadcrumb-link">Conditions</a>
<div class="breadcrumb-divider">/</div><a href="/conditions/sexual-health"
class="breadcrumb-link">Sexual health</a></div><h1 class="heading-hero">${eTitle}</h1>
<p class="paragraph-hero">${eDek}</p><div class="hero-buttons"><a href="/consultation/emergency-contraception" class="button w-button">Start consultation</a>
<div class="price-tag">From £14.99</div></div></div></section>
<section class="section-content"><div class="container w-container"><div class="content-grid w-layout-grid"><div id="w-node-_7f1a-2b3c"
class="rich-text-block w-richtext">
${ps(eBody.slice(0, 1))}
<h2>${eBody[1]}</h2>${ps(eBody.slice(2, 3))}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65e0a1f2/pill-box.webp"
loading="lazy" alt="Pill packet"/>
</div><figcaption>Photo: Larkspur</figcaption></figure>
<h2>${eBody[3]}</h2>${ps(eBody.slice(4, 5))}
<h2>${eBody[5]}</h2><ol role="list">${lis(eBody.slice(6))}</ol>
</div><div id="w-node-_7f1a-2b40" class="sidebar-card"><div class="sidebar-title">Reviewed by our clinical team</div>
<div class="sidebar-text">Dr Malik Oyelaran-Price, GP
adviser</div><div class="sidebar-text">Updated 11 March 2025</div></div></div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="heading-cta">Need help choosing?</h2>
<p class="paragraph-cta">Our pharmacists are online
every day from 8am to 8pm.</p><a href="/chat" class="button white w-button">Chat to a pharmacist</a></div></section>
<footer class="footer"><div class="container w-container">
<div class="footer-grid w-layout-grid">${wfCol(eFoot[0] ?? '', [])}${wfCol(eFoot[1] ?? '', eFoot.slice(2, 4))}
${wfCol(eFoot[4] ?? '', eFoot.slice(5, 8))}</div><div class="footer-legal">${eFoot[8]}</div><div class="footer-copyright">${eFoot[9]}</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0a1f2c3d4e5f6a7b8c9a1" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65e0a1f2c3d4e5f6a7b8c9a1/js/webflow.2c5a7d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout570-webflow-emergency-contraception',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeadIdx.map((i) => eBody[i] ?? ''),
  body: texts([eDek, ...eBody.filter((_, i) => !eHeadIdx.includes(i))]),
  bylines: ['Reviewed by our clinical team', 'Dr Malik Oyelaran-Price, GP adviser', 'Updated 11 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'Sexual health', '/', 'From £14.99', 'Photo: Larkspur', 'Need help choosing?', 'Our pharmacists are online every day from 8am to 8pm.',
    'Chat to a pharmacist', ...eFoot,
  ],
};

export const HELDOUT570_E: readonly TestPage[] = [tidy(nextBp), tidy(webflow)];
