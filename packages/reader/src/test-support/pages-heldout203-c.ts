import { links, type TestPage, texts } from './page-kit.js';
import { ghPage } from './pages-heldout203-c2.js';
import { adLabel, type HearstSite, hearstAd, hearstFooter, hearstHead, hearstHeader } from './pages-heldout203-b3.js';

/**
 * Held-out batch 203, file c: a Men's Health news article on the Hearst template (header, hed, dek, byline and date, the
 * "Why Trust Us?" link, a study callout box, in-body ad labels, the newsletter sign-up embed, the "Related Story" block, the
 * "More From Health" rail and the Hearst footer) and, from file c2, a Good Housekeeping product test.
 */
const site: HearstSite = {
  name: 'Men’s Health',
  host: 'menshealth.com',
  nav: ['Fitness', 'Health', 'Nutrition', 'Weight Loss', 'Grooming', 'Style', 'Sex & Relationships'],
  subscribe: 'Subscribe',
  menuExtra: ['MH Premium', 'Workouts', 'Newsletter'],
};
const title = 'Walking After Dinner Lowers Blood Sugar More Than a Morning Walk, a New Study Finds';
const dek = 'Just 15 minutes on your feet after your evening meal may make a measurable difference, researchers say.';
const p1 = [
  'If you have ever been told to go for a stroll after a big meal, there may be more to the advice than folk wisdom. A new ' +
    'study from the University of Tamsworth suggests that a short walk after dinner does more to control blood sugar than the ' +
    'same walk taken first thing in the morning.',
  'Researchers followed 84 men aged between 35 and 60, all of whom had slightly raised blood sugar but had not been diagnosed ' +
    'with diabetes. For four weeks, half walked for 15 minutes within half an hour of finishing dinner. The other half walked ' +
    'for 15 minutes before breakfast.',
];
const h1 = 'What the researchers found';
const p2 = [
  'Participants wore continuous glucose monitors throughout the study. The after-dinner walkers saw their average blood sugar ' +
    'peak after the evening meal fall by around 17 percent. The morning group saw almost no change in their evening readings ' +
    'and only a small drop across the day.',
  '“Muscles soak up glucose when they are working,” says lead author Dr. Rhys Penhaligon. “If you time that work for when ' +
    'glucose is flooding in from a meal, you flatten the spike. It is a very simple lever that most people ignore.”',
];
const h2 = 'How to make it a habit';
const p3 = ['You do not need to go far or fast. Penhaligon suggests a few easy ways to fit it in:'];
const list = [
  'Leave the dishes for 15 minutes and walk around the block first.',
  'Take phone calls on foot rather than on the sofa.',
  'If the weather is bad, a few flights of stairs or marching on the spot still helps.',
];
const p4 = [
  'The study was small and short, and the researchers say longer trials are needed. But with no cost and little risk, it may ' +
    'be one of the easiest changes a man can make for his long-term health.',
];
const callout = ['The study at a glance', '84 men, four weeks, 15-minute walks, continuous glucose monitors.'];
const trust = 'Why Trust Us?';
const credit = 'Westend61//Getty Images';
const news = ['Get the Men’s Health newsletter', 'Enter your email', 'Sign Up', 'By signing up, I agree to the Terms of Use and Privacy Notice.'];
const related = ['Related Story', 'The Best Time of Day to Work Out, According to Science'];
const rail = [
  'More From Health',
  'Is Coffee Actually Good for Your Heart?',
  'The Signs of High Blood Pressure You Shouldn’t Ignore',
  'Why You Wake Up at 3 a.m.',
];
const p = (a: readonly string[]): string => a.map((t) => `<p class="body-text css-1r8m4mc emevuu60">${t}</p>`).join('\n');
const hd = (t: string): string => `<h2 class="body-h2 css-10rhwp1 e19tsnb50">${t}</h2>`;
const ld = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","author":[{"@type":"Person","name":"Marcus Ebbeson"}],
"datePublished":"2025-06-03T10:00:00Z","dateModified":"2025-06-04T08:12:00Z"}`;
const head = hearstHeader(site);
const foot = hearstFooter(site);
const html = `<!DOCTYPE html>
<html lang="en">${hearstHead(site, title, dek, ld)}
<body class="css-0"><div id="__next">${head.html}
<main id="main-content" class="css-1j8x5a0"><div class="content-container css-10v6t9m">
<header class="content-header css-1d1a3s"><nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/health/">Health</a></nav>
<h1 class="css-1o9qhk3 e1h9rw200">${title}</h1><div class="content-dek css-1tk9h0v"><p>${dek}</p></div>
<div class="byline-container"><address><span class="byline-name">By <a href="/author/marcus-ebbeson/">Marcus Ebbeson</a></span></address>
<time class="content-info-date" datetime="2025-06-04T08:12:00Z">Updated: Jun 4, 2025</time><a class="css-trust" href="/about/">${trust}</a></div>
<figure class="content-lede-image"><img alt="Man walking" src="https://hips.hearstapps.com/mh.jpg"><figcaption>
<span class="image-photo-credit">${credit}</span></figcaption></figure></header>
<div class="article-body-content standard-body-content css-1tpf8j" data-journey-content="true">
${p(p1)}
<div class="embed embed-callout css-1grt5ey" data-embed="callout"><h3>${callout[0]}</h3><p>${callout[1]}</p></div>
${hearstAd(1)}
${hd(h1)}
${p(p2)}
<div class="embed embed-newsletter css-1s4tuuq" data-embed="newsletter"><p class="css-nl-hed">${news[0]}</p><form>
<label for="nl-email">${news[1]}</label><input id="nl-email" type="email"><button type="submit">${news[2]}</button></form><p>${news[3]}</p></div>
${hd(h2)}
${p(p3)}
<ul class="body-ul css-qg5sbd">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="embed embed-editorial-links" data-embed="editorial-links"><h3>${related[0]}</h3><ul><li><a href="/fitness/">${related[1]}</a></li></ul></div>
${p(p4)}
${hearstAd(2)}
</div></div>
<aside class="css-13c3m2a"><h2 class="css-p0yj0c">${rail[0]}</h2><ul>${links(rail.slice(1), 'css-3mn0ro')}</ul></aside></main>
${foot.html}</div><script src="https://www.menshealth.com/_assets/client.js" async></script></body></html>`;

const mhPage: TestPage = {
  name: 'heldout203-mens-health-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['By Marcus Ebbeson', 'Updated: Jun 4, 2025'],
  // the "at a glance" callout box restates the study and is in neither list
  furniture: [...new Set([...head.furniture, trust, credit, adLabel, ...news, ...related, ...rail, ...foot.furniture])],
};

export const HELDOUT203_C: readonly TestPage[] = [mhPage, ghPage];
