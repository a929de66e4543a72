import { links, ps, type TestPage, texts } from './page-kit.js';
import { forum } from './pages-heldout287-e2.js';
import { j, lis } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file e: a coffee roaster's brew guide built with Webflow (w-nav navbar with cart, the guide's
 * w-richtext body inside Webflow grid divs, a "What you'll need" card of products with prices, a stats strip of dose, water
 * and time, an embedded video caption, "More brew guides" collection list, a Finsweet cookie banner and the footer) and,
 * from file e2, a phpBB baking forum thread.
 */
const cTitle = 'How to Brew Pour-Over Coffee';
const cIntro = [
  j(
    'Pour-over is the simplest way to taste what a coffee really is. There is no pressure, no machine and nothing between you and',
    'the cup but a paper filter, which catches most of the oils and leaves a clean, bright brew.',
  ),
  j(
    'It is also forgiving once you understand the three things that matter: how fine you grind, how hot your water is and how',
    'quickly you pour. Get those roughly right and you will make a good cup with any of our single origins.',
  ),
];
const cSteps = [
  'Heat your water to just off the boil, around 94°C. Rinse the paper filter with hot water and discard the rinse water.',
  'Grind 15 grams of coffee to the texture of coarse sea salt and level the bed in the filter.',
  'Start a timer and pour 40 grams of water to wet all the grounds. Let it bloom for 40 seconds while the gas escapes.',
  'Pour slowly in small circles, keeping the water level steady, until the scale reads 250 grams at about 1 minute 45.',
  'Let it draw down. The whole brew should finish between 2 minutes 45 and 3 minutes 30.',
];
const cTrouble = [
  j(
    'If your coffee tastes sour or thin, the water ran through too fast: grind a little finer next time. If it tastes bitter and',
    'dry, or the brew takes longer than four minutes, grind coarser.',
  ),
  j('Change one thing at a time. Most of our customers dial in a new bag within three brews, and keep a note of the grind setting', 'on the bag itself.'),
];
const cQuote = 'The bloom is where you listen to the coffee. Fresh beans rise and bubble; stale ones barely move.';
const cGear = [
  ['Ceramic Dripper No. 2', '£28'],
  ['Filter Papers (100)', '£6'],
  ['Gooseneck Kettle', '£64'],
];
const cNav = ['Shop Coffee', 'Subscriptions', 'Brew Guides', 'Wholesale', 'Our Roastery'];
const cMore = ['French Press', 'AeroPress', 'Moka Pot'];
const cFoot = ['FAQ', 'Shipping', 'Returns', 'Contact', 'Instagram'];
const cHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><html data-wf-domain="www.fellsideroasters.example"
data-wf-page="65a1f3c2e0b8" data-wf-site="65a1f3c2e0a1" lang="en"><head><meta charset="utf-8"><title>${cTitle} | Fellside Roasters</title>
<meta content="Our step-by-step pour-over recipe: 15 grams of coffee, 250 grams of water, three minutes." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65a1f3c2e0a1/css/fellside.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Fellside Roasters</div></a><nav role="navigation"
class="nav-menu w-nav-menu">
${cNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('\n')}</nav>
<div class="w-commerce-commercecartwrapper cart"><a href="#" class="w-commerce-commercecartopenlink cart-button w-inline-block"><div
class="w-inline-block">Cart</div>
<div class="w-commerce-commercecartopenlinkcount cart-quantity">0</div></a></div><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div>
</div></div>
<div class="section guide-hero"><div class="container-large w-container"><div class="guide-hero-grid w-layout-grid"><div id="w-node-_3f1a"
class="hero-text-wrap">
<div class="eyebrow">Brew Guide</div><h1 class="heading-xl">${cTitle}</h1><p class="hero-paragraph">Clean, bright and endlessly tweakable. Our house recipe
for a single cup.</p></div><div id="w-node-_3f1b"><img src="https://cdn.prod.website-files.example/65a1f3c2e0a1/pourover.webp" loading="lazy" alt=""
class="hero-image"></div>
</div>
<div class="stats-strip w-layout-grid"><div class="stat"><div class="stat-label">Dose</div><div class="stat-value">15g</div></div><div class="stat"><div
class="stat-label">Water</div><div class="stat-value">250g</div></div><div class="stat"><div class="stat-label">Brew time</div><div
class="stat-value">3:00</div></div></div>
</div></div>
<div class="section"><div class="container-small w-container"><div class="guide-grid w-layout-grid"><div class="guide-body w-richtext">
${ps(cIntro)}
<h2>Method</h2>
<ol role="list">${lis(cSteps)}</ol>
<blockquote>${cQuote}</blockquote>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-video"><div><iframe src="https://www.youtube.example/embed/xyz" title="Pour-over
in three minutes"></iframe></div><figcaption>Watch our head roaster brew a V60 in real time.</figcaption></figure>
<h2>Troubleshooting your cup</h2>
${ps(cTrouble)}
</div>
<div class="gear-card"><h3 class="gear-heading">What you'll need</h3><div role="list" class="w-dyn-items">${cGear
  .map(
    ([n, p]) => `<div role="listitem" class="gear-item w-dyn-item"><a href="/product/${n?.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="gear-link
w-inline-block"><div class="gear-name">${n}</div><div class="gear-price">${p}</div></a></div>`,
  )
  .join('\n')}</div><a href="/shop" class="button w-button">Shop brew gear</a></div></div></div></div>
<div class="section more-guides"><div class="w-container"><h2 class="heading-m">More brew guides</h2><div class="w-dyn-list"><div role="list"
class="w-dyn-items">${cMore
  .map(
    (m) => `<div role="listitem" class="w-dyn-item"><a href="/brew-guides/${m.toLowerCase().replace(/ /g, '-')}"
class="guide-card">${m}</a></div>`,
  )
  .join('\n')}</div></div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div class="footer-newsletter"><div class="footer-heading">Fresh coffee
news, once a month</div><div class="w-form"><form id="email-form" name="email-form"><input class="w-input" maxlength="256" name="email"
placeholder="Your email"
type="email"><input type="submit" value="Join" class="w-button"></form><div class="w-form-done"><div>Thank you! You're on the list.</div></div></div></div>
<ul role="list" class="footer-links w-list-unstyled">${links(cFoot, 'footer-link-item')}</ul></div><div class="footer-legal">© 2026 Fellside Roasters Ltd.
Roasted in Kendal Bridge.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div
class="fs-cc-banner_text">By clicking "Accept", you agree to the storing
of cookies on your device to analyze site usage.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="deny" href="#"
class="fs-cc-banner_text-link">Deny</a><a
fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65a1f3c2e0a1/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout287-webflow-brew-guide-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: ['Method', 'Troubleshooting your cup'],
  body: texts(['Clean, bright and endlessly tweakable. Our house recipe for a single cup.', ...cIntro, ...cSteps, cQuote, ...cTrouble]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fellside Roasters', ...cNav, 'Cart', 'Brew Guide', 'Dose', '15g', 'Water', '250g', 'Brew time', '3:00',
    'Watch our head roaster brew a V60 in real time.',
    "What you'll need", ...cGear.flat().filter((t) => t.length > 2), 'Shop brew gear', 'More brew guides', ...cMore, 'Fresh coffee news, once a month',
    "Thank you! You're on the list.", ...cFoot, '© 2026 Fellside Roasters Ltd. Roasted in Kendal Bridge.',
    'By clicking "Accept", you agree to the storing of cookies on your device to analyze site usage.', 'Deny', 'Accept',
  ],
};

export const HELDOUT287_E: readonly TestPage[] = [webflow, forum];
