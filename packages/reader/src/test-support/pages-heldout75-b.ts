import { links, ps, type TestPage, texts } from './page-kit.js';
import { healthlineArticle } from './pages-heldout75-b2.js';

/**
 * Held-out batch 75, file b: a health news article on the WebMD template (header with menu and "Subscribe", the breadcrumb,
 * "Written by" and "Medically Reviewed by ... on" lines with the read time, a share bar, a dateline that opens the first
 * paragraph, ad slots, an in-article slideshow teaser and a quiz teaser, the "Show Sources" block, the newsletter box, the
 * "Top doctors" widget, the "Related Links" rail and the footer with its disclaimer), and a Healthline-style blog article
 * (file b2).
 */
const wmTitle = 'Two-Minute Stair Climbs Tied to Better Heart Fitness in Older Adults';
const wm1 =
  'Climbing a few flights of stairs at a brisk pace several times a day may improve heart fitness in older adults about as much as a ' +
  'daily half-hour walk, according to a new study.';
const wmA = [
  'Researchers at Kestrel University in Harrowgate followed 148 adults aged 60 to 78 who did little regular exercise. For 12 weeks, half ' +
    'were asked to climb three flights of stairs quickly, three times a day, on any staircase they could find at home or at work. The ' +
    'other half were asked to walk briskly for 30 minutes a day.',
  'Both groups improved their peak oxygen uptake, a standard measure of cardiorespiratory fitness, by a similar amount. The stair group ' +
    'spent far less time exercising, about 6 minutes a day in total, and more of them stuck with the plan to the end.',
];
const wmB = [
  '“The striking thing was adherence,” said Ilse Marchetti, PhD, an exercise physiologist who led the study. “People told us it was easy ' +
    'to fit a stair climb in before lunch or after a phone call. Finding half an hour for a walk was the part that fell away when life ' +
    'got busy.”',
  'By the end of the trial, 81% of the stair group were still doing at least two climbs a day, compared with 64% of the walkers who were ' +
    'still walking five days a week. Resting heart rate fell slightly in both groups. Blood pressure did not change much in either.',
  'The study, published in the <em>Journal of Preventive Cardiology</em>, had limits. It was small, it lasted only 3 months, and people ' +
    'reported their own activity with a simple diary and a step counter. People with heart failure, a recent heart attack, or joint ' +
    'problems that made stairs painful were not included.',
];
const wmC = [
  'Outside experts said the findings add to growing evidence that short bouts of vigorous activity count. “We used to tell people that ' +
    'exercise only mattered if it lasted 10 minutes or more,” said Dev Raman, MD, a cardiologist at Linden Park Medical Center who was ' +
    'not involved in the research. “That advice has changed. Every bit of effort that gets your heart rate up adds up.”',
  'Raman said older adults who want to try stair climbs should start slowly, use the handrail, and stop if they feel chest pain, ' +
    'dizziness, or unusual shortness of breath. Anyone with a heart condition should talk with their doctor first.',
  'Marchetti’s team is now planning a larger trial that will follow people for a full year and measure whether the fitness gains lead ' +
    'to fewer hospital visits.',
];
const wmNav = ['Conditions', 'Drugs & Supplements', 'Well-Being', 'Symptom Checker', 'Find a Doctor', 'More'];
const wmCrumbs = ['Heart Health', 'News'];
const wmShare = ['Share', 'Facebook', 'Pinterest', 'Email', 'Print'];
const wmSlide = ['Slideshow', '10 Everyday Habits That Are Good for Your Heart', 'View Slideshow'];
const wmQuiz = ['Quiz', 'Cholesterol: How Much Do You Know?', 'Take the Quiz'];
const wmSources = [
  '<em>Journal of Preventive Cardiology</em>: “Brief stair-climbing bouts and cardiorespiratory fitness in inactive older adults: a randomized trial.”',
  'Ilse Marchetti, PhD, department of kinesiology, Kestrel University, Harrowgate.',
  'Dev Raman, MD, cardiologist, Linden Park Medical Center.',
];
const wmNews = [
  'Get the Heart Health Newsletter',
  'Tips on diet, exercise, and the latest heart research, delivered to your inbox every week.',
  'Enter email address',
  'Subscribe',
  'By clicking Subscribe, I agree to the WellMD Terms & Conditions & Privacy Policy and understand that I may opt out of WellMD subscriptions at any time.',
];
const wmDocs = ['Top doctors in Ridgefield, OH', 'Anjali Ross, MD', 'Cardiology', 'Marcus Levin, MD', 'Internal Medicine', 'Find more top doctors on'];
const wmRelated = ['Heart Disease News', 'Exercise and Heart Health', 'Heart Rate: What’s Normal?', 'Best Exercises for Older Adults'];
const wmFoot = ['About WellMD', 'Careers', 'Newsletters', 'Corrections', 'Contact Us', 'Advertise With Us'];
const wmPolicies = ['Privacy Policy', 'Cookie Policy', 'Editorial Policy', 'Advertising Policy', 'Correction Policy', 'Terms of Use', 'Your Privacy Choices'];
const wmDisclaimer = 'WellMD does not provide medical advice, diagnosis or treatment. See additional information.';
const wmCopy = '© 2025 WellMD, LLC. All rights reserved.';
const wmAd = (id: string): string =>
  `<div class="ad-container ad-${id}" data-ad-pos="${id}"><div class="ad-label">Advertisement</div><div id="ads-pos-${id}" class="ad-slot"></div></div>`;
const wmTeaser = (t: readonly string[], kind: string): string => `<div class="inline-teaser inline-teaser-${kind}" data-metrics-module="inline-${kind}">
<a href="/${kind}/heart-${kind}" class="teaser-link"><img src="https://img.wellmd.com/dtmcms/live/${kind}-thumb.jpg" alt="" loading="lazy">
<span class="teaser-type">${t[0]}</span><span class="teaser-title">${t[1]}</span><span class="teaser-cta">${t[2]}</span></a></div>`;
const wmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Two-Minute Stair Climbs Tied to Better Heart Fitness</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Short, brisk stair climbs spread across the day
raised fitness in inactive older adults about as much as a daily walk.">
<meta property="og:type" content="article"><meta property="og:site_name" content="WellMD"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.wellmd.com/heart-disease/news/20250304/stair-climbs-heart-fitness-older-adults">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wmTitle}","datePublished":"2025-03-04T14:12:00Z",
"author":[{"@type":"Person","name":"Nora Delacroix"}],"reviewedBy":{"@type":"Person","name":"Tyler Kwan, MD"},
"publisher":{"@type":"Organization","name":"WellMD"}}</script>
<script>var s_topic="heart-disease",s_business_reference="News",s_sponsor_program="";window.googletag=window.googletag||{cmd:[]};</script>
<script src="https://img.wellmd.com/dtmcms/live/webmd/consumer_assets/site_images/js/ads2.min.js" async></script></head>
<body class="article news responsive"><div id="ContentPane5" class="page-container">
<header class="global-header"><div class="header-inner"><a href="/" class="logo" title="WellMD"><img src="/images/wellmd-logo.svg" alt="WellMD"></a>
<nav class="main-nav" aria-label="Main"><ul class="main-nav-list">${links(wmNav, 'main-nav-item')}</ul></nav>
<div class="header-utility"><a href="/newsletters" class="header-subscribe">Subscribe</a><a href="/login" class="header-login">Log In</a>
<button class="search-toggle" aria-label="Search"><span class="visually-hidden">Search</span></button></div></div></header>
${wmAd('101')}
<main id="ContentPane30" class="article-page-wrapper"><nav class="breadcrumb" aria-label="breadcrumb"><ul>${links(wmCrumbs)}</ul></nav>
<article class="article news-article" data-id="2087451">
<header class="article-header"><h1>${wmTitle}</h1>
<div class="article-info"><div class="author-info"><span class="person">Written by <a href="/nora-delacroix" class="person-link">Nora Delacroix</a></span>
</div><div class="reviewer-info"><span class="person">Medically Reviewed by <a href="/tyler-kwan-md" class="person-link">Tyler Kwan, MD</a> on
<span class="date">March 04, 2025</span></span></div><div class="read-time">4 min read</div></div>
<div class="shareBar" data-metrics-module="share"><ul class="share-list">
${wmShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a href="#" aria-label="${s}" rel="noopener"><span
class="share-text">${s}</span></a></li>`,
  )
  .join('\n')}
</ul></div></header>
<div class="article-body"><section class="page-1"><p><span class="dateline">March 4, 2025</span> – ${wm1}</p>
${ps(wmA)}
${wmAd('121')}
<h2>What the Researchers Found</h2>
${ps(wmB.slice(0, 2))}
${wmTeaser(wmSlide, 'slideshow')}
${ps(wmB.slice(2))}
<h2>What It Means for You</h2>
${ps(wmC.slice(0, 2))}
${wmTeaser(wmQuiz, 'quiz')}
${ps(wmC.slice(2))}
</section></div>
<div class="sources" data-metrics-module="sources"><button class="sources-toggle" type="button" aria-expanded="false">Show Sources</button>
<div class="sources-section" hidden><h3>Sources</h3><p>SOURCES:</p>${ps(wmSources)}</div>
<p class="copyright">${wmCopy}</p></div>
</article>
<div class="newsletter-module"><h3>${wmNews[0]}</h3><p>${wmNews[1]}</p><form action="/newsletters/subscribe"><label class="visually-hidden"
for="nl-email">${wmNews[2]}</label><input id="nl-email" type="email" placeholder="${wmNews[2]}"><button type="submit">${wmNews[3]}</button></form>
<p class="legal">${wmNews[4]!.replace(/&/g, '&amp;')}</p></div>
<aside class="right-rail">${wmAd('520')}
<div class="top-doctors"><h3>${wmDocs[0]}</h3><ul><li><a href="/doctor/anjali-ross">${wmDocs[1]}</a><span>${wmDocs[2]}</span></li>
<li><a href="/doctor/marcus-levin">${wmDocs[3]}</a><span>${wmDocs[4]}</span></li></ul>
<p class="find-more">${wmDocs[5]} <a href="https://doctor.wellmd.com">WellMD Care</a></p></div>
<div class="related-links"><h3>Related Links</h3><ul>${links(wmRelated)}</ul></div></aside></main>
<footer class="global-footer"><div class="footer-inner"><ul class="footer-links">${links(wmFoot)}</ul>
<div class="footer-policies"><h4>Policies</h4><ul>${links(wmPolicies)}</ul></div>
<p class="footer-disclaimer">${wmDisclaimer}</p><p class="footer-copyright">${wmCopy}</p></div></footer></div>
<script src="https://img.wellmd.com/dtmcms/live/webmd/PageBuilder_Assets/JS/analytics.min.js" defer></script></body></html>`;
const wellmd: TestPage = {
  html: wmHtml,
  name: 'heldout75-webmd-news',
  kind: 'news',
  // the first paragraph's body text starts after its dateline and dash (the dateline is a byline, the dash in neither list);
  // the two h2 subheads are headings; the slideshow and quiz teasers inside the article body, the share bar, the hidden
  // sources block, the copyright line, newsletter, right rail and footer are furniture
  title: wmTitle,
  headings: ['What the Researchers Found', 'What It Means for You'],
  body: [wm1, ...texts(wmA), ...texts(wmB), ...texts(wmC)],
  bylines: ['Written by Nora Delacroix', 'Medically Reviewed by Tyler Kwan, MD on March 04, 2025', '4 min read', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wmNav, 'Subscribe', 'Log In', 'Search', 'Advertisement', ...wmCrumbs, ...wmShare, ...wmSlide, ...wmQuiz, 'Show Sources', 'Sources', 'SOURCES:',
    ...texts(wmSources), wmCopy, ...wmNews.filter((t) => t !== 'Subscribe'), ...wmDocs, 'WellMD Care', 'Related Links', ...wmRelated, ...wmFoot,
    'Policies', ...wmPolicies, wmDisclaimer,
  ],
};

export const HELDOUT75_B: readonly TestPage[] = [wellmd, healthlineArticle];
