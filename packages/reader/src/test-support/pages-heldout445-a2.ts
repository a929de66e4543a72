import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file a2: a moving-cost calculator page on Webflow, a page whose main text is short (the w-nav bar, a hero
 * with the calculator form and its success / error states, a rich-text block on how the estimate works with a table of typical
 * costs, trust badges, a testimonial slider, an FAQ accordion, the Finsweet cookie banner and the footer).
 */
const cTitle = 'How much will your move cost?';
const cIntro = [
  j(
    'Tell us the size of your home and how far you are going, and the calculator gives you a price range based on more than',
    '3,000 moves we completed across the Vale last year. It takes under a minute and you do not need to leave your email.',
  ),
];
const cH = ['How we work out your estimate', 'Typical prices in 2026'];
const cS1 = [
  j(
    'A removal is priced on three things: how much there is to move, how long it takes to load and unload, and how far the van',
    'has to travel. The calculator turns your answers into crew hours and van days, then adds fuel at the current rate.',
  ),
];
const cFactors = [
  'Bedrooms are a rough proxy for volume: each bedroom adds about 7 cubic metres.',
  'Flights of stairs without a lift add half an hour of crew time each way.',
  'Moves over 80 miles may need an overnight stop, which we price separately.',
  'Full packing, dismantling furniture and storage are optional extras.',
];
const cRows: [string, string, string][] = [
  ['One-bedroom flat', '£380 – £560', '£720 – £980'],
  ['Two-bedroom house', '£540 – £790', '£960 – £1,320'],
  ['Three-bedroom house', '£820 – £1,150', '£1,380 – £1,890'],
  ['Four-bedroom house', '£1,120 – £1,560', '£1,850 – £2,600'],
];
const cS2 = [
  j(
    'The range you see is a guide, not a quote. Your fixed price comes after a free survey, in person or by video call, and it',
    'will not change on the day unless the job itself changes.',
  ),
];
const cCells = cRows.flat();
const cNav = ['Removals', 'Packing', 'Storage', 'Calculator', 'Reviews', 'Contact'];
const cFaq = ['Is the estimate binding?', 'Do you charge for the survey?', 'Can I pay in instalments?'];
const cFoot = ['Privacy', 'Terms', 'Cookie settings', 'Sitemap'];
const cHtml = `<!DOCTYPE html><!-- Last Published: Tue Mar 10 2026 09:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.valeline.example" data-wf-page="65f1c0a2b3d4e5f60718293a" data-wf-site="65f1c0a2b3d4e5f607182901" lang="en"><head>
<meta charset="utf-8"><title>Moving Cost Calculator | Valeline Movers</title>
<meta content="Get an instant price range for your house move. Free, no email needed." name="description">
<meta content="Moving Cost Calculator | Valeline Movers" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f1c0a2b3d4e5f607182901/css/valeline.webflow.shared.4e2a91c07.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MovingCompany","name":"Valeline Movers","areaServed":"The Vale",
"priceRange":"££","telephone":"+44 1632 960 771"}</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body-calculator"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img
src="https://cdn.prod.website-files.example/65f1c0a2/valeline-logo.svg" loading="lazy" alt="Valeline Movers" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${cNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/quote" class="button nav-button w-button">Get a quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-calculator"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-calculator">
<div id="w-node-_7c1d-4a2b" class="calc-intro"><div class="eyebrow">Moving cost calculator</div><h1 class="heading-xl">${cTitle}</h1>
<div class="rich-text-intro w-richtext">${ps(cIntro)}</div></div>
<div class="calc-card"><div class="form-block w-form"><form id="wf-form-Calculator" name="wf-form-Calculator" data-name="Calculator" method="get"
class="calc-form" aria-label="Calculator"><label for="Home-size" class="field-label">Size of your home</label><select id="Home-size" name="Home-size"
class="select-field w-select"><option value="1">1 bedroom</option><option value="2">2 bedrooms</option><option value="3">3 bedrooms</option>
<option value="4">4+ bedrooms</option></select><label for="Distance" class="field-label">Distance in miles</label><input class="text-field w-input"
maxlength="256" name="Distance" placeholder="e.g. 25" type="number" id="Distance"><label class="w-checkbox checkbox-field"><input type="checkbox"
id="Packing" name="Packing" class="w-checkbox-input"><span class="checkbox-label w-form-label" for="Packing">Add full packing service</span></label>
<input type="submit" data-wait="Calculating..." class="button w-button" value="Calculate my estimate"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Calculator success"><div class="result-label">Your estimate</div>
<div class="result-value" fs-calc-element="result">£0 – £0</div><div class="result-note">Based on a weekday move. Weekends add 15%.</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Calculator failure"><div>Oops! Something went wrong while submitting the form.
</div></div></div></div></div></div></section>
<section class="section trust-bar"><div class="container w-container"><div class="trust-grid"><div class="trust-item">4.8 out of 5 from 1,240 reviews</div>
<div class="trust-item">BAR member since 2011</div><div class="trust-item">Fully insured to £50,000</div></div></div></section>
<section class="section"><div class="container narrow w-container"><div class="rich-text-body w-richtext">
<h2>${cH[0]}</h2>
${ps(cS1)}
<ul role="list">${lis(cFactors)}</ul>
<h2>${cH[1]}</h2>
<div class="w-embed"><table class="price-table"><thead><tr><th>Home</th><th>Under 20 miles</th><th>80 to 150 miles</th></tr></thead><tbody>
${cRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>
${ps(cS2)}
</div></div></section>
<section class="section testimonials"><div class="container w-container"><h2 class="heading-m">What our customers say</h2><div data-delay="4000"
class="testimonial-slider w-slider"><div class="w-slider-mask"><div class="w-slide"><p class="quote">The estimate was within twenty pounds of the final bill.
</p><div class="quote-name">Hollis D., Brackenford</div></div></div><div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div>
<div class="w-slider-nav w-round"></div></div></div></section>
<section class="section faq"><div class="container w-container"><h2 class="heading-m">Calculator FAQs</h2>
${cFaq
  .map(
    (q, i) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-toggle w-dropdown-toggle" id="w-dropdown-toggle-${i}"
aria-expanded="false" role="button"><div class="faq-question">${q}</div></div><nav class="faq-answer w-dropdown-list"></nav></div>`,
  )
  .join('\n')}</div></section>
<section class="section cta"><div class="container w-container"><h2 class="heading-m">Ready for an exact price?</h2><a href="/quote" class="button
w-button">Book a free
survey</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-text">Valeline Movers Ltd ·
Registered in
England 08813377</div></div><div class="footer-col">${cFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('\n')}</div></div>
<div class="footer-bottom"><div>© 2026 Valeline Movers. All rights reserved.</div><a href="https://webflow.example" class="made-in-webflow">Made in
Webflow</a></div>
</div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</div><div
class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button
fs-cc-button-alt">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1c0a2b3d4e5f607182901/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
export const calcWebflow: TestPage = {
  name: 'heldout445-webflow-calculator-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cIntro, ...cS1, ...cFactors, ...cCells, ...cS2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Get a quote', 'Moving cost calculator', 'Size of your home', '1 bedroom', '2 bedrooms', '3 bedrooms', '4+ bedrooms', 'Distance in miles',
    'Add full packing service', 'Your estimate', 'Based on a weekday move. Weekends add 15%.', 'Oops! Something went wrong while submitting the form.',
    '4.8 out of 5 from 1,240 reviews', 'BAR member since 2011', 'Fully insured to £50,000', 'What our customers say',
    'The estimate was within twenty pounds of the final bill.', 'Hollis D., Brackenford', 'Calculator FAQs', ...cFaq, 'Ready for an exact price?',
    'Book a free survey', 'Valeline Movers Ltd · Registered in England 08813377', ...cFoot, '© 2026 Valeline Movers. All rights reserved.', 'Made in Webflow',
    j(
      'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation,',
      'analyze site usage, and assist in our marketing efforts.',
    ),
    'Preferences', 'Deny', 'Accept',
  ],
};
