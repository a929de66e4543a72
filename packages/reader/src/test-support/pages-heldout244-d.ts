import { links, ps, type TestPage, texts } from './page-kit.js';
import { blogger } from './pages-heldout244-d2.js';
import { j, lis } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file d: a German WordPress food blog (Kadence-style theme, Yoast JSON-LD, Borlabs cookie box,
 * "Zum Rezept springen" button, entry meta, a WP Recipe Maker card with its meta, ingredients, steps and notes, a Pinterest
 * button, an affiliate disclaimer, an "Das könnte dir auch gefallen" grid, comments with the comment form, a sidebar with
 * about box and newsletter, and the footer) and, from file d2, a Spanish travel blog on Blogger.
 */
const kTitle = 'Apfel-Zimt-Schnecken mit Quark-Öl-Teig – ganz ohne Hefe';
const kIntro = [
  j(
    'Wenn sonntags um drei plötzlich Besuch vor der Tür steht, sind diese Schnecken meine Rettung. Der Quark-Öl-Teig braucht',
    'keine Gehzeit, ist in zehn Minuten geknetet und schmeckt fast wie ein Hefeteig. Dazu saftige Äpfel, Zimt und ein',
    'einfacher Zuckerguss – mehr braucht es nicht.',
  ),
  j(
    'Das Rezept stammt ursprünglich von meiner Tante Hannelore, die es in den Achtzigern aus einer Backheft',
    'ausgeschnitten hat. Ich habe den Zucker etwas reduziert und statt Rosinen gehackte Walnüsse genommen.',
  ),
];
const kH1 = 'Welche Äpfel eignen sich?';
const kP1 = [
  j(
    'Am besten funktionieren säuerliche, feste Sorten wie Boskoop, Elstar oder Topaz. Sie behalten beim Backen ihre Struktur',
    'und geben der süßen Füllung etwas Frische. Sehr mehlige Äpfel werden schnell matschig und weichen den Teig auf.',
  ),
];
const kH2 = 'Tipps für den Quark-Öl-Teig';
const kTips = [
  'Den Quark gut abtropfen lassen, sonst wird der Teig klebrig.',
  'Nur kurz kneten – sobald der Teig glatt ist, aufhören.',
  'Die Rolle vor dem Schneiden 10 Minuten kalt stellen, dann lassen sich die Schnecken sauberer schneiden.',
];
const kP2 = [
  j(
    'Die Schnecken schmecken am ersten Tag am besten. In einer Blechdose halten sie sich aber zwei Tage, und kurz im Ofen',
    'aufgebacken sind sie fast wie frisch.',
  ),
];
const kRecipeTitle = 'Apfel-Zimt-Schnecken ohne Hefe';
const kSummary = 'Schnelle Schnecken aus Quark-Öl-Teig mit Apfel-Zimt-Füllung und Zuckerguss, in 45 Minuten fertig.';
const kIngr = [
  '300 g Weizenmehl Type 405',
  '1 Päckchen Backpulver',
  '150 g Magerquark',
  '6 EL Milch',
  '6 EL neutrales Öl',
  '60 g Zucker',
  '2 säuerliche Äpfel',
  '40 g weiche Butter',
  '2 TL Zimt',
  '50 g gehackte Walnüsse',
  '100 g Puderzucker',
];
const kSteps = [
  'Den Backofen auf 180 °C Ober-/Unterhitze vorheizen und ein Blech mit Backpapier belegen.',
  'Mehl und Backpulver mischen. Quark, Milch, Öl und 30 g Zucker zugeben und zu einem glatten Teig verkneten.',
  'Die Äpfel schälen, entkernen und in sehr kleine Würfel schneiden.',
  'Den Teig zu einem Rechteck von etwa 30 x 40 cm ausrollen, mit Butter bestreichen und mit Zimt, restlichem Zucker, Äpfeln und Walnüssen bestreuen.',
  'Von der langen Seite her aufrollen, in 12 Scheiben schneiden und auf das Blech legen.',
  'Etwa 25 Minuten goldbraun backen. Puderzucker mit 2 EL Wasser verrühren und die lauwarmen Schnecken damit bestreichen.',
];
const kNote = 'Statt Walnüssen passen auch Haselnüsse oder Mandelstifte. Für eine vegane Variante Sojaquark und Margarine verwenden.';
const kComments = [
  'Habe sie gestern gebacken, ganz schnell gemacht und super lecker! Beim nächsten Mal nehme ich noch etwas mehr Zimt.',
  'Liebe Sabine, freut mich sehr! Mit mehr Zimt mache ich sie auch am liebsten.',
];
const kNav = ['Startseite', 'Rezepte', 'Backen', 'Kochen', 'Vegetarisch', 'Über mich', 'Kontakt'];
const kMore = ['Saftiger Rührkuchen mit Pflaumen', 'Quarkbällchen aus dem Ofen', 'Schneller Zwetschgendatschi vom Blech'];
const kFoot = ['Impressum', 'Datenschutzerklärung', 'Cookie-Einstellungen'];
const meta = (label: string, value: string): string =>
  `<div class="wprm-recipe-block-container wprm-recipe-time-container"><span class="wprm-recipe-details-label">${label}</span>
<span class="wprm-recipe-details">${value}</span></div>`;
const kHtml = `<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>${kTitle} - Omas Küchenfenster</title>
<meta name="description" content="${kSummary}"><meta property="og:type" content="article"><meta name="generator" content="WordPress 6.7.2">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${kTitle}",
"author":{"name":"Gesine Thalmann"},"datePublished":"2026-02-08T09:00:00+00:00"},{"@type":"Recipe","name":"${kRecipeTitle}","recipeYield":["12"],
"prepTime":"PT20M","cookTime":"PT25M"}]}</script>
<link rel="stylesheet" id="wprm-public-css" href="https://omaskuechenfenster.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css"></head>
<body class="post-template-default single single-post postid-4411 single-format-standard wp-embed-responsive">
<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog"><div class="_brlbs-content"><p class="_brlbs-flex-center">Datenschutzeinstellungen</p>
<p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und deine Erfahrung zu verbessern.</p>
<a class="_brlbs-btn _brlbs-btn-accept-all" href="#">Alle akzeptieren</a><a class="_brlbs-refuse-btn" href="#">Nur essenzielle Cookies akzeptieren</a>
</div></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Omas Küchenfenster</a></p>
<p class="site-description">Einfache Familienrezepte mit Herz</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(kNav, 'menu-item menu-item-type-custom')}</ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-4411" class="post-4411 post type-post status-publish entry">
<header class="entry-header"><div class="entry-taxonomies"><span class="category-links"><a href="/kategorie/backen/" rel="tag">Backen</a></span></div>
<h1 class="entry-title">${kTitle}</h1>
<div class="entry-meta"><span class="posted-by"><span class="author vcard"><a class="url fn n" href="/author/gesine/">Gesine Thalmann</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-02-08T09:00:00+00:00">8. Februar 2026</time></span>
<span class="comments-link"><a href="#comments">2 Kommentare</a></span></div></header>
<div class="entry-content single-content">
<p class="affiliate-hinweis"><em>Dieser Beitrag enthält Affiliate-Links. Wenn du darüber etwas kaufst, erhalte ich eine kleine Provision.</em></p>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Zum Rezept springen</a>
<a href="#" class="wprm-recipe-print wprm-recipe-link">Rezept drucken</a></div>
${ps(kIntro)}
<h2 class="wp-block-heading">${kH1}</h2>
${ps(kP1)}
<figure class="wp-block-image size-large"><img src="https://omaskuechenfenster.example/wp-content/uploads/2026/02/schnecken.jpg" alt="Apfel-Zimt-Schnecken"
width="800"><figcaption class="wp-element-caption">Frisch aus dem Ofen: die Schnecken mit Zuckerguss</figcaption></figure>
<h2 class="wp-block-heading">${kH2}</h2>
<ul class="wp-block-list">${lis(kTips)}</ul>
${ps(kP2)}
<div id="recipe"></div><div id="wprm-recipe-container-4413" class="wprm-recipe-container" data-recipe-id="4413">
<div class="wprm-recipe wprm-recipe-template-omas"><h2 class="wprm-recipe-name wprm-block-text-bold">${kRecipeTitle}</h2>
<div class="wprm-recipe-summary wprm-block-text-normal"><span>${kSummary}</span></div>
<div class="wprm-recipe-rating"><span class="wprm-recipe-rating-details">4.8 von 23 Bewertungen</span></div>
<div class="wprm-recipe-meta-container">${meta('Vorbereitung', '20 Min.')}${meta('Backzeit', '25 Min.')}${meta('Portionen', '12 Stück')}</div>
<a href="https://www.pinterest.example/pin/create/" class="wprm-recipe-pin wprm-recipe-link">Pin Rezept</a>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Zutaten</h3><ul class="wprm-recipe-ingredients">
${lis(kIngr, 'wprm-recipe-ingredient')}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Zubereitung</h3><ul class="wprm-recipe-instructions">
${lis(kSteps, 'wprm-recipe-instruction')}</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">Notizen</h3><div class="wprm-recipe-notes"><span>${kNote}</span></div></div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Hast du das Rezept ausprobiert?</span>
<span class="wprm-call-to-action-text">Markiere @omaskuechenfenster auf Instagram!</span></div></div></div>
</div>
<footer class="entry-footer">
<span class="tags-links">Schlagwörter: ${['Äpfel', 'Kaffeetafel', 'ohne Hefe'].map((t) => `<a href="#" rel="tag">${t}</a>`).join(', ')}</span></footer>
</article>
<section class="related-posts"><h2 class="entry-related-title">Das könnte dir auch gefallen</h2><ul>${links(kMore, 'entry-related-item')}</ul></section>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Kommentare zu „${kTitle}“</h2><ol class="comment-list">
<li id="comment-981" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">Sabine K.</b>
<time datetime="2026-02-09T18:12:00+00:00">9. Februar 2026 um 18:12 Uhr</time></footer><div class="comment-content"><p>${kComments[0]}</p></div>
<a class="comment-reply-link" href="#">Antworten</a></article><ol class="children"><li id="comment-982" class="comment byuser bypostauthor">
<article class="comment-body"><footer class="comment-meta"><b class="fn">Gesine</b> <time>9. Februar 2026 um 20:40 Uhr</time></footer>
<div class="comment-content"><p>${kComments[1]}</p></div></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3>
<p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p>
<p class="form-submit"><input name="submit" type="submit" class="submit" value="Kommentar abschicken"></p></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_text"><h2 class="widget-title">Hallo, ich bin Gesine!</h2>
<p>Hier teile ich die Rezepte aus Omas Küche – einfach, bodenständig und ohne Schnickschnack.</p></section>
<section class="widget widget_newsletter"><h2 class="widget-title">Neue Rezepte per E-Mail</h2><button>Abonnieren</button></section></aside></div>
<footer id="colophon" class="site-footer"><ul>${links(kFoot)}</ul><p class="site-info">© 2026 Omas Küchenfenster</p></footer>
</body></html>`;
const foodblog: TestPage = {
  name: 'heldout244-wordpress-wprm-foodblog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kH1, kH2, kRecipeTitle, 'Zutaten', 'Zubereitung', 'Notizen'],
  body: texts([...kIntro, ...kP1, ...kTips, ...kP2, kSummary, ...kIngr, ...kSteps, kNote]),
  bylines: ['Gesine Thalmann', '8. Februar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Datenschutzeinstellungen',
    'Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und deine Erfahrung zu verbessern.',
    'Alle akzeptieren', 'Nur essenzielle Cookies akzeptieren', 'Omas Küchenfenster',
    'Einfache Familienrezepte mit Herz', ...kNav.filter((t) => t !== 'Backen'), '2 Kommentare',
    'Dieser Beitrag enthält Affiliate-Links. Wenn du darüber etwas kaufst, erhalte ich eine kleine Provision.', 'Zum Rezept springen', 'Rezept drucken',
    'Frisch aus dem Ofen: die Schnecken mit Zuckerguss', '4.8 von 23 Bewertungen', 'Vorbereitung', 'Backzeit', '25 Min.', 'Portionen', '12 Stück',
    'Pin Rezept', 'Hast du das Rezept ausprobiert?', 'Markiere @omaskuechenfenster auf Instagram!', 'Schlagwörter:', 'Kaffeetafel', 'ohne Hefe',
    'Das könnte dir auch gefallen', ...kMore, `2 Kommentare zu „${kTitle}“`, 'Sabine K.', '9. Februar 2026 um 18:12 Uhr', ...kComments, 'Gesine',
    '9. Februar 2026 um 20:40 Uhr', 'Antworten', 'Schreibe einen Kommentar',
    'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.', 'Hallo, ich bin Gesine!',
    'Hier teile ich die Rezepte aus Omas Küche – einfach, bodenständig und ohne Schnickschnack.', 'Neue Rezepte per E-Mail', 'Abonnieren',
    ...kFoot, '© 2026 Omas Küchenfenster',
  ],
};

export const HELDOUT244_D: readonly TestPage[] = [foodblog, blogger];
