import { j } from './pages-heldout231-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 231, file a2: a Stack Overflow en español question in Spanish (top bar, left nav, "Formulada / Modificada /
 * Vista" line, vote cells, a code block in the question and in the answer, tags, user cards, comments, the answers header,
 * "Tu respuesta" box, the sidebar with "El blog de Stack Overflow", "Relacionadas" and "Preguntas populares en la red",
 * the cookie banner and the footer).
 */
const sTitle = '¿Por qué mi useEffect se ejecuta dos veces al montar el componente?';
const sQ = [
  j(
    'Estoy empezando con React 19 y tengo un componente que pide una lista de productos a mi API cuando se monta. En la pestaña',
    'de red del navegador veo que la petición se hace dos veces seguidas, y en la consola el mensaje de depuración aparece duplicado.',
  ),
  'Este es el código, simplificado:',
  j(
    'No tengo ningún otro efecto ni cambio el estado antes de la petición. ¿Es un error mío, algo de la configuración del proyecto',
    'o es un comportamiento normal de React? Me preocupa que en producción se cobre dos veces la llamada a un servicio externo.',
  ),
];
const sCode = `useEffect(() => {
  console.log('cargando productos');
  fetch('/api/productos').then((r) =&gt; r.json()).then(setProductos);
}, []);`;
const sQComments = [
  '¿Tu aplicación está envuelta en StrictMode en main.jsx? Es lo primero que miraría.',
  'Sí, lo está. Lo generó la plantilla de Vite y no lo había tocado.',
];
const sA1 = [
  j(
    'Es el comportamiento esperado en desarrollo. Con <code>StrictMode</code> activado, React monta el componente, lo desmonta y lo',
    'vuelve a montar inmediatamente, para que descubras efectos que no se limpian bien. En la compilación de producción esto no ocurre,',
    'así que tu servicio externo solo recibirá una llamada por montaje. Puedes comprobarlo con npm run build y npm run preview.',
  ),
  j(
    'No conviene quitar <code>StrictMode</code> para ocultar el síntoma. Lo correcto es que el efecto se pueda cancelar. Con',
    '<code>fetch</code> puedes usar un <code>AbortController</code> y abortar la petición en la función de limpieza:',
  ),
  'Con esto, la primera petición se cancela al desmontar y solo la segunda llega a actualizar el estado. Además:',
];
const sA1Code = `useEffect(() => {
  const controlador = new AbortController();
  fetch('/api/productos', { signal: controlador.signal })
    .then((r) =&gt; r.json())
    .then(setProductos)
    .catch(() =&gt; {});
  return () =&gt; controlador.abort();
}, []);`;
const sA1List = [
  'Si la llamada tiene efectos en el servidor, como un cobro, no debería hacerse en un efecto sino en respuesta a una acción del usuario.',
  'Para cargar datos en serio, una biblioteca de caché como TanStack Query evita duplicados y reintentos sin que tengas que escribirlos.',
];
const sA1Comments = ['Perfecto, con el AbortController ya solo veo una respuesta procesada. Gracias por explicar el porqué.'];
const sTags = ['javascript', 'reactjs', 'react-hooks'];
const sNav = ['Inicio', 'Preguntas', 'Etiquetas', 'Usuarios', 'Sin responder'];
const sBlog = ['Cómo medimos la deuda técnica sin convertirla en un número vacío', 'Entrevista: del soporte técnico a la ingeniería de datos'];
const sRelated = [
  'useEffect con array vacío se llama dos veces',
  '¿Cómo cancelar una petición fetch al desmontar un componente?',
  'Diferencia entre useEffect y useLayoutEffect',
];
const sHot = ['¿Es correcto decir «la API» o «el API»?', 'How do I stop a cron job from running twice on failover?', 'Why is my sourdough so dense?'];
const sFoot = ['Recorrido', 'Ayuda', 'Chat', 'Contacto', 'Comentarios', 'Compañía', 'Stack Overflow', 'Publicidad', 'Acerca de', 'Prensa', 'Aviso legal'];
const sFoot2 = ['Política de privacidad', 'Términos del servicio', 'Configuración de cookies'];
const sCmt = (
  text: string,
  user: string,
  date: string,
): string => `<li class="comment js-comment" data-comment-score="0"><div class="comment-text js-comment-text-and-form">
<div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span> &ndash;&nbsp;<a href="/users/0" class="comment-user">${user}</a>
<span class="comment-date" dir="ltr"><span class="relativetime-clean">${date}</span></span></div></div></li>`;
const sVote = (
  n: string,
): string => `<div class="js-voting-container d-flex jc-center fd-column ai-center gs4"><button class="js-vote-up-btn s-btn s-btn__unset"
aria-label="Voto a favor"></button><div class="js-vote-count flex--item fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${n}">${n}</div>
<button class="js-vote-down-btn s-btn s-btn__unset" aria-label="Voto en contra"></button></div>`;
const sCard = (action: string, time: string, user: string, rep: string): string => `<div class="post-signature owner flex--item"><div class="user-info">
<div class="user-action-time">${action} <span title="2026-02-17" class="relativetime">${time}</span></div><div class="user-details" itemprop="author">
<a href="/users/${rep}">${user}</a><div class="-flair"><span class="reputation-score" title="puntuación de reputación">${rep}</span></div></div></div></div>`;
const sHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="es"><head>
<title>javascript - ${sTitle} - Stack Overflow en español</title><meta charset="utf-8">
<link rel="canonical" href="https://es.stackoverflow.com/questions/612904/"><meta property="og:site_name" content="Stack Overflow en español">
<meta name="description" content="Estoy empezando con React 19 y tengo un componente que pide una lista de productos a mi API cuando se monta.">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<link rel="stylesheet" href="https://cdn.sstatic.example/Sites/es/primary.css"><script src="https://cdn.sstatic.example/Js/stub.es.js"></script></head>
<body class="question-page unified-theme"><a href="#content" class="s-topbar--skip-link">Ir al contenido principal</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a class="s-topbar--logo" href="https://es.stackoverflow.com">
<span class="-img _glyph">Stack Overflow en español</span></a><form id="search" role="search" class="s-topbar--searchbar"><input name="q" type="text"
placeholder="Buscar…" aria-label="Buscar" class="s-input s-input__search"></form><ol class="s-topbar--content" role="menubar">
<li role="none"><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Iniciar sesión</a></li>
<li role="none"><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Registrarse</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation"><ol class="nav-links">${links(sNav)}</ol>
</nav></div>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/612904/" class="question-hyperlink">${sTitle}</a></h1><div class="ml12 aside-cta flex--item">
<a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Formular una pregunta</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Formulada</span>
<time itemprop="dateCreated" datetime="2026-02-17T10:22:04">hace 3 días</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modificada</span>
<a href="?lastactivity" class="s-link s-link__inherit">hace 2 días</a></div><div class="flex--item ws-nowrap mb8"><span class="fc-black-400 mr2">Vista</span>
87 veces</div></div>
<div id="mainbar" role="main" aria-label="pregunta y respuestas"><div class="question js-question" data-questionid="612904" id="question">
<div class="post-layout">
<div class="votecell post-layout--left">${sVote('3')}</div><div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(sQ.slice(0, 2))}
<pre class="lang-js s-code-block"><code class="hljs language-javascript">${sCode}</code></pre>
${ps(sQ.slice(2))}
</div><div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${sTags.map((t) => `<li class="d-inline mr4"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`).join('\n')}</ul></div>
<div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="js-post-menu pt2"><a href="/q/612904" class="js-share-link">Compartir</a>
<a href="/posts/612904/edit">Mejorar esta pregunta</a> <button type="button" class="s-btn s-btn__link js-follow-post">Seguir</button></div>
${sCard('preguntada el', '17 feb. a las 10:22', 'Marisol Quintero', '41')}</div></div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list js-comments-list">
${sCmt(sQComments[0] ?? '', 'Gonzalo Ribera', '17 feb. a las 10:30')}
${sCmt(sQComments[1] ?? '', 'Marisol Quintero', '17 feb. a las 10:34')}</ul><a class="js-add-link comments-link" href="#">Añade un comentario</a></div></div>
    </div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><h2 class="mb0" data-answercount="1">1 respuesta</h2>
<label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Ordenado por:</label><select id="answer-sort-dropdown-select-menu" class="s-select">
<option value="scoredesc" selected>Puntuación más alta (por defecto)</option>
<option value="modifieddesc">Fecha de modificación (más reciente primero)</option>
</select></div></div>
<div id="answer-612911" class="answer js-answer accepted-answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">
<div class="votecell post-layout--left">${sVote('7')}<div class="js-accepted-answer-indicator fc-green-400" role="note" aria-label="Aceptada"></div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(sA1.slice(0, 2))}
<pre class="lang-js s-code-block"><code class="hljs language-javascript">${sA1Code}</code></pre>
${ps(sA1.slice(2))}
<ul>
${sA1List.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
</div><div class="mt24"><a href="/a/612911" class="js-share-link">Compartir</a> <a href="/posts/612911/edit">Mejorar esta respuesta</a>
${sCard('respondida el', '17 feb. a las 11:05', 'Julián Arrieta', '12,6k')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list js-comments-list">
${sCmt(sA1Comments[0] ?? '', 'Marisol Quintero', '17 feb. a las 12:48')}</ul><a class="js-add-link comments-link" href="#">Añade un comentario</a></div>
    </div></div>
<h2 class="bottom-notice">¿No es la respuesta que buscas? Examina otras preguntas con la etiqueta
<a href="/questions/tagged/reactjs" class="post-tag">reactjs</a> o <a href="/questions/ask">formula tu propia pregunta</a>.</h2>
<form id="post-form" class="js-add-answer-component post-form"><h2 class="space">Tu respuesta</h2><textarea id="wmd-input" name="post-text" class="wmd-input">
</textarea>
<div class="js-privacy-policy-agreement fs-body1 fc-black-400 mt16 mb16">Al pulsar “Publica tu respuesta”, muestras tu conformidad con nuestros
<a href="/legal/terms-of-service/public">términos de servicio</a>
y reconoces que has leído y comprendes nuestra <a href="/legal/privacy-policy">política de privacidad</a>
y nuestro <a href="/conduct">código de conducta</a>.</div><button id="submit-button" class="s-btn s-btn__filled" type="submit">Publica tu respuesta</button>
</form></div>
<div id="sidebar" role="complementary" aria-label="barra lateral"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul class="d-block p0 m0">
<li class="s-sidebarwidget--header">El blog de Stack Overflow</li>${links(sBlog, 's-sidebarwidget--item')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Relacionadas</h4><ul class="related js-related">${links(sRelated, 'spacer')}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot">Preguntas populares en la red</a>
</h4>
<ul>${links(sHot)}</ul></div><div class="js-feed-link"><a href="/feeds/question/612904">Feed de la pregunta</a></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
<ul class="-list">${links(sFoot)}</ul>
</nav><div class="site-footer--copyright fs-fine"><ul class="-list">${links(sFoot2)}</ul>
<p>Diseño del sitio / logotipo © 2026 Stack Exchange Inc; contribuciones de los usuarios bajo licencia CC BY-SA.</p></div></div></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Banner de cookies"><p id="onetrust-policy-text">Al hacer clic en “Aceptar todas las
cookies”, aceptas que Stack Exchange pueda almacenar cookies en tu dispositivo y divulgar información de acuerdo con nuestra Política de cookies.</p>
<button id="onetrust-accept-btn-handler">Aceptar todas las cookies</button><button id="onetrust-reject-all-handler">Solo cookies necesarias</button></div>
<script>StackExchange.ready(function(){StackExchange.question.init({questionId:612904});});</script></body></html>`;
export const soEs: TestPage = {
  name: 'heldout231-stackoverflow-es-question',
  kind: 'forum',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sQ, ...sQComments, ...sA1, ...sA1List, ...sA1Comments]),
  bylines: [
    'hace 3 días',
    'hace 2 días',
    'Marisol Quintero',
    '17 feb. a las 10:22',
    'Gonzalo Ribera',
    '17 feb. a las 10:30',
    '17 feb. a las 10:34',
    'Julián Arrieta',
    '17 feb. a las 11:05',
    '17 feb. a las 12:48',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ir al contenido principal', 'Iniciar sesión', 'Registrarse', ...sNav, 'Formular una pregunta', 'Formulada', 'Modificada', 'Vista', '87 veces', ...sTags,
    'Compartir', 'Mejorar esta pregunta', 'Seguir', '41', 'Añade un comentario', '1 respuesta', 'Ordenado por:', 'Puntuación más alta (por defecto)',
    'Fecha de modificación (más reciente primero)', 'Mejorar esta respuesta', '12,6k',
    '¿No es la respuesta que buscas? Examina otras preguntas con la etiqueta',
    'formula tu propia pregunta', 'Tu respuesta', 'Publica tu respuesta', 'El blog de Stack Overflow', ...sBlog, 'Relacionadas', ...sRelated,
    'Preguntas populares en la red', ...sHot, 'Feed de la pregunta', ...sFoot, ...sFoot2,
    'Diseño del sitio / logotipo © 2026 Stack Exchange Inc; contribuciones de los usuarios bajo licencia CC BY-SA.', 'Aceptar todas las cookies',
    'Solo cookies necesarias',
  ],
};
