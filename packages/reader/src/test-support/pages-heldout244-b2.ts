import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file b2: a Brazilian Portuguese news portal on a G1-style template (Globo bar, regional menu,
 * LGPD cookie banner, header with regional label, subtitle, "Por ..., Portal Vozes do Sul" byline with publication and
 * update times, share bar, content-media photos with description, "VEJA TAMBÉM" and "LEIA TAMBÉM" inline blocks, a
 * video block, a "Veja mais notícias da região" line, the "Mais lidas" rail and the footer).
 */
const gTitle = 'Ponte sobre o Rio Taquaruçu é liberada após 11 meses de obras em Itaperuna do Sul';
const gSub = 'Estrutura foi interditada em abril do ano passado depois que a cheia danificou dois pilares. Tráfego de caminhões segue proibido até junho.';
const gP1 = [
  j(
    'A ponte sobre o Rio Taquaruçu, na rodovia estadual que liga Itaperuna do Sul a Campo Alegre da Serra, foi liberada para',
    'carros e motos na manhã desta sexta-feira (10). A estrutura estava interditada desde abril de 2025, quando a maior cheia',
    'dos últimos 30 anos arrastou troncos e entulho contra os pilares centrais.',
  ),
  j(
    'Durante os 11 meses de obras, motoristas precisaram usar um desvio de 47 quilômetros por estradas de terra. Segundo a',
    'prefeitura, o tempo de viagem entre as duas cidades chegava a dobrar em dias de chuva.',
  ),
];
const gH1 = 'O que foi feito';
const gP2 = [
  j(
    'De acordo com o Departamento de Estradas de Rodagem (DER), os dois pilares danificados foram reforçados com camisas de',
    'concreto armado e novas estacas, cravadas a 18 metros de profundidade. O tabuleiro também recebeu juntas de dilatação',
    'novas e um guarda-corpo metálico.',
  ),
  'O investimento total foi de R$ 14,2 milhões, pagos com recursos do estado e de um convênio com o governo federal.',
  j(
    '“A ponte antiga foi construída nos anos 1970 para um volume de tráfego muito menor. Agora ela está preparada para',
    'mais 50 anos”, afirmou o engenheiro responsável pela obra, Vinícius Albuquerque.',
  ),
];
const gH2 = 'Caminhões só em junho';
const gP3 = [
  j(
    'Apesar da liberação, veículos com mais de 12 toneladas continuam proibidos de atravessar a ponte. O DER informou que a',
    'prova de carga, em que caminhões carregados com areia são estacionados sobre a estrutura para medir a deformação, está',
    'marcada para o fim de maio.',
  ),
  j(
    'A restrição preocupa produtores de leite e de banana da região, que dependem da rodovia para escoar a produção. A',
    'cooperativa local estima gastar R$ 80 mil por mês a mais com o frete pelo desvio.',
  ),
  j(
    'A prefeita de Itaperuna do Sul, Rosângela Matos, disse que vai pedir ao estado que antecipe o teste. “Cada semana de',
    'espera pesa no bolso de quem produz”, declarou.',
  ),
];
const gNav = ['Agro', 'Economia', 'Educação', 'Política', 'Saúde', 'Previsão do tempo', 'Vagas de emprego'];
const gTop = ['Portal Vozes do Sul', 'Esporte', 'Entretenimento', 'Receitas', 'Assine'];
const gMore = [
  'Frente fria deve trazer chuva forte para o Vale do Taquaruçu no fim de semana',
  'Vacinação contra a gripe é ampliada para todas as idades na região',
  'Feira do produtor volta à praça central de Campo Alegre da Serra',
];
const gFoot = ['Política de privacidade', 'Termos de uso', 'Fale conosco', 'Trabalhe conosco', 'Anuncie conosco'];
const gHtml = `<!DOCTYPE html>
<html lang="pt-br"><head><meta charset="utf-8"><title>${gTitle} | Vale do Taquaruçu | Portal Vozes do Sul</title>
<meta name="description" content="${gSub}"><meta property="og:site_name" content="Portal Vozes do Sul">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://vozesdosul.example/vale-do-taquarucu/noticia/2026/04/10/ponte.ghtml">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}","alternativeHeadline":"${gSub}",
"datePublished":"2026-04-10T09:41:00.000Z","dateModified":"2026-04-10T12:05:00.000Z","author":{"@type":"Organization","name":"Portal Vozes do Sul"}}</script>
<script>window.cdaaas={SETTINGS:{SITE_ID:"vozes",CHANNEL:"vale-do-taquarucu"}};window.glb={tenantId:"vozes",isArticle:true};</script></head>
<body class="glb-body theme-vozes">
<div id="barra-globocom" class="barra-globocom"><ul class="barra-itens">${links(gTop, 'barra-item')}</ul></div>
<header id="header-produto" class="header-produto"><button class="header-menu" aria-label="menu">MENU</button>
<a class="header-editoria--link" href="/vale-do-taquarucu/">Vale do Taquaruçu</a>
<nav class="menu-rounded"><ul>${links(gNav, 'menu-rounded-item')}</ul></nav></header>
<main class="mc-body theme"><div class="mc-article-header"><div class="title"><h1 class="content-head__title" itemprop="headline">${gTitle}</h1></div>
<div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">${gSub}</h2></div>
<div class="content-publication-data"><div class="content-publication-data__from">
<p class="content-publication-data__from" title="Por Larissa Fagundes, Portal Vozes do Sul — Itaperuna do Sul">
Por Larissa Fagundes, Portal Vozes do Sul — Itaperuna do Sul</p></div>
<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2026-04-10T09:41:00.000Z">10/04/2026 06h41</time>
<span class="content-publication-data__separator">· Atualizado</span> <time itemprop="dateModified">há 3 horas</time></p></div>
<div class="content-share"><ul>${links(['Compartilhar no Facebook', 'Compartilhar no WhatsApp', 'Compartilhar no X'], 'content-share__item')}</ul></div></div>
<article itemprop="articleBody" class="mc-article-body"><div class="mc-column content-text active-extra-styles">
${ps(gP1, ' class="content-text__container"')}
</div>
<div class="mc-column content-media content-media__image"><figure class="content-media-figure"><img src="https://s2.vozesdosul.example/ponte.jpg"
alt="Ponte liberada" width="900"><figcaption><p class="content-media__description">Ponte sobre o Rio Taquaruçu foi liberada nesta sexta-feira
(10) — Foto: Reprodução/Prefeitura de Itaperuna do Sul</p></figcaption></figure></div>
<div class="mc-column content-text"><div class="content-unordered-list"><p class="content-text__container"><strong>VEJA TAMBÉM:</strong></p>
<ul>${links(gMore.slice(0, 2), 'content-list__item')}</ul></div></div>
<div class="mc-column content-intertitle"><h2>${gH1}</h2></div>
<div class="mc-column content-text">${ps(gP2, ' class="content-text__container"')}</div>
<div class="mc-column content-video"><div class="video-player"><p class="content-video__title">Vídeo: veja imagens da ponte liberada</p>
<p class="content-video__duration">01:42</p></div></div>
<div class="mc-column content-intertitle"><h2>${gH2}</h2></div>
<div class="mc-column content-text">${ps(gP3, ' class="content-text__container"')}
<p class="content-text__container"><strong>LEIA TAMBÉM:</strong> <a href="/feira.ghtml">${gMore[2]}</a></p>
<p class="content-text__container"><em>Veja mais notícias da região no Portal Vozes do Sul Vale do Taquaruçu</em></p></div>
</article>
<div class="content-publicidade"><span class="tag-publicidade">PUBLICIDADE</span></div>
<aside class="mais-lidas"><h3 class="mais-lidas__title">Mais lidas</h3><ol>${links(
  ['Acidente entre ônibus e carreta deixa feridos na rodovia do Vale', 'Concurso da prefeitura de Campo Alegre abre 120 vagas'],
  'mais-lidas__item',
)}</ol></aside></main>
<div id="cookie-banner-lgpd" class="cookie-banner-lgpd"><p class="cookie-banner-lgpd_text-box">Utilizamos cookies essenciais e tecnologias semelhantes de
acordo com a nossa Política de Privacidade e, ao continuar navegando, você concorda com estas condições.</p>
<button class="cookie-banner-lgpd_accept-button">PROSSEGUIR</button></div>
<footer class="footer"><ul>${links(gFoot, 'footer__item')}</ul><p>© Copyright 2000-2026 Portal Vozes do Sul. Todos os direitos reservados.</p></footer>
</body></html>`;
export const g1: TestPage = {
  name: 'heldout244-g1-globo-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2],
  body: texts([gSub, ...gP1, ...gP2, ...gP3]),
  bylines: ['Por Larissa Fagundes, Portal Vozes do Sul — Itaperuna do Sul', '10/04/2026 06h41', '· Atualizado', 'há 3 horas'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gTop, 'MENU', 'Vale do Taquaruçu', ...gNav, 'Compartilhar no Facebook', 'Compartilhar no WhatsApp', 'Compartilhar no X',
    'Ponte sobre o Rio Taquaruçu foi liberada nesta sexta-feira (10) — Foto: Reprodução/Prefeitura de Itaperuna do Sul', 'VEJA TAMBÉM:', ...gMore,
    'Vídeo: veja imagens da ponte liberada', '01:42', 'LEIA TAMBÉM:', 'Veja mais notícias da região no Portal Vozes do Sul Vale do Taquaruçu',
    'PUBLICIDADE', 'Mais lidas', 'Acidente entre ônibus e carreta deixa feridos na rodovia do Vale', 'Concurso da prefeitura de Campo Alegre abre 120 vagas',
    j(
      'Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa',
      'Política de Privacidade e, ao continuar navegando, você concorda com estas condições.',
    ),
    'PROSSEGUIR', ...gFoot, '© Copyright 2000-2026 Portal Vozes do Sul. Todos os direitos reservados.',
  ],
};
