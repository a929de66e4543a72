import { links, ps, type TestPage, texts } from './page-kit.js';
import { cameraTips } from './pages-heldout228-f2.js';

/**
 * Held-out batch 228, file f: a mattress brand's sleep guide in the Emma / Simba shape (trial-offer top bar, nav, "Sleep Hub"
 * breadcrumb, author card with "Medically reviewed by", reading time, a key-takeaways box, a product promo card inside the
 * text, a sources list, "Related articles", a Trustpilot-style widget, the footer and the cookie banner) and, from file f2, a
 * camera maker's photography tips article.
 */
const title = 'How much sleep do you really need?';
const takeaways = [
  'Most adults need between seven and nine hours of sleep a night.',
  'Teenagers need more, and older adults often sleep less deeply.',
  'Regular sleep and wake times matter as much as the total hours.',
];
const p1 = [
  'Ask ten people how much sleep they need and you will probably get ten answers. Some swear they are fine on six hours, others ' +
    'feel foggy on anything less than nine. The truth is that sleep needs do vary, but less than most of us like to think.',
];
const h1 = 'Sleep needs by age';
const p2 = ['Sleep scientists broadly agree on these ranges for a healthy night:'];
const rows = [
  ['Newborns (0–3 months)', '14–17 hours'],
  ['Children (6–12 years)', '9–12 hours'],
  ['Teenagers (13–18 years)', '8–10 hours'],
  ['Adults (18–64 years)', '7–9 hours'],
  ['Older adults (65+)', '7–8 hours'],
];
const h2 = 'What happens when you sleep too little';
const p3 = [
  'A single short night leaves most people irritable and slower to react. Over weeks, regular short sleep is linked to weight gain, ' +
    'a weaker immune response and a higher risk of high blood pressure.',
  'The trouble is that we are poor judges of our own tiredness. In studies where people were kept to six hours a night for two ' +
    'weeks, their reaction times kept getting worse, but they reported feeling only slightly sleepy.',
];
const h3 = 'How to tell if you are getting enough';
const signs = [
  'You wake up without an alarm on most days off.',
  'You do not rely on caffeine to get through the morning.',
  'You do not fall asleep within five minutes of lying down, which can be a sign of sleep debt.',
];
const p4 = [
  'A simple test is to keep a sleep diary for two weeks, noting when you go to bed, when you wake and how alert you feel by ' +
    'mid-afternoon. Patterns often show up that you would never notice day to day, such as a slump after late weekend nights.',
  'If you regularly sleep seven hours or more and still feel exhausted, it is worth speaking to your GP. Conditions such as sleep ' +
    'apnoea are common and treatable, and often go unnoticed for years.',
];
const sources = [
  'Hirano, K. et al. (2023). Sleep duration recommendations across the lifespan. Journal of Sleep Health, 9(2).',
  'Okwu, D. and Barnes, L. (2021). Chronic sleep restriction and self-rated sleepiness. Sleep Research Letters, 14.',
];
const bar = ['200-night trial', 'Free delivery', '10-year guarantee'];
const nav = ['Mattresses', 'Beds', 'Pillows', 'Bedding', 'Bundles', 'Sale', 'Sleep Hub'];
const crumbs = ['Home', 'Sleep Hub', 'Sleep Health'];
const promo = ['The Hybrid Original Mattress', 'Five layers of support for cooler, deeper sleep.', 'From £649', 'Shop now'];
const related = ['Is it bad to sleep with the TV on?', 'The best sleeping position for back pain', 'How to fall asleep fast'];
const trust = ['Excellent', 'Based on 24,812 reviews', 'Trustpilot'];
const foot = ['Help Centre', 'Delivery', 'Trial & Returns', 'Warranty', 'Affiliates', 'Press', 'Privacy Policy', 'Terms & Conditions'];
const cookie = ['We use cookies to give you the best experience and to show you relevant ads.', 'Customise', 'Reject all', 'Accept all'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How Much Sleep Do You Really Need? | Nestwell Sleep Hub</title><meta name="description" content="${takeaways[0]}">
<link rel="canonical" href="https://nestwell.example/sleep-hub/how-much-sleep-do-you-need">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"${title}",
"author":{"@type":"Person","name":"Ellie Marsh"},
"reviewedBy":{"@type":"Person","name":"Dr. Farid Haddad"},"dateModified":"2025-07-30"}</script>
<link rel="stylesheet" href="/assets/app.7c2d.css"><script async src="https://widget.trustpilot.example/bootstrap/v5/tp.widget.bootstrap.min.js">
</script></head>
<body><div class="usp-bar"><ul>${bar.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<header class="site-header"><a href="/" class="logo" aria-label="Nestwell home"></a><nav><ul>${links(nav, 'nav__item')}</ul></nav>
<a class="site-header__cart" href="/cart" aria-label="Cart">Cart</a></header>
<main class="blog-post"><nav class="breadcrumbs" aria-label="breadcrumb"><ol>${links(crumbs, 'breadcrumbs__item')}</ol></nav>
<article><header class="blog-post__header"><h1>${title}</h1><div class="author-card"><img alt="" src="/authors/ellie.jpg">
<p class="author-card__name">Written by Ellie Marsh</p><p class="author-card__role">Sleep Content Editor</p>
<p class="author-card__review">Medically reviewed by Dr. Farid Haddad</p></div>
<p class="blog-post__meta"><span>Updated 30 July 2025</span> · <span>5 min read</span></p></header>
<div class="key-takeaways"><p class="key-takeaways__title">Key takeaways</p><ul>${takeaways.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="blog-post__content">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<table><thead><tr><th>Age</th><th>Recommended sleep</th></tr></thead><tbody>${rows
  .map(
    (r) => `<tr><td>${r[0]}</td><td>${r[1]}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
<h2>${h2}</h2>
${ps(p3)}
<div class="product-promo-card"><img alt="" src="/products/hybrid.jpg"><p class="product-promo-card__name">${promo[0]}</p><p>${promo[1]}</p>
<p class="product-promo-card__price">${promo[2]}</p><a class="btn" href="/mattresses/hybrid-original">${promo[3]}</a></div>
<h2>${h3}</h2>
<ul>${signs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
</div>
<section class="sources"><h2>Sources</h2><ol>${sources.map((t) => `<li>${t}</li>`).join('\n')}</ol></section></article>
<section class="related-articles"><h2>Related articles</h2><ul>${links(related, 'related-articles__card')}</ul></section>
<div class="trustpilot-widget" data-template-id="5419b6a8" data-businessunit-id="5a1c"><p>${trust[0]}</p><p>${trust[1]}</p><p>${trust[2]}</p></div></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© 2025 Nestwell Sleep Ltd</p></footer>
<div class="cookie-banner" role="dialog"><p>${cookie[0]}</p><button>${cookie[1]}</button><button>${cookie[2]}</button><button>${cookie[3]}</button></div>
</body></html>`;
const mattress: TestPage = {
  html,
  name: 'heldout228-mattress-sleep-guide',
  kind: 'docs',
  // the key-takeaways list and the table's data cells are body; the sources list is in neither list; the product promo card,
  // related articles and the Trustpilot widget are furniture; the author's role line is furniture, the names are bylines
  title,
  headings: [h1, h2, h3],
  body: [...takeaways, ...texts(p1), ...texts(p2), ...rows.flat(), ...texts(p3), ...signs, ...texts(p4)],
  bylines: ['Written by Ellie Marsh', 'Medically reviewed by Dr. Farid Haddad', 'Updated 30 July 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bar, ...nav, 'Cart', 'Home', 'Sleep Health', 'Sleep Content Editor', 'Key takeaways', ...promo, 'Sources', 'Related articles', ...related,
    ...trust, ...foot, '© 2025 Nestwell Sleep Ltd', ...cookie,
  ],
};

export const HELDOUT228_F: readonly TestPage[] = [mattress, cameraTips];
