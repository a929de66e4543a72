import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout453-kit.js';

/**
 * Held-out batch 453, file d: a school newsletter on Smore with every block in English and then in Spanish, and a Belgian
 * association's page built with Wix (page builder markup) with French and Dutch text in two columns.
 */
const nTitle = 'Linden Park Elementary – December Family Newsletter';
const nEn = [
  'Dear families, thank you for a wonderful autumn. Our students read more than 4,000 books in the November reading challenge!',
  'Winter concert',
  j(
    'The winter concert is on Thursday, December 17 at 6:00 p.m. in the gym. Students should arrive at 5:30 p.m. wearing a white',
    'top and dark trousers or a skirt.',
  ),
  'Important dates',
  'December 11: picture retakes',
  'December 18: early dismissal at 12:30 p.m.',
  'December 21 to January 1: winter break, no school',
];
const nEs = [
  'Queridas familias, gracias por un otoño maravilloso. ¡Nuestros estudiantes leyeron más de 4,000 libros en el reto de lectura de noviembre!',
  'Concierto de invierno',
  j(
    'El concierto de invierno es el jueves 17 de diciembre a las 6:00 p.m. en el gimnasio. Los estudiantes deben llegar a las 5:30 p.m.',
    'con una camisa blanca y pantalón o falda oscuros.',
  ),
  'Fechas importantes',
  '11 de diciembre: repetición de fotos',
  '18 de diciembre: salida temprano a las 12:30 p.m.',
  '21 de diciembre al 1 de enero: vacaciones de invierno, no hay clases',
];
const nBlock = (t: readonly string[], lang: string): string => `<div class="block block-text" data-lang="${lang}"><div class="text-content">
<p>${t[0]}</p></div></div>
<div class="block block-title"><h2 class="title-text">${t[1]}</h2></div>
<div class="block block-text"><div class="text-content"><p>${t[2]}</p></div></div>
<div class="block block-title"><h2 class="title-text">${t[3]}</h2></div>
<div class="block block-text"><div class="text-content"><ul>${lis(t.slice(4))}</ul></div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nTitle} | Smore Newsletters for Education</title>
<meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="Smore"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://assets.smore.example/assets/flyer-3b1c.css"><script>window.SmoreFlyer={"id":"k7q2x","lang":"en","translate":true};</script>
</head><body class="flyer-page theme-snowfall"><div id="translate-bar" class="translate-bar"><button class="translate-btn">Translate</button>
<span class="translate-note">Smore can translate this newsletter into 100+ languages.</span></div>
<div class="flyer-wrapper"><div class="flyer" id="flyer"><div class="flyer-header"><div class="block block-title block-main-title">
<h1 class="title-text">${nTitle}</h1></div><div class="block block-subtitle"><p>Boletín familiar de diciembre</p></div></div>
<div class="block block-image"><figure><img src="https://cdn.smore.example/u/7a2f/snow.jpg" alt="">
<figcaption>Our second graders in the school garden</figcaption>
</figure></div>
${nBlock(nEn, 'en')}
<div class="block block-divider"><hr><p class="divider-text">Español</p></div>
${nBlock(nEs, 'es')}
<div class="block block-contact"><h2 class="title-text">Contact us</h2><p>Linden Park Elementary</p><p>412 Orchard Avenue, Brookfield</p>
<p>(555) 018-2240</p></div>
<div class="block block-signature"><p>Ms. Carolina Reyes, Principal</p></div></div>
<div class="flyer-meta"><span class="flyer-views">1,204 views</span><span class="flyer-date">Published December 3, 2026</span>
<div class="flyer-share"><a href="#">Share</a><a href="#">Print</a><a href="#">Report abuse</a></div></div></div>
<footer class="smore-footer"><a href="https://www.smore.example">Create your own newsletter with Smore</a><p>Smore for Education</p></footer>
<script src="https://assets.smore.example/assets/flyer-3b1c.js"></script></body></html>`;
const smore: TestPage = {
  name: 'heldout453-smore-school-newsletter-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nEn[1] ?? '', nEn[3] ?? '', nEs[1] ?? '', nEs[3] ?? ''],
  body: texts(['Boletín familiar de diciembre', ...nEn.filter((_, i) => i !== 1 && i !== 3), ...nEs.filter((_, i) => i !== 1 && i !== 3)]),
  bylines: ['Ms. Carolina Reyes, Principal', 'Published December 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Translate', 'Smore can translate this newsletter into 100+ languages.', 'Our second graders in the school garden', 'Español', 'Contact us',
    '412 Orchard Avenue, Brookfield', '(555) 018-2240', '1,204 views', 'Share', 'Print', 'Report abuse',
    'Create your own newsletter with Smore', 'Smore for Education',
  ],
};

const bTitle = 'Repair Café Schaerbeek / Repair Café Schaarbeek';
const bFr = [
  'Qui sommes-nous ?',
  j(
    'Le Repair Café de Schaerbeek est une association de bénévoles qui réparent gratuitement vos objets du quotidien : grille-pain,',
    'vêtements, vélos, lampes et ordinateurs. Nous nous réunissons depuis 2018 dans la salle paroissiale de la rue Royale Sainte-Marie.',
  ),
  j(
    'Vous apportez l’objet, nous cherchons la panne ensemble. Vous repartez avec un objet réparé, ou au moins avec une explication',
    'et l’adresse d’un professionnel.',
  ),
  'Prochaines dates',
  'samedi 9 janvier, de 14 h à 17 h',
  'samedi 13 février, de 14 h à 17 h',
];
const bNl = [
  'Wie zijn wij?',
  j(
    'Het Repair Café van Schaarbeek is een vereniging van vrijwilligers die gratis uw alledaagse spullen herstellen: broodroosters,',
    'kleding, fietsen, lampen en computers. Sinds 2018 komen we samen in de parochiezaal in de Koninklijke Sint-Mariastraat.',
  ),
  j(
    'U brengt het voorwerp mee, wij zoeken samen de fout. U gaat naar huis met een hersteld voorwerp, of op zijn minst met uitleg',
    'en het adres van een vakman.',
  ),
  'Volgende data',
  'zaterdag 9 januari, van 14 tot 17 uur',
  'zaterdag 13 februari, van 14 tot 17 uur',
];
const bNav = ['Accueil / Home', 'Agenda', 'Bénévoles / Vrijwilligers', 'Contact'];
const wixText = (html: string, id: string): string => `<div id="${id}" class="wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const bCol = (t: readonly string[], lang: string, id: string): string => `<div id="${id}" class="wixui-column-strip__column" lang="${lang}">
${wixText(`<h2 class="font_2 wixui-rich-text__text">${t[0]}</h2>`, `${id}-h`)}
${wixText(ps([t[1] ?? '', t[2] ?? ''], ' class="font_8 wixui-rich-text__text"'), `${id}-p`)}
${wixText(`<h3 class="font_4 wixui-rich-text__text">${t[3]}</h3><ul class="font_8">${lis(t.slice(4), 'wixui-rich-text__text')}</ul>`, `${id}-d`)}</div>`;
const bHtml = `<!DOCTYPE html><html lang="fr" class="wix-site"><head><meta charset="utf-8"><title>Repair Café Schaerbeek</title>
<meta name="generator" content="Wix.com Website Builder"><meta property="og:locale" content="fr_BE">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a1b2c3","language":"fr"},"fleetConfig":{"code":0}}</script>
<script>window.viewerModel={"requestUrl":"https://www.repaircafe1030.example/"};</script>
<style id="css_masterPage">.font_2{font-size:32px}.font_8{font-size:16px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="wixui-header"><div data-testid="linkElement" class="wixui-image"><a href="/">${wixText(
  '<p class="font_7">Repair Café 1030</p>',
  'comp-logo',
)}</a></div>
<nav id="comp-menu" class="wixui-horizontal-menu" aria-label="Site"><ul>${links(bNav, 'wixui-horizontal-menu__item')}</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="wixui-page"><section id="comp-hero" class="wixui-section">
${wixText(`<h1 class="font_0 wixui-rich-text__text">${bTitle}</h1>`, 'comp-title')}</section>
<section id="comp-cols" class="wixui-column-strip">${bCol(bFr, 'fr', 'comp-fr')}${bCol(bNl, 'nl', 'comp-nl')}</section>
<section id="comp-gallery" class="wixui-gallery"><div data-testid="gallery-item-title">Atelier vélo, octobre 2026</div></section>
<section id="comp-form" class="wixui-section">${wixText('<h2 class="font_5">Newsletter</h2>', 'comp-nlh')}
<form data-testid="form"><input placeholder="E-mail"><button data-testid="buttonElement"><span class="wixui-button__label">S’inscrire / Inschrijven</span>
</button></form></section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">${wixText('<p class="font_9">ASBL Repair Café 1030 – vzw Repair Café 1030 · BE 0712.448.091</p>', 'comp-foot')}
<div id="comp-social" class="wixui-social-bar"><a href="#" aria-label="Facebook">Facebook</a><a href="#" aria-label="Instagram">Instagram</a></div>
</footer></div></div></div></div>
<div id="WIX_ADS" class="wix-ads"><a href="https://www.wix.com/lpviral">Ce site a été conçu avec <span>Wix</span>. Créez votre site aujourd'hui.</a>
<span>Commencer</span></div>
<div id="consent-banner-root" data-hook="consent-banner-root" role="dialog"><p>Ce site utilise des cookies.</p><button>Accepter</button><button>Refuser</button>
<button>Paramètres</button></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const belgian: TestPage = {
  name: 'heldout453-wix-belgian-association-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [bFr[0] ?? '', bFr[3] ?? '', bNl[0] ?? '', bNl[3] ?? ''],
  body: texts([...bFr.filter((_, i) => i !== 0 && i !== 3), ...bNl.filter((_, i) => i !== 0 && i !== 3)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Repair Café 1030', ...bNav, 'Atelier vélo, octobre 2026', 'Newsletter', 'S’inscrire / Inschrijven',
    'ASBL Repair Café 1030 – vzw Repair Café 1030 · BE 0712.448.091', 'Facebook', 'Instagram',
    "Ce site a été conçu avec Wix. Créez votre site aujourd'hui.", 'Commencer', 'Ce site utilise des cookies.', 'Accepter', 'Refuser', 'Paramètres',
  ],
};

export const HELDOUT453_D: readonly TestPage[] = [smore, belgian];
