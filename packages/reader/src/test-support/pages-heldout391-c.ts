import { links, type TestPage } from './page-kit.js';
import { ptProfile } from './pages-heldout391-c2.js';
import { bodyOf, heads, j, render, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file c: an optician's myopia management service page built in Webflow (w-nav navbar with the brand and
 * menu, hero section with the h1, a w-richtext body, a feature grid, a booking form with Webflow's success and error
 * messages, an FAQ accordion in its own section, the footer, the "Made in Webflow" badge and a Finsweet cookie banner) and,
 * from file c2, a therapist's profile on a Psychology Today-style directory.
 */
const oTitle = 'Myopia management for children';
const oSecs: Section[] = [
  [
    '',
    [
      j(
        'Short-sightedness, or myopia, usually starts between the ages of six and thirteen and tends to get worse until the late',
        'teens. Every step up in prescription matters: higher myopia in adult life brings a greater risk of retinal detachment,',
        'glaucoma and myopic macular degeneration. Myopia management aims to slow that progression, not just to correct blurry',
        'distance vision.',
      ),
      j(
        'At Lyle &amp; Pennant we have run a dedicated children’s myopia clinic since 2021. Each child is seen by one of two optometrists',
        'with additional training in paediatric eye care, and we measure the length of the eye at every visit so we can see what',
        'is really happening, not only how the prescription has changed.',
      ),
    ],
  ],
  [
    'Is my child a candidate?',
    [
      'We recommend an assessment if your child:',
      [
        'is under 14 and already needs glasses for distance',
        'has had a prescription change of more than half a dioptre in a year',
        'has one or both parents who are short-sighted',
        'spends long hours on near work and little time outdoors',
      ],
    ],
  ],
  [
    'The options we offer',
    [
      j(
        'There are three main approaches, and the right one depends on your child’s age, prescription and lifestyle. Specialised',
        'spectacle lenses use a pattern of tiny lenslets to change how light focuses at the edge of the retina; they are easy to',
        'wear and suit younger children. Daily disposable myopia control contact lenses work on a similar principle and are',
        'popular with children who play sport.',
      ),
      j(
        'Orthokeratology lenses are worn overnight and gently reshape the front of the eye, so your child can see clearly during',
        'the day without glasses. They need careful cleaning and more frequent check-ups in the first months.',
      ),
      j(
        'Alongside any treatment we give simple advice that is backed by good evidence: at least two hours outdoors every day,',
        'and regular breaks from close-up screens and reading.',
      ),
    ],
  ],
  [
    'What to expect',
    [
      j(
        'The first assessment takes about 45 minutes and includes a full eye examination, eye length measurement and a map of the',
        'front surface of the eye. We then talk you through the options and costs. Follow-up visits are every six months, and we',
        'share the measurements with you so you can see how your child is doing over time.',
      ),
    ],
  ],
];
const oNav = ['Eye Examinations', 'Myopia Clinic', 'Contact Lenses', 'Frames', 'About', 'Book'];
const oFeat = ['Eye length measured at every visit', 'Two specialist optometrists', 'Payment plans from £32 a month'];
const oFaq = ['Does the NHS fund myopia management?', 'How long does treatment last?', 'Can adults have myopia management?'];
const oFoot = ['Privacy', 'Cookie settings', 'Complaints', 'Careers'];
const oHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.lyleandpennant.example" data-wf-page="65c1f0a2b7d4e11c9a8f3021" data-wf-site="65c1f0a2b7d4e11c9a8f2f90" lang="en"><head>
<meta charset="utf-8"><title>Myopia Management for Children | Lyle &amp; Pennant Opticians</title><meta content="Slow your child's short-sightedness
with myopia control lenses at Lyle &amp; Pennant, Kestrel Bridge." name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets.website-files.example/65c1f0a2/css/lyle-pennant.webflow.shared.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Optician","name":"Lyle & Pennant Opticians","telephone":"01632 960 207"}</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets.website-files.example/lp-logo.svg"
loading="lazy" alt="Lyle &amp; Pennant Opticians" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${oNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-service"><div class="container w-container"><div class="breadcrumb-wrap"><a href="/services" class="breadcrumb-link">Services</a>
<div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Myopia Clinic</div></div><h1 class="heading-xl">${oTitle}</h1>
<p class="hero-subtitle">Slowing short-sightedness while your child’s eyes are still growing</p><a href="#book" class="button w-button">Book an assessment</a>
</div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-service"><div id="w-node-a1b2" class="rich-text w-richtext">
${render(oSecs)}
</div><div id="w-node-c3d4" class="feature-stack">${oFeat
  .map(
    (f) => `<div class="feature-card"><img src="https://assets.website-files.example/tick.svg"
loading="lazy" alt="" class="feature-icon"><div class="feature-text">${f}</div></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section faq"><div class="container w-container"><h2 class="heading-l">Frequently asked questions</h2>${oFaq
  .map(
    (q) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-toggle w-dropdown-toggle"><div class="faq-question">${q}</div>
<div class="w-icon-dropdown-toggle"></div></div><nav class="faq-answer w-dropdown-list"><p class="faq-paragraph">Please ask at reception.</p></nav></div>`,
  )
  .join('\n')}</div></section>
<section id="book" class="section booking"><div class="container w-container"><h2 class="heading-l">Book a myopia assessment</h2>
<p class="booking-intro">Assessments cost £75 and take about 45 minutes.</p><div class="form-block w-form">
<form id="wf-form-Myopia-Booking" name="wf-form-Myopia-Booking"
data-name="Myopia Booking" method="get"><label for="Parent-name">Parent or carer name</label>
<input class="text-field w-input" maxlength="256" name="Parent-name"
type="text" id="Parent-name"><label for="Child-age">Child’s age</label><input class="text-field w-input" name="Child-age" type="number" id="Child-age">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Request a call back"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Myopia Booking success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Myopia Booking failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Visit us</div>
<p class="footer-text">9 Chandlery Walk, Kestrel Bridge KB4 1NS</p><p class="footer-text">Tuesday to Saturday, 9am to 5:30pm</p></div>
<div class="footer-col"><div class="footer-heading">Legal</div><ul class="footer-list w-list-unstyled">${links(oFoot, 'footer-list-item')}</ul></div></div>
<div class="footer-bottom">© 2026 Lyle &amp; Pennant Opticians Ltd. Registered with the General Optical Council.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
</div></div></div>
<a class="w-webflow-badge" href="https://webflow.example?utm_campaign=brandjs"><img src="https://d3e54v103j8qbb.cloudfront.example/img/webflow-badge-icon.svg"
alt=""><img src="https://d3e54v103j8qbb.cloudfront.example/img/webflow-badge-text.svg" alt="Made in Webflow"></a>
<script src="https://assets.website-files.example/65c1f0a2/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowOptician: TestPage = {
  name: 'heldout391-webflow-optician-service',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: heads(oSecs),
  body: bodyOf(oSecs),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'Services', 'Myopia Clinic', 'Slowing short-sightedness while your child’s eyes are still growing', 'Book an assessment', ...oFeat,
    'Frequently asked questions', ...oFaq, 'Please ask at reception.', 'Book a myopia assessment', 'Assessments cost £75 and take about 45 minutes.',
    'Parent or carer name', 'Child’s age', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    'Visit us', '9 Chandlery Walk, Kestrel Bridge KB4 1NS', 'Tuesday to Saturday, 9am to 5:30pm', 'Legal', ...oFoot,
    '© 2026 Lyle & Pennant Opticians Ltd. Registered with the General Optical Council.',
    j(
      'By clicking “Accept”, you agree to the storing of cookies on your device',
      'to enhance site navigation, analyze site usage,',
      'and assist in our marketing efforts.',
    ),
    'Preferences', 'Deny', 'Accept',
  ],
};

export const HELDOUT391_C: readonly TestPage[] = [webflowOptician, ptProfile];
