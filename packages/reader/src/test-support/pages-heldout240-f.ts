import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout240-kit.js';
import { fairResults } from './pages-heldout240-f2.js';

/**
 * Held-out batch 240, file f: an agritech startup's customer case study on Webflow (w-nav navbar, a hero with the customer
 * label, a "Customer" facts card, a w-richtext body with headings, a figure with caption, a blockquote and a list, a CTA band,
 * a newsletter w-form with its hidden success and error messages, the Finsweet cookie consent banner and the footer) and,
 * from file f2, a county fair's livestock show results on Wix.
 */
const wTitle = 'How Arden Valley Orchards cut irrigation water by 31 percent';
const wH = ['The challenge', 'The approach', 'The results', 'What comes next'];
const wIntro = [
  j(
    'Arden Valley Orchards grows apples and pears on 420 acres of terraced ground above the Sallow River. Like many growers in the',
    'valley, the family had irrigated on a fixed calendar for decades: every block got the same amount of water on the same days,',
    'whatever the weather was doing.',
  ),
];
const wChallenge = [
  j(
    "Two dry summers in a row changed that. The irrigation district cut allocations by a fifth, and the orchard's pumping costs rose",
    'sharply as electricity tariffs climbed. At the same time, fruit in the lower blocks was showing bitter pit, a sign that some',
    'trees were getting too much water while others were stressed.',
  ),
  j(
    '"We knew we were wasting water, we just did not know where," said orchard manager Ines Carrow. "Walking the rows with a shovel',
    'was not going to tell us."',
  ),
];
const wApproach = [
  j(
    'In spring 2024 Arden Valley installed 64 Stemwise probes across its 18 irrigation blocks, one probe for every six to eight acres,',
    'with extra probes where soil type changed. Each probe measures soil moisture at three depths every fifteen minutes and sends the',
    'readings to the Stemwise dashboard over a long-range radio network.',
  ),
];
const wApproachList = [
  'Block-by-block watering recommendations based on soil moisture and the weather forecast.',
  'Alerts when any block drops below its refill point or stays saturated for more than a day.',
  'A weekly water report the orchard shares with the irrigation district.',
];
const wResults = [
  j(
    'Over the 2025 season, the orchard applied 31 percent less water than its five-year average, while packed-out yield rose by 6',
    'percent. Pumping costs fell by about $38,000, and cases of bitter pit in the lower blocks dropped to the lowest level the packing',
    'house had recorded for the farm.',
  ),
];
const wQuote = j(
  'The biggest change is that we water the trees, not the calendar. Some blocks get watered twice as often as they used to, and some',
  'half as often, and the fruit is better for it.',
);
const wNext = [
  j(
    'Arden Valley plans to add probes to the 60 acres of new high-density plantings going in this spring and to link the dashboard',
    'directly to its irrigation controllers, so valves open and close from the recommendations without a trip to the pump house.',
  ),
];
const wNav = ['Product', 'Solutions', 'Customers', 'Pricing', 'Company'];
const wFacts = ['Customer', 'Arden Valley Orchards', 'Crop', 'Apples and pears', 'Location', 'Sallow River Valley', 'Stemwise since', '2024'];
const wFoot = ['Product', 'Customers', 'Careers', 'Press', 'Privacy', 'Terms'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Feb 12 2026 18:22:05 GMT+0000 -->
<html data-wf-domain="www.stemwise.example" data-wf-page="65f0a2c1d3e4" data-wf-site="65f0a2c1d3a0" data-wf-collection="65f0a2c1d3b7"
data-wf-item-slug="arden-valley-orchards"><head><meta charset="utf-8"><title>${wTitle} | Stemwise</title>
<meta content="Arden Valley Orchards used Stemwise soil moisture probes to water by block, not by calendar." name="description">
<meta content="${wTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f0a2c1d3a0/css/stemwise.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><div class="brand-text">Stemwise</div></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/demo" class="button nav-button w-button">Book a demo</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section case-hero"><div class="container w-container"><div class="case-hero-grid w-layout-grid"><div>
<div class="eyebrow">Customer story</div><h1 class="heading-xl">${wTitle}</h1></div>
<div class="facts-card">
<div class="w-layout-grid facts-grid">${wFacts.map((t, i) => `<div class="${i % 2 === 0 ? 'fact-label' : 'fact-value'}">${t}</div>`).join('')}
</div></div></div></div></section>
<section class="section case-body"><div class="container narrow w-container"><div class="rich-text w-richtext">
${wIntro.map((t) => `<p>${t}</p>`).join('')}
<h2>${wH[0]}</h2>${wChallenge.map((t) => `<p>${t}</p>`).join('')}
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.example/probe.jpg"
loading="lazy" alt="Soil probe between apple rows"></div><figcaption>A Stemwise probe in one of Arden Valley's Honeycrisp blocks.</figcaption></figure>
<h2>${wH[1]}</h2>${wApproach.map((t) => `<p>${t}</p>`).join('')}
<ul role="list">${wApproachList.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${wH[2]}</h2>${wResults.map((t) => `<p>${t}</p>`).join('')}
<blockquote>${wQuote}</blockquote>
<h2>${wH[3]}</h2>${wNext.map((t) => `<p>${t}</p>`).join('')}
</div></div></section>
<section class="section cta-band"><div class="container w-container"><h2 class="cta-heading">See what your soil is telling you</h2>
<p class="cta-text">Get a walkthrough of the Stemwise dashboard with data from a farm like yours.</p>
<a href="/demo" class="button w-button">Book a demo</a></div></section>
<section class="section newsletter"><div class="container w-container"><h3 class="newsletter-heading">Field notes, once a month</h3>
<div class="form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form">
<input class="text-field w-input" maxlength="256" name="Email" data-name="Email" placeholder="Work email" type="email" required>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="success-message w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="error-message w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-brand">Stemwise</div>
<ul role="list" class="footer-list w-list-unstyled">${links(wFoot, 'footer-item')}</ul></div>
<div class="footer-legal">© 2026 Stemwise Technologies, Inc. Made for growers in Fresno and Fargo.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f0a2c1d3a0/js/webflow.js" type="text/javascript"></script></body></html>`;
const caseStudy: TestPage = {
  name: 'heldout240-webflow-agritech-case-study',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wChallenge, ...wApproach, ...wApproachList, ...wResults, wQuote, ...wNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Book a demo', 'Customer story', ...wFacts.filter((t) => t !== '2024' && t !== 'Arden Valley Orchards'),
    'A Stemwise probe in one of Arden Valley\'s Honeycrisp blocks.',
    'See what your soil is telling you', 'Get a walkthrough of the Stemwise dashboard with data from a farm like yours.', 'Field notes, once a month',
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.', 'Careers', 'Press', 'Privacy', 'Terms',
    '© 2026 Stemwise Technologies, Inc. Made for growers in Fresno and Fargo.',
    j(
      'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage,',
      'and assist in our marketing efforts.',
    ),
    'Preferences', 'Deny', 'Accept',
  ],
};

export const HELDOUT240_F: readonly TestPage[] = [caseStudy, fairResults];
