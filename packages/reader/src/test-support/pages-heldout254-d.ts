import { ps, type TestPage, texts } from './page-kit.js';
import { ledger } from './pages-heldout254-d2.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file d: a GoFundMe-style fundraiser on a Next.js page (header, hero image, the organiser line, the
 * progress meter with donation count, Donate and Share buttons, the story with "Read more", two organiser updates, the
 * donor list, words of support, the guarantee box, report link, the __NEXT_DATA__ script, cookie banner and footer) and,
 * from file d2, a Chronicle of Philanthropy-style news article.
 */
const fTitle = 'Rebuild the Millrace Youth Boxing Gym after the flood';
const fStory = [
  j(
    'On the night of January 14th the Millrace burst its banks and put four feet of water through our gym on Tanner Street. The',
    'ring, the bags, the mats and the little office where we kept the kids’ records are gone. The building is standing, but',
    'the floor has to come up and the electrics need replacing before we can open again.',
  ),
  j(
    'For eleven years the gym has been free for anyone under eighteen. Most evenings there are forty young people training,',
    'doing homework at the back table or just somewhere warm and safe. Since we closed, they have had nowhere to go.',
  ),
  j('Insurance will cover part of the building work but not the equipment, and there is a long wait. We are raising £38,000 for:'),
];
const fList = ['A new ring and flooring (£16,500)', 'Bags, gloves and pads for 60 young people (£9,200)', 'Rewiring and a new boiler (£12,300)'];
const fStory2 = ['Every pound goes straight to the gym. Thank you for reading, and for anything you can give or share.'];
const fUpd = [
  j(
    'We have passed halfway! The electrician started on Monday and the old floor is out. A local carpet firm has offered the',
    'mats at cost, which saves us nearly two thousand pounds.',
  ),
  j(
    'Thank you all so much. Our first week of fundraising brought in more than we hoped. The kids have been training in the',
    'church hall on Dene Road in the meantime, and some of them made the thank-you video below.',
  ),
];
const fDonors = [
  ['Lorna Baxendale', '£50'],
  ['Anonymous', '£200'],
  ['Kieran Oduya', '£25'],
  ['Tanner Street Traders', '£500'],
];
const fWords = ['This gym kept my son on the right path. Get it open again!', 'Proud to support, from the Dene Road running club.'];
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Fundraiser by Callum Ashdown : ${fTitle}</title><meta name="viewport" content="width=device-width">
<meta property="og:title" content="${fTitle}"><meta property="og:description" content="On the night of January 14th the Millrace burst its banks...">
<meta property="og:site_name" content="GoFundMe"><link rel="canonical" href="https://www.gofundme.example/f/rebuild-millrace-youth-boxing-gym">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DonateAction","name":"${fTitle}","recipient":{"@type":"Person",
"name":"Callum Ashdown"}}</script><link rel="preload" href="/_next/static/css/6a1c2b.css" as="style"></head>
<body><div id="__next"><div class="p-campaign"><header class="hrt-header" data-testid="header"><a href="/" class="hrt-header-logo" aria-label="GoFundMe">
</a><nav class="hrt-header-nav"><a href="/discover">Search</a> <a href="/discover">Donate</a> <a href="/start">Fundraise</a> <a href="/about-us">About</a>
<a href="/sign-in">Sign in</a> <a class="hrt-primary-button" href="/c/start">Start a GoFundMe</a></nav></header>
<main class="p-campaign-main"><div class="p-campaign-header"><h1 class="p-campaign-title">${fTitle}</h1></div>
<div class="p-campaign-collage"><img class="hrt-image" src="https://images.gofundme.example/hero/88213.jpg" alt=""></div>
<div class="p-campaign-content"><div class="p-campaign-description">
<div class="campaign-members-main"><div class="hrt-avatar"></div><div
class="campaign-members-main-text">Callum Ashdown is organising this fundraiser.</div></div>
<div class="hrt-disp-inline">Created 16 January 2026</div>
<div class="campaign-description_content__C1C_5" data-testid="campaign-description">
${ps(fStory)}
<ul>${fList.map((t) => `<li>${t}</li>`).join('')}</ul>
${ps(fStory2)}
</div><button class="hrt-text-button campaign-description_readMore">Read more</button>
<div class="p-campaign-share-donate-buttons"><button class="hrt-secondary-button">Donate</button><button class="hrt-secondary-button">Share</button></div>
<div class="p-campaign-updates" id="updates"><h2 class="heading-3">Updates (2)</h2>
${fUpd
  .map(
    (u, i) => `<div class="p-campaign-update"><div class="p-campaign-update-header"><span class="hrt-text-body-sm">${['3 February 2026', '23 January 2026'][i]}
</span> <span class="hrt-text-body-sm">by Callum Ashdown, Organiser</span></div><p class="p-campaign-update-content">${u}</p></div>`,
  )
  .join('\n')}
<button class="hrt-text-button">See older updates</button></div>
<div class="p-campaign-organizer"><h2 class="heading-3">Organiser</h2><div class="hrt-avatar-lockup"><div class="hrt-avatar-lockup-title">Callum Ashdown
</div><div class="hrt-avatar-lockup-content">Organiser · Millrace</div></div><a class="hrt-secondary-button" href="/contact">Contact</a></div>
<div class="p-campaign-words-of-support"><h2 class="heading-3">Words of support (2)</h2><p>Please donate to share words of support.</p>
${fWords
  .map(
    (w, i) => `<div class="comment"><div class="comment-author">${['Hannah W.', 'Dene Road RC'][i]}</div><p
class="comment-text">${w}</p></div>`,
  )
  .join('\n')}
</div>
<div class="p-campaign-report"><a href="/report">Report fundraiser</a></div></div>
<aside class="p-campaign-sidebar"><div class="progress-meter" data-testid="progress-meter"><div class="progress-meter_amountRaised">£21,460 raised</div>
<div class="progress-meter_goal">of £38,000 target</div><div class="progress-meter_donations">512 donations</div></div>
<a class="hrt-primary-button" href="/donate">Donate now</a><button class="hrt-secondary-button">Share</button>
<ul class="p-campaign-donation-list">${fDonors
  .map(
    ([n, a]) =>
      `<li class="hrt-avatar-lockup"><div class="hrt-avatar-lockup-title">${n}</div> <div class="hrt-avatar-lockup-content">${a} · Donation</div></li>`,
  )
  .join('\n')}</ul><button class="hrt-tertiary-button">See all</button> <button class="hrt-tertiary-button">See top donations</button></aside></div>
<div class="p-campaign-guarantee"><p>Your easy, powerful and trusted home for help. Donations are protected by the GoFundMe Giving Guarantee.</p></div>
</main><footer class="hrt-footer"><ul><li><a href="/about-us">About GoFundMe</a></li><li><a href="/help">Help centre</a></li><li><a href="/terms">Terms
</a></li><li><a href="/privacy">Privacy notice</a></li></ul><p>© 2010–2026 GoFundMe</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to make our site work and to
personalise content.</p><button id="onetrust-accept-btn-handler">Accept all</button><button
id="onetrust-reject-all-handler">Reject all</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"fundraiser":{"fundId":88213,"title":"${fTitle}","goal":38000}}},
"page":"/f/[slug]","buildId":"k2F9x"}</script></body></html>`;
const gofundme: TestPage = {
  name: 'heldout254-gofundme-campaign',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fStory, ...fList, ...fStory2, ...fUpd]),
  bylines: ['Callum Ashdown is organising this fundraiser.', 'Created 16 January 2026', '3 February 2026', '23 January 2026', 'by Callum Ashdown, Organiser'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fundraise', 'Sign in', 'Start a GoFundMe', 'Read more', 'Donate', 'Share', 'Updates (2)', 'See older updates', 'Organiser · Millrace', 'Contact',
    'Words of support (2)', 'Please donate to share words of support.', 'Hannah W.', 'Dene Road RC', ...fWords, 'Report fundraiser', '£21,460 raised',
    'of £38,000 target', '512 donations', 'Donate now', ...fDonors.flatMap(([n, a]) => [n ?? '', `${a} · Donation`]), 'See all', 'See top donations',
    'Your easy, powerful and trusted home for help. Donations are protected by the GoFundMe Giving Guarantee.', 'About GoFundMe', 'Help centre',
    'Privacy notice', '© 2010–2026 GoFundMe', 'We use cookies to make our site work and to personalise content.', 'Accept all', 'Reject all',
  ],
};

export const HELDOUT254_D: readonly TestPage[] = [gofundme, ledger];
