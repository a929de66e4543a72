import { links, ps, type TestPage, texts } from './page-kit.js';
import { medium } from './pages-heldout244-e2.js';
import { j, lis } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file e: a French government information page on a service-public-style DSFR template (skip links,
 * Marianne header with tools, tarteaucitron-style consent panel, breadcrumb, "Vérifié le ..." line with the directorate,
 * a "Particuliers" label, the summary callout, accordion sections with the steps, a table of documents, "Et aussi" links,
 * "Services en ligne et formulaires", the "Cette page vous a-t-elle été utile ?" form and the footer) and, from file e2,
 * a Portuguese tech blog post on Medium.
 */
const sTitle = 'Carte de stationnement résidentiel : comment l’obtenir ?';
const sIntro = j(
  'La carte de stationnement résidentiel permet de garer son véhicule à tarif réduit dans la zone de son domicile, dans',
  'les communes qui l’ont mise en place. Elle est délivrée par la mairie pour un an.',
);
const sH1 = 'Qui peut en bénéficier ?';
const sP1 = ['Vous pouvez demander la carte si vous remplissez toutes les conditions suivantes :'];
const sL1 = [
  'Vous habitez dans une commune qui a créé une zone de stationnement résidentiel',
  'Le logement est votre résidence principale',
  'Le véhicule est immatriculé à votre nom ou mis à votre disposition par votre employeur',
  'Le véhicule est un véhicule de tourisme de moins de 3,5 tonnes',
];
const sP2 = ['Une seule carte est attribuée par véhicule, dans la limite de deux cartes par foyer.'];
const sH2 = 'Démarche';
const sP3 = [
  j(
    'La demande se fait en ligne sur le site de votre commune ou directement au guichet de la mairie. Le délai de traitement',
    'est en général de 15 jours. Pendant ce délai, le récépissé de la demande vaut autorisation provisoire.',
  ),
];
const sH3 = 'Pièces justificatives';
const sRows: [string, string][] = [
  ['Justificatif d’identité', 'Carte d’identité ou passeport en cours de validité'],
  ['Justificatif de domicile', 'Facture d’énergie ou avis de taxe foncière de moins de 3 mois'],
  ['Certificat d’immatriculation', 'Au nom du demandeur ou de son employeur'],
];
const sH4 = 'Coût';
const sP4 = [
  j(
    'Le prix de la carte est fixé par chaque commune. Il varie en général entre 20 € et 60 € par an. Le tarif du',
    'stationnement résidentiel est ensuite appliqué à chaque paiement, à l’horodateur ou par application mobile.',
  ),
  j(
    'En cas de changement d’adresse ou de véhicule, vous devez faire modifier la carte. La modification est gratuite si elle',
    'intervient pendant la période de validité.',
  ),
];
const sAlso = ['Forfait post-stationnement (FPS)', 'Carte mobilité inclusion (CMI) : mention stationnement', 'Vignette Crit’Air'];
const sFoot = ['Accessibilité : partiellement conforme', 'Mentions légales', 'Données personnelles', 'Gestion des cookies', 'Plan du site'];
const sHtml = `<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system"><head><meta charset="utf-8"><title>${sTitle} | Portail Démarches Publiques</title>
<meta name="description" content="${sIntro}"><meta name="format-detection" content="telephone=no">
<link rel="stylesheet" href="/assets/dsfr/dsfr.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"${sTitle}",
"dateModified":"2026-03-02"}</script><script>window.xtsite="demarches-publiques";window.pageCategory="particuliers/F36612";</script></head>
<body><div class="fr-skiplinks"><nav class="fr-container" aria-label="Accès rapide"><ul class="fr-skiplinks__list">
<li><a class="fr-link" href="#main">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li>
<li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" class="fr-consent-banner"><h2 class="fr-h6">À propos des cookies sur demarches-publiques</h2>
<div class="fr-consent-banner__content"><p class="fr-text--sm">Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et les services
disponibles sur ce site.</p></div><ul class="fr-consent-banner__buttons fr-btns-group"><li><button class="fr-btn">Tout accepter</button></li>
<li><button class="fr-btn">Tout refuser</button></li><li><button class="fr-btn fr-btn--secondary">Personnaliser</button></li></ul></div></div>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-header__brand"><p class="fr-logo">République<br>
Française</p>
<p class="fr-header__service-title">Portail Démarches Publiques</p><p class="fr-header__service-tagline">Le site officiel de l’administration</p></div>
<div class="fr-header__tools"><ul class="fr-btns-group">${links(['Espace connecté', 'Aide'], 'fr-btn')}</ul></div></div>
<div id="header-navigation" class="fr-header__menu"><nav class="fr-nav" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">
${links(['Particuliers', 'Professionnels', 'Associations'], 'fr-nav__item')}</ul></nav></div></header>
<main id="main" role="main" class="fr-container"><nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list">
<li><a class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link" href="/particuliers/transports">Transports</a></li>
<li><a class="fr-breadcrumb__link" href="/particuliers/stationnement">Stationnement</a></li></ol></nav>
<div class="sp-article"><div class="fr-grid-row"><div class="fr-col-12 fr-col-md-8"><article>
<p class="fr-tag fr-tag--sm">Fiche pratique</p><h1 class="fr-h1" id="titlePage">${sTitle}</h1>
<p class="fr-text--xs" id="date">Vérifié le 02 mars 2026 - Direction de l’information administrative (Premier ministre)</p>
<div class="fr-callout sp-intro"><p class="fr-callout__text">${sIntro}</p></div>
<div class="fr-accordions-group"><section class="fr-accordion"><h2 class="fr-accordion__title"><button class="fr-accordion__btn" aria-expanded="true">
${sH1}</button></h2><div class="fr-collapse fr-collapse--expanded" id="sp-q1">${ps(sP1)}<ul class="fr-list">${lis(sL1)}</ul>${ps(sP2)}</div></section>
<section class="fr-accordion"><h2 class="fr-accordion__title"><button class="fr-accordion__btn" aria-expanded="false">${sH2}</button></h2>
<div class="fr-collapse" id="sp-q2">${ps(sP3)}
<h3 class="fr-h5">${sH3}</h3><div class="fr-table"><table><thead><tr><th scope="col">Document</th><th scope="col">Précisions</th></tr></thead>
<tbody>${sRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table></div></div></section>
<section class="fr-accordion"><h2 class="fr-accordion__title"><button class="fr-accordion__btn" aria-expanded="false">${sH4}</button></h2>
<div class="fr-collapse" id="sp-q3">${ps(sP4)}</div></section></div>
<div class="sp-service"><h2 class="fr-h4">Services en ligne et formulaires</h2><ul>${links(['Demande de carte de stationnement résidentiel'])}</ul></div>
<div class="sp-also"><h2 class="fr-h4">Et aussi</h2><ul>${links(sAlso)}</ul></div>
<div class="sp-feedback"><h2 class="fr-h5">Cette page vous a-t-elle été utile ?</h2><button class="fr-btn">Oui</button><button class="fr-btn">Non</button></div>
</article></div>
<div class="fr-col-12 fr-col-md-4"><aside class="sp-aside"><p class="fr-h6">Besoin d’aide ?</p>
<p>Pour toute question, contactez le service stationnement de votre mairie.</p></aside></div></div></div></main>
<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-footer__body"><p class="fr-footer__content-desc">Le portail des démarches
publiques est édité par la Direction de l’information administrative.</p></div><div class="fr-footer__bottom"><ul class="fr-footer__bottom-list">
${links(sFoot, 'fr-footer__bottom-item')}</ul><div class="fr-footer__bottom-copy"><p>Sauf mention explicite de propriété intellectuelle détenue par des tiers,
les contenus de ce site sont proposés sous licence etalab-2.0</p></div></div></footer></body></html>`;
const servicePublic: TestPage = {
  name: 'heldout244-servicepublic-dsfr-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3, sH4],
  body: texts([sIntro, ...sP1, ...sL1, ...sP2, ...sP3, ...sRows.flat(), ...sP4]),
  bylines: ['Vérifié le 02 mars 2026 - Direction de l’information administrative (Premier ministre)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Contenu', 'Menu', 'Pied de page', 'À propos des cookies sur demarches-publiques',
    'Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et les services disponibles sur ce site.', 'Tout accepter', 'Tout refuser',
    'Personnaliser', 'République Française', 'Portail Démarches Publiques', 'Le site officiel de l’administration', 'Espace connecté', 'Aide',
    'Particuliers', 'Professionnels', 'Associations', 'Accueil', 'Transports', 'Stationnement', 'Fiche pratique', 'Services en ligne et formulaires',
    'Demande de carte de stationnement résidentiel', 'Et aussi', ...sAlso, 'Cette page vous a-t-elle été utile ?', 'Oui', 'Non', 'Besoin d’aide ?',
    'Pour toute question, contactez le service stationnement de votre mairie.',
    'Le portail des démarches publiques est édité par la Direction de l’information administrative.', ...sFoot,
    'Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous licence etalab-2.0',
  ],
};

export const HELDOUT244_E: readonly TestPage[] = [servicePublic, medium];
