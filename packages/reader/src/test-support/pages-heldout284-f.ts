import { links, type TestPage } from './page-kit.js';
import { itCorriere } from './pages-heldout284-f2.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file f: a Brazilian Portuguese portal's article on a G1-style template rendered by a JavaScript
 * framework (the body a React root with data-block-type blocks and hashed class names, the __NEXT_DATA__ state script,
 * the globo.com header with the "menu" button and regional edition, content-head title and subtitle, content-publication-data
 * with "Por" author, source and dates, the share bar, content-media figures with description and credit, a "LEIA TAMBÉM"
 * list block, "VÍDEOS: mais assistidos" carousel, the "Veja também" feed, the LGPD cookie banner and the footer) and, from
 * file f2, an Italian daily's article on a Corriere-style template.
 */
const brTitle = 'Prefeitura de Vale do Jequiá proíbe carros no centro histórico aos domingos a partir de abril';
const brSub = 'Medida vale das 8h às 18h e inclui 14 ruas; comerciantes pedem exceção para entregas';
const brArt = art(
  [
    j(
      'A Prefeitura de Vale do Jequiá anunciou nesta terça-feira (10) que o centro histórico da cidade ficará fechado para carros',
      'aos domingos a partir de 5 de abril. A proibição vale das 8h às 18h e inclui 14 ruas ao redor da Praça da Matriz.',
    ),
    j(
      'Segundo o secretário de Mobilidade, Otávio Brandão Leme, o objetivo é devolver as ruas aos pedestres e incentivar o comércio',
      'local. "Nos domingos de teste, em dezembro, o movimento nas lojas e restaurantes cresceu mais de 30%", afirmou.',
    ),
    { h: 'O que muda' },
    {
      ul: [
        'carros particulares e motos não poderão circular nas 14 ruas do perímetro;',
        'moradores cadastrados poderão entrar e sair pela Rua do Rosário;',
        'ônibus municipais serão desviados para a Avenida Beira-Rio;',
        'ambulâncias, bombeiros e polícia continuam com acesso livre.',
      ],
    },
    j(
      'Quem desrespeitar a regra poderá ser multado em R$ 293,47 e perder sete pontos na carteira, como previsto no Código de',
      'Trânsito para circulação em área restrita. Agentes de trânsito vão ficar nos seis pontos de bloqueio.',
    ),
    { h: 'Comerciantes pedem exceção' },
    j(
      'A Associação Comercial do Centro apoia a medida, mas pede que caminhões de entrega possam circular até as 9h. A presidente',
      'da entidade, Lúcia Maranhão, diz que padarias e farmácias recebem mercadorias justamente no domingo de manhã.',
    ),
    j(
      'A prefeitura informou que vai avaliar o pedido e publicar as regras de carga e descarga até o fim de março. Também está',
      'prevista a instalação de bicicletários e de 40 bancos novos na Praça da Matriz.',
    ),
    { h: 'Experiência em outras cidades' },
    j(
      'Fechamentos parecidos já foram adotados em outras cidades médias da região, com resultados diferentes. Em Serra Alta, a',
      'medida foi suspensa após três meses por falta de estacionamento nas ruas vizinhas. Em Porto Claro, virou programa permanente',
      'e passou a incluir feiras de artesanato.',
    ),
    j(
      'Urbanistas ouvidos pela reportagem dizem que o sucesso depende de transporte público frequente no fim de semana e de',
      'estacionamentos na borda do centro. A prefeitura de Vale do Jequiá promete reforçar as linhas de domingo em 20%.',
    ),
  ],
  { p: ' class="content-text__container"', h: 'h2 class="content-intertitle"', li: ' class="content-unordered-list__item"' },
);
const blockType = (b: string): string => (b.startsWith('<h2') ? 'intertitle' : b.startsWith('<ul') ? 'unordered-list' : 'unstyled');
const brBlocks = brArt.html
  .split(/\n(?=<(?:p|h2|ul)[ >])/)
  .map((b) => `<div class="mc-column content-text active-extra-styles" data-block-type="${blockType(b)}">${b}</div>`)
  .join('\n');
const brRead = ['Centro histórico terá nova iluminação de LED', 'Feira de domingo na Praça da Matriz muda de horário'];
const brVideos = ['Vale do Jequiá testa domingo sem carros no centro', 'Ciclistas pedem ciclovia na Avenida Beira-Rio'];
const brFeed = ['Chuva forte alaga avenidas da Zona Norte', 'Festival de inverno divulga programação', 'Concurso da prefeitura tem 320 vagas'];
const brHtml = `<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>${brTitle} | Vale do Jequiá | Portal Tupi</title>
<meta name="description" content="${brSub}"><meta property="og:type" content="article"><meta name="cXenseParse:recs:publishtime" content="2026-03-10T11:32:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${brTitle}","alternativeHeadline":"${brSub}",
"datePublished":"2026-03-10T11:32:00.000Z","author":[{"@type":"Person","name":"Renata Sobral"}],
"publisher":{"@type":"Organization","name":"Portal Tupi"}}</script>
<link rel="preload" as="script" href="/_next/static/chunks/webpack-7c1e.js"><link rel="stylesheet" href="/_next/static/css/2a91f0e3b.css"></head>
<body class="body-materia"><div id="__next"><div class="css-1x8mwpq e1l8k5uf0"><header id="header-produto" class="header-produto">
<div class="header-menu"><button class="menu-button" aria-label="abrir menu">menu</button></div>
<a class="header-title-link" href="/sp/vale-do-jequia/"><span class="header-editoria--link">Vale do Jequiá</span></a>
<nav class="menu-rounded"><ul>${links(['Brasil', 'Economia', 'Política', 'Ciência', 'Educação', 'Meio Ambiente'], 'menu-item-link')}</ul></nav>
<a class="header-login" href="#">Minha conta</a></header>
<main class="css-9vbwe2 e19zb4po0"><div class="mc-article-header"><div class="title"><h1 class="content-head__title" itemprop="headline">${brTitle}</h1></div>
<div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">${brSub}</h2></div>
<div class="content-publication-data"><div class="content-publication-data__text"><p class="content-publication-data__from"
title="Renata Sobral, Portal Tupi Vale do Jequiá">Por Renata Sobral, Portal Tupi Vale do Jequiá</p>
<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2026-03-10T11:32:00.000Z">10/03/2026 08h32</time>
<span class="content-publication-data__updated-at">Atualizado há 2 horas</span></p></div></div>
<div class="content-share-bar"><button class="share-bar__item--facebook">Compartilhe no Facebook</button>
<button class="share-bar__item--whatsapp">Compartilhe no WhatsApp</button><button class="share-bar__item--x">Compartilhe no X</button></div></div>
<article itemprop="articleBody" class="mc-article-body"><div class="wall protected-content">
<div class="mc-column content-media content-media__image" data-block-type="backstage-photo"><figure class="content-media-figure">
<picture><img class="content-media-image" alt="" src="https://s2-portaltupi.example/img/2026/03/10/centro.jpg"></picture>
<figcaption class="content-media__container"><span class="content-media__description">Rua do Rosário, no centro histórico de Vale do Jequiá</span>
<span class="content-media__credit">— Foto: Arquivo/Prefeitura de Vale do Jequiá</span></figcaption></figure></div>
${brBlocks}
<div class="mc-column content-text" data-block-type="unstyled"><p class="content-text__container theme-color-primary-first-letter">
<strong>LEIA TAMBÉM:</strong></p></div>
<div class="mc-column" data-block-type="unordered-list"><ul class="content-unordered-list">${links(brRead, 'content-unordered-list__item')}</ul></div>
<div class="mc-column content-video" data-block-type="backstage-video"><div class="video-carousel">
<h2 class="video-carousel__title">VÍDEOS: mais assistidos</h2>
<ul>${links(brVideos, 'video-carousel__item')}</ul></div></div></div></article>
<section class="feed-veja-tambem"><h2 class="feed-title">Veja também</h2><ul>${links(brFeed, 'feed-post-body-title')}</ul></section></main>
<footer class="footer"><ul>${links(['Princípios editoriais', 'Política de privacidade', 'Termos de uso', 'Trabalhe conosco'], 'footer-link')}</ul>
<p class="footer__copyright">© Copyright 2000-2026 Portal Tupi. Todos os direitos reservados.</p></footer>
<div class="cookie-banner-lgpd"><p class="cookie-banner-lgpd_text-box">Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa
Política de Privacidade e, ao continuar navegando, você concorda com estas condições.</p>
<button class="cookie-banner-lgpd_accept-button">PROSSEGUIR</button></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"resource":{"id":"c8f1a2","type":"materia","section":"vale-do-jequia"}}},
"page":"/[...slug]","buildId":"k1o9Q2t"}</script><script src="/_next/static/chunks/main-2f8e.js" async></script></body></html>`;
const brG1: TestPage = {
  name: 'heldout284-portaltupi-g1-style-next-news',
  kind: 'news',
  html: brHtml,
  title: brTitle,
  headings: brArt.headings,
  body: [brSub, ...brArt.body],
  bylines: ['Por Renata Sobral, Portal Tupi Vale do Jequiá', '10/03/2026 08h32', 'Atualizado há 2 horas'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'menu', 'Brasil', 'Economia', 'Política', 'Ciência', 'Educação', 'Meio Ambiente', 'Minha conta', 'Compartilhe no Facebook', 'Compartilhe no WhatsApp',
    'Compartilhe no X', 'Rua do Rosário, no centro histórico de Vale do Jequiá', '— Foto: Arquivo/Prefeitura de Vale do Jequiá', 'LEIA TAMBÉM:', ...brRead,
    'VÍDEOS: mais assistidos', ...brVideos, 'Veja também', ...brFeed, 'Princípios editoriais', 'Política de privacidade', 'Termos de uso',
    'Trabalhe conosco', '© Copyright 2000-2026 Portal Tupi. Todos os direitos reservados.',
    j('Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar navegando,',
      'você concorda com estas condições.'),
    'PROSSEGUIR',
  ],
};

export const HELDOUT284_F: readonly TestPage[] = [brG1, itCorriere];
