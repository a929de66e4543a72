import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 222, file c2: a children's hospital health library page on croup (the header with "MyChart", "Donate" and
 * the phone number, mega-menu nav, the "Find a Doctor" search, breadcrumbs, the h1 with "Print" and "Share", an "En español"
 * link, an emergency callout at the top of the article text, section headings, the reviewer and review date, the "Related
 * conditions" and "Departments" rails, the appointment CTA, the medical disclaimer, the cookie notice and footer).
 */
const hpTitle = 'Croup';
const hpEmerg = 'If your child is struggling to breathe, is drooling and cannot swallow, or has lips that look blue, call 911.';
const hpH = ['What is croup?', 'Symptoms of croup', 'What causes croup?', 'How is croup treated?', 'When to call your child’s doctor'];
const hpP1 = [
  'Croup is a common infection of the upper airway that causes swelling around the voice box (larynx) and windpipe (trachea). ' +
    'The swelling narrows the airway, which gives croup its well-known barking cough.',
  'It mostly affects children between 6 months and 3 years old, because their airways are small. Croup is most common in the ' +
    'fall and early winter, and symptoms are usually worse at night.',
];
const hpP2 = ['Croup often starts like a cold. After a day or two, your child may have:'];
const hpL2 = [
  'A harsh, barking cough that some parents say sounds like a seal',
  'A hoarse voice or cry',
  'A high-pitched, squeaky sound when breathing in (called stridor)',
  'A low fever',
];
const hpP2b = ['Symptoms usually last 3 to 5 days and are often worst on the second or third night.'];
const hpP3 = [
  'Croup is usually caused by a virus, most often parainfluenza virus. It can also be caused by the viruses that cause flu, ' +
    'RSV and COVID-19. The viruses spread through coughs and sneezes and by touching surfaces that have the virus on them.',
];
const hpP4 = [
  'Most children with croup get better at home. Keep your child calm, because crying can make breathing harder. Hold them ' +
    'upright on your lap, read a story together or let them watch a favorite show.',
  'Some parents find that breathing cool night air helps. You can bundle your child up and sit by an open window or step outside ' +
    'for a few minutes. Offer plenty of fluids and give acetaminophen or ibuprofen for fever or discomfort if your child’s doctor ' +
    'says it is OK.',
  'If your child needs to be seen, the doctor may give a single dose of a steroid medicine to reduce swelling in the airway. ' +
    'Children with more severe croup may be given a breathing treatment in the emergency department and watched for a few hours.',
];
const hpP5 = ['Call your child’s doctor or go to the nearest emergency department if your child:'];
const hpL5 = [
  'Makes the squeaky stridor sound while resting, not just when upset',
  'Is breathing fast or you can see the skin pulling in between the ribs',
  'Is unusually tired, hard to wake or will not drink',
  'Has croup symptoms that last longer than a week or keep coming back',
];
const hpNav = ['Find a Doctor', 'Locations', 'Specialties & Services', 'Patients & Families', 'Health Library', 'Research', 'For Providers'];
const hpUtil = ['MyChart', 'Careers', 'Donate', 'Pay a Bill', '(414) 555-0100'];
const hpCrumbs = ['Home', 'Health Library', 'Conditions'];
const hpRelated = ['Bronchiolitis', 'RSV (respiratory syncytial virus)', 'Common cold', 'Fever in children'];
const hpDepts = ['Emergency Department', 'Pulmonary Medicine', 'Ear, Nose and Throat (ENT)', 'Urgent Care'];
const hpCta = ['Need to see someone today?', 'Our urgent care clinics are open 7 days a week, 10 a.m. to 10 p.m.', 'Find Urgent Care'];
const hpDisc =
  'This information is not intended to replace the advice of your child’s health care provider. If you have questions, ' +
  'please talk with your child’s doctor.';
const hpFoot = ['About Us', 'Contact Us', 'News', 'Price Transparency', 'Nondiscrimination Notice', 'Privacy Policy', 'Terms of Use'];
const hpCookie = 'We use cookies to understand how you use our site and to improve your experience. By continuing, you accept our use of cookies.';
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((l) => `<li>${l}</li>`).join('\n')}</ul>`;
const h2 = (i: number): string => `<h2 id="${hpH[i]?.toLowerCase().replace(/[^a-z]+/g, '-')}">${hpH[i]}</h2>`;
const hpHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Croup | Lakeshore Children’s Hospital</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description"
content="Croup causes a barking cough in young children. Learn the signs, home care and when to call the doctor.">
<meta property="og:title" content="Croup | Lakeshore Children’s Hospital"><link rel="canonical"
href="https://www.lakeshorechildrens.example/health-library/conditions/croup">
<link rel="alternate" hreflang="es" href="https://www.lakeshorechildrens.example/es/biblioteca-de-salud/crup">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Croup","about":{"@type":"MedicalCondition","name":"Croup"},
"lastReviewed":"2025-01-20","reviewedBy":{"@type":"Person","name":"Marcus Oduya, MD"}}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new
Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-K7Q2');</script>
</head><body class="path-node page-node-type-health-library"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header role="banner" class="site-header"><div class="utility-bar">
<ul>${links(hpUtil, 'utility-bar__item')}</ul></div>
<div class="site-header__main"><a href="/" class="site-logo" rel="home"><img src="/themes/custom/lakeshore/logo.svg" alt="Lakeshore Children’s Hospital"></a>
<nav class="main-menu" aria-label="Main navigation"><ul class="menu">${links(hpNav, 'menu-item menu-item--expanded')}</ul></nav>
<a class="button button--appointment" href="/appointments">Make an Appointment</a></div></header>
<main role="main" id="main-content"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol>${links(hpCrumbs, 'breadcrumb__item')}</ol></nav><div class="layout-content">
<article role="article" class="node node--type-health-library node--view-mode-full"><header class="node__header"><h1 class="page-title">${hpTitle}</h1>
<div class="node__tools"><button class="print-button" onclick="window.print()">Print</button><button class="share-button" aria-haspopup="true">Share</button>
<a class="language-link" hreflang="es" href="/es/biblioteca-de-salud/crup">En español</a></div></header>
<div class="node__content field--name-body"><div class="callout callout--emergency" role="note"><p><strong>${hpEmerg}</strong></p></div>
${h2(0)}${ps(hpP1)}
${h2(1)}${ps(hpP2)}${ul(hpL2)}${ps(hpP2b)}
${h2(2)}${ps(hpP3)}
${h2(3)}${ps(hpP4)}
${h2(4)}${ps(hpP5)}${ul(hpL5)}</div>
<footer class="node__footer"><p class="reviewed-by">Reviewed by: Marcus Oduya, MD, Emergency Medicine</p>
<p class="reviewed-date">Last reviewed: January 20, 2025</p><p class="disclaimer">${hpDisc}</p>
<div class="feedback-widget"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></footer></article>
<aside class="sidebar"><section class="block block--related"><h2 class="block__title">Related conditions</h2><ul>${links(hpRelated)}</ul></section>
<section class="block block--departments"><h2 class="block__title">Departments that treat this condition</h2><ul>${links(hpDepts)}</ul></section>
<section class="block block--cta"><h3>${hpCta[0]}</h3><p>${hpCta[1]}</p><a class="button" href="/urgent-care">${hpCta[2]}</a></section></aside></div></main>
<footer role="contentinfo" class="site-footer"><p class="site-footer__name">Lakeshore Children’s Hospital</p><p>1200 W. Harbor Drive, Milwaukee, WI 53299</p>
<ul class="site-footer__menu">${links(hpFoot)}</ul><p class="site-footer__copyright">© 2025 Lakeshore Children’s Health System</p></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div id="popup-text"><p>${hpCookie}</p></div>
<button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script></body></html>`;
export const hospitalPage: TestPage = {
  html: hpHtml,
  name: 'heldout222-childrens-hospital-docs',
  kind: 'docs',
  // the emergency callout at the top of the body is part of the health page's advice: body; the reviewer line and date
  // are bylines; the disclaimer, feedback widget, "En español", Print and Share are furniture
  title: hpTitle,
  headings: hpH,
  body: texts([hpEmerg, ...hpP1, ...hpP2, ...hpL2, ...hpP2b, ...hpP3, ...hpP4, ...hpP5, ...hpL5]),
  bylines: ['Reviewed by: Marcus Oduya, MD, Emergency Medicine', 'Last reviewed: January 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...hpUtil, ...hpNav.filter((n) => n !== 'Health Library'), 'Make an Appointment', 'Breadcrumb', 'Home', 'Health Library',
    'Conditions', 'Print', 'Share', 'En español', hpDisc, 'Was this page helpful?', 'Yes', 'No', 'Related conditions', ...hpRelated,
    'Departments that treat this condition', ...hpDepts, ...hpCta, 'Lakeshore Children’s Hospital', '1200 W. Harbor Drive, Milwaukee, WI 53299',
    ...hpFoot.filter((f) => f !== 'News'), 'News', '© 2025 Lakeshore Children’s Health System', hpCookie, 'OK, I agree', 'More info',
  ],
};
