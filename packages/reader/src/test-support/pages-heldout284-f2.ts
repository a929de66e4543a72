import { links, type TestPage } from './page-kit.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file f2: an Italian daily's article on a Corriere-style template (the bck-header with sections menu and
 * "Abbonati" button, the breadcrumb of the local edition, h1.title-art with the summary-art occhiello, the writer and the
 * date / "ultimo aggiornamento" line, the media-news figure with didascalia, body in div.chapter > p.chapter-paragraph with
 * an inline "LEGGI ANCHE" box and an h2 subheading, the tags and the share bar, "Newsletter" box, the "Le notizie più lette"
 * rail, the pubblicità labels, the cookie wall of the consent platform and the footer with the company's legal line).
 */
const itTitle = 'Borgo San Vitale, il vecchio lanificio diventa biblioteca: «Aperta fino a mezzanotte»';
const itSum = 'Il progetto da 6 milioni recupera la fabbrica chiusa nel 1987. Apertura prevista a settembre, con sale studio e un laboratorio di restauro';
const itArt = art(
  [
    j(
      'Dopo quasi quarant’anni di abbandono, il lanificio Ferretti di Borgo San Vitale tornerà a riempirsi di persone. Il consiglio',
      'comunale ha approvato ieri sera il progetto definitivo che trasforma l’edificio di via dei Tessitori nella nuova biblioteca',
      'civica, con sale studio aperte fino a mezzanotte e un laboratorio di restauro della carta.',
    ),
    j(
      'I lavori, finanziati per due terzi con fondi regionali e per il resto dal Comune, costeranno circa sei milioni di euro.',
      'Il cantiere partirà a fine aprile e, secondo il cronoprogramma, la biblioteca dovrebbe aprire a settembre del prossimo anno.',
    ),
    { h: 'Le sale studio e il laboratorio' },
    j(
      'Il piano terra ospiterà la sezione ragazzi e un’emeroteca affacciata sul canale. Al primo piano, nell’ex reparto di filatura,',
      'ci saranno centoventi posti di studio, prese elettriche a ogni tavolo e una sala silenziosa. Il sottotetto diventerà',
      'il laboratorio di restauro, gestito in collaborazione con l’archivio diocesano.',
    ),
    {
      ul: [
        'orario: tutti i giorni dalle 9 alle 24, domenica dalle 14;',
        'prestito automatico con tessera sanitaria;',
        'quaranta posti bici coperti nel cortile della fabbrica.',
      ],
    },
    {
      q: j(
        'Gli studenti universitari ci chiedono da anni un posto dove studiare la sera. Lo faremo in un luogo che per la nostra',
        'città ha un valore enorme: qui lavoravano le nostre nonne.',
      ),
      by: 'la sindaca Giovanna Resta',
    },
    j(
      'Non sono mancate le critiche. L’opposizione ha chiesto di destinare una parte dell’edificio ad alloggi per studenti,',
      'mentre un comitato di residenti teme il traffico serale in una zona con pochi parcheggi. La giunta ha promesso di',
      'prolungare la linea 4 dell’autobus fino alle 0.30 nei giorni feriali.',
    ),
    j(
      'Della vecchia fabbrica resteranno la ciminiera, la facciata in mattoni e due telai originali, che saranno esposti',
      'nell’atrio insieme alle fotografie delle operaie donate dalle famiglie del quartiere.',
    ),
  ],
  { p: ' class="chapter-paragraph"', h: 'h2 class="chapter-title"' },
);
const itMenu = ['Cronache', 'Politica', 'Esteri', 'Economia', 'Sport', 'Cultura', 'Spettacoli', 'Salute'];
const itRead = [
  'Ponte sul canale, riapre il passaggio pedonale',
  'Il mercato coperto cambia orari per l’estate',
  'Concorso per bibliotecari, 12 posti in Comune',
  'Derby di basket, la Virtus vince all’ultimo tiro',
];
const itHtml = `<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>${itTitle} - Il Corriere della Pianura</title>
<meta name="description" content="${itSum}"><meta property="og:type" content="article"><meta name="section" content="cronaca">
<meta name="author" content="Filippo Marchetti"><meta name="pubdate" content="2026-03-11T07:45:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${itTitle}","datePublished":"2026-03-11T07:45:00+01:00",
"dateModified":"2026-03-11T10:12:00+01:00","author":{"@type":"Person","name":"Filippo Marchetti"},"isAccessibleForFree":"True"}</script>
<script>var utag_data = {"page_type":"articolo","section":"borgo-san-vitale","article_id":"fe81c2a4"};</script></head>
<body class="is-article"><div class="bck-header"><div class="container"><a class="logo" href="/">Il Corriere della Pianura</a>
<nav class="bck-menu-sections"><ul>${links(itMenu, 'menu-item')}</ul></nav><a class="btn-subscribe" href="/abbonamenti/">Abbonati</a>
<a class="btn-login" href="#">Accedi</a></div></div>
<div class="bck-adv-label">Pubblicità</div>
<main class="container"><div class="row"><div class="col-left"><div class="bck-breadcrumb">
<ul>${links(['Pianura Nord', 'Cronaca'], 'breadcrumb-item')}</ul></div>
<article class="article"><div class="article-header"><h1 class="title-art is-xxlarge">${itTitle}</h1>
<p class="summary-art">${itSum}</p>
<div class="info-art"><div class="is-author"><span class="writer">di Filippo Marchetti</span></div>
<p class="is-last-update"><time datetime="2026-03-11T07:45:00+01:00">11 marzo 2026 (modifica il 11 marzo 2026 | 10:12)</time></p></div>
<div class="share-bar"><a class="share-facebook" href="#">Condividi su Facebook</a> <a class="share-x" href="#">Condividi su X</a>
<a class="share-mail" href="#">Invia per email</a></div></div>
<div class="media-news"><figure><img src="https://images2.corrierepianura.example/2026/03/11/lanificio.jpg" alt="">
<figcaption class="media-news__caption">L’ex lanificio Ferretti in via dei Tessitori (foto Studio Bassi)</figcaption></figure></div>
<div class="content"><div class="chapter">
${itArt.html}
<div class="inread-related"><span class="inread-related__label">LEGGI ANCHE</span>
<a href="#">Il mercato coperto cambia orari per l’estate</a></div>
</div></div>
<div class="tags-art"><a href="#">Biblioteche</a> <a href="#">Archeologia industriale</a></div></article>
<div class="box-newsletter"><h3>Newsletter</h3><p>La newsletter di Borgo San Vitale: ogni mattina le notizie della tua città.</p>
<a class="btn" href="/newsletter/">Iscriviti</a></div></div>
<aside class="col-right"><div class="box-most-read"><h3 class="title-box">Le notizie più lette</h3><ol>${links(itRead, 'most-read-item')}</ol></div>
<div class="bck-adv-label">Pubblicità</div></aside></div></main>
<footer class="bck-footer"><ul>${links(['Chi siamo', 'Scrivi alla redazione', 'Privacy', 'Preferenze cookie'], 'footer-item')}</ul>
<p class="legal">Copyright 2026 © Editoriale Pianura S.p.A. Tutti i diritti sono riservati. P. IVA 00000000000</p></footer>
<div id="cookie-wall" class="cmp-wall"><div class="cmp-wall__text">Questo sito utilizza cookie propri e di terze parti per migliorare l’esperienza e
mostrare pubblicità personalizzata.</div><button class="cmp-wall__accept">Accetta e continua</button>
<button class="cmp-wall__subscribe">Abbonati senza pubblicità</button></div>
<script src="https://js2.corrierepianura.example/common/js/article.min.js" async></script></body></html>`;
export const itCorriere: TestPage = {
  name: 'heldout284-corrierepianura-corriere-style-news',
  kind: 'news',
  html: itHtml,
  title: itTitle,
  headings: itArt.headings,
  body: [itSum, ...itArt.body],
  bylines: ['di Filippo Marchetti', '11 marzo 2026 (modifica il 11 marzo 2026 | 10:12)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Il Corriere della Pianura', ...itMenu, 'Abbonati', 'Accedi', 'Pubblicità', 'Pianura Nord', 'Cronaca', 'Condividi su Facebook', 'Condividi su X',
    'Invia per email', 'L’ex lanificio Ferretti in via dei Tessitori (foto Studio Bassi)', 'LEGGI ANCHE', 'Biblioteche', 'Archeologia industriale',
    'Newsletter', 'La newsletter di Borgo San Vitale: ogni mattina le notizie della tua città.', 'Iscriviti', 'Le notizie più lette', ...itRead, 'Chi siamo',
    'Scrivi alla redazione', 'Privacy', 'Preferenze cookie', 'Copyright 2026 © Editoriale Pianura S.p.A. Tutti i diritti sono riservati. P. IVA 00000000000',
    'Questo sito utilizza cookie propri e di terze parti per migliorare l’esperienza e mostrare pubblicità personalizzata.', 'Accetta e continua',
    'Abbonati senza pubblicità',
  ],
};
