import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 166, file e2: a STAT News First Opinion essay (the header with its section nav, "Newsletters", "Log In"
 * and the STAT+ button, the "First Opinion" kicker, the dek, byline, date and "Reprints", the hero caption and credit, the
 * "Related:" lines inside the essay, the "First Opinion" newsletter box, the "About the Author" box with bio and handle, the
 * tags, the "Recommended" stories, the "Trending" rail and the footer).
 */
const sTitle = 'I triage teenagers in crisis every night. The ER is the wrong place for them to wait';
const sDek = ['Young people with mental health emergencies can spend days in emergency departments. There are better options.'];
const sP1 = [
  'The first thing I noticed about Maya was her shoes. She had taken them off and lined them up neatly under the stretcher, ' +
    'the way you might at a friend’s house. She was 15, and she had been in our emergency department for three days.',
  'Maya, whose name I have changed to protect her privacy, was not physically ill. She had come in after telling a school ' +
    'counselor she wanted to die. We had evaluated her, made sure she was safe, and agreed she needed inpatient psychiatric ' +
    'care. Then we waited for a bed, as we do for dozens of young people every month.',
  'I have worked as an emergency physician for 14 years. “Boarding,” the practice of holding patients in the ER because ' +
    'there is nowhere else to send them, is not new. But the number of children and teenagers boarding for mental health ' +
    'reasons in my department has roughly tripled since 2019.',
];
const sRel1 = 'Related: Pediatric psychiatric beds are disappearing. States are scrambling to respond';
const sH1 = 'An emergency department is not a therapeutic place';
const sP2 = [
  'Emergency departments are built for speed and noise. The lights never go off. Monitors alarm, people shout, and a teenager ' +
    'in a paper gown can hear everything happening in the next bay. For a young person in a mental health crisis, it is close ' +
    'to the worst possible environment.',
  'Boarding patients usually do not receive therapy while they wait, because emergency departments are not staffed to provide ' +
    'it. Studies have linked longer boarding times to more use of restraints and sedation, and to worse outcomes after discharge.',
];
const sH2 = 'What would help';
const sP3 = [
  'There are models that work. Several states have funded regional crisis stabilization units for young people, small ' +
    'facilities where a teenager can stay for up to a few days with a psychiatrist, a therapist and their family nearby. In ' +
    'the places that have them, emergency department boarding has fallen sharply.',
  'Mobile crisis teams, which send trained clinicians to a child’s home or school, can prevent many ER visits entirely. And ' +
    'paying child psychiatrists to take on-call shifts through telehealth would let smaller hospitals start treatment while ' +
    'a patient waits.',
  'None of this is cheap. But neither is an emergency department bed occupied for 72 hours by a patient who does not need ' + 'emergency care.',
  'Maya was transferred on her fourth day, to a hospital three hours from her family. Before she left, she put her shoes ' +
    'back on and thanked the nurses. She deserved a better place to wait, and so do the young people who will come after her.',
];
const sRel2 = 'Related: How one state cut ER boarding for kids by half';
const sNav = ['Health', 'Pharma', 'Biotech', 'Policy', 'Health Tech', 'Science', 'First Opinion', 'Podcasts'];
const sBio =
  'Elena Castellano, M.D., is an emergency physician at Brookfield Children’s Hospital in Ohio and an assistant professor of ' +
  'emergency medicine at Lake Erie University.';
const sNews = ['First Opinion', 'A weekly newsletter with the best reader essays from STAT.', 'Enter your email', 'Sign Up'] as const;
const sTags = ['Hospitals', 'Mental health', 'Pediatrics', 'Physicians'];
const sRec = [
  'Recommended',
  'The hidden cost of closing rural maternity wards',
  'Why doctors are leaving emergency medicine, in their own words',
  'Medicaid cuts will land hardest on children’s hospitals',
];
const sTrend = ['Trending', 'FDA panel backs new weight-loss pill', 'Hospital prices rose faster than inflation again'];
const sFoot = ['About', 'Careers', 'Contact', 'Events', 'Newsletters', 'Advertise', 'Privacy Policy', 'Terms of Service'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Teenagers in mental health crisis should not be boarding in the ER | STAT</title>
<meta name="description" content="${sDek[0]}"><meta property="og:site_name" content="STAT"><meta property="og:title" content="${sTitle}">
<meta property="article:section" content="First Opinion"><link rel="canonical" href="https://www.statnews.com/2026/03/03/teen-mental-health-er-boarding/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"${sTitle}",
"datePublished":"2026-03-03T08:30:00-05:00",
"author":[{"@type":"Person","name":"Elena Castellano"}],"publisher":{"@type":"Organization","name":"STAT"}}</script>
<link rel="stylesheet" id="stat-main-css" href="https://www.statnews.com/wp-content/themes/stat/dist/main.css?ver=3.18.0">
<script>window.STAT = {"postId":912844,"isPlus":false,"section":"first-opinion"};</script></head>
<body class="post-template-default single single-post postid-912844 first-opinion"><a class="skip-link" href="#main">Skip to Main Content</a>
<header class="site-header"><div class="site-header__top"><a class="site-logo" href="https://www.statnews.com/"><span class="sr-only">STAT</span></a>
<a class="header-newsletters" href="/signup/">Newsletters</a><a class="header-login" href="/login/">Log In</a>
<a class="header-plus button" href="/stat-plus/">Get STAT+</a></div>
<nav class="site-header__nav" aria-label="Primary"><ul>${links(sNav, 'menu-item')}</ul></nav></header>
<main id="main"><article class="article article--opinion"><header class="article-header">
<div class="article-header__kicker"><a href="/category/first-opinion/">First Opinion</a></div>
<h1 class="article-header__title">${sTitle}</h1><p class="article-header__dek">${sDek[0]}</p>
<div class="article-header__meta"><div class="author-byline">By <a href="/staff/elena-castellano/">Elena Castellano</a></div>
<time class="post-date" datetime="2026-03-03T08:30:00-05:00">March 3, 2026</time>
<a class="reprints-link" href="/reprints/">Reprints</a></div>
<figure class="article-header__image"><img src="https://www.statnews.com/wp-content/uploads/2026/03/er-hallway.jpg" alt="">
<figcaption><span class="caption">A hallway in a pediatric emergency department.</span><span class="credit">Adobe Stock</span></figcaption></figure></header>
<div class="article-body entry-content">
${ps(sP1)}
<p class="related-link"><strong>Related: </strong><a href="/2025/pediatric-psychiatric-beds-disappearing/">${sRel1.slice(9)}</a></p>
<h2>${sH1}</h2>
${ps(sP2)}
<div class="newsletter-signup newsletter-signup--inline"><h3 class="newsletter-signup__title">${sNews[0]}</h3><p>${sNews[1]}</p>
<form><input type="email" placeholder="${sNews[2]}" aria-label="Email"><button type="submit">${sNews[3]}</button></form></div>
<h2>${sH2}</h2>
${ps(sP3.slice(0, 2))}
<p class="related-link"><strong>Related: </strong><a href="/2025/state-cut-er-boarding-kids/">${sRel2.slice(9)}</a></p>
${ps(sP3.slice(2))}
</div>
<div class="author-box"><h3 class="author-box__title">About the Author</h3><div class="author-box__author"><h4>Elena Castellano</h4>
<p class="author-box__bio">${sBio}</p><a class="author-box__social" href="https://x.example/ecastellanomd">@ecastellanomd</a></div>
<a class="reprints-link" href="/reprints/">Reprints</a></div>
<div class="article-tags"><h3>Tags</h3><ul>${links(sTags)}</ul></div></article>
<section class="recommended"><h2>${sRec[0]}</h2><ul>${links(sRec.slice(1))}</ul></section>
<aside class="sidebar"><h2>${sTrend[0]}</h2><ol>${links(sTrend.slice(1))}</ol></aside></main>
<footer class="site-footer"><ul>${links(sFoot)}</ul><p>©2026 STAT</p></footer>
<script src="https://www.statnews.com/wp-content/themes/stat/dist/main.js?ver=3.18.0"></script></body></html>`;
export const stat: TestPage = {
  html: sHtml,
  name: 'heldout166-statnews-first-opinion-news',
  kind: 'news',
  // the dek is body; the kicker, "Reprints", caption and credit, the two "Related:" lines inside the essay, the newsletter
  // box, the "About the Author" box (its bio and handle), tags, "Recommended", "Trending" and the footer are furniture;
  // "First Opinion" (nav, kicker and newsletter title) and "Newsletters" (header and footer) are listed once
  title: sTitle,
  headings: [sH1, sH2],
  body: [...sDek, ...texts(sP1), ...texts(sP2), ...texts(sP3)],
  bylines: ['By Elena Castellano', 'March 3, 2026', 'Elena Castellano'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Newsletters', 'Log In', 'Get STAT+', ...sNav, 'Reprints', 'A hallway in a pediatric emergency department.', 'Adobe Stock',
    sRel1, sNews[1], sNews[3], 'About the Author', sBio, '@ecastellanomd', sRel2, 'Tags', ...sTags, ...sRec, ...sTrend, 'About', 'Careers', 'Contact',
    'Events', 'Advertise', 'Privacy Policy', 'Terms of Service', '©2026 STAT',
  ],
};
