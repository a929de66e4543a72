import { links, ps, type TestPage, texts } from './page-kit.js';
import { funke } from './pages-heldout244-a2.js';
import { j, lis } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file a: a Spanish regional daily on a Vocento-style template (top bar with edition and subscription
 * links, section menu, Didomi consent banner, breadcrumb, antetítulo, subtítulo, author block with date and reading time,
 * share bar, main figure with caption and credit, "Más información" inline promo, premium newsletter box, tags, "Te puede
 * interesar" rail, comments counter and footer) and, from file a2, a German local news site on a Funke-style template.
 */
const vTitle = 'El embalse de Valdemora supera el 80% de su capacidad por primera vez en seis años';
const vSub = 'Las lluvias de marzo devuelven la reserva a niveles de 2020 y la Confederación descarta restricciones para el regadío esta campaña';
const vP1 = [
  j(
    'El embalse de Valdemora, que abastece a más de 140.000 vecinos de la comarca del Alto Duero, alcanzó este lunes el 81,4% de',
    'su capacidad, una cifra que no se registraba desde la primavera de 2020. Las precipitaciones acumuladas durante marzo, casi el',
    'doble de la media histórica, han permitido recuperar en apenas cuatro semanas lo que se había perdido en dos veranos secos.',
  ),
  j(
    'Según los datos publicados por la Confederación Hidrográfica, la reserva almacena ahora 212 hectómetros cúbicos, frente a los',
    '118 de hace un año. El director técnico del organismo, Ramiro Celada, explicó que el deshielo de las próximas semanas',
    'podría elevar todavía dos o tres puntos el nivel antes de que empiece la temporada de riego.',
  ),
];
const vH1 = 'Sin restricciones para los regantes';
const vP2 = [
  j(
    'La consecuencia más inmediata es que la comunidad de regantes del canal de Valdemora podrá trabajar este año con la dotación',
    'completa de 6.000 metros cúbicos por hectárea. En 2024 y 2025 la asignación se redujo a la mitad, lo que obligó a muchos',
    'agricultores a renunciar al maíz y a sembrar cereal de secano.',
  ),
  j(
    '«Es la primera vez en mucho tiempo que podemos planificar la campaña con tranquilidad», señaló la presidenta de la comunidad,',
    'Aurora Peñalver, que recordó que unas 2.300 explotaciones dependen del canal. La junta de gobierno se reunirá el jueves para',
    'aprobar el calendario de turnos.',
  ),
];
const vH2 = 'Los datos de la cuenca';
const vP3 = [
  j(
    'La mejora no es uniforme en toda la cuenca. Los embalses de cabecera se encuentran',
    'por encima de la media, mientras que los del tramo bajo todavía se recuperan:',
  ),
];
const vList = ['Valdemora: 81,4% (212 hm³)', 'Peñarrubia: 74,9% (96 hm³)', 'Los Almendros: 58,2% (41 hm³)', 'Santa Eulalia: 46,7% (23 hm³)'];
const vP4 = [
  j(
    'Los técnicos insisten en que una primavera húmeda no resuelve el problema de fondo. El consumo urbano ha crecido un 12% en la',
    'última década por el aumento de población en los municipios del alfoz, y las pérdidas en la red de distribución siguen',
    'rondando el 20% en algunos pueblos.',
  ),
  j(
    'Por ese motivo, la Diputación mantendrá el plan de renovación de tuberías aprobado en enero, dotado con 9,6 millones de euros,',
    'y que prevé actuar en 37 localidades antes de finales de 2027. El diputado de Medio Ambiente, Hilario Bustos, subrayó que',
    '«el agua que se ahorra en la red es la más barata que existe».',
  ),
  j(
    'Los ayuntamientos ribereños, por su parte, ya preparan la temporada turística. La playa fluvial de Quintanilla del Agua, cerrada',
    'los dos últimos veranos por la bajada del nivel, reabrirá el 15 de junio si los análisis de calidad del agua son favorables.',
  ),
];
const vNav = ['Valdemora', 'Provincia', 'Castilla y León', 'España', 'Economía', 'Deportes', 'Cultura', 'Opinión', 'Esquelas'];
const vTop = ['Edición Valdemora', 'Hemeroteca', 'Suscríbete', 'Iniciar sesión'];
const vTags = ['Embalses', 'Sequía', 'Agricultura', 'Regadío'];
const vRel = [
  'La Diputación adjudica la renovación de la red de agua en 37 pueblos',
  'Los agricultores del Alto Duero piden adelantar la campaña de riego',
  'Quintanilla del Agua prepara la reapertura de su playa fluvial',
  'El precio del cereal cae un 8% en la lonja de Valdemora',
];
const vFoot = ['Aviso legal', 'Política de privacidad', 'Política de cookies', 'Configuración de privacidad', 'Contacto', 'Publicidad'];
const vHtml = `<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>${vTitle} | El Correo del Duero</title>
<meta name="description" content="${vSub}"><meta property="og:title" content="${vTitle}">
<meta property="og:site_name" content="El Correo del Duero"><meta name="author" content="Lucía Arévalo">
<link rel="canonical" href="https://www.elcorreodelduero.example/valdemora/embalse-valdemora-supera-80-20260331.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}",
"datePublished":"2026-03-31T07:12:00+02:00","dateModified":"2026-03-31T13:40:00+02:00","author":[{"@type":"Person","name":"Lucía Arévalo"}],
"publisher":{"@type":"Organization","name":"El Correo del Duero"}}</script>
<script>window.voc_d={"section":"valdemora","type":"noticia","premium":false};var ueDataLayer=ueDataLayer||[];</script>
<link rel="stylesheet" href="https://static.elcorreodelduero.example/assets/css/v-article.css"></head>
<body class="voc-article v-body">
<div id="didomi-host"><div id="didomi-notice" class="didomi-popup-notice" role="dialog" aria-label="Consentimiento">
<p class="didomi-popup-notice-text">Con tu consentimiento, nosotros y nuestros socios usamos cookies o tecnologías similares para almacenar y acceder
a información personal como tu visita a este sitio web.</p>
<div class="didomi-popup-notice-buttons"><button id="didomi-notice-agree-button">Aceptar y cerrar</button>
<button id="didomi-notice-learn-more-button">Más opciones</button><button class="didomi-continue-without-agreeing">Continuar sin aceptar</button></div>
</div></div>
<div class="voc-top-bar"><ul class="voc-top-bar__list">${links(vTop, 'voc-top-bar__item')}</ul></div>
<header class="v-hd voc-header"><a class="v-hd__logo" href="/"><span class="v-hd__logo-txt">El Correo del Duero</span></a>
<nav class="v-nav" aria-label="Secciones"><ul class="v-nav__list">${links(vNav, 'v-nav__item')}</ul></nav></header>
<div class="voc-ad voc-ad--top"><span class="voc-ad__label">Publicidad</span><div id="div-gpt-ad-top"></div></div>
<main class="v-main"><article class="v-a voc-article-container" data-voc-vam="noticia">
<nav class="v-bc" aria-label="breadcrumb"><ol class="v-bc__list"><li><a href="/">Portada</a></li><li><a href="/valdemora/">Valdemora</a></li></ol></nav>
<header class="v-a-hd"><p class="v-a-ant">Recursos hídricos</p>
<h1 class="v-a-t">${vTitle}</h1>
<h2 class="v-a-sub-t">${vSub}</h2>
<div class="v-mdl-ath"><div class="v-mdl-ath__inf"><p class="v-mdl-ath__p--1"><a class="v-mdl-ath__a" href="/autor/lucia-arevalo.html">Lucía Arévalo</a></p>
<p class="v-mdl-ath__p--2">Valdemora</p></div>
<div class="v-mdl-ath__time"><time class="v-mdl-ath__time-p" datetime="2026-03-31T07:12:00+02:00">Martes, 31 de marzo 2026, 07:12</time>
<span class="v-mdl-ath__time-upd">Actualizado 13:40h.</span></div></div>
<p class="v-a-rt"><span>Comenta</span> <span class="v-a-rt__time">Lectura: 4 min</span></p>
<div class="v-a-sh">
<ul class="v-a-sh__list">${links(['Compartir en Facebook', 'Compartir en X', 'Enviar por WhatsApp', 'Copiar enlace'], 'v-a-sh__item')}</ul></div>
</header>
<figure class="v-a-fig"><picture><img src="https://static.elcorreodelduero.example/www/multimedia/2026/03/31/embalse.jpg"
alt="Vista del embalse" width="1200" height="675"></picture>
<figcaption class="v-a-fig__cap"><span class="v-a-fig__cap-txt">La presa de Valdemora, este lunes, con el agua cerca de la coronación.</span>
<span class="v-a-fig__cap-au">Iván Tejerina</span></figcaption></figure>
<div class="v-a-b v-cnt">
${ps(vP1, ' class="v-p"')}
<div class="v-mdl-lr"><p class="v-mdl-lr__t">Más información</p><ul>${links(vRel.slice(0, 2), 'v-mdl-lr__i')}</ul></div>
<h2 class="v-h2">${vH1}</h2>
${ps(vP2, ' class="v-p"')}
<div class="voc-ad voc-ad--robapaginas"><span class="voc-ad__label">Publicidad</span></div>
<h2 class="v-h2">${vH2}</h2>
${ps(vP3, ' class="v-p"')}
<ul class="v-ul">${lis(vList, 'v-li')}</ul>
${ps(vP4, ' class="v-p"')}
<div class="v-nl-box"><p class="v-nl-box__t">Newsletter</p><p class="v-nl-box__d">Recibe cada mañana las noticias de Valdemora y su provincia en tu correo.</p>
<form><input type="email" placeholder="Tu email"><button type="submit">Apúntate</button></form></div>
</div>
<footer class="v-a-ft"><ul class="v-a-tags">${links(vTags, 'v-a-tags__item')}</ul>
<p class="v-a-cmt"><a href="#comentarios">Comentar</a> <span>Reportar un error</span></p></footer>
</article>
<aside class="v-rail"><h3 class="v-rail__t">Te puede interesar</h3><ul class="v-rail__list">${links(vRel, 'v-rail__item')}</ul>
<h3 class="v-rail__t">Lo más leído</h3>
<ol>${links(['Cortes de tráfico por las obras del puente de San Lázaro', 'Abre la nueva biblioteca del barrio de La Vega'])}</ol>
</aside></main>
<footer class="v-ft voc-footer"><ul class="v-ft__list">${links(vFoot, 'v-ft__item')}</ul>
<p class="v-ft__copy">© Corporación Periodística del Duero S.L. Todos los derechos reservados.</p></footer>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.display("div-gpt-ad-top");});</script>
</body></html>`;
const vocento: TestPage = {
  name: 'heldout244-vocento-regional-news',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: [vH1, vH2],
  body: texts([vSub, ...vP1, ...vP2, ...vP3, ...vList, ...vP4]),
  bylines: ['Lucía Arévalo', 'Martes, 31 de marzo 2026, 07:12', 'Actualizado 13:40h.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j(
      'Con tu consentimiento, nosotros y nuestros socios usamos cookies o tecnologías similares',
      'para almacenar y acceder a información personal como tu visita a este sitio web.',
    ),
    'Aceptar y cerrar', 'Más opciones', 'Continuar sin aceptar', ...vTop, ...vNav.slice(1), 'Publicidad', 'Portada', 'Recursos hídricos', 'Comenta',
    'Lectura: 4 min', 'Compartir en Facebook', 'Compartir en X', 'Enviar por WhatsApp', 'Copiar enlace',
    'La presa de Valdemora, este lunes, con el agua cerca de la coronación.', 'Iván Tejerina', 'Más información', 'Newsletter',
    'Recibe cada mañana las noticias de Valdemora y su provincia en tu correo.', 'Apúntate', ...vTags, 'Comentar', 'Reportar un error',
    'Te puede interesar', ...vRel, 'Lo más leído', 'Cortes de tráfico por las obras del puente de San Lázaro', 'Abre la nueva biblioteca del barrio de La Vega',
    ...vFoot, '© Corporación Periodística del Duero S.L. Todos los derechos reservados.',
  ],
};

export const HELDOUT244_A: readonly TestPage[] = [vocento, funke];
