import { links, ps, type TestPage, texts } from './page-kit.js';
import { sparkfun } from './pages-heldout321-c2.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file c: an Adafruit Learn-style guide page (shop header, guide header with author and dates, the guide's
 * page list in a sidebar, the page title as h2, a wiring figure with caption, a code block, the "Featured Products" rail,
 * "Page last edited" line, previous / next page links, footer) and, from file c2, a SparkFun-style product page.
 */
const gTitle = 'Desk Air Quality Monitor with a Feather and a CO2 Sensor';
const gPageTitle = 'Wiring and Calibration';
const gIntro = [
  j(
    'With the board soldered up and CircuitPython installed, it is time to connect the sensor. The monitor uses STEMMA QT cables,',
    'so there is no breadboard and no soldering on this page: every part plugs into the next.',
  ),
];
const gWiring = [
  'Plug one end of a STEMMA QT cable into the Feather\u2019s I2C port.',
  'Plug the other end into either port on the CO2 sensor breakout.',
  'Chain a second cable from the sensor\u2019s other port to the display, if you are using one.',
  'Connect the battery last, and leave the power switch off for now.',
];
const gWhy = [
  j(
    'The sensor measures carbon dioxide with a photoacoustic cell: a small lamp pulses infrared light into a chamber, the CO2 absorbs',
    'some of it and warms up, and a tiny microphone hears the pressure change. It is a clever trick, but it means the reading drifts',
    'slowly as the lamp ages.',
  ),
  j(
    'To correct the drift the sensor can calibrate itself against fresh air. Outdoor air sits close to 420 parts per million, so if',
    'the sensor sees fresh air now and then, it can use that as its baseline.',
  ),
];
const gCal = [
  j(
    'Automatic self-calibration is on by default. It assumes the sensor sees fresh air at least once a week, which is fine in an',
    'office that is aired every evening but wrong in a bedroom with the window shut all winter.',
  ),
  j(
    'If your room never gets fresh air, turn self-calibration off in code.py and do a forced calibration instead: take the monitor',
    'outside or put it by an open window for five minutes, then press button A. The code tells the sensor that the current reading',
    'is 420 ppm and stores the offset.',
  ),
];
const gTip = 'Do not breathe on the sensor while it calibrates. One breath is tens of thousands of ppm and will throw the baseline off for days.';
const gReading = [
  j(
    'Once the sensor has warmed up for a few minutes, the display shows the CO2 level along with temperature and humidity. As a rough',
    'guide, under 800 ppm is well ventilated, 800 to 1,200 is time to open a window, and above that most people start to feel drowsy.',
  ),
];
const gShop = ['Shop', 'Learn', 'Blog', 'Forums', 'IoT', 'Videos', 'Ask an Engineer'];
const gPages = ['Overview', 'Parts', 'Install CircuitPython', 'Wiring and Calibration', 'Code the Monitor', 'Enclosure', 'Downloads'];
const gProducts = ['Feather RP2040 - 8MB Flash', 'SCD-41 True CO2 Sensor - STEMMA QT', '1.14 inch TFT Display Breakout'];
const gFoot = ['Contact Us', 'Shipping', 'Returns', 'Accessibility', 'Privacy Policy', 'Terms of Service'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gPageTitle} | ${gTitle} | Adafruit Learning System</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Build a battery-powered CO2 monitor for your desk.">
<meta property="og:title" content="${gPageTitle} | ${gTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${gTitle}",
"author":{"@type":"Person","name":"Ruth Ellery"},
"datePublished":"2026-01-20","dateModified":"2026-03-02"}</script>
<link rel="stylesheet" href="https://cdn-learn.adafruit.example/assets/application-5c2d.css"><script>window.dataLayer = window.dataLayer || [];</script></head>
<body class="guides-show"><header id="header"><div class="top-header"><a href="https://www.adafruit.example/" class="logo">Adafruit</a>
<nav class="top-nav"><ul>${links(gShop, 'top-nav-item')}</ul></nav><a class="account-link" href="/sign_in">Sign In</a>
<a class="cart-link" href="/cart">Cart</a></div></header>
<div id="guide-header" class="guide-header"><div class="guide-header-text"><h1 class="title">${gTitle}</h1>
<div class="guide-byline">By <a href="/u/rellery">Ruth Ellery</a></div>
<div class="guide-dates"><span>Published on January 20, 2026</span></div></div>
<div class="guide-header-actions"><a href="/pdf" class="btn">Download PDF</a><a href="/feedback" class="btn">Feedback? Corrections?</a>
<a href="#" class="btn save-guide">Save to My Guides</a></div></div>
<div id="guide-content" class="row"><nav id="guide-sidebar" class="col-md-3"><ul class="guide-pages">${links(gPages, 'guide-page-link')}</ul></nav>
<div class="col-md-6 guide-page-content"><section class="page" id="page-wiring-and-calibration">
<h2 class="page-title" id="wiring-and-calibration">${gPageTitle}</h2>
<div class="content">
${ps(gIntro)}
<h3>Connecting the parts</h3>
<ol>${lis(gWiring)}</ol>
<figure class="image"><img src="https://cdn-learn.adafruit.example/assets/assets/000/131/202/medium800/wiring.jpg" alt="">
<figcaption>The sensor sits between the Feather and the display on one STEMMA QT chain.</figcaption></figure>
<h3>Why the sensor needs calibrating</h3>
${ps(gWhy)}
<h3>Choosing a calibration mode</h3>
${ps(gCal)}
<div class="callout callout-warning"><p>${gTip}</p></div>
<pre class="language-python"><code>scd4x.self_calibration_enabled = False</code></pre>
<h3>Reading the numbers</h3>
${ps(gReading)}
</div>
<div class="page-footer-meta"><span class="last-edited">Page last edited March 02, 2026</span>
<span class="editor-note">Text editor powered by tinymce.</span></div>
<nav class="guide-pagination"><a href="/install-circuitpython" class="prev">Install CircuitPython</a>
<a href="/code-the-monitor" class="next">Code the Monitor</a></nav>
</section></div>
<aside id="featured-products" class="col-md-3"><h3 class="featured-title">Featured Products</h3><ul>${links(gProducts, 'featured-product')}</ul>
<p class="price-note">Add to Cart</p><p class="related-guides-title">Related Guides</p><ul>${links(['Indoor Weather Station with a Bluetooth Feather'])}</ul>
</aside></div>
<footer id="footer"><ul class="footer-links">${links(gFoot)}</ul><p class="copyright">© 2026 Adafruit Industries. All rights reserved.</p></footer>
<div id="cookie-consent" class="cookie-consent"><p>This website uses cookies to ensure you get the best experience.</p><button class="btn">Got it!</button>
</div>
<script src="https://cdn-learn.adafruit.example/assets/application-0a1b.js"></script></body></html>`;
const adafruitLearn: TestPage = {
  name: 'heldout321-adafruit-learn-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gPageTitle, 'Connecting the parts', 'Why the sensor needs calibrating', 'Choosing a calibration mode', 'Reading the numbers'],
  body: texts([...gIntro, ...gWiring, ...gWhy, ...gCal, gTip, ...gReading]),
  bylines: ['By Ruth Ellery', 'Published on January 20, 2026', 'Page last edited March 02, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gShop, 'Sign In', 'Cart', 'Download PDF', 'Feedback? Corrections?', 'Save to My Guides', 'Overview', 'Install CircuitPython', 'Code the Monitor',
    'Enclosure', 'Downloads', 'The sensor sits between the Feather and the display on one STEMMA QT chain.', 'Text editor powered by tinymce.',
    'Featured Products', ...gProducts, 'Add to Cart', 'Related Guides', 'Indoor Weather Station with a Bluetooth Feather', ...gFoot,
    '© 2026 Adafruit Industries. All rights reserved.', 'This website uses cookies to ensure you get the best experience.', 'Got it!',
  ],
};

export const HELDOUT321_C: readonly TestPage[] = [adafruitLearn, sparkfun];
