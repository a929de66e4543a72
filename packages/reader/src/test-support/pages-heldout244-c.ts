import { links, ps, type TestPage, texts } from './page-kit.js';
import { nos } from './pages-heldout244-c2.js';
import { j } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file c: an Italian news agency site on an ANSA-style template (Iubenda-style consent banner, top
 * menu with regions, breadcrumb, news-date and source line, "news-stit" standfirst, share bar, photo with caption and
 * agency credit, a quote, "Leggi l'articolo completo" style promo, "Riproduzione riservata © Copyright" line, "Ultima
 * ora" rail, footer) and, from file c2, a Dutch public broadcaster's article on an NOS-style Next.js template.
 */
const aTitle = 'Vendemmia record sul Lago di Vessano, ma mancano i raccoglitori';
const aStit = 'Produzione in crescita del 22%. I consorzi chiedono corsie rapide per i lavoratori stagionali';
const aP = [
  j(
    '(NSA) - VESSANO, 18 SET - Sarà una vendemmia abbondante, forse la migliore dell’ultimo decennio, quella che si è aperta',
    'questa settimana sulle colline che circondano il Lago di Vessano. Secondo le prime stime del Consorzio di tutela, la',
    'produzione di uva dovrebbe superare i 310 mila quintali, con un aumento del 22% rispetto al 2025.',
  ),
  j(
    'A fare la differenza sono state le piogge regolari di giugno e un agosto senza grandinate. «Le uve sono sane e con un',
    'ottimo equilibrio tra zuccheri e acidità», spiega l’enologo del Consorzio, Federico Marangon. «Se il tempo tiene fino a',
    'metà ottobre possiamo aspettarci vini di grande struttura».',
  ),
  j(
    'Il problema, però, è trovare chi raccolga. Le aziende della zona stimano un fabbisogno di circa 1.800 lavoratori',
    'stagionali, ma al momento ne sono stati assunti poco più di mille. Molte cantine hanno anticipato la raccolta nei',
    'vigneti meno esposti per distribuire il lavoro su più settimane.',
  ),
];
const aQuote = j(
  '«Abbiamo uve bellissime e rischiamo di lasciarne una parte sulla pianta. Servono procedure più rapide per chi viene a',
  'lavorare per sei settimane»',
);
const aP2 = [
  j(
    'Così la presidente del Consorzio, Giuliana Rebecchi, che ha scritto alla Regione chiedendo di aprire uno sportello',
    'dedicato per i permessi stagionali e di finanziare il trasporto dei lavoratori dai centri urbani alle colline.',
  ),
  j(
    'L’assessore regionale all’Agricoltura, Paolo Tessaro, ha annunciato per lunedì un tavolo con le associazioni di categoria.',
    'Tra le ipotesi allo studio c’è un accordo con gli istituti agrari della provincia per coinvolgere gli studenti maggiorenni',
    'in percorsi di alternanza retribuiti.',
  ),
  j(
    'Intanto crescono anche i prezzi. Le uve della denominazione principale vengono pagate in media 1,15 euro al chilo,',
    'contro i 95 centesimi dello scorso anno, complice la forte domanda dall’estero per i bianchi della zona.',
  ),
  j(
    'Le prime partite di vino nuovo saranno presentate a novembre alla tradizionale Festa della Torchiatura di Vessano, che',
    'quest’anno ospiterà anche un convegno sul futuro del lavoro agricolo stagionale.',
  ),
];
const aNav = ['Cronaca', 'Politica', 'Economia', 'Mondo', 'Cultura', 'Tecnologia', 'Sport', 'Terra&Gusto', 'Regioni'];
const aLast = [
  'Maltempo, allerta gialla in tre regioni del Nord',
  'Borsa: Milano apre in rialzo, bene le banche',
  'Treni, sciopero di 8 ore venerdì nel Nordest',
];
const aFoot = ['Chi siamo', 'Redazione', 'Pubblicità', 'Privacy', 'Cookie policy', 'Note legali', 'Contatti'];
const aHtml = `<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>${aTitle} - Terra&amp;Gusto - NSA.it</title>
<meta name="description" content="${aStit} (NSA)"><meta property="og:site_name" content="Agenzia NSA">
<meta name="news_keywords" content="vendemmia, vino, lavoro stagionale">
<link rel="canonical" href="https://www.nsa.example/canale_terraegusto/notizie/vendemmia.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-09-18T14:27:00+02:00",
"author":{"@type":"Organization","name":"Redazione NSA"},"publisher":{"@type":"Organization","name":"Agenzia NSA"}}</script>
<script>var nsa_adv={section:"terraegusto",type:"news"};</script></head>
<body class="page-news">
<div id="iubenda-cs-banner" class="iubenda-cs-default"><div class="iubenda-cs-content"><div id="iubenda-cs-paragraph">
<p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre
finalità come specificato nella cookie policy.</p></div><button class="iubenda-cs-accept-btn">Accetta</button>
<button class="iubenda-cs-reject-btn">Rifiuta</button><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button></div></div>
<header class="header"><div class="header-top"><a class="logo" href="/">Agenzia NSA</a><span class="header-date">18 settembre 2026</span>
<a href="/abbonamenti/" class="btn-subscribe">Abbonati</a></div>
<nav class="main-menu"><ul>${links(aNav, 'menu-item')}</ul></nav></header>
<div class="container"><div class="breadcrumb"><a href="/">NSA.it</a> <span>›</span> <a href="/canale_terraegusto/">Terra&amp;Gusto</a>
<span>›</span> <a href="/canale_terraegusto/notizie/">Vino</a></div>
<div class="row"><div class="col-main"><article class="news" itemscope itemtype="https://schema.org/NewsArticle">
<header class="news-header"><h1 class="news-title" itemprop="headline">${aTitle}</h1>
<h2 class="news-stit">${aStit}</h2>
<div class="news-info"><span class="news-date"><em>Redazione NSA</em> VESSANO</span>
<time class="news-date" datetime="2026-09-18T14:27">18 settembre 2026, 14:27</time></div>
<div class="share-bar"><a class="share facebook" href="#">Facebook</a><a class="share twitter" href="#">Twitter</a>
<a class="share whatsapp" href="#">Whatsapp</a><a class="share email" href="#">Email</a><a class="share print" href="#">Stampa</a></div></header>
<div class="news-photo"><figure><img src="https://www.nsa.example/webimages/vendemmia.jpg" alt="Vendemmia" width="900">
<figcaption class="news-caption">La raccolta dell’uva in un vigneto sulle colline del Lago di Vessano <span class="credit">- RIPRODUZIONE RISERVATA</span>
</figcaption>
</figure></div>
<div class="news-txt" itemprop="articleBody">
${ps(aP)}
<blockquote class="news-quote"><p>${aQuote}</p></blockquote>
${ps(aP2)}
<p class="news-rip">Riproduzione riservata © Copyright NSA</p>
</div>
<div class="box-promo"><span class="box-promo__label">Sponsorizzato</span><a href="#">Scopri i vini del Lago di Vessano al Salone di Torino</a></div>
<div class="news-tags"><span>Argomenti</span>${links(['Vino', 'Viticoltura', 'Lavoro'])}</div>
<div class="news-cta"><p>Leggi l’informazione completa e gratuita di NSA.it</p><a href="/newsletter/">Iscriviti alla newsletter</a></div>
</article></div>
<aside class="col-side"><div class="box-last"><h3>Ultima ora</h3><ul>${links(aLast)}</ul></div>
<div class="adv"><span class="adv-label">Pubblicità 4w</span></div></aside></div></div>
<footer class="footer"><ul>${links(aFoot)}</ul><p class="footer-copy">© Copyright NSA Agenzia Notizie Società Cooperativa - P.IVA 00000000000</p></footer>
</body></html>`;
const ansa: TestPage = {
  name: 'heldout244-ansa-agency-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([aStit, ...aP, aQuote, ...aP2]),
  bylines: ['Redazione NSA VESSANO', '18 settembre 2026, 14:27'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j(
      'Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche',
      'e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.',
    ),
    'Accetta', 'Rifiuta', 'Scopri di più e personalizza', 'Agenzia NSA', '18 settembre 2026', 'Abbonati', ...aNav, 'NSA.it', 'Facebook', 'Twitter',
    'Whatsapp', 'Email', 'Stampa', 'La raccolta dell’uva in un vigneto sulle colline del Lago di Vessano', '- RIPRODUZIONE RISERVATA',
    'Riproduzione riservata © Copyright NSA', 'Sponsorizzato', 'Scopri i vini del Lago di Vessano al Salone di Torino', 'Argomenti', 'Vino', 'Viticoltura',
    'Lavoro', 'Leggi l’informazione completa e gratuita di NSA.it', 'Iscriviti alla newsletter', 'Ultima ora', ...aLast, 'Pubblicità 4w', ...aFoot,
    '© Copyright NSA Agenzia Notizie Società Cooperativa - P.IVA 00000000000',
  ],
};

export const HELDOUT244_C: readonly TestPage[] = [ansa, nos];
