import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file e2: a Portuguese-language tech blog post on Medium inside a publication (React markup with
 * Medium's short generated class names and the pw-* hooks, the top bar with Write / Sign up / Sign in, the author row with
 * Follow, reading time and date, the clap / response / Listen / Share bar, a figure caption, a pre code block, the tags,
 * the "Written by" card, "More from" and "Recommended from Medium" lists, the sign-up modal and the footer links).
 */
const mTitle = 'Como reduzimos em 70% a latência da nossa API com cache em duas camadas';
const mSub = 'Um relato prático sobre Redis, cache em memória e o problema da invalidação';
const mP1 = [
  j(
    'No início do ano, a API de catálogo da Lojinha Tech respondia em média em 340 ms, com picos de mais de um segundo nos',
    'horários de promoção. O banco de dados estava no limite e a conta da nuvem crescia todo mês. Neste texto conto como',
    'chegamos a 95 ms no p50 sem trocar de banco e sem reescrever o serviço.',
  ),
];
const mH1 = 'O diagnóstico';
const mP2 = [
  j(
    'A primeira coisa que fizemos foi medir. Instrumentamos o serviço com traces e descobrimos que 80% do tempo era gasto em',
    'três consultas que montavam a página de produto. O curioso é que esses dados mudavam pouquíssimo: preço e estoque',
    'mudavam algumas vezes por dia, a descrição quase nunca.',
  ),
];
const mH2 = 'A solução: duas camadas';
const mP3 = [
  j(
    'Colocamos um cache em memória dentro de cada instância, com validade de 30 segundos, na frente de um Redis compartilhado',
    'com validade de 10 minutos. A leitura fica assim:',
  ),
];
const mCode = j(
  'async function getProduct(id) {\n  const local = memory.get(id);\n  if (local) return local;\n  const shared = await redis.get(`p:${id}`);',
  '\n  if (shared) { memory.set(id, shared, 30); return shared; }\n  const fresh = await db.loadProduct(id);\n  await redis.set(`p:${id}`, fresh,',
  "'EX', 600);\n  memory.set(id, fresh, 30);\n  return fresh;\n}",
);
const mP4 = [
  j(
    'A camada local elimina a ida à rede na maioria das requisições; o Redis garante que uma instância recém-iniciada não',
    'derrube o banco. Com 12 instâncias, a taxa de acerto combinada passou de 93%.',
  ),
];
const mH3 = 'E a invalidação?';
const mP5 = [
  j(
    'Esse foi o ponto mais difícil. Quando o preço muda, não dá para esperar dez minutos. Passamos a publicar um evento em um',
    'canal pub/sub do próprio Redis a cada alteração; cada instância escuta o canal e apaga a chave da memória local. O Redis',
    'é atualizado pelo mesmo serviço que grava no banco.',
  ),
  j(
    'Ainda existe uma janela de inconsistência de alguns milissegundos, o que para o nosso caso é aceitável. Para estoque,',
    'que precisa ser exato no checkout, continuamos consultando o banco diretamente.',
  ),
];
const mH4 = 'Resultados';
const mP6 = [
  j(
    'Depois de três semanas em produção, o p50 caiu de 340 ms para 95 ms e o p99 de 1,2 s para 410 ms. O uso de CPU do banco',
    'caiu pela metade, o que nos permitiu reduzir a instância e economizar cerca de R$ 9 mil por mês. Se você tem dúvidas ou',
    'fez algo parecido, me conte nos comentários.',
  ),
];
const mTags = ['Redis', 'Backend', 'Performance', 'Nodejs'];
const mMore = ['Migrando de REST para gRPC sem parar o mundo', 'Feature flags na prática: o que aprendemos em dois anos'];
const mRec = ['Você provavelmente não precisa de microsserviços', 'Testes de carga com k6: um guia para iniciantes'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mHtml = `<!doctype html><html lang="pt"><head><title>${mTitle} | by Renata Couto | Engenharia Lojinha Tech | Medium</title>
<meta data-rh="true" name="description" content="${mSub}"><meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" name="author" content="Renata Couto"><meta data-rh="true" name="twitter:label1" content="Reading time">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2026-02-17T11:22:41.118Z",
"author":{"@type":"Person","name":"Renata Couto"},"publisher":{"@type":"Organization","name":"Engenharia Lojinha Tech"}}</script>
<script>window.__BUILD_ID__="main-20260217-113000-c0ffee";window.__GRAPHQL_URI__="https://medium.example/_/graphql"</script></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i"><div class="l m n o p"><a aria-label="Homepage" href="/">Medium</a>
<div class="bd be"><a class="bf b" href="/new-story">Write</a></div><div class="bg bh"><a class="bi bj bk" href="/m/signin">Sign up</a></div>
<div class="bl"><a class="bf b" href="/m/signin">Sign in</a></div></div></div>
<div class="cn co"><article><div class="l"><div class="l"><section><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg ew ex ey ez">
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hf hg hh hi hj ab"><div>
<div class="ab hk"><a href="/engenharia-lojinha"><p class="bf b hl hm bk">Publicado em</p><p class="bf b hl hm gt">Engenharia Lojinha Tech</p></a></div>
</div></div></div></div>
<h1 id="a1b2" class="pw-post-title hn ho hp bf hq hr hs ht hu" data-testid="storyTitle">${mTitle}</h1>
<h2 id="c3d4" class="pw-subtitle-paragraph ib ho hp bf b ic id ie" data-testid="storySubtitle">${mSub}</h2>
<div class="speechify-ignore ab co"><div class="ab"><a rel="noopener follow" href="/@renatacouto"><img alt="Renata Couto" class="l fe by" width="44"></a>
<div class="bm bg l"><div class="ab"><span data-testid="authorName" class="pw-author bf b bg z bk"><a href="/@renatacouto">Renata Couto</a></span>
<span class="kd ke"> · </span><button class="bf b bg z kf">Follow</button></div>
<div class="ab"><span class="pw-reading-time bf b bg z dv">6 min read</span><span class="kd ke"> · </span>
<span data-testid="storyPublishDate" class="pw-published-date bf b bg z dv">Feb 17, 2026</span></div></div></div>
<div class="ab co ks kt"><div class="h k w fj fk q"><div class="ku l"><button data-testid="headerClapButton" class="kv kw">
<p class="bf b dy z dx"><span class="pw-multi-vote-count">412</span></p></button></div>
<button aria-label="responses" class="lb lc"><p class="bf b dy z dx"><span class="pw-responses-count">9</span></p></button></div>
<div class="ab q"><button aria-label="Listen" class="lg"><p class="bf b bg z dv">Listen</p></button>
<button aria-label="Share" class="lh"><p class="bf b bg z dv">Share</p></button></div></div></div></div></div></div>
<div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg ew ex ey ez">
${ps(mP1, ' class="pw-post-body-paragraph mn mo hp mp b mq mr ms mt mu mv" data-selectable-paragraph=""')}
<figure class="nh ni nj nk nl nm"><div class="nn no ed np">
<img alt="" class="bg lm nq c" width="700" src="https://miro.medium.example/v2/resize:fit:1400/1*cache.png">
</div><figcaption class="nr fe ns nf ng nt nu bf b bg z dv" data-selectable-paragraph="">Latência p50 antes e depois da mudança (imagem da autora)</figcaption>
</figure>
<h1 id="e5f6" class="nv nw hp bf nx ny nz oa ob" data-selectable-paragraph="">${mH1}</h1>
${ps(mP2, ' class="pw-post-body-paragraph mn mo hp mp b mq mr ms mt mu mv" data-selectable-paragraph=""')}
<h1 id="g7h8" class="nv nw hp bf nx ny nz oa ob" data-selectable-paragraph="">${mH2}</h1>
${ps(mP3, ' class="pw-post-body-paragraph mn mo hp mp b mq mr ms mt mu mv" data-selectable-paragraph=""')}
<pre class="pq pr ps pt pu pv pw px bp py bb">
<span id="i9j0" class="pz ow hp pw b qa qb" data-code-block-mode="2" data-code-block-lang="javascript">${mCode}</span></pre>
${ps(mP4, ' class="pw-post-body-paragraph mn mo hp mp b mq mr ms mt mu mv" data-selectable-paragraph=""')}
<h1 id="k1l2" class="nv nw hp bf nx ny nz oa ob" data-selectable-paragraph="">${mH3}</h1>
${ps(mP5, ' class="pw-post-body-paragraph mn mo hp mp b mq mr ms mt mu mv" data-selectable-paragraph=""')}
<h1 id="m3n4" class="nv nw hp bf nx ny nz oa ob" data-selectable-paragraph="">${mH4}</h1>
${ps(mP6, ' class="pw-post-body-paragraph mn mo hp mp b mq mr ms mt mu mv" data-selectable-paragraph=""')}
</div></div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ew ex"><div class="qc qd ab jf"><ul>${mTags
  .map(
    (t) => `<li>
<a href="/tag/${t.toLowerCase()}"><div class="qe ed qf">${t}</div></a></li>`,
  )
  .join('')}</ul></div>
<div class="qg"><h2 class="bf gw qh qi qj"><span class="be">Written by Renata Couto</span></h2><p class="bf b dy z dv">1.2K Followers</p>
<p class="bf b bg z bk">Engenheira de software em São Paulo. Escrevo sobre backend, bancos de dados e times de plataforma.</p>
<button class="bf b bg z kf">Follow</button></div>
<div class="rk"><h2 class="bf gw">More from Renata Couto and Engenharia Lojinha Tech</h2>${mMore
  .map(
    (t) => `<div class="rl">
<h2 class="bf gw rm">${t}</h2></div>`,
  )
  .join('')}</div>
<div class="rk"><h2 class="bf gw">Recommended from Medium</h2>${mRec.map((t) => `<div class="rl"><h2 class="bf gw rm">${t}</h2></div>`).join('')}
<a class="bf b" href="/">See more recommendations</a></div></div></div>
<div class="sk sl"><div class="sm sn" role="dialog"><h2 class="bf gw">Get the Medium app</h2></div></div>
<footer class="so sp">
<div class="ab">${mFoot.map((t) => `<a class="bf b bg z dv" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</div></footer>
</div></div><script>window.__APOLLO_STATE__={"Post:9c1e":{"title":"${mTitle}","clapCount":412}}</script></body></html>`;
export const medium: TestPage = {
  name: 'heldout244-medium-pt-techblog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3, mH4],
  body: texts([mSub, ...mP1, ...mP2, ...mP3, mCode, ...mP4, ...mP5, ...mP6]),
  bylines: ['Renata Couto', 'Feb 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Medium', 'Write', 'Sign up', 'Sign in', 'Publicado em', 'Engenharia Lojinha Tech', 'Follow', '6 min read', '412', 'Listen', 'Share',
    'Latência p50 antes e depois da mudança (imagem da autora)', ...mTags.slice(1), 'Written by Renata Couto', '1.2K Followers',
    'Engenheira de software em São Paulo. Escrevo sobre backend, bancos de dados e times de plataforma.', 'More from Renata Couto and Engenharia Lojinha Tech',
    ...mMore, 'Recommended from Medium', ...mRec, 'See more recommendations', 'Get the Medium app', ...mFoot,
  ],
};
