import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file a2: a health system's patient-education page rendered by Next.js (the `__next` root, utility
 * class names, a sticky table of contents, the medical-review line and "Last reviewed" date, "Advertisement" slots with
 * the non-profit notice, a "Care at Brightwater Clinic" promo, a references drawer and the footer).
 */
const cTitle = 'Plantar Fasciitis';
const cIntro = [
  j(
    'Plantar fasciitis is irritation and swelling of the thick band of tissue that runs along the bottom of your foot,',
    'from your heel bone to your toes. It’s one of the most common causes of heel pain in adults.',
  ),
];
const cH = ['Overview', 'Symptoms and Causes', 'Diagnosis and Tests', 'Management and Treatment', 'When To Call the Doctor'];
const cOverview = [
  j(
    'The plantar fascia works like a shock-absorbing bowstring. It supports the arch of your foot and stretches a little',
    'every time you take a step. When it’s under too much strain for too long, small tears can form where it attaches to',
    'your heel, and the tissue becomes painful and stiff.',
  ),
  'Plantar fasciitis affects about one in ten people at some point in their lives. It’s most common between the ages of 40 and 60.',
];
const cSymptoms = [
  j(
    'The main symptom is a stabbing or aching pain on the underside of your heel. Many people notice it most with their first',
    'few steps after getting out of bed, or after sitting for a long time. The pain often eases as you move around, then',
    'returns after long periods of standing.',
  ),
  'Things that raise your risk include:',
];
const cRisks = [
  'Standing or walking on hard floors for most of your working day.',
  'Running, especially long distances or on hills.',
  'Having flat feet, high arches or tight calf muscles.',
  'Wearing shoes with thin soles or little arch support.',
  'Carrying extra body weight, which adds load to the fascia with each step.',
];
const cDiag = [
  j(
    'Your provider will ask about your symptoms and press on different parts of your foot to find where it’s most tender.',
    'They may ask you to flex your foot and stand on your toes.',
  ),
  j(
    'Most people don’t need any tests. If your provider suspects a stress fracture or a pinched nerve, they may order an',
    'X-ray or an ultrasound of your heel.',
  ),
];
const cTreat = [
  j(
    'Around 90% of people get better within a year with simple home treatment. It can take several months, so it helps to',
    'stick with the routine even when the pain starts to fade.',
  ),
];
const cTreatList = [
  'Rest your foot by cutting back on running and long periods of standing.',
  'Stretch your calf and the bottom of your foot several times a day.',
  'Roll your foot over a frozen water bottle for 15 minutes to ease swelling.',
  'Wear supportive shoes, and consider over-the-counter heel cups or arch supports.',
  'Take anti-inflammatory pain relievers for short periods if your provider says they’re safe for you.',
];
const cTreat2 = [
  j(
    'If home care doesn’t help after a few months, your provider may suggest physical therapy, night splints that keep',
    'your foot gently stretched while you sleep, or a steroid injection. Surgery is rarely needed.',
  ),
];
const cCall = [
  j(
    'Contact your healthcare provider if heel pain lasts more than a few weeks despite rest, if it’s getting worse, or if you',
    'have numbness or tingling in your foot. Get care right away if your heel is red, hot and swollen, or if you can’t put',
    'weight on it after an injury.',
  ),
];
const cNav = ['Find a Doctor', 'Locations', 'Appointments', 'Patients & Visitors', 'Health Library', 'Institutes & Departments'];
const cFoot = ['About Us', 'Careers', 'Donate', 'Privacy Policy', 'Notice of Nondiscrimination', 'Site Map'];
const sec = (id: string, h: string, inner: string): string =>
  `<section id="${id}" class="scroll-mt-[100px]"><h2 class="text-2xl font-semibold mt-10 mb-4 text-gray-900">${h}</h2>
<div data-identity="rich-text" class="prose max-w-none">${inner}</div></section>`;
const ul = (items: string[]): string => `<ul class="list-disc pl-6">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
const ad = (n: number): string => `<div data-identity="billboard-ad" class="my-8 flex flex-col items-center bg-gray-50 py-4">
<span class="text-xs uppercase tracking-wide text-gray-500">Advertisement</span><div id="ad-slot-${n}" class="min-h-[250px]"></div>
<p class="text-xs text-gray-500 max-w-md text-center">Brightwater Clinic is a non-profit academic medical center. Advertising on our site helps
support our mission. <a href="/ad-policy">Policy</a></p></div>`;
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Plantar Fasciitis: Symptoms, Causes &amp; Treatment</title>
<meta name="description" content="Plantar fasciitis is irritation of the tissue along the bottom of your foot. Learn about causes and treatment.">
<link rel="canonical" href="https://my.brightwaterclinic.example/health/diseases/14872-plantar-fasciitis">
<meta property="og:type" content="article"><meta property="og:site_name" content="Brightwater Clinic">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${cTitle}","lastReviewed":"2025-11-18",
"reviewedBy":{"@type":"Organization","name":"Brightwater Clinic"},"about":{"@type":"MedicalCondition","name":"Plantar fasciitis"}}</script>
<link rel="preload" href="/_next/static/css/3c1f0a9e.css" as="style"><link rel="stylesheet" href="/_next/static/css/3c1f0a9e.css" data-n-g=""></head>
<body><div id="__next"><div data-identity="site-header" class="sticky top-0 z-50 bg-white shadow-sm">
<div class="container mx-auto flex items-center justify-between px-4 py-3"><a href="/" aria-label="Brightwater Clinic home"
class="font-bold text-blue-900">Brightwater Clinic</a><nav aria-label="Primary"><ul class="hidden lg:flex gap-6">${links(cNav, 'text-sm')}</ul></nav>
<a href="/appointments" class="rounded bg-blue-700 px-4 py-2 text-white">Need help? Schedule an appointment</a></div></div>
<main class="container mx-auto px-4"><nav aria-label="breadcrumb" data-identity="breadcrumbs" class="py-4 text-sm">
<ol class="flex gap-2"><li><a href="/health">Health Library</a></li><li><a href="/health/diseases">Diseases &amp; Conditions</a></li>
<li aria-current="page">${cTitle}</li></ol></nav>
<div class="grid grid-cols-1 lg:grid-cols-12 gap-8"><aside data-identity="toc" class="hidden lg:block lg:col-span-3">
<div class="sticky top-24"><p class="font-semibold mb-2">Contents</p><ul class="space-y-2 text-sm">${links(cH, 'toc-item')}</ul></div></aside>
<article class="lg:col-span-9"><header data-identity="article-header" class="mb-6">
<h1 class="text-4xl font-bold text-gray-900">${cTitle}</h1>
<p class="mt-2 text-sm text-gray-600">Medically Reviewed. Last updated on 11/18/2025.</p>
<div data-identity="hero-summary" class="mt-6 rounded-lg bg-blue-50 p-6 text-lg">${ps(cIntro)}</div>
<figure class="mt-6"><img src="/-/scassets/images/org/health/articles/14872-plantar-fasciitis.jpg" alt="Plantar fascia on the bottom of the foot"
loading="lazy"><figcaption class="mt-2 text-sm text-gray-500">The plantar fascia connects your heel bone to the base of your toes.</figcaption>
</figure></header>
<div class="flex flex-wrap gap-3 text-sm" data-identity="share-bar"><button aria-label="Share">Share</button><button>Print</button>
<button>Save</button></div>
${sec('overview', cH[0] ?? '', ps(cOverview))}
${ad(1)}
${sec('symptoms-and-causes', cH[1] ?? '', ps(cSymptoms) + ul(cRisks))}
${sec('diagnosis-and-tests', cH[2] ?? '', ps(cDiag))}
<div data-identity="care-promo" class="my-8 rounded border border-blue-200 p-6"><h3 class="font-semibold">Care at Brightwater Clinic</h3>
<p>Our foot and ankle specialists treat heel pain with personalized plans.</p>
<ul class="mt-2">${links(['Find a Doctor and Specialists', 'Make an Appointment'], 'inline-block mr-4')}</ul></div>
${sec('management-and-treatment', cH[3] ?? '', ps(cTreat) + ul(cTreatList) + ps(cTreat2))}
${ad(2)}
${sec('when-to-call-the-doctor', cH[4] ?? '', ps(cCall))}
<div data-identity="review-note" class="mt-10 border-t pt-6 text-sm text-gray-600"><p>Medically reviewed by a Brightwater Clinic medical professional.
</p><p>Brightwater Clinic is a non-profit academic medical center. We do not endorse non-Brightwater Clinic products or services.</p></div>
<details data-identity="references" class="mt-6"><summary class="cursor-pointer font-semibold">References</summary>
<ol class="text-sm"><li>American Podiatric Society of Examples. Heel Pain. Accessed 11/2/2025.</li>
<li>Orthopaedic Examples Academy. Plantar Fasciitis and Bone Spurs. Accessed 11/2/2025.</li></ol></details>
</article></div></main>
<footer data-identity="site-footer" class="mt-16 bg-blue-950 text-white"><div class="container mx-auto px-4 py-10">
<ul class="grid grid-cols-2 gap-2 md:grid-cols-6">${links(cFoot)}</ul>
<p class="mt-6 text-xs">© 2026 Brightwater Clinic. All Rights Reserved.</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":14872,"slug":"plantar-fasciitis","type":"diseases"}},
"page":"/health/[type]/[slug]","query":{},"buildId":"pX9q2-health","isFallback":false,"gssp":true}</script></body></html>`;
export const ccPatientEd: TestPage = {
  name: 'heldout249-nextjs-health-library-condition',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cIntro, ...cOverview, ...cSymptoms, ...cRisks, ...cDiag, ...cTreat, ...cTreatList, ...cTreat2, ...cCall]),
  bylines: ['Medically Reviewed. Last updated on 11/18/2025.', 'Medically reviewed by a Brightwater Clinic medical professional.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Need help? Schedule an appointment', 'Diseases & Conditions', 'Contents', 'The plantar fascia connects your heel bone to the base of your toes.',
    'Share', 'Print', 'Save', 'Advertisement', 'Brightwater Clinic is a non-profit academic medical center. Advertising on our site helps support our mission.',
    'Policy', 'Care at Brightwater Clinic', 'Our foot and ankle specialists treat heel pain with personalized plans.', 'Find a Doctor and Specialists',
    'Make an Appointment', 'Brightwater Clinic is a non-profit academic medical center. We do not endorse non-Brightwater Clinic products or services.',
    'References', 'American Podiatric Society of Examples. Heel Pain. Accessed 11/2/2025.',
    'Orthopaedic Examples Academy. Plantar Fasciitis and Bone Spurs. Accessed 11/2/2025.', ...cNav.slice(1), ...cFoot,
    '© 2026 Brightwater Clinic. All Rights Reserved.',
  ],
};
