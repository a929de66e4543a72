import { links, type TestPage, texts } from './page-kit.js';
import { furnish } from './pages-heldout145-kit.js';
import { harvardPage } from './pages-heldout145-d2.js';

/**
 * Held-out batch 145, file d: a Johns Hopkins Medicine health library page on a made-up condition (the alert bar, the
 * utility and main navigation with the mega-menu texts, the search overlay, breadcrumbs, the title band, the side column
 * with "Featured Experts" cards, "Request an Appointment" phone box and related topics, the article in question-headed
 * sections with lists, "Key points", "Next steps", "Find Additional Treatment Centers at:", the footer and the privacy
 * banner) and, from file d2, a Harvard Health Publishing article.
 */
const T = 'Kellerman Tendon Syndrome';
type Sec = readonly [string, readonly string[], (readonly string[])?, (readonly string[])?];
const sec: readonly Sec[] = [
  [
    'What is Kellerman tendon syndrome?',
    [
      'Kellerman tendon syndrome is irritation and swelling of the small tendon that runs along the outer edge of the wrist, where it passes through a ' +
        'narrow tunnel of tissue near the end of the forearm bone. When the tendon swells, it rubs against the tunnel each time you twist your hand, ' +
        'which causes pain and sometimes a creaking feeling.',
      'The condition is most common in adults between 30 and 60. It usually affects the dominant hand, but it can happen in both wrists.',
    ],
  ],
  [
    'What causes Kellerman tendon syndrome?',
    [
      'The condition is caused by repeated twisting or gripping movements that put stress on the tendon over weeks or months. Jobs and hobbies that ' +
        'involve turning a screwdriver, wringing cloths, using hand tools or playing racquet sports are common triggers. A single injury to the wrist ' +
        'can also start the problem.',
    ],
  ],
  [
    'What are the symptoms of Kellerman tendon syndrome?',
    ['Each person’s symptoms may vary. The most common symptoms include:'],
    [
      'Pain on the outer side of the wrist, especially when turning a key or opening a jar',
      'Swelling or a small, tender lump over the tendon',
      'A creaking or grating feeling when you move the wrist',
      'Weaker grip strength',
    ],
    ['The symptoms of Kellerman tendon syndrome may look like other health problems. Always see your healthcare provider for a diagnosis.'],
  ],
  [
    'How is Kellerman tendon syndrome diagnosed?',
    [
      'Your healthcare provider will ask about your health history and the activities you do with your hands. He or she will examine your wrist and ' +
        'may ask you to twist your hand against resistance to see whether this causes pain. An ultrasound may be used to look at the tendon and the ' +
        'tunnel around it. X-rays are sometimes done to rule out a problem with the bone.',
    ],
  ],
  [
    'How is Kellerman tendon syndrome treated?',
    [
      'Treatment will depend on your symptoms, your age, and your general health. It will also depend on how severe the condition is. Treatment may ' +
        'include:',
    ],
    [
      'Resting the wrist and changing the activities that cause pain',
      'Wearing a splint for a few weeks to keep the wrist still',
      'Ice packs for 15 to 20 minutes at a time',
      'Medicine to ease pain and swelling',
      'Hand therapy exercises to stretch and strengthen the wrist',
      'A steroid shot into the tendon sheath',
      'Surgery to widen the tunnel, if other treatments do not help after several months',
    ],
  ],
  [
    'When should I call my healthcare provider?',
    ['Call your healthcare provider if your wrist pain does not get better after two weeks of rest, or if you have numbness, tingling, or a lot of swelling.'],
  ],
  [
    'Key points about Kellerman tendon syndrome',
    [],
    [
      'Kellerman tendon syndrome is swelling and irritation of a small tendon on the outer side of the wrist.',
      'It is usually caused by repeated twisting and gripping movements.',
      'Symptoms include pain when turning the wrist, swelling and a weaker grip.',
      'Most people get better with rest, a splint and hand therapy. Surgery is rarely needed.',
    ],
  ],
  [
    'Next steps',
    ['Tips to help you get the most from a visit to your healthcare provider:'],
    [
      'Know the reason for your visit and what you want to happen.',
      'Before your visit, write down questions you want answered.',
      'At the visit, write down the name of a new diagnosis, and any new medicines, treatments, or tests.',
      'Know why a new medicine or treatment is prescribed, and how it will help you.',
      'If you have a follow-up appointment, write down the date, time, and purpose for that visit.',
    ],
  ],
];
const headings = sec.map((s) => s[0]);
const body = sec.flatMap((s) => [...s[1], ...(s[2] ?? []), ...(s[3] ?? [])]);
const secHtml = sec
  .map(
    ([h, ps, list, after]) => `<h2 class="rtf-heading">${h}</h2>
${ps.map((p) => `<p>${p}</p>`).join('\n')}${list ? `\n<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}${after ? `\n<p>${after[0]}</p>` : ''}`,
  )
  .join('\n');
const alert = 'Visitor guidelines have changed at some of our hospitals. Check the latest before you come.';
const util = ['Patient Care', 'Research', 'Education', 'About', 'Giving', 'Careers', 'Contact Us'];
const mainNav = ['Find a Doctor', 'Conditions & Diseases', 'Treatments, Tests & Therapies', 'Wellness & Prevention', 'Locations', 'Patient & Visitor Guide'];
const crumbs = ['Home', 'Health', 'Conditions and Diseases'];
const experts = [
  ['Nadia R. Okonjo, M.D.', 'Hand Surgery', 'Orthopaedic Surgery'],
  ['Caleb J. Whitmore, M.D.', 'Sports Medicine', 'Physical Medicine and Rehabilitation'],
] as const;
const phones = ['410-955-5000', 'Maryland', '855-695-4872', 'Outside of Maryland', '+1-410-502-7683', 'International'];
const related = ['Wrist Sprain', 'Tendonitis', 'Hand Therapy', 'Carpal Tunnel Syndrome'];
const centers = ['Johns Hopkins Orthopaedic Surgery', 'Johns Hopkins Hand and Upper Extremity Center'];
const footCols = [
  ['Patient Care', ['Find a Doctor', 'Request an Appointment', 'MyChart', 'Pay Your Bill', 'Health Insurance']],
  ['Resources', ['Newsroom', 'Careers', 'Give Now', 'Health Library', 'Clinical Trials']],
  ['About', ['Leadership', 'Diversity & Inclusion', 'Locations', 'Contact Us', 'Language Assistance Available']],
] as const;
const legal = ['Privacy Statement', 'Terms & Conditions of Use', 'Non-Discrimination Notice', 'Accessibility'];
const copy = '© The Johns Hopkins University, The Johns Hopkins Hospital, and Johns Hopkins Health System. All rights reserved.';
const banner = 'This website uses cookies to enhance your experience. By continuing to use the site, you agree to our Privacy Statement.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${T} | Johns Hopkins Medicine</title>
<meta name="description" content="Kellerman tendon syndrome is irritation and swelling of the small tendon that runs along the outer edge of the wrist.">
<link rel="canonical" href="https://www.hopkinsmedicine.org/health/conditions-and-diseases/kellerman-tendon-syndrome">
<meta property="og:title" content="${T}"><meta property="og:type" content="article"><meta name="content-type" content="Health Library Condition">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${T}","about":{"@type":"MedicalCondition","name":"${T}"},
"publisher":{"@type":"Organization","name":"Johns Hopkins Medicine"},"lastReviewed":"2025-03-11"}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);
j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-JHM01');</script>
<link rel="stylesheet" href="/-/media/themes/jhm/css/main.min.css?v=20250901"></head>
<body class="health-library condition-page"><a class="skip-link" href="#main">Skip to main content</a>
<div class="alert-bar" role="region" aria-label="Alert"><div class="container"><p class="alert-bar__text"><strong>Alert:</strong> ${alert}</p>
<a class="alert-bar__link" href="/patient-care/patients-visitors">Learn more</a><button class="alert-bar__close" aria-label="Close
alert">×</button></div></div>
<header class="site-header"><div class="utility-nav"><div class="container"><ul class="utility-nav__list">${links(util, 'utility-nav__item')}</ul></div></div>
<div class="container site-header__main"><a href="/" class="site-header__logo"><img src="/-/media/images/logos/jhm-logo.svg" alt="Johns Hopkins Medicine"></a>
<nav class="main-nav" aria-label="Main"><ul class="main-nav__list">${links(mainNav, 'main-nav__item')}</ul></nav><div class="site-header__actions">
<a class="btn btn--primary" href="/patient-care/request-appointment">Request an Appointment</a><a class="btn btn--outline"
href="https://mychart.hopkinsmedicine.org">MyChart</a>
<button class="search-toggle" aria-expanded="false" aria-controls="site-search"><span class="sr-only">Open search</span></button></div></div>
<div id="site-search" class="search-overlay" hidden><form action="/search" role="search"><label for="q" class="search-overlay__label">Search Johns
Hopkins Medicine</label>
<input id="q" name="q" type="search" placeholder="What can we help you find?"><button type="submit">Search</button></form></div></header>
<main id="main"><div class="hero hero--health"><div class="container"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
${crumbs.map((c) => `<li><a href="/${c.toLowerCase().replace(/ /g, '-')}">${c}</a></li>`).join('')}</ol></nav><h1 class="hero__title">${T}</h1></div></div>
<div class="container two-col"><aside class="two-col__side"><section class="featured-experts"><h2 class="side-heading">Featured Experts</h2>
${experts
  .map(
    ([n, a, b]) => `<div class="expert-card"><img class="expert-card__photo" src="/-/media/images/doctors/${n.split(' ')[0]}.jpg" alt="">
<div class="expert-card__body"><a class="expert-card__name" href="/profiles/details/${n.split(' ')[0]}">${n}</a><p class="expert-card__specialty">${a}</p>
<p class="expert-card__specialty">${b}</p></div></div>`,
  )
  .join('\n')}</section>
<section class="appointment-box"><h2 class="side-heading">Request an Appointment</h2><dl class="phone-list">
${[0, 2, 4].map((i) => `<dt><a href="tel:${phones[i]}">${phones[i]}</a></dt><dd>${phones[i + 1]}</dd>`).join('\n')}</dl>
<a class="btn btn--primary" href="/patient-care/request-appointment">Find a Doctor</a></section>
<section class="related-topics"><h2 class="side-heading">Related Topics</h2><ul>${links(related)}</ul></section></aside>
<article class="two-col__main rtf" id="content">
${secHtml}
<div class="treatment-centers"><h3>Find Additional Treatment Centers at:</h3><ul>${links(centers)}</ul></div>
<div class="request-cta"><h3>Request an Appointment</h3><p>Find a Doctor</p></div></article></div></main>
<footer class="site-footer"><div class="container"><img src="/-/media/images/logos/jhm-logo-white.svg" alt="Johns Hopkins Medicine">
${footCols.map(([h, items]) => `<div class="site-footer__col"><h2 class="site-footer__heading">${h}</h2><ul>${links(items)}</ul></div>`).join('\n')}
<ul class="site-footer__social"><li><a href="https://facebook.com/JohnsHopkinsMedicine"><span class="sr-only">Facebook</span></a></li><li><a
href="https://x.com/HopkinsMedicine"><span class="sr-only">X</span></a></li><li><a href="https://youtube.com/johnshopkinsmedicine"><span
class="sr-only">YouTube</span></a>
</li></ul><ul class="site-footer__legal">${links(legal)}</ul><p class="site-footer__copy">${copy}</p></div></footer>
<div class="privacy-banner" role="dialog" aria-live="polite"><p>${banner}</p><button class="privacy-banner__accept">I Accept</button></div>
<script src="/-/media/themes/jhm/js/main.min.js?v=20250901" defer></script></body></html>`;
const jhm: TestPage = {
  html,
  name: 'heldout145-hopkins-health-library',
  kind: 'wiki',
  // the question headings, "Key points" and "Next steps" are the article's own sections (body); the page shows no
  // author or date; the expert cards, the appointment box, related topics, the treatment-centre links and the CTA after
  // the article are furniture
  title: T,
  headings: [...headings],
  body: texts(body),
  bylines: [],
  furniture: furnish(
    [T, ...headings, ...body],
    [
      'Skip to main content',
      'Alert:',
      alert,
      'Learn more',
      '×',
      ...util,
      ...mainNav,
      'Request an Appointment',
      'MyChart',
      'Open search',
      'Search Johns Hopkins Medicine',
      'Search',
      ...crumbs,
      'Featured Experts',
      ...experts.flat(),
      ...phones,
      'Related Topics',
      ...related,
      'Find Additional Treatment Centers at:',
      ...centers,
      ...footCols.flatMap(([h, items]) => [h, ...items]),
      'Facebook',
      'X',
      'YouTube',
      ...legal,
      copy,
      banner,
      'I Accept',
    ],
  ),
};

export const HELDOUT145_D: readonly TestPage[] = [jhm, harvardPage];
