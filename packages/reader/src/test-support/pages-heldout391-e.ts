import { links, type TestPage } from './page-kit.js';
import { shopifyPharmacy } from './pages-heldout391-e2.js';
import { bodyOf, heads, j, lis, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file e: a hospital consultant's profile page rendered by Next.js (the __next root with CSS-module class
 * names, a header with the hospital group's menu, breadcrumb, profile hero with name, specialty, GMC number and booking
 * buttons, tabs, the bio, clinical interests and research sections, a side card with locations, insurers and languages,
 * "Other consultants" cards, the footer, the cookie banner and __NEXT_DATA__) and, from file e2, a pharmacy's health advice
 * post on a Shopify Dawn theme.
 */
const cTitle = 'Dr Helena Marsh-Oduya';
const cSecs: Section[] = [
  [
    'About Dr Marsh-Oduya',
    [
      j(
        'Dr Helena Marsh-Oduya is a consultant rheumatologist with a special interest in inflammatory arthritis and connective',
        'tissue disease. She trained in Leeds and Bristol and was appointed consultant at Wyncombe General Hospital in 2014, where',
        'she leads the early arthritis clinic.',
      ),
      j(
        'Her private practice at St Aldric’s sees adults with new joint pain and swelling, established rheumatoid and psoriatic',
        'arthritis, gout that has not settled with first treatments, and lupus. She runs a combined clinic with an ultrasound',
        'practitioner so that most patients can have a joint scan at their first appointment.',
      ),
      j(
        'Patients describe her as thorough and straightforward. She believes in explaining the reasons behind every treatment',
        'decision and in agreeing a plan that fits around work and family life, with clear advice on what to do in a flare.',
      ),
    ],
  ],
  [
    'Clinical interests',
    [
      [
        'Early inflammatory arthritis and rapid-access assessment',
        'Rheumatoid arthritis and psoriatic arthritis, including biologic therapies',
        'Systemic lupus erythematosus and Sjögren’s syndrome',
        'Musculoskeletal ultrasound and ultrasound-guided joint injections',
        'Gout and other crystal arthritis',
      ],
    ],
  ],
  [
    'Research and teaching',
    [
      j(
        'Dr Marsh-Oduya has been principal investigator for several national studies of early arthritis and has published on the',
        'use of ultrasound to predict flares in patients tapering their medication. She is an honorary senior lecturer and teaches',
        'ultrasound courses for rheumatology trainees twice a year.',
      ),
    ],
  ],
];
const cNav = ['Find a consultant', 'Treatments', 'Our hospitals', 'Prices', 'Insurance', 'GP referrals'];
const cCrumbs = ['Home', 'Consultants', 'Rheumatology'];
const cTabs = ['Overview', 'Locations', 'Fees', 'Reviews'];
const cSide = ['St Aldric’s Hospital, Wyncombe', 'St Aldric’s Outpatient Centre, Harlow Green'];
const cIns = ['Bupa', 'AXA Health', 'Aviva', 'Vitality', 'Self-pay'];
const cOther = ['Dr Simon Treharne, Consultant Rheumatologist', 'Dr Kavita Orme, Consultant Rheumatologist'];
const cFoot = ['Careers', 'Privacy notice', 'Cookie settings', 'Accessibility', 'Modern slavery statement', 'Contact us'];
const m = (c: string): string => `ConsultantProfile_${c}__${c.length.toString(36)}Xq${c.slice(0, 2)}`;
const cBody = cSecs
  .map(
    ([h, blocks]) =>
      `<section class="${m('section')}"><h2 class="${m('sectionTitle')} Typography_h3__kP2aZ">${h}</h2>${blocks
        .map((b) =>
          typeof b === 'string'
            ? `<p class="Typography_body__n4Wq1">${b}</p>`
            : `<ul class="${m('list')}">${b.map((t) => `<li class="${m('listItem')}">${t}</li>`).join('\n')}</ul>`,
        )
        .join('\n')}</section>`,
  )
  .join('\n');
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dr Helena Marsh-Oduya | Consultant Rheumatologist | St Aldric's Hospitals</title><meta name="description" content="Dr Helena Marsh-Oduya is a
consultant rheumatologist at St Aldric's Hospital, Wyncombe. Book an appointment online."><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/8a1e0c5d2f7b3a94.css" as="style"><link rel="stylesheet" href="/_next/static/css/8a1e0c5d2f7b3a94.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Physician","name":"Dr Helena Marsh-Oduya","medicalSpecialty":"Rheumatologic",
"hospitalAffiliation":{"@type":"Hospital","name":"St Aldric's Hospital"}}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>
<script src="/_next/static/chunks/pages/consultants/%5Bslug%5D-3f9a.js" defer="">
</script></head><body><div id="__next"><a class="SkipLink_skip__R2d8k" href="#main">Skip to content</a>
<header class="Header_header__Yq1fT"><div class="Header_inner__b7WcA"><a class="Header_logo__cF0xP" href="/" aria-label="St Aldric's Hospitals home">
<svg width="160" height="40" aria-hidden="true"></svg></a><nav class="Header_nav__mJ3sD" aria-label="Main"><ul class="Header_list__P0aZ1">
${links(cNav, 'Header_item__u2Tqe')}</ul></nav><a class="Button_button__xF2kR Button_primary__a8dE1" href="/book">Book online</a>
<a class="Header_phone__kW9pL" href="tel:01632960300">01632 960 300</a></div></header>
<main id="main" class="Layout_main__Sx7bA"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__hD2sQ"><ol class="Breadcrumbs_list__q8LmZ">
${links(cCrumbs, 'Breadcrumbs_item__a1PzR')}</ol></nav>
<div class="${m('hero')}"><div class="${m('photo')}"><span style="box-sizing:border-box;display:inline-block;overflow:hidden"><img alt="Dr Helena Marsh-Oduya"
src="/_next/image?url=%2Fconsultants%2Fmarsh-oduya.jpg&amp;w=384&amp;q=75" decoding="async" data-nimg="fixed"></span></div><div class="${m('heroText')}">
<h1 class="${m('name')} Typography_h1__Zr4Lm">${cTitle}</h1><p class="${m('specialty')}">Consultant Rheumatologist</p>
<p class="${m('gmc')}">GMC number: 6129384</p><div class="${m('rating')}"><span class="Stars_stars__bQ4aS" aria-label="4.9 out of 5"></span>
<span>4.9 from 86 patient reviews</span></div><div class="${m('actions')}">
<a class="Button_button__xF2kR Button_primary__a8dE1" href="/book?consultant=hmo">Book an
appointment</a><button class="Button_button__xF2kR Button_secondary__Pq3eZ" type="button">Send an enquiry</button></div></div></div>
<div role="tablist" class="Tabs_tabs__N6yWq">${cTabs
  .map(
    (t, i) => `<button role="tab" aria-selected="${i === 0}"
class="Tabs_tab__G0hVd">${t}</button>`,
  )
  .join('')}</div>
<div class="${m('grid')}"><div class="${m('content')}">
${cBody}
</div><aside class="${m('aside')}"><div class="Card_card__m3PzQ"><h3 class="Card_title__Lr6yH">Where Dr Marsh-Oduya practises</h3><ul>${lis(cSide)}</ul></div>
<div class="Card_card__m3PzQ"><h3 class="Card_title__Lr6yH">Insurers recognised</h3><ul>${lis(cIns)}</ul></div>
<div class="Card_card__m3PzQ"><h3 class="Card_title__Lr6yH">Languages</h3><p>English, Yoruba</p></div>
<div class="Card_card__m3PzQ"><h3 class="Card_title__Lr6yH">Initial consultation</h3><p>From £250 for self-pay patients</p></div></aside></div>
<section class="${m('others')}"><h2 class="Typography_h2__Jt0wB">Other consultants in rheumatology</h2><ul class="CardGrid_grid__sD4Rk">${links(
  cOther,
  'CardGrid_item__pX9zA',
)}</ul></section><p class="${m('updated')}">Profile updated 20 January 2026</p></main>
<footer class="Footer_footer__e4TnS"><ul class="Footer_links__Vw0hJ">${links(cFoot, 'Footer_link__r1LzA')}</ul>
<p class="Footer_legal__H2mCk">St Aldric's Hospitals
Ltd is registered in England and Wales, company number 04418265. © 2026 St Aldric's Hospitals.</p></footer>
<div class="CookieBanner_banner__z7QeA" role="dialog" aria-live="polite"><p class="CookieBanner_text__Uy3mB">We use essential cookies to make our site work and
optional cookies to understand how you use it.</p><button class="Button_button__xF2kR Button_primary__a8dE1">Accept all</button>
<button class="Button_button__xF2kR Button_secondary__Pq3eZ">Essential only</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"consultant":{"slug":"helena-marsh-oduya","name":"Dr Helena Marsh-Oduya",
"specialty":"Rheumatology","gmc":"6129384"}},"__N_SSG":true},"page":"/consultants/[slug]","query":{"slug":"helena-marsh-oduya"},"buildId":"q3W9xZbL2kT",
"isFallback":false,"gsp":true,"scriptLoader":[]}</script><next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert"></p>
</next-route-announcer></body></html>`;
const nextConsultant: TestPage = {
  name: 'heldout391-nextjs-hospital-consultant-profile',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: heads(cSecs),
  body: bodyOf(cSecs),
  bylines: ['Profile updated 20 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cNav, 'Book online', '01632 960 300', ...cCrumbs, 'Consultant Rheumatologist', 'GMC number: 6129384',
    '4.9 from 86 patient reviews', 'Book an appointment', 'Send an enquiry', ...cTabs, 'Where Dr Marsh-Oduya practises', ...cSide,
    'Insurers recognised', ...cIns, 'Languages', 'English, Yoruba', 'Initial consultation', 'From £250 for self-pay patients',
    'Other consultants in rheumatology', ...cOther, ...cFoot,
    "St Aldric's Hospitals Ltd is registered in England and Wales, company number 04418265. © 2026 St Aldric's Hospitals.",
    'We use essential cookies to make our site work and optional cookies to understand how you use it.', 'Accept all', 'Essential only',
  ],
};

export const HELDOUT391_E: readonly TestPage[] = [nextConsultant, shopifyPharmacy];
