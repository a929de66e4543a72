import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 34, file c2: a hospital system's newsroom story on a Drupal 10 site (skip link, emergency notice, visitor
 * alert, utility bar with MyChart and bill pay, mega-menu nav, search, breadcrumb with its hidden heading, the node with
 * category, title, dek, byline and date, a lead image with caption and credit, share bar, body with h2s, topic tags, the
 * media contact box, an appointment call-to-action, "More news" with dates, a newsletter signup, the footer with address,
 * policy links and the language-assistance notice, a chat button and the drupal-settings JSON).
 */
const hsTitle = 'Movie Goggles Help Children Skip Sedation for MRI Scans';
const hsDek = 'A new program pairs video goggles with a practice scanner, and most young patients no longer need to be put to sleep for their scans.';
const hsIntro = [
  'Seven-year-old Mateo Ruiz lay perfectly still for 40 minutes last month inside one of the loudest machines in the hospital. ' +
    'He was watching a cartoon about a submarine.',
  'Mateo is one of more than 300 children who have had an MRI at Northfield Children&#39;s Hospital since September without general ' +
    'anesthesia, thanks to a program that combines MRI-safe video goggles, a child life specialist and a practice session in a plastic model scanner.',
  '“For years the answer for a young child who couldn&#39;t hold still was to sedate them,” said Dr. Lionel Okafor, chief of ' +
    'pediatric radiology. “Sedation is very safe, but it isn&#39;t nothing. It means fasting, an IV, a recovery room and a longer ' +
    'day for the whole family. If we can get a good image without it, that is better for everyone.”',
];
const hsH1 = 'How it works';
const hsPart1 = [
  'Families who are booked for an MRI are offered a visit to the practice scanner a week before the scan. A child life specialist ' +
    'walks the child through what will happen, plays recordings of the scanner&#39;s knocking and buzzing, and lets them choose the show they will watch.',
  'On the day, the child wears goggles that show the video inside the scanner and headphones that carry the sound. Technologists ' +
    'can pause the film if the child moves, which turns out to be a strong reason to stay still.',
];
const hsH2 = 'Fewer cancellations, happier families';
const hsPart2 = [
  'Before the program, about 70 percent of children aged 4 to 10 at Northfield needed sedation for an MRI. Since September that ' +
    'figure has fallen to 28 percent. Wait times for sedated scans, which need an anesthesia team and a recovery bed, have dropped ' +
    'from five weeks to under two, and fewer scans are cancelled on the day because a child has eaten breakfast.',
  'Mateo&#39;s mother, Ana Ruiz, said the change was obvious from the first visit. “He was nervous about the noise, but once he ' +
    'knew he could watch his show, he asked when he could go back,” she said.',
];
const hsH3 = 'What&#39;s next';
const hsPart3 = [
  'The radiology team plans to extend the program to children as young as three this spring, and to share its training materials ' +
    'with two community hospitals in the Northfield Health network. The goggles were paid for by a grant from the Northfield Health Foundation.',
];
const hsCaption = 'Mateo Ruiz picks a cartoon before his scan with child life specialist Renée Hollis.';
const hsUtility = ['Find a Doctor', 'Locations', 'MyChart', 'Pay a Bill', 'Careers', 'Donate'];
const hsNav = ['Conditions & Treatments', 'Patients & Visitors', 'For Health Professionals', 'Research & Education', 'About Northfield Health'];
const hsCrumbs = ['Home', 'Newsroom', 'Patient Stories'];
const hsContact = ['Media contact', 'Carla Jiménez', 'Public Relations Manager', 'carla.jimenez@northfieldhealth.example', '555-014-2290'];
const hsMore = [
  { t: 'Northfield Health Opens Third Urgent Care Center in Bayview', d: 'January 20, 2026' },
  { t: 'Nurse Residency Program Welcomes Its Largest Class Yet', d: 'January 13, 2026' },
  { t: 'What to Know About This Year’s Flu Season', d: 'January 6, 2026' },
];
const hsFoot = ['Notice of Nondiscrimination', 'Price Transparency', 'Notice of Privacy Practices', 'Website Accessibility', 'Terms of Use'];
const hsSpanish = 'ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al 1-555-014-0000.';
const hsHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${hsTitle} | Northfield Health</title>
<meta name="description" content="${hsDek}"><link rel="canonical"
href="https://www.northfieldhealth.example/newsroom/movie-goggles-help-children-skip-sedation-mri">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><script
type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"${hsTitle}","datePublished":"2026-01-27T09:00:00-06:00","author":{"@type":"Person","name":"Dana Whitcombe"},
"publisher":{"@type":"Organization","name":"Northfield Health"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hk2c9fQ1.css?delta=0&amp;language=en&amp;theme=northfield&amp;include=eJx1kF0O"></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="emergency-notice" role="note"><p>In an emergency, call 911 or go to the
nearest
emergency department.</p></div><div class="alert-banner alert-banner--info" role="region" aria-label="Alert"><p><strong>Visitor update:</strong> Flu season
visiting
guidelines are in effect at all hospitals. <a href="/patients-visitors/visiting">Learn more</a></p><button class="alert-banner__close"
aria-label="Close alert">×</button></div>
<header role="banner" class="site-header"><nav class="utility-nav" aria-label="Utility"><ul>${links(hsUtility, 'utility-nav__item')}</ul></nav>
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/northfield/logo.svg" alt="Northfield Health home"></a><nav role="navigation"
aria-labelledby="main-menu"
class="main-nav"><h2 class="visually-hidden" id="main-menu">Main navigation</h2><ul
class="menu menu--main">${links(hsNav, 'menu-item menu-item--expanded')}</ul></nav>
<form class="site-search" action="/search" method="get" role="search"><label for="edit-keys" class="visually-hidden">Search</label><input type="search"
id="edit-keys"
name="keys" placeholder="Search Northfield Health"><button type="submit" class="button">Search</button></form></header>
<main role="main"><a id="main-content" tabindex="-1"></a><nav role="navigation" aria-labelledby="system-breadcrumb" class="breadcrumb"><h2
id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${hsCrumbs
  .map(
    (t) => `<li class="breadcrumb__item"><a
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ol></nav>
<div class="layout-content"><div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="4821" class="node node--type-news node--promoted node--view-mode-full"><header class="node__header">
<div class="field field--name-field-news-category field--type-entity-reference field--label-hidden field__item"><a href="/newsroom/patient-stories"
hreflang="en">Patient Stories</a></div><h1 class="page-title"><span
class="field field--name-title field--type-string field--label-hidden">${hsTitle}</span></h1>
<div class="field field--name-field-subtitle field--type-string-long field--label-hidden field__item">${hsDek}</div>
<div class="node__meta"><span class="node__byline">By <span class="field field--name-field-author field--type-string">Dana Whitcombe</span></span>
<span class="node__date"><time datetime="2026-01-27T15:00:00Z">January 27, 2026</time></span></div></header>
<div class="field field--name-field-lead-image field--type-entity-reference field--label-hidden field__item"><figure class="media media--type-image"><img
loading="lazy"
src="/sites/default/files/styles/wide/public/2026-01/mri-goggles.jpg?itok=Xy1b2C3d" width="1200" height="675"
alt="A boy wearing video goggles lies on an MRI table">
<figcaption><span class="caption-text">${hsCaption}</span> <span class="media-credit">Photo: Northfield Health</span></figcaption></figure></div>
<div class="share-bar" aria-label="Share this story"><span class="share-bar__label">Share this story</span><a
href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.northfieldhealth.example%2Fnewsroom%2Fmovie-goggles"
class="share-bar__link share-bar__link--facebook"><span class="visually-hidden">Share on Facebook</span></a><a
href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.northfieldhealth.example%2Fnewsroom%2Fmovie-goggles"
class="share-bar__link share-bar__link--linkedin"><span
class="visually-hidden">Share on LinkedIn</span></a><a href="mailto:?subject=${encodeURIComponent(hsTitle)}"
class="share-bar__link share-bar__link--email"><span
class="visually-hidden">Share by email</span></a><button class="share-bar__print" onclick="window.print()">Print</button></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${hsIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${hsH1}</h2>
${hsPart1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${hsH2}</h2>
${hsPart2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${hsH3}</h2>
${hsPart3.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="field field--name-field-topics field--type-entity-reference field--label-inline clearfix"><div class="field__label">Topics</div><div
class="field__items">
<div class="field__item"><a href="/topics/pediatrics" hreflang="en">Pediatrics</a></div><div class="field__item"><a href="/topics/imaging"
hreflang="en">Imaging</a></div>
</div></div>
<aside class="media-contact"><h2 class="media-contact__title">${hsContact[0]}</h2><p class="media-contact__name">${hsContact[1]}</p><p
class="media-contact__role">
${hsContact[2]}</p><p><a href="mailto:${hsContact[3]}">${hsContact[3]}</a></p><p><a href="tel:${hsContact[4]}">${hsContact[4]}</a></p></aside></article>
<section class="cta-block cta-block--teal"><h2 class="cta-block__title">Need pediatric imaging?</h2><p>Call 555-014-7000 to schedule an appointment at
Northfield
Children&#39;s Hospital.</p><a href="/request-appointment" class="button button--white">Request an appointment</a></section>
<section class="views-element-container related-news"><h2 class="related-news__title">More news</h2><div class="view view-news view-display-id-block_related">
${hsMore
  .map(
    (m, i) =>
      `<div class="views-row"><article class="node node--type-news node--view-mode-teaser"><h3 class="node__title"><a
href="/newsroom/related-${i}">${m.t}</a></h3>` + `<time datetime="2026-01-${20 - i * 7}">${m.d}</time></article></div>`,
  )
  .join('\n')}
</div><a href="/newsroom" class="related-news__all">View all news</a></section>
<section class="newsletter-signup"><h2>Get health tips in your inbox</h2><p>Our monthly newsletter brings you wellness advice, recipes and news from Northfield
Health.</p>
<form action="https://go.northfieldhealth.example/l/newsletter" method="post"><label for="nl-email" class="visually-hidden">Email address</label><input
type="email"
id="nl-email" placeholder="Email address"><button type="submit">Sign up</button></form></section></div></main>
<footer role="contentinfo" class="site-footer"><div class="site-footer__address"><p class="site-footer__name">Northfield Regional Health</p><p>1200 Lakeshore
Drive,
Northfield, MN 55000</p><p>Main line: 555-014-1000</p></div><ul class="site-footer__links">${links(hsFoot)}</ul>
<div class="language-assistance"><p lang="es">${hsSpanish}</p></div><p class="site-footer__copyright">© 2026 Northfield Regional Health. All rights
reserved.</p></footer>
<button class="chat-launcher" aria-label="Open chat">Chat with us</button></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4821","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search":true},"user":{"uid":0,"permissionsHash":"8f1c2d3e4f"}}</script>
<script src="/sites/default/files/js/js_Q1w2e3R4.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=northfield"></script>
</body></html>`;
export const hospitalStory: TestPage = {
  html: hsHtml,
  name: 'heldout34-hospital-newsroom-story',
  kind: 'news',
  // the dek under the title is body, as are the paragraphs with their quotes; the three h2s are the headings; "Dana
  // Whitcombe" and the date are bylines ("By" in neither); the category kicker "Patient Stories" (also the last breadcrumb,
  // once), the caption and photo credit, share bar with hidden labels, "Print", topic tags, the media contact box (label,
  // name, role, email, phone), the appointment CTA, "More news" with dates, newsletter, emergency notice, visitor alert,
  // utility bar, nav, breadcrumb with its hidden heading, footer, Spanish language-assistance line and chat button are
  // furniture, "Search" (label and button) and the footer's "Northfield Regional Health" too
  title: hsTitle,
  headings: texts([hsH1, hsH2, hsH3]),
  body: [hsDek, ...texts(hsIntro), ...texts(hsPart1), ...texts(hsPart2), ...texts(hsPart3)],
  bylines: ['Dana Whitcombe', 'January 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Northfield Regional Health', 'In an emergency, call 911 or go to the nearest emergency department.', 'Visitor update:',
    'Flu season visiting guidelines are in effect at all hospitals.', 'Learn more', ...hsUtility, 'Main navigation', ...hsNav, 'Breadcrumb', 'Home', 'Newsroom',
    'Patient Stories', hsCaption, 'Photo: Northfield Health', 'Share this story', 'Share on Facebook', 'Share on LinkedIn', 'Share by email', 'Print',
    'Topics', 'Pediatrics', 'Imaging', ...hsContact, 'Need pediatric imaging?',
    'Call 555-014-7000 to schedule an appointment at Northfield Children’s Hospital.',
    'Request an appointment', 'More news', ...hsMore.flatMap((m) => [m.t, m.d]), 'View all news', 'Get health tips in your inbox',
    'Our monthly newsletter brings you wellness advice, recipes and news from Northfield Health.', 'Email address', 'Sign up',
    '1200 Lakeshore Drive, Northfield, MN 55000', 'Main line: 555-014-1000', ...hsFoot, hsSpanish, '© 2026 Northfield Regional Health. All rights reserved.',
    'Chat with us',
  ],
};
