import { links, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout369-kit.js';

/**
 * Held-out batch 369, file d: a manufacturer's product specification page rendered by Nuxt (Vue scoped-style data-v
 * attributes, the __NUXT__ state script, a product tab bar, a "Where to buy" button and a compare drawer; its text is a
 * short overview and the spec table) and a motherboard vendor's BIOS download page (support tabs, version listing with
 * changelogs, a caution box and a survey widget).
 */
const nTitle = 'Halvard X870 AURUM WIFI';
const nTag = 'Built for the Strata 9. Tuned for everything after it.';
const nOverview = [
  j(
    'The X870 AURUM WIFI pairs an 18+2+1 power stage design rated at 110 A per stage with a six-layer server-grade PCB, giving',
    'Korvane’s twelve-core processors the headroom to hold their boost clocks under sustained load.',
  ),
  j('Four M.2 slots, two of them wired to PCIe 5.0, sit under a single tool-free heatsink, and the rear panel carries two USB4', 'ports and 10 Gb Ethernet.'),
];
const nFeatures = [
  'EZ-Latch M.2 and EZ-Release PCIe slot for tool-free installation',
  'Dual USB4 Type-C ports with 40 Gbps and 60 W power delivery',
  'Wi-Fi 7 with a 5 dBi magnetic antenna',
  'BIOS Flashback button for updates without a CPU',
];
const nSpecs: readonly (readonly string[])[] = [
  ['CPU Socket', 'Socket KV6'],
  ['Chipset', 'Korvane X870'],
  ['Memory', '4 x DIMM, Max. 256GB, DDR5 8600+(OC)'],
  ['Expansion Slots', '1 x PCIe 5.0 x16, 1 x PCIe 4.0 x4'],
  ['Storage', '4 x M.2 slots, 4 x SATA 6Gb/s'],
  ['Networking', 'Wi-Fi 7, 10Gb Ethernet'],
  ['Form Factor', 'ATX, 30.5 cm x 24.4 cm'],
];
const nNote = 'Specifications and features vary by model, and all images are illustrative.';
const nTabs = ['Overview', 'Techspec', 'Gallery', 'Awards', 'Support'];
const nNav = ['Motherboards', 'Graphics Cards', 'Monitors', 'Laptops', 'Peripherals', 'Support'];
const nFoot = ['About Halvard', 'Careers', 'Newsroom', 'Privacy Policy', 'Terms of Use', 'Cookie Preferences'];
const dv = 'data-v-6f2a1c3e';
const nHtml = `<!DOCTYPE html><html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head><meta charset="utf-8">
<title>${nTitle} | Motherboards | Halvard Global</title><meta data-n-head="ssr" name="description" content="${nTag}">
<link rel="preload" href="/_nuxt/app.4b1e2f.js" as="script"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",
"name":"${nTitle}","brand":{"@type":"Brand","name":"Halvard"},"sku":"90MB1K20-M0EAY0"}</script></head>
<body><div id="__nuxt"><div id="__layout"><div ${dv} class="layout-default">
<header ${dv} class="HeaderV3__header__3xQ1a"><a ${dv} href="/" class="HeaderV3__logo__2aa0F" aria-label="Halvard">Halvard</a>
<nav ${dv} class="HeaderV3__menu__1Hc9d"><ul ${dv}>${links(nNav, 'HeaderV3__menuItem__38bC2')}</ul></nav>
<button ${dv} class="HeaderV3__search__1Qw0x" aria-label="Search">Search</button></header>
<main ${dv} class="ProductLayout__main__2pT6w"><div ${dv} class="ProductTabBar__wrapper__1Na8c"><div ${dv} class="ProductTabBar__name__3d0Cx">${nTitle}</div>
<ul ${dv} class="ProductTabBar__tabs__22aRj">${nTabs
  .map(
    (t) => `<li ${dv} class="ProductTabBar__tab__3rZ1y${t === 'Techspec' ? ' active' : ''}"><a ${dv}
href="#${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}</ul><a ${dv} class="ProductTabBar__buy__1y4Bs" href="#where-to-buy">Where to buy</a>
<button ${dv} class="ProductTabBar__compare__2Ur1k">Add to compare</button></div>
<section ${dv} id="overview" class="ProductOverview__wrapper__1iZxz"><h1 ${dv} class="ProductOverview__title__3p5Vw">${nTitle}</h1>
<p ${dv} class="ProductOverview__tagline__2lJ0e">${nTag}</p>
<div ${dv} class="ProductOverview__desc__1fQ8e">${nOverview.map((p) => `<p ${dv}>${p}</p>`).join('\n')}
<ul ${dv} class="ProductOverview__features__0sP3r">${nFeatures.map((f) => `<li ${dv}>${f}</li>`).join('\n')}</ul></div>
<div ${dv} class="ProductOverview__media__3kL2q"><img ${dv} src="https://dlcdn.halvard.example/gain/7A1B/w800" alt="${nTitle}"></div></section>
<section ${dv} id="techspec" class="ProductSpecSingle__wrapper__2v8Qe"><h2 ${dv} class="ProductSpecSingle__title__1dK0c">Tech Specs</h2>
<table ${dv} class="ProductSpecSingle__table__3gU9w"><tbody ${dv}>
${rows(nSpecs)}</tbody></table><p ${dv} class="ProductSpecSingle__note__2oP1n">${nNote}</p></section>
<section ${dv} id="where-to-buy" class="WhereToBuy__wrapper__1rF3k"><h2 ${dv}>Where to buy</h2><p ${dv}>Buy from an authorized Halvard retailer.</p>
<a ${dv} class="WhereToBuy__btn__2nA7d" href="/where-to-buy/">Find a store</a></section>
<div ${dv} class="CompareDrawer__wrapper__3mW9x"><span ${dv}>Compare (0/4)</span><button ${dv}>Clear all</button></div></main>
<footer ${dv} class="FooterV3__footer__1xR2p"><ul ${dv}>${links(nFoot, 'FooterV3__item__0aQ1m')}</ul>
<p ${dv} class="FooterV3__copyright__2bN0w">©Halvard Computer Inc. All rights reserved.</p>
<div ${dv} class="FooterV3__region__1qP5s">Region: United States / English</div></footer>
<div ${dv} id="cookie-policy" class="CookiePolicy__wrapper__3uL8z"><p ${dv}>We use Cookies and other tracking technologies to improve your browsing
experience on our site.</p><button ${dv}>Accept Cookies</button><button ${dv}>Cookie Settings</button></div></div></div></div>
<script>window.__NUXT__=(function(a,b){return
{layout:"default",data:[{product:{id:24411,name:"${nTitle}",isCompare:b}}],state:{region:a}}}("us",false));</script>
<script src="/_nuxt/app.4b1e2f.js" defer></script></body></html>`;
const nuxt: TestPage = {
  name: 'heldout369-nuxt-product-spec-page',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Tech Specs'],
  body: [nTag, ...texts([...nOverview, ...nFeatures]), ...rowTexts(nSpecs), nNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Halvard', ...nNav, 'Search', ...nTabs.filter((t) => t !== 'Support'),
    'Where to buy', 'Add to compare', 'Buy from an authorized Halvard retailer.', 'Find a store',
    'Compare (0/4)', 'Clear all', ...nFoot, '©Halvard Computer Inc. All rights reserved.', 'Region: United States / English',
    'We use Cookies and other tracking technologies to improve your browsing experience on our site.', 'Accept Cookies', 'Cookie Settings',
  ],
};

const sTitle = 'B850M TERN WIFI (rev. 1.1) BIOS Download';
const sIntro = j(
  'Download the latest BIOS for the B850M TERN WIFI (rev. 1.1). We recommend updating with Q-Flash in the BIOS setup or with the',
  'Q-Flash Plus button on the rear panel, which works without a CPU or memory installed.',
);
const sCaution = [
  'Do not turn off the power or reset the system while the BIOS is being updated.',
  'BIOS F12 and later cannot be rolled back to F10 or earlier because of a security patch.',
  'After updating, load Optimized Defaults before changing any other setting.',
];
const sVers: readonly { v: string; date: string; size: string; notes: string[] }[] = [
  {
    v: 'F14',
    date: '2026/11/12',
    size: '15.78 MB',
    notes: [
      'Updates the Korvane AGESA to 1.3.0.2',
      'Adds support for Strata 9 7950K and 7900K processors',
      'Improves DDR5 memory compatibility at 8000 MT/s and above',
      'Fixes an issue where the fan curve reset after resume from sleep',
    ],
  },
  {
    v: 'F13b',
    date: '2026/09/30',
    size: '15.71 MB',
    notes: ['Beta BIOS', 'Improves boot time with four M.2 drives installed', 'Adds a 105 W TDP mode option for Strata 5 processors'],
  },
  {
    v: 'F12',
    date: '2026/08/04',
    size: '15.64 MB',
    notes: ['Addresses security vulnerability KSV-2026-0117', 'Checksum: 5E7A'],
  },
];
const sRows: readonly (readonly string[])[] = [['Operating System', 'Windows 11 64-bit']];
const sNav = ['Products', 'Support', 'Where to Buy', 'Events', 'Downloads'];
const sTabs = ['Overview', 'Specification', 'Support', 'Gallery'];
const sSupport = ['Driver', 'BIOS', 'Utility', 'Manual', 'FAQ', 'CPU Support List', 'Memory Support List'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>B850M TERN WIFI (rev. 1.1) Support | Motherboard - Halvard Global</title>
<meta name="keywords" content="B850M TERN WIFI, BIOS, driver, download"><link rel="stylesheet" href="/Content/css/support.min.css">
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script>var SupportModel = { ProductId: 9911, Type: 'bios', Lang: 'en' };</script></head>
<body class="support-page"><div id="main-header" class="main-header"><a class="logo" href="/">Halvard</a>
<ul class="main-nav">${links(sNav, 'main-nav-item')}</ul></div>
<div class="product-header"><div class="product-title-wrap"><span class="model-name">B850M TERN WIFI (rev. 1.1)</span>
<ul class="product-tabs">${links(sTabs, 'product-tab')}</ul></div></div>
<div class="container support-container"><ul class="support-tab-list">${sSupport
  .map(
    (t) => `<li class="support-tab${t === 'BIOS' ? ' active' : ''}"><a
href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul>
<div class="support-content"><h1 class="support-title">${sTitle}</h1>
<div class="os-select"><table class="os-table"><tbody>${rows(sRows)}</tbody></table></div>
<p class="support-intro">${sIntro}</p>
<div class="caution-box"><div class="caution-title">Caution</div><ul>${sCaution.map((c) => `<li>${c}</li>`).join('\n')}</ul></div>
<div class="download-list">
${sVers
  .map(
    (v) => `<div class="div-table-row" data-version="${v.v}"><div class="div-table-cell download-version"><span class="label">Version</span>
<h3 class="version-number">${v.v}</h3></div><div class="div-table-cell download-date"><span class="label">Release Date</span> <span>${v.date}</span></div>
<div class="div-table-cell download-size"><span class="label">Size</span> <span>${v.size}</span></div>
<div class="div-table-cell download-desc"><ul>${v.notes.map((n) => `<li>${n}</li>`).join('\n')}</ul></div>
<div class="div-table-cell download-btn"><a class="btn-download" href="https://download.halvard.example/FileList/BIOS/b850mtern_${v.v}.zip">Global</a>
<a class="btn-download" href="https://download.halvard.example/cn/${v.v}.zip">China</a></div></div>`,
  )
  .join('\n')}
<a class="show-more" href="#">Show more versions</a></div>
<div class="related-utility"><h4>Related utilities</h4><ul>${links(['Q-Flash Utility', '@BIOS Updater'])}</ul></div></div></div>
<div class="survey-widget"><p>Was this information helpful?</p><button>Yes</button><button>No</button></div>
<footer class="main-footer"><ul>${links(['Contact Us', 'Privacy Policy', 'Terms of Use', 'Sitemap'])}</ul>
<p>Copyright © 2026 Halvard Computer Inc. All rights reserved.</p></footer>
<div id="cookie-bar"
class="cookie-bar">This website uses cookies. By continuing to browse, you agree to our use of cookies. <a class="cookie-accept">OK</a></div>
</body></html>`;
const bios: TestPage = {
  name: 'heldout369-vendor-bios-download',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sVers.map((v) => v.v),
  body: [sIntro, ...texts(sCaution), ...sVers.flatMap((v) => [`Release Date ${v.date}`, `Size ${v.size}`, ...v.notes])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Halvard', ...sNav, ...sTabs, 'Driver', 'Utility', 'Manual', 'CPU Support List', 'Memory Support List',
    'Operating System', 'Windows 11 64-bit', 'Caution', 'Version', 'Global', 'China', 'Show more versions', 'Related utilities', 'Q-Flash Utility',
    '@BIOS Updater', 'Was this information helpful?', 'Yes', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Sitemap',
    'Copyright © 2026 Halvard Computer Inc. All rights reserved.', 'This website uses cookies. By continuing to browse, you agree to our use of cookies.',
  ],
};

export const HELDOUT369_D: readonly TestPage[] = [nuxt, bios];
