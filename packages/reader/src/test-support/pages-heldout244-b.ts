import { links, ps, type TestPage, texts } from './page-kit.js';
import { g1 } from './pages-heldout244-b2.js';
import { j, lis } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file b: a French regional paper on an Ouest-France-style template (consent banner, "su-" header with
 * editions and "Je m'abonne", breadcrumb, chapô, signature block with "Publié le" / "Modifié le", share bar, photo with
 * legend and credit, "Lire aussi" inline links, an "Ouest-France Abonné"-style promo, tags, "À lire aussi" rail, comment
 * count, footer) and, from file b2, a Brazilian Portuguese news portal on a G1-style template.
 */
const oTitle = 'À Lanvézec, la liaison maritime vers l’île de Brénoc passera à deux rotations par jour cet été';
const oChapo = j(
  'Le département a validé lundi 6 avril 2026 un nouveau contrat de délégation pour la desserte de l’île de Brénoc. Dès le',
  '1er juillet, un second bateau assurera la traversée l’après-midi, une demande ancienne des 380 habitants permanents.',
);
const oP1 = [
  j(
    'C’était l’une des revendications les plus anciennes des îliens. À partir du 1er juillet, la vedette qui relie le port de',
    'Lanvézec à l’île de Brénoc effectuera deux allers-retours quotidiens au lieu d’un seul, du lundi au samedi. La décision a été',
    'votée à l’unanimité par la commission permanente du conseil départemental, réunie lundi à Saint-Brieuc.',
  ),
  j(
    'Jusqu’ici, les habitants devaient choisir entre partir le matin à 8 h 15 et rentrer le soir à 18 h, ou rester sur l’île.',
    '« Pour un rendez-vous médical d’une demi-heure, on perdait la journée entière », résume Maëlle Le Guern, présidente de',
    'l’association des îliens de Brénoc, qui a recueilli plus de 1 200 signatures en 2025.',
  ),
];
const oH1 = 'Un bateau neuf en 2027';
const oP2 = [
  j(
    'Le nouveau contrat, d’une durée de sept ans, a été attribué à la compagnie Vedettes de l’Armor, déjà exploitante de la ligne.',
    'Il prévoit la mise en service, au printemps 2027, d’un navire hybride de 120 places capable de naviguer en mode électrique',
    'à l’entrée du port. En attendant, une vedette de location assurera la rotation de l’après-midi.',
  ),
  j(
    'Le coût annuel de la délégation passe de 1,9 à 2,6 millions d’euros. Le département en prend en charge 85 %, le reste étant',
    'couvert par les billets. Les tarifs résidents restent inchangés, à 4,20 € l’aller simple.',
  ),
];
const oH2 = 'Les nouveaux horaires';
const oP3 = ['Les horaires retenus pour la saison estivale, du 1er juillet au 31 août, sont les suivants :'];
const oList = ['Départ de Lanvézec : 8 h 15 et 14 h 30', 'Départ de Brénoc : 9 h 30 et 18 h', 'Le dimanche : un seul aller-retour, départ de Lanvézec à 10 h'];
const oP4 = [
  j(
    'Hors saison, la seconde rotation sera maintenue les mardis, jeudis et samedis. Les élus de l’opposition, tout en votant le',
    'texte, ont regretté que la fréquence hivernale ne soit pas plus élevée. « L’hiver, c’est justement quand les îliens ont le',
    'plus besoin du continent », a souligné la conseillère départementale Annick Prigent.',
  ),
  j(
    'Du côté des commerçants de Lanvézec, on se réjouit aussi. Le port espère voir davantage de visiteurs à la journée, qui',
    'pourront désormais déjeuner sur le continent avant de prendre le bateau de l’après-midi.',
  ),
];
const oNav = ['Actualité', 'Bretagne', 'Côtes-d’Armor', 'Sport', 'Économie', 'Loisirs', 'Nécrologie', 'Services'];
const oTags = ['Lanvézec', 'Transport maritime', 'Conseil départemental', 'Îles bretonnes'];
const oRel = [
  'Brénoc : l’école de l’île gardera sa classe unique à la rentrée',
  'Côtes-d’Armor : les tarifs des vedettes vers les îles vont-ils augmenter ?',
  'Lanvézec : le chantier du nouveau ponton commencera en octobre',
];
const oFoot = ['Mentions légales', 'Données personnelles', 'Gestion des cookies', 'Conditions générales', 'Nous contacter', 'Plan du site'];
const oHtml = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>${oTitle} | L’Écho de l’Armor</title>
<meta name="description" content="${oChapo}"><meta property="og:site_name" content="L’Écho de l’Armor">
<meta property="article:section" content="Lanvézec"><link rel="canonical" href="https://www.echo-armor.example/bretagne/lanvezec-22640/liaison-brenoc.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${oTitle}",
"datePublished":"2026-04-07T06:30:00+02:00","dateModified":"2026-04-07T11:02:00+02:00","author":{"@type":"Person","name":"Yann Kervella"}}</script>
<script>var tc_vars={env_template:"article",page_cat1:"bretagne",page_cat2:"lanvezec-22640",article_premium:false};</script></head>
<body class="su-body su-article-page">
<div id="cmp-banner" class="su-cmp" role="dialog"><p class="su-cmp__text">L’Écho de l’Armor et ses partenaires utilisent des cookies pour mesurer l’audience,
personnaliser les contenus et la publicité.</p><button class="su-cmp__accept">Accepter</button><button class="su-cmp__refuse">Continuer sans accepter</button>
<button class="su-cmp__params">Paramétrer</button></div>
<header class="su-header"><div class="su-header__top"><a class="su-logo" href="/"><span class="su-logo__txt">L’Écho de l’Armor</span></a>
<a class="su-btn su-btn--abo" href="/abonnement/">Je m’abonne</a><a class="su-btn su-btn--login" href="/connexion/">Se connecter</a></div>
<nav class="su-nav"><ul class="su-nav__list">${links(oNav, 'su-nav__item')}</ul></nav></header>
<main class="su-main"><nav class="su-breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="/">Accueil</a></li><li><a href="/bretagne/">Bretagne</a></li>
<li><a href="/bretagne/lanvezec-22640/">Lanvézec</a></li></ol></nav>
<article class="su-article" data-premium="false"><header class="article-header">
<h1 class="titre">${oTitle}</h1>
<p class="chapo">${oChapo}</p>
<div class="ui-article-signature"><span class="su-signature__author">Yann Kervella</span>
<p class="su-date"><time datetime="2026-04-07T06:30">Publié le 07/04/2026 à 06h30</time></p>
<p class="su-date su-date--modified"><time datetime="2026-04-07T11:02">Modifié le 07/04/2026 à 11h02</time></p></div>
<div class="su-share"><span class="su-share__label">Partager</span><ul>${links(['Facebook', 'X', 'LinkedIn', 'Envoyer par e-mail'], 'su-share__item')}</ul>
<button class="su-bookmark">Sauvegarder</button><a class="su-comments-count" href="#commentaires">3 commentaires</a></div></header>
<figure class="su-media"><img src="https://media.echo-armor.example/api/v1/images/view/brenoc-vedette/1200x675" alt="Vedette" width="1200">
<figcaption class="su-media__legend"><span>La vedette de Brénoc quitte le port de Lanvézec, en mars 2026.</span>
<span class="su-media__credit">Archives L’Écho de l’Armor / Gwenola Riou</span></figcaption></figure>
<div class="article-body">
${ps(oP1)}
<p class="su-read-also"><strong>Lire aussi :</strong> <a href="/bretagne/brenoc/ecole.html">${oRel[0]}</a></p>
<h2 class="su-intertitre">${oH1}</h2>
${ps(oP2)}
<div class="su-ad su-ad--inread"><span class="su-ad__label">Publicité</span></div>
<h2 class="su-intertitre">${oH2}</h2>
${ps(oP3)}
<ul>${lis(oList)}</ul>
${ps(oP4)}
</div>
<div class="su-premium-promo"><p class="su-premium-promo__title">Abonnez-vous pour soutenir l’information locale</p>
<p class="su-premium-promo__text">1 € le premier mois, sans engagement.</p></div>
<ul class="su-tags">${links(oTags, 'su-tags__item')}</ul></article>
<section class="su-related"><h2 class="su-related__title">À lire aussi</h2><ul>${links(oRel.slice(1), 'su-related__item')}</ul></section>
<section id="commentaires" class="su-comments"><h2>Commentaires</h2><p>Les commentaires sont réservés aux abonnés.</p></section></main>
<footer class="su-footer"><ul>${links(oFoot, 'su-footer__item')}</ul><p class="su-footer__copy">© L’Écho de l’Armor – Tous droits réservés</p></footer>
</body></html>`;
const ouest: TestPage = {
  name: 'heldout244-ouestfrance-regional-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2],
  body: texts([oChapo, ...oP1, ...oP2, ...oP3, ...oList, ...oP4]),
  bylines: ['Yann Kervella', 'Publié le 07/04/2026 à 06h30', 'Modifié le 07/04/2026 à 11h02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'L’Écho de l’Armor et ses partenaires utilisent des cookies pour mesurer l’audience, personnaliser les contenus et la publicité.', 'Accepter',
    'Continuer sans accepter', 'Paramétrer', 'Je m’abonne', 'Se connecter', ...oNav, 'Accueil', 'Partager', 'LinkedIn', 'Envoyer par e-mail',
    'Sauvegarder', '3 commentaires', 'La vedette de Brénoc quitte le port de Lanvézec, en mars 2026.', 'Archives L’Écho de l’Armor / Gwenola Riou',
    'Lire aussi :', ...oRel, 'Publicité', 'Abonnez-vous pour soutenir l’information locale', '1 € le premier mois, sans engagement.',
    ...oTags.slice(1), 'À lire aussi', 'Commentaires', 'Les commentaires sont réservés aux abonnés.', ...oFoot, '© L’Écho de l’Armor – Tous droits réservés',
  ],
};

export const HELDOUT244_B: readonly TestPage[] = [ouest, g1];
