import { links, ps, type TestPage, texts } from './page-kit.js';
import { civicplus } from './pages-heldout18-e2.js';

/**
 * Held-out batch 18, file e: a WHO-style fact sheet (cookie consent bar, top nav with "Health Topics" / "Countries" /
 * "Newsroom" / "Emergencies" / "Data" / "About WHO", breadcrumb "Home / Newsroom / Fact sheets / Detail", the title with
 * its date line, a "Key facts" box, h2 sections including "WHO response", a "Related" links box, "Fact sheets" nav list,
 * "Media contacts" rail, the "Last updated" / language switcher bits and the footer). The CivicPlus news flash of this
 * file is in pages-heldout18-e2.ts.
 */
const whTitle = 'Snakebite envenoming in pastoral communities';
const whKey = [
  'An estimated 5.1 million people are bitten by snakes each year, and up to 2.4 million of them are envenomed.',
  'Herders and their families in dryland regions face some of the highest risks, because they live far from health facilities.',
  'Antivenoms are effective when given early, but many rural clinics do not keep them in stock.',
  'Most deaths and disabilities from snakebite can be prevented with simple measures and timely treatment.',
];
const whH1 = 'Overview';
const whB1 = [
  'Snakebite envenoming is a potentially life-threatening disease caused by toxins in the bite of venomous snakes. In pastoral ' +
    'communities, people are most often bitten while herding animals at dawn and dusk, collecting firewood or sleeping on the ground.',
  'Distances to care are long. In several surveys, the median time from bite to reaching a facility able to give antivenom was ' +
    'more than eight hours, and many patients first see a traditional healer.',
];
const whH2 = 'Symptoms';
const whB2 = [
  'Bites by vipers typically cause pain and swelling at the bite site, followed by bleeding from the gums and wounds. Bites by ' +
    'elapid snakes such as cobras and mambas can cause drooping eyelids, difficulty swallowing and paralysis of the breathing muscles.',
];
const whH3 = 'Prevention and treatment';
const whList = [
  'wearing closed shoes and using a torch when walking at night',
  'sleeping on a raised bed under a tucked-in net',
  'keeping the bitten limb still and getting to a health facility as fast as possible',
  'avoiding tourniquets, cutting or sucking the wound',
];
const whH4 = 'WHO response';
const whB4 = [
  'WHO works with ministries of health to add snakebite care to primary health services in pastoral areas, to train community health ' +
    'workers in first aid and referral, and to improve the supply of safe, effective antivenoms through prequalification.',
  'In 2024, WHO supported pilot programmes in four countries that link mobile herding camps to the nearest clinics by radio and motorcycle ambulance.',
];
const whNav = ['Health Topics', 'Countries', 'Newsroom', 'Emergencies', 'Data', 'About WHO'];
const whCrumbs = ['Home', 'Fact sheets', 'Detail'];
const whRelated = ['Snakebite envenoming: a strategy for prevention and control', 'Antivenoms: target product profiles', 'Neglected tropical diseases'];
const whFacts = ['Snakebite envenoming', 'Rabies', 'Leishmaniasis', 'Buruli ulcer', 'Mycetoma'];
const whFoot = [
  'Subscribe to our newsletters',
  'Privacy policy',
  'Work with us',
  'Careers',
  'Frequently asked questions',
  'Terms of use',
  'Cyber security',
  'EB and WHA',
  'Regions',
  '© 2025 WHO',
];
const whHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${whTitle}</title><meta name="DC.date" content="2025-09-18">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${whTitle}","datePublished":"2025-09-18",
"publisher":{"@type":"Organization","name":"World Health Organization"}}</script>
<script>var dataLayer=dataLayer||[];dataLayer.push({"contentType":"factsheet","topic":"snakebite"});</script></head>
<body class="page-factsheet"><div id="cookie-consent" class="sf-cookie-banner" role="dialog"><p>This site uses cookies to store information on your
computer.</p><a href="/about/policies/privacy">Learn more</a><button class="accept">Accept</button><button class="decline">Decline</button></div>
<header class="sf-header"><a class="logo" href="/" aria-label="World Health Organization"></a><a class="skip" href="#main">Skip to main content</a>
<nav class="sf-nav"><ul>${links(whNav, 'navbar__item')}</ul></nav>
<div class="sf-lang"><ul><li><a href="/ar/">العربية</a></li><li><a href="/zh/">中文</a></li><li class="active"><a href="/en/">English</a></li>
<li><a href="/fr/">Français</a></li><li><a href="/ru/">Русский</a></li><li><a href="/es/">Español</a></li></ul></div></header>
<main id="main"><div class="sf-breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/news-room">Newsroom</a></li><li>
<a href="/news-room/fact-sheets">Fact sheets</a>
</li><li class="active">Detail</li></ul></div>
<section class="sf-page-header"><h1 class="dynamic-content__heading">${whTitle}</h1>
<div class="date"><span class="timestamp">18 September 2025</span></div><div class="sf-detail-body-wrapper"><span class="tag">Fact sheet</span></div></section>
<div class="row"><div class="col-md-9"><article class="sf-detail-body-wrapper">
<div class="key-facts-box"><h3 class="key-facts-title">Key facts</h3><ul>${whKey.map((k) => `<li>${k}</li>`).join('\n')}</ul></div>
<h2>${whH1}</h2>
${ps(whB1)}
<h2>${whH2}</h2>
${ps(whB2)}
<h2>${whH3}</h2>
<p>Communities can reduce the risk of bites and of severe harm by:</p>
<ul>${whList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2>${whH4}</h2>
${ps(whB4)}
</article>
<div class="related-box"><h3 class="section-heading">Related</h3><ul>${links(whRelated, 'link-container')}</ul></div></div>
<aside class="col-md-3"><div class="sf-list-vertical"><h3 class="list-heading">Fact sheets</h3><ul>${links(whFacts)}</ul>
<a class="button" href="/news-room/fact-sheets">All fact sheets</a></div>
<div class="media-contacts"><h3>Media contacts</h3><p class="name">Amara Diallo</p><p class="title">Communications Officer, Neglected Tropical Diseases</p>
<p class="phone">Telephone: +41 22 791 00 00</p><p class="email">Email: mediainquiries@who.example</p></div></aside></div></main>
<footer class="sf-footer"><ul>${links(whFoot)}</ul><p class="updated">Last updated: 18 September 2025</p></footer>
<script src="/ResourcePackages/WHO/assets/dist/scripts/main.min.js?v=1.2.9"></script></body></html>`;
const who: TestPage = {
  html: whHtml,
  name: 'heldout18-who-fact-sheet',
  kind: 'docs',
  // the key facts (the fact sheet's summary) and every section paragraph and list item, the lead-in "Communities can
  // reduce..." too, are body; the four h2s are the headings, while the box label "Key facts" (an h3) is furniture like
  // "Related"; "18 September 2025" is the date line (byline), and the "Last updated" line is furniture; cookie bar,
  // nav, languages, breadcrumb, the "Fact sheet" tag, "Related" box, "Fact sheets" list (its current page repeats the
  // title's words: left out), "Media contacts" block and footer are furniture; "Fact sheets" and "Newsroom" are in the
  // nav, breadcrumb and list heading and count once; the nav's "Countries" and the footer's "Regions" are words of the
  // body: left out
  title: whTitle,
  headings: [whH1, whH2, whH3, whH4],
  body: [...whKey, ...texts(whB1), ...texts(whB2), 'Communities can reduce the risk of bites and of severe harm by:', ...whList, ...texts(whB4)],
  bylines: ['18 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to store information on your computer.', 'Learn more', 'Accept', 'Decline', 'Skip to main content',
    ...whNav.filter((t) => t !== 'Countries'),
    'العربية', '中文', 'English', 'Français', 'Русский', 'Español', ...whCrumbs, 'Fact sheet', 'Key facts', 'Related', ...whRelated,
    ...whFacts.slice(1), 'All fact sheets', 'Media contacts', 'Amara Diallo', 'Communications Officer, Neglected Tropical Diseases',
    'Telephone: +41 22 791 00 00', 'Email: mediainquiries@who.example', ...whFoot.filter((t) => t !== 'Regions'), 'Last updated: 18 September 2025',
  ],
};

export const HELDOUT18_E: readonly TestPage[] = [who, civicplus];
