import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file b2: a mountaineering club's hut and route report on a WordPress site built with Elementor (header
 * menu, post-info widget with author, date and reading time, image widget with caption, a hut facts table whose cells are in
 * neither list, share buttons, the members' call-to-action, the "More trip reports" posts widget and the footer columns).
 */
const chTitle = 'Trip report: Three nights at the Kessel Hut and the north ridge of the Grauhorn';
const chHeads = ['Getting to the hut', 'The north ridge', 'Notes for next time'];
const chIntro = [
  j(
    "Eight of us from the Thursday section spent the last weekend of August at the club's Kessel Hut, with the north ridge of the",
    'Grauhorn as the main objective and the Kessel glacier as a training ground for the three newer members. The weather held for',
    'two of the three days, which in this summer counts as a gift.',
  ),
];
const chHut = [
  j(
    'We took the first bus to Unterau and started up the valley path at half past nine. The path is in excellent shape after the',
    'work party in June, and the new bridge over the Kesselbach has replaced the old plank crossing that had become a little',
    'exciting in high water. Allow four hours with a heavy sack; the last hour above the moraine is steep and exposed to the sun.',
  ),
  j(
    'The hut was about half full. The guardians, Mira and Tobias, have settled in well in their second season and the food was',
    'superb: barley soup, a proper rösti and apricot cake. Water is still limited, so bring purification tablets if you plan to',
    'fill bottles from the tap in the winter room.',
  ),
];
const chRidge = [
  j(
    'We left the hut at 4.30 in two ropes of three and one of two. The approach across the upper glacier was frozen hard and the',
    'crevasses well bridged, although the bergschrund below the col is opening up and needed a careful step across on the left.',
  ),
  j(
    'The ridge itself is mostly scrambling on solid gneiss with a few short steps of grade III. The crux tower at about 3,300',
    'metres has a fixed belay stake at its foot and two pitons on the traverse; we pitched it and moved together elsewhere.',
    'All three ropes were on the summit by 10.15, with views as far as the Wendelspitze.',
  ),
  j(
    'We descended by the normal route on the east face, which is loose in its upper part. Stay on the rib rather than in the gully,',
    'where several parties were knocking stones down on each other.',
  ),
];
const chNotes = [
  'Book the hut through the club office, not the online system, to get the member rate.',
  'Crampons and one ice axe each are needed for the glacier even in a dry summer.',
  'The bergschrund may not be passable by mid-September; check with the guardians.',
  'Take cash: the hut has no card reader this season.',
];
const chQuote = 'The north ridge is the best day out for a club party at this grade anywhere in the range.';
const chNav = ['Home', 'About the club', 'Huts', 'Meets calendar', 'Trip reports', 'Training', 'Join'];
const chMore = ['Winter meet on the Sellrain: ski tours and a lot of soup', 'Work party report: new bridge at the Kesselbach', 'Autumn crag days'];
const chFoot = ['Alpenklub Talwald e.V.', 'Hauptstraße 14, 6020 Talwald', 'Imprint', 'Data protection', 'Contact the committee'];
const el = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const chHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${chTitle} – Alpenklub Talwald</title>
<meta name="robots" content="index, follow"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-03T18:20:00+00:00">
<link rel="stylesheet" id="elementor-frontend-css" href="https://alpenklub-talwald.example/wp-content/plugins/elementor/assets/css/frontend.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Trip report: Three nights at the Kessel Hut",
"author":{"name":"Lene Strobl"},"datePublished":"2026-09-03"}]}</script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4"};</script></head>
<body class="post-template-default single single-post elementor-default elementor-kit-6">
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header"><section class="elementor-section
elementor-top-section"><div class="elementor-container">${el('theme-site-logo', '<a href="/">Alpenklub Talwald</a>')}
${el('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(chNav, 'menu-item')}</ul></nav>`)}</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="318" class="elementor elementor-318 elementor-location-single post-1204 post type-post">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
${el('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${chTitle}</h1>`)}
${el(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">
<span class="elementor-post-info__item elementor-post-info__item--type-author">Lene Strobl</span></li><li class="elementor-icon-list-item">
<span class="elementor-post-info__item elementor-post-info__item--type-date">3 September 2026</span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__item">6 min read</span></li></ul>`,
)}
${el(
  'image',
  `<figure class="wp-caption"><img src="https://alpenklub-talwald.example/wp-content/uploads/2026/09/grauhorn-ridge.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">On the crux tower of the north ridge. Photo: Jonas Pichler</figcaption></figure>`,
)}
${el(
  'theme-post-content',
  `${ps(chIntro)}<h2>${chHeads[0]}</h2>${ps(chHut)}
<table class="hut-facts"><tbody><tr><th>Altitude</th><td>2,614 m</td></tr><tr><th>Beds</th><td>42 in dormitories</td></tr>
<tr><th>Winter room</th><td>8 places, always open</td></tr></tbody></table>
<h2>${chHeads[1]}</h2>${ps(chRidge)}<blockquote><p>${chQuote}</p></blockquote>
<h2>${chHeads[2]}</h2><ul>${chNotes.map((n) => `<li>${n}</li>`).join('')}</ul>`,
)}
${el(
  'share-buttons',
  `<div class="elementor-share-buttons"><span class="elementor-share-btn__title">Facebook</span>
<span class="elementor-share-btn__title">WhatsApp</span><span class="elementor-share-btn__title">Email</span></div>`,
)}
${el(
  'call-to-action',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Not a member yet?</h3>
<div class="elementor-cta__description">Members get reduced hut rates, insurance and a place on every meet.</div>
<a class="elementor-cta__button elementor-button" href="/join">Become a member</a></div>`,
)}
${el(
  'posts',
  `<h3 class="elementor-heading-title">More trip reports</h3><div class="elementor-posts-container">
${chMore.map((m) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="/r">${m}</a></h3></article>`).join('\n')}</div>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><section class="elementor-section">
<div class="elementor-container">${el('text-editor', chFoot.map((f) => `<p>${f}</p>`).join(''))}
${el('text-editor', '<p>© 2026 Alpenklub Talwald. Built with Elementor.</p>')}</div></section></div>
<script src="https://alpenklub-talwald.example/wp-content/plugins/elementor/assets/js/frontend.min.js"></script></body></html>`;
export const clubHut: TestPage = {
  name: 'heldout421-elementor-club-hut-report-blog',
  kind: 'blog',
  html: chHtml,
  title: chTitle,
  headings: chHeads,
  body: texts([...chIntro, ...chHut, ...chRidge, chQuote, ...chNotes]),
  bylines: ['Lene Strobl', '3 September 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Alpenklub Talwald', ...chNav, 'On the crux tower of the north ridge. Photo: Jonas Pichler', 'Facebook', 'WhatsApp', 'Email',
    'Not a member yet?', 'Members get reduced hut rates, insurance and a place on every meet.', 'Become a member', 'More trip reports', ...chMore,
    ...chFoot.slice(1), '© 2026 Alpenklub Talwald. Built with Elementor.',
  ],
};
