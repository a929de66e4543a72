import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout336-kit.js';
import { hubspot } from './pages-heldout336-d2.js';

/**
 * Held-out batch 336, file d: a university wellbeing service page rendered by a JavaScript framework (Next.js: the
 * `__next` root, CSS-module class names, `__NEXT_DATA__` JSON, a global alert bar, mega-menu header, breadcrumbs, a
 * "Quick links" card grid, an opening-hours panel, the "Was this page helpful?" widget and the footer) and, from file d2,
 * a workplace mental-health toolkit page on HubSpot CMS.
 */
const uTitle = 'Student Wellbeing Service';
const uIntro = 'Free, confidential support for your mental health and wellbeing while you study at Calder Vale.';
const uHeads = ['How we can support you', 'Book an appointment', 'What to expect at your first appointment', 'Supporting a friend'];
const uS1 = [
  j(
    'Our team of wellbeing advisers, counsellors and mental health practitioners works with students at every level of study,',
    'including postgraduate researchers and students on placement. You can talk to us about anything that is affecting you.',
  ),
];
const uS1List = [
  'one-to-one wellbeing appointments, in person or online',
  'short-term counselling of up to six sessions',
  'group workshops on exam stress, sleep and perfectionism',
  'support to put a mental health support plan in place with your department',
];
const uS2 = [
  j(
    'Complete the short registration form on the student portal and we will contact you within two working days to arrange a',
    'first appointment. You can also drop in to the Hub on Lockside Walk without an appointment on weekday afternoons.',
  ),
  j(
    'If you have a disability or long-term mental health condition, you can register with the Disability Service at the same',
    'time, so that any reasonable adjustments to your studies can be arranged.',
  ),
];
const uS3 = [
  j(
    'Your first appointment lasts about 40 minutes. An adviser will ask what has been happening, how it is affecting your',
    'studies and daily life, and what you would like help with. Together you will agree the next steps, which might be',
    'counselling, a workshop, self-help resources or a referral to NHS services.',
  ),
  j(
    'What you tell us is confidential and is not shared with your department without your permission, unless we are seriously',
    'worried about your safety or the safety of others.',
  ),
];
const uS4 = [
  j(
    'If you are worried about a friend, listen without trying to fix everything, and encourage them to contact us. You can book',
    'a consultation yourself to talk through how best to support them, and to look after your own wellbeing too.',
  ),
  j(
    'If your friend tells you they are thinking about suicide, take it seriously and stay with them if you can. Outside our',
    'opening hours, call the Night Line or go with them to the nearest emergency department.',
  ),
];
const uAlert = 'If you need urgent help outside our opening hours, call the Night Line on 01632 960 733 or dial 999 in an emergency.';
const uNav = ['Study', 'Research', 'Student life', 'International', 'About Calder Vale'];
const uCrumb = ['Home', 'Student life', 'Health and wellbeing'];
const uQuick = ['Register with us', 'Workshops this term', 'Self-help resources', 'Mental health support plans'];
const uHours = ['Monday to Thursday: 9am to 5pm', 'Friday: 9am to 4:30pm', 'The Hub, 2 Lockside Walk'];
const uFoot = ['Contact us', 'Accessibility', 'Privacy and cookies', 'Freedom of information', 'Modern slavery statement'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>Student Wellbeing Service |
Calder Vale University</title><meta name="description" content="${uIntro}"><meta property="og:title" content="Student Wellbeing Service"/>
<link rel="preload" href="/_next/static/css/4b2e91c07d3a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b2e91c07d3a.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-8c1d2f.js" defer=""></script><script src="/_next/static/chunks/pages/%5B...slug%5D-a31f7c.js" defer=""></script>
<meta name="next-head-count" content="9"/></head><body><div id="__next">
<div class="AlertBar_alertBar__Qx7pL" role="region" aria-label="Important information"><p class="AlertBar_text__2bN0d">${uAlert}</p></div>
<a class="SkipLink_skip__9hT2c" href="#main-content">Skip to main content</a>
<header class="Header_header__3kXwQ"><div class="Header_inner__Vb8sZ"><a href="/" class="Header_logo__r2D4m" aria-label="Calder Vale University home">
<svg aria-hidden="true" class="Header_logoSvg__e1q0a"></svg></a><nav aria-label="Main" class="MegaNav_nav__hH7yE"><ul class="MegaNav_list__1pS3x">
${links(uNav, 'MegaNav_item__w0dKc')}</ul></nav><button class="Header_search__Lq5kP" aria-label="Search">Search</button></div></header>
<nav aria-label="Breadcrumb" class="Breadcrumbs_breadcrumbs__f0YzR"><ol>${links(uCrumb, 'Breadcrumbs_item__oP3u2')}</ol></nav>
<main id="main-content" class="Page_main__aL1x9"><div class="PageHeader_header__K8s2r"><h1 class="PageHeader_title__zD6q1">${uTitle}</h1>
<p class="PageHeader_intro__xN4v0">${uIntro}</p></div>
<div class="Page_grid__c3RtY"><div class="Page_content__m0JqE"><div class="RichText_richText__y2WbV">
<h2>${uHeads[0]}</h2>${ps(uS1)}<ul>${lis(uS1List)}</ul>
<h2>${uHeads[1]}</h2>${ps(uS2)}
<div class="CtaButton_wrap__b7Nn1"><a class="CtaButton_button__S0e3d" href="https://portal.caldervale.example/wellbeing">Register now</a></div>
<h2>${uHeads[2]}</h2>${ps(uS3)}
<h2>${uHeads[3]}</h2>${ps(uS4)}</div>
<section class="QuickLinks_quickLinks__H2p0r"><h2 class="QuickLinks_title__uT7mA">Quick links</h2><ul class="QuickLinks_grid__rW3k8">
${uQuick
  .map(
    (q) => `<li class="QuickLinks_card__a9Ff2"><a href="/wellbeing/${q.length}">
<span class="QuickLinks_cardTitle__Zx2q0">${q}</span></a></li>`,
  )
  .join('\n')}
</ul></section>
<div class="Feedback_feedback__Pq8sD"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
<p class="Page_updated__Ty6m1">Last updated: 3 February 2026</p></div>
<aside class="Page_aside__Nw2gH"><div class="InfoPanel_panel__Ea5Rj"><h2 class="InfoPanel_title__G1cVx">Opening hours</h2>
<ul>${lis(uHours)}</ul><a href="mailto:wellbeing@caldervale.example">wellbeing@caldervale.example</a></div></aside></div></main>
<footer class="Footer_footer__Jq4wV"><ul class="Footer_links__d8Ka0">${links(uFoot)}</ul>
<p class="Footer_copy__Rr0mS">© 2026 Calder Vale University. Registered charity number 1141207.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"title":"Student Wellbeing Service","slug":["student-life",
"wellbeing"],"updated":"2026-02-03"}},"__N_SSP":true},"page":"/[...slug]","query":{"slug":["student-life","wellbeing"]},"buildId":"k3Z0vq1Xb",
"isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;

const nextUni: TestPage = {
  name: 'heldout336-nextjs-university-wellbeing-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([uIntro, ...uS1, ...uS1List, ...uS2, ...uS3, ...uS4]),
  bylines: ['Last updated: 3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    uAlert, 'Skip to main content', ...uNav, 'Search', ...uCrumb, 'Register now', 'Quick links', ...uQuick, 'Was this page helpful?',
    'Opening hours', ...uHours, 'wellbeing@caldervale.example', ...uFoot, '© 2026 Calder Vale University. Registered charity number 1141207.',
  ],
};

export const HELDOUT336_D: readonly TestPage[] = [nextUni, hubspot];
