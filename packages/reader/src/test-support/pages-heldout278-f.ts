import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';
import { wileyTocPage } from './pages-heldout278-f2.js';

/**
 * Held-out batch 278, file f: a conference talk page of a Next.js-built conference site (hashed CSS-module class names,
 * `__next` root, `__NEXT_DATA__` JSON, cookie bar, menus, track and level chips, time and room, speaker card with bio,
 * slides and video links, "Add to calendar", more talks in the session, sponsor strip, footer) and, from file f2, a journal
 * issue's table of contents on Wiley Online Library with its "In this issue" highlight and one featured article.
 */
const title = 'Counting whales from orbit: lessons from three years of satellite surveys';
const abs = [
  j(
    'Aerial surveys of large whales are expensive, weather-dependent and sometimes dangerous for the people on board. Very',
    'high resolution satellite images now show objects of about 30 centimetres, enough to spot a whale at the surface. Since',
    '2023 our group has used such images to count right whales in three feeding areas of the fictional Gulf of Tessaly.',
  ),
  j(
    'In this talk I will describe how we went from a handful of hand-annotated scenes to a semi-automated pipeline that',
    'processes more than 4,000 square kilometres a week. I will show where deep-learning detectors fail (breaking waves,',
    'floating kelp and sun glint are the usual suspects) and how we combine model output with expert review so that',
    'every reported count can be traced back to the pixels.',
  ),
  j(
    'I will also compare our satellite counts with simultaneous boat surveys. Over 41 paired surveys the two methods agreed',
    'within 12 per cent, but satellites systematically missed animals that were diving, so we correct for availability',
    'using dive-time data from tagged whales.',
  ),
  'Attendees will leave with:',
];
const learn = [
  'a practical checklist for buying and pre-processing satellite imagery for wildlife work;',
  'an honest picture of detector error rates under different sea states;',
  'open annotation guidelines and a labelled dataset they can reuse.',
];
const bio = j(
  'Dr Ingrid Solvang-Adeyemi leads the marine remote sensing group at the fictional Halvorsen Polar Institute. She trained as',
  'a physical oceanographer before moving into ecology and now works on methods for monitoring wildlife from space.',
);
const more = ['Drones, dolphins and data: a field guide to aerial photogrammetry', 'Acoustic gliders as sentinels for shipping noise'];
const sponsors = ['Platinum sponsors', 'Become a sponsor'];
const furn = [
  'We use cookies to analyse traffic and improve your experience.',
  'Accept',
  'Decline',
  'OceanObs Summit 2026',
  'Programme',
  'Speakers',
  'Venue',
  'Sponsors',
  'Code of conduct',
  'Buy tickets',
  'Back to programme',
  'Remote sensing & AI',
  'Intermediate',
  'Hall B (Harbour Room)',
  '30 min',
  'Speaker',
  'Senior Scientist, Halvorsen Polar Institute',
  bio,
  'Slides (PDF, 4.2 MB)',
  'Watch the recording',
  'Add to calendar',
  'Share this talk',
  'More in this session',
  ...more,
  ...sponsors,
  '© 2026 OceanObs Summit. All rights reserved.',
  'Privacy',
  'Contact',
];
const nextData = JSON.stringify({
  props: {
    pageProps: { talk: { id: 'tk-2231', title, speakers: [{ name: 'Ingrid Solvang-Adeyemi' }], start: '2026-05-14T11:30:00+02:00', room: 'Hall B' } },
    __N_SSG: true,
  },
  page: '/programme/[slug]',
  query: { slug: 'counting-whales-from-orbit' },
  buildId: 'q8Xc1vB2mR',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const html = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${title} | OceanObs Summit 2026</title><meta name="description" content="Aerial surveys of large whales are expensive."/>
<meta property="og:title" content="${title}"/><meta property="og:type" content="website"/><meta name="next-head-count" content="5"/>
<link rel="preload" href="/_next/static/css/2f1c8d0a9e4b7c11.css" as="style"/><link rel="stylesheet" href="/_next/static/css/2f1c8d0a9e4b7c11.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5a9f1d2c3b4e6f70.js" defer=""></script><script src="/_next/static/chunks/pages/programme/%5Bslug%5D-91e2a.js"
defer=""></script>
</head><body><div id="__next"><div class="CookieBar_bar__Tz3kq" role="dialog"><p class="CookieBar_text__9fJ1w">We use cookies to analyse traffic and improve
your
experience.</p><button class="Button_btn__x1YzQ Button_primary__p0Lk2">Accept</button><button
class="Button_btn__x1YzQ Button_ghost__Qm8dE">Decline</button></div>
<header class="Header_header__W7b2s"><a class="Header_logo__c3Kq1" href="/"><span class="Header_wordmark__bB0x9">OceanObs Summit 2026</span></a>
<nav class="Header_nav__M1cR4"><ul
class="Header_list__d5uTz">${links(['Programme', 'Speakers', 'Venue', 'Sponsors', 'Code of conduct'], 'Header_item__Lq2nV')}</ul></nav>
<a class="Button_btn__x1YzQ Button_primary__p0Lk2" href="/tickets">Buy tickets</a></header>
<main class="Talk_main__Hk7sP"><a class="Talk_back__e9Fq2" href="/programme">← <!-- -->Back to programme</a><div class="Talk_chips__v2QaN"><span
class="Chip_chip__R4oNd Chip_track__s8KxT">Remote sensing &amp; AI</span><span class="Chip_chip__R4oNd">Intermediate</span></div>
<h1 class="Talk_title__x8Ks1">${title}</h1><div class="Talk_meta__Uu3mB"><time class="Talk_time__Jf0pD" dateTime="2026-05-14T11:30:00+02:00">Thursday 14 May
2026<!-- -->, <!-- -->11:30–12:00</time><span class="Talk_room__n1Hs6">Hall B (Harbour Room)</span><span class="Talk_length__oP4eW">30<!-- --> min</span></div>
<div class="Talk_layout__K0gq3"><section class="Talk_abstract__bT5yM"><h2 class="Talk_h2__rA9nE">Abstract</h2><div class="Markdown_md__3LxwV">
${ps(abs)}
<ul>${learn.map((l) => `<li>${l}</li>`).join('\n')}</ul></div></section>
<aside class="Talk_aside__Zc0mF"><div class="SpeakerCard_card__Q7tWd"><h3 class="SpeakerCard_label__mR2vS">Speaker</h3><img alt=""
class="SpeakerCard_photo__Ao5dN"
src="/_next/image?url=%2Fspeakers%2Fsolvang.jpg&amp;w=256&amp;q=75" width="128" height="128" loading="lazy"/><p class="SpeakerCard_name__y1FzE"><a
href="/speakers/ingrid-solvang-adeyemi">Ingrid Solvang-Adeyemi</a></p><p class="SpeakerCard_role__c0HnK">Senior Scientist, Halvorsen Polar Institute</p>
<p class="SpeakerCard_bio__Fh5pE">${bio}</p></div><div class="Talk_resources__P6dLw"><a class="Button_btn__x1YzQ" href="/slides/tk-2231.pdf">Slides (PDF, 4.2
MB)</a><a class="Button_btn__x1YzQ" href="https://video.oceanobs.example/tk-2231">Watch the recording</a><button
class="Button_btn__x1YzQ Button_ghost__Qm8dE">Add
to calendar</button><button class="Button_btn__x1YzQ Button_ghost__Qm8dE">Share this talk</button></div></aside></div>
<section class="Session_more__T1rGx"><h2 class="Session_title__h0VbN">More in this session</h2><ul class="Session_list__Wd2kP">
${more
  .map(
    (m) => `<li class="Session_item__a8YeL"><a class="TalkCard_card__L9mQx" href="/programme/${m.length}"><span
class="TalkCard_title__Vv4gS">${m}</span></a></li>`,
  )
  .join('\n')}
</ul></section></main>
<section class="Sponsors_strip__E2pJk"><h2 class="Sponsors_heading__s0Rt3">Platinum sponsors</h2><div class="Sponsors_logos__K3oPq"><img alt="Norrfjord Marine"
src="/sponsors/norrfjord.svg"/></div><a class="Sponsors_cta__b7QwX" href="/sponsors">Become a sponsor</a></section>
<footer class="Footer_footer__p2DsW"><p>© 2026 OceanObs Summit. All rights reserved.</p><ul
class="Footer_links__Z8nRt">${links(['Privacy', 'Contact'])}</ul></footer>
</div><script id="__NEXT_DATA__" type="application/json">${nextData}</script></body></html>`;

export const HELDOUT278_F: readonly TestPage[] = [
  {
    name: 'heldout278-nextjs-conference-talk-docs',
    kind: 'docs',
    html,
    title,
    headings: ['Abstract'],
    body: texts([...abs, ...learn]),
    bylines: ['Ingrid Solvang-Adeyemi', 'Thursday 14 May 2026, 11:30–12:00'],
    furniture: furn,
  },
  wileyTocPage,
];
