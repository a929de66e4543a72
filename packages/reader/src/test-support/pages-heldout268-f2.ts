import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 268, file f2: an Arquivo.pt-style capture (Portuguese web archive, /wayback/ replay URLs) of an English-language
 * news article from a Portugal-based site: the archive's Portuguese toolbar (logo, search, capture date, "Ver todas as versões",
 * screenshot, print, share, technical details, help), then the site's header, menu, cookie notice, article with byline and
 * date, a caption, a "Related" box, a newsletter prompt, the most-read rail and footer.
 */
const ts = '20150312083015';
const orig = 'http://www.algarvecourier.pt/news/tavira-salt-pans-reserve/';
const title = 'Tavela salt pans to become protected reserve after ten-year campaign';
const p = [
  `The old salt pans east of Tavela will become a protected nature reserve under a decision signed by the regional environment
authority on Tuesday, ending a campaign by local residents and birdwatchers that began in 2005.`,
  `The 140-hectare site, where salt was harvested by hand until the 1980s, is one of the most important feeding grounds on the
southern coast for flamingos, avocets and black-winged stilts. Counts last winter recorded more than 2,000 flamingos on a
single day.`,
  `Under the new status, building will be banned within 200 metres of the pans and the sluice gates that control the water level
will be repaired and managed for wildlife. Two of the old pans will return to traditional salt production, run by a
co-operative of former salt workers and their families.`,
  `"My grandfather worked these pans," said co-operative member Rosa Mendonça. "People thought the salt was finished here. Now
our children will learn how it was done, and the birds keep their home."`,
  `The campaign group Amigos das Salinas collected more than 11,000 signatures and, in 2012, commissioned a survey of the site's
birds and plants that was later used in the official assessment.`,
  `The group's chairman, retired teacher Jorge Baptista, said the hardest part was yet to come. "A reserve on paper is not enough.
We need wardens, repaired paths and signs that ask people to keep their dogs on a lead during the nesting season."`,
  `Not everyone welcomed the decision. A group of landowners to the north of the pans had hoped to build holiday apartments on
the edge of the site and said they would consider an appeal.`,
  `The environment authority said a management plan would be published for public comment within six months. A visitor hide
and a short boardwalk from the Tavela ferry landing are expected to open next spring.`,
];
const bar = [
  'Arquivo.pt',
  'Pesquisar',
  '12 Março 2015',
  'Ver todas as versões',
  'Captura de ecrã',
  'Imprimir',
  'Partilhar',
  'Detalhes técnicos',
  'Ajuda',
  'Versão arquivada de',
];
const menu = ['Home', 'Algarve', 'Portugal', 'Property', 'Lifestyle', 'Events'];
const most = ['New roundabout for EN125 at Olhão junction', 'Loulé market reopens after renovation', 'Water restrictions lifted in Monchique'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Algarve Courier</title>
<script>var ARQUIVO = {"timestamp":"${ts}","url":"${orig}","lang":"pt"};</script>
<link rel="stylesheet" href="https://arquivo.pt/static/css/replay-toolbar.css">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2015-03-11T17:40:00+00:00">
<link rel="stylesheet" href="https://arquivo.pt/wayback/${ts}cs_/http://www.algarvecourier.pt/wp-content/themes/courier/style.css"></head>
<body class="single single-post">
<div id="replay-toolbar" class="arquivo-toolbar" lang="pt-PT"><a href="https://arquivo.pt/" class="arquivo-logo" title="Arquivo.pt">${bar[0]}</a>
<form action="https://arquivo.pt/page/search" class="arquivo-search"><input type="text" name="query" value="${orig}"><button type="submit">
${bar[1]}</button></form>
<span class="arquivo-version">${bar[9]} <a href="${orig}">${orig}</a></span> <span class="arquivo-date">${bar[2]}</span>
<ul class="arquivo-actions"><li><a href="https://arquivo.pt/page/search?query=${orig}">${bar[3]}</a></li><li><a href="#">${bar[4]}</a></li>
<li><a href="#" onclick="window.print()">${bar[5]}</a></li><li><a href="#">${bar[6]}</a></li><li><a href="#">${bar[7]}</a></li>
<li><a href="https://sobre.arquivo.pt/pt/ajuda/">${bar[8]}</a></li></ul></div>
<div id="cookie-notice" class="cn-bottom"><span id="cn-notice-text">We use cookies to ensure that we give you the best experience on our website.</span>
<a href="#" id="cn-accept-cookie" class="cn-button">Ok</a> <a href="#" class="cn-more-info">Read more</a></div>
<header class="site-header"><a href="https://arquivo.pt/wayback/${ts}/http://www.algarvecourier.pt/" class="logo">Algarve Courier</a>
<p class="tagline">English news from the south of Portugal</p><nav class="main-menu"><ul>${links(menu)}</ul></nav></header>
<div class="container"><main class="content"><article class="post">
<h1 class="entry-title">${title}</h1><div class="entry-meta"><span class="author">By Helen Carvalho-Bright</span>
<span class="date">March 11, 2015</span> <span class="cat"><a href="#">Algarve</a></span></div>
<div class="entry-content"><div class="wp-caption aligncenter"><img src="https://arquivo.pt/wayback/${ts}im_/http://www.algarvecourier.pt/salt.jpg" alt="">
<p class="wp-caption-text">Flamingos feeding on the Tavela pans in January. Photo: Amigos das Salinas</p></div>
${ps(p.slice(0, 4))}
<div class="related-box"><h4>Related</h4><ul>${links(['Flamingo numbers hit record on the Ria', 'Salt museum planned for old factory'])}</ul></div>
${ps(p.slice(4))}
</div><div class="newsletter"><p>Get the Courier free in your inbox every Friday.</p><a href="#">Sign up</a></div></article></main>
<aside class="sidebar"><div class="widget"><h3 class="widget-title">Most Read</h3><ol>${links(most)}</ol></div></aside></div>
<footer class="site-footer"><p>© 2015 Algarve Courier. Registered with the ERC.</p><ul>${links(['Advertise', 'Contact', 'Privacy'])}</ul></footer>
</body></html>`;
export const arquivo: TestPage = {
  name: 'heldout268-arquivo-pt-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(p),
  bylines: ['By Helen Carvalho-Bright', 'March 11, 2015'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bar, orig, 'We use cookies to ensure that we give you the best experience on our website.', 'Read more', 'Algarve Courier',
    'English news from the south of Portugal', ...menu, 'Flamingos feeding on the Tavela pans in January. Photo: Amigos das Salinas', 'Related',
    'Flamingo numbers hit record on the Ria', 'Salt museum planned for old factory', 'Get the Courier free in your inbox every Friday.', 'Sign up',
    'Most Read', ...most, '© 2015 Algarve Courier. Registered with the ERC.', 'Advertise', 'Contact', 'Privacy',
  ],
};
