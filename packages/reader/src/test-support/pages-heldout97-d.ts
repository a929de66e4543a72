import { links, type TestPage, texts } from './page-kit.js';
import { verywellArticle } from './pages-heldout97-d2.js';

/**
 * Held-out batch 97, file d: a Healthline style article on an invented health site (the header nav with "Subscribe", the
 * "Medically reviewed by", "Written by" and "Updated on" line, the affiliate disclosure at the top of the text, the
 * collapsible "How we vet brands and products" box, a "Share on Pinterest" image with credit, a product callout with its
 * label, price and shop button, "How we reviewed this article:" with "Sources" and "History" tabs, "Share this article",
 * "Was this article helpful?", the "Read this next" rail with reviewer lines, the newsletter footer and the consent bar)
 * and, from file d2, a Verywell style article.
 */
const hlTitle = '8 Ways to Ease a Stiff Neck After Sleeping Wrong';
const hlIntro = [
  'Waking up with a stiff neck is common, and it usually isn’t a sign of anything serious. Most of the time, the muscles in your ' +
    'neck have been held in an awkward position for hours, often because of your pillow or the way you sleep.',
  'The good news is that the stiffness usually fades within a day or two. Here are some ways to feel better faster and to keep ' + 'it from happening again.',
];
const hlTips: [string, string[]][] = [
  [
    '1. Apply heat or cold',
    [
      'In the first day or so, a cold pack wrapped in a thin towel can ease pain and swelling. After that, heat from a warm ' +
        'shower or heating pad helps relax tight muscles. Use either for about 20 minutes at a time.',
    ],
  ],
  [
    '2. Keep moving gently',
    [
      'It may be tempting to hold your head still, but gentle movement helps. Slowly tilt your ear toward each shoulder and turn ' +
        'your head from side to side, stopping before it hurts.',
    ],
  ],
  [
    '3. Try an over-the-counter pain reliever',
    [
      'Ibuprofen or naproxen can reduce pain and inflammation for a short time. Follow the label, and check with a pharmacist if ' +
        'you take other medications or have stomach or kidney problems.',
    ],
  ],
  [
    '4. Change your sleep position',
    ['Sleeping on your back or side is easier on your neck than sleeping on your stomach, which forces you to turn your head ' + 'to one side all night.'],
  ],
  [
    '5. Choose a supportive pillow',
    [
      'Your pillow should keep your neck in line with the rest of your spine. If it’s too high or too flat, your neck muscles ' +
        'have to work all night. Some people find a contoured memory foam pillow helpful.',
    ],
  ],
  [
    '6. Massage the area',
    [
      'Gently rubbing the sore muscles can improve blood flow and ease tension. A partner can help, or you can use your fingertips ' +
        'in slow circles along the side and back of your neck.',
    ],
  ],
  [
    '7. Watch your posture during the day',
    ['Looking down at a phone or laptop for hours can add to neck strain. Raise your screen to eye level and take short breaks ' + 'to stretch.'],
  ],
  [
    '8. Know when to see a doctor',
    ['Contact a doctor if the pain lasts longer than a week, spreads down your arms, or comes with numbness, weakness, fever or ' + 'a severe headache.'],
  ],
];
const hlProduct = {
  label: 'Our pick',
  name: 'Restwell Contour Memory Foam Pillow',
  price: 'Price: $$',
  blurb:
    'This pillow has a lower and a higher edge, so back and side sleepers can choose the height that keeps their neck level. ' +
    'The removable cover is machine washable.',
  shop: 'Shop now at Lumimart',
};
const hlTake = [
  'A stiff neck after sleeping usually gets better on its own within a few days. Heat, gentle stretching and a pillow that ' +
    'supports your neck can help you recover and may stop it from coming back.',
];
const hlNav = ['Health Conditions', 'Wellness', 'Tools', 'Featured', 'Connect'];
const hlDisclosure =
  'We include products we think are useful for our readers. If you buy through links on this page, we may earn a small ' +
  'commission or other compensation. Here’s our process.';
const hlVet = [
  'How we vet brands and products',
  'Heartwell only shows you brands and products that we stand behind.',
  'Our team thoroughly researches and evaluates the recommendations we make on our site. To establish that the product ' +
    'manufacturers addressed safety and efficacy standards, we:',
  'Evaluate ingredients and composition: Do they have the potential to cause harm?',
  'Fact-check all health claims: Do they align with the current body of scientific evidence?',
  'Assess the brand: Does it operate with integrity and adhere to industry best practices?',
  'We do the research so you can find trusted products for your health and wellness.',
  'Read more about our vetting process.',
];
const hlCredit = 'Anna Lisowska/Stockwell United';
const hlReview = [
  'How we reviewed this article:',
  'Sources',
  'History',
  'Heartwell has strict sourcing guidelines and relies on peer-reviewed studies, academic research institutions, and medical ' +
    'associations. We avoid using tertiary references.',
  'Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.',
  'Current Version',
  'Mar 5, 2025',
  'Written By',
  'Edited By',
  'Medically Reviewed By',
];
const hlNext: [string, string][] = [
  ['How to Sleep With a Pinched Nerve in Your Neck', 'Medically reviewed by Owen Farrell, PT, DPT'],
  ['Neck Stretches to Try at Your Desk', 'Medically reviewed by Grace Lindahl, DC'],
  ['What Causes Neck Pain on One Side?', 'Medically reviewed by Tomás Ibarra, MD'],
];
const hlNews = [
  'Get our wellness newsletter',
  'Filter out the noise and nurture your inbox with health and wellness advice that’s inclusive and rooted in medical expertise.',
  'Enter your email',
  'Sign Up',
  'Your privacy is important to us',
];
const hlFoot = [
  'About Us',
  'Contact Us',
  'Privacy Policy',
  'Privacy Settings',
  'Advertising Policy',
  'Health Topics',
  'Sitemap',
  'Medical Affairs',
  'Content Integrity',
  'Newsletters',
  'Your Privacy Choices',
];
const hlCopy = '© 2025 Heartwell Media LLC. All rights reserved. Our website services, content, and products are for informational purposes only.';
const hlCookie = 'We use cookies to personalize content and ads, and to analyze our traffic.';
const hlTip = ([h, p]: [string, string[]], i: number): string => `<h2 id="${i}" class="css-1f9w3f3">${h}</h2>
${p.map((t) => `<p>${t}</p>`).join('\n')}${i === 4 ? hlCallout : ''}`;
const hlCallout = `
<div class="css-product-callout" data-testid="product-callout"><div class="css-pc-label">${hlProduct.label}</div>
<div class="css-pc-image"><img src="https://media.heartwell.example/products/restwell-pillow.jpg" alt="Restwell contour pillow" loading="lazy"></div>
<h3 class="css-pc-name">${hlProduct.name}</h3><p class="css-pc-price">${hlProduct.price}</p><p class="css-pc-blurb">${hlProduct.blurb}</p>
<a class="css-pc-button" rel="sponsored nofollow" href="https://go.skimresources.example/?id=restwell">${hlProduct.shop}</a></div>`;
const hlHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stiff Neck From Sleeping: 8 Remedies and Prevention Tips</title><meta name="description" content="Waking up with a stiff neck is common.
Here are ways to ease the pain and prevent it."><meta property="og:title" content="${hlTitle}"><meta property="article:published_time" content="2019-08-14">
<link rel="canonical" href="https://www.heartwell.example/health/stiff-neck-from-sleeping">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","headline":"${hlTitle}","dateModified":"2025-03-05",
"author":{"@type":"Person","name":"Jolene Park"},"reviewedBy":{"@type":"Person","name":"Hannah Whitlock, DPT"}}</script>
<script>window.__PRELOADED_STATE__ = {"page":{"type":"article","id":1253309,"vertical":"health"}};</script>
<link rel="stylesheet" href="https://www.heartwell.example/static/css/main.9b3e2a.css"></head>
<body><div id="__next"><a href="#main-content" class="css-skip">Skip to main content</a>
<header class="css-header" role="banner"><a href="/" class="css-logo" aria-label="Heartwell"><svg aria-hidden="true"></svg></a>
<nav aria-label="Main"><ul class="css-nav">${links(hlNav, 'css-nav-item')}</ul></nav><a class="css-subscribe" href="/newsletter-signup">Subscribe</a>
<button class="css-search" type="button"><span class="sr-only">Search</span></button></header>
<main id="main-content"><article class="article-body css-article"><h1 class="css-title">${hlTitle}</h1>
<div class="css-byline"><span>Medically reviewed by <a href="/reviewers/hannah-whitlock">Hannah Whitlock, DPT</a></span> — <span>Written by
<a href="/authors/jolene-park">Jolene Park</a></span> — <span>Updated on March 5, 2025</span></div>
<div class="css-disclosure"><p>We include products we think are useful for our readers. If you buy through links on this page, we may earn a small commission
or other compensation. <a href="/our-process">Here’s our process.</a></p></div>
<details class="css-vet"><summary>${hlVet[0]}</summary><p>${hlVet[1]}</p><p>${hlVet[2]}</p><ul>${hlVet
  .slice(3, 6)
  .map((t) => `<li><strong>${t.split(': ')[0]}:</strong> ${t.split(': ')[1]}</li>`)
  .join('\n')}</ul><p>${hlVet[6]}</p><a href="/vetting-process">${hlVet[7]}</a></details>
${hlIntro.map((t) => `<p>${t}</p>`).join('\n')}
<figure class="css-figure"><a class="css-pin" href="https://pinterest.example/pin/create">Share on Pinterest</a>
<img src="https://media.heartwell.example/stiff-neck.jpg"
alt="woman holding her neck after waking up" loading="lazy"><figcaption class="css-credit">${hlCredit}</figcaption></figure>
${hlTips.map(hlTip).join('\n')}
<h2 id="takeaway" class="css-1f9w3f3">Takeaway</h2>
<p>${hlTake[0]}</p>
<div class="css-review"><p class="css-review-title">${hlReview[0]}</p><div role="tablist"><button role="tab">${hlReview[1]}</button>
<button role="tab">${hlReview[2]}</button></div><div role="tabpanel"><p>${hlReview[3]}</p></div><div role="tabpanel" hidden><p>${hlReview[4]}</p>
<p>${hlReview[5]}</p><p>${hlReview[6]}</p><p>${hlReview[7]} Jolene Park</p><p>${hlReview[8]} Heartwell Editorial Team</p>
<p>${hlReview[9]} Hannah Whitlock, DPT</p></div></div>
<div class="css-share"><span>Share this article</span><a href="#" aria-label="Share on Facebook">Facebook</a><a href="#" aria-label="Share on X">X</a>
<a href="#" aria-label="Share by email">Email</a></div>
<div class="css-feedback"><p>Was this article helpful?</p><button type="button">Yes</button><button type="button">No</button></div></article>
<aside class="css-rail"><h2>Read this next</h2><ul>${hlNext.map(([t, r]) => `<li><a href="#">${t}</a><p>${r}</p></li>`).join('\n')}</ul></aside></main>
<footer class="css-footer"><div class="css-newsletter"><h3>${hlNews[0]}</h3><p>${hlNews[1]}</p><form><input type="email" aria-label="${hlNews[2]}"
placeholder="${hlNews[2]}"><button type="submit">${hlNews[3]}</button></form><p><a href="/privacy-policy">${hlNews[4]}</a></p></div>
<ul class="css-footer-links">${links(hlFoot)}</ul><p>${hlCopy}</p></footer>
<div id="consent-bar" class="css-consent" role="dialog"><p>${hlCookie}</p><button type="button">OK</button></div></div>
<script src="https://www.heartwell.example/static/js/main.9b3e2a.js" defer></script></body></html>`;
const heartwellArticle: TestPage = {
  html: hlHtml,
  name: 'heldout97-healthline-health-article',
  kind: 'blog',
  // the reviewer, writer and "Updated on" lines are bylines; the affiliate disclosure and the "How we vet" box at the top of
  // the text are furniture; in the product callout the product name is a heading and the blurb body, its label, price and
  // shop button furniture; review tabs, share and feedback bars, the rail (with its reviewer lines), newsletter and footer
  // are furniture
  title: hlTitle,
  headings: [...hlTips.slice(0, 5).map(([h]) => h), hlProduct.name, ...hlTips.slice(5).map(([h]) => h), 'Takeaway'],
  body: [...hlIntro, ...hlTips.slice(0, 5).flatMap(([, p]) => p), hlProduct.blurb, ...hlTips.slice(5).flatMap(([, p]) => p), ...hlTake],
  bylines: ['Medically reviewed by Hannah Whitlock, DPT', 'Written by Jolene Park', 'Updated on March 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...hlNav, 'Subscribe', 'Search', hlDisclosure, ...texts(hlVet), 'Share on Pinterest', hlCredit, hlProduct.label,
    hlProduct.price, hlProduct.shop, ...hlReview, 'Share this article', 'Facebook', 'Email', 'Was this article helpful?', 'Yes', 'No',
    'Read this next', ...hlNext.flat(), ...hlNews.filter((t) => t !== 'Enter your email'), ...hlFoot, hlCopy, hlCookie, 'OK',
  ],
};

export const HELDOUT97_D: readonly TestPage[] = [heartwellArticle, verywellArticle];
