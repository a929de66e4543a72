import { links, type TestPage, texts } from './page-kit.js';
import { adLabel, type HearstSite, hearstAd, hearstFooter, hearstHead, hearstHeader } from './pages-heldout203-b3.js';

/**
 * Held-out batch 203, file b2: a Runner's World training article on the Hearst template (breadcrumb, hed, dek, byline with
 * the "Reviewed by" line and the date, the lead image credit, the "Related Story" embed inside the body, the in-body ad
 * labels, the Runner's World+ promo, the author bio card, the "Training" rail with "Read Next", and the Hearst footer).
 */
const site: HearstSite = {
  name: 'Runner’s World',
  host: 'runnersworld.com',
  nav: ['Training', 'Gear', 'Nutrition', 'Races & Places', 'Health & Injuries', 'Shoes'],
  subscribe: 'Join Runner’s World+',
  menuExtra: ['Newsletter', 'Podcasts', 'Shop'],
};
const title = 'How to Build Back Your Mileage After Three Weeks Off';
const dek = 'A break is not the end of your fitness. Coaches explain the safest way to return without getting hurt again.';
const p1 = [
  'Whether it was an injury, an illness or simply a busy month at work, most runners will take an unplanned break at some ' +
    'point. The temptation when you come back is to pick up exactly where you left off. That is also the quickest route to ' +
    'another three weeks on the sofa.',
  'The good news is that you lose far less than you fear. Research on trained runners suggests aerobic fitness drops only ' +
    'a few percent in the first two weeks of rest. What fades faster is the resilience of tendons and bones, which is why ' +
    'the first runs back feel easy on the lungs and hard on the legs.',
];
const h1 = 'Start at half your old volume';
const p2 = [
  'Coach Delia Fairbank, who trains club runners in Bristol, tells her athletes to begin with roughly half the weekly ' +
    'mileage they were running before the break, and to keep every run easy for the first week. “If you could hold a ' +
    'conversation, you are at the right effort,” she says.',
  'From there, add no more than ten to fifteen percent a week. A runner who was doing 30 miles might follow a plan like this:',
];
const list = [
  'Week 1: four easy runs, 15 miles in total, with no run longer than five miles.',
  'Week 2: four runs, 17 miles, including a few 20-second strides at the end of one run.',
  'Week 3: five runs, 20 miles, with one steady run of six miles.',
  'Week 4: five runs, 23 miles, adding a short session of tempo running.',
];
const h2 = 'Listen to the warning signs';
const p3 = [
  'Some stiffness in the first few days is normal. Sharp pain, pain that gets worse as you run, or pain that changes the way ' +
    'you move is not. Fairbank’s rule is simple: if something hurts more the next morning, take a day off and drop back a week.',
  'Sleep and food matter more than usual, too. Your body is rebuilding tissue that has lost some of its toughness, and it ' +
    'needs enough protein and rest to do so.',
];
const h3 = 'Add strength work early';
const p4 = [
  'Two short strength sessions a week, using calf raises, split squats and single-leg bridges, will help your legs handle ' +
    'the extra load. Fairbank suggests doing them on easy days rather than before hard ones.',
  'Most runners are back to their previous level within four to six weeks. Be patient, and the break may even leave you ' + 'fresher than before.',
];
const related = { label: 'Related Story', t: 'The Best Strength Exercises for Runners, According to Physios' };
const crumb = 'Training';
const reviewer = 'Reviewed by Dr. Kamal Aziz, PT, DPT';
const credit = 'Getty Images';
const promo = ['Unlock expert training plans, gear reviews and more with Runner’s World+.', 'Join Now'];
const bio = 'Jonah Treloar is a contributing editor at Runner’s World and a UK Athletics-qualified coach.';
const rail = ['How to Run Your First Half Marathon in 12 Weeks', 'Is It OK to Run Every Day?', 'The 10 Best Running Shoes for Beginners'];
const p = (a: readonly string[]): string => a.map((t) => `<p class="body-text css-1r8m4mc emevuu60">${t}</p>`).join('\n');
const hd = (t: string): string => `<h2 class="body-h2 css-10rhwp1 e19tsnb50">${t}</h2>`;
const ld = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","author":[{"@type":"Person","name":"Jonah Treloar"}],
"datePublished":"2025-02-11T14:00:00Z","publisher":{"@type":"Organization","name":"Runner's World"}}`;
const head = hearstHeader(site);
const foot = hearstFooter(site);
const html = `<!DOCTYPE html>
<html lang="en">${hearstHead(site, title, dek, ld)}
<body class="css-0"><div id="__next">${head.html}
<main id="main-content" class="css-1j8x5a0"><div class="content-container css-10v6t9m">
<header class="content-header css-1d1a3s"><nav class="breadcrumbs css-1xqf5ri" aria-label="Breadcrumbs"><a href="/training/">${crumb}</a></nav>
<h1 class="css-1o9qhk3 e1h9rw200" data-testid="ContentHeaderTitle">${title}</h1><div class="content-dek css-1tk9h0v"><p>${dek}</p></div>
<div class="byline-container css-1c5cm9n"><address class="css-1oz9mt1"><span class="byline-name">By <a href="/author/jonah-treloar/">Jonah Treloar</a></span>
</address><span class="css-1wsg3c4">${reviewer}</span><time class="content-info-date" datetime="2025-02-11T14:00:00Z">Published: Feb 11, 2025</time></div>
<figure class="content-lede-image"><img alt="runner on a trail" src="https://hips.hearstapps.com/rw.jpg"><figcaption>
<span class="image-photo-credit css-1kpu0j0">${credit}</span></figcaption></figure></header>
<div class="article-body-content standard-body-content css-1tpf8j" data-journey-content="true">
${p(p1)}
${hearstAd(1)}
${hd(h1)}
${p(p2)}
<ul class="body-ul css-qg5sbd">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="embed embed-editorial-links css-1grt5ey" data-embed="editorial-links"><h3 class="css-1n3b3lv">${related.label}</h3>
<ul><li><a href="/training/a63/strength/">${related.t}</a></li></ul></div>
${hd(h2)}
${p(p3)}
${hearstAd(2)}
${hd(h3)}
${p(p4)}
</div>
<div class="membership-promo css-1f7w2xw" data-embed="membership"><p>${promo[0]}</p><a href="/subscribe">${promo[1]}</a></div>
<div class="author-bio css-7hx7bj"><img alt="Headshot of Jonah Treloar" src="https://hips.hearstapps.com/jt.jpg"><p>${bio}</p></div>
</div>
<aside class="css-13c3m2a"><h2 class="css-p0yj0c">Read Next</h2><ul>${links(rail, 'css-3mn0ro')}</ul></aside></main>
${foot.html}</div><script src="https://www.runnersworld.com/_assets/client.js" async></script></body></html>`;

export const runnersWorldPage: TestPage = {
  name: 'heldout203-runners-world-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([dek, ...p1, ...p2, ...list, ...p3, ...p4]),
  bylines: ['By Jonah Treloar', reviewer, 'Published: Feb 11, 2025'],
  furniture: [...new Set([...head.furniture, credit, adLabel, related.label, related.t, ...promo, bio, 'Read Next', ...rail, ...foot.furniture])],
};
