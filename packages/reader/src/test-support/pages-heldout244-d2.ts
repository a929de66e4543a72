import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file d2: a Spanish travel blog on Blogger (classic "Simple"-style layout: navbar iframe stub, the
 * header widget, the PageList tabs, date-header, post-outer with post-title, post-body and post-footer with author,
 * timestamp, labels and share buttons, the comments block with the Blogger comment form note, blog-pager links, the
 * sidebar with Profile, PopularPosts, BlogArchive and Followers widgets, the EU cookie notice and the attribution).
 */
const bTitle = 'Tres días en el valle de Arbeiza: ruta, alojamientos y presupuesto';
const bP1 = [
  j(
    'Llevábamos años oyendo hablar del valle de Arbeiza y por fin, aprovechando el puente de mayo, nos escapamos con la',
    'furgoneta. Es un valle estrecho, con pueblos de piedra colgados de las laderas y un río que en primavera baja con',
    'muchísima agua. Os cuento cómo lo organizamos, dónde dormimos y cuánto nos gastamos.',
  ),
];
const bH1 = 'Día 1: Zuriain y el mirador de Peña Alta';
const bP2 = [
  j(
    'Llegamos a Zuriain a media mañana. El pueblo se recorre en una hora: la iglesia románica, el puente medieval y la calle',
    'mayor con sus balcones de madera. Después de comer subimos al mirador de Peña Alta por la pista forestal; son unos',
    '40 minutos a pie desde el aparcamiento y las vistas del valle al atardecer compensan cada cuesta.',
  ),
];
const bH2 = 'Día 2: la senda del río y las cascadas de Ollarra';
const bP3 = [
  j(
    'La ruta estrella del valle es la senda que sigue el río desde Ibarrola hasta las cascadas de Ollarra. Son 11 kilómetros',
    'ida y vuelta, sin apenas desnivel, aunque hay tramos con barro. Con el caudal de mayo, la última cascada era',
    'impresionante. Llevad calzado que se pueda mojar, porque hay que cruzar dos arroyos sin puente.',
  ),
  j(
    'Comimos en la única taberna de Ibarrola, donde sirven un menú del día casero por 16 euros. Reservad, porque los fines de',
    'semana se llena de senderistas.',
  ),
];
const bH3 = 'Día 3: mercado de Lekaroz y vuelta';
const bP4 = [
  j(
    'El domingo hay mercado en Lekaroz, el pueblo más grande del valle. Compramos queso de oveja, miel y pan de horno de leña',
    'para el camino de vuelta. Si os sobra tiempo, el pequeño museo etnográfico (entrada gratuita) merece una visita rápida.',
  ),
];
const bH4 = 'Cuánto nos gastamos';
const bCost = ['Gasolina: 95 euros', 'Área de autocaravanas (2 noches): 24 euros', 'Comidas fuera: 78 euros', 'Mercado y compras: 41 euros'];
const bP5 = [
  j(
    'En total, unos 238 euros para dos personas. Si no viajáis en furgoneta, hay un par de casas rurales en Zuriain desde 70',
    'euros la noche, con desayuno incluido y aparcamiento gratuito. ¿Conocéis el valle? ¡Contadme en los comentarios qué más nos perdimos!',
  ),
];
const bComments = [
  'Qué buena pinta. Nosotros fuimos en octubre y los colores del bosque eran increíbles. Apunto lo de la taberna de Ibarrola.',
  '¡Gracias Marta! En otoño tiene que estar precioso, habrá que repetir.',
];
const bPages = ['Inicio', 'Destinos', 'Rutas en furgo', 'Sobre nosotros'];
const bPopular = ['Cinco pueblos con encanto en la costa de Lugarda', 'Cómo camperizar una furgoneta con 3.000 euros'];
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="es" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://mochilaybrujula.blogspot.example/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://mochilaybrujula.blogspot.example/2026/05/tres-dias-valle-arbeiza.html" rel="canonical">
<title>Mochila y Brújula: ${bTitle}</title><meta content="${bTitle}" property="og:title">
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css">
<script type="text/javascript">window._blogger_ccp_data={"clientSideCookieConsent":true};</script></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1">
<iframe src="https://www.blogger.example/navbar/1234" height="30" width="100%" title="Barra de navegación"></iframe></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer">
<div class="region-inner header-inner"><div class="header section" id="header">
<div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">Mochila y Brújula</a></h1></div>
<div class="descriptionwrapper"><p class="description">
<span>Viajes lentos, rutas a pie y escapadas en furgoneta</span></p></div></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><div class="widget-content"><ul>
${links(bPages)}</ul></div></div></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>martes, 12 de mayo de 2026</span></h2><div class="date-posts">
<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<a name="7781203344556677889"></a><h3 class="post-title entry-title" itemprop="name">${bTitle}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-7781203344556677889" itemprop="description articleBody">
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/img/arbeiza.jpg"
style="margin-left: 1em; margin-right: 1em;">
<img border="0" height="400" src="https://blogger.googleusercontent.example/img/arbeiza-s640.jpg" width="640"></a></div>
<div style="text-align: center;"><i>El valle de Arbeiza desde el mirador de Peña Alta</i></div><br>
${bP1.map((p) => `<div style="text-align: justify;">${p}</div><br>`).join('\n')}
<h3>${bH1}</h3>
${ps(bP2)}
<h3>${bH2}</h3>
${ps(bP3)}
<h3>${bH3}</h3>
${ps(bP4)}
<h3>${bH4}</h3>
<ul>${lis(bCost)}</ul>
${ps(bP5)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Publicado por
<span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.example/profile/0912"
rel="author" title="author profile"><span itemprop="name">Iker y Marta</span></a></span></span>
<span class="post-timestamp">en <a class="timestamp-link" href="/2026/05/tres-dias.html" rel="bookmark"><abbr class="published" itemprop="datePublished"
title="2026-05-12T19:30:00+02:00">19:30</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="#comments">2 comentarios</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="Enviar por correo electrónico">
<span class="share-button-link-text">Enviar por correo electrónico</span></a><a class="goog-inline-block share-button sb-blog" href="#">
<span class="share-button-link-text">Escribe un blog</span></a><a class="goog-inline-block share-button sb-twitter" href="#">
<span class="share-button-link-text">Compartir en X</span></a><a class="goog-inline-block share-button sb-facebook" href="#">
<span class="share-button-link-text">Compartir con Facebook</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Etiquetas: <a href="/search/label/Navarra" rel="tag">Navarra</a>,
<a href="/search/label/Rutas" rel="tag">Rutas</a>, <a href="/search/label/furgoneta" rel="tag">furgoneta</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 comentarios:</h4><div class="comments-content"><div class="comment-thread"><ol>
<li class="comment" id="c4411"><div class="comment-block"><div class="comment-header"><cite class="user">Marta Gil</cite>
<span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c4411">13 de mayo de 2026, 9:02</a></span></div>
<p class="comment-content">${bComments[0]}</p><span class="comment-actions secondary-text"><a class="comment-reply">Responder</a></span></div></li>
<li class="comment" id="c4412"><div class="comment-block"><div class="comment-header"><cite class="user blog-author">Iker y Marta</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#c4412">13 de mayo de 2026, 12:15</a></span></div>
<p class="comment-content">${bComments[1]}</p></div></li></ol></div></div>
<p class="comment-footer"><a href="https://www.blogger.example/comment/fullpage/post/77">Publicar un comentario</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Entrada más reciente</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Entrada antigua</a></span><a class="home-link" href="/">Página principal</a></div>
<div class="blog-feeds">
<div class="feed-links">Suscribirse a: <a class="feed-link" href="/feeds/7781/comments/default">Enviar comentarios (Atom)</a></div></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" id="Profile1"><h2>Datos personales</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data">
<a class="profile-name-link g-profile" href="#">Iker y Marta</a></dt>
<dd class="profile-textblock">Dos viajeros de Pamplona que recorren el norte en una furgoneta de 2009.</dd>
</dl><a class="profile-link" href="#" rel="author">Ver todo mi perfil</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>Entradas populares</h2><div class="widget-content popular-posts"><ul>${links(bPopular)}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Archivo del blog</h2><div class="widget-content"><ul class="hierarchy">
<li class="archivedate expanded"><a class="post-count-link" href="/2026/">2026</a> <span class="post-count" dir="ltr">(14)</span></li>
<li class="archivedate collapsed"><a class="post-count-link" href="/2025/">2025</a> <span class="post-count" dir="ltr">(31)</span></li></ul></div></div>
<div class="widget Followers" id="Followers1"><h2 class="title">Seguidores</h2></div></div></aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">
Tema Sencillo. Con la tecnología de <a href="https://www.blogger.example" target="_blank">Blogger</a>.</div></div></div></footer></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner">
<span class="cookie-choices-text">Este sitio utiliza cookies de Google para
prestar sus servicios y analizar su tráfico.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button" href="#">Más información</a>
<a id="cookieChoiceDismiss" class="cookie-choices-button" href="#">Entendido</a></span></div></div>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5';
_WidgetManager._Init('//www.blogger.example/rearrange?blogID=7781','//mochilaybrujula.blogspot.example/');</script>
</body></html>`;
export const blogger: TestPage = {
  name: 'heldout244-blogger-travel-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3, bH4],
  body: texts([...bP1, ...bP2, ...bP3, ...bP4, ...bCost, ...bP5]),
  bylines: ['martes, 12 de mayo de 2026', 'Publicado por', 'Iker y Marta', '19:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mochila y Brújula', 'Viajes lentos, rutas a pie y escapadas en furgoneta', ...bPages, 'El valle de Arbeiza desde el mirador de Peña Alta',
    '2 comentarios', 'Enviar por correo electrónico', 'Escribe un blog', 'Compartir en X', 'Compartir con Facebook', 'Etiquetas:', 'Navarra', 'Rutas',
    '2 comentarios:', 'Marta Gil', '13 de mayo de 2026, 9:02', ...bComments, 'Responder', '13 de mayo de 2026, 12:15', 'Publicar un comentario',
    'Entrada más reciente', 'Entrada antigua', 'Página principal', 'Suscribirse a:', 'Enviar comentarios (Atom)', 'Datos personales',
    'Dos viajeros de Pamplona que recorren el norte en una furgoneta de 2009.', 'Ver todo mi perfil', 'Entradas populares', ...bPopular,
    'Archivo del blog', '(14)', '(31)', 'Seguidores', 'Tema Sencillo. Con la tecnología de Blogger.',
    'Este sitio utiliza cookies de Google para prestar sus servicios y analizar su tráfico.', 'Más información', 'Entendido',
  ],
};
