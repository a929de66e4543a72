import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file c2: a car garage's MOT page on Weebly (wsite-section wraps, wsite-content-title headings,
 * "paragraph" divs, a custom-HTML price table, a button, a spacer, a Weebly form in the footer and the "Powered by
 * Weebly" badge).
 */
const mTitle = 'MOT Testing in Tremorden';
const mIntro = [
  j(
    'We are a DVSA-approved MOT test centre for cars, light vans and motorhomes up to 3,500kg. Tests are carried out in our own',
    'bay by one of two nominated testers, and you are welcome to watch from the viewing window.',
  ),
  j(
    'An MOT takes about forty-five minutes. Most customers leave the car with us for the morning or wait in the customer lounge,',
    'which has wifi and a coffee machine.',
  ),
];
const mWhenP = [
  j(
    'Your car needs its first MOT by the third anniversary of its registration, and every year after that. You can have it',
    'tested up to a month (minus a day) before the expiry date and keep the same renewal date, so there is no penalty for booking early.',
  ),
  j(
    'Driving without a valid MOT can mean a fine of up to £1,000, and it may also invalidate your insurance. The only exception',
    'is driving to a pre-booked test or to a garage for repairs needed to pass.',
  ),
];
const mRows = [
  '<tr><td>Class 4 MOT (cars, vans up to 3,000kg)</td> <td>£45.00</td></tr>',
  '<tr><td>Class 7 MOT (vans 3,000kg to 3,500kg)</td> <td>£52.00</td></tr>',
  '<tr><td>Free partial retest (returned within 10 working days)</td> <td>£0.00</td></tr>',
  '<tr><td>MOT and interim service together</td> <td>£159.00</td></tr>',
];
const mFailP = [
  j(
    'If your car fails, we will show you the defects on the car itself, not just on the certificate, and give you a written',
    'price for the repairs. You are free to take it elsewhere. If you leave it with us and we fix it the same day, the retest is free.',
  ),
];
const mChecks = [
  'Check all bulbs, including the number plate light and the third brake light',
  'Top up screenwash and make sure the wipers clear the screen',
  'Look for tread depth of at least 1.6mm across the middle of each tyre',
  'Make sure nothing blocks the driver’s view, including sat-nav mounts',
  'Bring the locking wheel nut key',
];
const mChecksNote = 'Around one in ten failures we see are for something on this list.';
const mNav = ['Home', 'Servicing', 'MOT', 'Repairs', 'Tyres', 'Contact'];
const par = (t: string): string => `<div class="paragraph" style="text-align:left;">${t}</div>`;
const title = (t: string, tag = 'h2'): string => `<${tag} class="wsite-content-title">${t}</${tag}>`;
const wrap = (_id: string, inner: string): string => `<div class="wsite-section-wrap"><div class="wsite-section wsite-body-section wsite-section-bg-color"
style="background-color:#ffffff;"><div class="wsite-section-content"><div class="container"><div
class="wsite-section-elements">${inner}</div></div></div></div></div>`;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><title>MOT - Pellow Road Garage</title><meta property="og:site_name" content="Pellow Road Garage">
<meta property="og:title" content="MOT"><meta property="og:description" content="DVSA-approved MOT test centre in Tremorden.">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link id="wsite-base-style" rel="stylesheet"
type="text/css" href="//cdn2.editmysite.example/css/sites.css?buildtime=1712345678">
<script>var STATIC_BASE = '//cdn1.editmysite.example/'; var ASSETS_BASE = '//cdn2.editmysite.example/';</script>
<script type="text/javascript">_W = _W || {}; _W.configDomain = "www.weebly.example"; _W.relinquish = _W.relinquish || [];</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"AutoRepair","name":"Pellow Road Garage","telephone":"01632 960553"}</script>
</head><body class="no-header-page wsite-page-mot wsite-theme-light">
<div class="wrapper"><div class="birdseye-header"><div class="nav-wrap"><div class="container"><a class="hamburger" aria-label="Menu" href="#"><span></span></a>
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Pellow Road Garage</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">${links(mNav, 'wsite-menu-item-wrap')}</ul></div></div></div></div>
<div class="main-wrap"><div id="wsite-content" class="wsite-elements wsite-not-footer">
${wrap(
  '1',
  `${title(mTitle, 'h1')}
${mIntro.map(par).join('\n')}
<div style="text-align:left;"><div style="height:10px;overflow:hidden"></div><a class="wsite-button wsite-button-small wsite-button-highlight"
href="/contact"><span class="wsite-button-inner">Book your MOT</span></a><div style="height:10px;overflow:hidden"></div></div>
<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;text-align:center">
<a><img src="/uploads/3/1/4/2/31420897/mot-bay_orig.jpg" alt="Picture" style="width:auto;max-width:100%"></a>
<div style="display:block;font-size:90%">Our MOT bay was refitted with a new brake roller tester in 2025.</div></div></div>`,
)}
${wrap(
  '2',
  `${title('When does my car need an MOT?')}
${mWhenP.map(par).join('\n')}
${title('Prices')}
<div class="wcustomhtml" style="overflow:hidden;"><table class="prices" style="width:100%"><thead><tr><th>Test</th> <th>Price</th></tr></thead>
<tbody>${mRows.join('\n')}</tbody></table></div>
${title('If your car fails')}
${mFailP.map(par).join('\n')}
${title('Five things to check before your test')}
<div class="paragraph" style="text-align:left;"><ul>${mChecks.map((c) => `<li>${c}</li>`).join('')}</ul>${mChecksNote}</div>
<div class="wsite-spacer" style="height:50px;"></div>`,
)}
</div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="blog-social-wrap"></div>
<div class="wsite-elements wsite-footer"><div class="wsite-multicol"><div class="wsite-multicol-table-wrap"><table class="wsite-multicol-table"><tbody
class="wsite-multicol-tbody"><tr class="wsite-multicol-tr"><td class="wsite-multicol-col" style="width:50%">
${title('Find us')}${par('Unit 4, Pellow Road Industrial Estate, Tremorden TR9 1HG<br>Mon–Fri 8am–5:30pm, Sat 8am–12pm')}</td>
<td class="wsite-multicol-col" style="width:50%">${title('Quick enquiry')}
<div><form enctype="multipart/form-data" action="//www.weebly.example/weebly/apps/formSubmit.php" method="POST" id="form-418230011">
<div id="418230011-form-parent" class="wsite-form-container"><ul class="formlist" id="418230011-form-list"><label class="wsite-form-label"
for="input-1">Name</label><input id="input-1" class="wsite-form-input wsite-input" type="text" name="_u1"><label class="wsite-form-label"
for="input-2">Registration</label><input id="input-2" class="wsite-form-input" type="text" name="_u2"></ul></div>
<div style="text-align:left;margin-top:10px;"><a class="wsite-button"><span class="wsite-button-inner">Submit</span></a></div></form></div></td>
</tr></tbody></table></div></div></div></div></div></div></div>
<div id="weebly-footer-signup-container-v3"><a class="weebly-footer-signup" href="https://www.weebly.example/signup?utm_source=internal" target="_blank"
rel="nofollow"><span>Powered by</span> <span class="link weebly-footer-brand">Weebly</span></a></div>
<script type="text/javascript" src="//cdn2.editmysite.example/js/site/main.js?buildTime=1712345678"></script></body></html>`;
export const weeblyGarage: TestPage = {
  name: 'heldout314-weebly-garage-mot',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: ['When does my car need an MOT?', 'Prices', 'If your car fails', 'Five things to check before your test'],
  body: texts([...mIntro, ...mWhenP, ...mRows, ...mFailP, ...mChecks, mChecksNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pellow Road Garage', 'Home', 'Servicing', 'Repairs', 'Tyres', 'Contact', 'Book your MOT',
    'Our MOT bay was refitted with a new brake roller tester in 2025.', 'Find us', 'Unit 4, Pellow Road Industrial Estate, Tremorden TR9 1HG',
    'Mon–Fri 8am–5:30pm, Sat 8am–12pm', 'Quick enquiry', 'Name', 'Registration', 'Submit', 'Powered by', 'Weebly',
  ],
};
