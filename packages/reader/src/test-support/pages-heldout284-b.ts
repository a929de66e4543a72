import { links, type TestPage } from './page-kit.js';
import { hiShort } from './pages-heldout284-b2.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file b: a Greek daily's article on a Drupal 10 template (region header with main menu and the
 * "Συνδρομή" button, breadcrumb block, node--type-article with the field--name-field-subtitle lead, the author and the
 * published / updated dates, the main image with caption, an inline "Διαβάστε επίσης" block, the newsletter block, the
 * "Περισσότερα από Κοινωνία" views block, the Didomi consent notice and the footer) and, from file b2, a short Hindi story.
 */
const grTitle = 'Η Λευκόπετρα ανοίγει ξανά το παλιό λιμάνι για τα αλιευτικά μετά από δώδεκα χρόνια';
const grLead = 'Το λιμενικό ταμείο ολοκλήρωσε τη βυθοκόρηση και τις νέες προβλήτες, οι ψαράδες όμως ζητούν και ψυγεία';
const grArt = art(
  [
    j(
      'Δώδεκα χρόνια μετά το κλείσιμό του λόγω προσχώσεων, το παλιό λιμάνι της Λευκόπετρας υποδέχεται ξανά αλιευτικά σκάφη.',
      'Το δημοτικό λιμενικό ταμείο ανακοίνωσε ότι οι εργασίες βυθοκόρησης ολοκληρώθηκαν και ότι από την 1η Απριλίου τα σκάφη',
      'μέχρι δεκαπέντε μέτρα θα μπορούν να δένουν στις δύο νέες προβλήτες.',
    ),
    j(
      'Το έργο κόστισε 3,8 εκατομμύρια ευρώ και χρηματοδοτήθηκε κατά το μεγαλύτερο μέρος από το περιφερειακό πρόγραμμα για την',
      'αλιεία. Το βάθος του νερού στην είσοδο του λιμανιού έφτασε τα τέσσερα μέτρα, από λιγότερο από ενάμισι μέτρο πριν από',
      'τις εργασίες.',
    ),
    { h: 'Τι αλλάζει για τους ψαράδες' },
    j(
      'Μέχρι σήμερα οι περίπου σαράντα επαγγελματίες ψαράδες της περιοχής έδεναν τα σκάφη τους στο εμπορικό λιμάνι, τρία',
      'χιλιόμετρα νοτιότερα, όπου πλήρωναν υψηλότερα τέλη και συχνά δεν έβρισκαν θέση τους καλοκαιρινούς μήνες.',
    ),
    {
      ul: [
        'τα τέλη ελλιμενισμού για τα αλιευτικά θα είναι μειωμένα κατά 40% τον πρώτο χρόνο,',
        'δέκα θέσεις κρατούνται για σκάφη παράκτιας αλιείας της Λευκόπετρας,',
        'η ιχθυόσκαλα θα λειτουργεί καθημερινά από τις 5 έως τις 10 το πρωί.',
      ],
    },
    {
      q: j(
        'Χαιρόμαστε που γυρίζουμε σπίτι μας, αλλά χωρίς ψυγείο και παγομηχανή στο λιμάνι το ψάρι θα πρέπει πάλι να ταξιδεύει',
        'στο εμπορικό λιμάνι πριν πουληθεί.',
      ),
      by: 'Σταύρος Μαυρογιάννης, πρόεδρος του αλιευτικού συλλόγου',
    },
    { h: 'Τα επόμενα βήματα' },
    j(
      'Ο δήμαρχος Λευκόπετρας Αντώνης Καλαμαράς δήλωσε ότι η μελέτη για την ψυκτική αποθήκη έχει ήδη εγκριθεί και ότι ο',
      'διαγωνισμός θα προκηρυχθεί μέσα στον Μάιο. Εκτιμά ότι η αποθήκη μπορεί να λειτουργήσει πριν από το τέλος της χρονιάς.',
    ),
    j(
      'Οι κάτοικοι της παλιάς πόλης ζητούν επίσης να μη γίνει το λιμάνι χώρος στάθμευσης για τουριστικά σκάφη. Το δημοτικό',
      'συμβούλιο θα συζητήσει τον νέο κανονισμό λειτουργίας στη συνεδρίαση της 24ης Μαρτίου, όπου θα κριθεί και πόσες θέσεις',
      'θα μείνουν για ερασιτέχνες αλιείς.',
    ),
    j(
      'Στο μεταξύ, ο σύλλογος αλιέων οργανώνει για την Κυριακή 29 Μαρτίου μια μικρή γιορτή στην προβλήτα, με ψαρόσουπα για',
      'όλους και έκθεση φωτογραφιών από τη ζωή του λιμανιού πριν από το κλείσιμο. Όπως λένε τα μέλη του, θέλουν να θυμίσουν',
      'στους νεότερους ότι η πόλη μεγάλωσε γύρω από αυτή τη μικρή αποβάθρα.',
    ),
  ],
  { h: 'h2 class="article-subtitle"' },
);
const grMenu = ['Πολιτική', 'Οικονομία', 'Κοινωνία', 'Κόσμος', 'Πολιτισμός', 'Αθλητισμός', 'Γνώμες', 'Ψηφιακή έκδοση'];
const grCrumbs = ['Αρχική', 'Κοινωνία'];
const grMore = [
  'Νέο δρομολόγιο πλοίου συνδέει τη Λευκόπετρα με τα νησιά του κόλπου',
  'Ξεκινά η αποκατάσταση του βυζαντινού κάστρου',
  'Σχολεία της περιφέρειας αποκτούν φωτοβολταϊκά',
];
const grFoot = ['Ποιοι είμαστε', 'Όροι χρήσης', 'Πολιτική απορρήτου', 'Ρυθμίσεις cookies', 'Επικοινωνία'];
const grHtml = `<!DOCTYPE html>
<html lang="el" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${grTitle} | Η Πρωινή του Κόλπου</title><meta name="description" content="${grLead}">
<link rel="canonical" href="https://proini-kolpou.example/koinonia/561204/limani-leukopetras">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:type" content="article"><meta property="article:section" content="Κοινωνία">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${grTitle}",
"datePublished":"2026-03-09T08:15:00+0200","dateModified":"2026-03-09T11:02:00+0200","author":{"@type":"Person","name":"Ελένη Ζαχαράκη"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"el"},"didomi":{"enabled":true}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Jk3a.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Μετάβαση στο κύριο περιεχόμενο</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="region region-header"><div id="block-site-branding"><a href="/" rel="home" class="site-logo">Η Πρωινή του Κόλπου</a></div>
<nav role="navigation" aria-labelledby="block-main-menu" id="block-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-main-menu">Main navigation</h2><ul class="menu">${links(grMenu, 'menu-item')}</ul></nav>
<a class="btn-subscribe" href="/syndromi">Συνδρομή</a></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(grCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article data-history-node-id="561204" role="article" class="node node--type-article node--view-mode-full">
<div class="article-header"><div class="field field--name-field-category"><a href="/koinonia">Κοινωνία</a></div>
<h1 class="page-title"><span class="field field--name-title">${grTitle}</span></h1>
<div class="field field--name-field-subtitle">${grLead}</div>
<div class="article-meta"><div class="field field--name-field-author"><a href="/author/zacharaki">Ελένη Ζαχαράκη</a></div>
<div class="article-dates"><time class="published" datetime="2026-03-09T08:15:00+02:00">09.03.2026 • 08:15</time>
<span class="updated">Τελευταία ενημέρωση: 09.03.2026 • 11:02</span></div></div>
<div class="article-share"><a class="share-facebook" href="#">Facebook</a> <a class="share-x" href="#">X</a> <a class="share-email" href="#">Email</a>
</div></div>
<div class="field field--name-field-main-image"><figure><img src="/sites/default/files/styles/large/public/2026-03/limani.jpg" alt="" loading="lazy">
<figcaption>Οι νέες προβλήτες στο παλιό λιμάνι της Λευκόπετρας. ΦΩΤ. ΑΡΧΕΙΟΥ</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${grArt.html}
<div class="embedded-entity related-inline"><span class="related-inline__label">Διαβάστε επίσης</span>
<a href="/koinonia/559870">Νέο δρομολόγιο πλοίου συνδέει τη Λευκόπετρα με τα νησιά του κόλπου</a></div>
</div>
<div class="field field--name-field-tags"><div class="field__label">Ετικέτες</div><div class="field__items">
<a href="/tags/limania">Αλιευτικά λιμάνια</a> <a href="/tags/erga">Περιφερειακά έργα</a></div></div></article>
<div id="block-newsletter" class="block block-newsletter"><h2>Newsletter</h2>
<p>Τα σημαντικότερα νέα της ημέρας στο email σας, κάθε πρωί στις 7.</p>
<form class="simplenews-subscriber-form"><input type="email" placeholder="Το email σας"><button>Εγγραφή</button></form></div>
<div class="views-element-container block block-views"><h2 class="block-title">Περισσότερα από Κοινωνία</h2>
<div class="view view-related"><ul>${links(grMore, 'views-row')}</ul></div></div>
</div></div></main>
<footer role="contentinfo" class="region region-footer"><ul class="menu">${links(grFoot, 'menu-item')}</ul>
<p class="copyright">© 2026 Η Πρωινή του Κόλπου Α.Ε. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.</p></footer></div></div>
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog"><div class="didomi-notice-text">Εμείς και οι συνεργάτες μας χρησιμοποιούμε
cookies για να προσφέρουμε εξατομικευμένο περιεχόμενο και διαφημίσεις.</div><button id="didomi-notice-agree-button">Αποδοχή</button>
<button id="didomi-notice-disagree-button">Απόρριψη</button><button class="didomi-notice-learn-more">Περισσότερες επιλογές</button></div></div>
<script src="/core/misc/drupal.js?v=10.2.3"></script></body></html>`;
const grDaily: TestPage = {
  name: 'heldout284-proini-drupal-news',
  kind: 'news',
  html: grHtml,
  title: grTitle,
  headings: grArt.headings,
  body: [grLead, ...grArt.body],
  bylines: ['Ελένη Ζαχαράκη', '09.03.2026 • 08:15', 'Τελευταία ενημέρωση: 09.03.2026 • 11:02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Μετάβαση στο κύριο περιεχόμενο', 'Η Πρωινή του Κόλπου', ...grMenu, 'Συνδρομή', ...grCrumbs, 'Facebook', 'Email',
    'Οι νέες προβλήτες στο παλιό λιμάνι της Λευκόπετρας. ΦΩΤ. ΑΡΧΕΙΟΥ', 'Διαβάστε επίσης', 'Ετικέτες', 'Αλιευτικά λιμάνια', 'Περιφερειακά έργα', 'Newsletter',
    'Τα σημαντικότερα νέα της ημέρας στο email σας, κάθε πρωί στις 7.', 'Εγγραφή', 'Περισσότερα από Κοινωνία', ...grMore, ...grFoot,
    '© 2026 Η Πρωινή του Κόλπου Α.Ε. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.',
    'Εμείς και οι συνεργάτες μας χρησιμοποιούμε cookies για να προσφέρουμε εξατομικευμένο περιεχόμενο και διαφημίσεις.', 'Αποδοχή', 'Απόρριψη',
    'Περισσότερες επιλογές',
  ],
};

export const HELDOUT284_B: readonly TestPage[] = [grDaily, hiShort];
