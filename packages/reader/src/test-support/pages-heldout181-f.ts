import { links, type TestPage, texts } from './page-kit.js';
import { pillIdentifier } from './pages-heldout181-f2.js';

/**
 * Held-out batch 181, file f: an American Heart Association article on heart.org (Sitecore; the "Donate" header, the main
 * menu and search, the breadcrumb, the topic's left sub-menu, the h1 with the share bar, the hero image caption, the
 * article with h3 sections, an in-article "Life’s Essential 8" promo, "Last Reviewed", the editorial-staff line, the
 * e-newsletter sign-up, the "Related" cards, the symptoms band, the long footer with its legal line and the cookie
 * banner) and, from file f2, a Drugs.com-style pill identifier result page.
 */
const ahTitle = 'How sleep affects your blood pressure';
const ahH = ['What happens to blood pressure during sleep', 'Short sleep and hypertension', 'Sleep apnea', 'Tips for better sleep'];
const ahP0 = [
  'Most people know that diet and exercise matter for blood pressure. Sleep gets less attention, but the hours you spend ' +
    'in bed have a strong effect on your heart and blood vessels, and too little sleep can push blood pressure up over time.',
];
const ahP1 = [
  'In healthy sleep, blood pressure falls by about 10% to 20% compared with daytime levels. This nightly dip gives the ' +
    'heart and arteries a period of lower strain. People whose blood pressure does not fall at night, sometimes called ' +
    'non-dippers, have a higher risk of heart attack and stroke, even when their daytime readings are normal.',
];
const ahP2 = [
  'Adults who regularly sleep fewer than six hours a night are more likely to develop high blood pressure. In a study of ' +
    'about 3,200 adults in the Ridgeway Heart Cohort, those who slept five hours or less had a 29% higher chance of being ' +
    'diagnosed with hypertension over eight years than those who slept seven to eight hours.',
  'Short sleep raises levels of stress hormones and keeps the nervous system in an alert state, which narrows blood vessels ' +
    'and makes the heart work harder.',
];
const ahP3 = [
  'Obstructive sleep apnea, in which breathing stops and starts repeatedly during sleep, is common in people with high ' +
    'blood pressure, especially when it is hard to control with medicine. Loud snoring, gasping at night and daytime ' +
    'sleepiness are warning signs. Treating sleep apnea can lower blood pressure, so talk with your health care ' +
    'professional if you notice these symptoms.',
];
const ahP4 = ['Adults should aim for seven to nine hours of sleep each night. These habits can help:'];
const ahTips = [
  'Go to bed and get up at the same time every day, even on weekends.',
  'Keep your bedroom dark, quiet and cool.',
  'Put away phones and other screens at least 30 minutes before bed.',
  'Avoid large meals, caffeine and alcohol late in the evening.',
  'Get regular physical activity, but not too close to bedtime.',
];
const ahNav = ['Health Topics', 'Healthy Living', 'Professional', 'Get Involved', 'About Us'];
const ahCrumbs = ['Home', 'Healthy Living', 'Healthy Lifestyle', 'Sleep'];
const ahSub = ['Sleep', 'Sleep and heart health', 'Sleep apnea and heart health', 'How much sleep do you need?'];
const ahShare = ['Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const ahCaption = '(Photo credit: Getty Images / Corvid Studio)';
const ahPromo = ['Life’s Essential 8', 'Sleep is one of eight key measures for improving and maintaining cardiovascular health.', 'Learn more'];
const ahNews = ['Sign up for our Heart and Brain Health e-newsletter', 'Get tips and tools to help you live a heart-healthy life.', 'Email address', 'Sign Up'];
const ahRelated = ['Related', 'Understanding blood pressure readings', 'Monitoring your blood pressure at home', 'Stress and heart health'];
const ahBand = ['Heart Attack and Stroke Symptoms', 'Learn the warning signs', 'Call 911'];
const ahFoot = [
  'About Us',
  'Our mission',
  'Locations',
  'Careers',
  'Press Room',
  'Volunteer',
  'Ways to Give',
  'Privacy Policy',
  'Copyright Policy',
  'Ethics Policy',
  'Accessibility Statement',
  'Terms & Conditions',
];
const ahLegal =
  '©2025 American Heart Association, Inc. All rights reserved. Unauthorized use prohibited. The American Heart Association is a qualified 501(c)(3) ' +
  'tax-exempt organization.';
const ahCookie = [
  'This website uses cookies to improve your experience and to analyze performance and traffic on our website.',
  'Accept Cookies',
  'Cookie Settings',
];
const ahPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ahHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How sleep affects your blood pressure | American Heart Association</title>
<meta name="description" content="Too little sleep can push blood pressure up over time."><link rel="canonical"
href="https://www.heart.org/en/healthy-living/healthy-lifestyle/sleep/how-sleep-affects-your-blood-pressure">
<meta property="og:title" content="How sleep affects your blood pressure"><meta property="og:site_name" content="www.heart.org">
<meta name="last-reviewed" content="2024-03-05">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"How sleep affects your blood pressure",
"publisher":{"@type":"Organization",
"name":"American Heart Association"},"dateModified":"2024-03-05"}</script>
<link rel="stylesheet" href="/-/media/Themes/AHA/heart-org/styles/optimized-min.css">
<script src="https://assets.adobedtm.example/launch-aha.min.js" async></script></head>
<body class="aha-theme"><a class="skip-to-main" href="#main">Skip to main content</a>
<header class="aha-header"><div class="aha-header__bar"><a class="aha-logo" href="/"><img src="/-/media/Images/Logos/AHA-Logo.svg"
alt="American Heart Association"></a>
<nav class="aha-nav" aria-label="Primary"><ul>${links(ahNav, 'aha-nav__item')}</ul></nav><form class="aha-search" role="search">
<label class="sr-only" for="aha-q">Search</label>
<input id="aha-q" type="search"><button type="submit">Search</button></form><a class="btn btn-round btn-danger aha-donate" href="/donate">Donate</a>
</div></header>
<main id="main"><nav class="aha-breadcrumb" aria-label="breadcrumb"><ol>${links(ahCrumbs)}</ol></nav><div class="row">
<aside class="col-md-3 aha-subnav"><ul>${links(ahSub)}</ul></aside>
<div class="col-md-9 aha-article"><h1>${ahTitle}</h1><div class="aha-share"><ul>${links(ahShare, 'aha-share__item')}</ul></div>
<figure class="aha-hero"><img src="/-/media/Images/Healthy-Living/Sleep/woman-sleeping.jpg" alt="Woman sleeping">
<figcaption>${ahCaption}</figcaption></figure>
<div class="aha-rte">${ahPs(ahP0)}
<h3>${ahH[0]}</h3>${ahPs(ahP1)}
<h3>${ahH[1]}</h3>${ahPs(ahP2)}
<div class="aha-promo card"><h4>${ahPromo[0]}</h4><p>${ahPromo[1]}</p><a href="/en/healthy-living/healthy-lifestyle/lifes-essential-8">${ahPromo[2]}</a></div>
<h3>${ahH[2]}</h3>${ahPs(ahP3)}
<h3>${ahH[3]}</h3>${ahPs(ahP4)}<ul>${ahTips.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="aha-reviewed"><p>Last Reviewed: Mar 5, 2024</p></div>
<p class="aha-editorial"><small>Written by American Heart Association editorial staff and reviewed by science and medicine advisers. See our editorial
policies and staff.</small></p>
<div class="aha-newsletter"><h3>${ahNews[0]}</h3><p>${ahNews[1]}</p><form><label for="nl">${ahNews[2]}</label><input id="nl" type="email">
<button>${ahNews[3]}</button></form></div>
<section class="aha-related"><h2>${ahRelated[0]}</h2><div class="cards">${ahRelated
  .slice(1)
  .map((r) => `<a class="card" href="#"><h3 class="card-title">${r}</h3></a>`)
  .join('')}</div></section></div></div></main>
<section class="aha-symptoms-band"><h2>${ahBand[0]}</h2><a href="/en/about-us/heart-attack-and-stroke-warning-signs">${ahBand[1]}</a>
<p>${ahBand[2]}</p></section>
<footer class="aha-footer"><ul>${links(ahFoot)}</ul><p class="aha-footer__legal">${ahLegal}</p></footer>
<div id="onetrust-banner-sdk" role="region"><p>${ahCookie[0]}</p><button>${ahCookie[1]}</button><button>${ahCookie[2]}</button></div>
<script src="/-/media/Themes/AHA/heart-org/scripts/optimized-min.js"></script></body></html>`;
const aha: TestPage = {
  html: ahHtml,
  name: 'heldout181-heart-org-article',
  kind: 'wiki',
  // "Last Reviewed" and the editorial-staff line are bylines; the hero caption, in-article promo, share bar, newsletter,
  // related cards, symptoms band, footer and cookie banner are furniture
  title: ahTitle,
  headings: ahH,
  body: texts([...ahP0, ...ahP1, ...ahP2, ...ahP3, ...ahP4, ...ahTips]),
  bylines: [
    'Last Reviewed: Mar 5, 2024',
    'Written by American Heart Association editorial staff and reviewed by science and medicine advisers. See our editorial policies and staff.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ahNav.filter((n) => n !== 'About Us' && n !== 'Healthy Living'), 'Search', 'Donate', ...ahCrumbs, ...ahSub.slice(1), ...ahShare,
    ahCaption, ...ahPromo, ...ahNews, ...ahRelated, ...ahBand, ...ahFoot, ahLegal, ...ahCookie,
  ],
};

export const HELDOUT181_F: readonly TestPage[] = [aha, pillIdentifier];
