import { ps, type TestPage, texts } from './page-kit.js';
import { j, row, trs } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file e: a driving school's pass-rate page on Webflow with an eyebrow label, a results table, a CTA
 * section and a footer grid.
 */
const pTitle = 'Our pass rates at local test centres';
const pLead = 'First-time and overall pass rates for Pineway pupils, compared with the average at each centre, for the twelve months to December 2025.';
const pIntro = j(
  'We publish these figures every January because we think you should be able to compare driving schools on results, not just',
  'on price. They include every Pineway pupil who took a test, whether or not their instructor thought they were ready.',
);
const pRows = [
  ['Harwick (Mill Road)', '212', '61%', '48%'],
  ['Pellow Cross', '138', '58%', '51%'],
  ['Ashmere', '97', '66%', '55%'],
  ['Lowbridge (Quay Street)', '64', '52%', '44%'],
] as const;
const pSecs = [
  {
    h: 'How we count',
    ps: [
      j(
        'A pass counts as first-time if it was the pupil’s first practical test with any school. Centre averages come from the',
        'published figures for the same period. Tests cancelled by the examiner for weather or car faults are left out.',
      ),
    ],
  },
  {
    h: 'Why Lowbridge is lower',
    ps: [
      j(
        'Lowbridge routes include the Quay Street gyratory and a long stretch of 40 mph dual carriageway with short slip roads.',
        'We have added a free route familiarisation lesson for pupils booked there from March 2026.',
      ),
    ],
  },
];
const pNav = ['Lessons', 'Prices', 'Pass Rates', 'Instructors', 'Contact'];
const pFoot = [
  ['Learn', 'Manual lessons', 'Automatic lessons', 'Refresher lessons'],
  ['School', 'Our instructors', 'Careers', 'Contact'],
] as const;
const footCol = ([h, ...ls]: readonly string[]): string =>
  `<div class="footer-column"><div class="footer-heading">${h}</div>${ls.map((l) => `<a href="#" class="footer-link">${l}</a>`).join('')}</div>`;
const pHtml = `<!DOCTYPE html><!-- Last Published: Tue Jan 13 2026 09:42:18 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.pinewaydriving.co.uk" data-wf-page="65f1c2d3e4a5b6c7d8e9f012" data-wf-site="65e0a1b2c3d4e5f60718293a" lang="en"><head><meta
charset="utf-8">
<title>Pass Rates | Pineway Driving School</title><meta content="${pLead}" name="description"><meta content="Pass Rates | Pineway Driving School"
property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65e0a1b2c3d4e5f60718293a/css/pineway.webflow.3a9f1c2e4.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65e0a1b2c3d4e5f60718293a/65e0b0c1d2e3f4a5b6c7d8e9_favicon.png" rel="shortcut icon" type="image/x-icon">
<style>.pass-table td,.pass-table th{padding:12px 16px;border-bottom:1px solid #e3e8ef;} .pass-table th{text-align:left;font-weight:600;}</style></head>
<body><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
data-duration="400" data-doc-height="1">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/65e0a1b2c3d4e5f60718293a/65e0b0c1_pineway-logo.svg" loading="lazy" alt="Pineway Driving School" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${pNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${n === 'Pass Rates' ? ' w--current' : ''}">${n}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book a lesson</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-pass-rates"><div class="container w-container"><div class="eyebrow">Results</div><h1 class="heading-xl">${pTitle}</h1>
<p class="paragraph-lead">${pLead}</p><div class="updated-text">Last updated: 13 January 2026</div></div></section>
<section class="section"><div class="container narrow w-container"><div class="rich-text-block w-richtext">${ps([pIntro])}</div>
<div class="table-embed w-embed"><table class="pass-table"><thead><tr><th>Test centre</th><th>Pineway tests</th><th>Pineway pass rate</th><th>Centre
average</th></tr></thead>
<tbody>
${trs(pRows)}
</tbody></table></div>
<div class="rich-text-block w-richtext">${pSecs.map((s) => `<h2>${s.h}</h2>${ps(s.ps)}`).join('\n')}</div></div></section>
<section class="section cta-section"><div class="container w-container"><div class="cta-wrap"><h2 class="cta-heading">Ready to start?</h2>
<p class="cta-text">Book a first lesson and get your written learning plan within a week.</p><a href="/book" class="button w-button">Book a lesson</a></div>
</div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid">
<div id="w-node-_3f1a2b" class="footer-brand"><img src="https://assets-global.website-files.com/65e0a1b2c3d4e5f60718293a/65e0b0c1_pineway-logo-white.svg"
loading="lazy" alt="" class="footer-logo">
<p class="footer-text">Patient, fully qualified instructors across Harwick and the Pellow valley.</p></div>
${pFoot.map(footCol).join('\n')}
</div><div class="footer-legal"><div>© 2026 Pineway Driving School Ltd. All rights reserved.</div><a href="/privacy" class="footer-legal-link">Privacy</a>
</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0a1b2c3d4e5f60718293a" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65e0a1b2c3d4e5f60718293a/js/webflow.7c1f9e0b2.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout483-webflow-pass-rates',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pSecs.map((s) => s.h),
  body: texts([pLead, pIntro, ...pRows.map(row), ...pSecs.flatMap((s) => s.ps)]),
  bylines: ['Last updated: 13 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([...pNav, ...pFoot.flat()].filter((t) => t !== 'Pass Rates' && t !== 'School')), 'Book a lesson', 'Ready to start?',
    'Book a first lesson and get your written learning plan within a week.',
    'Patient, fully qualified instructors across Harwick and the Pellow valley.', '© 2026 Pineway Driving School Ltd. All rights reserved.',
    'Privacy',
  ],
};

export const HELDOUT483_E: readonly TestPage[] = [webflow];
