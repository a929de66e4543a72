import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, settle } from './pages-heldout625-kit.js';

/**
 * Held-out batch 625, file e2: a foraging school's lookalikes guide from a Webflow CMS template with a sign-up form.
 */
const fTitle = 'Deadly lookalikes: a field guide for new foragers';
const fIntro = [
  j(
    'Most mushroom poisonings in Britain and Ireland are not caused by rare or exotic species. They happen when someone picks a common',
    'edible mushroom they have read about and brings home its common poisonous twin. This guide covers the five pairs we see most',
    'often on our courses.',
  ),
  j(
    '<strong>This page is not a substitute for learning in the field.</strong> Never eat a wild mushroom on the strength of a photo, an app',
    'or a web page, including this one.',
  ),
];
const fPairs = [
  [
    'Field mushroom and yellow stainer',
    j(
      'Both grow in grassland and look almost identical from above. Scratch the base of the stem: the yellow stainer turns bright',
      'chrome yellow at once and smells of ink or hospital corridors, especially when cooked. The field mushroom does neither.',
    ),
  ],
  [
    'Parasol and the small Lepiotas',
    j(
      'The parasol is large, with a snakeskin stem and a ring that slides. Several small Lepiota species look like miniature parasols',
      'and contain the same toxins as the death cap. Never pick a parasol-type mushroom less than ten centimetres across.',
    ),
  ],
  [
    'Blusher and panther cap',
    j(
      'The blusher is eaten in parts of Europe, but the panther cap is seriously poisonous. The blusher’s flesh turns pink where',
      'it is damaged or eaten by slugs; the panther cap’s stays white. We advise beginners to leave all amanitas alone.',
    ),
  ],
  [
    'Chanterelle and false chanterelle',
    j(
      'The chanterelle has blunt, forking ridges that run down the stem, not true gills, and smells faintly of apricots. The',
      'false chanterelle is more orange, with thin crowded true gills. It is not deadly, but it can cause stomach upsets.',
    ),
  ],
  [
    'Wild garlic and lily of the valley',
    j(
      'Not a mushroom, but a spring mistake we meet on every walk. Wild garlic leaves smell strongly of garlic when crushed. Lily of the valley',
      'and lords-and-ladies grow in the same woods and are poisonous. Crush a leaf from every plant you pick, and wash your hands between.',
    ),
  ],
] as const;
const fChecks = [
  'Look at the whole mushroom, including the base of the stem, which may be buried.',
  'Take a spore print before eating any species you have not eaten before.',
  'Keep each species in a separate bag or basket compartment.',
  'Cook every wild mushroom thoroughly and try a small amount first.',
];
const fMore = [
  'Why the deadly ones matter most',
  j(
    'Of the thousands of fungi in these islands, only a handful can kill. Almost all of the deaths in recent decades came from three',
    'groups: the death cap and its white relatives, the small Lepiotas, and the webcaps that contain orellanine. What makes them',
    'dangerous is not only their toxins but the delay. Symptoms may not start for six to twenty-four hours, by which time the poison',
    'is already in the liver, or in the case of orellanine, several days later, when the kidneys are failing.',
  ),
  j(
    'That delay also means people rarely connect the illness with the meal, so always tell a doctor if you have eaten wild mushrooms',
    'in the last few days, even if the meal seemed to go down well.',
  ),
  'The death cap',
  j(
    'The death cap grows under oak and beech, and occasionally under sweet chestnut and hazel, from late summer into the autumn. The',
    'cap is usually olive to yellow-green, but it can be almost white, pale bronze or brownish, and the colour fades in rain. The gills',
    'are white and free of the stem. There is a skirt-like ring high on the stem and, the feature most beginners miss, a loose white',
    'sack or volva around the swollen base, often hidden in the leaf litter.',
  ),
  j(
    'It is most often mistaken for green brittlegills, for young field mushrooms picked before their gills turn pink, and by visitors',
    'from East Asia for the paddy straw mushroom they know from home. Anyone who digs up the whole base of every mushroom they pick',
    'will see the volva; anyone who snaps mushrooms off at ground level will not.',
  ),
  'Webcaps',
  j(
    'The deadly webcap and the fool’s webcap are orange-brown, rusty-gilled mushrooms of conifer woods and birch heaths. They have been',
    'eaten in mistake for chanterelles, though the two look nothing alike once you have seen both. Young webcaps have a fine cobweb-like',
    'veil between the cap and the stem, and the spore print is rusty brown, never pale.',
  ),
  j(
    'Because the kidney damage from orellanine can take up to three weeks to show, cases are often diagnosed too late for anything but',
    'dialysis. On our courses we treat every small brown mushroom with rusty gills as off limits, however appealing it looks.',
  ),
  'Why apps and photos are not enough',
  j(
    'Identification apps have improved a great deal, and we use them ourselves as a first guess. But an app sees only what the camera',
    'sees: it cannot smell the mushroom, cut it, scratch the stem, feel the texture of the cap or take a spore print, and many of the',
    'features that separate an edible species from a deadly one are exactly those. In our own tests the best apps still named a death',
    'cap as something edible in roughly one photo in ten.',
  ),
  j(
    'Photographs in books and on websites have the same limits. A mushroom changes as it grows and as it dries or gets wet, and no',
    'picture can show all of those states. Use photos and apps to narrow the possibilities, and then check every feature in a good',
    'key or with an experienced person before anything goes in the pan.',
  ),
];
const fMoreHeads = [0, 3, 6, 9];
const fNav = ['Courses', 'Private days', 'Guides', 'About', 'Book now'];
const fFoot = ['Courses', 'Guides', 'Gift cards', 'Terms', 'Privacy'];
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Sep 08 2026 10:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.hedgerowschool.ie" data-wf-page="64a7e3f1c2b9a4001f2e8d11" data-wf-site="64a7e3f1c2b9a4001f2e8c90" lang="en"
data-wf-collection="64a7e3f1c2b9a4001f2e8d20" data-wf-item-slug="deadly-lookalikes"><head><meta charset="utf-8"><title>${fTitle} | Hedgerow School</title>
<meta content="The five lookalike pairs we see most often on our foraging courses." name="description"><meta content="${fTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/64a7e3f1c2b9a4001f2e8c90/css/hedgerow-school.webflow.6b1c2d3e4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script><link href="https://cdn.prod.website-files.com/64a7e3f1c2b9a4001f2e8c90/favicon.png" rel="shortcut icon"
type="image/x-icon">
<style>.w-richtext figure.w-richtext-figure-type-image{margin-bottom:24px}</style></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page"
class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/64a7e3f1/logo.svg" loading="lazy"
alt="Hedgerow School" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav
  .map(
    (t, i) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="${i === 4 ? 'button nav-button w-button' : 'nav-link w-nav-link'}">${t}</a>`,
  )
  .join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-guide"><div class="container-narrow w-container"><a href="/guides" class="back-link w-inline-block"><div>← All guides</div></a>
<div class="guide-category">Safety</div><h1 class="guide-heading">${fTitle}</h1><div class="guide-meta"><div class="meta-label">Written by</div>
<div class="meta-value">Siobhán Karsley</div><div class="meta-divider">|</div><div class="meta-label">Updated</div><div class="meta-value">September 8,
2026</div></div>
<div class="rich-text-block w-richtext">${ps(fIntro)}
<figure style="max-width:1200pt"
class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/64a7e3f1/yellow-stainer.jpg"
loading="lazy" alt="Yellow stainer with a scratched stem base"></div><figcaption>A yellow stainer, scratched at the base of the stem.</figcaption></figure>
<h2>The five pairs</h2>
${fPairs.map(([h, p]) => `<h3>${h}</h3><p>${p}</p>`).join('\n')}
${fMore.map((t, i) => (fMoreHeads.includes(i) ? `<h2>${t}</h2>` : `<p>${t}</p>`)).join('\n')}
<h2>Four habits that keep you safe</h2><ul role="list">${lis(fChecks)}</ul>
<p>If you think someone has eaten a poisonous mushroom, call a doctor or the poisons line at once and keep a sample of what was eaten.</p></div>
<div class="guide-cta"><h3 class="cta-heading">Learn it in the woods</h3><p class="cta-text">Our beginners’ days run every weekend from September to
November.</p>
<a href="/courses" class="button w-button">See course dates</a></div></div></section>
<section class="section-newsletter"><div class="w-container"><h2 class="newsletter-heading">Get our seasonal notes</h2><div class="w-form"><form id="email-form"
name="email-form" data-name="Email Form" method="get" class="newsletter-form" data-wf-page-id="64a7e3f1c2b9a4001f2e8d11" data-wf-element-id="b1a2c3d4"><input
class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required=""><input type="submit"
data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region"
aria-label="Email Form success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-links">${fFoot
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="footer-link">${t}</a>`,
  )
  .join('')}</div>
<div class="footer-copy">© 2026 Hedgerow School, Co. Wicklow</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a7e3f1c2b9a4001f2e8c90" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/64a7e3f1c2b9a4001f2e8c90/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const fLast = 'If you think someone has eaten a poisonous mushroom, call a doctor or the poisons line at once and keep a sample of what was eaten.';
const webflow: TestPage = settle({
  name: 'heldout625-webflow-lookalikes',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['The five pairs', ...fPairs.map((p) => p[0]), ...fMoreHeads.map((i) => at(fMore, i)), 'Four habits that keep you safe'],
  body: [...texts(fIntro), ...fPairs.map((p) => p[1]), ...fMore.filter((_, i) => !fMoreHeads.includes(i)), ...fChecks, fLast],
  bylines: ['Written by', 'Siobhán Karsley', 'Updated', 'September 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, '← All guides', 'Safety', 'A yellow stainer, scratched at the base of the stem.', 'Learn it in the woods',
    'Our beginners’ days run every weekend from September to November.', 'See course dates', 'Get our seasonal notes', ...fFoot,
    '© 2026 Hedgerow School, Co. Wicklow',
  ],
});

export const HELDOUT625_E2: readonly TestPage[] = [webflow];
