import { ps, type TestPage } from './page-kit.js';
import { at, gold, j } from './pages-heldout651-kit.js';

/**
 * Held-out batch 651, file e: a youth and community orchestra's auditions page on Webflow (rich text, a tabs component and a
 * newsletter form), and a brass band's learners' band page built with Elementor on WordPress (Hello Elementor theme).
 */
const wTitle = 'Auditions for the 2027\u201328 season';
const wDek = 'Places are open in every section of the Brackenmoor Philharmonic. Auditions are friendly, short and held in June.';
const wBody = [
  j(
    'The Brackenmoor Philharmonic is an amateur orchestra of around seventy players. We rehearse on Monday evenings during term',
    'time and give five concerts a year, from a family concert in the Town Hall to a summer programme in Brackenmoor Cathedral.',
  ),
  j(
    'We welcome players of about Grade 7 standard and above. You do not need to have played in an orchestra before, and we are',
    'particularly keen to hear from violas, horns and double basses.',
  ),
  'What happens at an audition',
  j(
    'Auditions last about fifteen minutes and take place on Saturday 12 and Saturday 19 June at Brackenmoor Music Centre. You will',
    'play a short piece of your own choice and a little sight-reading, and then have a chat with the conductor and a section leader.',
  ),
  'Please bring your own music and a stand if you have one. A piano is available, but we cannot provide an accompanist.',
  'Membership fees',
];
const wTabs: [string, string][] = [
  ['Full members', 'Full membership is £180 a season, payable in three instalments.'],
  ['Students', 'Students in full-time education pay £60 a season.'],
  ['Bursaries', 'Bursaries are available to anyone who would otherwise find the fee a barrier. Ask the membership secretary in confidence.'],
];
const wNav = ['Concerts', 'About', 'Join', 'Support', 'Contact'];
const wFoot = ['Privacy policy', 'Cookie settings', '© 2027 Brackenmoor Philharmonic Society. Registered charity 1051872.'];
const wHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->
<!--  Last Published: Mon Apr 05 2027 10:12:44 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.brackenmoorphil.org" data-wf-page="65f2a1c9e3b1d40012aa7c31" data-wf-site="65f2a1c9e3b1d40012aa7c10" lang="en"><head><meta
charset="utf-8">
<title>Auditions | Brackenmoor Philharmonic</title><meta content="${wDek}" name="description"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65f2a1c9e3b1d40012aa7c10/css/brackenmoorphil.webflow.2f1e.min.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body"><div class="cookie-consent-banner" fs-cc="banner"><div class="cookie-text">We use cookies to see how visitors use the site.</div>
<a fs-cc="allow" href="#" class="cookie-button w-button">Accept</a><a fs-cc="deny" href="#" class="cookie-button is-secondary w-button">Reject</a></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65f2a1c9/bp-logo.svg"
loading="lazy" alt="Brackenmoor Philharmonic" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (n) =>
      `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link${n === 'Join' ? ' w--current' : ''}"${n === 'Join' ? ' aria-current="page"' : ''}>${n}</a>`,
  )
  .join(
    '',
  )}<a href="/concerts#tickets" class="nav-button w-button">Buy tickets</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-hero"><div class="container w-container"><div class="eyebrow">Join the orchestra</div><h1 class="heading-hero">${wTitle}</h1>
<p class="paragraph-large">${wDek}</p></div></section>
<section class="section-content"><div class="container-narrow w-container"><div class="rich-text w-richtext">${ps(at(wBody, 0, 1))}
<h2>${wBody[2]}</h2>${ps(at(wBody, 3, 4))}
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65f2a1c9/horns.jpg"
loading="lazy" alt="Horn section in rehearsal"></div><figcaption>Our horn section at the spring rehearsal weekend.</figcaption></figure>
<h2>${wBody[5]}</h2></div>
<div data-current="Tab 1" data-easing="ease" data-duration-in="300" data-duration-out="100" class="fees-tabs w-tabs"><div class="tabs-menu w-tab-menu"
role="tablist">${wTabs
  .map(
    (t, i) => `<a data-w-tab="Tab ${i + 1}" class="tab-link w-inline-block w-tab-link${i === 0 ? ' w--current' : ''}" id="w-tabs-0-data-w-tab-${i}"
href="#w-tabs-0-data-w-pane-${i}"
role="tab" aria-controls="w-tabs-0-data-w-pane-${i}" aria-selected="${i === 0}"><div>${t[0]}</div></a>`,
  )
  .join('')}</div><div class="w-tab-content">${wTabs
  .map(
    (t, i) => `<div data-w-tab="Tab ${i + 1}" class="w-tab-pane${i === 0 ? ' w--tab-active' : ''}" id="w-tabs-0-data-w-pane-${i}" role="tabpanel"
aria-labelledby="w-tabs-0-data-w-tab-${i}"><p class="tab-paragraph">${t[1]}</p></div>`,
  )
  .join('')}</div></div>
<a href="https://forms.brackenmoorphil.org/audition" class="button-primary w-button">Book an audition</a></div></section>
<section class="section-newsletter"><div class="container w-container"><h2
class="heading-newsletter">Stay in tune</h2><p>Concert news once a month. No spam.</p>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form"><label for="email"
class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@example.com" type="email" id="email" required>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Sign up"></form><div class="w-form-done" tabindex="-1" role="region"
aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region"
aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-flex"><a href="/privacy" class="footer-link">${wFoot[0]}</a><a href="#"
fs-cc="open-preferences"
class="footer-link">${wFoot[1]}</a><div class="footer-copyright">${wFoot[2]}</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f2a1c9e3b1d40012aa7c10" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f2a1c9e3b1d40012aa7c10/js/webflow.4b1c2e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout651-orchestra-auditions-webflow',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: at(wBody, 2, 5),
  body: [wDek, ...at(wBody, 0, 1, 3, 4), ...wTabs.map((t) => t[0]), ...wTabs.map((t) => t[1])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to see how visitors use the site.', 'Accept', 'Reject', ...wNav, 'Buy tickets', 'Join the orchestra',
    'Our horn section at the spring rehearsal weekend.', 'Book an audition', 'Stay in tune', 'Concert news once a month. No spam.', 'Email address', ...wFoot,
  ],
});

const eTitle = 'Learners\u2019 Band';
const eBody = [
  j(
    'Always wanted to play a brass instrument? Our Learners\u2019 Band is for complete beginners of any age, and for anyone who',
    'played at school and would like to pick it up again. We lend you an instrument, we teach you to read music, and within a',
    'few months you will be playing tunes with other people.',
  ),
  'When and where',
  'Saturday mornings, 10.00 to 11.15, in the band room behind Holcroft Methodist Church, from 11 September.',
  'What it costs',
  j(
    'The first half-term is free. After that it is £3 a week, which includes the loan of an instrument and music. Nobody is',
    'turned away because of cost; speak to Carol, our learners\u2019 co-ordinator, if money is tight.',
  ),
  'Which instrument?',
  'Cornet or tenor horn, if you are under eleven',
  'Baritone, euphonium or trombone, if you like the sound of the middle parts',
  'Tuba, if you want to be everyone\u2019s favourite person in the band',
  j('Learners move up to the Holcroft Training Band when they are ready, usually after a year, and many of our senior band', 'started in this room.'),
];
const eTesti = '\u201cI started at 62 and a year later I was playing carols round the town with the training band.\u201d';
const eTestiBy = 'Margaret, second tenor horn';
const eNav = ['Home', 'About', 'Senior Band', 'Training Band', 'Learners\u2019 Band', 'Engagements', 'Contact'];
const eFoot = ['Holcroft Brass Band', '© 2027 Holcroft Brass Band. All rights reserved.', 'Privacy Policy'];
const wid = (type: string, id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const head = (t: string, id: string, tag = 'h2'): string =>
  wid('heading', id, `<${tag} class="elementor-heading-title elementor-size-default">${t.replace(/&/g, '&amp;')}</${tag}>`);
const col = (
  id: string,
  inner: string,
): string => `<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-${id}"
data-id="${id}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>`;
const secE = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div
class="elementor-container elementor-column-gap-default">
${inner}</div></section>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>${eTitle} &#8211; Holcroft Brass Band</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-214-css" href="/wp-content/uploads/elementor/css/post-214.css?ver=1712345678" media="all">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle} - Holcroft Brass Band"}]}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
${secE(
  '3c1a',
  col(
    '5d2b',
    `${wid('theme-site-logo', '6e3c', '<a href="/"><img width="180" height="64" src="/wp-content/uploads/2023/05/hbb-logo.png" alt="Holcroft Brass Band"></a>')}
${wid(
  'nav-menu',
  '7f4d',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"><ul id="menu-1-7f4d"
class="elementor-nav-menu">${eNav
    .map(
      (n) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${n.toLowerCase().replace(/\W+/g, '-')}/"
class="elementor-item${n === eTitle ? ' elementor-item-active' : ''}">${n}</a></li>`,
    )
    .join('')}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0"
aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}`,
  ),
)}</div>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content"><div data-elementor-type="wp-page"
data-elementor-id="214"
class="elementor elementor-214" data-elementor-post-type="page">
${secE('a101', col('a102', `${head(eTitle, 'a103', 'h1')}${wid('text-editor', 'a104', `<p>${eBody[0]}</p>`)}`))}
${secE(
  'b201',
  `${col('b202', `${head(eBody[1] ?? '', 'b203')}${wid('text-editor', 'b204', `<p>${eBody[2]}</p>`)}`)}${col(
    'b205',
    `${head(eBody[3] ?? '', 'b206')}
${wid('text-editor', 'b207', `<p>${eBody[4]}</p>`)}`,
  )}`,
)}
${secE(
  'c301',
  col(
    'c302',
    `${head(eBody[5] ?? '', 'c303')}${wid(
      'icon-list',
      'c304',
      `<ul class="elementor-icon-list-items">${at(eBody, 6, 7, 8)
        .map(
          (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-music"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
        )
        .join('')}</ul>`,
    )}${wid('text-editor', 'c305', `<p>${eBody[9]}</p>`)}`,
  ),
)}
${secE(
  'd401',
  col(
    'd402',
    wid(
      'testimonial',
      'd403',
      `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eTesti}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-meta-inner"><div class="elementor-testimonial-details"><div
class="elementor-testimonial-name">
${eTestiBy}</div></div></div></div></div>`,
    ) +
      wid(
        'button',
        'd404',
        `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="/contact/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a free taster session</span></span></a></div>`,
      ),
  ),
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer" data-elementor-post-type="elementor_library">
${secE(
  'f501',
  col(
    'f502',
    `${wid('heading', 'f503', `<h3 class="elementor-heading-title elementor-size-default">${eFoot[0]}</h3>`)}
${wid('text-editor', 'f504', '<p>Band room: Chapel Yard, Holcroft. Rehearsals Tuesday and Thursday evenings.</p>')}
${wid('text-editor', 'f505', `<p>${eFoot[1]} <a href="/privacy-policy/">${eFoot[2]}</a></p>`)}`,
  ),
)}</div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container moove-gdpr-dark-scheme" role="note" aria-label="GDPR Cookie Banner">
<div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best experience on our website.</p>
<p>You can find out more about which cookies we are using or switch them off in <button class="change-settings-button">settings</button>.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept"
role="button">Accept</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = gold({
  name: 'heldout651-brass-learners-elementor',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: at(eBody, 1, 3, 5),
  body: [...eBody.filter((_, i) => ![1, 3, 5].includes(i)), eTesti, eTestiBy],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a free taster session', eFoot[0] ?? '', 'Band room: Chapel Yard, Holcroft. Rehearsals Tuesday and Thursday evenings.',
    `${eFoot[1]} ${eFoot[2]}`, 'We are using cookies to give you the best experience on our website.',
    'You can find out more about which cookies we are using or switch them off in settings.', 'Accept',
  ],
});

export const HELDOUT651_E: readonly TestPage[] = [webflow, elementor];
