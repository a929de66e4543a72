import { links, type TestPage, texts } from './page-kit.js';
import { polygonReview } from './pages-heldout161-f2.js';

/**
 * Held-out batch 161, file f: a PCMag monitor review on the Ziff Davis template (the nav, breadcrumbs, h1 and dek, the star
 * rating with its label, "By ..." and "Updated" lines, the affiliate notice, price buttons with MSRP, "The Bottom Line",
 * the "Pros" and "Cons" lists, the specs table, h2 sections with an image caption, "How We Test" link, the author's "About"
 * card, the Lab Report newsletter box with its fine print, "More From PCMag" and the trademark footer) and, from file f2, a
 * Polygon game review.
 */
const pcTitle = 'Lumatek Vista 27Q Review';
const pcDek = 'A sharp, color-accurate 1440p monitor for creators on a budget';
const pcBottom = `The Lumatek Vista 27Q delivers excellent color accuracy and a useful USB-C hub for well under $400, though its stand is basic
and gamers will want a faster panel.`;
const pcPros = ['Excellent out-of-box color accuracy', 'USB-C with 90W power delivery', 'Built-in KVM switch', 'Reasonable price'];
const pcCons = ['Stand adjusts for tilt only', '75Hz refresh rate is too slow for gaming', 'Dim speakers'];
const pcP1 = [
  `Lumatek is not a name most people know, but the Taiwanese company has been quietly making panels for other brands for years. The
  Vista 27Q is the first model in its new line sold under its own name, and it is aimed squarely at photographers, designers and
  video editors who want accurate color without paying for a professional display. At $349.99, it largely succeeds.`,
];
const pcH1 = 'Design: Plain, With One Big Weakness';
const pcP2 = [
  `The Vista 27Q is a 27-inch IPS monitor with a resolution of 2,560 by 1,440 pixels, a matte finish and thin bezels on three sides. It
  looks tidy on a desk, but the stand only tilts. There is no height adjustment, swivel or pivot, which is a real limitation for a
  monitor meant for long editing sessions. It does have a 100mm VESA mount, so a monitor arm is an easy fix.`,
  `Ports are generous for the price: two HDMI 2.0, one DisplayPort 1.4, a USB-C port that delivers up to 90 watts to a laptop, and
  three USB-A downstream ports. A built-in KVM switch lets you control two computers with one keyboard and mouse.`,
];
const pcH2 = 'Testing the Vista 27Q: Accurate Color, Modest Speed';
const pcP3 = [
  `In our tests with a colorimeter and calibration software, the Vista 27Q covered 100% of the sRGB color space and 96% of DCI-P3,
  with an average Delta E of 0.9 in its sRGB mode. Anything under 2 is hard for the eye to distinguish, so that is an excellent result
  for an uncalibrated monitor straight from the box. Peak brightness measured 362 nits, slightly above Lumatek’s rating.`,
  `The 75Hz refresh rate and 5-millisecond response time are fine for office work and casual games, but anyone who plays competitive
  shooters should look at a 144Hz model instead.`,
];
const pcH3 = 'Verdict: A Great Pick for Creators on a Budget';
const pcP4 = [
  `If color accuracy matters more to you than speed, the Lumatek Vista 27Q is one of the best values we have tested. Budget for a
  monitor arm and it is easy to recommend to photographers and designers working from a laptop.`,
];
const pcSpecs = [
  ['Screen Size', '27 inches'],
  ['Native Resolution', '2560 by 1440'],
  ['Panel Technology', 'IPS'],
  ['Refresh Rate', '75 Hz'],
];
const pcNav = ['Best Products', 'Reviews', 'Deals', 'How-To', 'News', 'Newsletters'];
const pcCrumbs = ['Home', 'Reviews', 'Monitors'];
const pcAff = `PCMag editors select and review products independently. If you buy through affiliate links, we may earn commissions, which
help support our testing.`;
const pcCard = ['4.0', 'Excellent', '$329.99 at Amazon', 'MSRP $349.99', 'The Bottom Line', 'Pros', 'Cons', 'Lumatek Vista 27Q Specs'];
const pcCaption = '(Credit: Rhys Whitaker)';
const pcBio = `Rhys Whitaker is an analyst on PCMag’s hardware team, covering monitors and displays. He tests every screen with the same
colorimeter and test patterns in our New York lab.`;
const pcNews = [
  'Like What You’re Reading?',
  'Sign up for Lab Report to get the latest reviews and top product advice delivered right to your inbox.',
  'Sign Me Up',
  `This newsletter may contain advertising, deals, or affiliate links. By clicking the button, you confirm you are 16+ and agree to our
  Terms of Use and Privacy Policy. You may unsubscribe from the newsletters at any time.`,
];
const pcMore = ['The Best Monitors for 2026', 'The Best Budget Monitors for 2026', 'How We Test Monitors'];
const pcFoot = ['About PCMag', 'Careers', 'Contact Us', 'Press', 'Privacy Policy', 'Terms of Use', 'Accessibility Statement', 'Cookie Settings'];
const pcTm = 'PCMag.com is among the federally registered trademarks of Ziff Davis and may not be used by third parties without explicit permission.';
const pcPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lumatek Vista 27Q Review | PCMag</title><meta name="description" content="${pcDek}"><meta property="og:site_name" content="PCMag">
<link rel="canonical" href="https://www.pcmag.com/reviews/lumatek-vista-27q"><meta property="og:title" content="${pcTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${pcTitle}","datePublished":"2026-03-03T13:00:00.000Z",
"author":{"@type":"Person","name":"Rhys Whitaker"},"reviewRating":{"@type":"Rating","ratingValue":4,"bestRating":5},
"itemReviewed":{"@type":"Product","name":"Lumatek Vista 27Q"}}</script>
<script>window.zdconsent = window.zdconsent || {run: [], cmd: []};</script><link rel="stylesheet" href="https://www.pcmag.com/dist/css/app.css"></head>
<body class="font-brand"><header id="header" class="sticky top-0 z-50 bg-white"><a href="/" aria-label="PCMag"><svg class="h-8"></svg></a>
<nav class="hidden lg:block"><ul class="flex gap-4">${links(pcNav, 'nav-item')}</ul></nav></header>
<main class="container mx-auto"><nav aria-label="breadcrumbs" class="text-sm"><ol class="flex">${links(pcCrumbs, 'breadcrumb-item')}</ol></nav>
<article class="article"><header class="mb-4"><h1 class="font-stretch-ultra-condensed text-4xl font-bold" id="id_title">${pcTitle}</h1>
<p class="text-xl" id="id_deck">${pcDek}</p>
<div class="flex items-center gap-2"><div class="score-badge" aria-label="Rating: 4 out of 5"><span class="text-3xl font-bold">${pcCard[0]}</span>
<span class="uppercase">${pcCard[1]}</span></div></div>
<div class="mt-2 text-sm"><span class="author">By <a href="https://www.pcmag.com/authors/rhys-whitaker">Rhys Whitaker</a></span>
<span class="ml-2">Updated March 3, 2026</span></div>
<p class="mt-2 text-xs italic text-gray-600" id="affiliate-disclosure">${pcAff}</p></header>
<div class="review-card rounded border p-4"><div class="flex gap-2"><a class="btn-buy" rel="sponsored" href="https://amazon.example/">${pcCard[2]}</a>
<span class="text-sm text-gray-500">${pcCard[3]}</span></div>
<h3 class="text-lg font-bold">${pcCard[4]}</h3><p>${pcBottom}</p>
<div class="grid grid-cols-2"><div><h4 class="font-bold uppercase">${pcCard[5]}</h4><ul>${pcPros.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div><h4 class="font-bold uppercase">${pcCard[6]}</h4><ul>${pcCons.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<h4 class="font-bold">${pcCard[7]}</h4><table class="specs"><tbody>${pcSpecs.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</tbody>
</table><a href="#specs" class="text-sm">All Specs</a></div>
<div id="article" class="article-content">
${pcPs(pcP1)}
<h2 id="design">${pcH1}</h2>
<figure><img src="https://i.pcmag.com/imagery/reviews/vista-27q-ports.jpg" alt="Lumatek Vista 27Q ports" loading="lazy">
<figcaption><small>${pcCaption}</small></figcaption></figure>
${pcPs(pcP2)}
<div class="ad-slot"><span class="text-xs uppercase">Advertisement</span></div>
<h2 id="testing">${pcH2}</h2>
${pcPs(pcP3)}
<p class="text-sm"><a href="https://www.pcmag.com/how-we-test">How We Test Everything We Review</a></p>
<h2 id="verdict">${pcH3}</h2>
${pcPs(pcP4)}
</div>
<section class="about-author mt-8 border-t pt-4"><h2 class="text-lg font-bold">About Rhys Whitaker</h2><p>${pcBio}</p>
<a href="https://www.pcmag.com/authors/rhys-whitaker">Read the latest from Rhys Whitaker</a></section></article>
<section class="newsletter rounded bg-gray-100 p-6"><h2>${pcNews[0]}</h2><p>${pcNews[1]}</p><form><input type="email" aria-label="Email">
<button type="submit">${pcNews[2]}</button></form><p class="text-xs">${pcNews[3]}</p></section>
<section class="more"><h2>More From PCMag</h2><ul>${links(pcMore, 'more-item')}</ul></section></main>
<footer class="bg-black text-white"><ul>${links(pcFoot, 'footer-item')}</ul><p>${pcTm}</p><p>© 1996-2026 Ziff Davis, LLC. All rights reserved.</p></footer>
<script src="https://www.pcmag.com/dist/js/app.js" defer></script></body></html>`;
const pcmag: TestPage = {
  html: pcHtml,
  name: 'heldout161-pcmag-review',
  kind: 'news',
  // the dek, "The Bottom Line" text and the Pros / Cons items are body; the rating, its labels, price, MSRP and card labels are
  // furniture; the specs table (label and value cells) is in neither list
  title: pcTitle,
  headings: [pcH1, pcH2, pcH3],
  body: texts([pcDek, pcBottom, ...pcPros, ...pcCons, ...pcP1, ...pcP2, ...pcP3, ...pcP4]),
  bylines: ['By Rhys Whitaker', 'Updated March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pcNav, 'Monitors', pcAff, ...pcCard, 'All Specs', pcCaption, 'Advertisement', 'How We Test Everything We Review', 'About Rhys Whitaker',
    pcBio, 'Read the latest from Rhys Whitaker', ...pcNews, 'More From PCMag', ...pcMore, ...pcFoot, pcTm, '© 1996-2026 Ziff Davis, LLC. All rights reserved.',
  ],
};

export const HELDOUT161_F: readonly TestPage[] = [pcmag, polygonReview];
