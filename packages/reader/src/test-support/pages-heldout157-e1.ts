import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper e1: a WebMD slideshow: the header with the hidden drawer menu, the "Slideshow" eyebrow,
 * the slides (each an image with a photo credit, a "N/10" counter, an h2 title and its text, the in-slide "Next" button),
 * ad slots between slides, the "Reviewed by ... on ..." line after the last slide, the collapsed "Sources" list, the
 * "Related" rail, the WebMD newsletter box, the footer and the TrustArc cookie notice.
 */
const title = 'Slideshow: Everyday Habits That Can Drain Your Energy';
const intro = 'Feeling tired all the time? Before you blame your age or your schedule, take a look at these common habits.';
const slides: [string, string, string][] = [
  [
    'You Skip Breakfast',
    'Your body uses the food you eat to make energy. When you skip the first meal of the day, your blood sugar can dip by mid-morning. Try something ' +
      'with protein and whole grains, like yogurt with oats, to keep you going until lunch.',
    'Photo Credit: Halvorsen Images/Getty Images',
  ],
  [
    'You Don’t Drink Enough Water',
    'Even mild dehydration can make you feel sluggish and make it harder to focus. If your urine is dark yellow, reach for a glass of water. Many ' +
      'people need more on hot days or when they exercise.',
    'Photo Credit: Marta Pino/Science Source',
  ],
  [
    'You Check Your Phone in Bed',
    'The light from screens can delay the release of melatonin, the hormone that helps you fall asleep. Put your phone away at least 30 minutes ' +
      'before bed, or keep it outside the bedroom.',
    'Photo Credit: Dmitri Aslan/Getty Images',
  ],
  [
    'You Sit for Hours at a Time',
    'It sounds backward, but moving more can give you more energy. A short walk every hour gets your blood flowing. Regular exercise also helps ' +
      'you sleep more deeply at night.',
    'Photo Credit: Ingrid Lowe/Getty Images',
  ],
  [
    'You Have Too Much Caffeine Late in the Day',
    'Caffeine can stay in your system for six hours or more. That afternoon latte may keep you awake at night and leave you tired the next day. ' +
      'Try switching to decaf after lunch.',
    'Photo Credit: Tommaso Reale/Stocksy',
  ],
  [
    'You Stay Up Late on Weekends',
    'Sleeping in on Saturday and Sunday can throw off your body clock, so Monday morning feels like jet lag. Try to go to bed and get up within an ' +
      'hour of your usual times, even on days off.',
    'Photo Credit: Lena Brandt/Getty Images',
  ],
  [
    'You Skip Your Workout Because You’re Tired',
    'It may seem like rest is the answer, but a short, easy workout often leaves you feeling more alert than before. Start with a 10-minute walk ' +
      'or some gentle stretching and see how you feel afterward.',
    'Photo Credit: Pavel Horak/Stocksy',
  ],
  [
    'When to See Your Doctor',
    'If you’re tired most days for more than a couple of weeks even after changing your habits, talk to your doctor. Low iron, thyroid problems, ' +
      'sleep apnea, and depression can all cause fatigue and are treatable.',
    'Photo Credit: Kasia Wren/Getty Images',
  ],
];
const nav = ['Conditions', 'Drugs & Supplements', 'Well-Being', 'Symptom Checker', 'Find a Doctor', 'More', 'Subscribe', 'Log In'];
const drawer = ['Health A-Z', 'Living Healthy', 'Family & Pregnancy', 'News & Experts', 'Pill Identifier', 'Tools & Resources'];
const reviewed = 'Reviewed by Neha Varma, MD on July 21, 2025';
const sources = [
  'IMAGES PROVIDED BY: 1) Halvorsen Images/Getty Images 2) Marta Pino/Science Source 3) Dmitri Aslan/Getty Images',
  'SOURCES: National Sleep Institute: "Screens and Sleep." Northbridge Clinic: "Fatigue: Causes and Treatment."',
  'This tool does not provide medical advice.',
];
const related = ['Slideshow: Foods That Fight Fatigue', 'What Is Chronic Fatigue Syndrome?', 'Quiz: Are You Getting Enough Sleep?'];
const news = [
  'Sign up for the Healthy Living newsletter',
  'Get tips on nutrition, fitness, sleep and more, sent to your inbox.',
  'Enter email address',
  'Subscribe',
];
const footer = [
  'About WebMD',
  'Advertise With Us',
  'Privacy Policy',
  'Cookie Policy',
  'Editorial Policy',
  'Terms of Use',
  'Contact Us',
  'Your Privacy Choices',
];
const copyright = '© 2025 WebMD LLC, an Internet Brands company. All rights reserved.';
const notice = 'WebMD does not provide medical advice, diagnosis or treatment.';
const cookie = ['We use cookies to personalize content and ads and to analyze our traffic.', 'Accept', 'Manage Preferences'];
const slide = ([h, t, credit]: [string, string, string], i: number): string => `<div class="slide" data-slide-index="${i + 1}"><div class="slide-media">
<figure><img src="https://img.webmd.example/dtmcms/live/webmd/consumer_assets/site_images/article_thumbnails/slideshows/energy_s${i + 1}.jpg"
alt="" width="1200" height="675"><figcaption class="credit">${credit}</figcaption></figure><div class="slide-counter">${i + 1}/${slides.length}</div></div>
<div class="slide-content"><h2 class="slide-title">${h}</h2><div class="slide-text"><p>${t}</p></div></div>
${i < slides.length - 1 ? '<button class="slide-next" aria-label="Next slide">Next</button>' : ''}</div>
${i % 2 === 1 ? '<div class="ad-slot ad-label" data-ad-pos="201"><span class="ad-label-text">Advertisement</span></div>' : ''}`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Habits That Drain Your Energy: Slideshow</title>
<meta name="description" content="Feeling tired all the time? Learn about everyday habits that may be draining your energy.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.webmd.example/women/ss/slideshow-energy-drainers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${title}",
"reviewedBy":{"@type":"Person","name":"Neha Varma, MD"},
"lastReviewed":"2025-07-21","publisher":{"@type":"Organization","name":"WebMD"}}</script>
<script>window.s_sponsor_program="";window.webmd={"page":{"type":"slideshow","id":"energy-drainers"}};</script>
<script src="https://img.webmd.example/dtmcms/live/webmd/PageBuilder_Assets/JS_static/slideshow.min.js" defer></script></head>
<body class="ss-page"><header class="header" role="banner"><a class="logo" href="/" aria-label="WebMD home"></a>
<nav class="header-nav"><ul>${links(nav, 'nav-item')}</ul></nav><div class="drawer-menu" aria-hidden="true" style="display:none"><ul>${links(drawer)}</ul></div>
<form class="search"><input type="search" placeholder="Search" aria-label="Search"></form></header>
<div class="ad-slot top-ad" id="ads2-pos-101"><span class="ad-label-text">Advertisement</span></div>
<main id="ContentPane"><article class="slideshow-article"><div class="eyebrow">Slideshow</div><h1>${title}</h1><p class="slideshow-intro">${intro}</p>
<div class="slideshow-slides">${slides.map(slide).join('\n')}</div>
<div class="reviewer-info"><p>${reviewed}</p></div>
<div class="sources-section"><button class="sources-toggle" aria-expanded="false">Sources</button><div class="sources-content" hidden>
${sources.map((s) => `<p>${s}</p>`).join('\n')}</div></div></article>
<aside class="related-rail"><h2>Related</h2><ul>${links(related)}</ul><div class="ad-slot" id="ads2-pos-121"><span
class="ad-label-text">Advertisement</span></div>
</aside></main>
<section class="newsletter-signup"><h3>${news[0]}</h3><p>${news[1]}</p><form><label for="nl-email">${news[2]}</label><input id="nl-email" type="email">
<button>${news[3]}</button></form></section>
<footer class="footer"><ul>${links(footer)}</ul><p class="disclaimer">${notice}</p><p class="copyright">${copyright}</p></footer>
<div id="truste-consent-track" class="truste-banner"><p id="truste-consent-text">${cookie[0]}</p><button id="truste-consent-button">${cookie[1]}</button>
<button id="truste-show-consent">${cookie[2]}</button></div></body></html>`;

export const webmdSlideshow: TestPage = {
  name: 'heldout157-webmd-slideshow',
  kind: 'wiki',
  html,
  title,
  // slide titles are the headings, the intro and slide texts the body; credits, counters and "Next" are furniture
  headings: slides.map((s) => s[0]),
  body: texts([intro, ...slides.map((s) => s[1])]),
  bylines: [reviewed],
  furniture: [
    ...nav,
    ...drawer,
    'Advertisement',
    'Slideshow',
    ...slides.map((s) => s[2]),
    ...slides.map((_, i) => `${i + 1}/${slides.length}`),
    'Next',
    'Sources',
    ...sources,
    'Related',
    ...related,
    ...news.filter((t) => t !== 'Subscribe'),
    ...footer,
    notice,
    copyright,
    ...cookie,
  ],
};
