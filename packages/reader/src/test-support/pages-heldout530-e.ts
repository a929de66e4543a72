import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts } from './pages-heldout530-kit.js';

/**
 * Held-out batch 530, file e: a family computer shop's virus removal page in an old table layout (FrontPage-era HTML with
 * a left menu column and a hit counter), and an IT support company's case study on Next.js (App Router, Tailwind classes).
 */
const tTitle = 'Virus &amp; Spyware Removal - Only $69!';
const tA = [
  j(
    'Is your computer slow, showing pop-ups, or opening web pages you did not ask for? You may have a virus or spyware.',
    "Bring it to <b>Dave's PC Clinic</b> and we will clean it out, usually the same day.",
  ),
  'Our virus removal service includes:',
];
const tList = [
  'Full scan with three different tools',
  'Removal of viruses, spyware, adware and toolbars',
  'Windows updates installed',
  'Free antivirus installed and set up',
  'Check of your browser home page and search settings',
];
const tRows = [
  ['Virus &amp; spyware removal', '$69.00'],
  ['Virus removal + tune-up', '$99.00'],
  ['Data backup to DVD or USB (per 50 GB)', '$25.00'],
];
const tB = j(
  '<font color="#CC0000"><b>NOTE:</b></font> If your computer will not start at all, please call first.',
  'We are open Monday to Saturday, 10 to 6. Walk-ins welcome!',
);
const tMenu = ['Home', 'Repairs', 'Virus Removal', 'Upgrades', 'Used Computers', 'Directions', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="computer repair, virus removal, spyware, Millbrook, PC repair">
<title>Dave's PC Clinic - Virus Removal - Millbrook</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style><!-- body { font-family: Verdana, Arial; font-size: 10pt } a:link { color: #003399 } --></style></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_home_on.gif')">
<table border="0" width="780" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#003399"><img border="0" src="images/header.jpg" width="780" height="110" alt="Dave's PC Clinic"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00" align="center"><font size="2"><b>Call us: (555) 017-3300 &nbsp;|&nbsp; 310 Elm Avenue, Millbrook</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6ECF7"><table border="0" width="100%" cellpadding="4">
${tMenu.map((t) => `<tr><td><font size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><p align="center"><img border="0" src="images/we_fix_macs.gif" width="120" height="60" alt="We fix Macs too!"></p>
<p align="center"><font size="1">You are visitor number<br><img src="/cgi-bin/Count.cgi?df=virus.dat" alt="counter"></font></p></td>
<td width="620" valign="top"><table border="0" width="100%" cellpadding="10"><tr><td>
<p><font face="Arial" size="5" color="#003399"><b>${tTitle}</b></font></p>
${ps(tA)}
<ul>${lis(tList)}</ul>
<table border="1" cellpadding="5" cellspacing="0" width="90%" bordercolor="#999999"><tr bgcolor="#003399"><td><font color="#FFFFFF"><b>Service</b></font></td>
<td><font color="#FFFFFF"><b>Price</b></font></td></tr>
${tRows.map((r) => `<tr>${r.map((c) => `<td><font size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}</table>
<p>${tB}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" size="1">Copyright © 2004-2024 Dave's PC Clinic. All rights reserved.<br>
Site last updated 03/02/2024</font></td></tr></table></body></html>`;
const tableVirus: TestPage = {
  name: 'heldout530-table-virus-removal',
  kind: 'docs',
  html: tHtml,
  title: 'Virus & Spyware Removal - Only $69!',
  headings: [],
  body: texts([...tA, ...tList, ...rowTexts(tRows), tB]),
  bylines: ['Site last updated 03/02/2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Call us: (555) 017-3300 | 310 Elm Avenue, Millbrook', 'Home', 'Repairs', 'Upgrades', 'Used Computers', 'Directions', 'Contact Us',
    'You are visitor number', "Copyright © 2004-2024 Dave's PC Clinic. All rights reserved.",
  ],
};

const nTitle = 'How we replaced 42 laptops at Orlin & Pike over one weekend';
const nDek = 'A law firm, a hard deadline and no appetite for downtime. Here is how the rollout went, including the part that went wrong.';
const nFacts = ['42 laptops replaced', '0 hours of billable time lost', '3 technicians, 2 days'];
const nSecs: [string, string[]][] = [
  [
    'The problem',
    [
      j(
        'Orlin &amp; Pike, a 45-person law firm in Westmere, had laptops that were five years old and could not run the next version',
        'of their case management software. The vendor was ending support on 30 June. The partners would not accept a single',
        'working day where lawyers could not bill.',
      ),
    ],
  ],
  [
    'The plan',
    [
      j(
        'We ordered the new machines three weeks early and enrolled every one in Intune before it left our workshop, so each laptop',
        'would pull its apps and settings the moment a user signed in. Files already lived in SharePoint, which meant nothing had to',
        'be copied from the old drives except browser bookmarks and a few local PST files.',
      ),
      j(
        'We ran a pilot with four staff the week before: two lawyers, a paralegal and the office manager. Their feedback cut the',
        'sign-in checklist from eleven steps to six.',
      ),
    ],
  ],
  [
    'The weekend',
    [
      j(
        'Three technicians arrived at 8am on Saturday. Each desk got its new laptop, docked and signed in, with a printed card',
        'explaining the first login. Old machines were labelled, bagged and locked in the server room for 30 days in case anything',
        'had been missed.',
      ),
      j(
        'The part that went wrong: the dictation software licences were tied to the old hardware. We found out at 2pm on Saturday,',
        'called the vendor’s weekend line and had the licences moved by Sunday morning.',
      ),
    ],
  ],
  [
    'Monday morning',
    [
      j(
        'Two of our technicians stayed on site until noon on Monday. They handled nine small requests, most of them about default',
        'printers. No one lost time on client work.',
      ),
    ],
  ],
];
const nQuote = '“It was the least eventful Monday we have had in years, which is exactly what we paid for.” — Helen Pike, Managing Partner';
const nNav = ['Services', 'Pricing', 'Case studies', 'About', 'Contact'];
const nFoot = ['Managed IT', 'Device rollouts', 'Microsoft 365', 'Careers', 'Privacy', 'Status'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_d65c78"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/4c1b2a9e8f7d.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-7f3a2c1b9e.js"/>
<script src="/_next/static/chunks/main-app-2b8c4d1e.js" async=""></script>
<title>How we replaced 42 laptops in a weekend | Tidewater IT</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://tidewaterit.com/case-studies/orlin-pike-laptop-rollout"/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"headline":"How we replaced 42 laptops at Orlin &amp; Pike over one weekend",
"datePublished":"2025-07-09","author":{"@type":"Organization","name":"Tidewater IT"}}</script></head>
<body class="bg-white text-slate-900 antialiased"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-6">
<a class="text-lg font-semibold" href="/">Tidewater IT</a><nav class="hidden gap-8 md:flex">${nNav
  .map((t) => `<a class="text-sm font-medium text-slate-600 hover:text-slate-900" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('')}</nav>
<a class="rounded-md bg-teal-600 px-4 py-2 text-sm font-semibold text-white" href="/contact">Talk to us</a>
<button type="button" class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" aria-hidden="true"></svg></button></div></header>
<main id="main"><article class="mx-auto max-w-3xl px-6 py-16"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-slate-500"><ol class="flex gap-2">
<li><a href="/case-studies">Case studies</a></li><li aria-hidden="true">/</li><li>Law firm</li></ol></nav>
<p class="text-sm font-semibold uppercase tracking-wide text-teal-700">Case study · Device rollout</p>
<h1 class="mt-2 text-4xl font-bold tracking-tight">${nTitle.replace('&', '&amp;')}</h1><p class="mt-4 text-xl text-slate-600">${nDek}</p>
<div class="mt-6 flex items-center gap-3 text-sm text-slate-500"><time dateTime="2025-07-09">July 9, 2025</time><span aria-hidden="true">·</span>
<span>5 min read</span></div>
<div class="mt-10 grid grid-cols-3 gap-4 rounded-xl bg-slate-50 p-6">${nFacts
  .map((f) => {
    const [n, ...rest] = f.split(' ');
    return `<div><div class="text-3xl font-bold text-teal-700">${n}</div><div class="text-sm text-slate-600">${rest.join(' ')}</div></div>`;
  })
  .join('')}</div>
<div class="prose prose-slate mt-10 max-w-none">${nSecs.map(([h, p]) => `<h2>${h}</h2>${ps(p)}`).join('\n')}
<blockquote><p>${nQuote}</p></blockquote></div>
<aside class="mt-16 rounded-2xl bg-teal-700 p-8 text-white"><h2 class="text-2xl font-semibold">Planning a rollout?</h2>
<p class="mt-2 text-teal-50">We will scope it with you for free and give you a fixed price.</p>
<a class="mt-6 inline-block rounded-md bg-white px-4 py-2 font-semibold text-teal-800" href="/contact">Book a scoping call</a></aside></article></main>
<footer class="border-t border-slate-200"><div class="mx-auto max-w-7xl px-6 py-12"><ul class="flex flex-wrap gap-6 text-sm">${links(nFoot)}</ul>
<p class="mt-8 text-xs text-slate-500">© 2025 Tidewater IT Ltd. Registered in Westmere.</p></div></footer>
<script src="/_next/static/chunks/webpack-7f3a2c1b9e.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/4c1b2a9e8f7d.css\\",\\"style\\"]\\n2:I[5751,[],\\"\\"]\\n"])</script>
<script>self.__next_f.push([1,"5:[\\"$\\",\\"h1\\",null,{\\"className\\":\\"mt-2 text-4xl font-bold\\",\\"children\\":\\"42 laptops\\"}]\\n"])</script>
</body></html>`;
const nextCaseStudy: TestPage = {
  name: 'heldout530-nextjs-laptop-rollout',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map(([h]) => h),
  body: texts([nDek, ...nFacts, ...nSecs.flatMap(([, p]) => p), nQuote]),
  bylines: ['July 9, 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tidewater IT', 'Services', 'Pricing', 'About', 'Contact', 'Talk to us', 'Case studies', 'Law firm', 'Case study · Device rollout',
    'Planning a rollout?', 'We will scope it with you for free and give you a fixed price.', 'Book a scoping call', ...nFoot,
    '© 2025 Tidewater IT Ltd. Registered in Westmere.',
  ],
};

export const HELDOUT530_E: readonly TestPage[] = [tableVirus, nextCaseStudy];
