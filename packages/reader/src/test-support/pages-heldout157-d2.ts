import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper d2: a Healthline article: the header with its hidden "Health Conditions" mega menu, the
 * medical review line ("Medically reviewed by ... — Written by ... — Updated on ..."), the editorial-process badge link,
 * an in-content "Read more" link block, an image with credit, ads labelled "ADVERTISEMENT", the "How we reviewed this
 * article" box with its sources and history, "Read this next" cards, the newsletter box and the footer.
 */
const title = 'Does Magnesium Help With Nighttime Leg Cramps?';
const lead = [
  `Nighttime leg cramps are sudden, painful tightenings of the calf or foot muscles that can wake you from sleep. Magnesium is often suggested as a
remedy, but the evidence for it is mixed.`,
];
const h1 = 'What causes nighttime leg cramps?';
const p1 = [
  `In most people, the cause of nighttime leg cramps is unknown. They become more common with age, and they are also linked to pregnancy, long
periods of sitting, standing on hard floors, and some medications, including certain diuretics.`,
  'Less often, cramps can be a sign of an underlying condition, such as nerve damage, kidney disease, or an underactive thyroid.',
];
const readMore = 'Read more about muscle cramps and when to see a doctor.';
const h2 = 'What does the research say about magnesium?';
const p2 = [
  `Magnesium helps muscles relax after they contract, so it makes sense that a shortage could lead to cramps. However, most studies in people
who are not deficient have found little difference between magnesium and a placebo.`,
  `A 2024 review of eleven trials with a total of about 700 participants found that magnesium supplements did not meaningfully reduce how often older
adults had cramps. Results in pregnant people were less clear, with a few small studies showing some benefit.`,
];
const p2c = [
  `Magnesium supplements are generally safe at the recommended daily amount, but higher doses can cause diarrhea and stomach upset. People with
kidney disease should not take magnesium without talking with a doctor first, because their bodies may not clear the extra mineral.`,
];
const h3 = 'Other ways to ease leg cramps';
const p3 = ['These steps may help prevent cramps or shorten them when they happen:'];
const steps = [
  'Stretch your calves for a few minutes before bed.',
  'Drink enough fluids through the day.',
  'Keep bedding loose around your feet so your toes are not pointed downward.',
  'When a cramp starts, flex your foot upward and massage the muscle.',
];
const h4 = 'When to contact a doctor';
const p4 = [
  `Talk with a doctor if cramps happen often, disrupt your sleep, or come with muscle weakness, swelling, or skin changes. A doctor can check whether
a medication or an underlying condition might be playing a role, and can test your magnesium levels if needed.`,
];
const h5 = 'Takeaway';
const p5 = [
  `Magnesium is unlikely to help most people with nighttime leg cramps unless they are low in it. Regular stretching and addressing possible
causes are more likely to make a difference.`,
];
const review = ['Medically reviewed by', 'Carla Mendes, MD', 'Written by', 'Owen Pritchard', 'Updated on October 2, 2025'];
const nav = ['Health Conditions', 'Wellness', 'Tools', 'Featured', 'Connect', 'Subscribe'];
const mega = ['Breast Cancer', 'Cancer Care', 'Caregiving for Alzheimer’s Disease', 'Chronic Kidney Disease', 'Diabetes', 'Migraine'];
const caption = 'Photography by Studio Larsen/Stocksy United';
const howTitle = 'How we reviewed this article:';
const howText = 'Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.';
const sources = [
  'Alvarez R, et al. (2024). Magnesium for skeletal muscle cramps: an updated review.',
  'Nocturnal leg cramps. (2023). Northfield Health System.',
];
const history = ['Current Version', 'Oct 2, 2025', 'Written By', 'Owen Pritchard', 'Edited By', 'Jess Whitlow', 'Medically Reviewed By', 'Carla Mendes, MD'];
const readNext = ['How to Stop a Charley Horse Fast', 'Magnesium Glycinate vs. Citrate: Which Is Better for You?', '9 Signs of Low Magnesium'];
const newsletter = [
  'Get our wellness newsletter',
  'Filter out the noise and nurture your inbox with health and wellness advice that’s inclusive and rooted in medical expertise.',
  'Sign Up',
  'Your privacy is important to us',
];
const footer = [
  'About Us',
  'Contact Us',
  'Terms of Use',
  'Privacy Policy',
  'Privacy Settings',
  'Advertising Policy',
  'Health Topics',
  'Medical Affairs',
  'Content Integrity',
  'Newsletters',
];
const copyright = '© 2025 Healthline Media LLC. All rights reserved. Our website services, content, and products are for informational purposes only.';
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const h = (t: string): string => `<a class="css-1rrzo8u" name="${t.slice(0, 12).toLowerCase().replace(/\W+/g, '-')}"></a><h2>${t}</h2>`;
const ad = `<div class="css-1cg0byz"><div class="css-u38ihe"><span>ADVERTISEMENT</span></div><div data-ad="true" class="css-3ryvv6"></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Magnesium for Leg Cramps at Night: Does It Work?</title>
<meta name="description" content="Magnesium is often suggested for nighttime leg cramps, but research is mixed. Learn what the evidence says.">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://www.healthline.example/health/magnesium-for-leg-cramps">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"${title}",
"author":{"@type":"Person","name":"Owen Pritchard"},
"reviewedBy":{"@type":"Person","name":"Carla Mendes, MD"},"lastReviewed":"2025-10-02","publisher":{"@type":"Organization","name":"Healthline"}}</script>
<script>window.__NEXT_DATA__={"page":"/article","props":{"pageProps":{"articleId":1300981}}};</script><script async src="/_next/static/chunks/main.js"></script>
</head><body><div id="__next"><header class="css-hb7qbh"><a href="/" aria-label="Healthline"><svg class="css-logo"></svg></a><nav class="css-9l2xdf">
<ul>${links(nav, 'css-nav-item')}</ul><div class="css-megamenu" hidden><ul>${links(mega)}</ul></div></nav><form role="search"><input placeholder="Search"
aria-label="Search"></form></header>
<main class="css-1e3w4t6"><article class="article-body css-d2znx6 undefined"><h1 class="css-6jxmuv">${title}</h1>
<div class="css-1avyp1d"><div class="css-1ouopk6"><span>${review[0]}</span> <a href="/reviewers/carla-mendes-md">${review[1]}</a> — <span>${review[2]}</span>
<a href="/authors/owen-pritchard">${review[3]}</a> — <span>${review[4]}</span></div></div>
<div class="css-1x5k1qw"><a href="/health/about-us#editorial-process">Our editorial process</a></div>
<figure class="css-1idd12j"><img src="https://i0.wp.example/hlp/leg-cramp.jpg" alt="" width="1155" height="648"><figcaption class="css-caption">${caption}
</figcaption></figure>
<div class="css-0"><div class="article-body css-z468a2">
${p(lead)}
${h(h1)}
${p(p1)}
<div class="css-readmore"><p><strong>Read more</strong> <a href="/health/muscle-cramps">${readMore}</a></p></div>
${ad}
${h(h2)}
${p(p2)}
${p(p2c)}
${h(h3)}
${p(p3)}
<ul>${steps.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ad}
${h(h4)}
${p(p4)}
${h(h5)}
${p(p5)}
</div></div>
<div class="css-how-we-reviewed"><button class="css-ylx8bw">${howTitle}</button><div class="css-collapsed" hidden><p>${howText}</p>
<ul>${sources.map((s) => `<li>${s}</li>`).join('')}</ul><div class="css-history"><h3>History</h3><ul>${[0, 2, 4, 6]
  .map((i) => `<li><span>${history[i]}</span> <span>${history[i + 1]}</span></li>`)
  .join('')}</ul></div></div></div></article>
<section class="css-read-next"><h2>Read this next</h2><ul>${links(readNext, 'css-card')}</ul></section></main>
<aside class="css-newsletter"><h2>${newsletter[0]}</h2><p>${newsletter[1]}</p><form><input type="email" placeholder="Enter your email">
<button>${newsletter[2]}</button></form><p class="css-privacy">${newsletter[3]}</p></aside>
<footer class="css-footer"><ul>${links(footer)}</ul><p>${copyright}</p></footer></div></body></html>`;

export const healthlineArticle: TestPage = {
  name: 'heldout157-healthline-reviewed-article',
  kind: 'wiki',
  html,
  title,
  headings: [h1, h2, h3, h4, h5],
  body: texts([...lead, ...p1, ...p2, ...p2c, ...p3, ...steps, ...p4, ...p5]),
  // the review history's names and date are bylines, its labels furniture
  bylines: ['Medically reviewed by Carla Mendes, MD', 'Written by Owen Pritchard', 'Updated on October 2, 2025', 'Oct 2, 2025', 'Jess Whitlow'],
  furniture: [
    ...nav,
    ...mega,
    'Search',
    'Our editorial process',
    caption,
    `Read more ${readMore}`,
    'ADVERTISEMENT',
    howTitle,
    howText,
    ...sources,
    'History',
    ...history.filter((_, i) => i % 2 === 0),
    'Read this next',
    ...readNext,
    ...newsletter,
    ...footer,
    copyright,
  ],
};
