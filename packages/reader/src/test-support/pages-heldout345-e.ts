import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout345-kit.js';

/**
 * Held-out batch 345, file e: a protocols.io-style protocol page from a React app (top bar, author list, DOI and version
 * line, Run / Copy / Fork buttons, numbered steps with section labels, safety warning box, metrics, comments from other
 * users, footer) and a Dryad-style data package page (header, "Cite this dataset" box, Abstract / Methods / Usage notes,
 * file list with sizes, funding and keywords, metrics, related works, footer).
 */
const pTitle = 'Extraction of microplastic fibres from estuarine sediment by density separation';
const pHeadings = ['Abstract', 'Guidelines', 'Materials', 'Sample preparation', 'Density separation', 'Filtration and counting'];
const pAbstract = [
  j(
    'This protocol describes how to extract plastic fibres longer than 100 µm from muddy estuarine sediment using a zinc',
    'chloride solution, with contamination controls suited to laboratories without a clean room. It was written for a',
    'monitoring programme of six estuaries and takes about two working days for a batch of eight samples.',
  ),
];
const pGuide = [
  j(
    'Fibres from clothing are the main source of contamination. Wear a cotton lab coat of a bright colour that is not found in',
    'the samples, keep beakers covered with foil, and run one procedural blank with every batch.',
  ),
];
const pMaterials = [
  'Zinc chloride, technical grade, made up to a density of 1.6 g/mL',
  'Glass beakers (1 L) and glass separating funnels (500 mL)',
  'Stainless steel sieve, 63 µm mesh',
  'Glass fibre filters, 47 mm, 1.2 µm pore size',
  'Stereo microscope with camera',
];
const pSteps1 = [
  'Freeze-dry 50 g of wet sediment and record the dry weight.',
  'Wet-sieve the dried sediment through the 63 µm sieve with filtered tap water and keep the fraction retained on the sieve.',
];
const pSteps2 = [
  'Transfer the retained fraction to a separating funnel and add 300 mL of zinc chloride solution.',
  'Shake the funnel by hand for two minutes, then let it settle for at least six hours with the top covered.',
  'Drain the settled sediment, collect the supernatant and repeat the separation once more on the same sediment.',
];
const pSteps3 = [
  'Vacuum-filter the combined supernatants onto a glass fibre filter and rinse the funnel three times with filtered water.',
  'Examine the whole filter under the stereo microscope and photograph every fibre with a scale bar.',
  'Subtract the count of the procedural blank before reporting fibres per kilogram of dry sediment.',
];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pTitle}</title><meta name="description" content="Density separation protocol for microplastic fibres.">
<meta property="og:site_name" content="protocols.io"><script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${pTitle}",
"step":[{"@type":"HowToStep","position":1}]}</script><script>window.__INITIAL_STATE__={"protocol":{"id":118842,"version_id":2},"auth":null};</script>
<link rel="stylesheet" href="/static/css/main.d1e2.css"></head>
<body><div id="root"><div class="Layout_wrapper__Xq1"><header class="Header_header__3kP"><a class="Header_logo__2hQ" href="/">protocols.io</a>
<nav class="Header_nav__9zU">${['Explore', 'For organizations', 'Pricing', 'Sign in'].map((t) => `<a href="/${t}" class="Header_link__1aB">${t}</a>`).join('')}
</nav></header><main class="ProtocolView_main__8Yt"><div class="ProtocolHeader_container__1Lm">
<div class="ProtocolHeader_status__Qe2"><span class="Badge_badge__7Ra">Public</span><span class="Badge_badge__7Ra">Peer-reviewed method</span></div>
<h1 class="ProtocolHeader_title__2Pk">${pTitle}</h1>
<div class="ProtocolHeader_authors__5dX"><a href="/researchers/aoife-r">Aoife Rennick</a><sup>1</sup>, <a href="/researchers/b-mwangi">Baraka
Mwangi</a><sup>1</sup>, <a href="/researchers/s-dahl">Solveig Dahl</a><sup>2</sup></div>
<div class="ProtocolHeader_affiliations__6vN"><span>1 Estuary Research Station, Port Ellery</span>; <span>2 Coastal Laboratory, Hveen</span></div>
<div class="ProtocolHeader_meta__4rW"><span>dx.doi.org/10.17504/protocols.io.b2kx9mqe</span><span>Version 2</span><span>Published: Feb 24, 2026</span></div>
<div class="ProtocolHeader_actions__0pT"><button>Run</button><button>Copy / Fork</button><button>Share</button><button>Download PDF</button>
<button>Bookmark</button></div></div>
<div class="ProtocolBody_body__7jH"><section class="ProtocolSection_section__1cV"><h2>${pHeadings[0]}</h2>${ps(pAbstract)}</section>
<section class="ProtocolSection_section__1cV"><h2>${pHeadings[1]}</h2>${ps(pGuide)}</section>
<section class="ProtocolSection_section__1cV"><h2>${pHeadings[2]}</h2><ul>${lis(pMaterials)}</ul></section>
<div class="SafetyWarnings_box__2vA" role="note"><h3 class="SafetyWarnings_title__5Tp">Safety warnings</h3><p>Zinc chloride is corrosive and
harmful to aquatic life. Wear gloves and goggles and collect all used solution for recycling.</p></div>
<section class="Steps_steps__3gH"><h2 class="Steps_heading__8Lo">Steps</h2>
${[pSteps1, pSteps2, pSteps3]
  .map((group, g) => {
    const start = [1, 3, 6][g] ?? 1;
    return `<div class="Steps_section__6Yb"><h3 class="Steps_sectionTitle__1Qp">${pHeadings[g + 3] ?? ''}</h3><ol start="${start}">${group
      .map(
        (s, i) => `<li class="Step_step__4Kd"><span class="Step_number__9Bv">${start + i}</span><div class="Step_text__0Rm">${s}</div>
<div class="Step_meta__2Cw"><button class="Step_comment__7Xe">Comment</button></div></li>`,
      )
      .join('\n')}</ol></div>`;
  })
  .join('\n')}
</section></div>
<aside class="ProtocolSidebar_aside__3Dz"><dl><dt>Views</dt><dd>642</dd><dt>Runs</dt><dd>19</dd><dt>Forks</dt><dd>3</dd></dl>
<h3>Protocol references</h3><p>Lindholm et al. (2021) A saturated salt method for sediment microplastics.</p></aside>
<section class="Comments_section__8Jr"><h2>Comments (2)</h2><ul>
<li class="Comment_comment__1Ow"><span class="Comment_author__5Sf">Mirela Constantin</span><span class="Comment_date__3Hq">Mar 2, 2026</span><p>Has
anyone tried sodium iodide instead of zinc chloride here? We found the recovery of denser fibres was better.</p></li>
<li class="Comment_comment__1Ow"><span class="Comment_author__5Sf">Aoife Rennick</span><span class="Comment_date__3Hq">Mar 3, 2026</span><p>We
tested it in the pilot, but the cost was too high for routine monitoring. The recovery difference was under 5 percent for us.</p></li></ul></section>
</main><footer class="Footer_footer__6Ka"><ul>${links(['About', 'Careers', 'Terms of service', 'Privacy policy', 'Help center'])}</ul>
<p>© 2026 protocols.io</p></footer></div></div><script src="/static/js/main.3f9c.js"></script></body></html>`;
const protocols: TestPage = {
  name: 'heldout345-protocols-io-protocol',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeadings,
  body: texts([...pAbstract, ...pGuide, ...pMaterials, ...pSteps1, ...pSteps2, ...pSteps3]),
  bylines: [
    'Aoife Rennick',
    'Baraka Mwangi',
    'Solveig Dahl',
    '1 Estuary Research Station, Port Ellery',
    '2 Coastal Laboratory, Hveen',
    'Published: Feb 24, 2026',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'protocols.io', 'Explore', 'For organizations', 'Pricing', 'Sign in', 'Public', 'Peer-reviewed method', 'dx.doi.org/10.17504/protocols.io.b2kx9mqe',
    'Version 2', 'Run', 'Copy / Fork', 'Share', 'Download PDF', 'Bookmark', 'Safety warnings',
    'Zinc chloride is corrosive and harmful to aquatic life. Wear gloves and goggles and collect all used solution for recycling.', 'Steps',
    'Comment', 'Views', '642', 'Runs', 'Forks', 'Protocol references', 'Lindholm et al. (2021) A saturated salt method for sediment microplastics.',
    'Comments (2)', 'Mirela Constantin', 'Mar 2, 2026', 'Mar 3, 2026',
    'Has anyone tried sodium iodide instead of zinc chloride here? We found the recovery of denser fibres was better.',
    'We tested it in the pilot, but the cost was too high for routine monitoring. The recovery difference was under 5 percent for us.',
    'About', 'Careers', 'Terms of service', 'Privacy policy', 'Help center', '© 2026 protocols.io',
  ],
};

const yTitle = 'Nest temperature and hatching success of loggerhead turtles on three beaches of the Kessara coast';
const yHeadings = ['Abstract', 'Methods', 'Usage notes'];
const yAbstract = [
  j(
    'Sand temperature during incubation decides the sex of sea turtle hatchlings and, at the warm end, whether they hatch at all.',
    'We recorded temperature every 30 minutes in 214 loggerhead nests on three beaches of the Kessara coast over the 2023 and 2024',
    'nesting seasons and followed each nest to excavation. Hatching success fell from 78 percent in nests that stayed below 31 °C',
    'to 41 percent in nests that spent more than ten days above 33 °C. Shaded relocation hatcheries kept nests about 1.5 °C cooler.',
  ),
];
const yMethods = [
  j(
    'Volunteers patrolled the beaches every night from late May to early August. When a female finished nesting, a temperature',
    'logger in a waterproof sleeve was placed at the centre of the clutch, and the nest was marked with a numbered stake and its',
    'position recorded with a handheld GPS.',
  ),
  j(
    'Nests laid below the spring high-tide line were moved to a hatchery on the same beach within two hours, half of them under',
    'shade cloth. Nests were excavated three days after the first hatchlings emerged, and eggshells, dead embryos and unhatched',
    'eggs were counted.',
  ),
];
const yUsage = [
  j(
    'Temperatures are in degrees Celsius and timestamps in local time without daylight saving. Nests lost to storms or predators',
    'have temperatures but no hatching data; their fate is given in the column <code>fate</code>.',
  ),
  'The package contains:',
];
const yFiles = [
  'nest_temperatures.csv: the logger series, one row per reading.',
  'nest_outcomes.csv: clutch size, excavation counts and hatching success per nest.',
  'beach_profiles.csv: beach width, slope and vegetation cover at each nest.',
];
const yHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${yTitle} -- Dryad</title>
<meta name="citation_title" content="${yTitle}"><meta name="citation_publisher" content="Dryad"><meta name="citation_doi" content="doi:10.5061/dryad.x3ffbg7wk">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Dataset","name":"${yTitle}","distribution":{"@type":"DataDownload",
"encodingFormat":"application/zip"}}</script><link rel="stylesheet" href="/assets/application-61c4.css"></head>
<body><a href="#maincontent" class="c-skip">Skip to main content</a><header class="c-header"><div class="c-header__logo"><a href="/"><img
src="/images/logo_dryad.svg" alt="Dryad home"></a></div><nav class="c-header__nav" aria-label="Main menu"><ul class="c-header_nav-list">${links(
  ['Explore data', 'Submit data', 'About Dryad', 'Help', 'Login'],
  'c-header_nav-item',
)}</ul></nav></header>
<main id="maincontent" class="c-maincontent"><div class="t-landing__container"><div class="t-landing__text-wall">
<h1 class="o-heading__level1">${yTitle}</h1>
<div class="o-metadata__group2"><div class="o-metadata__author"><a href="/search?author=Kyriakou">Daphne Kyriakou</a>, <a
href="/search?author=Thorne">Callum Thorne</a>, <a href="/search?author=Ozkan">Elif Özkan</a></div>
<div class="o-metadata__group2-item">Published Feb 9, 2026 on Dryad.</div>
<div class="o-metadata__group2-item">https://doi.org/10.5061/dryad.x3ffbg7wk</div></div>
<div class="c-citation"><h2 class="o-heading__level2">Cite this dataset</h2><div class="o-citation__text">Kyriakou, Daphne; Thorne, Callum; Özkan, Elif (2026).
Nest temperature and hatching success of loggerhead turtles [Dataset]. Dryad.</div><button class="o-button__plain-text1">Copy citation</button></div>
<h2 class="o-heading__level2">${yHeadings[0]}</h2><div class="o-metadata__abstract">${ps(yAbstract)}</div>
<h2 class="o-heading__level2">${yHeadings[1]}</h2><div class="o-metadata__methods">${ps(yMethods)}</div>
<h2 class="o-heading__level2">${yHeadings[2]}</h2><div class="o-metadata__usage">${ps(yUsage)}<ul>${lis(yFiles)}</ul></div>
<h2 class="o-heading__level2">Funding</h2><ul class="o-list"><li>Mediterranean Turtle Trust: MTT-2022-08</li></ul>
<h2 class="o-heading__level2">Keywords</h2><ul class="o-keywords">${links(
  ['Caretta caretta', 'incubation temperature', 'beach hatchery management'],
  'o-keywords__item',
)}</ul>
<h2 class="o-heading__level2">Related works</h2><ul><li>Primary article: Thermal thresholds for loggerhead nests on eroding beaches</li></ul></div>
<aside class="t-landing__sidebar"><div class="c-sidebox"><h2 class="c-sidebox__heading">Data files</h2><ul class="c-file-group__list">
<li>nest_temperatures.csv <span>61.4 MB</span></li><li>nest_outcomes.csv <span>88.2 kB</span></li><li>beach_profiles.csv <span>21 kB</span></li></ul>
<a class="o-button__download" href="#">Download full dataset</a><p class="c-sidebox__note">Feb 09, 2026 version files 61.5 MB</p></div>
<div class="c-sidebox"><h2 class="c-sidebox__heading">Metrics</h2><p>702 views</p><p>96 downloads</p><p>2 citations</p></div>
<div class="c-sidebox"><h2 class="c-sidebox__heading">License</h2>
<p>This work is licensed under a CC0 1.0 Universal (CC0 1.0) Public Domain Dedication license.</p></div>
</aside></div></main>
<footer class="c-footer"><div class="c-footer__content"><ul>${links([
  'Our mission',
  'Member organizations',
  'Terms of service',
  'Privacy policy',
  'Contact us',
])}</ul><p>Dryad is a nonprofit, community-led curated repository for research data.</p></div></footer>
<div class="c-cookies" role="dialog" aria-label="Cookie notice"><p>Our website uses cookies to improve your experience. By using this site you
agree.</p><button>Accept</button></div><script src="/assets/application-0c8e.js"></script></body></html>`;
const dryad: TestPage = {
  name: 'heldout345-dryad-data-package',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: yHeadings,
  body: texts([...yAbstract, ...yMethods, ...yUsage, ...yFiles]),
  bylines: ['Daphne Kyriakou', 'Callum Thorne', 'Elif Özkan', 'Published Feb 9, 2026 on Dryad.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Explore data', 'Submit data', 'About Dryad', 'Help', 'Login', 'https://doi.org/10.5061/dryad.x3ffbg7wk', 'Cite this dataset',
    'Kyriakou, Daphne; Thorne, Callum; Özkan, Elif (2026). Nest temperature and hatching success of loggerhead turtles [Dataset]. Dryad.', 'Copy citation',
    'Funding', 'Mediterranean Turtle Trust: MTT-2022-08', 'Keywords', 'Caretta caretta', 'incubation temperature', 'beach hatchery management', 'Related works',
    'Primary article: Thermal thresholds for loggerhead nests on eroding beaches', 'Data files', '61.4 MB', '88.2 kB', '21 kB', 'Download full dataset',
    'Feb 09, 2026 version files 61.5 MB', 'Metrics', '702 views', '96 downloads', '2 citations', 'License',
    'This work is licensed under a CC0 1.0 Universal (CC0 1.0) Public Domain Dedication license.', 'Our mission', 'Member organizations',
    'Terms of service', 'Privacy policy', 'Contact us', 'Dryad is a nonprofit, community-led curated repository for research data.',
    'Our website uses cookies to improve your experience. By using this site you agree.', 'Accept',
  ],
};

export const HELDOUT345_E: readonly TestPage[] = [protocols, dryad];
