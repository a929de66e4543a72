import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout453-kit.js';

/**
 * Held-out batch 453, file e: a Quebec local news site in French on WordPress with the Newspack theme (comments included), and a
 * Singapore government agency page on Isomer with English, 中文, Bahasa Melayu and தமிழ் language links.
 */
const qTitle = 'Le traversier de L’Isle-aux-Grues reprendra du service dès le 2 avril';
const qBody = [
  j(
    'Le traversier qui relie Montmagny à L’Isle-aux-Grues reprendra ses allers-retours le 2 avril, soit deux semaines plus tôt',
    'que l’an dernier, a annoncé mardi la Société des traversiers régionaux.',
  ),
  j(
    'La glace a quitté le chenal plus tôt que prévu, et les travaux de dragage réalisés à l’automne permettent désormais au',
    'navire d’accoster même à marée basse.',
  ),
  'Un horaire élargi',
  j(
    'Pendant la saison, le traversier effectuera quatre départs par jour au lieu de trois. Le premier départ de Montmagny est',
    'fixé à 7 h 15, ce qui permettra aux élèves de l’île d’arriver à l’école secondaire avant le début des cours.',
  ),
  j(
    '« C’est une demande que nous faisons depuis des années. Pour une famille de l’île, ça change tout », a déclaré la mairesse',
    'de la municipalité, Josée Vaillancourt.',
  ),
  'Les tarifs demeurent inchangés',
  'Les tarifs de la saison 2027 sont les mêmes que l’an dernier :',
  'passager adulte : 6,50 $',
  'automobile et conducteur : 19 $',
  'résidents de l’île : gratuit sur présentation de la carte',
  j('La Société rappelle que la réservation est obligatoire pour les véhicules de plus de 6 mètres. Les passagers à pied n’ont', 'pas besoin de réserver.'),
];
const qNav = ['Actualités', 'Politique', 'Économie', 'Culture', 'Sports', 'Opinions', 'Avis de décès'];
const qRel = ['Le quai de Berthier-sur-Mer sera reconstruit en 2028', 'Une nouvelle navette fluviale entre Québec et Lévis cet été'];
const qHtml = `<!DOCTYPE html><html lang="fr-CA"><head><meta charset="UTF-8"><title>${qTitle} – Le Riverain</title>
<meta property="og:locale" content="fr_CA"><meta property="article:section" content="Actualités">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qTitle}","inLanguage":"fr-CA",
"author":{"@type":"Person","name":"Mathieu Gosselin"},"datePublished":"2027-03-09T11:04:00-05:00"}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://leriverain.example/wp-content/themes/newspack-theme/style.css" media="all">
<script>var newspack_popups_view={"segment":"anonymous"};</script></head>
<body class="post-template-default single single-post single-featured-image-default h-sb h-dh"><a class="skip-link screen-reader-text"
href="#main">Aller au contenu</a>
<div id="page" class="site"><header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<div class="header-date">Mardi 9 mars 2027</div><nav class="secondary-menu"><ul>${links(['Abonnez-vous', 'Infolettre', 'Nous joindre'])}</ul></nav></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Le Riverain</a></p>
<p class="site-description">L’information de la Côte-du-Sud</p></div></div></div>
<div class="bottom-header-contain desktop-only"><nav id="site-navigation" class="main-navigation nav1" aria-label="Menu principal"><ul id="menu-primary">
${links(qNav, 'menu-item')}</ul></nav></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<header class="entry-header"><span class="cat-links"><a href="/actualites/" class="newspack-category">Actualités</a></span>
<h1 class="entry-title">${qTitle}</h1>
<div class="newspack-post-subtitle">La saison commencera deux semaines plus tôt que l’an dernier, grâce au dragage du chenal.</div>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-prefix">Par</span> <span class="author vcard"><a
class="url fn n" href="/author/mgosselin/">Mathieu Gosselin</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2027-03-09T11:04:00-05:00">9 mars 2027</time><time class="updated" datetime="2027-03-09T15:20:00-05:00">Mis à jour le 9 mars 2027, 15 h 20</time>
</span></div><div class="tags-links"></div></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2027/03/traversier.jpg" alt="">
<figcaption><span class="image-caption">Le traversier au quai de Montmagny, en octobre dernier.</span>
<span class="image-credit">Photo : Sylvie Roy, Le Riverain</span>
</figcaption></figure>
<article id="post-48812" class="post-48812 post type-post status-publish"><div class="entry-content">
${ps([qBody[0] ?? '', qBody[1] ?? ''])}
<h2 class="wp-block-heading">${qBody[2]}</h2>${ps([qBody[3] ?? '', qBody[4] ?? ''])}
<div class="wp-block-newspack-blocks-homepage-articles is-style-borders"><p class="promo-label">À lire aussi</p><ul>${links(qRel)}</ul></div>
<h2 class="wp-block-heading">${qBody[5]}</h2>${ps([qBody[6] ?? ''])}<ul>${lis(qBody.slice(7, 10))}</ul>${ps([qBody[10] ?? ''])}
<div class="newspack-newsletters-subscribe"><p>Recevez nos nouvelles chaque matin. Inscrivez-vous à l’infolettre du Riverain.</p>
<form><input type="email" placeholder="Votre courriel"><input type="submit" value="S’inscrire"></form></div></div>
<footer class="entry-footer"><span class="tags-links"><span>Étiquettes :</span> <a href="/tag/traversier/" rel="tag">traversier</a>,
<a href="/tag/montmagny/" rel="tag">Montmagny</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><h2 class="accent-header">Mathieu Gosselin</h2>
<p>Mathieu Gosselin couvre les affaires municipales et le transport pour Le Riverain.</p></div></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 commentaires</h2><ol class="comment-list">
<li id="comment-901" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Réal Fortin</b>
<time datetime="2027-03-09T13:02:00-05:00">9 mars 2027 à 13 h 02</time></footer><div class="comment-content"><p>Enfin une bonne nouvelle pour les
insulaires!</p></div></article></li>
<li id="comment-902" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Line Bourgault</b>
<time datetime="2027-03-09T14:40:00-05:00">9 mars 2027 à 14 h 40</time></footer><div class="comment-content"><p>Et le départ de 7 h 15 va aider
nos jeunes. Merci à la mairesse.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Laisser un commentaire</h3></div></div></main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Les plus lus</h2><ul>${links(qRel)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><span class="copyright">© 2027 Le Riverain.</span>
<a class="imprint" href="https://newspack.com/">Propulsé par Newspack</a><a href="/confidentialite/" class="privacy-policy-link">Politique de
confidentialité</a></div></footer></div>
<div class="newspack-lightbox newspack-popup" role="dialog"><p>Ce site utilise des témoins (cookies) pour améliorer votre expérience.</p>
<button>J’accepte</button>
</div></body></html>`;
const quebec: TestPage = {
  name: 'heldout453-newspack-quebec-news',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [qBody[2] ?? '', qBody[5] ?? ''],
  body: texts(['La saison commencera deux semaines plus tôt que l’an dernier, grâce au dragage du chenal.', ...qBody.filter((_, i) => i !== 2 && i !== 5)]),
  bylines: [
    'Par Mathieu Gosselin',
    '9 mars 2027',
    'Mis à jour le 9 mars 2027, 15 h 20',
    'Réal Fortin',
    '9 mars 2027 à 13 h 02',
    'Line Bourgault',
    '9 mars 2027 à 14 h 40',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Aller au contenu', 'Mardi 9 mars 2027', 'Abonnez-vous', 'Infolettre', 'Nous joindre', 'Le Riverain', 'L’information de la Côte-du-Sud', ...qNav,
    'Le traversier au quai de Montmagny, en octobre dernier.', 'Photo : Sylvie Roy, Le Riverain', 'À lire aussi', ...qRel,
    'Recevez nos nouvelles chaque matin. Inscrivez-vous à l’infolettre du Riverain.', 'Étiquettes :',
    'Mathieu Gosselin couvre les affaires municipales et le transport pour Le Riverain.', '2 commentaires', 'Enfin une bonne nouvelle pour les insulaires!',
    'Et le départ de 7 h 15 va aider nos jeunes. Merci à la mairesse.', 'Laisser un commentaire', 'Les plus lus', '© 2027 Le Riverain.',
    'Propulsé par Newspack', 'Politique de confidentialité', 'Ce site utilise des témoins (cookies) pour améliorer votre expérience.', 'J’accepte',
  ],
};

const gTitle = 'Registering a home-based food business';
const gBody = [
  j(
    'You may prepare and sell food from your HDB flat or private home without a licence if you keep to the rules below. Home-based',
    'food businesses must still follow basic food safety practices.',
  ),
  'What you can sell',
  'Baked goods, cakes and cookies',
  'Dry snacks and confectionery that do not need to be kept chilled',
  'Packed meals prepared and delivered on the same day',
  j(
    'You may not sell raw seafood, raw meat, or foods that must be stored below 5°C for more than four hours before delivery.',
    'Food must not be cooked in common corridors or void decks.',
  ),
  'Registering your business',
  j(
    'From 1 July 2027, home-based food businesses with sales of more than $30,000 a year must register online. Registration is free',
    'and takes about 10 minutes. You will need your Singpass and a photo of your kitchen.',
  ),
  'Limit',
  'Requirement',
  'Annual sales up to $30,000',
  'No registration needed',
  'Annual sales above $30,000',
  'Register online and display your registration number',
  j('Officers may visit your home after a complaint. If food safety rules are not met, you may be asked to stop selling until the', 'problem is fixed.'),
  j(
    'If you use a food delivery platform, the platform may ask for your registration number before listing your business. Keep a copy',
    'of your registration e-mail for this purpose.',
  ),
];
const gNav = ['About Us', 'Food Regulation', 'Licences and Permits', 'Resources', 'News', 'Contact Us'];
const gLang = ['English', '中文', 'Bahasa Melayu', 'தமிழ்'];
const gSide = ['Home Food Sellers', 'Food stalls at events', 'Online food sales'];
const gFoot = ['Report Vulnerability', 'Privacy Statement', 'Terms of Use', 'Contact Us', 'Feedback', 'Sitemap'];
const gRow = (a: string, b: string): string => `<tr><td>${a}</td><td>${b}</td></tr>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} | Singapore Food Standards Board</title>
<meta name="description" content="Rules for preparing and selling food from home."><meta property="og:site_name" content="Singapore Food Standards Board">
<link rel="stylesheet" href="/assets/css/styles.css"><link rel="stylesheet" href="https://assets.isomer.example/sgds/sgds.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script></head>
<body><div id="sgds-masthead" class="sgds-masthead"><div class="sgds-container"><span>A Singapore Government Agency Website</span>
<a href="#" class="sgds-masthead-identify">How to identify</a></div></div>
<header id="navbar" class="bp-container"><nav class="navbar is-transparent"><div class="navbar-brand"><a class="navbar-item" href="/">
<img src="/images/logo.svg" alt="Singapore Food Standards Board"></a></div>
<div class="navbar-menu"><div class="navbar-start">
${gNav.map((t) => `<a class="navbar-item" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join('\n')}

</div>
<div class="navbar-end"><div class="language-links">${gLang.map((t) => `<a class="navbar-item lang" href="#">${t}</a>`).join(' | ')}</div></div></div></nav>
</header>
<section class="bp-section is-small bp-section-pagetitle"><div class="bp-container"><nav class="bp-breadcrumb" aria-label="breadcrumbs"><ul>
${links(['Home', 'Licences and Permits', 'Home Food Sellers'])}</ul></nav><h1 class="has-text-white"><b>${gTitle}</b></h1></div></section>
<section class="bp-section"><div class="bp-container padding--top--lg"><div class="row"><div class="col is-3 is-position-relative has-side-nav">
<div class="sidenav"><aside class="bp-menu is-gt sidebar__inner"><ul class="bp-menu-list">${links(gSide)}</ul></aside></div></div>
<div class="col is-8 is-offset-1-desktop is-12-touch print-content"><div class="content">
${ps([gBody[0] ?? ''])}
<h2 id="what-you-can-sell">${gBody[1]}</h2><ul>${lis(gBody.slice(2, 5))}</ul>${ps([gBody[5] ?? ''])}
<h2 id="registering-your-business">${gBody[6]}</h2>${ps([gBody[7] ?? ''])}
<table><thead><tr><th>${gBody[8]}</th><th>${gBody[9]}</th></tr></thead><tbody>${gRow(gBody[10] ?? '', gBody[11] ?? '')}
${gRow(gBody[12] ?? '', gBody[13] ?? '')}</tbody></table>
${ps([gBody[14] ?? '', gBody[15] ?? ''])}</div>
<div class="has-text-right"><p class="last-updated">Last updated 24 February 2027</p></div></div></div></div></section>
<footer class="footer"><div class="content"><p class="sub-header"><b>Singapore Food Standards Board</b></p><ul>${links(gFoot)}</ul>
<p>©2027 Government of Singapore</p><p>Made with Isomer</p></div></footer>
<script src="/assets/js/jquery.min.js"></script></body></html>`;
const sgIsomer: TestPage = {
  name: 'heldout453-isomer-singapore-agency-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[6] ?? ''],
  body: texts(gBody.filter((_, i) => ![1, 6, 8, 9].includes(i))),
  bylines: ['Last updated 24 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'A Singapore Government Agency Website', 'How to identify', ...gNav, ...gLang.filter((t) => t.length > 2), ...gSide,
    'Singapore Food Standards Board', ...gFoot, '©2027 Government of Singapore', 'Made with Isomer',
  ],
};

export const HELDOUT453_E: readonly TestPage[] = [quebec, sgIsomer];
