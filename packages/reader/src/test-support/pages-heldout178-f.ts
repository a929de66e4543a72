import { links, ps, type TestPage, texts } from './page-kit.js';
import { cpCityNews } from './pages-heldout178-f2.js';

/**
 * Held-out batch 178, file f: an Agência Brasil English story on agenciabrasil.ebc.com.br/en, a Drupal site (the gov.br
 * federal bar, the EBC header with language links and the section menu, the category label, the h1 and its "linha fina"
 * subtitle, the reporter line, the "Published on" date and place, the share links, a photo with its "/Agência Brasil"
 * credit inside the text, the "Translation" and "Edition" lines and the Creative Commons notice after it, tags, "Related
 * stories", the "Most read" block and the EBC footer) and, from file f2, a Canadian Press story on a partner site.
 */
const abTitle = 'Amazon river communities get floating health units ahead of dry season';
const abSub = ['Four boats with doctors, dentists and a small lab will visit 140 riverside villages every two months'];
const abP1 = [
  'Four floating health units began operating on Monday (Nov. 3) along tributaries of the Amazon River in the state of Amazonas, ' +
    'bringing doctors, nurses, dentists, and basic laboratory services to about 140 riverside communities, the Ministry of Health ' +
    'announced.',
  'Each boat is 24 meters long and has two consultation rooms, a dental office, a vaccination room, a pharmacy, and a small ' +
    'laboratory able to run blood, urine, and malaria tests. The units will visit each community every two months, staying ' +
    'between one and three days depending on the number of residents.',
  'According to the ministry, the boats will serve roughly 38,000 people who live in areas where the nearest health center ' +
    'can be up to two days away by canoe. During the dry season, which usually lasts from September to December, low water ' +
    'levels make some of these journeys impossible.',
];
const abCaption = 'Riverside residents wait for consultations aboard a floating health unit in Amazonas - Raimundo Farias/Agência Brasil';
const abP2 = [
  '&quot;Last year, with the severe drought, many communities were cut off for weeks. People with chronic diseases could not ' +
    'get their medicine, and pregnant women could not attend prenatal visits,&quot; said Secretary of Primary Health Care ' +
    'Ana Lúcia Pereira during the launch in the town of Porto Jacaré.',
  'The boats have a draft of just 80 centimeters, allowing them to navigate shallow stretches of river that larger vessels ' +
    'cannot reach. They also carry satellite internet equipment, so that doctors on board can hold video consultations with ' +
    'specialists in the state capital.',
  'The investment totaled R$31 million, including the construction of the boats and the first year of operation, and was ' +
    'financed by the federal government in partnership with the state and four municipalities.',
  'Local health workers who live in the communities will be responsible for scheduling appointments before each visit and ' +
    'following up with patients between trips, the ministry explained.',
  'The ministry plans to add six more floating units in the states of Pará and Amazonas by the end of 2026.',
];
const abGov = ['gov.br', 'Órgãos do Governo', 'Acesso à Informação', 'Legislação', 'Acessibilidade'];
const abLangs = ['Português', 'English', 'Español'];
const abNav = ['Politics', 'Economy', 'General', 'Human Rights', 'Health', 'Education', 'International', 'Environment', 'Sports', 'Culture'];
const abShare = ['Facebook', 'X', 'WhatsApp', 'Telegram', 'LinkedIn'];
const abCc = 'Content published by Agência Brasil may be reproduced, provided the source is credited. Creative Commons - CC BY 4.0';
const abTags = ['health', 'Amazon', 'riverside communities', 'drought'];
const abRelated = [
  'Drought: federal government sends water and food to isolated Amazon towns',
  'Vaccination campaign reaches Indigenous villages by river',
  'Brazil to train 5,000 community health workers in the North region',
];
const abMost = ['Central bank keeps benchmark interest rate unchanged', 'Enem exam: see what you can bring on test day', 'Rio carnival parade order announced'];
const abFoot = ['About Agência Brasil', 'Expedient', 'Contact', 'EBC', 'TV Brasil', 'Rádios EBC', 'Ombudsman', 'Privacy Policy'];
const abHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Amazon river communities get floating health units ahead of dry season | Agência Brasil</title>
<meta name="description" content="${abSub[0]}"><meta property="og:site_name" content="Agência Brasil"><meta property="og:type" content="article">
<meta property="og:title" content="${abTitle}"><meta property="article:published_time" content="2025-11-03T17:04:00-03:00">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://agenciabrasil.ebc.com.br/en/saude/noticia/2025-11/amazon-river-communities-get-floating-health-units">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${abTitle}",
"datePublished":"2025-11-03T17:04:00-0300",
"author":{"@type":"Person","name":"Luciana Moraes"},"publisher":{"@type":"Organization","name":"Agência Brasil"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yx7Qp.css"><script src="https://barra.sistema.gov.br/v1/barra.js" defer></script></head>
<body class="path-node page-node-type-noticia">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="barra-brasil"><ul class="list">${links(abGov)}</ul></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header-ebc"><div class="container"><a class="logo" href="/en"><img src="/themes/custom/agenciabrasil/logo.svg" alt="Agência Brasil"></a>
<ul class="idiomas">${links(abLangs)}</ul><nav class="menu-principal" role="navigation" aria-label="Main menu">
<ul class="menu">${links(abNav, 'menu-item')}</ul></nav>
</div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="container"><div class="row"><div class="col-md-8">
<article role="article" class="node node--type-noticia node--view-mode-full"><div class="editoria"><a href="/en/saude">Health</a></div>
<h1 class="titulo-materia"><span class="field field--name-title">${abTitle}</span></h1>
<div class="linha-fina-noticia">${ps(abSub)}</div>
<div class="autor-noticia"><span class="autor">Luciana Moraes - Reporter for Agência Brasil</span></div>
<div class="data-hora"><span>Published on 03/11/2025 - 17:04</span> <span class="local">Brasília</span></div>
<div class="compartilhar"><span>Share</span>${links(abShare, 'share')}</div>
<div class="conteudo-noticia field field--name-body field--type-text-with-summary">
${ps(abP1)}
<div class="media-foto"><img src="https://imagens.ebc.com.br/flutuante.jpg?itok=q1Xr" alt="${abCaption}"><p class="legenda">${abCaption}</p></div>
${ps(abP2)}
</div>
<div class="creditos-noticia"><p>Translation: Fábio Lisboa</p><p>Edition: Graça Adjuto</p></div>
<div class="licenca-cc"><p>${abCc}</p></div>
<div class="tags"><span class="tags-label">Tags:</span><ul>${links(abTags)}</ul></div></article>
<section class="relacionadas"><h2>Related stories</h2><ul>${links(abRelated)}</ul></section></div>
<aside class="col-md-4"><section class="mais-lidas"><h2>Most read</h2><ol>${links(abMost)}</ol></section></aside></div></div></main>
<footer class="footer-ebc"><div class="container"><ul class="menu-rodape">${links(abFoot)}</ul>
<p class="endereco">Empresa Brasil de Comunicação - EBC</p></div></footer></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/themes/custom/agenciabrasil/js/main.js"></script></body></html>`;
const agenciaBrasilNews: TestPage = {
  html: abHtml,
  name: 'heldout178-agenciabrasil-news',
  kind: 'news',
  // the "linha fina" subtitle is body; the reporter, date, place, translation and edition lines are bylines
  title: abTitle,
  headings: [],
  body: texts([...abSub, ...abP1, ...abP2]),
  bylines: [
    'Luciana Moraes - Reporter for Agência Brasil',
    'Published on 03/11/2025 - 17:04',
    'Brasília',
    'Translation: Fábio Lisboa',
    'Edition: Graça Adjuto',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...abGov, ...abLangs, ...abNav, 'Share', ...abShare, abCaption, abCc, 'Tags:', ...abTags, 'Related stories', ...abRelated,
    'Most read', ...abMost, ...abFoot, 'Empresa Brasil de Comunicação - EBC',
  ],
};

export const HELDOUT178_F: readonly TestPage[] = [agenciaBrasilNews, cpCityNews];
