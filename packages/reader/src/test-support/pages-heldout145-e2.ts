import { links, type TestPage, texts } from './page-kit.js';
import { furnish } from './pages-heldout145-kit.js';

/**
 * Held-out batch 145, file e2: a World Health Organization fact sheet on a made-up disease (the cookie consent bar, the
 * header with the language switcher, menu and "Donate", breadcrumbs, the date and "Fact sheet" label above the h1, the
 * "Key facts" list and the sections of the sheet, the "Related" links, the regional-office list, newsletter link and the
 * footer).
 */
const T = 'Brindle fever';
const date = '12 March 2025';
const hKey = 'Key facts';
const key = [
  'Brindle fever is a viral illness spread to people by the bite of infected reed midges.',
  'Most people recover within two weeks, but about 1 in 50 people with severe illness die.',
  'An estimated 180 000 cases occur each year, mostly in river deltas in the tropics.',
  'There is no specific treatment; early supportive care greatly improves survival.',
  'Preventing midge bites and reducing breeding sites are the most effective ways to prevent infection.',
];
const sec = [
  [
    'Overview',
    [
      'Brindle fever is caused by a virus of the family <i>Phenuiviridae</i>. It is named after the blotchy, striped rash that appears on the arms ' +
        'and trunk of many patients in the second week of illness. The disease was first described in 1971 after an outbreak among rice farmers, and ' +
        'it has since been reported in 23 countries.',
      'The virus circulates between reed midges and wild birds that nest in wetlands. People are infected when they are bitten by an infected midge, ' +
        'usually in the evening and early morning when the insects are most active.',
    ],
  ],
  [
    'Symptoms',
    [
      'Symptoms usually begin 4 to 10 days after an infected bite. Most people have a sudden fever, headache, muscle pain and tiredness. A rash often ' +
        'appears after the fever has started to fall.',
      'A small number of people develop severe disease, with bleeding from the gums or nose, low blood pressure or confusion. Severe illness is more ' +
        'common in older adults and in people with chronic health conditions.',
    ],
  ],
  [
    'Diagnosis and treatment',
    [
      'Brindle fever can be confused with dengue, malaria and other fevers common in the same regions. Diagnosis is confirmed by laboratory tests that ' +
        'detect the virus or antibodies in a blood sample.',
      'There is no antiviral medicine for brindle fever. Treatment focuses on rest, fluids and relief of fever and pain. People with severe disease ' +
        'need hospital care, including careful management of fluids and, in some cases, blood transfusion.',
    ],
  ],
  ['Prevention', ['No vaccine is available. People living in or visiting affected areas can reduce their risk by:']],
  [
    'WHO response',
    [
      'WHO works with countries to strengthen surveillance and laboratory diagnosis of brindle fever, to train health workers in the clinical ' +
        'management of severe cases and to support community-based midge control. WHO also coordinates research on candidate vaccines and maintains ' +
        'a network of reference laboratories in affected regions.',
    ],
  ],
] as const;
const prevList = [
  'using insect repellent on exposed skin in the evening and early morning;',
  'sleeping under insecticide-treated nets;',
  'wearing long sleeves and trousers near wetlands and rice fields; and',
  'draining standing water around homes where midges can breed.',
];
const cookie = [
  'We use cookies to improve your experience on our websites. You can accept all cookies or manage your preferences.',
  'Accept all cookies',
  'Manage cookies',
];
const langs = ['العربية', '中文', 'Français', 'Русский', 'Español'];
const menu = ['Health Topics', 'Countries', 'Newsroom', 'Emergencies', 'Data', 'About WHO'];
const crumbs = ['Home', 'Newsroom', 'Fact sheets', 'Detail'];
const related = ['Vector-borne diseases', 'Global vector control response', 'Dengue and severe dengue', 'Integrated vector management'];
const regions = ['Africa', 'Americas', 'South-East Asia', 'Europe', 'Eastern Mediterranean', 'Western Pacific'];
const policies = ['Privacy policy', 'Cybersecurity', 'Ethics', 'Permissions and licensing', 'Terms of use', 'Contact us', 'Report misconduct'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Brindle fever</title>
<meta name="description" content="WHO fact sheet on brindle fever: key facts, symptoms, diagnosis and treatment, prevention and WHO response.">
<meta name="DC.date.issued" content="2025-03-12"><meta property="og:title" content="Brindle fever"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.who.int/news-room/fact-sheets/detail/brindle-fever"><link rel="stylesheet"
href="/ResourcePackages/WHO/assets/dist/styles/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Brindle fever","datePublished":"2025-03-12",
"publisher":{"@type":"Organization","name":"World Health Organization"}}</script>
<script src="/ResourcePackages/WHO/assets/dist/scripts/vendor.min.js"></script><script>var sfPageId = "8f1e5a72-0c3d-6a4b-9e2f-ff0000a6b1c2";</script></head>
<body><a class="skip-link sf-skip-link" href="#main-content">Skip to main content</a>
<header class="who-header"><div class="top-bar"><div class="container"><ul class="language-selector" aria-label="Languages">
${langs.map((l) => `<li><a href="#" lang="x">${l}</a></li>`).join('')}</ul></div></div><div class="container navbar"><a class="navbar-brand" href="/">
<img src="/ResourcePackages/WHO/assets/dist/images/logos/en/h-logo-blue.svg" alt="World Health Organization"></a><nav class="navbar-menu" aria-label="Main">
<ul class="sf-menu">${links(menu, 'sf-menu__item')}</ul></nav><a class="button button-donate" href="https://www.who.foundation/en/donate">Donate</a>
<button class="search-toggle" aria-label="Open search"><span class="sr-only">Search</span></button></div></header>
<main id="main-content" role="main"><div class="container"><div class="sf-breadcrumb"><nav aria-label="Full path to current page"><ul class="breadcrumb">
${crumbs.map((c) => `<li class="breadcrumb-item"><a href="/${c.toLowerCase().replace(/ /g, '-')}">${c}</a></li>`).join('\n')}</ul></nav></div>
<div class="sf-item-header-wrapper"><div class="date"><span class="timestamp">${date}</span></div><span class="sf-tags-list-item">Fact sheet</span>
<h1 class="dynamic-content__heading">${T}</h1></div>
<article class="sf-detail-body-wrapper"><div class="sf-content-block"><h2>${hKey}</h2><ul>${key.map((k) => `<li>${k}</li>`).join('\n')}</ul></div>
${sec
  .map(
    ([h, ps], i) => `<div class="sf-content-block"><h2>${h}</h2>
${ps.map((x) => `<p>${x}</p>`).join('\n')}${i === 3 ? `\n<ul>${prevList.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}</div>`,
  )
  .join('\n')}
</article>
<section class="related-links"><h2 class="heading text-underline">Related</h2><ul class="list-view">${links(related)}</ul></section></div></main>
<footer class="who-footer"><div class="container"><div class="footer-newsletter"><a href="/newsletters" class="link-arrow">Subscribe to our newsletters
→</a></div>
<div class="footer-regions"><h2 class="footer-heading">Regions</h2><ul>${links(regions)}</ul></div>
<div class="footer-policies"><h2 class="footer-heading">Policies</h2><ul>${links(policies)}</ul></div><p class="footer-copyright">© 2025 WHO</p></div></footer>
<div class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>${cookie[0]}</p><button class="cookie-accept">${cookie[1]}</button>
<button class="cookie-manage">${cookie[2]}</button></div>
<script src="/ResourcePackages/WHO/assets/dist/scripts/main.min.js"></script></body></html>`;
const headings = [hKey, ...sec.map((s) => s[0])];
const body = [...key, ...texts(sec.slice(0, 4).flatMap((s) => s[1])), ...prevList, ...sec[4][1]];
export const whoPage: TestPage = {
  html,
  name: 'heldout145-who-fact-sheet',
  kind: 'wiki',
  // the date above the h1 is a byline; the "Fact sheet" label, languages, menu, breadcrumbs, "Related" links, regions,
  // policies and the cookie bar are furniture
  title: T,
  headings,
  body,
  bylines: [date],
  furniture: furnish(
    [T, ...headings, ...body],
    [
      'Skip to main content',
      ...langs,
      ...menu,
      'Donate',
      'Search',
      ...crumbs,
      'Fact sheet',
      'Related',
      ...related,
      'Subscribe to our newsletters →',
      'Regions',
      ...regions,
      'Policies',
      ...policies,
      '© 2025 WHO',
      ...cookie,
    ],
  ),
};
