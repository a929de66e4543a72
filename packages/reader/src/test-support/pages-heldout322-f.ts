import { links, ps, type TestPage, texts } from './page-kit.js';
import { wpParkNews } from './pages-heldout322-f2.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file f: a men's fitness magazine's listicle on a Hearst-style template (emotion css-* classes and
 * data-testid attributes, a sticky header with the nav and "Subscribe", the content header with the section eyebrow, title,
 * dek, byline with the author's role and the publish date, the lead image with its credit, "Advertisement - Continue Reading
 * Below" ad slots, numbered listicle slides each with an h2, an image credit and the how-to text, a "Related Story" inline
 * promo, a newsletter unit, the "Shop" affiliate note, the footer and a OneTrust banner) and, from file f2, a Saturday 5K
 * event's news post on a WordPress theme. The dek is body; a slide's number is neither body nor heading.
 */
const mTitle = '9 Dumbbell Exercises That Build Real Strength at Home';
const mDek = 'A pair of dumbbells and twenty minutes is all you need. Our fitness editor picks the moves worth your time.';
const mIntro = [
  j(
    'You do not need a full gym to get stronger. With one pair of adjustable dumbbells and a bit of floor space, you can train every',
    'major muscle group, and the moves below are the ones our trainers return to again and again.',
  ),
  j(
    'Pick four or five of them, perform 3 sets of 8 to 12 reps each, and rest about 60 seconds between sets. When the last two reps',
    'of every set feel easy, it is time for heavier weights.',
  ),
];
const mSlides: readonly (readonly [string, string])[] = [
  ['Goblet Squat', 'Hold one dumbbell vertically at your chest. Sit your hips back and down until your elbows brush your knees, then drive up.'],
  ['Romanian Deadlift', 'With soft knees, push your hips back and lower the weights along your thighs until you feel a stretch, then stand tall.'],
  ['Floor Press', 'Lie on the floor, knees bent. Press the dumbbells up from your chest, pausing briefly when your upper arms touch the floor.'],
  ['Single-Arm Row', 'Brace one hand on a bench or chair and row the weight towards your hip, keeping your shoulders square to the floor.'],
  ['Reverse Lunge', 'Step back into a lunge until your back knee hovers above the floor. Push through your front heel to return.'],
  ['Half-Kneeling Press', 'Kneel on one knee and press a dumbbell overhead on the same side, squeezing your glutes to keep your lower back still.'],
  ['Renegade Row', 'From a high plank on the dumbbells, row one weight at a time without letting your hips twist. Go lighter than you think.'],
  ['Suitcase Carry', 'Hold one heavy dumbbell at your side and walk for 30 metres without leaning. Switch hands and repeat.'],
  ['Dumbbell Thruster', 'Hold the weights at your shoulders, squat, then use the drive out of the bottom to press them overhead in one movement.'],
];
const mOutro = [
  j(
    'Programming tip from the team: pair a lower-body move with an upper-body move, such as goblet squats with single-arm rows,',
    'and alternate between them. You will get more work done in the same twenty minutes.',
  ),
];
const mBody = [mDek, ...mIntro, ...mSlides.map((s) => s[1]), ...mOutro];
const mNav = ['Fitness', 'Health', 'Nutrition', 'Weight Loss', 'Style', 'Gear'];
const mFoot = ['About Us', 'Newsletter', 'Contact Us', 'Customer Service', 'Give a Gift', 'Privacy Notice', 'Terms of Use', 'Site Map'];
const mCredit = 'Marcus Edevane / Stronghold';
const ad = `<div class="ad-container css-1nqzfv0 e1bbxnry2" data-testid="ad-container"><p class="css-6ndh8o e1bbxnry1">Advertisement - Continue
Reading Below</p><div class="ad-slot" data-ad-slot="article-inline"></div></div>`;
const mHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>9 Best Dumbbell Exercises for Strength at Home</title><meta name="description" content="${mDek}"/>
<meta property="og:site_name" content="Stronghold"/><meta property="og:type" content="article"/><meta property="og:title" content="${mTitle}"/>
<meta name="sailthru.author" content="Dara Lindqvist"/><meta name="sailthru.date" content="2026-03-05T10:30:00Z"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}","datePublished":"2026-03-05T10:30:00Z",
"author":[{"@type":"Person","name":"Dara Lindqvist","url":"https://www.strongholdmag.example/author/dara-lindqvist/"}],
"publisher":{"@type":"Organization","name":"Stronghold"}}</script>
<style data-emotion="css 1nqzfv0 6ndh8o 1a3m2kx">.css-1nqzfv0{margin:24px auto;text-align:center;}.css-6ndh8o{font-size:0.75rem;}</style>
<script>window.__HEARST = window.__HEARST || {}; window.__HEARST.context = {"site":"stronghold-uk","contentType":"listicle","contentId":"a71022"};</script>
</head><body class="css-1a3m2kx"><div id="__next"><div class="css-0"><a href="#main-content" class="css-9ww3k e1sfwr990">Skip to Content</a>
<header class="css-13egwqx e1sfwr991" data-testid="site-header"><div class="css-1t0q7xq"><a href="/" aria-label="Stronghold logo"
data-vars-ga-call-to-action="Logo"
class="css-uxfq38"><svg viewBox="0 0 200 40"></svg></a><nav class="css-1f7rtpv e1w9e8xe0" data-testid="site-navigation"><ul class="css-ld1xwk">
${links(mNav, 'css-1bf7hv2')}</ul></nav><a class="css-3pnv2w" href="/subscribe" data-testid="subscribe-button">Subscribe</a></div></header>
<main id="main-content" class="css-1x7zswe"><div class="css-1uzr1ug" data-journey-content="true" data-node-id="0">
<header class="css-1k9qq4x e1ikj5180" data-testid="content-header"><div class="css-16rpv0s"><a href="/fitness/" class="css-a9ea2r e1cy5wx70"
data-testid="eyebrow">Fitness</a></div><h1 class="css-1vkq1o8 e1p8brl70" data-testid="ContentHeaderHed">${mTitle}</h1>
<div class="css-1x0g4bm e1kxnmq20" data-testid="ContentHeaderDek"><p>${mDek}</p></div>
<div class="css-1w9dyfv e1m6tgfe0" data-testid="byline-container"><address class="css-1bedklq ehm6fpm0"><span class="css-1ywucf0 ehm6fpm2"><a
href="/author/dara-lindqvist/" class="css-163pzh1 ehm6fpm3" rel="author">By Dara Lindqvist</a></span>, <span class="css-1tdlf2b">Fitness Editor</span>
</address><time class="css-1kl9h2s e1m6tgfe2" datetime="2026-03-05T10:30:00Z" data-testid="content-header-publish-date">Published: Mar 05, 2026</time></div>
<div class="css-1pyl8kx" data-testid="lead-image"><img alt="man doing goblet squat" src="https://hips.hearstapps.example/stronghold/lead.jpg?crop=1xw:1xh"/>
<p class="css-kd3bkm e1anlqil0" data-testid="image-credit">Dex Morrow / Stronghold</p></div></header>
<div class="article-body-content standard-body-content css-1rgqd4w et3p2gv0" data-testid="article-body">
${ps(mIntro, ' class="css-1tzyxgg et3p2gv0"')}
${ad}
<aside class="css-2w6jkb" data-testid="related-story"><p class="css-1wfr0f7">Related Story</p><a class="css-19vz0nb" href="/fitness/kettlebell-basics/">The
Kettlebell Workout That Takes Ten Minutes</a></aside>
${mSlides
  .map(
    ([h, t], i) => `<div class="listicle-slide css-1dmxwqb e1sdsdq20" data-testid="listicle-slide" data-slide-index="${i}"><div class="css-1bfk6s0">
<img alt="" src="https://hips.hearstapps.example/stronghold/slide-${i}.jpg" loading="lazy"/><p class="css-kd3bkm e1anlqil0">${mCredit}</p></div>
<h2 class="listicle-slide-hed css-1l3d1l4 e1sdsdq22"><span class="listicle-slide-hed-number css-y6a2x4">${i + 1}</span>
<span class="listicle-slide-hed-text">${h}</span></h2><div class="listicle-slide-dek css-bh8mpy"><p>${t}</p></div></div>${i === 3 ? `\n${ad}` : ''}`,
  )
  .join('\n')}
${ps(mOutro, ' class="css-1tzyxgg et3p2gv0"')}
</div>
<div class="css-1m0fw9k" data-testid="newsletter-unit"><h3 class="css-hz9k9x">Get the Stronghold Workout of the Week</h3><p class="css-5r8qxb">One
workout, every Monday, straight to your inbox.</p><form><input type="email" aria-label="Email address" placeholder="Enter your email"/><button
type="submit" class="css-cb7y8w">Sign Up</button></form></div>
<p class="css-16d8k7n" data-testid="affiliate-disclosure">We may earn commission from the links on this page.</p></div></main>
<footer class="css-1r5fl5u" data-testid="site-footer"><ul class="css-18itv81">${links(mFoot)}</ul><p class="css-1dqhbyc">Stronghold is part of Larchmont
Digital Media UK. © 2026 Larchmont UK Ltd.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="region" aria-label="Cookie banner"><div
id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy choices</h2><p id="onetrust-policy-text">We and our partners use cookies to
personalise ads and content and to measure audiences.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">I
Accept</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div></div></div></body></html>`;
const hearstList: TestPage = {
  name: 'heldout322-hearst-listicle',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mSlides.map((s) => s[0]),
  body: texts(mBody),
  bylines: ['By Dara Lindqvist', 'Fitness Editor', 'Published: Mar 05, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...mNav, 'Subscribe', 'Dex Morrow / Stronghold', 'Advertisement - Continue Reading Below', 'Related Story',
    'The Kettlebell Workout That Takes Ten Minutes', mCredit, 'Get the Stronghold Workout of the Week', 'One workout, every Monday, straight to your inbox.',
    'Sign Up', 'We may earn commission from the links on this page.', ...mFoot, 'Stronghold is part of Larchmont Digital Media UK. © 2026 Larchmont UK Ltd.',
    'Your privacy choices', 'We and our partners use cookies to personalise ads and content and to measure audiences.', 'I Accept', 'Manage Preferences',
  ],
};

export const HELDOUT322_F: readonly TestPage[] = [hearstList, wpParkNews];
