import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes } from './pages-heldout151-a2.js';
import { ccNote, ccNoteHead, ccSections, ccSummary, ccTitle } from './pages-heldout151-f3.js';

/**
 * Held-out batch 151, file f4: the HTML of the Cleveland Clinic Health Library disease article whose texts are in file f3,
 * as the Next.js site renders it: the header with its navigation and "Need Help?" menu, the breadcrumbs, the title with its
 * summary, the lead image and caption, the ad slot with the non-profit disclaimer, the "Contents" jump list, question-style
 * subheadings, the "Care at Cleveland Clinic" promo inside the article, the medical review line and date, the references
 * drawer, "Was this page helpful?", the newsletter sign-up, related content, the footer columns and the cookie banner.
 */
const nav = ['Find a Doctor', 'Locations & Directions', 'Patients & Visitors', 'Health Library', 'Institutes & Departments', 'Appointments'];
const help = ['Need Help?', 'Giving', 'Careers', 'Search', 'MyChart'];
const crumbs = ['Home', 'Health Library', 'Diseases & Conditions'];
const caption = 'Ridgewood fever causes a pale, net-like rash that usually starts near the tick bite.';
const ad = [
  'Advertisement',
  'Cleveland Clinic is a non-profit academic medical center. Advertising on our site helps support our mission. We do not endorse non-Cleveland ' +
    'Clinic products or services.',
  'Policy',
];
const care = ['Care at Cleveland Clinic', 'Infectious Disease Care', 'Find a Doctor and Specialists', 'Make an Appointment'];
const review = ['Medically Reviewed', 'Last reviewed on 09/14/2025.', 'Learn more about the Health Library and our editorial process.'];
const refsIntro =
  'Cleveland Clinic&#39;s health articles are based on evidence-backed information and review by medical professionals to ensure accuracy, ' +
  'reliability, and up-to-date clinical standards.';
const refs = [
  'Harker JL, Mendez R. Ridgewood fever: clinical features of 212 cases. Journal of Vector-Borne Disease. 2023;9(2):44-51.',
  'Regional Health Department. Tick-borne disease surveillance report, 2024. Accessed 9/2/2025.',
];
const helpful = ['Was this page helpful?', 'Yes', 'No'];
const enews = [
  'Get useful, helpful and relevant health + wellness information',
  'enews',
  'Cleveland Clinic’s health newsletter brings the latest health news and expert advice to your inbox every week.',
  'Email address',
  'Subscribe',
];
const related = ['Related Articles', 'Tick Bites', 'Lyme-like Rashes', 'How To Remove a Tick'];
const footCols: [string, string[]][] = [
  ['Actions', ['Appointments & Access', 'Accepted Insurance', 'Events Calendar', 'Financial Assistance', 'Give to Cleveland Clinic', 'Pay Your Bill Online']],
  ['Blog, News & Apps', ['Consult QD', 'Health Essentials', 'Newsroom', 'MyClevelandClinic', 'MyChart']],
  ['About Cleveland Clinic', ['About Us', 'Locations', 'Quality & Patient Safety', 'Patient Experience', 'Research & Innovations', 'Careers']],
  [
    'Site Information & Policies',
    ['Send Us Feedback', 'Site Map', 'About this Website', 'Copyright, Reprint & Licensing', 'Website Terms of Use', 'Privacy Policy'],
  ],
];
const address = '4400 Lakeview Boulevard, Cleveland, Ohio 44106 | 800.555.0143 | © 2026 Cleveland Clinic. All Rights Reserved.';
const cookie = ['We use cookies to improve your experience on our site.', 'Cookie Preferences', 'Accept'];
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const id = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const section = (s: (typeof ccSections)[number], i: number): string => `<section id="${id(s.h2)}" data-identity="article-section"><h2
class="text-[28px] font-semibold">${s.h2}</h2>
${s.parts
  .map(
    (p) => `<h3 class="text-[22px] font-semibold">${p.h3}</h3>
${p.ps.map((x) => `<p>${x}</p>`).join('\n')}${p.list ? `\n<ul>${p.list.map((x) => `<li>${x}</li>`).join('')}</ul>` : ''}`,
  )
  .join('\n')}
${
  i === 3
    ? `<div data-identity="care-promo" class="rounded border p-6"><h3 class="promo-title">${care[0]}</h3><ul>${care
        .slice(1)
        .map((t) => `<li><a class="text-blue-700 underline" href="#">${t}</a></li>`)
        .join('')}</ul></div>`
    : ''
}</section>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ridgewood Fever: Symptoms, Causes
&amp; Treatment</title><meta name="description" content="${ccSummary}"><meta property="og:title" content="Ridgewood Fever: Symptoms, Causes &amp; Treatment">
<meta property="og:type" content="article"><meta property="og:site_name" content="Cleveland Clinic">
<link rel="canonical" href="https://my.clevelandclinic.org/health/diseases/25871-ridgewood-fever">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Ridgewood Fever","about":{"@type":"MedicalCondition",
"name":"Ridgewood Fever"},"lastReviewed":"2025-09-14","reviewedBy":{"@type":"Organization","name":"Cleveland Clinic"},"publisher":{"@type":"Organization",
"name":"Cleveland Clinic"},"mainEntity":{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Is Ridgewood fever contagious?","acceptedAnswer":{
"@type":"Answer","text":"No. It does not spread from person to person."}}]}}</script>
<script src="https://www.googletagmanager.example/gtm.js?id=GTM-5QK2" async></script><link rel="stylesheet"
href="/_next/static/css/9f1b22c0d3a7e8f1.css"></head>
<body class="antialiased"><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="border-b bg-white" data-identity="header"><div class="container flex items-center justify-between"><a href="/" aria-label="Cleveland Clinic
home"><svg
class="h-10" role="img" aria-label="Cleveland Clinic logo"><title>Cleveland Clinic logo</title></svg></a><nav aria-label="Main"><ul class="flex gap-6">${nav
  .map((t) => `<li><a class="font-semibold" href="#">${esc(t)}</a></li>`)
  .join('')}</ul></nav><div class="flex gap-3"><button data-identity="need-help" class="font-semibold">${help[0]}</button>${help
  .slice(1)
  .map((t) => `<a href="#" class="text-sm">${t}</a>`)
  .join('')}</div></div></header>
<main id="main" class="container"><nav aria-label="Breadcrumb" data-identity="breadcrumbs"><ol class="flex gap-2 text-sm">${crumbs
  .map((c) => `<li><a href="#">${esc(c)}</a></li>`)
  .join('')}</ol></nav>
<article class="grid grid-cols-12 gap-8"><div class="col-span-12 lg:col-span-8"><div data-identity="article-header"><span class="text-sm uppercase">Health
Library</span>
<h1 class="text-[40px] font-bold">${ccTitle}</h1><div data-identity="article-summary" class="text-xl"><p>${ccSummary}</p></div></div>
<figure data-identity="lead-image"><img src="https://my.clevelandclinic.example/-/scassets/images/org/health/articles/25871-ridgewood-fever" alt="Lattice-shaped
rash
on an arm" width="1200" height="800" loading="eager"><figcaption class="text-sm text-gray-600">${caption}</figcaption></figure>
<div data-identity="ad-slot" class="my-8 text-center"><p class="text-xs uppercase">${ad[0]}</p><div id="div-gpt-ad-incontent-1"></div><p
class="text-xs">${ad[1]}
<a href="#">${ad[2]}</a></p></div>
<nav data-identity="jump-links" aria-labelledby="contents"><h2 id="contents" class="text-lg">Contents</h2><ul>${[...ccSections.map((s) => s.h2), ccNoteHead]
  .map((t) => `<li><a href="#${id(t)}">${t}</a></li>`)
  .join('')}</ul></nav>
${ccSections.map(section).join('\n')}
<section id="${id(ccNoteHead)}" data-identity="article-section"><h2 class="text-[28px] font-semibold">${ccNoteHead}</h2><p>${ccNote}</p></section>
<div data-identity="medical-review" class="mt-8 text-sm"><p><strong>${review[0]}</strong></p><p>${review[1]}</p><p><a href="#">${review[2]}</a></p></div>
<div data-identity="references"><button aria-expanded="false" class="font-semibold">References</button><div hidden><p>${refsIntro}</p><ol>${refs
  .map((r) => `<li>${r}</li>`)
  .join('')}</ol></div></div>
<div data-identity="helpful" class="flex gap-4"><p>${helpful[0]}</p><button>${helpful[1]}</button><button>${helpful[2]}</button></div></div>
<aside class="col-span-12 lg:col-span-4"><div data-identity="ad-slot" class="sticky top-4"><p class="text-xs uppercase">${ad[0]}</p><div
id="div-gpt-ad-rail-1"></div></div>
<section data-identity="related"><h2>${related[0]}</h2><ul>${related
  .slice(1)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ul></section></aside></article>
<section data-identity="newsletter" class="bg-blue-50 p-8"><h2>${(enews[0] ?? '').replace('+', '&#43;')}</h2><span
class="badge">${enews[1]}</span><p>${enews[2]}</p>
<form><label for="enews-email">${enews[3]}</label><input id="enews-email" type="email"><button type="submit">${enews[4]}</button></form></section></main>
<footer data-identity="footer" class="bg-gray-900 text-white"><div class="container grid grid-cols-4">${footCols
  .map(([h, items]) => `<div><h3 class="font-semibold">${esc(h)}</h3><ul>${items.map((t) => `<li><a href="#">${esc(t)}</a></li>`).join('')}</ul></div>`)
  .join('\n')}</div><p class="text-sm">${address}</p><p class="text-sm">${ad[1]} <a href="#">${ad[2]}</a></p></footer></div>
<div id="cookie-banner" role="dialog" aria-label="Cookie consent"><p>${cookie[0]}</p><button>${cookie[1]}</button><button>${cookie[2]}</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":25871,"type":"diseases","title":"Ridgewood Fever"}}},"page":
"/health/[type]/[slug]","buildId":"cc-health-2025.09.1","isFallback":false}</script>
</body></html>`;
const parts = ccSections.flatMap((s) => s.parts);

export const clevelandDisease: TestPage = dropClashes({
  name: 'heldout151-clevelandclinic-disease-article',
  kind: 'wiki',
  html,
  // the summary under the title is body (a dek); the h2 sections, their question h3s (including the FAQ ones) and the
  // closing note are headings; the "Care at Cleveland Clinic" promo inside the article, the lead image caption, the ad
  // slot and its disclaimer, the medical review line, references, feedback, newsletter, related links and footer are
  // furniture; the "Last reviewed on" date is a byline
  title: ccTitle,
  headings: [...ccSections.flatMap((s) => [s.h2, ...s.parts.map((p) => p.h3)]), ccNoteHead],
  body: [ccSummary, ...parts.flatMap((p) => texts([...p.ps, ...(p.list ?? [])])), ccNote],
  bylines: [review[1] ?? ''],
  furniture: [
    'Skip to main content',
    ...nav,
    ...help,
    ...crumbs,
    'Health Library',
    caption,
    ...ad,
    'Contents',
    ...care,
    review[0] ?? '',
    review[2] ?? '',
    'References',
    refsIntro,
    ...refs,
    ...helpful,
    ...enews,
    ...related,
    ...footCols.flatMap(([h, items]) => [h, ...items]),
    address,
    ...cookie,
  ].map((t) => plain(t)),
});
