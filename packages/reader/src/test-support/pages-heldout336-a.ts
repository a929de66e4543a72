import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout336-kit.js';
import { ptProfile } from './pages-heldout336-a2.js';

/**
 * Held-out batch 336, file a: a mental-health charity's information page on panic attacks (Mind-style template: cookie
 * banner, utility bar, mega menu, breadcrumbs, "Get help now" crisis box, page contents, review dates, share links, a
 * "Related information" rail, donate promo, newsletter sign-up and footer) and, from file a2, a therapist's profile on a
 * therapy directory (Psychology Today-style).
 */
const mTitle = 'Panic attacks';
const mHeads = ['What is a panic attack?', 'What does a panic attack feel like?', 'What can I do during a panic attack?', 'Treatments for panic attacks'];
const mIntro = 'This page explains what panic attacks are, what they feel like and what you can do to get support.';
const mS1 = [
  j(
    'A panic attack is a sudden rush of intense fear and physical symptoms that builds over a few minutes. It can feel as if',
    'something terrible is about to happen, even when there is no obvious danger around you.',
  ),
  j(
    'Most panic attacks last between five and twenty minutes. They can happen once, or many times, and some people have them',
    'in situations they have learned to dread while others have them out of the blue, even while asleep.',
  ),
  j(
    'Having panic attacks does not mean you are weak or that you are losing control of your mind. They are a common experience,',
    'and with the right support most people find they happen less often or stop altogether.',
  ),
];
const mS2a = ['During a panic attack you might notice:'];
const mS2List = [
  'a pounding or racing heartbeat',
  'feeling faint, dizzy or light-headed',
  'shortness of breath or a feeling of choking',
  'trembling, sweating or hot flushes',
  'a sense of unreality, as if you are detached from your body',
  'a fear that you are dying or going mad',
];
const mS2b = [
  j(
    'These sensations are caused by adrenaline, the body’s alarm system, switching on when it is not needed. They are',
    'frightening, but a panic attack cannot harm your heart or stop you breathing.',
  ),
];
const mS3 = [
  j(
    'Try to breathe slowly and deeply. Breathing in through your nose while counting to four, holding for a moment and breathing',
    'out through your mouth for a count of six can help calm the body’s alarm.',
  ),
  j(
    'Focus on your senses. Some people find it helps to name five things they can see, four things they can touch and three',
    'things they can hear, or to stamp on the spot and feel the floor under their feet.',
  ),
  j(
    'Remind yourself that the attack will pass. It may help to keep a card in your wallet with a few words you have written for',
    'yourself at a calmer time, such as “this is panic, it peaks and then it fades”.',
  ),
];
const mS4 = [
  j(
    'If panic attacks are affecting your daily life, talk to your GP. They can refer you for talking therapy, and in many areas',
    'you can refer yourself without seeing a doctor first.',
  ),
  j(
    'Cognitive behavioural therapy (CBT) is the treatment with the most evidence for panic disorder. A course is usually between',
    'eight and fourteen weekly sessions and includes learning to face the sensations you fear, step by step.',
  ),
  j(
    'Your doctor may also suggest medication, most often an antidepressant, alongside therapy. It can take several weeks to',
    'notice a difference, so it is worth agreeing a time to review how it is going.',
  ),
];
const mCrisis = [
  'Get help now',
  'If you feel you might act on thoughts of ending your life, call 999 or go to A&E now.',
  'Call Lanternway Listening on 0300 555 0147, open every day from 8am to midnight.',
  'Text STEADY to 85511 for free, confidential text support at any time.',
];
const mUtil = ['Donate', 'Shop', 'Volunteer', 'Contact us', 'Log in'];
const mNav = ['Information and support', 'Get involved', 'News and campaigns', 'About us', 'For workplaces'];
const mCrumb = ['Home', 'Information and support', 'Types of mental health problems'];
const mRelated = ['Anxiety and panic attacks: personal stories', 'Phobias', 'Relaxation tips', 'Talking therapy and counselling'];
const mFoot1 = ['About Lanternway', 'Our local branches', 'Jobs', 'Press office', 'Accessibility'];
const mFoot2 = ['Privacy', 'Cookies', 'Terms and conditions', 'Modern slavery statement'];
const mHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<title>Panic attacks - symptoms, help and treatment - Lanternway</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Explains what panic attacks are, what they feel like and how to get treatment and support.">
<meta property="og:title" content="Panic attacks"><meta property="og:site_name" content="Lanternway"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.lanternway.org.uk/information-support/types-of-mental-health-problems/panic-attacks/">
<link rel="stylesheet" href="/ResourcePackages/Lanternway/assets/dist/css/main.min.css?v=4.12.0">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Panic attacks","lastReviewed":"2025-11-03",
"publisher":{"@type":"Organization","name":"Lanternway"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"information","topic":"panic-attacks"});</script>
</head><body class="page-information">
<div id="cookie-banner" class="c-cookie-banner" role="region" aria-label="Cookie consent"><div class="o-wrapper">
<p class="c-cookie-banner__text">We use cookies to make our website work and to understand how you use it.</p>
<button class="c-btn c-btn--primary js-accept-cookies">Accept all cookies</button>
<button class="c-btn c-btn--secondary js-reject-cookies">Reject optional cookies</button></div></div>
<a class="c-skip-link" href="#main">Skip to content</a>
<a class="c-quick-exit" href="https://www.bbc.co.uk/weather" rel="nofollow">Leave this site quickly</a>
<header class="c-header"><div class="c-header__utility"><ul class="c-utility-nav">${links(mUtil, 'c-utility-nav__item')}</ul></div>
<div class="c-header__main o-wrapper"><a class="c-header__logo" href="/"><img src="/assets/img/lanternway-logo.svg" alt="Lanternway"></a>
<nav class="c-mega-nav" aria-label="Main"><ul class="c-mega-nav__list">${links(mNav, 'c-mega-nav__item')}</ul></nav>
<form class="c-search" action="/search"><label for="q" class="u-visually-hidden">Search</label><input id="q" name="q" type="search"></form></div></header>
<nav class="c-breadcrumb o-wrapper" aria-label="Breadcrumb"><ol class="c-breadcrumb__list">${links(mCrumb, 'c-breadcrumb__item')}</ol></nav>
<main id="main"><div class="c-hero c-hero--information"><div class="o-wrapper"><h1 class="c-hero__title">${mTitle}</h1>
<p class="c-hero__intro">${mIntro}</p></div></div>
<div class="o-wrapper o-layout"><aside class="o-layout__side"><div class="c-page-contents"><h2 class="c-page-contents__title">On this page</h2>
<ol>${links(mHeads, 'c-page-contents__item')}</ol></div>
<div class="c-crisis-box"><h2 class="c-crisis-box__title">${mCrisis[0]}</h2>
${ps(mCrisis.slice(1), ' class="c-crisis-box__text"')}</div></aside>
<article class="o-layout__main c-rich-text">
<h2 id="what-is">${mHeads[0]}</h2>
${ps(mS1)}
<h2 id="feel">${mHeads[1]}</h2>
${ps(mS2a)}
<ul>${lis(mS2List)}</ul>
${ps(mS2b)}
<div class="c-inline-promo"><p><strong>Read more:</strong> <a href="/stories/panic">Living with panic: Dev’s story</a></p></div>
<h2 id="during">${mHeads[2]}</h2>
${ps(mS3)}
<h2 id="treatments">${mHeads[3]}</h2>
${ps(mS4)}
<div class="c-review-info"><p>This information was published in November 2025. We will revise it in 2028.</p>
<p>Reviewed by Dr Hester Quayle, clinical psychologist</p></div>
<div class="c-share"><span class="c-share__label">Share this page</span><a href="#" class="c-share__link">Facebook</a>
<a href="#" class="c-share__link">Email</a><button class="c-share__link js-print">Print</button></div>
</article></div>
<section class="c-related o-wrapper"><h2 class="c-related__title">Related information</h2><ul>${links(mRelated, 'c-related__item')}</ul></section>
<section class="c-donate-promo"><div class="o-wrapper"><h2>We won’t give up until everyone gets support</h2>
<p>Your gift helps us keep our information free for everyone.</p><a class="c-btn" href="/donate">Donate now</a></div></section>
<section class="c-newsletter"><h2>Stay in touch</h2><p>Get news, stories and ways to help, straight to your inbox.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"><button class="c-btn">Sign up</button></form></section>
</main><footer class="c-footer"><div class="o-wrapper"><ul class="c-footer__links">${links(mFoot1)}</ul><ul class="c-footer__legal">${links(mFoot2)}</ul>
<p class="c-footer__charity">Lanternway is a registered charity in England and Wales (No. 1198342).</p>
<p class="c-footer__copyright">© Lanternway 2026</p></div></footer>
<script src="/ResourcePackages/Lanternway/assets/dist/js/main.min.js?v=4.12.0" defer></script></body></html>`;

const lanternway: TestPage = {
  name: 'heldout336-lanternway-charity-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mIntro, ...mS1, ...mS2a, ...mS2List, ...mS2b, ...mS3, ...mS4]),
  bylines: ['This information was published in November 2025. We will revise it in 2028.', 'Reviewed by Dr Hester Quayle, clinical psychologist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make our website work and to understand how you use it.', 'Accept all cookies', 'Reject optional cookies',
    'Skip to content', 'Leave this site quickly', ...mUtil, ...mNav, ...mCrumb,
    'On this page', ...mCrisis,
    'Read more:', 'Living with panic: Dev’s story', 'Share this page', 'Facebook', 'Email', 'Print', 'Related information', ...mRelated,
    'We won’t give up until everyone gets support', 'Your gift helps us keep our information free for everyone.', 'Donate now',
    'Stay in touch', 'Get news, stories and ways to help, straight to your inbox.', 'Email address', 'Sign up', ...mFoot1, ...mFoot2,
    'Lanternway is a registered charity in England and Wales (No. 1198342).', '© Lanternway 2026',
  ],
};

export const HELDOUT336_A: readonly TestPage[] = [lanternway, ptProfile];
