import { links, ps, type TestPage, texts } from './page-kit.js';
import { gearspaceThread } from './pages-heldout223-a2.js';

/**
 * Held-out batch 223, file a: a Sound On Sound gear review (Drupal template: login strip, main menu, the "Reviews" section
 * label, the standfirst, the "Published in SOS" line and author, a captioned photo, box-outs with their own headings, the
 * Pros / Cons / Summary verdict box, the information box, the digital-edition promo, share links, "Previous article" /
 * "Next article", the related-reviews rail, the subscribe block, the cookie banner and the footer) and, from file a2, a
 * Gearspace forum thread.
 */
const sosTitle = 'Harrowgate Instruments Merlin 6';
const sosDek = 'A six-voice analogue polysynth that fits in a rucksack sounds like a tall order. Harrowgate think they have pulled it off.';
const sosP1 = [
  'Harrowgate Instruments are a small Calderbrook company best known for their Eurostack filter modules, so the Merlin 6 is something ' +
    'of a leap: a complete six-voice polyphonic synthesizer with two VCOs per voice, a 37-key Fatar keybed and a street price that ' +
    'undercuts most of its rivals. I have had one on my desk for six weeks, and it has been hard to give back.',
  'The case is a folded steel shell with walnut cheeks, and at 5.2kg it is genuinely portable. All 41 knobs sit on metal-shafted pots ' +
    'with a firm, even feel, and there is no menu diving for anything you would want to change while playing.',
];
const sosH1 = 'Oscillators & Filter';
const sosP2 = [
  'Each voice has two discrete VCOs offering saw, pulse and triangle waves that can be mixed rather than switched, plus a sub ' +
    'oscillator on VCO 1 and hard sync. Pulse width can be modulated from the second envelope or the LFO, and there is a dedicated ' +
    'Drift control that detunes each voice by a slightly different amount. At around ten o’clock it adds exactly the right amount ' +
    'of life without making chords sound sour.',
  'The filter is a four-pole ladder design with a switchable two-pole mode. In four-pole mode it is smooth and round, and ' +
    'self-oscillates cleanly enough to be played as a sine source. Two-pole mode is brighter and a little rawer, and I ended up ' +
    'using it for most of my brass and string patches.',
];
const sosH2 = 'Modulation';
const sosP3 = [
  'The two ADSR envelopes are snappy, with attack times down to about a millisecond, and the single LFO offers five shapes, ' +
    'key sync and a delay fade. A small modulation matrix with eight slots is reached by holding Shift and turning the destination ' +
    'knob, which is quicker than it sounds once you have done it a few times.',
  'My one real complaint is that there is only one LFO. Vibrato and a slow filter sweep at the same time means borrowing the ' +
    'second envelope in loop mode, which works but feels like a workaround on an instrument at this price.',
];
const sosBoxH = 'Polyphonic Aftertouch?';
const sosBox = [
  'The Merlin’s keybed sends channel aftertouch only. Harrowgate told me that polyphonic aftertouch was considered and dropped to ' +
    'keep the price down, and that MPE input over USB is planned for a firmware update early next year.',
];
const sosH3 = 'In Use';
const sosP4 = [
  'Sound-wise, this is a warm, slightly dark synth that sits very well in a mix. Pads are lush, basses are weighty without ' +
    'swamping everything else, and the onboard chorus, borrowed from the company’s BBD pedal, is excellent. The 128 factory patches ' +
    'are sensibly organised, though a few lean too heavily on the chorus.',
  'The arpeggiator and 64-step sequencer are basic but solid, and both sync to MIDI clock or to the analogue clock input. ' +
    'Patch storage runs to 512 slots, and a free editor for Mac and Windows handles backups and librarian duties.',
];
const sosH4 = 'Conclusion';
const sosP5 = [
  'The Merlin 6 is not the most feature-packed polysynth around, but it is one of the most immediate and best-sounding I have ' +
    'played in this price range. If you want a hands-on analogue poly that you can carry to a gig on the bus, put it near the top of your list.',
];
const sosPros = ['Rich, warm sound with real character.', 'Excellent build quality and knob feel.', 'Genuinely portable.', 'Very good chorus.'];
const sosCons = ['Only one LFO.', 'No polyphonic aftertouch.', 'Factory patches overuse the chorus.'];
const sosSummary = 'A compact, great-sounding six-voice analogue polysynth that puts almost everything on a knob, let down only by its single LFO.';
const sosInfo = ['£1299 including VAT.', 'Harrowgate Instruments +44 114 496 0321', 'www.harrowgate-instruments.example'];
const sosNav = ['News', 'Reviews', 'Techniques', 'People', 'Sound Advice', 'Podcasts', 'Forum', 'Competitions', 'Magazine'];
const sosRelated = ['Ondine Audio Tidewater', 'Calder Synths Nine-Voice Module', 'Velder Labs Pocket Poly', 'Fieldhouse Electronics Ansel Mk2'];
const sosFoot = ['About SOS', 'Contact', 'Advertising', 'Privacy Policy', 'Cookie Policy', 'Terms & Conditions', 'Jobs', 'Help'];
const sosCaption = 'The Merlin 6’s rear panel offers stereo outputs, MIDI In, Out and Thru, USB, clock in and two pedal inputs.';
const sosHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Harrowgate Instruments Merlin 6 | Sound On Sound</title>
<meta name="description" content="${sosDek}"><meta property="og:site_name" content="Sound On Sound"><meta property="og:type" content="article">
<meta property="og:title" content="${sosTitle}"><meta name="twitter:card" content="summary_large_image"><meta name="Generator" content="Drupal 10">
<link rel="canonical" href="https://www.soundonsound.com/reviews/harrowgate-instruments-merlin-6">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Review","headline":"${sosTitle}","name":"${sosTitle}",
"author":{"@type":"Person","name":"Tom Whitcombe"},"datePublished":"2025-11-19T09:00:00+0000","itemReviewed":{"@type":"Product",
"name":"Merlin 6","brand":"Harrowgate Instruments"},"publisher":{"@type":"Organization","name":"Sound On Sound"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qw3k0pTn7.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="top-bar"><ul class="user-links"><li><a href="/user/login">Log in</a></li><li><a href="/user/register">Register</a></li>
<li><a href="/subscribe" class="subscribe-btn">Subscribe</a></li></ul></div>
<header id="header" role="banner"><div class="site-branding"><a href="/" rel="home" title="Home"><img src="/themes/sos/logo.svg" alt="Sound On Sound"></a>
<p class="site-slogan">The World's Best Recording Technology Magazine</p></div>
<nav role="navigation" aria-labelledby="block-sos-main-menu-menu" id="block-sos-main-menu"><h2 class="visually-hidden" id="block-sos-main-menu-menu">
Main navigation</h2><ul class="menu menu--main">${links(sosNav, 'menu-item')}</ul></nav>
<form class="search-block-form" action="/search" method="get"><label for="edit-keys" class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys" placeholder="Search SOS"></form></header>
<div class="ad-slot ad-leaderboard" id="div-gpt-ad-leaderboard"><span class="ad-label">Advertisement</span></div>
<main id="main-content" role="main"><div class="layout-content">
<article data-history-node-id="88213" role="article" about="/reviews/harrowgate-instruments-merlin-6" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-section"><a href="/reviews">Reviews</a> : <a href="/reviews/keyboard">Keyboard</a></div>
<h1 class="page-title"><span class="field field--name-title">${sosTitle}</span></h1>
<div class="field field--name-field-subtitle"><h2 class="subtitle">Analogue Polysynth</h2></div>
<div class="field field--name-field-standfirst"><p>${sosDek}</p></div>
<div class="node__meta"><div class="field field--name-field-author">By <a href="/author/tom-whitcombe">Tom Whitcombe</a></div>
<div class="published-in">Published in <a href="/sos/dec25">SOS December 2025</a></div></div>
<figure class="image-main"><img src="/sites/default/files/styles/content/public/2025-11/merlin-6-main.jpg" alt="Harrowgate Merlin 6 synthesizer">
</figure>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(sosP1)}
<h3>${sosH1}</h3>
${ps(sosP2)}
<figure class="caption caption-img"><img src="/sites/default/files/inline-images/merlin-rear.jpg" alt="">
<figcaption>${sosCaption}</figcaption></figure>
<h3>${sosH2}</h3>
${ps(sosP3)}
<div class="sidebar-box"><h3>${sosBoxH}</h3>${ps(sosBox)}</div>
<div class="ad-slot ad-inread" id="div-gpt-ad-inread"><span class="ad-label">Advertisement</span></div>
<h3>${sosH3}</h3>
${ps(sosP4)}
<h3>${sosH4}</h3>
${ps(sosP5)}
</div>
<div class="review-summary"><div class="pros"><h3>Pros</h3><ul>${sosPros.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="cons"><h3>Cons</h3><ul>${sosCons.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="summary"><h3>Summary</h3><p>${sosSummary}</p></div></div>
<div class="review-info"><h3>Information</h3><p>${sosInfo[0]}</p><p>${sosInfo[1]}</p><p><a href="https://harrowgate-instruments.example">${sosInfo[2]}</a></p>
</div>
<div class="magazine-promo"><p class="promo-title">This article was originally published in the December 2025 issue</p>
<p>Read the digital edition of SOS on any device. <a href="/subscribe">Subscribe now</a></p></div>
<div class="share-links"><span class="share-label">Share this article</span><ul><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-x">X</a></li><li><a href="#" class="share-email">Email</a></li></ul></div>
<nav class="article-pager"><a class="prev" href="/reviews/ondine-tidewater">Previous article</a><a class="next" href="/reviews/loopline-mx4">Next article</a>
</nav>
</article></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block block-views"><h2>Related Articles</h2>
<ul class="related-list">${links(sosRelated)}</ul></div>
<div class="block subscribe-block"><h2>Subscribe to SOS</h2><p>Print, digital and all-access subscriptions from £4.99 a month.</p>
<a href="/subscribe" class="button">See all offers</a></div>
<div class="ad-slot ad-mpu" id="div-gpt-ad-mpu"><span class="ad-label">Advertisement</span></div></aside></main>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner">
<div id="popup-text"><p>We use cookies to give you the best experience on our website and to help us understand how it is used.</p></div>
<div id="popup-buttons"><button type="button" class="agree-button">Accept all</button><button type="button" class="decline-button">Only necessary</button>
</div></div></div>
<footer role="contentinfo" class="site-footer"><ul class="footer-menu">${links(sosFoot)}</ul>
<p class="copyright">All contents copyright © SOS Publications Group and/or its licensors, 1985-2025. All rights reserved.</p></footer></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/88213"}}</script>
</body></html>`;
const soundOnSound: TestPage = {
  html: sosHtml,
  name: 'heldout223-soundonsound-review',
  kind: 'news',
  // the standfirst, the box-out and the verdict box (Pros, Cons, Summary) are the review's own text; the subtitle
  // "Analogue Polysynth" (a product-type label) and the information box (price and contact) are in neither list
  title: sosTitle,
  headings: [sosH1, sosH2, sosBoxH, sosH3, sosH4, 'Pros', 'Cons', 'Summary'],
  body: [sosDek, ...texts(sosP1), ...texts(sosP2), ...texts(sosP3), ...texts(sosBox), ...texts(sosP4), ...texts(sosP5), ...sosPros, ...sosCons, sosSummary],
  bylines: ['By Tom Whitcombe', 'Published in SOS December 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Log in', 'Register', 'Subscribe', 'The World\'s Best Recording Technology Magazine', 'Main navigation', ...sosNav,
    'Advertisement', 'Reviews : Keyboard', sosCaption, 'Information', 'This article was originally published in the December 2025 issue',
    'Read the digital edition of SOS on any device.', 'Subscribe now', 'Share this article', 'Facebook', 'Email', 'Previous article', 'Next article',
    'Related Articles', ...sosRelated, 'Subscribe to SOS', 'Print, digital and all-access subscriptions from £4.99 a month.', 'See all offers',
    'We use cookies to give you the best experience on our website and to help us understand how it is used.', 'Accept all', 'Only necessary',
    ...sosFoot, 'All contents copyright © SOS Publications Group and/or its licensors, 1985-2025. All rights reserved.',
  ],
};

export const HELDOUT223_A: readonly TestPage[] = [soundOnSound, gearspaceThread];
