import { links, ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout216-kit.js';
import { substack } from './pages-heldout216-f2.js';

/**
 * Held-out batch 216, file f: a fitness magazine workout article on a Hearst-style template (the header with "Subscribe"
 * and "Sign In", the hidden navigation drawer, the affiliate disclosure above the headline, the dek, the byline with author
 * title and the "Published" date, the lead image credit, "Advertisement - Continue Reading Below" ad slots between
 * paragraphs, exercises as numbered h3s with images and credits, an embedded product card, the author bio, the "Read Next"
 * cards, the newsletter box, the Hearst footer and the consent banner).
 */
const title = 'This 25-Minute Dumbbell Workout Builds Full-Body Strength at Home';
const dek = 'All you need is a pair of dumbbells and a bit of floor space for this five-move circuit from a London strength coach.';
const p1 = paras(`
If your gym membership lapsed somewhere around February, you are not alone. The good news is that you can build serious strength
with nothing more than a pair of adjustable dumbbells and a few square metres of floor. The trick, according to strength coach
Jonah Adeleke, is to pick compound moves that work several muscle groups at once and to keep rest periods honest.

Adeleke, who trains clients out of a converted railway arch in Bermondsey, put together this circuit for readers who want a
complete session in under half an hour.
`);
const h1 = 'How to do the workout';
const p2 = paras(`
Perform each exercise for the reps listed, moving straight to the next with as little rest as you need to keep good form. After the
fifth move, rest for 90 seconds, then repeat the circuit. Complete four rounds in total. Choose a weight that leaves you with two or
three good reps in reserve at the end of each set.
`);
const moves = [
  {
    h: '1. Goblet Squat',
    reps: '10 reps',
    p: paras(`
Hold one dumbbell vertically at your chest. Sit your hips back and down until your elbows brush the insides of your knees, then
drive back up through your whole foot. Keep your chest proud throughout.
`),
  },
  {
    h: '2. Single-Arm Row',
    reps: '10 reps each side',
    p: paras(`
Place one hand and knee on a bench or sturdy chair. Pull the dumbbell towards your hip, squeezing your shoulder blade back, then
lower slowly. Avoid twisting your torso as the weight rises.
`),
  },
  {
    h: '3. Reverse Lunge',
    reps: '8 reps each side',
    p: paras(`
Holding a dumbbell in each hand, step one foot back and lower until both knees are bent to roughly 90 degrees. Push through the
front heel to return. Alternate legs, or complete all reps on one side before switching.
`),
  },
  {
    h: '4. Floor Press',
    reps: '12 reps',
    p: paras(`
Lie on your back with your knees bent and the dumbbells held above your chest. Lower until your upper arms touch the floor, pause,
then press back up. The floor limits the range, which makes this kind to the shoulders.
`),
  },
  {
    h: '5. Renegade Row to Push-Up',
    reps: '6 reps',
    p: paras(`
From a high plank with your hands on the dumbbells, row one weight, then the other, then perform a push-up. Widen your feet if you
are wobbling. That is one rep.
`),
  },
] as const;
const p3 = paras(`
Adeleke recommends doing the circuit two or three times a week on non-consecutive days. When you can complete every round with
perfect form and reps to spare, increase the weight slightly or add one rep to each exercise.
`);
const disclosure = 'We earn a commission for products purchased through some links in this article.';
const nav = ['Fitness', 'Health', 'Nutrition', 'Weight Loss', 'Gear', 'Life', 'Video'] as const;
const drawer = ['Workouts', 'Running', 'Strength Training', 'Recipes', 'Newsletter', 'Shop'] as const;
const credit = 'Ollie Brandt for Forge & Flow';
const adLabel = 'Advertisement - Continue Reading Below';
const product = ['Ironmark Adjustable Dumbbells (2 x 24 kg)', '£279 at Harrow Sports', 'Shop Now'] as const;
const bio =
  'Kezia Marchetti is the fitness editor at Forge & Flow, where she covers strength training, running and recovery. She has ' +
  'been a qualified personal trainer since 2016.';
const readNext = [
  'Read Next',
  'The Best Kettlebell Moves for Beginners',
  'Why You Should Walk After Every Meal',
  'A 4-Week Plan to Run Your First 10K',
] as const;
const news = [
  'Sign up for the Forge & Flow newsletter',
  'Expert workouts, recipes and gear picks, straight to your inbox.',
  'Enter your email',
  'Sign Up',
] as const;
const foot = [
  'About Forge & Flow',
  'Contact Us',
  'Customer Service',
  'Advertise Online',
  'Give a Gift',
  'Privacy Notice',
  'Terms and Conditions',
  'Cookie Policy',
  'Hearst UK is the trading name of the National Magazine Company Ltd.',
] as const;
const consent = 'We and our partners use cookies to store and access information on your device for personalised ads and content.';
const amp = (s: string): string => s.replace(/&/g, '&amp;');
const ad = (n: number): string => `<div class="ad-container ad-${n}" data-ad-container="true"><div class="ad-label">${adLabel}</div>
<div id="gpt-ad-${n}" class="ad-slot" data-ad-slot="/8883/forgeandflow/fitness/mid${n}"></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:site_name" content="Forge &amp; Flow"><meta property="article:section" content="Fitness"><meta name="author" content="Kezia Marchetti">
<link rel="canonical" href="https://www.forgeandflow.example/uk/fitness/workouts/a6712209/25-minute-dumbbell-workout/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2026-11-21T06:30:00Z",
"author":[{"@type":"Person","name":"Kezia Marchetti"}],"publisher":{"@type":"Organization","name":"Forge & Flow"},"isAccessibleForFree":true}</script>
<script>window.__HEARST__={"site":"forgeandflow-uk","contentId":"a6712209","section":"fitness"};</script>
<script src="https://securepubads.g.doubleclick.example/tag/js/gpt.js" async></script></head>
<body class="css-1x0p7e3"><div id="__next"><header class="css-hdr e1ws6wq0" data-theme-key="header"><a class="css-skip" href="#main-content">Skip to Content</a>
<a class="css-logo" href="/uk/" aria-label="Forge &amp; Flow"><svg role="img"></svg></a>
<nav class="css-nav" aria-label="Main" data-theme-key="navigation"><ul>${links(nav, 'css-navitem')}</ul></nav>
<div class="css-hdr-cta"><a class="css-sub" href="/uk/subscribe">Subscribe</a><button class="css-signin">Sign In</button></div>
<div class="css-drawer" aria-hidden="true" data-theme-key="navigation-drawer"><ul>${links(drawer, 'css-draweritem')}</ul></div></header>
<main id="main-content" class="css-main"><div class="css-content-header" data-journey-content="true">
<div class="css-affiliate-disclosure"><p>${disclosure}</p></div>
<div class="css-eyebrow"><a href="/uk/fitness/workouts/">Workouts</a></div>
<h1 class="css-headline e1s3xqqp0" data-testid="ContentHeaderHed">${title}</h1><p class="css-dek" data-testid="ContentHeaderDek">${dek}</p>
<div class="css-byline" data-testid="BylineLine"><div class="css-author"><span class="css-by">By </span><a class="css-author-link"
href="/uk/author/kezia-marchetti/">Kezia Marchetti</a><span class="css-author-title">Fitness Editor</span></div>
<time class="css-pubdate" datetime="2026-11-21T06:30:00Z">Published: 21 November 2026</time></div>
<div class="css-share" data-testid="share-bar"><button aria-label="Share on Facebook"></button><button aria-label="Share on Pinterest"></button>
<button aria-label="Copy link"></button></div>
<figure class="css-lead-image"><img src="https://hips.hearstapps.example/ff/dumbbell-workout.jpg" alt="Man doing a goblet squat">
<figcaption class="css-credit"><span>${amp(credit)}</span></figcaption></figure></div>
<div class="article-body-content standard-body-content css-body" data-journey-body="standard-article">
${ps(p1, ' class="body-text"')}
${ad(1)}
<h2 class="body-h2">${h1}</h2>
${ps(p2, ' class="body-text"')}
${moves
  .map(
    (m, i) => `<h3 class="body-h3">${m.h}</h3><p class="body-text"><strong>${m.reps}</strong></p>
<div class="embed embed-image"><img src="https://hips.hearstapps.example/ff/move-${i + 1}.jpg" alt="${m.h}"><span
class="image-credit">${amp(credit)}</span></div>
${ps(m.p, ' class="body-text"')}${i === 1 ? ad(2) : ''}${
  i === 3
    ? `<div class="embed embed-product" data-embed="product"><div class="product-card"><span class="product-name">${product[0]}</span>
<span class="product-retailer">${product[1]}</span><a class="product-cta" href="https://shop.example/r/8812" rel="sponsored">${product[2]}</a></div></div>`
    : ''
}`,
  )
  .join('\n')}
${ps(p3, ' class="body-text"')}
</div>
<div class="css-author-bio"><img src="https://hips.hearstapps.example/ff/kezia.jpg" alt=""><div><span class="css-bio-name">Kezia Marchetti</span>
<p class="css-bio-text">${amp(bio)}</p></div></div>
<section class="css-read-next"><h2>${readNext[0]}</h2><ul>${links(readNext.slice(1), 'css-card')}</ul></section>
<section class="css-newsletter"><h2>${amp(news[0])}</h2><p>${news[1]}</p><form><input aria-label="${news[2]}" placeholder="${news[2]}">
<button type="submit">${news[3]}</button></form></section>${ad(3)}</main>
<footer class="css-footer"><ul>${links(foot.slice(0, 8), 'css-footer-item')}</ul><p>${foot[8]}</p><p>©2026 Hearst UK</p></footer></div>
<div id="sp_message_container" class="sp-banner" role="dialog"><p>${consent}</p><button title="Accept">Accept</button><button
title="Options">Options</button></div>
<script src="https://www.forgeandflow.example/_next/static/chunks/main-2c0a.js" defer></script></body></html>`;

const magazine: TestPage = {
  html,
  name: 'heldout216-fitness-magazine-workout',
  kind: 'news',
  // the dek is body; each move's h3 is a heading and its reps line is body; the affiliate disclosure above the headline, the
  // eyebrow, ad labels, image credits, product card, author bio, "Read Next" cards and newsletter are furniture
  title,
  headings: [h1, ...moves.map((m) => m.h)],
  body: [dek, ...texts(p1), ...texts(p2), ...moves.flatMap((m) => [m.reps, ...texts(m.p)]), ...texts(p3)],
  bylines: ['By Kezia Marchetti', 'Published: 21 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...nav, 'Subscribe', 'Sign In', ...drawer, disclosure, 'Fitness Editor', credit, adLabel, ...product, bio, ...readNext, news[0],
    news[1], news[3], ...foot, '©2026 Hearst UK', consent, 'Accept', 'Options',
  ],
};

export const HELDOUT216_F: readonly TestPage[] = [magazine, substack];
