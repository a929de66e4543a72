import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, rows, rowText } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file c2: an ESG report web page built with Next.js (CSS-module class names, the __next root, a consent
 * dialog, site header, report sub-navigation, hero with the report year label, KPI tiles, h2 sections with a data table and a
 * list, a quote card, a download card, "Explore the report" cards, a feedback prompt, the footer and the __NEXT_DATA__ script).
 */
const eTitle = 'Climate and Nature: Our 2025 Progress';
const eIntro = `This chapter of the Tessaly Group Impact Report covers our greenhouse gas emissions, energy use, water and land. It reports
progress against the targets we set in 2021 and explains where we fell short. Figures cover all sites under our operational control
unless stated otherwise.`;
const eKpis = [
  '38% reduction in Scope 1 and 2 emissions since 2019',
  '71% of electricity from renewable sources',
  '12% less water withdrawn per tonne of product',
];
const eH1 = 'Emissions';
const eP1 = [
  `Our combined Scope 1 and 2 emissions fell to 184,000 tonnes of carbon dioxide equivalent in 2025, down from 296,000 tonnes in our
2019 baseline year. The largest single contribution came from replacing the coal-fired boilers at our Vessmark paper mill with a
biomass plant fed by residues from our own pulping line.`,
  `Scope 3 emissions, which arise in our supply chain and from the use of our products, remain about nine times larger than our
direct emissions. They rose by 2 percent in 2025 as sales volumes grew. We are working with our 40 largest suppliers, who account
for about half of purchased-goods emissions, on supplier-specific data and reduction plans.`,
];
const eTHead = ['Tonnes CO2e', '2019', '2024', '2025'];
const eT = [
  ['Scope 1', '201,000', '139,000', '121,000'],
  ['Scope 2 (market-based)', '95,000', '71,000', '63,000'],
  ['Scope 3', '1,690,000', '1,612,000', '1,645,000'],
];
const eH2 = 'Energy';
const eP2 = `We bought 71 percent of our electricity from renewable sources in 2025, through a mix of power purchase agreements, on-site
solar and certified green tariffs. Total energy use fell by 4 percent, mainly because of the heat-recovery projects below.`;
const eList = [
  'heat recovery from paper-machine exhaust hoods at Vessmark and Orlin;',
  'variable-speed drives on 320 pumps and fans across eleven sites;',
  'a switch from steam to electric heat pumps for drying at our Calder tissue plant.',
];
const eH3 = 'Water and land';
const eP3 = [
  `Six of our 23 manufacturing sites are in river basins with high water stress. At those sites we cut withdrawal per tonne by 19
percent, ahead of our 15 percent target, by reusing process water and repairing leaks in older cooling circuits.`,
  `We also manage 48,000 hectares of forest. In 2025 we set aside a further 2,100 hectares as permanent conservation areas and
completed a biodiversity baseline survey with the University of Brennmark.`,
];
const eQuote = 'We met our water target early, but our Scope 3 emissions are still moving in the wrong direction, and we will not hide that.';
const eH4 = 'What comes next';
const eP4 = `In 2026 we will submit near-term and net-zero targets for validation, publish a transition plan for our three largest mills,
and report Scope 3 emissions by product category for the first time.`;
const eNav = ['Products', 'Sustainability', 'Investors', 'Careers', 'Newsroom'];
const eSub = ['Report home', 'Message from the CEO', 'People and communities', 'Governance', 'Data centre', 'GRI index'];
const eCards = ['People and communities', 'Governance', 'Data centre'];
const eFoot = ['Privacy', 'Cookie settings', 'Legal notice', 'Accessibility', 'Contact'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${eTitle} | Tessaly Group Impact Report 2025</title>
<meta name="description" content="Greenhouse gas emissions, energy, water and land: Tessaly Group's progress in 2025."/>
<meta property="og:title" content="${eTitle}"/><meta property="og:image" content="https://www.tessaly.example/_next/image?url=%2Fimg%2Fforest.jpg&amp;w=1200"/>
<link rel="preload" href="/_next/static/media/inter-latin.p.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/_next/static/css/8c1f0e3b2a7d9c55.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-4a1c1e9b.js" defer=""></script><script src="/_next/static/chunks/main-0b6f7f5e.js" defer=""></script>
<script src="/_next/static/chunks/pages/impact/%5Bslug%5D-9d2e1c3a.js" defer=""></script></head>
<body><div id="__next"><div class="ConsentDialog_root__a81Xq" role="dialog" aria-label="Cookie consent"><p class="ConsentDialog_text__Ww2kd">We use
cookies to understand how the report is read. You can accept or decline analytics cookies.</p><button class="Button_primary__Q0zkL">Accept</button>
<button class="Button_secondary__h3Ty1">Decline</button></div>
<header class="SiteHeader_header__9sLq2"><a class="SiteHeader_logo__y1Fe0" href="/" aria-label="Tessaly Group home"></a>
<nav class="SiteHeader_nav__cP0dM"><ul>${links(eNav, 'SiteHeader_item__kD8Wn')}</ul></nav></header>
<nav class="ReportNav_nav__Rj5mB" aria-label="Impact Report 2025"><span class="ReportNav_label__6bWbA">Impact Report 2025</span>
<ul>${links(eSub, 'ReportNav_item__b2sQk')}</ul></nav>
<main class="Chapter_main__o4Ku1"><section class="Hero_hero__Zx7pP"><span class="Hero_eyebrow__Lq9cT">Chapter 3</span>
<h1 class="Hero_title__x1Ab2">${eTitle}</h1><p class="Hero_updated__n5V0e">Published 3 March 2026</p></section>
<div class="RichText_root__pT2Fd"><p>${eIntro}</p></div>
<ul class="KpiGrid_grid__E4h7R">${lis(eKpis, 'KpiGrid_tile__fH0c2')}</ul>
<section class="Section_section__kR3qV" id="emissions"><h2 class="Section_title__c7Wn1">${eH1}</h2><div class="RichText_root__pT2Fd">${ps(eP1)}</div>
<div class="DataTable_wrap__J6gXa"><table class="DataTable_table__3aQ0v"><thead><tr>
${eTHead.map((h) => `<th>${h}</th>`).join('\n')}
</tr></thead><tbody>
${rows(eT)}
</tbody></table><p class="DataTable_note__uY8s4">Source: Tessaly Group data centre. Figures rounded to the nearest thousand tonnes.</p></div></section>
<section class="Section_section__kR3qV" id="energy"><h2 class="Section_title__c7Wn1">${eH2}</h2><div class="RichText_root__pT2Fd"><p>${eP2}</p>
<ul>${lis(eList)}</ul></div></section>
<section class="Section_section__kR3qV" id="water"><h2 class="Section_title__c7Wn1">${eH3}</h2><div class="RichText_root__pT2Fd">${ps(eP3)}</div>
<figure class="QuoteCard_card__Bq1eA"><blockquote class="QuoteCard_quote__p9XvM"><p>${eQuote}</p></blockquote>
<figcaption class="QuoteCard_cite__Tt6cK">Ines Marbury, Chief Sustainability Officer</figcaption></figure></section>
<section class="Section_section__kR3qV" id="next"><h2 class="Section_title__c7Wn1">${eH4}</h2><div class="RichText_root__pT2Fd"><p>${eP4}</p></div></section>
<aside class="DownloadCard_card__s0Zq8"><h3 class="DownloadCard_title__k2PqV">Download the full Impact Report 2025</h3>
<p class="DownloadCard_meta__xx1Ld">PDF, 8.4 MB</p><a class="Button_primary__Q0zkL" href="/files/tessaly-impact-report-2025.pdf">Download</a></aside>
<section class="NextCards_root__mF3aE"><h2 class="NextCards_heading__U2vj0">Explore the report</h2>
<ul>${links(eCards, 'NextCards_card__Hn1wC')}</ul></section>
<div class="Feedback_root__g5Rr0"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></main>
<footer class="SiteFooter_footer__ZQ2lm"><ul>${links(eFoot, 'SiteFooter_item__a0Tg7')}</ul><p class="SiteFooter_copy__W8nYv">© 2026 Tessaly Group AB</p>
</footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"chapter":{"slug":"climate-and-nature","title":"${eTitle}","number":3},
"locale":"en"}},"page":"/impact/[slug]","query":{"slug":"climate-and-nature"},"buildId":"q7WfK2nT0aXc","isFallback":false,"gsp":true}</script>
</body></html>`;
export const esgNext: TestPage = {
  name: 'heldout291-nextjs-esg-report-page',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3, eH4],
  body: texts([eIntro, ...eKpis, ...eP1, ...eT.map(rowText), eP2, ...eList, ...eP3, eQuote, eP4]),
  bylines: ['Published 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to understand how the report is read. You can accept or decline analytics cookies.', 'Accept', 'Decline', ...eNav,
    'Impact Report 2025', ...eSub, 'Chapter 3', 'Source: Tessaly Group data centre. Figures rounded to the nearest thousand tonnes.',
    'Ines Marbury, Chief Sustainability Officer', 'Download the full Impact Report 2025', 'PDF, 8.4 MB', 'Download', 'Explore the report',
    'Was this page helpful?', 'Yes', ...eFoot, '© 2026 Tessaly Group AB',
  ],
};
