import { type TestPage, texts } from './page-kit.js';
import { drugsCom } from './pages-heldout139-e2.js';

/**
 * Held-out batch 139, file e: a Verywell Health article on the Dotdash Meredith "mntl" template (header with the topic
 * menu, search and newsletter link, breadcrumbs, the h1 and the by / medically-reviewed-by attribution with hidden bio
 * tooltips and the updated date, the "Table of Contents" box, the structured-content blocks with an image credit, a
 * featured-link card and ad slots inside the text, the "Summary" section, the collapsible sources list with its
 * editorial note, the "Was this page helpful?" widget, the author bio box, related articles, the newsletter sign-up,
 * the footer with its medical disclaimer and the OneTrust cookie banner) and, from file e2, a Drugs.com drug page.
 */
const title = 'What Causes Leg Cramps at Night?';
const heads = [
  'Common Causes',
  'Who Gets Night Leg Cramps?',
  'How to Stop a Cramp',
  'Preventing Night Leg Cramps',
  'When to See a Healthcare Provider',
  'Summary',
];
const lead = [
  `Night leg cramps are sudden, painful tightenings of the muscles in the calf, foot or thigh that strike while you are resting or asleep. They usually
last from a few seconds to a few minutes, but the soreness can linger into the next day.`,
  `Most night cramps are harmless and have no single clear cause. However, frequent cramps can disrupt sleep, and in some cases they point to a medication
side effect or an underlying condition that is worth checking.`,
];
const causes = ['Researchers still do not fully understand why muscles cramp at night. Several factors appear to make cramps more likely:'];
const causesList = [
  '<strong>Muscle fatigue:</strong> Standing for long periods or exercising hard during the day can leave muscles prone to cramping.',
  '<strong>Sitting or lying position:</strong> Sleeping with the feet pointed down shortens the calf muscle, which may trigger a cramp.',
  '<strong>Dehydration:</strong> Low fluid levels may affect how nerves signal the muscles, although the evidence for this is mixed.',
  '<strong>Medications:</strong> Some diuretics, statins and asthma inhalers list leg cramps as a possible side effect.',
];
const causes2 = [
  `A 2022 survey of 1,200 adults by researchers at the Halden Sleep Institute found that people who stood for more than six hours a day at work were
nearly twice as likely to report weekly night cramps as those who mostly sat.`,
];
const who = [
  `Night leg cramps become more common with age. They affect an estimated one in three adults over 60, and about half of people over 80. Pregnancy,
especially in the second and third trimesters, also raises the risk.`,
  'People with diabetes, peripheral artery disease, kidney disease or thyroid problems are more likely to have frequent cramps.',
];
const stop = ['When a cramp hits, these steps can help the muscle relax:'];
const stopList = [
  'Straighten your leg and gently pull your toes toward your knee.',
  'Stand up and put weight on the affected leg, pressing your heel into the floor.',
  'Massage the muscle or apply a warm towel to it.',
];
const prevent = [
  `Stretching the calves for a few minutes before bed is the approach most often recommended by healthcare providers. In a small 2021 trial, people who
did nightly calf stretches for six weeks had about a third fewer cramps than those who did not.`,
  `Keeping bedsheets loose around your feet, drinking enough fluids during the day and wearing supportive shoes may also help. Quinine, once a common
treatment, is no longer recommended for leg cramps because of the risk of serious side effects.`,
];
const see = [
  `Talk to a healthcare provider if your cramps are frequent, severe or get worse over time, or if they come with muscle weakness, swelling, skin
changes or numbness. These may be signs of a nerve or circulation problem that needs treatment.`,
];
const summary = [
  `Night leg cramps are common, especially in older adults and during pregnancy. They are usually harmless and can often be eased by stretching and
massage. If cramps disrupt your sleep regularly or come with other symptoms, a healthcare provider can help find the cause.`,
];
const nav = ['Conditions A-Z', 'Health Insurance', 'Healthy Aging', 'Nutrition', 'Fitness', 'Mental Health', 'News', 'Tools', 'About Us'];
const crumbs = ['Conditions A-Z', 'Musculoskeletal Health'];
const bioBy = 'Renata Okoye, RN, is a registered nurse with 12 years of experience in orthopaedic and rehabilitation care.';
const bioRev = 'Daniel Mbeki, MD, is a board-certified family medicine physician and a clinical instructor at Northgate Medical School.';
const credit = 'Verywell / Laura Quinlan';
const featured = 'Muscle Cramps: Causes, Treatment, and Prevention';
const sourcesNote = `Verywell Health uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles. Read our
editorial process to learn more about how we fact-check and keep our content accurate, reliable, and trustworthy.`;
const sources = [
  'Ferris AL, Obuya K. Occupational standing and nocturnal leg cramps in adults. J Sleep Med Res. 2022;14(3):211-219.',
  'Lindgren P, Varga T. Nightly calf stretching for nocturnal leg cramps: a randomized trial. Fam Pract Rev. 2021;38(6):702-708.',
  'Halden Sleep Institute. Leg cramps and sleep. Updated 2024.',
];
const feedback = ['Was this page helpful?', 'Thanks for your feedback!', 'What is your feedback?', 'Other', 'Helpful', 'Report an Error', 'Submit'];
const bioLinks = ['See Our Editorial Process', 'Meet Our Medical Expert Board', 'Share Feedback'];
const related = ['How to Stretch Your Calves Safely', 'Restless Legs Syndrome vs. Leg Cramps', 'Magnesium for Muscle Cramps: Does It Work?'];
const news = [
  'Daily Health Tips to Live Your Best Life',
  'Sign up for our Health Tip of the Day newsletter, and receive daily tips that will help you live your healthiest life.',
  'Enter your email',
  'Sign Up',
];
const footerLinks = [
  'About Us',
  'Editorial Process',
  'Privacy Policy',
  'In the News',
  'Advertise',
  'Terms of Service',
  'Careers',
  'Contact',
  'Your Privacy Choices',
];
const disclaimer = `Verywell Health's content is for informational and educational purposes only. Our website is not intended to be a substitute for
professional medical advice, diagnosis, or treatment.`;
const family = 'Verywell Health is part of the Dotdash Meredith publishing family.';
const cookie = `By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and
assist in our marketing efforts.`;
let b = 0;
const p = (t: string): string => `<p id="mntl-sc-block_${++b}-0" class="comp mntl-sc-block mntl-sc-block-html">${t}</p>`;
const ps = (a: readonly string[]): string => a.map(p).join('\n');
const h = (t: string): string => `<h2 id="mntl-sc-block_${++b}-0" class="comp mntl-sc-block lifestyle-sc-block-heading mntl-sc-block-heading">
<span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const ul = (a: readonly string[]): string =>
  `<ul id="mntl-sc-block_${++b}-0" class="comp mntl-sc-block mntl-sc-block-html">${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const adslot = (n: number): string => `<div id="mntl-sc-block-adslot_${n}-0" class="comp mntl-sc-block mntl-sc-block-adslot mntl-block"><div id="article-${n}"
class="comp mntl-gpt-adunit gpt article-ad"><div id="article-${n}-wrapper" class="wrapper"></div></div></div>`;
const html = `<!DOCTYPE html>
<html id="verywellhealthArticle_1-0" class="comp verywellhealthArticle html mntl-html no-js" data-ab="99,99,99,45,99" lang="en"><head><meta charset="utf-8">
<title>Night Leg Cramps: Causes, Relief, and Prevention</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Night leg cramps are sudden, painful muscle tightenings.
Learn what causes them, how to stop a cramp, and how to prevent them.">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Verywell Health"><meta property="article:published_time"
content="2019-05-02T10:00:00-04:00">
<meta property="article:modified_time" content="2025-02-18T14:31:00-05:00"><meta name="sailthru.author" content="Renata Okoye, RN">
<link rel="canonical" href="https://www.verywellhealth.com/night-leg-cramps-causes-8601224">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["MedicalWebPage"],"headline":"${title}",
"datePublished":"2019-05-02T10:00:00.000-04:00",
"dateModified":"2025-02-18T14:31:00.000-05:00","author":[{"@type":"Person","name":"Renata Okoye, RN"}],
"reviewedBy":[{"@type":"Person","name":"Daniel Mbeki, MD"}],
"publisher":{"@type":"Organization","name":"Verywell Health"}}]</script>
<script>window.Mntl=window.Mntl||{};Mntl.csrf="e7f1";var dataLayer=[{"templateId":"structured-content","documentId":8601224}];</script>
<link rel="stylesheet" href="/static/5.112.0/cache/eNqlVMtu.min.css"><script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" async></script></head>
<body id="structured-content_1-0" class="comp structured-content mntl-document-body" data-sc-content-positions="[]">
<a href="#main" class="mntl-skip-to-content">Skip to content</a>
<header id="header_1-0" class="comp header mntl-header" role="banner"><div class="header__inner"><a id="logo_1-0" class="comp logo mntl-logo"
href="https://www.verywellhealth.com/"
aria-label="Visit Verywell Health's homepage"><svg class="icon logo-verywellhealth"></svg></a>
<nav id="fullscreen-nav_1-0" class="comp fullscreen-nav" role="navigation"><ul class="fullscreen-nav__list">${nav
  .map(
    (t) => `<li class="fullscreen-nav__list-item"><a href="https://www.verywellhealth.com/${t.length}" class="fullscreen-nav__link"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<a href="https://www.verywellhealth.com/newsletters" class="header__newsletter-button">Newsletters</a>
<button class="header__search-button" aria-label="Search"><span class="mntl-search-button__text">Search</span></button></div></header>
<div id="leaderboard-flex-1" class="comp mntl-leaderboard-header mntl-flexible-leaderboard mntl-gpt-adunit gpt leaderboard"><div class="wrapper"></div></div>
<main id="main" class="loc main"><article id="article_1-0" class="comp article article--structured-content">
<header class="loc article-header"><ul id="mntl-breadcrumbs_1-0" class="comp breadcrumbs mntl-breadcrumbs">${crumbs
  .map(
    (c) =>
      `<li class="breadcrumbs__item"><a href="https://www.verywellhealth.com/${c.length}" class="mntl-text-link"><span
class="link__wrapper">${c}</span></a></li>`,
  )
  .join('')}</ul>
<h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${title}</h1>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-bylines__item mntl-attribution__item"><span
class="mntl-attribution__item-descriptor">By</span>
<div class="mntl-attribution__item-name"><a href="https://www.verywellhealth.com/renata-okoye" rel="author">Renata Okoye, RN</a></div>
<div class="mntl-attribution__item-tooltip" hidden><p>${bioBy}</p><a href="https://www.verywellhealth.com/editorial-process">Learn about our editorial
process</a></div></div>
<div class="mntl-bylines__item mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Medically reviewed by</span>
<div class="mntl-attribution__item-name"><a href="https://www.verywellhealth.com/daniel-mbeki">Daniel Mbeki, MD</a></div>
<div class="mntl-attribution__item-tooltip" hidden><p>${bioRev}</p><a href="https://www.verywellhealth.com/medical-expert-board">Learn about our Medical Expert
Board</a></div></div>
<div class="mntl-attribution__item-date">Updated on February 18, 2025</div></div></header>
<div id="mntl-toc_1-0" class="comp mntl-toc toc"><span class="mntl-toc__heading">Table of Contents</span><ul class="mntl-toc__list">
${heads.map((t, i) => `<li class="mntl-toc__list-item"><a href="#toc-${i}" class="mntl-toc__list-item-link">${t}</a></li>`).join('')}</ul>
<button class="mntl-toc__view-all">View All</button></div>
<div id="article-content_1-0" class="comp article-content expert-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block"
data-sc-sticky-offset="60">
${ps(lead)}
<figure id="mntl-sc-block-image_1-0" class="comp figure-landscape mntl-sc-block-image figure-article"><div class="img-placeholder"
style="padding-bottom:66.6%;">
<img data-src="https://www.verywellhealth.com/thmb/aQ1/1500x0/night-leg-cramps.jpg" alt="Person stretching a calf at the edge of a bed"
class="lazyloaded"></div>
<figcaption class="comp figure-article-caption mntl-figure-caption"><span class="figure-article-caption-owner"><p>${credit}</p></span></figcaption></figure>
${h(heads[0]!)}
${ps(causes)}
${ul(causesList)}
${adslot(1)}
${ps(causes2)}
<div id="mntl-sc-block-featuredlink_1-0" class="comp mntl-sc-block mntl-sc-block-featuredlink"><a href="https://www.verywellhealth.com/muscle-cramps-8601101"
class="mntl-sc-block-featuredlink__link"><span class="mntl-sc-block-featuredlink__text">${featured}</span></a></div>
${h(heads[1]!)}
${ps(who)}
${h(heads[2]!)}
${ps(stop)}
${ul(stopList)}
${adslot(2)}
${h(heads[3]!)}
${ps(prevent)}
${h(heads[4]!)}
${ps(see)}
${h(heads[5]!)}
${ps(summary)}
</div></div>
<div id="mntl-article-sources_1-0" class="comp mntl-article-sources"><button class="mntl-article-sources__heading" aria-expanded="false">${sources.length}
Sources</button>
<div class="mntl-article-sources__content"><p
class="mntl-article-sources__summary">${sourcesNote}</p><ol>${sources.map((s) => `<li>${s}</li>`).join('\n')}</ol></div></div>
<div id="mntl-feedback_1-0" class="comp mntl-feedback"><p class="mntl-feedback__question">${feedback[0]}</p><div class="mntl-feedback__thanks"
hidden>${feedback[1]}</div>
<form class="mntl-feedback__form" hidden><p>${feedback[2]}</p><label><input type="checkbox">${feedback[3]}</label><label><input
type="checkbox">${feedback[4]}</label>
<label><input type="checkbox">${feedback[5]}</label><button type="submit">${feedback[6]}</button></form></div>
<div id="mntl-author-bio_1-0" class="comp mntl-author-bio"><span class="mntl-author-bio__byline">By Renata Okoye, RN</span><p>${bioBy}</p>
<ul>${bioLinks.map((t) => `<li><a href="https://www.verywellhealth.com/${t.length}">${t}</a></li>`).join('')}</ul></div></article>
<aside id="related-articles_1-0" class="comp related-articles"><h2 class="related-articles__title">Related Articles</h2><ul>
${related
  .map(
    (t) => `<li class="card"><a href="https://www.verywellhealth.com/${t.length}"><span
class="card__title">${t}</span></a></li>`,
  )
  .join('\n')}</ul></aside></main>
<div id="newsletter_1-0" class="comp newsletter mntl-newsletter-signup"><h3 class="mntl-newsletter-signup__title">${news[0]}</h3><p>${news[1]}</p>
<form><label for="email-input">${news[2]}</label><input id="email-input" type="email"><button type="submit">${news[3]}</button></form></div>
<footer id="footer_1-0" class="comp footer mntl-footer" role="contentinfo"><p class="footer__disclaimer">${disclaimer}</p><ul class="footer__links">
${footerLinks.map((t) => `<li><a href="https://www.verywellhealth.com/${t.length}">${t}</a></li>`).join('')}</ul><p
class="footer__family">${family}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div
id="onetrust-policy-text">${cookie}</div>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
<script src="/static/5.112.0/cache/eNrFWF1v.min.js" async></script></body></html>`;

const verywell: TestPage = {
  name: 'heldout139-verywell-health-article',
  kind: 'wiki',
  html,
  // the "By", "Medically reviewed by" names and the updated date are bylines; the table of contents repeats the
  // headings and is left out; the hidden bio tooltips, image credit, featured-link card inside the text, sources,
  // feedback widget, author bio box, related articles, newsletter, footer and cookie banner are furniture
  title,
  headings: heads,
  body: texts([...lead, ...causes, ...causesList, ...causes2, ...who, ...stop, ...stopList, ...prevent, ...see, ...summary]),
  bylines: ['Renata Okoye, RN', 'Daniel Mbeki, MD', 'Updated on February 18, 2025', 'By Renata Okoye, RN'],
  furniture: [
    'Skip to content',
    ...nav,
    'Newsletters',
    'Search',
    ...crumbs.filter((c) => !nav.includes(c)),
    'By',
    'Medically reviewed by',
    bioBy,
    'Learn about our editorial process',
    bioRev,
    'Learn about our Medical Expert Board',
    'Table of Contents',
    'View All',
    credit,
    featured,
    `${sources.length} Sources`,
    sourcesNote.replace(/\s+/g, ' '),
    ...sources,
    ...feedback,
    ...bioLinks,
    'Related Articles',
    ...related,
    ...news,
    disclaimer.replace(/\s+/g, ' '),
    ...footerLinks.filter((t) => !nav.includes(t)),
    family,
    cookie.replace(/\s+/g, ' '),
    'Cookies Settings',
    'Accept All Cookies',
  ],
};

export const HELDOUT139_E: readonly TestPage[] = [verywell, drugsCom];
