import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 236, file c: an etymology dictionary entry (Etymonline shape: search header, the word sections with
 * dated origins, "Entries linking to" block, "Want to remove ads?" box, trending rail, footer) and a medical dictionary
 * entry (MedlinePlus / MSD-manual-like shape: breadcrumb, reviewed-by line, sections, disclaimer, share tools, footer).
 */
const etTitle = 'lantern';
const etHeads = ['lantern (n.)', 'lanternist (n.)', 'Entries linking to lantern'];
const etBody = [
  'late 13c., lanterne, "a case, often portable, with transparent sides, enclosing a light and protecting it from wind and ' +
    'rain," from Old French lanterne, from Latin lanterna, which is perhaps from Greek lampter "torch, lamp," from lampein ' +
    '"to shine," with the ending altered on the model of Latin lucerna "lamp."',
  'Early lanterns were made with sides of thin horn scraped until translucent, which is why the spelling lanthorn, ' +
    'reflecting a folk etymology, was common from the 16th century into the 18th. The architectural sense of "a small ' +
    'turret with windows on top of a dome" is attested from the 1450s. Lantern-jawed, "having long thin jaws and hollow ' +
    'cheeks," is from 1690s, perhaps from the look of a face lit from below.',
  'Magic lantern, an early projector of painted slides, is from 1690s, a translation of Modern Latin laterna magica.',
  '"one who operates a magic lantern," 1889, from lantern + -ist. The word was used mostly in advertisements for ' +
    'traveling shows, where the lanternist stood behind the audience and narrated the slides.',
  'lamp; lucent; lanthorn; lantern-jawed',
];
const etNav = ['Home', 'Browse', 'Tips', 'Support the site', 'Sign in'];
const etTrend = ['quarantine', 'nice', 'salary', 'clue', 'panic'];
const etFoot = ['About', 'Contact', 'Terms of Service', 'Privacy Policy', 'Cookie Settings'];
const etHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lantern - Etymology, Origin &amp; Meaning</title>
<meta name="description" content="Originating from Old French lanterne, lantern means a portable light with transparent sides.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Etymology of lantern"}</script>
<script src="/_next/static/chunks/webpack-7a1c.js" async></script></head><body><div id="__next">
<header class="header"><a class="logo" href="/">Rootword Online Etymology</a><nav><ul>${links(etNav)}</ul></nav>
<form class="search"><input type="search" placeholder="Search 50,000 words" aria-label="Search"></form></header>
<div class="ad-top" id="ezoic-pub-ad-placeholder-101"><span>Advertisement</span></div>
<main class="main"><div class="word-header"><h1 class="title">${etTitle}</h1><span class="sr-only">Etymology and history of lantern</span></div>
<section class="word--C9UPa"><div class="word__name--TTbAA"><h2>${etHeads[0]}</h2></div>
<section class="word__defination--2q7ZH">${ps(etBody.slice(0, 3))}</section>
<p class="related-tag">Also from late 13c.</p>
<div class="word__share"><button>Share</button><button>Cite</button></div></section>
<section class="word--C9UPa"><div class="word__name--TTbAA"><h2>${etHeads[1]}</h2></div>
<section class="word__defination--2q7ZH">${ps([etBody[3] ?? ''])}</section></section>
<section class="related"><h2>${etHeads[2]}</h2><p>${etBody[4]}</p></section>
<div class="adfree-box"><p>Want to remove ads? Log in to see fewer ads, and become a Premium Member to remove all ads.</p>
<a href="/premium">Become a Premium Member</a></div></main>
<aside class="sidebar"><h3>Trending words</h3><ul>${links(etTrend)}</ul>
<div class="ad-side"><span>Advertisement</span></div></aside>
<footer class="footer"><ul>${links(etFoot)}</ul><p>© 2001-2026 Rootword Online Etymology. All rights reserved.</p></footer></div></body></html>`;

const mdTitle = 'Chillblain-like skin reaction (pernio)';
const mdHeads = ['Definition', 'Causes', 'Symptoms', 'When to contact a health care provider', 'Prevention'];
const mdBody = [
  'Pernio is a painful swelling of small patches of skin that appears after exposure to cold, damp air. It most often ' +
    'affects the toes, fingers, ears and the tip of the nose.',
  'The small blood vessels near the skin surface narrow in the cold. When the skin is warmed too quickly, blood leaks ' +
    'into the surrounding tissue and causes swelling and inflammation.',
  'People with poor circulation, a low body weight or certain connective tissue disorders are more likely to develop ' +
    'the condition. It is also common in places where winters are damp rather than freezing.',
  'Symptoms usually start a few hours after cold exposure and may include:',
  'Red, purple or blue patches on the skin',
  'Itching or a burning feeling that gets worse when the area is warmed',
  'Swelling, and sometimes blisters or small sores',
  'Most episodes heal on their own within one to three weeks, as long as the skin is kept warm and dry.',
  'Contact your provider if the sores do not heal, if you see signs of infection such as pus or spreading redness, ' +
    'or if the symptoms return every winter despite keeping warm.',
  'Dress in layers and keep your hands and feet covered in cold weather. Avoid warming cold skin directly in front of a ' +
    'heater or with hot water; warm it gradually instead. If you smoke, quitting will improve the circulation to your skin.',
];
const mdNav = ['Health Topics', 'Drugs & Supplements', 'Genetics', 'Medical Tests', 'Medical Encyclopedia', 'About Verano Health'];
const mdFoot = ['Disclaimers', 'Copyright', 'Privacy', 'Accessibility', 'Guidelines for Links', 'Viewers & Players', 'Contact'];
const mdHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chillblain-like skin reaction (pernio): Verano Health Encyclopedia</title>
<meta name="description" content="Pernio is a painful swelling of small patches of skin after cold exposure.">
<meta name="DC.date.reviewed" content="2026-08-14">
<script src="/js/main.min.js" defer></script><script>window.dataLayer = window.dataLayer || [];</script></head>
<body><a class="skip" href="#mplus-content">Skip navigation</a>
<div class="usa-banner"><p>An official website of the Verano Institute of Medicine</p><button>Here's how you know</button></div>
<header id="mplus-header"><a class="logo" href="/">Verano Health: Trusted Health Information for You</a>
<nav id="mplus-nav"><ul>${links(mdNav)}</ul></nav>
<form id="searchForm"><label for="searchbox">Search Verano Health</label><input id="searchbox" type="search"><button>GO</button></form></header>
<div class="breadcrumbs"><ol>${links(['Home', 'Medical Encyclopedia'])}<li>Pernio</li></ol></div>
<div id="mplus-content" class="page-info"><h1 class="with-also">${mdTitle}</h1>
<div class="page-actions"><span>Share</span><a class="facebook" href="#">Facebook</a><a class="email" href="#">Email</a>
<a class="print" href="#">Print</a></div>
<article><div class="section"><div class="section-header"><h2 id="sec-def">${mdHeads[0]}</h2></div>
<div class="section-body">${ps([mdBody[0] ?? ''])}</div></div>
<div class="section"><div class="section-header"><h2>${mdHeads[1]}</h2></div><div class="section-body">${ps(mdBody.slice(1, 3))}</div></div>
<div class="section"><div class="section-header"><h2>${mdHeads[2]}</h2></div><div class="section-body"><p>${mdBody[3]}</p>
<ul>${mdBody
  .slice(4, 7)
  .map((x) => `<li>${x}</li>`)
  .join('')}</ul><p>${mdBody[7]}</p></div></div>
<div class="section"><div class="section-header"><h2>${mdHeads[3]}</h2></div><div class="section-body">${ps([mdBody[8] ?? ''])}</div></div>
<div class="section"><div class="section-header"><h2>${mdHeads[4]}</h2></div><div class="section-body">${ps([mdBody[9] ?? ''])}</div></div>
<div class="section" id="review"><h2>Review Date 8/14/2026</h2>
<p>Updated by: Teodora Vasquel, MD, Department of Dermatology, Harlow Bay Medical Center.</p>
<p>Also reviewed by the Verano Health Editorial team.</p></div>
<p class="disclaimer">The information provided herein should not be used during any medical emergency or for the diagnosis or
treatment of any medical condition.</p></article>
<div class="related"><h3>Related Health Topics</h3><ul>${links(['Frostbite', 'Raynaud Phenomenon', 'Skin Conditions'])}</ul></div></div>
<footer id="mplus-footer"><ul>${links(mdFoot)}</ul><p>Verano Institute of Medicine, 8600 Alder Pike, Harlow Bay</p></footer></body></html>`;

export const HELDOUT236_C: readonly TestPage[] = [
  {
    name: 'heldout236-rootword-etymology-entry',
    kind: 'docs',
    html: etHtml,
    title: etTitle,
    headings: etHeads,
    body: texts(etBody),
    bylines: [],
    furniture: [
      ...etNav,
      ...etTrend,
      ...etFoot,
      'Rootword Online Etymology',
      'Advertisement',
      'Etymology and history of lantern',
      'Also from late 13c.',
      'Share',
      'Cite',
      'Want to remove ads? Log in to see fewer ads, and become a Premium Member to remove all ads.',
      'Become a Premium Member',
      'Trending words',
      '© 2001-2026 Rootword Online Etymology. All rights reserved.',
    ],
  },
  {
    name: 'heldout236-veranohealth-medical-entry',
    kind: 'docs',
    html: mdHtml,
    title: mdTitle,
    headings: mdHeads,
    body: texts(mdBody),
    bylines: [
      'Review Date 8/14/2026',
      'Updated by: Teodora Vasquel, MD, Department of Dermatology, Harlow Bay Medical Center.',
      'Also reviewed by the Verano Health Editorial team.',
    ],
    furniture: [
      ...mdNav,
      ...mdFoot,
      'Skip navigation',
      'An official website of the Verano Institute of Medicine',
      "Here's how you know",
      'Verano Health: Trusted Health Information for You',
      'Search Verano Health',
      'GO',
      'Home',
      'Pernio',
      'Share',
      'Facebook',
      'Email',
      'Print',
      'The information provided herein should not be used during any medical emergency or for the diagnosis or treatment of any medical condition.',
      'Related Health Topics',
      'Frostbite',
      'Raynaud Phenomenon',
      'Skin Conditions',
      'Verano Institute of Medicine, 8600 Alder Pike, Harlow Bay',
    ],
  },
];
