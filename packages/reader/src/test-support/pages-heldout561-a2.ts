import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout561-kit.js';

/** Held-out batch 561, file a2: a HubSpot CMS blog post guiding clinics through booking a medical interpreter. */
const hTitle = 'How to Book a Medical Interpreter: A Step-by-Step Guide for Clinics';
const hIntro = [
  j(
    'Every week our scheduling team takes calls from clinics that need an interpreter for tomorrow morning and are not sure what',
    'to ask for. This guide walks you through a booking from start to finish, so that the right interpreter arrives at the right',
    'door, and your clinician knows what to expect.',
  ),
];
const hBeforeH = 'Before you book';
const hBefore = [
  j(
    'Check the patient&rsquo;s preferred language and, where it matters, the dialect. “Arabic” can mean very different',
    'things to a patient from Morocco and a patient from Iraq. Ask the patient or their family, not a colleague who guessed.',
  ),
];
const hS1H = 'Step 1: Choose the right mode';
const hS1 = [
  'On-site interpreting suits long or sensitive appointments, such as a new diagnosis or a family meeting.',
  'Video remote interpreting works well for routine follow-ups and for sign language when no on-site interpreter is free.',
  'Telephone interpreting is fastest for short calls and urgent questions, with most languages connected in under a minute.',
];
const hS2H = 'Step 2: Give us the details';
const hS2 = [
  j(
    'Use the booking portal or call the scheduling line. We will ask for the date, start time and expected length of the',
    'appointment, the address and room, the department, and the name of a contact on the day. Tell us if the appointment is',
    'likely to run over. A half-day booking costs less than two separate hourly bookings.',
  ),
  j(
    'Give at least 48 hours&rsquo; notice for on-site spoken-language interpreters and five working days for sign language',
    'interpreters. Shorter notice is possible, but we cannot guarantee cover.',
  ),
];
const hS3H = 'Step 3: Confirm and prepare the clinician';
const hS3 = [
  j(
    'You will receive a confirmation email with the interpreter&rsquo;s first name and ID number. Share it with the clinician and',
    'the front desk. Before the appointment, the clinician should speak directly to the patient, in short sentences, and allow',
    'time for the interpretation. A 20-minute appointment usually needs 40 minutes with an interpreter.',
  ),
];
const hQuote = j(
  '“The single biggest improvement we saw came from booking double appointments. Clinicians stopped rushing, and patients',
  'asked the questions they had been saving up.” — Practice manager, Ashcombe Family Health',
);
const hAfterH = 'After the appointment';
const hAfter = [
  j(
    'Sign the interpreter&rsquo;s timesheet, or approve it in the portal. If anything went wrong, tell us within seven days. We',
    'read every piece of feedback, and it helps us match the same interpreter to the same patient next time.',
  ),
];
const hTopics = ['Medical Interpreting', 'Language Access'];
const hNav = ['Services', 'Industries', 'Book an Interpreter', 'Resources', 'About'];
const hRel = ['What Is Video Remote Interpreting?', 'Five Mistakes Clinics Make with Phone Interpreters', 'Working with Deaf Patients: A Checklist'];
const hFoot = ['Privacy Policy', 'Accessibility', 'Careers', 'Contact Us'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="What to ask for, how much notice to give and how to prepare your clinicians when you book a medical interpreter.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta name="generator" content="HubSpot"><link rel="canonical" href="https://blog.meridianlanguage.example/how-to-book-a-medical-interpreter">
<link rel="stylesheet" href="https://blog.meridianlanguage.example/hs-fs/hub/4812207/hub_generated/template_assets/1/92817/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Castellanos"},"datePublished":"2026-03-18"}</script>
<script>var hsVars = {render_id: "a3c1f9e2", ticks: 1773840000000, page_id: 163550271842, content_group_id: 52281066104, portal_id: 4812207}</script>
</head><body><div class="body-wrapper hs-content-id-163550271842 hs-blog-post hs-blog-id-52281066104">
<div data-global-resource-path="meridian-2025/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="https://www.meridianlanguage.example"><img src="https://blog.meridianlanguage.example/hubfs/meridian-logo.svg" alt="Meridian Language Access"></a>
</span></div>
<div class="header__menu"><nav aria-label="Main menu" class="menu menu--desktop"><ul
class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul>
</nav></div><div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" placeholder="Search"><button aria-label="Search"></button></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://blog.meridianlanguage.example/author/priya-castellanos">Written by Priya Castellanos</a>
<time datetime="2026-03-18 14:00:00" class="blog-post__timestamp">Mar 18, 2026 2:00:00 PM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}
<!--more--><h2>${hBeforeH}</h2>${ps(hBefore)}
<h2>${hS1H}</h2><ul>${hS1.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${hS2H}</h2>${ps(hS2)}
<h2>${hS3H}</h2>${ps(hS3)}
<blockquote><p>${hQuote}</p></blockquote>
<h2>${hAfterH}</h2>${ps(hAfter)}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7b2e"><span class="hs-cta-node hs-cta-7b2e" id="hs-cta-7b2e">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4812207/7b2e"><img class="hs-cta-img" id="hs-cta-img-7b2e"
src="https://no-cache.hubspot.com/cta/default/4812207/7b2e.png"
alt="Download the clinic booking checklist"></a></span></span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><span>Topics:</span>${hTopics
  .map(
    (t) => `<a class="blog-post__tag-link"
href="/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join(', ')}</div>
<div class="blog-post__social"><span>Share this post</span><a class="hs-social-share--linkedin" href="#" aria-label="Share on LinkedIn"></a>
<a class="hs-social-share--x" href="#" aria-label="Share on X"></a><a class="hs-social-share--email" href="#" aria-label="Share by email"></a></div></article>
<section class="blog-subscribe"><h3>Subscribe by Email</h3><p>Practical guides on language access, once a month.</p>
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><form class="hs-form stacked hs-form-private" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-3fe1"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-3fe1" name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></section>
<section class="blog-related-posts"><h2>Related posts</h2>${hRel
  .map(
    (t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="#">${t}</a></h3></div>`,
  )
  .join('\n')}</section></div></div></main>
<div data-global-resource-path="meridian-2025/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul class="footer__links">${links(hFoot)}</ul><p class="footer__copyright">© 2026 Meridian Language Access, Inc.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-confirmation-button-group"><a aria-label="Accept" id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a aria-label="Decline" id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/4812207.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout561-hubspot-booking-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hBeforeH, hS1H, hS2H, hS3H, hAfterH],
  body: texts([...hIntro, ...hBefore, ...hS1, ...hS2, ...hS3, hQuote, ...hAfter]),
  bylines: ['Written by Priya Castellanos', 'Mar 18, 2026 2:00:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Topics:', ...hTopics, 'Share this post', 'Subscribe by Email', 'Practical guides on language access, once a month.',
    '*', 'Related posts', ...hRel, ...hFoot, '© 2026 Meridian Language Access, Inc.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT561_A2: readonly TestPage[] = [hubspot];
