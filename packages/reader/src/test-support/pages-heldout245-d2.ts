import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file d2: a film festival's programme entry on WordPress built with the Elementor page builder
 * (nested e-con containers and elementor-widget-* wrappers: the header with "Programme" / "Tickets & Passes" / "Visit" /
 * "Industry" / "Support Us", the strand label, the h1, the icon list of facts, the screenings box with venue, date and
 * "Book tickets" buttons, the programme note with its writer, the director's statement, the content note, the "Also in
 * this strand" loop grid, the sponsor logos, the newsletter form and the footer).
 */
const eTitle = 'The Glassblower’s Daughter';
const eAbout = [
  j(
    'For six generations, the Orlova family has blown glass in the same workshop on the edge of the Kessel lagoon. Irina Orlova is',
    'the first woman in the family to be allowed near the furnace, and the last person left who knows how to make the deep red',
    'glass her great-grandfather was famous for. She is also, at seventy-eight, losing her sight.',
  ),
  j(
    'Filmed over three winters, Lioba Strandqvist’s patient, luminous documentary follows Irina as she tries to teach the red',
    'recipe to her granddaughter Vera, a software engineer who has come home from the city for reasons she would rather not',
    'discuss. The lessons do not go well. The glass cracks, the furnace fails, and the two women argue in three languages.',
  ),
  j(
    'What emerges is not a film about craft so much as a film about attention: about what it means to watch something closely',
    'enough, for long enough, that you can do it with your eyes closed. Strandqvist’s camera, almost always at workbench height,',
    'makes the workshop glow, and the sound of the furnace becomes a kind of score.',
  ),
  j(
    'It is one of the most beautiful films in this year’s programme, and we are proud to present its UK premiere, with the director',
    'and Vera Orlova joining us for a conversation after the first screening.',
  ),
];
const eStatement = [
  j(
    'I met Irina when I was making a short film about the lagoon and needed somewhere warm to wait out a storm. She let me sit in the',
    'workshop for six hours and did not say a word to me. When I came back the next winter, she said: “You again. Sit there.” That',
    'was the beginning.',
  ),
  j(
    'I wanted to make a film that moved at the speed of the glass, where you are never quite sure whether something is about to',
    'be finished or about to break.',
  ),
];
const eContent = 'Content note: contains brief discussion of bereavement and scenes of minor burns.';
const eNav = ['Programme', 'Tickets & Passes', 'Visit', 'Industry', 'Support Us', 'Search'];
const eFacts = ['Director: Lioba Strandqvist', 'Country: Estonia, Sweden', 'Year: 2025', 'Runtime: 94 min', 'Language: Estonian, Russian, English'];
const eAlso = ['Tide Tables', 'What the Beekeeper Heard', 'Eleven Bridges', 'The Last Projectionist of Vallmo'];
const eFoot = ['About the Festival', 'Accessibility', 'Press', 'Jobs & Volunteering', 'Privacy Notice', 'Contact'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}
</div></div>`;
const screening = (venue: string, when: string, id: string): string => `<div class="elementor-element elementor-element-${id} e-con-full e-flex e-con e-child"
data-id="${id}" data-element_type="container"><p class="screening-venue">${venue}</p><p class="screening-date">${when}</p>
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="https://tickets.saltmarshfilm.example/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book tickets</span></span></a></div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Glassblower’s Daughter – Saltmarsh International Film Festival</title>
<meta name="description" content="UK premiere. A luminous documentary about the last keeper of a glassmaking secret.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Saltmarsh International Film Festival">
<link rel="canonical" href="https://saltmarshfilm.example/programme/the-glassblowers-daughter/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://saltmarshfilm.example/programme/the-glassblowers-daughter/","name":"The Glassblower’s Daughter – Saltmarsh International Film Festival",
"datePublished":"2026-02-10T10:00:00+00:00"},{"@type":"ScreeningEvent","name":"The Glassblower’s Daughter","startDate":"2026-04-18T18:30"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://saltmarshfilm.example/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="elementor-post-8812-css" href="https://saltmarshfilm.example/wp-content/uploads/elementor/css/post-8812.css" media="all">
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.27.1","post":{"id":8812,
"title":"The Glassblower’s Daughter"}};</script>
</head>
<body class="festival_film-template-default single single-festival_film postid-8812 elementor-default elementor-kit-6 elementor-page elementor-page-8812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<div class="elementor-element elementor-element-6a2f e-con-full e-flex e-con e-parent" data-id="6a2f" data-element_type="container">
${w(
  'theme-site-logo',
  `<a href="https://saltmarshfilm.example"><img
src="/wp-content/uploads/saltmarsh-logo.svg" alt="Saltmarsh International Film Festival"></a>`,
  '1b3c',
)}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-1b3d" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
  '1b3d',
)}
</div></div>
<div data-elementor-type="single-post" data-elementor-id="8812" class="elementor elementor-8812 elementor-location-single">
<div class="elementor-element elementor-element-2c4e e-con-full e-flex e-con e-parent" data-id="2c4e" data-element_type="container">
${w('heading', `<p class="elementor-heading-title elementor-size-small">Documentary Strand · UK Premiere</p>`, '3d5f')}
${w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-xxl">${eTitle}</h1>`, '3d60')}
${w(
  'icon-list',
  `<ul class="elementor-icon-list-items elementor-inline-items">${eFacts
    .map(
      (f) => `<li class="elementor-icon-list-item elementor-inline-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-circle"></i></span><span class="elementor-icon-list-text">${f}</span></li>`,
    )
    .join('\n')}</ul>`,
  '3d61',
)}
</div>
<div class="elementor-element elementor-element-4e70 e-flex e-con-boxed e-con e-parent" data-id="4e70" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-5f81 e-con-full e-flex e-con e-child" data-id="5f81" data-element_type="container">
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">About the film</h2>`, '6a92')}
${w('text-editor', ps(eAbout), '6a93')}
${w('text-editor', `<p class="programme-note-credit">Programme note by Yvaine Castellanos</p>`, '6a94')}
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">Director’s statement</h2>`, '6a95')}
${w('text-editor', ps(eStatement), '6a96')}
${w('text-editor', `<p><em>${eContent}</em></p>`, '6a97')}
</div>
<div class="elementor-element elementor-element-5f82 e-con-full e-flex e-con e-child screenings-box" data-id="5f82" data-element_type="container">
${w('heading', `<h3 class="elementor-heading-title elementor-size-default">Screenings</h3>`, '7b01')}
${screening('Harbour Arts Centre, Screen 1', 'Sat 18 April, 18:30 + Q&amp;A', '7b02')}
${screening('The Rope Works Cinema', 'Mon 20 April, 14:00', '7b03')}
${w('text-editor', `<p>Tickets £9 / £7 concessions. Festival Pass holders book free.</p>`, '7b04')}
</div></div></div>
<div class="elementor-element elementor-element-8c10 e-con-full e-flex e-con e-parent" data-id="8c10" data-element_type="container">
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">Also in this strand</h2>`, '8c11')}
${w(
  'loop-grid',
  `<div class="elementor-loop-container elementor-grid">${eAlso
    .map(
      (t) => `<div class="e-loop-item festival_film type-festival_film">
<a href="/programme/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a></div>`,
    )
    .join('\n')}</div>`,
  '8c12',
)}
</div></div>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">
<div class="elementor-element elementor-element-9d20 e-con-full e-flex e-con e-parent" data-id="9d20" data-element_type="container">
${w('heading', `<h4 class="elementor-heading-title elementor-size-default">With thanks to our partners</h4>`, '9d21')}
${w(
  'image-carousel',
  `<div class="swiper"><img src="/wp-content/uploads/partner-1.png" alt="Coastal Screen Fund">
<img src="/wp-content/uploads/partner-2.png" alt="Vell Brewing"></div>`,
  '9d22',
)}
${w('heading', `<h4 class="elementor-heading-title elementor-size-default">Join our mailing list</h4>`, '9d23')}
${w(
  'form',
  `<form class="elementor-form" method="post">
<input type="email" name="form_fields[email]" placeholder="Your email">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Sign up</span></button></form>`,
  '9d24',
)}
${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`, '9d25')}
${w('text-editor', `<p>© 2026 Saltmarsh Film Society. Registered charity no. 1187702.</p>`, '9d26')}
</div></div>
<script src="https://saltmarshfilm.example/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
export const festival: TestPage = {
  name: 'heldout245-saltmarsh-elementor-programme',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['About the film', 'Director’s statement'],
  body: texts([...eAbout, ...eStatement, eContent]),
  bylines: ['Programme note by Yvaine Castellanos'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Documentary Strand · UK Premiere', ...eFacts, 'Screenings', 'Harbour Arts Centre, Screen 1', 'Sat 18 April, 18:30 + Q&A',
    'Book tickets', 'The Rope Works Cinema', 'Mon 20 April, 14:00', 'Tickets £9 / £7 concessions. Festival Pass holders book free.',
    'Also in this strand', ...eAlso, 'With thanks to our partners', 'Join our mailing list', 'Sign up', ...eFoot,
    '© 2026 Saltmarsh Film Society. Registered charity no. 1187702.',
  ],
};
