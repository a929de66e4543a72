import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file f2: a species account on an Animal Diversity Web-style university site (site header and menu, the
 * classification sidebar, the account's h1 with the scientific name and the common name below it, sections each followed by
 * its keyword lists, the Contributors block, Glossary terms, References, "To cite this page", and the disclaimer footer).
 * Contributors' names, roles and affiliations are bylines; references, keyword lists, glossary definitions and the citation are
 * furniture (the one-word glossary terms, which the body uses, are in neither list).
 */
const adTitle = 'Lunagekko crestatus';
const adHeads = ['Geographic Range', 'Habitat', 'Physical Description', 'Reproduction', 'Behavior', 'Food Habits', 'Predation', 'Conservation Status'];
const adText: string[][] = [
  [
    j(
      'Crested moon geckos are found only on the islands of the Tesserine group in the south-western Pacific, where they are',
      'recorded from the three largest islands and several small offshore islets.',
    ),
  ],
  [
    j(
      'These geckos live in humid lowland and montane forest from sea level to about 900 meters. They are arboreal, spending most',
      'of their time in the middle and upper canopy, and shelter by day in tree hollows, epiphyte clumps and under loose bark.',
    ),
  ],
  [
    j(
      'Adults reach a snout-vent length of 95 to 120 mm and weigh 30 to 45 g. The body is grey-brown with pale blotches that',
      'brighten at night, and a low crest of enlarged scales runs from above each eye to the base of the tail. The tail is',
      'prehensile and, unlike that of most geckos, cannot be regrown if lost.',
    ),
    j(
      'Males have enlarged hemipenal bulges and a row of pre-anal pores; females are slightly larger on average. The toe pads are',
      'broad, with adhesive lamellae that let the geckos climb smooth leaves.',
    ),
  ],
  [
    j(
      'Breeding takes place during the warm wet season, from November to March. Females lay clutches of two eggs in damp leaf',
      'litter or rotting wood, and may lay up to four clutches in a season. Incubation takes 60 to 90 days depending on temperature.',
    ),
    'There is no parental care. Hatchlings are about 40 mm long and reach sexual maturity at 15 to 18 months.',
  ],
  [
    j(
      'Crested moon geckos are nocturnal and largely solitary. Males defend small territories around favored feeding trees and',
      'make a series of clicks and chirps when they meet a rival. When threatened, individuals may jump between branches and',
      'glide short distances with the limbs spread.',
    ),
  ],
  [
    j(
      'They are omnivores. Much of their diet is soft fruit, nectar and pollen, especially from figs and flowering lianas, and they',
      'also take crickets, moths and other small invertebrates. They are thought to be important pollinators of at least two',
      'island shrubs.',
    ),
  ],
  [
    j(
      'Native predators include owls, tree snakes and a large forest skink. Introduced rats and cats now take both eggs and',
      'adults, and are thought to have eliminated the species from several small islands.',
    ),
  ],
  [
    j(
      'The species is listed as Vulnerable. Its range is small, and forest is being lost to logging and plantations. The geckos are',
      'also collected for the pet trade, although export from the Tesserine Islands has been banned since 2004.',
    ),
  ],
];
const adKeywords = [
  'Biogeographic Regions: oceanic islands (native)',
  'Habitat Regions: tropical; terrestrial',
  'Terrestrial Biomes: rainforest',
  'Other Physical Features: ectothermic; bilateral symmetry',
  'Key Behaviors: arboreal; nocturnal; solitary; territorial',
  'Primary Diet: omnivore; frugivore; nectarivore',
  'Known Predators: owls; tree snakes; rats; cats',
];
const adClass = ['Kingdom Animalia', 'Phylum Chordata', 'Class Reptilia', 'Order Squamata', 'Family Diplodactylidae', 'Genus Lunagekko'];
const adMenu = ['Home', 'Browse', 'Special Topics', 'Quaardvark', 'Teaching', 'About'];
const adRefs = [
  'Halvorsen, T., P. Amadi. 2019. Diet and pollination by an island gecko. Pacific Herpetology, 41/2: 112-128.',
  'Renard, L. 2022. Status of endemic reptiles of the Tesserine Islands. Island Conservation Reports, 9: 1-44.',
];
const section = (i: number): string =>
  `<div class="section-${i}"><h2>${adHeads[i] ?? ''}</h2>\n${ps(adText[i] ?? [])}\n${
    adKeywords[i] === undefined ? '' : `<ul class="keywords"><li>${adKeywords[i]}</li></ul>`
  }</div>`;
const adHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>ADA: Lunagekko crestatus: INFORMATION</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Species account of the crested moon gecko, Lunagekko crestatus."><link rel="stylesheet" href="/static/css/site.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Lunagekko crestatus"
,"publisher":"Animal Diversity Archive"}</script>
<script>var ADA = {"taxon":"Lunagekko_crestatus","rank":"species"};</script>
</head><body class="taxon-page species">
<div id="header" class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">Animal Diversity Archive</a>
<ul class="nav navbar-nav">${links(adMenu)}</ul><form class="navbar-form navbar-right" action="/search"><input type="text" class="form-control"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="container"><div class="row"><div class="col-md-3 sidebar"><div class="classification well"><h3>Classification</h3><ul class="classification">
${links(adClass)}</ul></div><div class="well"><ul class="nav">${links(['Information', 'Pictures', 'Specimens'])}</ul></div></div>
<div class="col-md-9"><div class="page-header"><h1><i>${adTitle}</i></h1><h2 class="common-name">crested moon gecko</h2></div>
<div class="taxon-account">
${adHeads.map((_, i) => section(i)).join('\n')}
<div class="contributors"><h2>Contributors</h2><p>Imogen Sato (author), Wexmoor University, Rhea Lindgren (editor), Wexmoor University.</p></div>
<div class="glossary"><h2>Glossary</h2><dl><dt>arboreal</dt><dd>Refers to an animal that lives in trees.</dd><dt>nocturnal</dt>
<dd>Active during the night.</dd></dl></div>
<div class="references"><h2>References</h2>${ps(adRefs)}</div>
<div class="citation"><h3>To cite this page:</h3><p>Sato, I. 2026. "Lunagekko crestatus" (On-line), Animal Diversity Archive. Accessed March 14, 2026.</p></div>
</div></div></div></div>
<footer class="footer"><div class="container"><p>Disclaimer: The Animal Diversity Archive is an educational resource written largely by and for college
students. It does not cover all species in the world.</p><p>© 2026 The Regents of Wexmoor University. All rights reserved.</p>
<ul>${links(['Contact Us', 'Privacy Statement', 'Accessibility'])}</ul></div></footer>
<script src="/static/js/site.min.js"></script>
</body></html>`;
export const adwAccount: TestPage = {
  name: 'heldout331-adw-style-species-account',
  kind: 'wiki',
  html: adHtml,
  title: adTitle,
  headings: adHeads,
  body: texts(adText.flat()),
  bylines: ['Imogen Sato (author), Wexmoor University, Rhea Lindgren (editor), Wexmoor University.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Animal Diversity Archive', ...adMenu, 'Classification', ...adClass, 'Information', 'Pictures', 'Specimens', 'crested moon gecko', ...adKeywords,
    'Contributors', 'Glossary', 'Refers to an animal that lives in trees.', 'Active during the night.', 'References', ...adRefs,
    'To cite this page:', 'Sato, I. 2026. "Lunagekko crestatus" (On-line), Animal Diversity Archive. Accessed March 14, 2026.',
    j('Disclaimer: The Animal Diversity Archive is an educational resource written largely by and for college students.',
      'It does not cover all species in the world.'),
    '© 2026 The Regents of Wexmoor University. All rights reserved.', 'Contact Us', 'Privacy Statement', 'Accessibility',
  ],
};
