import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout592-kit.js';

/**
 * Held-out batch 592, file c: an exhibition overview (press text) on an Artlogic gallery website with its sub-navigation tabs,
 * cookie notice and mailing-list footer, and a portrait studio's commissions page on Webflow with a CMS FAQ list and a form.
 */
const aTitle = 'Ferrous';
const aArtist = 'Adaeze Morrow-Ilse';
const aDates = '5 June – 19 July 2027';
const aBody = [
  j(
    'Halloran Kest is pleased to present Ferrous, an exhibition of new sculpture and drawing by Adaeze Morrow-Ilse, her second with',
    'the gallery. The exhibition brings together eleven sculptures made over two years in a former chain works on the edge of',
    'Brackwell, where the artist has had her studio since 2023.',
  ),
  j(
    'Morrow-Ilse works with salvaged iron: anchor chain, boiler plate, railings taken down from terraced houses in the 1940s and',
    'never collected. She does not weld. Instead the pieces are forged, bent cold or bolted together, so that each joint stays',
    'visible and could, in principle, be undone. The largest work in the exhibition, Counterweight (2026), hangs eighteen links',
    'of ship chain from a single beam, balanced against a block of cast iron that once served as a weight on a canal lock.',
  ),
  j(
    'Rust is not treated as a flaw. Several works have been left outside for a winter before they were brought into the gallery,',
    'and the artist has kept a record of their weathering in a series of rubbings on Japanese paper, shown here for the first',
    'time. The drawings are made by laying paper over the iron and working graphite across it, so that corrosion and tool marks',
    'come up like a map.',
  ),
  j(
    '"I want the work to show how long it took to make, and how long it will take to fall apart," Morrow-Ilse has said. "Iron is',
    'honest that way. It tells you where it has been."',
  ),
  j(
    'Adaeze Morrow-Ilse (b. 1984, Lagos) lives and works in Brackwell. Recent exhibitions include Load Bearing, Orrin Street',
    'Projects, Glasmoor (2025), and the Brackwell Sculpture Triennial (2024). Her work is held in the collections of the',
    'Kestermouth Museum and the Arden Foundation.',
  ),
  j(
    'A fully illustrated catalogue, with an essay by the curator Leontine Saro, accompanies the exhibition. The artist will be in',
    'conversation with Leontine Saro at the gallery on Saturday 21 June at 3pm; places are free but must be booked.',
  ),
];
const aNav = ['Artists', 'Exhibitions', 'Art Fairs', 'Viewing Room', 'News', 'Publications', 'Contact'];
const aTabs = ['Overview', 'Works', 'Installation Views', 'Press Release', 'Catalogue'];
const aFoot = ['Privacy Policy', 'Cookie Policy', 'Manage cookies'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} | ${aArtist} | Exhibitions | Halloran Kest</title>
<meta name="description" content="Halloran Kest is pleased to present Ferrous, an exhibition of new sculpture and drawing by Adaeze Morrow-Ilse.">
<meta property="og:type" content="website"><meta property="og:title" content="${aArtist}: ${aTitle}">
<link rel="stylesheet" href="/lib/g/themes/halloran/css/styles.css?c=27">
<script src="/lib/jquery/jquery-3.6.0.min.js"></script><script src="/lib/archimedes/js/archimedes-frontend-core.js?c=27"></script>
<script>window.archimedes = window.archimedes || {}; archimedes.archimedes_core.init({"site_id":"halloran"});</script></head>
<body class="exhibitions-app exhibitions-page page-exhibitions section-exhibitions layout-fixed-header site-type-template"><div id="cookie_notification"
class="cookie_notification_expanded" role="region" aria-label="Cookie notification"><div class="inner"><div id="cookie_notification_message" class="prose">
<p>This website uses cookies. By continuing to browse you are agreeing to our use of cookies.</p></div><div id="cookie_notification_preferences"
class="link"><a href="#" role="button">Manage cookies</a></div><div id="cookie_notification_accept" class="button"><a href="#">Accept</a></div></div></div>
<div id="container-outer"><div id="container"><div id="header"><div class="inner clearwithin"><div id="logo"><a href="/">Halloran Kest</a></div>
<div id="skiplink-container"><div><a href="#main_content" class="skiplink">Skip to main content</a></div></div>
<div id="top_nav"><div id="top_nav_reveal" class="hidden"><ul><li><a href="#" role="button" aria-label="Open the menu"><span
class="top_nav_reveal_text">Menu</span>
</a></li></ul></div><ul id="top_nav_list">${links(aNav, 'menuitem')}</ul></div>
<div id="header_quick_search" class="quick-search"><form method="get" action="/search/"><label for="quick_search_field" class="visually-hidden">Search</label>
<input type="text" class="inputField" value="" name="search" id="quick_search_field" placeholder="Search"></form></div></div></div>
<div id="main_content" role="main"><div id="content" class="clearwithin"><div class="exhibition-header heading_wrapper clearwithin">
<div class="h1_wrapper"><h1 class="has_subtitle" data-subtitle="${aArtist}"><span class="title">${aTitle}</span></h1></div>
<div class="subtitle"><span class="subtitle_artist">${aArtist}</span></div><div class="subtitle_date">${aDates}</div>
<div id="sub_nav" class="navigation"><ul>${aTabs
  .map(
    (t, i) => `<li id="sub_item_${i}"${i === 0 ? ' class="active"' : ''}><a
href="/exhibitions/212-ferrous/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul></div></div>
<div class="subsection-overview page_stats clearwithin"><div id="image_gallery" class="clearwithin"><div class="image"><span class="image_wrapper">
<img src="https://artlogic-res.cloudinary.example/w_1600/halloran/ferrous-install.jpg" alt="Installation view"></span></div>
<div class="caption">Installation view, <em>Ferrous</em>, Halloran Kest, 2027. Photo: Idris Quayle</div></div>
<div id="content_module" class="content_module description"><div class="prose">
${ps(aBody)}
</div><div class="link"><a href="/exhibitions/212-ferrous/press-release/" class="button">Download press release</a></div></div>
<div id="social_links" class="clearwithin"><div class="social_links_item"><a href="#" class="addthis_button_facebook"><span>Facebook</span></a></div>
<div class="social_links_item"><a href="#" class="addthis_button_twitter"><span>X</span></a></div><div class="social_links_item">
<a href="#" class="addthis_button_pinterest"><span>Pinterest</span></a></div><div class="social_links_item"><a href="#" class="addthis_button_email">
<span>Email</span></a></div></div>
<div class="back_to_link"><a href="/exhibitions/">Back to exhibitions</a></div></div></div></div>
<div id="footer" class="clearwithin"><div class="inner"><div id="mailinglist_signup_footer"><h3>Join our mailing list</h3><form class="mailinglist_signup"
action="/mailing-list/"><label for="ml_email" class="visually-hidden">Email</label><input id="ml_email" type="email" name="email" placeholder="Email">
<button type="submit">Sign up</button></form></div><div class="copyright"><div class="small-links-container"><div class="copyright-text">
Copyright © 2027 Halloran Kest</div><div id="artlogic"><a href="https://artlogic.net/" target="_blank" rel="noopener">Site by Artlogic</a></div></div>
<div class="address">Halloran Kest, 14 Vintner Row, Brackwell BK1 4QA<br>Tuesday – Saturday, 11am – 6pm</div><ul class="footer-links">${links(aFoot)}</ul>
</div></div></div></div></div>
<script src="/lib/g/themes/halloran/js/scripts.js?c=27"></script></body></html>`;
const artlogic: TestPage = {
  name: 'heldout592-artlogic-exhibition-overview',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([aArtist, aDates, ...aBody]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies. By continuing to browse you are agreeing to our use of cookies.', 'Manage cookies', 'Accept', 'Halloran Kest',
    'Skip to main content', ...aNav, 'Search', ...aTabs, 'Installation view, Ferrous, Halloran Kest, 2027. Photo: Idris Quayle',
    'Download press release', 'Facebook', 'X', 'Pinterest', 'Email', 'Back to exhibitions', 'Join our mailing list', 'Sign up',
    'Copyright © 2027 Halloran Kest', 'Site by Artlogic', 'Halloran Kest, 14 Vintner Row, Brackwell BK1 4QA', 'Tuesday – Saturday, 11am – 6pm',
    ...aFoot.filter((t) => t !== 'Manage cookies'),
  ],
};

const fTitle = 'Commissions';
const fIntro = [
  j(
    'I take on six portrait commissions a year, painted in oil from life in my studio in Harwick Mill. Sittings are booked from',
    'March to October, when the north light in the studio is at its best.',
  ),
];
const fFaq: [string, string][] = [
  [
    'How many sittings will I need?',
    j(
      'Usually four to six sittings of about two hours. I paint the head from life and use photographs only for clothing and',
      'background, which I work on between sittings.',
    ),
  ],
  [
    'What does a portrait cost?',
    j(
      'A head and shoulders on a 50 × 40 cm canvas is £4,200; a half-length on 76 × 61 cm is £7,500. A deposit of a third is',
      'paid when we book the first sitting, and the balance when the painting is finished.',
    ),
  ],
  [
    'Can you paint from a photograph?',
    j(
      'I do not paint portraits of living sitters from photographs. For memorial portraits I will consider working from',
      'photographs if there are several good ones to choose from.',
    ),
  ],
  ['Is the frame included?', 'No. I can recommend a framer in Harwick, and I am happy to help choose a moulding once the painting is dry.'],
  [
    'How long does it take?',
    'Allow three to four months from the first sitting. Oil paint needs six months before it can be varnished, so I varnish later, at no cost.',
  ],
];
const fNav = ['Portraits', 'Landscapes', 'Commissions', 'About', 'Contact'];
const fForm = ['Name', 'Email', 'Who would you like painted?', 'Tell me a little about the portrait you have in mind'];
const fFaqHtml = fFaq
  .map(
    ([q, a]) => `<div role="listitem" class="faq-item w-dyn-item"><h3 class="faq-question">${q}</h3>
<div class="faq-answer w-richtext"><p>${a}</p></div></div>`,
  )
  .join('\n');
const fFormHtml = fForm
  .map((t, i) => `<label for="field-${i}" class="field-label">${t}</label><input class="text-field w-input" maxlength="256" name="field-${i}" id="field-${i}">`)
  .join('\n');
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 08 2027 11:02:45 GMT+0000 -->
<html data-wf-domain="www.corinnaheld.example" data-wf-page="65a0c3f1e2" data-wf-site="65a0c3f1d9" lang="en"><head><meta charset="utf-8">
<title>Commissions | Corinna Held, Portrait Painter</title><meta content="Portrait commissions in oil, painted from life in Harwick." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.example/65a0c3f1d9/css/corinna-held.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><div class="brand-text">Corinna Held</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}" class="nav-link
w-nav-link${t === fTitle ? ' w--current' : ''}"${t === fTitle ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-page">${fTitle}</h1>
<div class="intro-text w-richtext">${ps(fIntro)}</div></div></section>
<section class="section-faq"><div class="w-layout-blockcontainer container w-container"><div class="faq-list w-dyn-list"><div role="list" class="w-dyn-items">
${fFaqHtml}
</div></div></div></section>
<section class="section-form"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-form">Request a sitting</h2>
<div class="form-block w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="form">
${fFormHtml}
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send request"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-text">Studio 4, Harwick Mill,
Canal Street, Harwick</div><a href="https://instagram.com/corinnaheld.example" class="footer-link">Instagram</a><div class="footer-text">© Corinna Held
2027</div>
</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0c3f1d9" type="text/javascript"></script>
<script src="https://assets-global.website-files.example/65a0c3f1d9/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout592-webflow-portrait-commissions-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fFaq.map(([q]) => q),
  body: texts([...fIntro, ...fFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corinna Held', ...fNav.filter((t) => t !== fTitle), 'Request a sitting', ...fForm, 'Studio 4, Harwick Mill, Canal Street, Harwick', 'Instagram',
    '© Corinna Held 2027',
  ],
};

export const HELDOUT592_C: readonly TestPage[] = [artlogic, webflow];
