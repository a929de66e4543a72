import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 75, file b2: a health blog article on the Healthline template (header, "Medically reviewed by — Written by —
 * Updated on" line, the affiliate notice with "Here’s our process." and the collapsed "How we vet brands and products" box at
 * the top of the article, the jump-link contents, an image with "Share on Pinterest" and its credit, ad slots, a product
 * callout with price and "Shop now" buttons inside the article, "Was this helpful?", the "How we vetted this article" box
 * with sources and history, the newsletter box, "Read this next" and the footer).
 */
const hlTitle = 'Does Magnesium Help You Sleep? What the Research Shows';
const hlIntro = [
  'Magnesium is a mineral your body uses in hundreds of chemical reactions, including ones that help your muscles relax and your ' +
    'nervous system settle. Some small studies suggest a supplement may help certain people fall asleep faster, but the evidence is far ' +
    'from settled.',
  'Here’s what researchers know so far, which forms are easiest on the stomach, and how much is safe to take.',
];
const hlHow = [
  'Magnesium helps regulate GABA, a chemical messenger that calms activity in the brain. It also plays a part in the body’s internal ' +
    'clock and in the production of melatonin, the hormone that signals it’s time to sleep.',
  'Because of this, researchers have wondered whether people who don’t get enough magnesium sleep worse, and whether topping it up ' +
    'helps. Low magnesium levels are more common in older adults, people with type 2 diabetes, and those who drink alcohol heavily.',
];
const hlResearch = [
  'The results are mixed. In one trial of 96 older adults with insomnia, people who took 400 milligrams (mg) of magnesium each night ' +
    'for 8 weeks fell asleep about 15 minutes faster than those taking a placebo. They also reported feeling more rested in the morning.',
  'Other studies in younger, healthy adults found little or no difference. A 2024 review of nine trials concluded that magnesium might ' +
    'offer a small benefit for people who are low in the mineral, but that the studies were too small and too varied to draw firm ' +
    'conclusions.',
];
const hlForms = ['Magnesium supplements come in several forms. They differ in how well your body absorbs them and how likely they are to upset your stomach:'];
const hlFormList = [
  '<strong>Magnesium glycinate:</strong> bound to the amino acid glycine, well absorbed and gentle on digestion',
  '<strong>Magnesium citrate:</strong> well absorbed, but can have a laxative effect at higher doses',
  '<strong>Magnesium oxide:</strong> inexpensive and common, but poorly absorbed',
  '<strong>Magnesium L-threonate:</strong> a newer form that some small studies suggest reaches the brain more easily',
];
const hlDose = [
  'Most sleep studies have used doses between 200 and 500 mg a day, taken an hour or two before bed. The upper limit for magnesium from ' +
    'supplements is 350 mg a day for adults, unless a doctor advises otherwise. Taking more can cause diarrhea, nausea, and cramping.',
  'People with kidney disease should not take magnesium supplements without medical advice, because their kidneys may not be able to ' +
    'clear the excess. Magnesium can also interact with some antibiotics and with medications for osteoporosis.',
];
const hlBottom = [
  'Magnesium may help you fall asleep a little faster, especially if your diet is low in it. Try getting more from foods like pumpkin ' +
    'seeds, spinach, beans, and whole grains first. If you want to try a supplement, talk with a doctor or pharmacist about the right ' +
    'form and dose for you.',
];
const hlHeads = ['How magnesium may affect sleep', 'What the research says', 'Which form should you choose?', 'How much to take', 'The bottom line'];
const hlNav = ['Health Conditions', 'Health Products', 'Discover', 'Tools', 'Connect'];
const hlToc = ['How it works', 'Research', 'Forms', 'Dosage', 'Bottom line'];
const hlAffil = 'We include products we think are useful for our readers. If you buy through links on this page, we may earn a small commission.';
const hlVet = [
  'How we vet brands and products',
  'Healthwell only shows you brands and products that we stand behind.',
  'Our team thoroughly researches and evaluates the recommendations we make on our site. To establish that the product manufacturers ' +
    'addressed safety and efficacy standards, we:',
  'Evaluate ingredients and composition: Do they have the potential to cause harm?',
  'Fact-check all health claims: Do they align with the current body of scientific evidence?',
  'Assess the brand: Does it operate with integrity and adhere to industry best practices?',
  'We do the research so you can find trusted products for your health and wellness.',
  'Read more about our vetting process.',
];
const hlCredit = 'Marta Lindqvist/Stocksy United';
const hlProduct = [
  'Healthwell’s pick',
  'Northfield Labs Magnesium Glycinate',
  'Price: $$',
  'Form: capsule',
  'Dose: 2 capsules (240 mg)',
  'Third-party tested, with no added colors or fillers.',
  'Shop now at Amazon',
  'Shop now at Northfield Labs',
];
const hlHelpful = ['Was this helpful?', 'Yes', 'No'];
const hlReviewed = 'Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.';
const hlSources = [
  'Abernethy K, et al. (2021). Oral magnesium and sleep onset in older adults with insomnia: A randomized trial.',
  'Dietary supplement fact sheet: Magnesium. (2024). Office of Nutrition Standards.',
  'Varga T, et al. (2024). Magnesium supplementation and sleep quality: A systematic review.',
];
const hlHistory = ['Current Version', 'Jan 12, 2025', 'Written By', 'Edited By', 'Medically Reviewed By', 'Copy Edited By'];
const hlNews = [
  'Get our wellness newsletter',
  'Filter out the noise and nurture your inbox with health and wellness advice that’s inclusive and rooted in medical expertise.',
  'Enter your email',
  'SIGN UP',
  'Your privacy is important to us',
];
const hlNext = ['The 9 Best Magnesium Supplements, According to Dietitians', 'Sleep Hygiene: 12 Habits for Better Rest', 'Can Melatonin Stop Working?'];
const hlFoot = ['About Us', 'Contact Us', 'Privacy Policy', 'Privacy Settings', 'Advertising Policy', 'Health Topics', 'Medical Affairs', 'Content Integrity'];
const hlFoot2 = ['Newsletters', 'Your Privacy Choices'];
const hlCopy =
  '© 2025 Healthwell Media LLC. All rights reserved. Our website services, content, and products are for informational purposes only. ' +
  'Healthwell Media does not provide medical advice, diagnosis, or treatment.';
const hlAd = (n: number): string =>
  `<div class="css-ad-slot" data-ad-position="${n}"><span class="css-ad-label">ADVERTISEMENT</span><div id="ad-inline-${n}"
style="min-height:250px"></div></div>`;
const hlLi = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
const hlH2 = (i: number, id: string): string => `<a name="${id}"></a><h2 class="css-h2">${hlHeads[i]}</h2>`;
const hlHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Magnesium for Sleep: Does It Work? Research, Forms, and Dosage</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Can magnesium help you sleep? We look at the research,
which forms are best absorbed, and how much is safe.">
<meta property="og:site_name" content="Healthwell"><meta property="article:section" content="Nutrition"><link rel="canonical"
href="https://www.healthwell.com/nutrition/magnesium-for-sleep">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","headline":"${hlTitle}","dateModified":"2025-01-12T00:00:00Z",
"author":{"@type":"Person","name":"Caleb Orton"},"reviewedBy":{"@type":"Person","name":"Priya Nandakumar, PharmD"},"publisher":{"@type":"Organization",
"name":"Healthwell Media"}}</script>
<script>window.__APP_STATE__={"page":{"type":"article","id":"b0f1c9"},"ads":{"enabled":true}};</script></head>
<body><div id="__next">
<header class="css-1w0xp6h"><a href="/" class="css-logo" aria-label="Healthwell"><svg role="img"><title>Healthwell</title></svg></a>
<nav aria-label="Main menu"><ul class="css-nav">${links(hlNav, 'css-nav-item')}</ul></nav>
<a href="/newsletter-signup" class="css-subscribe">Subscribe</a><button class="css-search" aria-label="Search"><span>Search</span></button></header>
<main class="css-main"><article class="article-body css-d2znx6" data-component="article">
<h1 class="css-6jxmuv">${hlTitle}</h1>
<div class="css-byline"><span>Medically reviewed by <a href="/reviewers/priya-nandakumar-pharmd">Priya Nandakumar, PharmD</a></span> — <span>Written by
<a href="/authors/caleb-orton">Caleb Orton</a></span> — <span>Updated on January 12, 2025</span></div>
<nav class="css-toc" aria-label="Jump to section"><ul>${links(hlToc, 'css-toc-item')}</ul></nav>
<div class="css-affiliate"><p>${hlAffil} <a href="/about/content-integrity#vetting">Here’s our process.</a></p>
<details class="css-vetting"><summary>${hlVet[0]}</summary><p>${hlVet[1]}</p><p>${hlVet[2]}</p><ul>${hlLi(hlVet.slice(3, 6))}</ul>
<p>${hlVet[6]}</p><a href="/about/content-integrity#vetting">${hlVet[7]}</a></details></div>
<figure class="css-figure"><img src="https://i0.wp.com/images-prod.healthwell.com/magnesium-capsules-bedside-732x549.jpg"
alt="magnesium capsules on a bedside table">
<figcaption><a href="#" class="css-pin">Share on Pinterest</a><span class="css-credit">${hlCredit}</span></figcaption></figure>
${ps(hlIntro)}
${hlAd(1)}
${hlH2(0, 'how-it-works')}
${ps(hlHow)}
${hlH2(1, 'research')}
${ps(hlResearch)}
${hlAd(2)}
${hlH2(2, 'forms')}
${ps(hlForms)}
<ul>${hlLi(hlFormList)}</ul>
<div class="css-product-card" data-component="product-callout"><span class="css-eyebrow">${hlProduct[0]}</span><h3 class="css-product-name">${hlProduct[1]}</h3>
<ul class="css-product-specs">${hlLi(hlProduct.slice(2, 5))}</ul><p class="css-product-blurb">${hlProduct[5]}</p>
<a class="css-shop-button" href="https://www.amazon.com/dp/B0EXAMPLE1?tag=hwl-20" rel="sponsored noopener">${hlProduct[6]}</a>
<a class="css-shop-button" href="https://northfieldlabs.example/glycinate" rel="sponsored noopener">${hlProduct[7]}</a></div>
${hlH2(3, 'dosage')}
${ps(hlDose)}
${hlH2(4, 'bottom-line')}
${ps(hlBottom)}
<div class="css-helpful"><span>${hlHelpful[0]}</span><button type="button">${hlHelpful[1]}</button><button type="button">${hlHelpful[2]}</button></div>
<section class="css-vetted"><h3>How we vetted this article:</h3><p>${hlReviewed}</p>
<div role="tablist"><button role="tab" aria-selected="true">Sources</button><button role="tab" aria-selected="false">History</button></div>
<div role="tabpanel"><ul>${hlLi(hlSources)}</ul></div>
<div role="tabpanel" hidden><ul><li>${hlHistory[0]}</li><li>${hlHistory[1]}</li><li>${hlHistory[2]}<a href="/authors/caleb-orton">Caleb Orton</a></li>
<li>${hlHistory[3]}<a href="/editors/jo-benning">Jo Benning</a></li><li>${hlHistory[4]}<a href="/reviewers/priya-nandakumar-pharmd">Priya Nandakumar,
PharmD</a></li><li>${hlHistory[5]}<a href="/editors/sam-ferreira">Sam Ferreira</a></li></ul></div></section>
</article>
<aside class="css-rail"><div class="css-newsletter"><h3>${hlNews[0]}</h3><p>${hlNews[1]}</p><form><label class="css-sr-only" for="hl-nl">${hlNews[2]}</label>
<input id="hl-nl" type="email" placeholder="${hlNews[2]}"><button type="submit">${hlNews[3]}</button></form><p class="css-privacy"><a
href="/privacy-policy">${hlNews[4]}</a></p></div>
<div class="css-read-next"><h3>Read this next</h3><ul>${hlNext
  .map(
    (t, i) => `<li><a href="/next-${i}">${t}</a><span class="css-next-byline">Medically reviewed by ${['Ana Ruiz, RD', 'Tom Achebe, MD', 'Lee Park, PharmD'][i]}
</span></li>`,
  )
  .join('\n')}</ul></div>${hlAd(3)}</aside></main>
<footer class="css-footer"><ul>${links(hlFoot)}</ul><ul>${links(hlFoot2)}</ul><p class="css-copyright">${hlCopy}
<a href="/medical-disclaimer">See additional information.</a></p></footer></div>
<script src="/_next/static/chunks/pages/article-7c1e.js" defer></script></body></html>`;
export const healthlineArticle: TestPage = {
  html: hlHtml,
  name: 'heldout75-healthline-blog',
  kind: 'blog',
  // the intro, the five h2 sections and the forms list are the article; the affiliate notice and vetting box at the top of
  // the article, the contents links, the image credit and "Share on Pinterest", the product callout inside the forms section
  // (its name is an h3), ad labels, "Was this helpful?", the "How we vetted this article" box (sources, history), the rail,
  // newsletter and footer are furniture; the byline pieces and the names in the hidden history tab are bylines
  title: hlTitle,
  headings: hlHeads,
  body: texts([...hlIntro, ...hlHow, ...hlResearch, ...hlForms, ...hlFormList, ...hlDose, ...hlBottom]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Medically reviewed by Priya Nandakumar, PharmD', 'Written by Caleb Orton', 'Updated on January 12, 2025', 'Jo Benning', 'Sam Ferreira',
    'Medically reviewed by Ana Ruiz, RD', 'Medically reviewed by Tom Achebe, MD', 'Medically reviewed by Lee Park, PharmD',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Healthwell', ...hlNav, 'Subscribe', 'Search', ...hlToc, hlAffil, 'Here’s our process.', ...hlVet, 'Share on Pinterest', hlCredit, 'ADVERTISEMENT',
    ...hlProduct, ...hlHelpful, 'How we vetted this article:', hlReviewed, 'Sources', 'History', ...hlSources, ...hlHistory, ...hlNews, 'Read this next',
    ...hlNext, ...hlFoot, ...hlFoot2, hlCopy, 'See additional information.',
  ],
};
