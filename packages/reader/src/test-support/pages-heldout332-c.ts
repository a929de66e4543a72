import { links, ps, type TestPage, texts } from './page-kit.js';
import { medium } from './pages-heldout332-c2.js';
import { j, lis } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file c: a YC-style company profile, a page whose main text is short (the React-rendered directory page
 * with Tailwind classes: top navigation, breadcrumbs, logo, one-liner, batch and industry pills, the company description, the
 * facts card, the founders' cards with their bios, jobs and news rails and the footer) and, from file c2, a VC firm's essay on
 * Medium.
 */
const yTitle = 'Brineworks';
const yBody = [
  j(
    'Brineworks builds containerised desalination units for farms and small towns that cannot wait a decade for a municipal plant.',
    'Each unit fits in a shipping container, runs on solar power with a battery buffer, and produces up to 40,000 litres of drinking',
    'water a day from brackish groundwater.',
  ),
  j(
    'Instead of selling equipment, Brineworks sells water by the cubic metre under ten-year contracts, and remote monitoring lets a',
    'two-person crew look after dozens of sites. The first eight units are running in southern Spain and Morocco, and the company has',
    'signed letters of intent for another thirty.',
  ),
  j(
    'The founders met while working on membrane research at a national water lab, where they cut the energy needed per litre by a',
    'third by redesigning how units flush their filters.',
  ),
];
const yNav = ['About', 'What Happens at YC?', 'Apply', 'YC Interview Guide', 'FAQ', 'People', 'YC Blog', 'Companies', 'Startup Directory'];
const yPills = ['W26', 'Active', 'Climate', 'Water', 'Hardware', 'B2B'];
const yFacts: Array<[string, string]> = [
  ['Founded:', '2024'],
  ['Team Size:', '9'],
  ['Status:', 'Active'],
  ['Location:', 'Valencia, Spain'],
  ['Group Partner:', 'Oren Castellanos'],
];
const yFounders: Array<[string, string, string]> = [
  ['Pilar Ezquerra', 'Founder/CEO', 'Former research lead on low-energy membranes; PhD in chemical engineering, Universitat de València.'],
  ['Youssef Benali', 'Founder/CTO', 'Built remote telemetry for irrigation networks across North Africa for seven years before Brineworks.'],
];
const yJobs = ['Field Service Engineer (Almería)', 'Embedded Software Engineer'];
const yNews = ['Brineworks pilots solar desalination for olive growers', 'The startups at Demo Day betting on water'];
const yFoot = ['Programs', 'YC Program', 'Startup School', 'Work at a Startup', 'Co-Founder Matching', 'Company', 'Blog', 'Contact', 'Press'];
const yHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brineworks: Solar desalination in a shipping container | Y Combinator</title>
<meta name="description" content="Brineworks builds containerised desalination units for farms and small towns.">
<meta property="og:title" content="Brineworks: Solar desalination in a shipping container | Y Combinator"><meta property="og:site_name" content="Y Combinator">
<link rel="stylesheet" href="https://bookface-static.ycombinator.com/assets/application-7f3d9e1b.css" media="all">
<meta name="csrf-param" content="authenticity_token"><script src="https://bookface-static.ycombinator.com/vite/assets/ycdc-8c2e41a.js" defer></script>
</head><body class="ycdc-with-link-color"><div class="bg-beige-lighter">
<nav class="ycdc-navbar mx-auto flex max-w-ycdc-page items-center"><a href="/" class="ycdc-logo"><span>Y Combinator</span></a>
<ul class="hidden md:flex gap-6">${links(yNav, 'ycdc-nav-item')}</ul></nav>
<div data-page="{&quot;component&quot;:&quot;CompaniesShowPage&quot;,&quot;props&quot;:{&quot;company&quot;:{&quot;slug&quot;:&quot;brineworks&quot;}}}"
id="ycdc_new/pages/Companies/ShowPage-react-component-3f0a">
<section class="relative isolate z-0 border-retro-sectionBorder sm:pr-[13px] ycdcPlus:pr-0 pt-1 sm:pt-2 lg:pt-3 pb-1 sm:pb-2 lg:pb-3">
<div class="mx-auto max-w-ycdc-page"><div class="flex flex-row items-center gap-x-2 text-sm"><a href="/companies">Companies</a><span>›</span>
<a href="/companies/brineworks">Brineworks</a></div>
<div class="flex flex-row items-center gap-x-3"><img alt="Brineworks" src="https://bookface-images.s3.amazonaws.com/logos/brineworks.png" class="h-20 w-20">
<div class="flex flex-col"><h1 class="text-3xl font-bold">${yTitle}</h1>
<div class="prose max-w-full whitespace-pre-line text-xl">Solar desalination in a shipping container</div>
<div class="align-center flex flex-row flex-wrap gap-x-2 gap-y-2">${yPills
  .map(
    (t) => `<a href="/companies?tags=${t}"><div class="yc-tw-Pill rounded-sm bg-[#E6E4DC] uppercase tracking-widest px-3 py-[3px] text-[12px]">${t}</div></a>`,
  )
  .join('\n')}</div></div></div></div></section>
<section class="relative isolate z-0 pb-8"><div class="mx-auto max-w-ycdc-page"><div class="flex flex-col gap-8 sm:flex-row">
<div class="flex-grow space-y-5"><div class="space-y-3"><div class="prose max-w-full whitespace-pre-line">${ps(yBody)}</div></div>
<div class="space-y-4"><div class="text-xl font-bold">Active Founders</div>${yFounders
  .map(
    ([n, r, b]) => `<div class="ycdc-card shrink-0 space-y-1.5 sm:w-[300px]"><div class="text-xl font-bold">${n}</div>
<div class="text-sm text-gray-600">${r}</div><p class="prose max-w-full whitespace-pre-line text-sm">${b}</p>
<div class="flex gap-2"><a href="#" aria-label="LinkedIn profile" class="bg-image-linkedin h-8 w-8"></a></div></div>`,
  )
  .join('\n')}</div>
<div class="space-y-4"><div class="text-xl font-bold">Jobs at Brineworks</div><ul>${links(yJobs, 'ycdc-job-row')}</ul>
<a href="https://www.workatastartup.com/companies/brineworks">View all jobs</a></div>
<div class="space-y-4"><div class="text-xl font-bold">Latest News</div><ul>${links(yNews)}</ul></div></div>
<div class="ycdc-card shrink-0 space-y-1.5 sm:w-[300px]"><div class="flex flex-row justify-between"><span>Brineworks</span>
<a href="https://brineworks.example" class="mb-2 whitespace-nowrap md:mb-0">brineworks.example</a></div>
<div class="space-y-0.5">${yFacts.map(([k, v]) => `<div class="flex flex-row justify-between"><span>${k}</span><span>${v}</span></div>`).join('\n')}</div>
</div></div></div></section></div>
<footer class="ycdc-footer"><ul class="grid grid-cols-2 gap-2 md:grid-cols-4">${lis(yFoot)}</ul>
<p class="text-sm">© 2026 Y Combinator</p></footer></div>
<div id="cookie-consent" class="fixed bottom-0 w-full bg-white p-4"><p>We use cookies to analyse traffic and improve this site.</p>
<button>Accept</button><button>Decline</button></div>
<script>window.__YCDC_PROPS__={"company":{"id":30412,"slug":"brineworks","batch":"W26","team_size":9}};</script></body></html>`;
const ycProfile: TestPage = {
  name: 'heldout332-ycombinator-company-profile',
  kind: 'wiki',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts(yBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Y Combinator', ...yNav, 'Solar desalination in a shipping container', ...yPills, 'Active Founders', ...yFounders.flat(),
    'Jobs at Brineworks', ...yJobs, 'View all jobs', 'Latest News', ...yNews, 'brineworks.example', ...yFacts.flat().filter((t) => t.length > 2), ...yFoot,
    '© 2026 Y Combinator', 'We use cookies to analyse traffic and improve this site.', 'Accept', 'Decline',
  ],
};

export const HELDOUT332_C: readonly TestPage[] = [ycProfile, medium];
