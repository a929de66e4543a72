import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout397-kit.js';

/**
 * Held-out batch 397, file c2: an ACCESS Newswire (Accesswire) release as its Nuxt front end saves it (div#__nuxt, data-v-
 * attributes, hashed utility classes), with the "Originally published" line, the slash dateline, a drill-results list,
 * the "SOURCE:" and "View the original press release" lines, a related-releases rail, newsletter box and footer.
 */
const aTitle = 'Greyhaven Minerals Intersects 212 Meters of Copper Mineralization at Copper Ridge';
const aP = [
  j(
    'VANCOUVER, BC / ACCESS Newswire / March 3, 2026 / Greyhaven Minerals Corp. (TSXV:GHM)(OTCQB:GHVMF) ("Greyhaven" or the',
    '"Company") is pleased to report results from the first four holes of its winter drill program at the Copper Ridge project in',
    'central British Columbia. The program tested the northern extension of the porphyry system outlined in 2024.',
  ),
  'Highlights of the results include:',
];
const aList = [
  'Hole CR-26-01 intersected 212 meters grading 0.41% copper and 0.18 grams per tonne gold from 38 meters depth',
  'Hole CR-26-03 intersected 96 meters grading 0.52% copper, including 24 meters grading 0.88% copper',
  'Mineralization remains open to the north and at depth in all four holes',
];
const aP2 = [
  j(
    '"These holes step out more than 400 meters from last year\u2019s drilling and show that the system keeps going," said Linnea',
    'Castellane, President and CEO of Greyhaven. "The long intervals starting close to surface are exactly what we hoped to see,',
    'and we will move a second rig onto the northern targets as soon as the ground allows."',
  ),
  j(
    'The winter program comprises about 4,500 meters of diamond drilling in 11 holes. Core from the remaining seven holes has',
    'been logged and sent to the laboratory, and results are expected in April.',
  ),
  j(
    'Drill core was split on site and samples were shipped to an accredited laboratory in Kamloops, where they were analysed for',
    'copper, gold and molybdenum. Certified reference materials and blanks were inserted into the sample stream at regular',
    'intervals. True widths are estimated at 70 to 85 percent of the reported intervals.',
  ),
  j(
    'The technical information in this news release has been reviewed and approved by Harald Feodorov, P.Geo., a director of the',
    'Company and a qualified person as defined by National Instrument 43-101.',
  ),
  j(
    'Greyhaven holds a 100 percent interest in the 14,000-hectare Copper Ridge property, which lies 60 kilometers from a paved',
    'highway and a rail line. The Company has about 9.2 million dollars in cash following its private placement in January.',
  ),
  j('Neither the TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of', 'this release.'),
];
const aContact = 'For further information: Linnea Castellane, President and CEO, info@greyhaven.example, +1 604-555-0127';
const aNav = ['Newsroom', 'Solutions', 'Pricing', 'Investor Relations', 'Contact', 'Login'];
const aRel = ['Greyhaven Minerals Closes Private Placement', 'Greyhaven Minerals Begins Winter Drilling at Copper Ridge'];
const aFoot = ['About', 'Careers', 'Privacy Policy', 'Terms and Conditions', 'Accessibility', 'Sitemap'];
const aHtml = `<!DOCTYPE html>
<html lang="en" data-n-head-ssr><head><meta charset="utf-8"><title>${aTitle} | ACCESS Newswire</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="Greyhaven Minerals reports results from the first four holes at Copper Ridge.">
<meta data-n-head="ssr" property="og:site_name" content="ACCESS Newswire"><meta data-n-head="ssr" property="og:title" content="${aTitle}">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"datePublished":"2026-03-03T12:30:00Z"}</script>
<link rel="preload" href="/_nuxt/app.7c1e4a2.js" as="script"><link rel="stylesheet" href="/_nuxt/css/app.4f8a91c.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-4a1e7c2b class="app-shell">
<header data-v-4a1e7c2b class="site-header tw-flex tw-items-center"><a data-v-4a1e7c2b href="/" class="logo">ACCESS Newswire</a>
<nav data-v-4a1e7c2b><ul data-v-4a1e7c2b class="tw-flex tw-gap-6">${links(aNav, 'nav-item')}</ul></nav></header>
<div data-v-7b22d0e1 class="newsroom-article tw-container tw-mx-auto tw-grid lg:tw-grid-cols-12">
<div data-v-7b22d0e1 class="lg:tw-col-span-8"><nav data-v-7b22d0e1 class="breadcrumb"><a href="/newsroom">Newsroom</a> / <a
href="/newsroom/en/metals-and-mining">Metals and Mining</a></nav>
<h1 data-v-7b22d0e1 class="article-title tw-text-3xl tw-font-bold">${aTitle}</h1>
<div data-v-7b22d0e1 class="article-meta tw-text-sm tw-text-gray-500"><span data-v-7b22d0e1>Originally published</span> <time data-v-7b22d0e1
datetime="2026-03-03T07:30:00-05:00">Tuesday, 03 March 2026 07:30 AM</time></div>
<div data-v-7b22d0e1 class="article-share"><button data-v-7b22d0e1 aria-label="Share on X">Share</button><button data-v-7b22d0e1>Copy link</button></div>
<div data-v-7b22d0e1 id="articlebody" class="article-body tw-prose">
${ps(aP)}
<ul>${lis(aList)}</ul>
${ps(aP2)}
<p><b>${aContact}</b></p>
<p>SOURCE: Greyhaven Minerals Corp.</p>
<p>View the original press release on ACCESS Newswire</p>
</div></div>
<aside data-v-7b22d0e1 class="lg:tw-col-span-4 related-rail"><h3 data-v-7b22d0e1>More from this company</h3><ul>${links(aRel)}</ul>
<div data-v-1f0c9e33 class="newsletter-box"><h3 data-v-1f0c9e33>Get the latest releases in your inbox</h3>
<input data-v-1f0c9e33 type="email" placeholder="Email address"><button data-v-1f0c9e33>Subscribe</button></div></aside></div>
<footer data-v-4a1e7c2b class="site-footer"><ul>${links(aFoot)}</ul><p>© 2026 ACCESS Newswire. All rights reserved.</p></footer></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:1043277,slug:"greyhaven-minerals"}}],serverRendered:true}}(null,false));
</script><script src="/_nuxt/app.7c1e4a2.js" defer></script></body></html>`;
export const accesswire: TestPage = {
  name: 'heldout397-accesswire-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([...aP, ...aList, ...aP2]),
  bylines: ['Tuesday, 03 March 2026 07:30 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Newsroom', 'Metals and Mining', 'Originally published', 'Share', 'Copy link', aContact,
    'SOURCE: Greyhaven Minerals Corp.', 'View the original press release on ACCESS Newswire', 'More from this company', ...aRel,
    'Get the latest releases in your inbox', 'Subscribe', ...aFoot, '© 2026 ACCESS Newswire. All rights reserved.',
  ],
};
