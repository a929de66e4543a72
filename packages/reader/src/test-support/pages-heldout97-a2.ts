import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 97, file a2: a WebMD style health article on an invented site (the header with "Find a Doctor" and
 * "Subscribe", breadcrumbs, the "Medically Reviewed by", "Written by" and read-time lines, the "In this Article" jump list,
 * "Advertisement" labels between sections, a newsletter box in the text, the "Sources" block with the photo credit and
 * "SOURCES:" list, the "Next In" link, "Related Links", "Today on" rail, the footer with policies and the consent banner).
 */
const wmTitle = 'Vitamin D Deficiency: What to Know';
const wmIntro = [
  'Vitamin D helps your body absorb calcium, which you need for strong bones and teeth. It also plays a part in how your muscles, ' +
    'nerves and immune system work. When you don’t get enough of it for a long time, you can develop a vitamin D deficiency.',
  'It’s more common than many people think. Doctors see it most in the winter months and in people who spend little time outdoors.',
];
const wmSec: [string, string[]][] = [
  [
    'What Causes Vitamin D Deficiency?',
    [
      'Your skin makes vitamin D when sunlight hits it. You also get small amounts from foods such as oily fish, egg yolks and ' +
        'fortified milk and cereals. A deficiency usually means you aren’t getting enough from either source, or your body can’t ' +
        'use what it gets.',
      'Things that can raise your chances include:',
    ],
  ],
  [
    'Symptoms of Vitamin D Deficiency',
    [
      'Many people with low vitamin D have no symptoms at all. When symptoms do show up, they tend to be vague and easy to blame on ' +
        'something else. You might feel tired all the time, have aching bones or a sore lower back, or notice that your muscles feel ' +
        'weak, especially when you climb stairs or get up from a chair.',
      'In children, a severe and long-lasting deficiency can cause rickets, which softens the bones and can lead to bowed legs. In ' +
        'adults, it can cause a similar condition called osteomalacia.',
    ],
  ],
  [
    'How Is It Diagnosed?',
    [
      'A simple blood test called a 25-hydroxy vitamin D test shows how much vitamin D is in your body. Your doctor might order one ' +
        'if you have symptoms or a condition that raises your risk. Most labs consider a level below 20 nanograms per milliliter to ' +
        'be a deficiency, though experts don’t all agree on the exact cutoff.',
    ],
  ],
  [
    'Treatment and Prevention',
    [
      'Treatment usually means taking a vitamin D supplement. Your doctor will tell you how much to take and for how long, and may ' +
        'check your blood again after a few months. Don’t take high doses on your own. Too much vitamin D can build up in your body ' +
        'and raise your calcium level, which can cause nausea, confusion and kidney problems.',
      'To help prevent a deficiency, try to spend a little time outside most days, eat foods that contain vitamin D, and ask your ' +
        'doctor whether a daily supplement makes sense for you, especially during the darker months of the year.',
    ],
  ],
];
const wmRisks = [
  'Having darker skin, which makes less vitamin D from the same amount of sun',
  'Being over 65',
  'Living far from the equator or spending most of your day indoors',
  'Having obesity',
  'Having conditions such as Crohn’s disease or celiac disease that affect how you absorb nutrients',
  'Having had weight-loss surgery',
];
const wmNav = ['Conditions', 'Drugs & Supplements', 'Well-Being', 'Symptom Checker', 'Find a Doctor', 'More'];
const wmCrumbs = ['MedHaven Home', 'Diet & Weight Management', 'Vitamins & Supplements', 'Reference'];
const wmNews = [
  'Get the Healthy Eating Newsletter',
  'Nutrition tips, recipes and the latest research, delivered to your inbox every week.',
  'Enter your email',
  'Subscribe',
  'By clicking Subscribe, I agree to the MedHaven Terms & Conditions & Privacy Policy and understand that I may opt out of MedHaven ' +
    'subscriptions at any time.',
];
const wmCredit = 'Photo Credit: Kestrel Images / Stockfield';
const wmSources = [
  'Harlow Institutes of Health, Office of Dietary Supplements: “Vitamin D: Fact Sheet for Consumers.”',
  'Endocrine Association of the Americas: “Evaluation, Treatment, and Prevention of Vitamin D Deficiency.”',
  'Northgate Medical Center: “Vitamin D Deficiency.”',
  'Ridley, P. Journal of Bone Health, 2022.',
];
const wmRelated = ['Vitamin D Foods', 'Vitamin D Supplements: Do You Need Them?', 'Calcium and Your Bones', 'Signs of Low Iron'];
const wmToday = ['How Much Water Should You Drink?', 'Foods That Help Lower Blood Pressure', 'Is Intermittent Fasting Safe?'];
const wmFootPol = ['Privacy Policy', 'Cookie Policy', 'Editorial Policy', 'Advertising Policy', 'Correction Policy', 'Terms of Use'];
const wmFootAbout = ['About MedHaven', 'Contact Us', 'Careers', 'Newsletters', 'Accessibility'];
const wmDisclaimer =
  '© 2005 - 2025 MedHaven LLC. All rights reserved. MedHaven does not provide medical advice, diagnosis or treatment. See additional information.';
const wmCookie =
  'We use cookies and other tracking technologies to improve your browsing experience, to analyze site traffic and to show you ' +
  'personalized ads. By continuing to use this site, you agree to our use of cookies.';
const wmAd = (pos: number): string => `<div class="ad-wrapper inline-ad" data-ad-pos="${pos}"><div class="ad-label">Advertisement</div>
<div id="ads2-pos-${5000 + pos}-ad_pb" class="ad-slot ad-fixed-height" data-slot="pos${5000 + pos}"></div></div>`;
const wmSection = ([h, p]: [string, string[]], i: number): string => `<section class="article__section" id="${i}"><h2>${h}</h2>
${ps(p)}${i === 0 ? `\n<ul>${wmRisks.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}</section>`;
const wmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vitamin D Deficiency: Causes, Symptoms and Treatment</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Learn what causes vitamin D deficiency,
the signs to watch for, and how it's treated."><meta property="og:title" content="${wmTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.medhaven.example/diet/vitamin-d-deficiency">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"${wmTitle}",
"reviewedBy":{"@type":"Person","name":"Priya Anand, MD"},"author":{"@type":"Person","name":"Colm Treacy"},"lastReviewed":"2025-03-03"}</script>
<script>var s_sensitive = false, s_topic = "vitamin-d", s_package_type = "reference";</script>
<script src="https://img.medhavenstatic.example/vim/live/medhaven/consumer_assets/site_images/js/head.min.js"></script>
<link rel="stylesheet" href="https://img.medhavenstatic.example/consumer_assets/css/article.min.css"></head>
<body class="ref-article"><div class="page">
<header class="header" role="banner"><div class="header-inner"><a class="logo" href="/"><span class="visually-hidden">MedHaven</span></a>
<nav class="header-nav" aria-label="Main"><ul>${links(wmNav, 'header-nav-item')}</ul></nav><div class="header-actions">
<a class="header-subscribe" href="/newsletter">Subscribe</a><a class="header-login" href="/login">Log In</a>
<button class="search-toggle" type="button" aria-label="Open search"></button></div></div></header>
<div class="top-ad-wrapper ad-wrapper"><div class="ad-label">Advertisement</div><div id="ads2-pos-101-ad_banner" class="ad-slot"></div></div>
<main id="ContentPane" class="content-pane"><div class="article-page" data-article-type="reference">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(wmCrumbs, 'breadcrumb')}</ol></nav>
<article class="article"><div class="article__title"><h1>${wmTitle}</h1></div>
<div class="article-info"><div class="reviewer-info"><span class="reviewer-label">Medically Reviewed by</span>
<a class="reviewer-link" href="/medhaven-medical-team">Priya Anand, MD</a> <span class="reviewer-on">on March 03, 2025</span></div>
<div class="author-info">Written by <a class="author-link" href="/authors/colm-treacy">Colm Treacy</a></div>
<div class="read-time">4 min read</div></div>
<div class="toc" data-toc="in-this-article"><span class="toc-label">In this Article</span><ul>
${wmSec.map(([h], i) => `<li><a href="#${i}">${h.replace(/\?$/, '')}</a></li>`).join('\n')}</ul></div>
<div class="article__body article-body">
${ps(wmIntro)}
${wmSection(wmSec[0] as [string, string[]], 0)}
${wmAd(1)}
${wmSection(wmSec[1] as [string, string[]], 1)}
<div class="newsletter-inline" data-component="newsletter"><div class="newsletter-inline__inner"><h3 class="newsletter-inline__title">${wmNews[0]}</h3>
<p>${wmNews[1]}</p><form><input type="email" aria-label="Email address" placeholder="${wmNews[2]}">
<span class="newsletter-inline__placeholder">${wmNews[2]}</span>
<button type="submit">${wmNews[3]}</button></form><p class="newsletter-inline__legal">${wmNews[4]?.replace(/&/g, '&amp;')}</p></div></div>
${wmSection(wmSec[2] as [string, string[]], 2)}
${wmAd(2)}
${wmSection(wmSec[3] as [string, string[]], 3)}
</div>
<div class="sources"><h2 class="sources-title">Sources</h2><div class="sources-body"><p class="photo-credit">${wmCredit}</p>
<p class="sources-label">SOURCES:</p><ul>${wmSources.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
<div class="next-in"><span class="next-in-label">Next In Vitamins &amp; Supplements</span><a href="/diet/vitamin-d-foods">Vitamin D Foods</a></div></article>
<aside class="right-rail">${wmAd(3)}<section class="related-links"><h3>Related Links</h3><ul>${links(wmRelated.slice(1))}</ul></section>
<section class="today-on"><h3>Today on MedHaven</h3><ul>${links(wmToday)}</ul></section>${wmAd(4)}</aside></div></main>
<footer class="footer"><div class="footer-section"><h4>Policies</h4><ul>${links(wmFootPol)}</ul></div>
<div class="footer-section"><h4>About</h4><ul>${links(wmFootAbout)}</ul></div><p class="footer-disclaimer">${wmDisclaimer}</p></footer>
<div id="cookie-consent" class="consent-banner" role="dialog" aria-live="polite"><p>${wmCookie}</p>
<a href="/about-medhaven-policies/cookie-policy">Learn More</a><button type="button" class="consent-accept">Accept</button></div></div>
<script src="https://img.medhavenstatic.example/consumer_assets/js/article.bundle.min.js" defer></script></body></html>`;
export const webmdArticle: TestPage = {
  html: wmHtml,
  name: 'heldout97-webmd-health-article',
  kind: 'wiki',
  // the reviewer line, "Written by" line and read time are bylines; "In this Article" repeats the headings (left out but its
  // label); the "Sources" block (credit and list), ad labels, the newsletter box, "Next In" link, rails and footer are
  // furniture; "Subscribe" is both in the header and the newsletter box (listed once)
  title: wmTitle,
  headings: wmSec.map(([h]) => h),
  body: [...wmIntro, ...texts(wmSec[0]?.[1] ?? []), ...wmRisks, ...wmSec.slice(1).flatMap(([, p]) => p)],
  bylines: ['Medically Reviewed by Priya Anand, MD on March 03, 2025', 'Written by Colm Treacy', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wmNav, 'Subscribe', 'Log In', 'Advertisement', ...wmCrumbs, 'In this Article', ...wmNews.filter((t) => t !== 'Subscribe'), 'Sources', wmCredit,
    'SOURCES:', ...wmSources, 'Next In Vitamins & Supplements', ...wmRelated, 'Related Links', 'Today on MedHaven', ...wmToday, 'Policies', ...wmFootPol,
    'About', ...wmFootAbout, wmDisclaimer, wmCookie, 'Learn More', 'Accept',
  ],
};
